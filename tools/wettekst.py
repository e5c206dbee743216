"""Print the verbatim text of an article (or lid) from ../shared/law/text, without link markup.

Usage: python tools/wettekst.py Wi 3.1 [--versie 2022-01-01]
Instruments: Wi (Wet inburgering 2021), Bi (Besluit inburgering 2021), Pw (Participatiewet).
Used while writing `documentation` quotes; tests/test_code_health.py checks quotes the same way.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

TEKSTEN = Path(__file__).resolve().parents[1].parent / "shared" / "law" / "text"
MAPPEN = {"Wi": "wet_inburgering_2021", "Bi": "besluit_inburgering_2021", "Pw": "participatiewet"}
_LINK = re.compile(r"\[([^\]]*)\]\[ref\d+\]|\[([^\]]*)\]\([^)]*\)")
_VOETNOOT = re.compile(r"\[ref\d+\]: \S+")


def schoon(tekst: str) -> str:
    """Remove the corpus' link markup and fold white space."""
    tekst = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), tekst)
    return " ".join(_VOETNOOT.sub("", tekst).split())


@lru_cache(maxsize=None)
def versies(instrument: str) -> dict[str, dict[str, str]]:
    """{versie: {nummer: tekst}} for every stored version of an instrument."""
    uit = {}
    for bestand in sorted((TEKSTEN / MAPPEN[instrument]).glob("*.yaml")):
        data = yaml.safe_load(bestand.read_text(encoding="utf-8"))
        uit[bestand.stem[:10]] = {a["number"]: schoon(a["text"]) for a in data["articles"]}
    return uit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("instrument", choices=sorted(MAPPEN))
    parser.add_argument("nummer")
    parser.add_argument("--versie")
    args = parser.parse_args()
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
