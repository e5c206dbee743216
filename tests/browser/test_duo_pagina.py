"""The case form takes a pasted DUO answer (JSON) and fills itself from it (api/static/duo.js). Fixtures in conftest.py."""

from __future__ import annotations

import json

from inburgering_rules.api.duo import VOORBEELDEN


def _plak(page, basis_url, tekst: str) -> str:
    if "#/casus" not in page.url:
        page.goto(f"{basis_url}/#/casus")
        page.locator("#duo-plakken summary").click()
    page.evaluate("document.querySelector('#duo-melding').textContent = ''")
    page.fill("#duo-json", tekst)
    page.click("#duo-vul")
    page.locator("#duo-melding:not(:empty)").wait_for()  # no wait_for_function: the page's CSP forbids eval
    return page.text_content("#duo-melding")


def test_pasted_duo_object_fills_the_form_and_the_case_runs(page, basis_url):
    melding = _plak(page, basis_url, json.dumps(VOORBEELDEN))
    assert "pip_datum" in melding and "leerroute" in melding
    assert page.input_value("#f-pip_datum") == "2024-01-10"
    assert page.input_value("#f-leerroute") == "b1_route"
    assert page.input_value("#f-kennisgeving_inburgeringsplicht_datum") == "2023-10-16"
    assert page.input_value("#f-pvt_afgerond_datum") == "2024-03-20"
    assert not page.fouten, page.fouten


def test_one_pasted_duo_api_answer_is_recognised(page, basis_url):
    melding = _plak(page, basis_url, json.dumps({"gemeentecode": "0363", "pip": {"dagtekeningPip": "2024-02-01",
                                                                               "leerroute": "Z"}}))
    assert "2" in melding
    assert page.input_value("#f-leerroute") == "z_route" and page.input_value("#f-pip_datum") == "2024-02-01"


def test_wrong_paste_says_what_is_wrong(page, basis_url):
    assert "geen geldige JSON" in _plak(page, basis_url, "{niet")
    assert "/duo/pip/pip/leerroute" in _plak(page, basis_url, json.dumps({"pip": {"gemeentecode": "1", "pip": {
        "dagtekeningPip": "2024-02-01", "leerroute": "b1"}}}))
