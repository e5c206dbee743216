"""Explanations that said something false, found by a review of about 60 persons (2026-12-07): each test gives the
person, and checks the sentence both ways where the fix is a condition (the old wording stays where it is true)."""

from __future__ import annotations

import orjson
import pytest
from gevallen import STATUSHOUDER
from inburgering_rules.api.service import Dienst

DIENST = Dienst()
# A family migrant whose term runs 2023-04-21 to 2026-04-20.
GEZINSMIGRANT = {"geboortedatum": "1992-03-05", "nationaliteit": "MA", "verblijfsvergunning": "regulier_bepaalde_tijd",
                 "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2023-02-10", "pip_datum": "2023-04-20",
                 "leerroute": "b1_route"}


def _antwoord(persoon: dict, peildatum: str, hervorming=None) -> dict:
    body = {"peildatum": peildatum, "persoon": persoon, "hervorming": hervorming}
    return DIENST.beoordeling(orjson.dumps(body), "nl")


def _uitleg(persoon: dict, peildatum: str, naam: str, hervorming=None) -> tuple[object, str, str]:
    antwoord = _antwoord(persoon, peildatum, hervorming)
    uitleg = antwoord["toelichting"][naam]["uitleg"]
    return antwoord["besluiten"][naam], uitleg["nl"], uitleg["en"]


@pytest.mark.parametrize(("peildatum", "verleden"), [("2033-01-01", True), ("2032-04-21", True), ("2032-04-20", False),
                                                     ("2031-01-01", False)])
def test_repayment_after_the_lapse_does_not_offer_meeting_the_duty_earlier(peildatum, verleden):
    """Wi 21 lid 3: what comes first. Once the lapse of Wi 20 lid 2 a (2032-04-21) has passed without the duty met,
    meeting it "earlier" can no longer happen; before it, it can."""
    waarde, nl, en = _uitleg(GEZINSMIGRANT, peildatum, "lening_terugbetaling_startdatum")
    assert waarde == "2032-11-01"
    assert ("de plicht was op die dag niet voldaan" in nl) is verleden
    assert ("the duty had not been met by that day" in en) is verleden
    assert ("voldoet de persoon eerder" in nl) is not verleden and ("if the duty is met earlier" in en) is not verleden


