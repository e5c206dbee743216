"""Welke leerroutes open staan (Wi art. 7-9), de urennormen van de Z-route (Bi 3.14) en afschalen
naar A2 (Wi 17 lid 3; Bi 5.5)."""

import numpy

from inburgering_rules.datums import als_datum, dag
from inburgering_rules.enums import Doelgroep, Leerroute, Ontheffing
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Besluit


class leerroute_van_het_pip(Besluit):
    value_type = Leerroute.__base__
    possible_values = Leerroute
    default_value = Leerroute.nog_niet_vastgesteld
    label = "De leerroute die de inburgeringsplichtige op de peildatum volgt: die het PIP vaststelde"
    reference = [wet("Wi", "15", 1)]
    documentation = """
        Wi art. 15 lid 1: "Het college stelt op basis van de brede intake vast: a. de door de inburgeringsplichtige te
        volgen leerroute; ..." De leerroute (invoer) geldt vanaf de dagtekening van het PIP (pip_datum); vóór die dag
        is er geen vastgestelde route, ook als de route die komt al is gegeven (I30: wat na de peildatum ligt, is nog
        niet gebeurd; I44). Eén regel voor elk besluit dat vraagt welke route iemand op de peildatum volgt (Wi 8
        lid 1, 9 lid 1, 17 lid 3; Bi 3.14, 4.4 lid 2 a), I59. De MAP volgt de route van het PIP dat de termijn
        begint (map_verplicht).
        """

    def formula_2022_01_01(persoon, period):
        leerroute = persoon("leerroute", period)
        wi_15_lid_1_a = persoon("pip_vastgesteld", period)
        return numpy.where(wi_15_lid_1_a, leerroute, Leerroute.nog_niet_vastgesteld.index)


class b1_route_mogelijk(Besluit):
    value_type = bool
    label = "De B1-route (inburgeringsexamen) staat open"
    reference = [wet("Wi", "6", 1), wet("Wi", "7", 1), wet("Wi", "15", 1)]
    documentation = """
        Wi art. 7 lid 1: "Het inburgeringsexamen bestaat uit: a. de examinering van mondelinge en schriftelijke
        vaardigheden in de Nederlandse taal op ten minste het niveau B1 ...; en b. de examinering van de kennis van de
        Nederlandse maatschappij." De B1-route is de standaardroute voor ieder die aan de plicht moet voldoen.
        """

    def formula_2022_01_01(persoon, period):
        return persoon("plicht_te_voldoen", period)


class onderwijsroute_mogelijk(Besluit):
    value_type = bool
    label = "De onderwijsroute staat open"
    reference = [wet("Wi", "8", 1)]
    documentation = """
        Wi art. 8 lid 1: "De inburgeringsplichtige die tijdens de brede intake aangeeft een opleiding in het beroeps-
        of hoger onderwijs te willen volgen, volgt het taalschakeltraject indien naar het oordeel van het college een
        grote kans bestaat dat deze na het volgen van dat traject in staat is om in het genoemde onderwijs een
        diploma te behalen." Het oordeel van het college is invoer.
        Interpretatie (I37): heeft het college de onderwijsroute in het PIP vastgesteld, dan blijkt daaruit dat het
        zo oordeelde ("volgt"): de route staat dan open.
        Interpretatie (I40): wil_vervolgonderwijs niet gegeven wordt niet als nee gelezen; zonder vastgestelde
        leerroute is het besluit dan onbepaald (`publiek.FEITEN_UIT_INTAKE`).
        """

    def formula_2022_01_01(persoon, period):
        lid_1_wil_onderwijs = persoon("wil_vervolgonderwijs", period)
        lid_1_oordeel_college = persoon("grote_kans_diploma_na_taalschakeltraject", period)
        lid_1_vastgesteld = persoon("leerroute_van_het_pip", period) == Leerroute.onderwijsroute
        return persoon("plicht_te_voldoen", period) & ((lid_1_wil_onderwijs & lid_1_oordeel_college) | lid_1_vastgesteld)


class z_route_mogelijk(Besluit):
    value_type = bool
    label = "De zelfredzaamheidsroute (Z-route) staat open"
    reference = [wet("Wi", "9", 1)]
    documentation = """
        Wi art. 9 lid 1: "De inburgeringsplichtige die naar het oordeel van het college redelijkerwijs niet in staat
        is het inburgeringsexamen of het taalschakeltraject te behalen binnen de termijn, bedoeld in artikel 11,
        eerste lid, volgt een intensief traject ..." Het oordeel van het college is invoer.
        Interpretatie (I37): heeft het college de Z-route in het PIP vastgesteld, dan blijkt daaruit dat het zo
        oordeelde ("volgt"): de route staat dan open.
        """

    def formula_2022_01_01(persoon, period):
        lid_1_oordeel_college = persoon("examen_en_onderwijsroute_niet_haalbaar", period)
        lid_1_vastgesteld = persoon("leerroute_van_het_pip", period) == Leerroute.z_route
        return persoon("plicht_te_voldoen", period) & (lid_1_oordeel_college | lid_1_vastgesteld)


