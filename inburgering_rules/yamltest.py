"""Run the YAML expert tests with a report a lawyer reads (issue 13): `inburgering test PATH`, `make test-yaml`.

The same files with the same meaning as `openfisca test`: the tests are loaded and run by
`openfisca_core.tools.test_runner` (absolute_error_margin, periods, reforms, parameters, keywords,
name_filter); this module only adds:

- per failing case "verwacht X, berekend Y" for every differing output, with the explanation and legal
  basis of the computed value (the API's texts, `api/uitleg.py`), file and line;
- common mistakes (unknown enum value, unquoted `NO`, a dd-mm-jjjj date, `nee` for a yes/no, text for a
  number, a misspelled variable, period or key), found before anything is computed, as one short Dutch and
  English message with the line, what is allowed and "bedoelde u ...?", no traceback (`inburgering
  toets-hervorming` refuses the suite with the same messages, `weigering`);
- a file with an unknown keyword is refused: a keyword is instrument + article (`wi2021_art_11`,
  `bi2021_art_5_3`, `awb_art_6_7`) of an article that exists.

It ends with one line `N passed, N failed`; exit code 0 when everything passed, otherwise not 0.
The explanation code is imported from the API package only when a case fails (the rules never import it).
"""

from __future__ import annotations

import copy
import json
import os
import re
import sys
import textwrap
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy
import pytest
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum
from openfisca_core.tools.test_runner import (
    TEST_KEYWORDS,
    Loader,
    OpenFiscaPlugin,
    YamlFile,
    YamlItem,
    _get_tax_benefit_system,
    yaml,
)

from inburgering_rules.datums import als_datum
from inburgering_rules.instrumenten import INSTRUMENTEN, PER_TITEL, grondslag
from inburgering_rules.notatie import als_getal, als_iso, bedoelde

# Per instrument the articles a keyword may name: those of the law texts in ../shared/law/text and those they
# refer to, written into the package by tools/artikelen.py, so an installed wheel needs no law texts.
ARTIKELEN = Path(__file__).with_name("artikelen.json")
# An expected date output `geen`: the decision has no date (OpenFisca's own runner cannot say so: NaT is never equal
# to anything). Only this runner reads it; `openfisca test` refuses it, so in tests/yaml only geen_datum.yaml uses it.
GEEN = "geen"


# ---- keywords ----------------------------------------------------------------------------------

# The keyword of a case that tests on purpose what the rules compute where the typed API leaves a decision open (a
# fact's default, OpenFisca's reading): `--streng` does not fail its undetermined expectations, and fails the case
# when the API leaves none open, so the mark cannot outlive its reason. The reason is the case's `description`.
STANDAARD_BEDOELD = "standaard_bedoeld"


@lru_cache(maxsize=1)
def trefwoorden_uit_wetteksten() -> frozenset[str]:
    """The keyword of every article in ../shared/law/text and of every article they refer to (`ARTIKELEN`)."""
    artikelen = json.loads(ARTIKELEN.read_text(encoding="utf-8"))
    return frozenset(INSTRUMENTEN[afkorting].trefwoord(nummer) for afkorting, nummers in artikelen.items()
                     for nummer in nummers)


def bekende_trefwoorden(systeem) -> frozenset[str]:
    """Every allowed keyword: articles of the law texts and of the variables' `reference` (Awb, AOW have no
    text in the repository), and `STANDAARD_BEDOELD`."""
    uit_code = set()
    for variabele in systeem.variables.values():
        for url in variabele.reference or ():
            g = grondslag(url)
            instrument = PER_TITEL.get(g["regeling"])
            if instrument and g["artikel"]:
                uit_code.add(instrument.trefwoord(g["artikel"]))
    return trefwoorden_uit_wetteksten() | frozenset(uit_code - {None}) | {STANDAARD_BEDOELD}


# An article as a lawyer cites it: "Wi art. 3", "Bi 5.3 lid 1", "Awb artikel 6:7" (the instrument's abbreviation)
_CITAAT = re.compile(r"\s*([A-Za-z]+)\s*(?:art\.?|artikel)?\s*(\d+[a-z]?(?:[.:]\d+[a-z]?)*)", re.IGNORECASE)


def _als_citaat(tekst: str, bekend: frozenset[str]) -> str | None:
    """The keyword of an article cited as a lawyer writes it (`_CITAAT`), if that article is known."""
    if not (gevonden := _CITAAT.match(tekst)):
        return None
    afkorting = {a.lower(): a for a in INSTRUMENTEN}.get(gevonden[1].lower())
    woord = INSTRUMENTEN[afkorting].trefwoord(gevonden[2]) if afkorting else None
    return woord if woord in bekend else None


