"""POST /v1/beoordeling/kolommen: columns in, a column per decision out (JSON or Arrow), the batch's answers."""

from __future__ import annotations

from datetime import date

import pyarrow
import pytest
from gevallen import PEILDATUM, PERSONEN
from schema_hulp import plat

from inburgering_rules import publiek, simulatie
from inburgering_rules.datums import lees_iso

ARROW = "application/vnd.apache.arrow.stream"


def _kolommen(personen: list[dict]) -> dict:
    namen = sorted(set().union(*personen))
    return {naam: [p.get(naam) for p in personen] for naam in namen if naam != "id"}


def _post(client, kolommen, **kop):
    return client.post("/v1/beoordeling/kolommen", json={"peildatum": PEILDATUM, "kolommen": kolommen, "hervorming": None},
                       headers=kop)


def test_columns_give_the_answers_of_the_row_batch_in_json_and_arrow(client):
    rijen = client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": PERSONEN}).json()["resultaten"]
    als_json = _post(client, _kolommen(PERSONEN))
    assert als_json.status_code == 200 and als_json.headers["content-type"] == "application/json"
    besluiten = als_json.json()["besluiten"]
    arrow = _post(client, _kolommen(PERSONEN), accept=ARROW)
    assert arrow.status_code == 200 and arrow.headers["content-type"] == ARROW
    tabel = pyarrow.ipc.open_stream(arrow.content).read_all()
    assert tabel.column_names == [*publiek.BESLUITEN, "oorzaken", "onbepaald", "nog_niet"]
    bits = als_json.json()["besluit_bits"]
    assert bits == list(publiek.BESLUITEN) and tabel.schema.metadata[b"besluit_bits"].decode().split(",") == bits
    gezien = set()
    for i, rij in enumerate(rijen):
        for j, naam in enumerate(bits):
            onbepaald = rij["status"][naam] == "onbepaald"
            verwacht = None if onbepaald else rij["besluiten"][naam]
            assert besluiten[naam][i] == verwacht, (i, naam)
            waarde = tabel.column(naam)[i].as_py()
            assert (str(waarde) if hasattr(waarde, "isoformat") else waarde) == verwacht, (i, naam)
            # the row batch's status from the two masks: undetermined, waiting for an event, else not applicable
            status = [s for s in ("onbepaald", "nog_niet") if als_json.json()[s][i] >> j & 1]
            assert status == ([rij["status"][naam]] if verwacht is None and rij["status"][naam] != "niet_van_toepassing"
                              else []), (i, naam)
            assert (verwacht is None) is (rij["status"][naam] != "besloten"), (i, naam)
            gezien.add(rij["status"][naam])
    assert gezien == {"onbepaald", "nog_niet", "niet_van_toepassing", "besloten"}
    assert [tabel.column(s).to_pylist() for s in ("onbepaald", "nog_niet")] == [als_json.json()[s] for s in ("onbepaald", "nog_niet")]


def test_the_arrow_schema_is_fixed_whatever_the_values(client):
    """A column's Arrow type follows the decision's kind, not the values: an enum decision that was null for everyone
    (or a request of no persons) was typed `null`, so two answers could not be concatenated (a review)."""
    def tabel(kolommen):
        antwoord = client.post("/v1/beoordeling/kolommen", json={"peildatum": PEILDATUM, "kolommen": kolommen},
                               headers={"Accept": ARROW})
        return pyarrow.ipc.open_stream(antwoord.content).read_all()

    tabellen = [tabel({"nationaliteit": ["SY"], "geboortedatum": ["1990-01-01"],
                       "verblijfsvergunning": ["asiel_bepaalde_tijd"]}),
                tabel({"nationaliteit": ["PL"], "geboortedatum": ["1990-01-01"], "verblijfsvergunning": [None]}),
                tabel({"nationaliteit": []})]
    leeg = {naam for t in tabellen[:2] for naam in t.column_names if t.column(naam).null_count == t.num_rows}
    assert {"doelgroep", "vrijstellingsgrond"} & leeg  # an enum column null for everyone in one of them
    assert tabellen[0].schema == tabellen[1].schema == tabellen[2].schema
    assert pyarrow.concat_tables(tabellen).num_rows == 2
    assert str(tabellen[0].schema.field("doelgroep").type) == "string"


