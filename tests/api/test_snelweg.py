"""The lean path (issue 14): the hot routes answered by `api/snelweg.py` give exactly what FastAPI gives.

Each request is sent to two apps built alike: the service as it runs (the lean path on) and the same service
with the lean path's route table emptied, so that FastAPI's router answers everything. Status, headers and
body must be byte-identical, for good answers and for every kind of error."""

from __future__ import annotations

import asyncio
import re
import threading
import time

import httpx
import orjson
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from inburgering_rules.api import kolommen
from inburgering_rules.api.app import create_app
from inburgering_rules.api.bundel import Bundelaar
from inburgering_rules.api.instellingen import Instellingen
from inburgering_rules.api.openfisca_compat import Rekenaar
from inburgering_rules.api.service import Dienst, Stelsel
from inburgering_rules.api.snelweg import Snelweg
from inburgering_rules.api.werk import OpDeLus

from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.voorbeelden import CALCULATE_BESLUITEN, PEILDATUM, STATUSHOUDER

INSTELLINGEN = Instellingen(
    max_body_bytes=20_000,
    max_batch=3,
    max_personen_calculate=2,
    api_token="geheim",
    cors_origins=("https://zaak.example",),
    trusted_hosts=("testserver", "*.example.nl"),
)
TOKEN = {"Authorization": "Bearer geheim"}
CALCULATE = {"personen": {"ana": {**{n: {"ETERNITY": w} for n, w in STATUSHOUDER.items()},
                                  **{n: {PEILDATUM: None} for n in CALCULATE_BESLUITEN}}}}
BEOORDELING = {"peildatum": PEILDATUM, "persoon": STATUSHOUDER}
KOLOMMEN = {"peildatum": PEILDATUM, "kolommen": {"knm_behaald": [True]}}


def _zonder_snelweg(app):
    for middleware in app.user_middleware:
        if middleware.cls is Snelweg:
            middleware.kwargs["routes"].clear()
    return app


@pytest.fixture(scope="module")
def beide():
    with (
        TestClient(create_app(INSTELLINGEN), raise_server_exceptions=False) as snel,
        TestClient(_zonder_snelweg(create_app(INSTELLINGEN)), raise_server_exceptions=False) as gewoon,
    ):
        yield snel, gewoon


def _json(body) -> bytes:
    return orjson.dumps(body)


def _zelfde(snel, gewoon) -> None:
    """Same status, headers (in order) and body; a fresh request id is random: only its form is compared."""
    def vorm(antwoord):
        headers = list(antwoord.headers.items())
        if antwoord.headers["x-request-id"].startswith("zaak-"):
            return antwoord.status_code, headers, antwoord.content
        assert re.fullmatch(r"[0-9a-f]{32}", antwoord.headers["x-request-id"])
        return antwoord.status_code, [(k, v) for k, v in headers if k != "x-request-id"], antwoord.content

    assert vorm(snel) == vorm(gewoon)


