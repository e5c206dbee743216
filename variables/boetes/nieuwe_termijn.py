"""Na de eerste boete: de nieuwe termijn, de volgende boete en het bezwaar (Wi 22 lid 2-3, 24 lid 2-4, 25 lid 2;
Wi 14 lid 2; Awb 6:7, 6:8).

Wi 25 lid 2 verklaart Wi 24 lid 2, 3 en 4 van overeenkomstige toepassing; beide artikelen delen daarom dezelfde
berekening (`_nieuwe_termijn_einde`, `_volgende_boete`), elk met de eigen invoer en het eigen onderdeel van de
plicht. Een nieuwe termijn wordt gesteld in een beschikking, niet in een wet: de Algemene termijnenwet verlengt
hem niet (art. 1 lid 1, art. 5; docs/interpretaties.md I31).
"""

import numpy

from inburgering_rules.bezwaar import bezwaartermijn_einde
from inburgering_rules.datums import (ONBEKEND, als_datum, begin_na_bekendmaking, bekend, dag, einde_termijn, na_maanden,
                                     plus_dagen)
from inburgering_rules.geldend_recht import aantal_op
from inburgering_rules.instrumenten import wet
from inburgering_rules.kiezen import kies
from inburgering_rules.variabelen import Besluit, date


# Wi 24 lid 3 en 4, geciteerd in de documentatie van de volgende boete en van de voorwaarde op de volgorde.
_WI_24_LID_3_EN_4 = """
        Wi art. 24 lid 3: "Onze Minister legt de inburgeringsplichtige die niet binnen de op grond van het tweede lid
        vastgestelde termijn, of de op grond van artikel 12 verlengde termijn, het participatieverklaringstraject of
        de module Arbeidsmarkt en Participatie heeft afgerond een bestuurlijke boete op."
        Lid 4: "Zolang de inburgeringsplichtige na het verstrijken van de op grond van het derde lid gestelde termijn
        het participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet afrondt, legt Onze Minister
        iedere twee jaar een bestuurlijke boete op."
        """


def _boetes(persoon):
    return persoon.simulation.tax_benefit_system.parameters.boetes


def _nieuwe_termijn_einde(persoon, period, artikel):
    """Laatste dag van de nieuwe termijn uit de laatste boetebeschikking van art. 24 of 25, verlengingen
    inbegrepen.

    Alleen de eerste (lid 1) en de tweede boete (lid 3: "Het tweede lid is van overeenkomstige toepassing")
    stellen een nieuwe termijn; een boete van lid 4 niet. Een termijn van 0 maanden (niet gegeven) of langer dan
    de wet toelaat geeft geen datum. Een verlenging op grond van Wi 12 lid 1 a (lid 2, tweede zin) telt op bij de
    termijn, zoals bij de termijn van Wi 11 (I10), en valt niet onder de twee jaar van de eerste zin: die gaat over
    de termijn die de Minister in de beschikking stelt (I62)."""
    bekendmaking = als_datum(persoon(f"boete_art_{artikel}_bekendmaking_datum", period))
    maanden = persoon(f"boete_art_{artikel}_nieuwe_termijn_maanden", period)
    maximum = aantal_op(_boetes(persoon).nieuwe_termijn_maximum_maanden, bekendmaking)
    lid_2_ten_hoogste_twee_jaar = (maanden >= 1) & (maanden <= maximum)
    lid_2_tweede_zin_met_wi_12 = persoon(f"boete_art_{artikel}_nieuwe_termijn_verlenging_maanden", period)
    lid_2_en_3 = persoon(f"boete_art_{artikel}_aantal", period) <= 2
    lid_2_na_bekendmaking = einde_termijn(begin_na_bekendmaking(bekendmaking), maanden + lid_2_tweede_zin_met_wi_12)
    return numpy.where(lid_2_ten_hoogste_twee_jaar & lid_2_en_3, lid_2_na_bekendmaking, ONBEKEND)


