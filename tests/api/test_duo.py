"""DUO's answers in: the mapping of each DUO enum member, each kind of duo_vergelijking, each DUO PIP check,
400 when persoon and DUO disagree, the batch form, DUO's events on the timeline."""

from __future__ import annotations

import copy
from datetime import datetime

import pytest
from duo_gevallen import BLOKKEN
from inburgering_rules.api.duo import PERSOON, VOORBEELD, VOORBEELDEN, DuoDienst
from inburgering_rules.api.service import Dienst

from inburgering_rules import duo
from inburgering_rules.hervormingen import basissysteem

PEILDATUM = VOORBEELD["peildatum"]
TERMIJNSTART = "/duo/inburgeringstermijn/startdatum"


def wettelijk(artikel: str, datum: str) -> float:
    """The fine amounts of the law, as `api.duo.DuoDienst.wettelijk_bedrag` (art. 24 amount, art. 25 maximum)."""
    return art_24(datum) if artikel == "24" else 1000.0


def art_24(datum: str) -> float:
    return float(basissysteem().parameters(datum).boetes.art_24_bedrag)


def termijn_maanden(dag: str) -> int:
    """Wi 11 lid 1's term in months, as `api.duo.DuoDienst.termijn_maanden`."""
    return int(basissysteem().parameters(dag).termijnen.inburgeringstermijn_maanden)


def invoer(blokken: dict, peildatum: str = PEILDATUM) -> dict:
    mapped = duo.naar_invoer(blokken, peildatum, art_24, termijn_maanden=termijn_maanden)
    return {naam: waarde for naam, (waarde, _) in mapped.items()}


# The example's blocks with a term DUO did not extend (it ends three years after its start, Wi 11 lid 1).
ONVERLENGD = {**VOORBEELDEN, "inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-01-10"},
              "verlengingen": []}


def post(client, blokken: dict, persoon: dict | None = None, peildatum: str = PEILDATUM, **headers):
    body = {"peildatum": peildatum, "persoon": PERSOON if persoon is None else persoon, "duo": blokken}
    return client.post("/v1/beoordeling/duo", json=body, headers=headers)


def pip(leerroute="B", niveau=None, dagtekening="2024-01-10", **extra) -> dict:
    blok = {"dagtekeningPip": dagtekening, "leerroute": leerroute, **extra}
    return {"gemeentecode": "0363", "pip": blok | ({"niveau": niveau} if niveau else {})}


# ---- every DUO enum member the mapping uses --------------------------------------------------------------
@pytest.mark.parametrize(("lid", "leerroute"), [("B", "b1_route"), ("O", "onderwijsroute"), ("Z", "z_route")])
def test_leerroute_member(lid, leerroute):
    assert invoer({"pip": pip(lid)}) == {"pip_datum": "2024-01-10", "leerroute": leerroute}


@pytest.mark.parametrize(("lid", "verblijfsdoel"), [
    ("Asielstatushouder", None),
    ("Geestelijk bedienaar", "geestelijk_bedienaar"),
    ("Gezinshereniger", "gezinsmigratie"),
    ("Gezinshereniger met Asielstatushouder", "gezinslid_van_asielstatushouder"),
    ("Gezinsvormer", "gezinsmigratie"),
    ("Gezinsvormer met Asielstatushouder", "gezinslid_van_asielstatushouder"),
    ("Overig", "overig_niet_tijdelijk"),
])
def test_gedetailleerde_doelgroep_member(lid, verblijfsdoel):
    assert invoer({"doelgroep": {"gedetailleerdeDoelgroep": lid}}).get("verblijfsdoel") == verblijfsdoel


@pytest.mark.parametrize("lid", [lid for lid, r in duo.LEDEN["GedetailleerdeDoelgroep"].items() if r.waarde])
def test_gedetailleerde_doelgroep_gives_no_purpose_when_duo_says_not_obligated(lid):
    """DUO classifies only obligated persons: once its indicator is false (here the purpose changed) the
    doelgroep says nothing about the purpose now (was: verblijfsdoel filled all the same)."""
    doelgroep = {"gedetailleerdeDoelgroep": lid}
    niet = {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Verblijfsdoel gewijzigd"}
    assert "verblijfsdoel" not in invoer({"doelgroep": doelgroep, "inburgeringsplicht": niet})
    wel = {"indicatorInburgeringsplicht": True}
    assert "verblijfsdoel" in invoer({"doelgroep": doelgroep, "inburgeringsplicht": wel})


def test_a_purpose_duo_no_longer_holds_does_not_make_the_person_obligated(client):
    """A regular permit: the duty turns on the purpose (Wi 3 lid 1 a). DUO's "Overig" of a person it no
    longer holds obligated gives no purpose, so the answer is the same as without DUO (was:
    inburgeringsplichtig true on overig_niet_tijdelijk)."""
    persoon = {**{k: v for k, v in PERSOON.items() if k != "verblijfsdoel"},
               "verblijfsvergunning": "regulier_bepaalde_tijd"}
    niet = {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Verblijfsdoel gewijzigd"}
    blokken = {"inburgeringsplicht": niet, "doelgroep": {"gedetailleerdeDoelgroep": "Overig"}}
    inhoud = post(client, blokken, persoon).json()
    assert "verblijfsdoel" not in inhoud["duo_invoer"]
    assert inhoud["besluiten"]["inburgeringsplichtig"] is None
    assert post(client, {}, persoon).json()["besluiten"]["inburgeringsplichtig"] is None


@pytest.mark.parametrize(("reden", "verwacht"), [
    ("AVI", {"voldoende_ingeburgerd_vastgesteld": True}),
    ("DIP", {"vrijstellend_diploma": True}),
    ("DOC", {"vrijstellend_diploma": True}),
    ("GED", {}),
    ("INB", {"vrijstellend_diploma": True}),
    ("INS", {"opleiding_naar_vrijstellend_diploma": True}),
    ("OPL", {"opleiding_naar_vrijstellend_diploma": True}),
])
def test_reden_vrijstelling_member_when_granted_and_refused(reden, verwacht):
    toegekend = {"vrijstellingen": [{"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": reden}}]}
    afgewezen = {"vrijstellingen": [{"GeheleVrijstelling": {"oordeel": "Afwijzing", "reden": reden}}]}
    assert invoer(toegekend) == verwacht
    assert invoer(afgewezen) == {}


@pytest.mark.parametrize(("peildatum", "geldt"), [
    ("2024-01-31", False), ("2024-02-01", True), ("2026-07-31", True), ("2026-08-01", False)])
def test_temporary_exemption_only_inside_its_period(peildatum, geldt):
    blok = {"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "INS", "startdatum": "2024-02-01",
                                       "einddatum": "2026-07-31"}}
    assert invoer({"vrijstellingen": [blok]}, peildatum) == ({"opleiding_naar_vrijstellend_diploma": True} if geldt else {})


@pytest.mark.parametrize(("blok", "naam"), [
    ({"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "DIP", "datumOordeel": "2025-06-01"}},
     "vrijstellend_diploma"),
    ({"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "INS", "datumOordeel": "2025-06-01"}},
     "opleiding_naar_vrijstellend_diploma"),
])
def test_an_exemption_judged_after_the_peildatum_is_not_granted_yet(blok, naam):
    """As an ontheffing: a grant judged after the peildatum did not exempt on it (was: it did); the day itself
    counts."""
    assert invoer({"vrijstellingen": [blok]}, "2025-05-31") == {}
    assert invoer({"vrijstellingen": [blok]}, "2025-06-01") == {naam: True}


def test_partial_exemption_fills_no_input():
    assert invoer({"vrijstellingen": [b for b in BLOKKEN["vrijstellingen"] if "GedeeltelijkeVrijstelling" in b]}) == {}


@pytest.mark.parametrize(("soort", "grond", "oordeel", "ontheffing"), [
    ("GeheleOntheffing", "MED", "Toekenning", "volledig_belemmering"),
    ("GeheleOntheffing", "BIO", "Toekenning", "volledig_bijzondere_omstandigheden"),
    ("GedeeltelijkeOntheffing", "MED", "Toekenning", "gedeeltelijk_belemmering"),
    ("GedeeltelijkeOntheffing", "BIO", "Toekenning", None),  # no member for it, and a grant is no "geen"
    ("GeheleOntheffing", "MED", "Afwijzing", "geen"),
    ("GedeeltelijkeOntheffing", "MED", "Afwijzing", "geen"),
])
def test_ontheffing_member(soort, grond, oordeel, ontheffing):
    blok = {soort: {"oordeel": oordeel, "datumOordeel": "2024-06-01", "grond": grond}}
    assert invoer({"ontheffingen": [blok]}) == ({} if ontheffing is None else {"ontheffing": ontheffing})


def test_a_granted_partial_bio_ontheffing_is_no_geen(client):
    """The rules have no partial ontheffing on grond BIO: a grant gives no input at all, so the case system
    may give gedeeltelijk_belemmering itself (was: "geen", a 400 against it); a whole ontheffing still comes
    first."""
    bio = {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "BIO"}}
    med = {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "MED"}}
    geheel = {"GeheleOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "MED"}}
    assert invoer({"ontheffingen": [bio, med]}) == {}
    assert invoer({"ontheffingen": [bio, geheel]}) == {"ontheffing": "volledig_belemmering"}
    persoon = {**PERSOON, "ontheffing": "gedeeltelijk_belemmering"}
    antwoord = post(client, {**VOORBEELDEN, "ontheffingen": [bio]}, persoon)
    assert antwoord.status_code == 200, antwoord.text
    assert "ontheffing" not in antwoord.json()["duo_invoer"]


def test_whole_ontheffing_comes_before_partial_and_absent_list_maps_nothing():
    assert invoer({"ontheffingen": BLOKKEN["ontheffingen"][3:] + BLOKKEN["ontheffingen"][:2]}) == {
        "ontheffing": "volledig_belemmering"}
    assert invoer({"ontheffingen": []}) == {"ontheffing": "geen"}
    assert invoer({}) == {}


@pytest.mark.parametrize(("lid", "status"), [
    ("Volledige ontheffing", "ontheven"), ("Volledige vrijstelling", "vrijgesteld"),
    ("Inburgeringsplicht voldaan", "voldaan"), ("Verblijfsdoel gewijzigd", "niet_plichtig"),
    ("Vertrek uit Nederland langer dan een jaar", "niet_plichtig"), ("Overlijden", "niet_plichtig"),
    ("Overig", "niet_plichtig"), ("Tijdelijke vrijstelling", "vrijgesteld"),
])
def test_reden_geen_inburgeringsplicht_member(lid, status):
    assert status in duo.STATUS
    reden = "redenGeenInburgeringsplicht"
    assert duo.duo_status({"indicatorInburgeringsplicht": False, reden: lid}) == (status, reden)
    assert duo.duo_status({"indicatorInburgeringsplicht": True}) == ("plichtig", "indicatorInburgeringsplicht")
    # the indicator wins over a reason given with it, and then it is the field named
    assert duo.duo_status({"indicatorInburgeringsplicht": True, reden: lid}) == (
        "plichtig", "indicatorInburgeringsplicht")


@pytest.mark.parametrize(("lid", "doelgroep"), [
    ("Asielstatushouder", "asielstatushouder"), ("Gezinsmigrant en overige migrant", "gezinsmigrant_of_overige_migrant")])
def test_doelgroepindeling_member(lid, doelgroep):
    besluiten = {"doelgroep": "asielstatushouder"}
    verschil = duo.vergelijking({"doelgroep": {"indeling": lid}}, {}, besluiten, {}, wettelijk, PEILDATUM)
    assert verschil == ([] if doelgroep == "asielstatushouder" else [
        {**verschil[0], "soort": "doelgroep", "duo": lid, "wet": "asielstatushouder"}])


@pytest.mark.parametrize("lid", list(duo.LEDEN["AsielrechtenWijzigingVerblijfsdoel"]))
def test_asielrechten_member_explains_a_doelgroep_difference(lid):
    blok = {"indeling": "Asielstatushouder", "asielrechtenWijzigingVerblijfsdoel": lid}
    [verschil] = duo.vergelijking({"doelgroep": blok}, {}, {"doelgroep": "gezinsmigrant_of_overige_migrant"}, {},
                                  wettelijk, PEILDATUM)
    assert lid in verschil["toelichting"]["nl"] and lid in verschil["toelichting"]["en"]
    assert duo.LEDEN["AsielrechtenWijzigingVerblijfsdoel"][lid].en in verschil["toelichting"]["en"]


@pytest.mark.parametrize(("lid", "genoemd", "waarschuwing"), [
    ("Toegekend", True, False), ("Afgewezen", False, False), ("InBehandeling", False, True)])
def test_verlenging_member(lid, genoemd, waarschuwing):
    blokken = {"inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-07-10"},
               "verlengingen": [{"beoordelingAanvraag": lid, "ontvangstdatum": "2026-10-01"}]}
    [verschil] = duo.vergelijking(blokken, {}, {"inburgeringstermijn_einddatum": "2027-01-10"}, {}, wettelijk,
                                  PEILDATUM)
    assert ("requests granted: 1" in verschil["toelichting"]["en"]) is genoemd
    assert bool(duo.overige_waarschuwingen(blokken, PEILDATUM, art_24)) is waarschuwing


@pytest.mark.parametrize(("bedrag", "datum", "artikel"), [
    (340, "2027-08-02", "24"), (340.0, "2027-08-02", "24"), (341, "2027-08-02", "25"),
    (500, "2027-08-02", "25"),
    # below the art. 24 amount: an art. 24 fine lowered (Bi 7.2 lid 3) or an art. 25 fine, DUO does not say
    (339, "2027-08-02", None), (170, "2027-08-02", None)])
def test_boete_article_from_the_amount_in_force(bedrag, datum, artikel):
    assert duo.boete_artikel(bedrag, datum, art_24) == artikel


def test_boetes_give_counts_and_latest_dates():
    boetes = {"boetes": BLOKKEN["boetes"] + [{"bedrag": 340, "datum": "2029-09-03"}]}
    assert invoer(boetes, "2030-01-01") == {
        "boete_art_24_aantal": 2, "boete_art_24_bekendmaking_datum": "2029-09-03",
        "boete_art_25_aantal": 2, "boete_art_25_bekendmaking_datum": "2029-09-01"}
    # a fine dated after the peildatum was not imposed yet (and the day itself counts)
    assert invoer(boetes, "2029-09-02") == {
        "boete_art_24_aantal": 1, "boete_art_24_bekendmaking_datum": "2027-08-02",
        "boete_art_25_aantal": 2, "boete_art_25_bekendmaking_datum": "2029-09-01"}
    assert invoer(boetes, "2027-08-01") == {"boete_art_24_aantal": 0, "boete_art_25_aantal": 0}
    assert invoer(boetes, "2029-09-03")["boete_art_24_bekendmaking_datum"] == "2029-09-03"  # the day itself
    assert invoer({"boetes": []}) == {"boete_art_24_aantal": 0, "boete_art_25_aantal": 0}


