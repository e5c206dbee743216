"""`inburgering test` (and `make test-yaml`): the YAML test report a lawyer reads (issue 13).

One run of the command over a folder with a passing case, a failing case and one file per common
mistake; each test below reads its own file's part of the report."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from inburgering_rules import cli, yamltest
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.notatie import als_getal

ROOT = Path(__file__).resolve().parents[1]

GEVAL = """\
# Awb art. 6:7 en 6:8 lid 1
- name: "Bekendgemaakt woensdag 2023-03-15: de termijn eindigt woensdag 2023-04-26"
  keywords: [awb_art_6_7, awb_art_6_8]
  period: 2023-03-20
  input:
    geboortedatum: 1990-06-15
    nationaliteit: "SY"
    verblijfsvergunning: asiel_bepaalde_tijd
    verblijf_verkregen_datum: 2022-11-01
    pip_datum: 2023-03-14
    pip_bekendmaking_datum: 2023-03-15
  output:
    pip_bezwaartermijn_einddatum: 2023-04-26
"""

BOETE = """\
- name: "Boete art. 23 binnen de foutmarge"
  keywords: [wi2021_art_23]
  period: 2024-05-01
  absolute_error_margin: 0.005
  input:
    geboortedatum: 1990-06-15
    nationaliteit: "SY"
    verblijfsvergunning: asiel_bepaalde_tijd
    verblijf_verkregen_datum: 2022-11-01
    pip_datum: 2023-03-14
    pip_onvoldoende_medewerking: true
    verwijtbaarheid: opzet
  output:
    boete_art_23_bedrag: 50.004    # € 50: within half a cent, as in `openfisca test`; a larger margin is refused
