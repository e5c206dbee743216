"""Bestuurlijke boetes: het college (Wi 22, 23) en de Minister/DUO (Wi 24, 25); Wi 26-27; Bi 7.1-7.2.

Bedragen worden in hele centen berekend (int64) en pas aan het eind in euro's omgezet, zodat
37,50 exact 37,50 blijft (`inburgering_rules.geld`).
"""

import numpy

from inburgering_rules.datums import als_datum, dag, loopt_na_bekendmaking
from inburgering_rules.enums import Verblijfsvergunning, Verwijtbaarheid
from inburgering_rules.geld import CENT, centen, deel, euros
from inburgering_rules.instrumenten import wet
from inburgering_rules.kiezen import kies
from inburgering_rules.variabelen import Besluit


class gemeentelijk_boeteplafond_resterend_bedrag(Besluit):
    value_type = float
    unit = "EUR"
    label = "Wat in de lopende termijn of nieuwe termijn resteert onder het plafond voor boetes van het college (euro)"
    reference = [wet("Bi", "7.1", 5), wet("Wi", "24", 2), wet("Wi", "25", 2)]
    documentation = """
        Bi art. 7.1 lid 5: "Het totaal aan opgelegde boetes, bedoeld in het eerste en tweede lid, beloopt gedurende
        de termijn, genoemd in artikel 11, eerste lid, van de wet, of de op grond van artikel 12 van de wet verlengde
        termijn, ten hoogste € 2.400 en beloopt gedurende de op grond van de artikelen 24, tweede en derde lid, en
        25, tweede lid, van de wet vastgestelde nieuwe termijn ten hoogste: a. € 400 bij een nieuwe termijn van zes
        maanden; b. € 800 bij een nieuwe termijn van een jaar; c. € 1.200 bij een nieuwe termijn van anderhalf jaar;
        d. € 1.600 bij een nieuwe termijn van twee jaar."
        Interpretatie (I12): het plafond minus wat in die termijn al is opgelegd (een boete van vóór de termijn telt
        mee), nooit onder 0. Ligt de peildatum in
        de nieuwe termijn van een art. 24- of 25-boetebeschikking (de dag na de bekendmaking tot en met de laatste
        dag), dan het plafond van lid 5 a-d voor de lengte van die termijn; valt de peildatum in beide, dan het
        laagste. Een lengte die lid 5 niet noemt (I33): het plafond van de eerstvolgende genoemde lengte die niet
        korter is (een kortere termijn kan geen hoger plafond hebben).
        """

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).boetes
        peildatum = dag(period)
        lid_5_termijn = centen(p.gemeentelijk_plafond_termijn)
        lid_5_a_tot_d = _plafonds_nieuwe_termijn(p.plafond_nieuwe_termijn)
        lid_5_nieuwe_termijn = numpy.full(persoon.count, _GEEN_PLAFOND)
        for artikel in ("24", "25"):
            bekendmaking = als_datum(persoon(f"boete_art_{artikel}_bekendmaking_datum", period))
            einde = persoon(f"nieuwe_termijn_art_{artikel}_einddatum", period)
            maanden = persoon(f"boete_art_{artikel}_nieuwe_termijn_maanden", period)
            plafond = _plafond_nieuwe_termijn(lid_5_a_tot_d, maanden)
            erin = loopt_na_bekendmaking(bekendmaking, einde, peildatum)
            lid_5_nieuwe_termijn = numpy.where(erin, numpy.minimum(lid_5_nieuwe_termijn, plafond), lid_5_nieuwe_termijn)
        in_nieuwe_termijn = lid_5_nieuwe_termijn < _GEEN_PLAFOND
        plafond = numpy.where(in_nieuwe_termijn, lid_5_nieuwe_termijn, lid_5_termijn)
        opgelegd = centen(persoon("gemeentelijke_boetes_opgelegd_bedrag", period))
        return euros(numpy.maximum(plafond - opgelegd, 0))


