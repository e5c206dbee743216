"""Browser tests of the web page (issue 7): Playwright for Python driving Debian's Chromium.

The service is started on a free loopback port for the session and stopped afterwards. The tests
skip (with a message) only when /usr/bin/chromium is absent; `make test` installs it.
Install: `apt-get install -y chromium` and `pip install playwright==1.65.2` (never `playwright install`:
Playwright's own browser download is not used).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]

SKIP_REDEN = f"browser tests skipped: {CHROMIUM} not found (apt-get install -y chromium)"


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _dienst(**omgeving_extra):
    """The service as `make run` starts it, on a free loopback port; yields its base URL."""
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REDEN)
    poort = _vrije_poort()
    omgeving = {**os.environ, "HOST": "127.0.0.1", "PORT": str(poort), "WORKERS": "1", "LOG_LEVEL": "WARNING"}
    omgeving.pop("API_TOKEN", None)
    omgeving.update(omgeving_extra)
    proces = subprocess.Popen(
        [sys.executable, "-m", "inburgering_rules.api.serve"], cwd=ROOT, env=omgeving,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{poort}"
    try:
        tot = time.monotonic() + 60
        while True:
            if proces.poll() is not None:
                raise RuntimeError(f"service stopped: {proces.stderr.read().decode(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=1) as antwoord:
                    if antwoord.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > tot:
                raise RuntimeError("service did not answer /health within 60 s")
            time.sleep(0.2)
        with urllib.request.urlopen(f"{url}/", timeout=5) as antwoord:
            assert b"<!doctype html>" in antwoord.read(200).lower(), "the service does not serve api/static at /"
        yield url
    finally:
        proces.terminate()
        try:
            proces.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.wait()


@pytest.fixture(scope="session")
def basis_url():
    with _dienst() as url:
        yield url


TOKEN = "browser-test-token"


@pytest.fixture(scope="session")
def basis_url_met_token():
    """The service with `API_TOKEN` set: the page and the contract are open, the API asks for the token."""
    with _dienst(API_TOKEN=TOKEN) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REDEN)
    from playwright.sync_api import sync_playwright  # only when a browser exists

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, basis_url):
    """A fresh page (Dutch, 1366x768 laptop) that records every request and every console error."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    pagina = context.new_page()
    pagina.verzoeken = []
    pagina.fouten = []
    pagina.on("request", lambda r: pagina.verzoeken.append(r.url))
    pagina.on("pageerror", lambda e: pagina.fouten.append(str(e)))
    pagina.set_default_timeout(15_000)
    yield pagina
    context.close()