"""

# file name -> (text, line of the mistake, fragments the message must contain)
FOUTEN = {
    "verkeerd_verwacht.yaml": (GEVAL.replace("einddatum: 2023-04-26", "einddatum: 2023-04-24"), 2,
                               ["pip_bezwaartermijn_einddatum (regel 13): verwacht 2023-04-24, berekend 2023-04-26",
                                "Uitleg: Laatste dag om bezwaar te maken tegen het PIP: 26 april 2023. Zes weken",
                                "Grondslag: Algemene wet bestuursrecht art. 6:7", "Grondslag: Algemene termijnenwet art. 1"]),
    "enumwaarde.yaml": (GEVAL.replace("asiel_bepaalde_tijd", "asiel"), 8,
                        ["'asiel' is geen waarde van verblijfsvergunning; toegestaan: geen, regulier_bepaalde_tijd",
                         "Bedoelde u asiel_bepaalde_tijd of asiel_onbepaalde_tijd?", "'asiel' is not a value of"]),
    "norway.yaml": (GEVAL.replace('"SY"', "NO"), 7,
                    ["nationaliteit is tekst, maar YAML las NO als false", 'Bedoelde u nationaliteit: "NO"?',
                     'Did you mean nationaliteit: "NO"?']),
    "datum.yaml": (GEVAL.replace("pip_datum: 2023-03-14", "pip_datum: 14-03-2023"), 10,
                   ["'14-03-2023' is geen datum voor pip_datum; toegestaan: JJJJ-MM-DD",
                    "Bedoelde u pip_datum: 2023-03-14?", "is not a date for pip_datum"]),
    "invoervariabele.yaml": (GEVAL.replace("    pip_datum:", "    pip_datun:"), 10,
                             ["onbekende variabele 'pip_datun'", "Bedoelde u pip_datum", "unknown variable 'pip_datun'"]),
    "uitvoervariabele.yaml": (GEVAL.replace("bezwaartermijn_einddatum:", "bezwaartermijn_eindatum:"), 13,
                              ["onbekende variabele 'pip_bezwaartermijn_eindatum'", "Bedoelde u pip_bezwaartermijn_einddatum"]),
    "periode.yaml": (GEVAL.replace("period: 2023-03-20", "period: 20-03-2023"), 4,
                     ["ongeldige period '20-03-2023'; toegestaan: één dag JJJJ-MM-DD, de peildatum",
                      "Bedoelde u period: 2023-03-20?", "invalid period"]),
    # a month, a year or no period ended in OpenFisca's English error naming an internal variable (a review)
    "maand.yaml": (GEVAL.replace("period: 2023-03-20", "period: 2023-03"), 4,
                   ["ongeldige period '2023-03'; toegestaan: één dag JJJJ-MM-DD", "de besluiten gelden per dag",
                    "allowed: one day YYYY-MM-DD"]),
    "zonder_periode.yaml": (GEVAL.replace("  period: 2023-03-20\n", ""), 2,
                            ["period ontbreekt; toegestaan: één dag JJJJ-MM-DD", "period is missing"]),
    # the article index reads a list: a text was counted letter by letter
    "trefwoord_tekst.yaml": (GEVAL.replace("keywords: [awb_art_6_7, awb_art_6_8]", "keywords: awb_art_6_7"), 3,
                             ["keywords is een lijst; bedoelde u keywords: [awb_art_6_7]?", "GEWEIGERD / REFUSED"]),
    # amounts are exact to the cent: a margin of 1 let € 37 pass for € 37.50
    "marge.yaml": (BOETE.replace("absolute_error_margin: 0.005", "absolute_error_margin: 1"), 4,
                   ["absolute_error_margin: 1 laat een fout bedrag door; bedragen zijn exact op de cent",
                    "or use at most 0.005", "GEWEIGERD / REFUSED"]),
    # the other side of the bound: 0.005 passes (goed.yaml), half a tenth of a cent more does not
    "marge_net_erboven.yaml": (BOETE.replace("absolute_error_margin: 0.005", "absolute_error_margin: 0.0051"), 4,
                               ["absolute_error_margin: 0.0051 laat een fout bedrag door"]),
    "relatieve_marge.yaml": (BOETE.replace("absolute_error_margin: 0.005", "relative_error_margin: 0.5"), 4,
                             ["relative_error_margin: 0.5 laat een fout bedrag door", "laat de marge weg"]),
    # an enum as a number was read as the member at that place
    "enum_getal.yaml": (GEVAL.replace("verblijfsvergunning: asiel_bepaalde_tijd", "verblijfsvergunning: 2"), 8,
                        ["'2' is geen waarde van verblijfsvergunning; toegestaan: geen, regulier_bepaalde_tijd"]),
    "inspringing.yaml": (GEVAL.replace("  output:", "   output:"), 12,
                         ["geen geldige YAML", "Controleer de inspringing van deze en de vorige regel",
                          "Check the indentation"]),
    "sleutel.yaml": (GEVAL.replace("period:", "periode:"), 4,
                     ["onbekende sleutel 'periode' in een test; toegestaan:", "Bedoelde u period?",
                      "GEWEIGERD / REFUSED"]),
    # a block copied from the README with its fences: told to drop them, not to check the indentation
    "omheining.yaml": ("```yaml\n" + GEVAL + "```\n", 1, ["omheining van een Markdown-codeblok", "code block fence"]),
    # the other side: a ``` inside a text of the case is no fence; the real mistake (indentation) is told
    "geen_omheining.yaml": (GEVAL.replace("  period:", "  description: |\n    ```\n  period:").replace("  output:",
                                                                                                     "   output:"),
                            14, ["Controleer de inspringing"]),
    "syntaxis.yaml": (GEVAL.replace("keywords: [awb_art_6_7, awb_art_6_8]", "keywords: [awb_art_6_7"), 4,
                      ["geen geldige YAML", "not valid YAML", "GEWEIGERD / REFUSED"]),
    "trefwoord.yaml": (GEVAL.replace("awb_art_6_8]", "awb_art_6_9]"), 3,
                       ["onbekend trefwoord 'awb_art_6_9'", "Bedoelde u awb_art_6_8", "GEWEIGERD / REFUSED"]),
    # a yes/no, number or date of the wrong type is refused before computing (`nee` is a non-empty text: true)
    "nee_invoer.yaml": (GEVAL.replace("    pip_datum:", "    familielid_eu_burger: nee\n    pip_datum:"), 10,
                        ["FOUT / ERROR", "'nee' is geen waarde voor familielid_eu_burger (waar/onwaar); "
                         "toegestaan: true of false", "Schrijf true of false, niet ja/nee. Bedoelde u "
                         "familielid_eu_burger: false?", "Write true or false, not ja/nee"]),
    "ja_uitvoer.yaml": (GEVAL + "    inburgeringsplichtig: ja\n", 14,
                        ["'ja' is geen waarde voor inburgeringsplichtig", "Schrijf true of false, niet ja/nee",
                         "Bedoelde u inburgeringsplichtig: true?", "Did you mean inburgeringsplichtig: true?"]),
    "tekst_true.yaml": (GEVAL.replace("    pip_datum:", '    pip_onvoldoende_medewerking: "true"\n    pip_datum:'),
                        10,
                        ["'true' is geen waarde voor pip_onvoldoende_medewerking (waar/onwaar); toegestaan: true "
                         "of false (zonder aanhalingstekens).", "Bedoelde u pip_onvoldoende_medewerking: true?"]),
    "getal_uitvoer.yaml": (GEVAL + "    boete_art_22_bedrag: vijftig\n", 14,
                           ["'vijftig' is geen getal voor boete_art_22_bedrag; toegestaan: een getal",
                            "'vijftig' is not a number for boete_art_22_bedrag"]),
    # a Dutch amount (decimal comma, thousands point, euro sign) is read by YAML as a text: the number is suggested
    "getal_komma.yaml": (GEVAL + "    boete_art_22_bedrag: € 1.250,50\n", 14,
                         ["'€ 1.250,50' is geen getal voor boete_art_22_bedrag", "met een decimale punt",
                          "Bedoelde u boete_art_22_bedrag: 1250.5?", "Did you mean boete_art_22_bedrag: 1250.5?"]),
    # a whole number (months) is whole, as in the API: 1.5 was read as 1 without a word (a review)
    "half_getal.yaml": (GEVAL.replace("    pip_datum:", "    termijn_verlenging_maanden: 1.5\n    pip_datum:"), 10,
                        ["'1.5' is geen geheel getal voor termijn_verlenging_maanden; toegestaan: een geheel getal",
                         "'1.5' is not a whole number for termijn_verlenging_maanden"]),
    "geheel_tekst.yaml": (GEVAL.replace("    pip_datum:", "    termijn_verlenging_maanden: twee\n    pip_datum:"), 10,
                          ["'twee' is geen getal voor termijn_verlenging_maanden; toegestaan: een geheel getal zonder "
                           "aanhalingstekens, zoals 3."]),
    "datum_uitvoer.yaml": (GEVAL.replace("einddatum: 2023-04-26", "einddatum: 26-04-2023"), 13,
                           ["'26-04-2023' is geen datum voor pip_bezwaartermijn_einddatum",
                            "Bedoelde u pip_bezwaartermijn_einddatum: 2023-04-26?"]),
}


@pytest.fixture(scope="module")
def rapport(tmp_path_factory):
    """Run `inburgering test` once over all files; {file name: its part of the report}, code, stdout, stderr."""
    map_ = tmp_path_factory.mktemp("yaml")
    for naam, (tekst, _, _) in FOUTEN.items():
        (map_ / naam).write_text(tekst, encoding="utf-8")
    (map_ / "goed.yaml").write_text(GEVAL + BOETE, encoding="utf-8")
    uit = subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", str(map_)], capture_output=True,
                         text=True, timeout=300, cwd=map_)
    delen = {naam: "\n".join(blok for blok in uit.stdout.split("\n\n") if f"{naam}:" in blok) for naam in FOUTEN}
    return delen, uit


def test_a_name_twice_in_one_file_is_refused(tmp_path):
    """Two cases with the same name both ran: `-n` and the report could not tell them apart (a review)."""
    (tmp_path / "dubbel.yaml").write_text(GEVAL + GEVAL, encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "dubbel.yaml"], uit=uit) == 1
    assert "dubbel.yaml:15: deze naam heeft het geval op regel 2 al; geef elk geval een eigen naam" in uit.getvalue()
    assert "0 passed, 2 failed" in uit.getvalue()


@pytest.mark.parametrize("marge", ['absolute_error_margin: "0.005"', "relative_error_margin: 0",
                                   "absolute_error_margin: {default: 0, boete_art_23_bedrag: 0.005}"])
def test_a_margin_within_half_a_cent_is_accepted_in_every_form_openfisca_reads(tmp_path, marge):
    """A margin as a text or per variable, within the bound, was refused (a review). (A relative margin replaces the
    absolute one in OpenFisca's runner: with 0 the amount is expected exactly.)"""
    tekst = BOETE.replace("absolute_error_margin: 0.005", marge)
    if marge.startswith("relative"):
        tekst = tekst.replace("boete_art_23_bedrag: 50.004", "boete_art_23_bedrag: 50")
    (tmp_path / "marge.yaml").write_text(tekst, encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "marge.yaml"], uit=uit) == 0, uit.getvalue()


