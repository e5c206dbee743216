"""An explanation names the numbers of the law as the system that decided has them: a reform's term, duration
or amount, never the text of the base law beside a date computed under the reform (the sentences read them
from the system's parameters, `uitleg.Bron.wet`)."""

from __future__ import annotations

import orjson
import pytest
from gevallen import STATUSHOUDER
from inburgering_rules.api.service import Dienst
from inburgering_rules.api.uitleg import _zonder_niet_gegeven
from inburgering_rules.notatie import datum_voluit

DIENST = Dienst()


def _uitleg(hervorming, persoon: dict, peildatum: str = "2024-05-01") -> dict[str, dict[str, str]]:
    body = {"peildatum": peildatum, "persoon": persoon, "hervorming": hervorming}
    antwoord = DIENST.beoordeling(orjson.dumps(body), "nl")
    return {
        naam: {**t["uitleg"], "waarde": antwoord["besluiten"][naam]}
        for naam, t in antwoord["toelichting"].items()
    }


@pytest.mark.parametrize(
    ("hervorming", "nl", "en", "einde"),
    [
        (None, "Drie jaar vanaf 11 januari 2024", "Three years from 2024-01-11", "2027-01-10"),
        ("vierjarige_termijn", "Vier jaar vanaf 11 januari 2024", "Four years from 2024-01-11", "2028-01-10"),
    ],
)
def test_the_term_of_wi_11_as_the_system_has_it(hervorming, nl, en, einde):
    uitleg = _uitleg(hervorming, STATUSHOUDER)["inburgeringstermijn_einddatum"]
    assert uitleg["waarde"] == einde and nl in uitleg["nl"] and en in uitleg["en"]


def test_the_concept_bill_explains_its_own_pvt_term():
    basis, concept = (
        _uitleg(h, STATUSHOUDER)["pvt_uiterste_datum"] for h in (None, "concept_wetsvoorstel_2019")
    )
    assert basis["nl"].endswith(
        "Binnen de (verlengde) inburgeringstermijn, die eindigt op 10 januari 2027; wie het PVT of de MAP dan niet "
        "heeft afgerond, krijgt daarna een boete van DUO (Wi 24 lid 1), behalve waar de bijstand voor dezelfde "
        "gedraging is verlaagd (Wi 27)."
    )
    assert concept["waarde"] == "2025-07-10"
    assert "Anderhalf jaar vanaf de aanvang van de termijn op 11 januari 2024" in concept["nl"]
    assert "One and a half years from the start of the term on 2024-01-11" in concept["en"]
    eigen = {
        "basis": "concept_wetsvoorstel_2019",
        "parameters": {"pvt_map.pvt_termijn_maanden": {"2022-01-01": 12}},
    }
    assert "Een jaar vanaf de aanvang" in _uitleg(eigen, STATUSHOUDER)["pvt_uiterste_datum"]["nl"]


def test_ontzorgen_lasts_as_long_as_the_system_says():
    persoon = {**STATUSHOUDER, "bijstand_recht_datum": "2024-02-01"}
    gevallen = (
        (None, "Zes maanden vanaf", "Six months from", "2024-07-31"),
        ("ontzorgen_twaalf_maanden", "Een jaar vanaf", "One year from", "2025-01-31"),
    )
    for hervorming, nl, en, einde in gevallen:
        uitleg = _uitleg(hervorming, persoon)["ontzorgen_einddatum"]
        assert uitleg["waarde"] == einde, hervorming
        assert uitleg["nl"].startswith(f"Laatste dag van het ontzorgen: {datum_voluit(einde)}. {nl}"), hervorming
        assert en in uitleg["en"], hervorming


def test_the_amounts_of_bi_7_1_as_the_system_has_them():
    basis = _uitleg(None, STATUSHOUDER)["gemeentelijk_boeteplafond_resterend_bedrag"]
    assert (
        "Bi 7.1 lid 5: € 2.400 in de (verlengde) termijn; in de nieuwe termijn van een art. 24- of "
        "25-boetebeschikking € 400 bij zes maanden, € 800 bij een jaar, € 1.200 bij anderhalf jaar of "
        "€ 1.600 bij twee jaar"
    ) in basis["nl"]
    assert "€2,400 during the (extended) term" in basis["en"] and "€1,600 for two years" in basis["en"]
    hoger = {
        "parameters": {
            "boetes.gemeentelijk_plafond_termijn": {"2022-01-01": 2500.5},
            "boetes.art_23_basisbedrag": {"2022-01-01": 60},
        }
    }
    uitleg = _uitleg(hoger, {**STATUSHOUDER, "pip_onvoldoende_medewerking": True, "verwijtbaarheid": "opzet",
                             "boete_art_23_eerdere_aantal": 0, "gemeentelijke_boetes_opgelegd_bedrag": 0})
    plafond = uitleg["gemeentelijk_boeteplafond_resterend_bedrag"]
    assert plafond["waarde"] == 2500.5
    assert "Bi 7.1 lid 5: € 2.500,50 in de (verlengde) termijn" in plafond["nl"]
    assert "€2,500.50 during" in plafond["en"]
    reden = uitleg["boete_art_23_bedrag"]["nl"].split(": ", 1)[1].split(". ", 1)[1]
    assert reden.startswith("€ 60, verdubbeld")