def test_every_bad_value_is_named_up_to_the_cap(client):
    """Every bad value of every column, as the row batch names them (it named only the first of the first column)."""
    antwoord = _post(client, {"lesuren_gevolgd": [-1, "x", None, None], "knm_behaald": [None, None, 1, None],
                              "pip_datum": [None, None, None, "2024-2-1"]})
    assert [f["pad"] for f in antwoord.json()["fouten"]] == [
        "/kolommen/lesuren_gevolgd/0", "/kolommen/lesuren_gevolgd/1", "/kolommen/knm_behaald/2", "/kolommen/pip_datum/3"]
    fouten = _post(client, {"lesuren_gevolgd": ["x"] * 30}).json()["fouten"]
    assert len(fouten) == 21 and fouten[-1]["en"] == "More errors than the first 20 listed above"  # not counted
    assert fouten[19]["pad"] == "/kolommen/lesuren_gevolgd/19"


def test_the_receipt_hashes_the_validated_columns(client):
    """The receipt hashed the body's columns as sent: 10.0 for a whole number, or a column of nulls, gave the same
    decisions another hash (a review); now the validated columns, a column of nulls as the column left out."""
    def hash_van(kolommen):
        return _post(client, kolommen).json()["ontvangstbewijs"]["invoer_sha256"]

    basis = hash_van({"geboortedatum": ["1990-01-01"], "lesuren_gevolgd": [10]})
    assert hash_van({"geboortedatum": ["1990-01-01"], "lesuren_gevolgd": [10.0]}) == basis
    bedrag = hash_van({"geboortedatum": ["1990-01-01"], "gemeentelijke_boetes_opgelegd_bedrag": [10]})
    assert hash_van({"geboortedatum": ["1990-01-01"], "gemeentelijke_boetes_opgelegd_bedrag": [10.0]}) == bedrag
    # nobody gave anything: the number of persons still tells the inputs apart (a review found one hash for all)
    assert len({hash_van({"knm_behaald": [None] * n}) for n in (0, 1, 2)} | {hash_van({"id": [None] * 3})}) == 4
    assert hash_van({"lesuren_gevolgd": [10], "geboortedatum": ["1990-01-01"], "pip_datum": [None]}) == basis
    assert hash_van({"geboortedatum": ["1990-01-01"], "lesuren_gevolgd": [11]}) != basis
    assert hash_van({"geboortedatum": ["1990-01-01"], "lesuren_gevolgd": [10], "pip_datum": ["2024-01-01"]}) != basis


def test_the_callers_ids_come_back_as_the_first_column(client):
    """`id` as in a person of the row batch: echoed back (JSON `id`, Arrow's first column), never used in a decision,
    and validated as there."""
    kolommen = {"id": ["zaak-1", None], "geboortedatum": ["1990-01-01", "1990-01-01"], "nationaliteit": ["SY", "SY"]}
    json_antwoord = _post(client, kolommen).json()
    assert json_antwoord["id"] == ["zaak-1", None]
    zonder = _post(client, {naam: w for naam, w in kolommen.items() if naam != "id"}).json()
    assert "id" not in zonder and zonder["besluiten"] == json_antwoord["besluiten"]
    tabel = pyarrow.ipc.open_stream(_post(client, kolommen, accept=ARROW).content).read_all()
    assert tabel.column_names[0] == "id" and tabel.column("id").to_pylist() == ["zaak-1", None]
    fout = _post(client, {"id": ["zaak 1"], "geboortedatum": ["1990-01-01"]})
    assert fout.status_code == 400 and fout.json()["fouten"][0]["pad"] == "/kolommen/id/0"


def test_the_answer_varies_with_accept(client):
    for accept in (None, ARROW):
        antwoord = _post(client, {"geboortedatum": ["1990-01-01"]}, **({"accept": accept} if accept else {}))
        assert antwoord.headers["vary"] == "Accept, Accept-Language"