def test_a_name_that_is_no_text_is_no_traceback(tmp_path):
    """Two cases named by a list crashed the check of names given twice (a review)."""
    (tmp_path / "lijst.yaml").write_text((GEVAL.replace('- name: "Bekendgemaakt', '- name: ["Bekendgemaakt')
                                          .replace('2023-04-26"\n', '2023-04-26"]\n', 1)) * 2, encoding="utf-8")
    uit = io.StringIO()
    yamltest.draai([tmp_path / "lijst.yaml"], uit=uit)
    assert "Traceback" not in uit.getvalue() and "unhashable" not in uit.getvalue()
    assert "geen gevallen gevonden" not in uit.getvalue()


ZONDER_GEBOORTEDATUM = """\
- name: "Asielstatushouder zonder geboortedatum"
  keywords: [wi2021_art_3]
  period: 2024-03-10
  input:
    nationaliteit: "SY"
    verblijfsvergunning: asiel_bepaalde_tijd
    verblijf_verkregen_datum: 2023-11-01
  output:
    inburgeringsplichtig: true
"""


def test_streng_fails_an_expectation_the_api_calls_undetermined(tmp_path):
    """Without a birth date the API answers null, yet OpenFisca's default made `true` pass (a review). `--streng`
    says so; a case with every fact it needs passes either way."""
    (tmp_path / "onbepaald.yaml").write_text(ZONDER_GEBOORTEDATUM, encoding="utf-8")
    (tmp_path / "goed.yaml").write_text(GEVAL, encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "onbepaald.yaml", tmp_path / "goed.yaml"], uit=uit) == 0
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "onbepaald.yaml", tmp_path / "goed.yaml"], uit=uit, streng=True) == 1
    assert ("inburgeringsplichtig (regel 9): de API noemt dit onbepaald; ontbreekt: geboortedatum"
            in uit.getvalue()), uit.getvalue()
    assert uit.getvalue().rstrip().endswith("1 passed, 1 failed")
    assert cli.main(["test", "--streng", str(tmp_path / "goed.yaml")]) == 0