class z_route_cursusuren_vereist(Besluit):
    value_type = int
    unit = "hour"
    label = ("Urennorm cursusuren NT2 en KNM in de Z-route, na aftrek van de uren vóór een routewijziging en van de "
             "uren die het college in mindering bracht")
    reference = [wet("Bi", "3.14", 2), wet("Bi", "3.14", 3), wet("Bi", "5.4", 4), wet("Bi", "3.14", 9),
                 wet("Bi", "3.14", 10)]
    documentation = """
        Bi art. 3.14 lid 2: "De zelfredzaamheidsroute bestaat voor asielstatushouders uit de volgende onderdelen:
        a. in totaal 800 cursusuren gevolgd bij een cursusinstelling die voldoet aan het bepaalde op grond van
        artikel 32 van de wet, ..." Lid 3: "Het tweede lid, onderdeel a en c, zijn van toepassing op gezinsmigranten
        en overige migranten."
        Bi art. 5.4 lid 4 (tekst 2022: lid 3): "Bij het wijzigen van leerroute geldt dat bij het wijzigen van: ...
        c. de B1-route of de onderwijsroute naar de zelfredzaamheidsroute: de reeds gevolgde cursusuren Nederlands
        als tweede taal en cursusuren kennis van de Nederlandse maatschappij bij een cursusinstelling die voldoet
        aan het bepaalde op grond van artikel 32 van de wet of bij een instelling als bedoeld in artikel 8, tweede
        lid, van de wet, in mindering worden gebracht op de urennorm, bedoeld in artikel 3.14, tweede lid,
        onderdeel a." Een plicht, geen bevoegdheid: de uren van z_route_cursusuren_voor_wijziging gaan er altijd af.
        Bi art. 3.14 lid 9 (vanaf 2025-09-01): "Indien de inburgeringsplichtige in de periode vanaf twee jaar
        voorafgaand aan de vaststelling van het persoonlijk plan inburgering en participatie, onderwijs Nederlandse
        taal en kennis van de Nederlandse maatschappij heeft gevolgd aan een opleiding als bedoeld in het tiende lid,
        onderdeel a, b of c, dan kunnen de gevolgde uren, ... in mindering worden gebracht op de urennorm, die geldt
        op grond van het tweede lid, onderdeel a, en achtste lid."
        Interpretatie (I16): "kunnen ... in mindering worden gebracht" is een bevoegdheid van het college. Alleen
        de uren die het college besloot af te trekken (z_route_uren_in_mindering_gebracht) verlagen de norm, nooit
        vanzelf; lid 9 naar de regel op de peildatum. Voor wie tot geen van beide doelgroepen behoort, of de plicht
        niet hoeft te voldoen (vrijgesteld of geheel ontheven, Wi 4 en 5: geen leerroute, I7): 0.
        """

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).leerroutes.z_route
        wi_6_plicht = persoon("plicht_te_voldoen", period)
        lid_2_a_en_lid_3 = wi_6_plicht & (persoon("doelgroep", period) != Doelgroep.geen)
        bi_5_4_lid_4_c = persoon("z_route_cursusuren_voor_wijziging", period)
        lid_9 = numpy.where(p.vso_praktijk_entree_uren_aftrekbaar, persoon("z_route_uren_in_mindering_gebracht", period), 0)
        return numpy.where(lid_2_a_en_lid_3, numpy.maximum(p.cursusuren - bi_5_4_lid_4_c - lid_9, 0), 0)


