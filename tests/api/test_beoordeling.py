"""POST /v1/beoordeling: the typed decision API."""

from __future__ import annotations

import re

from gevallen import EU_BURGER, ONVOLLEDIG, PEILDATUM, STATUSHOUDER, beoordeel
from schema_hulp import plat

from inburgering_rules import publiek

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def test_every_decision_with_json_types(client):
    antwoord = beoordeel(client, STATUSHOUDER)
    assert antwoord.status_code == 200
    besluiten = antwoord.json()["besluiten"]
    assert list(besluiten) == list(publiek.BESLUITEN)
    assert besluiten["inburgeringsplichtig"] is True
    assert besluiten["doelgroep"] == "asielstatushouder"
    assert ISO.fullmatch(besluiten["inburgeringstermijn_einddatum"])
    for naam in publiek.GELD & set(besluiten):
        assert isinstance(besluiten[naam], int | float) and round(besluiten[naam], 2) == besluiten[naam]


def test_toelichting_cites_the_law_and_explains(client):
    inhoud = beoordeel(client, STATUSHOUDER).json()
    toelichting = inhoud["toelichting"]["inburgeringsplichtig"]
    assert {
        "regeling": "Wet inburgering 2021",
        "artikel": "3",
        "lid": "1",
        "url": "https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=3&lid=1",
    } in toelichting["grondslag"]
    assert toelichting["uitleg"]["nl"].startswith("Inburgeringsplichtig")
    assert toelichting["uitleg"]["en"].startswith("Obligated")
    assert set(inhoud["toelichting"]) == set(publiek.BESLUITEN)


def test_not_obligated_names_the_reason(client):
    inhoud = beoordeel(client, EU_BURGER).json()
    assert inhoud["besluiten"]["inburgeringsplichtig"] is False
    assert inhoud["besluiten"]["reden_geen_inburgeringsplicht"] == "eu_eer_zwitserland"
    assert "EU" in inhoud["toelichting"]["inburgeringsplichtig"]["uitleg"]["en"]


def test_fines_name_the_authority(client):
    boetes = beoordeel(client, STATUSHOUDER).json()["boetes"]
    assert {sleutel: b["bevoegd"] for sleutel, b in boetes.items()} == {
        "art_22": "college",
        "art_23": "college",
        "art_24": "duo",
        "art_25": "duo",
    }
    assert boetes["art_25"]["soort"] == "maximum"
    assert all(b["voorwaarden_vervuld"] in (True, False) for b in boetes.values())


def test_timeline_is_dated_and_ordered(client):
    tijdlijn = beoordeel(client, STATUSHOUDER).json()["tijdlijn"]
    datums = [item["datum"] for item in tijdlijn]
    assert datums == sorted(datums)
    namen = {item["naam"] for item in tijdlijn}
    assert {"brp_inschrijving_datum", "pip_datum", "inburgeringstermijn_einddatum"} <= namen
    assert "geboortedatum" not in namen
    assert all(item["grondslag"] for item in tijdlijn if item["soort"] == "termijn")


def test_missing_facts_give_null_and_are_listed(client):
    inhoud = beoordeel(client, ONVOLLEDIG).json()
    assert inhoud["besluiten"]["inburgeringsplichtig"] is None
    ontbrekend = {o["invoer"]: o for o in inhoud["ontbrekende_gegevens"]}
    assert "verblijf_verkregen_datum" in ontbrekend
    assert "inburgeringsplichtig" in ontbrekend["verblijf_verkregen_datum"]["nodig_voor"]
    for naam, waarde in inhoud["besluiten"].items():
        if waarde is None and any(naam in o["nodig_voor"] for o in inhoud["ontbrekende_gegevens"]):
            assert "kan niet worden bepaald" in inhoud["toelichting"][naam]["uitleg"]["nl"]


def test_missing_judgment_names_who_decides(client):
    persoon = {k: v for k, v in STATUSHOUDER.items() if k not in publiek.OORDELEN}
    inhoud = beoordeel(client, persoon).json()
    for oordeel in inhoud["menselijk_oordeel_nodig"]:
        assert oordeel["oordeel"] in publiek.OORDELEN and oordeel["wie"] == publiek.OORDELEN[oordeel["oordeel"]]
        assert oordeel["wie"] in ("college", "duo")
        assert all(inhoud["besluiten"][b] is None for b in oordeel["nodig_voor"])
    assert not beoordeel(client, STATUSHOUDER).json()["menselijk_oordeel_nodig"]