def test_a_case_marked_as_testing_a_default_passes_streng_only_while_the_api_leaves_it_open(tmp_path):
    """A review: `inburgering test --streng tests/yaml` failed 7 cases on a clean checkout, which an allow-list in this
    file excused for CI only. Those cases now carry `standaard_bedoeld` with their reason in `description`, so the
    lawyers' command and CI agree; the mark fails once the API decides the case (stale), and needs a reason."""
    gemarkeerd = ZONDER_GEBOORTEDATUM.replace(
        "keywords: [wi2021_art_3]", "keywords: [wi2021_art_3, standaard_bedoeld]\n  description: de standaard")
    (tmp_path / "bedoeld.yaml").write_text(gemarkeerd, encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "bedoeld.yaml"], uit=uit, streng=True) == 0, uit.getvalue()
    verouderd = gemarkeerd.replace("    nationaliteit:", "    geboortedatum: 1990-01-01\n    nationaliteit:")
    (tmp_path / "bedoeld.yaml").write_text(verouderd, encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "bedoeld.yaml"], uit=uit, streng=True) == 1
    assert "standaard_bedoeld, maar de API laat geen verwachte beslissing open" in uit.getvalue(), uit.getvalue()
    assert yamltest.draai([tmp_path / "bedoeld.yaml"], uit=io.StringIO()) == 0  # not strict: the mark is not read
    # inputs per period cannot be put to the API: not asked, so not called stale (a review of the diff)
    per_periode = verouderd.replace("nationaliteit: \"SY\"", "nationaliteit: {ETERNITY: \"SY\"}")
    assert per_periode != verouderd
    (tmp_path / "bedoeld.yaml").write_text(per_periode, encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "bedoeld.yaml"], uit=uit, streng=True) == 0, uit.getvalue()
    (tmp_path / "bedoeld.yaml").write_text(gemarkeerd.replace("  description: de standaard\n", ""), encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "bedoeld.yaml"], uit=uit) != 0
    assert "standaard_bedoeld: zeg in description waarom" in uit.getvalue(), uit.getvalue()


