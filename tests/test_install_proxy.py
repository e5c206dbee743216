"""Slow and idle connections (issue 15 §5), on loopback only, bounded in time.

1. uvicorn as `make run` starts it: an idle keep-alive connection is closed after KEEP_ALIVE_TIMEOUT_SECONDS,
   and beyond LIMIT_CONCURRENCY open connections a request gets 503 at once.
2. The shipped reverse-proxy configuration (deploy/nginx/inburgering.conf) with Debian's nginx (installed by
   `make proxy-deps`; skipped with a message when absent) in front of the service: a client that trickles
   its headers or stalls its body is cut off while a normal client is served, and one address gets 429
   beyond its connection limit. The test runs the shipped file with only the ports and the two read
   timeouts (10 s) shortened to 1 s.
"""

from __future__ import annotations

import concurrent.futures
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "load"))
from lokale_server import HOST, WORTEL, Server, vrije_poort  # noqa: E402

CONFIG = WORTEL / "deploy" / "nginx" / "inburgering.conf"
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).is_file()), None)
PERSOON = {"peildatum": "2024-05-01", "persoon": {"geboortedatum": "1990-04-12", "nationaliteit": "SY",
                                                  "verblijfsvergunning": "asiel_bepaalde_tijd",
                                                  "verblijf_verkregen_datum": "2023-09-01"}}


def _tot_gesloten(sok: socket.socket, binnen: float) -> tuple[float | None, bytes]:
    """Seconds until the peer closed `sok` (None: still open after `binnen`), and what it sent."""
    begin, ontvangen = time.monotonic(), b""
    sok.settimeout(0.2)
    while time.monotonic() - begin < binnen:
        try:
            deel = sok.recv(65536)
        except TimeoutError:
            continue
        except ConnectionResetError:
            return time.monotonic() - begin, ontvangen
        if not deel:
            return time.monotonic() - begin, ontvangen
        ontvangen += deel
    return None, ontvangen


@pytest.fixture(scope="module")
def krap():
    with Server(omgeving={"LIMIT_CONCURRENCY": "3", "KEEP_ALIVE_TIMEOUT_SECONDS": "1"}) as server:
        yield server


def test_idle_keep_alive_connection_is_closed(krap):
    with socket.create_connection((HOST, krap.poort), timeout=5) as sok:
        sok.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        duur, antwoord = _tot_gesloten(sok, 6)
    assert antwoord.startswith(b"HTTP/1.1 200") and duur is not None and duur < 4, (duur, antwoord[:80])


