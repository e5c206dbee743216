"""The OpenFisca-compatible endpoints, compared with openfisca-core's own web API on the same situations."""

from __future__ import annotations

from datetime import datetime

import pytest
from openfisca_web_api.app import create_app as openfisca_app

from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.voorbeelden import CALCULATE_BESLUITEN

DAG = "2024-05-01"
BESLUITEN = list(CALCULATE_BESLUITEN)
SITUATIES = [
    {
        "ana": {
            "geboortedatum": "1990-04-12",
            "nationaliteit": "SY",
            "verblijfsvergunning": "asiel_bepaalde_tijd",
            "verblijf_verkregen_datum": "2023-09-01",
            "brp_inschrijving_datum": "2023-10-02",
            "kennisgeving_inburgeringsplicht_datum": "2023-10-16",
            "pip_datum": "2024-01-10",
            "bijstand_recht_datum": "2023-11-01",
            "pip_onvoldoende_medewerking": True,
            "verwijtbaarheid": "opzet",
        },
        "bo": {"nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht"},
    },
    {
        "cem": {
            "geboortedatum": "1995-02-28",
            "nationaliteit": "TR",
            "verblijfsvergunning": "regulier_bepaalde_tijd",
            "verblijfsdoel": "gezinsmigratie",
            "verblijf_verkregen_datum": "2022-11-30",
            "pip_datum": "2023-03-15",
            "termijn_verlenging_maanden": 6,
            "gemeentelijke_boetes_opgelegd_bedrag": 37.5,
        }
    },
]


def situatie(personen: dict, besluiten=BESLUITEN) -> dict:
    return {
        "personen": {
            id_: {**{k: {"ETERNITY": v} for k, v in invoer.items()}, **{b: {DAG: None} for b in besluiten}}
            for id_, invoer in personen.items()
        }
    }


@pytest.fixture(scope="module")
def flask():
    return openfisca_app(basissysteem()).test_client()


def _iso(waarde):
    """openfisca-core prints computed dates as HTTP dates; ours are ISO, and its default day for a date not given
    or given by no formula (0001-01-01) is null in ours (`json_kolom`)."""
    if isinstance(waarde, str) and waarde.endswith(" GMT"):
        waarde = datetime.strptime(waarde, "%a, %d %b %Y %H:%M:%S GMT").date().isoformat()
    return None if waarde == "0001-01-01" else waarde


def _normaliseer(inhoud: dict) -> dict:
    return {
        meervoud: {
            id_: {var: {p: _iso(w) for p, w in perioden.items()} for var, perioden in persoon.items()}
            for id_, persoon in personen.items()
        }
        for meervoud, personen in inhoud.items()
    }


@pytest.mark.parametrize("personen", SITUATIES)
def test_calculate_matches_openfisca(client, flask, personen):
    ons = client.post("/calculate", json=situatie(personen))
    hun = flask.post("/calculate", json=situatie(personen))
    assert ons.status_code == hun.status_code == 200
    assert ons.json() == _normaliseer(hun.get_json())
    for id_, persoon in ons.json()["personen"].items():
        for naam in ("pip_uiterste_datum", "inburgeringstermijn_einddatum"):
            waarde = persoon[naam][DAG]
            assert waarde is None or len(waarde) == 10, (id_, naam, waarde)


def test_trace_matches_openfisca(client, flask):
    body = situatie(SITUATIES[0], ["inburgeringsplichtig", "pip_uiterste_datum"])
    ons, hun = client.post("/trace", json=body).json(), flask.post("/trace", json=body).get_json()
    assert ons["requestedCalculations"] == hun["requestedCalculations"]
    assert ons["entitiesDescription"] == hun["entitiesDescription"]
    assert set(ons["trace"]) == set(hun["trace"])
    for sleutel, knoop in ons["trace"].items():
        assert knoop["dependencies"] == hun["trace"][sleutel]["dependencies"]
        assert knoop["value"] == [_iso(w) for w in hun["trace"][sleutel]["value"]]