def test_a_fine_of_unknown_article_maps_no_fines_and_is_named(client):
    """EUR 170 is below the art. 24 amount: a lowered art. 24 fine (Bi 7.2 lid 3) or an art. 25 fine. Counts
    without it would be wrong, so DUO gives no fine input (the answer is that without DUO's fines), names the
    fine and does not compare it (was: read as art. 25, with nothing named); the case system gives the
    counts."""
    blokken = {"inburgeringsplicht": {"indicatorInburgeringsplicht": True}, "pip": pip(),
               "inburgeringstermijn": TERMIJN, "boetes": [{"bedrag": 170, "datum": "2027-03-01"}]}
    inhoud = post(client, blokken, peildatum="2027-04-01").json()
    assert not [naam for naam in inhoud["duo_invoer"] if naam.startswith("boete_")]
    assert inhoud["duo_vergelijking"] == []
    zonder = post(client, {**blokken, "boetes": []}, peildatum="2027-04-01").json()
    assert inhoud["besluiten"] == zonder["besluiten"]
    [waarschuwing] = [w for w in inhoud["waarschuwingen"] if w["controle"] == "boete_artikel_onbekend"]
    assert waarschuwing["pad"] == "/duo/boetes/0/bedrag"
    for tekst in (waarschuwing["nl"], waarschuwing["en"]):
        assert "€ 170 " in tekst and "2027-03-01" in tekst and "7.2" in tekst
        assert "boete_art_25_aantal" in tekst
    gegeven = {**PERSOON, "boete_art_24_aantal": 1, "boete_art_24_bekendmaking_datum": "2027-03-01",
               "boete_art_25_aantal": 0}
    besluiten = post(client, blokken, gegeven, peildatum="2027-04-01").json()["besluiten"]
    assert besluiten["boete_art_24_bedrag"] == 0  # the next art. 24 fine only after the new term
    # with a fine of known article beside it: still no fine input; a fine after the peildatum blocks nothing
    naast = {"boetes": [{"bedrag": 340, "datum": "2027-02-01"}, {"bedrag": 170, "datum": "2027-03-01"}]}
    assert invoer(naast, "2027-04-01") == {}
    assert invoer(naast, "2027-02-28") == {
        "boete_art_24_aantal": 1, "boete_art_24_bekendmaking_datum": "2027-02-01", "boete_art_25_aantal": 0}
    assert duo.overige_waarschuwingen(naast, "2027-02-28", art_24) == []


def test_an_ontheffing_judged_after_the_peildatum_is_not_granted_yet():
    gehele = {"oordeel": "Toekenning", "datumOordeel": "2025-06-01", "grond": "MED"}
    ontheffing = {"ontheffingen": [{"GeheleOntheffing": gehele}]}
    assert invoer(ontheffing, "2025-05-31")["ontheffing"] == "geen"
    assert invoer(ontheffing, "2025-06-01")["ontheffing"] == "volledig_belemmering"
    # without a day of judgment: DUO reports it as granted, so it counts
    zonder_dag = {"ontheffingen": [{"GeheleOntheffing": {"oordeel": "Toekenning", "grond": "MED"}}]}
    assert invoer(zonder_dag, "2025-05-31")["ontheffing"] == "volledig_belemmering"


def examen(onderdeel: str, niveau: str | None = None, resultaat: str = "Geslaagd", datum: str = "2025-06-03"):
    return {"examendatum": datum, "resultaat": resultaat, "onderdeel": onderdeel} | (
        {"niveau": niveau} if niveau else {})


def test_exam_results_give_knm_and_the_language_parts_passed_at_the_pips_level():
    """Bi 4.4 lid 2 c: KNM passed, and the language parts passed at the level of lid 2 a (the PIP's, at least A2),
    each part once; a fail or no result is not passed."""
    examens = [examen("KNM"), examen("LE", "B1"), examen("LE", "B2"), examen("LU", "B1", "Gezakt"),
               examen("SC", "A2"), {"examendatum": "2025-06-03", "resultaat": "Geen", "onderdeel": "SP",
                                    "redenGeenResultaat": "Absent"}]
    assert invoer({"examens": examens, "pip": pip("B", "B1")}) == {
        "knm_behaald": True, "taalonderdelen_behaald_aantal": 1, "pip_datum": "2024-01-10", "leerroute": "b1_route"}
    gevonden = invoer({"examens": examens, "pip": pip("B", "A2")})
    assert gevonden["taalonderdelen_behaald_aantal"] == 2  # A2 counts when the PIP sets A2
    # a PIP without a level: B1 for the B1-route (as DUO reads it), at least A2 for the Z-route
    assert invoer({"examens": examens, "pip": pip("B")})["taalonderdelen_behaald_aantal"] == 1
    assert invoer({"examens": examens, "pip": pip("Z")})["taalonderdelen_behaald_aantal"] == 2
    assert duo.naar_invoer({"examens": examens}, PEILDATUM, art_24)["knm_behaald"] == (
        True, "/duo/examens/0/resultaat")


def test_exam_results_without_a_pass_prove_nothing_and_later_exams_do_not_count():
    """Parts passed in the onderwijsroute count as passed too (Bi 5.4) and are not in DUO's list: without a KNM
    pass knm_behaald is not filled (not "false"), and the count of language parts is a lower bound. An exam taken
    after the peildatum does not count yet (the day itself counts)."""
    assert invoer({"examens": [], "pip": pip("B", "B1")}) == {
        "taalonderdelen_behaald_aantal": 0, "pip_datum": "2024-01-10", "leerroute": "b1_route"}
    later = {"examens": [examen("KNM", datum="2025-06-03"), examen("SP", "B1", datum="2025-06-03")],
             "pip": pip("B", "B1")}
    assert "knm_behaald" not in invoer(later, "2025-06-02")
    assert invoer(later, "2025-06-02")["taalonderdelen_behaald_aantal"] == 0
    assert {k: invoer(later, "2025-06-03")[k] for k in ("knm_behaald", "taalonderdelen_behaald_aantal")} == {
        "knm_behaald": True, "taalonderdelen_behaald_aantal": 1}
    assert "taalonderdelen_behaald_aantal" not in invoer({"pip": pip("B", "B1")})  # no list: nothing known


def test_exams_before_the_pip_do_not_count():
    """Bi 5.3 lid 5 (I41): an exam taken before the PIP's day (2024-01-10) does not count, one on that day does;
    the first PIP's day comes from the term when DUO gives it. Without the PIP's day the list counts as given."""
    examens = [examen("KNM", datum="2024-01-09"), examen("SP", "B1", datum="2024-01-09"),
               examen("LE", "B1", datum="2024-01-10")]
    gevonden = invoer({"examens": examens, "pip": pip("B", "B1")})
    assert "knm_behaald" not in gevonden
    assert gevonden["taalonderdelen_behaald_aantal"] == 1
    termijn = {"startdatum": "2024-01-09", "einddatum": "2027-01-08"}  # the first PIP: 2024-01-08
    eerder = invoer({"examens": examens, "pip": pip("B", "B1"), "inburgeringstermijn": termijn})
    assert (eerder["knm_behaald"], eerder["taalonderdelen_behaald_aantal"]) == (True, 2)
    assert invoer({"examens": examens})["taalonderdelen_behaald_aantal"] == 2


def test_exams_before_the_pip_the_case_system_gave_do_not_count(client):
    """Without DUO's PIP blocks the PIP's day the case system gave (`persoon.pip_datum`) decides which exams count
    (Bi 5.3 lid 5): before, exams of the day before the PIP counted as passed. DUO's own day goes first."""
    examens = [examen("KNM", datum="2024-01-09"), examen("SP", "B1", datum="2024-01-09"),
               examen("LE", "B1", datum="2024-01-10")]
    gegeven = {naam: waarde for naam, (waarde, _) in
               duo.naar_invoer({"examens": examens}, PEILDATUM, art_24, "2024-01-10").items()}
    assert "knm_behaald" not in gegeven and gegeven["taalonderdelen_behaald_aantal"] == 1
    duo_eerst = duo.naar_invoer({"examens": examens, "pip": pip("B", "B1", "2024-01-09")}, PEILDATUM, art_24,
                                "2024-01-10")
    assert duo_eerst["taalonderdelen_behaald_aantal"][0] == 2
    antwoord = post(client, {"examens": examens}, {**PERSOON, "pip_datum": "2024-01-10"})
    assert antwoord.status_code == 200, antwoord.text
    assert "knm_behaald" not in antwoord.json()["duo_invoer"]
    assert antwoord.json()["duo_invoer"]["taalonderdelen_behaald_aantal"]["waarde"] == 1


@pytest.mark.parametrize(("examens", "met_pip", "aantal", "onbekend"), [
    ([examen("LE", "B1"), examen("LU", "B2")], False, 2, []),  # B1 and up count at every PIP level
    ([examen("LE", "B1"), examen("LU", "A2")], False, 1, [1]),  # A2 counts only at a PIP on A2: named
    ([examen("LE", "B1"), examen("LU")], True, 1, [1]),  # a pass without a level: named
    ([examen("LE", "B1"), examen("LE")], True, 1, []),  # ... unless that part already counts
    ([examen("LE", "A2")], True, 0, []),  # below the PIP's B1: does not count, and is known not to
])
def test_a_part_of_unknown_level_is_not_counted_and_is_named(examens, met_pip, aantal, onbekend):
    blokken = {"examens": examens} | ({"pip": pip("B", "B1")} if met_pip else {})
    assert invoer(blokken)["taalonderdelen_behaald_aantal"] == aantal
    waarschuwingen = duo.overige_waarschuwingen(blokken, PEILDATUM, art_24)
    assert [w["pad"] for w in waarschuwingen] == [f"/duo/examens/{i}/niveau" for i in onbekend]
    assert all(w["controle"] == "examen_niveau_onbekend" for w in waarschuwingen)


def test_the_rule_for_the_level_says_what_counts_without_a_pip():
    """Without a PIP a pass at B1 or higher counts (no PIP level is higher), one at A2 or without a level is
    named (docs/duo.md said such a pass does not count)."""
    [veld] = [v for v in duo.VELDEN if (v.blok, v.veld) == ("examens", "[].niveau")]
    assert "zonder PIP telt een uitslag op B1 of hoger" in veld.nl
    assert "without a PIP a pass at B1 or higher counts" in veld.en
    blokken = {"examens": [examen("LE", "B2"), examen("LU", "A2"), examen("SC")]}
    assert invoer(blokken)["taalonderdelen_behaald_aantal"] == 1
    assert len(duo.overige_waarschuwingen(blokken, PEILDATUM, art_24)) == 2


def test_exam_results_reach_the_extension_for_considerable_effort(client):
    """The example person (B1-route, PIP at B1, PVT and MAP done, all lessons followed) with KNM and one language
    part passed: Bi 4.4 lid 2 c is not met (two parts needed), so no extension; with a second part at B1 it is. The
    term not extended yet (the example's extension to 2027-07-10 would put the peildatum before Bi 4.5 lid 1's day)."""
    persoon = {**PERSOON, "alle_lessen_gevolgd": True}
    besluit = "verlenging_aanzienlijke_inspanning_mogelijk"
    blokken = ONVERLENGD
    een = post(client, blokken, persoon).json()
    assert een["duo_invoer"]["taalonderdelen_behaald_aantal"] == {"waarde": 1, "bron": "/duo/examens"}
    assert een["duo_invoer"]["knm_behaald"] == {"waarde": True, "bron": "/duo/examens/0/resultaat"}
    assert (een["besluiten"][besluit], een["status"][besluit]) == (False, "besloten")
    twee = copy.deepcopy(blokken)
    twee["examens"].append(examen("SC", "B1", datum="2026-03-02"))
    twee = post(client, twee, persoon).json()
    assert twee["duo_invoer"]["taalonderdelen_behaald_aantal"]["waarde"] == 2
    assert (twee["besluiten"][besluit], twee["status"][besluit]) == (True, "besloten")
    tegen = post(client, VOORBEELDEN, persoon={**PERSOON, "knm_behaald": False})
    assert tegen.status_code == 400 and tegen.json()["fouten"][0]["pad"] == "/persoon/knm_behaald"


def test_the_case_system_may_raise_duos_count_of_parts_but_not_lower_it(client):
    """A part passed in the onderwijsroute (Bi 5.4) or at a level DUO's answer leaves open is not in DUO's count:
    a larger number in persoon stands (no contradiction, and it is not DUO's); a smaller one contradicts DUO. The term
    not extended (as `test_exam_results_reach_the_extension_for_considerable_effort`)."""
    persoon = {**PERSOON, "alle_lessen_gevolgd": True}
    besluit = "verlenging_aanzienlijke_inspanning_mogelijk"
    hoger = post(client, ONVERLENGD, {**persoon, "taalonderdelen_behaald_aantal": 2}).json()
    assert "taalonderdelen_behaald_aantal" not in hoger["duo_invoer"]
    assert hoger["besluiten"][besluit] is True
    gelijk = post(client, VOORBEELDEN, {**persoon, "taalonderdelen_behaald_aantal": 1})  # equal: persoon's
    assert gelijk.status_code == 200 and "taalonderdelen_behaald_aantal" not in gelijk.json()["duo_invoer"]
    lager = post(client, VOORBEELDEN, {**persoon, "taalonderdelen_behaald_aantal": 0})
    assert lager.status_code == 400
    assert lager.json()["fouten"][0]["pad"] == "/persoon/taalonderdelen_behaald_aantal"
    knm = post(client, {**VOORBEELDEN, "examens": []}, {**persoon, "knm_behaald": True})
    assert knm.status_code == 200 and "knm_behaald" not in knm.json()["duo_invoer"]


def test_the_case_system_may_say_a_fine_was_sent_after_its_date_but_not_before(client):
    """DUO's `Boete.datum` is the date of the decision; it is read as the day it was made known (Awb 3:41). Sent
    later, the objection term runs later: a later day in persoon stands (it was a 400, so the earlier term could not
    be corrected); an earlier one contradicts DUO, since a decision is not made known before its date."""
    blokken = {"boetes": [{"bedrag": 340, "datum": "2026-11-02"}]}
    dag = "boete_art_24_bekendmaking_datum"
    later = post(client, blokken, {**PERSOON, dag: "2026-11-05"}, peildatum="2026-12-01")
    assert later.status_code == 200, later.text
    assert dag not in later.json()["duo_invoer"]
    assert later.json()["besluiten"]["boete_art_24_bezwaartermijn_einddatum"] == "2026-12-17"  # 6 weeks (Awb 6:7)
    eerder = post(client, blokken, {**PERSOON, dag: "2026-11-01"}, peildatum="2026-12-01")
    assert eerder.status_code == 400 and eerder.json()["fouten"][0]["pad"] == f"/persoon/{dag}"


@pytest.mark.parametrize("bedrag", [True, "340", 340.5])
def test_a_fine_amount_is_a_number_of_whole_euros(client, bedrag):
    """DUO's `Boete.bedrag` is whole euros, 1..9999: 340.5 was read as an art. 25 fine."""
    body = {"peildatum": "2028-01-01", "duo": {"boetes": [{"bedrag": bedrag, "datum": "2027-08-02"}]}}
    antwoord = client.post("/v1/duo/invoer", json=body)
    assert antwoord.status_code == 400 and antwoord.json()["fouten"][0]["pad"] == "/duo/boetes/0/bedrag"
    if bedrag == 340.5:  # the message says what is allowed (a review: "a multiple of 1", "1 * n")
        fout = antwoord.json()["fouten"][0]
        assert (fout["nl"], fout["en"]) == ("Moet een geheel getal zijn", "Must be a whole number")
    assert client.post("/v1/duo/invoer", json={**body, "duo": {"boetes": [{"bedrag": 340.0, "datum": "2027-08-02"}]}}
                       ).status_code == 200


