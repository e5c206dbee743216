"""Why a decision came out as it did, in the law's words: the loan (Wi 19, Bi 6.3 lid 1, Wi 20 lid 2), the college's
course (Wi 16 lid 1), social guidance (Wi 13 lid 1) and ontzorgen (Pw 56a). A review of the explanations found these
answered with the label, the value and the facts given only ("€ 0,00. Gebaseerd op: ..."). Each sentence is checked on
both sides of what decides it."""

from __future__ import annotations

import orjson
import pytest
from gevallen import STATUSHOUDER
from inburgering_rules.api.service import Dienst

DIENST = Dienst()
# A family migrant whose term runs 2023-04-21 to 2026-04-20.
GEZINSMIGRANT = {"geboortedatum": "1992-03-05", "nationaliteit": "MA", "verblijfsvergunning": "regulier_bepaalde_tijd",
                 "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2023-02-10", "pip_datum": "2023-04-20",
                 "leerroute": "b1_route", "verwijtbaarheid": "opzet"}
GEZINSLID = {**STATUSHOUDER, "verblijfsvergunning": "regulier_bepaalde_tijd",
             "verblijfsdoel": "gezinslid_van_asielstatushouder"}
ZONDER_PIP = {naam: waarde for naam, waarde in GEZINSMIGRANT.items() if naam != "pip_datum"}
# Ontzorgen (Pw 56a): the duty met on 2024-06-10 (`ontzorgen.yaml` geval 17-19).
VOLDAAN = {"geboortedatum": "1990-06-15", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
           "verblijf_verkregen_datum": "2022-03-01", "brp_inschrijving_datum": "2022-05-01", "pip_datum": "2022-07-01",
           "leerroute": "b1_route", "pvt_afgerond_datum": "2022-12-01", "map_afgerond_datum": "2023-05-01",
           "leerroute_behaald_datum": "2024-06-10"}


def _uitleg(persoon: dict, peildatum: str, naam: str) -> tuple[object, str, str]:
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": peildatum, "persoon": persoon}), "nl")
    assert antwoord["status"][naam] == "besloten", antwoord["status"][naam]
    uitleg = antwoord["toelichting"][naam]["uitleg"]
    return antwoord["besluiten"][naam], uitleg["nl"], uitleg["en"]


@pytest.mark.parametrize(("persoon", "peildatum", "bedrag", "nl", "en"), [
    # Bi 6.3 lid 1: during the term, which begins the day after the PIP
    (GEZINSMIGRANT, "2023-04-20", 0, "die pas begint op 21 april 2023", "which begins only on 2023-04-21"),
    (GEZINSMIGRANT, "2023-04-21", 10000, "Gezinsmigrant of overige migrant die aan de plicht moet voldoen (Wi 19): "
     "op de peildatum aanspraak", "Family or other migrant who must meet the duty (Wi 19)"),
    (ZONDER_PIP, "2023-04-21", 0, "er is nog geen PIP", "there is no PIP yet"),
    # Wi 20 lid 2: up to and including the last day of the right, not after it
    (GEZINSMIGRANT, "2026-04-20", 10000, "uiterlijk tot en met 20 april 2026 (Wi 20 lid 2)",
     "at the latest up to and including 2026-04-20 (Wi 20(2))"),
    (GEZINSMIGRANT, "2026-04-21", 0, "De aanspraak liep tot en met 20 april 2026",
     "ran up to and including 2026-04-20"),
    # Wi 19: not for the asylum target group, nor for who is not obligated
    (STATUSHOUDER, "2024-05-01", 0, "Asielstatushouder of zijn gezinslid (Wi 13 lid 1)",
     "Asylum permit holder or his family member (Wi 13(1))"),
    ({**GEZINSMIGRANT, "verblijfsdoel": "studie"}, "2023-04-21", 0, "Niet inburgeringsplichtig",
     "Not obligated"),
    # Wi 4: exempted, so nothing to meet
    ({**GEZINSMIGRANT, "leerplichtig_geweest_jaren": 8}, "2023-04-21", 0, "vrijgesteld (Wi 4)", "exempted (Wi 4)"),
])
def test_the_loan_says_why_it_is_what_it_is(persoon, peildatum, bedrag, nl, en):
    waarde, tekst_nl, tekst_en = _uitleg(persoon, peildatum, "lening_maximum_bedrag")
    assert waarde == bedrag
    assert nl in tekst_nl and en in tekst_en


