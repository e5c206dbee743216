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
    label = "In de lopende termijn (of nieuwe termijn van art. 24/25) al opgelegde boetes op grond van art. 22 en 23 (euro)"
    reference = [wet("Bi", "7.1", 5)]


class bijstand_verlaagd_zelfde_gedraging(Feit):
    value_type = bool
    label = "Bijstand verlaagd voor dezelfde gedraging (art. 18 of 18b Pw)"
    reference = [wet("Wi", "27")]


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


class boete_art_24_aantal(Feit):
    value_type = int
    label = "Aantal tot nu toe opgelegde boetes op grond van art. 24"
    reference = [wet("Wi", "24", 3), wet("Wi", "24", 4)]


class boete_art_25_aantal(Feit):
    value_type = int
    label = "Aantal tot nu toe opgelegde boetes op grond van art. 25"
    reference = [wet("Wi", "25", 2), wet("Wi", "24", 4)]


class boete_art_22_bekendmaking_datum(Datumfeit):
    label = "Dag waarop de art. 22-boetebeschikking van het college is bekendgemaakt (niet gegeven: geen)"
    reference = [wet("Wi", "22", 2)]


class brede_intake_niet_verschenen_binnen_nieuwe_termijn(Feit):
    value_type = bool
    label = "Niet verschenen of onvoldoende meegewerkt binnen de nieuwe termijn van de art. 22-boetebeschikking"
    reference = [wet("Wi", "22", 3)]


class brede_intake_oproepen_zonder_verschijnen_aantal(Feit):
    value_type = int
    label = "Aantal oproepen voor de brede intake waarop de inburgeringsplichtige niet verscheen of onvoldoende meewerkte"
    reference = [wet("Wi", "14", 1), wet("Wi", "14", 2)]
