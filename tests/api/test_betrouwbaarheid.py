"""Reliability (issue 15, 1-4): no request freezes a worker, bloats memory or outlives its time limit.

The long runs (thousands of reforms, slow readers, RSS over time) are in `make load`; these are the
bounded versions.
"""

from __future__ import annotations

import gc
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from inburgering_rules.api import service
from inburgering_rules.api.app import create_app
from inburgering_rules.api.instellingen import Instellingen
from inburgering_rules.api.service import Dienst, Stelsel
from inburgering_rules.api.werk import Teruggave
from openfisca_core import periods

from inburgering_rules import hervormingen, simulatie
from inburgering_rules.hervormingen import Grenzen, Hervormd, systeem_voor

from gevallen import PEILDATUM, STATUSHOUDER

PAD = "termijnen.inburgeringstermijn_maanden"


def dagen(aantal: int, begin: int = 2022) -> list[str]:  # a reform starts no earlier than the act (2022-01-01)
    import datetime

    eerste = datetime.date(begin, 1, 1)
    return [(eerste + datetime.timedelta(days=i)).isoformat() for i in range(aantal)]


def hervorming_met(aantal_datums: int, start: int = 1) -> dict:
    return {"parameters": {PAD: {dag: (start + i) % 100 + 1 for i, dag in enumerate(dagen(aantal_datums))}}}


def batch(client, hervorming=None, personen=(STATUSHOUDER,), **extra):
    body = {"peildatum": PEILDATUM, "personen": list(personen), **extra}
    if hervorming is not None:
        body["hervorming"] = hervorming
    return client.post("/v1/beoordeling/batch", json=body)


# -- 1. one request must not freeze a worker -----------------------------------------------------------


def test_a_reform_with_too_many_dates_is_refused_fast_naming_the_parameter(client):
    hervorming = hervorming_met(109_572)  # the 2 MB reform of issue 15 (167 s before)
    begin = time.perf_counter()
    antwoord = batch(client, hervorming)
    assert time.perf_counter() - begin < 10
    assert antwoord.status_code == 400
    fout = antwoord.json()["fouten"][0]
    assert fout["pad"] == "/hervorming/parameters/termijnen.inburgeringstermijn_maanden"
    assert "109572 datums, ten hoogste 100 per parameter" in fout["nl"]
    assert "109572 dates, at most 100 per parameter" in fout["en"]


def test_the_values_of_a_reform_are_capped_as_a_whole():
    paden = [p["pad"] for p in hervormingen.parameterpaden() if p["eenheid"] == "month"][:3]
    hervorming = {"parameters": {pad: {dag: 12 for dag in dagen(60)} for pad in paden}}
    with pytest.raises(hervormingen.HervormingFout) as fout:
        systeem_voor(hervorming, Grenzen(datums_per_parameter=100, waarden_per_hervorming=100))
    assert fout.value.pad == "hervorming.parameters"
    assert "Meer dan 100 waarden" in fout.value.nl and "More than 100 values" in fout.value.en
    assert systeem_voor({"parameters": {paden[0]: {dag: 12 for dag in dagen(100)}}}) is not None  # the limit itself


def test_settings_set_the_reform_limits(monkeypatch):
    monkeypatch.setenv("MAX_REFORM_DATES", "5")
    monkeypatch.setenv("MAX_REFORM_VALUES", "7")
    instellingen = Instellingen.uit_omgeving()
    assert (instellingen.max_hervorming_datums, instellingen.max_hervorming_waarden) == (5, 7)
    monkeypatch.setenv("SLOW_READER_SECONDS", "nan")
    with pytest.raises(ValueError, match="SLOW_READER_SECONDS"):
        Instellingen.uit_omgeving()


def test_many_dates_build_in_one_pass_with_the_same_values_as_update_per_date():
    """`Parameter.update` per date is quadratic (20,000 dates: 28 s); one sorted pass takes well under a second."""
    hervorming = hervorming_met(20_000, start=7)
    begin = time.perf_counter()
    systeem = systeem_voor(hervorming, Grenzen(20_000, 20_000))
    assert time.perf_counter() - begin < 8
    verwacht = hervormingen.zoek_parameter(hervormingen.basissysteem().parameters, PAD).clone()
    for dag, waarde in list(hervorming["parameters"][PAD].items())[-300:]:  # the tail, per date as OpenFisca does
        verwacht.update(start=periods.instant(dag), value=waarde)
    gebouwd = hervormingen.zoek_parameter(systeem.parameters, PAD).values_list
    assert [(p.instant_str, p.value) for p in gebouwd[:300]] == [
        (p.instant_str, p.value) for p in verwacht.values_list[:300]
    ]
    # the reform's own first value, not the base law's (both start on 2022-01-01)
    assert (gebouwd[-1].instant_str, gebouwd[-1].value) == ("2022-01-01", hervorming["parameters"][PAD]["2022-01-01"])