@pytest.mark.parametrize(("tekst", "geheel", "voorstel"), [
    ("2,5", False, "2.5"), ("2,5", True, None), ("12", True, "12"), ("0", True, "0"), ("-3,5", False, None),
    ("1e3", False, "1000"), ("€ 1.250,50", False, "1250.5"), ("vijftig", False, None), ("nan", False, None)])
def test_the_number_suggested_fits_the_variable(tekst, geheel, voorstel):
    """A review: a count got "2.5", an amount "-3.5", and "1e3" was suggested as the text YAML reads again."""
    assert als_getal(tekst, geheel) == voorstel


def test_a_failure_names_the_facts_the_api_misses(tmp_path):
    """A failed expectation computed with a missing fact's default says so (a review: without a birth date the
    runner computed "obligated" from the default and explained only that, not the missing birth date)."""
    (tmp_path / "onbepaald.yaml").write_text(ZONDER_GEBOORTEDATUM.replace("inburgeringsplichtig: true",
                                                                          "inburgeringsplichtig: false"))
    (tmp_path / "fout.yaml").write_text(GEVAL.replace("2023-04-26\n", "2023-04-27\n"), encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "onbepaald.yaml"], uit=uit) == 1
    tekst = " ".join(uit.getvalue().split())
    assert "verwacht false, berekend true" in tekst, tekst
    assert "Let op: De API noemt dit onbepaald; ontbreekt: geboortedatum. Deze berekening gebruikte" in tekst, tekst
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "fout.yaml"], uit=uit) == 1  # every fact given: nothing is missing
    assert "verwacht 2023-04-27, berekend 2023-04-26" in uit.getvalue() and "Let op" not in uit.getvalue()


def test_a_name_filter_that_finds_nothing_says_so(tmp_path):
    (tmp_path / "goed.yaml").write_text(GEVAL, encoding="utf-8")
    uit = io.StringIO()
    assert yamltest.draai([tmp_path / "goed.yaml"], naam="Gevl 5", uit=uit) == 5
    assert "geen gevallen gevonden in" in uit.getvalue() and "met -n 'Gevl 5'" in uit.getvalue()