@pytest.mark.parametrize(("persoon", "aanbod", "nl", "en"), [
    (STATUSHOUDER, True, "Asielstatushouder (Wi 13 lid 1 onder a) die aan de plicht moet voldoen",
     "Asylum permit holder (Wi 13(1)(a)) who must meet the duty"),
    (GEZINSLID, True, "(Wi 13 lid 1 onder b)", "(Wi 13(1)(b))"),
    (GEZINSMIGRANT, False, "kiest zelf zijn cursus; daarvoor kan hij gedurende zijn termijnen bij DUO lenen",
     "chooses his own course; during his terms he may borrow for it from DUO"),
    ({**STATUSHOUDER, "leerplichtig_geweest_jaren": 8}, False, "vrijgesteld (Wi 4) en hoeft niet aan de plicht te "
     "voldoen; Wi 16 lid 1 dient", "exempted (Wi 4) and need not meet the duty; Wi 16(1) serves"),
])
def test_the_course_offer_says_whom_wi_16_serves(persoon, aanbod, nl, en):
    waarde, tekst_nl, tekst_en = _uitleg(persoon, "2024-05-01", "leerroute_aanbod_door_gemeente")
    assert waarde is aanbod
    assert nl in tekst_nl and en in tekst_en


@pytest.mark.parametrize(("peildatum", "zonder_route"), [("2024-01-09", True), ("2024-01-10", False)])
def test_the_course_offer_before_the_pip_says_the_route_is_set_there(peildatum, zonder_route):
    """Wi 16 lid 1 offers a course for the route of Wi 15: on the PIP's day the route is set (I59), the day before
    not."""
    waarde, nl, en = _uitleg(STATUSHOUDER, peildatum, "leerroute_aanbod_door_gemeente")
    assert waarde is True
    assert ("op de peildatum is er nog geen" in nl) is zonder_route
    assert ("on the peildatum there is none yet" in en) is zonder_route


@pytest.mark.parametrize(("persoon", "recht", "nl", "en"), [
    (STATUSHOUDER, True, "Wi 13 lid 1 onder a", "Wi 13(1)(a)"),
    (GEZINSLID, True, "Wi 13 lid 1 onder b", "Wi 13(1)(b)"),
    (GEZINSMIGRANT, False, "deze persoon is gezinsmigrant of overige migrant (Wi 19)",
     "this person is a family or other migrant (Wi 19)"),
    ({**GEZINSMIGRANT, "verblijfsdoel": "studie"}, False, "Niet inburgeringsplichtig", "Not obligated"),
    # I65: up to and including the day the duty was met (2024-06-10), not after it
    ({**VOLDAAN, "peildatum": "2024-06-10"}, True, "Wi 13 lid 1 onder a", "Wi 13(1)(a)"),
    ({**VOLDAAN, "peildatum": "2024-06-11"}, False, "Aan de plicht voldaan op 10 juni 2024: daarna niet langer de "
     "inburgeringsplichtige van Wi 13 lid 1", "The duty was met on 2024-06-10: after that no longer the obligated "
     "person of Wi 13(1)"),
])
def test_social_guidance_says_whom_wi_13_serves(persoon, recht, nl, en):
    persoon = dict(persoon)
    waarde, tekst_nl, tekst_en = _uitleg(persoon, persoon.pop("peildatum", "2024-05-01"),
                                         "maatschappelijke_begeleiding_recht")
    assert waarde is recht
    assert nl in tekst_nl and en in tekst_en