ZELFDE = {
    "calculate": ("/calculate", _json(CALCULATE), {}),
    "calculate en": ("/calculate", _json(CALCULATE), {"Accept-Language": "en"}),
    "calculate bad json": ("/calculate", b"{", {}),
    "calculate unknown entity": ("/calculate", _json({"huishoudens": {}}), {}),
    "calculate unknown variable": ("/calculate", _json({"personen": {"a": {"geen": {PEILDATUM: None}}}}), {}),
    "calculate bad period": ("/calculate", _json({"personen": {"a": {"doelgroep": {"2024-13": None}}}}), {}),
    "calculate too many persons": ("/calculate", _json({"personen": {i: {} for i in "abc"}}), {}),
    "calculate with reform (FastAPI on both)": ("/calculate?hervorming=bestaat_niet", _json(CALCULATE), {}),
    "calculate bad query (FastAPI on both)": ("/calculate?hervorming=a%20b", _json(CALCULATE), {}),
    "beoordeling": ("/v1/beoordeling", _json(BEOORDELING), {}),
    "beoordeling en": ("/v1/beoordeling", _json(BEOORDELING), {"Accept-Language": "en;q=0.9, nl;q=0.1"}),
    "beoordeling without explanations": ("/v1/beoordeling", _json({**BEOORDELING, "toelichting": False}), {}),
    "beoordeling with a named reform": ("/v1/beoordeling", _json({**BEOORDELING, "hervorming": "geen"}), {}),
    "beoordeling unknown field": ("/v1/beoordeling", _json({**BEOORDELING, "persoon": {"geen_veld": 1}}), {}),
    "beoordeling wrong type": ("/v1/beoordeling", _json({**BEOORDELING, "persoon": {"knm_behaald": 1}}), {}),
    "beoordeling birth after peildatum": (
        "/v1/beoordeling", _json({"peildatum": PEILDATUM, "persoon": {"geboortedatum": "2030-01-01"}}), {}),
    "beoordeling not an object": ("/v1/beoordeling", b"[1, 2]", {}),
    "beoordeling bad json": ("/v1/beoordeling", b"{\"peildatum\":", {}),
    "beoordeling too large": ("/v1/beoordeling", _json({**BEOORDELING, "opvulling": "x" * 30_000}), {}),
    "beoordeling unsafe request id": ("/v1/beoordeling", _json(BEOORDELING), {"X-Request-ID": "1990-04-12"}),
    "batch": ("/v1/beoordeling/batch", _json({"peildatum": PEILDATUM, "personen": [STATUSHOUDER, {}]}), {}),
    "batch too many": ("/v1/beoordeling/batch", _json({"peildatum": PEILDATUM, "personen": [{}] * 4}), {}),
    "kolommen": ("/v1/beoordeling/kolommen", _json(KOLOMMEN), {}),
    "kolommen arrow": ("/v1/beoordeling/kolommen", _json(KOLOMMEN), {"Accept": kolommen.ARROW}),
    "trailing slash (404 on both)": ("/v1/beoordeling/", _json(BEOORDELING), {}),
}


@pytest.mark.parametrize("naam", ZELFDE)
def test_lean_and_fastapi_answers_are_identical(beide, naam):
    pad, body, extra = ZELFDE[naam]
    headers = {"Content-Type": "application/json", "X-Request-ID": "zaak-1", **TOKEN, **extra}
    _zelfde(*(c.post(pad, content=body, headers=headers) for c in beide))


@pytest.mark.parametrize(
    ("naam", "headers"),
    [
        ("no token", {"Content-Type": "application/json"}),
        ("wrong token", {"Content-Type": "application/json", "Authorization": "Bearer fout"}),
        ("wrong content type", {"Content-Type": "text/plain", **TOKEN}),
        ("no content type", TOKEN),
        ("untrusted host", {"Content-Type": "application/json", "Host": "evil.example", **TOKEN}),
        ("CORS origin", {"Content-Type": "application/json", "Origin": "https://zaak.example", **TOKEN}),
        ("other origin", {"Content-Type": "application/json", "Origin": "https://evil.example", **TOKEN}),
    ],
)
@pytest.mark.parametrize("pad", ["/calculate", "/v1/beoordeling", "/v1/beoordeling/batch"])
def test_the_edges_are_identical(beide, naam, headers, pad):
    body = _json(CALCULATE if pad == "/calculate" else BEOORDELING if pad == "/v1/beoordeling"
                 else {"peildatum": PEILDATUM, "personen": [{}]})
    _zelfde(*(c.post(pad, content=body, headers={"X-Request-ID": "zaak-2", **headers}) for c in beide))


def test_other_methods_and_a_preflight_go_to_fastapi(beide):
    voorvlucht = {"Origin": "https://zaak.example", "Access-Control-Request-Method": "POST"}
    voorvlucht["X-Request-ID"] = "zaak-3"
    _zelfde(*(c.get("/v1/beoordeling", headers={**TOKEN, "X-Request-ID": "zaak-3"}) for c in beide))
    _zelfde(*(c.options("/calculate", headers=voorvlucht) for c in beide))