@pytest.mark.parametrize(
    "pad",
    [
        "/entities",
        "/variable/inburgeringsplichtig",
        "/variable/verblijfsvergunning",
        "/parameter/termijnen.pip_weken",
        "/parameter/termijnen/pip_weken",
    ],
)
def test_metadata_matches_openfisca(client, flask, pad):
    assert client.get(pad).json() == flask.get(pad).get_json()


@pytest.mark.parametrize("pad", ["/variables", "/parameters"])
def test_listings_match_openfisca(client, flask, pad):
    ons, hun = client.get(pad).json(), flask.get(pad).get_json()
    assert set(ons) == set(hun)
    naam = next(iter(ons))
    assert ons[naam]["description"] == hun[naam]["description"]
    assert ons[naam]["href"].endswith(hun[naam]["href"].split("/", 3)[3])


def test_spec(client, flask):
    ons, hun = client.get("/spec").json(), flask.get("/spec").get_json()
    assert set(ons["paths"]) == set(hun["paths"])
    assert ons["components"]["schemas"]["Persoon"] == hun["components"]["schemas"]["Persoon"]
    assert ons["servers"] == [{"url": "http://testserver"}]


def test_day_decision_for_a_month_is_400(client):
    antwoord = client.post(
        "/calculate", json={"personen": {"a": {"inburgeringsplichtig": {"2024-05": None}}}}
    )
    assert antwoord.status_code == 400
    fout = antwoord.json()["fouten"][0]
    assert (
        fout["pad"] == "/personen/a/inburgeringsplichtig/2024-05"
        and "DAY" in fout["en"]
        and "MONTH" in fout["en"]
    )


def test_unknown_variable_is_404(client, flask):
    body = {"personen": {"a": {"bestaat_niet": {DAG: None}}}}
    assert (
        client.post("/calculate", json=body).status_code
        == flask.post("/calculate", json=body).status_code
        == 404
    )


def test_eternity_inputs_are_normalised(client):
    body = {
        "personen": {
            "a": {"nationaliteit": {"2024-05": "PL"}, "inburgeringsplichtig": {DAG: None}},
            "b": {"nationaliteit": {"ETERNITY": "PL"}, "inburgeringsplichtig": {DAG: None}},
        }
    }
    personen = client.post("/calculate", json=body).json()["personen"]
    assert personen["a"]["inburgeringsplichtig"] == personen["b"]["inburgeringsplichtig"] == {DAG: False}


def test_conflicting_eternity_values_are_400(client):
    body = {"personen": {"a": {"nationaliteit": {"2023": "PL", "2024": "SY"}}}}
    assert client.post("/calculate", json=body).status_code == 400


def test_decision_given_for_some_persons_only_is_400(client):
    body = {
        "personen": {"a": {"inburgeringsplichtig": {DAG: True}}, "b": {"inburgeringsplichtig": {DAG: None}}}
    }
    antwoord = client.post("/calculate", json=body)
    assert antwoord.status_code == 400 and "inburgeringsplichtig" in antwoord.json()["fouten"][0]["pad"]


@pytest.mark.parametrize(
    "body",
    [
        {"personen": {"a": {"geboortedatum": {"ETERNITY": "2023-02-30"}}}},
        {"personen": {"a": {"nationaliteit": {"ETERNITY": False}}}},
        {"personen": {"a": {"inburgeringsplichtig": {"morgen": None}}}},
        {"personen": {"a": {"inburgeringsplichtig": "2024-05-01"}}},
        {"personen": {"a": []}},
        {"personen": {}},
        {"huishoudens": {}},
        [],
        {"personen": {"a": {"inburgeringsplichtig": {DAG: None}}}, "axes": [[{"count": 10**9, "name": "x"}]]},
    ],
)
def test_bad_situations_are_400(client, body):
    antwoord = client.post("/calculate", json=body)
    assert antwoord.status_code == 400, antwoord.text
    assert antwoord.headers["content-type"] == "application/problem+json"


def test_limits(streng):
    kop = {"Authorization": "Bearer geheim"}
    drie = {"personen": {str(i): {"inburgeringsplichtig": {DAG: None}} for i in range(3)}}
    assert streng.post("/calculate", json=drie, headers=kop).status_code == 413
    zes = {"personen": {"a": {"inburgeringsplichtig": {f"2024-05-0{d}": None for d in range(1, 7)}}}}
    assert streng.post("/calculate", json=zes, headers=kop).status_code == 413