@pytest.mark.parametrize(("persoon", "peildatum", "verplicht", "nl", "en"), [
    (STATUSHOUDER, "2024-05-01", False, "Geen recht op bijstand gegeven", "No right to social assistance given"),
    ({**STATUSHOUDER, "bijstand_recht_datum": "2024-02-01"}, "2024-05-01", True,
     "Zes maanden vanaf de dag waarop het recht op bijstand ontstond (1 februari 2024), omdat de persoon op die dag",
     "Six months from the day the right to social assistance arose (2024-02-01), because on that day"),
    # a right that arose before the residence: the period counts from it, the article applies only since the duty
    ({**STATUSHOUDER, "bijstand_recht_datum": "2023-08-01"}, "2023-10-01", True,
     "Dat was vóór het verblijf (1 september 2023): het artikel geldt pas sinds", "That was before the residence "
     "(2023-09-01): the article applies only since"),
    # a right on the day of the residence: from that day, no "before the residence"
    ({**STATUSHOUDER, "bijstand_recht_datum": "2023-09-01"}, "2023-10-01", True,
     "ontstond (1 september 2023), omdat de persoon op die dag inburgeringsplichtig was", "arose (2023-09-01), because "
     "on that day"),
    # a right on the peildatum itself: past tense; the day after it, a look ahead (I42), in the present tense
    ({**STATUSHOUDER, "bijstand_recht_datum": "2024-05-01"}, "2024-05-01", True, "ontstond (1 mei 2024)",
     "arose (2024-05-01)"),
    ({**STATUSHOUDER, "bijstand_recht_datum": "2024-06-01"}, "2024-05-01", True,
     "vanaf de dag waarop het recht op bijstand ontstaat (1 juni 2024)", "from the day the right to social assistance "
     "arises (2024-06-01)"),
    ({**GEZINSLID, "bijstand_recht_datum": "2024-02-01"}, "2024-05-01", False, "Pw 56a lid 1 onder b geldt alleen",
     "Pw 56a(1)(b) applies only"),
    ({**GEZINSMIGRANT, "verblijfsdoel": "studie", "bijstand_recht_datum": "2023-05-01"}, "2024-05-01", False,
     "Niet inburgeringsplichtig", "Not obligated"),
    # Pw 56a lid 1 a with Wi 20 lid 2 b (I42): met the day before the right arose, or on that day (still obligated)
    ({**VOLDAAN, "bijstand_recht_datum": "2024-06-11"}, "2024-06-20", False,
     "Aan de plicht voldaan op 10 juni 2024, vóór het recht op bijstand (11 juni 2024)",
     "The duty was met on 2024-06-10, before the right to social assistance (2024-06-11)"),
    ({**VOLDAAN, "bijstand_recht_datum": "2024-06-10"}, "2024-06-20", True,
     "recht op bijstand ontstond (10 juni 2024)", "the right to social assistance arose (2024-06-10)"),
])
def test_ontzorgen_says_which_part_of_pw_56a_decides(persoon, peildatum, verplicht, nl, en):
    waarde, tekst_nl, tekst_en = _uitleg(persoon, peildatum, "ontzorgen_verplicht")
    assert waarde is verplicht
    assert nl in tekst_nl and en in tekst_en


@pytest.mark.parametrize(("leerroute", "map_genoemd"), [("onderwijsroute", False), ("b1_route", True)])
def test_the_pvt_deadline_names_the_map_only_where_it_is_required(leerroute, map_genoemd):
    """Wi 8 lid 3: no MAP in the onderwijsroute, so the fine of Wi 24 lid 1 that follows the term is for the PVT only
    there. A review found the MAP named for a person in the onderwijsroute."""
    persoon = {**STATUSHOUDER, "leerroute": leerroute}
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-05-01", "persoon": persoon}), "nl")
    assert antwoord["besluiten"]["map_verplicht"] is map_genoemd
    uitleg = antwoord["toelichting"]["pvt_uiterste_datum"]["uitleg"]
    assert ("wie het PVT of de MAP dan niet heeft afgerond" in uitleg["nl"]) is map_genoemd
    assert ("wie het PVT dan niet heeft afgerond" in uitleg["nl"]) is not map_genoemd
    assert ("who has not completed the PVT or the MAP by then" in uitleg["en"]) is map_genoemd


@pytest.mark.parametrize("gegeven", [(), ("familielid_eu_burger",),
                                     ("familielid_eu_burger", "elders_ingeburgerd_langdurig_ingezetene",
                                      "inburgeringsplichtig_wi2013")])
