"""The deviations from the PIP and route-change terms that leave no last day (Bi 5.3 lid 2, Bi 5.4 lid 2-3), and the
judgments they need in the typed API (tests/yaml stays runnable with `openfisca test`, which cannot expect an
empty date; only `inburgering test` reads `geen`)."""

import numpy
import pytest
from openfisca_core import periods
from openfisca_core.reforms import Reform

from inburgering_rules import simulatie
from inburgering_rules.hervormingen import basissysteem, systeem_voor
from inburgering_rules.verlenging import aanvraag_vanaf

SYSTEEM = basissysteem()
GEZINSMIGRANT_2023 = {"geboortedatum": "1992-04-20", "nationaliteit": "TR",
                      "verblijfsvergunning": "regulier_bepaalde_tijd",
                      "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-11-01",
                      "brp_inschrijving_datum": "2023-02-15", "kennisgeving_inburgeringsplicht_datum": "2023-03-01"}
STATUSHOUDER = {"geboortedatum": "1990-06-15", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
                "verblijfsdoel": "overig_niet_tijdelijk", "verblijf_verkregen_datum": "2022-11-01",
                "pip_datum": "2023-03-14", "leerroute": "b1_route"}


def bereken(persoon, besluit, peildatum="2024-10-01", snel=True):
    invoer = simulatie.als_arrays(SYSTEEM, {naam: [waarde] for naam, waarde in persoon.items()})
    return simulatie.bereken(SYSTEEM, peildatum, invoer, 1, [besluit], snel=snel)[besluit][0]


@pytest.mark.parametrize("snel", [True, False])
def test_bi_5_3_lid_2_waiting_for_the_information_leaves_no_last_day(snel):
    wacht = {**GEZINSMIGRANT_2023, "pip_informatie_derde_opgevraagd_datum": "2023-04-01",
             "pip_zonder_informatie_derde_niet_mogelijk": True}
    assert numpy.isnat(bereken(wacht, "pip_uiterste_datum", "2023-05-22", snel))
    ontvangen = {**wacht, "pip_informatie_derde_ontvangen_datum": "2023-05-30"}
    assert bereken(ontvangen, "pip_uiterste_datum", "2023-06-01", snel) == numpy.datetime64("2023-06-13")


@pytest.mark.parametrize("snel", [True, False])
@pytest.mark.parametrize(
    ("extra", "leeg"),
    [({"leerroute_wijziging_bijzonder_geval": True}, True),  # Bi 5.4 lid 3
     ({"niet_vrijstellende_opleiding_startdatum": "2023-09-01",
       "niet_vrijstellende_opleiding_beeindigd_datum": "2024-09-15"}, True),  # lid 2: ended the day after the window
     ({"niet_vrijstellende_opleiding_startdatum": "2023-09-01",
       "niet_vrijstellende_opleiding_beeindigd_datum": "2024-09-14"}, False)],  # on the window's last day
)
def test_bi_5_4_deviations_leave_no_last_day(extra, leeg, snel):
    uitkomst = bereken({**STATUSHOUDER, **extra}, "leerroute_wijziging_uiterste_datum", snel=snel)
    assert numpy.isnat(uitkomst) == leeg
    if not leeg:
        assert uitkomst == numpy.datetime64("2024-09-14")


@pytest.mark.parametrize("snel", [True, False])
def test_bi_5_4_lid_2_only_once_the_course_has_ended(snel):
    """Lid 2: the person "heeft afgerond of voortijdig heeft beëindigd" the course: an end date after the peildatum is
    expected, not yet there; until it comes, the window of lid 1 applies."""
    persoon = {**STATUSHOUDER, "niet_vrijstellende_opleiding_startdatum": "2023-09-01",
               "niet_vrijstellende_opleiding_beeindigd_datum": "2024-10-15"}
    assert bereken(persoon, "leerroute_wijziging_uiterste_datum", "2024-10-14", snel) == numpy.datetime64("2024-09-14")
    assert numpy.isnat(bereken(persoon, "leerroute_wijziging_uiterste_datum", "2024-10-15", snel))