def _volgende_boete(persoon, period, artikel, afgerond):
    """Eerste dag waarop de Minister de volgende boete oplegt zolang `afgerond` (een datum) ontbreekt."""
    bekendmaking = als_datum(persoon(f"boete_art_{artikel}_bekendmaking_datum", period))
    aantal = numpy.maximum(persoon(f"boete_art_{artikel}_aantal", period), 1)
    einde = persoon(f"nieuwe_termijn_art_{artikel}_einddatum", period)
    peildatum = dag(period)
    lid_3 = (aantal == 1) & ~(afgerond <= numpy.minimum(einde, peildatum))  # na de peildatum: nog niet (I30)
    lid_4_na_termijn_van_lid_3 = (aantal == 2) & ~(afgerond <= peildatum)
    lid_4_iedere_twee_jaar = (aantal >= 3) & ~(afgerond <= peildatum)
    interval = aantal_op(_boetes(persoon).volgende_boete_interval_maanden, bekendmaking)
    twee_jaar_later = na_maanden(begin_na_bekendmaking(bekendmaking), interval)
    vanaf = kies(
        [lid_3 | lid_4_na_termijn_van_lid_3, lid_4_iedere_twee_jaar],
        [plus_dagen(einde, 1), twee_jaar_later],
        ONBEKEND,
    )
    return numpy.where(persoon("plicht_te_voldoen", period) & bekend(bekendmaking), vanaf, ONBEKEND)


class nieuwe_termijn_art_24_einddatum(Besluit):
    value_type = date
    label = "Laatste dag van de nieuwe termijn in de art. 24-boetebeschikking van DUO (PVT of MAP)"
    reference = [wet("Wi", "24", 2), wet("Wi", "24", 3), wet("Wi", "12", 1)]
    documentation = """
        Wi art. 24 lid 2: "Onze Minister stelt in de boetebeschikking een nieuwe termijn van ten hoogste twee jaar
        waarbinnen de inburgeringsplichtige na het bekendmaken van de boetebeschikking alsnog het
        participatieverklaringstraject of de module Arbeidsmarkt en Participatie afrondt."
        Lid 3, tweede zin: "Het tweede lid is van overeenkomstige toepassing."
        Interpretatie (I31): de termijn begint op de dag na de bekendmaking; laatste dag = einde_termijn(bekendmaking
        + 1 dag, maanden). Een termijn van meer dan twee jaar (de parameter op de dag van bekendmaking) is niet
        toegestaan: geen datum, en de beslis-API weigert zo'n invoer. Een boete van lid 4 stelt geen nieuwe termijn.
        Lid 2, tweede zin: "Artikel 12, eerste lid, onderdeel a, is van overeenkomstige toepassing ten aanzien van de
        nieuwe termijn." Interpretatie (I62): verleende verlengingen (boete_art_24_nieuwe_termijn_verlenging_maanden)
        tellen op bij de termijn, buiten de twee jaar van de eerste zin.
        """

    def formula_2022_01_01(persoon, period):
        return _nieuwe_termijn_einde(persoon, period, "24")


class nieuwe_termijn_art_25_einddatum(Besluit):
    value_type = date
    label = "Laatste dag van de nieuwe termijn in de art. 25-boetebeschikking van DUO (leerroute)"
    reference = [wet("Wi", "25", 2), wet("Wi", "24", 2), wet("Wi", "24", 3), wet("Wi", "12", 1)]
    documentation = """
        Wi art. 25 lid 2: "Artikel 24, tweede, derde en vierde lid, is van overeenkomstige toepassing."
        Wi art. 24 lid 2: "Onze Minister stelt in de boetebeschikking een nieuwe termijn van ten hoogste twee jaar
        waarbinnen de inburgeringsplichtige na het bekendmaken van de boetebeschikking alsnog ..." (hier: de
        leerroute behaalt). Interpretatie (I31, I62): als bij art. 24, ook de verlenging (Wi 12 lid 1 a,
        boete_art_25_nieuwe_termijn_verlenging_maanden).
        """

    def formula_2022_01_01(persoon, period):
        return _nieuwe_termijn_einde(persoon, period, "25")


class volgende_boete_art_24_mogelijk_vanaf(Besluit):
    value_type = date
    label = "Eerste dag waarop DUO de volgende art. 24-boete oplegt als PVT of MAP dan nog niet is afgerond"
    reference = [wet("Wi", "24", 3), wet("Wi", "24", 4)]
    documentation = _WI_24_LID_3_EN_4 + """
        Interpretatie (I32): na de eerste boete (aantal 1; een datum zonder aantal telt als 1): de dag na de nieuwe
        termijn, tenzij PVT en MAP binnen die termijn zijn afgerond (uiterlijk op de peildatum: een afronding daarna
        heeft op de peildatum nog niet plaatsgevonden, I30). Na de tweede boete: de dag na haar nieuwe
        termijn, zolang niet afgerond. Na de derde en latere: twee jaar na de dag na de bekendmaking van de laatste,
        zolang niet afgerond.
        """

    def formula_2022_01_01(persoon, period):
        return _volgende_boete(persoon, period, "24", persoon("pvt_en_map_afgerond_datum", period))