def trefwoord_fout(woord, bekend: frozenset[str]) -> tuple[str, str] | None:
    """(nl, en) when `woord` is not a known keyword, else None."""
    tekst = str(woord)
    if tekst in bekend:
        return None
    artikel = next((tekst[:m.start()] for m in reversed(list(re.finditer("_", tekst)))
                    if tekst[:m.start()] in bekend), None)
    if artikel:
        nl, en = (f" Bedoelde u {artikel}? (het artikel, niet het lid)",
                  f" Did you mean {artikel}? (the article, not the paragraph)")
    elif artikel := _als_citaat(tekst, bekend):
        nl, en = (f" Bedoelde u {artikel}? (zo geschreven als trefwoord)",
                  f" Did you mean {artikel}? (written as a keyword)")
    else:
        nl, en = bedoelde(tekst, sorted(bekend))
    return (f"onbekend trefwoord '{tekst}'; een trefwoord is regeling + artikel van een bestaand artikel, zoals "
            f"wi2021_art_11, bi2021_art_5_3, awb_art_6_7 (README, 'For legal experts').{nl}",
            f"unknown keyword '{tekst}'; a keyword is instrument + article of an existing article, such as "
            f"wi2021_art_11, bi2021_art_5_3, awb_art_6_7 (README, 'For legal experts').{en}")


# ---- messages ------------------------------------------------------------------------------------

class Melding(Exception):
    """One short message about a YAML test: line, Dutch and English."""

    def __init__(self, regel: int, nl: str, en: str) -> None:
        super().__init__(nl)
        self.regel, self.nl, self.en = regel, nl, en

    def tekst(self, bestand: str) -> str:
        return f"{bestand}:{self.regel}: {self.nl}\n    {self.en}"


class Meldingen(Exception):
    """The messages about one test, or about a file that is not run (invalid YAML, unknown key or keyword)."""

    def __init__(self, meldingen: list[Melding]) -> None:
        super().__init__(meldingen[0].nl)
        self.meldingen = meldingen

    def tekst(self, bestand: str) -> str:
        return "\n".join(m.tekst(bestand) for m in self.meldingen)


class Verschillen(AssertionError):
    """The outputs that differ from what the test expects."""


def _is_datum(waarde) -> bool:
    """A date as the runner reads it: YYYY-MM-DD (openfisca_core's loader keeps YAML dates as text)."""
    if isinstance(waarde, date):
        return True
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(waarde))) and bool(date.fromisoformat(str(waarde)))
    except ValueError:
        return False


def _posities(tekst: str) -> dict[tuple, tuple[int, str | None]]:
    """Per path in the YAML document ((0, 'input', 'pip_datum')) the key's line and a scalar value's
    literal text (YAML turns NO into false; here it is still 'NO')."""
    uit: dict[tuple, tuple[int, str | None]] = {}

    def loop(node, pad, regel):
        uit[pad] = (regel, node.value if isinstance(node, yaml.ScalarNode) else None)
        if isinstance(node, yaml.SequenceNode):
            for i, kind in enumerate(node.value):
                loop(kind, (*pad, i), kind.start_mark.line + 1)
        elif isinstance(node, yaml.MappingNode):
            for sleutel, waarde in node.value:
                loop(waarde, (*pad, sleutel.value), sleutel.start_mark.line + 1)

    wortel = yaml.compose(tekst, Loader=Loader)
    if wortel is not None:
        loop(wortel, () if isinstance(wortel, yaml.SequenceNode) else (0,), wortel.start_mark.line + 1)
    return uit


def _toon(pad) -> str:
    pad = Path(pad)
    try:
        return str(pad.relative_to(Path.cwd()))
    except ValueError:
        return str(pad)


def _als_tekst(waarde) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, date):
        return waarde.isoformat()
    return "geen (onbepaald) / none" if waarde is None else str(waarde)


# ---- checks before computing (also for `inburgering toets-hervorming`) ----------------------------

# What the parser's message means for a test writer (its first words), in Dutch and English.
_INSPRINGING = ("Controleer de inspringing van deze en de vorige regel: elk niveau twee spaties dieper, geen tab.",
                "Check the indentation of this line and the one before: each level two spaces deeper, no tab.")
_YAML_HINT = {
    "mapping values are not allowed": (
        "Een ':' waar YAML geen sleutel verwacht: controleer de inspringing, of zet een tekst met ':' tussen "
        "aanhalingstekens.", "A ':' where YAML expects no key: check the indentation, or quote a text with ':'."),
}


_FENCE = ("Deze regel is de omheining van een Markdown-codeblok (```): kopieer alleen wat ertussen staat.",
          "This line is a Markdown code block fence (```): copy only what is between the fences.")


