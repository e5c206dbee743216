"""Hostile input against every endpoint that reads a body or a path: a clear 4xx problem in bounded time.

tests/api/test_fouten.py covers the typed fields one by one; this file sends the same classes of attack
(and a few more) to every POST route and the metadata routes, and adds a time bound to each answer.
"""

from __future__ import annotations

import time

import orjson
import pytest
from fastapi.testclient import TestClient
from inburgering_rules.api.app import create_app
from inburgering_rules.api.instellingen import Instellingen

PROBLEEM = "application/problem+json"
GRENS_S = 3.0
PERSOON = {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd"}


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Instellingen()), raise_server_exceptions=False) as c:
        yield c


def _diep(n: int) -> bytes:
    return b'{"a":' * n + b"1" + b"}" * n


def _veel_sleutels(n: int) -> bytes:
    return orjson.dumps({"peildatum": "2024-05-01", "persoon": {f"k{i}": 1 for i in range(n)}})


RAUW = {
    "leeg": b"",
    "afgekapt": b'{"peildatum": "2024-05-01", "persoon": {"geboortedatum": "19',
    "diep_object": _diep(100_000),
    "diepe_lijst": b"[" * 100_000 + b"]" * 100_000,
    "nan": b'{"peildatum": "2024-05-01", "persoon": {"lesuren_gevolgd": NaN}}',
    "infinity": b'{"peildatum": "2024-05-01", "persoon": {"lesuren_gevolgd": Infinity}}',
    "groot_getal": b'{"peildatum": "2024-05-01", "persoon": {"lesuren_gevolgd": 1' + b"0" * 5000 + b"}}",
    "1e999": b'{"peildatum": "2024-05-01", "persoon": {"gemeentelijke_boetes_opgelegd_bedrag": 1e999}}',
    "surrogaat": b'{"peildatum": "2024-05-01", "persoon": {"nationaliteit": "\\ud800"}}',
    "nulbyte_sleutel": b'{"peildatum": "2024-05-01", "persoon": {"geboorte\\u0000datum": "1990-01-01"}}',
    "geen_utf8": b'{"peildatum": "\xff\xfe"}',
    "dubbele_sleutels": b'{"peildatum": "2024-05-01", "peildatum": [1], "persoon": {}}',
    "veel_sleutels": _veel_sleutels(50_000),
    "lange_tekst": orjson.dumps({"peildatum": "2024-05-01", "persoon": {"nationaliteit": "A" * 5_000_000}}),
    "lijst_als_body": b"[1, 2, 3]",
    "getal_als_body": b"42",
}

TYPED = {
    "datum_0000": {"peildatum": "0000-01-01", "persoon": PERSOON},
    "datum_9999": {"peildatum": "9999-12-31", "persoon": PERSOON},
    "datum_30_feb": {"peildatum": "2023-02-30", "persoon": PERSOON},
    "peildatum_getal": {"peildatum": 20240501, "persoon": PERSOON},
    "negatieve_uren": {"peildatum": "2024-05-01", "persoon": {**PERSOON, "lesuren_gevolgd": -1}},
    "nationaliteit_false": {"peildatum": "2024-05-01", "persoon": {**PERSOON, "nationaliteit": False}},
    "lijst_voor_scalar": {"peildatum": "2024-05-01", "persoon": {**PERSOON, "geboortedatum": ["1990-04-12"]}},
    "object_voor_scalar": {"peildatum": "2024-05-01", "persoon": {**PERSOON, "leerroute": {"a": 1}}},
    "dunder": {"peildatum": "2024-05-01", "persoon": {"__class__": {"__init__": 1}}},
    "proto": {"peildatum": "2024-05-01", "persoon": {"__proto__": {"admin": True}}},
    "hervorming_pad_buiten": {"peildatum": "2024-05-01", "persoon": PERSOON,
                              "hervorming": "../../etc/passwd"},
    "hervorming_dunder": {"peildatum": "2024-05-01", "persoon": PERSOON,
                          "hervorming": {"parameters": {"__class__.__init__": {"2022-01-01": 1}}}},
    "hervorming_parameter_buiten": {"peildatum": "2024-05-01", "persoon": PERSOON,
                                    "hervorming": {"parameters": {"..": {"2022-01-01": 1}}}},
    "hervorming_onbekend_pad": {"peildatum": "2024-05-01", "persoon": PERSOON,
                                "hervorming": {"parameters": {"bestaat.niet": {"2022-01-01": 1}}}},
    "hervorming_code": {"peildatum": "2024-05-01", "persoon": PERSOON,
                        "hervorming": {"code": "import os; os.system('id')"}},
    "hervorming_enorm_getal": {"peildatum": "2024-05-01", "persoon": PERSOON,
                               "hervorming": {"parameters": {"termijnen.inburgeringstermijn_maanden":
                                                             {"2022-01-01": 10**12}}}},
}
TYPED_ROUTES = ("/v1/beoordeling", "/v1/beoordeling/batch", "/v1/vergelijk")