def test_the_age_and_the_years_of_compulsory_education_as_the_system_has_them():
    basis = _uitleg(None, STATUSHOUDER)
    plicht, vrij = basis["inburgeringsplichtig"], basis["vrijgesteld"]
    assert "16 jaar of ouder" in plicht["nl"] and "aged 16 or over" in plicht["en"]
    assert "vóór 2022" in plicht["nl"]
    assert "acht jaar leerplicht" in vrij["nl"]
    ander = {
        "parameters": {
            "inburgeringsplicht.minimumleeftijd": {"2022-01-01": 18},
            "vrijstelling_ontheffing.leerplicht_minimum_jaren": {"2022-01-01": 6},
        }
    }
    uitleg = _uitleg(ander, STATUSHOUDER)
    plicht, vrij = uitleg["inburgeringsplichtig"], uitleg["vrijgesteld"]
    assert plicht["waarde"] is True
    assert "18 jaar of ouder" in plicht["nl"] and "aged 18 or over" in plicht["en"]
    assert "zes jaar leerplicht" in vrij["nl"] and "six years of compulsory" in vrij["en"]


def test_a_given_amount_reads_as_money_in_either_language():
    """'Gebaseerd op' writes a given amount as money: € 1.250,50 (nl) and €1,250.50 (en), not 1250.5."""
    uitleg = _uitleg(None, {**STATUSHOUDER, "gemeentelijke_boetes_opgelegd_bedrag": 1250.5})
    assert uitleg["gemeentelijk_boeteplafond_resterend_bedrag"]["waarde"] == 1149.5
    tekst = uitleg["boete_art_22_bedrag"]  # 0: explained by the given inputs it depends on
    assert "(euro) = € 1.250,50" in tekst["nl"] and "1250.5" not in tekst["nl"]
    assert "= €1,250.50" in tekst["en"]


def test_the_lookups_kept_across_requests_stay_bounded():
    """`Stelsel.uitleg_wet` keeps the explanations' lookups per peildatum: at most 16 peildata of at most
    2,048 lookups each, then started anew (both sides of each bound)."""
    from inburgering_rules.api.service import Stelsel

    from inburgering_rules.hervormingen import basissysteem

    stelsel = Stelsel(basissysteem())
    eerste = stelsel.uitleg_wet("2024-01-01")
    eerste.update({i: i for i in range(2048)})
    assert stelsel.uitleg_wet("2024-01-01") is eerste  # 2,048: kept
    eerste[2048] = 2048
    assert stelsel.uitleg_wet("2024-01-01") is not eerste  # 2,049: started anew
    for dag in range(2, 17):
        stelsel.uitleg_wet(f"2024-01-{dag:02d}")["x"] = dag
    assert len(stelsel._uitleg) == 16 and stelsel.uitleg_wet("2024-01-16")["x"] == 16
    stelsel.uitleg_wet("2024-01-17")
    assert list(stelsel._uitleg) == ["2024-01-17"]


@pytest.mark.parametrize("peildatum", ["2019-01-01", "2021-12-31", "2022-01-01"])
def test_before_the_law_its_numbers_as_it_entered_into_force(peildatum):
    """A peildatum before the parameters' first value (2022-01-01), and on it: the sentences name the numbers
    the law had when it entered into force (before, such a lookup found nothing and the request failed)."""
    uitleg = _uitleg(None, STATUSHOUDER, peildatum)
    assert "acht jaar leerplicht" in uitleg["vrijgesteld"]["nl"]
    assert "eight years of compulsory" in uitleg["vrijgesteld"]["en"]


GEZINSMIGRANT = {
    "geboortedatum": "1992-04-20",
    "nationaliteit": "TR",
    "verblijfsvergunning": "regulier_bepaalde_tijd",
    "verblijfsdoel": "gezinsmigratie",
}
DERDE = "informatie van een derde"


def test_the_pip_sentence_follows_the_rule_on_a_third_partys_information():
    """Bi 5.3 lid 2 only from the 2023 text and only when the information was asked for; a move with no other
    known day takes the text of the day of registration in the other municipality (as the rule, I9)."""
    tekst_2023 = {
        **GEZINSMIGRANT,
        "verblijf_verkregen_datum": "2023-02-01",
        "brp_inschrijving_datum": "2023-02-15",
        "kennisgeving_inburgeringsplicht_datum": "2023-03-01",
        "pip_zonder_informatie_derde_niet_mogelijk": True,
        "pip_informatie_derde_ontvangen_datum": "2023-05-30",
    }
    gevraagd = _uitleg(
        None, {**tekst_2023, "pip_informatie_derde_opgevraagd_datum": "2023-04-01"}, "2023-06-01"
    )
    assert (
        gevraagd["pip_uiterste_datum"]["waarde"] == "2023-06-13"
        and DERDE in gevraagd["pip_uiterste_datum"]["nl"]
    )
    niet_gevraagd = _uitleg(None, tekst_2023, "2023-06-01")["pip_uiterste_datum"]
    assert niet_gevraagd["waarde"] == "2023-05-10" and DERDE not in niet_gevraagd["nl"]
    tekst_2022 = {
        **GEZINSMIGRANT,
        "verblijf_verkregen_datum": "2022-03-20",
        "brp_inschrijving_datum": "2022-05-02",
        "kennisgeving_inburgeringsplicht_datum": "2022-06-01",
        "pip_informatie_derde_opgevraagd_datum": "2022-06-10",
        "pip_zonder_informatie_derde_niet_mogelijk": True,
        "pip_informatie_derde_ontvangen_datum": "2022-08-01",
    }
    uitleg_2022 = _uitleg(None, tekst_2022, "2022-08-01")["pip_uiterste_datum"]
    assert uitleg_2022["waarde"] == "2022-07-11" and DERDE not in uitleg_2022["nl"]
    verhuisd = {
        **GEZINSMIGRANT,
        "verblijf_verkregen_datum": "2023-02-01",
        "pip_datum": "2023-05-01",
        "brp_inschrijving_andere_gemeente_datum": "2023-06-15",
    }
    uitleg = _uitleg({"parameters": {"termijnen.pip_weken": {"2022-01-01": 12}}}, verhuisd, "2023-06-20")
    assert uitleg["pip_uiterste_datum"]["waarde"] == "2023-09-07"
    assert (
        uitleg["pip_uiterste_datum"]["nl"]
        .split(". ", 1)[1]
        .startswith("12 weken na de inschrijving in de nieuwe")
    )