class volgende_boete_art_25_mogelijk_vanaf(Besluit):
    value_type = date
    label = "Eerste dag waarop DUO de volgende art. 25-boete oplegt als de leerroute dan nog niet is behaald"
    reference = [wet("Wi", "25", 2), wet("Wi", "25", 3), wet("Wi", "24", 3), wet("Wi", "24", 4), wet("Bi", "5.3", 5)]
    documentation = """
        Wi art. 25 lid 2: "Artikel 24, tweede, derde en vierde lid, is van overeenkomstige toepassing."
        Wi art. 24 lid 4: "Zolang de inburgeringsplichtige na het verstrijken van de op grond van het derde lid
        gestelde termijn ... niet afrondt, legt Onze Minister iedere twee jaar een bestuurlijke boete op."
        Wi art. 25 lid 3: "In afwijking van het eerste lid, legt Onze Minister geen boete op als bij of krachtens
        artikel 18 van de Vreemdelingenwet 2000 de aanvraag tot het verlengen van de geldigheidsduur van de
        verblijfsvergunning voor bepaalde tijd wordt afgewezen ..."
        Interpretatie (I32): als bij art. 24, met het behalen van de leerroute als onderdeel (meetellend: niet
        vóór de dag van het PIP, Bi 5.3 lid 5, I41). Lid 3 alleen bij een reguliere vergunning (I50).
        """

    def formula_2022_01_01(persoon, period):
        behaald = persoon("leerroute_meetellend_behaald_datum", period)
        vanaf = _volgende_boete(persoon, period, "25", behaald)
        lid_3 = persoon("boete_art_25_achterwege_lid_3", period)
        return numpy.where(lid_3, ONBEKEND, vanaf)


def _eerste_of_volgende(persoon, period, artikel) -> numpy.ndarray:
    """Nog geen boetebeschikking van dit artikel op de peildatum (de boete van lid 1), of de dag van de volgende
    boete (lid 3 of 4) is bereikt."""
    peildatum = dag(period)
    lid_1_nog_geen_beschikking = ~(als_datum(persoon(f"boete_art_{artikel}_bekendmaking_datum", period)) <= peildatum)
    lid_3_en_4 = persoon(f"volgende_boete_art_{artikel}_mogelijk_vanaf", period) <= peildatum
    return lid_1_nog_geen_beschikking | lid_3_en_4


class boete_art_24_eerste_of_volgende(Besluit):
    value_type = bool
    label = ("DUO legde nog geen art. 24-boete op, of de dag voor de volgende is bereikt (na de nieuwe termijn, "
             "daarna iedere twee jaar)")
    reference = [wet("Wi", "24", 1), wet("Wi", "24", 3), wet("Wi", "24", 4)]
    documentation = _WI_24_LID_3_EN_4 + """
        Interpretatie (I32): is er op de peildatum al een art. 24-boetebeschikking bekendgemaakt, dan is de volgende
        boete pas mogelijk vanaf volgende_boete_art_24_mogelijk_vanaf (na de nieuwe termijn, daarna iedere twee jaar);
        daarvóór, of als PVT en MAP binnen de nieuwe termijn zijn afgerond, niet. Zonder beschikking: de boete van
        lid 1. Een voorwaarde van de boete in de beslis-API.
        """

    def formula_2022_01_01(persoon, period):
        return _eerste_of_volgende(persoon, period, "24")


class boete_art_25_eerste_of_volgende(Besluit):
    value_type = bool
    label = ("DUO legde nog geen art. 25-boete op, of de dag voor de volgende is bereikt (na de nieuwe termijn, "
             "daarna iedere twee jaar)")
    reference = [wet("Wi", "25", 1), wet("Wi", "25", 2), wet("Wi", "24", 3), wet("Wi", "24", 4)]
    documentation = """
        Wi art. 25 lid 2: "Artikel 24, tweede, derde en vierde lid, is van overeenkomstige toepassing."
        Interpretatie (I32): als bij art. 24 (boete_art_24_eerste_of_volgende), met
        volgende_boete_art_25_mogelijk_vanaf.
        """

    def formula_2022_01_01(persoon, period):
        return _eerste_of_volgende(persoon, period, "25")


