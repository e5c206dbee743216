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


@pytest.mark.parametrize(
    ("koppen", "geweigerd", "toegestaan"),
    [
        ({"Origin": "https://kwaad.example"}, "'https://kwaad.example'", [HERKOMST]),
        ({"Access-Control-Request-Method": "DELETE"}, "'DELETE'", ["GET", "HEAD", "POST"]),
        ({"Access-Control-Request-Headers": "content-type, x-geheim"}, "'x-geheim'", "authorization"),
        ({"Access-Control-Request-Private-Network": "true"}, "Private network", None),
    ],
)
def test_a_refused_preflight_is_a_problem_naming_what_is_refused_and_allowed(streng, koppen, geweigerd, toegestaan):
    """Starlette answered "Disallowed CORS origin" as text/plain; every other 4xx is problem+json."""
    antwoord = streng.options("/v1/beoordeling", headers={**PREFLIGHT, **koppen, "Accept-Language": "en"})
    assert antwoord.status_code == 400 and antwoord.headers["content-type"] == "application/problem+json"
    inhoud = antwoord.json()
    assert inhoud["title"] == "CORS request refused" and inhoud["titel"]["nl"] == "CORS-verzoek geweigerd"
    assert inhoud["request_id"] == antwoord.headers["x-request-id"] and inhoud["instance"] == "/v1/beoordeling"
    (fout,) = inhoud["fouten"]
    assert geweigerd in fout["en"] and fout["nl"] != fout["en"]
    if isinstance(toegestaan, str):
        assert toegestaan in fout["toegestaan"]
    else:
        assert fout.get("toegestaan") == toegestaan
    assert "Origin" in antwoord.headers["vary"]  # Starlette's CORS headers are kept
    assert ("access-control-allow-origin" in antwoord.headers) == ("Origin" not in koppen)


def test_a_head_preflight_is_allowed(streng):
    """HEAD is answered on every GET route, so a browser may ask for it with the token."""
    antwoord = streng.options("/health", headers={**PREFLIGHT, "Access-Control-Request-Method": "HEAD"})
    assert antwoord.status_code == 200 and "HEAD" in antwoord.headers["access-control-allow-methods"]


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
