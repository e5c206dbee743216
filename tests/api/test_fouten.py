"""Hostile and wrong input: always a 4xx problem+json naming the field, in bounded time."""

from __future__ import annotations

import logging

import orjson

import pytest
from gevallen import PEILDATUM, STATUSHOUDER
from inburgering_rules.api.logboek import JsonFormatter

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


@pytest.mark.parametrize(("waarde", "en"), [
    ("asiel_bepaald", "Unknown value: 'asiel_bepaald'. Did you mean asiel_bepaalde_tijd?"),
    ("vrij", "Unknown value: 'vrij'"),
    (5, "Unknown value: 5"),
    (["asiel_bepaalde_tijd"], "Unknown value: ['asiel_bepaalde_tijd']"),
])
def test_an_unknown_member_is_repeated_with_the_closest_ones(client, waarde, en):
    """An enum error said only "Unknown value", whatever was sent (a review)."""
    body = {"peildatum": PEILDATUM, "persoon": {**STATUSHOUDER, "verblijfsvergunning": waarde}}
    (fout,) = _fout(client.post("/v1/beoordeling", json=body), 400)
    assert fout["en"] == en and fout["nl"].startswith("Onbekende waarde: ")
    assert ("Bedoelde u asiel_bepaalde_tijd?" in fout["nl"]) == ("Did you mean" in en)
    assert "gemeenschapsrecht" in fout["toegestaan"]


