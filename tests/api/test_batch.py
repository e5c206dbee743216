"""POST /v1/beoordeling/batch: one vectorised evaluation, the same answers as one by one."""

from __future__ import annotations

import asyncio
import random
from concurrent.futures import ThreadPoolExecutor

import httpx
import numpy
import orjson
import pytest
from gevallen import PEILDATUM, PERSONEN, STATUSHOUDER, beoordeel
from inburgering_rules.api import service
from inburgering_rules.api.service import Dienst, json_bytes, json_kolom


def test_batch_equals_one_by_one(client):
    antwoord = client.post(
        "/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": PERSONEN, "toelichting": True}
    )
    assert antwoord.status_code == 200
    resultaten = antwoord.json()["resultaten"]
    assert len(resultaten) == len(PERSONEN)
    for persoon, resultaat in zip(PERSONEN, resultaten, strict=True):
        los = beoordeel(client, persoon).json()
        los.pop("ontvangstbewijs")
        assert resultaat == los


def test_batch_in_any_order(client):
    volgorde = list(range(len(PERSONEN)))
    random.Random(3).shuffle(volgorde)
    vooruit = client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": PERSONEN}).json()
    geschud = client.post(
        "/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": [PERSONEN[i] for i in volgorde]}
    ).json()
    for plaats, i in enumerate(volgorde):
        assert geschud["resultaten"][plaats] == vooruit["resultaten"][i]
    assert "toelichting" not in vooruit["resultaten"][0]


def test_batch_is_one_evaluation(client, evaluaties):
    client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": PERSONEN * 20})
    assert evaluaties == [len(PERSONEN) * 20]


def test_empty_batch(client):
    inhoud = client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": []}).json()
    assert inhoud["resultaten"] == [] and inhoud["ontvangstbewijs"]["peildatum"] == PEILDATUM


def test_batch_limit_is_413(streng):
    antwoord = streng.post(
        "/v1/beoordeling/batch",
        json={"peildatum": PEILDATUM, "personen": [{}] * 4},
        headers={"Authorization": "Bearer geheim"},
    )
    assert antwoord.status_code == 413
    assert antwoord.json()["fouten"][0]["pad"] == "/personen"