def test_the_loan_sentences_read_the_law_on_the_rules_days():
    """Wi 20 lid 2 a counts from the day after the term, and Wi 21 lid 3 b from the day the entitlement
    lapses: a dated reform of those numbers shows in the sentence as in the date."""
    persoon = {
        **GEZINSMIGRANT,
        "verblijf_verkregen_datum": "2023-09-01",
        "brp_inschrijving_datum": "2023-10-02",
        "kennisgeving_inburgeringsplicht_datum": "2023-10-16",
        "pip_datum": "2024-01-10",
    }
    basis = _uitleg(None, persoon)["lening_terugbetaling_startdatum"]
    # lapse on 2033-01-11; the run-in phase starts on the first of the next month (Bi 6.7 lid 2)
    assert basis["waarde"] == "2033-08-01" and basis["nl"].split(". ", 1)[1].startswith(
        "Na een aanloopfase van zes maanden zonder aflossing, die begint op 1 februari 2033"
    )
    later = {"parameters": {"lening.terugbetaling_na_maanden": {"2022-01-01": 6, "2030-01-01": 12}}}
    uitleg = _uitleg(later, persoon)["lening_terugbetaling_startdatum"]
    assert uitleg["waarde"] == "2034-02-01" and uitleg["nl"].split(". ", 1)[1].startswith(
        "Na een aanloopfase van een jaar zonder aflossing"
    )
    korter = {"parameters": {"lening.aanspraak_na_termijn_jaren": {"2022-01-01": 6, "2027-01-11": 3}}}
    uitleg = _uitleg(korter, persoon)
    assert uitleg["lening_terugbetaling_startdatum"]["waarde"] == "2030-08-01"
    assert "drie jaar na de (verlengde) termijn" in uitleg["lening_terugbetaling_startdatum"]["nl"]


def test_the_loan_ends_on_the_day_the_duty_was_met_only_when_that_comes_first():
    persoon = {
        **GEZINSMIGRANT,
        "verblijf_verkregen_datum": "2023-09-01",
        "brp_inschrijving_datum": "2023-10-02",
        "kennisgeving_inburgeringsplicht_datum": "2023-10-16",
        "pip_datum": "2024-01-10",
        "pvt_afgerond_datum": "2024-03-01",
        "map_afgerond_datum": "2024-06-01",
    }
    for behaald, einde, voor_voldoen in (
        ("2025-03-31", "2025-03-31", True),
        ("2028-04-01", "2027-01-10", False),
    ):
        uitleg = _uitleg(None, {**persoon, "leerroute_behaald_datum": behaald}, "2028-06-01")[
            "leenrecht_einddatum"
        ]
        assert uitleg["waarde"] == einde, behaald
        assert ("De dag van het voldoen aan de plicht" in uitleg["nl"]) is voor_voldoen, behaald


def test_a_rise_other_than_double_and_an_entry_into_force_not_on_1_january():
    anders = {
        "parameters": {
            "boetes.art_23_verhoging_procent": {"2022-01-01": 50},
            "inburgeringsplicht.inwerkingtreding_datum": {"2022-01-01": "2022-07-01"},
        }
    }
    persoon = {
        **STATUSHOUDER,
        "pip_onvoldoende_medewerking": True,
        "verwijtbaarheid": "opzet",
        "boete_art_23_eerdere_aantal": 1,
        "gemeentelijke_boetes_opgelegd_bedrag": 0,
    }
    uitleg = _uitleg(anders, persoon)
    assert uitleg["boete_art_23_bedrag"]["waarde"] == 75
    assert "€ 50, verhoogd met 50 % voor elk van de 1 eerdere" in uitleg["boete_art_23_bedrag"]["nl"]
    assert "€50, increased by 50% for each of the 1 earlier" in uitleg["boete_art_23_bedrag"]["en"]
    assert "verblijf verkregen vóór 1 juli 2022" in uitleg["inburgeringsplichtig"]["nl"]
    basis = _uitleg(None, persoon)
    assert (
        "€ 50, verdubbeld voor elk" in basis["boete_art_23_bedrag"]["nl"]
        and basis["boete_art_23_bedrag"]["waarde"] == 100
    )


def test_only_what_depends_on_no_persons_day_is_kept_across_requests():
    """A person's day (a PIP, a registration) makes a lookup that is kept for that evaluation only: after 200
    explained persons with different days, what is kept for the peildatum is the same small set."""
    dienst = Dienst()
    personen = [
        {
            **STATUSHOUDER,
            "pip_datum": f"2024-0{1 + i % 3}-{1 + i % 28:02d}",
            "brp_inschrijving_datum": f"2023-{1 + i % 9:02d}-{1 + i % 28:02d}",
        }
        for i in range(200)
    ]
    dienst.resultaten(dienst.basis, "2024-05-01", personen[:20], "nl", True)
    na_20 = dict(dienst.basis.uitleg_wet("2024-05-01"))
    dienst.resultaten(dienst.basis, "2024-05-01", personen, "en", True)
    gedeeld = dienst.basis.uitleg_wet("2024-05-01")
    assert set(gedeeld) == set(na_20) and len(gedeeld) < 50
    assert all(
        sleutel[1] is None
        for sleutel in gedeeld
        if len(sleutel) == 3 and isinstance(sleutel[0], str) and "." in sleutel[0]
    )