@pytest.mark.parametrize("waarde", [["2020-01-01"], {"dag": "2020-01-01"}, "2020-02-30", 20200101])
def test_a_batch_after_valid_days_still_refuses_a_wrong_one(client, waarde):
    """Days found valid are remembered (`schemas.datum`): a wrong day, also one that cannot be a key (a list,
    an object), after the same day given well is still a 400 naming the field, never a 500."""
    goed = {**STATUSHOUDER, "geboortedatum": "2020-01-01"}
    personen = [goed, goed, {**STATUSHOUDER, "geboortedatum": waarde}]
    fouten = _fout(client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": personen}), 400)
    assert [f["pad"] for f in fouten] == ["/personen/2/geboortedatum"]


_DATUM = "JJJJ-MM-DD / YYYY-MM-DD"


@pytest.mark.parametrize(("route", "body", "pad", "toegestaan"), [
    ("/v1/beoordeling", {"persoon": {}}, "/peildatum", _DATUM),
    ("/v1/beoordeling", {"peildatum": PEILDATUM}, "/persoon", "object"),
    ("/v1/beoordeling/batch", {"peildatum": PEILDATUM}, "/personen", "array"),
    ("/v1/vergelijk", {"peildatum": PEILDATUM, "personen": []}, "/hervorming", "string | object"),
    ("/v1/beoordeling/kolommen", {"kolommen": {"pip_datum": [None]}}, "/peildatum", _DATUM),
    ("/v1/beoordeling/kolommen", {"peildatum": PEILDATUM}, "/kolommen", "object"),
    ("/v1/beoordeling/duo", {"peildatum": PEILDATUM}, "/duo", "object"),
    ("/v1/duo/invoer", {"duo": {}}, "/peildatum", _DATUM),
])
def test_a_missing_required_field_names_what_it_allows(client, route, body, pad, toegestaan):
    fouten = _fout(client.post(route, json=body), 400)
    assert {"pad": pad, "nl": "Verplicht veld ontbreekt", "en": "Required field is missing",
            "toegestaan": toegestaan} in fouten


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


BATCH = {"peildatum": PEILDATUM, "personen": [STATUSHOUDER]}


@pytest.mark.parametrize(
    ("route", "body", "naam", "velden", "bedoeld"),
    [
        ("/v1/beoordeling", {"peildatum": PEILDATUM, "persoon": STATUSHOUDER}, "personen",
         ["peildatum", "persoon", "hervorming", "toelichting"], "persoon"),
        ("/v1/beoordeling", {"peildatum": PEILDATUM, "persoon": STATUSHOUDER}, "toelichtng",
         ["peildatum", "persoon", "hervorming", "toelichting"], "toelichting"),
        ("/v1/beoordeling/batch", BATCH, "persoon",
         ["peildatum", "personen", "hervorming", "toelichting"], "personen"),
        ("/v1/vergelijk", {**BATCH, "hervorming": "vierjarige_termijn"}, "toelichting",
         ["peildatum", "personen", "hervorming"], None),
    ],
)
def test_an_unknown_name_lists_its_routes_fields_and_the_closest(client, route, body, naam, velden, bedoeld):
    """The allowed names are the fields of the route's own body model, never the one refused; a close one is
    suggested in both languages (as the YAML runner does)."""
    fouten = _fout(client.post(route, json={**body, naam: True}), 400)
    assert fouten[0]["pad"] == f"/{naam}" and fouten[0]["toegestaan"] == velden
    if bedoeld:
        assert fouten[0]["nl"] == f"Onbekende naam {naam!r}. Bedoelde u {bedoeld}?"
        assert fouten[0]["en"] == f"Unknown name {naam!r}. Did you mean {bedoeld}?"
    else:
        assert (fouten[0]["nl"], fouten[0]["en"]) == (f"Onbekende naam {naam!r}", f"Unknown name {naam!r}")


@pytest.mark.parametrize(
    ("route", "body", "velden"),
    [
        ("/v1/beoordeling", {"peildatum": PEILDATUM, "persoon": STATUSHOUDER},
         ["peildatum", "persoon", "hervorming", "toelichting"]),
        ("/v1/vergelijk", {**BATCH, "hervorming": "vierjarige_termijn"},
         ["peildatum", "personen", "hervorming"]),
    ],
)
def test_too_many_names_lists_what_this_route_allows(client, route, body, velden):
    fouten = _fout(client.post(route, json={**body, **{f"naam_{i}": 1 for i in range(20)}}), 400)
    assert fouten[0]["en"] == "Too many names" and fouten[0]["toegestaan"] == velden


def test_an_unknown_name_in_a_person_suggests_the_closest_input(client):
    persoon = {**STATUSHOUDER, "geboortedatun": "1990-04-12", "zzqqxx": 1}
    fouten = _fout(client.post("/v1/beoordeling/batch", json={**BATCH, "personen": [persoon]}), 400)
    assert [f["pad"] for f in fouten] == ["/personen/0/geboortedatun", "/personen/0/zzqqxx"]
    assert fouten[0]["nl"] == "Onbekende naam 'geboortedatun'. Bedoelde u geboortedatum?"
    assert fouten[0]["en"] == "Unknown name 'geboortedatun'. Did you mean geboortedatum?"
    assert "id" in fouten[0]["toegestaan"] and "geboortedatum" in fouten[0]["toegestaan"]
    assert fouten[1]["en"] == "Unknown name 'zzqqxx'"


@pytest.mark.parametrize(
    ("parameters", "pad"),
    [
        ({"termijnen.inburgeringstermijn_maanden": {"2022-01-01": -3}},
         "/hervorming/parameters/termijnen.inburgeringstermijn_maanden/2022-01-01"),
        ({"termijnen.inburgeringstermijn_maanden": {"2022-13-01": 36}},
         "/hervorming/parameters/termijnen.inburgeringstermijn_maanden/2022-13-01"),
        ({"termijnen.inburgeringstermijn_maanden": 36},
         "/hervorming/parameters/termijnen.inburgeringstermijn_maanden"),
        ({"termijnen/a~b.c": {"2022-01-01": 1}}, "/hervorming/parameters/termijnen~1a~0b.c"),
    ],
)
def test_an_inline_reform_error_points_at_the_key_as_given(client, parameters, pad):
    """A parameter path is one key with dots in it: the JSON pointer keeps it whole (RFC 6901: `~` as `~0`,
    `/` as `~1`), so it names a member that exists in the body."""
    body = {**BATCH, "hervorming": {"parameters": parameters}}
    assert _fout(client.post("/v1/beoordeling/batch", json=body), 400)[0]["pad"] == pad


def test_an_unknown_reform_parameter_suggests_the_closest_path(client):
    hervorming = {"parameters": {"termijnen.inburgeringstermijn_maand": {"2022-01-01": 48}}}
    fout = _fout(client.post("/v1/vergelijk", json={**BATCH, "hervorming": hervorming}), 400)[0]
    assert fout["pad"] == "/hervorming/parameters/termijnen.inburgeringstermijn_maand"
    assert fout["nl"].endswith(". Bedoelde u termijnen.inburgeringstermijn_maanden?")
    assert fout["en"].endswith(". Did you mean termijnen.inburgeringstermijn_maanden?")
    assert "inburgering hervormingen" in fout["toegestaan"]


@pytest.mark.parametrize(
    ("waarde", "getoond"),
    [
        ("01-02-2024", "'01-02-2024'"),
        ("1977-07-07x" + "9" * 100, "'1977-07-07x" + "9" * 29 + "'..."),
        (20240201, "20240201"),
        (None, "null"),
    ],
)
def test_a_wrong_date_repeats_the_value_given_at_most_40_characters(client, waarde, getoond):
    fout = _fout(client.post("/v1/beoordeling", json={"peildatum": waarde, "persoon": STATUSHOUDER}), 400)[0]
    assert fout["pad"] == "/peildatum"
    assert fout["nl"] == f"Datum moet de vorm JJJJ-MM-DD hebben, niet {getoond}"
    assert fout["en"] == f"Date must have the form YYYY-MM-DD, not {getoond}"


def test_a_wrong_value_repeated_in_the_answer_is_not_logged(client, caplog):
    """The answer may repeat the wrong value to its caller; the logs never hold it (api/logboek.py)."""
    persoon = {**STATUSHOUDER, "geboortedatum": "12-04-1990"}
    with caplog.at_level(logging.DEBUG):
        antwoord = client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": persoon})
    fout = _fout(antwoord, 400)[0]
    assert "'12-04-1990'" in fout["en"]
    regels = "\n".join(JsonFormatter().format(record) for record in caplog.records)
    assert '"status":400' in regels and "12-04-1990" not in regels


def test_a_huge_reform_is_refused_without_walking_all_of_it(client):
    """A million parameters in an inline reform took 8.5 s to refuse (a review): its JSON is walked only up to
    `MAX_KNOPEN` values, then a 400 naming /hervorming."""
    from inburgering_rules.api.schemas import MAX_KNOPEN

    hervorming = {"parameters": {f"k{i}": {"2022-01-01": 1} for i in range(MAX_KNOPEN + 1)}}
    antwoord = client.post("/v1/beoordeling", json={"peildatum": "2026-12-01", "persoon": {}, "hervorming": hervorming})
    assert antwoord.status_code == 400
    assert antwoord.json()["fouten"][0]["pad"] == "/hervorming"
    assert str(MAX_KNOPEN) in antwoord.json()["fouten"][0]["en"] and "too large" in antwoord.json()["fouten"][0]["en"]


def test_a_reform_just_under_the_walk_limit_is_refused_for_its_own_limit(client):
    """The other side of `test_a_huge_reform_is_refused_without_walking_all_of_it`: a reform of `MAX_KNOPEN` names
    and values is walked whole, and refused for the number of values a reform may hold, not as too large."""
    from inburgering_rules.api.schemas import MAX_KNOPEN

    aantal = (MAX_KNOPEN - 1) // 2  # {"parameters": {path: {day: value}}}: 1 + 2 per parameter
    hervorming = {"parameters": {f"k{i}": {"2022-01-01": 1} for i in range(aantal)}}
    antwoord = client.post("/v1/beoordeling", json={"peildatum": "2026-12-01", "persoon": {}, "hervorming": hervorming})
    assert antwoord.status_code == 400
    assert "too large" not in antwoord.json()["fouten"][0]["en"]


# -- a name twice in one object: refused, never "last wins" ------------------------------------------------------
_TWEE_KEER = b'{"geboortedatum": "1990-01-01", "geboortedatum": "1991-01-01"}'
_DAG = PEILDATUM.encode()
_RUIMTE = b" " * 20_000  # past the small-body limit of the app (KLEIN): the body is read in a thread


@pytest.mark.parametrize(
    ("route", "body", "pad", "naam"),
    [
        ("/v1/beoordeling", b'{"peildatum": "2025-01-01", "peildatum": "2026-01-01", "persoon": {}}', "/peildatum",
         "peildatum"),
        ("/v1/beoordeling", b'{"peildatum": "%s", "persoon": %s}' % (_DAG, _TWEE_KEER), "/persoon/geboortedatum",
         "geboortedatum"),
        ("/v1/beoordeling", b'{"peildatum": "%s", "persoon": %s}%s' % (_DAG, _TWEE_KEER, _RUIMTE),
         "/persoon/geboortedatum", "geboortedatum"),
        ("/v1/beoordeling/batch", b'{"peildatum": "%s", "personen": [{}, %s]}' % (_DAG, _TWEE_KEER),
         "/personen/1/geboortedatum", "geboortedatum"),
        ("/v1/vergelijk", b'{"peildatum": "%s", "hervorming": "x", "personen": [%s]}' % (_DAG, _TWEE_KEER),
         "/personen/0/geboortedatum", "geboortedatum"),
        ("/v1/beoordeling/kolommen",
         b'{"peildatum": "%s", "kolommen": {"nationaliteit": ["SY"], "nationaliteit": ["PL"]}}' % _DAG,
         "/kolommen/nationaliteit", "nationaliteit"),
        ("/calculate", b'{"personen": {"a": {"inburgeringsplichtig": {"%s": null, "%s": true}}}}' % (_DAG, _DAG),
         f"/personen/a/inburgeringsplichtig/{PEILDATUM}", PEILDATUM),
        ("/trace", b'{"personen": {"a/b": {"inburgeringsplichtig": {"%s": null}}, "a/b": {}}}' % _DAG,
         "/personen/a~1b", "a/b"),
        ("/v1/beoordeling/duo", b'{"peildatum": "%s", "persoon": {}, "duo": {}, "duo": {}}' % _DAG, "/duo", "duo"),
        ("/v1/beoordeling/duo/batch", b'{"peildatum": "%s", "personen": [{"persoon": {}, "persoon": {}}]}' % _DAG,
         "/personen/0/persoon", "persoon"),
        ("/v1/duo/invoer", b'{"peildatum": "%s", "peildatum": "%s", "duo": {}}' % (_DAG, _DAG), "/peildatum",
         "peildatum"),
    ],
)
def test_a_name_twice_in_one_object_is_refused_naming_it(client, route, body, pad, naam):
    """The body's parser kept the last value of a name given twice, without a word (review)."""
    fouten = _fout(client.post(route, content=body, headers={"content-type": "application/json"}), 400)
    assert [f["pad"] for f in fouten] == [pad]
    assert repr(naam) in fouten[0]["nl"] and repr(naam) in fouten[0]["en"] and "more than once" in fouten[0]["en"]


def test_every_name_given_twice_is_named_in_document_order(client):
    body = b'{"peildatum": "%s", "persoon": %s, "peildatum": "%s", "toelichting": false}' % (_DAG, _TWEE_KEER, _DAG)
    fouten = _fout(client.post("/v1/beoordeling/batch", content=body, headers={"content-type": "application/json"}),
                   400)
    assert [f["pad"] for f in fouten] == ["/peildatum", "/persoon/geboortedatum"]


@pytest.mark.parametrize("dubbelepunt", [b":", b"\\u003a", b"\\u003A"])
def test_a_colon_in_a_name_or_value_is_no_name_twice(client, dubbelepunt):
    """The cheap check counts ':' in the body and in what was read; a ':' inside a string (also escaped) is no
    name given twice, and a name twice among such strings is still found."""
    dag = b"day%s%s%s1" % (dubbelepunt, _DAG, dubbelepunt)
    body = b'{"personen": {"a": {"nationaliteit": {"month%s2024-05%s1": "SY"}, "inburgeringsplichtig": {"%s": null}}}}'
    body %= (dubbelepunt, dubbelepunt, dag)
    antwoord = client.post("/calculate", content=body, headers={"content-type": "application/json"})
    assert antwoord.status_code == 200, antwoord.text
    dubbel = body.replace(b'{"nationaliteit"', b'{"nationaliteit": {"ETERNITY": "SY"}, "nationaliteit"')
    fouten = _fout(client.post("/calculate", content=dubbel, headers={"content-type": "application/json"}), 400)
    assert [f["pad"] for f in fouten] == ["/personen/a/nationaliteit"]


def test_names_twice_are_listed_up_to_the_limit(client):
    from inburgering_rules.api.fouten import MAX_FOUTEN

    personen = b", ".join([_TWEE_KEER] * (MAX_FOUTEN + 5))
    body = b'{"peildatum": "%s", "personen": [%s]}' % (_DAG, personen)
    fouten = _fout(client.post("/v1/beoordeling/batch", content=body, headers={"content-type": "application/json"}),
                   400)
    assert [f["pad"] for f in fouten] == [f"/personen/{i}/geboortedatum" for i in range(MAX_FOUTEN)]


def test_a_name_twice_in_an_object_inside_a_column_is_found(client):
    """The cheap check does not walk a list of values (a column of 100,000); an object later in such a list, with a
    name twice, still makes the counts differ, and the full check names it."""
    body = (b'{"peildatum": "%s", "kolommen": {"geboortedatum": ["1990-01-01", {"a": 1, "a": 2}]}}' % _DAG)
    fouten = _fout(client.post("/v1/beoordeling/kolommen", content=body, headers={"content-type": "application/json"}),
                   400)
    assert [f["pad"] for f in fouten] == ["/kolommen/geboortedatum/1/a"]


def test_a_name_twice_beside_deep_nesting_is_a_400_not_a_500(client):
    """orjson reads 1,024 levels, the standard library's parser (the full check) fewer: a name twice plus deep
    nesting was a 500, and a name twice in an object around the deep part passed the check."""
    diep = b"[" * 1000 + b"]" * 1000
    for body in (b'{"peildatum": "%s", "persoon": {"nationaliteit": "SY", "nationaliteit": "PL"}, "x": %s}' % (_DAG, diep),
                 b'{"a": 1, "a": 2, "x": %s}' % diep):
        fouten = _fout(client.post("/v1/beoordeling", content=body, headers={"content-type": "application/json"}), 400)
        assert any("te diep genest" in f["nl"] for f in fouten)


def test_the_path_of_a_name_twice_is_one_that_exists():
    """An object left out because its name came twice is freed, and a later one can get its address: the paths were
    looked up by `id` alone, which named '/a' on the top level for 30 persons like these."""
    from inburgering_rules.api import fouten as f
    from inburgering_rules.api import randen

    persoon = b'{"nationaliteit": {"a": 1, "a": 2}, "nationaliteit": "SY"}'
    body = b'{"peildatum": "%s", "personen": [%s]}' % (_DAG, b", ".join([persoon] * 30))
    with pytest.raises(f.Probleem) as fout:
        randen.unieke_sleutels(body)
    paden = [regel.pad for regel in fout.value.fouten]
    assert len(paden) == f.MAX_FOUTEN and set(paden) <= {f"/personen/{i}/nationaliteit" for i in range(30)}


def test_a_colon_in_a_text_needs_no_second_parse(monkeypatch):
    """`randen.uniek`: a body with ':' in its texts (DUO's timestamps) is proven free of names given twice by writing
    the parsed data out again (first, for the DUO routes), without the standard library's second parse; a name twice,
    or a ':' written as an escape, still goes to the full check."""
    import orjson
    from inburgering_rules.api import fouten as f
    from inburgering_rules.api import randen

    volledig = []
    unieke_sleutels = randen.unieke_sleutels
    monkeypatch.setattr(randen, "unieke_sleutels", lambda body: volledig.append(body) or unieke_sleutels(body))
    tijd = b'{"examens": [{"examendatum": "2024-01-10T09:30:00", "resultaat": "Geslaagd"}], "x": "a:b"}'
    for duo in (False, True):
        assert randen.uniek(tijd, orjson.loads(tijd), tekst_met_dubbelpunt=duo) == orjson.loads(tijd)
    assert volledig == []
    dubbel = b'{"examens": [{"examendatum": "2024-01-10T09:30:00", "examendatum": "2024-01-11T09:30:00"}]}'
    with pytest.raises(f.Probleem):
        randen.uniek(dubbel, orjson.loads(dubbel))
    ontsnapt = b'{"a\\u003a": 1, "a\\u003a": 2}'  # two ':' on both sides, one name twice
    with pytest.raises(f.Probleem):
        randen.uniek(ontsnapt, orjson.loads(ontsnapt))
    assert volledig == [dubbel, ontsnapt]
    diep = b'{"t": "09:30", "x": ' + b"[" * 300 + b"]" * 300 + b"}"  # deeper than orjson writes: the full check
    assert randen.uniek(diep, orjson.loads(diep), tekst_met_dubbelpunt=True) == orjson.loads(diep)
    assert volledig[-1] == diep


_STUKJES = ["a", "b", ":", "\\u003a", "\\u003A", "\\\\", '\\"', "\\u0041", " "]


def _json_met_dubbele_namen():
    from hypothesis import strategies as st

    tekst = st.lists(st.sampled_from(_STUKJES), max_size=4).map(lambda delen: '"' + "".join(delen) + '"')
    waarde = tekst | st.sampled_from(["1", "0.5", "true", "null", "-3"])
    return st.recursive(
        waarde,
        lambda binnen: (st.lists(st.tuples(tekst, binnen), max_size=5)
                        .map(lambda paren: "{" + ",".join(f"{k}:{v}" for k, v in paren) + "}")
                        | st.lists(binnen, max_size=5).map(lambda xs: "[" + ",".join(xs) + "]")),
        max_leaves=30,
    )


def test_uniek_refuses_exactly_what_the_full_check_refuses():
    """On random JSON with names given twice, ':' in texts and ':' written as an escape, `randen.uniek` refuses a body
    exactly when the standard library's check (`unieke_sleutels`) does, with the same errors."""
    import orjson
    from hypothesis import HealthCheck, given, settings
    from inburgering_rules.api import fouten as f
    from inburgering_rules.api import randen

    def uitkomst(functie):
        try:
            functie()
            return None
        except f.Probleem as probleem:
            return [(fout.pad, fout.nl) for fout in probleem.fouten]

    @settings(max_examples=400, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(_json_met_dubbele_namen())
    def vergelijk(tekst):
        body = tekst.encode()
        data = orjson.loads(body)
        volledig = uitkomst(lambda: randen.unieke_sleutels(body))
        assert uitkomst(lambda: randen.uniek(body, data)) == volledig
        assert uitkomst(lambda: randen.uniek(body, data, tekst_met_dubbelpunt=True)) == volledig

    vergelijk()


# -- a review's probe of every POST route (2026-12-07) ------------------------------------------------------

_BEOORDELING = {"peildatum": PEILDATUM, "persoon": STATUSHOUDER}


@pytest.mark.parametrize("body", [orjson.dumps(orjson.dumps(_BEOORDELING).decode()), b"[{}]", b"123", b"true",
                                  b"null", b'"x"'])
def test_a_beoordeling_body_that_is_not_an_object_is_refused_once_parsed(client, body):
    """A body that was one JSON string holding a request was parsed twice and answered 200; a list or a number
    got orjson's "Input must be bytes, bytearray, memoryview, or str"."""
    (fout,) = _fout(client.post("/v1/beoordeling", content=body, headers={"Content-Type": "application/json"}), 400)
    assert fout["pad"] == "/" and fout["en"] == "Must be a JSON object", fout


@pytest.mark.parametrize("pad", ["/v1/beoordeling", "/v1/beoordeling/batch", "/v1/beoordeling/kolommen",
                                 "/v1/vergelijk", "/v1/beoordeling/duo", "/v1/beoordeling/duo/batch",
                                 "/v1/duo/invoer", "/calculate", "/trace"])
def test_an_unknown_query_parameter_is_refused_on_every_post_route(client, pad):
    """`/v1/beoordeling?hervorming=x` was answered under the current law, as if the reform had been applied."""
    (fout,) = _fout(client.post(f"{pad}?hervormin=x", json={}), 400)
    assert fout["pad"] == "?hervormin" and "not known here" in fout["en"]
    assert fout["toegestaan"] == (["hervorming"] if pad in ("/calculate", "/trace") else "geen / none")


def test_a_query_parameter_twice_is_refused_and_named_as_elsewhere(client):
    body = {"personen": {"a": {"inburgeringsplichtig": {PEILDATUM: None}}}}
    (fout,) = _fout(client.post("/calculate?hervorming=concept_wetsvoorstel_2019&hervorming=x", json=body), 400)
    assert fout["pad"] == "?hervorming" and "twice" in fout["en"]
    (fout,) = _fout(client.post("/calculate?hervorming=a*b", json=body), 400)  # FastAPI's check, same path
    assert fout["pad"] == "?hervorming"
    assert client.post("/calculate?hervorming=concept_wetsvoorstel_2019", json=body).status_code == 200


def test_a_charset_has_no_effect_and_a_body_not_utf8_says_so(client):
    """RFC 8259 section 11: a charset parameter has no effect on a JSON recipient (an ASCII body declared us-ascii or
    latin-1 is UTF-8 too); a body that is not UTF-8 said "surrogates not allowed", which read as a JSON error."""
    body = orjson.dumps(_BEOORDELING)
    for charset in ("utf-8", "UTF-8", '"utf-8"', "utf8", "us-ascii", "ISO-8859-1"):
        antwoord = client.post("/v1/beoordeling", content=body,
                               headers={"Content-Type": f"application/json; charset={charset}"})
        assert antwoord.status_code == 200, charset
    latijn = '{"peildatum": "é"}'.encode("latin-1")
    for soort in ("application/json", "application/json; charset=latin-1"):
        (fout,) = _fout(client.post("/v1/beoordeling", content=latijn, headers={"Content-Type": soort}), 400)
        assert fout["en"] == "Invalid JSON: the body is not UTF-8" and fout["nl"].endswith("de body is geen UTF-8")
    tekst = {"Content-Type": "text/plain; charset=latin1"}
    (fout,) = _fout(client.post("/v1/beoordeling", content=body, headers=tekst), 415)
    assert "application/json" in fout["en"]

def test_a_whole_number_beyond_64_bits_is_out_of_range_not_a_non_integer(client):
    """orjson reads 18446744073709551616 as a float; it was refused as "Must be an integer"."""
    body = b'{"peildatum": "%s", "persoon": {"termijn_verlenging_maanden": 18446744073709551616}}' % _DAG
    (fout,) = _fout(client.post("/v1/beoordeling", content=body, headers={"Content-Type": "application/json"}), 400)
    assert fout["pad"] == "/persoon/termijn_verlenging_maanden" and fout["en"].startswith("Must be between 0 and")
    (fout,) = _fout(client.post("/v1/beoordeling", json={"peildatum": PEILDATUM,
                                                         "persoon": {"termijn_verlenging_maanden": 1.5}}), 400)
    assert fout["en"] == "Must be an integer"


def test_a_whole_number_written_with_a_fraction_of_zero_is_an_integer(client):
    """JSON Schema (2020-12, as OpenAPI 3.1 reads it) counts 10.0 as an integer, so the contract's `integer` takes it;
    it was refused as "Must be an integer". Row and columnar routes decide as with 10; 10.5 stays refused."""
    persoon = {**STATUSHOUDER, "termijn_verlenging_maanden": 10}
    heel = client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": persoon, "toelichting": False})
    punt = client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "toelichting": False,
                                               "persoon": {**persoon, "termijn_verlenging_maanden": 10.0}})
    assert heel.status_code == punt.status_code == 200
    assert punt.json()["besluiten"] == heel.json()["besluiten"]
    assert punt.json()["besluiten"]["inburgeringstermijn_einddatum"] != client.post(
        "/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": STATUSHOUDER, "toelichting": False}
    ).json()["besluiten"]["inburgeringstermijn_einddatum"]  # the extension counts
    kolommen = {naam: [waarde, waarde] for naam, waarde in persoon.items()}
    kolommen["termijn_verlenging_maanden"] = [10, 10.0]
    uit = client.post("/v1/beoordeling/kolommen", json={"peildatum": PEILDATUM, "kolommen": kolommen})
    assert uit.status_code == 200, uit.text
    einde = uit.json()["besluiten"]["inburgeringstermijn_einddatum"]
    assert einde == [heel.json()["besluiten"]["inburgeringstermijn_einddatum"]] * 2
    kolommen["termijn_verlenging_maanden"] = [10, 10.5]
    (fout,) = _fout(client.post("/v1/beoordeling/kolommen", json={"peildatum": PEILDATUM, "kolommen": kolommen}), 400)
    assert fout["pad"] == "/kolommen/termijn_verlenging_maanden/1" and fout["en"] == "Must be an integer"


