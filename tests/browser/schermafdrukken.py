"""Screenshots of the main views for the README: `python tests/browser/schermafdrukken.py`.

Starts the service on a free loopback port, drives Debian's Chromium (Playwright) and writes
docs/img/ui-*.png. The comparison view is only captured when the service offers named reforms
(GET /v1/hervormingen, issue 4).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
UIT = ROOT / "docs" / "img"
ARGS = ["--lang=nl-NL", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AHMAD = {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
         "verblijf_verkregen_datum": "2023-02-06", "kennisgeving_inburgeringsplicht_datum": "2023-02-20",
         "brp_inschrijving_datum": "2023-05-15", "bijstand_recht_datum": "2023-05-15", "pip_datum": "2023-07-10",
         "leerroute": "b1_route"}


def main() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    url = f"http://127.0.0.1:{poort}"
    proces = subprocess.Popen([sys.executable, "-m", "inburgering_rules.api.serve"], cwd=ROOT,
                              env={**os.environ, "HOST": "127.0.0.1", "PORT": str(poort), "LOG_LEVEL": "WARNING"})
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{url}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        try:
            hervormingen = json.load(urllib.request.urlopen(f"{url}/v1/hervormingen"))
        except urllib.error.HTTPError:
            hervormingen = None
        UIT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=ARGS)
            pagina = browser.new_page(viewport={"width": 1366, "height": 860}, locale="nl-NL")
            pagina.goto(f"{url}/#/verkenner/variabele/pip_uiterste_datum")
            pagina.locator("#detail h2 code").wait_for()
            pagina.screenshot(path=UIT / "ui-verkenner.png")
            pagina.goto(f"{url}/#/verkenner/parameter/inburgeringsplicht.pensioengerechtigde_leeftijd_maanden")
            pagina.locator("#detail figure.stapgrafiek").wait_for()
            pagina.screenshot(path=UIT / "ui-parameter.png")
            casus = f"{url}/#/casus?" + urlencode({"peildatum": "2023-03-01", **AHMAD})
            pagina.goto(casus)
            pagina.locator("#uitkomst #tijdas").wait_for()
            pagina.screenshot(path=UIT / "ui-casus.png")
            pagina.locator("#kop-yaml").scroll_into_view_if_needed()
            pagina.evaluate("document.querySelector('#kop-yaml').scrollIntoView({block: 'start'})")
            pagina.screenshot(path=UIT / "ui-yaml.png")
            if hervormingen:
                naam = "concept_wetsvoorstel_2019"
                vergelijk = f"{url}/#/vergelijk?" + urlencode(
                    {"peildatum": "2023-06-01", "hervorming": naam, **{**AHMAD, "pip_datum": "2023-03-14"}})
                pagina.goto(vergelijk)
                pagina.locator("#vergelijking #verschillen").wait_for()
                pagina.evaluate("document.querySelector('#vergelijking').scrollIntoView({block: 'start'})")
                pagina.screenshot(path=UIT / "ui-vergelijk.png")
            else:
                print("no /v1/hervormingen yet: ui-vergelijk.png not made", file=sys.stderr)
            pagina.get_by_role("button", name="Switch to English").click()
            pagina.goto(casus)
            pagina.locator("#uitkomst h3", has_text="Decisions").wait_for()
            pagina.screenshot(path=UIT / "ui-english.png")
            browser.close()
    finally:
        proces.terminate()
        proces.wait(timeout=20)
    for bestand in sorted(UIT.glob("ui-*.png")):
        print(bestand.relative_to(ROOT), bestand.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
