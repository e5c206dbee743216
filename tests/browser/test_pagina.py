"""The web page at `/` in a real browser (issue 7): browse, a case with a deadline, the YAML export,
the reform comparison and the English switch; the legal experts' points of issue 13 (article text,
undetermined vs not applicable, compare highlights, country picker, 390 px phones, Dutch labels, chart
axes). Fixtures in conftest.py."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import urllib.error
import re
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
SELECTS = {"verblijfsvergunning", "leerroute", "nationaliteit"}


ROOT = Path(__file__).resolve().parents[2]
SCHERMAFDRUK_390 = ROOT / "build" / "browser" / "casus-390.png"
WETTEKSTEN = json.loads((ROOT / "api" / "static" / "wetteksten.json").read_text(encoding="utf-8"))
DIFF_KLEUR = "rgb(255, 243, 176)"  # --diff in app.css


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
    # the B1 route of a PIP dated after the peildatum is not set yet (I59): the college's judgment on the Z-route,
    # which that route would record (I37), is asked, and the Z-route is undetermined
    oordeel = uitkomst.locator("#oordeel")
    assert "examen_en_onderwijsroute_niet_haalbaar" in oordeel.inner_text()
    assert uitkomst.locator("tr[data-besluit='z_route_mogelijk'] [data-status='onbepaald']").count() == 1
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
    # a PIP without its route: the route is asked (Wi 15 lid 1 a, I44)
    page.locator("#f-leerroute").select_option("nog_niet_vastgesteld")
    page.get_by_role("button", name="Beoordeel").click()
    page.locator("#ontbrekend", has_text="leerroute").wait_for()
    page.locator("#f-leerroute").select_option("b1_route")
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
    assert "z_route_mogelijk" not in test["output"]  # undetermined: the route of a PIP to come is not set (I59)
    assert "Onbepaald (een gegeven of oordeel ontbreekt), niet in de test: " in tekst and "z_route_mogelijk" in tekst
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


def test_article_view_shows_each_lid_once_whole_under_its_own_article_and_version(page, basis_url):
    # Wi art. 3: the five leden, each once, with the statute's own text; no other article's quotes
    page.goto(basis_url + "/#/verkenner/artikel/Wi/3")
    detail = page.locator("#detail")
    detail.locator("section.lidtekst").first.wait_for()
    leden = detail.locator("section.lidtekst").evaluate_all("els => els.map(e => e.dataset.lid)")
    assert leden == ["1", "2", "3", "4", "5"]
    for lid in leden:
        sectie = detail.locator(f"section.lidtekst[data-lid='{lid}']")
        verwacht = WETTEKSTEN["Wi"]["3"][lid]
        teksten = sectie.locator("blockquote.lid").evaluate_all(
            "els => els.map(b => [...b.querySelectorAll('p')].map(p => p.textContent).join('\\n'))")
        assert teksten == [v["tekst"] for v in verwacht if v["tekst"] is not None]
    tekst = detail.inner_text()
    assert "participatieverklaringstraject" not in tekst  # Wi art. 6 lid 1, quoted by plicht_te_voldoen
    assert tekst.count("De inburgeringsplicht ontstaat niet met terugwerkende kracht.") == 1
    # whole: lid 1 runs to its onderdelen a and b; no line break inside a sentence
    lid1 = detail.locator("section.lidtekst[data-lid='1'] blockquote.lid p").all_inner_texts()
    assert lid1[0].startswith("Inburgeringsplichtig is de vreemdeling") and lid1[0].endswith("en:")
    assert lid1[1:] == ["a. anders dan voor een tijdelijk doel in Nederland verblijft; of", "b. geestelijke bedienaar is."]
    alinea_teksten = detail.locator("blockquote.lid p").evaluate_all("els => els.map(p => p.textContent)")
    assert all("\n" not in a and re.search(r"[.;:]( of| en)?$", a) for a in alinea_teksten), alinea_teksten
    # Bi art. 5.3 changed in 2023: lid 1 shows both versions, each dated, each once
    page.goto(basis_url + "/#/verkenner/artikel/Bi/5.3")
    lid1 = detail.locator("section.lidtekst[data-lid='1']")
    lid1.wait_for()
    assert lid1.locator("blockquote.lid").evaluate_all("els => els.map(b => b.dataset.van)") == ["2022-01-01", "2023-01-01"]
    assert "vast binnen uiterlijk 10 weken" in lid1.locator("blockquote[data-van='2022-01-01']").inner_text()
    assert "in kennis heeft gesteld" in lid1.locator("blockquote[data-van='2023-01-01']").inner_text()
    assert "Tekst van 2022-01-01 tot 2023-01-01" in lid1.inner_text()
    assert lid1.locator("a[href='#/verkenner/variabele/pip_uiterste_datum']").count() == 1
    assert detail.locator("section.lidtekst[data-lid='1']").count() == 1
    # a variable's own documentation: paragraphs, never a line break inside a sentence
    page.goto(basis_url + "/#/verkenner/variabele/pip_uiterste_datum")
    alineas = detail.locator("blockquote.lid p")
    alineas.first.wait_for()
    teksten = alineas.all_text_contents()
    assert len(teksten) >= 3 and all("\n" not in a for a in teksten)
    assert teksten[0].startswith("Bi art. 5.3 lid 1 (tekst 2022-01-01)") and "participatie vast binnen" in teksten[0]
    assert any(a.startswith("Interpretatie (I9)") for a in teksten)
    alleen_lokaal(page, basis_url)


def test_undetermined_is_never_shown_as_not_applicable(page, basis_url):
    # no birth date and no route set yet: no PIP (a set route records the college's judgment, I37; a PIP sets one)
    zonder_geboortedatum = {k: w for k, w in AHMAD.items() if k not in ("geboortedatum", "leerroute", "pip_datum")}
    page.goto(casus_url(basis_url, "2023-03-01", zonder_geboortedatum))
    uitkomst = page.locator("#uitkomst")
    uitkomst.locator("#ontbrekend").wait_for()
    kaart = uitkomst.locator(".kaart", has_text="Doelgroep")
    assert "onbepaald" in kaart.inner_text() and "geboortedatum" in kaart.inner_text()
    assert "geen" not in kaart.inner_text() and "niet van toepassing" not in kaart.inner_text()
    # every null in the table: undetermined exactly when the service names a cause, else not applicable
    verzoek = {"peildatum": "2023-03-01", "persoon": zonder_geboortedatum}
    aanvraag = urllib.request.Request(basis_url + "/v1/beoordeling", data=json.dumps(verzoek).encode(),
                                      headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(aanvraag) as antwoord:
        a = json.load(antwoord)
    oorzaken = {n for o in a["ontbrekende_gegevens"] + a["menselijk_oordeel_nodig"] for n in o["nodig_voor"]}
    nullen = [n for n, w in a["besluiten"].items() if w is None]
    assert any(n in oorzaken for n in nullen) and any(n not in oorzaken for n in nullen)
    for n in nullen:
        cel = uitkomst.locator(f"tr[data-besluit='{n}'] .waarde [data-status]")
        verwacht = a["status"][n]
        assert (verwacht == "onbepaald") == (n in oorzaken), n
        assert cel.get_attribute("data-status") == verwacht, n
        assert ("niet van toepassing" in cel.inner_text()) == (verwacht == "niet_van_toepassing"), n
    rij = uitkomst.locator("tr[data-besluit='doelgroep'] .waarde")
    assert rij.inner_text().startswith("onbepaald") and "geboortedatum" in rij.inner_text()
    z_route = uitkomst.locator("tr[data-besluit='z_route_mogelijk'] .waarde").inner_text()
    assert "examen_en_onderwijsroute_niet_haalbaar" in z_route and "geboortedatum" in z_route  # both causes named
    # a per-decision `status` in the answer (besloten, niet_van_toepassing, nog_niet + wacht_op, onbepaald),
    # when the service gives one, decides
    assert "leenrecht_einddatum" in nullen and "leenrecht_einddatum" not in oorzaken
    def met_status(route):
        antwoord = route.fetch()
        body = antwoord.json()
        body["status"] = {n: "besloten" if w is not None else "onbepaald" if n in oorzaken else "niet_van_toepassing"
                          for n, w in body["besluiten"].items()}
        body["status"].update(pvt_verplicht="niet_van_toepassing", leenrecht_einddatum="nog_niet")
        body["wacht_op"] = {"leenrecht_einddatum": ["leerroute_behaald_datum"]}
        route.fulfill(response=antwoord, json=body)
    page.route("**/v1/beoordeling", met_status)
    page.get_by_role("button", name="Beoordeel").click()
    page.locator("#uitkomst tr[data-besluit='pvt_verplicht'] [data-status='niet_van_toepassing']").wait_for()
    assert uitkomst.locator("tr[data-besluit='doelgroep'] [data-status='onbepaald']").count() == 1
    nog_niet = uitkomst.locator("tr[data-besluit='leenrecht_einddatum'] [data-status='nog_niet']")
    assert nog_niet.inner_text() == "nog niet — wacht op: leerroute_behaald_datum"
    assert "# Nog niet (wacht op een gebeurtenis), niet in de test: leenrecht_einddatum." in page.locator("#yaml").input_value()
    alleen_lokaal(page, basis_url)


def test_compare_highlights_every_changed_row(page, basis_url):
    pip = {**AHMAD, "pip_datum": "2023-03-14"}
    page.goto(casus_url(basis_url, "2023-06-01", pip, view="vergelijk", hervorming="concept_wetsvoorstel_2019"))
    vergelijking = page.locator("#vergelijking")
    vergelijking.locator("#verschillen").wait_for()
    achtergrond = "el => getComputedStyle(el).backgroundColor"
    for tabel in ("table.besluiten", "table.tijdtabel"):
        anders = vergelijking.locator(f"{tabel} tr.anders")
        assert anders.count() >= 1, tabel
        for rij in anders.all():
            assert rij.locator("td").first.evaluate(achtergrond) == DIFF_KLEUR, tabel
        gelijk = vergelijking.locator(f"{tabel} tbody tr:not(.anders):not(.groep) td").first
        assert gelijk.evaluate(achtergrond) != DIFF_KLEUR, tabel
    assert vergelijking.locator("table.tijdtabel tr.anders[data-naam='pvt_uiterste_datum']").count() == 1
    # the receipts: the reform and its rules differ, the input does not
    dd = vergelijking.locator("#ontvangst-hervorming dd.anders")
    assert dd.count() >= 1 and dd.first.evaluate(achtergrond) == DIFF_KLEUR
    alleen_lokaal(page, basis_url)


def test_country_picker_by_dutch_name(page, basis_url):
    page.goto(basis_url + "/#/casus")
    land = page.locator("#f-nationaliteit")
    land.wait_for()
    assert land.evaluate("el => el.tagName") == "SELECT"
    codes = land.locator("option").evaluate_all("els => els.map(o => o.value).filter(Boolean)")
    assert len(codes) == 251 and all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)  # ISO 3166-1 + XK, XX
    assert land.locator("option[value='XX']").inner_text() == "Staatloos"
    assert land.locator("option[value='XK']").inner_text() == "Kosovo"
    land.select_option(label="Duitsland")
    assert land.input_value() == "DE"
    assert land.locator("option", has_text="Syrië").get_attribute("value") == "SY"
    page.get_by_label("Peildatum").fill("2023-03-01")
    page.locator("#f-verblijf_verkregen_datum").fill("2023-02-06")
    page.get_by_role("button", name="Beoordeel").click()
    page.locator("#uitkomst tr[data-besluit='inburgeringsplichtig']").wait_for()
    assert "nationaliteit=DE" in page.locator("#deellink-casus").input_value()
    assert "eu_eer_zwitserland" in page.locator("#uitkomst tr[data-besluit='reden_geen_inburgeringsplicht']").inner_text()
    # a shared link by code shows the name
    page.goto(casus_url(basis_url, "2023-03-01", {"nationaliteit": "TR"}))
    page.locator("#uitkomst tr[data-besluit='inburgeringsplichtig']").wait_for()
    assert land.locator("option:checked").inner_text() == "Turkije"
    alleen_lokaal(page, basis_url)


def test_usable_at_390_px_without_horizontal_scroll(browser, basis_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL", device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(15_000)
    views = [
        ("/#/verkenner", "#lijst details"),
        ("/#/verkenner/variabele/pip_uiterste_datum", "#detail blockquote.lid"),
        ("/#/verkenner/artikel/Wi/3", "#detail section.lidtekst"),
        ("/#/verkenner/parameter/inburgeringsplicht.pensioengerechtigde_leeftijd_maanden", "#detail figure.stapgrafiek"),
        (casus_url("", "2023-06-01", {**AHMAD, "pip_datum": "2023-03-14"}, view="vergelijk",
                   hervorming="concept_wetsvoorstel_2019"), "#vergelijking #verschillen"),
        (casus_url("", "2023-03-01", AHMAD), "#uitkomst #tijdas"),
    ]
    for pad, klaar in views:
        page.goto(basis_url + pad)
        page.locator(klaar).first.wait_for()
        breedte = page.evaluate("document.documentElement.scrollWidth")
        assert breedte <= 390, f"{pad}: {breedte} px wide"
    # the case view is the one a case worker uses on a phone: keep screenshots of the form and the outcome
    assert page.locator("#f-hervorming").input_value() == ""  # a link without a reform is the law in force
    assert page.locator("#f-geboortedatum").bounding_box()["width"] > 300  # fields take the full width
    assert page.locator(".tabs").bounding_box()["height"] < 45  # the three tabs on one line
    SCHERMAFDRUK_390.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCHERMAFDRUK_390)
    page.locator("#kop-samenvatting").scroll_into_view_if_needed()
    page.evaluate("document.querySelector('#kop-samenvatting').scrollIntoView({block: 'start'})")
    page.screenshot(path=SCHERMAFDRUK_390.with_name("uitkomst-390.png"))
    assert SCHERMAFDRUK_390.stat().st_size > 10_000
    context.close()


ENGINE_WOORDEN = re.compile(r"\b(Date|DAY|MONTH|ETERNITY|Boolean|Int|Float|String|Enum|true|false)\b")


def test_dutch_labels_and_full_option_labels(page, basis_url):
    page.goto(basis_url + "/#/verkenner/variabele/pip_uiterste_datum")
    kenmerken = page.locator("#detail dl.kenmerken")
    kenmerken.wait_for()
    assert "Soort waarde\ndatum" in kenmerken.inner_text() and "Periode\nper dag" in kenmerken.inner_text()
    for pad in ("/#/verkenner/variabele/leerroute", "/#/verkenner/variabele/inburgeringsplichtig",
                "/#/verkenner/variabele/lesuren_gevolgd", "/#/verkenner/parameter/termijnen.pip_weken"):
        page.goto(basis_url + pad)
        page.locator("#detail dl.kenmerken").wait_for()
        gevonden = ENGINE_WOORDEN.findall(page.locator("#detail dl.kenmerken").inner_text())
        assert not gevonden, (pad, gevonden)
    assert "weken" in page.locator("#detail dl.kenmerken").inner_text()
    # every option of every select is readable whole: it fits, or the chosen label is shown below in full
    page.goto(basis_url + "/#/casus")
    page.locator("#casusformulier").wait_for()
    page.evaluate("document.querySelectorAll('#casusformulier details').forEach(d => d.open = true)")
    page.locator("#f-hervorming").select_option("@eigen")  # the parameter picker too
    lang = page.locator("#f-verblijfsdoel option").evaluate_all(
        "els => els.map(o => o.text).sort((a, b) => b.length - a.length)[0]")
    page.locator("#f-verblijfsdoel").select_option(label=lang)
    assert page.locator("[data-veld='verblijfsdoel'] output.keuze").inner_text() == lang
    afgekapt = page.evaluate("""() => {
      const c = document.createElement('canvas').getContext('2d'), uit = [];
      for (const s of document.querySelectorAll('#casusformulier .veld select')) {
        if (!s.clientWidth) continue;
        const past = (tekst) => {
          const st = getComputedStyle(s); c.font = st.font;
          return c.measureText(tekst).width <= s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 24;
        };
        for (const o of s.options) {
          if (past(o.text)) continue;
          s.value = o.value; s.dispatchEvent(new Event('input', {bubbles: true}));
          const keuze = s.parentElement.querySelector('output.keuze');
          if (!past(o.text) && (!keuze || keuze.hidden || keuze.textContent !== o.text)) uit.push(o.text);
        }
        s.value = ''; s.dispatchEvent(new Event('input', {bubbles: true}));
      }
      return uit; }""")
    assert afgekapt == []
    assert page.locator("#f-hervorming").evaluate("s => s.clientWidth") > 300
    alleen_lokaal(page, basis_url)


def test_constant_parameter_chart_has_a_real_axis(page, basis_url):
    page.goto(basis_url + "/#/verkenner/parameter/termijnen.pip_weken")
    svg = page.locator("#detail figure.stapgrafiek svg")
    svg.wait_for()
    with urllib.request.urlopen(basis_url + "/parameter/termijnen/pip_weken") as antwoord:
        waarden = set(json.load(antwoord)["values"].values())
    assert len(waarden) == 1  # constant: 10 weeks throughout
    lo, hi = float(svg.get_attribute("data-y-min")), float(svg.get_attribute("data-y-max"))
    assert lo == 0 and hi > max(waarden)
    ticks = svg.locator("text.ytick").all_text_contents()
    assert len(ticks) >= 3 and len(set(ticks)) == len(ticks) and all(re.fullmatch(r"\d+", t) for t in ticks), ticks
    # the line runs inside the plot, away from its top and bottom edges
    ys = {round(float(y), 1) for y in re.findall(r"[ML][\d.]+,([\d.]+)", svg.locator("path").get_attribute("d"))}
    assert len(ys) == 1 and 14 < ys.pop() < 160
