"""GET /v1/hervormingen and POST /v1/vergelijk: baseline and reform side by side."""

from gevallen import EU_BURGER, PEILDATUM, STATUSHOUDER


def test_named_reforms_are_listed_with_the_articles_they_change(client):
    antwoord = client.get("/v1/hervormingen")
    assert antwoord.status_code == 200
    per_naam = {h["naam"]: h for h in antwoord.json()}
    assert "concept_wetsvoorstel_2019" in per_naam and len(per_naam) >= 3
    for hervorming in per_naam.values():
        assert hervorming["beschrijving_nl"] and hervorming["beschrijving_en"] and hervorming["artikelen"]


def test_concept_bill_moves_only_the_pvt_deadline(client):
    persoon = {**STATUSHOUDER, "verblijf_verkregen_datum": "2022-12-01", "pip_datum": "2023-03-14"}
    antwoord = client.post("/v1/vergelijk", json={"peildatum": PEILDATUM, "hervorming": "concept_wetsvoorstel_2019",
                                                  "personen": [persoon, EU_BURGER]})
    assert antwoord.status_code == 200, antwoord.text
    uit = antwoord.json()
    assert uit["aantal_personen"] == 2
    assert uit["personen"] == [{"index": 0, "verschillen": {
        "pvt_uiterste_datum": {"basis": "2026-03-14", "hervorming": "2024-09-14"}}}]
    assert uit["samenvatting"] == {"pvt_uiterste_datum": 1}
    assert uit["ontvangstbewijs"]["hervorming"] == "concept_wetsvoorstel_2019"


def test_inline_reform_of_the_term(client):
    persoon = {**STATUSHOUDER, "verblijf_verkregen_datum": "2022-12-01", "pip_datum": "2023-03-14"}
    hervorming = {"parameters": {"termijnen.inburgeringstermijn_maanden": {"2022-01-01": 48}}}
    uit = client.post("/v1/vergelijk", json={"peildatum": PEILDATUM, "hervorming": hervorming,
                                             "personen": [persoon]}).json()
    assert uit["personen"][0]["verschillen"]["inburgeringstermijn_einddatum"] == {
        "basis": "2026-03-14", "hervorming": "2027-03-14"}


def test_a_reform_is_required_and_unknown_reforms_are_named(client):
    zonder = client.post("/v1/vergelijk", json={"peildatum": PEILDATUM, "personen": [EU_BURGER]})
    assert zonder.status_code == 400 and zonder.json()["fouten"][0]["pad"] == "/hervorming"
    onbekend = client.post("/v1/vergelijk", json={"peildatum": PEILDATUM, "hervorming": "bestaat_niet",
                                                  "personen": [EU_BURGER]})
    assert onbekend.status_code == 400 and onbekend.json()["fouten"][0]["pad"].startswith("/hervorming")


def test_the_comparison_pauses_the_collector(client, collector_tijdens):
    """Both evaluations of a comparison run with the cyclic collector paused, as a batch's (`service.zonder_gc`;
    10,000 persons 1.65 -> 0.99 s of CPU in-process), and it is on again after."""
    import gc

    from inburgering_rules.api.service import Dienst

    gezien = collector_tijdens(Dienst, "resultaten")
    antwoord = client.post("/v1/vergelijk", json={"peildatum": PEILDATUM, "hervorming": "concept_wetsvoorstel_2019",
                                                  "personen": [STATUSHOUDER, EU_BURGER]})
    assert antwoord.status_code == 200 and gezien == [False, False]
    assert gc.isenabled()
