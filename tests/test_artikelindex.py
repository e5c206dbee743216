"""docs/artikelindex.md is generated from the code and the YAML tests: it must be current."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_artikelindex_is_current_and_lists_no_uncovered_article():
    gegenereerd = subprocess.run([sys.executable, str(ROOT / "tools" / "artikelindex.py")], capture_output=True,
                                 text=True, check=True).stdout
    assert gegenereerd == (ROOT / "docs" / "artikelindex.md").read_text(encoding="utf-8"), "run `make artikelindex`"
    assert "None: every article" in gegenereerd