def test_summary_line_counts_and_exit_code(rapport):
    _, uit = rapport
    assert uit.stdout.rstrip().splitlines()[-1] == f"2 passed, {len(FOUTEN)} failed"
    assert uit.returncode == 1


@pytest.mark.parametrize("naam", sorted(FOUTEN))
def test_each_mistake_is_one_short_message_with_file_and_line(rapport, naam):
    delen, uit = rapport
    _, regel, fragmenten = FOUTEN[naam]
    deel = delen[naam]
    assert f"{naam}:{regel}" in deel, deel
    for fragment in fragmenten:
        assert fragment in deel, deel
    assert len(deel.splitlines()) <= 12, deel


def test_no_traceback_anywhere(rapport):
    _, uit = rapport
    assert "Traceback" not in uit.stdout + uit.stderr
    assert not re.search(r"site-packages|\.py:\d+", uit.stdout + uit.stderr)
    assert len(uit.stdout.splitlines()) < 5 * len(FOUTEN)  # a few short lines per mistake


def test_failing_case_names_file_line_and_every_differing_output(tmp_path):
    tekst = GEVAL.replace("einddatum: 2023-04-26", "einddatum: 2023-04-24\n    inburgeringsplichtig: false")
    (tmp_path / "twee.yaml").write_text(tekst, encoding="utf-8")
    uit = subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", "twee.yaml"], capture_output=True,
                         text=True, timeout=300, cwd=tmp_path)
    assert uit.returncode == 1
    assert "MISLUKT / FAILED  twee.yaml:2  Bekendgemaakt woensdag" in uit.stdout
    assert "pip_bezwaartermijn_einddatum (regel 13): verwacht 2023-04-24, berekend 2023-04-26" in uit.stdout
    assert "inburgeringsplichtig (regel 14): verwacht false, berekend true" in uit.stdout
    assert "Grondslag: Wet inburgering 2021 art. 3 lid 1" in uit.stdout
    assert uit.stdout.rstrip().endswith("0 passed, 1 failed")


def test_every_keyword_in_the_expert_suite_is_known():
    bekend = yamltest.bekende_trefwoorden(basissysteem())
    assert bekend is not None, "../shared/law/text is missing"
    onbekend = []
    for bestand in sorted((ROOT / "tests" / "yaml").rglob("*.yaml")):
        for test in yaml.safe_load(bestand.read_text(encoding="utf-8")) or []:
            for woord in test.get("keywords", []):
                if yamltest.trefwoord_fout(woord, bekend):
                    onbekend.append(f"{bestand.relative_to(ROOT)}: {woord}")
    assert not onbekend, "unknown keywords (see README, 'For legal experts'): " + ", ".join(onbekend)


@pytest.mark.parametrize(("woord", "goed"), [
    ("wi2021_art_27", True), ("bi2021_art_5_3", True), ("bi2021_art_6_2a", True), ("awb_art_6_7", True),
    ("atw_art_1", True), ("pw_art_18", True), ("aow_art_7a", True),
    ("wi2021_art_11_2", False), ("wi2021_art_99", False), ("bi2021_art_5_33", False), ("wi_art_3", False),
    ("awb_art_1_1", False),
])
def test_keyword_scheme(woord, goed):
    assert (yamltest.trefwoord_fout(woord, yamltest.bekende_trefwoorden(basissysteem())) is None) is goed