def _lees(pad: Path) -> tuple[list, dict]:
    """The tests in a YAML file as `openfisca test` loads them, and their positions; Meldingen if no YAML."""
    tekst = pad.read_text(encoding="utf-8")
    try:
        tests = yaml.load(tekst, Loader=Loader)
        posities = _posities(tekst)
    except yaml.YAMLError as fout:
        plek, probleem = getattr(fout, "problem_mark", None), getattr(fout, "problem", fout)
        nl, en = next((hint for begin, hint in _YAML_HINT.items() if str(probleem).startswith(begin)), _INSPRINGING)
        regel = plek.line + 1 if plek else 1
        gevuld = [(i, r) for i, r in enumerate(tekst.splitlines(), 1) if r.strip()]
        if fence := next((i for i, r in gevuld[:1] + gevuld[-1:] if r.startswith("```")), None):
            # a block copied from the README with its Markdown fences, first and last (a review: told to check the
            # indentation); a ``` elsewhere (in a text) leaves the parser's own message
            regel, nl, en = fence, _FENCE[0], _FENCE[1]
        raise Meldingen([Melding(regel, f"geen geldige YAML: {probleem}. {nl}",
                                 f"not valid YAML: {probleem}. {en}")]) from None
    return (tests if isinstance(tests, list) else [tests]), posities


def _sleutel_fouten(tests: list, posities, bekend: frozenset[str]) -> list[Melding]:
    """Tests that are no mapping, unknown keys and keywords, margins that hide an amount, and a name given twice in
    one file (`-n` and the report could not tell the two apart): the file is not run."""
    meldingen, namen = [], {}
    for i, test in enumerate(tests):
        meldingen += _test_sleutel_fouten(i, test, posities, bekend)
        naam = test.get("name") if isinstance(test, dict) else None
        if not isinstance(naam, str):  # a name that is no text is OpenFisca's to refuse
            continue
        if naam in namen:
            meldingen.append(Melding(posities.get((i, "name"), posities[(i,)])[0],
                                     f"deze naam heeft het geval op regel {namen[naam]} al; geef elk geval een eigen "
                                     "naam",
                                     f"the case on line {namen[naam]} has this name already; give each case a name of "
                                     "its own"))
        else:
            namen[naam] = posities.get((i, "name"), posities[(i,)])[0]
    return meldingen


# Amounts are exact to the cent: a margin may absorb float noise (half a cent), never a wrong amount.
MAX_MARGE = 0.005


def _marge_binnen(waarde, grens: float) -> bool:
    """A margin as OpenFisca's runner reads it (a number, or a text of one; per variable in a mapping), within
    `grens`."""
    try:
        return not isinstance(waarde, bool) and 0 <= float(waarde) <= grens
    except (TypeError, ValueError):
        return False


def _test_sleutel_fouten(i: int, test, posities, bekend: frozenset[str]) -> list[Melding]:
    regel = posities.get((i,), (1, None))[0]
    if not isinstance(test, dict):
        return [Melding(regel, "een test is een lijst-element met name, period, input en output",
                        "a test is a list item with name, period, input and output")]
    meldingen, sleutels = [], ", ".join(sorted(TEST_KEYWORDS))
    for sleutel in test:
        if sleutel not in TEST_KEYWORDS:
            nl, en = bedoelde(str(sleutel), sorted(TEST_KEYWORDS))
            meldingen.append(Melding(posities[(i, sleutel)][0],
                                     f"onbekende sleutel '{sleutel}' in een test; toegestaan: {sleutels}.{nl}",
                                     f"unknown key '{sleutel}' in a test; allowed: {sleutels}.{en}"))
    woorden = test.get("keywords") or []
    if not isinstance(woorden, list):  # the article index reads a list: a text would count letter by letter
        meldingen.append(Melding(posities[(i, "keywords")][0],
                                 f"keywords is een lijst; bedoelde u keywords: [{woorden}]?",
                                 f"keywords is a list; did you mean keywords: [{woorden}]?"))
        woorden = [woorden]
    for n, woord in enumerate(woorden):
        if fout := trefwoord_fout(woord, bekend):
            meldingen.append(Melding(posities.get((i, "keywords", n), posities[(i, "keywords")])[0], *fout))
    if STANDAARD_BEDOELD in woorden and not str(test.get("description") or "").strip():
        meldingen.append(Melding(posities[(i, "keywords")][0],
                                 f"{STANDAARD_BEDOELD}: zeg in description waarom dit geval een standaardwaarde toetst",
                                 f"{STANDAARD_BEDOELD}: say in description why this case tests a default"))
    for marge, grens in (("absolute_error_margin", MAX_MARGE), ("relative_error_margin", 0)):
        waarde = test.get(marge)
        if waarde is not None and not all(_marge_binnen(w, grens)
                                          for w in (waarde.values() if isinstance(waarde, dict) else [waarde])):
            meldingen.append(Melding(
                posities[(i, marge)][0],
                f"{marge}: {waarde} laat een fout bedrag door; bedragen zijn exact op de cent (datums, ja/nee en "
                f"aantallen ook): laat de marge weg" + (f" of neem hoogstens {grens}" if grens else ""),
                f"{marge}: {waarde} lets a wrong amount pass; amounts are exact to the cent (dates, yes/no and counts "
                f"too): leave the margin out" + (f" or use at most {grens}" if grens else "")))
    return meldingen


