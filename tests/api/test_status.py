"""Issue 11 §4: per decision what it means (status) and what is next (volgende_acties, verlopen); the
caller's reference; optional explanations; plausibility; English labels; the legal conditions of fines."""

from __future__ import annotations

import re

import pytest
from gevallen import EU_BURGER, GEZINSMIGRANT, PEILDATUM, PERSONEN, STATUSHOUDER, beoordeel
from inburgering_rules.api.uitleg import EN_LEDEN, _dagen_voluit
from openfisca_core.indexed_enums import Enum

from inburgering_rules import publiek
from inburgering_rules.hervormingen import basissysteem


def _uit(client, persoon, peildatum=PEILDATUM, **extra):
    antwoord = client.post("/v1/beoordeling", json={"peildatum": peildatum, "persoon": persoon, **extra})
    assert antwoord.status_code == 200, antwoord.text
    return antwoord.json()


def test_every_decision_has_one_of_four_statuses_and_null_means_not_decided(client):
    for persoon in PERSONEN:
        uit = _uit(client, persoon)
        assert set(uit["status"]) == set(uit["besluiten"])
        for naam, waarde in uit["besluiten"].items():
            assert uit["status"][naam] in ("besloten", "niet_van_toepassing", "nog_niet", "onbepaald")
            assert (waarde is not None) == (uit["status"][naam] == "besloten"), naam


def test_not_applicable_differs_from_not_yet(client):
    eu = _uit(client, EU_BURGER)
    assert eu["status"]["pip_uiterste_datum"] == "niet_van_toepassing"
    assert eu["status"]["inburgeringstermijn_startdatum"] == "niet_van_toepassing"
    zonder_pip = {k: v for k, v in STATUSHOUDER.items() if k != "pip_datum"}
    uit = _uit(client, zonder_pip)
    assert uit["status"]["pip_uiterste_datum"] == "besloten"
    assert uit["status"]["inburgeringstermijn_startdatum"] == "nog_niet"
    assert uit["wacht_op"]["inburgeringstermijn_startdatum"] == ["pip_datum"]
    assert uit["status"]["ontzorgen_startdatum"] == "nog_niet"
    # ontzorgen depends on meeting the duty before the bijstand (I42), but does not wait for the PIP
    assert uit["wacht_op"]["ontzorgen_startdatum"] == ["bijstand_recht_datum"]
    assert "Wacht op" in uit["toelichting"]["inburgeringstermijn_startdatum"]["uitleg"]["nl"].replace("wacht", "Wacht")


def test_undetermined_names_the_missing_fact(client):
    uit = _uit(client, {k: v for k, v in STATUSHOUDER.items() if k != "geboortedatum"})
    assert uit["status"]["doelgroep"] == "onbepaald"
    nodig = {o["invoer"]: o["nodig_voor"] for o in uit["ontbrekende_gegevens"]}
    assert "doelgroep" in nodig["geboortedatum"]
    assert "geen" not in uit["toelichting"]["doelgroep"]["uitleg"]["nl"].split(":")[1]


@pytest.mark.parametrize(("peildatum", "status"), [
    ("2024-04-16", "besloten"),  # every day up to the peildatum had Bi 2.2 lid 1 b: temporary, not obligated
    ("2024-04-17", "onbepaald"),  # from this day the purpose is no longer temporary
    ("2025-04-16", "onbepaald"),  # the last peildatum whose year before holds no day after the change
    ("2025-04-17", "onbepaald"),
])
def test_a_rule_change_in_the_year_before_the_peildatum_leaves_a_missing_residence_day_undetermined(
        client, peildatum, status):
    """Bi 2.2 lid 1 b (vermogende vreemdeling) left the temporary purposes on 2024-04-17: who acquired residence
    since is obligated, who acquired it before is not. Without the day of acquisition that is undetermined, also
    while the change lies within a year before the peildatum (the review found "not obligated" there)."""
    persoon = {"geboortedatum": "1990-01-01", "nationaliteit": "US", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "vermogende_vreemdeling"}
    uit = _uit(client, persoon, peildatum)
    assert uit["status"]["inburgeringsplichtig"] == status
    if status == "onbepaald":
        nodig = {o["invoer"]: o["nodig_voor"] for o in uit["ontbrekende_gegevens"]}
        assert "inburgeringsplichtig" in nodig["verblijf_verkregen_datum"]
        gegeven = _uit(client, {**persoon, "verblijf_verkregen_datum": peildatum}, peildatum)
        assert gegeven["besluiten"]["inburgeringsplichtig"] is True
    else:
        assert uit["besluiten"]["inburgeringsplichtig"] is False


def test_a_date_that_waits_for_an_event_and_hangs_on_a_fact_about_the_person_is_undetermined(client):
    """Without the residence date the duty is undetermined. The PIP deadline, the term and ontzorgen, which only
    follow once the kennisgeving, the PIP or the bijstand come, said "niet_van_toepassing" (before 0.4.0): whether
    they come also hangs on the missing fact, so they are undetermined and name it. With the fact given they wait
    for the event; a judgment that only comes later in the procedure does not override that wait, and a date that
    never comes (an asylum permit holder's loan) stays not applicable."""
    geen_procedure = {k: v for k, v in STATUSHOUDER.items() if k not in ("kennisgeving_inburgeringsplicht_datum",
                                                                          "pip_datum")}
    datums = ("pip_uiterste_datum", "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum",
              "ontzorgen_startdatum")
    zonder = _uit(client, {k: v for k, v in geen_procedure.items() if k != "verblijf_verkregen_datum"})
    assert zonder["status"]["inburgeringsplichtig"] == "onbepaald"
    assert {naam: zonder["status"][naam] for naam in datums} == dict.fromkeys(datums, "onbepaald")
    nodig = {o["invoer"]: o["nodig_voor"] for o in zonder["ontbrekende_gegevens"]}
    assert set(datums) <= set(nodig["verblijf_verkregen_datum"])
    # dates whose own rule does not read the duty, but that only come with it: a PIP and its objection term, a
    # fine of DUO and its new term (review); and no internal helper among what the fact is needed for
    alleen_met_plicht = ("pip_bezwaartermijn_einddatum", "nieuwe_termijn_art_24_einddatum",
                         "boete_art_25_bezwaartermijn_einddatum")
    assert {naam: zonder["status"][naam] for naam in alleen_met_plicht} == dict.fromkeys(alleen_met_plicht, "onbepaald")
    assert set(nodig["verblijf_verkregen_datum"]) <= set(zonder["besluiten"]) | {"plicht_te_voldoen"}
    assert zonder["status"]["leenrecht_einddatum"] == "niet_van_toepassing"
    met = _uit(client, geen_procedure)
    assert {naam: met["status"][naam] for naam in datums} == dict.fromkeys(datums, "nog_niet")
    # the college's judgment on a special case comes after the PIP: the route-change deadline waits for the PIP
    zonder_oordeel = _uit(client, {k: v for k, v in geen_procedure.items() if k != "leerroute_wijziging_bijzonder_geval"})
    assert zonder_oordeel["status"]["leerroute_wijziging_uiterste_datum"] == "nog_niet"
    # a fact that settles the duty: an EU citizen without the residence date is not obligated, nothing applies
    eu = _uit(client, {k: v for k, v in EU_BURGER.items() if k != "verblijf_verkregen_datum"})
    assert {naam: eu["status"][naam] for naam in datums} == dict.fromkeys(datums, "niet_van_toepassing")


@pytest.mark.parametrize(
    ("extra", "reden", "lening", "gevraagd"),
    [
        ({}, None, None, True),
        ({"familielid_eu_burger": True}, "familielid_eu_burger", 10000, False),
        ({"familielid_eu_burger": False}, "geen_verblijf_art_8_a_of_c", 0, False),
        ({"nationaliteit": "PL"}, "eu_eer_zwitserland", 10000, False),
        ({"verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinsmigratie"}, "niet_van_toepassing", 0,
         False),
    ],
)
def test_a_family_member_of_an_eu_citizen_is_asked_where_the_permit_rests_on_eu_law(client, extra, reden, lening,
                                                                                     gevraagd):
    """Wi 3 lid 2 b and Bi 6.1 (I43): a non-EU national with residence under EU law (Vw 8 e) is not obligated either
    way, but why, and whether the DUO loan of Bi 6.1 is open, depends on being the family member of an EU citizen.
    Not given is asked for (was a silent "no": reason 'no 8 a/c residence' and a loan of EUR 0); with another permit
    or an EU nationality it is not asked."""
    persoon = {"geboortedatum": "1990-01-01", "nationaliteit": "BR", "verblijfsvergunning": "gemeenschapsrecht",
               "verblijf_verkregen_datum": "2024-01-10", "leerplichtig_geweest_jaren": 0, "vrijstellend_diploma": False,
               "opleiding_naar_vrijstellend_diploma": False, **extra}  # Bi 6.1 onder b and c given
    uit = _uit(client, persoon, peildatum="2025-10-01")
    assert uit["besluiten"]["inburgeringsplichtig"] is (reden == "niet_van_toepassing")
    assert uit["besluiten"]["reden_geen_inburgeringsplicht"] == reden
    assert uit["besluiten"]["lening_maximum_bedrag"] == lening
    nodig = {o["invoer"]: o["nodig_voor"] for o in uit["ontbrekende_gegevens"]}
    assert ("familielid_eu_burger" in nodig) == gevraagd
    if gevraagd:
        assert {"reden_geen_inburgeringsplicht", "lening_maximum_bedrag"} <= set(nodig["familielid_eu_burger"])
        assert "inburgeringsplichtig" not in nodig["familielid_eu_burger"]


def test_next_actions_from_the_peildatum_with_who_acts(client):
    uit = _uit(client, STATUSHOUDER)
    acties = uit["volgende_acties"]
    assert acties == sorted(acties, key=lambda a: (a["datum"], a["besluit"]))
    assert all(a["datum"] >= PEILDATUM for a in acties)
    per_besluit = {a["besluit"]: a for a in acties}
    assert per_besluit["pvt_uiterste_datum"]["wie"] == "inburgeringsplichtige"
    assert per_besluit["pvt_uiterste_datum"]["datum"] == uit["besluiten"]["pvt_uiterste_datum"]
    assert per_besluit["pvt_uiterste_datum"]["grondslag"][0]["artikel"] == "24"
    assert "pip_uiterste_datum" not in per_besluit  # already past on the peildatum (and the PIP was made)
    gedaan = _uit(client, {**STATUSHOUDER, "pvt_afgerond_datum": "2024-04-01"})
    assert "pvt_uiterste_datum" not in {a["besluit"] for a in gedaan["volgende_acties"]}


def test_passed_deadlines_without_the_act(client):
    zonder_pip = {k: v for k, v in STATUSHOUDER.items() if k != "pip_datum"}
    # 10 weeks after DUO's notification of 2023-10-16: Christmas 2023-12-25, moved past Boxing Day to Wednesday
    # 2023-12-27 (Algemene termijnenwet); on 2024-05-01 the PIP is overdue.
    uit = _uit(client, zonder_pip)
    assert [(v["besluit"], v["wie"], v["gedaan_op"]) for v in uit["verlopen"]] == [
        ("pip_uiterste_datum", "college", None)]
    # the day itself is not passed yet
    op_de_dag = _uit(client, zonder_pip, peildatum=uit["verlopen"][0]["datum"])
    assert op_de_dag["verlopen"] == []
    # the PIP made one day late is still a passed deadline, with the day it was made
    te_laat = _uit(client, {**zonder_pip, "pip_datum": "2023-12-28"})
    assert [(v["besluit"], v["gedaan_op"]) for v in te_laat["verlopen"]] == [("pip_uiterste_datum", "2023-12-28")]
    op_tijd = _uit(client, {**zonder_pip, "pip_datum": "2023-12-27"})
    assert op_tijd["verlopen"] == []
    # PVT and MAP not done when the term ended
    na_termijn = _uit(client, STATUSHOUDER, peildatum="2027-02-01")
    assert {"pvt_uiterste_datum", "map_uiterste_datum"} <= {v["besluit"] for v in na_termijn["verlopen"]}
    # a PIP dated after the peildatum has not been made on it (I30): passed, not yet done (was: done on that later day)
    later = _uit(client, {**zonder_pip, "pip_datum": "2024-06-03"})
    assert [(v["besluit"], v["gedaan_op"]) for v in later["verlopen"]] == [("pip_uiterste_datum", None)]


def test_a_completion_dated_after_the_peildatum_is_waited_for(client):
    """I30: on the peildatum a completion dated later has not happened. The day the duty was met waits for it, as it
    waits for one not given (was: 'niet van toepassing' while `volgende_acties` asked to meet the duty)."""
    basis = {**GEZINSMIGRANT, "leerroute": "b1_route"}
    for persoon in (basis, {**basis, "pvt_afgerond_datum": "2025-03-07"}):
        uit = _uit(client, persoon)
        assert uit["status"]["inburgeringsplicht_voldaan_datum"] == "nog_niet"
        assert "pvt_afgerond_datum" in uit["wacht_op"]["inburgeringsplicht_voldaan_datum"]
    # done on or before the peildatum: it counts, and the duty no longer waits for it
    gedaan = _uit(client, {**basis, "pvt_afgerond_datum": PEILDATUM})
    assert "pvt_afgerond_datum" not in gedaan["wacht_op"].get("inburgeringsplicht_voldaan_datum", [])


@pytest.mark.parametrize(("peildatum", "lid"), [("2022-12-31", 2), ("2023-01-01", 3)])
def test_the_special_case_of_a_route_change_cites_the_lid_of_the_text_in_force(client, peildatum, lid):
    """Bi 5.4: the text of 2023-01-01 inserted lid 2 (the non-exempting course); the special case was lid 2 before."""
    persoon = {**GEZINSMIGRANT, "verblijf_verkregen_datum": "2022-02-01", "kennisgeving_inburgeringsplicht_datum":
               "2022-02-15", "pip_datum": "2022-04-01", "leerroute": "b1_route",
               "leerroute_wijziging_bijzonder_geval": True}
    uit = _uit(client, persoon, peildatum=peildatum)
    assert f"(Bi 5.4 lid {lid})" in uit["toelichting"]["leerroute_wijziging_uiterste_datum"]["uitleg"]["nl"]
    assert f"(Bi 5.4({lid}))" in uit["toelichting"]["leerroute_wijziging_uiterste_datum"]["uitleg"]["en"]


def test_batch_echoes_the_callers_reference(client):
    antwoord = client.post("/v1/beoordeling/batch", json={"peildatum": PEILDATUM, "personen": [
        {**STATUSHOUDER, "id": "zaak-1"}, {**EU_BURGER, "id": "zaak:2"}, GEZINSMIGRANT]})
    assert antwoord.status_code == 200, antwoord.text
    assert [r.get("id") for r in antwoord.json()["resultaten"]] == ["zaak-1", "zaak:2", None]
    vergelijk = client.post("/v1/vergelijk", json={"peildatum": PEILDATUM, "hervorming": "concept_wetsvoorstel_2019",
                                                   "personen": [{**STATUSHOUDER, "id": "a"}]}).json()
    assert [p["id"] for p in vergelijk["personen"]] == ["a"]


@pytest.mark.parametrize("kenmerk", ["", "a b", "x" * 65, 12])
def test_a_bad_reference_is_refused_naming_the_field(client, kenmerk):
    antwoord = beoordeel(client, {**STATUSHOUDER, "id": kenmerk})
    assert 400 <= antwoord.status_code < 500
    assert antwoord.json()["fouten"][0]["pad"] == "/persoon/id"


def test_explanations_are_optional_on_a_single_request(client):
    assert "toelichting" in _uit(client, STATUSHOUDER)
    kaal = _uit(client, STATUSHOUDER, toelichting=False)
    assert "toelichting" not in kaal and "uitleg" not in kaal["boetes"]["art_23"]
    assert kaal["besluiten"] == _uit(client, STATUSHOUDER)["besluiten"]


