"""A client generated from /v1/openapi.json by openapi-python-client (pinned in requirements-dev.txt) calls
every /v1 operation against the app, in-process, and reads typed answers.

Operations are taken from the document itself, with the request example it documents: a route added to
/v1 is called too (and fails here until the document gives it an example body).
"""

from __future__ import annotations

import datetime
import importlib
import json
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from gevallen import PEILDATUM, STATUSHOUDER

GENERATOR = Path(sys.executable).with_name("openapi-python-client")


@pytest.fixture(scope="module")
def klant(app, tmp_path_factory):
    """The generated package `adr_klant` and a client on the app at /v1."""
    map_ = tmp_path_factory.mktemp("klant")
    with TestClient(app) as http:
        document = http.get("/v1/openapi.json").json()
    (map_ / "v1.openapi.json").write_text(json.dumps(document))
    (map_ / "config.yaml").write_text("post_hooks: []\npackage_name_override: adr_klant\n")
    uit = subprocess.run(
        [str(GENERATOR), "generate", "--path", "v1.openapi.json", "--output-path", "adr_klant", "--meta", "none",
         "--config", "config.yaml"],
        cwd=map_, capture_output=True, text=True, timeout=300, check=False,
    )
    assert uit.returncode == 0 and "Warning" not in uit.stdout + uit.stderr, uit.stdout + uit.stderr
    sys.path.insert(0, str(map_))
    try:
        pakket = importlib.import_module("adr_klant")
        client = pakket.Client(base_url="http://testserver/v1", raise_on_unexpected_status=True)
        with TestClient(app, base_url="http://testserver/v1") as transport:
            client.set_httpx_client(transport)
            yield document, client
    finally:
        sys.path.remove(str(map_))


def _operaties(document: dict):
    for pad, item in document["paths"].items():
        for methode, operatie in item.items():
            yield pad, methode, operatie


def _roep(client, operatie: dict, body: dict | None = None):
    module = importlib.import_module(f"adr_klant.api.{operatie['tags'][0]}.{operatie['operationId']}")
    argumenten = {}
    if "requestBody" in operatie:
        soort = typing.get_type_hints(module.sync_detailed)["body"]
        voorbeeld = operatie["requestBody"]["content"]["application/json"]["example"]
        argumenten["body"] = soort.from_dict(body or voorbeeld)
    return module.sync_detailed(client=client, **argumenten)


def test_every_v1_operation_through_the_generated_client(klant):
    document, client = klant
    geroepen = []
    for pad, methode, operatie in _operaties(document):
        antwoord = _roep(client, operatie)
        assert antwoord.status_code == 200, (pad, antwoord.content[:500])
        assert antwoord.parsed is not None, pad  # the 200 answer parsed into the generated model
        assert antwoord.headers["api-version"] == document["info"]["version"]
        # the document says which answers name their language, and they do (`docs.TALIG`, `randen.Kopregels`)
        talig = "Content-Language" in operatie["responses"]["200"]["headers"]
        assert antwoord.headers.get("content-language") == ("nl" if talig else None), pad
        geroepen.append(f"{methode.upper()} {pad}")
    assert len(geroepen) >= 5, geroepen


def test_typed_decisions_and_problem_in_the_generated_client(klant):
    document, client = klant
    beoordeling = document["paths"]["/beoordeling"]["post"]
    antwoord = _roep(client, beoordeling, {"peildatum": PEILDATUM, "persoon": STATUSHOUDER}).parsed
    besluiten = antwoord.besluiten
    assert besluiten.inburgeringsplichtig is True
    assert isinstance(besluiten.pip_uiterste_datum, datetime.date)
    # one enum type per value set, named as the vocabulary names it (a class per place before: a contract review)
    assert type(besluiten.reden_geen_inburgeringsplicht).__name__ == "RedenGeenInburgeringsplicht"
    assert type(besluiten.doelgroep).__name__ == "Doelgroep"
    assert {type(w).__name__ for w in antwoord.status.additional_properties.values()} == {"Status"}
    fout = _roep(client, beoordeling, {"peildatum": PEILDATUM, "persoon": {}, "hervorming": "bestaat_niet"})
    assert fout.status_code == 400 and fout.parsed.fouten[0].pad.startswith("/hervorming")  # a typed `Fout`
    assert type(fout.parsed.fouten[0]).__name__ == "Fout" and fout.parsed.fouten[0].en
