"""Generate inburgering_rules/artikelen.json: per instrument the articles a YAML test keyword may name.

Run: `python tools/artikelen.py > inburgering_rules/artikelen.json` after ../shared/law/text changes
(tests/test_artikelen.py checks the committed file is current). Every article in the law texts and every
article those texts refer to, for the instruments with a keyword prefix (`inburgering_rules/instrumenten.py`).
The runner (`inburgering test`) reads the file from the package, so an installed wheel needs no law texts.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

from inburgering_rules.instrumenten import PER_BWB

TEKSTEN = Path(__file__).resolve().parents[1].parent / "shared" / "law" / "text"
_ARTIKEL = re.compile(r"#Artikel(\d.*)$")  # not the Aanhef


def _natuurlijk(nummer: str) -> list:
    """Sort key: 2 before 10, 5.3 before 5.10."""
    return [int(deel) if deel.isdigit() else deel for deel in re.split(r"(\d+)", nummer)]


def artikelen(teksten: Path = TEKSTEN) -> dict[str, list[str]]:
    """{instrument (Wi, Bi, Atw, ...): [article number, in natural order]} from the law texts."""
    gevonden: dict[str, set[str]] = {}

    def voeg_toe(bwb_id, nummer) -> None:
        instrument = PER_BWB.get(bwb_id)
        if instrument and instrument.trefwoord_voorvoegsel and nummer:
            gevonden.setdefault(instrument.afkorting, set()).add(str(nummer))

    for bestand in sorted(teksten.rglob("*.yaml")):
        data = yaml.safe_load(bestand.read_text(encoding="utf-8"))
        for artikel in data.get("articles") or []:
            if eigen := _ARTIKEL.search(artikel.get("url", "")):
                voeg_toe(data.get("bwb_id"), eigen.group(1))
            for verwijzing in artikel.get("references") or []:
                voeg_toe(verwijzing.get("bwb_id"), verwijzing.get("artikel"))
    return {instrument: sorted(nummers, key=_natuurlijk) for instrument, nummers in sorted(gevonden.items())}


def main() -> int:
    if not TEKSTEN.is_dir():
        print(f"law texts not found: {TEKSTEN}", file=sys.stderr)
        return 2
    json.dump(artikelen(), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