def test_base_law_before_the_first_date_of_a_reform_stays():
    systeem = systeem_voor({"parameters": {PAD: {"2030-01-01": 24, "2031-01-01": 30}}})
    parameter = hervormingen.zoek_parameter(systeem.parameters, PAD)
    assert [parameter(dag) for dag in ("2024-01-01", "2030-06-01", "2032-01-01")] == [36, 24, 30]


def test_health_answers_while_a_heavy_reform_builds(client, monkeypatch):
    """The build runs in a thread (it used to run on the event loop and stall every request)."""
    echte_bouw = hervormingen._bouw
    bezig = threading.Event()

    def trage_bouw(vorm):
        bezig.set()
        einde = time.perf_counter() + 3
        while time.perf_counter() < einde:  # pure Python work that holds the GIL, like a large build
            sum(range(1000))
        return echte_bouw(vorm)

    monkeypatch.setattr(hervormingen, "_bouw", trage_bouw)
    with ThreadPoolExecutor(1) as pool:
        zwaar = pool.submit(
            client.post,
            "/v1/beoordeling",
            json={"peildatum": PEILDATUM, "persoon": STATUSHOUDER, "hervorming": hervorming_met(3, start=41)},
        )
        assert bezig.wait(10)
        begin = time.perf_counter()
        assert client.get("/health").status_code == 200
        assert time.perf_counter() - begin < 1.5
        assert not zwaar.done()
        assert zwaar.result().status_code == 200


def test_a_reform_being_built_does_not_block_another_reform(monkeypatch):
    """One future per reform, no global lock held while building."""
    echte_bouw = hervormingen._bouw
    los = threading.Event()
    traag = hervormingen.canoniek(hervorming_met(2, start=51))

    def bouw(vorm):
        if vorm == traag:
            assert los.wait(20)
        return echte_bouw(vorm)

    monkeypatch.setattr(hervormingen, "_bouw", bouw)
    with ThreadPoolExecutor(3) as pool:
        eerste = pool.submit(systeem_voor, hervorming_met(2, start=51))
        tweede = pool.submit(systeem_voor, hervorming_met(2, start=51))  # waits for the same build
        time.sleep(0.2)
        ander = pool.submit(systeem_voor, hervorming_met(2, start=52))
        assert ander.result(timeout=10) is not None
        assert not eerste.done() and not tweede.done()
        los.set()
        assert eerste.result(timeout=10) is tweede.result(timeout=10)


# -- 2. memory: nothing keeps an old reform alive ---------------------------------------------------------


def test_distinct_reforms_do_not_accumulate_systems(client):
    for maanden in range(1, 2 * hervormingen.MAX_STELSELS + 10):
        assert batch(client, {"parameters": {PAD: {"2022-01-01": maanden, "2023-06-01": 37}}}).status_code == 200
    gc.collect()
    levend = [o for o in gc.get_objects() if isinstance(o, (Hervormd, Stelsel))]
    hervormd = [o for o in levend if isinstance(o, Hervormd)]
    assert len(hervormd) <= hervormingen.MAX_STELSELS
    hervormde_stelsels = [o for o in levend if isinstance(o, Stelsel) and isinstance(o.systeem, Hervormd)]
    assert len(hervormde_stelsels) <= hervormingen.MAX_STELSELS  # (before: one per reform, for ever)


def test_no_global_cache_is_keyed_on_a_system():
    systeem = systeem_voor({"parameters": {PAD: {"2022-01-01": 13}}})
    simulatie.beoordeel(systeem, PEILDATUM, {"nationaliteit": ["SY"]}, 1)
    simulatie.afhankelijkheden(systeem)
    referentie = __import__("weakref").ref(systeem)
    for maanden in range(100, 100 + hervormingen.MAX_STELSELS + 1):
        systeem_voor({"parameters": {PAD: {"2022-01-01": maanden}}})
    del systeem
    gc.collect()
    assert referentie() is None


# -- 3. amplification ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def klein():
    instellingen = Instellingen(max_toelichting=2, request_timeout=1.0, max_zwaar=1)
    with TestClient(create_app(instellingen), raise_server_exceptions=False) as c:
        yield c