class gemeentelijk_boeteplafond_bereikt(Besluit):
    value_type = bool
    label = "Het plafond voor boetes van het college is bereikt: er resteert niets (Bi 7.1 lid 5)"
    reference = [wet("Bi", "7.1", 5)]
    documentation = """
        Bi art. 7.1 lid 5: "Het totaal aan opgelegde boetes, bedoeld in het eerste en tweede lid, beloopt gedurende
        de termijn ... ten hoogste € 2.400 ..." Waar als gemeentelijk_boeteplafond_resterend_bedrag 0 is: dan is een
        boete van art. 22 of 23 € 0 (die bedragen nemen het minimum met wat resteert). Een voorwaarde van die boetes
        in de beslis-API.
        """

    def formula_2022_01_01(persoon, period):
        return centen(persoon("gemeentelijk_boeteplafond_resterend_bedrag", period)) <= 0


_GEEN_PLAFOND = numpy.iinfo(numpy.int64).max  # buiten een nieuwe termijn: geen plafond van lid 5 a-d


def _plafonds_nieuwe_termijn(onderdelen) -> list[tuple[int, numpy.int64]]:
    """Bi 7.1 lid 5 a-d: (lengte in maanden, plafond in centen), van de kortste naar de langste termijn."""
    return sorted((o.maanden, centen(o.bedrag))
                  for o in (onderdelen.onder_a, onderdelen.onder_b, onderdelen.onder_c, onderdelen.onder_d))


def _plafond_nieuwe_termijn(rijen, maanden) -> numpy.ndarray:
    """Het plafond van de kortste genoemde termijn (`_plafonds_nieuwe_termijn`) die niet korter is dan `maanden`."""
    plafond = numpy.full(numpy.shape(maanden), rijen[-1][1])
    for lengte, bedrag in reversed(rijen):
        plafond = numpy.where(maanden <= lengte, bedrag, plafond)
    return plafond


_WI_27 = """
    Wi art. 27: "Het opleggen van een bestuurlijke boete blijft achterwege als voor dezelfde gedraging de bijstand is
    verlaagd op grond van artikel 18 of 18b van de Participatiewet."
    Per boete: elke boete heeft haar eigen gedraging. Achterwege als de bijstand is verlaagd voor de gedraging van
    deze boete (bijstand_verlaagd_gedraging_art_..) of voor die van elke boete (bijstand_verlaagd_zelfde_gedraging).
    """


def _wi_27(persoon, period, artikel: str):
    return (persoon("bijstand_verlaagd_zelfde_gedraging", period)
            | persoon(f"bijstand_verlaagd_gedraging_art_{artikel}", period))


class boete_art_22_achterwege_wi_27(Besluit):
    value_type = bool
    label = "De boete van art. 22 blijft achterwege: de bijstand is verlaagd voor dezelfde gedraging"
    reference = [wet("Wi", "27")]
    documentation = _WI_27

    def formula_2022_01_01(persoon, period):
        return _wi_27(persoon, period, "22")


class boete_art_23_achterwege_wi_27(Besluit):
    value_type = bool
    label = "De boete van art. 23 blijft achterwege: de bijstand is verlaagd voor dezelfde gedraging"
    reference = [wet("Wi", "27")]
    documentation = _WI_27

    def formula_2022_01_01(persoon, period):
        return _wi_27(persoon, period, "23")


class boete_art_24_achterwege_wi_27(Besluit):
    value_type = bool
    label = "De boete van art. 24 blijft achterwege: de bijstand is verlaagd voor dezelfde gedraging"
    reference = [wet("Wi", "27")]
    documentation = _WI_27

    def formula_2022_01_01(persoon, period):
        return _wi_27(persoon, period, "24")


class boete_art_25_achterwege_wi_27(Besluit):
    value_type = bool
    label = "De boete van art. 25 blijft achterwege: de bijstand is verlaagd voor dezelfde gedraging"
    reference = [wet("Wi", "27")]
    documentation = _WI_27

    def formula_2022_01_01(persoon, period):
        return _wi_27(persoon, period, "25")