def weigering(bestanden: Sequence[Path], systeem) -> str | None:
    """What `inburgering test` refuses in `bestanden` before computing (no YAML, an unknown key or keyword,
    a wrong period, variable or value): one message per mistake with file and line; None if there is none."""
    bekend = bekende_trefwoorden(systeem)
    meldingen = {pad: _bestand_fouten(pad, systeem, bekend) for pad in bestanden}
    return "\n".join(Meldingen(m).tekst(_toon(pad)) for pad, m in meldingen.items() if m) or None


def _bestand_fouten(pad: Path, systeem, bekend: frozenset[str]) -> list[Melding]:
    try:
        tests, posities = _lees(pad)
    except Meldingen as fout:
        return fout.meldingen
    waarden = [m for i, test in enumerate(tests) if isinstance(test, dict)
               for m in Controle(posities, i, test).fouten(systeem)]
    return _sleutel_fouten(tests, posities, bekend) + waarden


class Controle:
    """The checks of one test's period, variables and values before it is computed: each mistake is one
    Melding with its line, what is allowed and, where there is one, a suggestion."""

    def __init__(self, posities, index: int, gegeven: dict) -> None:
        self.posities, self.index, self.gegeven = posities, index, gegeven

    def regel(self, *pad) -> int:
        while pad and (self.index, *pad) not in self.posities:
            pad = pad[:-1]
        return self.posities[(self.index, *pad)][0]

    def fouten(self, systeem) -> list[Melding]:
        fouten = (self._dag_fout(self.gegeven.get("period")),
                  *self._variabele_fouten(systeem, "input"), *self._variabele_fouten(systeem, "output"))
        return [m for m in fouten if m]

    def _dag_fout(self, periode) -> Melding | None:
        """The test's period: one day, the peildatum (the decisions are asked for a day; a month, a year or ETERNITY
        ended in OpenFisca's English error naming an internal variable, a review)."""
        tekst = periode.isoformat() if isinstance(periode, date) else str(periode)
        if periode is not None and _is_datum(tekst):
            return None
        iso = als_iso(tekst)
        nl, en = (f" Bedoelde u period: {iso}?", f" Did you mean period: {iso}?") if iso else ("", "")
        ontbreekt = periode is None
        return Melding(self.regel("period") if not ontbreekt else self.regel(),
                       ("period ontbreekt" if ontbreekt else f"ongeldige period '{periode}'")
                       + "; toegestaan: één dag JJJJ-MM-DD, de peildatum (de besluiten gelden per dag; feiten in "
                       f"input gelden altijd).{nl}",
                       ("period is missing" if ontbreekt else f"invalid period '{periode}'")
                       + "; allowed: one day YYYY-MM-DD, the reference date (decisions are per day; facts in input "
                       f"hold always).{en}")

    def _periode_fout(self, periode, pad: tuple) -> Melding | None:
        try:
            periods.period(periode.isoformat() if isinstance(periode, date) else str(periode))
            return None
        except (ValueError, TypeError):
            iso = als_iso(str(periode))
            nl, en = (f" Bedoelde u {iso}?", f" Did you mean {iso}?") if iso else ("", "")
            return Melding(self.regel(*pad), f"ongeldige periode '{periode}'; toegestaan: een datum JJJJ-MM-DD "
                           f"(de peildatum), een maand JJJJ-MM of een jaar JJJJ.{nl}",
                           f"invalid period '{periode}'; allowed: a date YYYY-MM-DD (the reference date), a month "
                           f"YYYY-MM or a year YYYY.{en}")

    def _variabele_fouten(self, systeem, sleutel: str):
        """Unknown variables, periods and values in `input` or `output`."""
        for naam, waarde, pad in self._per_variabele(systeem, self.gegeven.get(sleutel), (sleutel,)):
            if naam not in systeem.variables:
                yield self._onbekende_variabele(systeem, naam, pad)
                continue
            variabele = systeem.variables[naam]
            for periode, w in (waarde.items() if isinstance(waarde, dict) else [(None, waarde)]):
                hier = pad if periode is None else (*pad, str(periode))
                if periode is not None:
                    yield self._periode_fout(periode, hier)
                if not (sleutel == "output" and w == GEEN and variabele.value_type is date):  # no date
                    yield self._waarde_fout(variabele, w, hier)

    def _per_variabele(self, systeem, waarden, pad):
        """(name, value, path) of each variable, also below an entity (`persoon`, `personen: {id: ...}`)."""
        for naam, waarde in (waarden or {}).items():
            entiteit = _entiteiten(systeem).get(naam)
            if entiteit == "meervoud" and isinstance(waarde, dict):
                for id_, leden in waarde.items():
                    yield from self._per_variabele(systeem, leden, (*pad, naam, id_))
            elif entiteit == "enkelvoud" and isinstance(waarde, dict):
                yield from self._per_variabele(systeem, waarde, (*pad, naam))
            else:
                yield naam, waarde, (*pad, naam)

    def _onbekende_variabele(self, systeem, naam, pad) -> Melding:
        nl, en = bedoelde(str(naam), sorted(systeem.variables))
        return Melding(self.regel(*pad), f"onbekende variabele '{naam}'; de namen staan in docs/invoer.md "
                       f"(invoer), docs/artikelindex.md (besluiten) en op de webpagina (Verkenner).{nl}",
                       f"unknown variable '{naam}'; the names are in docs/invoer.md (inputs), docs/artikelindex.md "
                       f"(decisions) and on the web page (Verkenner).{en}")

    def _waarde_fout(self, variabele, waarde, pad) -> Melding | None:
        """A value whose type does not fit the variable; a list holds one value per person."""
        if isinstance(waarde, list):
            fouten = (self._waarde_fout(variabele, w, (*pad, i)) for i, w in enumerate(waarde))
            return next(filter(None, fouten), None)
        controle = _SOORTFOUTEN.get(variabele.value_type)
        letterlijk = self.posities.get((self.index, *pad), (None, None))[1]
        fout = controle(variabele, waarde, letterlijk) if controle else None
        return Melding(self.regel(*pad), *fout) if fout else None


