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
    if pad == "/v1/vergelijk" and hervorming is None:  # the base law is no comparison: a reform that keeps its bound
        hervorming = "vierjarige_termijn"
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
    assert verschil == {"basis": None, "hervorming": "2028-10-15",
                        "status": {"basis": "onbepaald", "hervorming": "besloten"}}
    # the base law cannot decide a term above its own maximum: not a change, a difference with an undetermined side
    assert "nieuwe_termijn_art_24_einddatum" in inhoud["onbepaald"]
    assert "nieuwe_termijn_art_24_einddatum" not in inhoud["samenvatting"]


def test_the_published_schema_names_the_base_laws_bound(client):
    schema = client.get("/v1/openapi.json").json()["components"]["schemas"]["Persoon"]["properties"][NAAM]
    assert schema["maximum"] == 24


# A reform whose bound changes on a day: the bound is the one in force on the day the decision was made known,
# as the rule applies it (Wi 24 lid 2 with `nieuwe_termijn.py`), not the largest one ever.
DATERING = {"parameters": {"boetes.nieuwe_termijn_maximum_maanden": {"2022-01-01": 24, "2027-01-01": 36}}}


def test_the_bound_of_the_day_the_decision_was_made_known(client):
    vroeg = client.post("/v1/beoordeling", json=_body("/v1/beoordeling", 30, DATERING))
    assert vroeg.status_code == 400 and vroeg.json()["fouten"][0]["toegestaan"] == "0 .. 24"
    laat = _body("/v1/beoordeling", 30, DATERING)
    laat["peildatum"] = "2027-03-01"
    laat["persoon"]["boete_art_24_bekendmaking_datum"] = "2027-02-01"
    inhoud = client.post("/v1/beoordeling", json=laat).json()
    assert inhoud["besluiten"]["nieuwe_termijn_art_24_einddatum"] == "2029-08-01"


@pytest.mark.parametrize(("bekendmaking", "maximum"), [("2026-12-31", 24), ("2027-01-01", 36)])
def test_both_sides_of_the_day_the_bound_changes(client, bekendmaking, maximum):
    body = _body("/v1/beoordeling", maximum + 1, DATERING)
    body["peildatum"] = "2027-03-01"
    body["persoon"]["boete_art_24_bekendmaking_datum"] = bekendmaking
    fout = client.post("/v1/beoordeling", json=body).json()["fouten"][0]
    assert fout["toegestaan"] == f"0 .. {maximum}"
    body["persoon"][NAAM] = maximum
    assert client.post("/v1/beoordeling", json=body).status_code == 200


def test_columns_take_the_bound_of_each_rows_day(client):
    kolommen = {naam: [waarde] * 3 for naam, waarde in PERSOON.items()}
    kolommen["boete_art_24_bekendmaking_datum"] = ["2026-12-31", "2027-01-01", "2027-01-01"]
    kolommen[NAAM] = [30, 30, 37]
    body = {"peildatum": "2027-03-01", "kolommen": kolommen, "hervorming": DATERING}
    fouten = client.post("/v1/beoordeling/kolommen", json=body).json()["fouten"]
    assert [(f["pad"], f["toegestaan"]) for f in fouten] == [(f"/kolommen/{NAAM}/0", "0 .. 24"),
                                                           (f"/kolommen/{NAAM}/2", "0 .. 36")]


def test_no_rows_is_no_error(client):
    kolommen = {NAAM: [], "boete_art_24_bekendmaking_datum": []}
    antwoord = client.post("/v1/beoordeling/kolommen", json={"peildatum": PEILDATUM, "kolommen": kolommen})
    assert antwoord.status_code == 200 and antwoord.json()["aantal_personen"] == 0


def test_every_row_above_the_bound_is_named(client):
    kolommen = {naam: [waarde] * 3 for naam, waarde in PERSOON.items()} | {NAAM: [25, 12, 30]}
    body = {"peildatum": PEILDATUM, "kolommen": kolommen}
    fouten = client.post("/v1/beoordeling/kolommen", json=body).json()["fouten"]
    assert [f["pad"] for f in fouten] == [f"/kolommen/{NAAM}/0", f"/kolommen/{NAAM}/2"]


def test_a_missing_length_under_a_dated_reform_probes_the_bound_of_that_day(client):
    """The longest probe is the bound on the decision's day (24 here, before 2027): every length of that day
    gives the loan on the first day of the new term, so it is decided."""
    body = {"peildatum": "2026-04-16", "persoon": PERSOON, "hervorming": DATERING}
    inhoud = client.post("/v1/beoordeling", json=body).json()
    assert inhoud["besluiten"]["lening_maximum_bedrag"] == 10000
    assert inhoud["status"]["nieuwe_termijn_art_24_einddatum"] == "onbepaald"
