"""Version 2 of the vocabulary: where the law gives no date, the package gives none (NaT), and the typed API never
presents a missing fact or judgment (I4, I11) as decided."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from inburgering_rules import simulatie
from inburgering_rules.api.app import create_app
from inburgering_rules.api.instellingen import Instellingen
from inburgering_rules.hervormingen import basissysteem

SYSTEEM = basissysteem()
GEZINSMIGRANT = {
    "geboortedatum": "1992-04-20", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
    "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-11-01", "pip_datum": "2023-03-14",
    "leerroute": "b1_route", "map_afgerond_datum": "2024-06-01",
}
ART_24 = {"boete_art_24_bekendmaking_datum": "2026-04-15", "boete_art_24_aantal": 1,
          "boete_art_24_nieuwe_termijn_maanden": 24}


def bereken(peildatum: str, besluit: str, **invoer) -> str:
    persoon = {**GEZINSMIGRANT, **invoer}
    kolommen = {naam: [waarde] for naam, waarde in persoon.items()}
    for snel in (True, False):
        uit = simulatie.bereken(SYSTEEM, peildatum, simulatie.als_arrays(SYSTEEM, kolommen), 1, [besluit], snel=snel)
        waarde = str(uit[besluit][0])
        if snel:
            eerste = waarde
        assert waarde == eerste
    return eerste


@pytest.mark.parametrize(("invoer", "uitkomst"), [
    ({**ART_24, "boete_art_24_nieuwe_termijn_maanden": 24}, "2028-04-15"),
    ({**ART_24, "boete_art_24_nieuwe_termijn_maanden": 25}, "NaT"),   # more than "ten hoogste twee jaar"
    ({**ART_24, "boete_art_24_nieuwe_termijn_maanden": 0}, "NaT"),    # term not given
    ({**ART_24, "boete_art_24_aantal": 3}, "NaT"),                    # a lid 4 fine sets no new term
    ({}, "NaT"),                                                       # no fine decision
])
def test_new_term_has_no_date_where_the_law_gives_none(invoer, uitkomst):
    assert bereken("2026-05-01", "nieuwe_termijn_art_24_einddatum", **invoer) == uitkomst


@pytest.mark.parametrize(("peildatum", "invoer", "uitkomst"), [
    ("2028-05-01", {**ART_24, "pvt_afgerond_datum": "2028-04-15"}, "NaT"),         # done on the last day: no lid 3 fine
    ("2028-05-01", {**ART_24, "pvt_afgerond_datum": "2028-04-16"}, "2028-04-16"),  # a day late: lid 3 fine possible
    ("2029-01-01", {**ART_24, "boete_art_24_aantal": 2, "pvt_afgerond_datum": "2028-12-01"}, "NaT"),  # lid 4: "zolang"
    ("2029-01-01", {**ART_24, "boete_art_24_aantal": 2}, "2028-04-16"),
    ("2026-05-01", {}, "NaT"),
])
def test_next_fine_art_24(peildatum, invoer, uitkomst):
    assert bereken(peildatum, "volgende_boete_art_24_mogelijk_vanaf", **invoer) == uitkomst


def test_no_next_art_25_fine_when_the_permit_was_withdrawn():
    invoer = {"boete_art_25_bekendmaking_datum": "2026-04-15", "boete_art_25_aantal": 1,
              "boete_art_25_nieuwe_termijn_maanden": 12}
    assert bereken("2026-05-01", "volgende_boete_art_25_mogelijk_vanaf", **invoer) == "2027-04-16"
    assert bereken("2026-05-01", "volgende_boete_art_25_mogelijk_vanaf", **invoer,
                   verblijfsvergunning_niet_verlengd_of_ingetrokken=True) == "NaT"


def test_no_dates_without_the_decision_or_outside_the_loan_chapter():
    for besluit in ("boete_art_24_bezwaartermijn_einddatum", "boete_art_25_bezwaartermijn_einddatum",
                    "boete_art_22_nieuwe_termijn_uiterste_datum", "inburgeringsplicht_voldaan_datum"):
        assert bereken("2026-05-01", besluit) == "NaT", besluit
    asiel = {"verblijfsvergunning": "asiel_bepaalde_tijd", "verblijfsdoel": "onbekend"}
    assert bereken("2026-05-01", "lening_terugbetaling_startdatum", **asiel) == "NaT"
    # the entitlement lapses on 2032-03-15 (Wi 20 lid 2 a); the run-in phase starts 2032-04-01 (Bi 6.7 lid 2)
    assert bereken("2026-05-01", "lening_terugbetaling_startdatum") == "2032-10-01"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Instellingen()), raise_server_exceptions=False) as c:
        yield c


def beoordeel(client, peildatum, persoon):
    return client.post("/v1/beoordeling", json={"peildatum": peildatum, "persoon": persoon})


def test_a_new_term_longer_than_the_law_allows_is_refused_naming_the_field(client):
    antwoord = beoordeel(client, "2026-05-01", {**GEZINSMIGRANT, **ART_24, "boete_art_24_nieuwe_termijn_maanden": 25})
    assert antwoord.status_code == 400
    assert "boete_art_24_nieuwe_termijn_maanden" in antwoord.text and "24" in antwoord.text


def test_fine_decisions_show_their_terms_and_the_timeline_has_them(client):
    inhoud = beoordeel(client, "2026-05-01", {**GEZINSMIGRANT, **ART_24}).json()
    assert inhoud["boetes"]["art_24"]["termijnen"] == {
        "nieuwe_termijn_einddatum": "2028-04-15",
        "volgende_boete_mogelijk_vanaf": "2028-04-16",
        "bezwaartermijn_einddatum": "2026-05-27",
    }
    assert inhoud["boetes"]["art_25"]["termijnen"]["nieuwe_termijn_einddatum"] is None
    namen = {item["naam"]: item for item in inhoud["tijdlijn"]}
    assert namen["nieuwe_termijn_art_24_einddatum"]["datum"] == "2028-04-15"
    assert namen["boete_art_24_bekendmaking_datum"]["soort"] == "feit"
    assert "Twee jaar vanaf" in inhoud["toelichting"]["nieuwe_termijn_art_24_einddatum"]["uitleg"]["nl"]


def test_unknown_purpose_of_residence_is_never_presented_as_decided(client):
    """I4: in OpenFisca an unknown purpose counts as not temporary; the typed API must say it is undetermined."""
    persoon = {**GEZINSMIGRANT, **ART_24, "verblijfsdoel": "onbekend"}
    inhoud = beoordeel(client, "2026-05-01", persoon).json()
    assert inhoud["besluiten"]["inburgeringsplichtig"] is None
    for naam in ("volgende_boete_art_24_mogelijk_vanaf", "leenrecht_einddatum",
                 "inburgeringstermijn_einddatum", "lening_maximum_bedrag"):
        assert inhoud["besluiten"][naam] is None, naam
    # Only the terms of decisions already taken (facts) stay: they do not depend on the duty.
    assert {item["naam"] for item in inhoud["tijdlijn"] if item["soort"] == "termijn"} == {
        "nieuwe_termijn_art_24_einddatum", "boete_art_24_bezwaartermijn_einddatum", "pip_bezwaartermijn_einddatum"}
    boete = inhoud["boetes"]["art_25"]  # 1000 if obligated, 0 if not: undetermined
    assert boete["bedrag"] is None and boete["voorwaarden_vervuld"] is None
    assert "kan niet worden bepaald" in boete["uitleg"]["nl"]
    # art. 24: the fine decision's new term runs, so no next fine either way (Wi 24 lid 3): decided, EUR 0
    boete = inhoud["boetes"]["art_24"]
    assert boete["bedrag"] == 0 and boete["voorwaarden_vervuld"] is False
    for sleutel in ("art_24", "art_25"):
        assert inhoud["boetes"][sleutel]["termijnen"]["volgende_boete_mogelijk_vanaf"] is None
    assert any(o["invoer"] == "verblijfsdoel" for o in inhoud["ontbrekende_gegevens"])
    assert "verblijfsdoel" in inhoud["toelichting"]["inburgeringsplichtig"]["uitleg"]["nl"].lower() or \
        "ontbreekt" in inhoud["toelichting"]["inburgeringsplichtig"]["uitleg"]["nl"]


def test_unknown_culpability_is_never_presented_as_decided(client):
    """I11: without the college's judgment the art. 23 amount is undetermined, and where the cap alone decides the
    amount, the explanation does not name a degree of culpability."""
    persoon = {**GEZINSMIGRANT, "pip_onvoldoende_medewerking": True}
    inhoud = beoordeel(client, "2024-05-01", persoon).json()
    boete = inhoud["boetes"]["art_23"]
    assert boete["bedrag"] is None and boete["voorwaarden_vervuld"] is None
    assert "opzet" not in boete["uitleg"]["nl"].lower()
    assert any(o["oordeel"] == "verwijtbaarheid" for o in inhoud["menselijk_oordeel_nodig"])

    begrensd = {**persoon, "gemeentelijke_boetes_opgelegd_bedrag": 2390}
    inhoud = beoordeel(client, "2024-05-01", begrensd).json()
    boete = inhoud["boetes"]["art_23"]
    assert boete["bedrag"] == 10
    assert "(opzet)" not in boete["uitleg"]["nl"] and "nog niet door het college vastgesteld" in boete["uitleg"]["nl"]
    assert "(opzet)" not in boete["uitleg"]["en"]


ZONDER_LENGTE = {**GEZINSMIGRANT, "boete_art_24_bekendmaking_datum": "2026-04-15", "boete_art_24_aantal": 1}


def test_a_fine_decision_without_the_length_of_its_new_term_says_so(client):
    """Wi 24 lid 2: every first fine decision sets a new term; without its length, what depends on the length
    is undetermined (I31) and the length is asked for, never taken as "no new term"."""
    inhoud = beoordeel(client, "2026-05-01", ZONDER_LENGTE).json()
    for naam in ("nieuwe_termijn_art_24_einddatum", "gemeentelijk_boeteplafond_resterend_bedrag",
                 "volgende_boete_art_24_mogelijk_vanaf", "leenrecht_einddatum"):
        assert inhoud["besluiten"][naam] is None and inhoud["status"][naam] == "onbepaald", naam
    uitleg = inhoud["toelichting"]["nieuwe_termijn_art_24_einddatum"]["uitleg"]
    verwacht = "kan niet worden bepaald zolang dit ontbreekt: Nieuwe termijn in die art. 24-boetebeschikking"
    assert verwacht in uitleg["nl"]
    naam = "boete_art_24_nieuwe_termijn_maanden"
    gevraagd = [o for o in inhoud["ontbrekende_gegevens"] if o["invoer"] == naam]
    assert gevraagd and "gemeentelijk_boeteplafond_resterend_bedrag" in gevraagd[0]["nodig_voor"]


def test_what_holds_for_every_length_of_the_new_term_is_decided(client):
    """The day after the decision was made known every new term has begun: the loan is open for any length
    (Bi 6.3 lid 1), a year later it depends on the length. The cap (Bi 7.1 lid 5 a-d) depends on it from the
    first day."""
    eerste_dag = beoordeel(client, "2026-04-16", ZONDER_LENGTE).json()
    assert eerste_dag["besluiten"]["lening_maximum_bedrag"] == 10000
    assert eerste_dag["status"]["lening_maximum_bedrag"] == "besloten"
    assert eerste_dag["besluiten"]["gemeentelijk_boeteplafond_resterend_bedrag"] is None
    jaar_later = beoordeel(client, "2027-06-01", ZONDER_LENGTE).json()
    assert jaar_later["besluiten"]["lening_maximum_bedrag"] is None
    twee_jaar = {**ZONDER_LENGTE, "boete_art_24_nieuwe_termijn_maanden": 24, "nt2_lesuren_keurmerk": 0}
    met_lengte = beoordeel(client, "2027-06-01", twee_jaar).json()
    assert met_lengte["besluiten"]["lening_maximum_bedrag"] == 10000
    assert met_lengte["ontbrekende_gegevens"] == []


def test_without_a_fine_decision_the_length_is_not_asked():
    kolommen = {naam: [waarde, waarde] for naam, waarde in GEZINSMIGRANT.items()}
    kolommen["boete_art_24_bekendmaking_datum"] = [None, "2026-04-15"]
    kolommen["boete_art_24_aantal"] = [0, 1]
    beoordeling = simulatie.beoordeel(SYSTEEM, "2026-05-01", kolommen, 2)
    oorzaken = beoordeling.oorzaken["nieuwe_termijn_art_24_einddatum"]
    assert oorzaken["boete_art_24_nieuwe_termijn_maanden"].tolist() == [False, True]
    assert beoordeling.onbepaald["nieuwe_termijn_art_24_einddatum"].tolist() == [False, True]


def test_a_length_above_the_bound_of_its_day_counts_as_not_given():
    """In-process there is no 400: 25 months (above Wi 24 lid 2's 24 on the day made known) is read as a
    missing length, so the new term is undetermined, while 24 months is decided."""
    kolommen = {naam: [waarde, waarde] for naam, waarde in ZONDER_LENGTE.items()}
    kolommen["boete_art_24_nieuwe_termijn_maanden"] = [24, 25]
    beoordeling = simulatie.beoordeel(SYSTEEM, "2026-05-01", kolommen, 2)
    assert beoordeling.onbepaald["nieuwe_termijn_art_24_einddatum"].tolist() == [False, True]
    oorzaken = beoordeling.oorzaken["nieuwe_termijn_art_24_einddatum"]
    assert oorzaken["boete_art_24_nieuwe_termijn_maanden"].tolist() == [False, True]