def test_bi_5_4_lid_2_is_in_the_text_from_2023():
    """Lid 2 is in the text from 2023-01-01 (`termijnen.leerroute_wijziging_na_opleiding`). A window of lid 1 always
    ends after that day, so a reform shortens it to three months to reach both sides: a course that ended after the
    window counts on 2023-01-01, not on 2022-12-31."""
    systeem = systeem_voor({"parameters": {"termijnen.leerroute_wijziging_maanden": {"2022-01-01": 3}}})
    persoon = {**STATUSHOUDER, "verblijf_verkregen_datum": "2022-01-10", "pip_datum": "2022-03-14",
               "niet_vrijstellende_opleiding_startdatum": "2022-04-01",
               "niet_vrijstellende_opleiding_beeindigd_datum": "2022-09-01"}
    invoer = simulatie.als_arrays(systeem, {naam: [waarde] for naam, waarde in persoon.items()})
    besluit = "leerroute_wijziging_uiterste_datum"
    assert simulatie.bereken(systeem, "2022-12-31", invoer, 1, [besluit])[besluit][0] == numpy.datetime64("2022-06-14")
    assert numpy.isnat(simulatie.bereken(systeem, "2023-01-01", invoer, 1, [besluit])[besluit][0])


def _oorzaken(persoon, besluit, peildatum):
    kolommen = {naam: [waarde] for naam, waarde in persoon.items()}
    beoordeling = simulatie.beoordeel(SYSTEEM, peildatum, kolommen, 1, [besluit])
    return beoordeling.onbepaald[besluit][0], beoordeling.ontbrekende_invoer(0, besluit)


def test_the_pip_judgment_matters_only_when_information_was_requested():
    assert _oorzaken(GEZINSMIGRANT_2023, "pip_uiterste_datum", "2023-04-01") == (False, [])
    opgevraagd = {**GEZINSMIGRANT_2023, "pip_informatie_derde_opgevraagd_datum": "2023-04-01"}
    assert _oorzaken(opgevraagd, "pip_uiterste_datum", "2023-04-01") == (
        True, ["pip_zonder_informatie_derde_niet_mogelijk"])


def test_route_change_deadline_needs_the_special_case_judgment():
    assert _oorzaken(STATUSHOUDER, "leerroute_wijziging_uiterste_datum", "2024-06-01") == (
        True, ["leerroute_wijziging_bijzonder_geval"])
    gegeven = {**STATUSHOUDER, "leerroute_wijziging_bijzonder_geval": False}
    assert _oorzaken(gegeven, "leerroute_wijziging_uiterste_datum", "2024-06-01") == (False, [])


def test_extension_not_culpable_needs_the_ministers_judgment_unless_a_course_decides():
    assert _oorzaken(STATUSHOUDER, "verlenging_niet_verwijtbaar_mogelijk", "2026-03-01") == (
        True, ["verhindering_niet_verwijtbaar"])
    opleiding = {**STATUSHOUDER, "niet_vrijstellende_opleiding_startdatum": "2023-09-01"}
    assert _oorzaken(opleiding, "verlenging_niet_verwijtbaar_mogelijk", "2026-03-01") == (False, [])


def _met_pip_weken(weken):
    class PipWeken(Reform):
        def apply(self):
            def wijzig(parameters):
                parameters.termijnen.pip_weken.update(start=periods.instant("2022-01-01"), value=weken)
                return parameters
            self.modify_parameters(modifier_function=wijzig)
    return PipWeken(SYSTEEM)


@pytest.mark.parametrize(("weken", "uiterste"), [(12, "2023-03-27"), (13, "2023-04-02")])
def test_atw_4_a_a_term_of_more_than_twelve_weeks_does_not_move(weken, uiterste):
    """Atw art. 4 onder a: with 12 weeks Sunday 26 March moves to Monday; with 13 weeks Sunday 2 April stays."""
    persoon = {**GEZINSMIGRANT_2023, "brp_inschrijving_datum": "2022-12-01",
               "kennisgeving_inburgeringsplicht_datum": "2023-01-01"}
    systeem = _met_pip_weken(weken)
    invoer = simulatie.als_arrays(systeem, {naam: [waarde] for naam, waarde in persoon.items()})
    uitkomst = simulatie.bereken(systeem, "2023-02-01", invoer, 1, ["pip_uiterste_datum"], snel=False)
    assert uitkomst["pip_uiterste_datum"][0] == numpy.datetime64(uiterste)


ASIEL_ZONDER_KENNISGEVING = {"geboortedatum": "1990-06-15", "nationaliteit": "SY",
                             "verblijfsvergunning": "asiel_bepaalde_tijd",
                             "verblijf_verkregen_datum": "2023-01-10", "brp_inschrijving_datum": "2023-04-17"}


@pytest.mark.parametrize("snel", [True, False])
def test_bi_5_3_lid_1_from_2023_needs_the_notification_also_for_an_asylum_permit_holder(snel):
    """Both sentences of the 2023 text presuppose the notification ("op de datum van deze kennisgeving"):
    without it no last day, as for a family migrant; with it 10 weeks after it."""
    assert numpy.isnat(bereken(ASIEL_ZONDER_KENNISGEVING, "pip_uiterste_datum", "2023-06-01", snel))
    met = {**ASIEL_ZONDER_KENNISGEVING, "kennisgeving_inburgeringsplicht_datum": "2023-05-01"}
    assert bereken(met, "pip_uiterste_datum", "2023-06-01", snel) == numpy.datetime64("2023-07-10")
    # not yet registered on the notification day: the second sentence, 10 weeks after the registration
    later = {**met, "brp_inschrijving_datum": "2023-05-15"}
    assert bereken(later, "pip_uiterste_datum", "2023-06-01", snel) == numpy.datetime64("2023-07-24")