def _enum_fout(variabele, waarde, letterlijk) -> tuple[str, str] | None:
    leden, naam, gegeven = list(variabele.possible_values.__members__), variabele.name, letterlijk or waarde
    if isinstance(waarde, str) and waarde in leden:  # a number was read as the member at that place (a review)
        return None
    nl, en = bedoelde(str(gegeven), leden)
    return (f"'{gegeven}' is geen waarde van {naam}; toegestaan: {', '.join(leden)}.{nl}",
            f"'{gegeven}' is not a value of {naam}; allowed: {', '.join(leden)}.{en}")


def _tekst_fout(variabele, waarde, letterlijk) -> tuple[str, str] | None:
    if isinstance(waarde, str):
        return None
    naam, voorstel = variabele.name, f'"{letterlijk if letterlijk is not None else waarde}"'
    gegeven, gelezen = letterlijk or waarde, _als_tekst(waarde)
    return (f"{naam} is tekst, maar YAML las {gegeven} als {gelezen}; zet tekst tussen aanhalingstekens. "
            f"Bedoelde u {naam}: {voorstel}?",
            f"{naam} is text, but YAML read {gegeven} as {gelezen}; quote text. Did you mean "
            f"{naam}: {voorstel}?")


def _datum_fout(variabele, waarde, _letterlijk) -> tuple[str, str] | None:
    if _is_datum(waarde):
        return None
    naam, iso = variabele.name, als_iso(str(waarde))
    nl, en = (f" Bedoelde u {naam}: {iso}?", f" Did you mean {naam}: {iso}?") if iso else ("", "")
    return (f"'{waarde}' is geen datum voor {naam}; toegestaan: JJJJ-MM-DD zonder aanhalingstekens "
            f"(bijvoorbeeld 2024-07-13).{nl}",
            f"'{waarde}' is not a date for {naam}; allowed: YYYY-MM-DD without quotes (for example "
            f"2024-07-13).{en}")


# yes/no written as text, and the value it stands for
_JA_NEE = {"ja": "true", "nee": "false", "true": "true", "false": "false"}