def test_receipt_reproduces(client):
    eerste = beoordeel(client, STATUSHOUDER).json()["ontvangstbewijs"]
    tweede = beoordeel(client, dict(reversed(list(STATUSHOUDER.items())))).json()["ontvangstbewijs"]
    assert eerste == tweede
    assert (
        eerste["peildatum"] == PEILDATUM
        and eerste["hervorming"] is None
        and eerste["pakket"] == "inburgering-rules"
    )
    assert re.fullmatch(r"[0-9a-f]{64}", eerste["regels_sha256"]) and re.fullmatch(
        r"[0-9a-f]{64}", eerste["invoer_sha256"]
    )
    ander = beoordeel(client, {**STATUSHOUDER, "pip_datum": "2024-01-11"}).json()["ontvangstbewijs"]
    assert ander["invoer_sha256"] != eerste["invoer_sha256"]


def test_null_is_not_given(client):
    met_null = beoordeel(client, {**EU_BURGER, "pip_datum": None}).json()
    zonder = beoordeel(client, EU_BURGER).json()
    assert met_null == zonder


def test_english_labels(client):
    antwoord = client.post(
        "/v1/beoordeling",
        json={"peildatum": PEILDATUM, "persoon": ONVOLLEDIG},
        headers={"Accept-Language": "en-GB,en;q=0.9,nl;q=0.5"},
    )
    inhoud = antwoord.json()
    assert inhoud["ontvangstbewijs"]["taal"] == "en"
    ontbrekend = {o["invoer"]: o["omschrijving"] for o in inhoud["ontbrekende_gegevens"]}
    assert ontbrekend["geboortedatum"] == "date of birth"
    nederlands = beoordeel(client, ONVOLLEDIG).json()
    assert nederlands["ontvangstbewijs"]["taal"] == "nl"
    assert nederlands["besluiten"] == inhoud["besluiten"]


def test_unknown_reform_is_a_client_error(client):
    antwoord = beoordeel(client, STATUSHOUDER, hervorming="bestaat_niet")
    assert antwoord.status_code == 400
    assert antwoord.headers["content-type"] == "application/problem+json"
    assert antwoord.json()["fouten"][0]["pad"].startswith("/hervorming")


def test_openapi_has_types_and_examples(client):
    spec = client.get("/openapi.json").json()
    post = spec["paths"]["/v1/beoordeling"]["post"]
    assert post["requestBody"]["content"]["application/json"]["example"]["peildatum"] == PEILDATUM
    assert "besluiten" in post["responses"]["200"]["content"]["application/json"]["example"]
    persoon = spec["components"]["schemas"]["Persoon"]["properties"]
    assert persoon["geboortedatum"]["format"] == "date"
    assert "asiel_bepaalde_tijd" in plat(spec, persoon["verblijfsvergunning"])["enum"]
    assert spec["components"]["schemas"]["Persoon"]["additionalProperties"] is False
    assert (
        "example"
        in spec["paths"]["/v1/beoordeling/batch"]["post"]["requestBody"]["content"]["application/json"]
    )
    assert client.get("/docs").status_code == 200


def test_deadline_after_the_last_known_decree_says_so(client):
    """Atw art. 3 lid 3: the package knows the decreed days up to 2028; a later PIP deadline is flagged."""
    persoon = {"geboortedatum": "1992-04-20", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2029-01-10",
               "brp_inschrijving_datum": "2029-02-01", "kennisgeving_inburgeringsplicht_datum": "2029-03-02"}
    inhoud = client.post("/v1/beoordeling", json={"peildatum": "2029-03-10", "persoon": persoon}).json()
    assert inhoud["besluiten"]["pip_uiterste_datum"] == "2029-05-11"  # the Friday after Ascension: no decree known
    uitleg = inhoud["toelichting"]["pip_uiterste_datum"]["uitleg"]
    assert "31 december 2028" in uitleg["nl"] and "2028-12-31" in uitleg["en"]
    eerder = client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": STATUSHOUDER}).json()
    assert "2028-12-31" not in eerder["toelichting"]["pip_uiterste_datum"]["uitleg"]["nl"]
    assert "Goede Vrijdag" in eerder["toelichting"]["pip_uiterste_datum"]["uitleg"]["nl"]