@pytest.mark.parametrize("aantal", [0, 1, 2, 5, 6, 7, 12])
@pytest.mark.parametrize("toelichting", [False, True])
def test_the_batch_answer_in_parts_is_the_json_of_the_whole_answer(monkeypatch, aantal, toelichting):
    """The batch route sends `Dienst.batch`'s parts: joined, the JSON of every answer and the receipt dumped at
    once, for counts on both sides of a part's end (5 persons per evaluation, 2 answers per JSON part)."""
    dienst = Dienst()
    personen = (PERSONEN * 4)[:aantal]
    body = orjson.dumps({"peildatum": PEILDATUM, "personen": personen, "toelichting": toelichting})
    monkeypatch.setattr(service, "PERSONEN_PER_DEEL", 5)
    monkeypatch.setattr(service, "ANTWOORDEN_PER_JSON_DEEL", 2)
    delen = dienst.batch(body, "en")
    invoer = {"peildatum": PEILDATUM, "personen": personen, "hervorming": None}
    heel = {"resultaten": dienst.resultaten(dienst.basis, PEILDATUM, personen, "en", toelichting),
            "ontvangstbewijs": dienst.ontvangstbewijs(invoer, "en")}
    assert b"".join(delen) == json_bytes(heel)
    assert len(heel["resultaten"]) == aantal
    json_delen = sum(-(-min(5, aantal - begin) // 2) for begin in range(0, aantal, 5))
    assert len(delen) == 2 + max(0, 2 * json_delen - 1)  # head, parts with commas between, receipt


@pytest.mark.parametrize("aantal", [10_000])
def test_ten_thousand_persons(client, aantal):
    personen = [{**STATUSHOUDER, "pip_datum": f"2024-0{1 + i % 9}-1{i % 10}"} for i in range(aantal)]
    body = orjson.dumps({"peildatum": PEILDATUM, "personen": personen})
    antwoord = client.post(
        "/v1/beoordeling/batch", content=body, headers={"Content-Type": "application/json"}
    )
    assert antwoord.status_code == 200
    resultaten = orjson.loads(antwoord.content)["resultaten"]
    assert len(resultaten) == aantal
    assert resultaten[9]["besluiten"]["inburgeringstermijn_startdatum"] == "2024-01-20"


def test_concurrent_requests_are_bundled_with_the_same_answers(app, evaluaties):
    """Concurrent single requests share evaluations, and each gets its own answer."""
    async def alles():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            verzoeken = [
                c.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": p}) for p in PERSONEN
            ]
            return await asyncio.gather(*verzoeken)

    los = [Dienst().beoordeling(orjson.dumps({"peildatum": PEILDATUM, "persoon": p}), "nl") for p in PERSONEN]
    voor = len(evaluaties)
    # a thread of its own: another test (Playwright's sync API) may leave an event loop on this one
    with ThreadPoolExecutor(1) as draad:
        antwoorden = [a.json() for _ in range(3) for a in draad.submit(asyncio.run, alles()).result()]
    aantallen = evaluaties[voor:]
    assert sum(aantallen) == len(PERSONEN) * 3 and len(aantallen) < len(PERSONEN) * 3
    for verwacht, antwoord in zip(los * 3, antwoorden, strict=True):
        assert antwoord == verwacht


def test_a_date_column_is_written_the_same_on_both_sides_of_64_values():
    """`json_kolom` formats up to 64 dates one by one and more dates once per distinct day: ISO dates, None for
    NaT, either way."""
    for aantal in (64, 65):
        dagen = numpy.resize(numpy.array(["2024-02-29", "NaT", "1999-12-31"], dtype="datetime64[D]"), aantal)
        verwacht = [None if numpy.isnat(d) else str(d) for d in dagen]
        assert json_kolom("datum", dagen) == verwacht


def test_an_amount_is_one_input_to_the_receipt_whether_written_10_or_10_0(client):
    """10 and 10.0 euros are the same input: the receipt hashed them apart (a review; whole numbers were already one)."""
    def hash_van(bedrag):
        persoon = {**STATUSHOUDER, "gemeentelijke_boetes_opgelegd_bedrag": bedrag}
        body = {"peildatum": PEILDATUM, "personen": [persoon]}
        return client.post("/v1/beoordeling/batch", json=body).json()["ontvangstbewijs"]["invoer_sha256"]

    assert hash_van(10) == hash_van(10.0) != hash_van(10.5)



@pytest.mark.parametrize("hervorming", [
    None, "concept_wetsvoorstel_2019", {"parameters": {"boetes.volgende_boete_interval_maanden": {"2022-01-01": 12}}}])
def test_the_fines_conditions_state_no_number_a_reform_changes(client, hervorming):
    """The conditions said "twee jaar" (Wi 24 lid 4) and "binnen de (verlengde) termijn" under any reform, where the
    rules read `boetes.volgende_boete_interval_maanden` on the day of the last fine and the 2019 concept bill has
    its own PVT deadline (reviews): they now point to the decisions that give those days."""
    body = {"peildatum": PEILDATUM, "personen": [STATUSHOUDER], "hervorming": hervorming}
    for taal in ("nl", "en"):
        boetes = client.post("/v1/beoordeling/batch", json=body, headers={"Accept-Language": taal}).json()[
            "resultaten"][0]["boetes"]
        teksten = {v["voorwaarde"]: v["omschrijving"] for b in boetes.values() for v in b["voorwaarden"]}
        assert "volgende_boete_art_24_mogelijk_vanaf" in teksten["boete_art_24_eerste_of_volgende"]
        assert "volgende_boete_art_25_mogelijk_vanaf" in teksten["boete_art_25_eerste_of_volgende"]
        assert "pvt_uiterste_datum" in teksten["pvt_of_map_niet_tijdig_afgerond"]
        # no number of years, and no end of the term as the PVT's last day (the 2019 bill's is 18 months)
        assert not any(w in t for t in teksten.values() for w in ("twee jaar", "two years", "een jaar", "one year"))
        assert "termijn" not in teksten["pvt_of_map_niet_tijdig_afgerond"]
        assert "term" not in teksten["pvt_of_map_niet_tijdig_afgerond"]
        for naam in ("boete_art_24_eerste_of_volgende", "boete_art_25_eerste_of_volgende"):  # a sentence with a verb
            assert teksten[naam].count("is verstreken" if taal == "nl" else "has passed") == 2, teksten[naam]