class boete_art_25_achterwege_lid_3(Besluit):
    value_type = bool
    label = ("De boete van art. 25 blijft achterwege: de verlenging van de reguliere verblijfsvergunning voor bepaalde "
             "tijd is afgewezen (art. 18 Vw) of die vergunning is ingetrokken (art. 19 Vw)")
    reference = [wet("Wi", "25", 3)]
    documentation = """
        Wi art. 25 lid 3: "In afwijking van het eerste lid, legt Onze Minister geen boete op als bij of krachtens
        artikel 18 van de Vreemdelingenwet 2000 de aanvraag tot het verlengen van de geldigheidsduur van de
        verblijfsvergunning voor bepaalde tijd wordt afgewezen of bij of krachtens artikel 19 van die wet de
        verblijfsvergunning voor bepaalde tijd wordt ingetrokken."
        Interpretatie (I50): art. 18 en 19 Vw gaan over de reguliere vergunning voor bepaalde tijd (art. 14 Vw); een
        verblijfsvergunning asiel wordt afgewezen of ingetrokken op grond van art. 31 en 32 Vw. Wie een
        verblijfsvergunning asiel heeft, valt dus niet onder lid 3, ook als het feit is gegeven.
        """

    def formula_2022_01_01(persoon, period):
        regulier = persoon("verblijfsvergunning", period) == Verblijfsvergunning.regulier_bepaalde_tijd
        return persoon("verblijfsvergunning_niet_verlengd_of_ingetrokken", period) & regulier


class boete_art_22_na_eerste_beschikking(Besluit):
    value_type = bool
    label = "Er is op de peildatum een eerste art. 22-boetebeschikking bekendgemaakt: de gedraging van lid 3 beslist"
    reference = [wet("Wi", "22", 2), wet("Wi", "22", 3)]
    documentation = """
        Wi art. 22 lid 3: "Het college legt een bestuurlijke boete op aan de inburgeringsplichtige als deze niet is
        verschenen of onvoldoende meewerkt binnen de op grond van het tweede lid vastgestelde termijn."
        Interpretatie (I34): waar, als de dag van bekendmaking van de eerste boetebeschikking
        (boete_art_22_bekendmaking_datum) op of vóór de peildatum ligt; dan beslist de gedraging van lid 3 (binnen de
        nieuwe termijn van lid 2), anders die van lid 1. Eén regel voor de voorwaarde van de boete en haar uitleg.
        """

    def formula_2022_01_01(persoon, period):
        return als_datum(persoon("boete_art_22_bekendmaking_datum", period)) <= dag(period)


class brede_intake_gedraging_art_22(Besluit):
    value_type = bool
    label = ("Niet verschenen of onvoldoende meegewerkt aan de brede intake: binnen de termijn van Wi 14 lid 1, of na "
             "een eerste art. 22-boetebeschikking binnen de nieuwe termijn")
    reference = [wet("Wi", "22", 1), wet("Wi", "22", 3)]
    documentation = """
        Wi art. 22 lid 1: "Het college legt een bestuurlijke boete op aan de inburgeringsplichtige als deze niet is
        verschenen binnen de in artikel 14, eerste lid, tweede zin, bedoelde termijn of als deze onvoldoende meewerkt
        aan de brede intake, waaronder het afleggen van de leerbaarheidstoets, bedoeld in artikel 14, derde lid,
        onderdeel a."
        Lid 3: "Het college legt een bestuurlijke boete op aan de inburgeringsplichtige als deze niet is verschenen of
        onvoldoende meewerkt binnen de op grond van het tweede lid vastgestelde termijn."
        Interpretatie (I34): is er op de peildatum al een art. 22-boetebeschikking bekendgemaakt
        (boete_art_22_na_eerste_beschikking), dan beslist de gedraging van lid 3 (binnen de nieuwe termijn), anders
        die van lid 1. Is de boete van lid 3 al opgelegd (boete_art_22_lid_3_opgelegd), dan
        geen: anders dan art. 24 lid 3 verklaart lid 3 het tweede lid niet opnieuw van toepassing, dus art. 22 kent
        ten hoogste twee boetes. De voorwaarde van de boete die de API toont.
        Wi art. 14 lid 1: "Het college roept de inburgeringsplichtige op voor de afname van de brede intake en stelt
        daarbij een termijn." Het college is dat van de gemeente waar hij woonplaats heeft (Wi 1.1). Interpretatie
        (I51): ligt de inschrijving in de BRP (brp_inschrijving_datum) na de peildatum, dan is hij op de peildatum nog
        niet door dat college opgeroepen en telt de gedraging van lid 1 nog niet; zonder inschrijving telt het feit
        zoals gegeven.
        """

    def formula_2022_01_01(persoon, period):
        eerste_beschikking = persoon("boete_art_22_na_eerste_beschikking", period)
        wi_14_lid_1_opgeroepen = ~(als_datum(persoon("brp_inschrijving_datum", period)) > dag(period))
        lid_1 = persoon("brede_intake_niet_verschenen_na_herhaalde_oproep", period) & wi_14_lid_1_opgeroepen
        lid_3 = (persoon("brede_intake_niet_verschenen_binnen_nieuwe_termijn", period)
                 & ~persoon("boete_art_22_lid_3_opgelegd", period))
        return numpy.where(eerste_beschikking, lid_3, lid_1)


