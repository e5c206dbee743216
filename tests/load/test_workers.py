"""Scaling out: the service is stateless, so several workers behind one port answer alike.

Starts the server as `make run WORKERS=2` does, on a free port of 127.0.0.1, sends concurrent
requests over fresh connections and checks that (1) every answer equals the in-process answer for
the same body, as JSON, (2) both worker processes did work and (3) the workers write the JSON request
log too (one line per request, no personal data).
"""

from __future__ import annotations

import concurrent.futures
import sys
from pathlib import Path

import httpx
import orjson
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inburgering_rules.api.app import create_app  # noqa: E402
from inburgering_rules.api.instellingen import Instellingen  # noqa: E402
from lokale_server import Server  # noqa: E402

PERSONEN = [
    {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
     "verblijfsdoel": "overig_niet_tijdelijk", "verblijf_verkregen_datum": "2023-09-01",
     "kennisgeving_inburgeringsplicht_datum": "2023-10-16", "pip_datum": "2024-01-10",
     "leerroute": "b1_route"},
    {"geboortedatum": "1985-06-30", "nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht",
     "verblijf_verkregen_datum": "2023-01-15"},
    {"geboortedatum": "1995-02-28", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
     "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-11-30",
     "kennisgeving_inburgeringsplicht_datum": "2022-12-12", "pip_datum": "2023-03-15"},
    {"nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd"},
]
PEILDATUMS = ("2023-06-01", "2024-05-01", "2025-09-30")


def verzoeken() -> list[tuple[str, bytes]]:
    uit = []
    for peildatum in PEILDATUMS:
        for persoon in PERSONEN:
            uit.append(("/v1/beoordeling", orjson.dumps({"peildatum": peildatum, "persoon": persoon})))
        uit.append(("/v1/beoordeling/batch", orjson.dumps({"peildatum": peildatum, "personen": PERSONEN})))
        uit.append(("/calculate", orjson.dumps({"personen": {
            "a": {"geboortedatum": {"ETERNITY": "1990-04-12"}, "nationaliteit": {"ETERNITY": "SY"},
                  "verblijfsvergunning": {"ETERNITY": "asiel_bepaalde_tijd"},
                  "verblijf_verkregen_datum": {"ETERNITY": "2023-09-01"},
                  "inburgeringsplichtig": {peildatum: None},
                  "inburgeringstermijn_einddatum": {peildatum: None}}}})))
    return uit


@pytest.fixture(scope="module")
def twee_workers(tmp_path_factory):
    with Server(workers=2, log=tmp_path_factory.mktemp("server") / "server.log") as server:
        yield server


def test_two_workers_answer_like_one_process(twee_workers):
    from fastapi.testclient import TestClient

    with TestClient(create_app(Instellingen())) as lokaal:
        json_ = {"content-type": "application/json"}
        verwacht = {(pad, body): lokaal.post(pad, content=body, headers=json_).json() for pad, body in verzoeken()}
    werkers = twee_workers.werkers()
    assert len(werkers) == 2, [w.cmdline() for w in werkers]
    cpu_voor = [sum(w.cpu_times()[:2]) for w in werkers]

    def stuur(sleutel):
        pad, body = sleutel
        # A fresh connection per request, so the kernel spreads them over the workers.
        antwoord = httpx.post(f"{twee_workers.url}{pad}", content=body, timeout=60,
                              headers={"content-type": "application/json", "connection": "close"})
        return sleutel, antwoord.status_code, antwoord.json()

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        uitkomsten = list(pool.map(stuur, list(verwacht) * 8))
    for (pad, body), status, inhoud in uitkomsten:
        assert status == 200, inhoud
        assert inhoud == verwacht[pad, body], pad
    cpu_na = [sum(w.cpu_times()[:2]) for w in werkers]
    assert all(na - voor > 0.05 for voor, na in zip(cpu_voor, cpu_na, strict=True)), (cpu_voor, cpu_na)

    regels = [orjson.loads(r) for r in twee_workers.log().splitlines() if r.startswith("{")]
    verzoeken_gelogd = [r for r in regels if r.get("bericht") == "verzoek" and r.get("pad") != "/health"]
    assert len(verzoeken_gelogd) >= len(uitkomsten), "the workers' request log is missing"
    assert {r["status"] for r in verzoeken_gelogd} == {200}
    assert "1990-04-12" not in twee_workers.log() and '"SY"' not in twee_workers.log()


def test_a_dead_worker_is_logged_as_a_warning_and_replaced(tmp_path):
    import time

    with Server(workers=2, log=tmp_path / "server.log") as server:
        eerste = server.werkers()[0]
        eerste.kill()
        tot = time.monotonic() + 60
        while time.monotonic() < tot:
            regels = [orjson.loads(r) for r in server.log().splitlines() if r.startswith("{")]
            dood = [r for r in regels if r["bericht"] == f"Child process [{eerste.pid}] died"]
            if dood and len(server.werkers()) == 2:
                break
            time.sleep(0.5)
        assert [r["niveau"] for r in dood] == ["WARNING"], server.log()[-2000:]
        assert eerste.pid not in {w.pid for w in server.werkers()}
        assert httpx.get(f"{server.url}/health", timeout=30).status_code == 200