OPENFISCA = {
    "axes_groot": {"personen": {"a": {"inburgeringsplichtig": {"2024-05-01": None}}},
                   "axes": [[{"count": 10**9, "name": "lesuren_gevolgd", "min": 0, "max": 10**9}]]},
    "onbekende_variabele": {"personen": {"a": {"bestaat_niet": {"2024-05-01": None}}}},
    "dunder_variabele": {"personen": {"a": {"__class__": {"2024-05-01": None}}}},
    "periode_verkeerde_eenheid": {"personen": {"a": {"inburgeringsplichtig": {"2024-05": None}}}},
    "periode_onzin": {"personen": {"a": {"inburgeringsplichtig": {"month:2024-01:99999999999": None}}}},
    "periode_jaar_0": {"personen": {"a": {"inburgeringsplichtig": {"0000-01-01": None}}}},
    "periode_jaar_10000": {"personen": {"a": {"inburgeringsplichtig": {"10000-01-01": None}}}},
    "waarde_verkeerd_type": {"personen": {"a": {"geboortedatum": {"ETERNITY": 19900412},
                                                "inburgeringsplichtig": {"2024-05-01": None}}}},
    "te_veel_personen": {"personen": {f"p{i}": {"inburgeringsplichtig": {"2024-05-01": None}}
                                      for i in range(5_000)}},
    "onbekende_entiteit": {"huishoudens": {"h": {}}, "personen": {"a": {}}},
    "personen_lijst": {"personen": [1, 2, 3]},
}

PADEN = ["/variable/__class__", "/variable/..%2F..%2Fetc%2Fpasswd", "/variable/" + "x" * 10_000,
         "/parameter/__class__.__init__", "/parameter/../../etc/passwd", "/parameter/" + "a." * 5000,
         "/variable/%00", "/parameter/%ff"]


def _probleem(antwoord, begin: float) -> None:
    duur = time.perf_counter() - begin
    assert 400 <= antwoord.status_code < 500, (antwoord.status_code, antwoord.text[:300])
    assert antwoord.headers["content-type"].startswith(PROBLEEM), antwoord.headers["content-type"]
    assert antwoord.json()["status"] == antwoord.status_code
    assert len(antwoord.content) < 64_000, "a problem is bounded, not proportional to the input"
    assert duur < GRENS_S, f"{duur:.1f} s"


@pytest.mark.parametrize("route", (*TYPED_ROUTES, "/calculate", "/trace"))
@pytest.mark.parametrize("naam", list(RAUW))
def test_raw_bodies(client, route, naam):
    begin = time.perf_counter()
    _probleem(client.post(route, content=RAUW[naam], headers={"content-type": "application/json"}), begin)


@pytest.mark.parametrize("route", TYPED_ROUTES)
@pytest.mark.parametrize("naam", list(TYPED))
def test_typed_hostile(client, route, naam):
    body = dict(TYPED[naam])
    if route != "/v1/beoordeling":
        body["personen"] = [body.pop("persoon")]
    if route == "/v1/vergelijk" and "hervorming" not in body:
        body["hervorming"] = "concept_wetsvoorstel_2019"
    begin = time.perf_counter()
    _probleem(client.post(route, json=body), begin)


@pytest.mark.parametrize("route", ("/calculate", "/trace", "/calculate?hervorming=..%2F..%2Fetc",
                                   "/calculate?hervorming=__class__"))
@pytest.mark.parametrize("naam", list(OPENFISCA))
def test_openfisca_hostile(client, route, naam):
    begin = time.perf_counter()
    _probleem(client.post(route, json=OPENFISCA[naam]), begin)


@pytest.mark.parametrize("pad", PADEN)
def test_hostile_paths(client, pad):
    begin = time.perf_counter()
    _probleem(client.get(pad), begin)
