"""Invoer voor de boetes (Wi art. 22-27; Bi art. 7.1-7.2)."""

from inburgering_rules.enums import Verwijtbaarheid
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Feit


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
    label = "In deze termijn al opgelegde boetes op grond van art. 22 en 23 (euro)"
    reference = [wet("Bi", "7.1", 5)]


class bijstand_verlaagd_zelfde_gedraging(Feit):
    value_type = bool
    label = "Bijstand verlaagd voor dezelfde gedraging (art. 18 of 18b Pw)"
    reference = [wet("Wi", "27")]


class verblijfsvergunning_niet_verlengd_of_ingetrokken(Feit):
    value_type = bool
    label = "Verlenging van de verblijfsvergunning afgewezen (art. 18 Vw) of vergunning ingetrokken (art. 19 Vw)"
    reference = [wet("Wi", "25", 3)]