def test_the_duty_says_which_exceptions_were_read_as_no_because_not_given(gegeven):
    """Wi 3 lid 2 b and c and Wi 54 lid 1: facts that, not given, count as "no" (I43). A review found the sentence
    saying no exception applied as if each had been assessed."""
    persoon = {**STATUSHOUDER, **dict.fromkeys(gegeven, False)}
    waarde, nl, en = _uitleg(persoon, "2024-05-01", "inburgeringsplichtig")
    assert waarde is True
    niet = [naam for naam in ("familielid_eu_burger", "elders_ingeburgerd_langdurig_ingezetene",
                              "inburgeringsplichtig_wi2013") if naam not in gegeven]
    assert ("Niet gegeven en dus gelezen als nee:" in nl) is bool(niet)
    assert ("Not given and so read as no:" in en) is bool(niet)
    assert ("De Wet inburgering (2013) was op hem van toepassing op de dag vóór de inwerkingtreding" in nl) is (
        "inburgeringsplichtig_wi2013" in niet)
    assert ("the Wi 2013 applied to him on the day before this act" in en) is ("inburgeringsplichtig_wi2013" in niet)


@pytest.mark.parametrize(("verkregen", "voluit", "tijdelijk"), [("2022-05-01", "1 mei 2022", True),
                                                               ("2024-04-16", "16 april 2024", True),
                                                               ("2024-04-17", "17 april 2024", False),
                                                               ("2024-05-01", "1 mei 2024", False)])
def test_a_temporary_purpose_names_the_list_of_the_day_the_residence_was_acquired(verkregen, voluit, tijdelijk):
    """Bi 2.2 lid 1 b (vermogende vreemdeling) is on the list until 2024-04-16 (I5): the reason names the list of the
    day of acquisition and links that day's text (`&g=`, kept as it is in the Dutch text). A review found only
    today's text linked, which no longer holds it."""
    persoon = {"geboortedatum": "1980-01-01", "nationaliteit": "RU", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "vermogende_vreemdeling", "verblijf_verkregen_datum": verkregen}
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2025-06-01", "persoon": persoon}), "nl")
    assert (antwoord["besluiten"]["reden_geen_inburgeringsplicht"] == "tijdelijk_verblijfsdoel") is tijdelijk
    uitleg = antwoord["toelichting"]["reden_geen_inburgeringsplicht"]["uitleg"]
    link = f"&artikel=2.2&g={verkregen})"
    assert (link in uitleg["nl"] and link in uitleg["en"]) is tijdelijk
    assert (f"zoals die gold op {voluit}, de dag waarop het verblijf is verkregen" in uitleg["nl"]) is tijdelijk


EU_BURGER = {"nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht", "verblijf_verkregen_datum": "2023-09-01",
             "leerplichtig_geweest_jaren": 2, "vrijstellend_diploma": False,
             "opleiding_naar_vrijstellend_diploma": False, "leerplichtig_of_kwalificatieplichtig": False}


# Wi 3 lid 2 c with residence under EU law: a person of Bi 6.1 too ("de persoon, bedoeld in artikel 3, tweede lid")
ELDERS_INGEBURGERD = {**EU_BURGER, "nationaliteit": "MA", "familielid_eu_burger": False,
                      "elders_ingeburgerd_langdurig_ingezetene": True}


@pytest.mark.parametrize("persoon", [EU_BURGER, ELDERS_INGEBURGERD], ids=["eu_burger", "elders_ingeburgerd"])
@pytest.mark.parametrize(("geboren", "bedrag"), [("2008-01-02", 0), ("2008-01-01", 10000)])
def test_the_loan_of_an_eu_citizen_below_16_does_not_say_he_is_no_person_of_bi_6_1(persoon, geboren, bedrag):
    """Bi 6.1 onder a on the peildatum (I56): the day before his 16th birthday no right, on it one. A review found the
    "no" saying he was no person of Bi 6.1 while the same answer dated his right; and so for every reason of Wi 3
    lid 2 the rule reads (a later review: lid 2 c was left out)."""
    waarde, nl, en = _uitleg({**persoon, "geboortedatum": geboren}, "2024-01-01", "lening_maximum_bedrag")
    assert waarde == bedrag
    assert "geen persoon van Bi 6.1" not in nl
    assert ("niet aan elke voorwaarde van Bi 6.1 onder a tot en met e voldaan" in nl) is (bedrag == 0)
    assert ("not every condition of Bi 6.1 (a) to (e) is met" in en) is (bedrag == 0)