class boete_art_22_bedrag(Besluit):
    value_type = float
    unit = "EUR"
    label = "Boete die het college oplegt voor de brede intake (euro; 0 als er geen is)"
    reference = [wet("Wi", "22", 1), wet("Wi", "22", 2), wet("Wi", "22", 3), wet("Wi", "26", 1), wet("Bi", "7.1", 1),
                 wet("Bi", "7.1", 5), wet("Bi", "7.1", 6)]
    documentation = """
        Wi art. 22 lid 1 en 3: "Het college legt een bestuurlijke boete op aan de inburgeringsplichtige als deze ..."
        niet verscheen of onvoldoende meewerkte; welke gedraging telt (lid 1, of na een eerste beschikking lid 3,
        I34) beslist brede_intake_gedraging_art_22, waar beide leden geciteerd staan.
        Bi art. 7.1 lid 1: "De bestuurlijke boete, bedoeld in artikel 22 van de wet, bedraagt € 250."
        Wi art. 26 lid 1: "De bestuurlijke boetes, bedoeld in de artikelen 22, 23, 24 en 25, zijn niet hoger dan: a.
        € 250 voor de boetes, bedoeld in artikel 22; ..." (het bedrag van het Besluit blijft binnen die grens, ook
        als een hervorming alleen het Besluit verandert).
        Begrensd door wat onder het plafond van Bi 7.1 lid 5 resteert; achterwege bij Wi 27.
        Lid 6: "De stelplicht en bewijslast van feiten en omstandigheden die aanleiding kunnen geven voor verlaging van
        de bestuurlijke boete, bedoeld in het eerste lid, rust op betrokkene. Indien het college op de hoogte is van
        bijzondere omstandigheden, wordt bij het opleggen van de bestuurlijke boete daarmee rekening gehouden."
        Interpretatie (I55): het bedrag van lid 1; een verlaging om bijzondere omstandigheden is aan het college en
        geen invoer.
        """

    def formula_2022_01_01(persoon, period, parameters):
        wi_22_lid_1_en_3 = persoon("brede_intake_gedraging_art_22", period)
        wi_22 = persoon("plicht_te_voldoen", period) & wi_22_lid_1_en_3
        p = parameters(period).boetes
        wi_26_lid_1_a = centen(p.wi_26_maximum.art_22)
        bi_7_1_lid_1 = numpy.minimum(centen(p.art_22_bedrag), wi_26_lid_1_a)
        bi_7_1_lid_5 = centen(persoon("gemeentelijk_boeteplafond_resterend_bedrag", period))
        wi_27 = persoon("boete_art_22_achterwege_wi_27", period)
        return euros(numpy.where(wi_22 & ~wi_27, numpy.minimum(bi_7_1_lid_1, bi_7_1_lid_5), 0))


class pip_vastgesteld(Besluit):
    value_type = bool
    label = "Het PIP is op of vóór de peildatum vastgesteld (waar de boete van art. 23 naar verwijst)"
    reference = [wet("Wi", "23", 1), wet("Wi", "15", 1)]
    documentation = """
        Wi art. 23 lid 1: "Het college legt een boete op aan de inburgeringsplichtige als die niet of onvoldoende
        meewerkt aan de geboden ondersteuning en begeleiding, bedoeld in artikel 15, eerste lid, onderdeel b, of niet
        voldoet aan hetgeen op grond van de vastgestelde intensiteit van het participatieverklaringstraject en de
        module Arbeidsmarkt en Participatie, bedoeld in artikel 15, eerste lid, onderdeel c, of de vastgestelde
        intensiteit van de leerroute, bedoeld in artikel 15, tweede lid, van hem verwacht wordt."
        Interpretatie (I47): alles waar lid 1 naar verwijst, staat in het PIP (Wi 15); vóór de dagtekening van het
        (eerste) PIP (pip_datum) is er geen boete van art. 23.
        """

    def formula_2022_01_01(persoon, period):
        return als_datum(persoon("pip_datum", period)) <= dag(period)