def test_a_date_in_other_digits_is_a_format_error(client):
    """Python's \\d takes Arabic-Indic digits: such a date was told it "does not exist"."""
    (fout,) = _fout(client.post("/v1/beoordeling", json={"peildatum": "٢٠٢٤-٠٥-٠١", "persoon": {}}), 400)
    assert fout["pad"] == "/peildatum" and fout["toegestaan"] == "YYYY-MM-DD" and "form" in fout["en"]


@pytest.mark.parametrize(("hervorming", "pad", "tekst"), [
    ({"naam": "x" * 101, "parameters": {}}, "/hervorming/naam", "naam must be a string of at most 100"),
    ({"naam": {"a": 1}}, "/hervorming/naam", "naam must be a string"),
    ({"beschrijving_en": "y" * 2001}, "/hervorming/beschrijving_en", "at most 2000 characters"),
    ({"artikelen": 12}, "/hervorming/artikelen", "artikelen must be a list of at most 20 strings"),
    ({"artikelen": ["Wi 11"] * 21}, "/hervorming/artikelen", "a list of at most 20"),
    ({"basis": 5}, "/hervorming/basis", "The basis is the name of a named reform (a string)"),
    ({"foo": 1}, "/hervorming/foo", "allowed: basis, parameters, naam, beschrijving_nl, beschrijving_en, artikelen"),
])
def test_the_descriptive_fields_of_a_reform_as_data_are_checked(client, hervorming, pad, tekst):
    """A name of 50,000 characters, or an object as its name, was accepted and echoed in the receipt."""
    body = {"peildatum": PEILDATUM, "persoon": {}, "hervorming": hervorming}
    (fout,) = _fout(client.post("/v1/beoordeling", json=body), 400)
    assert fout["pad"] == pad and tekst in fout["en"], fout