def test_the_columnar_route_has_its_own_limit(streng, client):
    """MAX_COLUMNAR_PERSONS (50,000 by default), apart from the row batch's MAX_BATCH_SIZE (10,000): the columnar
    route is the one for large batches."""
    kop = {"Authorization": "Bearer geheim"}
    drie = {"peildatum": PEILDATUM, "kolommen": {"knm_behaald": [True] * 3}}
    assert streng.post("/v1/beoordeling/kolommen", json=drie, headers=kop).status_code == 200
    vier = {"peildatum": PEILDATUM, "kolommen": {"knm_behaald": [True] * 4}}
    assert streng.post("/v1/beoordeling/kolommen", json=vier, headers=kop).status_code == 413  # the other side
    personen = {"peildatum": PEILDATUM, "personen": [{"knm_behaald": True}] * 3}
    assert streng.post("/v1/beoordeling/batch", json=personen, headers=kop).status_code == 200
    kolom = {"peildatum": PEILDATUM, "kolommen": {"knm_behaald": [True] * 10_001}}
    assert client.post("/v1/beoordeling/kolommen", json=kolom).status_code == 200
    pad = client.get("/openapi.json").json()["paths"]["/v1/beoordeling/kolommen"]["post"]
    assert "MAX_COLUMNAR_PERSONS" in pad["description"] and "50000" in pad["description"]


def test_causes_are_a_bit_mask_of_the_missing_facts(client):
    antwoord = _post(client, {"geboortedatum": [None, "1990-01-01"], "nationaliteit": ["SY", None]}).json()
    bits = antwoord["oorzaak_bits"]
    assert bits == list(simulatie.ONZEKER)
    eerste, tweede = antwoord["oorzaken"]
    assert eerste >> bits.index("geboortedatum") & 1 and not tweede >> bits.index("geboortedatum") & 1
    assert tweede >> bits.index("nationaliteit") & 1
    assert antwoord["besluiten"]["inburgeringsplichtig"] == [None, None]


def test_every_cause_has_its_own_bit_also_from_the_ninth_on(client):
    """13 causes: bits 8-12 were lost in a mask of 8 bits (Arrow column uint8); the mask is 32 bits wide (19 causes,
    from bit 16 on lost in 16 bits)."""
    persoon = {"geboortedatum": "1992-04-20", "nationaliteit": "TR",
               "verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinsmigratie",
               "verblijf_verkregen_datum": "2022-11-01", "pip_datum": "2023-03-14",
               "boete_art_24_bekendmaking_datum": "2026-04-15", "boete_art_24_aantal": 1}
    kolommen = {naam: [waarde] for naam, waarde in persoon.items()}
    body = {"peildatum": "2026-05-01", "kolommen": kolommen}
    antwoord = client.post("/v1/beoordeling/kolommen", json=body).json()
    bits = antwoord["oorzaak_bits"]
    assert bits.index("verhindering_niet_verwijtbaar") >= 8
    assert bits.index("boete_art_24_nieuwe_termijn_maanden") >= 8
    for naam in ("verhindering_niet_verwijtbaar", "boete_art_24_nieuwe_termijn_maanden"):
        assert antwoord["oorzaken"][0] >> bits.index(naam) & 1, naam
    arrow = client.post("/v1/beoordeling/kolommen", json=body, headers={"Accept": ARROW})
    tabel = pyarrow.ipc.open_stream(arrow.content).read_all()
    assert str(tabel.schema.field("oorzaken").type) == "uint32"
    assert tabel.column("oorzaken")[0].as_py() == antwoord["oorzaken"][0]