class boete_art_23_bedrag_volgens_besluit(Besluit):
    value_type = float
    unit = "EUR"
    label = ("Het bedrag van de art. 23-boete volgens Bi 7.1 lid 2-4, vóór de grens van Wi 26 lid 1 onder c en het "
             "plafond van Bi 7.1 lid 5 (euro)")
    reference = [wet("Bi", "7.1", 2), wet("Bi", "7.1", 3), wet("Bi", "7.1", 4)]
    documentation = """
        Bi art. 7.1 lid 2: "De bestuurlijke boete, bedoeld in artikel 23 van de wet, bedraagt € 50."
        Lid 3: "De boete, bedoeld in het tweede lid, wordt steeds met 100 procent van het boetebedrag verhoogd tot
        een bedrag van ten hoogste € 800, indien binnen een tijdvak van twaalf maanden voorafgaand aan de dag van
        constatering van de overtreding een eerdere overtreding, bestaande uit het niet naleven van het bepaalde in
        artikel 23 van de wet is geconstateerd, en de bestuurlijke boete wegens de eerdere overtreding onherroepelijk
        is geworden."
        Lid 4: "a. indien er sprake is van opzet, wordt de bestuurlijke boete vastgesteld op 100 procent; b. indien
        er sprake is van grove schuld, wordt de boete vastgesteld op 75 procent; c. indien er geen sprake is van opzet
        of grove schuld wordt de bestuurlijke boete vastgesteld op 50 procent; d. indien er sprake is van verminderde
        verwijtbaarheid wordt de bestuurlijke boete vastgesteld op 25 procent."
        Interpretatie (I11): eerst verhogen tot ten hoogste het bedrag van lid 3, dan het percentage van lid 4. Zonder
        vastgestelde verwijtbaarheid: 100 procent (het hoogste bedrag). Het bedrag dat de wet daarna begrenst
        (boete_art_23_bedrag); de uitleg leest hier of die grens besliste.
        """

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).boetes
        lid_2 = centen(p.art_23_basisbedrag)
        eerdere = numpy.clip(persoon("boete_art_23_eerdere_aantal", period), 0, 30)
        factor = (1 + p.art_23_verhoging_procent / 100) ** eerdere
        lid_3 = numpy.minimum(centen(lid_2 / CENT * factor), centen(p.art_23_maximum))
        pct = p.art_23_verwijtbaarheid_procent
        verwijtbaarheid = persoon("verwijtbaarheid", period)
        lid_4 = kies(
            [verwijtbaarheid == Verwijtbaarheid.grove_schuld, verwijtbaarheid == Verwijtbaarheid.geen_opzet_of_grove_schuld,
             verwijtbaarheid == Verwijtbaarheid.verminderd_verwijtbaar],
            [pct.grove_schuld, pct.geen_opzet_of_grove_schuld, pct.verminderd_verwijtbaar],
            pct.opzet,
        )
        return euros(deel(lid_3, lid_4))


class boete_art_23_bedrag(Besluit):
    value_type = float
    unit = "EUR"
    label = "Boete die het college oplegt voor onvoldoende medewerking aan het PIP (euro)"
    reference = [wet("Wi", "23", 1), wet("Wi", "26", 1), wet("Bi", "7.1", 2), wet("Bi", "7.1", 3),
                 wet("Bi", "7.1", 4), wet("Bi", "7.1", 5)]
    documentation = """
        Wi art. 23 lid 1: "Het college legt een boete op aan de inburgeringsplichtige als die niet of onvoldoende
        meewerkt aan de geboden ondersteuning en begeleiding, ... of niet voldoet aan hetgeen op grond van de
        vastgestelde intensiteit van het participatieverklaringstraject en de module Arbeidsmarkt en Participatie ...
        of de vastgestelde intensiteit van de leerroute ... van hem verwacht wordt."
        Bi art. 7.1 lid 2-4: het bedrag, verhoogd per eerdere boete en naar de verwijtbaarheid
        (boete_art_23_bedrag_volgens_besluit, waar die leden geciteerd staan).
        Wi art. 26 lid 1 onder c: "€ 800 voor de boetes, bedoeld in artikel 23".
        Interpretatie (I11): eerst verdubbelen tot ten hoogste € 800, dan het percentage, dan de grens van Wi 26 lid 1
        onder c (dezelfde € 800; zij telt als een hervorming alleen het Besluit verandert), dan het plafond van lid 5.
        Zonder vastgestelde verwijtbaarheid: 100 procent (het hoogste bedrag); de beslis-API vraagt dan om het
        oordeel van het college.
        """

    def formula_2022_01_01(persoon, period, parameters):
        wi_23_lid_1 = (persoon("plicht_te_voldoen", period) & persoon("pip_vastgesteld", period)
                       & persoon("pip_onvoldoende_medewerking", period))
        bi_7_1_lid_2_tot_4 = centen(persoon("boete_art_23_bedrag_volgens_besluit", period))
        wi_26_lid_1_c = centen(parameters(period).boetes.wi_26_maximum.art_23)
        bedrag = numpy.minimum(bi_7_1_lid_2_tot_4, wi_26_lid_1_c)
        bi_7_1_lid_5 = centen(persoon("gemeentelijk_boeteplafond_resterend_bedrag", period))
        wi_27 = persoon("boete_art_23_achterwege_wi_27", period)
        return euros(numpy.where(wi_23_lid_1 & ~wi_27, numpy.minimum(bedrag, bi_7_1_lid_5), 0))