@pytest.mark.parametrize(("wijziging", "veld"), [
    ({"geboortedatum": "2024-05-02"}, "geboortedatum"),
    ({"pip_datum": "2023-08-31"}, "pip_datum"),
    ({"kennisgeving_inburgeringsplicht_datum": "2023-08-01"}, "kennisgeving_inburgeringsplicht_datum"),
    ({"pip_bekendmaking_datum": "2024-01-09"}, "pip_bekendmaking_datum"),
    ({"geboortedatum": "2023-10-03"}, "brp_inschrijving_datum"),
    # Bi 5.3 lid 3: a move of the obligated person cannot predate the residence (acquired 2023-09-01)
    ({"brp_inschrijving_andere_gemeente_datum": "2023-08-31"}, "brp_inschrijving_andere_gemeente_datum"),
    ({"nationaliteit": "DU"}, "nationaliteit"),
    ({"nationaliteit": "UK"}, "nationaliteit"),
    # fines imposed without the day the latest was made known: the next fine (Wi 24 lid 3-4) has no day to count from
    ({"boete_art_24_aantal": 2}, "boete_art_24_aantal"),
    ({"boete_art_25_aantal": 1}, "boete_art_25_aantal"),
    # Bi 5.3 lid 3: the move of lid 3 follows the (first) PIP (PIP 2024-01-10)
    ({"brp_inschrijving_andere_gemeente_datum": "2024-01-09"}, "brp_inschrijving_andere_gemeente_datum"),
    # Bi 5.3 lid 3: the other municipality's PIP needs the move, and cannot predate the registration there
    ({"pip_andere_gemeente_datum": "2024-05-01"}, "pip_andere_gemeente_datum"),
    ({"brp_inschrijving_andere_gemeente_datum": "2024-03-01", "pip_andere_gemeente_datum": "2024-02-29"},
     "pip_andere_gemeente_datum"),
])
def test_implausible_facts_are_a_400_naming_the_field(client, wijziging, veld):
    antwoord = beoordeel(client, {**STATUSHOUDER, **wijziging})
    assert 400 <= antwoord.status_code < 500, antwoord.text
    fouten = antwoord.json()["fouten"]
    assert any(f["pad"] == f"/persoon/{veld}" for f in fouten), fouten
    assert all(f["nl"] and f["en"] for f in fouten)


@pytest.mark.parametrize("wijziging", [
    {"geboortedatum": "2023-09-01"}, {"pip_datum": "2023-09-01"}, {"pip_bekendmaking_datum": "2024-01-10"},
    {"brp_inschrijving_andere_gemeente_datum": "2024-01-10"},
    {"brp_inschrijving_andere_gemeente_datum": "2023-09-01", "pip_datum": "2023-09-01"},
    {"nationaliteit": "XK"}, {"nationaliteit": "XX"}, {"nationaliteit": "GB"}, {"nationaliteit": ""},
    {"boete_art_24_aantal": 0}, {"boete_art_24_aantal": 1, "boete_art_24_bekendmaking_datum": "2024-04-01"},
    {"brp_inschrijving_andere_gemeente_datum": "2024-03-01", "pip_andere_gemeente_datum": "2024-03-01"},
])
def test_the_edge_of_plausible_is_accepted(client, wijziging):
    assert beoordeel(client, {**STATUSHOUDER, **wijziging}).status_code == 200


def test_born_on_the_peildatum_is_accepted(client):
    assert beoordeel(client, {"geboortedatum": PEILDATUM}).status_code == 200


def test_every_enum_member_has_an_english_label():
    systeem = basissysteem()
    for naam in (*publiek.INVOER, *publiek.BESLUITEN):
        variabele = systeem.variables[naam]
        if variabele.value_type is Enum:
            enum = variabele.possible_values
            assert set(EN_LEDEN[enum.__name__]) == set(enum.__members__), enum.__name__


# Every degree of culpability with a fine of art. 23 that names it (its sentence once gave the raw member).
SCHULDIGEN = [{**STATUSHOUDER, "pip_onvoldoende_medewerking": True, "verwijtbaarheid": lid}
              for lid in ("opzet", "grove_schuld", "geen_opzet_of_grove_schuld", "verminderd_verwijtbaar")]


def test_no_none_and_no_raw_member_names_in_texts(client):
    leden = {lid for enum in EN_LEDEN.values() for lid in enum if "_" in lid}
    alle_leden = {lid for enum in EN_LEDEN.values() for lid in enum}  # in English even "opzet" is a raw name
    for persoon in [*PERSONEN, {**EU_BURGER, "verblijf_verkregen_datum": "2023-01-15"}, *SCHULDIGEN]:
        for taal in ("nl", "en"):
            uit = client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": persoon},
                              headers={"Accept-Language": taal}).json()
            teksten = [t["uitleg"][taal] for t in uit["toelichting"].values()]
            teksten += [b["uitleg"][taal] for b in uit["boetes"].values()]
            for tekst in teksten:
                assert not re.search(r"\bNone\b", tekst), tekst
                rauw = alle_leden if taal == "en" else leden
                assert not any(re.search(rf"(= |\(){lid}\b", tekst) for lid in rauw), tekst


def test_a_term_in_months_is_said_in_words(client):
    """The new term of a fine decision and an extension are named as the law's other terms are ("zes maanden",
    "twee jaar"), not as "6 maanden" or "1 maanden"."""
    persoon = {**STATUSHOUDER, "boete_art_24_aantal": 1, "boete_art_24_bekendmaking_datum": "2025-03-03",
               "boete_art_24_nieuwe_termijn_maanden": 12, "termijn_verlenging_maanden": 1}
    uit = _uit(client, persoon, "2025-06-01")["toelichting"]
    nieuw = uit["nieuwe_termijn_art_24_einddatum"]["uitleg"]
    assert "Een jaar vanaf de dag na de bekendmaking" in nieuw["nl"], nieuw["nl"]
    assert "One year from the day after" in nieuw["en"], nieuw["en"]
    einde = uit["inburgeringstermijn_einddatum"]["uitleg"]
    assert "plus een maand verlenging" in einde["nl"] and "plus one month of extension" in einde["en"], einde


BOETE_24 = {"leerroute": "b1_route", "boete_art_24_aantal": 1, "boete_art_24_nieuwe_termijn_maanden": 24}


@pytest.mark.parametrize(("peildatum", "extra", "einde", "zin"), [
    ("2024-05-01", {}, "2026-03-15", "De laatste dag van de (verlengde) termijn."),
    ("2026-05-01", {**BOETE_24, "boete_art_24_bekendmaking_datum": "2026-04-01"}, "2028-04-01",
     "De laatste dag van de nieuwe termijn in de boetebeschikking van art. 24, later dan de termijn."),
    ("2031-05-01", {**BOETE_24, "boete_art_24_bekendmaking_datum": "2031-04-01"}, "2032-03-15",
     "De laatste dag van zes jaar na de (verlengde) termijn: daarna bestaat geen aanspraak meer."),
])
def test_the_loans_end_names_the_limit_that_gave_it(client, peildatum, extra, einde, zin):
    """Bi 6.3 lid 1 and Wi 20 lid 2 a: the explanation of leenrecht_einddatum says which limit decided (the term,
    a later new term of a fine decision, or six years after the term), then the rule."""
    uit = _uit(client, {**GEZINSMIGRANT, **extra}, peildatum)
    assert uit["besluiten"]["leenrecht_einddatum"] == einde
    uitleg = uit["toelichting"]["leenrecht_einddatum"]["uitleg"]
    assert zin in uitleg["nl"] and "(Wi 20(2)(a))" in uitleg["en"], uitleg


def test_the_loans_end_for_a_person_who_integrates_voluntarily(client):
    """Bi 6.3 lid 1, second sentence: three years from acquiring residence, for a person of Bi 6.1."""
    uit = _uit(client, {**EU_BURGER, "verblijf_verkregen_datum": "2023-06-11"}, "2024-05-01")
    assert uit["besluiten"]["leenrecht_einddatum"] == "2026-06-11"
    uitleg = uit["toelichting"]["leenrecht_einddatum"]["uitleg"]
    assert "Drie jaar vanaf de dag na de verkrijging van het verblijf op 11 juni 2023" in uitleg["nl"], uitleg
    assert "(Wi 20 lid 2 a)" not in uitleg["nl"]
    # Bi 6.7 lid 4 sets her repayment from the day the loan is paid out, not an input: "cannot be dated", not
    # "does not apply" (which it said)
    terug = uit["toelichting"]["lening_terugbetaling_startdatum"]["uitleg"]
    assert uit["besluiten"]["lening_terugbetaling_startdatum"] is None
    assert "niet te dateren" in terug["nl"] and "(Bi 6.7 lid 4)" in terug["nl"] and "cannot be dated" in terug["en"]
    # and its status says so: undetermined (no input settles it), not "does not apply" (the review)
    assert uit["status"]["lening_terugbetaling_startdatum"] == "onbepaald"
    assert not any("lening_terugbetaling_startdatum" in o["nodig_voor"] for o in uit["ontbrekende_gegevens"])


@pytest.mark.parametrize(("aantal", "status"), [(2, "besloten"), (3, "onbepaald")])
def test_after_a_fine_of_wi_24_lid_4_the_end_of_the_loan_entitlement_cannot_be_dated(client, aantal, status):
    """Bi 6.3 lid 1: the entitlement runs in the new term of a fine decision; after a third fine (Wi 24 lid 4, here
    through Wi 25 lid 2) it ended in the second fine's new term, which the input does not name. It gave the end of
    the term instead, decided (the review)."""
    persoon = {**GEZINSMIGRANT, "leerroute": "b1_route", "boete_art_25_aantal": aantal,
               "boete_art_25_bekendmaking_datum": "2030-06-01" if aantal == 3 else "2028-04-01",
               **({"boete_art_25_nieuwe_termijn_maanden": 24} if aantal == 2 else {})}
    uit = _uit(client, persoon, "2031-01-01")
    assert uit["status"]["leenrecht_einddatum"] == status
    if aantal == 3:
        assert "niet te dateren" in uit["toelichting"]["leenrecht_einddatum"]["uitleg"]["nl"]
        # whether the rule holds at all can hang on a missing fact: then that fact is named (the review)
        zonder = _uit(client, {k: v for k, v in persoon.items() if k != "geboortedatum"}, "2031-01-01")
        assert zonder["status"]["leenrecht_einddatum"] == "onbepaald"
        assert "leenrecht_einddatum" in _nodig(zonder)["geboortedatum"]
        zonder = _uit(client, {k: v for k, v in persoon.items() if k != "verblijfsvergunning"}, "2031-01-01")
        assert zonder["status"]["leenrecht_einddatum"] == "onbepaald"
        assert "leenrecht_einddatum" in _nodig(zonder)["verblijfsvergunning"]
    else:
        assert uit["besluiten"]["leenrecht_einddatum"] == "2030-04-01"


def test_fine_conditions_are_listed_each_met_or_not(client):
    uit = _uit(client, {**STATUSHOUDER, "pip_onvoldoende_medewerking": True, "boete_art_23_eerdere_aantal": 0,
                        "gemeentelijke_boetes_opgelegd_bedrag": 0})
    art_23 = uit["boetes"]["art_23"]
    assert [(v["voorwaarde"], v["vervuld"]) for v in art_23["voorwaarden"]] == [
        ("plicht_te_voldoen", True), ("pip_vastgesteld", True), ("pip_onvoldoende_medewerking", True),
        ("gemeentelijk_boeteplafond_bereikt", True), ("boete_art_23_achterwege_wi_27", True)]
    assert art_23["bedrag"] > 0
    zonder = _uit(client, STATUSHOUDER)["boetes"]["art_23"]
    assert [v["vervuld"] for v in zonder["voorwaarden"]] == [True, True, False, True, True]
    assert zonder["voorwaarden"][2]["grondslag"]["artikel"] == "23"
    onbekend = _uit(client, {k: v for k, v in STATUSHOUDER.items() if k != "geboortedatum"})["boetes"]["art_23"]
    assert onbekend["voorwaarden"][0]["vervuld"] is None


def test_a_fine_is_there_exactly_when_every_listed_condition_is_met():
    """Each fine's amount is above 0 exactly when every listed legal condition is met (art. 25 lists 'the term passed
    without the route', art. 22 and 23 the college's cap); an undetermined condition leaves the amount undetermined
    or another condition unmet, and only art. 23's amount can await a judgment of its own (culpability). For the
    pinned population on both peildata and persons at each edge."""
    from test_antwoorden_vast import PEILDATA, populatie

    from inburgering_rules.api.service import Dienst

    dienst = Dienst()
    na_termijn = {**GEZINSMIGRANT, "leerroute": "b1_route", "pvt_afgerond_datum": "2023-06-01",
                  "map_afgerond_datum": "2023-09-01"}
    randen = [
        (PEILDATUM, {**GEZINSMIGRANT, "brede_intake_niet_verschenen_na_herhaalde_oproep": True,
                     "pip_onvoldoende_medewerking": True, "verwijtbaarheid": "opzet", "boete_art_23_eerdere_aantal": 0,
                     "gemeentelijke_boetes_opgelegd_bedrag": 0}),
        (PEILDATUM, {**GEZINSMIGRANT, "brede_intake_niet_verschenen_na_herhaalde_oproep": True,
                     "pip_onvoldoende_medewerking": True, "verwijtbaarheid": "opzet",
                     "gemeentelijke_boetes_opgelegd_bedrag": 2400}),
        ("2026-06-01", na_termijn),
        ("2026-06-01", {**na_termijn, "leerroute_behaald_datum": "2026-03-01"}),
        ("2026-06-01", {k: v for k, v in na_termijn.items() if k != "pvt_afgerond_datum"}),
        # a fine decision whose new term still runs: no next fine yet (Wi 24 lid 3-4, 25 lid 2)
        ("2026-06-01", {**{k: v for k, v in na_termijn.items() if k != "pvt_afgerond_datum"},
                        "boete_art_24_bekendmaking_datum": "2026-04-15", "boete_art_24_aantal": 1,
                        "boete_art_24_nieuwe_termijn_maanden": 24, "boete_art_25_bekendmaking_datum": "2026-04-15",
                        "boete_art_25_aantal": 1, "boete_art_25_nieuwe_termijn_maanden": 24}),
    ]
    gevallen = [(p, persoon) for p in PEILDATA for persoon in populatie(dienst)] + randen
    gezien = {(artikel, kant): 0 for artikel in ("art_22", "art_23", "art_24", "art_25") for kant in (True, False)}
    for peildatum, persoon in gevallen:
        antwoord = dienst.resultaten(dienst.basis, peildatum, [persoon], "nl", False)[0]
        for artikel, boete in antwoord["boetes"].items():
            vervuld = [v["vervuld"] for v in boete["voorwaarden"]]
            if None in vervuld:
                assert boete["bedrag"] is None or False in vervuld, (artikel, boete)
                continue
            if boete["bedrag"] is None:  # only the amount awaits a judgment (art. 23: culpability, I11)
                assert all(vervuld) and artikel == "art_23", (artikel, boete)
                continue
            assert all(vervuld) == (boete["bedrag"] > 0), (antwoord.get("id"), artikel, boete)
            gezien[artikel, all(vervuld)] += 1
    assert all(gezien.values()), gezien


def test_the_intake_fines_condition_follows_the_lid_that_decides(client):
    """Wi 22 lid 1 and 3: after a first art. 22 fine decision the condition shown is the conduct within the new
    term (lid 3), met or not as the fine is; its fact is named among what the explanation is based on."""
    eerste = {**STATUSHOUDER, "boete_art_22_bekendmaking_datum": "2024-02-01", "gemeentelijke_boetes_opgelegd_bedrag": 0}
    for verschenen, bedrag in ((False, 250), (True, 0)):
        uit = _uit(client, {**eerste, "brede_intake_niet_verschenen_binnen_nieuwe_termijn": not verschenen,
                            "brede_intake_niet_verschenen_na_herhaalde_oproep": verschenen})
        art_22 = uit["boetes"]["art_22"]
        assert art_22["bedrag"] == bedrag
        assert (art_22["voorwaarden"][1]["voorwaarde"], art_22["voorwaarden"][1]["vervuld"]) == (
            "brede_intake_gedraging_art_22", not verschenen)
        # 250: the sentence of lid 3 (with the day of the first decision); 0: the fact named among the facts given
        tekst = "binnen de nieuwe termijn van de eerste boetebeschikking" if bedrag else (
            "binnen de nieuwe termijn van de art. 22-boetebeschikking")
        assert tekst in art_22["uitleg"]["nl"]