def test_readme_shows_the_real_output_of_a_failing_test(tmp_path):
    """The README shows the file and what `inburgering test` says of it (a review: the file was missing, so a lawyer
    could not reproduce it); this runs the file as the README shows it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    opdracht = "$ .venv/bin/inburgering test tests/yaml/termijnen/zaterdag.yaml\n"
    begin = readme.index(opdracht) + len(opdracht)
    bestand = readme.rindex("```yaml\n", 0, begin) + len("```yaml\n")
    pad = tmp_path / "tests" / "yaml" / "termijnen" / "zaterdag.yaml"
    pad.parent.mkdir(parents=True)
    pad.write_text(readme[bestand:readme.index("```", bestand)], encoding="utf-8")
    uit = subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", "tests/yaml/termijnen/zaterdag.yaml"],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert "Geval 1. Termijn eindigt op zaterdag" in readme[bestand:begin]
    assert readme[begin:readme.index("```", begin)] == uit.stdout


@pytest.mark.parametrize(("citaat", "woord"), [("Wi art. 3", "wi2021_art_3"), ("Bi 5.3 lid 1", "bi2021_art_5_3"),
                                              ("awb artikel 6:7", "awb_art_6_7"), ("Pw 56a", "pw_art_56a")])
def test_an_article_cited_as_a_lawyer_writes_it_suggests_its_keyword(citaat, woord):
    """A review: `keywords: ["Wi art. 3"]` was refused without a suggestion."""
    nl, en = yamltest.trefwoord_fout(citaat, yamltest.bekende_trefwoorden(basissysteem()))
    assert nl.endswith(f"Bedoelde u {woord}? (zo geschreven als trefwoord)") and f"Did you mean {woord}?" in en


def test_an_article_that_does_not_exist_gets_no_keyword_suggested():
    nl, _ = yamltest.trefwoord_fout("Wi art. 999", yamltest.bekende_trefwoorden(basissysteem()))
    assert "wi2021_art_999" not in nl


def test_a_keyword_with_a_lid_suggests_the_article():
    nl, en = yamltest.trefwoord_fout("wi2021_art_3_1", yamltest.bekende_trefwoorden(basissysteem()))
    assert "Bedoelde u wi2021_art_3? (het artikel, niet het lid)" in nl and "Did you mean wi2021_art_3?" in en


def test_several_mistakes_in_one_test_are_all_named(tmp_path):
    tekst = GEVAL.replace('"SY"', "NO").replace("asiel_bepaalde_tijd", "asiel").replace("2022-11-01", "01-11-2022")
    (tmp_path / "drie.yaml").write_text(tekst, encoding="utf-8")
    uit = subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", "drie.yaml"], capture_output=True,
                         text=True, timeout=300, cwd=tmp_path)
    assert [r.split(":")[1] for r in uit.stdout.splitlines() if r.startswith("drie.yaml:")] == ["7", "8", "9"]
    assert "Traceback" not in uit.stdout + uit.stderr and uit.returncode == 1


def test_without_the_law_texts_a_keyword_with_a_lid_is_still_refused(tmp_path):
    """A wheel has no ../shared/law/text: the package laid out as in the wheel, in a folder without it, refuses
    wi2021_art_11_2 naming the article (the package lists the articles: inburgering_rules/artikelen.json)."""
    pakket = tmp_path / "site" / "inburgering_rules"
    negeer = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "inburgering_rules", pakket, ignore=negeer)
    for map_ in ("variables", "parameters"):
        shutil.copytree(ROOT / map_, pakket / map_, ignore=negeer)
    assert not (tmp_path / "shared").exists()
    (tmp_path / "lid.yaml").write_text(GEVAL.replace("awb_art_6_8]", "wi2021_art_11_2, wi2021_art_3_1]"),
                                       encoding="utf-8")
    omgeving = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    uit = subprocess.run([sys.executable, "-c", "import sys, inburgering_rules.cli as c; print(c.__file__); "
                          "sys.exit(c.main(['test', 'lid.yaml']))"], capture_output=True, text=True, timeout=300,
                         cwd=tmp_path, env=omgeving)
    assert uit.stdout.startswith(str(pakket)), uit.stdout
    assert "GEWEIGERD / REFUSED  lid.yaml" in uit.stdout and uit.returncode == 1, uit.stdout + uit.stderr
    assert "onbekend trefwoord 'wi2021_art_11_2'" in uit.stdout
    assert "Bedoelde u wi2021_art_11? (het artikel, niet het lid)" in uit.stdout
    assert "Bedoelde u wi2021_art_3? (het artikel, niet het lid)" in uit.stdout


GEEN_DATUM = """\
- name: "EU-burger: geen PIP-termijn"
  keywords: [wi2021_art_3]
  period: 2024-05-01
  input:
    geboortedatum: 1985-06-30
    nationaliteit: "PL"
    verblijfsvergunning: gemeenschapsrecht
    verblijf_verkregen_datum: 2023-01-15
  output:
    pip_uiterste_datum: geen
    inburgeringsplichtig: false