class pvt_of_map_niet_tijdig_afgerond(Besluit):
    value_type = bool
    label = "Het PVT of de MAP is niet afgerond binnen de (verlengde) termijn, en die termijn is verstreken"
    reference = [wet("Wi", "24", 1), wet("Bi", "5.3", 5)]
    documentation = """
        Wi art. 24 lid 1: "... die het participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet
        heeft afgerond binnen de in artikel 11, eerste lid, bedoelde termijn, of de op grond van artikel 12 verlengde
        termijn." Interpretatie (I13): pas na de laatste dag van de termijn. Afgerond is wat meetelt voor het
        voldoen aan de plicht: niet vóór de dag van het PIP (Bi 5.3 lid 5, I41).
        """

    def formula_2022_01_01(persoon, period):
        einde = persoon("inburgeringstermijn_einddatum", period)
        pvt_tijdig = persoon("pvt_meetellend_afgerond_datum", period) <= einde
        map_tijdig = persoon("map_meetellend_afgerond_datum", period) <= einde
        pvt_te_laat = persoon("pvt_verplicht", period) & ~pvt_tijdig
        map_te_laat = persoon("map_verplicht", period) & ~map_tijdig
        return persoon("termijn_verstreken", period) & (pvt_te_laat | map_te_laat)


class boete_art_24_bedrag(Besluit):
    value_type = float
    unit = "EUR"
    label = "Boete die DUO op de peildatum oplegt omdat het PVT of de MAP niet binnen de termijn is afgerond (euro)"
    reference = [wet("Wi", "24", 1), wet("Wi", "24", 3), wet("Wi", "24", 4), wet("Wi", "26", 1), wet("Wi", "27"),
                 wet("Bi", "7.2", 1), wet("Bi", "7.2", 3)]
    documentation = """
        Wi art. 24 lid 1: "Onze Minister legt een bestuurlijke boete op aan de inburgeringsplichtige die het
        participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet heeft afgerond binnen de in
        artikel 11, eerste lid, bedoelde termijn, of de op grond van artikel 12 verlengde termijn."
        Bi art. 7.2 lid 1: "De bestuurlijke boete, bedoeld in artikel 24 van de wet, bedraagt € 340."
        Wi art. 26 lid 1 onder b: "€ 340 voor de boete, bedoeld in artikel 24" (de grens van het bedrag van het
        Besluit, ook onder een hervorming die alleen het Besluit verandert).
        Lid 3: "De stelplicht en bewijslast van feiten en omstandigheden die aanleiding kunnen geven voor verlaging van
        de bestuurlijke boete, bedoeld in het eerste lid, rust op betrokkene. Indien Onze Minister op de hoogte is van
        bijzondere omstandigheden, wordt bij het opleggen van de bestuurlijke boete daarmee rekening gehouden."
        Interpretatie (I55): het bedrag van lid 1; een verlaging om bijzondere omstandigheden is aan DUO en geen invoer.
        Na een eerste boete pas weer na de nieuwe termijn, daarna iedere twee jaar (lid 3 en 4;
        boete_art_24_eerste_of_volgende). Achterwege bij Wi 27.
        """

    def formula_2022_01_01(persoon, period, parameters):
        wi_24_lid_1 = persoon("pvt_of_map_niet_tijdig_afgerond", period)
        wi_24_lid_3_en_4 = persoon("boete_art_24_eerste_of_volgende", period)
        wi_27 = persoon("boete_art_24_achterwege_wi_27", period)
        p = parameters(period).boetes
        wi_26_lid_1_b = centen(p.wi_26_maximum.art_24)
        bi_7_2_lid_1 = numpy.minimum(centen(p.art_24_bedrag), wi_26_lid_1_b)
        return euros(numpy.where(wi_24_lid_1 & wi_24_lid_3_en_4 & ~wi_27, bi_7_2_lid_1, 0))