def test_unknown_reform_on_calculate(client):
    antwoord = client.post("/calculate?hervorming=bestaat_niet", json=situatie(SITUATIES[1]))
    assert antwoord.status_code == 400 and antwoord.json()["fouten"][0]["pad"].startswith("?hervorming")
    assert client.post("/calculate?hervorming=../../etc", json=situatie(SITUATIES[1])).status_code == 400


def test_a_decision_given_as_input_is_used_like_openfisca_does(client, flask):
    """Inputs for a DAY period take the Simulation path instead of the fast core; same answer as openfisca."""
    situatie = {"personen": {"a": {"inburgeringsplichtig": {"2024-05-01": True}, "pvt_verplicht": {"2024-05-01": None}}}}
    ons = client.post("/calculate", json=situatie).json()
    hun = flask.post("/calculate", json=situatie).get_json()
    assert ons["personen"]["a"]["pvt_verplicht"] == {"2024-05-01": True} == hun["personen"]["a"]["pvt_verplicht"]


def test_a_date_no_formula_gives_is_null_not_a_real_looking_day(client):
    """Before 2022-01-01 no rule gives a date: /calculate answered OpenFisca's default day "0001-01-01" (review);
    a date that cannot be computed is null in every API, on both sides of the day the law took effect."""
    besluiten = ["pvt_uiterste_datum", "maatschappelijke_begeleiding_startdatum", "ontzorgen_startdatum"]
    for dag in ("2021-12-31", "2022-01-01"):
        body = {"personen": {"p": {**{k: {"ETERNITY": v} for k, v in SITUATIES[0]["ana"].items()},
                                   **{b: {dag: None} for b in besluiten}}}}
        antwoord = client.post("/calculate", json=body)
        assert antwoord.status_code == 200, antwoord.text
        assert {b: antwoord.json()["personen"]["p"][b][dag] for b in besluiten} == dict.fromkeys(besluiten)


def test_an_input_asked_back_on_eternity_is_its_value_or_null(client, flask):
    """The usual OpenFisca way to ask a value back, `{"ETERNITY": null}`, was a 500 for an input not given (the fast
    core asked the day of the ETERNITY period); now the default as OpenFisca gives it, a date not given as null."""
    body = {"personen": {"ana": {"geboortedatum": {"ETERNITY": None}, "leerroute": {"ETERNITY": None},
                                 "nationaliteit": {"ETERNITY": "SY"}, "pip_datum": {"ETERNITY": None}}}}
    ons, hun = client.post("/calculate", json=body), flask.post("/calculate", json=body)
    assert ons.status_code == hun.status_code == 200, ons.text
    assert ons.json() == _normaliseer(hun.get_json())
    assert ons.json()["personen"]["ana"]["geboortedatum"]["ETERNITY"] is None


@pytest.mark.parametrize(
    ("variabele", "waarde", "periode"),
    [
        ("inburgeringsplichtig", True, "0001-01-01"),  # a decision given as input: was a 500
        ("inburgeringsplichtig", None, "9999-12-31"),  # asked: was a made-up answer (false)
        ("inburgeringsplichtig", None, "1899-12-31"),
        ("inburgeringsplichtig", None, "2101-01-01"),
        ("nationaliteit", "SY", "9999-12"),  # an ETERNITY input keyed by a period: was a 500
        ("nationaliteit", "SY", "0001"),
        ("nationaliteit", "SY", "year:2099:3"),  # ends in 2101
        ("nationaliteit", "SY", "month:2024-01:99999999999"),  # ends past year 9999
    ],
)
def test_a_period_outside_the_years_of_the_api_is_400(client, variabele, waarde, periode):
    """/calculate took any year OpenFisca parses; the /v1 routes take dates from 1900 to 2100 only."""
    body = {"personen": {"a": {variabele: {periode: waarde}, "pvt_verplicht": {DAG: None}}}}
    for route in ("/calculate", "/trace"):
        antwoord = client.post(route, json=body, headers={"Accept-Language": "en"})
        assert antwoord.status_code == 400, antwoord.text
        assert antwoord.headers["content-type"] == "application/problem+json"
        (fout,) = antwoord.json()["fouten"]
        assert fout["pad"] == f"/personen/a/{variabele}/{periode}"
        assert "between 1900 and 2100" in fout["en"] and "tussen 1900 en 2100" in fout["nl"]
        assert fout["toegestaan"] == "1900-01-01 .. 2100-12-31"


