"""The OpenAPI documents linted by Spectral with the project's NL API Design Rules ruleset (spectral/adr.yaml).

`make test` installs the pinned Spectral (`spectral/package-lock.json`) with `make spectral-deps`. Both
documents must have 0 errors; a deliberately broken copy shows that every rule of the ruleset bites.
"""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import pytest
import yaml

SPECTRAL_MAP = Path(__file__).resolve().parents[2] / "spectral"
SPECTRAL = SPECTRAL_MAP / "node_modules" / ".bin" / "spectral"
UIT = SPECTRAL_MAP / "build"


def _lint(documenten: dict[str, dict]) -> list[dict]:
    if not SPECTRAL.exists():
        pytest.fail("Spectral is not installed: run `make spectral-deps` (make test does)")
    UIT.mkdir(exist_ok=True)
    paden = []
    for naam, document in documenten.items():
        pad = UIT / naam
        pad.write_text(json.dumps(document))
        paden.append(str(pad))
    uit = subprocess.run(
        [str(SPECTRAL), "lint", "--ruleset", str(SPECTRAL_MAP / "adr.yaml"), "--format", "json", "--quiet",
         "--fail-severity", "hint", *paden],
        capture_output=True, text=True, timeout=120, check=False,
    )
    try:
        return json.loads(uit.stdout or "[]")
    except json.JSONDecodeError:
        pytest.fail(f"spectral failed: {uit.stdout[-2000:]} {uit.stderr[-2000:]}")


def test_both_documents_have_no_adr_errors(client):
    bevindingen = _lint(
        {
            "v1.openapi.json": client.get("/v1/openapi.json").json(),
            "alle-routes.openapi.json": client.get("/openapi.json").json(),
        }
    )
    fouten = [f"{b['code']}: {b['message']} at {'.'.join(map(str, b['path']))}" for b in bevindingen
              if b["severity"] == 0]
    assert fouten == []


def test_every_rule_of_the_ruleset_bites(client):
    """A copy of /v1/openapi.json broken once per rule: Spectral reports each rule."""
    kapot = copy.deepcopy(client.get("/v1/openapi.json").json())
    kapot["openapi"] = "2.0"
    kapot["info"]["version"] = "1.0"
    kapot["info"]["contact"] = {"email": "x@example.org"}
    kapot["servers"] = [{"url": "/api"}]
    kapot["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "basic"}}
    kapot["components"]["schemas"]["Probleem"]["required"] = ["type"]
    paden = kapot["paths"]
    paden.pop("/openapi.json")
    post = paden["/beoordeling"]["post"]
    del post["responses"]["200"]["headers"]["API-Version"]
    del post["operationId"]
    del post["responses"]["415"]
    del post["responses"]["400"]
    post["responses"]["422"] = {"description": "x"}
    post["responses"]["413"]["content"] = {"application/json": {"schema": {}}}
    post["requestBody"]["content"] = {"text/plain": {"schema": {"type": "string"}}}
    paden["/vergelijk/"] = paden.pop("/vergelijk")
    paden["/hervormingen"]["trace"] = {"responses": {"200": {"description": "x"}}}
    zonder_servers = {k: v for k, v in kapot.items() if k != "servers"}
    bevindingen = _lint({"kapot.openapi.json": kapot, "zonder-servers.openapi.json": zonder_servers})
    regels = yaml.safe_load((SPECTRAL_MAP / "adr.yaml").read_text())["rules"]
    fouten = {naam for naam, regel in regels.items() if regel["severity"] == "error"}
    assert fouten - {b["code"] for b in bevindingen if b["severity"] == 0} == set()