@pytest.mark.parametrize(("peildatum", "bedrag"), [("2026-09-01", 10000), ("2026-09-02", 0)])
def test_the_loan_of_an_eu_citizen_ends_with_his_three_years(peildatum, bedrag):
    """Bi 6.3 lid 1, second sentence: three years from the day after the residence (2023-09-01): up to and including
    2026-09-01, not after it."""
    waarde, nl, en = _uitleg({**EU_BURGER, "geboortedatum": "1990-01-01"}, peildatum, "lening_maximum_bedrag")
    assert waarde == bedrag
    assert ("De aanspraak van de persoon van Bi 6.1 liep tot en met 1 september 2026" in nl) is (bedrag == 0)
    assert ("ran up to and including 2026-09-01" in en) is (bedrag == 0)


# B1-route, PVT done, route achieved 2024-06-10, no MAP: met only where the taalschakeltraject was completed (Wi 8 lid 3)
ZONDER_MAP = {**VOLDAAN, "map_afgerond_datum": None}


@pytest.mark.parametrize("afgerond", [True, False, None])
def test_the_map_says_whether_a_completed_taalschakeltraject_was_given(afgerond):
    """Wi 8 lid 3 "of heeft afgerond": the MAP is not required, and the duty is met without it, with that said; not
    given, the fact reads as "no" and the explanation of the MAP duty says so. A review found the MAP named as done
    (it was not) and the assumption unsaid."""
    persoon = {naam: waarde for naam, waarde in ZONDER_MAP.items() if waarde is not None}
    if afgerond is not None:
        persoon["taalschakeltraject_afgerond"] = afgerond
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-07-01", "persoon": persoon}), "nl")
    map_verplicht = antwoord["besluiten"]["map_verplicht"]
    assert map_verplicht is (afgerond is not True)
    uitleg = antwoord["toelichting"]["map_verplicht"]["uitleg"]["nl"]
    assert ("Het taalschakeltraject is afgerond" in uitleg) is (afgerond is True)
    assert ("Niet gegeven en dus gelezen als nee: Heeft het taalschakeltraject" in uitleg) is (afgerond is None)
    voldaan = antwoord["toelichting"]["inburgeringsplicht_voldaan_datum"]["uitleg"]["nl"]
    if afgerond:
        assert antwoord["besluiten"]["inburgeringsplicht_voldaan_datum"] == "2024-06-10"
        assert "Het PVT en de leerroute zijn afgerond; de MAP is niet verplicht" in voldaan
    else:
        assert antwoord["besluiten"]["inburgeringsplicht_voldaan_datum"] is None


@pytest.mark.parametrize(("hervormd", "lijst"), [(False, "de lijst van Bi 2.2 zoals die gold op 10 februari 2023"),
                                                 (True, "de lijst van de hervorming zoals die gold op 10 februari 2023")])
def test_a_temporary_purpose_under_a_reform_names_the_reforms_list(hervormd, lijst):
    """The rule reads the reformable list (`inburgeringsplicht.tijdelijke_verblijfsdoelen`): under a reform of it the
    reason names the reform's list, without a link to a law text that does not hold it (a review)."""
    persoon = {"geboortedatum": "1980-01-01", "nationaliteit": "MA", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "studie", "verblijf_verkregen_datum": "2023-02-10"}
    hervorming = {"parameters": {"inburgeringsplicht.tijdelijke_verblijfsdoelen": {"2022-01-01": ["studie"]}}}
    body = {"peildatum": "2024-05-01", "persoon": persoon, "hervorming": hervorming if hervormd else None}
    antwoord = DIENST.beoordeling(orjson.dumps(body), "nl")
    assert antwoord["besluiten"]["reden_geen_inburgeringsplicht"] == "tijdelijk_verblijfsdoel"
    uitleg = antwoord["toelichting"]["reden_geen_inburgeringsplicht"]["uitleg"]["nl"]
    assert lijst in uitleg
    assert ("&artikel=2.2&g=2023-02-10" in uitleg) is not hervormd


@pytest.mark.parametrize(("verkregen", "voorwaarde"), [("2021-12-31", False), ("2022-01-01", True),
                                                     ("2023-09-01", True)])