class z_route_participatiegedeelte_ontheven(Besluit):
    value_type = bool
    label = "Gedeeltelijk ontheven van het participatiegedeelte van de zelfredzaamheidsroute (Bi 2.7 lid 3 c)"
    reference = [wet("Bi", "2.7", 3), wet("Wi", "5", 1)]
    documentation = """
        Bi art. 2.7 lid 3: "Een gedeeltelijke ontheffing van de inburgeringsplicht wordt uitsluitend verleend indien
        vanwege de belemmering of beperking niet kan worden voldaan aan: ... c. het participatiegedeelte van de
        zelfredzaamheidsroute, bedoeld in artikel 3.14, tweede lid, onderdeel b, ..." Een gedeeltelijke ontheffing
        wegens een belemmering (Wi 5 lid 1) die dat deel betreft (invoer ontheffing_participatiegedeelte_z_route,
        I16). Geen besluit: z_route_participatie_uren_vereist leest haar, en de uitleg van een norm van 0 ook.
        """

    def formula_2022_01_01(persoon, period):
        wi_5_lid_1 = persoon("ontheffing", period) == Ontheffing.gedeeltelijk_belemmering
        bi_2_7_lid_3_c = persoon("ontheffing_participatiegedeelte_z_route", period)
        return wi_5_lid_1 & bi_2_7_lid_3_c


class z_route_participatie_uren_vereist(Besluit):
    value_type = int
    unit = "hour"
    label = "Urennorm activiteiten zelfredzaamheid, activering en participatie in de Z-route, na aftrek van PVT en MAP"
    reference = [wet("Bi", "3.14", 2), wet("Bi", "3.14", 3), wet("Bi", "3.14", 5), wet("Bi", "2.7", 3),
                 wet("Wi", "5", 1)]
    documentation = """
        Bi art. 3.14 lid 2 onder b: "in totaal 800 uren besteed aan activiteiten gericht op zelfredzaamheid,
        activering en participatie in de Nederlandse maatschappij, ..." — alleen voor asielstatushouders; lid 3
        verklaart voor gezinsmigranten en overige migranten alleen onderdeel a en c van toepassing (norm 0).
        Lid 5: "De uren gemoeid met de module Arbeidsmarkt en Participatie en het participatieverklaringstraject
        worden in mindering gebracht op de urennorm, bedoeld in het tweede lid, onderdeel b."
        Bi art. 2.7 lid 3: "Een gedeeltelijke ontheffing van de inburgeringsplicht wordt uitsluitend verleend indien
        vanwege de belemmering of beperking niet kan worden voldaan aan: ... c. het participatiegedeelte van de
        zelfredzaamheidsroute, bedoeld in artikel 3.14, tweede lid, onderdeel b, met uitzondering van de
        activiteiten van het participatieverklaringstraject en de module Arbeidsmarkt en Participatie."
        Interpretatie (I16): de norm na die aftrek; 0 voor wie van het participatiegedeelte is ontheven (het PVT
        en de MAP blijven verplicht, Wi 6 lid 1). Welk deel een gedeeltelijke ontheffing betreft, is invoer
        (ontheffing_participatiegedeelte_z_route); bij een gedeeltelijke ontheffing zonder dat gegeven is de norm
        onbepaald (I44). Voor wie de plicht niet hoeft te voldoen (vrijgesteld of geheel ontheven, Wi 4 en 5: geen
        leerroute, I7): 0.
        """

    def formula_2022_01_01(persoon, period, parameters):
        wi_6_plicht = persoon("plicht_te_voldoen", period)
        bi_2_7_lid_3_c = persoon("z_route_participatiegedeelte_ontheven", period)
        lid_2_b = wi_6_plicht & (persoon("doelgroep", period) == Doelgroep.asielstatushouder) & ~bi_2_7_lid_3_c
        norm = parameters(period).leerroutes.z_route.participatie_uren_asielstatushouder
        lid_5 = persoon("z_route_pvt_map_uren", period)
        return numpy.where(lid_2_b, numpy.maximum(norm - lid_5, 0), 0)


class z_route_afgerond(Besluit):
    value_type = bool
    label = "De zelfredzaamheidsroute is afgerond volgens de urennormen en het eindgesprek, of behaald"
    reference = [wet("Bi", "3.14", 2), wet("Bi", "3.14", 3), wet("Wi", "6", 2)]
    documentation = """
        Bi art. 3.14 lid 2: a. de cursusuren; b. de uren activiteiten (asielstatushouders); "c. een eindgesprek met
        het college." De urennormen na aftrek staan in z_route_cursusuren_vereist en
        z_route_participatie_uren_vereist.
        Wi art. 6 lid 2: de inburgeringsplichtige ontvangt "een certificaat indien deze de zelfredzaamheidsroute heeft
        behaald". Interpretatie (I49): een behaalde route (`leerroute_behaald_datum`, zoals hij meetelt, op of vóór de
        peildatum) is ook afgerond als de uren niet zijn gegeven. Andersom telt de route pas als behaald op die dag:
        dat de onderdelen volgens de invoer af zijn, geeft die dag niet.
        """

    def formula_2022_01_01(persoon, period):
        lid_2_a = persoon("z_route_cursusuren", period) >= persoon("z_route_cursusuren_vereist", period)
        lid_2_b = persoon("z_route_participatie_uren", period) >= persoon("z_route_participatie_uren_vereist", period)
        lid_2_c = persoon("z_route_eindgesprek_gevoerd", period)
        z_route = persoon("leerroute_van_het_pip", period) == Leerroute.z_route
        wi_6_lid_2 = als_datum(persoon("leerroute_meetellend_behaald_datum", period)) <= dag(period)
        return persoon("plicht_te_voldoen", period) & z_route & ((lid_2_a & lid_2_b & lid_2_c) | wi_6_lid_2)


