"""The web page's YAML export (issue 13): keywords only for the pinned outputs that have an outcome, so an
exported case does not inflate the article index; the exported test passes `inburgering test`."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request

import yaml
from test_pagina import AHMAD, casus_url

from inburgering_rules import yamltest
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.instrumenten import PER_TITEL



def geen_uitkomst(waarde) -> bool:
    """false, 0, geen, niet_van_toepassing: the rule does not apply (as GEEN_UITKOMST in casus.js)."""
    return waarde is False or (type(waarde) in (int, float) and waarde == 0) or waarde in ("geen", "niet_van_toepassing")


def _grondslag(basis_url: str) -> dict[str, list[dict]]:
    verzoek = urllib.request.Request(
        basis_url + "/v1/beoordeling", data=json.dumps({"peildatum": "2023-03-01", "persoon": AHMAD}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(verzoek) as antwoord:
        return {n: t["grondslag"] for n, t in json.load(antwoord)["toelichting"].items()}


def test_export_carries_only_the_keywords_of_pinned_outputs_with_an_outcome(page, basis_url, tmp_path):
    page.goto(casus_url(basis_url, "2023-03-01", AHMAD))
    uitkomst = page.locator("#uitkomst")
    uitkomst.locator("tr[data-besluit='pip_uiterste_datum']").wait_for()
    test = yaml.safe_load(page.locator("#yaml").input_value())[0]
    grondslag = _grondslag(basis_url)

    def trefwoorden(uitvoer):
        return {PER_TITEL[g["regeling"]].trefwoord(g["artikel"]) for n, w in uitvoer.items()
                if not geen_uitkomst(w)
                for g in grondslag[n]}

    assert set(test["keywords"]) == trefwoorden(test["output"])
    assert test["output"]["boete_art_22_bedrag"] == 0 and "wi2021_art_22" not in test["keywords"]
    assert test["output"]["vrijgesteld"] is False and "wi2021_art_4" not in test["keywords"]
    alle = {PER_TITEL[g["regeling"]].trefwoord(g["artikel"]) for n in test["output"] for g in grondslag[n]}
    assert len(test["keywords"]) < len(alle)
    # unpinning an output removes its article
    uitkomst.get_by_label("pip_uiterste_datum opnemen in de YAML-test").uncheck()
    zonder = yaml.safe_load(page.locator("#yaml").input_value())[0]
    assert "pip_uiterste_datum" not in zonder["output"] and "bi2021_art_5_3" not in zonder["keywords"]
    # every keyword is known and the export passes the lawyer's runner as is
    bekend = yamltest.bekende_trefwoorden(basissysteem())
    assert not [w for w in test["keywords"] if yamltest.trefwoord_fout(w, bekend)]
    (tmp_path / "casus.yaml").write_text(page.locator("#yaml").input_value(), encoding="utf-8")
    uit = subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", "casus.yaml"], capture_output=True,
                         text=True, timeout=300, cwd=tmp_path)
    assert uit.returncode == 0 and uit.stdout.rstrip().endswith("1 passed, 0 failed"), uit.stdout + uit.stderr
