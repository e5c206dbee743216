"""docs/invoer.md is generated from the public inputs, the API's schema and the variables: it must be current."""

import subprocess
import sys
from pathlib import Path

from inburgering_rules import publiek

ROOT = Path(__file__).resolve().parents[1]


def test_invoer_is_current_and_lists_every_public_input():
    gegenereerd = subprocess.run([sys.executable, str(ROOT / "tools" / "invoer_tabel.py")], capture_output=True,
                                 text=True, check=True).stdout
    assert gegenereerd == (ROOT / "docs" / "invoer.md").read_text(encoding="utf-8"), "run `make invoer`"
    rijen = [regel.split("`")[1] for regel in gegenereerd.splitlines() if regel.startswith("| `")]
    assert sorted(rijen) == sorted(publiek.INVOER)