def _janee_fout(variabele, waarde, letterlijk) -> tuple[str, str] | None:
    if isinstance(waarde, bool):
        return None
    naam, gegeven = variabele.name, letterlijk or waarde
    nl = en = ""
    if str(gegeven).strip().lower() in ("ja", "nee"):
        nl, en = " Schrijf true of false, niet ja/nee.", " Write true or false, not ja/nee (yes/no)."
    if voorstel := _JA_NEE.get(str(gegeven).strip().lower()):
        nl, en = f"{nl} Bedoelde u {naam}: {voorstel}?", f"{en} Did you mean {naam}: {voorstel}?"
    return (f"'{gegeven}' is geen waarde voor {naam} (waar/onwaar); toegestaan: true of false (zonder "
            f"aanhalingstekens).{nl}",
            f"'{gegeven}' is not a value for {naam} (true/false); allowed: true or false (without "
            f"quotes).{en}")


def _getal_fout(variabele, waarde, letterlijk) -> tuple[str, str] | None:
    """A number for a number; for a whole number (months, hours, counts) a whole one, as the API and `whatif` ask: 1.5
    was read as 1 without a word (a review)."""
    geheel = variabele.value_type is int
    soort_nl, soort_en = (("een geheel getal zonder aanhalingstekens, zoals 3", "a whole number without quotes, such as 3")
                          if geheel else ("een getal met een decimale punt en zonder aanhalingstekens, zoals 3 of 2.5",
                                          "a number with a decimal point and without quotes, such as 3 or 2.5"))
    if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
        if not geheel or float(waarde).is_integer():
            return None
        naam, gegeven = variabele.name, letterlijk or waarde
        return (f"'{gegeven}' is geen geheel getal voor {naam}; toegestaan: {soort_nl}.",
                f"'{gegeven}' is not a whole number for {naam}; allowed: {soort_en}.")
    nl = en = ""
    if voorstel := als_getal(waarde, geheel):
        nl, en = f" Bedoelde u {variabele.name}: {voorstel}?", f" Did you mean {variabele.name}: {voorstel}?"
    return (f"'{waarde}' is geen getal voor {variabele.name}; toegestaan: {soort_nl}.{nl}",
            f"'{waarde}' is not a number for {variabele.name}; allowed: {soort_en}.{en}")


_SOORTFOUTEN = {Enum: _enum_fout, str: _tekst_fout, date: _datum_fout, bool: _janee_fout, int: _getal_fout,
                float: _getal_fout}


# ---- pytest nodes on top of openfisca_core's ----------------------------------------------------

class Bestand(YamlFile):
    """A YAML file, loaded as `openfisca test` does, with line numbers and a check of keys and keywords."""

    def __init__(self, *, rapport: Rapport, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rapport = rapport

    def collect(self):
        try:
            tests, posities = _lees(self.path)
        except Meldingen:
            self.rapport.gefaald += 1
            raise
        if meldingen := _sleutel_fouten(tests, posities, self.rapport.bekend):
            self.rapport.gefaald += len(tests)
            raise Meldingen(meldingen)
        for i, test in enumerate(tests):
            if not self.should_ignore(test):
                yield Geval.from_parent(self, name=str(posities[(i,)][0]), test=test, options=self.options,
                                        baseline_tax_benefit_system=self.tax_benefit_system,
                                        posities=posities, index=i)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, Meldingen):
            kop = f"GEWEIGERD / REFUSED  {_toon(self.path)}: het bestand is niet gedraaid / the file was not run"
            return f"{kop}\n{excinfo.value.tekst(_toon(self.path))}"
        return super().repr_failure(excinfo)