def test_the_lean_path_skips_the_router_and_logs_the_route_template(beide, monkeypatch, caplog):
    """The hot routes never reach FastAPI's route handling, yet the access log names their template."""
    gerouteerd, echte = [], APIRoute.handle

    async def handle(self, scope, receive, send):
        gerouteerd.append(self.path)
        return await echte(self, scope, receive, send)

    monkeypatch.setattr(APIRoute, "handle", handle)
    snel, gewoon = beide
    headers = {"Content-Type": "application/json", **TOKEN}
    with caplog.at_level("INFO", logger="inburgering_rules.api"):
        assert snel.post("/v1/beoordeling", content=_json(BEOORDELING), headers=headers).status_code == 200
    assert gerouteerd == []
    assert any(getattr(r, "velden", {}).get("pad") == "/v1/beoordeling" for r in caplog.records)
    assert gewoon.post("/v1/beoordeling", content=_json(BEOORDELING), headers=headers).status_code == 200
    assert gerouteerd == ["/v1/beoordeling"]


def test_the_openapi_documents_are_those_of_fastapi(beide):
    for pad in ("/v1/openapi.json", "/openapi.json"):
        snel, gewoon = (c.get(pad).content for c in beide)
        assert snel == gewoon and len(snel) > 10_000


# -- on the event loop -----------------------------------------------------------------------------------


def test_a_single_request_is_evaluated_on_the_event_loop_once_quick(monkeypatch):
    """The first evaluation runs in a thread (a hung one still times out); after that, no thread hop: the
    evaluation runs in the thread that read the request (the event loop)."""
    draden, echte_lees, echte_resultaten = [], Dienst.lees_beoordeling, Dienst.resultaten

    def lees(self, body):
        draden.append(("lees", threading.get_ident()))
        return echte_lees(self, body)

    def resultaten(self, *args):
        draden.append(("reken", threading.get_ident()))
        return echte_resultaten(self, *args)

    monkeypatch.setattr(Dienst, "lees_beoordeling", lees)
    monkeypatch.setattr(Dienst, "resultaten", resultaten)
    with TestClient(create_app(Instellingen()), raise_server_exceptions=False) as client:
        for _ in range(6):
            assert client.post("/v1/beoordeling", json=BEOORDELING).status_code == 200
    lus = {d for soort, d in draden if soort == "lees"}
    assert len(lus) == 1  # a small body is read on the loop
    reken = [d for soort, d in draden if soort == "reken"]
    assert reken[0] not in lus and reken[-2:] == [*lus, *lus]


def test_a_slow_inline_evaluation_goes_back_to_threads():
    async def proef():
        op_de_lus, waar = OpDeLus(), []
        op_de_lus.GRENS = 0.01

        async def in_draad(functie, *args):
            waar.append("draad")
            return functie(*args)

        class Sleutel:
            pass

        sleutel = Sleutel()
        for duur in (0, 0, 0.02, 0):
            await op_de_lus.draai(sleutel, in_draad, time.sleep, duur)
            waar.append("klaar")
        return waar

    # thread (quick) -> inline -> inline but slow -> thread again
    assert asyncio.run(proef()) == ["draad", "klaar", "klaar", "klaar", "draad", "klaar"]


# -- bundling with inline evaluations -------------------------------------------------------------------


def _bundelaar(bundels: list) -> Bundelaar:
    def bereken(stelsel, peildatum, personen, taal, toelichting):
        bundels.append(len(personen))
        return [{"persoon": p} for p in personen]

    async def inline(functie, *args):
        return functie(*args)

    return Bundelaar(bereken, inline, samen_wachten=0.5)


def test_concurrent_requests_are_bundled_when_evaluated_inline():
    async def proef():
        bundels = []
        bundelaar = _bundelaar(bundels)
        vier = (bundelaar.beoordeel("s", PEILDATUM, {"i": i}, "nl") for i in range(4))
        antwoorden = await asyncio.gather(*vier)
        return bundels, antwoorden

    bundels, antwoorden = asyncio.run(proef())
    assert bundels == [4] and antwoorden == [{"persoon": {"i": i}} for i in range(4)]


