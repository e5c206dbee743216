"""Print the verbatim text of an article (or lid) from ../shared/law/text, without link markup.

Usage: python tools/wettekst.py Wi 3.1 [--versie 2022-01-01]
       python tools/wettekst.py --json > api/static/wetteksten.json   (the web page's article view)
Instruments: Wi (Wet inburgering 2021), Bi (Besluit inburgering 2021), Pw (Participatiewet),
Atw (Algemene termijnenwet).
Used while writing `documentation` quotes; tests/test_code_health.py checks quotes the same way.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

TEKSTEN = Path(__file__).resolve().parents[1].parent / "shared" / "law" / "text"
MAPPEN = {"Wi": "wet_inburgering_2021", "Bi": "besluit_inburgering_2021", "Pw": "participatiewet",
          "Atw": "algemene_termijnenwet"}
_LINK = re.compile(r"\[([^\]]*)\]\[ref\d+\]|\[([^\]]*)\]\([^)]*\)")
_VOETNOOT = re.compile(r"\[ref\d+\]: \S+")


def schoon(tekst: str) -> str:
    """Remove the corpus' link markup and fold white space."""
    tekst = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), tekst)
    return " ".join(_VOETNOOT.sub("", tekst).split())


def alineas(tekst: str) -> list[str]:
    """The paragraphs of a text (blank-line separated), each cleaned: the source's line wraps are not the law's."""
    return [schoon(a).replace("*", "") for a in re.split(r"\n\s*\n", tekst) if schoon(a)]


@lru_cache(maxsize=None)
def bestanden(instrument: str) -> dict[str, list[dict]]:
    """{versie: articles as stored} for every stored version of an instrument."""
    return {b.stem[:10]: yaml.safe_load(b.read_text(encoding="utf-8"))["articles"]
            for b in sorted((TEKSTEN / MAPPEN[instrument]).glob("*.yaml"))}


def versies(instrument: str) -> dict[str, dict[str, str]]:
    """{versie: {nummer: tekst}} for every stored version of an instrument."""
    return {v: {a["number"]: schoon(a["text"]) for a in artikelen} for v, artikelen in bestanden(instrument).items()}


_LID = re.compile(r"^(\d+[a-z]?) (.*)$", re.S)


def leden(instrument: str, artikelen: list[dict]) -> dict[str, dict[str, str]]:
    """{artikel: {lid: whole text}} of one version; lid "" is an article without numbered leden.
    Versions store an article in one of two ways: whole, with its leden inline ("1 Het college ..."), or
    split per lid and onderdeel ("5.3.1", "3.1.a": the Bi's article numbers have a dot themselves)."""
    uit: dict[str, dict[str, list[str]]] = {}
    delen = 2 if instrument == "Bi" else 1
    for a in artikelen:
        nummer = a["number"].split(".")
        artikel, rest = ".".join(nummer[:delen]), nummer[delen:]
        lid = rest.pop(0) if rest and rest[0][0].isdigit() else ""
        per_lid = uit.setdefault(artikel, {})
        for alinea in alineas(a["text"]):
            if rest:  # an onderdeel stored on its own: its label is in the number only
                alinea = f"{rest[-1]}{'' if rest[-1].endswith('°') else '.'} {alinea}"
            elif not nummer[delen:] and (gevonden := _LID.match(alinea)):
                lid, alinea = gevonden.groups()
            per_lid.setdefault(lid, []).append(alinea)
    return {art: {lid: "\n".join(tekst) for lid, tekst in per.items()} for art, per in uit.items()}


def _vorm(tekst: str | None) -> str | None:
    """A text as compared across versions: the stored formats differ in line breaks and in "1°." / "1°"."""
    return None if tekst is None else " ".join(tekst.replace("°.", "°").split())


def wetteksten() -> dict:
    """{instrument: {artikel: {lid: [{van, tekst}]}}}: each lid's text from the version it first holds;
    a new entry only when the text changes (tekst null: the lid no longer exists)."""
    uit: dict = {}
    for instrument in MAPPEN:
        per_artikel: dict = {}
        for versie, artikelen in bestanden(instrument).items():
            huidig = leden(instrument, artikelen)
            for artikel, per_lid in per_artikel.items():
                for lid, historie in per_lid.items():
                    if historie[-1]["tekst"] is not None and lid not in huidig.get(artikel, {}):
                        historie.append({"van": versie, "tekst": None})
            for artikel, per_lid in huidig.items():
                for lid, tekst in per_lid.items():
                    historie = per_artikel.setdefault(artikel, {}).setdefault(lid, [])
                    if not historie or _vorm(historie[-1]["tekst"]) != _vorm(tekst):
                        historie.append({"van": versie, "tekst": tekst})
        uit[instrument] = per_artikel
    return uit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("instrument", nargs="?", choices=sorted(MAPPEN))
    parser.add_argument("nummer", nargs="?")
    parser.add_argument("--versie")
    parser.add_argument("--json", action="store_true", help="every lid of every version, for the web page")
    args = parser.parse_args()
    if args.json:
        json.dump(wetteksten(), sys.stdout, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        sys.exit(0)
    if not (args.instrument and args.nummer):
        parser.error("give an instrument and an article number, or --json")
    for versie, artikelen in versies(args.instrument).items():
        if args.versie and versie != args.versie:
            continue
        treffers = {n: t for n, t in artikelen.items() if n == args.nummer or n.startswith(args.nummer + ".")}
        if treffers:
            print(f"== {args.instrument} {versie}")
            for n, t in treffers.items():
                print(f"[{n}] {t}")
    sys.exit(0)


if __name__ == "__main__":
    main()