"""


def test_an_expected_date_can_be_none(tmp_path):
    """`geen` as an expected date output: the decision has no date (OpenFisca's runner cannot express it). It passes
    where there is no date, fails naming the date where there is one, and is refused for a non-date output."""
    heeft_datum = GEEN_DATUM.replace('nationaliteit: "PL"', 'nationaliteit: "SY"').replace(
        "gemeenschapsrecht", "asiel_bepaalde_tijd").replace("inburgeringsplichtig: false", "inburgeringsplichtig: true"
    ).replace("verblijf_verkregen_datum: 2023-01-15", "verblijf_verkregen_datum: 2023-01-15\n"
              "    brp_inschrijving_datum: 2023-01-20\n    kennisgeving_inburgeringsplicht_datum: 2023-02-01")
    geen_getal = GEEN_DATUM.replace("pip_uiterste_datum: geen", "boete_art_22_bedrag: geen")
    for naam, tekst in (("goed.yaml", GEEN_DATUM), ("fout.yaml", heeft_datum), ("getal.yaml", geen_getal)):
        (tmp_path / naam).write_text(tekst, encoding="utf-8")

    def draai(naam):
        return subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", naam], capture_output=True,
                              text=True, timeout=300, cwd=tmp_path)

    goed = draai("goed.yaml")
    assert goed.returncode == 0 and goed.stdout.rstrip().endswith("1 passed, 0 failed"), goed.stdout
    fout = draai("fout.yaml")
    assert fout.returncode == 1
    assert re.search(r"pip_uiterste_datum \(regel 12\): verwacht geen, berekend 2023-04-12",
                     fout.stdout), fout.stdout
    getal = draai("getal.yaml")
    assert getal.returncode == 1 and "'geen' is geen getal voor boete_art_22_bedrag" in getal.stdout, getal.stdout


def test_an_explanation_of_a_fact_left_out_says_so_without_none(tmp_path):
    """The runner explains what the API would leave open: without a day of birth it wrote "toen None jaar oud", and
    without culpability "the amount is the same for every degree" beside € 400, where 25 % gives € 100 (a review)."""
    zonder = GEVAL.replace("    geboortedatum: 1990-06-15\n", "").replace(
        "    pip_bezwaartermijn_einddatum: 2023-04-26\n", "    inburgeringsplichtig: false\n")
    boete = BOETE.replace("    verwijtbaarheid: opzet\n", "    boete_art_23_eerdere_aantal: 3\n").replace(
        "50.004    # € 50: within half a cent, as in `openfisca test`; a larger margin is refused", "100")
    (tmp_path / "zonder.yaml").write_text(zonder + "\n" + boete, encoding="utf-8")
    uit = subprocess.run([sys.executable, "-m", "inburgering_rules.cli", "test", "zonder.yaml"], capture_output=True,
                         text=True, timeout=300, cwd=tmp_path)
    assert uit.returncode == 1, uit.stdout
    tekst = " ".join(uit.stdout.split())  # the report wraps its lines
    assert "leeftijd onbekend (geboortedatum niet gegeven)" in tekst and "None jaar" not in tekst
    assert "berekend bij opzet (100 %, het hoogste bedrag; I11)" in tekst and "voor elke mate gelijk" not in tekst