def test_the_descriptive_fields_of_a_reform_within_limits_are_accepted(client):
    hervorming = {"naam": "x" * 100, "beschrijving_nl": "", "artikelen": ["Wi 11 lid 1"] * 20,
                  "basis": "concept_wetsvoorstel_2019"}
    assert client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": {},
                                                "hervorming": hervorming}).status_code == 200


_VIERJARIG = {"termijnen.inburgeringstermijn_maanden": {"2022-01-01": 40}}


@pytest.mark.parametrize(("hervorming", "status"), [
    ({"naam": "vierjarige_termijn"}, 400),  # was 200 with the law in force, the receipt naming the reform
    ({"naam": "vierjarige_termijn", "parameters": _VIERJARIG}, 400),
    ({"naam": "vierjarige_termijn", "basis": "vierjarige_termijn", "parameters": _VIERJARIG}, 400),
    ({"naam": "vierjarige_termijn", "basis": "concept_wetsvoorstel_2019"}, 400),
    ({"naam": "vierjarige_termijn", "basis": "vierjarige_termijn"}, 200),  # that reform itself
    # its own file: exactly its changes (was refused, a review)
    ({"naam": "vierjarige_termijn", "parameters": {"termijnen.inburgeringstermijn_maanden": {"2022-01-01": 48}}}, 200),
    ({"naam": "mijn_termijn", "basis": "vierjarige_termijn", "parameters": _VIERJARIG}, 200),
])
def test_a_reform_as_data_is_named_after_a_named_reform_only_when_it_is_that_reform(client, hervorming, status):
    body = {"peildatum": PEILDATUM, "persoon": STATUSHOUDER, "hervorming": hervorming}
    antwoord = client.post("/v1/beoordeling", json=body)
    assert antwoord.status_code == status, antwoord.text
    if status == 400:
        (fout,) = _fout(antwoord, 400)
        assert fout["pad"] == "/hervorming/naam" and '"hervorming": "vierjarige_termijn"' in fout["en"]
        assert "--hervorming vierjarige_termijn" in fout["en"]
        assert "benoemde hervorming" in fout["nl"]