def test_whether_the_person_wants_further_education_is_asked_not_assumed(client):
    """Wi 8 lid 1 opens the onderwijsroute to a person who indicated in the brede intake wanting mbo/hbo/wo: not
    given is not "no". Without a route, the route is undetermined and wil_vervolgonderwijs is asked; "no" given
    decides it; a route set in the PIP shows what followed from the intake (I37)."""
    zonder = {k: v for k, v in STATUSHOUDER.items() if k != "grote_kans_diploma_na_taalschakeltraject"}
    geen_pip = {k: v for k, v in zonder.items() if k != "pip_datum"}  # with a PIP a route is always set (I44)
    open_ = _uit(client, {**geen_pip, "leerroute": "nog_niet_vastgesteld"})
    assert (open_["besluiten"]["onderwijsroute_mogelijk"], open_["status"]["onderwijsroute_mogelijk"]) == (
        None, "onbepaald")
    assert [(o["invoer"], o["nodig_voor"]) for o in open_["ontbrekende_gegevens"]] == [
        ("wil_vervolgonderwijs", ["onderwijsroute_mogelijk"])]
    nee = _uit(client, {**geen_pip, "leerroute": "nog_niet_vastgesteld", "wil_vervolgonderwijs": False})
    assert (nee["besluiten"]["onderwijsroute_mogelijk"], nee["status"]["onderwijsroute_mogelijk"]) == (
        False, "besloten")
    gekozen = _uit(client, {**zonder, "nt2_lesuren_keurmerk": 0})  # b1_route set (its hours given: I44)
    assert gekozen["besluiten"]["onderwijsroute_mogelijk"] is False and gekozen["ontbrekende_gegevens"] == []


def test_explanations_name_the_fact_that_decided(client):
    jong = _uit(client, {**STATUSHOUDER, "geboortedatum": "2009-06-15"})
    uitleg = jong["toelichting"]["inburgeringsplichtig"]["uitleg"]
    assert "14 jaar op 1 september 2023" in uitleg["nl"] and "Wi 3 lid 1" in uitleg["nl"]
    assert "14 years old on 2023-09-01" in uitleg["en"]
    assert "Gebaseerd op" not in uitleg["nl"]  # the deciding fact, not every input
    zestien = _uit(client, {**STATUSHOUDER, "geboortedatum": "2007-09-01"})
    assert "toen 16 jaar oud" in zestien["toelichting"]["inburgeringsplichtig"]["uitleg"]["nl"]
    eu = _uit(client, EU_BURGER)["toelichting"]["doelgroep"]["uitleg"]["en"]
    assert "Nationality PL" in eu


def test_judgments_implied_by_the_chosen_route_are_not_asked(client):
    zonder_oordelen = {k: v for k, v in STATUSHOUDER.items()
                       if k not in ("examen_en_onderwijsroute_niet_haalbaar", "grote_kans_diploma_na_taalschakeltraject")}
    gekozen = _uit(client, zonder_oordelen)  # leerroute b1_route is set
    assert gekozen["menselijk_oordeel_nodig"] == []
    assert gekozen["besluiten"]["z_route_mogelijk"] is False
    # before the PIP no route is set: the judgments are asked (with a PIP the route is, I44)
    geen_pip = {k: v for k, v in zonder_oordelen.items() if k != "pip_datum"}
    open_ = _uit(client, {**geen_pip, "leerroute": "nog_niet_vastgesteld"})
    assert [o["oordeel"] for o in open_["menselijk_oordeel_nodig"]] == [
        "examen_en_onderwijsroute_niet_haalbaar", "grote_kans_diploma_na_taalschakeltraject"]  # wish not known (I40)
    geen_wens = _uit(client, {**geen_pip, "leerroute": "nog_niet_vastgesteld", "wil_vervolgonderwijs": False})
    assert [o["oordeel"] for o in geen_wens["menselijk_oordeel_nodig"]] == ["examen_en_onderwijsroute_niet_haalbaar"]
    assert open_["status"]["z_route_mogelijk"] == "onbepaald"


def test_the_pages_country_list_is_the_one_the_api_accepts():
    from pathlib import Path

    from inburgering_rules.waarden import LANDEN

    js = (Path(__file__).resolve().parents[2] / "api" / "static" / "i18n.js").read_text(encoding="utf-8")
    blok = js.split("export const LANDEN = (", 1)[1].split(").split", 1)[0]
    assert set(" ".join(re.findall(r'"([A-Z ]+)"', blok)).split()) == set(LANDEN)


def test_a_decision_waits_for_what_can_come_first(client):
    """`wacht_op` leaves out an event that can only follow another the decision also waits for
    (`publiek.GEBEURTENIS_NA`): without a PIP the loan's end waits for the PIP, not for DUO's fine decisions (they
    follow the term) nor for completions (they count from the PIP); with a PIP, for what is still to come, and
    not for a part the person need not do (`publiek.GEBEURTENIS_ALLEEN_ALS`)."""
    zonder = {k: v for k, v in GEZINSMIGRANT.items() if k != "pip_datum"}
    assert _uit(client, zonder)["wacht_op"]["leenrecht_einddatum"] == ["pip_datum"]
    # the PIP is made known after its own date, so its objection term waits for the PIP first
    assert _uit(client, zonder)["wacht_op"]["pip_bezwaartermijn_einddatum"] == ["pip_datum"]
    met_pip = _uit(client, GEZINSMIGRANT)
    assert met_pip["status"]["inburgeringsplicht_voldaan_datum"] == "nog_niet"
    assert met_pip["wacht_op"]["inburgeringsplicht_voldaan_datum"] == [
        "leerroute_behaald_datum", "map_afgerond_datum", "pvt_afgerond_datum"]
    # a part the person need not do is not waited for: no MAP in the onderwijsroute (Wi 8 lid 3)
    onderwijs = _uit(client, {**STATUSHOUDER, "leerroute": "onderwijsroute", "geboortedatum": "2003-04-12"})
    assert onderwijs["besluiten"]["map_verplicht"] is False
    assert onderwijs["wacht_op"]["inburgeringsplicht_voldaan_datum"] == [
        "leerroute_behaald_datum", "pvt_afgerond_datum"]
    # a DUO fine decision follows the PIP: with a PIP the new term waits for the fine decision, without one for
    # the PIP, also where the decision does not itself depend on the PIP (the fine's objection term)
    assert met_pip["wacht_op"]["nieuwe_termijn_art_24_einddatum"] == ["boete_art_24_bekendmaking_datum"]
    assert _uit(client, zonder)["wacht_op"]["nieuwe_termijn_art_24_einddatum"] == ["pip_datum"]
    assert met_pip["wacht_op"]["boete_art_24_bezwaartermijn_einddatum"] == ["boete_art_24_bekendmaking_datum"]
    assert _uit(client, zonder)["wacht_op"]["boete_art_24_bezwaartermijn_einddatum"] == ["pip_datum"]


def test_who_is_not_obligated_waits_for_no_event(client):
    """README (`status`): a decision that no event can give a value is `niet_van_toepassing`. An EU national is not
    obligated (Wi 3 lid 2): no PIP, no DUO fine follows, so nothing of the procedure waits (it did: the PIP's
    objection term and DUO's new terms were `nog_niet`)."""
    uit = _uit(client, EU_BURGER)
    assert uit["besluiten"]["inburgeringsplichtig"] is False
    assert "nog_niet" not in uit["status"].values() and "wacht_op" not in uit
    assert uit["status"]["pip_bezwaartermijn_einddatum"] == "niet_van_toepassing"


def test_a_completion_before_the_pip_is_still_to_do(client):
    """Bi 5.3 lid 5 (I41): a PVT completed the day before the PIP (2024-01-10) does not count: its action stays, the
    duty waits for it (not "niet van toepassing"), and the explanation says why; on the PIP's day it counts."""
    alles = {"map_afgerond_datum": "2024-03-01", "leerroute_behaald_datum": "2024-04-01"}
    ervoor = _uit(client, {**STATUSHOUDER, **alles, "pvt_afgerond_datum": "2024-01-09"}, toelichting=True)
    assert ervoor["besluiten"]["inburgeringsplicht_voldaan"] is False
    assert ervoor["status"]["inburgeringsplicht_voldaan_datum"] == "nog_niet"
    assert ervoor["wacht_op"]["inburgeringsplicht_voldaan_datum"] == ["pvt_afgerond_datum"]
    assert "pvt_uiterste_datum" in {a["besluit"] for a in ervoor["volgende_acties"]}
    assert ervoor["toelichting"]["inburgeringsplicht_voldaan"]["uitleg"]["nl"].endswith(
        "nee. Wat vóór de vaststelling van het PIP op 10 januari 2024 is gedaan, weegt niet mee voor het voldoen "
        "aan de plicht (Bi 5.3 lid 5): het PVT op 9 januari 2024.")
    assert ervoor["toelichting"]["inburgeringsplicht_voldaan_datum"]["uitleg"]["en"].endswith(
        "not known yet; waits for: PVT completed. Anything done before the PIP was adopted on 2024-01-10 does not "
        "count towards meeting the duty (Bi 5.3(5)): the PVT on 2024-01-09.")
    assert "5.3" in {g["artikel"] for g in ervoor["toelichting"]["inburgeringsplicht_voldaan_datum"]["grondslag"]}
    # in 2022 the same rule was lid 4 (the text of 2023 inserted lid 2)
    in_2022 = {**STATUSHOUDER, "verblijf_verkregen_datum": "2022-02-01", "brp_inschrijving_datum": "2022-02-15",
               "pip_datum": "2022-04-20", "pvt_afgerond_datum": "2022-04-19"}
    in_2022.pop("kennisgeving_inburgeringsplicht_datum", None)
    toen = _uit(client, in_2022, peildatum="2022-10-01", toelichting=True)["toelichting"]["inburgeringsplicht_voldaan"]
    assert toen["uitleg"]["nl"].endswith("(Bi 5.3 lid 4): het PVT op 19 april 2022.")
    assert toen["uitleg"]["en"].endswith("(Bi 5.3(4)): the PVT on 2022-04-19.")
    # after the term the PVT is a passed deadline without the act, though a date was given
    na_termijn = _uit(client, {**STATUSHOUDER, **alles, "pvt_afgerond_datum": "2024-01-09"}, peildatum="2027-02-01")
    assert ("pvt_uiterste_datum", None) in {(v["besluit"], v["gedaan_op"]) for v in na_termijn["verlopen"]}
    op_de_dag = _uit(client, {**STATUSHOUDER, **alles, "pvt_afgerond_datum": "2024-01-10"}, toelichting=True)
    assert op_de_dag["besluiten"]["inburgeringsplicht_voldaan_datum"] == "2024-04-01"
    assert "pvt_uiterste_datum" not in {a["besluit"] for a in op_de_dag["volgende_acties"]}
    assert "Bi 5.3" not in op_de_dag["toelichting"]["inburgeringsplicht_voldaan_datum"]["uitleg"]["nl"]
    # without a PIP nothing counts yet: the duty waits for the PIP first
    zonder = {k: v for k, v in STATUSHOUDER.items() if k != "pip_datum"}
    zonder_pip = _uit(client, {**zonder, **alles, "pvt_afgerond_datum": "2024-01-09"}, toelichting=True)
    assert zonder_pip["wacht_op"]["inburgeringsplicht_voldaan_datum"] == ["pip_datum"]
    assert "Er is nog geen PIP vastgesteld" in zonder_pip["toelichting"]["inburgeringsplicht_voldaan"]["uitleg"]["nl"]
    # who need not meet the duty (here fully ontheven) hears nothing about what counts
    ontheven = _uit(client, {**STATUSHOUDER, **alles, "pvt_afgerond_datum": "2024-01-09",
                             "ontheffing": "volledig_belemmering"}, toelichting=True)
    assert ontheven["status"]["inburgeringsplicht_voldaan_datum"] == "niet_van_toepassing"
    assert "5.3" not in ontheven["toelichting"]["inburgeringsplicht_voldaan_datum"]["uitleg"]["nl"]
    assert "5.3" not in ontheven["toelichting"]["inburgeringsplicht_voldaan"]["uitleg"]["nl"]


_ASIEL = {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
          "verblijfsdoel": "overig_niet_tijdelijk", "verblijf_verkregen_datum": "2023-09-01",
          "brp_inschrijving_datum": "2023-10-02", "kennisgeving_inburgeringsplicht_datum": "2023-10-16"}


def _nodig(uit: dict) -> dict[str, list[str]]:
    return {o["invoer"]: o["nodig_voor"] for o in uit["ontbrekende_gegevens"]}