class afschalen_naar_a2_mogelijk(Besluit):
    value_type = bool
    label = "Het college mag bepalen dat de taal (deels) op A2 wordt geëxamineerd"
    reference = [wet("Wi", "17", 3), wet("Bi", "5.5", 1)]
    documentation = """
        Wi art. 17 lid 3: "Wanneer, na aanzienlijke inspanningen van de inburgeringsplichtige die de leerroute,
        bedoeld in artikel 7 volgt, uit de relevante feiten en omstandigheden blijkt dat deze inburgeringsplichtige
        niet in staat is het niveau B1 ... te behalen binnen de termijn, ... kan het college bepalen dat de mondelinge
        en schriftelijke vaardigheden in de Nederlandse taal, in afwijking van artikel 7, eerste lid, onderdeel a,
        geheel of gedeeltelijk op het niveau A2 worden geëxamineerd."
        Bi art. 5.5 lid 1: "Van aanzienlijke inspanningen, bedoeld in artikel 17, derde lid, van de wet, is sprake
        indien de inburgeringsplichtige in totaal 600 cursusuren Nederlands als tweede taal, waarvan
        alfabetiseringsonderwijs onderdeel kan zijn, heeft gevolgd bij een instelling die voldoet aan het bepaalde op
        grond van artikel 32 van de wet of bij een instelling als bedoeld in artikel 8, tweede lid, van de wet en
        voorts uit de relevante feiten en omstandigheden blijkt dat hij zich gedurende deze taallessen voldoende heeft
        ingespannen."
        Interpretatie (I17): de uren openen de mogelijkheid; de voldoende inspanning is het oordeel van het college.
        Wie de leerroute uiterlijk op de peildatum heeft behaald (leerroute_behaald_datum), is wel in staat het
        niveau B1 te behalen: dan niet meer.
        """

    def formula_2022_01_01(persoon, period, parameters):
        wi_17_lid_3_b1_route = persoon("leerroute_van_het_pip", period) == Leerroute.b1_route  # "die ... volgt"
        wi_17_lid_3_niet_behaald = ~(als_datum(persoon("leerroute_behaald_datum", period)) <= dag(period))
        bi_5_5_lid_1_uren = (persoon("nt2_lesuren_keurmerk", period)
                             >= parameters(period).leerroutes.afschalen_a2_minimum_lesuren)
        return (persoon("plicht_te_voldoen", period) & wi_17_lid_3_b1_route & wi_17_lid_3_niet_behaald
                & bi_5_5_lid_1_uren)


class leerroute_aanbod_door_gemeente(Besluit):
    value_type = bool
    label = "Het college moet een cursus of opleiding voor de leerroute aanbieden"
    reference = [wet("Wi", "16", 1), wet("Wi", "13", 1), wet("Wi", "6", 1)]
    documentation = """
        Wi art. 16 lid 1: "Het college biedt de inburgeringsplichtige als bedoeld in artikel 13, eerste lid, tijdig
        een cursus of opleiding aan waarmee die inburgeringsplichtige aan de op grond van artikel 15 vastgestelde
        leerroute kan voldoen."
        Interpretatie (I61): de cursus dient om aan de leerroute te voldoen (Wi 6 lid 1 onder c); wie de route op of
        vóór de peildatum heeft behaald (en dat telt: niet vóór het PIP, Bi 5.3 lid 5), krijgt er geen meer aangeboden.
        Een behaalde route die niet is gegeven, is (nog) niet behaald, zoals elke afronding (I30).
        """

    def formula_2022_01_01(persoon, period):
        art_13_lid_1 = persoon("doelgroep", period) == Doelgroep.asielstatushouder
        art_16_lid_1_kan_voldoen = ~(persoon("leerroute_meetellend_behaald_datum", period) <= dag(period))
        return persoon("plicht_te_voldoen", period) & art_13_lid_1 & art_16_lid_1_kan_voldoen