def test_members_that_name_a_number_of_the_law_name_the_systems_number():
    """ "Jonger dan 16 jaar", "vóór de inwerkingtreding op 1 januari 2022" and "ten minste acht jaar
    leerplichtig" are the base law's words; under a reform of those numbers the reform's."""
    jong = {**GEZINSMIGRANT, "geboortedatum": "2006-05-01", "verblijf_verkregen_datum": "2023-02-01"}
    basis = _uitleg(None, {**jong, "geboortedatum": "2008-05-01"})["inburgeringsplichtig"]
    assert basis["nl"].startswith("Niet inburgeringsplichtig: Jonger dan 16 jaar.")
    assert basis["en"].startswith("Not obligated: younger than 16 when residence was acquired.")
    achttien = _uitleg({"parameters": {"inburgeringsplicht.minimumleeftijd": {"2022-01-01": 18}}}, jong)
    assert achttien["inburgeringsplichtig"]["waarde"] is False
    assert achttien["inburgeringsplichtig"]["nl"].startswith("Niet inburgeringsplichtig: Jonger dan 18 jaar.")
    later = {"parameters": {"inburgeringsplicht.inwerkingtreding_datum": {"2022-01-01": "2022-07-01"}}}
    vroeg = _uitleg(later, {**GEZINSMIGRANT, "verblijf_verkregen_datum": "2022-03-01"}, "2023-01-01")
    assert "vóór de inwerkingtreding op 1 juli 2022" in vroeg["inburgeringsplichtig"]["nl"]
    assert "before 1 July 2022." in vroeg["inburgeringsplichtig"]["en"]
    assert "(Wi 3 lid 3)" in vroeg["inburgeringsplichtig"]["nl"] and "(Wi 3(3))" in vroeg["inburgeringsplichtig"]["en"]
    leerplicht = {**STATUSHOUDER, "leerplichtig_geweest_jaren": 7}
    zes = _uitleg(
        {"parameters": {"vrijstelling_ontheffing.leerplicht_minimum_jaren": {"2022-01-01": 6}}}, leerplicht
    )
    assert zes["vrijstellingsgrond"]["waarde"] == "acht_jaar_leerplichtig"
    assert (
        "Ten minste zes jaar leerplichtig of kwalificatieplichtig geweest" in zes["vrijstellingsgrond"]["nl"]
    )
    assert "at least six years of compulsory education" in zes["vrijstellingsgrond"]["en"]
    acht = _uitleg(None, {**STATUSHOUDER, "leerplichtig_geweest_jaren": 8})["vrijstellingsgrond"]
    assert "Ten minste acht jaar leerplichtig" in acht["nl"] and "at least eight years of" in acht["en"]


def test_the_pip_sentence_names_the_year_of_the_text_that_applied():
    """Bi 5.3 lid 1: the notification starts the term from the 2023 text; a reform that brings that text
    forward (parameter `termijnen.pip_termijn_aanvang`) is named by its own year, not "tekst vanaf 2023"."""
    persoon = {
        **GEZINSMIGRANT,
        "verblijf_verkregen_datum": "2022-03-20",
        "brp_inschrijving_datum": "2022-05-02",
        "kennisgeving_inburgeringsplicht_datum": "2022-06-01",
    }
    basis = _uitleg(None, persoon, "2022-08-01")["pip_uiterste_datum"]
    assert basis["waarde"] == "2022-07-11" and "tekst vanaf" not in basis["nl"]  # 2022 text: the registration
    eerder = {"parameters": {"termijnen.pip_termijn_aanvang": {"2022-01-01": "kennisgeving"}}}
    hervormd = _uitleg(eerder, persoon, "2022-08-01")["pip_uiterste_datum"]
    assert hervormd["waarde"] == "2022-08-10"  # 10 weeks after the notification of 2022-06-01
    assert "na de kennisgeving door DUO op 1 juni 2022 (Bi 5.3 lid 1, tekst vanaf 2022)" in hervormd["nl"]
    assert "(Bi 5.3(1), text from 2022)" in hervormd["en"]
    # registered in the last ten weeks of 2022, notified in 2023: the 2023 text (I9)
    tekst_2023 = {**persoon, "brp_inschrijving_datum": "2022-12-01",
                  "kennisgeving_inburgeringsplicht_datum": "2023-03-01"}
    assert "tekst vanaf 2023" in _uitleg(None, tekst_2023, "2023-06-01")["pip_uiterste_datum"]["nl"]
    # registered earlier, the term ran out under the 2022 text: that text, whatever the notification's day
    verstreken = {**persoon, "kennisgeving_inburgeringsplicht_datum": "2023-03-01"}
    verstreken_uit = _uitleg(None, verstreken, "2023-06-01")["pip_uiterste_datum"]
    assert "tekst vanaf" not in verstreken_uit["nl"]
    assert verstreken_uit["waarde"] == "2022-07-11"
    assert "10 weken na de inschrijving in de BRP op 2 mei 2022 (Bi 5.3 lid 1)" in verstreken_uit["nl"]


def test_a_text_in_force_before_its_first_value_is_named_without_an_error():
    """A reform whose duty starts in 2021 and whose notification text applies from the first value (2022): a
    notification in 2021 takes the first text, and the explanation names its year (was a 500)."""
    hervorming = {"parameters": {"inburgeringsplicht.inwerkingtreding_datum": {"2022-01-01": "2021-01-01"},
                                 "termijnen.pip_termijn_aanvang": {"2022-01-01": "kennisgeving"}}}
    persoon = {**GEZINSMIGRANT, "verblijf_verkregen_datum": "2021-05-01",
               "kennisgeving_inburgeringsplicht_datum": "2021-06-01", "brp_inschrijving_datum": "2021-05-20"}
    uitleg = _uitleg(hervorming, persoon, "2022-02-01")["pip_uiterste_datum"]
    assert uitleg["waarde"] == "2021-08-10"
    assert "na de kennisgeving door DUO op 1 juni 2021 (Bi 5.3 lid 1, tekst vanaf 2022)" in uitleg["nl"]


