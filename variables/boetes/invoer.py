"""Invoer voor de boetes (Wi art. 22-27; Bi art. 7.1-7.2)."""

from inburgering_rules.enums import Verwijtbaarheid
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Datumfeit, Feit


class brede_intake_niet_verschenen_na_herhaalde_oproep(Feit):
    value_type = bool
    label = "Niet verschenen of onvoldoende meegewerkt aan de brede intake na waarschuwing en herhaalde oproep"
    reference = [wet("Wi", "14", 1), wet("Wi", "22", 1)]


class pip_onvoldoende_medewerking(Feit):
    value_type = bool
    label = "Niet of onvoldoende meegewerkt aan het PIP (ondersteuning, PVT/MAP-intensiteit, leerroute)"
    reference = [wet("Wi", "23", 1)]


class boete_art_23_eerdere_aantal(Feit):
    value_type = int
    label = "Eerdere onherroepelijke art. 23-boetes in de twaalf maanden vóór de constatering"
    reference = [wet("Bi", "7.1", 3)]


class verwijtbaarheid(Feit):
    value_type = Verwijtbaarheid.__base__
    possible_values = Verwijtbaarheid
    default_value = Verwijtbaarheid.onbekend
    label = "Door het college vastgestelde mate van verwijtbaarheid"
    reference = [wet("Bi", "7.1", 4)]


class gemeentelijke_boetes_opgelegd_bedrag(Feit):
    value_type = float
    unit = "EUR"
    label = ("In de lopende termijn (of nieuwe termijn van art. 24/25) al opgelegde boetes op grond van art. 22 en 23, "
             "met die van vóór de eerste termijn (I12) (euro)")
    reference = [wet("Bi", "7.1", 5)]


class bijstand_verlaagd_zelfde_gedraging(Feit):
    value_type = bool
    label = "Bijstand verlaagd voor dezelfde gedraging (art. 18 of 18b Pw)"
    reference = [wet("Wi", "27")]
    documentation = """
        Wi art. 27: "Het opleggen van een bestuurlijke boete blijft achterwege als voor dezelfde gedraging de
        bijstand is verlaagd op grond van artikel 18 of 18b van de Participatiewet."
        Elke boete heeft haar eigen gedraging (art. 22: de brede intake; 23: het PIP; 24: het PVT of de MAP; 25: de
        leerroute). Waar geeft de verlaging op voor de gedraging van elke boete die hier speelt. Geldt zij voor één
        gedraging, geef dan bijstand_verlaagd_gedraging_art_22 ... _art_25; deze invoer wordt dan niet gevraagd,
        en een niet gegeven invoer per boete betekent: niet verlaagd voor die gedraging (I45).
        """


# Wi 27 voor de gedraging van één boete: een invoer per artikel.
class bijstand_verlaagd_gedraging_art_22(Feit):
    value_type = bool
    label = ("Bijstand verlaagd (art. 18 of 18b Pw) voor de gedraging van art. 22 Wi: niet verschenen of "
             "onvoldoende meegewerkt aan de brede intake")
    reference = [wet("Wi", "27"), wet("Wi", "22", 1)]


class bijstand_verlaagd_gedraging_art_23(Feit):
    value_type = bool
    label = ("Bijstand verlaagd (art. 18 of 18b Pw) voor de gedraging van art. 23 Wi: niet of onvoldoende "
             "meegewerkt aan het PIP")
    reference = [wet("Wi", "27"), wet("Wi", "23", 1)]


class bijstand_verlaagd_gedraging_art_24(Feit):
    value_type = bool
    label = ("Bijstand verlaagd (art. 18 of 18b Pw) voor de gedraging van art. 24 Wi: het PVT of de MAP niet tijdig "
             "afgerond")
    reference = [wet("Wi", "27"), wet("Wi", "24", 1)]


class bijstand_verlaagd_gedraging_art_25(Feit):
    value_type = bool
    label = "Bijstand verlaagd (art. 18 of 18b Pw) voor de gedraging van art. 25 Wi: de leerroute niet tijdig behaald"
    reference = [wet("Wi", "27"), wet("Wi", "25", 1)]


class verblijfsvergunning_niet_verlengd_of_ingetrokken(Feit):
    value_type = bool
    label = "Verlenging van de verblijfsvergunning afgewezen (art. 18 Vw) of vergunning ingetrokken (art. 19 Vw)"
    reference = [wet("Wi", "25", 3)]


class boete_art_24_bekendmaking_datum(Datumfeit):
    label = "Dag waarop de (laatste) boetebeschikking van DUO op grond van art. 24 is bekendgemaakt (niet gegeven: geen)"
    reference = [wet("Wi", "24", 2), wet("Awb", "6:8", 1)]