def test_the_loan_of_an_eu_citizen_names_bi_6_1s_conditions_only_for_who_is_its_person(verkregen, voorwaarde):
    """Residence under EU law acquired before the act (reden verblijf_voor_inwerkingtreding) is no person of Bi 6.1
    (I22); after it, a 15-year-old is, and only a condition (onder a) fails."""
    persoon = {**EU_BURGER, "geboortedatum": "2008-06-01", "verblijf_verkregen_datum": verkregen}
    waarde, nl, en = _uitleg(persoon, "2024-01-01", "lening_maximum_bedrag")
    assert waarde == 0
    assert ("niet aan elke voorwaarde van Bi 6.1 onder a tot en met e voldaan" in nl) is voorwaarde
    assert ("en geen persoon van Bi 6.1 (die van Wi 3 lid 2" in nl) is not voorwaarde


# A review of explanations against the decisions they sit beside (2026-12-07).
ASIELSTATUSHOUDER = {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
                     "verblijf_verkregen_datum": "2023-09-01", "brp_inschrijving_datum": "2023-10-02",
                     "kennisgeving_inburgeringsplicht_datum": "2023-10-16", "pip_datum": "2024-01-10",
                     "leerroute": "b1_route"}


@pytest.mark.parametrize("vrijgesteld", [True, False])
def test_the_loan_names_the_course_offer_only_where_the_rule_gives_it(vrijgesteld):
    """Wi 16 lid 1 is for who must meet the duty: an exempted asylum permit holder gets no offer, and the loan's "no"
    does not say he does."""
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-05-01", "persoon": {
        **ASIELSTATUSHOUDER, "vrijstellend_diploma": vrijgesteld}}), "nl")
    assert antwoord["besluiten"]["lening_maximum_bedrag"] == 0
    assert antwoord["besluiten"]["leerroute_aanbod_door_gemeente"] is not vrijgesteld
    uitleg = antwoord["toelichting"]["lening_maximum_bedrag"]["uitleg"]
    assert ("het college biedt hem de cursus of opleiding aan (Wi 16 lid 1)" in uitleg["nl"]) is not vrijgesteld
    assert ("the municipality offers him the course" in uitleg["en"]) is not vrijgesteld


@pytest.mark.parametrize(("verkregen", "voluit", "later"), [("2024-09-01", "1 september 2024", True),
                                                        ("2024-05-01", "1 mei 2024", False)])
def test_the_loan_of_an_eu_citizen_whose_residence_begins_later_says_so(verkregen, voluit, later):
    """Bi 6.1 is for who "verkrijgt" the residence, Bi 6.3 lid 1 runs from the day after: before it no condition of
    a-e fails, the residence has not begun; on the day itself the right begins the next day. Both were a "no"
    without its reason or with a wrong one (a review)."""
    waarde, nl, en = _uitleg({**EU_BURGER, "geboortedatum": "1985-06-30", "verblijf_verkregen_datum": verkregen},
                             "2024-05-01", "lening_maximum_bedrag")
    assert waarde == 0
    assert (f"wordt pas op {voluit} verkregen" in nl) is later and (f"acquired only on {verkregen}" in en) is later
    assert (f"loopt vanaf de dag na de verkrijging van het verblijf ({voluit};" in nl) is not later
    assert (f"runs from the day after the residence was acquired ({verkregen};" in en) is not later
    assert "niet aan elke voorwaarde van Bi 6.1" not in nl


@pytest.mark.parametrize("ingetrokken", [True, False])
def test_no_art_25_fine_after_a_refused_extension_names_wi_25_lid_3(ingetrokken):
    """Wi 25 lid 3: no fine once the extension was refused or the permit withdrawn; it said "no next fine follows (Wi
    25 lid 2 with 24 lid 3 and 4)", articles that say a next one does."""
    persoon = {"geboortedatum": "1995-02-28", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-11-30",
               "kennisgeving_inburgeringsplicht_datum": "2022-12-12", "pip_datum": "2023-03-15",
               "boete_art_25_bekendmaking_datum": "2026-06-01", "boete_art_25_nieuwe_termijn_maanden": 12,
               "verblijfsvergunning_niet_verlengd_of_ingetrokken": ingetrokken}
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2026-09-01", "persoon": persoon}), "nl")
    assert antwoord["besluiten"]["boete_art_25_maximum_bedrag"] == 0
    boete = antwoord["toelichting"]["boete_art_25_maximum_bedrag"]["uitleg"]
    volgende = antwoord["toelichting"]["volgende_boete_art_25_mogelijk_vanaf"]["uitleg"]
    assert ("(Wi 25 lid 3)" in boete["nl"] and "(Wi 25(3))" in boete["en"]) is ingetrokken
    assert ("een volgende boete kan niet vóór 2 juni 2027" in boete["nl"]) is not ingetrokken
    assert "er volgt geen volgende boete" not in boete["nl"]
    assert ("geen. DUO legt geen boete van art. 25 op" in volgende["nl"]) is ingetrokken


