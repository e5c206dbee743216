"""CORS with a bearer token (issue 15 §6): preflights are answered without the token, every answer a
browser may read (also 401, 404 and problem answers) carries the CORS headers, and `X-Request-ID` is exposed.
The `streng` app has API_TOKEN and CORS_ORIGINS=https://zaak.example (conftest.py)."""

from __future__ import annotations

import pytest
from gevallen import PEILDATUM

HERKOMST = "https://zaak.example"
PREFLIGHT = {
    "Origin": HERKOMST,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type, x-request-id",
}
TOKEN = {"Authorization": "Bearer geheim"}


def _leesbaar_voor_browser(antwoord) -> None:
    assert antwoord.headers["access-control-allow-origin"] == HERKOMST
    assert "x-request-id" in antwoord.headers["access-control-expose-headers"].lower()
    assert antwoord.headers["x-request-id"]


@pytest.mark.parametrize("pad", ["/v1/beoordeling", "/v1/beoordeling/batch", "/calculate"])
def test_preflight_is_answered_without_the_token(streng, pad):
    antwoord = streng.options(pad, headers=PREFLIGHT)
    assert antwoord.status_code == 200
    assert antwoord.headers["access-control-allow-origin"] == HERKOMST
    toegestaan = antwoord.headers["access-control-allow-headers"].lower()
    assert "authorization" in toegestaan and "content-type" in toegestaan
    assert "POST" in antwoord.headers["access-control-allow-methods"]
    assert antwoord.headers["x-request-id"]  # logged and traceable like every other request


def test_preflight_from_another_origin_is_refused(streng):
    antwoord = streng.options("/v1/beoordeling", headers={**PREFLIGHT, "Origin": "https://kwaad.example"})
    assert antwoord.status_code == 400 and "access-control-allow-origin" not in antwoord.headers


def test_options_without_preflight_headers_still_needs_the_token(streng):
    """Only a real preflight is exempt: a bare OPTIONS is not a way around the token."""
    assert streng.options("/v1/beoordeling", headers={"Origin": HERKOMST}).status_code == 401


def test_401_carries_cors_headers(streng):
    antwoord = streng.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {}},
                           headers={"Origin": HERKOMST})
    assert antwoord.status_code == 401 and antwoord.headers["www-authenticate"] == "Bearer"
    assert antwoord.headers["content-type"].startswith("application/problem+json")
    _leesbaar_voor_browser(antwoord)


def test_other_errors_carry_cors_headers(streng):
    kop = {"Origin": HERKOMST, **TOKEN}
    assert (niet_gevonden := streng.get("/v1/bestaat-niet", headers=kop)).status_code == 404
    _leesbaar_voor_browser(niet_gevonden)
    fout = streng.post("/v1/beoordeling", json={"peildatum": "gisteren", "persoon": {}}, headers=kop)
    assert 400 <= fout.status_code < 500
    _leesbaar_voor_browser(fout)


def test_success_exposes_request_id(streng):
    antwoord = streng.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {}},
                           headers={"Origin": HERKOMST, "X-Request-ID": "zaak-42", **TOKEN})
    assert antwoord.status_code == 200 and antwoord.headers["x-request-id"] == "zaak-42"
    _leesbaar_voor_browser(antwoord)