def test_toelichting_is_capped_to_small_batches(klein):
    antwoord = batch(klein, personen=[{}] * 3, toelichting=True)
    assert antwoord.status_code == 413
    fout = antwoord.json()["fouten"][0]
    assert fout["pad"] == "/toelichting" and fout["toegestaan"] == "<= 2" and "toelichting" in fout["en"]
    assert batch(klein, personen=[{}] * 2, toelichting=True).status_code == 200
    assert batch(klein, personen=[{}] * 3).status_code == 200  # without explanations: the batch limit


def test_the_duo_batch_has_the_same_cap_and_streams_its_answer(klein):
    def duo_batch(aantal, **extra):
        return klein.post("/v1/beoordeling/duo/batch", json={
            "peildatum": "2024-05-01", "personen": [{"persoon": {}, "duo": {}}] * aantal, **extra})

    te_veel = duo_batch(3, toelichting=True)
    assert te_veel.status_code == 413 and te_veel.json()["fouten"][0]["pad"] == "/toelichting"
    assert duo_batch(2, toelichting=True).status_code == 200
    assert duo_batch(3).status_code == 200
    assert klein.app.state.werkplaats.bezig == 0


def test_a_large_answer_is_sent_in_parts(client, monkeypatch):
    antwoord = batch(client, personen=[STATUSHOUDER] * 400)
    assert antwoord.status_code == 200
    assert int(antwoord.headers["content-length"]) == len(antwoord.content) > 64 * 1024
    assert len(antwoord.json()["resultaten"]) == 400
    # the batch answer dumped in several JSON parts (of 150 answers): the same bytes, the right length
    monkeypatch.setattr(service, "ANTWOORDEN_PER_JSON_DEEL", 150)
    in_delen = batch(client, personen=[STATUSHOUDER] * 400)
    assert int(in_delen.headers["content-length"]) == len(in_delen.content)
    assert in_delen.content == antwoord.content


_TERUGGAVE = Teruggave(lambda: 0)


def test_freed_memory_goes_back_once_heavy_work_has_paused():
    """Not after each evaluation (the next batch would fault the same pages in again), but `NA` seconds
    after the last one ended, and not while one runs."""
    import asyncio

    teruggegeven, bezig = [], [0]

    class Geteld(Teruggave):
        NA = 0.3  # wide margins: a loaded machine may stall the loop a while

        def geef_terug(self) -> None:
            teruggegeven.append(time.monotonic())

    teruggave = Geteld(lambda: bezig[0])

    async def verloop():
        for _ in range(3):  # work ending every 10 ms: each moves the moment on
            teruggave.plan()
            await asyncio.sleep(0.01)
        assert teruggegeven == []
        bezig[0] = 1  # an evaluation runs when the moment comes (0.3 s after the last plan): postponed 0.3 s
        await asyncio.sleep(0.4)
        assert teruggegeven == []
        bezig[0] = 0
        await asyncio.sleep(0.5)

    asyncio.run(verloop())
    assert len(teruggegeven) == 1


def _verstuur(antwoord, lezen) -> list[dict]:
    """Send `antwoord` (an ASGI response) to a reader that takes `lezen(bericht)` to take each message."""
    import asyncio

    berichten = []

    async def send(bericht):
        berichten.append(bericht)
        await lezen(bericht)

    async def receive():
        return {"type": "http.disconnect"}

    asyncio.run(antwoord({"type": "http"}, receive, send))
    return berichten


def test_parts_and_views_are_sent_in_order_with_their_total_length():
    from inburgering_rules.api.app import Verzonden

    async def snel(bericht):
        return None

    deel = bytes(range(256)) * 1024  # 256 KiB: several slices of Verzonden.DEEL
    berichten = _verstuur(Verzonden([b"[", memoryview(b"x" + deel + b"x")[1:-1], b"]"], 5.0, _TERUGGAVE), snel)
    kop, *lichaam = berichten
    assert dict(kop["headers"])[b"content-length"] == str(len(deel) + 2).encode()
    assert all(type(b["body"]) is bytes and len(b["body"]) <= Verzonden.DEEL for b in lichaam)
    assert b"".join(b["body"] for b in lichaam) == b"[" + deel + b"]" and not lichaam[-1]["more_body"]


def test_a_reader_that_stops_reading_is_cut_off():
    import asyncio

    from inburgering_rules.api.app import Verzonden

    async def traag(bericht):
        if bericht.get("body"):
            await asyncio.sleep(1.0)

    with pytest.raises(TimeoutError):
        _verstuur(Verzonden([b"a" * 10, b"b" * 10], 0.05, _TERUGGAVE), traag)