def test_a_new_kind_of_cause_is_appended_so_earlier_bits_keep_their_place(client):
    """wil_vervolgonderwijs (Wi 8 lid 1: what the person indicated in the brede intake) is bit 13, after the 13
    causes of before; a person without it and without a route has that bit for the onderwijsroute."""
    persoon = {"geboortedatum": "1992-04-20", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijfsdoel": "overig_niet_tijdelijk", "verblijf_verkregen_datum": "2023-09-01"}
    body = {"peildatum": "2024-05-01", "kolommen": {naam: [waarde] for naam, waarde in persoon.items()}}
    antwoord = client.post("/v1/beoordeling/kolommen", json=body).json()
    bits = antwoord["oorzaak_bits"]
    assert bits[:13] == [*publiek.NODIGE_FEITEN, *publiek.OORDELEN, "boete_art_24_nieuwe_termijn_maanden",
                         "boete_art_25_nieuwe_termijn_maanden"]
    assert bits.index("wil_vervolgonderwijs") == 13
    assert antwoord["oorzaken"][0] >> 13 & 1 and antwoord["besluiten"]["onderwijsroute_mogelijk"] == [None]


@pytest.mark.parametrize(("kolommen", "pad"), [
    ({"geboortedatum": ["1990-01-01", "1990-02-30"]}, "/kolommen/geboortedatum/1"),
    ({"geboortedatum": ["1990-1-01"]}, "/kolommen/geboortedatum/0"),
    ({"geboortedatum": ["1899-12-31"]}, "/kolommen/geboortedatum/0"),
    ({"pip_datum": [None, "2024/01/01"]}, "/kolommen/pip_datum/1"),
    ({"pip_datum": ["2024-01-01", "2024-01-011"]}, "/kolommen/pip_datum/1"),
    ({"nationaliteit": ["SY", "QQ"]}, "/kolommen/nationaliteit/1"),
    ({"verblijfsvergunning": [None, None, "vrij"]}, "/kolommen/verblijfsvergunning/2"),
    # texts are checked on their distinct values: a value that is no text, or cannot be in a set, is still found
    ({"verblijfsvergunning": ["asiel_bepaalde_tijd", ["asiel_bepaalde_tijd"]]}, "/kolommen/verblijfsvergunning/1"),
    ({"verblijfsdoel": [None, "studie", True]}, "/kolommen/verblijfsdoel/2"),
    ({"nationaliteit": ["SY", 1]}, "/kolommen/nationaliteit/1"),
    ({"nationaliteit": ["SY", {"land": "SY"}]}, "/kolommen/nationaliteit/1"),
    ({"leerplichtig_geweest_jaren": [3, True]}, "/kolommen/leerplichtig_geweest_jaren/1"),
    ({"leerplichtig_geweest_jaren": [3, 151]}, "/kolommen/leerplichtig_geweest_jaren/1"),
    ({"gemeentelijke_boetes_opgelegd_bedrag": [1.5, 2.555]}, "/kolommen/gemeentelijke_boetes_opgelegd_bedrag/1"),
    ({"knm_behaald": [True, 1]}, "/kolommen/knm_behaald/1"),
    ({"onbekend": [1]}, "/kolommen/onbekend"),
    ({"geboortedatum": ["1990-01-01"], "nationaliteit": ["SY", "PL"]}, "/kolommen/nationaliteit"),
    ({"geboortedatum": "1990-01-01"}, "/kolommen/geboortedatum"),
])
def test_each_column_is_validated_as_strictly_as_the_typed_api_naming_column_and_row(client, kolommen, pad):
    antwoord = _post(client, kolommen)
    assert antwoord.status_code == 400
    fout = antwoord.json()["fouten"][0]
    assert fout["pad"] == pad and fout["nl"] and fout["en"]


def test_an_unknown_column_or_name_is_named_with_the_closest(client):
    """As the typed API: the name given, what is allowed there and the closest (it said only "Unknown input")."""
    fout = _post(client, {"geboorte_datum": ["1990-01-01"]}).json()["fouten"][0]
    assert fout["nl"] == "Onbekende invoer 'geboorte_datum'. Bedoelde u geboortedatum?"
    assert fout["en"] == "Unknown input 'geboorte_datum'. Did you mean geboortedatum?"
    assert "geboortedatum" in fout["toegestaan"]
    fout = client.post("/v1/beoordeling/kolommen", json={"peildatum": "2024-05-01", "kolom": {}}).json()["fouten"][0]
    assert fout["pad"] == "/kolom" and fout["en"] == "Unknown name 'kolom'. Did you mean kolommen?"


def test_impossible_dates_are_a_400_naming_column_and_row(client):
    antwoord = _post(client, {"geboortedatum": ["1990-01-01", "2030-01-01"], "pip_datum": ["1980-01-01", None]})
    assert antwoord.status_code == 400
    assert [f["pad"] for f in antwoord.json()["fouten"]] == ["/kolommen/geboortedatum/1", "/kolommen/pip_datum/0"]


def test_many_impossible_values_describe_the_first_and_count_the_rest(client):
    """One cap for every list of errors (`fouten.ten_hoogste`), in columns, rows and DUO data alike: the first
    `MAX_FOUTEN` described and how many more there are (a review found 50 here, 20 elsewhere, and no count)."""
    from inburgering_rules.api.fouten import MAX_FOUTEN

    kolommen = {"geboortedatum": ["2030-01-01"] * 30, "boete_art_24_aantal": [1] * 30}
    antwoord = _post(client, kolommen)
    assert antwoord.status_code == 400
    fouten = antwoord.json()["fouten"]
    assert [f["pad"] for f in fouten[:-1]] == [f"/kolommen/geboortedatum/{rij}" for rij in range(MAX_FOUTEN)]
    assert fouten[-1]["nl"] == f"Nog 40 fouten dan de eerste {MAX_FOUTEN} hierboven"
    rijen = client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": [
        {"geboortedatum": "2030-01-01", "boete_art_24_aantal": 1}] * 30})
    assert rijen.json()["fouten"][-1]["nl"] == f"Nog 40 fouten dan de eerste {MAX_FOUTEN} hierboven"