def test_a_wait_list_names_a_completion_without_the_note_on_not_given():
    """A completion given before the PIP does not count and is waited for: the wait list names it without "(niet
    gegeven: nog niet)", which contradicted the day the same explanation names."""
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-05-01", "persoon": {
        **ASIELSTATUSHOUDER, "pvt_afgerond_datum": "2023-12-01"}}), "nl")
    uitleg = antwoord["toelichting"]["inburgeringsplicht_voldaan_datum"]["uitleg"]
    assert "wacht op: " in uitleg["nl"] and "het PVT op 1 december 2023" in uitleg["nl"]
    assert "(niet gegeven:" not in uitleg["nl"] and "(not given:" not in uitleg["en"]


@pytest.mark.parametrize(("hervorming", "pvt", "map_"), [
    (None, "wie het PVT of de MAP dan niet heeft afgerond", "wie het PVT of de MAP dan niet heeft afgerond"),
    ("concept_wetsvoorstel_2019", "wie het PVT dan niet heeft afgerond", "wie de MAP dan niet heeft afgerond")])
def test_each_deadline_names_the_part_fined_after_it(hervorming, pvt, map_):
    """Under the 2019 concept bill the PVT has its own deadline and the MAP keeps the term's end: each names only its
    own part as fined after it (a review found both named at each); under the law both end with the term."""
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2025-03-01", "persoon": ASIELSTATUSHOUDER,
                                                "hervorming": hervorming}), "nl")
    toelichting = antwoord["toelichting"]
    assert pvt in toelichting["pvt_uiterste_datum"]["uitleg"]["nl"]
    assert map_ in toelichting["map_uiterste_datum"]["uitleg"]["nl"]
    assert (antwoord["besluiten"]["pvt_uiterste_datum"] < antwoord["besluiten"]["map_uiterste_datum"]) is bool(hervorming)


@pytest.mark.parametrize(("parameters", "bedrag"), [
    (None, 10000), ({"lening.vrijwillig_leerplicht_jaren": 7}, 0),
    ({"vrijstelling_ontheffing.leerplicht_minimum_jaren": 7}, 10000)])
def test_bi_6_1_b_reads_its_own_number_not_wi_4s(parameters, bedrag):
    """Bi 6.1 onder b ("minder dan acht jaren leerplichtig") has its own parameter: lowering it to 7 ends the loan of
    who was 7 years in compulsory education, lowering Wi 4 lid 1 a's does not (a review: geval 22a passed with the
    old code, which read Wi 4's)."""
    persoon = {**EU_BURGER, "geboortedatum": "2002-03-03", "verblijf_verkregen_datum": "2024-02-01",
               "leerplichtig_geweest_jaren": 7}
    hervorming = {"parameters": {pad: {"2022-01-01": w} for pad, w in parameters.items()}} if parameters else None
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-05-01", "persoon": persoon,
                                                "hervorming": hervorming}), "nl")
    assert antwoord["besluiten"]["lening_maximum_bedrag"] == bedrag