@pytest.mark.parametrize("hervorming", [None, {}, {"parameters": {}}])
def test_vergelijk_needs_a_reform_that_changes_something(client, hervorming):
    """The law compared with itself answered 200 with an empty comparison."""
    body = {"peildatum": PEILDATUM, "personen": [STATUSHOUDER], "hervorming": hervorming}
    (fout,) = _fout(client.post("/v1/vergelijk", json=body), 400)
    assert fout["pad"] == "/hervorming" and "changes something" in fout["en"]


@pytest.mark.parametrize("id_", ["", "x" * 101])
def test_a_calculate_id_has_1_to_100_characters(client, id_):
    body = {"personen": {id_: {"inburgeringsplichtig": {PEILDATUM: None}}}}
    (fout,) = _fout(client.post("/calculate", json=body), 400)
    # the pointer's segment cut as every pointer is (`fouten.pad`): at most 100 characters, a cut one ending in "…"
    assert fout["en"] == "An id has 1 to 100 characters" and fout["pad"] == f"/personen/{id_[:99] + '…' if id_ else ''}"
    assert client.post("/calculate", json={"personen": {"x" * 100: {"inburgeringsplichtig": {PEILDATUM: None}}}}
                       ).status_code == 200


def test_a_day_variable_asked_for_eternity_says_so(client):
    body = {"personen": {"a": {"inburgeringsplichtig": {"ETERNITY": None}}}}
    (fout,) = _fout(client.post("/calculate", json=body), 400)
    assert fout["en"] == "'inburgeringsplichtig' is defined per DAY; period 'ETERNITY' is not a DAY"


def test_a_trace_asks_at_most_max_trace_calculations_values(streng):
    """A trace is some 3 KB and 3 ms a value: 10,000 values ran minutes; the limit answers at once."""
    body = {"personen": {"a": {"inburgeringsplichtig": {f"2024-05-{d:02d}": None for d in range(1, 5)}}}}
    (fout,) = _fout(streng.post("/trace", json=body, headers={"Authorization": "Bearer geheim"}), 413)
    assert fout["toegestaan"] == "<= 3" and "trace" in fout["en"]
    drie = {"personen": {"a": {"inburgeringsplichtig": {f"2024-05-{d:02d}": None for d in range(1, 4)}}}}
    assert streng.post("/trace", json=drie, headers={"Authorization": "Bearer geheim"}).status_code == 200