def _grondslag(inhoud: dict, besluit: str) -> list[tuple[str, str | None, str]]:
    return [(g["artikel"], g["lid"], g["url"]) for g in inhoud["toelichting"][besluit]["grondslag"]]


def test_the_legal_basis_follows_the_numbering_of_the_text_on_the_peildatum(client):
    """Bi 5.3 and 5.4 each got a new lid 2 on 2023-01-01 (Stb. 2022, 489): the day before, Bi 5.4 lid 3 (a special
    case) is lid 2 of that day's text, lid 2 of today's text (after a non-exempting course) did not exist, and Bi 5.3
    lid 5 (efforts before the PIP) was lid 4 (I58). Both sides of the day; the actions and the timeline cite as the
    explanations do; no decision is left without a basis."""
    persoon = {**STATUSHOUDER, "verblijf_verkregen_datum": "2022-03-01", "brp_inschrijving_datum": "2022-04-01",
               "kennisgeving_inburgeringsplicht_datum": "2022-04-15", "pip_datum": "2022-06-01"}
    voor = client.post("/v1/beoordeling", json={"peildatum": "2022-12-31", "persoon": persoon}).json()
    na = client.post("/v1/beoordeling", json={"peildatum": "2023-01-01", "persoon": persoon}).json()
    bi = "https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel="
    assert [g for g in _grondslag(voor, "leerroute_wijziging_uiterste_datum") if g[0] == "5.4"] == [
        ("5.4", "1", f"{bi}5.4&lid=1&g=2022-12-31"), ("5.4", "2", f"{bi}5.4&lid=2&g=2022-12-31")]
    assert [g for g in _grondslag(na, "leerroute_wijziging_uiterste_datum") if g[0] == "5.4"] == [
        ("5.4", "1", f"{bi}5.4&lid=1"), ("5.4", "2", f"{bi}5.4&lid=2"), ("5.4", "3", f"{bi}5.4&lid=3")]
    assert ("5.3", "4", f"{bi}5.3&lid=4&g=2022-12-31") in _grondslag(voor, "inburgeringsplicht_voldaan")
    assert ("5.3", "5", f"{bi}5.3&lid=5") in _grondslag(na, "inburgeringsplicht_voldaan")
    for inhoud in (voor, na):
        assert all(inhoud["toelichting"][naam]["grondslag"] for naam in publiek.BESLUITEN)
        for item in inhoud["volgende_acties"] + inhoud["verlopen"]:
            assert item["grondslag"] == inhoud["toelichting"][item["besluit"]]["grondslag"]
        for item in inhoud["tijdlijn"]:
            if item["naam"] in inhoud["toelichting"]:
                assert item["grondslag"] == inhoud["toelichting"][item["naam"]]["grondslag"]
    assert any(a["besluit"] == "leerroute_wijziging_uiterste_datum" for a in voor["volgende_acties"])


def test_a_lid_added_later_is_not_cited_before_it_existed(client):
    """Bi 6.2a (the loan of a Bi 6.1 person) is in the text from 2025-09-01 on: not cited the day before."""
    artikelen = {}
    for dag in ("2025-08-31", "2025-09-01"):
        inhoud = client.post("/v1/beoordeling", json={"peildatum": dag, "persoon": STATUSHOUDER}).json()
        artikelen[dag] = [g[0] for g in _grondslag(inhoud, "lening_maximum_bedrag")]
    assert "6.2a" not in artikelen["2025-08-31"] and "6.2a" in artikelen["2025-09-01"]