# -- 4. a timeout stops the work ---------------------------------------------------------------------------


def _gestopt(werkplaats, gedaan: list, wacht: float) -> int:
    """Once the worker's heavy slots are free (within 5 s), nothing more is computed for `wacht` seconds: the number
    of steps `gedaan` had by then."""
    einde = time.monotonic() + 5
    while werkplaats.bezig and time.monotonic() < einde:
        time.sleep(0.05)
    assert werkplaats.bezig == 0
    aantal = len(gedaan)
    time.sleep(wacht)
    assert len(gedaan) == aantal  # nothing computes any more
    return aantal


def test_after_a_timeout_the_evaluation_stops_and_frees_its_slot(klein, monkeypatch):
    """Before: the abandoned thread computed on after the 503 and the next request ran beside it."""
    delen, gelijktijdig, hoogste = [], [0], [0]
    echt = simulatie.beoordeel

    def traag(*args, **kwargs):
        gelijktijdig[0] += 1
        hoogste[0] = max(hoogste[0], gelijktijdig[0])
        try:
            time.sleep(0.25)
            delen.append(1)
            return echt(*args, **kwargs)
        finally:
            gelijktijdig[0] -= 1

    monkeypatch.setattr(service.simulatie, "beoordeel", traag)
    monkeypatch.setattr(service, "PERSONEN_PER_DEEL", 1)
    werkplaats = klein.app.state.werkplaats
    with ThreadPoolExecutor(4) as pool:  # a client and its retries
        antwoorden = list(pool.map(lambda _: batch(klein, personen=[{}] * 3 * 40), range(4)))
    assert [a.status_code for a in antwoorden] == [503] * 4
    gedaan = _gestopt(werkplaats, delen, 0.6)
    assert gedaan <= 20  # of the 480 parts asked for
    assert hoogste[0] == 1  # one slot (max_zwaar=1): retries queue, they do not stack work


def test_the_service_evaluates_a_batch_in_parts_with_the_same_answers(monkeypatch):
    dienst = Dienst(Instellingen())
    import orjson

    body = orjson.dumps({"peildatum": PEILDATUM, "personen": [STATUSHOUDER, {}, {"nationaliteit": "SY"}] * 3})
    heel = b"".join(dienst.batch(body, "nl"))
    monkeypatch.setattr(service, "PERSONEN_PER_DEEL", 2)
    assert b"".join(dienst.batch(body, "nl")) == heel


@pytest.mark.parametrize(("pad", "simulatie"), [("/trace", True), ("/calculate", False), ("/calculate", True)])
def test_after_a_timeout_calculate_and_trace_stop_between_values(klein, monkeypatch, pad, simulatie):
    """A review found /trace and /calculate computing on after their 503 (10,000 requested values: minutes), holding
    the heavy slot: they now stop at the next requested value (/trace, and /calculate with an input for a day, both a
    Simulation) or period (/calculate on the fast core)."""
    from inburgering_rules.api import openfisca_compat

    berekend, echt = [], openfisca_compat.bereken_snel
    echte_simulatie = openfisca_compat.Rekenaar._simulatie

    def traag(*args, **kwargs):
        time.sleep(0.05)
        berekend.append(1)
        return echt(*args, **kwargs)

    def trage_simulatie(self, situatie):
        simulatie = echte_simulatie(self, situatie)
        rekent = simulatie.calculate
        simulatie.calculate = lambda *a, **k: (time.sleep(0.05), berekend.append(1), rekent(*a, **k))[-1]
        return simulatie

    monkeypatch.setattr(openfisca_compat, "bereken_snel", traag)
    monkeypatch.setattr(openfisca_compat.Rekenaar, "_simulatie", trage_simulatie)
    # /calculate: a body above app.KLEIN (16 KB) is heavy work in a slot; a smaller one is bounded by its size
    aantal = 300 if pad == "/trace" else 1_000
    persoon = {"geboortedatum": {"ETERNITY": "1990-01-01"}, "inburgeringsplichtig": dict.fromkeys(dagen(aantal))}
    if simulatie and pad == "/calculate":  # a computed value given for a day: a real Simulation (`_bereken`)
        persoon["plicht_te_voldoen"] = {"2021-12-31": False}
    body = {"personen": {"a": persoon}}
    antwoord = klein.post(pad, json=body)
    assert antwoord.status_code == 503
    assert _gestopt(klein.app.state.werkplaats, berekend, 0.3) < 60  # of 300 or 1,000: soon after the 1 s limit