@pytest.mark.parametrize("periode", ["1900-01-01", "2100-12-31"])
def test_the_first_and_last_day_of_those_years_are_periods(client, periode):
    body = {"personen": {"a": {"nationaliteit": {periode: "SY"}, "inburgeringsplichtig": {periode: None}}}}
    assert client.post("/calculate", json=body).status_code == 200


_BASIS = {"geboortedatum": {"ETERNITY": "1990-01-01"}, "nationaliteit": {"ETERNITY": "SY"},
          "verblijfsvergunning": {"ETERNITY": "asiel_bepaalde_tijd"},
          "verblijf_verkregen_datum": {"ETERNITY": "2023-01-10"}, "pip_datum": {"ETERNITY": "2023-03-14"}}


def test_a_computed_date_given_without_a_day_stays_without_one(client):
    """OpenFisca's default day (0001-01-01) for a computed date was read as a real day by the formulas built on it:
    an inburgeringstermijn from 0001-01-01 ended 0003-12-31 (a review; `openfisca serve` does the same)."""
    def einde(start):
        persoon = {**_BASIS, "inburgeringstermijn_startdatum": {DAG: start}, "inburgeringstermijn_einddatum": {DAG: None},
                   "leerroute_wijziging_uiterste_datum": {DAG: None}}
        antwoord = client.post("/calculate", json={"personen": {"a": persoon}})
        assert antwoord.status_code == 200
        uit = antwoord.json()["personen"]["a"]
        return uit["inburgeringstermijn_einddatum"][DAG], uit["leerroute_wijziging_uiterste_datum"][DAG]

    assert einde("0001-01-01") == (None, None)
    assert einde("2023-03-15")[0] == "2026-03-14"


def test_a_computed_value_is_accepted_back_as_input(client):
    """`leeftijdsgrenzen_art_3` answers -1 (younger than 16): given back as input it was refused as "0 .. 1000000"."""
    persoon = {**_BASIS, "geboortedatum": {"ETERNITY": "2012-01-01"}, "leeftijdsgrenzen_art_3": {DAG: None}}
    gevraagd = client.post("/calculate", json={"personen": {"a": persoon}}).json()["personen"]["a"]
    assert gevraagd["leeftijdsgrenzen_art_3"][DAG] == -1
    terug = {**persoon, "leeftijdsgrenzen_art_3": {DAG: -1}, "reden_geen_inburgeringsplicht": {DAG: None}}
    antwoord = client.post("/calculate", json={"personen": {"a": terug}})
    assert antwoord.status_code == 200
    assert antwoord.json()["personen"]["a"]["reden_geen_inburgeringsplicht"][DAG] == "jonger_dan_16"
    fout = client.post("/calculate", json={"personen": {"a": {**persoon, "leeftijdsgrenzen_art_3": {DAG: 2}}}})
    assert fout.status_code == 400 and fout.json()["fouten"][0]["toegestaan"] == "-1 .. 1"
    # both ends of the range: -2 refused below it, 1 (the state pension age reached) accepted at its top
    onder = client.post("/calculate", json={"personen": {"a": {**persoon, "leeftijdsgrenzen_art_3": {DAG: -2}}}})
    assert onder.status_code == 400 and onder.json()["fouten"][0]["toegestaan"] == "-1 .. 1"
    boven = {**persoon, "leeftijdsgrenzen_art_3": {DAG: 1}, "reden_geen_inburgeringsplicht": {DAG: None}}
    antwoord = client.post("/calculate", json={"personen": {"a": boven}})
    assert antwoord.status_code == 200
    assert antwoord.json()["personen"]["a"]["reden_geen_inburgeringsplicht"][DAG] == "pensioengerechtigde_leeftijd"
