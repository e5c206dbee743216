"""An input bounded by a number of the law (Wi 24 lid 2: a new term of "ten hoogste twee jaar") is checked
against the law of the system that decides: the base law refuses 25 months, a reform that allows 36 accepts 30
and refuses 37, on every route that takes persons. The published schema names the base law's bound."""

from __future__ import annotations

import pytest

PEILDATUM = "2026-05-01"
PERSOON = {
    "geboortedatum": "1992-04-20",
    "nationaliteit": "TR",
    "verblijfsvergunning": "regulier_bepaalde_tijd",
    "verblijfsdoel": "gezinsmigratie",
    "verblijf_verkregen_datum": "2022-11-01",
    "pip_datum": "2023-03-14",
    "leerroute": "b1_route",
    "map_afgerond_datum": "2024-06-01",
    "boete_art_24_bekendmaking_datum": "2026-04-15",
    "boete_art_24_aantal": 1,
}
NAAM = "boete_art_24_nieuwe_termijn_maanden"
DRIE_JAAR = {"parameters": {"boetes.nieuwe_termijn_maximum_maanden": {"2022-01-01": 36}}}


def _body(pad: str, maanden: int, hervorming) -> dict:
    persoon = {**PERSOON, NAAM: maanden}
    if pad == "/v1/beoordeling":
        return {"peildatum": PEILDATUM, "persoon": persoon, "hervorming": hervorming}
    if pad == "/v1/beoordeling/kolommen":
        return {
            "peildatum": PEILDATUM,
            "kolommen": {k: [v, v] for k, v in persoon.items()},
            "hervorming": hervorming,
        }
    return {"peildatum": PEILDATUM, "personen": [persoon, persoon], "hervorming": hervorming}


ROUTES = ["/v1/beoordeling", "/v1/beoordeling/batch", "/v1/beoordeling/kolommen", "/v1/vergelijk"]
PAD_VAN_DE_FOUT = {
    "/v1/beoordeling": f"/persoon/{NAAM}",
    "/v1/beoordeling/batch": f"/personen/0/{NAAM}",
    "/v1/beoordeling/kolommen": f"/kolommen/{NAAM}/0",
    "/v1/vergelijk": f"/personen/0/{NAAM}",
}


@pytest.mark.parametrize("pad", ROUTES)
@pytest.mark.parametrize(("hervorming", "maanden", "maximum"), [(None, 25, 24), (DRIE_JAAR, 37, 36)])
def test_above_the_deciding_law_is_refused_naming_field_and_bound(client, pad, hervorming, maanden, maximum):
    antwoord = client.post(pad, json=_body(pad, maanden, hervorming))
    assert antwoord.status_code == 400, antwoord.text
    fout = antwoord.json()["fouten"][0]
    assert fout["pad"] == PAD_VAN_DE_FOUT[pad]
    assert fout["toegestaan"] == f"0 .. {maximum}"
    assert (
        fout["nl"] == f"Moet tussen 0 en {maximum} liggen"
        and fout["en"] == f"Must be between 0 and {maximum}"
    )


@pytest.mark.parametrize("pad", ROUTES)
@pytest.mark.parametrize(("hervorming", "maanden"), [(None, 24), (DRIE_JAAR, 30), (DRIE_JAAR, 36)])
def test_up_to_the_deciding_law_is_accepted(client, pad, hervorming, maanden):
    assert client.post(pad, json=_body(pad, maanden, hervorming)).status_code == 200


def test_a_reform_allowing_three_years_decides_a_30_month_term(client):
    inhoud = client.post("/v1/beoordeling", json=_body("/v1/beoordeling", 30, DRIE_JAAR)).json()
    # as the base law's 24 months end on 2028-04-15 (tests/test_versie_2.py), 30 months end six months later
    assert inhoud["besluiten"]["nieuwe_termijn_art_24_einddatum"] == "2028-10-15"
    assert inhoud["status"]["nieuwe_termijn_art_24_einddatum"] == "besloten"


def test_compared_with_the_base_law_the_30_month_term_is_only_the_reforms(client):
    inhoud = client.post("/v1/vergelijk", json=_body("/v1/vergelijk", 30, DRIE_JAAR)).json()
    verschil = inhoud["personen"][0]["verschillen"]["nieuwe_termijn_art_24_einddatum"]
    assert verschil == {"basis": None, "hervorming": "2028-10-15"}


def test_the_published_schema_names_the_base_laws_bound(client):
    schema = client.get("/v1/openapi.json").json()["components"]["schemas"]["Persoon"]["properties"][NAAM]
    assert schema["maximum"] == 24