class Geval(YamlItem):
    """One test, checked (`Controle`) and run as `openfisca test` runs it; compares every output and explains
    what differs."""

    def __init__(self, *, posities, index: int, test: dict, **kwargs) -> None:
        # as written: the runner converts input values in place
        self.controle = Controle(posities, index, copy.deepcopy(test))
        super().__init__(test=test, **kwargs)
        self.verschillen: list[tuple] = []

    def runtest(self) -> None:
        try:
            systeem = _get_tax_benefit_system(self.baseline_tax_benefit_system, self.test.reforms,
                                              self.test.extensions)
            if meldingen := self.controle.fouten(systeem):
                raise Meldingen(meldingen)
            super().runtest()
        except (Verschillen, Meldingen):
            raise
        except Exception as fout:  # noqa: BLE001 - every other failure becomes one short message
            raise self._melding(fout) from None

    def check_variable(self, variable_name, expected_value, period, entity_index=None):
        if isinstance(expected_value, dict):
            return super().check_variable(variable_name, expected_value, period, entity_index)
        soort = self.tax_benefit_system.variables[variable_name].value_type
        if expected_value == GEEN and soort is date:  # else a value (enum, text) or refused by `Controle`
            datums = als_datum(self.simulation.calculate(variable_name, period))
            if not numpy.isnat(datums if entity_index is None else datums[entity_index]).all():
                self.verschillen.append((variable_name, period, expected_value, entity_index or 0))
            return None
        try:
            return super().check_variable(variable_name, expected_value, period, entity_index)
        except AssertionError:
            self.verschillen.append((variable_name, period, expected_value, entity_index or 0))
            return None

    def check_output(self) -> None:
        super().check_output()
        streng = self.parent.rapport.streng
        getoetst = self._ontbrekend() if self.verschillen or streng else None
        ontbrekend = getoetst or {}
        regels = [self._verschil(*v, ontbrekend.get(v[0], [])) for v in self.verschillen]
        if streng and STANDAARD_BEDOELD not in (self.controle.gegeven.get("keywords") or ()):
            regels += self._onbepaald(ontbrekend)
        elif streng and getoetst == {}:  # checked, and nothing open (None: a case the API cannot be asked about)
            regels.append(f"  keywords: {STANDAARD_BEDOELD}, maar de API laat geen verwachte beslissing open; haal het "
                          f"keyword weg / {STANDAARD_BEDOELD}, but the API leaves no expected decision open; remove it")
        if regels:
            raise Verschillen("\n".join(regels))

    def _onbepaald(self, ontbrekend: dict[str, list[str]]) -> list[str]:
        """`--streng`: the expected decisions the typed API calls undetermined for these inputs, with the missing
        facts (`_ontbrekend`): OpenFisca computes with their defaults, so such an expectation passes without them."""
        return [f"  {naam} (regel {self.controle.regel('output', naam)}): de API noemt dit onbepaald; ontbreekt: "
                f"{', '.join(namen)} (geef die feiten, ook als ze 'nee' of 0 zijn) / "
                "the API calls this undetermined; give the missing facts"
                for naam, namen in ontbrekend.items()]

    def _ontbrekend(self) -> dict[str, list[str]] | None:
        """Per expected decision that the typed API calls undetermined for these inputs (`simulatie.beoordeel`)
        because facts or judgments are missing: those. Only for a test of the law in force with facts for one person
        (no reform, no periods or entities in the input); otherwise None (not asked), and for no expected decision
        {}."""
        from inburgering_rules import publiek, simulatie

        invoer = self.controle.gegeven.get("input") or {}
        verwacht = [naam for naam in self.controle.gegeven.get("output") or {} if naam in publiek.BESLUITEN]
        if not verwacht:
            return {}
        if self.test.reforms or self.test.extensions or any(isinstance(w, dict | list) for w in invoer.values()):
            return None
        kolommen = {naam: [w.isoformat() if isinstance(w, date) else w] for naam, w in invoer.items()}
        beoordeling = simulatie.beoordeel(self.tax_benefit_system, str(self.test.period), kolommen, 1, verwacht)
        # undetermined without a missing input (a date the law does not fix, I18, I60): no fact the test could give
        return {naam: ontbreekt for naam in verwacht
                if beoordeling.onbepaald[naam][0] and (ontbreekt := beoordeling.ontbrekende_invoer(0, naam))}

    def _verschil(self, naam: str, periode, verwacht, index: int, ontbreekt: list[str]) -> str:
        """A failed expectation: expected and computed, the explanation (with what the API finds missing: OpenFisca
        computed with the defaults of those facts), and the legal basis."""
        from inburgering_rules.api.service import json_kolom
        from inburgering_rules.api.uitleg import Bron, uitleg

        stelsel = _stelsel(self.tax_benefit_system)
        berekend = json_kolom(stelsel.soort[naam], self.simulation.calculate(naam, periode))[index]
        bij = "" if str(periode) == str(self.test.period) else f" op {periode}"
        regels = [f"  {naam}{bij} (regel {self.controle.regel('output', naam)}): verwacht "
                  f"{_als_tekst(verwacht)}, berekend {_als_tekst(berekend)}"]
        if naam in stelsel.besluiten:
            besluiten = {n: json_kolom(stelsel.soort[n], self.simulation.calculate(n, periode))[index]
                         for n in stelsel.berekend}
            gegeven = self.controle.gegeven.get("input") or {}
            invoer = {n: _als_tekst(w) if isinstance(w, date) else w for n, w in gegeven.items()
                      if n in stelsel.soort and not isinstance(w, dict)}
            bron = Bron(stelsel.labels, stelsel.leden, besluiten, invoer, stelsel.afhankelijk,
                        parameters=stelsel.systeem.parameters, peildatum=str(periode))
            tekst = uitleg(naam, berekend, [], bron, stelsel.soort[naam] == "geld")["nl"]
            regels.append(textwrap.fill(tekst, 110, initial_indent="    Uitleg: ", subsequent_indent=" " * 12))
            if ontbreekt and index == 0 and str(periode) == str(self.test.period):
                regels.append(textwrap.fill(
                    f"De API noemt dit onbepaald; ontbreekt: {', '.join(ontbreekt)}. Deze berekening gebruikte hun "
                    "standaardwaarde (nee, 0 of geen datum) / the API calls this undetermined; this run used the "
                    "defaults of the missing facts", 110, initial_indent="    Let op: ", subsequent_indent=" " * 12))
        else:
            regels.append(f"    Omschrijving: {stelsel.labels[naam]}")
        for g in stelsel.grondslag_op(str(periode))[naam]:
            lid = f" lid {g['lid']}" if g["lid"] else ""
            regels.append(f"    Grondslag: {g['regeling']} art. {g['artikel']}{lid}  {g['url']}")
        return "\n".join(regels)

    def _melding(self, fout: Exception) -> Meldingen:
        """The first lines of the runner's own message (`Controle` found the common mistakes before)."""
        regels = [r.strip() for r in str(fout).splitlines()
                  if r.strip() and "Unexpected error raised while parsing" not in r][:3] or [type(fout).__name__]
        return Meldingen([Melding(self.controle.regel(), "de test kon niet worden gedraaid: " + " ".join(regels),
                                  "the test could not be run: " + " ".join(regels))])

    def repr_failure(self, excinfo):
        fout, plek = excinfo.value, _toon(self.path)
        if isinstance(fout, Meldingen):
            return f"FOUT / ERROR  {plek}:{self.controle.regel()}  {self.test.name}\n{fout.tekst(plek)}"
        if isinstance(fout, Verschillen):
            return f"MISLUKT / FAILED  {plek}:{self.controle.regel()}  {self.test.name}\n{fout}"
        return super().repr_failure(excinfo)