class boete_art_25_bekendmaking_datum(Datumfeit):
    label = "Dag waarop de (laatste) boetebeschikking van DUO op grond van art. 25 is bekendgemaakt (niet gegeven: geen)"
    reference = [wet("Wi", "25", 2), wet("Awb", "6:8", 1)]


class boete_art_24_nieuwe_termijn_maanden(Feit):
    value_type = int
    label = "Nieuwe termijn in die art. 24-boetebeschikking, in maanden (ten hoogste wat Wi 24 lid 2 toelaat)"
    reference = [wet("Wi", "24", 2), wet("Wi", "24", 3)]


class boete_art_25_nieuwe_termijn_maanden(Feit):
    value_type = int
    label = "Nieuwe termijn in die art. 25-boetebeschikking, in maanden (ten hoogste wat Wi 24 lid 2 toelaat)"
    reference = [wet("Wi", "25", 2), wet("Wi", "24", 2)]


class boete_art_24_nieuwe_termijn_verlenging_maanden(Feit):
    value_type = int
    label = ("Verleende verlengingen van de nieuwe termijn uit die art. 24-boetebeschikking, in maanden, opgeteld "
             "(niet gegeven: geen)")
    reference = [wet("Wi", "24", 2), wet("Wi", "12", 1)]
    documentation = """
        Wi art. 24 lid 2, tweede zin: "Artikel 12, eerste lid, onderdeel a, is van overeenkomstige toepassing ten
        aanzien van de nieuwe termijn." De Minister verlengt de nieuwe termijn als het overschrijden ervan niet te
        verwijten valt; de verleende maanden zijn invoer, zoals termijn_verlenging_maanden voor de termijn van Wi 11
        (I62).
        """


class boete_art_25_nieuwe_termijn_verlenging_maanden(Feit):
    value_type = int
    label = ("Verleende verlengingen van de nieuwe termijn uit die art. 25-boetebeschikking, in maanden, opgeteld "
             "(niet gegeven: geen)")
    reference = [wet("Wi", "25", 2), wet("Wi", "24", 2), wet("Wi", "12", 1)]
    documentation = """
        Wi art. 25 lid 2: "Artikel 24, tweede, derde en vierde lid, is van overeenkomstige toepassing." Met Wi 24 lid
        2, tweede zin, dus ook Wi 12 lid 1 a voor de nieuwe termijn van de art. 25-boete (I62).
        """


class boete_art_24_aantal(Feit):
    value_type = int
    label = "Aantal tot nu toe opgelegde boetes op grond van art. 24"
    reference = [wet("Wi", "24", 3), wet("Wi", "24", 4)]


class boete_art_25_aantal(Feit):
    value_type = int
    label = "Aantal tot nu toe opgelegde boetes op grond van art. 25"
    reference = [wet("Wi", "25", 2), wet("Wi", "24", 4)]


class boete_art_22_bekendmaking_datum(Datumfeit):
    label = ("Dag waarop de eerste art. 22-boetebeschikking van het college (met de nieuwe termijn van lid 2) is "
             "bekendgemaakt (niet gegeven: geen)")
    reference = [wet("Wi", "22", 2)]


class boete_art_22_lid_3_opgelegd(Feit):
    value_type = bool
    label = "De boete van art. 22 lid 3 (niet verschenen binnen de nieuwe termijn) is opgelegd"
    reference = [wet("Wi", "22", 3)]
    documentation = """
        Wi art. 22 lid 3: "Het college legt een bestuurlijke boete op aan de inburgeringsplichtige als deze niet is
        verschenen of onvoldoende meewerkt binnen de op grond van het tweede lid vastgestelde termijn."
        Anders dan art. 24 lid 3 verklaart lid 3 het tweede lid niet opnieuw van toepassing: die boete stelt geen
        nieuwe termijn, en art. 22 kent daarna geen volgende boete (I34). Alleen met boete_art_22_bekendmaking_datum.
        """


class brede_intake_niet_verschenen_binnen_nieuwe_termijn(Feit):
    value_type = bool
    label = "Niet verschenen of onvoldoende meegewerkt binnen de nieuwe termijn van de art. 22-boetebeschikking"
    reference = [wet("Wi", "22", 3)]


class brede_intake_oproepen_zonder_verschijnen_aantal(Feit):
    value_type = int
    label = "Aantal oproepen voor de brede intake waarop de inburgeringsplichtige niet verscheen of onvoldoende meewerkte"
    reference = [wet("Wi", "14", 1), wet("Wi", "14", 2)]