class boete_art_24_bezwaartermijn_einddatum(Besluit):
    value_type = date
    label = "Laatste dag om bezwaar te maken tegen de art. 24-boetebeschikking"
    reference = [wet("Awb", "6:7"), wet("Awb", "6:8", 1), wet("Atw", "1", 1), wet("Atw", "2"), wet("Atw", "3"),
                 wet("Atw", "4")]
    documentation = """
        Awb art. 6:7: "De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt zes weken."
        Awb art. 6:8 lid 1: "De termijn vangt aan met ingang van de dag na die waarop het besluit op de
        voorgeschreven wijze is bekendgemaakt."
        Algemene termijnenwet art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen
        erkende feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of
        algemeen erkende feestdag is." Zelfde berekening als voor het PIP (inburgering_rules.bezwaar).
        """

    def formula_2022_01_01(persoon, period):
        return bezwaartermijn_einde(persoon, als_datum(persoon("boete_art_24_bekendmaking_datum", period)))


class boete_art_25_bezwaartermijn_einddatum(Besluit):
    value_type = date
    label = "Laatste dag om bezwaar te maken tegen de art. 25-boetebeschikking"
    reference = [wet("Awb", "6:7"), wet("Awb", "6:8", 1), wet("Atw", "1", 1), wet("Atw", "2"), wet("Atw", "3"),
                 wet("Atw", "4")]
    documentation = """
        Awb art. 6:7: "De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt zes weken."
        Awb art. 6:8 lid 1: "De termijn vangt aan met ingang van de dag na die waarop het besluit op de
        voorgeschreven wijze is bekendgemaakt." Algemene termijnenwet art. 1 en 3: als bij art. 24.
        """

    def formula_2022_01_01(persoon, period):
        return bezwaartermijn_einde(persoon, als_datum(persoon("boete_art_25_bekendmaking_datum", period)))


class boete_art_22_nieuwe_termijn_uiterste_datum(Besluit):
    value_type = date
    label = "Uiterste laatste dag van de nieuwe termijn die het college in de art. 22-boetebeschikking stelt"
    reference = [wet("Wi", "22", 2)]
    documentation = """
        Wi art. 22 lid 2: "Het college stelt in de boetebeschikking een nieuwe termijn van ten hoogste twee maanden
        waarbinnen de inburgeringsplichtige na het bekendmaken van de boetebeschikking alsnog geacht wordt te
        verschijnen of medewerking te verlenen."
        Interpretatie (I31): twee maanden vanaf de dag na de bekendmaking: einde_termijn(bekendmaking + 1 dag, 2).
        Het college kan een kortere termijn stellen; dit is de uiterste laatste dag.
        """

    def formula_2022_01_01(persoon, period):
        bekendmaking = als_datum(persoon("boete_art_22_bekendmaking_datum", period))
        maanden = aantal_op(_boetes(persoon).art_22_nieuwe_termijn_maximum_maanden, bekendmaking)
        lid_2 = einde_termijn(begin_na_bekendmaking(bekendmaking), maanden)
        return numpy.where(persoon("plicht_te_voldoen", period), lid_2, ONBEKEND)


class brede_intake_in_afwezigheid(Besluit):
    value_type = bool
    label = "Het college voltooit de brede intake in afwezigheid (na herhaalde oproepen niet verschenen of meegewerkt)"
    reference = [wet("Wi", "14", 1), wet("Wi", "14", 2)]
    documentation = """
        Wi art. 14 lid 1, tweede zin: "Indien de inburgeringsplichtige binnen deze termijn niet verschijnt of
        onvoldoende meewerkt, geeft het college een schriftelijke waarschuwing, doet het college een herhaalde oproep
        en stelt daarbij een nieuwe termijn."
        Lid 2: "Indien de inburgeringsplichtige na drie oproepen niet verschijnt of onvoldoende meewerkt, voltooit het
        college de brede intake in afwezigheid van de inburgeringsplichtige."
        """

    def formula_2022_01_01(persoon, period, parameters):
        oproepen = persoon("brede_intake_oproepen_zonder_verschijnen_aantal", period)
        lid_2 = oproepen >= parameters(period).boetes.brede_intake_oproepen_voor_afwezigheid
        return persoon("plicht_te_voldoen", period) & lid_2