def _entiteiten(systeem) -> dict[str, str]:
    return {sleutel: soort for e in systeem.entities for sleutel, soort in ((e.key, "enkelvoud"), (e.plural, "meervoud"))}


_STELSELS: dict[int, object] = {}


def _stelsel(systeem):
    """The API's metadata of a system (labels, legal bases, dependencies), built once per system."""
    from inburgering_rules.api.service import Stelsel

    if id(systeem) not in _STELSELS:
        _STELSELS[id(systeem)] = Stelsel(systeem)
    return _STELSELS[id(systeem)]


class Rapport(OpenFiscaPlugin):
    """pytest plugin: collects with `Bestand`/`Geval` and writes the report instead of pytest's output."""

    def __init__(self, systeem, options, uit, streng: bool = False) -> None:
        super().__init__(systeem, options)
        self.uit, self.geslaagd, self.gefaald, self.streng = uit, 0, 0, streng
        self.bekend = bekende_trefwoorden(systeem)

    def pytest_collect_file(self, parent, file_path):
        if file_path.suffix in (".yaml", ".yml"):
            return Bestand.from_parent(parent, path=file_path, tax_benefit_system=self.tax_benefit_system,
                                       options=self.options, rapport=self)
        return None

    def pytest_collectreport(self, report) -> None:
        if report.failed:
            print(report.longreprtext + "\n", file=self.uit)

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call" or report.failed:
            if report.passed:
                self.geslaagd += 1
            else:
                self.gefaald += 1
                print(report.longreprtext + "\n", file=self.uit)


def draai(paden: Sequence[str | os.PathLike], naam: str | None = None, uit=None, streng: bool = False) -> int:
    """Run the YAML tests in `paden` (files or folders) and write the report to `uit` (stdout). `naam`
    selects tests by file name, test name or keyword, as `openfisca test -n` does; `streng` also fails an expected
    decision the typed API calls undetermined (`Geval._onbepaald`)."""
    from inburgering_rules.hervormingen import basissysteem

    uit = uit or sys.stdout
    rapport = Rapport(basissysteem(), {"name_filter": naam}, uit, streng)
    code = pytest.main(["-o", "addopts=", "-p", "no:terminal", "-p", "no:cacheprovider", "--continue-on-collection-errors",
                        *(os.path.abspath(p) for p in paden)], plugins=[rapport])
    if int(code) == pytest.ExitCode.NO_TESTS_COLLECTED:  # pytest's 5 without a word (a review)
        print(f"geen gevallen gevonden in {', '.join(map(str, paden))}"
              + (f" met -n {naam!r} (bestandsnaam, naam van een geval of keyword)" if naam else "")
              + " / no cases found" + (f" for -n {naam!r} (file name, case name or keyword)" if naam else ""),
              file=uit)
    print(f"{rapport.geslaagd} passed, {rapport.gefaald} failed", file=uit)
    return 1 if rapport.gefaald else int(code)
