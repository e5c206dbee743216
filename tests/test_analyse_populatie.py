"""The synthetic population respects the law's own logic (issue 13): a property test over seeds and sizes."""

from __future__ import annotations

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st

from inburgering_rules import populatie, simulatie
from inburgering_rules.datums import na_maanden
from inburgering_rules.hervormingen import basissysteem

AOW_MAANDEN = 66 * 12 + 7            # de laagste AOW-leeftijd sinds 2022 (66 jaar en 7 maanden)


def _op_of_na(a, b):
    """Waar a bekend is: a >= b (b bekend)."""
    return numpy.isnat(a) | (~numpy.isnat(b) & (a >= b))


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**31), n=st.integers(1, 3000))
def test_population_respects_the_law(seed, n):
    p = populatie.blok(n, seed)
    pip, geboren, verblijf = p["pip_datum"], p["geboortedatum"], p["verblijf_verkregen_datum"]
    heeft_pip = ~numpy.isnat(pip)
    # geen PIP vóór 16 jaar of na de AOW-leeftijd (Wi 2 lid 1): geen 14-jarige met een PIP
    assert (na_maanden(geboren[heeft_pip], 16 * 12) <= pip[heeft_pip]).all()
    assert (na_maanden(geboren[heeft_pip], AOW_MAANDEN) > pip[heeft_pip]).all()
    # geen PIP vóór het verblijf, de kennisgeving of de inschrijving; die komen niet vóór het verblijf
    for naam in ("verblijf_verkregen_datum", "kennisgeving_inburgeringsplicht_datum", "brp_inschrijving_datum"):
        assert _op_of_na(numpy.where(heeft_pip, pip, numpy.datetime64("NaT")), p[naam])[heeft_pip].all(), naam
    for naam in ("kennisgeving_inburgeringsplicht_datum", "brp_inschrijving_datum"):
        assert _op_of_na(p[naam], verblijf).all(), naam
    assert (heeft_pip <= ~numpy.isnat(p["kennisgeving_inburgeringsplicht_datum"])).all()
    # PVT, MAP en leerroute pas na het PIP; zonder PIP geen voortgang, geen leerroute, geen verlenging
    for naam in ("pvt_afgerond_datum", "map_afgerond_datum", "leerroute_behaald_datum"):
        klaar = ~numpy.isnat(p[naam])
        assert (klaar <= heeft_pip).all() and (p[naam][klaar] > pip[klaar]).all(), naam
    zonder = ~heeft_pip
    assert (p["leerroute"][zonder] == "nog_niet_vastgesteld").all()
    assert (p["termijn_verlenging_maanden"][zonder] == 0).all() and (p["ontheffing"][zonder] == "geen").all()
    assert not (p["knm_behaald"][zonder].any() or p["lesuren_gevolgd"][zonder].any())
    # de onderwijsroute heeft geen MAP
    assert numpy.isnat(p["map_afgerond_datum"][p["leerroute"] == "onderwijsroute"]).all()
    # wie niet onder de Wi 2021 valt (EU-burger, tijdelijk verblijf, Wi 2013) krijgt geen kennisgeving of PIP
    buiten = (p["verblijfsvergunning"] == "gemeenschapsrecht") | p["inburgeringsplichtig_wi2013"] \
        | numpy.isin(p["verblijfsdoel"], populatie.TIJDELIJK) | numpy.isin(
            p["verblijfsvergunning"], ["regulier_onbepaalde_tijd", "asiel_onbepaalde_tijd"]) \
        | p["familielid_eu_burger"] | (verblijf < numpy.datetime64("2022-01-01"))
    assert numpy.isnat(p["kennisgeving_inburgeringsplicht_datum"][buiten]).all() and not heeft_pip[buiten].any()
    # bijstand pas vanaf 18 jaar en na de inschrijving
    bijstand = ~numpy.isnat(p["bijstand_recht_datum"])
    assert (na_maanden(geboren[bijstand], 18 * 12) <= p["bijstand_recht_datum"][bijstand]).all()
    assert (p["bijstand_recht_datum"][bijstand] >= p["brp_inschrijving_datum"][bijstand]).all()
    # boetefeiten alleen bij een opgeroepen inburgeringsplichtige, verwijtbaarheid alleen bij een gedraging
    opgeroepen = ~numpy.isnat(p["kennisgeving_inburgeringsplicht_datum"])
    for naam in ("pip_onvoldoende_medewerking", "brede_intake_niet_verschenen_na_herhaalde_oproep"):
        assert (p[naam] <= opgeroepen).all(), naam
    assert (p["gemeentelijke_boetes_opgelegd_bedrag"][~opgeroepen] == 0).all()
    assert ((p["boete_art_23_eerdere_aantal"] > 0) <= p["pip_onvoldoende_medewerking"]).all()
    assert ((p["verwijtbaarheid"] != "onbekend") == p["pip_onvoldoende_medewerking"]).all()
    assert (p["bijstand_verlaagd_gedraging_art_23"] <= (bijstand & p["pip_onvoldoende_medewerking"])).all()


def test_everyone_with_a_pip_is_inburgeringsplichtig_under_the_rules():
    """The rules agree: a PIP in the synthetic population is only ever made for someone the law obliges."""
    p = populatie.blok(4000, 5)
    heeft_pip = ~numpy.isnat(p["pip_datum"])
    invoer = populatie.typeer(basissysteem(), {naam: numpy.array(populatie._als_tekst(naam, waarden), dtype=object)
                                               for naam, waarden in p.items()})
    uit = simulatie.bereken(basissysteem(), "2031-12-31", populatie.vul_aan(basissysteem(), invoer, 4000), 4000)
    assert heeft_pip.sum() > 1500
    assert uit["inburgeringsplichtig"][heeft_pip].all()