def test_after_a_bundle_the_next_waits_briefly_for_as_many():
    """Inline evaluation reads nothing while it runs: the first client back would be evaluated alone."""

    async def proef():
        bundels = []
        bundelaar = _bundelaar(bundels)
        await asyncio.gather(*(bundelaar.beoordeel("s", PEILDATUM, {}, "nl") for _ in range(3)))

        async def later(i):
            await asyncio.sleep(0.01 * i)
            return await bundelaar.beoordeel("s", PEILDATUM, {}, "nl")

        begin = time.perf_counter()
        await asyncio.gather(*(later(i) for i in range(3)))
        gewacht = time.perf_counter() - begin
        await bundelaar.beoordeel("s", PEILDATUM, {}, "nl")  # alone now: waits at most samen_wachten once
        return bundels, gewacht

    bundels, gewacht = asyncio.run(proef())
    assert bundels[:2] == [3, 3] and gewacht < 0.4


def test_a_lone_client_never_waits():
    async def proef():
        bundels = []
        bundelaar = _bundelaar(bundels)
        begin = time.perf_counter()
        for _ in range(5):
            await bundelaar.beoordeel("s", PEILDATUM, {}, "nl")
        return bundels, time.perf_counter() - begin

    bundels, duur = asyncio.run(proef())
    assert bundels == [1] * 5 and duur < 0.1


# -- /calculate: concurrent requests of one shape in one evaluation ------------------------------------------


def _calculate(**anders) -> dict:
    return {"personen": {"p": {**{n: {"ETERNITY": w} for n, w in {**STATUSHOUDER, **anders}.items()},
                               **{n: {PEILDATUM: None} for n in CALCULATE_BESLUITEN}}}}


VARIANTEN = [
    _calculate(),
    _calculate(geboortedatum="1950-01-01"),
    _calculate(verblijf_verkregen_datum="2021-06-01"),
    _calculate(nationaliteit="DE"),
]


def test_calculate_requests_of_one_shape_are_evaluated_together_with_the_same_answers(beide, monkeypatch):
    snel, gewoon = beide
    alleen = [gewoon.post("/calculate", json=v, headers=TOKEN).json() for v in VARIANTEN]
    bundels, echte = [], Rekenaar.samen

    def samen(self, situaties):
        bundels.append(len(situaties))
        return echte(self, situaties)

    monkeypatch.setattr(Rekenaar, "samen", samen)

    async def tegelijk():
        transport = httpx.ASGITransport(app=snel.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver",
                                     headers=TOKEN) as client:
            antwoorden = []
            for _ in range(4):
                antwoorden += await asyncio.gather(*(client.post("/calculate", json=v) for v in VARIANTEN))
            return [a.json() for a in antwoorden]

    assert len({str(a) for a in alleen}) == len(VARIANTEN)  # the persons' answers differ
    assert asyncio.run(tegelijk()) == alleen * 4
    assert sum(bundels) == 16 and max(bundels) > 1


def test_together_is_the_same_as_one_by_one():
    """`Rekenaar.samen` over requests with one and with several persons equals each request alone."""
    rekenaar = Rekenaar(Stelsel(basissysteem()), 10, 1000, 1000)
    twee = {"personen": {**VARIANTEN[1]["personen"], "q": VARIANTEN[2]["personen"]["p"]}}
    situaties = [rekenaar.lees(orjson.dumps(v))[1] for v in (VARIANTEN[0], twee, VARIANTEN[3])]
    assert len({rekenaar.vorm(s) for s in situaties}) == 1
    alleen = [rekenaar.samen([s])[0] for s in situaties]
    assert rekenaar.samen(situaties) == alleen
    assert len({str(a) for a in alleen}) == 3  # the persons differ
    ander = rekenaar.lees(orjson.dumps({"personen": {"p": {"doelgroep": {PEILDATUM: None}}}}))[1]
    assert rekenaar.vorm(ander) != rekenaar.vorm(situaties[0])