def test_the_pip_deadline_cites_the_text_that_applies_to_it(client):
    """I9: the PIP deadline follows the text that applies to it (the registration and the term's end under the 2022
    text, or the notification too; else the text from 2023); its legal basis names the leden as that text numbers them
    (I58), in the explanation, the actions and the timeline, also on a later peildatum. Registered in the last ten
    weeks of 2022, the notification decides: both sides of 2023-01-01 (Stb. 2022, 489), and a notification after the
    peildatum (not yet happened, I30): the peildatum's text. Registered earlier, the term ran out in 2022 under the 2022
    text, whatever the notification's day."""
    bi = "https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=5.3"

    def bi_5_3(kennisgeving: str, peildatum: str, inschrijving: str = "2022-12-01") -> list[tuple[str, str]]:
        persoon = {**STATUSHOUDER, "verblijf_verkregen_datum": "2022-03-01", "brp_inschrijving_datum": inschrijving,
                   "kennisgeving_inburgeringsplicht_datum": kennisgeving}
        persoon.pop("pip_datum")
        inhoud = client.post("/v1/beoordeling", json={"peildatum": peildatum, "persoon": persoon}).json()
        gevonden = _grondslag(inhoud, "pip_uiterste_datum")
        items = [a for a in inhoud["volgende_acties"] + inhoud["verlopen"] if a["besluit"] == "pip_uiterste_datum"]
        items += [t for t in inhoud["tijdlijn"] if t["naam"] == "pip_uiterste_datum"]
        assert items and all([(g["artikel"], g["lid"], g["url"]) for g in item["grondslag"]] == gevonden
                             for item in items)
        return [(lid, url) for artikel, lid, url in gevonden if artikel == "5.3"]

    assert bi_5_3("2022-12-31", "2024-05-01") == [("1", f"{bi}&lid=1&g=2022-12-01"),
                                                  ("2", f"{bi}&lid=2&g=2022-12-01")]
    assert bi_5_3("2023-01-01", "2024-05-01") == [("1", f"{bi}&lid=1"), ("2", f"{bi}&lid=2"), ("3", f"{bi}&lid=3")]
    assert bi_5_3("2023-01-01", "2022-12-31") == [("1", f"{bi}&lid=1&g=2022-12-31"),
                                                  ("2", f"{bi}&lid=2&g=2022-12-31")]
    assert bi_5_3("2023-01-01", "2024-05-01", "2022-04-01") == [("1", f"{bi}&lid=1&g=2022-04-01"),
                                                                ("2", f"{bi}&lid=2&g=2022-04-01")]


def test_actions_cite_the_text_of_the_peildatum_also_without_toelichting(client):
    """An action always carries its legal basis: without `toelichting` (the batch default) too, and in the batch
    route, it follows the text of the peildatum (I58) and of the notification day (`publiek.TEKST_VAN`)."""
    persoon = {**STATUSHOUDER, "verblijf_verkregen_datum": "2022-03-01", "brp_inschrijving_datum": "2022-04-01",
               "kennisgeving_inburgeringsplicht_datum": "2022-04-15", "pip_datum": "2022-06-01"}
    bron = client.post("/v1/beoordeling", json={"peildatum": "2022-12-31", "persoon": persoon}).json()

    def acties(inhoud: dict) -> dict[str, list]:
        return {a["besluit"]: a["grondslag"] for a in inhoud["volgende_acties"] + inhoud["verlopen"]}

    verwacht = acties(bron)
    assert any("&g=2022-12-31" in g["url"] for g in verwacht["leerroute_wijziging_uiterste_datum"])
    los = client.post("/v1/beoordeling", json={"peildatum": "2022-12-31", "persoon": persoon,
                                               "toelichting": False}).json()
    batch = client.post("/v1/beoordeling/batch", json={"peildatum": "2022-12-31", "personen": [persoon]}).json()
    assert acties(los) == verwacht and acties(batch["resultaten"][0]) == verwacht
    later = {naam: waarde for naam, waarde in persoon.items() if naam != "pip_datum"}
    voor_pip = client.post("/v1/beoordeling/batch", json={"peildatum": "2024-05-01", "personen": [later]}).json()
    pip = acties(voor_pip["resultaten"][0])["pip_uiterste_datum"]
    assert [g["lid"] for g in pip if g["artikel"] == "5.3"] == ["1", "2"]  # the text of 2022-04-15 (I9)