def test_the_pip_sentence_follows_the_permit_as_the_rule_does():
    """The second sentence of Bi 5.3 lid 1 (2023) is for an asylum permit; a family member of an asylum permit
    holder (regular permit, target group asielstatushouder) counts from the notification, as the rule does."""
    persoon = {**GEZINSMIGRANT, "verblijfsdoel": "gezinslid_van_asielstatushouder",
               "verblijf_verkregen_datum": "2023-01-10", "brp_inschrijving_datum": "2023-03-01",
               "kennisgeving_inburgeringsplicht_datum": "2023-02-01"}
    uitleg = _uitleg(None, persoon, "2023-03-15")["pip_uiterste_datum"]
    assert uitleg["waarde"] == "2023-04-12" and "na de kennisgeving door DUO op 1 februari 2023" in uitleg["nl"]


def test_a_move_before_any_pip_is_refused():
    """Bi 5.3 lid 3 is a move of the person "voor wie het persoonlijk plan inburgering en participatie is opgesteld"
    (`verhuisd_als_plichtige`): a registration in the new municipality without the first PIP is refused, naming
    what to send instead (before, the lid 3 term replaced an overdue term of lid 1)."""
    from inburgering_rules.api.fouten import Probleem

    persoon = {**GEZINSMIGRANT, "verblijf_verkregen_datum": "2023-02-01", "brp_inschrijving_datum": "2023-02-15",
               "kennisgeving_inburgeringsplicht_datum": "2023-03-01",
               "brp_inschrijving_andere_gemeente_datum": "2023-06-15"}
    with pytest.raises(Probleem) as fout:
        _uitleg(None, persoon, "2023-06-20")
    [probleem] = fout.value.fouten
    assert probleem.pad == "/persoon/brp_inschrijving_andere_gemeente_datum"
    assert "brp_inschrijving_datum" in probleem.nl and "only with pip_datum" in str(probleem.als_dict())
    met_pip = _uitleg(None, {**persoon, "pip_datum": "2023-04-20"}, "2023-06-20")["pip_uiterste_datum"]
    assert met_pip["waarde"] == "2023-08-24"
    assert "na de inschrijving in de nieuwe gemeente op 15 juni 2023 (Bi 5.3 lid 3)" in met_pip["nl"]


def test_the_move_sentence_cites_the_lid_of_the_text_on_the_day():
    """The text of 2023-01-01 inserted Bi 5.3 lid 2 (the third party's information): the move was lid 2 before."""
    persoon = {**GEZINSMIGRANT, "verblijf_verkregen_datum": "2022-03-01", "brp_inschrijving_datum": "2022-03-01",
               "pip_datum": "2022-04-01", "brp_inschrijving_andere_gemeente_datum": "2022-05-10"}
    persoon.pop("kennisgeving_inburgeringsplicht_datum", None)
    uitleg = _uitleg(None, persoon, "2022-06-01")["pip_uiterste_datum"]
    assert uitleg["waarde"] == "2022-07-19"
    assert "na de inschrijving in de nieuwe gemeente op 10 mei 2022 (Bi 5.3 lid 2)" in uitleg["nl"]
    assert "(Bi 5.3(2))" in uitleg["en"]
    # the numbering follows the text the rule applies (`termijnen.pip_termijn_aanvang`), also under a reform
    vroeger = {"parameters": {"termijnen.pip_termijn_aanvang": {"2022-01-01": "kennisgeving"}}}
    assert "(Bi 5.3 lid 3)" in _uitleg(vroeger, persoon, "2022-06-01")["pip_uiterste_datum"]["nl"]
    alleen_lid_2 = {"parameters": {"termijnen.pip_informatie_derde_weken": {"2022-01-01": 2}}}
    assert "(Bi 5.3 lid 2)" in _uitleg(alleen_lid_2, persoon, "2022-06-01")["pip_uiterste_datum"]["nl"]


def test_the_extension_sentence_is_a_necessary_condition_only():
    persoon = {**GEZINSMIGRANT, "verblijf_verkregen_datum": "2022-11-01", "pip_datum": "2023-03-14",
               "leerroute": "b1_route", "lesuren_gevolgd": 10}
    uitleg = _uitleg(None, persoon, "2024-06-01")["verlenging_aanzienlijke_inspanning_mogelijk"]
    assert uitleg["waarde"] is False
    assert "Een aanvraag kan in elk geval niet vóór 15 september 2025" in uitleg["nl"]
    dag_ervoor = _uitleg(None, persoon, "2025-09-14")["verlenging_aanzienlijke_inspanning_mogelijk"]
    assert "Een aanvraag kan in elk geval niet vóór 15 september 2025" in dag_ervoor["nl"]  # up to the day before
    for vanaf in ("2025-09-15", "2025-10-01"):  # from that day on the sentence is gone (Bi 4.4 decides)
        uitleg = _uitleg(None, persoon, vanaf)["verlenging_aanzienlijke_inspanning_mogelijk"]
        assert "Een aanvraag kan" not in uitleg["nl"]


B = {"geboortedatum": "1990-01-01", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
     "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-01-30",
     "kennisgeving_inburgeringsplicht_datum": "2022-02-12", "pip_datum": "2022-03-15",
     "leerroute": "b1_route"}
LATER = {"geboortedatum": "1990-01-01", "nationaliteit": "TR",
         "verblijfsvergunning": "regulier_bepaalde_tijd", "verblijfsdoel": "gezinsmigratie",
         "verblijf_verkregen_datum": "2026-08-01"}
