"""inburgering_rules/artikelen.json, the articles a YAML test keyword may name, is `tools/artikelen.py` over
../shared/law/text and ships in the wheel: regenerate it when the texts change."""

from __future__ import annotations

import json
import runpy
import tomllib
from fnmatch import fnmatch
from pathlib import Path
from types import SimpleNamespace

import pytest

from inburgering_rules import yamltest

ROOT = Path(__file__).resolve().parents[1]
artikelen = SimpleNamespace(**runpy.run_path(str(ROOT / "tools" / "artikelen.py")))  # the tool script, not run as main


@pytest.mark.skipif(not artikelen.TEKSTEN.exists(), reason="../shared/law/text not present")
def test_the_article_list_is_generated_from_the_law_texts():
    gebundeld = json.loads(yamltest.ARTIKELEN.read_text(encoding="utf-8"))
    opdracht = "python tools/artikelen.py > inburgering_rules/artikelen.json"
    assert gebundeld == artikelen.artikelen(), f"run: {opdracht}"


def test_the_article_list_is_package_data_and_names_articles_not_leden():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert yamltest.ARTIKELEN.parent == ROOT / "inburgering_rules"
    assert any(fnmatch(yamltest.ARTIKELEN.name, patroon) for patroon in setuptools["package-data"]["*"])
    lijst = json.loads(yamltest.ARTIKELEN.read_text(encoding="utf-8"))
    assert {"3", "11", "24"} <= set(lijst["Wi"]) and "11.2" not in lijst["Wi"]
    assert {"5.3", "6.2a"} <= set(lijst["Bi"]) and {"56a", "57"} <= set(lijst["Pw"])
