"""Hostile and wrong input: always a 4xx problem+json naming the field, in bounded time."""

from __future__ import annotations

import pytest
from gevallen import PEILDATUM, STATUSHOUDER

PROBLEEM = "application/problem+json"


def _fout(antwoord, status: int) -> list[dict]:
    assert antwoord.status_code == status, antwoord.text
    assert antwoord.headers["content-type"] == PROBLEEM
    inhoud = antwoord.json()
    assert inhoud["status"] == status and inhoud["titel"]["nl"] and inhoud["titel"]["en"]
    return inhoud["fouten"]


@pytest.mark.parametrize(
    "body",
    [
        b"{bad",
        b'{"peildatum": "2024-05-01", "persoon": {',
        b"",
        b"[" * 5000 + b"]" * 5000,
        b'{"peildatum": NaN}',
        b"\xff\xfe",
        b'{"a": 1e999999}',
    ],
)
def test_malformed_json(client, body):
    _fout(client.post("/v1/beoordeling", content=body, headers={"content-type": "application/json"}), 400)


@pytest.mark.parametrize(
    ("veld", "waarde", "toegestaan"),
    [
        ("geboortedatum", "2023-02-30", "YYYY-MM-DD"),
        ("geboortedatum", "0000-01-01", None),
        ("geboortedatum", "9999-12-31", None),
        ("geboortedatum", "2023-2-3", "YYYY-MM-DD"),
        ("geboortedatum", 20230203, "YYYY-MM-DD"),
        ("nationaliteit", False, None),
        ("nationaliteit", "sy", None),
        ("nationaliteit", ["SY"], None),
        ("verblijfsvergunning", "asiel", None),
        ("lesuren_gevolgd", -5, None),
        ("lesuren_gevolgd", 10**30, None),
        ("lesuren_gevolgd", 1.5, None),
        ("lesuren_gevolgd", True, None),
        ("lesuren_gevolgd", "10", None),
        ("knm_behaald", "ja", None),
        ("knm_behaald", 1, None),
        ("gemeentelijke_boetes_opgelegd_bedrag", 12.345, None),
        ("gemeentelijke_boetes_opgelegd_bedrag", -1, None),
    ],
)
def test_wrong_value_names_field_and_allowed(client, veld, waarde, toegestaan):
    antwoord = client.post(
        "/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {**STATUSHOUDER, veld: waarde}}
    )
    fouten = _fout(antwoord, 400)
    assert fouten[0]["pad"] == f"/persoon/{veld}"
    assert fouten[0]["nl"] and fouten[0]["en"] and fouten[0]["toegestaan"] is not None
    if toegestaan:
        assert toegestaan in str(fouten[0]["toegestaan"])


@pytest.mark.parametrize("waarde", [["2020-01-01"], {"dag": "2020-01-01"}, "2020-02-30", 20200101])
def test_a_batch_after_valid_days_still_refuses_a_wrong_one(client, waarde):
    """Days found valid are remembered (`schemas.datum`): a wrong day, also one that cannot be a key (a list,
    an object), after the same day given well is still a 400 naming the field, never a 500."""
    goed = {**STATUSHOUDER, "geboortedatum": "2020-01-01"}
    personen = [goed, goed, {**STATUSHOUDER, "geboortedatum": waarde}]
    fouten = _fout(client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": personen}), 400)
    assert [f["pad"] for f in fouten] == ["/personen/2/geboortedatum"]


def test_enum_error_lists_members(client):
    fouten = _fout(
        client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {"leerroute": "x"}}), 400
    )
    assert fouten[0]["toegestaan"] == ["nog_niet_vastgesteld", "b1_route", "onderwijsroute", "z_route"]


def test_a_personen_list_in_a_single_request_is_an_unknown_name(client):
    """Only the batch routes read `personen`: beside `persoon` it is refused by name, its contents unread."""
    body = {"peildatum": PEILDATUM, "persoon": STATUSHOUDER, "personen": [{"geboortedatum": "x"}]}
    assert [f["pad"] for f in _fout(client.post("/v1/beoordeling", json=body), 400)] == ["/personen"]


def test_too_many_names_in_persoon_are_refused_beside_a_personen_list(client):
    persoon = {f"naam_{i}": 1 for i in range(300)}
    body = {"peildatum": PEILDATUM, "persoon": persoon, "personen": [{}]}
    fouten = _fout(client.post("/v1/beoordeling", json=body), 400)
    assert [f["pad"] for f in fouten] == ["/persoon"] and fouten[0]["en"].startswith("More than")


@pytest.mark.parametrize("naam", ["__class__", "onbekend_veld", "inburgeringsplichtig"])
def test_unknown_names_rejected(client, naam):
    fouten = _fout(client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {naam: 1}}), 400)
    assert fouten[0]["pad"] == f"/persoon/{naam}" and "geboortedatum" in fouten[0]["toegestaan"]


@pytest.mark.parametrize(
    "body",
    [
        {"persoon": {}},
        {"peildatum": "2024-13-01", "persoon": {}},
        {"peildatum": PEILDATUM, "persoon": []},
        {"peildatum": PEILDATUM},
        {"peildatum": PEILDATUM, "persoon": {}, "extra": 1},
        [],
        "tekst",
    ],
)
def test_wrong_shapes(client, body):
    _fout(client.post("/v1/beoordeling", json=body), 400)


def test_english_problem(client):
    antwoord = client.post(
        "/v1/beoordeling", json={"peildatum": "2023-02-30", "persoon": {}}, headers={"Accept-Language": "en"}
    )
    inhoud = antwoord.json()
    assert inhoud["title"] == "Invalid input" and "does not exist" in inhoud["detail"]


def test_oversized_body_is_413(streng):
    groot = {"peildatum": PEILDATUM, "persoon": {"nationaliteit": "x" * 30_000}}
    antwoord = streng.post("/v1/beoordeling", json=groot, headers={"Authorization": "Bearer geheim"})
    assert _fout(antwoord, 413)


def test_unknown_route_and_method(client):
    _fout(client.get("/bestaat-niet"), 404)
    _fout(client.get("/v1/beoordeling"), 405)


def test_huge_string_is_bounded(client):
    fouten = _fout(
        client.post(
            "/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {"nationaliteit": "A" * 1_000_000}}
        ),
        400,
    )
    assert len(str(fouten)) < 2000