VIERDE_BOETE = {"boete_art_24_bekendmaking_datum": "2025-07-10", "boete_art_24_nieuwe_termijn_maanden": 6,
                "boete_art_24_aantal": 3}


@pytest.mark.parametrize(("peildatum", "persoon", "naam", "waarde", "zin"), [
    # residence acquired after the peildatum: the day is the reason (the rule's `verkregen <= dag`)
    ("2026-05-01", LATER, "reden_geen_inburgeringsplicht", "geen_verblijf_art_8_a_of_c",
     "maar pas verkregen op 1 augustus 2026, na de peildatum"),
    # Wi 13 lid 1 b: the purpose of residence decided the target group
    ("2026-05-01", {**B, "verblijfsdoel": "gezinslid_van_asielstatushouder"}, "doelgroep",
     "asielstatushouder", "(Wi 13 lid 1 b)"),
    # Wi 24 lid 4: two years counted from the day after the decision was made known (the rule's day)
    ("2025-08-01", {**B, **VIERDE_BOETE}, "volgende_boete_art_24_mogelijk_vanaf", "2027-07-11",
     "Twee jaar vanaf de dag na de bekendmaking van de laatste boete op 10 juli 2025"),
    # Bi 5.4 lid 3 and lid 2: no last day, and why (it was "niet van toepassing op deze persoon")
    ("2024-05-01", {**B, "leerroute_wijziging_bijzonder_geval": True}, "leerroute_wijziging_uiterste_datum",
     None, "geen uiterste dag: het college wijkt in een bijzonder geval af van de termijn (Bi 5.4 lid 3)"),
    ("2024-05-01", {**B, "niet_vrijstellende_opleiding_beeindigd_datum": "2024-01-01"},
     "leerroute_wijziging_uiterste_datum", None, "de niet vrijstellende opleiding eindigde op 1 januari 2024"),
    # Bi 7.1 lid 5: only a new term that runs on the peildatum sets the cap; a fine of Wi 24 lid 4 sets none
    ("2025-08-01", {**B, **VIERDE_BOETE, "gemeentelijke_boetes_opgelegd_bedrag": 300},
     "gemeentelijk_boeteplafond_resterend_bedrag", 2100, "Op de peildatum loopt geen nieuwe termijn"),
    ("2025-08-01", {**B, **VIERDE_BOETE, "boete_art_24_aantal": 1,
                    "gemeentelijke_boetes_opgelegd_bedrag": 300},
     "gemeentelijk_boeteplafond_resterend_bedrag", 100,
     "Op de peildatum loopt de nieuwe termijn van art. 24 (zes maanden, tot en met 10 januari 2026)"),
])
def test_the_sentence_follows_the_rules_branch(peildatum, persoon, naam, waarde, zin):
    uitleg = _uitleg(None, persoon, peildatum)[naam]
    assert uitleg["waarde"] == waarde and zin in uitleg["nl"]


@pytest.mark.parametrize(("peildatum", "zin"), [
    ("2025-07-10", "Op de peildatum loopt geen nieuwe termijn"),  # the day it was made known: not yet
    ("2025-07-11", "Op de peildatum loopt de nieuwe termijn van art. 24"),  # from the day after
    ("2026-01-10", "Op de peildatum loopt de nieuwe termijn van art. 24"),  # up to and including its last day
    ("2026-01-11", "Op de peildatum loopt geen nieuwe termijn"),
])
def test_the_caps_sentence_names_the_new_term_on_both_sides_of_its_days(peildatum, zin):
    """Bi 7.1 lid 5 as the rule reads it (`datums.loopt_na_bekendmaking`): a new term runs from the day after
    the decision was made known (2025-07-10) up to and including its last day (2026-01-10)."""
    persoon = {**B, **VIERDE_BOETE, "boete_art_24_aantal": 1, "gemeentelijke_boetes_opgelegd_bedrag": 300}
    assert zin in _uitleg(None, persoon, peildatum)["gemeentelijk_boeteplafond_resterend_bedrag"]["nl"]


ATW_ZIN = "Eindigt die termijn op een zaterdag, zondag, feestdag, Goede Vrijdag of bij besluit gelijkgestelde"
NOTICE_ON_SATURDAY = {**STATUSHOUDER, "kennisgeving_inburgeringsplicht_datum": "2023-10-14"}


@pytest.mark.parametrize(("parameters", "naam", "waarde", "nl", "en"), [
    # Atw art. 4 onder a: thirteen weeks after Saturday 14 October 2023 is Saturday 13 January 2024, and stays
    ({"termijnen.pip_weken": {"2022-01-01": 13}}, "pip_uiterste_datum", "2024-01-13",
     "De termijn van 13 weken verlengt de Algemene termijnenwet niet: zij geldt niet voor een termijn van "
     "meer dan 12 weken (art. 4 onder a).",
     "The Algemene termijnenwet does not extend the term of 13 weeks: it does not apply to a term of more "
     "than 12 weeks (art. 4(a))."),
    ({"termijnen.atw.bovengrens_weken": {"2010-10-10": 5}}, "pip_bezwaartermijn_einddatum", "2024-02-21",
     "De termijn van zes weken verlengt de Algemene termijnenwet niet: zij geldt niet voor een termijn van "
     "meer dan vijf weken (art. 4 onder a).",
     "The Algemene termijnenwet does not extend the term of six weeks: it does not apply to a term of more "
     "than five weeks (art. 4(a))."),
])
def test_the_atw_sentence_only_where_the_deciding_system_lets_the_atw_reach_the_term(
        parameters, naam, waarde, nl, en):
    """The sentence that the Atw moves a deadline off a free day stands only where the Atw reaches the term
    under the system that decided (art. 4 onder a with its numbers, as the rule applies it); elsewhere it says
    why not."""
    basis = _uitleg(None, NOTICE_ON_SATURDAY)[naam]
    assert ATW_ZIN in basis["nl"] and "art. 4" not in basis["nl"]
    hervormd = _uitleg({"parameters": parameters}, NOTICE_ON_SATURDAY)[naam]
    assert hervormd["waarde"] == waarde
    assert ATW_ZIN not in hervormd["nl"] and hervormd["nl"].endswith(nl) and hervormd["en"].endswith(en)


