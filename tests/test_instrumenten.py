"""The legal basis as the text of a day numbers it (`instrumenten.VERNUMMERD`, I58): the table against every stored
version of the Wi and Bi in ../shared/law/text, and `grondslag(url, dag)` on both sides of each renumbering."""

from __future__ import annotations

import difflib
import runpy
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from inburgering_rules import publiek
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.instrumenten import _JCI, PER_BWB, VERNUMMERD, grondslag, wet

ROOT = Path(__file__).resolve().parents[1]
wettekst = SimpleNamespace(**runpy.run_path(str(ROOT / "tools" / "wettekst.py")))  # the tool, not run as main


def _dag_ervoor(dag: str) -> str:
    return (date.fromisoformat(dag) - timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("link", "dag", "lid", "gedateerd"), [
    # Bi 5.3 (Stb. 2022, 489): lid 2 ingevoegd, lid 5 (inspanningen vóór het PIP) was lid 4
    (wet("Bi", "5.3", 5), "2022-12-31", "4", "2022-12-31"),
    (wet("Bi", "5.3", 5), "2023-01-01", "5", None),
    (wet("Bi", "5.3", 2), "2022-12-31", None, None),
    (wet("Bi", "5.3", 2), "2023-01-01", "2", None),
    (wet("Bi", "5.3", 1), "2022-06-01", "1", "2022-06-01"),  # hetzelfde nummer, een andere tekst: die van toen
    # Bi 3.14 lid 9 en Bi 6.2a (2025-09-01)
    (wet("Bi", "3.14", 9), "2025-08-31", None, None),
    (wet("Bi", "3.14", 9), "2025-09-01", "9", None),
    (wet("Bi", "3.14", 2), "2025-08-31", "2", "2025-08-31"),
    (wet("Bi", "6.2a", 2), "2025-08-31", None, None),
    (wet("Bi", "6.2a", 2), "2025-09-01", "2", None),
    # Wi 54 lid 3 (Stb. 2022, 487)
    (wet("Wi", "54", 3), "2022-12-31", None, None),
    (wet("Wi", "54", 3), "2023-01-01", "3", None),
    # vóór de wet: de tekst zoals die in werking trad; een artikel dat nooit is vernummerd: de link zelf
    (wet("Bi", "5.4", 4), "2021-06-01", "3", "2022-01-01"),
    (wet("Wi", "3", 1), "2022-06-01", "1", None),
])
def test_a_legal_basis_names_the_lid_of_the_text_of_its_day(link, dag, lid, gedateerd):
    gevonden = grondslag(link, dag)
    if lid is None:
        assert gevonden is None
        return
    assert gevonden["lid"] == lid
    assert gevonden["url"] == (link if gedateerd is None
                               else f"{link.rsplit('&lid=', 1)[0]}&lid={lid}&g={gedateerd}")
    assert grondslag(link)["url"] == link  # zonder dag: de link zelf


def _uitgelijnd(oud: dict[str, str], nieuw: dict[str, str]) -> dict[str, str | None]:
    """Per lid of the newest text the lid of `oud` with the same content (one to one, most alike first; at least
    half alike), else the lid of `oud` with its number if no other took it (a new text of the same lid), else
    None: the leden of two versions aligned by their text."""
    def gelijkenis(o: str, n: str) -> float:
        return difflib.SequenceMatcher(None, wettekst._vorm(oud[o])[:300], wettekst._vorm(nieuw[n])[:300]).ratio()

    paren = sorted(((gelijkenis(o, n), n, o) for n in nieuw for o in oud), key=lambda paar: -paar[0])
    uit: dict[str, str | None] = dict.fromkeys(nieuw)
    bezet = set()
    for gelijkenis, n, o in paren:
        if gelijkenis >= 0.5 and uit[n] is None and o not in bezet:
            uit[n] = o
            bezet.add(o)
    for n, o in uit.items():  # a lid left over whose number is free in `oud`: the same lid with a new text
        if o is None and n in oud and n not in bezet:
            uit[n] = n
    return uit


def _geciteerd() -> set[tuple[str, str, str]]:
    """Every (instrument, article, lid) a rule or a fine's condition cites, of the Wi and Bi."""
    links = [url for v in basissysteem().variables.values() for url in v.reference or ()]
    links += [wet(*v.artikel) for vs in publiek.BOETE_VOORWAARDEN.values() for v in vs]
    uit = set()
    for link in links:
        if (gevonden := _JCI.search(link)) and gevonden.group(3):
            afkorting = PER_BWB[gevonden.group(1)].afkorting
            if afkorting in ("Wi", "Bi"):
                uit.add((afkorting, gevonden.group(2), gevonden.group(3)))
    return uit


@pytest.mark.skipif(not wettekst.TEKSTEN.exists(), reason="../shared/law/text not present")
@pytest.mark.parametrize("afkorting", ["Wi", "Bi"])
def test_every_cited_lid_is_numbered_as_each_stored_text_numbers_it(afkorting):
    """Each version's leden aligned by content with the newest text's: the lid `grondslag` names on that version's
    first day is the one with that content, and None where no lid of that version has it."""
    versies = {versie: wettekst.leden(afkorting, artikelen)
               for versie, artikelen in wettekst.bestanden(afkorting).items()}
    nieuwste = versies[max(versies)]
    geciteerd = sorted(c for c in _geciteerd() if c[0] == afkorting)
    assert geciteerd
    for versie, per_artikel in versies.items():
        for _, artikel, lid in geciteerd:
            oud = per_artikel.get(artikel)
            verwacht = None if oud is None else _uitgelijnd(oud, nieuwste[artikel])[lid]
            gevonden = grondslag(wet(afkorting, artikel, lid), versie)
            assert (gevonden and gevonden["lid"]) == verwacht, f"{afkorting} {artikel} lid {lid} in de tekst {versie}"


def test_each_renumbering_starts_on_the_day_of_a_text_and_changes_something():
    for (afkorting, artikel), reeks in VERNUMMERD.items():
        for vernummering in reeks:
            assert vernummering.nieuw or any(lid != oud for lid, oud in vernummering.leden.items())
            for lid in vernummering.leden:
                link = wet(afkorting, artikel, lid)
                ervoor, erop = grondslag(link, _dag_ervoor(vernummering.vanaf)), grondslag(link, vernummering.vanaf)
                assert erop["lid"] == lid
                assert (ervoor and ervoor["lid"]) == vernummering.leden[lid]
    if wettekst.TEKSTEN.exists():
        begindagen = {afk: set(wettekst.bestanden(afk)) for afk in ("Wi", "Bi")}
        assert all(v.vanaf in begindagen[afk] for (afk, _), reeks in VERNUMMERD.items() for v in reeks)


def test_the_conditions_of_the_fines_exist_in_every_text():
    """A fine's legal condition is always in the answer: its lid existed from the first text on."""
    for vs in publiek.BOETE_VOORWAARDEN.values():
        for v in vs:
            assert grondslag(wet(*v.artikel), "2022-01-01") is not None