def test_each_route_reads_its_own_shape(client):
    """A batch body on the single route was read as a batch: 500 for 0 or 2 persons. Each route now reads its own
    model, so a body of the other shape is a 400 naming the field."""
    geval = {"persoon": PERSOON, "duo": VOORBEELDEN}
    for personen in ([], [geval], [geval, geval]):
        antwoord = client.post("/v1/beoordeling/duo", json={"peildatum": PEILDATUM, "personen": personen})
        assert antwoord.status_code == 400, antwoord.text
        assert {f["pad"] for f in antwoord.json()["fouten"]} >= {"/personen", "/duo"}
    antwoord = client.post("/v1/beoordeling/duo/batch", json={"peildatum": PEILDATUM, **geval})
    assert antwoord.status_code == 400
    assert {f["pad"] for f in antwoord.json()["fouten"]} >= {"/personen", "/persoon", "/duo"}
    goed = client.post("/v1/beoordeling/duo/batch", json={"peildatum": PEILDATUM, "personen": [geval]})
    assert goed.status_code == 200 and len(goed.json()["resultaten"]) == 1


def test_a_granted_ontheffing_without_a_value_in_the_rules_is_named(client):
    """A partial ontheffing on ground BIO gives no input (`test_a_granted_partial_bio_ontheffing_is_no_geen`): a
    warning now says so, pointing at DUO's field, instead of nothing (the rules would read no ontheffing)."""
    bio = {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "BIO"}}
    med = {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "MED"}}
    antwoord = post(client, {**VOORBEELDEN, "ontheffingen": [bio, med]})
    assert antwoord.status_code == 200, antwoord.text
    waarschuwingen = [w for w in antwoord.json()["waarschuwingen"] if w["controle"] == "ontheffing_zonder_waarde"]
    assert [w["pad"] for w in waarschuwingen] == ["/duo/ontheffingen/0/GedeeltelijkeOntheffing/grond"]
    assert "2024-06-01" in waarschuwingen[0]["en"] or "1 juni 2024" in waarschuwingen[0]["nl"]
    alleen_med = post(client, {**VOORBEELDEN, "ontheffingen": [med]}).json()
    assert not [w for w in alleen_med["waarschuwingen"] if w["controle"] == "ontheffing_zonder_waarde"]


def test_a_pass_before_the_pip_is_named(client):
    """Bi 5.3 lid 5 (I41): a pass before the PIP's day does not count and gave no word; a warning now names each,
    not one on the PIP's day, a fail, or one after the peildatum."""
    examens = [examen("KNM", datum="2024-01-09"), examen("SP", "B1", datum="2024-01-09"),
               examen("LE", "B1", datum="2024-01-10"), examen("LU", "B1", "Gezakt", datum="2024-01-08")]
    waarschuwingen = duo.overige_waarschuwingen({"examens": examens, "pip": pip("B", "B1")}, PEILDATUM, art_24)
    assert [w["pad"] for w in waarschuwingen if w["controle"] == "examen_voor_pip"] == [
        "/duo/examens/0/examendatum", "/duo/examens/1/examendatum"]
    assert not [w for w in duo.overige_waarschuwingen({"examens": examens}, PEILDATUM, art_24)
                if w["controle"] == "examen_voor_pip"]  # without the PIP's day every pass counts
    antwoord = post(client, {"examens": examens}, {**PERSOON, "pip_datum": "2024-01-10"})
    assert antwoord.status_code == 200, antwoord.text
    assert sum(w["controle"] == "examen_voor_pip" for w in antwoord.json()["waarschuwingen"]) == 2


def test_every_mapped_input_exists_in_the_rules():
    namen = set()
    for sleutel, blokken in BLOKKEN.items():
        for blok in blokken:
            namen |= set(invoer({sleutel: [blok] if duo.BLOKKEN[sleutel][2] else blok}, "2030-01-01"))
    assert {f"boete_art_{a}_{n}" for a in ("24", "25") for n in ("aantal", "bekendmaking_datum")} <= namen
    assert namen <= set(basissysteem().variables)


# ---- the API: inputs, 400 on disagreement --------------------------------------------------------------
def test_answer_has_decisions_duo_inputs_and_receipt(client):
    inhoud = post(client, VOORBEELDEN).json()
    assert inhoud["besluiten"]["inburgeringsplichtig"] is True
    assert inhoud["besluiten"]["inburgeringstermijn_startdatum"] == "2024-01-11"
    assert inhoud["duo_invoer"]["pip_datum"] == {"waarde": "2024-01-10", "bron": TERMIJNSTART}
    assert inhoud["duo_invoer"]["leerroute"]["waarde"] == "b1_route"
    assert inhoud["ontvangstbewijs"]["peildatum"] == PEILDATUM and inhoud["toelichting"]


def test_same_as_beoordeling_with_the_mapped_inputs(client):
    inhoud = post(client, VOORBEELDEN).json()
    persoon = {**PERSOON, **{n: h["waarde"] for n, h in inhoud["duo_invoer"].items()}}
    gewoon = client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": persoon}).json()
    assert inhoud["besluiten"] == gewoon["besluiten"] and inhoud["boetes"] == gewoon["boetes"]
    assert [g for g in inhoud["tijdlijn"] if g["soort"] != "duo"] == gewoon["tijdlijn"]


@pytest.mark.parametrize(("naam", "waarde", "bron"), [
    ("pip_datum", "2024-01-09", TERMIJNSTART),
    ("leerroute", "z_route", "/duo/pip/pip/leerroute"),
    ("kennisgeving_inburgeringsplicht_datum", "2023-10-17",
     "/duo/inburgeringsplicht/datumKennisgevingInburgeringsplicht"),
    ("ontheffing", "volledig_belemmering", "/duo/ontheffingen"),
    ("pvt_afgerond_datum", "2024-03-21", "/duo/pvt/datumOndertekeningPvt"),
])
def test_disagreement_is_a_400_naming_both(client, naam, waarde, bron):
    antwoord = post(client, VOORBEELDEN, {**PERSOON, naam: waarde}, **{"Accept-Language": "en"})
    assert antwoord.status_code == 400 and antwoord.headers["content-type"] == "application/problem+json"
    inhoud = antwoord.json()
    assert inhoud["titel"] == {"nl": "Persoon en DUO spreken elkaar tegen", "en": "Persoon and DUO disagree"}
    assert inhoud["title"] == "Persoon and DUO disagree"
    [fout] = inhoud["fouten"]
    assert fout["pad"] == f"/persoon/{naam}" and bron in fout["nl"] and bron in fout["en"]
    assert repr(waarde) in fout["en"] and fout["toegestaan"] == [invoer(VOORBEELDEN)[naam]]


def test_disagreement_on_verblijfsdoel_and_agreement_passes(client):
    blokken = {"doelgroep": {"gedetailleerdeDoelgroep": "Gezinsvormer"}}
    assert post(client, blokken, {**PERSOON, "verblijfsdoel": "overig_niet_tijdelijk"}).status_code == 400
    assert post(client, blokken, {**PERSOON, "verblijfsdoel": "gezinsmigratie"}).status_code == 200
    assert post(client, VOORBEELDEN, {**PERSOON, "pip_datum": "2024-01-10"}).status_code == 200


def test_impossible_facts_name_duos_field(client):
    zonder_termijn = {naam: blok for naam, blok in VOORBEELDEN.items() if naam != "inburgeringstermijn"}
    te_vroeg = {**zonder_termijn, "pip": pip(niveau="B1", dagtekening="2023-08-31")}
    antwoord = post(client, te_vroeg)
    assert antwoord.status_code == 400
    assert [f["pad"] for f in antwoord.json()["fouten"]] == ["/duo/pip/pip/dagtekeningPip"]
    geboren = post(client, VOORBEELDEN, {**PERSOON, "geboortedatum": "2027-01-01"})
    assert "/persoon/geboortedatum" in [f["pad"] for f in geboren.json()["fouten"]]


def test_a_later_pip_does_not_move_the_term(client):
    """Wi 11 lid 3: DUO's /PIP gives the current PIP; replaced or adopted again, it does not move the term,
    which DUO's Inburgeringstermijn.startdatum shows (the first PIP's day + 1)."""
    huidige = {"dagtekeningPip": "2025-02-01", "leerroute": "Z"}
    later = {**VOORBEELDEN, "pip": {"gemeentecode": "0363", "pip": huidige}}
    inhoud = post(client, later).json()
    assert inhoud["besluiten"]["inburgeringstermijn_startdatum"] == "2024-01-11"
    assert inhoud["duo_invoer"]["pip_datum"] == {"waarde": "2024-01-10", "bron": TERMIJNSTART}
    assert inhoud["duo_invoer"]["leerroute"]["waarde"] == "z_route"  # the current PIP's route
    zonder_termijn = {naam: blok for naam, blok in later.items() if naam != "inburgeringstermijn"}
    assert invoer(zonder_termijn)["pip_datum"] == "2025-02-01"


def test_toelichting_can_be_left_out(client):
    body = {**VOORBEELD, "toelichting": False}
    inhoud = client.post("/v1/beoordeling/duo", json=body).json()
    assert "toelichting" not in inhoud and "duo_vergelijking" in inhoud and inhoud["besluiten"]


def test_duo_invoer_route_only_maps(client):
    inhoud = client.post("/v1/duo/invoer", json={"peildatum": PEILDATUM, "duo": VOORBEELDEN}).json()
    assert inhoud["persoon"] == invoer(VOORBEELDEN)
    assert "besluiten" not in inhoud
    assert inhoud["herkomst"]["leerroute"] == "/duo/pip/pip/leerroute"


@pytest.mark.parametrize(("blokken", "pad", "toegestaan"), [
    ({"pip": {"gemeentecode": "0363", "pip": {"dagtekeningPip": "2024-01-10", "leerroute": "b1_route"}}},
     "/duo/pip/pip/leerroute", ["B", "O", "Z"]),
    ({"pvt": {"datumOndertekeningPvt": "20-03-2024"}}, "/duo/pvt/datumOndertekeningPvt", "YYYY-MM-DD"),
    ({"gebeurtenissen": [{"gebeurtenisId": "SS101", "registratieDatumTijd": "2024-02-30T10:00:00"}]},
     "/duo/gebeurtenissen/0/registratieDatumTijd", "YYYY-MM-DDThh:mm:ss+01:00"),
    ({"boetes": [{"bedrag": 0, "datum": "2027-08-02"}]}, "/duo/boetes/0/bedrag", ">= 1"),
    ({"inburgeringsplicht": {}}, "/duo/inburgeringsplicht/indicatorInburgeringsplicht", "boolean"),  # was: none
    ({"boetes": [{"bedrag": 340, "datum": "2027-08-02"}] * 201}, "/duo/boetes", "<= 200"),
])
def test_wrong_duo_block_is_a_400_naming_the_field(client, blokken, pad, toegestaan):
    antwoord = post(client, blokken)
    assert antwoord.status_code == 400
    [fout] = antwoord.json()["fouten"]
    assert fout["pad"] == pad and fout["nl"] and fout["en"]
    assert fout.get("toegestaan") == toegestaan or toegestaan in str(fout.get("toegestaan"))


# ---- duo_vergelijking: one per kind, both sides ------------------------------------------------------
def soorten(inhoud: dict) -> dict[str, dict]:
    return {v["soort"]: v for v in inhoud["duo_vergelijking"]}


def test_vergelijking_termijn_einde(client):
    """DUO's term end against the law's: an end a whole number of months later, where DUO shows an extension, gives
    the months (Wi 12; a review found them read as 0, and the term's fines as due); otherwise the comparison names the
    difference."""
    verlengd = post(client, VOORBEELDEN).json()
    assert verlengd["duo_invoer"]["termijn_verlenging_maanden"] == {"waarde": 6,
                                                                    "bron": "/duo/inburgeringstermijn/einddatum"}
    assert verlengd["besluiten"]["inburgeringstermijn_einddatum"] == "2027-07-10"
    assert "termijn_einde" not in soorten(verlengd)
    # two days more than six months: no whole number of months, so nothing is read, and the difference is named
    scheef = {**VOORBEELDEN, "inburgeringstermijn": {**VOORBEELDEN["inburgeringstermijn"], "einddatum": "2027-07-12"}}
    verschil = soorten(post(client, scheef).json())["termijn_einde"]
    assert (verschil["duo"], verschil["wet"]) == ("2027-07-12", "2027-01-10")
    assert verschil["besluit"] == "inburgeringstermijn_einddatum" and verschil["duo_veld"].endswith("/einddatum")
    assert {g["artikel"] for g in verschil["grondslag"]} == {"11", "12"}
    assert "Niet verwijtbaar" in verschil["toelichting"]["nl"]
    assert "termijn_verlenging_maanden" not in post(client, scheef).json()["duo_invoer"]
    # a later end without an extension DUO shows: not read either
    zonder = {**ONVERLENGD, "inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-07-10"}}
    antwoord = post(client, zonder).json()
    assert "termijn_verlenging_maanden" not in antwoord["duo_invoer"]
    assert (soorten(antwoord)["termijn_einde"]["duo"], soorten(antwoord)["termijn_einde"]["wet"]) == (
        "2027-07-10", "2027-01-10")
    # the case system's months that disagree with DUO's end: a 400 naming both
    tegen = post(client, VOORBEELDEN, {**PERSOON, "termijn_verlenging_maanden": 3})
    assert tegen.status_code == 400 and tegen.json()["fouten"][0]["pad"] == "/persoon/termijn_verlenging_maanden"
    assert post(client, VOORBEELDEN, {**PERSOON, "termijn_verlenging_maanden": 6}).status_code == 200


def test_vergelijking_doelgroep(client):
    blokken = {**VOORBEELDEN, "doelgroep": {"indeling": "Gezinsmigrant en overige migrant"}}
    verschil = soorten(post(client, blokken).json())["doelgroep"]
    assert (verschil["duo"], verschil["wet"]) == ("Gezinsmigrant en overige migrant", "asielstatushouder")
    assert {g["artikel"] for g in verschil["grondslag"]} >= {"13", "19"}
    assert "doelgroep" not in soorten(post(client, VOORBEELDEN).json())


