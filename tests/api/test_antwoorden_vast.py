"""The answers' bytes stay the same when the answer builder changes (`service.Opbouw`, `uitleg`).

`antwoorden_vast.json` holds, per case (peildatum, language, with or without `toelichting`), a short
sha256 of each person's answer as orjson bytes, for a seeded population that reaches every part of the
answer (fines, deadlines passed and to come, missing facts and judgments, waiting for events).
A batch and one-by-one answers are both checked.

When an answer is MEANT to change (a rule or the contract changed), regenerate it and review the diff:

    .venv/bin/python tests/api/test_antwoorden_vast.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from pathlib import Path

import orjson
import pytest
from inburgering_rules.api import service
from inburgering_rules.api.service import Dienst

from inburgering_rules import publiek

VAST = Path(__file__).with_name("antwoorden_vast.json")
PEILDATA = ("2024-05-01", "2027-03-15")
GEVALLEN = [
    (peildatum, taal, toelichting)
    for peildatum in PEILDATA
    for taal in ("nl", "en")
    for toelichting in (False, True)
]
AANTAL = 160
LOS = 12  # persons also answered one by one (`/v1/beoordeling`)


_GETALLEN = {"maanden": (0, 3, 6, 12, 18, 24), "uren": (0, 200, 600, 1600), "": (0, 1, 2, 3, 4)}


def _dag(rng: random.Random, van: dt.date, dagen: int) -> str:
    return (van + dt.timedelta(days=rng.randint(0, dagen))).isoformat()


def populatie(dienst: Dienst, aantal: int = AANTAL, seed: int = 85) -> list[dict]:
    """Seeded persons: the core facts (sometimes one missing) plus a random handful of the other inputs. The seed is
    one whose population reaches every part of an answer (`test_population_reaches_every_part`); a new input
    changes the draw, so it may need another."""
    stelsel, rng = dienst.basis, random.Random(seed)
    enums = {naam: [lid for (n, lid) in stelsel.leden if n == naam] for naam in publiek.INVOER}
    personen = []
    for i in range(aantal):
        verkregen = dt.date(2021, 10, 1) + dt.timedelta(days=rng.randint(0, 900))
        p = {
            "id": f"p{i}",
            "geboortedatum": _dag(rng, dt.date(1952, 1, 1), 20_000),
            "nationaliteit": rng.choice(("SY", "ER", "TR", "PL", "US", "NL")),
            "verblijfsvergunning": rng.choice(enums["verblijfsvergunning"]),
            "verblijfsdoel": rng.choice(enums["verblijfsdoel"]),
            "verblijf_verkregen_datum": verkregen.isoformat(),
            "brp_inschrijving_datum": _dag(rng, verkregen, 60),
            "kennisgeving_inburgeringsplicht_datum": _dag(rng, verkregen, 40),
            "leerroute": rng.choice(enums["leerroute"]),
            "verwijtbaarheid": rng.choice(enums["verwijtbaarheid"]),
        }
        for naam in rng.sample([n for n in publiek.INVOER if n not in p], rng.randint(2, 14)):
            soort = stelsel.soort[naam]
            if soort == "datum":
                p[naam] = _dag(rng, verkregen, 1_500)
            elif soort == "bool":
                p[naam] = rng.random() < 0.5
            elif soort == "enum":
                p[naam] = rng.choice(enums[naam])
            elif soort == "int":
                p[naam] = rng.choice(
                    _GETALLEN["maanden" if "maanden" in naam else "uren" if "uren" in naam else ""]
                )
            elif soort == "geld":
                p[naam] = rng.choice((0, 37.5, 125, 800, 2400))
        if p.get("pip_bekendmaking_datum", "9") < p.get("pip_datum", ""):
            p["pip_bekendmaking_datum"] = p["pip_datum"]
        for artikel in ("24", "25"):  # fines imposed have the day the latest was made known (`plausibel`)
            if p.get(f"boete_art_{artikel}_aantal") and f"boete_art_{artikel}_bekendmaking_datum" not in p:
                p[f"boete_art_{artikel}_bekendmaking_datum"] = (verkregen + dt.timedelta(days=1_100)).isoformat()
        if p.get("boete_art_22_lid_3_opgelegd"):  # the second art. 22 fine follows the first (`plausibel`)
            p.setdefault("boete_art_22_bekendmaking_datum", _dag(rng, verkregen, 200))
        # a move follows the (first) PIP, the other municipality's PIP follows the move (`plausibel`)
        if "pip_datum" not in p:
            p.pop("brp_inschrijving_andere_gemeente_datum", None)
            p.pop("pip_andere_gemeente_datum", None)
        if "pip_andere_gemeente_datum" in p:
            p.setdefault("brp_inschrijving_andere_gemeente_datum", p["pip_andere_gemeente_datum"])
        if "brp_inschrijving_andere_gemeente_datum" in p:
            p["brp_inschrijving_andere_gemeente_datum"] = max(p["brp_inschrijving_andere_gemeente_datum"],
                                                              p.get("pip_datum", ""))
        if "pip_andere_gemeente_datum" in p:
            p["pip_andere_gemeente_datum"] = max(p["pip_andere_gemeente_datum"],
                                                 p["brp_inschrijving_andere_gemeente_datum"])
        if rng.random() < 0.15:
            del p[
                rng.choice(("geboortedatum", "verblijfsdoel", "verblijf_verkregen_datum", "verwijtbaarheid"))
            ]
        personen.append(p)
    return personen


def _kort(antwoord: dict) -> str:
    return hashlib.sha256(orjson.dumps(antwoord)).hexdigest()[:16]


def antwoorden(dienst: Dienst) -> dict[str, dict[str, list[str]]]:
    personen = populatie(dienst)
    uit = {}
    for peildatum, taal, toelichting in GEVALLEN:
        batch = dienst.resultaten(dienst.basis, peildatum, personen, taal, toelichting)
        los = []
        for persoon in personen[:LOS]:
            body = orjson.dumps({"peildatum": peildatum, "persoon": persoon, "toelichting": toelichting})
            antwoord = dienst.beoordeling(body, taal)
            del antwoord["ontvangstbewijs"]
            los.append(_kort(antwoord))
        uit[f"{peildatum} {taal} toelichting={toelichting}"] = {
            "batch": [_kort(a) for a in batch],
            "los": los,
        }
    return uit


@pytest.fixture(scope="module")
def dienst():
    return Dienst()


@pytest.mark.parametrize("geval", [f"{p} {t} toelichting={m}" for p, t, m in GEVALLEN])
def test_answers_unchanged(dienst, geval):
    vast = json.loads(VAST.read_text())[geval]
    nu = _nu(dienst)[geval]
    verschil = [i for i, (a, b) in enumerate(zip(vast["batch"], nu["batch"], strict=True)) if a != b]
    assert not verschil, f"batch answers changed for persons {verschil[:20]}"
    assert nu["los"] == vast["los"]


@pytest.mark.parametrize(("peildatum", "taal", "toelichting"), GEVALLEN)
def test_the_batch_json_is_the_answers_dumped(dienst, monkeypatch, peildatum, taal, toelichting):
    """`Dienst.batch` writes parts shared by many persons (statuses, fines) once, as `orjson.Fragment`: its
    bytes are exactly those of the answers dumped whole, also across evaluations and JSON parts."""
    monkeypatch.setattr(service, "PERSONEN_PER_DEEL", 64)
    monkeypatch.setattr(service, "ANTWOORDEN_PER_JSON_DEEL", 24)
    personen = populatie(dienst)
    antwoorden = dienst.resultaten(dienst.basis, peildatum, personen, taal, toelichting)
    body = orjson.dumps({"peildatum": peildatum, "personen": personen, "toelichting": toelichting})
    json = b"".join(bytes(deel) for deel in dienst.batch(body, taal))
    assert json.startswith(b'{"resultaten":' + orjson.dumps(antwoorden) + b',"ontvangstbewijs":{')


_CACHE: dict = {}


def _nu(dienst: Dienst) -> dict:
    if not _CACHE:
        _CACHE.update(antwoorden(dienst))
    return _CACHE


DELEN = ("wacht_op", "volgende_acties", "verlopen", "ontbrekende_gegevens", "menselijk_oordeel_nodig", "tijdlijn")


def test_population_reaches_every_part(dienst):
    """The population is worth pinning: every optional part of an answer occurs in it."""
    gezien = set()
    for peildatum in PEILDATA:
        for antwoord in dienst.resultaten(dienst.basis, peildatum, populatie(dienst), "nl", True):
            gezien |= {deel for deel in DELEN if antwoord.get(deel)}
            gezien |= set(antwoord["status"].values())
            gezien |= {f"boete {b['voorwaarden_vervuld']}" for b in antwoord["boetes"].values()}
    assert gezien >= {*DELEN, "besloten", "niet_van_toepassing", "nog_niet", "onbepaald", "boete True", "boete False",
                      "boete None"}

if __name__ == "__main__":
    VAST.write_text(json.dumps(antwoorden(Dienst()), indent=0, sort_keys=True) + "\n")
    print(f"wrote {VAST}")