@pytest.mark.parametrize("snel", [True, False])
def test_a_registration_years_before_the_duty_gives_no_deadline_before_the_duty(snel):
    """Registered in 2019, residence (the duty) from 2023-09-01: the 2023 text of the day the duty arose,
    so without a notification no last day yet (not 2019-11-04: the 2022 text on the 2019 registration)."""
    persoon = {"geboortedatum": "1996-05-02", "nationaliteit": "IN",
               "verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinsmigratie",
               "verblijf_verkregen_datum": "2023-09-01", "brp_inschrijving_datum": "2019-08-26"}
    assert numpy.isnat(bereken(persoon, "pip_uiterste_datum", "2024-01-10", snel))


def test_the_typed_api_waits_for_the_notification():
    kolommen = {naam: [waarde] for naam, waarde in ASIEL_ZONDER_KENNISGEVING.items()}
    beoordeling = simulatie.beoordeel(SYSTEEM, "2023-06-01", kolommen, 1, ["pip_uiterste_datum"],
                                      gebeurtenissen=True)
    assert numpy.isnat(beoordeling.waarden["pip_uiterste_datum"][0])
    assert not beoordeling.onbepaald["pip_uiterste_datum"][0]
    assert beoordeling.nog_niet["pip_uiterste_datum"][0]


@pytest.mark.parametrize(
    ("einde", "vanaf"),
    [("2026-03-14", "2025-09-15"),  # expires at the end of 14 March: six months before the 15th
     ("2026-08-30", "2026-03-01"),  # 31 August minus six months: 31 February does not exist, 1 March
     ("2026-08-31", "2026-03-01"),
     ("2028-08-28", "2028-02-29"),  # a leap year: 29 February exists
     ("2027-08-28", "2027-03-01"),  # and not in a common year
     ("NaT", "NaT")],
)
def test_bi_4_5_lid_1_the_first_day_an_application_can_be_made(einde, vanaf):
    uit = aanvraag_vanaf(6, numpy.array([einde], dtype="datetime64[D]"))[0]
    assert str(uit) == vanaf


def test_bi_5_3_lid_3_a_move_is_dropped_only_when_it_is_known_to_predate_the_acquisition():
    """`verhuisd_als_plichtige`: a registration before the acquisition is no move of lid 3; on the acquisition
    day it is; without a known acquisition the registration stays (no silent "no move"). Lid 3 is a move of the
    person "voor wie het persoonlijk plan inburgering en participatie is opgesteld": only with a PIP on or before
    it (the last two; a PIP not given has not been drawn up)."""
    from inburgering_rules.inschrijving import verhuisd_als_plichtige

    andere = numpy.array(["2023-06-13", "2023-06-14", "2023-06-13", "NaT", "2023-06-14", "2023-06-14"],
                         dtype="datetime64[D]")
    verkregen = numpy.array(["2023-06-14", "2023-06-14", "NaT", "2023-06-14", "2023-01-01", "2023-01-01"],
                            dtype="datetime64[D]")
    pip = numpy.array(["2023-01-01", "2023-01-01", "2023-01-01", "2023-01-01", "2023-06-14", "NaT"],
                      dtype="datetime64[D]")
    uit = verhuisd_als_plichtige(andere, verkregen, pip).astype(str).tolist()
    assert uit == ["NaT", "2023-06-14", "2023-06-13", "NaT", "2023-06-14", "NaT"]


def test_a_registration_before_the_first_pip_is_no_move_of_lid_3():
    """The other side of the PIP boundary of `verhuisd_als_plichtige`: a PIP adopted the day after the registration in
    the other municipality was not drawn up when he moved, so lid 3 does not apply (no day)."""
    from inburgering_rules.inschrijving import verhuisd_als_plichtige

    andere = numpy.array(["2023-06-14", "2023-06-14"], dtype="datetime64[D]")
    verkregen = numpy.array(["2023-01-01", "2023-01-01"], dtype="datetime64[D]")
    pip = numpy.array(["2023-06-14", "2023-06-15"], dtype="datetime64[D]")
    assert verhuisd_als_plichtige(andere, verkregen, pip).astype(str).tolist() == ["2023-06-14", "NaT"]
