"""The web page at `/` in a real browser (issue 7): browse, a case with a deadline, the YAML export,
the reform comparison and the English switch. Fixtures in conftest.py."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import yaml

# Ahmad from tests/yaml/casuistiek/statushouder_met_bijstand.yaml, "Geval 2": PIP uiterlijk 2023-07-24.
AHMAD = {
    "geboortedatum": "1990-04-12",
    "nationaliteit": "SY",
    "verblijfsvergunning": "asiel_bepaalde_tijd",
    "verblijf_verkregen_datum": "2023-02-06",
    "kennisgeving_inburgeringsplicht_datum": "2023-02-20",
    "brp_inschrijving_datum": "2023-05-15",
    "bijstand_recht_datum": "2023-05-15",
    "pip_datum": "2023-07-10",
    "leerroute": "b1_route",
}
SELECTS = {"verblijfsvergunning", "leerroute"}


def casus_url(basis_url: str, peildatum: str, persoon: dict, view: str = "casus", **extra) -> str:
    return f"{basis_url}/#/{view}?" + urlencode({"peildatum": peildatum, **extra, **persoon})


def alleen_lokaal(page, basis_url):
    extern = [u for u in page.verzoeken if not (u.startswith(basis_url) or u.startswith(("data:", "blob:")))]
    assert not extern, f"external requests: {extern}"
    assert not page.fouten, f"JavaScript errors: {page.fouten}"


def test_browse_variable_parameter_and_article(page, basis_url):
    page.goto(basis_url + "/")
    fcp = page.evaluate(
        "() => new Promise(r => { const e = performance.getEntriesByName('first-contentful-paint')[0];"
        " if (e) r(e.startTime); else new PerformanceObserver(l => r(l.getEntries()[0].startTime))"
        ".observe({type: 'paint', buffered: true}); })"
    )
    assert fcp < 1000, f"first contentful paint took {fcp:.0f} ms"
    assert page.locator("h1").inner_text() == "Wet inburgering 2021"
    page.get_by_role("link", name="Wetsverkenner").wait_for()
    # search and open a decision
    page.get_by_label("Zoek een variabele, parameter of artikel").fill("pip_uiterste")
    page.locator("#lijst a[href='#/verkenner/variabele/pip_uiterste_datum']").click()
    detail = page.locator("#detail")
    detail.locator("h2 code", has_text="pip_uiterste_datum").wait_for()
    assert "10 weken" in detail.locator("blockquote.lid").inner_text()
    link = detail.locator("a[href*='wetten.overheid.nl']").first
    assert "BWBR0045555&artikel=5.3" in link.get_attribute("href")
    assert link.inner_text() == "Bi art. 5.3 lid 1"
    gebruikt = detail.locator("h3:has-text('Gebruikt (rechtstreeks)') + ul").inner_text()
    assert "kennisgeving_inburgeringsplicht_datum" in gebruikt and "brp_inschrijving_datum" in gebruikt
    feiten = detail.locator("h3:has-text('Hangt af van deze feiten') + ul").inner_text()
    assert "geboortedatum" in feiten and "verblijfsvergunning" in feiten
    # to the parameter behind it: value history as a step chart
    detail.locator("a[href='#/verkenner/parameter/termijnen.pip_weken']").click()
    detail.locator("h2 code", has_text="termijnen.pip_weken").wait_for()
    assert detail.locator("figure.stapgrafiek svg[role='img'] path").count() == 1
    assert "10" in detail.locator("table.historie").inner_text()
    assert "pip_uiterste_datum" in detail.locator("h3:has-text('Beïnvloedt deze besluiten') + ul").inner_text()
    # a parameter that changed over time: two steps
    page.goto(basis_url + "/#/verkenner/parameter/inburgeringsplicht.pensioengerechtigde_leeftijd_maanden")
    detail.locator("h2 code", has_text="pensioengerechtigde_leeftijd_maanden").wait_for()
    assert detail.locator("figure.stapgrafiek circle").count() >= 10
    # by article: Bi art. 5.3 lists the decision and the YAML keyword
    page.get_by_label("per artikel").check()
    page.get_by_label("Zoek een variabele, parameter of artikel").fill("5.3")
    page.locator("#lijst a[href='#/verkenner/artikel/Bi/5.3']").click()
    detail.locator("h2", has_text="Besluit inburgering 2021, artikel 5.3").wait_for()
    assert "bi2021_art_5_3" in detail.inner_text()
    assert detail.locator("a[href='#/verkenner/variabele/pip_uiterste_datum']").count() >= 1
    # from the article to a tried case
    detail.get_by_role("link", name="Probeer een casus").click()
    page.locator("#casusformulier").wait_for()
    assert page.locator("#view-casus").is_visible()
    alleen_lokaal(page, basis_url)


def test_case_with_deadline_timeline_fines_and_share_link(page, basis_url):
    page.goto(basis_url + "/#/casus")
    form = page.locator("#casusformulier")
    form.wait_for()
    # every control is labelled
    zonder_label = page.evaluate(
        "() => [...document.querySelectorAll('#casusformulier input, #casusformulier select')]"
        ".filter(el => !el.labels?.length && !el.getAttribute('aria-label')).map(el => el.id)"
    )
    assert zonder_label == []
    page.get_by_label("Peildatum").fill("2023-03-01")
    for naam, waarde in AHMAD.items():
        if naam in SELECTS:
            page.locator(f"#f-{naam}").select_option(waarde)
        else:
            page.locator(f"#f-{naam}").fill(waarde)
    page.locator("#f-pip_datum").press("Enter")  # keyboard submit
    uitkomst = page.locator("#uitkomst")
    rij = uitkomst.locator("tr[data-besluit='pip_uiterste_datum']")
    rij.wait_for()
    assert rij.locator("time").get_attribute("datetime") == "2023-07-24"
    assert "24 jul 2023" in rij.inner_text()
    assert uitkomst.locator("tr[data-besluit='inburgeringsplichtig'] .waarde").inner_text() == "ja"
    # the explanation cites the law
    rij.locator("summary", has_text="Waarom?").click()
    assert rij.locator("a[href*='artikel=5.3&lid=1']").count() == 1
    # the time axis: the deadline, the term and the reference date
    svg = uitkomst.locator("#tijdas svg[role='img']")
    assert svg.locator("g.ev[data-naam='pip_uiterste_datum'][data-datum='2023-07-24']").count() == 1
    assert svg.locator("g.ev[data-naam='inburgeringstermijn_einddatum'][data-datum='2026-07-10']").count() == 1
    assert svg.locator("g.span[data-naam='ontzorgen']").count() == 1
    assert svg.locator("g.peil").count() == 1
    # fines with their authority
    assert uitkomst.locator("tr[data-boete='art_22'] .bevoegd").get_attribute("data-bevoegd") == "college"
    assert uitkomst.locator("tr[data-boete='art_24'] .bevoegd").get_attribute("data-bevoegd") == "duo"
    assert "Minister (DUO)" in uitkomst.locator("tr[data-boete='art_25']").inner_text()
    # human judgment the answer depends on
    assert "examen_en_onderwijsroute_niet_haalbaar" in uitkomst.locator("#oordeel").inner_text()
    # the receipt matches the service
    with urllib.request.urlopen(basis_url + "/health") as antwoord:
        regels = json.load(antwoord)["regels_sha256"]
    bewijs = uitkomst.locator("#ontvangstbewijs").inner_text()
    assert regels in bewijs and "2023-03-01" in bewijs
    # share as link: a fresh page computes the same case
    link = uitkomst.locator("#deellink-casus").input_value()
    assert "pip_datum=2023-07-10" in link and "peildatum=2023-03-01" in link
    tweede = page.context.new_page()
    tweede.goto(link)
    tweede.locator("#uitkomst tr[data-besluit='pip_uiterste_datum'] time[datetime='2023-07-24']").wait_for()
    assert tweede.locator("#f-geboortedatum").input_value() == "1990-04-12"
    tweede.close()
    # missing data: without a birth date the duty is undetermined and the page says what is missing
    page.locator("#f-geboortedatum").fill("")
    page.get_by_role("button", name="Beoordeel").click()
    page.locator("#ontbrekend", has_text="geboortedatum").wait_for()
    assert "onbepaald" in uitkomst.locator("tr[data-besluit='inburgeringsplichtig']").inner_text()
    # an impossible input is shown at the field, from the service's problem+json
    page.locator("#f-termijn_verlenging_maanden").fill("-3")
    page.get_by_role("button", name="Beoordeel").click()
    page.locator("#uitkomst .melding.fout").wait_for()
    assert page.locator(".veld.fout[data-veld='termijn_verlenging_maanden']").count() == 1
    alleen_lokaal(page, basis_url)


def test_yaml_export_is_a_passing_openfisca_test(page, basis_url, tmp_path):
    page.goto(casus_url(basis_url, "2023-03-01", AHMAD))
    uitkomst = page.locator("#uitkomst")
    uitkomst.locator("tr[data-besluit='pip_uiterste_datum']").wait_for()
    # choose what the test asserts, and name it
    uitkomst.get_by_label("ontzorgen_actief opnemen in de YAML-test").uncheck()
    page.get_by_label("Naam van de test").fill("Ahmad: PIP uiterlijk 10 weken na de inschrijving")
    tekst = page.locator("#yaml").input_value()
    assert "ontzorgen_actief" not in tekst.split("output:")[1]
    tests = yaml.safe_load(tekst)
    assert isinstance(tests, list) and len(tests) == 1
    test = tests[0]
    assert test["name"] == "Ahmad: PIP uiterlijk 10 weken na de inschrijving"
    assert test["period"] == datetime.date(2023, 3, 1)
    assert test["input"]["nationaliteit"] == "SY" and test["input"]["pip_datum"] == datetime.date(2023, 7, 10)
    assert test["output"]["pip_uiterste_datum"] == datetime.date(2023, 7, 24)
    assert test["output"]["inburgeringsplichtig"] is True
    assert test["output"]["doelgroep"] == "asielstatushouder"
    assert "z_route_mogelijk" not in test["output"]  # undetermined: needs the college's judgment
    assert {"bi2021_art_5_3", "wi2021_art_3", "wi2021_art_11"} <= set(test["keywords"])
    # an expert commits it as is: `openfisca test` passes on it
    bestand = tmp_path / "casus.yaml"
    bestand.write_text(tekst, encoding="utf-8")
    openfisca = Path(sys.executable).parent / "openfisca"
    uitvoer = subprocess.run(
        [str(openfisca), "test", "--country-package", "inburgering_rules", str(bestand)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert uitvoer.returncode == 0, uitvoer.stdout[-3000:] + uitvoer.stderr[-3000:]
    assert "1 passed" in uitvoer.stdout


def test_reform_comparison_highlights_differences(page, basis_url):
    with urllib.request.urlopen(basis_url + "/v1/hervormingen") as antwoord:
        assert "concept_wetsvoorstel_2019" in {h["naam"] for h in json.load(antwoord)}
    pip = {**AHMAD, "pip_datum": "2023-03-14"}
    pip.pop("bijstand_recht_datum")
    # a named reform: the concept bill of 2019 puts the PVT deadline at 18 months after the term start
    page.goto(casus_url(basis_url, "2023-06-01", pip, view="vergelijk", hervorming="concept_wetsvoorstel_2019"))
    vergelijking = page.locator("#vergelijking")
    rij = vergelijking.locator("tr[data-besluit='pvt_uiterste_datum']")
    rij.wait_for()
    assert "anders" in rij.get_attribute("class")
    tijden = [t.get_attribute("datetime") for t in rij.locator("time").all()]
    assert tijden == ["2026-03-14", "2024-09-14"]
    term = vergelijking.locator("tr[data-besluit='inburgeringstermijn_einddatum']")
    assert "anders" not in (term.get_attribute("class") or "")
    assert "pvt_uiterste_datum" in vergelijking.locator("#verschillen").inner_text()
    assert vergelijking.locator("#tijdas g.ev.anders[data-naam='pvt_uiterste_datum']").count() == 2  # baseline and reform
    # an own parameter change (reform as data): a four-year term
    page.locator("#f-hervorming").select_option("@eigen")
    page.locator("#f-wijziging-pad").select_option("termijnen.inburgeringstermijn_maanden")
    page.locator("#f-wijziging-waarde").fill("48")
    page.get_by_role("button", name="Vergelijk").click()
    term.locator("time[datetime='2027-03-14']").wait_for()
    assert "anders" in term.get_attribute("class")
    alleen_lokaal(page, basis_url)


def test_english_switch_and_keyboard(page, basis_url):
    # keyboard: the first Tab reaches the skip link, which moves focus to the content
    page.goto(basis_url + "/")
    page.locator("#lijst details").first.wait_for()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    page.goto(casus_url(basis_url, "2023-03-01", AHMAD))
    page.locator("#uitkomst tr[data-besluit='pip_uiterste_datum']").wait_for()
    page.get_by_role("button", name="Switch to English").click()
    assert page.evaluate("document.documentElement.lang") == "en"
    page.get_by_role("link", name="Law explorer").wait_for()
    uitkomst = page.locator("#uitkomst")
    uitkomst.locator("h3", has_text="Decisions").wait_for()
    rij = uitkomst.locator("tr[data-besluit='inburgeringsplichtig']")
    assert "Obligated to integrate" in rij.inner_text() and "yes" in rij.locator(".waarde").inner_text()
    assert "24 Jul 2023" in uitkomst.locator("tr[data-besluit='pip_uiterste_datum']").inner_text()
    rij.locator("summary", has_text="Why?").click()
    assert "Obligated" in rij.locator(".uitleg").inner_text()
    assert page.get_by_label("Reference date").input_value() == "2023-03-01"
    assert "Asylum fixed-term permit" in page.locator("#f-verblijfsvergunning option:checked").inner_text()
    assert "Municipality" in uitkomst.locator("tr[data-boete='art_22']").inner_text().title()
    # the choice is remembered
    page.goto(basis_url + "/#/verkenner/variabele/boete_art_24_bedrag")
    page.locator("#detail h2 code", has_text="boete_art_24_bedrag").wait_for()
    assert page.locator("#detail h3", has_text="Statute text").count() == 1
    assert page.evaluate("document.documentElement.lang") == "en"
    page.get_by_role("button", name="Schakel naar Nederlands").click()
    page.get_by_role("link", name="Wetsverkenner").wait_for()
    assert page.evaluate("document.documentElement.lang") == "nl"
    alleen_lokaal(page, basis_url)