def test_the_third_partys_term_keeps_the_atw_when_the_plans_term_leaves_it():
    """Bi 5.3 lid 2: the later of thirteen weeks after the notice (Saturday 13 January, outside the Atw under
    the reform) and two weeks after the information arrived (Saturday 20 January, inside it: Monday 22
    January); the sentence names both."""
    persoon = {**NOTICE_ON_SATURDAY, "pip_informatie_derde_opgevraagd_datum": "2023-11-01",
               "pip_zonder_informatie_derde_niet_mogelijk": True,
               "pip_informatie_derde_ontvangen_datum": "2024-01-06"}
    reform = {"parameters": {"termijnen.pip_weken": {"2022-01-01": 13}}}
    uitleg = _uitleg(reform, persoon)["pip_uiterste_datum"]
    assert uitleg["waarde"] == "2024-01-22" and ATW_ZIN in uitleg["nl"]
    assert "De termijn van 13 weken verlengt de Algemene termijnenwet niet" in uitleg["nl"]


def test_the_decree_warning_reads_the_deciding_systems_calendar():
    """Atw art. 3 lid 3: a reform that knows no decree after 2022 warns for the deadline of 27 December 2023;
    the law itself knows the decrees up to 2028 and does not."""
    reform = {"parameters": {"termijnen.atw.gelijkgestelde_dagen": {"2023-01-01": []}}}
    warning = "Voor dagen na 31 december 2022 kent dit pakket geen gelijkstellingsbesluit (art. 3 lid 3)"
    assert warning not in _uitleg(None, STATUSHOUDER)["pip_uiterste_datum"]["nl"]
    uitleg = _uitleg(reform, STATUSHOUDER)["pip_uiterste_datum"]
    assert uitleg["waarde"] == "2023-12-27" and warning in uitleg["nl"]
    assert "The package knows no decree for days after 2022-12-31 (art. 3(3))" in uitleg["en"]