def test_beyond_limit_concurrency_503_at_once(krap):
    stil = [socket.create_connection((HOST, krap.poort), timeout=5) for _ in range(3)]
    try:
        time.sleep(0.3)
        begin = time.monotonic()
        assert httpx.get(f"{krap.url}/health", timeout=5).status_code == 503
        assert time.monotonic() - begin < 2
    finally:
        for sok in stil:
            sok.close()
    time.sleep(0.3)
    assert httpx.get(f"{krap.url}/health", timeout=5).status_code == 200


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    if NGINX is None:
        pytest.skip("nginx is not installed (`make proxy-deps` installs Debian's nginx-light): "
                    "the reverse-proxy test did not run")
    map_ = tmp_path_factory.mktemp("nginx")
    map_.chmod(0o755)  # nginx's workers (user nobody when started as root) write their temp files here
    poort = vrije_poort()
    tekst = CONFIG.read_text()
    with Server() as server:
        for oud, nieuw in (("listen 8080;", f"listen {HOST}:{poort};"),
                           ("server 127.0.0.1:8000;", f"server {HOST}:{server.poort};"),
                           ("client_header_timeout 10s;", "client_header_timeout 1s;"),
                           ("client_body_timeout 10s;", "client_body_timeout 1s;")):
            assert tekst.count(oud) == 1, oud
            tekst = tekst.replace(oud, nieuw)
        (map_ / "inburgering.conf").write_text(tekst)
        (map_ / "nginx.conf").write_text(
            f"worker_processes 1;\npid {map_}/nginx.pid;\nevents {{ worker_connections 256; }}\n"
            f"http {{\n access_log off;\n client_body_temp_path {map_}/body;\n proxy_temp_path {map_}/proxy;\n"
            f" include {map_}/inburgering.conf;\n}}\n")
        proces = subprocess.Popen([NGINX, "-p", str(map_), "-c", str(map_ / "nginx.conf"), "-e",
                                   str(map_ / "error.log"), "-g", "daemon off; error_log stderr warn;"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        url = f"http://{HOST}:{poort}"
        try:
            einde = time.monotonic() + 10
            while time.monotonic() < einde and proces.poll() is None:
                try:
                    socket.create_connection((HOST, poort), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            if proces.poll() is not None:
                pytest.fail(f"nginx did not start: {proces.stderr.read().decode(errors='replace')[-2000:]}")
            yield url, poort
        finally:
            proces.send_signal(signal.SIGQUIT)  # graceful stop of the nginx this test started
            try:
                proces.wait(10)
            except subprocess.TimeoutExpired:
                proces.kill()
                proces.wait(5)


def test_normal_client_is_served_through_the_proxy(proxy):
    url, _ = proxy
    assert httpx.get(f"{url}/health", timeout=10).status_code == 200
    antwoord = httpx.post(f"{url}/v1/beoordeling", json=PERSOON, timeout=30)
    assert antwoord.status_code == 200 and antwoord.headers["x-request-id"]


def _druppel_headers(poort: int) -> tuple[float | None, bytes]:
    """A slowloris client: the request line, then one header byte every 0.2 s for up to 8 s."""
    begin = time.monotonic()
    with socket.create_connection((HOST, poort), timeout=5) as sok:
        try:
            sok.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            for byte in b"X-Trage-Klant: " + b"a" * 40:
                sok.sendall(bytes([byte]))
                time.sleep(0.2)
        except OSError:
            pass
        duur, antwoord = _tot_gesloten(sok, 8 - (time.monotonic() - begin))
        return (time.monotonic() - begin if duur is not None else None), antwoord


def test_header_trickler_is_cut_off_while_a_normal_client_is_served(proxy):
    url, poort = proxy
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        traag = pool.submit(_druppel_headers, poort)
        time.sleep(0.3)
        begin = time.monotonic()
        assert httpx.get(f"{url}/health", timeout=10).status_code == 200
        assert time.monotonic() - begin < 2
        duur, antwoord = traag.result(timeout=20)
    assert duur is not None and duur < 4, f"the trickling client was not cut off: {duur}"
    assert b"200 OK" not in antwoord


def test_stalled_body_is_cut_off(proxy):
    _, poort = proxy
    with socket.create_connection((HOST, poort), timeout=5) as sok:
        sok.sendall(b"POST /v1/beoordeling HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    b"Content-Length: 1000\r\n\r\n{\"peildatum\":")
        duur, antwoord = _tot_gesloten(sok, 8)
    assert duur is not None and duur < 4, f"the stalled upload was not cut off: {duur}"
    assert b"200 OK" not in antwoord


def test_one_address_is_limited_to_20_requests_in_progress(proxy):
    url, poort = proxy
    stil = []
    try:
        for _ in range(20):  # 20 uploads that stall in the body: each holds one of the address's slots
            sok = socket.create_connection((HOST, poort), timeout=5)
            sok.sendall(b"POST /v1/beoordeling HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{")
            stil.append(sok)
        time.sleep(0.2)
        assert httpx.get(f"{url}/health", timeout=5).status_code == 429
    finally:
        for sok in stil:
            sok.close()
    time.sleep(0.3)
    assert httpx.get(f"{url}/health", timeout=5).status_code == 200


def test_connection_settings_reach_uvicorn_and_bad_ones_stop_the_start(monkeypatch):
    from inburgering_rules.api.serve import uvicorn_instellingen

    monkeypatch.setenv("LIMIT_CONCURRENCY", "7")
    monkeypatch.setenv("KEEP_ALIVE_TIMEOUT_SECONDS", "2")
    instellingen = uvicorn_instellingen()
    assert instellingen["limit_concurrency"] == 7 and instellingen["timeout_keep_alive"] == 2
    for naam, waarde in (("LIMIT_CONCURRENCY", "0"), ("KEEP_ALIVE_TIMEOUT_SECONDS", "-1"),
                         ("REQUEST_TIMEOUT_SECONDS", "nan"), ("REQUEST_TIMEOUT_SECONDS", "0"),
                         ("REQUEST_TIMEOUT_SECONDS", "inf")):
        with monkeypatch.context() as m:
            m.setenv(naam, waarde)
            with pytest.raises(ValueError, match=naam):
                uvicorn_instellingen()