def test_vergelijking_plicht(client):
    vrijgesteld = {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Volledige vrijstelling"}
    verschil = soorten(post(client, {**VOORBEELDEN, "inburgeringsplicht": vrijgesteld}).json())["plicht"]
    assert (verschil["duo"], verschil["wet"]) == ("vrijgesteld", "plichtig")
    assert verschil["duo_veld"] == "/duo/inburgeringsplicht/redenGeenInburgeringsplicht"  # where the status is from
    assert "Volledige vrijstelling" in verschil["toelichting"]["en"]
    diploma = [{"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "DIP"}}]
    eens = post(client, {**VOORBEELDEN, "inburgeringsplicht": vrijgesteld, "vrijstellingen": diploma}).json()
    assert eens["besluiten"]["vrijgesteld"] is True and "plicht" not in soorten(eens)
    assert "plicht" not in soorten(post(client, VOORBEELDEN).json())


def test_vergelijking_plicht_duty_met(client):
    voldaan = {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Inburgeringsplicht voldaan"}
    blokken = {**VOORBEELDEN, "inburgeringsplicht": voldaan}
    verschil = soorten(post(client, blokken).json())["plicht"]
    assert (verschil["duo"], verschil["wet"]) == ("voldaan", "plichtig")
    # it says which facts carry the completion (the rules do not take DUO's status as one; was: only the two values)
    for taal in ("nl", "en"):
        assert "leerroute_behaald_datum" in verschil["toelichting"][taal]
        assert "pvt_afgerond_datum" in verschil["toelichting"][taal]
    behaald = post(client, blokken, {**PERSOON, "leerroute_behaald_datum": "2026-06-30"}).json()
    assert behaald["besluiten"]["inburgeringsplicht_voldaan"] is True and "plicht" not in soorten(behaald)


def test_vergelijking_plicht_when_duo_knows_a_fact_the_rules_do_not():
    plicht = {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Overlijden"}
    besluiten = {"inburgeringsplichtig": True, "vrijgesteld": False, "reden_geen_inburgeringsplicht": "niet_van_toepassing"}
    [verschil] = duo.vergelijking({"inburgeringsplicht": plicht}, {}, besluiten, {}, wettelijk, PEILDATUM)
    assert (verschil["duo"], verschil["wet"]) == ("niet_plichtig", "plichtig")
    [zonder_reden] = duo.vergelijking({"inburgeringsplicht": {"indicatorInburgeringsplicht": False}}, {}, besluiten,
                                      {}, wettelijk, PEILDATUM)
    assert zonder_reden["duo_veld"] == "/duo/inburgeringsplicht/indicatorInburgeringsplicht"
    assert duo.vergelijking({"inburgeringsplicht": plicht}, {}, {**besluiten, "inburgeringsplichtig": None}, {},
                            wettelijk, PEILDATUM) == []


# A person past the end of the term (2027-01-10): PVT done, MAP not, route not achieved.
NA_TERMIJN = {**VOORBEELDEN, "inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-01-10"},
              "verlengingen": []}
NA_TERMIJN.pop("map")


def test_vergelijking_boete(client):
    boetes = [{"bedrag": 340, "datum": "2027-08-02"}, {"bedrag": 1250, "datum": "2027-08-02"},
              {"bedrag": 800, "datum": "2027-08-02"}]
    inhoud = post(client, {**NA_TERMIJN, "boetes": boetes}, peildatum="2027-09-01").json()
    # DUO's fines of 2027-08-02 are the decisions now known: no next fine on 2027-09-01 (Wi 24 lid 3-4, 25 lid 2) ...
    assert inhoud["besluiten"]["boete_art_24_bedrag"] == 0
    assert inhoud["besluiten"]["boete_art_25_maximum_bedrag"] == 0
    # ... but each is held against what the law gave for it on its day: EUR 340, at most EUR 1,000, and never a
    # second one under the same article on one day (Wi 24 lid 3-4, 25 lid 2)
    verschil, tweede = [v for v in inhoud["duo_vergelijking"] if v["soort"] == "boete"]
    assert (verschil["duo"], verschil["wet"], verschil["besluit"]) == (1250, 1000, "boete_art_25_maximum_bedrag")
    assert verschil["duo_veld"] == "/duo/boetes/1/bedrag" and "Wi 26" in verschil["toelichting"]["nl"]
    assert (tweede["duo_veld"], tweede["duo"], tweede["wet"]) == ("/duo/boetes/2/bedrag", 800, 0)
    assert "die dag al een boete" in tweede["toelichting"]["nl"]


@pytest.mark.parametrize(("datum", "gemeld"), [("2027-01-10", True), ("2027-01-11", False)])
def test_vergelijking_boete_dated_within_the_term(client, datum, gemeld):
    """Wi 24 lid 1: a fine only once the term (until 2027-01-10) has passed; on its last day DUO's fine is one the law
    does not give that day, the day after it is."""
    inhoud = post(client, {**NA_TERMIJN, "boetes": [{"bedrag": 340, "datum": datum}]}, peildatum="2027-09-01").json()
    verschillen = [v for v in inhoud["duo_vergelijking"] if v["soort"] == "boete"]
    assert bool(verschillen) == gemeld
    if gemeld:
        assert verschillen[0]["wet"] == 0 and "de termijn liep tot en met 2027-01-10" in verschillen[0]["toelichting"]["nl"]


def test_a_fine_of_the_art_24_amount_is_art_25_once_duo_rules_art_24_out(client):
    """PVT and MAP both done within the term (DUO's own blocks): no art. 24 fine can be (Wi 24 lid 1), so DUO's EUR 340
    is an art. 25 fine of that amount (Bi 7.2 lid 2). A review: it was read as art. 24 and reported as a fine the law
    does not give. With the MAP not done the same amount stays art. 24."""
    op_tijd = {**NA_TERMIJN, "map": {"datumEindgesprekMap": "2025-06-12"},
               "boetes": [{"bedrag": 340, "datum": "2027-08-02"}]}
    inhoud = post(client, op_tijd, peildatum="2027-09-01").json()
    aantallen = inhoud["duo_invoer"]["boete_art_24_aantal"], inhoud["duo_invoer"]["boete_art_25_aantal"]
    assert [a["waarde"] for a in aantallen] == [0, 1]
    assert inhoud["duo_invoer"]["boete_art_25_bekendmaking_datum"]["waarde"] == "2027-08-02"
    assert not [v for v in inhoud["duo_vergelijking"] if v["soort"] == "boete"]
    zonder_map = post(client, {**op_tijd, "map": None}, peildatum="2027-09-01").json()
    assert (zonder_map["duo_invoer"]["boete_art_24_aantal"]["waarde"],
            zonder_map["duo_invoer"]["boete_art_25_aantal"]["waarde"]) == (1, 0)
    voor_pip = post(client, {**op_tijd, "pvt": {"datumOndertekeningPvt": "2024-01-09"}}, peildatum="2027-09-01").json()
    assert voor_pip["duo_invoer"]["boete_art_24_aantal"]["waarde"] == 1  # a PVT before the PIP does not count
    later = {**op_tijd, "inburgeringstermijn": {**op_tijd["inburgeringstermijn"], "wijzigingsdatum": "2027-09-02"}}
    gewijzigd = post(client, later, peildatum="2027-09-01").json()  # the end DUO gives was set after the peildatum
    assert gewijzigd["duo_invoer"]["boete_art_24_aantal"]["waarde"] == 1
    laat = post(client, {**op_tijd, "map": {"datumEindgesprekMap": "2027-01-11"}}, peildatum="2027-09-01").json()
    # the MAP the day after the term: art. 24 stays possible
    assert laat["duo_invoer"]["boete_art_24_aantal"]["waarde"] == 1


@pytest.mark.parametrize("wijziging", [{"map": {"datumEindgesprekMap": "2027-01-10"}},  # the term's last day
                                       {"pvt": {"datumOndertekeningPvt": "2024-01-10"}},  # the PIP's own day
                                       {"wijzigingsdatum": "2027-09-01"}])  # the term's end set on the peildatum
def test_the_art_24_exclusion_holds_just_inside_each_line(client, wijziging):
    """The other side of each line above (the MAP a day late, the PVT a day before the PIP, the end set a day after the
    peildatum): on the line itself PVT and MAP count, so DUO's EUR 340 is an art. 25 fine."""
    op_tijd = {**NA_TERMIJN, "map": {"datumEindgesprekMap": "2025-06-12"},
               "boetes": [{"bedrag": 340, "datum": "2027-08-02"}]}
    if "wijzigingsdatum" in wijziging:
        op_tijd["inburgeringstermijn"] = {**op_tijd["inburgeringstermijn"], **wijziging}
    else:
        op_tijd.update(wijziging)
    inhoud = post(client, op_tijd, peildatum="2027-09-01").json()
    assert (inhoud["duo_invoer"]["boete_art_24_aantal"]["waarde"],
            inhoud["duo_invoer"]["boete_art_25_aantal"]["waarde"]) == (0, 1)


# ---- DUO's PIP checks: each fires, and does not fire just across its line ----------------------------
def controles(blokken: dict, invoer_: dict | None = None, doelgroep: str | None = "asielstatushouder") -> set[str]:
    """DUO's PIP checks on `blokken`, without the note that the term's block is absent (`pip_zonder_termijn`)."""
    return {w["controle"] for w in duo.pip_controles(blokken, invoer_ or {}, doelgroep)} - {"pip_zonder_termijn"}


def test_a_pip_without_the_terms_block_is_read_as_the_first_and_said_so():
    """Without DUO's inburgeringstermijn block the PIP is taken as the one that started the term (Wi 11 lid 2); if
    it is a later one the term computed is wrong (lid 3), so a warning says what was assumed."""
    zonder = {w["controle"] for w in duo.pip_controles({"pip": pip()}, {}, "asielstatushouder")}
    met = {w["controle"] for w in duo.pip_controles({"pip": pip(), "inburgeringstermijn": TERMIJN}, {},
                                                     "asielstatushouder")}
    assert "pip_zonder_termijn" in zonder and "pip_zonder_termijn" not in met


TERMIJN = {"startdatum": "2024-01-11", "einddatum": "2027-01-10"}


@pytest.mark.parametrize(("code", "wel", "niet", "invoer_"), [
    ("pip_voor_begin_plicht",
     {"pip": pip(niveau="B1"), "inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2024-01-11"}},
     {"pip": pip(niveau="B1"), "inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2024-01-10"}},
     None),
    ("pip_voor_eerdere_pip", {"pip": pip(niveau="B1", dagtekening="2024-01-09"), "inburgeringstermijn": TERMIJN},
     {"pip": pip(niveau="B1", dagtekening="2024-01-10"), "inburgeringstermijn": TERMIJN}, None),
    ("pip_a2_onderwijsroute", {"pip": pip("O", "A2")}, {"pip": pip("O", "B1")}, None),
    ("pip_b1_z_route", {"pip": pip("Z", "B1")}, {"pip": pip("Z", "A2")}, None),
    ("pip_a2_b1_route_eerste_pip", {"pip": pip("B", "A2")},
     {"pip": pip("B", "A2", dagtekening="2025-02-01"), "inburgeringstermijn": TERMIJN}, None),
    ("pip_niveau_b1_aangenomen", {"pip": pip("O")}, {"pip": pip("Z")}, None),
    ("pip_intensiteit_alleen_b1_asiel", {"pip": pip("O", "B1", geschatteIntensiteitB1Route=20)},
     {"pip": pip("B", "B1", geschatteIntensiteitB1Route=20)}, None),
    ("pip_niet_verwijderbaar", {"pip": pip(niveau="B1"), "inburgeringstermijn": TERMIJN}, {"pip": pip(niveau="B1")},
     None),
])
def test_pip_check(code, wel, niet, invoer_):
    assert code in controles(wel, invoer_)
    assert code not in controles(niet, invoer_)


def test_the_check_on_an_earlier_pip_says_it_compares_with_the_first_pip_only():
    """The request does not give DUO's current PIP: after a PIP adopted again (Wi 11 lid 3) it is no longer
    dated the day before the term (was: the message said it is)."""
    blokken = {"pip": pip(niveau="B1", dagtekening="2024-01-09"), "inburgeringstermijn": TERMIJN}
    [w] = [w for w in duo.pip_controles(blokken, {}, None) if w["controle"] == "pip_voor_eerdere_pip"]
    assert "alleen vergeleken met de eerste PIP" in w["nl"]
    assert "de huidige PIP, die het verzoek niet geeft" in w["nl"]
    assert "only with the first PIP" in w["en"]
    assert "the current PIP, which the request does not give" in w["en"]


def test_pip_check_settled_in_the_municipality():
    assert "pip_voor_vestiging" in controles({"pip": pip()}, {"brp_inschrijving_datum": "2024-01-11"})
    assert "pip_voor_vestiging" not in controles({"pip": pip()}, {"brp_inschrijving_datum": "2024-01-10"})
    # after a move: the new municipality's PIP is dated before settling there
    verhuisd = {"brp_inschrijving_datum": "2023-01-10",
                "brp_inschrijving_andere_gemeente_datum": "2024-01-11"}
    assert "pip_voor_vestiging" in controles({"pip": pip()}, verhuisd)
    assert "pip_voor_vestiging" not in controles({"pip": pip(dagtekening="2024-01-11")}, verhuisd)
    # unless DUO says the person settled with the previous municipality's PIP (SS121): that one is held against
    # settling in the previous municipality (a review found it held against the move)
    met_vorige = {"pip": pip(), "gebeurtenissen": [{"gebeurtenisId": "SS121",
                                                    "registratieDatumTijd": "2024-01-12T10:00:00+01:00"}]}
    assert "pip_voor_vestiging" not in controles(met_vorige, verhuisd)
    assert "pip_voor_vestiging" in controles(met_vorige, {**verhuisd, "brp_inschrijving_datum": "2024-01-11"})


def test_a_later_pip_dated_after_the_peildatum_gives_no_route_yet():
    """Wi 15 lid 1 a with I30 (I59): DUO's current PIP is a later one than the PIP the term runs from; dated after the
    peildatum its route is not in force yet, and the route before it is not in DUO's answer: no route is read (the
    case system is asked for it) and a warning says why. Dated on the peildatum, or the PIP of the term itself, its
    route is read."""
    blokken = {"inburgeringstermijn": TERMIJN, "pip": pip("Z", dagtekening="2024-06-02")}
    assert "leerroute" not in duo.naar_invoer(blokken, "2024-06-01", art_24)
    waarschuwingen = duo.overige_waarschuwingen(blokken, "2024-06-01", art_24)
    assert [w["controle"] for w in waarschuwingen] == ["latere_pip_na_peildatum"]
    assert duo.naar_invoer(blokken, "2024-06-02", art_24)["leerroute"] == ("z_route", "/duo/pip/pip/leerroute")
    # in force, the term and pip_datum stay the first PIP's: so does the objection term, which a warning says (a
    # review: the answer gave the first PIP's objection term as decided, without a word)
    [waarschuwing] = duo.overige_waarschuwingen(blokken, "2024-06-02", art_24)
    assert waarschuwing["controle"] == "latere_pip_bezwaartermijn" and "PIP van 2024-06-02" in waarschuwing["nl"]
    assert "(2024-01-10)" in waarschuwing["en"]
    assert duo.naar_invoer(blokken, "2024-06-02", art_24)["pip_datum"][0] == "2024-01-10"
    eerste = {"inburgeringstermijn": TERMIJN, "pip": pip("Z", dagtekening="2024-01-10")}
    assert duo.naar_invoer(eerste, "2023-12-01", art_24)["leerroute"] == ("z_route", "/duo/pip/pip/leerroute")
    assert duo.overige_waarschuwingen(eerste, "2024-06-02", art_24) == []  # the term's own PIP: no warning
    zonder_termijn = {"pip": pip("Z", dagtekening="2024-06-02")}
    assert duo.naar_invoer(zonder_termijn, "2024-06-01", art_24)["leerroute"] == ("z_route", "/duo/pip/pip/leerroute")


def test_after_a_move_duos_later_pip_is_the_other_municipalitys(client):
    """Bi 5.3 lid 3: with a term running from the first PIP, DUO's current PIP dated on or after the registration in
    the other municipality is that municipality's plan (`pip_andere_gemeente_datum`), which does its act; before
    the move, or without one, it is not."""
    blokken = {"inburgeringstermijn": TERMIJN, "pip": pip(dagtekening="2024-06-03")}
    assert duo.naar_invoer(blokken, PEILDATUM, art_24, None, "2024-06-03")["pip_andere_gemeente_datum"] == (
        "2024-06-03", "/duo/pip/pip/dagtekeningPip")
    assert "pip_andere_gemeente_datum" not in duo.naar_invoer(blokken, PEILDATUM, art_24, None, "2024-06-04")
    assert "pip_andere_gemeente_datum" not in invoer(blokken)
    persoon = {**PERSOON, "brp_inschrijving_andere_gemeente_datum": "2024-05-01"}
    antwoord = post(client, blokken, persoon, peildatum="2024-09-02")
    assert antwoord.status_code == 200, antwoord.text
    uit = antwoord.json()
    assert uit["duo_invoer"]["pip_andere_gemeente_datum"]["waarde"] == "2024-06-03"
    assert "pip_uiterste_datum" not in {v["besluit"] for v in uit["verlopen"]}


def test_pip_check_a2_on_b1_route_not_after_a_pip_of_the_previous_municipality():
    ss121 = [{"gebeurtenisId": "SS121", "registratieDatumTijd": "2024-01-02T10:00:00+01:00"}]
    assert "pip_a2_b1_route_eerste_pip" not in controles({"pip": pip("B", "A2"), "gebeurtenissen": ss121})


def test_pip_check_intensity_only_for_asylum_permit_holders():
    blokken = {"pip": pip("B", "B1", geschatteIntensiteitB1Route=20)}
    assert "pip_intensiteit_alleen_b1_asiel" in controles(blokken, doelgroep="gezinsmigrant_of_overige_migrant")
    assert "pip_intensiteit_alleen_b1_asiel" not in controles(blokken, doelgroep="asielstatushouder")


def test_pip_check_intensity_with_an_undetermined_doelgroep_is_not_a_certain_refusal():
    """A doelgroep the facts leave open (no verblijfsdoel beside a regular permit: perhaps a family member of an
    asylum permit holder, Wi 13 lid 1 b) may or may not be refused by DUO (was: "DUO refuses", as if certain)."""
    blokken = {"pip": pip("B", "B1", geschatteIntensiteitB1Route=20)}
    assert controles(blokken, doelgroep=None) == {"pip_intensiteit_doelgroep_onbepaald"}
    assert "pip_intensiteit_doelgroep_onbepaald" not in controles(blokken, doelgroep="asielstatushouder")
    assert "pip_intensiteit_doelgroep_onbepaald" not in controles(
        blokken, doelgroep="gezinsmigrant_of_overige_migrant")
    # outside the B1-route DUO refuses whatever the doelgroep
    assert "pip_intensiteit_alleen_b1_asiel" in controles({"pip": pip("O", "B1", geschatteIntensiteitB1Route=20)},
                                                         doelgroep=None)


def test_no_pip_no_checks():
    assert duo.pip_controles({"inburgeringstermijn": TERMIJN}, {}, None) == []


def test_warnings_in_the_answer_use_duos_doelgroep_else_ours(client):
    blokken = {**VOORBEELDEN, "pip": pip("B", "B1", geschatteIntensiteitB1Route=20), "verlengingen": [
        {"beoordelingAanvraag": "InBehandeling", "ontvangstdatum": "2026-11-20"}]}
    inhoud = post(client, blokken, **{"Accept-Language": "en"}).json()
    assert {w["controle"] for w in inhoud["waarschuwingen"]} == {"pip_niet_verwijderbaar", "verlenging_in_behandeling",
                                                                 "gedeeltelijke_vrijstelling"}
    blokken["doelgroep"] = {"indeling": "Gezinsmigrant en overige migrant"}
    waarschuwingen = post(client, blokken).json()["waarschuwingen"]
    assert "pip_intensiteit_alleen_b1_asiel" in {w["controle"] for w in waarschuwingen}
    zonder_doelgroep = {k: v for k, v in blokken.items() if k != "doelgroep"}
    assert "pip_intensiteit_alleen_b1_asiel" not in {
        w["controle"] for w in post(client, zonder_doelgroep).json()["waarschuwingen"]}
    assert all(w["nl"] and w["en"] and w["pad"].startswith("/duo/") for w in waarschuwingen)


# ---- DUO's events on the timeline ----------------------------------------------------------------------
def test_events_on_the_timeline_with_their_meaning(client):
    blokken = {**VOORBEELDEN, "gebeurtenissen": BLOKKEN["gebeurtenissen"]}
    for taal in ("nl", "en"):
        antwoord = post(client, blokken, **{"Accept-Language": taal})
        tijdlijn = antwoord.json()["tijdlijn"]
        assert [g["datum"] for g in tijdlijn] == sorted(g["datum"] for g in tijdlijn)
        gebeurtenissen = {g["naam"]: g for g in tijdlijn if g["soort"] == "duo"}
        assert set(gebeurtenissen) == set(duo.GEBEURTENISSEN)
        for code, (nl, en, raadplegen) in duo.GEBEURTENISSEN.items():
            g = gebeurtenissen[code]
            assert g["betekenis"] == {"nl": nl, "en": en} and g["omschrijving"] == (en if taal == "en" else nl)
            assert g["datum"] == g["tijdstip"][:10] and g["raadplegen"] == list(raadplegen)
        assert "123456782" not in antwoord.text and "1234567890" not in antwoord.text


def test_unknown_event_on_the_dutch_day():
    [g] = duo.gebeurtenissen({"gebeurtenissen": [{"gebeurtenisId": "SS999",
                                                  "registratieDatumTijd": "2024-03-31T23:30:00-01:00"}]}, "en")
    # 2024-04-01 00:30 UTC is 02:30 summer time in the Netherlands
    assert g["datum"] == "2024-04-01" and g["omschrijving"] == duo.ONBEKENDE_GEBEURTENIS[1]
    assert g["raadplegen"] == []


@pytest.mark.parametrize(("tijdstip", "lokaal"), [
    ("2024-03-31T00:59:59Z", "2024-03-31T01:59:59"),  # the last Sunday of March: CET until 01:00 UTC ...
    ("2024-03-31T01:00:00Z", "2024-03-31T03:00:00"),  # ... then CEST
    ("2024-10-27T00:59:59Z", "2024-10-27T02:59:59"),  # the last Sunday of October: CEST until 01:00 UTC ...
    ("2024-10-27T01:00:00Z", "2024-10-27T02:00:00"),  # ... then CET
    ("2023-12-31T22:59:59Z", "2023-12-31T23:59:59"),  # the year boundary in CET
    ("2023-12-31T23:00:00Z", "2024-01-01T00:00:00"),
    ("2024-01-01T00:30:00+01:00", "2024-01-01T00:30:00"),
    ("2023-10-15T23:30:00.250+00:00", "2023-10-16T01:30:00.250"),
    ("2023-10-15T23:30:00", "2023-10-15T23:30:00"),  # no offset: already Dutch time
])
def test_dutch_time_of_an_instant(tijdstip, lokaal):
    assert duo.nederlandse_tijd(tijdstip) == datetime.fromisoformat(lokaal)


@pytest.mark.parametrize(("tijdstip", "datum"), [
    ("2023-10-15T23:30:00Z", "2023-10-16"),  # CEST: 01:30 the next day (was: the UTC day, 2023-10-15)
    ("2023-10-28T22:30:00Z", "2023-10-29"),  # before the October switch: CEST
    ("2023-10-29T22:30:00Z", "2023-10-29"),  # after it: CET, 23:30
    ("2024-03-30T22:30:00Z", "2024-03-30"),  # before the March switch: CET, 23:30
    ("2024-03-31T22:30:00Z", "2024-04-01"),  # after it: CEST
    ("2023-12-31T23:30:00Z", "2024-01-01"),
    ("2023-10-15T23:30:00", "2023-10-15"),
])
def test_an_event_is_on_its_dutch_day(tijdstip, datum):
    melding = {"gebeurtenisId": "SS101", "registratieDatumTijd": tijdstip}
    [g] = duo.gebeurtenissen({"gebeurtenissen": [melding]}, "nl")
    assert g["datum"] == datum and g["tijdstip"] == tijdstip


# ---- the batch form ------------------------------------------------------------------------------------
GEVALLEN = [
    {"persoon": PERSOON, "duo": VOORBEELDEN},
    {"persoon": PERSOON, "duo": {**NA_TERMIJN, "boetes": [{"bedrag": 1250, "datum": "2027-08-02"}]}},
    {"persoon": {}, "duo": {"doelgroep": {"gedetailleerdeDoelgroep": "Gezinsvormer"}}},
]


def test_batch_equals_one_by_one(client):
    antwoord = client.post("/v1/beoordeling/duo/batch",
                           json={"peildatum": PEILDATUM, "personen": GEVALLEN, "toelichting": True})
    assert antwoord.status_code == 200
    resultaten = antwoord.json()["resultaten"]
    for geval, resultaat in zip(GEVALLEN, resultaten, strict=True):
        los = post(client, geval["duo"], geval["persoon"]).json()
        los.pop("ontvangstbewijs")
        assert resultaat == los


def test_the_duo_batch_pauses_the_collector(client, collector_tijdens):
    """The DUO batch makes many small objects per person, as the row batch does: the cyclic collector is paused
    while it reads, evaluates and completes the answers (`service.zonder_gc`), and on again after it."""
    import gc

    gezien = collector_tijdens(DuoDienst, "aanvul")
    assert gc.isenabled()
    antwoord = client.post("/v1/beoordeling/duo/batch", json={"peildatum": PEILDATUM, "personen": GEVALLEN})
    assert antwoord.status_code == 200 and gezien == [False] * len(GEVALLEN)
    assert gc.isenabled()


def test_the_amounts_of_the_law_are_as_the_parameters_give_them():
    """`DuoDienst.wettelijk_bedrag` reads the base system's parameters on the day (`geldend_recht.waarde_op_dag`): the
    same amounts, as euros, as the whole parameter tree of that day on the first day of the law and a later one, None
    on the day before it, also when asked again."""
    dienst = DuoDienst(Dienst())
    for _ in range(2):
        assert dienst.wettelijk_bedrag("24", "2021-12-31") is None
        assert dienst.wettelijk_bedrag("25", "2021-12-31") is None
        for dag in ("2022-01-01", "2026-12-01"):
            assert dienst.wettelijk_bedrag("24", dag) == art_24(dag) == 340.0
            assert dienst.wettelijk_bedrag("25", dag) == float(basissysteem().parameters(dag).boetes.art_25_maximum)
            assert type(dienst.wettelijk_bedrag("24", dag)) is float


def test_batch_is_one_evaluation_and_names_the_person_on_disagreement(client, evaluaties):
    inhoud = client.post("/v1/beoordeling/duo/batch", json={"peildatum": PEILDATUM, "personen": GEVALLEN * 5}).json()
    assert evaluaties == [15] and "toelichting" not in inhoud["resultaten"][0]
    strijdig = copy.deepcopy(GEVALLEN)
    strijdig[2]["persoon"] = {"verblijfsdoel": "geestelijk_bedienaar"}
    antwoord = client.post("/v1/beoordeling/duo/batch", json={"peildatum": PEILDATUM, "personen": strijdig})
    assert antwoord.status_code == 400
    [fout] = antwoord.json()["fouten"]
    assert fout["pad"] == "/personen/2/persoon/verblijfsdoel" and "/personen/2/duo/doelgroep" in fout["en"]


def test_empty_batch(client):
    inhoud = client.post("/v1/beoordeling/duo/batch", json={"peildatum": PEILDATUM, "personen": []}).json()
    assert inhoud["resultaten"] == []


# ---- DUO's fines on the version 2 inputs: the new term, the next fine, the objection term -------------
def test_duo_fines_reach_the_version_2_inputs(client):
    inhoud = post(client, {**NA_TERMIJN, "boetes": BLOKKEN["boetes"]}, peildatum="2029-10-01").json()
    assert {n: h["waarde"] for n, h in inhoud["duo_invoer"].items() if n.startswith("boete_")} == {
        "boete_art_24_aantal": 1, "boete_art_24_bekendmaking_datum": "2027-08-02",
        "boete_art_25_aantal": 2, "boete_art_25_bekendmaking_datum": "2029-09-01"}


def test_duo_fine_with_the_new_term_given_by_the_case_system(client):
    persoon = {**PERSOON, "boete_art_24_nieuwe_termijn_maanden": 12}
    inhoud = post(client, {**NA_TERMIJN, "boetes": [{"bedrag": 340, "datum": "2027-08-02"}]}, persoon,
                  peildatum="2027-09-01").json()
    besluiten = inhoud["besluiten"]
    # Wi 24 lid 2: twelve months from the day after it was made known (2027-08-03) end on 2028-08-02.
    assert besluiten["nieuwe_termijn_art_24_einddatum"] == "2028-08-02"
    assert besluiten["volgende_boete_art_24_mogelijk_vanaf"] == "2028-08-03"
    # Awb 6:7, 6:8: six weeks from 2027-08-03 end on Monday 2027-09-13.
    assert besluiten["boete_art_24_bezwaartermijn_einddatum"] == "2027-09-13"
    assert besluiten["nieuwe_termijn_art_25_einddatum"] is None and not inhoud["duo_vergelijking"]


# ---- OpenAPI -------------------------------------------------------------------------------------------
def test_openapi_has_the_routes_and_an_example_per_duo_block(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/beoordeling/duo", "/v1/beoordeling/duo/batch", "/v1/duo/invoer"} <= set(spec["paths"])
    componenten = spec["components"]["schemas"]
    antwoorden = componenten["DuoAntwoorden"]
    assert set(antwoorden["properties"]) == set(duo.BLOKKEN)
    for naam in ("DuoInburgeringsplicht", "DuoDoelgroep", "DuoInburgeringstermijn", "DuoGemeente", "DuoPip",
                 "DuoVrijstelling", "DuoOntheffing", "DuoDatumPvt", "DuoDatumMap", "DuoBoete",
                 "DuoVerlengingAanvraag", "DuoNotificatie"):
        assert componenten[naam]["examples"], naam
    voorbeeld = spec["paths"]["/v1/beoordeling/duo"]["post"]["responses"]["200"]["content"]["application/json"]
    assert voorbeeld["example"]["duo_invoer"]["termijn_verlenging_maanden"]["waarde"] == 6


def test_fine_dated_before_the_law_is_of_unknown_article(client, app):
    """Before the law (2022) there is no art. 24 amount to hold the fine against, so its amount tells no
    article, as one below that amount: not "25" (an art. 25 fine is not certain, its maximum is not in force
    either) and not "24". DUO then gives no fine input and names the fine."""
    antwoord = post(client, {"boetes": [{"bedrag": 340, "datum": "2021-12-31"}]})
    assert antwoord.status_code == 200
    assert "boete_artikel_onbekend" in {w["controle"] for w in antwoord.json()["waarschuwingen"]}
    dienst = DuoDienst(Dienst())
    assert dienst.art_24_bedrag("2021-12-31") is None and dienst.art_24_bedrag("2022-01-01") == 340
    assert duo.boete_artikel(340, "2021-12-31", dienst.art_24_bedrag) is None


def test_a_full_exemption_duo_granted_that_the_facts_do_not_show_is_compared(client):
    """GED fills no input (the rules know no partial exemption): the law on the facts given says "not exempt"; the
    answer names DUO's grant beside it (was silent, with fines of art. 24 and 25)."""
    toegekend = {"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "GED"}}
    ged = {**VOORBEELDEN, "vrijstellingen": [toegekend]}
    inhoud = post(client, ged).json()
    assert inhoud["besluiten"]["vrijgesteld"] is False
    [item] = [v for v in inhoud["duo_vergelijking"] if v["soort"] == "vrijstelling"]
    assert item["duo"] == "GED" and item["duo_veld"] == "/duo/vrijstellingen/0/GeheleVrijstelling/reden"
    afwijzing = {"GeheleVrijstelling": {"oordeel": "Afwijzing", "reden": "GED"}}
    afgewezen = {**VOORBEELDEN, "vrijstellingen": [afwijzing]}
    assert "vrijstelling" not in soorten(post(client, afgewezen).json())


def test_an_exemption_for_sufficient_integration_duo_granted_exempts(client):
    """AVI (Wi 4 lid 1 e) is the Minister's judgment that the person "heeft aangetoond al voldoende te zijn
    ingeburgerd"; DUO's answer does not hold the facts of Bi 2.3 it rests on, so the judgment is the input
    (`voldoende_ingeburgerd_vastgesteld`). Before, the person came out not exempt, with fines of art. 24 and 25."""
    toegekend = {"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "AVI"}}
    inhoud = post(client, {**VOORBEELDEN, "vrijstellingen": [toegekend]}).json()
    assert inhoud["duo_invoer"]["voldoende_ingeburgerd_vastgesteld"]["waarde"] is True
    assert inhoud["besluiten"]["vrijgesteld"] is True
    assert inhoud["besluiten"]["vrijstellingsgrond"] == "voldoende_ingeburgerd"
    assert "vrijstelling" not in soorten(inhoud)


def test_two_fines_under_one_article_on_one_day_count_once():
    """The law gives no second art. 24 fine on the day of the first (Wi 24 lid 3-4): DUO's list with such a pair
    gives a count of 2, not 3 (the comparison reports the duplicate)."""
    boetes = [{"bedrag": 340, "datum": "2027-08-02"}, {"bedrag": 340, "datum": "2029-09-03"},
              {"bedrag": 340, "datum": "2029-09-03"}]
    uit = invoer({"boetes": boetes}, peildatum="2030-01-01")
    assert uit["boete_art_24_aantal"] == 2 and uit["boete_art_24_bekendmaking_datum"] == "2029-09-03"


def test_a_term_without_the_pip_block_asks_for_the_route(client):
    """DUO's term gives the PIP's day (the day before its start) but not the route the PIP set: with a PIP a route is
    always set (Wi 15 lid 1 a, I44), so it is asked, and what depends on it (the MAP) is not decided; with the route
    given it is."""
    blokken = {naam: blok for naam, blok in VOORBEELDEN.items() if naam != "pip"}
    zonder = post(client, blokken, {k: v for k, v in PERSOON.items() if k != "leerroute"}).json()
    assert zonder["duo_invoer"]["pip_datum"]["bron"].startswith("/duo/inburgeringstermijn")
    assert "map_verplicht" in {n for o in zonder["ontbrekende_gegevens"] if o["invoer"] == "leerroute"
                               for n in o["nodig_voor"]}
    met = post(client, blokken, {**PERSOON, "leerroute": "b1_route"}).json()
    assert "leerroute" not in {o["invoer"] for o in met["ontbrekende_gegevens"]}
    assert met["besluiten"]["map_verplicht"] is not None


def test_an_oversized_duo_block_is_refused_before_it_is_validated(client):
    """2,000,000 unknown names inside a DUO block held the worker for 18 s (a review): a person's DUO answers are
    small, so an object with more than `DUO_MAX_NAMEN` names, or more than `DUO_MAX_WAARDEN` values in all, is a 400
    naming where, on each DUO route, before pydantic walks it."""
    from inburgering_rules.api.duo import DUO_MAX_NAMEN, DUO_MAX_WAARDEN

    veel_namen = {"pvt": {f"k{i}": 1 for i in range(DUO_MAX_NAMEN + 1)}}
    veel_waarden = {"examens": [examen("KNM")] * (DUO_MAX_WAARDEN // 3)}
    for blokken, pad in ((veel_namen, "/duo/pvt"), (veel_waarden, "/duo")):
        for route, body in (("/v1/duo/invoer", {"peildatum": PEILDATUM, "duo": blokken}),
                            ("/v1/beoordeling/duo", {"peildatum": PEILDATUM, "persoon": PERSOON, "duo": blokken}),
                            ("/v1/beoordeling/duo/batch", {"peildatum": PEILDATUM,
                                                           "personen": [{"persoon": PERSOON, "duo": blokken}]})):
            antwoord = client.post(route, json=body)
            assert antwoord.status_code == 400, (route, antwoord.text)
            verwacht = pad.replace("/duo", "/personen/0/duo", 1) if route.endswith("batch") else pad
            assert antwoord.json()["fouten"][0]["pad"] == verwacht, route
            assert {"nl", "en"} <= set(antwoord.json()["fouten"][0])


def test_a_duo_answer_at_the_size_limits_is_read(client):
    """The other side of `test_an_oversized_duo_block_is_refused_before_it_is_validated`: a block of exactly
    `DUO_MAX_NAMEN` names is not refused for its size (unknown names are named one by one), nor is an answer of
    exactly `DUO_MAX_WAARDEN` values (its list is then refused by the schema's own bound); one value more is."""
    from inburgering_rules.api.duo import DUO_MAX_NAMEN, DUO_MAX_WAARDEN

    grens = client.post("/v1/duo/invoer", json={"peildatum": PEILDATUM,
                                                "duo": {"pvt": {f"k{i}": 1 for i in range(DUO_MAX_NAMEN)}}})
    assert grens.status_code == 400 and grens.json()["fouten"][0]["pad"] != "/duo/pvt"
    # the values of {"examens": [n exams of 3 fields]}: the block's name, n exams, 3 fields each
    n = (DUO_MAX_WAARDEN - 1) // 4
    for aantal, te_groot in ((n, False), (n + 1, True)):
        antwoord = client.post("/v1/duo/invoer", json={"peildatum": PEILDATUM,
                                                       "duo": {"examens": [examen("KNM")] * aantal}})
        assert antwoord.status_code == 400
        fout = antwoord.json()["fouten"][0]
        assert (fout["pad"] == "/duo" and fout["nl"] == f"Meer dan {DUO_MAX_WAARDEN} waarden") == te_groot, aantal


def test_a_granted_partial_exemption_is_named_not_dropped(client):
    """docs/duo.md: nothing DUO holds is dropped without a word; a partial exemption (for an exam part) gives no input,
    so a warning names it once granted on or before the peildatum (a review found it dropped silently)."""
    blok = {"GedeeltelijkeVrijstelling": {"reden": "GED", "oordeel": "Toekenning", "datumOordeel": "2024-06-03",
                                          "examenonderdeel": "LE", "examenniveau": "B1"}}

    def controles(peildatum: str, oordeel: str = "Toekenning") -> list[str]:
        vrijstelling = {"GedeeltelijkeVrijstelling": {**blok["GedeeltelijkeVrijstelling"], "oordeel": oordeel}}
        return [w["pad"] for w in duo.overige_waarschuwingen({"vrijstellingen": [vrijstelling]}, peildatum, art_24)
                if w["controle"] == "gedeeltelijke_vrijstelling"]

    assert controles("2024-06-03") == ["/duo/vrijstellingen/0/GedeeltelijkeVrijstelling"]
    assert controles("2024-06-02") == []  # judged after the peildatum
    assert controles("2024-06-03", "Afwijzing") == []
    assert "gedeeltelijke_vrijstelling" in [w["controle"] for w in post(client, VOORBEELDEN).json()["waarschuwingen"]]


def test_the_months_of_an_extension_are_read_for_every_start_and_length():
    """`duo._verlenging_maanden` finds N for a term of 36 + N months from every start of 2024 (month ends, 29
    February), N 1-24, and nothing for an end between two such ends or far away (a constant cost: a review measured a
    linear search at 2.4 ms for 2100-12-31)."""
    import numpy
    from inburgering_rules.datums import einde_termijn

    for start in numpy.arange(numpy.datetime64("2024-01-01"), numpy.datetime64("2025-01-01")):
        for n in (1, 2, 6, 11, 12, 13, 24):
            einde = str(einde_termijn(start, 36 + n))
            blokken = {"inburgeringstermijn": {"startdatum": str(start), "einddatum": einde,
                                               "verlengingsgrondcode": "NV"}}
            assert duo._verlenging_maanden(blokken, "2030-01-01", termijn_maanden) == n, (start, n)
    for einde in ("2027-07-12", "2100-12-31", "2027-01-10", "2026-06-01"):
        blokken = {"inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": einde, "verlengingsgrondcode": "NV"}}
        assert duo._verlenging_maanden(blokken, "2030-01-01", termijn_maanden) is None, einde


def test_an_extension_granted_after_the_peildatum_is_not_read():
    """As DUO's other blocks count only what was decided by the peildatum: a grant decided after it, or a term
    changed after it, leaves DUO's end of today unread (then the comparison names it; a review)."""
    termijn = {"startdatum": "2024-01-11", "einddatum": "2027-07-10"}
    toegekend = [{"beoordelingAanvraag": "Toegekend", "datumBeoordeling": "2027-03-01", "ontvangstdatum": "2026-12-01"}]
    blokken = {"inburgeringstermijn": termijn, "verlengingen": toegekend}
    assert duo._verlenging_maanden(blokken, "2027-03-01", termijn_maanden) == 6
    assert duo._verlenging_maanden(blokken, "2027-02-28", termijn_maanden) is None
    gewijzigd = {"inburgeringstermijn": {**termijn, "verlengingsgrondcode": "NV", "wijzigingsdatum": "2027-03-01"}}
    assert duo._verlenging_maanden(gewijzigd, "2027-03-01", termijn_maanden) == 6
    assert duo._verlenging_maanden(gewijzigd, "2027-02-28", termijn_maanden) is None


@pytest.mark.parametrize(("blok", "leden"), [
    ("vrijstellingen", ["GeheleVrijstelling", "TijdelijkeVrijstelling", "GedeeltelijkeVrijstelling"]),
    ("ontheffingen", ["GeheleOntheffing", "GedeeltelijkeOntheffing"]),
])
def test_an_empty_exemption_or_ontheffing_entry_is_refused(client, blok, leden):
    """`[{}]` carries nothing (most likely a member a client's serializer dropped); it was accepted silently."""
    antwoord = post(client, {**VOORBEELDEN, blok: [{}]})
    assert antwoord.status_code == 400, antwoord.text
    [fout] = antwoord.json()["fouten"]
    assert fout["pad"] == f"/duo/{blok}/0" and fout["toegestaan"] == leden and fout["en"].startswith("Empty object")
    assert post(client, {**VOORBEELDEN, blok: []}).status_code == 200


# -- what DUO decided after the peildatum, and its catch-all class (a review) ------------------------------------------

def test_a_later_pip_after_the_peildatum_sets_no_level_for_the_exams():
    """Its route was already not read (I59); its level counted A2 passes as reaching it."""
    examens = [{"examendatum": "2025-03-01", "resultaat": "Geslaagd", "onderdeel": onderdeel, "niveau": "A2"}
               for onderdeel in ("LE", "LU")]
    blokken = {"inburgeringstermijn": TERMIJN, "pip": pip(niveau="A2", dagtekening="2026-09-01"), "examens": examens}
    assert duo.naar_invoer(blokken, "2026-08-01", art_24)["taalonderdelen_behaald_aantal"][0] == 0
    assert {w["controle"] for w in duo.overige_waarschuwingen(blokken, "2026-08-01", art_24)} >= {
        "examen_niveau_onbekend", "latere_pip_na_peildatum"}
    # once in force (peildatum on its day) its level counts
    assert duo.naar_invoer(blokken, "2026-09-01", art_24)["taalonderdelen_behaald_aantal"][0] == 2


def test_what_duo_decided_after_the_peildatum_is_not_compared():
    besluiten = {"inburgeringsplichtig": True, "vrijgesteld": False,
                 "reden_geen_inburgeringsplicht": "niet_van_toepassing",
                 "inburgeringstermijn_einddatum": "2027-01-10", "inburgeringstermijn_startdatum": "2024-01-11"}
    vrij = {"inburgeringsplicht": {"indicatorInburgeringsplicht": False,
                                   "redenGeenInburgeringsplicht": "Volledige vrijstelling", "einddatum": "2026-01-15"},
            "vrijstellingen": [{"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "DIP",
                                                       "datumOordeel": "2026-01-15"}}]}
    assert duo.vergelijking(vrij, {}, besluiten, {}, wettelijk, "2025-01-01") == []
    assert {v["soort"] for v in duo.vergelijking(vrij, {}, besluiten, {}, wettelijk, "2026-01-15")} == {
        "plicht", "vrijstelling"}
    verlengd = {"inburgeringstermijn": {**TERMIJN, "einddatum": "2027-07-10", "wijzigingsdatum": "2027-01-05"},
                "verlengingen": [{"beoordelingAanvraag": "Toegekend", "ontvangstdatum": "2026-10-01",
                                  "datumBeoordeling": "2027-01-05"}]}
    assert duo.vergelijking(verlengd, {}, besluiten, {}, wettelijk, "2026-12-01") == []
    assert [v["soort"] for v in duo.vergelijking(verlengd, {}, besluiten, {}, wettelijk, "2027-01-05")] == [
        "termijn_einde"]
    later = {"verlengingen": [{"beoordelingAanvraag": "InBehandeling", "ontvangstdatum": "2026-12-02"}]}
    assert duo.overige_waarschuwingen(later, "2026-12-01", art_24) == []
    assert duo.overige_waarschuwingen(later, "2026-12-02", art_24)[0]["controle"] == "verlenging_in_behandeling"


def test_duos_doelgroep_is_not_compared_once_duo_ended_the_duty():
    blokken = {"inburgeringsplicht": {"indicatorInburgeringsplicht": False,
                                      "redenGeenInburgeringsplicht": "Verblijfsdoel gewijzigd"},
               "doelgroep": {"indeling": "Gezinsmigrant en overige migrant"}}
    besluiten = {"inburgeringsplichtig": False, "doelgroep": "geen"}
    assert duo.vergelijking(blokken, {}, besluiten, {}, wettelijk, PEILDATUM) == []
    lopend = {**blokken, "inburgeringsplicht": {"indicatorInburgeringsplicht": True}}
    assert "doelgroep" in {v["soort"] for v in duo.vergelijking(lopend, {}, besluiten, {}, wettelijk, PEILDATUM)}


@pytest.mark.parametrize(("doel", "status"), [("vermogende_vreemdeling", 200), ("overig_niet_tijdelijk", 200),
                                              ("onbekend", 200), ("gezinsmigratie", 400)])
def test_duos_overig_is_no_purpose_beside_one_outside_its_other_classes(client, doel, status):
    """'Overig' was read as exactly overig_niet_tijdelijk: a vermogende vreemdeling (no longer temporary from
    2024-04-17) was refused as contradicting it. Beside a purpose DUO has a class of its own for, it still is."""
    persoon = {"geboortedatum": "1980-01-01", "nationaliteit": "US", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": doel, "verblijf_verkregen_datum": "2024-06-01", "brp_inschrijving_datum": "2024-06-10"}
    blokken = {"inburgeringsplicht": {"indicatorInburgeringsplicht": True},
               "doelgroep": {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Overig"}}
    antwoord = post(client, blokken, persoon, "2025-01-01")
    assert antwoord.status_code == status, antwoord.text
    if status == 200:  # `onbekend` is no purpose: DUO's fills it in (a review found it blocking DUO's)
        assert antwoord.json()["besluiten"]["inburgeringsplichtig"] is True
    else:
        assert antwoord.json()["fouten"][0]["pad"] == "/persoon/verblijfsdoel"


def test_a_name_duo_adds_is_ignored_with_a_warning_but_an_unreadable_entry_is_refused(client):
    """DUO's APIs get minor versions that add fields: a name the mapping does not know is ignored and named in
    `waarschuwingen` (`duo_veld_onbekend`, a JSON pointer), on every DUO route, and the decisions are those without
    it. The request's own envelope stays strict, and an exemption entry with only unknown names is refused: read as
    none, it could turn an exemption into "no exemption". A review found any new DUO field a 400."""
    blokken = {**VOORBEELDEN, "map": {"datumEindgesprekMap": "2025-06-12", "verwijtbaar": "Ja"},
               "examens": [{**VOORBEELDEN["examens"][0], "extra/veld": 2}]}
    paden = ["/duo/map/verwijtbaar", "/duo/examens/0/extra~1veld"]
    met, zonder = post(client, blokken), post(client, {**VOORBEELDEN, "map": {"datumEindgesprekMap": "2025-06-12"}})
    assert met.status_code == zonder.status_code == 200
    onbekend = [w for w in met.json()["waarschuwingen"] if w["controle"] == "duo_veld_onbekend"]
    assert [w["pad"] for w in onbekend] == paden and onbekend[0]["nl"] and onbekend[0]["en"]
    assert met.json()["besluiten"] == zonder.json()["besluiten"]
    assert not [w for w in zonder.json()["waarschuwingen"] if w["controle"] == "duo_veld_onbekend"]
    invoer = client.post("/v1/duo/invoer", json={"peildatum": PEILDATUM, "duo": blokken})
    assert [w["pad"] for w in invoer.json()["waarschuwingen"] if w["controle"] == "duo_veld_onbekend"] == paden
    batch = client.post("/v1/beoordeling/duo/batch", json={"peildatum": PEILDATUM, "personen": [{"duo": blokken}]})
    assert [w["pad"] for w in batch.json()["resultaten"][0]["waarschuwingen"]
            if w["controle"] == "duo_veld_onbekend"] == [f"/personen/0{p}" for p in paden]
    envelop = client.post("/v1/beoordeling/duo", json={"peildatum": PEILDATUM, "duo": VOORBEELDEN, "extra": 1})
    assert envelop.status_code == 400
    # the blocks are named by this API: a misspelt block ("vrijstelingen") would drop an exemption (a review)
    blok = post(client, {**VOORBEELDEN, "vrijstelingen": VOORBEELDEN["vrijstellingen"]})
    assert blok.status_code == 400 and blok.json()["fouten"][0]["pad"] == "/duo/vrijstelingen"
    alleen_onbekend = post(client, {**VOORBEELDEN, "vrijstellingen": [{"NieuweVrijstelling": {"a": 1}}]})
    assert alleen_onbekend.status_code == 400
    assert "NieuweVrijstelling" in alleen_onbekend.json()["fouten"][0]["nl"]


@pytest.mark.parametrize(("start", "status"), [("1900-01-01", 400), ("1900-01-02", 200)])
def test_a_term_start_maps_onto_a_pip_day_an_input_may_hold(client, start, status):
    """DUO's term starts the day after the PIP (Wi 11 lid 2), and that day becomes `pip_datum`: a term starting on
    the first day an input may hold would give 1899-12-31, which no route takes (the fuzz test found it)."""
    blokken = {**VOORBEELDEN, "inburgeringstermijn": {**VOORBEELDEN["inburgeringstermijn"], "startdatum": start}}
    antwoord = client.post("/v1/duo/invoer", json={"peildatum": PEILDATUM, "duo": blokken})
    assert antwoord.status_code == status
    if status == 200:
        assert antwoord.json()["persoon"]["pip_datum"] == "1900-01-01"
    else:
        assert antwoord.json()["fouten"][0]["pad"] == "/duo/inburgeringstermijn/startdatum"


@pytest.mark.parametrize(("tijdstip", "goed"), [
    ("2023-10-16T09:30:00+02:00", True), ("2100-12-31T22:59:59.5Z", True), ("2024-02-29T10:00", True),
    ("2024-13-45T07:00:00Z", False), ("1899-12-31T10:00:00", False), ("2024-01-01T24:00", False),
    ("2024-01-01T10:60", False),
])
def test_a_duo_date_time_pattern_refuses_what_the_service_refuses(client, tijdstip, goed):
    """`registratieDatumTijd`'s pattern in the contract holds the months, days, times and years the service takes
    (a review: month 13 passed the pattern and got a 400). The last hour of 2100 in UTC is 2101 in Dutch time, which
    the service refuses and the pattern cannot say (tests/api/test_invoer_grenzen.py): 22:59:59.5Z is the last."""
    import re

    spec = client.get("/openapi.json").json()
    patroon = spec["components"]["schemas"]["DuoNotificatie"]["properties"]["registratieDatumTijd"]["pattern"]
    assert bool(re.fullmatch(patroon, tijdstip)) is goed
    gebeurtenis = {"gebeurtenisId": "SS101", "registratieDatumTijd": tijdstip}
    assert (post(client, {**VOORBEELDEN, "gebeurtenissen": [gebeurtenis]}).status_code == 200) is goed


@pytest.mark.parametrize(("ingetrokken", "geldt"), [(None, True), ("2026-06-01T10:00:00+02:00", False),
                                                    ("2026-12-01T10:00:00+01:00", False),  # on the peildatum
                                                    ("2026-12-02T10:00:00+01:00", True),
                                                    ("2026-12-01T23:30:00Z", True),  # 2 December in the NL
                                                    ("2025-01-15T08:00:00+01:00", False),  # on its start
                                                    ("2025-01-14T23:30:00+01:00", True)])
def test_a_temporary_exemption_withdrawn_by_ss130_no_longer_exempts(ingetrokken, geldt):
    """SS129/SS130: DUO withdrew the temporary exemption and the duty runs again (a review: it still exempted). An
    event after the peildatum, or before the exemption's start (an earlier one), leaves it standing."""
    blok = {"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "INS", "startdatum": "2025-01-15",
                                       "einddatum": "2028-07-31"}}
    meldingen = [{"gebeurtenisId": "SS109", "registratieDatumTijd": "2025-01-10T09:00:00+01:00"}]
    if ingetrokken:
        meldingen.append({"gebeurtenisId": "SS130", "registratieDatumTijd": ingetrokken})
    uit = invoer({"vrijstellingen": [blok], "gebeurtenissen": meldingen}, "2026-12-01")
    assert uit == ({"opleiding_naar_vrijstellend_diploma": True} if geldt else {})


@pytest.mark.parametrize(("begindatum", "geldt"), [("2026-01-01", True), ("2026-01-02", False)])
def test_a_doelgroep_beginning_after_the_peildatum_fills_and_compares_nothing(begindatum, geldt):
    """DUO's current class from a later day says nothing of the peildatum (a review: it filled the purpose and
    refused one true then); the day itself counts."""
    blok = {"indeling": "Gezinsmigrant en overige migrant", "begindatum": begindatum,
            "gedetailleerdeDoelgroep": "Gezinshereniger"}
    uit = invoer({"doelgroep": blok}, "2026-01-01")
    assert ("verblijfsdoel" in uit) is geldt


def test_the_form_route_names_what_duo_holds_that_gives_no_input(client):
    """`/v1/duo/invoer` fills the web form: a fine of unknown article gives no fine input, and the answer says so as
    the assessment does (a review: only unknown names were warned of)."""
    body = {"peildatum": "2027-06-01", "duo": {"boetes": [{"bedrag": 200, "datum": "2027-03-01"}]}}
    inhoud = client.post("/v1/duo/invoer", json=body).json()
    assert "boete_art_24_aantal" not in inhoud["persoon"]
    assert [w["controle"] for w in inhoud["waarschuwingen"]] == ["boete_artikel_onbekend"]


def test_an_extension_before_the_peildatum_of_a_term_changed_after_it_is_not_lost_without_a_word(client):
    """DUO's term end as it stands now was set after the peildatum, so the end on the peildatum is not in its answer;
    an extension granted on or before the peildatum is then named, asking for termijn_verlenging_maanden (a review:
    it was dropped without a word and a fine came out on a day the extended term still ran)."""
    blokken = {**VOORBEELDEN,
               "inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2028-01-10",
                                       "wijzigingsdatum": "2027-06-01", "verlengingsgrondcode": "NV"},
               "verlengingen": [{"beoordelingAanvraag": "Toegekend", "ontvangstdatum": "2026-09-01",
                                 "datumBeoordeling": "2026-11-15"},
                                {"beoordelingAanvraag": "Toegekend", "ontvangstdatum": "2027-05-01",
                                 "datumBeoordeling": "2027-06-01"}]}
    inhoud = post(client, blokken, peildatum="2027-03-01").json()
    assert "termijn_verlenging_maanden" not in inhoud["duo_invoer"]
    [melding] = [w for w in inhoud["waarschuwingen"] if w["controle"] == "verlenging_later_gewijzigd"]
    assert melding["pad"] == "/duo/verlengingen/0/datumBeoordeling" and "2026-11-15" in melding["nl"]
    eerder = post(client, blokken, peildatum="2026-11-14").json()  # no extension decided yet: nothing to name
    assert not [w for w in eerder["waarschuwingen"] if w["controle"] == "verlenging_later_gewijzigd"]
    op_de_dag = post(client, blokken, peildatum="2026-11-15").json()  # decided on the peildatum: named
    assert [w["pad"] for w in op_de_dag["waarschuwingen"] if w["controle"] == "verlenging_later_gewijzigd"] == [
        "/duo/verlengingen/0/datumBeoordeling"]


def test_a_field_names_every_input_its_members_fill():
    """docs/duo.md and docs/invoer.md list a field's inputs from `Veld.invoer`: an enum field names every input one of
    its members fills (a review: AVI's voldoende_ingeburgerd_vastgesteld was missing)."""
    for veld in duo.VELDEN:
        if veld.enum and veld.gebruik == "invoer":
            gevuld = {lid.waarde[0] for lid in duo.LEDEN[veld.enum].values() if isinstance(lid.waarde, tuple)}
            assert gevuld <= {n.strip() for n in (veld.invoer or "").split(",")}, (veld.blok, veld.veld)


# -- a review of the mapping against DUO's events and blocks (2026-12-07) --------------------------------------------

@pytest.mark.parametrize(("geregistreerd", "gelezen"), [
    ("2026-06-01T10:00:00+02:00", False), ("2026-01-01T23:30:00Z", False),  # Dutch day 2026-01-02: after
    ("2026-01-01T10:00:00+01:00", True), ("2025-12-31T23:30:00Z", True),  # Dutch day 2026-01-01: the peildatum
    ("2025-12-31T23:30:00+01:00", True)])
def test_a_doelgroep_changed_after_the_peildatum_fills_no_purpose(geregistreerd, gelezen):
    """SS124 (asielstatushouder -> gezinsmigrant) after the peildatum: DUO's class of now did not hold then; the
    person was still an asielstatushouder (Wi 13 lid 1). The Dutch day the event is registered on or before the
    peildatum, the class holds (both sides of midnight)."""
    blokken = {"doelgroep": {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Gezinshereniger"},
               "gebeurtenissen": [{"registratieDatumTijd": geregistreerd, "gebeurtenisId": "SS124"}]}
    assert ("verblijfsdoel" in invoer(blokken, "2026-01-01")) is gelezen
    controles = [w["controle"] for w in duo.overige_waarschuwingen(blokken, "2026-01-01", art_24)]
    assert ("doelgroep_later_gewijzigd" in controles) is not gelezen
    # without a class there is nothing that did not hold: no warning
    zonder = {"gebeurtenissen": blokken["gebeurtenissen"]}
    assert "doelgroep_later_gewijzigd" not in [w["controle"] for w in duo.overige_waarschuwingen(zonder, "2026-01-01",
                                                                                                   art_24)]


def test_in_the_onderwijsroute_a_fine_of_the_art_24_amount_is_art_25_once_the_pvt_was_done():
    """Wi 8 lid 3: no MAP in the onderwijsroute, so a PVT done in the term rules every art. 24 fine out; EUR 340 is an
    art. 25 fine (it was read as art. 24, and the comparison said DUO fined where the law gives none)."""
    blokken = {"inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-01-10"},
               "pip": pip("O"), "pvt": {"datumOndertekeningPvt": "2024-03-20"},
               "boetes": [{"bedrag": 340, "datum": "2027-03-01"}]}
    gelezen = invoer(blokken, "2027-04-01")
    assert gelezen["boete_art_25_aantal"] == 1 and gelezen.get("boete_art_24_aantal", 0) == 0
    b1 = {**blokken, "pip": pip("B")}  # in the B1-route the MAP is required: without it, art. 24 stays possible
    assert invoer(b1, "2027-04-01")["boete_art_24_aantal"] == 1


@pytest.mark.parametrize(("pvt", "map_", "artikel"), [
    ("2024-03-20", "2027-02-01", "25"),  # a MAP after the term: not required there, so it does not count against
    ("2024-03-20", "2023-06-01", "25"),  # a MAP before the PIP: the same (a review found both read as art. 24)
    ("2027-01-10", None, "25"),  # the PVT on the term's last day: in time
    ("2027-01-11", None, "24"),  # the day after: not in time, the art. 24 fine stays possible
])
def test_in_the_onderwijsroute_only_the_pvt_decides_whether_the_fine_is_art_24(pvt, map_, artikel):
    blokken = {"inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-01-10"},
               "pip": pip("O"), "pvt": {"datumOndertekeningPvt": pvt},
               "boetes": [{"bedrag": 340, "datum": "2027-03-01"}]}
    if map_:
        blokken["map"] = {"datumEindgesprekMap": map_}
    assert invoer(blokken, "2027-04-01").get(f"boete_art_{artikel}_aantal") == 1


@pytest.mark.parametrize(("ingetrokken", "vrijgesteld"), [("2024-06-01T10:00:00+02:00", True),
                                                          ("2025-01-09T23:30:00Z", False),  # Dutch day: the grant's
                                                          ("2025-02-01T10:00:00+01:00", False)])
def test_a_withdrawal_before_a_temporary_exemption_was_granted_does_not_end_it(ingetrokken, vrijgesteld):
    """Without a startdatum the exemption runs from its datumOordeel: an SS129 registered before that withdrew an
    earlier one, not this one."""
    blokken = {"vrijstellingen": [{"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "OPL",
                                                              "datumOordeel": "2025-01-10"}}],
               "gebeurtenissen": [{"registratieDatumTijd": ingetrokken, "gebeurtenisId": "SS129"}]}
    assert (invoer(blokken, "2025-06-01").get("opleiding_naar_vrijstellend_diploma") is True) is vrijgesteld


@pytest.mark.parametrize(("geregistreerd", "gemeld"), [("2026-11-15T10:00:00+01:00", True),
                                                       ("2026-12-01T10:00:00+01:00", True),  # on the peildatum
                                                       ("2026-12-02T10:00:00+01:00", False)])
def test_an_extension_dated_by_its_event_before_a_later_change_is_named(geregistreerd, gemeld):
    """SS103 (DUO extended the term itself) before the peildatum, the end changed after it: the extension on the
    peildatum cannot be read from DUO's end, so the case system is told to give it (it was dropped without a word)."""
    blokken = {"inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-07-10",
                                       "wijzigingsdatum": "2027-02-01", "verlengingsgrondcode": "NV"},
               "gebeurtenissen": [{"registratieDatumTijd": geregistreerd, "gebeurtenisId": "SS103"}]}
    assert "termijn_verlenging_maanden" not in invoer(blokken, "2026-12-01")
    controles = [w for w in duo.overige_waarschuwingen(blokken, "2026-12-01", art_24)
                 if w["controle"] == "verlenging_later_gewijzigd"]
    assert bool(controles) is gemeld
    if gemeld:
        assert controles[0]["pad"] == "/duo/gebeurtenissen/0/gebeurtenisId" and geregistreerd[:10] in controles[0]["nl"]


@pytest.mark.parametrize(("geregistreerd", "vrijgesteld"), [
    (["2025-07-01T10:00:00+02:00"], False), (["2025-06-01T10:00:00+02:00"], True),  # after, and on the peildatum
    (["2025-07-01T10:00:00+02:00", "2025-05-01T10:00:00+02:00"], True),  # two events: the earlier one granted it
    (["2025-07-01T10:00:00+02:00", "2025-08-01T10:00:00+02:00"], False)])
def test_an_undated_temporary_exemption_counts_from_its_first_event(geregistreerd, vrijgesteld):
    """A TijdelijkeVrijstelling without datumOordeel or startdatum and DUO's SS109 (temporary exemption granted): granted
    on the Dutch day of the first SS109, not before (a date not given is not "always"; a read of the change found only
    SS107 tested, and one event at a time)."""
    blokken = {"vrijstellingen": [{"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "OPL"}}],
               "gebeurtenissen": [{"registratieDatumTijd": tijd, "gebeurtenisId": "SS109"} for tijd in geregistreerd]}
    assert (invoer(blokken, "2025-06-01").get("opleiding_naar_vrijstellend_diploma") is True) is vrijgesteld


@pytest.mark.parametrize(("dagtekening", "eerste"), [("2025-03-01", False), ("2025-01-10", False),
                                                      ("2025-01-09", True), ("2024-12-01", True)])
def test_a_pip_dated_after_settling_with_a_previous_pip_is_no_first_pip(dagtekening, eerste):
    """SS121: settled with a PIP of the previous municipality. DUO's PIP dated on or after that day is a later one: the
    term does not move with it (Wi 11 lid 3), so without DUO's term block no pip_datum, and a warning; one dated before
    it is that previous PIP."""
    blokken = {"pip": pip(dagtekening=dagtekening),
               "gebeurtenissen": [{"registratieDatumTijd": "2025-01-10T09:00:00+01:00", "gebeurtenisId": "SS121"}]}
    assert (invoer(blokken, "2025-06-01").get("pip_datum") == dagtekening) is eerste
    controles = [w["controle"] for w in duo.overige_waarschuwingen(blokken, "2025-06-01", art_24)]
    assert ("pip_na_vestiging" in controles) is not eerste
    met_termijn = {**blokken, "inburgeringstermijn": {"startdatum": "2024-06-02", "einddatum": "2027-06-01"}}
    assert invoer(met_termijn, "2025-06-01")["pip_datum"] == "2024-06-01"
    assert "pip_na_vestiging" not in [w["controle"] for w in duo.overige_waarschuwingen(met_termijn, "2025-06-01", art_24)]


@pytest.mark.parametrize(("geregistreerd", "vrijgesteld"), [("2025-03-01T10:00:00+01:00", False),
                                                            ("2024-01-01T23:30:00Z", False),  # Dutch: 2024-01-02
                                                            ("2023-12-31T23:30:00Z", True),  # Dutch: the peildatum
                                                            ("2023-12-01T10:00:00+01:00", True)])
def test_an_undated_exemption_counts_from_the_event_that_announced_it(geregistreerd, vrijgesteld):
    """A GeheleVrijstelling without datumOordeel and DUO's SS107 (full exemption granted) only after the peildatum: not
    granted yet then (a date not given is not "always"); with the event before it, it counts."""
    blokken = {"vrijstellingen": [{"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "DIP"}}],
               "gebeurtenissen": [{"registratieDatumTijd": geregistreerd, "gebeurtenisId": "SS107"}]}
    assert (invoer(blokken, "2024-01-01").get("vrijstellend_diploma") is True) is vrijgesteld


@pytest.mark.parametrize(("geregistreerd", "gelezen"), [("2026-12-15T10:00:00+01:00", False),
                                                        ("2026-11-15T10:00:00+01:00", True)])
def test_an_undated_granted_extension_counts_from_its_event(geregistreerd, gelezen):
    """A granted request without datumBeoordeling and DUO's SS104 only after the peildatum: DUO's end of now was set
    after it, so no extension is read from it; with the event before, the months are read."""
    blokken = {"inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-07-10"},
               "verlengingen": [{"beoordelingAanvraag": "Toegekend", "ontvangstdatum": "2026-10-01"}],
               "gebeurtenissen": [{"registratieDatumTijd": geregistreerd, "gebeurtenisId": "SS104"}]}
    assert (invoer(blokken, "2026-12-01").get("termijn_verlenging_maanden") == 6) is gelezen



def test_after_settling_with_a_previous_pip_only_exams_from_the_current_pip_count():
    """Without the term block the first PIP's day is unknown: exams from DUO's current (later) PIP surely count, one
    before it does not (Bi 5.3 lid 5: it may be from before the first PIP), with the warning (a review found every
    exam counted once pip_datum was not read)."""
    examens = [{"examendatum": "2023-01-01", "resultaat": "Geslaagd", "onderdeel": "KNM"}]
    blokken = {"pip": pip(dagtekening="2025-03-01"), "examens": examens,
               "gebeurtenissen": [{"registratieDatumTijd": "2025-01-10T09:00:00+01:00", "gebeurtenisId": "SS121"}]}
    assert "knm_behaald" not in invoer(blokken, "2025-06-01")
    # the later PIP's day stands in for the first: a lower bound, so the warning says the exam may count after all (a
    # read of the change found it stated as the PIP's day); with the first PIP's day given, the ordinary warning
    [waarschuwing] = [w for w in duo.overige_waarschuwingen(blokken, "2025-06-01", art_24) if "examen" in w["controle"]]
    assert waarschuwing["controle"] == "examen_voor_latere_pip" and "een later PIP" in waarschuwing["nl"]
    assert "taken after that first PIP it counts" in waarschuwing["en"]
    [gegeven] = [w["controle"] for w in duo.overige_waarschuwingen(blokken, "2025-06-01", art_24, "2024-06-01")
                 if "examen" in w["controle"]]
    assert gegeven == "examen_voor_pip"
    na = {**blokken, "examens": [{**examens[0], "examendatum": "2025-04-01"}]}
    assert invoer(na, "2025-06-01")["knm_behaald"] is True


@pytest.mark.parametrize(("dagtekening", "later"), [("2025-01-06", False), ("2025-01-07", True), ("2025-01-09", True),
                                                    ("2025-01-10", True)])
def test_settling_with_a_previous_pip_is_the_move_the_case_system_gave(dagtekening, later):
    """SS121 registered on 2025-01-10, three days after the registration in the other municipality the case system gave
    (2025-01-07): a PIP dated from the move on is the new municipality's, a later PIP (no pip_datum without DUO's term,
    the warning naming the move's day, no warning that it was read as the first), and the PIP checks hold it against
    the move; one dated before it is the previous PIP. Before, the mapping read the PIP of 2025-01-07 to 2025-01-09 as
    the first PIP (the term moved) while the checks held it against the move (a read of the change)."""
    blokken = {"pip": pip(dagtekening=dagtekening),
               "gebeurtenissen": [{"registratieDatumTijd": "2025-01-10T09:00:00+01:00", "gebeurtenisId": "SS121"}]}
    verhuisd = {"brp_inschrijving_datum": "2024-03-01", "brp_inschrijving_andere_gemeente_datum": "2025-01-07"}
    gelezen = duo.naar_invoer(blokken, "2025-06-01", art_24, None, "2025-01-07", termijn_maanden)
    assert ("pip_datum" not in gelezen) is later
    waarschuwingen = duo.overige_waarschuwingen(blokken, "2025-06-01", art_24, None, "2025-01-07")
    assert [w["nl"] for w in waarschuwingen if w["controle"] == "pip_na_vestiging"] == (
        [duo.PIP_NA_VESTIGING[0].format(datum="2025-01-07")] if later else [])
    alle = {w["controle"] for w in duo.pip_controles(blokken, verhuisd, "asielstatushouder")}
    assert "pip_voor_vestiging" not in alle and ("pip_zonder_termijn" in alle) is not later
    # a registration SS121 names before the case system's move: the earlier day is the one (DUO registers on or after)
    vroeg = {**blokken, "gebeurtenissen": [{"registratieDatumTijd": "2025-01-05T09:00:00+01:00",
                                            "gebeurtenisId": "SS121"}]}
    assert "pip_datum" not in duo.naar_invoer(vroeg, "2025-06-01", art_24, None, "2025-01-07", termijn_maanden)


def test_the_duo_route_reads_settling_from_the_persons_move(client):
    """Through the API: the move in `persoon` (with the first PIP's day, which a move needs) reaches the mapping and the
    warnings: DUO's PIP of 2025-01-08 is the other municipality's (Bi 5.3 lid 3), with or without DUO's term block, and
    with `pip_datum` given no warning asks for it. Before, it was read as the first PIP and refused as contradicting
    `pip_datum`; a review then found the other municipality's PIP read only with the term block."""
    blokken = {"pip": pip(dagtekening="2025-01-08"),
               "gebeurtenissen": [{"registratieDatumTijd": "2025-01-10T09:00:00+01:00", "gebeurtenisId": "SS121"}]}
    persoon = {**PERSOON, "pip_datum": "2024-06-01", "brp_inschrijving_andere_gemeente_datum": "2025-01-07"}
    termijn = {"inburgeringstermijn": {"startdatum": "2024-06-02", "einddatum": "2027-06-01"}}
    uitkomsten = []
    for extra in ({}, termijn):
        antwoord = post(client, {**blokken, **extra}, persoon, peildatum="2025-06-01")
        assert antwoord.status_code == 200, antwoord.text
        uit = antwoord.json()
        assert uit["duo_invoer"]["pip_andere_gemeente_datum"]["waarde"] == "2025-01-08"
        controles = [w["controle"] for w in uit["waarschuwingen"]]
        # no advice to give the pip_datum given, nor (with the term) a first PIP's objection term the answer does not
        # give: after the move the objection term is the other municipality's PIP's (a review)
        assert "pip_na_vestiging" not in controles and "latere_pip_bezwaartermijn" not in controles
        uitkomsten.append(uit["besluiten"]["pip_bezwaartermijn_einddatum"])
    assert uitkomsten[0] == uitkomsten[1]  # one objection term for the same facts


@pytest.mark.parametrize(("gebeurtenissen", "termijn"), [
    (["2025-01-10T09:00:00+01:00"], False),  # SS121 before the move the case system gave: an earlier move
    (["2024-03-05T09:00:00+01:00", "2025-01-10T09:00:00+01:00"], True)])  # two moves, DUO's term
def test_a_pip_between_an_earlier_settling_and_the_move_is_no_pip_before_settling(gebeurtenissen, termijn):
    """DUO's PIP dated after an SS121 but before the move the case system gave (2025-01-12) is the PIP of the previous
    (or an in-between) municipality, held against settling there, not against the move: no `pip_voor_vestiging`
    (a review found the first version of this change warning that DUO refuses it, beside `pip_na_vestiging`)."""
    blokken = {"pip": pip(dagtekening="2025-01-11" if not termijn else "2024-06-01"),
               "gebeurtenissen": [{"registratieDatumTijd": t, "gebeurtenisId": "SS121"} for t in gebeurtenissen]}
    if termijn:
        blokken["inburgeringstermijn"] = {"startdatum": "2023-10-02", "einddatum": "2026-10-01"}
    verhuisd = {"brp_inschrijving_datum": "2023-01-10", "brp_inschrijving_andere_gemeente_datum": "2025-01-12"}
    assert "pip_voor_vestiging" not in controles(blokken, verhuisd)
    # without DUO's SS121 nothing says there was a previous PIP: a PIP before the move is the new municipality's, dated
    # before the person settled there
    assert "pip_voor_vestiging" in controles({**blokken, "gebeurtenissen": []}, verhuisd)


@pytest.mark.parametrize(("peildatum", "route"), [("2025-07-31", None), ("2025-08-01", "z_route")])
def test_a_later_pip_after_settling_is_not_in_force_before_its_day(peildatum, route):
    """SS121 and a current PIP dated after the peildatum: a later PIP whose route holds only from its day (Wi 15 lid 1
    a, I59), as with DUO's term block; and no warning that reads it as the first PIP."""
    blokken = {"pip": pip("Z", dagtekening="2025-08-01"),
               "gebeurtenissen": [{"registratieDatumTijd": "2025-01-10T09:00:00+01:00", "gebeurtenisId": "SS121"}]}
    assert invoer(blokken, peildatum).get("leerroute") == route
    controles = [w["controle"] for w in duo.overige_waarschuwingen(blokken, peildatum, art_24)]
    assert ("latere_pip_na_peildatum" in controles) is (route is None)
    assert "pip_zonder_termijn" not in [w["controle"] for w in duo.pip_controles(blokken, {}, None)]
    assert "pip_zonder_termijn" in [w["controle"] for w in duo.pip_controles({"pip": blokken["pip"]}, {}, None)]


@pytest.mark.parametrize(("geregistreerd", "maanden"), [("2027-01-05T10:00:00+01:00", None),
                                                        ("2026-12-01T23:30:00Z", None),  # Dutch: 2026-12-02
                                                        ("2026-11-30T23:30:00Z", 6)])  # Dutch: the peildatum
def test_an_extension_registered_after_the_peildatum_is_not_read_into_it(geregistreerd, maanden):
    """DUO's own extension (SS103) registered after the peildatum: DUO's end of now was set after it, so the months
    are not read (a review found 6 months applied to a day before the extension)."""
    blokken = {"inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-07-10",
                                       "verlengingsgrondcode": "NV"},
               "gebeurtenissen": [{"registratieDatumTijd": geregistreerd, "gebeurtenisId": "SS103"}]}
    assert invoer(blokken, "2026-12-01").get("termijn_verlenging_maanden") == maanden


@pytest.mark.parametrize(("besluit", "verwacht"), [(400, 340), (300, 300)])
def test_the_duo_classification_keeps_the_art_24_amount_within_wi_26(besluit, verwacht):
    """`wettelijk_bedrag` reads the art. 24 amount of Bi 7.2 lid 1 within Wi 26 lid 1 b (`boetes.wi_26_maximum.art_24`),
    as `boete_art_24_bedrag` does; the base law has 340 in both, so only a Besluit above the act shows the bound (a
    read of the change found it untested)."""
    from inburgering_rules.hervormingen import systeem_voor, zoek_parameter

    dienst = DuoDienst(Dienst())
    hervormd = systeem_voor({"parameters": {"boetes.art_24_bedrag": {"2022-01-01": besluit}}})
    dienst._bedragen["24"] = (zoek_parameter(hervormd.parameters, "boetes.art_24_bedrag"), dienst._bedragen["24"][1])
    assert dienst.wettelijk_bedrag("24", "2024-01-01") == verwacht


@pytest.mark.parametrize(("verhuisd", "gewaarschuwd"), [("2024-06-03", True), ("2024-06-02", False),
                                                       ("2024-05-01", False)])
def test_the_first_pips_objection_term_is_named_unless_the_later_pip_is_the_other_municipalitys(verhuisd, gewaarschuwd):
    """`latere_pip_bezwaartermijn` (the answer's objection term is the first PIP's) is said beside a later PIP dated
    before the move the case system gave (it stays the later PIP of the first municipality), and not beside one dated
    on the move's day or after it (the other municipality's, Bi 5.3 lid 3, with its own objection term): both sides
    of the move's day (a read of the change found only the after side tested)."""
    blokken = {"inburgeringstermijn": TERMIJN, "pip": pip(dagtekening="2024-06-02")}
    controles = [w["controle"] for w in duo.overige_waarschuwingen(blokken, "2024-09-01", art_24, None, verhuisd)]
    assert ("latere_pip_bezwaartermijn" in controles) is gewaarschuwd
    andere = duo.naar_invoer(blokken, "2024-09-01", art_24, None, verhuisd)
    assert ("pip_andere_gemeente_datum" in andere) is not gewaarschuwd