def test_a_number_of_fines_needs_the_day_of_the_latest(client):
    """As the typed API: fines imposed (count above 0) without the day the latest was made known are refused."""
    antwoord = _post(client, {"boete_art_24_aantal": [0, 1, 2, None],
                              "boete_art_24_bekendmaking_datum": [None, "2024-04-01", None, None]})
    assert antwoord.status_code == 400
    assert [f["pad"] for f in antwoord.json()["fouten"]] == ["/kolommen/boete_art_24_aantal/2"]
    assert _post(client, {"boete_art_25_aantal": [1]}).json()["fouten"][0]["pad"] == "/kolommen/boete_art_25_aantal/0"


def test_the_other_municipalitys_pip_needs_the_move(client):
    """As the typed API (Bi 5.3 lid 3): a PIP of the other municipality without the registration there is refused,
    and so is the registration there without the first PIP (a move of lid 3 follows it)."""
    antwoord = _post(client, {"pip_andere_gemeente_datum": [None, "2024-05-01", "2024-05-01", None],
                              "brp_inschrijving_andere_gemeente_datum": [None, "2024-03-01", None, "2024-03-01"],
                              "pip_datum": [None, "2024-01-10", None, None]})
    assert antwoord.status_code == 400
    assert [f["pad"] for f in antwoord.json()["fouten"]] == [
        "/kolommen/pip_andere_gemeente_datum/2", "/kolommen/brp_inschrijving_andere_gemeente_datum/3"]


def test_body_errors_limits_and_accept(client, streng):
    assert _post(client, {}).status_code == 400
    assert client.post("/v1/beoordeling/kolommen", json={"kolommen": {"knm_behaald": [True]}}).json()["fouten"][0]["pad"] == "/peildatum"
    assert client.post("/v1/beoordeling/kolommen", json={"peildatum": "2024-13-01", "kolommen": {}}).status_code == 400
    assert _post(client, {"knm_behaald": [True]}, accept="text/csv").status_code == 406
    te_veel = streng.post("/v1/beoordeling/kolommen", json={"peildatum": PEILDATUM, "kolommen": {"knm_behaald": [True] * 4}},
                          headers={"Authorization": "Bearer geheim"})
    assert te_veel.status_code == 413 and te_veel.json()["fouten"][0]["pad"] == "/kolommen"


def test_in_the_openapi_document(client):
    pad = client.get("/openapi.json").json()["paths"]["/v1/beoordeling/kolommen"]["post"]
    assert set(pad["responses"]["200"]["content"]) == {"application/json", ARROW}
    assert "kolommen" in pad["requestBody"]["content"]["application/json"]["schema"]["properties"]


_JSON_TYPEN = {"boolean": bool, "string": str, "integer": int, "number": (int, float)}


