"""Deterministic synthetic persons for the benchmarks (seeded; no personal data).

`persoon(i)` is a dict of typed-API inputs (names of `publiek.INVOER`); about one in ten lacks a
needed fact or a judgement, so the undetermined-decision path of `simulatie.beoordeel` is exercised
as in real traffic. `calculate_body` turns persons into an OpenFisca `/calculate` situation.
"""

from __future__ import annotations

import datetime as dt
import random

from inburgering_rules.voorbeelden import CALCULATE_BESLUITEN, PEILDATUM, STATUSHOUDER  # noqa: F401 (re-exported)

# Issue 14's `/calculate` target: one person, 5 decisions (the first five of the 10 of issue 5's body).
CALCULATE_VIJF = CALCULATE_BESLUITEN[:5]

_VERGUNNINGEN = (
    "asiel_bepaalde_tijd",
    "asiel_bepaalde_tijd",
    "regulier_bepaalde_tijd",
    "regulier_bepaalde_tijd",
    "gemeenschapsrecht",
    "regulier_onbepaalde_tijd",
    "geen",
)
_DOELEN = (
    "overig_niet_tijdelijk",
    "gezinsmigratie",
    "gezinslid_van_asielstatushouder",
    "studie",
    "kennismigrant",
    "arbeid_in_loondienst",
    "overig_tijdelijk",
)
_LANDEN = ("SY", "ER", "TR", "MA", "AF", "UA", "PL", "US", "IN", "NL")
_ROUTES = ("nog_niet_vastgesteld", "b1_route", "b1_route", "onderwijsroute", "z_route")
_SCHULD = ("opzet", "grove_schuld", "geen_opzet_of_grove_schuld", "verminderd_verwijtbaar")
_BEGIN = dt.date(2022, 1, 1).toordinal()


def _dag(rng: random.Random, van: int, tot: int) -> str:
    return dt.date.fromordinal(rng.randint(van, tot)).isoformat()


def persoon(i: int, seed: int = 2021) -> dict:
    """Person number `i`: the same dict for the same (i, seed) in every run."""
    rng = random.Random(seed * 1_000_003 + i)
    verkregen = rng.randint(_BEGIN, _BEGIN + 850)
    p = {
        "geboortedatum": _dag(rng, dt.date(1950, 1, 1).toordinal(), dt.date(2008, 12, 31).toordinal()),
        "nationaliteit": rng.choice(_LANDEN),
        "verblijfsvergunning": rng.choice(_VERGUNNINGEN),
        "verblijfsdoel": rng.choice(_DOELEN),
        "verblijf_verkregen_datum": dt.date.fromordinal(verkregen).isoformat(),
        "brp_inschrijving_datum": dt.date.fromordinal(verkregen + rng.randint(0, 60)).isoformat(),
        "leerroute": rng.choice(_ROUTES),
        "grote_kans_diploma_na_taalschakeltraject": rng.random() < 0.2,
        "examen_en_onderwijsroute_niet_haalbaar": rng.random() < 0.1,
        "verwijtbaarheid": rng.choice(_SCHULD),
    }
    if rng.random() < 0.8:
        p["kennisgeving_inburgeringsplicht_datum"] = dt.date.fromordinal(
            verkregen + rng.randint(5, 40)
        ).isoformat()
    if rng.random() < 0.6:
        p["pip_datum"] = dt.date.fromordinal(verkregen + rng.randint(40, 200)).isoformat()
    if rng.random() < 0.3:
        p["bijstand_recht_datum"] = dt.date.fromordinal(verkregen + rng.randint(10, 90)).isoformat()
    if rng.random() < 0.2:
        p["pip_onvoldoende_medewerking"] = True
    if rng.random() < 0.15:
        p["gemeentelijke_boetes_opgelegd_bedrag"] = rng.choice((37.5, 125, 250, 800))
    if rng.random() < 0.1:
        p["termijn_verlenging_maanden"] = rng.choice((3, 6, 12))
    if rng.random() < 0.1:  # an incomplete file: a needed fact or a judgement is missing
        del p[rng.choice(("geboortedatum", "verblijfsdoel", "verblijf_verkregen_datum", "verwijtbaarheid"))]
    return p


def personen(n: int, seed: int = 2021) -> list[dict]:
    return [persoon(i, seed) for i in range(n)]


def calculate_body(lijst: list[dict], besluiten, peildatum: str = PEILDATUM) -> dict:
    """An OpenFisca `/calculate` situation: inputs as ETERNITY, decisions asked for the peildatum."""
    leeg = {b: {peildatum: None} for b in besluiten}
    return {
        "personen": {
            f"p{i}": {**{k: {"ETERNITY": v} for k, v in p.items()}, **{b: dict(w) for b, w in leeg.items()}}
            for i, p in enumerate(lijst)
        }
    }


def beoordeling_body(p: dict, peildatum: str = PEILDATUM) -> dict:
    return {"peildatum": peildatum, "persoon": p}


def batch_body(lijst: list[dict], peildatum: str = PEILDATUM) -> dict:
    return {"peildatum": peildatum, "personen": lijst}


def kolommen_body(lijst: list[dict], peildatum: str = PEILDATUM) -> dict:
    """`POST /v1/beoordeling/kolommen`: the same persons as columns, null where a person lacks the input."""
    namen = sorted(set().union(*lijst))
    return {"peildatum": peildatum, "kolommen": {n: [p.get(n) for p in lijst] for n in namen}}
