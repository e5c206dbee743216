"""With API_TOKEN set, the web page and the contract stay usable (issue 11 §4): the page's files and the
OpenAPI documents are open, the API routes ask for the token, and the page asks the user for it once."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from conftest import TOKEN

from test_pagina import AHMAD, casus_url


def _status(url: str, data: bytes | None = None) -> int:
    aanvraag = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(aanvraag, timeout=10) as antwoord:
            return antwoord.status
    except urllib.error.HTTPError as fout:
        return fout.code


@pytest.mark.parametrize("pad", ["/", "/app.js", "/gegevens.js", "/app.css", "/v1/openapi.json", "/openapi.json", "/docs"])
def test_page_and_contract_are_open_with_a_token(basis_url_met_token, pad):
    assert _status(basis_url_met_token + pad) == 200


def test_the_api_still_asks_for_the_token(basis_url_met_token):
    verzoek = json.dumps({"peildatum": "2024-05-01", "persoon": AHMAD}).encode()
    assert _status(basis_url_met_token + "/v1/beoordeling", verzoek) == 401
    assert _status(basis_url_met_token + "/variables") == 401


def test_the_page_asks_for_the_token_once_and_computes(browser, basis_url_met_token):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    page = context.new_page()
    gevraagd = []

    def antwoord(dialog):
        gevraagd.append(dialog.message)
        dialog.accept(TOKEN)

    page.on("dialog", antwoord)
    page.goto(casus_url(basis_url_met_token, "2023-03-01", AHMAD))
    page.locator("#uitkomst tr[data-besluit='pip_uiterste_datum'] time").wait_for(timeout=30_000)
    assert len(gevraagd) == 1 and "API_TOKEN" in gevraagd[0]
    # the token stays in this tab only, never in the address bar or the share link
    assert TOKEN not in page.url
    assert page.evaluate("() => sessionStorage.getItem('inburgering-rules-token')") == TOKEN
    context.close()