@pytest.mark.parametrize(("peildatum", "geboren", "plichtig", "einde"), [
    ("2024-06-15", "2008-01-10", True, "2026-01-10"),  # 18 on the last day of the three years: decided
    ("2024-06-15", "2008-01-11", True, None),  # 18 the day after: whether the duty ends before is not known
    ("2024-06-15", "2008-01-11", False, "2026-01-10"),  # not subject now, so not later either
])
def test_the_end_of_a_bi_6_1_entitlement_needs_para_d_on_its_last_day(peildatum, geboren, plichtig, einde):
    """Bi 6.1 onder d on the last day of the entitlement (I67): a person who may be subject to compulsory qualification
    for the whole three years gets no last day, undetermined without a missing input, and the explanation says why (a
    review found the three years' end given as decided)."""
    persoon = {"geboortedatum": geboren, "nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht",
               "verblijf_verkregen_datum": "2023-01-10", "leerplichtig_geweest_jaren": 0, "vrijstellend_diploma": False,
               "opleiding_naar_vrijstellend_diploma": False, "leerplichtig_of_kwalificatieplichtig": plichtig}
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": peildatum, "persoon": persoon}), "nl")
    assert antwoord["besluiten"]["leenrecht_einddatum"] == einde
    assert antwoord["status"]["leenrecht_einddatum"] == ("besloten" if einde else "onbepaald")
    if einde is None:
        assert antwoord["ontbrekende_gegevens"] == []
        assert "Of zij vóór die dag eindigt, volgt niet uit de invoer (I67)" in \
            antwoord["toelichting"]["leenrecht_einddatum"]["uitleg"]["nl"]


@pytest.mark.parametrize(("hervorming", "einde"), [(None, "2026-01-10"), (21, None)])
def test_bi_6_1_para_d_reads_the_age_limit_of_the_last_day(hervorming, einde):
    """The qualification duty's age limit as it stands on the entitlement's last day (2026-01-10), not on the peildatum:
    under a reform raising it to 21 from 2025-01-01 an 18th birthday on that day no longer settles onder d (a review)."""
    persoon = {"geboortedatum": "2008-01-10", "nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht",
               "verblijf_verkregen_datum": "2023-01-10", "leerplichtig_geweest_jaren": 0, "vrijstellend_diploma": False,
               "opleiding_naar_vrijstellend_diploma": False, "leerplichtig_of_kwalificatieplichtig": True}
    vorm = hervorming and {"parameters": {"vrijstelling_ontheffing.kwalificatieplicht_tot_leeftijd": {"2025-01-01": 21}}}
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-06-15", "persoon": persoon, "hervorming": vorm}), "nl")
    assert antwoord["besluiten"]["leenrecht_einddatum"] == einde


def test_the_undatable_bi_6_1_end_names_the_laws_numbers_of_the_deciding_system():
    """The explanation's years and age limit come from the system that decided (here a reform of the age limit to 21
    from 2025-01-01, read on the last day), not "drie jaar" and "18 jaar" as words."""
    persoon = {"geboortedatum": "2008-01-10", "nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht",
               "verblijf_verkregen_datum": "2023-01-10", "leerplichtig_geweest_jaren": 0, "vrijstellend_diploma": False,
               "opleiding_naar_vrijstellend_diploma": False, "leerplichtig_of_kwalificatieplichtig": True}
    vorm = {"parameters": {"vrijstelling_ontheffing.kwalificatieplicht_tot_leeftijd": {"2025-01-01": 21}}}
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-06-15", "persoon": persoon, "hervorming": vorm}), "nl")
    uitleg = antwoord["toelichting"]["leenrecht_einddatum"]["uitleg"]
    assert "binnen de drie jaar na de verkrijging" in uitleg["nl"]
    assert "uiterlijk op 21 jaar, na 10 januari 2026" in uitleg["nl"] and "at 21 at the latest" in uitleg["en"]


def test_the_undatable_bi_6_1_end_names_the_years_of_the_deciding_system():
    """The other number of that sentence: under a reform of the entitlement's years to five, "vijf jaar"."""
    persoon = {"geboortedatum": "2010-06-01", "nationaliteit": "PL", "verblijfsvergunning": "gemeenschapsrecht",
               "verblijf_verkregen_datum": "2023-01-10", "leerplichtig_geweest_jaren": 0, "vrijstellend_diploma": False,
               "opleiding_naar_vrijstellend_diploma": False, "leerplichtig_of_kwalificatieplichtig": True}
    vorm = {"parameters": {"lening.vrijwillig_aanspraak_jaren": {"2022-01-01": 5}}}
    antwoord = DIENST.beoordeling(orjson.dumps({"peildatum": "2024-06-15", "persoon": persoon, "hervorming": vorm}), "nl")
    assert antwoord["status"]["leenrecht_einddatum"] == "onbepaald"
    assert "binnen de vijf jaar na de verkrijging" in antwoord["toelichting"]["leenrecht_einddatum"]["uitleg"]["nl"]