def test_the_openapi_document_types_every_column_as_the_answers_give_it(client):
    """Every column was `{"type": "array", "items": {}}`: a generated client could not type one (a review)."""
    pad = client.get("/openapi.json").json()["paths"]["/v1/beoordeling/kolommen"]["post"]
    invoer = pad["requestBody"]["content"]["application/json"]["schema"]["properties"]["kolommen"]["properties"]
    assert invoer["geboortedatum"]["items"]["format"] == "date"
    spec = client.get("/openapi.json").json()
    assert "asiel_bepaalde_tijd" in plat(spec, invoer["verblijfsvergunning"]["items"])["enum"]
    assert invoer["knm_behaald"]["items"]["type"] == ["boolean", "null"]
    kolommen = pad["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["besluiten"]["properties"]
    besluiten = _post(client, _kolommen(PERSONEN)).json()["besluiten"]
    assert set(kolommen) == set(besluiten)
    gezien = set()
    for naam, waarden in besluiten.items():
        items = plat(spec, kolommen[naam]["items"])
        (soort,) = set(items["type"]) - {"null"}
        for waarde in waarden:
            if waarde is None:
                assert "null" in items["type"], naam
                continue
            assert isinstance(waarde, _JSON_TYPEN[soort]) and (soort == "boolean") == isinstance(waarde, bool), naam
            assert waarde in items.get("enum", [waarde]), naam
            if items.get("format") == "date":
                date.fromisoformat(waarde)
            gezien.add((soort, items.get("format"), "enum" in items))
    soorten = {("boolean", None, False), ("string", "date", False), ("string", None, True), ("number", "double", False)}
    assert soorten <= gezien
    # every decision column is in every answer: required (a review: a client typed each as optional)
    schema = pad["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["besluiten"]
    assert schema["required"] == list(kolommen)


def test_the_eu_family_member_is_bit_14(client):
    """familielid_eu_burger (I43) comes after wil_vervolgonderwijs: asked for a non-EU national with residence under
    EU law, for the reason and the loan; not for a residence permit of Vw 8 a."""
    persoon = {"geboortedatum": ["1990-01-01"] * 2, "nationaliteit": ["BR"] * 2,
               "verblijfsvergunning": ["gemeenschapsrecht", "regulier_bepaalde_tijd"],
               "verblijfsdoel": [None, "gezinsmigratie"], "verblijf_verkregen_datum": ["2024-01-10"] * 2,
               "wil_vervolgonderwijs": [False, False]}
    antwoord = client.post("/v1/beoordeling/kolommen", json={"peildatum": "2025-10-01", "kolommen": persoon}).json()
    bits = antwoord["oorzaak_bits"]
    assert bits[:14] == [*publiek.NODIGE_FEITEN, *publiek.OORDELEN, "boete_art_24_nieuwe_termijn_maanden",
                         "boete_art_25_nieuwe_termijn_maanden", "wil_vervolgonderwijs"]
    assert bits.index("familielid_eu_burger") == 14
    assert [o >> 14 & 1 for o in antwoord["oorzaken"]] == [1, 0]
    assert antwoord["besluiten"]["reden_geen_inburgeringsplicht"] == [None, "niet_van_toepassing"]
    assert antwoord["besluiten"]["lening_maximum_bedrag"] == [None, 0]


def test_a_list_inside_a_column_is_a_400_naming_the_value(client):
    """A nested list in a date column was a 500 (the column became 2-D) or, as [[None]], silently "not given"."""
    for kolommen in ({"pip_datum": [["2023-01-01"]]}, {"pip_datum": [[None, "2023-01-01"]]},
                     {"geboortedatum": ["1990-01-01"], "pip_datum": [[None]]}):
        for accept in ("application/json", "application/vnd.apache.arrow.stream"):
            antwoord = client.post("/v1/beoordeling/kolommen", json={"peildatum": "2024-05-01", "kolommen": kolommen},
                                   headers={"Accept": accept})
            assert antwoord.status_code == 400, antwoord.text
            assert antwoord.json()["fouten"][0]["pad"] == "/kolommen/pip_datum/0"


def test_a_format_refused_with_q_0_is_not_chosen():
    from inburgering_rules.api import fouten
    from inburgering_rules.api.kolommen import ARROW, gewenst

    assert gewenst(f"{ARROW};q=0, application/json") == "application/json"
    assert gewenst("application/json;q=1") == "application/json"
    with pytest.raises(fouten.Probleem):
        gewenst("application/json;q=0")


def test_the_format_with_the_higher_q_value_is_chosen():
    """RFC 9110 12.5.1: Arrow was chosen whenever it was allowed, also when the client preferred JSON (a review)."""
    from inburgering_rules.api.kolommen import gewenst

    assert gewenst(f"{ARROW}; q=0.5, application/json") == "application/json"
    assert gewenst(f"application/json, {ARROW};q=0.1") == "application/json"
    assert gewenst(f"application/json;q=0.4, {ARROW};q=0.5") == ARROW
    assert gewenst(f"{ARROW}, application/json") == gewenst(f"application/json, {ARROW}") == ARROW  # a tie
    assert gewenst(ARROW) == ARROW and gewenst("") == gewenst("*/*") == "application/json"
    assert gewenst(f"{ARROW};q=abc, application/json;q=0.9") == ARROW  # an unreadable q is 1
    assert gewenst(" , ") == "application/json"  # no media type: any, as no header


@pytest.mark.parametrize(("accept", "formaat"), [
    ("application/json;q=0, */*", ARROW),  # JSON refused by name; the wildcard still allows Arrow
    (f"application/json;q=0.1, {ARROW};q=0.5, */*;q=0.9", ARROW),  # each from its most specific range
    (f"*/*;q=0.5, {ARROW};q=0.4", "application/json"),
    ("application/*", "application/json"), ("*/*", "application/json"),
    (f'{ARROW};foo="a,b";q=0.1, application/json;q=0.2', "application/json"),  # a comma inside quotes
    ("application/problem+json", "application/json"),
])
def test_each_format_takes_the_q_of_its_most_specific_range(accept, formaat):
    """RFC 9110 12.5.1 (a review: JSON took the highest q of every range that allowed it, so `application/json;q=0,
    */*` was answered in JSON)."""
    from inburgering_rules.api.kolommen import gewenst

    assert gewenst(accept) == formaat


@pytest.mark.parametrize(("rij", "waarde"), [(1500, "1899-12-31"), (7, "2023-02-29"), (2047, "2024-1-01"), (3, 20240101)])
def test_a_long_date_column_is_read_as_strictly_as_a_short_one(client, rij, waarde):
    """From `simulatie.ARROW_VANAF` values on, a date column is read by pyarrow (`datums.lees_iso`): a day outside
    1900-2100, one that does not exist, another form or no text is still a 400 naming column and row."""
    kolom = ["1990-01-01", None] * (simulatie.ARROW_VANAF // 2)
    kolom[rij] = waarde
    antwoord = _post(client, {"geboortedatum": kolom})
    assert antwoord.status_code == 400
    assert [f["pad"] for f in antwoord.json()["fouten"]] == [f"/kolommen/geboortedatum/{rij}"]


def test_a_long_column_gives_the_answers_of_a_short_one(client):
    personen = PERSONEN * (simulatie.ARROW_VANAF // len(PERSONEN) + 1)
    lang, kort = _post(client, _kolommen(personen)).json(), _post(client, _kolommen(PERSONEN)).json()
    for naam, waarden in kort["besluiten"].items():
        assert lang["besluiten"][naam][: len(PERSONEN)] == waarden, naam


def test_a_short_column_is_not_read_by_pyarrow(client, monkeypatch):
    """A small request never loads pyarrow (about 85 MB): its date columns are walked with the validator."""
    from inburgering_rules.api import kolommen

    monkeypatch.setattr(kolommen, "lees_iso", lambda waarden: pytest.fail("pyarrow read a short column"))
    assert _post(client, _kolommen(PERSONEN)).status_code == 200


@pytest.mark.parametrize("aantal, gelezen", [(simulatie.ARROW_VANAF - 1, False), (simulatie.ARROW_VANAF, True)])
def test_pyarrow_reads_a_date_column_from_arrow_vanaf_values_on(client, monkeypatch, aantal, gelezen):
    """Both sides of `simulatie.ARROW_VANAF`: one value fewer is walked, that many is read by `datums.lees_iso`;
    the answer is the same either way."""
    from inburgering_rules.api import kolommen

    gevraagd = []
    monkeypatch.setattr(kolommen, "lees_iso", lambda waarden: gevraagd.append(len(waarden)) or lees_iso(waarden))
    antwoord = _post(client, {"geboortedatum": ["1990-01-01"] * aantal, "verblijf_verkregen_datum": [None] * aantal})
    assert antwoord.status_code == 200 and antwoord.json()["aantal_personen"] == aantal
    assert gevraagd == ([aantal, aantal] if gelezen else [])