def test_bi_4_4_does_not_call_hours_not_given_none_when_knm_alone_decides():
    """I44: the hours of lid 3 are asked when they matter (with KNM passed the decision waits for them); KNM not given
    is a completion not yet done (I30), and that alone closes the extension here."""
    persoon = {**GEZINSMIGRANT, "pvt_afgerond_datum": "2023-06-01", "map_afgerond_datum": "2024-05-01",
               "taalonderdelen_behaald_aantal": 2}
    waarde, nl, en = _uitleg(persoon, "2026-01-01", "verlenging_aanzienlijke_inspanning_mogelijk")
    assert waarde is False
    assert "lid 2 c" in nl and "lid 3" not in nl and "450" not in nl and "para. 3" not in en
    assert "Niet gegeven, dus gelezen als geen: Examenonderdeel kennis van de Nederlandse maatschappij behaald." in nl
    antwoord = _antwoord({**persoon, "knm_behaald": True}, "2026-01-01")
    assert antwoord["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is None
    assert {"invoer": "lesuren_gevolgd", "nodig_voor": ["verlenging_aanzienlijke_inspanning_mogelijk"]}.items() <= next(
        o for o in antwoord["ontbrekende_gegevens"] if o["invoer"] == "lesuren_gevolgd").items()


@pytest.mark.parametrize(("leerroute", "lid_2_a"), [(None, False), ("nog_niet_vastgesteld", False), ("b1_route", False),
                                                ("onderwijsroute", True)])
def test_bi_4_4_names_the_route_only_when_a_route_other_than_b1_is_given(leerroute, lid_2_a):
    """Lid 2 c fails for sure (no language part, no KNM), so the decision is "no" whatever the route. A route not
    given (or not yet set) is no "no" (I44): lid 2 a is named only for a route given that is not the B1 route."""
    persoon = {**{n: w for n, w in GEZINSMIGRANT.items() if n != "leerroute"}, "pvt_afgerond_datum": "2023-06-01",
               "map_afgerond_datum": "2024-05-01", "taalonderdelen_behaald_aantal": 0, "knm_behaald": False}
    if leerroute:
        persoon["leerroute"] = leerroute
    waarde, nl, en = _uitleg(persoon, "2026-01-01", "verlenging_aanzienlijke_inspanning_mogelijk")
    assert waarde is False and "(lid 2 c)" in nl and "(para. 2(c))" in en
    assert ("de B1-route (lid 2 a)" in nl) is lid_2_a and ("the B1 route (para. 2(a))" in en) is lid_2_a


@pytest.mark.parametrize(("verblijfsdoel", "bedienaar"), [("geestelijk_bedienaar", True), ("gezinsmigratie", False)])
def test_what_would_change_the_duty_of_a_minister_of_religion(verblijfsdoel, bedienaar):
    """Wi 3 lid 1 b obligates a minister of religion even with a temporary purpose: the hint says so for him only
    (one batch of both, so the explanation's cache per kind of person is tested too)."""
    nl_en = []
    for doel in (verblijfsdoel, "geestelijk_bedienaar" if not bedienaar else "gezinsmigratie"):
        _, nl, en = _uitleg({**GEZINSMIGRANT, "verblijfsdoel": doel}, "2024-05-01", "inburgeringsplichtig")
        nl_en.append((nl, en))
    nl, en = nl_en[0]
    assert ("als hij geen geestelijk bedienaar is" in nl) is bedienaar
    assert ("if he is not a minister of religion" in en) is bedienaar
    assert ("een tijdelijk verblijfsdoel of verblijf" in nl) is not bedienaar


def test_the_pvt_and_map_deadline_fines_only_who_has_not_completed():
    """Wi 24 lid 1: the fine is for who did not complete within the term; it was announced to one who had."""
    persoon = {**STATUSHOUDER, "pvt_afgerond_datum": "2024-03-01", "map_afgerond_datum": "2024-04-01"}
    for naam in ("pvt_uiterste_datum", "map_uiterste_datum"):
        _, nl, en = _uitleg(persoon, "2024-05-01", naam)
        assert "daarna legt DUO een boete op" not in nl and "after that DUO imposes a fine" not in en
        assert "wie het PVT of de MAP dan niet heeft afgerond" in nl and "who has not completed" in en


def test_the_loan_of_bi_6_1_names_the_reforms_years_up_to_the_pension_age():
    """The end before the state pension age said "binnen de drie jaar" under a reform of five years."""
    persoon = {"geboortedatum": "1959-12-01", "nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht",
               "leerplichtig_geweest_jaren": 0, "vrijstellend_diploma": False,
               "opleiding_naar_vrijstellend_diploma": False}  # Bi 6.1 onder b and c (I22)
    vijf = {"parameters": {"lening.vrijwillig_aanspraak_jaren": {"2022-01-01": 5}}}
    for verkregen, hervorming, jaren_nl, jaren_en in (("2024-01-01", None, "drie jaar", "three years"),
                                                      ("2023-06-01", vijf, "vijf jaar", "five years")):
        waarde, nl, en = _uitleg({**persoon, "verblijf_verkregen_datum": verkregen}, "2024-05-01",
                                 "leenrecht_einddatum", hervorming)
        assert waarde == "2026-11-30"
        assert f"binnen de {jaren_nl} na de verkrijging" in nl and f"within the {jaren_en} after" in en


@pytest.mark.parametrize(("pip", "komend"), [("2024-07-01", True), ("2024-05-15", False)])
def test_a_pip_dated_after_the_peildatum_is_not_yet_adopted(pip, komend):
    persoon = {**STATUSHOUDER, "pip_datum": pip, "pvt_afgerond_datum": "2024-03-01"}
    _, nl, en = _uitleg(persoon, "2024-06-01", "inburgeringsplicht_voldaan")
    assert ("The PIP is to be adopted on" in en) is komend and ("was adopted on" in en) is not komend
    assert ("Het PIP wordt op" in nl) is komend


@pytest.mark.parametrize(("peildatum", "wacht"), [("2023-12-15", True), ("2024-01-25", False)])
def test_the_third_partys_information_still_awaited_is_in_the_future_tense(peildatum, wacht):
    persoon = {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2023-09-01", "brp_inschrijving_datum": "2023-10-02",
               "kennisgeving_inburgeringsplicht_datum": "2023-10-16",
               "pip_informatie_derde_opgevraagd_datum": "2023-12-01", "pip_zonder_informatie_derde_niet_mogelijk": True,
               "pip_informatie_derde_ontvangen_datum": "2024-01-20"}
    waarde, nl, en = _uitleg(persoon, peildatum, "pip_uiterste_datum")
    assert waarde == "2024-02-05"
    assert ("Het college wacht op informatie van een derde, te ontvangen op" in nl) is wacht
    assert ("Het college wachtte op informatie" in nl) is not wacht
    assert ("awaits a third party's information, to be received on" in en) is wacht


def test_without_notification_the_pip_deadline_does_not_wait_for_a_request_to_a_third_party():
    """Bi 5.3 lid 2 (2023 text) deviates from the term of lid 1, which runs from DUO's notification: without it, a
    request gives no day, so the deadline waits for the notification alone (`publiek.GEBEURTENIS_NA`)."""
    persoon = {**GEZINSMIGRANT, "verblijfsdoel": "gezinslid_van_asielstatushouder",
               "verblijf_verkregen_datum": "2023-05-10", "brp_inschrijving_datum": "2023-05-20"}
    del persoon["pip_datum"], persoon["leerroute"]
    antwoord = _antwoord(persoon, "2023-06-15")
    assert antwoord["besluiten"]["pip_uiterste_datum"] is None
    wacht = antwoord["wacht_op"]["pip_uiterste_datum"]
    assert "kennisgeving_inburgeringsplicht_datum" in wacht and "pip_informatie_derde_opgevraagd_datum" not in wacht


@pytest.mark.parametrize(("verkregen", "verplicht"), [("2023-07-01", False), ("2023-06-30", True)])
def test_ontzorgen_whose_whole_period_lies_before_the_duty(verkregen, verplicht):
    """Pw 56a lid 2 counts the six months from the right to bijstand (2023-01-01, to 2023-06-30) even when it arose
    before the duty (I42); a period that ended before the residence, the day lid 1 was met, was never the article's:
    it was decided "verplicht" with a start in 2023-01 (a review's recomputation)."""
    persoon = {"geboortedatum": "1990-06-15", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": verkregen, "bijstand_recht_datum": "2023-01-01"}
    antwoord = _antwoord(persoon, "2023-08-01")
    assert antwoord["besluiten"]["ontzorgen_verplicht"] is verplicht
    assert antwoord["besluiten"]["ontzorgen_startdatum"] == ("2023-01-01" if verplicht else None)
    nl = antwoord["toelichting"]["ontzorgen_verplicht"]["uitleg"]["nl"]
    assert ("De periode van zes maanden vanaf de dag waarop het recht op bijstand ontstond (1 januari 2023) eindigde "
            "op 30 juni 2023, vóór het verblijf (1 juli 2023)" in nl) is not verplicht


@pytest.mark.parametrize(("extra", "reden"), [
    ({"ontheffing": "gedeeltelijk_belemmering", "ontheffing_participatiegedeelte_z_route": True},
     "ontheven van het participatiegedeelte"),
    ({"verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinsmigratie"}, "gezinsmigranten"),
    ({}, None),
])
def test_a_participation_norm_of_0_says_why(extra, reden):
    """The label says "na aftrek van PVT en MAP"; a 0 that comes from a relief (I16) or from the target group (Bi 3.14
    lid 3) now says so."""
    waarde, nl, _ = _uitleg({**STATUSHOUDER, "leerroute": "z_route", **extra}, "2024-05-01",
                            "z_route_participatie_uren_vereist")
    assert (waarde == 0) is (reden is not None)
    assert reden is None or ("Geen norm: " in nl and reden in nl)


@pytest.mark.parametrize(("persoon", "peildatum", "zin"), [
    ({**GEZINSMIGRANT, "ontheffing": "volledig_belemmering"}, "2025-06-01",
     "de persoon is geheel ontheven (Wi 5) en hoeft niet (meer) aan de plicht te voldoen"),
    ({**GEZINSMIGRANT, "vrijstellend_diploma": True}, "2025-06-01", "de persoon is vrijgesteld (Wi 4)"),
    ({**GEZINSMIGRANT, "verblijf_verkregen_datum": "2025-06-06", "pip_datum": "2026-02-17"}, "2025-06-01",
     "niet van toepassing op de peildatum: de persoon verkrijgt pas op 6 juni 2025 verblijf"),
    ({**GEZINSMIGRANT, "nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht",
      "verblijf_verkregen_datum": "2025-06-06", "pip_datum": "2026-02-17"}, "2025-06-01",
     "de persoon verkrijgt pas op 6 juni 2025 verblijf (Wi 3); een termijn volgt op het PIP van wie dan"),
])
def test_a_term_that_does_not_apply_beside_a_pip_says_why(persoon, peildatum, zin):
    """"Does not apply to this person" stood beside an objection term decided from the same PIP, and beside the
    loan's "the term already began" (I60): the reason now says why no term runs for him (on the peildatum)."""
    antwoord = _antwoord(persoon, peildatum)
    for naam in ("inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum"):
        assert antwoord["status"][naam] == "niet_van_toepassing"
        assert zin in antwoord["toelichting"][naam]["uitleg"]["nl"]
    zonder_pip = {k: w for k, w in persoon.items() if k not in ("pip_datum", "leerroute")}
    nl = _antwoord(zonder_pip, peildatum)["toelichting"]["inburgeringstermijn_startdatum"]["uitleg"]["nl"]
    assert nl.endswith("niet van toepassing op deze persoon.")