def test_the_minimum_age_of_wi_3_is_that_of_the_day_residence_was_acquired():
    """Wi 3 lid 1 with lid 3 ("De inburgeringsplicht ontstaat niet met terugwerkende kracht"): a reform that raises the
    minimum age from 2025 does not reach residence acquired in 2024, in the decision and in its explanation (a review
    found the age read on the peildatum)."""
    hervorming = {"parameters": {"inburgeringsplicht.minimumleeftijd": {"2025-01-01": 18}}}
    persoon = {"geboortedatum": "2007-06-01", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2024-01-01", "leerplichtig_of_kwalificatieplichtig": False}
    uitleg = _uitleg(hervorming, persoon, peildatum="2025-06-01")["inburgeringsplichtig"]
    assert uitleg["waarde"] is True
    assert "16 jaar of ouder" in uitleg["nl"] and "aged 16 or over" in uitleg["en"]
    later = {**persoon, "geboortedatum": "2008-06-01", "verblijf_verkregen_datum": "2025-03-01"}
    uitleg = _uitleg(hervorming, later, peildatum="2025-06-01")
    assert uitleg["inburgeringsplichtig"]["waarde"] is False
    assert uitleg["reden_geen_inburgeringsplicht"]["waarde"] == "jonger_dan_16"
    assert "Jonger dan 18 jaar" in uitleg["reden_geen_inburgeringsplicht"]["nl"]
    assert "younger than 18" in uitleg["reden_geen_inburgeringsplicht"]["en"]
    # one evaluation, both persons: each explanation reads the age of its own day
    body = {"peildatum": "2025-06-01", "personen": [persoon, later], "hervorming": hervorming, "toelichting": True}
    beide = orjson.loads(b"".join(DIENST.batch(orjson.dumps(body), "nl")))["resultaten"]
    assert [r["besluiten"]["inburgeringsplichtig"] for r in beide] == [True, False]
    assert "16 jaar of ouder" in beide[0]["toelichting"]["inburgeringsplichtig"]["uitleg"]["nl"]
    assert "Jonger dan 18 jaar" in beide[1]["toelichting"]["reden_geen_inburgeringsplicht"]["uitleg"]["nl"]


def test_a_missing_day_of_acquisition_leaves_the_duty_open_when_a_reform_moves_the_minimum_age():
    """The trial day for a missing `verblijf_verkregen_datum` is the first day the person has the minimum age of that
    day (I1): with 16 until 2025 and 18 after, someone who turned 16 in late 2024 may have acquired residence then (a
    review found "not obligated" decided, the trial read the age of the peildatum)."""
    hervorming = {"parameters": {"inburgeringsplicht.minimumleeftijd": {"2025-01-01": 18}}}
    persoon = {"geboortedatum": "2008-09-01", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "leerplichtig_of_kwalificatieplichtig": False}
    body = {"peildatum": "2025-06-01", "persoon": persoon, "hervorming": hervorming}
    antwoord = DIENST.beoordeling(orjson.dumps(body), "nl")
    assert antwoord["status"]["inburgeringsplichtig"] == "onbepaald"
    assert "verblijf_verkregen_datum" in [o["invoer"] for o in antwoord["ontbrekende_gegevens"]]
    # 16 only on 2025-09-01, when the law asks 18: never old enough before the peildatum
    body["persoon"] = {**persoon, "geboortedatum": "2009-09-01"}
    antwoord = DIENST.beoordeling(orjson.dumps(body), "nl")
    assert antwoord["besluiten"]["inburgeringsplichtig"] is False
    assert antwoord["status"]["inburgeringsplichtig"] == "besloten"


def test_a_citation_is_not_repeated_when_a_label_carries_it():
    """A review: "(Wi 13 lid 1 b) (Wi 13 lid 1 b)" for a family member of an asylum permit holder (the member's
    label cites it), and the English temporary purpose cited Wi 3(1)(a) twice."""
    gezinslid = {"geboortedatum": "1990-01-01", "nationaliteit": "SY", "verblijfsvergunning": "regulier_bepaalde_tijd",
                 "verblijfsdoel": "gezinslid_van_asielstatushouder", "verblijf_verkregen_datum": "2023-01-01"}
    doelgroep = _uitleg(None, gezinslid)["doelgroep"]
    assert doelgroep["nl"].count("Wi 13 lid 1 b") == 1 and doelgroep["nl"].endswith("(Wi 13 lid 1 b).")
    student = {**gezinslid, "nationaliteit": "US", "verblijfsdoel": "studie"}
    plicht = _uitleg(None, student)["inburgeringsplichtig"]
    assert plicht["en"].count("Bi 2.2") == 1 and plicht["nl"].count("Bi 2.2") == 1


def test_a_given_fact_is_shown_without_what_not_given_means():
    """A review: "Gebaseerd op: ... bekendgemaakt (niet gegeven: geen) = 31 januari 2024" beside a given value."""
    teksten = [t["nl"] for t in _uitleg(None, {**STATUSHOUDER, "bijstand_recht_datum": "2023-10-02"}).values()]
    assert any("Dag waarop het recht op bijstand ontstaat = 2 oktober 2023" in t for t in teksten)
    assert not any("(niet gegeven:" in t.split("Gebaseerd op:", 1)[-1] for t in teksten if "Gebaseerd op:" in t)
    # in English too, and where the note is part of a longer one (a review)
    engels = [t["en"] for t in _uitleg(None, {**STATUSHOUDER, "taalschakeltraject_afgerond": False}).values()]
    assert any("completed the language bridging programme of the education route = no" in t for t in engels)
    assert not any("not given:" in t.split("Based on:", 1)[-1] for t in engels if "Based on:" in t)


def test_the_note_on_not_given_is_cut_from_a_label_in_either_language():
    assert _zonder_niet_gegeven("Dag waarop de leerroute is behaald (niet gegeven: nog niet)") == (
        "Dag waarop de leerroute is behaald")
    assert _zonder_niet_gegeven("completed the bridging programme (not given: no)") == "completed the bridging programme"
    assert _zonder_niet_gegeven("extensions granted (months, added up; not given: none)") == (
        "extensions granted (months, added up)")
    assert _zonder_niet_gegeven("art. 24 fines imposed so far") == "art. 24 fines imposed so far"


def test_a_deadline_moved_by_the_atw_says_which_days_moved_it():
    """A review: 30 December 2024 for six weeks ending on Christmas, without a word on why. Each free day is
    named (Atw art. 1 lid 1, 3); a deadline on a working day gets no such sentence."""
    kerst = _uitleg(None, {**STATUSHOUDER, "pip_datum": "2024-11-12", "pip_bekendmaking_datum": "2024-11-13"},
                    "2024-11-20")["pip_bezwaartermijn_einddatum"]
    assert kerst["waarde"] == "2024-12-30"
    assert ("Zes weken eindigen op woensdag 25 december 2024; 25 december 2024 is een algemeen erkende feestdag; "
            "26 december 2024 is een algemeen erkende feestdag; 27 december 2024 is bij besluit met een feestdag "
            "gelijkgesteld; 28 december 2024 is een zaterdag; 29 december 2024 is een zondag: de termijn loopt tot "
            "en met maandag 30 december 2024 (art. 1 lid 1).") in kerst["nl"]
    assert "Six weeks end on Wednesday 2024-12-25; 2024-12-25 is a public holiday;" in kerst["en"]
    gewoon = _uitleg(None, {**STATUSHOUDER, "pip_datum": "2024-01-10", "pip_bekendmaking_datum": "2024-01-10"},
                     "2024-01-20")["pip_bezwaartermijn_einddatum"]
    assert gewoon["waarde"] == "2024-02-21" and "eindigen op" not in gewoon["nl"] and "end on" not in gewoon["en"]


def test_a_fractional_percentage_of_a_reform_is_named_as_it_is(client):
    """A review: under 62.5 % for grove schuld the fine was € 31.25 and the explanation said "62 %"."""
    from gevallen import PEILDATUM, STATUSHOUDER

    persoon = {**STATUSHOUDER, "pip_datum": "2024-01-10", "pip_onvoldoende_medewerking": True,
               "verwijtbaarheid": "grove_schuld", "gemeentelijke_boetes_opgelegd_bedrag": 0,
               "boete_art_23_eerdere_aantal": 0}
    hervorming = {"parameters": {"boetes.art_23_verwijtbaarheid_procent.grove_schuld": {"2022-01-01": 62.5}}}
    uit = client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": persoon,
                                              "hervorming": hervorming}).json()
    assert uit["besluiten"]["boete_art_23_bedrag"] == 31.25
    tekst = uit["toelichting"]["boete_art_23_bedrag"]["uitleg"]
    assert "62,5 %" in tekst["nl"] and "62.5%" in tekst["en"]
