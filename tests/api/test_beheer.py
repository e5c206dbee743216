"""Operations: health, request ids, JSON logs without personal data, token, CORS, timeout."""

from __future__ import annotations

import logging
import time

from gevallen import PEILDATUM, STATUSHOUDER
from fastapi.testclient import TestClient
from inburgering_rules.api.app import STATIC, create_app
from inburgering_rules.api.instellingen import Instellingen
from inburgering_rules.api.logboek import JsonFormatter
from inburgering_rules.api.service import Dienst


def test_health(client):
    antwoord = client.get("/health")
    assert antwoord.status_code == 200 and antwoord.json()["status"] == "ok"
    assert antwoord.headers["country-package"] == "inburgering-rules"


def test_request_id(client):
    assert client.get("/health", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    eigen = client.get("/health", headers={"X-Request-ID": "<script>"}).headers["x-request-id"]
    assert eigen != "<script>" and len(eigen) == 32


def test_logs_have_no_personal_data(client, caplog):
    with caplog.at_level(logging.INFO, logger="inburgering_rules.api"):
        client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": STATUSHOUDER})
        client.post(
            "/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {"geboortedatum": "1977-07-07x"}}
        )
        client.get("/variable/1977-07-07")
    regels = [JsonFormatter().format(record) for record in caplog.records]
    assert any('"pad":"/v1/beoordeling"' in regel for regel in regels)
    tekst = "\n".join(regels)
    for gevoelig in ("1990-04-12", "1977-07-07", "SY", "2024-01-10"):
        assert gevoelig not in tekst


def test_token_off_by_default(client):
    assert client.get("/variables").status_code == 200


def test_bearer_token(streng):
    assert streng.get("/health").status_code == 200
    geweigerd = streng.get("/variables")
    assert geweigerd.status_code == 401 and geweigerd.headers["www-authenticate"] == "Bearer"
    assert streng.get("/variables", headers={"Authorization": "Bearer fout"}).status_code == 401
    assert streng.get("/variables", headers={"Authorization": "Bearer geheim"}).status_code == 200


def test_cors_off_by_default_and_configurable(client, streng):
    kop = {"Origin": "https://zaak.example"}
    assert "access-control-allow-origin" not in client.get("/health", headers=kop).headers
    assert streng.get("/health", headers=kop).headers["access-control-allow-origin"] == "https://zaak.example"


def test_timeout_is_503_not_a_hang(monkeypatch):
    monkeypatch.setattr(Dienst, "_per_deel", lambda self, *args, **kwargs: time.sleep(2))  # both routes evaluate here
    with TestClient(create_app(Instellingen(request_timeout=0.2)), raise_server_exceptions=False) as traag:
        begin = time.perf_counter()
        antwoord = traag.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {}})
        assert antwoord.status_code == 503 and time.perf_counter() - begin < 1.5
        batch = traag.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": [{}]})
        assert batch.status_code == 503
        # the batch's thread sleeps on inside the collector's pause (`service.zonder_gc`) until its slot is free: wait
        # for it, so no later test runs with the collector paused (in another order test_batch_snel failed)
        einde = time.monotonic() + 10
        while traag.app.state.werkplaats.bezig and time.monotonic() < einde:
            time.sleep(0.05)
        assert traag.app.state.werkplaats.bezig == 0


def test_root_serves_page_or_redirects(client):
    antwoord = client.get("/", follow_redirects=False)
    if (STATIC / "index.html").is_file():
        assert antwoord.status_code == 200 and antwoord.headers["content-type"].startswith("text/html")
        for bestand in STATIC.iterdir():
            assert client.get(f"/{bestand.name}").status_code == 200
        assert client.get("/../../pyproject.toml").status_code == 404
        assert client.get("/%2e%2e/instellingen.py").status_code == 404
    else:
        assert antwoord.status_code == 307 and antwoord.headers["location"] == "/docs"
