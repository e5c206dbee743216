"""`inburgering toets-hervorming` over a YAML suite with a mistake: the runner's messages (file, line, what is
wrong, a suggestion) and exit code 2, nothing computed and no traceback (docs/analisten.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from inburgering_rules import cli, whatif

GEVAL = """\
- name: "Syrische asielstatushouder"
  keywords: [wi2021_art_3]
  period: 2024-05-01
  input:
    geboortedatum: 1985-06-30
    nationaliteit: "SY"
    verblijfsvergunning: asiel_bepaalde_tijd
    verblijf_verkregen_datum: 2023-01-15
  output:
    inburgeringsplichtig: true
"""

FOUTEN = {
    "enum.yaml": (GEVAL.replace("asiel_bepaalde_tijd", "asiel"), 7,
                  "'asiel' is geen waarde van verblijfsvergunning; toegestaan: geen, regulier_bepaalde_tijd"),
    "variabele.yaml": (GEVAL.replace("geboortedatum", "geboorte_datum"), 5,
                       "onbekende variabele 'geboorte_datum'; de namen staan in docs/invoer.md"),
    "janee.yaml": (GEVAL.replace("inburgeringsplichtig: true", "inburgeringsplichtig: ja"), 10,
                   "'ja' is geen waarde voor inburgeringsplichtig (waar/onwaar); toegestaan: true of false"),
}


@pytest.fixture
def suite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "yaml").mkdir()
    (tmp_path / "yaml" / "goed.yaml").write_text(GEVAL, encoding="utf-8")
    for naam, (tekst, _, _) in FOUTEN.items():
        (tmp_path / "yaml" / naam).write_text(tekst, encoding="utf-8")
    return tmp_path / "yaml"


def test_a_wrong_test_is_reported_as_inburgering_test_does_and_exits_2(suite, capsys):
    assert cli.main(["toets-hervorming", "concept_wetsvoorstel_2019", "--yaml", str(suite)]) == 2
    uit = capsys.readouterr()
    assert uit.out == ""  # nothing computed
    for naam, (_, regel, melding) in FOUTEN.items():
        assert f"yaml/{naam}:{regel}: {melding}" in uit.err, uit.err
    assert "Bedoelde u asiel_bepaalde_tijd of asiel_onbepaalde_tijd?" in uit.err
    assert "Schrijf true of false, niet ja/nee. Bedoelde u inburgeringsplichtig: true?" in uit.err
    assert "Bedoelde u geboortedatum" in uit.err and "unknown variable 'geboorte_datum'" in uit.err
    assert "fout: de YAML-tests hierboven zijn fout; er is niets gerekend" in uit.err
    assert "error: the YAML tests above are wrong; nothing was computed" in uit.err
    assert "Traceback" not in uit.err
    # the same messages as the runner's report, from the same checks
    rapport = subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", "yaml"],
                             capture_output=True, text=True, timeout=300, cwd=suite.parent).stdout
    meldingen = [r for r in uit.err.splitlines() if r.startswith("yaml/")]
    assert len(meldingen) == len(FOUTEN) and all(m in rapport for m in meldingen), rapport


def test_a_correct_suite_is_compared_as_before(suite):
    for naam in FOUTEN:
        (suite / naam).unlink()
    assert whatif.toets_hervorming("concept_wetsvoorstel_2019", suite) == (1, [])
    (suite / "enum.yaml").write_text(FOUTEN["enum.yaml"][0], encoding="utf-8")
    with pytest.raises(whatif.SuiteFout, match="enum.yaml:7"):
        whatif.toets_hervorming("concept_wetsvoorstel_2019", suite)