def test_with_a_pip_the_route_it_set_is_asked_for(client):
    """Wi 15 lid 1 a: the PIP sets the route (I44). With a PIP and no route, the MAP (not in the onderwijsroute, Wi 8
    lid 3) and its deadline and fine are undetermined (were decided: MAP required, EUR 340); before the PIP the route
    is not asked."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "pvt_afgerond_datum": "2024-06-01"}
    zonder = _uit(client, persoon, peildatum="2027-03-01")
    assert zonder["besluiten"]["map_verplicht"] is None and zonder["besluiten"]["boete_art_24_bedrag"] is None
    assert {"map_verplicht", "boete_art_24_bedrag"} <= set(_nodig(zonder)["leerroute"])
    for route, map_ in (("b1_route", True), ("onderwijsroute", False)):
        met = _uit(client, {**persoon, "leerroute": route}, peildatum="2027-03-01")
        assert met["besluiten"]["map_verplicht"] is map_ and "leerroute" not in _nodig(met)
    voor_pip = _uit(client, _ASIEL, peildatum="2023-11-01")
    assert "leerroute" not in _nodig(voor_pip)


def test_a_route_counts_from_its_pip(client):
    """Wi 15 lid 1 a with I30 (I59): a route given with a PIP dated after the peildatum is not yet set, so what the
    intake and the college's judgments say is asked again (was: taken from that route, a silent yes or no); from the
    PIP's day the route counts. The MAP belongs to the term that PIP begins (Wi 8 lid 3, 11 lid 2, 24 lid 1): no MAP
    and no MAP deadline in the onderwijsroute of a PIP to come; a route without any PIP is no route (MAP required)."""
    persoon = {**_ASIEL, "pip_datum": "2024-03-01", "leerroute": "onderwijsroute"}
    voor = _uit(client, persoon, peildatum="2024-02-29")
    assert voor["besluiten"]["map_verplicht"] is False and voor["besluiten"]["map_uiterste_datum"] is None
    assert voor["besluiten"]["pvt_uiterste_datum"] == "2027-03-01"
    assert "map_afgerond_datum" not in voor["wacht_op"].get("inburgeringsplicht_voldaan_datum", [])
    zonder_pip = _uit(client, {k: v for k, v in persoon.items() if k != "pip_datum"}, peildatum="2024-02-29")
    assert zonder_pip["besluiten"]["map_verplicht"] is True
    # the explanations say why the route given does not count (yet)
    uitleg = {n: voor["toelichting"][n]["uitleg"] for n in ("map_verplicht", "onderwijsroute_mogelijk")}
    assert "de MAP hoort bij de termijn die dat PIP begint" in uitleg["map_verplicht"]["nl"]
    assert ("De leerroute Onderwijsroute geldt pas vanaf het PIP van 1 maart 2024, na de peildatum (Wi 15 lid 1 a, "
            "I59).") in uitleg["onderwijsroute_mogelijk"]["nl"]
    assert "holds only from the PIP of 2024-03-01" in uitleg["onderwijsroute_mogelijk"]["en"]
    assert "zonder PIP is er geen vastgestelde route" in zonder_pip["toelichting"]["map_verplicht"]["uitleg"]["nl"]
    for besluit in ("onderwijsroute_mogelijk", "z_route_mogelijk"):
        assert voor["status"][besluit] == "onbepaald"
    assert "onderwijsroute_mogelijk" in _nodig(voor)["wil_vervolgonderwijs"]
    oordelen = {o["oordeel"] for o in voor["menselijk_oordeel_nodig"]}
    assert {"grote_kans_diploma_na_taalschakeltraject", "examen_en_onderwijsroute_niet_haalbaar"} <= oordelen
    op = _uit(client, persoon, peildatum="2024-03-01")
    assert op["besluiten"]["map_verplicht"] is False and op["besluiten"]["onderwijsroute_mogelijk"] is True
    oordelen = {o["oordeel"] for o in op["menselijk_oordeel_nodig"]}
    assert op["besluiten"]["z_route_mogelijk"] is False and not oordelen & {
        "grote_kans_diploma_na_taalschakeltraject", "examen_en_onderwijsroute_niet_haalbaar"}
    assert "wil_vervolgonderwijs" not in _nodig(op)
    assert "geldt pas vanaf" not in op["toelichting"]["onderwijsroute_mogelijk"]["uitleg"]["nl"]


def test_all_lessons_attended_is_asked_for_the_b1_extension(client):
    """Bi 4.4 lid 2 b (I44): whether all lessons were attended decides the extension after significant effort in
    the B1 route; not given was a silent "no" (extension not possible)."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route", "pvt_afgerond_datum": "2024-06-01",
               "map_afgerond_datum": "2024-09-01", "taalonderdelen_behaald_aantal": 2, "knm_behaald": True}
    zonder = _uit(client, persoon, peildatum="2026-09-01")
    assert zonder["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is None
    assert "verlenging_aanzienlijke_inspanning_mogelijk" in _nodig(zonder)["alle_lessen_gevolgd"]
    met = _uit(client, {**persoon, "alle_lessen_gevolgd": True}, peildatum="2026-09-01")
    assert met["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is True
    z_route = _uit(client, {**persoon, "leerroute": "z_route"}, peildatum="2026-09-01")
    assert "alle_lessen_gevolgd" not in _nodig(z_route)


def test_lowered_bijstand_and_earlier_fines_are_asked_where_they_can_be(client):
    """Wi 27: a fine is not imposed when the bijstand was lowered for the same conduct, which only a person with
    bijstand can have; Bi 7.1 lid 3: earlier art. 23 fines double the amount, asked where the art. 23 conduct is
    given (I44). Both were silent "no"s (fines decided)."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route", "pip_onvoldoende_medewerking": True,
               "verwijtbaarheid": "opzet", "nt2_lesuren_keurmerk": 0, "gemeentelijke_boetes_opgelegd_bedrag": 0}
    zonder = _uit(client, {**persoon, "bijstand_recht_datum": "2023-10-02"}, peildatum="2025-06-01")
    assert zonder["besluiten"]["boete_art_23_bedrag"] is None
    assert "boete_art_23_bedrag" in _nodig(zonder)["bijstand_verlaagd_zelfde_gedraging"]
    assert "boete_art_23_bedrag" in _nodig(zonder)["boete_art_23_eerdere_aantal"]
    # per conduct (Wi 27 "dezelfde gedraging"): the fact for every fine is then not asked, and a lowering for the
    # conduct of another fine leaves this one
    per_boete = _uit(client, {**persoon, "bijstand_recht_datum": "2023-10-02", "boete_art_23_eerdere_aantal": 0,
                              "bijstand_verlaagd_gedraging_art_22": True}, peildatum="2025-06-01")
    assert per_boete["besluiten"]["boete_art_23_bedrag"] > 0 and _nodig(per_boete) == {}
    zelfde = _uit(client, {**persoon, "bijstand_recht_datum": "2023-10-02", "boete_art_23_eerdere_aantal": 0,
                           "bijstand_verlaagd_gedraging_art_23": True}, peildatum="2025-06-01")
    assert zelfde["besluiten"]["boete_art_23_bedrag"] == 0 and _nodig(zelfde) == {}
    zonder_bijstand = _uit(client, {**persoon, "boete_art_23_eerdere_aantal": 0}, peildatum="2025-06-01")
    assert zonder_bijstand["besluiten"]["boete_art_23_bedrag"] > 0 and _nodig(zonder_bijstand) == {}
    twee = _uit(client, {**persoon, "boete_art_23_eerdere_aantal": 2}, peildatum="2025-06-01")
    assert twee["besluiten"]["boete_art_23_bedrag"] == 4 * zonder_bijstand["besluiten"]["boete_art_23_bedrag"]
    geen_gedraging = _uit(client, {k: v for k, v in persoon.items() if k != "pip_onvoldoende_medewerking"},
                          peildatum="2025-06-01")
    assert "boete_art_23_eerdere_aantal" not in _nodig(geen_gedraging)


def test_a_closed_extension_names_the_conditions_not_met(client):
    """Bi 4.4 lid 2-3: "staat open: nee" said only which facts it rests on; it names the conditions not met, as the
    rule reads them (the review of the deadlines), and none where the extension is open."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route", "alle_lessen_gevolgd": True,
               "taalonderdelen_behaald_aantal": 1, "knm_behaald": True, "pvt_afgerond_datum": "2024-03-01",
               "map_afgerond_datum": "2024-06-01"}
    dicht = _uit(client, persoon, peildatum="2026-12-01")
    uitleg = dicht["toelichting"]["verlenging_aanzienlijke_inspanning_mogelijk"]["uitleg"]
    assert dicht["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is False
    assert "Niet vervuld (Bi 4.4): ten minste 2 taalonderdelen van het examen en KNM behaald (lid 2 c)." in uitleg["nl"]
    assert "(lid 2 a)" not in uitleg["nl"] and "(lid 2 d)" not in uitleg["nl"] and "Not met (Bi 4.4)" in uitleg["en"]
    open_ = _uit(client, {**persoon, "taalonderdelen_behaald_aantal": 2}, peildatum="2026-12-01")
    assert open_["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is True
    assert "Niet vervuld" not in open_["toelichting"]["verlenging_aanzienlijke_inspanning_mogelijk"]["uitleg"]["nl"]


def test_a_closed_extension_does_not_call_a_fact_not_given_unmet(client):
    """Bi 4.4 lid 2-3 with I44: where the extension is closed by one condition for sure, only that one is named: the
    hours and exam parts not given are not "niet vervuld" (they were read as 0: "not met: at least 450 hours" for
    hours never given). Where only facts not given close it (facts the API does not ask there, read as none), the
    explanation says so and names them, as the decision's status is decided."""
    persoon = {**_ASIEL, "verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinsmigratie",
               "pip_datum": "2023-12-20", "leerroute": "z_route", "pvt_afgerond_datum": "2024-03-01",
               "map_afgerond_datum": "2024-06-01"}
    uit = _uit(client, persoon, peildatum="2026-12-01")
    assert uit["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is False
    uitleg = uit["toelichting"]["verlenging_aanzienlijke_inspanning_mogelijk"]["uitleg"]
    assert "Niet vervuld (Bi 4.4): de B1-route (lid 2 a). Gebaseerd op:" in uitleg["nl"]
    assert "Not met (Bi 4.4): the B1 route (para. 2(a)). Based on:" in uitleg["en"]
    gegeven = _uit(client, {**persoon, "lesuren_gevolgd": 100, "taalonderdelen_behaald_aantal": 0,
                            "knm_behaald": False}, peildatum="2026-12-01")
    uitleg = gegeven["toelichting"]["verlenging_aanzienlijke_inspanning_mogelijk"]["uitleg"]["nl"]
    assert "ten minste 450 uren lessen (lid 3)" in uitleg and "Niet gegeven" not in uitleg
    # B1 route, everything met but KNM not given (not asked there: read as not passed)
    b1 = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route", "alle_lessen_gevolgd": True,
          "taalonderdelen_behaald_aantal": 3, "pvt_afgerond_datum": "2024-03-01", "map_afgerond_datum": "2024-06-01"}
    zonder_knm = _uit(client, b1, peildatum="2026-12-01")
    assert zonder_knm["status"]["verlenging_aanzienlijke_inspanning_mogelijk"] == "besloten"
    uitleg = zonder_knm["toelichting"]["verlenging_aanzienlijke_inspanning_mogelijk"]["uitleg"]
    assert ("Niet vervuld (Bi 4.4): ten minste 2 taalonderdelen van het examen en KNM behaald (lid 2 c). Niet "
            "gegeven, dus gelezen als geen: Examenonderdeel kennis van de Nederlandse maatschappij behaald.") in uitleg["nl"]
    assert "Not given, so read as none: KNM exam passed." in uitleg["en"]


def test_the_fines_already_imposed_are_asked_where_a_fine_of_the_college_is_at_stake(client):
    """Bi 7.1 lid 5: what the college imposed in the term goes off its cap (EUR 2,400). Not given, it counted as
    nothing imposed, also beside four earlier art. 23 fines (a decided EUR 800; the review). Asked where an art. 22
    or 23 fine can come, or an art. 22 fine was imposed; elsewhere not given still means none."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route", "pip_onvoldoende_medewerking": True,
               "verwijtbaarheid": "opzet", "nt2_lesuren_keurmerk": 0, "boete_art_23_eerdere_aantal": 4}
    zonder = _uit(client, persoon, peildatum="2025-06-01")
    for besluit in ("boete_art_23_bedrag", "gemeentelijk_boeteplafond_resterend_bedrag"):
        assert zonder["status"][besluit] == "onbepaald"
        assert besluit in _nodig(zonder)["gemeentelijke_boetes_opgelegd_bedrag"]
    vol = _uit(client, {**persoon, "gemeentelijke_boetes_opgelegd_bedrag": 2400}, peildatum="2025-06-01")
    assert vol["besluiten"]["boete_art_23_bedrag"] == 0
    assert vol["besluiten"]["gemeentelijk_boeteplafond_resterend_bedrag"] == 0
    niets = _uit(client, {**persoon, "gemeentelijke_boetes_opgelegd_bedrag": 0}, peildatum="2025-06-01")
    assert niets["besluiten"]["boete_art_23_bedrag"] == 800 and _nodig(niets) == {}
    art_22 = {**_ASIEL, "boete_art_22_bekendmaking_datum": "2023-11-01"}
    assert "gemeentelijk_boeteplafond_resterend_bedrag" in _nodig(_uit(client, art_22, peildatum="2024-01-01"))[
        "gemeentelijke_boetes_opgelegd_bedrag"]
    geen = _uit(client, _ASIEL, peildatum="2024-01-01")
    assert geen["besluiten"]["gemeentelijk_boeteplafond_resterend_bedrag"] == 2400
    assert "gemeentelijke_boetes_opgelegd_bedrag" not in _nodig(geen)


@pytest.mark.parametrize(("artikel", "afronding"), [
    ("24", {"pvt_afgerond_datum": "2027-02-01", "map_afgerond_datum": "2027-03-01"}),
    ("25", {"pvt_afgerond_datum": "2024-06-01", "map_afgerond_datum": "2024-09-01",
            "leerroute_behaald_datum": "2027-03-01"}),
])
def test_the_new_term_of_a_duo_fine_is_done_by_completing_and_passed_when_missed(client, artikel, afronding):
    """Wi 24 lid 2 and 25 lid 2: within the new term the person "alsnog" completes the PVT and MAP (art. 24), or
    passes the route (art. 25). Done within it, the act leaves `volgende_acties`; missed, the new term shows under
    `verlopen` (both were missing: the act stayed a to-do for ever and never passed)."""
    termijn = f"nieuwe_termijn_art_{artikel}_einddatum"
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route",
               f"boete_art_{artikel}_bekendmaking_datum": "2027-01-11", f"boete_art_{artikel}_aantal": 1,
               f"boete_art_{artikel}_nieuwe_termijn_maanden": 6}
    open_ = _uit(client, persoon, peildatum="2027-03-01")
    einde = open_["besluiten"][termijn]
    assert einde and termijn in {a["besluit"] for a in open_["volgende_acties"]}
    klaar = {**persoon, **afronding}
    gedaan = _uit(client, klaar, peildatum="2027-03-01")
    assert termijn not in {a["besluit"] for a in gedaan["volgende_acties"]}
    gemist = _uit(client, persoon, peildatum="2027-09-01")
    assert (termijn, einde, None) in {(v["besluit"], v["datum"], v["gedaan_op"]) for v in gemist["verlopen"]}
    assert termijn not in {v["besluit"] for v in _uit(client, klaar, peildatum="2027-09-01")["verlopen"]}


@pytest.mark.parametrize(("peildatum", "andere_pip", "volgende", "verlopen"), [
    ("2024-04-01", None, True, None),               # before the new college's deadline: its act is next
    ("2024-06-01", None, False, [None]),            # after it without a new PIP: passed (was: done by the first PIP)
    ("2024-06-01", "2024-05-13", False, []),         # adopted on the last day (Atw: Friday 10 May is a decreed day)
    ("2024-06-01", "2024-05-14", False, ["2024-05-14"]),  # a day late
])
def test_after_a_move_the_pip_deadline_is_the_other_municipalitys(client, peildatum, andere_pip, volgende, verlopen):
    """Bi 5.3 lid 3: after a move the college of the other municipality adopts the plan within 10 weeks of the
    registration there. The first PIP (before the move) does not do that act; `pip_andere_gemeente_datum` does."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route",
               "brp_inschrijving_andere_gemeente_datum": "2024-03-01"}
    if andere_pip:
        persoon["pip_andere_gemeente_datum"] = andere_pip
    uit = _uit(client, persoon, peildatum=peildatum)
    assert uit["besluiten"]["pip_uiterste_datum"] == "2024-05-13"
    assert ("pip_uiterste_datum" in {a["besluit"] for a in uit["volgende_acties"]}) is volgende
    if verlopen is not None:
        assert [v["gedaan_op"] for v in uit["verlopen"] if v["besluit"] == "pip_uiterste_datum"] == verlopen


@pytest.mark.parametrize(("peildatum", "gevraagd"), [("2026-02-28", True), ("2026-03-01", False)])
def test_compulsory_education_is_asked_only_before_the_age_it_ends(client, peildatum, gevraagd):
    """Wi 4 lid 1 c (I44): whether a person is now leerplichtig or kwalificatieplichtig is asked while he is younger
    than the age at which the kwalificatieplicht ends (18, Leerplichtwet 1969 art. 4a); it was a silent "no" (not
    exempt, decided). On the 18th birthday it is no longer asked and not given is "no"."""
    persoon = {**_ASIEL, "geboortedatum": "2008-03-01", "verblijf_verkregen_datum": "2025-01-10",
               "brp_inschrijving_datum": "2025-02-03", "kennisgeving_inburgeringsplicht_datum": "2025-02-17"}
    uit = _uit(client, persoon, peildatum=peildatum)
    assert uit["besluiten"]["inburgeringsplichtig"] is True
    if gevraagd:
        assert uit["besluiten"]["vrijgesteld"] is None and uit["besluiten"]["vrijstellingsgrond"] is None
        assert {"vrijgesteld", "vrijstellingsgrond"} <= set(_nodig(uit)["leerplichtig_of_kwalificatieplichtig"])
    else:
        assert uit["besluiten"]["vrijgesteld"] is False and "leerplichtig_of_kwalificatieplichtig" not in _nodig(uit)
    # from the 18th birthday the fact no longer counts, even when given (Wi 4 lid 1 c: "is")
    met = _uit(client, {**persoon, "leerplichtig_of_kwalificatieplichtig": True}, peildatum=peildatum)
    assert met["besluiten"]["vrijstellingsgrond"] == ("leerplichtig_of_kwalificatieplichtig" if gevraagd else "geen")
    nee = _uit(client, {**persoon, "leerplichtig_of_kwalificatieplichtig": False}, peildatum=peildatum)
    assert nee["besluiten"]["vrijgesteld"] is False and "leerplichtig_of_kwalificatieplichtig" not in _nodig(nee)


def test_the_pvt_and_map_hours_are_asked_once_either_is_completed(client):
    """Bi 3.14 lid 5: the hours of the PVT and MAP are deducted from the Z-route participation norm; a completed PVT
    has at least 12 hours (Bi 3.1 lid 3), so once it or the MAP is completed, not given is not "0 hours" (it was:
    norm 800 and route not completed, decided; I44). Before either is completed, not given is still no hours."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "z_route", "z_route_cursusuren": 800,
               "z_route_participatie_uren": 790, "z_route_eindgesprek_gevoerd": True}
    nog_niet = _uit(client, persoon, peildatum="2025-06-01")
    assert nog_niet["besluiten"]["z_route_participatie_uren_vereist"] == 800
    assert "z_route_pvt_map_uren" not in _nodig(nog_niet)
    for afgerond in ({"pvt_afgerond_datum": "2024-02-01"}, {"map_afgerond_datum": "2024-05-01"}):
        zonder = _uit(client, {**persoon, **afgerond}, peildatum="2025-06-01")
        assert zonder["besluiten"]["z_route_participatie_uren_vereist"] is None
        assert zonder["besluiten"]["z_route_afgerond"] is None
        assert {"z_route_participatie_uren_vereist", "z_route_afgerond"} <= set(_nodig(zonder)["z_route_pvt_map_uren"])
    met = _uit(client, {**persoon, "pvt_afgerond_datum": "2024-02-01", "z_route_pvt_map_uren": 80},
               peildatum="2025-06-01")
    assert met["besluiten"]["z_route_participatie_uren_vereist"] == 720 and met["besluiten"]["z_route_afgerond"] is True


def test_course_hours_are_asked_in_the_b1_route(client):
    """Bi 4.4 lid 3 (450 hours open the extension for a family migrant) and Wi 17 lid 3 with Bi 5.5 lid 1 (600 hours
    at a keurmerk institution open lowering to A2): in the B1 route not given is not "0 hours" (it was: both "not
    possible", decided; review of the routes). Outside the B1 route they are not asked."""
    persoon = {"geboortedatum": "1992-04-20", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-11-01", "pip_datum": "2023-03-14",
               "leerroute": "b1_route", "pvt_afgerond_datum": "2024-01-10", "map_afgerond_datum": "2024-09-01",
               "taalonderdelen_behaald_aantal": 2, "knm_behaald": True}
    zonder = _uit(client, persoon, peildatum="2026-01-01")
    assert zonder["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is None
    assert zonder["besluiten"]["afschalen_naar_a2_mogelijk"] is None
    nodig = _nodig(zonder)
    assert "verlenging_aanzienlijke_inspanning_mogelijk" in nodig["lesuren_gevolgd"]
    assert "afschalen_naar_a2_mogelijk" in nodig["nt2_lesuren_keurmerk"]
    for uren, mogelijk in ((449, False), (450, True)):
        met = _uit(client, {**persoon, "lesuren_gevolgd": uren, "nt2_lesuren_keurmerk": 0}, peildatum="2026-01-01")
        assert met["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is mogelijk
        assert met["besluiten"]["afschalen_naar_a2_mogelijk"] is False
    z_route = _uit(client, {**persoon, "leerroute": "z_route"}, peildatum="2026-01-01")
    assert not {"lesuren_gevolgd", "nt2_lesuren_keurmerk"} & set(_nodig(z_route))


def test_which_part_a_partial_dispensation_covers_is_asked(client):
    """Bi 2.7 lid 3 c: a partial dispensation may cover the Z-route's participation part (norm 0). With a partial
    dispensation and the part not given, the norm and the completion are undetermined (they were 800 and "not
    completed", decided; review of the routes); without a partial dispensation the part is not asked."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "z_route", "ontheffing": "gedeeltelijk_belemmering",
               "z_route_cursusuren": 800, "z_route_participatie_uren": 0, "z_route_eindgesprek_gevoerd": True}
    zonder = _uit(client, persoon, peildatum="2025-06-01")
    assert zonder["besluiten"]["z_route_participatie_uren_vereist"] is None
    assert {"z_route_participatie_uren_vereist", "z_route_afgerond"} <= set(
        _nodig(zonder)["ontheffing_participatiegedeelte_z_route"])
    met = _uit(client, {**persoon, "ontheffing_participatiegedeelte_z_route": True}, peildatum="2025-06-01")
    assert met["besluiten"]["z_route_participatie_uren_vereist"] == 0 and met["besluiten"]["z_route_afgerond"] is True
    geen = _uit(client, {**persoon, "ontheffing": "geen"}, peildatum="2025-06-01")
    assert "ontheffing_participatiegedeelte_z_route" not in _nodig(geen)


def test_the_pvt_and_map_hours_and_a_missing_route_are_tried_together(client):
    """Bi 3.14 lid 5 counts the PVT and MAP hours only in the Z-route: with a PIP, no route and no hours, only both
    together can complete the Z-route (`publiek.SAMEN_VARIEREN`); one at a time left `z_route_afgerond` decided
    false (review of a0619dc)."""
    persoon = {**_ASIEL, "pip_datum": "2024-09-12", "pvt_afgerond_datum": "2025-09-09", "z_route_cursusuren": 800,
               "z_route_participatie_uren": 0, "z_route_eindgesprek_gevoerd": True}
    uit = _uit(client, persoon, peildatum="2027-09-01")
    assert uit["besluiten"]["z_route_afgerond"] is None
    nodig = _nodig(uit)
    assert "z_route_afgerond" in nodig["leerroute"] and "z_route_afgerond" in nodig["z_route_pvt_map_uren"]
    klaar = _uit(client, {**persoon, "leerroute": "z_route", "z_route_pvt_map_uren": 800}, peildatum="2027-09-01")
    assert klaar["besluiten"]["z_route_afgerond"] is True


@pytest.mark.parametrize(("persoon", "besluit", "ingevuld"), [
    # a partial dispensation of the participation part counts only in the Z-route (Bi 2.7 lid 3 c, Bi 3.14 lid 2 b)
    ({**_ASIEL, "pip_datum": "2023-12-20", "ontheffing": "gedeeltelijk_belemmering", "z_route_cursusuren": 800,
      "z_route_participatie_uren": 0, "z_route_eindgesprek_gevoerd": True},
     "z_route_afgerond", {"leerroute": "z_route", "ontheffing_participatiegedeelte_z_route": True}),
    # the doelgroep chooses between all lessons and 450 hours (Bi 4.4 lid 2 b, lid 3)
    ({**{k: v for k, v in _ASIEL.items() if k != "verblijfsvergunning"}, "verblijfsdoel": "gezinsmigratie",
      "pip_datum": "2023-12-20", "leerroute": "b1_route", "alle_lessen_gevolgd": False,
      "pvt_afgerond_datum": "2024-06-01", "map_afgerond_datum": "2024-09-01", "taalonderdelen_behaald_aantal": 2,
      "knm_behaald": True, "nt2_lesuren_keurmerk": 0},
     "verlenging_aanzienlijke_inspanning_mogelijk", {"verblijfsvergunning": "regulier_bepaalde_tijd",
                                                     "lesuren_gevolgd": 450}),
])
def test_facts_that_decide_whether_another_counts_are_tried_together(client, persoon, besluit, ingevuld):
    """`publiek.SAMEN_VARIEREN`: where one missing fact decides whether another counts, each alone leaves the
    decision on the base; only both together show it can differ (it was decided false; review of 3bb1033)."""
    peildatum = "2026-09-01"  # within six months of the term's end (Bi 4.5 lid 1)
    zonder = _uit(client, persoon, peildatum=peildatum)
    assert zonder["besluiten"][besluit] is None
    assert all(besluit in _nodig(zonder)[naam] for naam in ingevuld)
    assert _uit(client, {**persoon, **ingevuld}, peildatum=peildatum)["besluiten"][besluit] is True


def test_a_peildatum_before_the_kwalificatieplicht_existed_is_answered(client):
    """The age at which the kwalificatieplicht ends has a value from 2007-08-01; an earlier peildatum (the API takes
    years from 1900) is answered, not a 500 (review of a0619dc)."""
    for peildatum in ("1950-06-01", "2007-07-31", "2007-08-01"):
        _uit(client, {"geboortedatum": "1940-04-12", "nationaliteit": "SY"}, peildatum=peildatum)


def test_without_a_birth_date_compulsory_education_may_apply(client):
    """Without a birth date the person may be 16 or 17 on the peildatum, so the fact is asked (like the facts of
    `FEITEN_ALLEEN_BIJ` where the other input is itself missing); an adult's birth date settles it."""
    zonder = _uit(client, {k: v for k, v in _ASIEL.items() if k != "geboortedatum"}, peildatum="2024-05-01")
    assert "vrijgesteld" in _nodig(zonder)["leerplichtig_of_kwalificatieplichtig"]
    volwassen = _uit(client, _ASIEL, peildatum="2024-05-01")
    assert volwassen["besluiten"]["vrijgesteld"] is False
    assert "leerplichtig_of_kwalificatieplichtig" not in _nodig(volwassen)


@pytest.mark.parametrize(("peildatum", "extra", "zin"), [
    ("2027-09-01", {}, "een volgende boete kan niet vóór het einde van de nieuwe termijn, en die dag hangt af van"),
    ("2027-09-01", {"boete_art_24_nieuwe_termijn_maanden": 6}, "een volgende boete kan niet vóór 3 februari 2028"),
    ("2030-01-01", {"pvt_afgerond_datum": "2027-08-20"}, "er volgt geen volgende boete"),
])
def test_a_zero_fine_after_a_decision_says_when_the_next_can_come(client, peildatum, extra, zin):
    """Wi 24 lid 3-4 (I32): the explanation of EUR 0 after a known decision names the next fine's day, says it
    depends on what is missing (the new term's length), or that none follows (PVT and MAP done in the new term)."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "leerroute": "b1_route", "map_afgerond_datum": "2024-09-01",
               "boete_art_24_bekendmaking_datum": "2027-08-02", "boete_art_24_aantal": 1, **extra}
    uit = _uit(client, persoon, peildatum=peildatum)
    assert uit["besluiten"]["boete_art_24_bedrag"] == 0
    assert zin in uit["toelichting"]["boete_art_24_bedrag"]["uitleg"]["nl"]


def test_with_a_pip_and_no_route_the_route_is_the_cause_not_the_judgments(client):
    """I37 with I44: what follows from the set route (the college's judgments, what the intake showed) is not asked
    where the route itself is missing beside a PIP; the route is; and all lessons attended is asked too, since the
    route may be the B1 route (it was a silent "no" for the extension)."""
    persoon = {**_ASIEL, "pip_datum": "2023-12-20", "pvt_afgerond_datum": "2024-06-01",
               "map_afgerond_datum": "2024-09-01", "taalonderdelen_behaald_aantal": 2, "knm_behaald": True}
    uit = _uit(client, persoon, peildatum="2026-09-01")
    nodig = _nodig(uit)
    assert {"onderwijsroute_mogelijk", "z_route_mogelijk"} <= set(nodig["leerroute"])
    assert "wil_vervolgonderwijs" not in nodig
    assert not {"grote_kans_diploma_na_taalschakeltraject", "examen_en_onderwijsroute_niet_haalbaar"} & {
        o["oordeel"] for o in uit["menselijk_oordeel_nodig"]}
    assert uit["besluiten"]["verlenging_aanzienlijke_inspanning_mogelijk"] is None
    assert "verlenging_aanzienlijke_inspanning_mogelijk" in nodig["alle_lessen_gevolgd"]


def test_every_input_has_an_english_label_and_a_place_on_the_page():
    """An input added without them read as its bare name in the English "Based on:" and fell under "Overig"."""
    from pathlib import Path

    from inburgering_rules import publiek
    from inburgering_rules.api.uitleg import EN

    js = (Path(__file__).resolve().parents[2] / "api" / "static" / "i18n.js").read_text(encoding="utf-8")
    label_en = set(re.findall(r"^  ([a-z0-9_]+): ", js.split("export const LABEL_EN = {", 1)[1].split("\n};", 1)[0],
                              re.MULTILINE))
    groepen = set(re.findall(r'"([a-z0-9_]+)"', js.split("export const GROEPEN = [", 1)[1].split("\n];", 1)[0]))
    assert set(publiek.INVOER) - set(EN) == set()
    assert set(publiek.INVOER) - label_en == set()
    assert set(publiek.INVOER) - groepen == set()


def test_a_completed_z_route_without_its_day_says_the_day_is_missing(client):
    """I49: the parts of the Z-route done by the inputs, but no `leerroute_behaald_datum` (the day of the certificate,
    Wi 6 lid 2): not met, and after the term the art. 25 fine stays possible; both explanations say why (they
    listed only the inputs)."""
    persoon = {**_ASIEL, "verblijf_verkregen_datum": "2022-03-01", "pip_datum": "2022-06-01", "leerroute": "z_route",
               "pvt_afgerond_datum": "2023-01-01", "map_afgerond_datum": "2023-01-01", "z_route_pvt_map_uren": 60,
               "z_route_cursusuren": 800, "z_route_participatie_uren": 800, "z_route_eindgesprek_gevoerd": True}
    uit = _uit(client, persoon, peildatum="2026-06-01")
    assert uit["besluiten"]["z_route_afgerond"] is True and uit["besluiten"]["inburgeringsplicht_voldaan"] is False
    assert uit["besluiten"]["boete_art_25_maximum_bedrag"] == 1000
    for naam in ("inburgeringsplicht_voldaan", "boete_art_25_maximum_bedrag"):
        uitleg = uit["toelichting"][naam]["uitleg"]
        assert "leerroute_behaald_datum" in uitleg["nl"] and "Wi 6 lid 2" in uitleg["nl"], uitleg
        assert "Wi 6(2)" in uitleg["en"], uitleg
    behaald = _uit(client, {**persoon, "leerroute_behaald_datum": "2024-01-15"}, peildatum="2026-06-01")
    assert behaald["besluiten"]["inburgeringsplicht_voldaan"] is True
    assert "Wi 6 lid 2" not in behaald["toelichting"]["inburgeringsplicht_voldaan"]["uitleg"]["nl"]


def test_a_peildatum_before_the_law_says_the_law_does_not_apply_yet(client):
    """Before 2022-01-01 no rule of the act applies; the reason explained a residence acquired in 2023 as acquired
    "vóór de inwerkingtreding" (review). One acquired before the act keeps that sentence."""
    later = _uit(client, {**_ASIEL, "verblijf_verkregen_datum": "2023-06-01"}, peildatum="2021-12-31")
    uitleg = later["toelichting"]["inburgeringsplichtig"]["uitleg"]
    assert "De peildatum 31 december 2021 ligt vóór de inwerkingtreding van de wet op 1 januari 2022" in uitleg["nl"]
    assert "Verblijf verkregen" not in uitleg["nl"] and "does not apply yet" in uitleg["en"]
    assert "residence acquired" not in uitleg["en"]  # the member's own wording too (review)
    eerder = _uit(client, {**_ASIEL, "verblijf_verkregen_datum": "2021-06-01"}, peildatum="2021-12-31")
    zin = eerder["toelichting"]["inburgeringsplichtig"]["uitleg"]["nl"]
    assert "Verblijf verkregen op 1 juni 2021, vóór de inwerkingtreding" in zin


def test_after_a_move_the_objection_term_counts_from_the_other_municipalitys_plan(client):
    """Bi 5.3 lid 3: the other municipality adopts the plan, a decision with its own six weeks (Awb 6:7); the answer
    gave the first plan's term, long past, with nothing to do (review)."""
    persoon = {"geboortedatum": "1992-04-20", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2023-01-10",
               "kennisgeving_inburgeringsplicht_datum": "2023-02-01", "pip_datum": "2023-03-20",
               "brp_inschrijving_andere_gemeente_datum": "2023-06-15", "pip_andere_gemeente_datum": "2023-08-01"}
    uit = _uit(client, persoon, peildatum="2023-08-10")
    assert uit["besluiten"]["pip_bezwaartermijn_einddatum"] == "2023-09-12"
    assert "pip_bezwaartermijn_einddatum" in {a["besluit"] for a in uit["volgende_acties"]}
    uitleg = uit["toelichting"]["pip_bezwaartermijn_einddatum"]["uitleg"]
    assert "het PIP van de andere gemeente (Bi 5.3 lid 3; de dagtekening) op 1 augustus 2023" in uitleg["nl"], uitleg


def test_the_pip_sentences_follow_the_rule_on_a_late_request_and_a_move_in_2022(client):
    """As the rules: a request for a third party's information after the last day of lid 1 does not make the
    municipality wait (Bi 5.3 lid 2), so the sentence does not say it did; and a move under the text of 2022 is lid 2
    of that text, also in the objection term's sentence (review)."""
    laat = {"geboortedatum": "1992-04-20", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
            "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2023-02-01",
            "brp_inschrijving_datum": "2023-02-15", "kennisgeving_inburgeringsplicht_datum": "2023-03-01",
            "pip_informatie_derde_opgevraagd_datum": "2023-05-11", "pip_zonder_informatie_derde_niet_mogelijk": True,
            "pip_informatie_derde_ontvangen_datum": "2023-06-10"}
    uit = _uit(client, laat, peildatum="2023-06-20")
    assert uit["besluiten"]["pip_uiterste_datum"] == "2023-05-10"
    assert "Bi 5.3 lid 2" not in uit["toelichting"]["pip_uiterste_datum"]["uitleg"]["nl"]
    op_tijd = _uit(client, {**laat, "pip_informatie_derde_opgevraagd_datum": "2023-05-10"}, peildatum="2023-06-20")
    assert "(Bi 5.3 lid 2)" in op_tijd["toelichting"]["pip_uiterste_datum"]["uitleg"]["nl"]
    verhuisd_2022 = {"geboortedatum": "1992-04-20", "nationaliteit": "TR",
                     "verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinsmigratie",
                     "verblijf_verkregen_datum": "2022-02-01", "brp_inschrijving_datum": "2022-02-01",
                     "pip_datum": "2022-04-01", "brp_inschrijving_andere_gemeente_datum": "2022-06-01",
                     "pip_andere_gemeente_datum": "2022-07-15"}
    bezwaar = _uit(client, verhuisd_2022, peildatum="2022-08-01")["toelichting"]["pip_bezwaartermijn_einddatum"]
    assert "(Bi 5.3 lid 2; de dagtekening)" in bezwaar["uitleg"]["nl"]
    assert "(Bi 5.3(2); its date)" in bezwaar["uitleg"]["en"]


@pytest.mark.parametrize(("persoon", "peildatum", "status", "oorzaak"), [
    # no residence date; turned 16 on 2024-01-01: a residence acquired since then makes him obligated
    ({"geboortedatum": "2008-01-01"}, "2024-07-01", "onbepaald", "verblijf_verkregen_datum"),
    ({"geboortedatum": "2008-01-01"}, "2023-12-31", "besloten", None),  # still 15 on the peildatum: settled "no"
    # no residence date; state pension age reached on 2023-04-01: a residence of 2022 made him obligated
    ({"geboortedatum": "1956-06-01"}, "2025-01-01", "onbepaald", "verblijf_verkregen_datum"),
    ({"geboortedatum": "1955-01-01"}, "2025-01-01", "besloten", None),  # pension age reached in 2021: "no"
    # no birth date, a peildatum long after the residence of 2022: the age then decides
    ({"verblijf_verkregen_datum": "2022-02-01"}, "2040-01-01", "onbepaald", "geboortedatum"),
])
def test_a_missing_date_never_settles_the_duty_it_could_change(client, persoon, peildatum, status, oorzaak):
    """Wi 3 lid 1 (16 years, state pension age): the probes of a missing residence or birth date include a day on
    which this person can be obligated (was: settled 'not obligated', or 'obligated' from an unknown birth date)."""
    uit = _uit(client, {"nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd", **persoon},
               peildatum=peildatum)
    assert uit["status"]["inburgeringsplichtig"] == status
    if oorzaak:
        assert oorzaak in {x["invoer"] for x in uit["ontbrekende_gegevens"]}


def test_a_person_answer_does_not_depend_on_who_else_is_in_the_batch(client):
    """The probes that depend on the person read a date another person gave as not given for him (was: his missing
    birth date read as 0001-01-01 once someone else in the batch gave one)."""
    alleen = {"nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd", "brp_inschrijving_datum": "2022-02-01"}
    ander = {**alleen, "geboortedatum": "1990-01-01", "verblijf_verkregen_datum": "2022-01-10"}
    for peildatum in ("2024-05-01", "2027-06-01"):
        los = _uit(client, alleen, peildatum=peildatum)
        batch = client.post("/v1/beoordeling/batch", json={"peildatum": peildatum, "personen": [alleen, ander]})
        assert batch.status_code == 200, batch.text
        samen = batch.json()["resultaten"][0]
        assert (samen["besluiten"], samen["status"]) == (los["besluiten"], los["status"])


def test_a_pip_dated_after_the_peildatum_is_waited_for(client):
    """I30, I41: a PIP dated after the peildatum has not been adopted on it; meeting the duty waits for it (was:
    'niet van toepassing' without a reason, while `volgende_acties` asked for the PVT and the MAP)."""
    uit = _uit(client, {**GEZINSMIGRANT, "leerroute": "b1_route", "pip_datum": "2024-06-01",
                        "pvt_afgerond_datum": "2024-07-01"})
    assert uit["status"]["inburgeringsplicht_voldaan_datum"] == "nog_niet"
    assert "pip_datum" in uit["wacht_op"]["inburgeringsplicht_voldaan_datum"]


@pytest.mark.parametrize(("peildatum", "status"), [("2023-12-31", "besloten"), ("2024-01-01", "onbepaald")])
def test_the_probe_of_a_missing_residence_date_starts_on_the_16th_birthday(client, peildatum, status):
    """Both sides of the person-dependent probe: the day before the 16th birthday nothing can make him obligated yet;
    on the birthday a residence acquired that day can."""
    uit = _uit(client, {"nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
                        "geboortedatum": "2008-01-01"}, peildatum=peildatum)
    assert uit["status"]["inburgeringsplichtig"] == status


def test_a_pip_dated_on_the_peildatum_has_been_adopted(client):
    """The other side of `test_a_pip_dated_after_the_peildatum_is_waited_for`: a PIP of the peildatum itself has
    happened, so nothing waits for it."""
    uit = _uit(client, {**GEZINSMIGRANT, "leerroute": "b1_route", "pip_datum": PEILDATUM,
                        "pvt_afgerond_datum": "2024-07-01"})
    assert "pip_datum" not in uit["wacht_op"].get("inburgeringsplicht_voldaan_datum", [])


def test_the_dutch_explanation_writes_days_as_a_dutch_reader_does(client):
    """A case worker reads "10 januari 2027" in the Dutch text; the English text and the answer's own fields keep
    ISO days (a client parses those)."""
    uit = _uit(client, STATUSHOUDER)
    assert uit["besluiten"]["inburgeringstermijn_einddatum"] == "2027-01-10"
    uitleg = uit["toelichting"]["inburgeringstermijn_einddatum"]["uitleg"]
    assert uitleg["nl"].startswith("Laatste dag van de inburgeringstermijn, verlengingen inbegrepen: 10 januari 2027.")
    assert "2027-01-10" in uitleg["en"] and "2027-01-10" not in uitleg["nl"]


def test_who_need_not_meet_the_duty_waits_for_no_pip_but_still_for_the_bijstand(client):
    """Exempt (Wi 4 lid 1 c, still of school age): no PIP and no fine of DUO will come, so their terms do not apply
    (they said "waits for pip_datum"); ontzorgen follows the bijstand, outside the duty's procedure (Pw 56a lid 1 a:
    an exempt person is still inburgeringsplichtig), and still waits for it."""
    jong = {k: v for k, v in STATUSHOUDER.items() if k not in ("kennisgeving_inburgeringsplicht_datum", "pip_datum")}
    jong["geboortedatum"] = "2007-06-01"
    vrij = _uit(client, {**jong, "leerplichtig_of_kwalificatieplichtig": True})
    assert vrij["besluiten"]["vrijgesteld"] is True
    for naam in ("pip_uiterste_datum", "pip_bezwaartermijn_einddatum", "nieuwe_termijn_art_24_einddatum",
                 "boete_art_24_bezwaartermijn_einddatum"):
        assert vrij["status"][naam] == "niet_van_toepassing", naam
    assert vrij["status"]["ontzorgen_startdatum"] == "nog_niet"
    assert vrij["wacht_op"]["ontzorgen_startdatum"] == ["bijstand_recht_datum"]
    niet_vrij = _uit(client, {**jong, "leerplichtig_of_kwalificatieplichtig": False})
    assert niet_vrij["status"]["pip_bezwaartermijn_einddatum"] == "nog_niet"
    onbekend = _uit(client, jong)  # of school age, the ground not given: the PIP hangs on it
    assert onbekend["status"]["pip_bezwaartermijn_einddatum"] == "onbepaald"


def test_a_missing_permit_is_also_tried_as_residence_under_union_law(client):
    """Bi 6.1 gives the loan to a person of Wi 3 lid 2 with residence under Vw 8 e; without the permit the loan
    of an EU citizen was decided as EUR 0 (the probes never tried that permit)."""
    zonder = _uit(client, {k: v for k, v in EU_BURGER.items() if k != "verblijfsvergunning"})
    assert zonder["status"]["lening_maximum_bedrag"] == "onbepaald"
    nodig = {o["invoer"]: o["nodig_voor"] for o in zonder["ontbrekende_gegevens"]}
    assert "lening_maximum_bedrag" in nodig["verblijfsvergunning"]
    assert _uit(client, EU_BURGER)["besluiten"]["lening_maximum_bedrag"] == 10000


@pytest.mark.parametrize(("tekst", "verwacht"), [
    ("op 2024-01-10.", "op 10 januari 2024."),
    ("(2024-01-10)", "(10 januari 2024)"),
    ("van 2024-01-10-2024-02-29", "van 10 januari 2024-29 februari 2024"),  # a dash is no part of a word
    ("x2024-01-10", "x2024-01-10"),  # inside a word: left as it is, on both sides
    ("2024-01-10x", "2024-01-10x"),
    ("12024-01-10", "12024-01-10"),  # five digits are no year of a day
    ("2024-01-101", "2024-01-101"),
    ("B1-route en 24-01-10", "B1-route en 24-01-10"),
])
def test_only_whole_iso_days_are_written_out(tekst, verwacht):
    """The scan for days in the Dutch text (`uitleg._dagen_voluit`) takes a JJJJ-MM-DD only as a whole word."""
    assert _dagen_voluit(tekst) == verwacht


def test_the_start_of_maatschappelijke_begeleiding_waits_for_the_registration_also_for_who_is_exempt(client):
    """Wi 13 lid 3: the guidance starts on the BRP registration, an event outside the procedure of the duty
    (`publiek.BUITEN_DE_PROCEDURE`). An exempt asylum permit holder, entitled to it (Wi 13 lid 1, I8), waited for
    nothing: "niet van toepassing" beside a right that is true; a 17-year-old's start hung on whether he is of
    school age. Both now wait for the registration, as anyone does; with it the start is decided."""
    persoon = {"geboortedatum": "1990-06-15", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2023-01-10"}
    for geval in ({**persoon, "vrijstellend_diploma": True}, persoon, {**persoon, "geboortedatum": "2006-01-15"}):
        uit = _uit(client, geval, "2023-06-01")
        assert uit["besluiten"]["maatschappelijke_begeleiding_recht"] is True
        assert uit["status"]["maatschappelijke_begeleiding_startdatum"] == "nog_niet"
        assert uit["wacht_op"]["maatschappelijke_begeleiding_startdatum"] == ["brp_inschrijving_datum"]
    ingeschreven = _uit(client, {**persoon, "vrijstellend_diploma": True, "brp_inschrijving_datum": "2023-02-01"},
                        "2023-06-01")
    assert ingeschreven["besluiten"]["maatschappelijke_begeleiding_startdatum"] == "2023-02-01"


# A citation in the Dutch text ("Wi 3 lid 2 a", "Bi 5.3 lid 1") and in the English ("Wi 3(2)(a)", "Bi 5.3(1)").
_CITAAT_NL = re.compile(r"\b(Wi|Bi|Pw|Atw|Awb) (\d+[a-z]?(?:\.\d+[a-z]?)?)((?: lid \d+(?: [a-z]\b)?)?)")
_CITAAT_EN = re.compile(r"\b(Wi|Bi|Pw|Atw|Awb) (\d+[a-z]?(?:\.\d+[a-z]?)?)((?:\(\d+\)(?:\([a-z]\))?)?)")


def _citaten(tekst: str, taal: str) -> set[tuple[str, ...]]:
    if taal == "nl":
        return {(m[1], m[2], *m[3].replace(" lid ", " ").split()) for m in _CITAAT_NL.finditer(tekst)}
    return {(m[1], m[2], *re.findall(r"\(([^)]+)\)", m[3])) for m in _CITAAT_EN.finditer(tekst)}


@pytest.mark.parametrize("feiten", [
    {"inburgeringsplichtig_wi2013": True},
    {"verblijf_verkregen_datum": "2021-10-01"},
    {"nationaliteit": "PL"},
    {"familielid_eu_burger": True},
    {"elders_ingeburgerd_langdurig_ingezetene": True},
    {"verblijfsvergunning": "geen"},
    {"verblijfsdoel": "studie"},
    {"geboortedatum": "2008-01-01"},
    {"geboortedatum": "1955-01-01"},
], ids=lambda feiten: next(iter(feiten)))
def test_why_someone_is_not_obligated_cites_the_same_articles_in_both_languages(client, feiten):
    """Each reason of Wi 3 and 54 is explained with its article, the same in Dutch and English: a review found
    English member labels citing "Wi 3.2 a" beside a sentence citing it again, and reasons cited in one language
    only."""
    uit = _uit(client, {**GEZINSMIGRANT, **feiten})
    assert uit["besluiten"]["inburgeringsplichtig"] is False
    for naam in ("inburgeringsplichtig", "reden_geen_inburgeringsplicht"):
        tekst = uit["toelichting"][naam]["uitleg"]
        assert _citaten(tekst["nl"], "nl") == _citaten(tekst["en"], "en") != set(), (naam, tekst)


@pytest.mark.parametrize(("vergunning", "huisvesting"), [
    ({"verblijfsvergunning": "asiel_bepaalde_tijd"}, True),
    ({"verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinslid_van_asielstatushouder"}, False),
])
def test_the_start_of_maatschappelijke_begeleiding_names_the_housing_municipality_only_for_an_asylum_permit(
    client, vergunning, huisvesting
):
    """Wi 13 lid 3: the registration counts in the municipality of housing only "als hij rechtmatig verblijf heeft op
    grond van een verblijfsvergunning asiel voor bepaalde tijd"; a review found that proviso in the explanation of a
    family member with a regular permit (Wi 13 lid 1 b)."""
    persoon = {"geboortedatum": "1990-06-15", "nationaliteit": "SY", "verblijf_verkregen_datum": "2023-01-10",
               "brp_inschrijving_datum": "2023-02-01", **vergunning}
    uit = _uit(client, persoon, "2023-06-01")
    assert uit["besluiten"]["maatschappelijke_begeleiding_startdatum"] == "2023-02-01"
    tekst = uit["toelichting"]["maatschappelijke_begeleiding_startdatum"]["uitleg"]
    assert ("gemeente van huisvesting" in tekst["nl"]) is huisvesting
    assert ("municipality of housing" in tekst["en"]) is huisvesting
    assert ("asiel" in tekst["nl"]) is huisvesting and "Wi 13 lid 3" in tekst["nl"]


@pytest.mark.parametrize(
    ("bijstand", "voor_het_verblijf"), [("2023-08-31", True), ("2023-09-01", False), ("2024-02-01", False)]
)
def test_ontzorgen_from_a_right_before_the_residence_does_not_say_the_duty_existed_then(
    client, bijstand, voor_het_verblijf
):
    """Pw 56a lid 2 counts from the day the right to bijstand arose, also when that was before the residence and so
    before the duty (I42); the explanation then says the article applies only since the duty (a review found it
    saying the person was obligated on that day)."""
    persoon = {**STATUSHOUDER, "bijstand_recht_datum": bijstand}
    uit = _uit(client, persoon, toelichting=True)
    assert STATUSHOUDER["verblijf_verkregen_datum"] == "2023-09-01"
    assert uit["besluiten"]["ontzorgen_verplicht"] is True and uit["besluiten"]["ontzorgen_startdatum"] == bijstand
    uitleg = uit["toelichting"]["ontzorgen_einddatum"]["uitleg"]
    assert ("op die dag inburgeringsplichtig" in uitleg["nl"]) is not voor_het_verblijf
    assert ("on that day the person was obligated" in uitleg["en"]) is not voor_het_verblijf
    assert ("vóór het verblijf (1 september 2023)" in uitleg["nl"]) is voor_het_verblijf
    assert ("before the residence (2023-09-01)" in uitleg["en"]) is voor_het_verblijf


@pytest.mark.parametrize(
    ("wijziging", "peildatum", "status", "grond"),
    [
        ({"ontheffing": "volledig_belemmering"}, "2025-06-01", "onbepaald", "geheel ontheven (Wi 5)"),
        ({"vrijstellend_diploma": True}, "2025-06-01", "onbepaald", "vrijgesteld (Wi 4)"),
        ({"ontheffing": "volledig_belemmering"}, "2023-03-14", "niet_van_toepassing", None),
    ],
)
def test_the_loan_of_who_was_relieved_after_the_term_began_cannot_be_dated(client, wijziging, peildatum, status,
                                                                             grond):
    """I60 (a legal review found "niet van toepassing"): a person of Wi 19 exempted or wholly relieved once the term
    had begun may have had a right to the loan and then repays (Wi 21 lid 1, 3); when is not in the input. On the
    PIP's own day the term has not begun: no right, so "does not apply"."""
    persoon = {**GEZINSMIGRANT, "pip_datum": "2023-03-14", **wijziging}
    uit = _uit(client, persoon, peildatum=peildatum, toelichting=True)
    for naam in ("leenrecht_einddatum", "lening_terugbetaling_startdatum"):
        assert uit["besluiten"][naam] is None and uit["status"][naam] == status, naam
        assert naam not in (uit.get("ontbrekende_gegevens") or {}), naam  # no input resolves it
        uitleg = uit["toelichting"][naam]["uitleg"]
        if grond:
            assert f"De persoon is {grond}, maar de termijn begon al op 15 maart 2023" in uitleg["nl"], naam
            assert "the term already began on 2023-03-15" in uitleg["en"] and "(I60)" in uitleg["en"], naam
        else:
            assert "I60" not in uitleg["nl"], naam


@pytest.mark.parametrize(
    ("verhuisd", "lid", "uiterste"), [("2022-12-30", 2, "2023-03-10"), ("2023-01-02", 3, "2023-03-13")]
)
def test_a_move_follows_the_text_in_force_on_the_new_registration(client, verhuisd, lid, uiterste):
    """I9: after a move (Bi 5.3 lid 3; 2022 text: lid 2) the term runs from the registration in the other
    municipality, so the text of that day applies, not that of the notification in 2022 (a legal review)."""
    persoon = {**GEZINSMIGRANT, "verblijf_verkregen_datum": "2022-11-01", "brp_inschrijving_datum": "2022-11-15",
               "kennisgeving_inburgeringsplicht_datum": "2022-12-01", "pip_datum": "2022-12-20",
               "brp_inschrijving_andere_gemeente_datum": verhuisd}
    uit = _uit(client, persoon, peildatum="2023-01-15", toelichting=True)
    assert uit["besluiten"]["pip_uiterste_datum"] == uiterste
    toelichting = uit["toelichting"]["pip_uiterste_datum"]
    assert f"(Bi 5.3 lid {lid})." in toelichting["uitleg"]["nl"] and f"(Bi 5.3({lid}))." in toelichting["uitleg"]["en"]
    leden = [g["lid"] for g in toelichting["grondslag"] if g.get("artikel") == "5.3"]
    assert leden == (["1", "2"] if lid == 2 else ["1", "2", "3"])
    # the 2022 text is linked as it read on that day; the 2023 text is numbered as today's, so linked without a day
    dag = f"&g={verhuisd}" if lid == 2 else "&lid=3"
    assert [g["url"].endswith(dag) for g in toelichting["grondslag"] if g.get("artikel") == "5.3"][-1]


@pytest.mark.parametrize(("vergunning", "doel", "tijdelijk"), [("asiel_bepaalde_tijd", None, False),
                                                                ("regulier_bepaalde_tijd", "gezinsmigratie", True)])
def test_the_obligation_names_what_would_change_it_as_the_law_has_it(client, vergunning, doel, tijdelijk):
    """A review: an asylum permit holder's purpose is never temporary (Bi 2.2 lid 3), so "a temporary purpose" is no
    example of what would change his duty; and Wi 3 lid 2 d (treaties) is not an input, so the sentence does not say
    it was checked."""
    persoon = {**STATUSHOUDER, "verblijfsvergunning": vergunning, **({"verblijfsdoel": doel} if doel else {})}
    uit = _uit(client, persoon, toelichting=True)
    assert uit["besluiten"]["inburgeringsplichtig"] is True
    uitleg = uit["toelichting"]["inburgeringsplichtig"]["uitleg"]
    assert ("een tijdelijk verblijfsdoel" in uitleg["nl"]) is tijdelijk
    assert ("a temporary purpose of residence" in uitleg["en"]) is tijdelijk
    assert "geen uitzondering van art. 3 lid 2 onder a tot en met c of art. 54 Wi" in uitleg["nl"]
    assert "lid 2 onder d, is geen invoer en niet beoordeeld" in uitleg["nl"]
    assert "art. 3(2)(d), is not an input and was not assessed" in uitleg["en"]


@pytest.mark.parametrize(("behaald", "aanbod"), [("2025-06-10", False), ("2025-06-11", True), ("2024-01-09", True)])
def test_the_course_offer_ends_with_the_route_achieved_and_says_why(client, behaald, aanbod):
    """Wi 16 lid 1 (I61): no course once the route is achieved on or before the peildatum, counting from the PIP
    (Bi 5.3 lid 5); the explanation names the day. A review found a bare "nee"."""
    persoon = {**STATUSHOUDER, "leerroute_behaald_datum": behaald}
    uit = _uit(client, persoon, peildatum="2025-06-10", toelichting=True)
    assert uit["besluiten"]["leerroute_aanbod_door_gemeente"] is aanbod
    uitleg = uit["toelichting"]["leerroute_aanbod_door_gemeente"]["uitleg"]
    assert ("De leerroute is behaald op 10 juni 2025" in uitleg["nl"]) is not aanbod
    assert ("achieved on 2025-06-10" in uitleg["en"]) is not aanbod



def test_ontzorgen_looked_ahead_says_the_right_arises(client):
    """A right to bijstand after the peildatum is a look ahead (I42): the sentence is in the present tense."""
    persoon = {**STATUSHOUDER, "bijstand_recht_datum": "2024-06-01"}
    uitleg = _uit(client, persoon, toelichting=True)["toelichting"]["ontzorgen_einddatum"]["uitleg"]
    assert "het recht op bijstand ontstaat (1 juni 2024)" in uitleg["nl"] and "op die dag" not in uitleg["nl"]
    assert "the right to social assistance arises (2024-06-01)" in uitleg["en"]


@pytest.mark.parametrize(("peildatum", "nl", "en"), [("2025-08-31", "Bi 6.2 lid 1", "Bi 6.2(1)"),
                                                       ("2025-09-01", "Bi 6.2a lid 2", "Bi 6.2a(2)")])
def test_the_loan_of_an_eu_citizen_cites_the_lid_of_its_maximum_on_the_peildatum(client, peildatum, nl, en):
    """The maximum of a person of Bi 6.1 is EUR 10,000 by Bi 6.2 lid 1 until 2025-08-31 and by Bi 6.2a lid 2 from
    2025-09-01, as the values of `lening.maximum_bedrag` cite them. A review found the explanation citing neither."""
    uit = _uit(client, EU_BURGER, peildatum=peildatum, toelichting=True)
    assert uit["besluiten"]["lening_maximum_bedrag"] == 10000
    tekst = uit["toelichting"]["lening_maximum_bedrag"]["uitleg"]
    assert f"een lening van ten hoogste € 10.000 ({nl}) gedurende drie jaar" in tekst["nl"]
    assert f"a loan of at most €10,000 ({en}) for three years" in tekst["en"]


def test_every_value_of_the_loan_maximum_names_the_lid_for_a_person_of_bi_6_1():
    """The explanation reads `bi_6_1_lid` from the value in force (`uitleg._lening_bi_6_1_maximum_lid`); a dated value
    added without it would fail there, so each value carries it, a lid of Bi 6.2 or 6.2a in both languages."""
    from inburgering_rules.hervormingen import basissysteem

    for waarde in basissysteem().parameters.lening.maximum_bedrag.values_list:
        nl, en = waarde.metadata["bi_6_1_lid"]
        assert nl.startswith("Bi 6.2") and en.startswith("Bi 6.2"), waarde.instant_str


def test_the_lid_of_the_eu_citizens_maximum_is_the_laws_also_under_a_reform_of_the_amount(client):
    """A reform sets a new amount without the law's metadata; the article stays the one of the law in force on the
    peildatum (a review of the diff: the lid was read from the value's title, so a reform's value fell back to 6.2)."""
    hervorming = {"parameters": {"lening.maximum_bedrag": {"2025-10-01": 12000}}}
    uit = _uit(client, EU_BURGER, peildatum="2025-11-01", toelichting=True, hervorming=hervorming)
    assert uit["besluiten"]["lening_maximum_bedrag"] == 12000
    assert "een lening van ten hoogste € 12.000 (Bi 6.2a lid 2)" in uit["toelichting"]["lening_maximum_bedrag"][
        "uitleg"]["nl"]


def test_the_loan_of_an_eu_citizen_asks_for_b_and_c_and_names_e_read_as_not_shown(client):
    """Bi 6.1 onder b and c are facts about the EU citizen with no exemption of DUO to show them (I48 does not carry):
    not given, the loan is undetermined and they are asked for (a review: they were read as met, EUR 10,000 decided).
    Onder e ("niet heeft aangetoond") not given reads as not shown, and the explanation names those facts; given,
    they are not named (an earlier review found the amount explained by the facts given only)."""
    b_en_c = ("leerplichtig_geweest_jaren", "vrijstellend_diploma", "opleiding_naar_vrijstellend_diploma")
    zonder = _uit(client, {k: v for k, v in EU_BURGER.items() if k not in b_en_c})
    assert zonder["besluiten"]["lening_maximum_bedrag"] is None
    assert zonder["status"]["lening_maximum_bedrag"] == "onbepaald"
    gevraagd = {f["invoer"] for f in zonder["ontbrekende_gegevens"] if "lening_maximum_bedrag" in f["nodig_voor"]}
    assert gevraagd == set(b_en_c)
    tekst = _uit(client, EU_BURGER)["toelichting"]["lening_maximum_bedrag"]["uitleg"]
    assert "(Bi 6.1, Bi 6.3 lid 1)" in tekst["nl"] and "(Bi 6.1, Bi 6.3(1))" in tekst["en"]
    assert "gelezen als niet aangetoond, zodat onder e is vervuld" in tekst["nl"]
    assert "read as not shown, which meets (e)" in tekst["en"] and "leerplichtig" not in tekst["nl"]
    feiten = {"voldoende_ingeburgerd_vastgesteld": False, "brp_inschrijving_onafgebroken_jaren": 12,
              "werk_of_vrijwilligerswerk_jaren": 6}
    # onder e is also Bi 2.3 a-c (`voldoende_ingeburgerd`): the B1 conversation not given is named (a review)
    zonder_b1 = _uit(client, {**EU_BURGER, **feiten})["toelichting"]["lening_maximum_bedrag"]["uitleg"]
    assert zonder_b1["nl"].endswith("gelezen als niet aangetoond, zodat onder e is vervuld: In een gesprek "
                                    "vastgesteld: spreek- en luistervaardigheid op ten minste B1.")
    met = _uit(client, {**EU_BURGER, **feiten, "b1_spreken_luisteren_vastgesteld": False})
    assert met["besluiten"]["lening_maximum_bedrag"] == 10000
    tekst = met["toelichting"]["lening_maximum_bedrag"]["uitleg"]
    assert "(Bi 6.1, Bi 6.3 lid 1)" in tekst["nl"]
    assert "gelezen als" not in tekst["nl"] and "read as" not in tekst["en"]
    # one fact that rules the loan out: no amount, no sentence of a right, but that a condition of Bi 6.1 fails
    diploma = _uit(client, {**EU_BURGER, **feiten, "b1_spreken_luisteren_vastgesteld": False,
                            "vrijstellend_diploma": True})
    assert diploma["besluiten"]["lening_maximum_bedrag"] == 0
    tekst = diploma["toelichting"]["lening_maximum_bedrag"]["uitleg"]["nl"]
    assert "aanspraak op een lening van ten hoogste" not in tekst and "gelezen als" not in tekst
    assert "niet aan elke voorwaarde van Bi 6.1 onder a tot en met e voldaan" in tekst


@pytest.mark.parametrize(("feiten", "bedrag", "lid_nl", "lid_en", "plafond"), [
    ({"brede_intake_niet_verschenen_na_herhaalde_oproep": True}, 250, "(Wi 22 lid 1; Wi 14 lid 1, tweede zin)",
     "(Wi 22(1); Wi 14(1), second sentence)", False),
    ({"boete_art_22_bekendmaking_datum": "2023-05-01", "brede_intake_niet_verschenen_binnen_nieuwe_termijn": True,
      "gemeentelijke_boetes_opgelegd_bedrag": 250}, 250, "bekendgemaakt op 1 mei 2023 (Wi 22 lid 2 en 3)",
     "made known on 2023-05-01 (Wi 22(2) and (3))", False),
    ({"brede_intake_niet_verschenen_na_herhaalde_oproep": True, "gemeentelijke_boetes_opgelegd_bedrag": 2300}, 100,
     "(Wi 22 lid 1; Wi 14 lid 1, tweede zin)", "(Wi 22(1); Wi 14(1), second sentence)", True),
])
def test_the_art_22_fine_names_its_lid_and_the_ceiling(client, feiten, bedrag, lid_nl, lid_en, plafond):
    """Wi 22 lid 1 fines not appearing within the call's term, lid 3 within the new term of the first fine decision
    (I34); the explanation names the one that applies, and Bi 7.1 lid 5 where the ceiling lowers the amount. A review
    found the amount explained by every fact given, without the lid."""
    persoon = {"geboortedatum": "1990-06-15", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2023-01-10", "brp_inschrijving_datum": "2023-02-01",
               "gemeentelijke_boetes_opgelegd_bedrag": 0, **feiten}
    uit = _uit(client, persoon, "2023-08-01")
    assert uit["besluiten"]["boete_art_22_bedrag"] == bedrag
    tekst = uit["toelichting"]["boete_art_22_bedrag"]["uitleg"]
    assert lid_nl in tekst["nl"] and lid_en in tekst["en"]
    assert ("(Bi 7.1 lid 5)" in tekst["nl"]) is plafond and ("(Bi 7.1(5))" in tekst["en"]) is plafond


_Z_ROUTE = {"geboortedatum": "1970-02-02", "nationaliteit": "SO", "verblijfsvergunning": "asiel_bepaalde_tijd",
            "verblijf_verkregen_datum": "2023-05-01", "brp_inschrijving_datum": "2023-05-15", "pip_datum": "2023-08-30",
            "leerroute": "z_route", "z_route_pvt_map_uren": 40}


@pytest.mark.parametrize(("peildatum", "feiten", "cursus", "nl", "en"), [
    ("2024-06-01", {}, 800, "De norm van 800 cursusuren (Bi 3.14 lid 2 onder a).",
     "The norm of 800 course hours (Bi 3.14(2)(a))."),
    ("2024-06-01", {"z_route_cursusuren_voor_wijziging": 120, "z_route_uren_in_mindering_gebracht": 1000}, 680,
     "min 120 uren gevolgd vóór de wijziging naar de Z-route (Bi 5.4 lid 4 onder c). De 1.000 uren die het college "
     "in mindering bracht, tellen niet", "less 120 hours taken before the change to the Z route (Bi 5.4(4)(c)). The "
     "1,000 hours the municipality deducted do not count"),
    ("2025-10-01", {"z_route_cursusuren_voor_wijziging": 120, "z_route_uren_in_mindering_gebracht": 100}, 580,
     "min 100 uren die het college in mindering bracht (Bi 3.14 lid 9).",
     "less 100 hours the municipality deducted (Bi 3.14(9))."),
    # the text of 2022: Bi 5.4 had no lid 2 yet, so the deduction was lid 3 c (`uitleg._bi_5_4_lid`)
    ("2022-10-01", {"verblijf_verkregen_datum": "2022-02-01", "brp_inschrijving_datum": "2022-02-15",
                    "pip_datum": "2022-05-01", "z_route_cursusuren_voor_wijziging": 120}, 680,
     "min 120 uren gevolgd vóór de wijziging naar de Z-route (Bi 5.4 lid 3 onder c).",
     "less 120 hours taken before the change to the Z route (Bi 5.4(3)(c))."),
])
def test_the_z_route_norms_say_where_their_numbers_come_from(client, peildatum, feiten, cursus, nl, en):
    """Bi 3.14 lid 2 a and b give the norms, Bi 5.4 lid 4 c, 3.14 lid 9 (from 2025-09-01) and 3.14 lid 5 what is
    deducted; the explanation names each number with its lid, on both sides of lid 9's start. A review found the
    norms explained by the facts given only."""
    uit = _uit(client, {**_Z_ROUTE, **feiten}, peildatum)
    assert uit["besluiten"]["z_route_cursusuren_vereist"] == cursus
    tekst = uit["toelichting"]["z_route_cursusuren_vereist"]["uitleg"]
    assert nl in tekst["nl"] and en in tekst["en"]
    assert uit["besluiten"]["z_route_participatie_uren_vereist"] == 760
    tekst = uit["toelichting"]["z_route_participatie_uren_vereist"]["uitleg"]
    assert "De norm van 800 uren voor asielstatushouders (Bi 3.14 lid 2 onder b), min 40 uren gemoeid met het PVT " \
           "en de MAP (Bi 3.14 lid 5)." in tekst["nl"]
    assert "less 40 hours spent on the PVT and the MAP (Bi 3.14(5))." in tekst["en"]


@pytest.mark.parametrize(("verwijtbaarheid", "bedrag", "nl", "en"), [
    ("opzet", 100, "(opzet: 100 %, Bi 7.1 lid 4)", "(intent: 100%, Bi 7.1(4))"),
    ("verminderd_verwijtbaar", 25, "(verminderde verwijtbaarheid: 25 %, Bi 7.1 lid 4)",
     "(reduced culpability: 25%, Bi 7.1(4))"),
])
def test_the_art_23_fine_names_the_percentage_of_culpability(client, verwijtbaarheid, bedrag, nl, en):
    """Bi 7.1 lid 4 sets a percentage per degree of culpability; the explanation names the one applied."""
    persoon = {**_Z_ROUTE, "pip_onvoldoende_medewerking": True, "boete_art_23_eerdere_aantal": 1,
               "gemeentelijke_boetes_opgelegd_bedrag": 0, "verwijtbaarheid": verwijtbaarheid}
    uit = _uit(client, persoon, "2024-06-01")
    assert uit["besluiten"]["boete_art_23_bedrag"] == bedrag
    tekst = uit["toelichting"]["boete_art_23_bedrag"]["uitleg"]
    assert nl in tekst["nl"] and en in tekst["en"]


def test_no_sentence_about_an_earlier_duo_fine_without_one_made_known(client):
    """Before the act (2022-01-01) the rule for a first or next art. 24/25 fine is false for everyone; the explanation
    of the amount said "DUO maakte op None een boetebeschikking ... bekend" (a review). Only a decision made known on
    or before the peildatum is named."""
    for peildatum in ("2021-06-01", "2024-06-01"):
        uit = _uit(client, {**STATUSHOUDER}, peildatum)
        for naam in ("boete_art_24_bedrag", "boete_art_25_maximum_bedrag"):
            tekst = uit["toelichting"][naam]["uitleg"]
            assert "None" not in tekst["nl"] + tekst["en"], (peildatum, naam)
            assert "boetebeschikking van art." not in tekst["nl"], (peildatum, naam)


@pytest.mark.parametrize(("artikel", "nl", "en"), [
    ("24", "als het onderdeel dan niet is afgerond (Wi 24 lid 3); die boete stelt weer een nieuwe termijn",
     "DUO then imposes a fine of €340 (Bi 7.2(1); lower for special circumstances, para. 3)."),
    ("25", "als de leerroute dan niet is behaald (Wi 24 lid 3, via Wi 25 lid 2)",
     "DUO then imposes a fine of at most €1,000, set under Bi 7.2(2) (Wi 26(1)(d))."),
])
def test_the_next_duo_fine_says_duo_imposes_it_and_what_it_is_about(client, artikel, nl, en):
    """Wi 24 lid 3 and 4: "Onze Minister legt ... een bestuurlijke boete op" (not: whether is DUO's decision); art. 24
    is about completing the PVT or the MAP, art. 25 about achieving the route (Wi 25 lid 1 "behaald")."""
    persoon = {**STATUSHOUDER, f"boete_art_{artikel}_bekendmaking_datum": "2026-01-20",
               f"boete_art_{artikel}_nieuwe_termijn_maanden": 12, f"boete_art_{artikel}_aantal": 1}
    uit = _uit(client, persoon, "2026-03-01")
    tekst = uit["toelichting"][f"volgende_boete_art_{artikel}_mogelijk_vanaf"]["uitleg"]
    assert nl in tekst["nl"] and en in tekst["en"], tekst
    assert "beslist DUO" not in tekst["nl"] and "DUO's decision" not in tekst["en"]
    # Wi 27: with bijstand lowered for the same conduct no amount is promised (a review)
    achterwege = _uit(client, {**persoon, f"bijstand_verlaagd_gedraging_art_{artikel}": True}, "2026-03-01")
    tekst = achterwege["toelichting"][f"volgende_boete_art_{artikel}_mogelijk_vanaf"]["uitleg"]
    assert "legt DUO geen boete op (Wi 27)" in tekst["nl"] and "DUO imposes no fine (Wi 27)" in tekst["en"]
    assert "DUO legt dan een boete op" not in tekst["nl"]


def test_the_next_duo_fine_names_the_amount_of_the_day_it_can_come(client):
    """The next art. 24 fine comes on `volgende_boete_art_24_mogelijk_vanaf`: its amount is the one in force then,
    under a reform that changes it after the peildatum too (a review: it was the peildatum's)."""
    persoon = {**STATUSHOUDER, "boete_art_24_bekendmaking_datum": "2026-01-20",
               "boete_art_24_nieuwe_termijn_maanden": 12, "boete_art_24_aantal": 1}
    hervorming = {"parameters": {"boetes.art_24_bedrag": {"2027-01-01": 500},
                                 "boetes.wi_26_maximum.art_24": {"2027-01-01": 500}}}
    uit = _uit(client, persoon, "2026-03-01", hervorming=hervorming)
    assert uit["besluiten"]["volgende_boete_art_24_mogelijk_vanaf"] > "2027-01-01"
    tekst = uit["toelichting"]["volgende_boete_art_24_mogelijk_vanaf"]["uitleg"]
    assert "een boete op van € 500 (" in tekst["nl"] and "a fine of €500 (" in tekst["en"], tekst


def test_a_family_migrants_participation_norm_is_none_by_lid_3_not_by_a_dispensation(client):
    """Bi 3.14 lid 3 applies only parts a and c to family and other migrants: there is no part b to be relieved of
    (Bi 2.7 lid 3 c). A review found the dispensation given as the reason."""
    persoon = {**GEZINSMIGRANT, "leerroute": "z_route", "ontheffing": "gedeeltelijk_belemmering",
               "ontheffing_participatiegedeelte_z_route": True}
    uit = _uit(client, persoon, "2025-10-01")
    assert uit["besluiten"]["z_route_participatie_uren_vereist"] == 0
    tekst = uit["toelichting"]["z_route_participatie_uren_vereist"]["uitleg"]
    assert "(lid 3)" in tekst["nl"] and "Bi 2.7 lid 3 c" not in tekst["nl"]
    assert "(para. 3)" in tekst["en"] and "Bi 2.7(3)(c)" not in tekst["en"]


def test_ontzorgen_cites_the_lid_of_its_six_months(client):
    """Pw 56a lid 2 sets the six months from the day the right to bijstand arises; lid 1 whom it applies to."""
    uit = _uit(client, {**STATUSHOUDER, "bijstand_recht_datum": "2023-11-01"}, "2024-01-01")
    tekst = uit["toelichting"]["ontzorgen_einddatum"]["uitleg"]
    assert "(Pw 56a lid 1 en 2, I42)" in tekst["nl"] and "(Pw 56a(1) and (2), I42)" in tekst["en"], tekst


@pytest.mark.parametrize(("bekendmaking", "lid_3"), [("2023-08-01", True), ("2023-08-02", False)])
def test_the_art_22_explanation_reads_the_lid_the_rule_chose(client, bekendmaking, lid_3):
    """I34 on both sides of the peildatum: a first decision made known on the peildatum makes lid 3 decide, one made
    known the day after does not yet. The explanation reads the rule's choice (`boete_art_22_na_eerste_beschikking`)
    rather than comparing the days itself (a review)."""
    persoon = {"geboortedatum": "1990-06-15", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2023-01-10", "brp_inschrijving_datum": "2023-02-01",
               "gemeentelijke_boetes_opgelegd_bedrag": 250, "boete_art_22_bekendmaking_datum": bekendmaking,
               "brede_intake_niet_verschenen_binnen_nieuwe_termijn": True,
               "brede_intake_niet_verschenen_na_herhaalde_oproep": True}
    uit = _uit(client, persoon, "2023-08-01")
    assert uit["besluiten"]["boete_art_22_bedrag"] == 250
    tekst = uit["toelichting"]["boete_art_22_bedrag"]["uitleg"]
    assert ("(Wi 22 lid 2 en 3)" in tekst["nl"]) is lid_3 and ("(Wi 22(2) and (3))" in tekst["en"]) is lid_3
    assert ("Wi 22 lid 1;" in tekst["nl"]) is not lid_3


@pytest.mark.parametrize(("bekendmaking", "genoemd"), [("2026-03-01", True), ("2026-03-02", False)])
def test_an_earlier_duo_fine_decision_is_named_from_the_day_it_was_made_known(client, bekendmaking, genoemd):
    """The other side of the sentence about an earlier art. 24 decision: made known on the peildatum, it is named
    (and no next fine comes before the new term ends); made known the day after, not yet."""
    persoon = {**STATUSHOUDER, "boete_art_24_bekendmaking_datum": bekendmaking,
               "boete_art_24_nieuwe_termijn_maanden": 12, "boete_art_24_aantal": 1}
    uit = _uit(client, persoon, "2026-03-01")
    tekst = uit["toelichting"]["boete_art_24_bedrag"]["uitleg"]
    assert ("boetebeschikking van art. 24 bekend" in tekst["nl"]) is genoemd, tekst
    assert ("art. 24 fine decision known" in tekst["en"]) is genoemd


def test_the_new_term_of_a_duo_fine_names_its_extension(client):
    """Wi 24 lid 2, second sentence, applies Wi 12 lid 1 a to the new term (I62): the months granted extend it, and
    the explanation says so; without them the sentence has no extension."""
    persoon = {"geboortedatum": "1992-04-20", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-11-01", "pip_datum": "2023-03-14",
               "leerroute": "b1_route", "map_afgerond_datum": "2024-06-01",
               "boete_art_24_bekendmaking_datum": "2026-04-15", "boete_art_24_aantal": 1,
               "boete_art_24_nieuwe_termijn_maanden": 12}
    zonder = _uit(client, persoon, peildatum="2027-06-01")
    met = _uit(client, {**persoon, "boete_art_24_nieuwe_termijn_verlenging_maanden": 6}, peildatum="2027-06-01")
    assert zonder["besluiten"]["nieuwe_termijn_art_24_einddatum"] == "2027-04-15"
    assert met["besluiten"]["nieuwe_termijn_art_24_einddatum"] == "2027-10-15"
    assert (met["besluiten"]["boete_art_24_bedrag"], zonder["besluiten"]["boete_art_24_bedrag"]) == (0, 340)
    tekst = met["toelichting"]["nieuwe_termijn_art_24_einddatum"]["uitleg"]
    assert "verlengd met zes maanden (Wi 24 lid 2, tweede zin, met Wi 12 lid 1 a)" in tekst["nl"], tekst["nl"]
    assert "extended by six months (Wi 24(2), second sentence, with Wi 12(1)(a))" in tekst["en"], tekst["en"]
    # not given: none, and the answer says so (a review of the diff)
    assert ("schuift de laatste dag op, en is niet gegeven"
            in zonder["toelichting"]["nieuwe_termijn_art_24_einddatum"]["uitleg"]["nl"])


@pytest.mark.parametrize(("leerroute", "genoemd"), [("z_route", True), ("b1_route", False)])
def test_a_family_migrant_in_the_z_route_is_told_the_college_offers_its_parts(client, leerroute, genoemd):
    """Wi 16 lid 1's course is for asylum permit holders (the decision stays false), but Bi 3.14 lid 1 has the college
    offer every obligated person in the Z-route its parts: the explanation says so (I63; a legal review found a bare
    "nee" beside z_route_mogelijk true)."""
    persoon = {"geboortedatum": "1990-05-05", "nationaliteit": "MA", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2023-01-10", "pip_datum": "2023-06-01",
               "leerroute": leerroute}
    uit = _uit(client, persoon, peildatum="2024-03-01")
    assert uit["besluiten"]["leerroute_aanbod_door_gemeente"] is False
    tekst = uit["toelichting"]["leerroute_aanbod_door_gemeente"]["uitleg"]
    assert ("biedt het college wel de onderdelen van die route aan (Bi 3.14 lid 1, I63)" in tekst["nl"]) is genoemd
    assert ("it does offer that route's parts (Bi 3.14(1), I63)" in tekst["en"]) is genoemd


def test_a_person_wholly_relieved_has_no_z_route_norm_and_is_told_why(client):
    """Wi 5: wholly relieved, no learning route (I7), so no Z-route norms; a legal review found 800 hours each."""
    persoon = {"geboortedatum": "1968-02-02", "nationaliteit": "ER", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2023-10-01", "pip_datum": "2024-01-10", "leerroute": "z_route",
               "ontheffing": "volledig_belemmering"}
    uit = _uit(client, persoon, peildatum="2024-12-01")
    for naam in ("z_route_cursusuren_vereist", "z_route_participatie_uren_vereist"):
        assert uit["besluiten"][naam] == 0
        assert "de persoon is geheel ontheven (Wi 5), hoeft de inburgeringsplicht niet te voldoen en volgt geen " \
            "leerroute (I7)" in uit["toelichting"][naam]["uitleg"]["nl"]
