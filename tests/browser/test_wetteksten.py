"""api/static/wetteksten.json, the statute text of the page's article view, is `tools/wettekst.py --json`
over ../shared/law/text: regenerate it when the texts change (no browser needed)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
wettekst = SimpleNamespace(**runpy.run_path(str(ROOT / "tools" / "wettekst.py")))  # the tool script, not run as main


@pytest.mark.skipif(not wettekst.TEKSTEN.exists(), reason="../shared/law/text not present")
def test_bundled_statute_text_is_generated_from_the_law_texts():
    gebundeld = json.loads((ROOT / "api" / "static" / "wetteksten.json").read_text(encoding="utf-8"))
    assert gebundeld == wettekst.wetteksten(), "run: python tools/wettekst.py --json > api/static/wetteksten.json"


def test_every_lid_is_stored_whole_and_once_per_text():
    gebundeld = json.loads((ROOT / "api" / "static" / "wetteksten.json").read_text(encoding="utf-8"))
    # Wi art. 3 lid 1 with its onderdelen a and b, although some versions store them as separate entries
    assert gebundeld["Wi"]["3"]["1"] == [{"van": "2022-01-01", "tekst": (
        "Inburgeringsplichtig is de vreemdeling, die rechtmatig verblijf verkrijgt in de zin van artikel 8, onderdelen "
        "a en c, van de Vreemdelingenwet 2000, die 16 jaar of ouder is en de pensioengerechtigde leeftijd, bedoeld in "
        "artikel 7a, eerste lid, van de Algemene Ouderdomswet, nog niet heeft bereikt, en:\n"
        "a. anders dan voor een tijdelijk doel in Nederland verblijft; of\nb. geestelijke bedienaar is.")}]
    # the Bi numbers leden inside the article text in some versions and as "5.3.1" in others: one history
    assert [v["van"] for v in gebundeld["Bi"]["5.3"]["1"]] == ["2022-01-01", "2023-01-01"]
    for instrument in gebundeld.values():
        for leden in instrument.values():
            for historie in leden.values():
                teksten = [wettekst._vorm(v["tekst"]) for v in historie]
                assert all(a != b for a, b in zip(teksten, teksten[1:]))  # a new entry only when the text changes
                assert all(t is None or ("[ref" not in t and "  " not in t) for t in teksten)