class leerroute_niet_tijdig_behaald(Besluit):
    value_type = bool
    label = "De leerroute is niet behaald binnen de (verlengde) termijn, en die termijn is verstreken"
    reference = [wet("Wi", "25", 1), wet("Bi", "5.3", 5)]
    documentation = """
        Wi art. 25 lid 1: "Onze Minister legt een bestuurlijke boete op aan de inburgeringsplichtige die de op grond
        van artikel 15 vastgestelde leerroute niet heeft behaald binnen de in artikel 11, eerste lid, bedoelde
        termijn, of de op grond van artikel 12 verlengde termijn." Interpretatie (I13): pas na de laatste dag van de
        termijn. Behaald is wat meetelt voor het voldoen aan de plicht: niet vóór de dag van het PIP (Bi 5.3 lid 5,
        I41).
        """

    def formula_2022_01_01(persoon, period):
        einde = persoon("inburgeringstermijn_einddatum", period)
        behaald_op_tijd = persoon("leerroute_meetellend_behaald_datum", period) <= einde
        return persoon("plicht_te_voldoen", period) & persoon("termijn_verstreken", period) & ~behaald_op_tijd


class boete_art_25_maximum_bedrag(Besluit):
    value_type = float
    unit = "EUR"
    label = "Hoogste boete die DUO op de peildatum oplegt omdat de leerroute niet binnen de termijn is behaald (euro)"
    reference = [wet("Wi", "25", 1), wet("Wi", "25", 2), wet("Wi", "25", 3), wet("Wi", "26", 1), wet("Wi", "27"),
                 wet("Bi", "7.2", 2), wet("Bi", "5.3", 5)]
    documentation = """
        Wi art. 25 lid 1: "Onze Minister legt een bestuurlijke boete op aan de inburgeringsplichtige die de op grond
        van artikel 15 vastgestelde leerroute niet heeft behaald binnen de in artikel 11, eerste lid, bedoelde
        termijn, of de op grond van artikel 12 verlengde termijn." (`leerroute_niet_tijdig_behaald`)
        Lid 3: "In afwijking van het eerste lid, legt Onze Minister geen boete op als bij of krachtens artikel 18 van
        de Vreemdelingenwet 2000 de aanvraag tot het verlengen van de geldigheidsduur van de verblijfsvergunning voor
        bepaalde tijd wordt afgewezen of bij of krachtens artikel 19 van die wet de verblijfsvergunning voor bepaalde
        tijd wordt ingetrokken."
        Wi art. 26 lid 1 onder d: "€ 1 000 voor de boete, bedoeld in artikel 25."
        Lid 2: "Artikel 24, tweede, derde en vierde lid, is van overeenkomstige toepassing.": na een eerste boete pas
        weer na de nieuwe termijn, daarna iedere twee jaar (boete_art_25_eerste_of_volgende).
        Interpretatie (I14): het maximum; de tabel van de Regeling (Bi 7.2 lid 2 en 4) is niet beschikbaar.
        """

    def formula_2022_01_01(persoon, period, parameters):
        lid_1 = persoon("leerroute_niet_tijdig_behaald", period)
        lid_2 = persoon("boete_art_25_eerste_of_volgende", period)
        lid_3 = persoon("boete_art_25_achterwege_lid_3", period)
        wi_27 = persoon("boete_art_25_achterwege_wi_27", period)
        wi_26_lid_1_d = centen(parameters(period).boetes.art_25_maximum)
        return euros(numpy.where(lid_1 & lid_2 & ~lid_3 & ~wi_27, wi_26_lid_1_d, 0))
