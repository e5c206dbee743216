"""Invoer over de procesdata: kennisgeving, inschrijving, PIP en verlengingen."""

from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Datumfeit, Feit


class kennisgeving_inburgeringsplicht_datum(Datumfeit):
    label = "Dag waarop de Minister (DUO) de inburgeringsplicht schriftelijk heeft meegedeeld"
    reference = [wet("Bi", "5.3", 1)]


class brp_inschrijving_datum(Datumfeit):
    label = "Dag van inschrijving in de BRP (asielvergunning: in de gemeente van huisvesting)"
    reference = [wet("Wi", "13", 3), wet("Bi", "5.3", 1)]


class pip_datum(Datumfeit):
    label = "Dagtekening van het persoonlijk plan inburgering en participatie (PIP)"
    reference = [wet("Wi", "11", 2), wet("Wi", "15", 3)]


class pip_bekendmaking_datum(Datumfeit):
    label = "Dag waarop het PIP-besluit is bekendgemaakt (niet gegeven: de dagtekening)"
    reference = [wet("Awb", "3:41", 1), wet("Awb", "6:8", 1)]


class termijn_verlenging_maanden(Feit):
    value_type = int
    label = "Verleende verlengingen van de inburgeringstermijn, in maanden, opgeteld"
    reference = [wet("Wi", "12", 1), wet("Bi", "4.4", 1)]


class brp_inschrijving_andere_gemeente_datum(Datumfeit):
    label = ("Dag van inschrijving in de BRP in een andere gemeente na verhuizing, nadat het PIP was opgesteld "
             "(niet gegeven: niet verhuisd)")
    reference = [wet("Bi", "5.3", 3)]


class pip_andere_gemeente_datum(Datumfeit):
    label = ("Dag waarop het college van de andere gemeente na de verhuizing het PIP vaststelde "
             "(niet gegeven: nog niet vastgesteld)")
    reference = [wet("Bi", "5.3", 3)]


class pip_informatie_derde_opgevraagd_datum(Datumfeit):
    label = ("Dag waarop het college voor het PIP informatie bij een derde heeft opgevraagd "
             "(niet gegeven: geen informatie opgevraagd)")
    reference = [wet("Bi", "5.3", 2)]


class pip_zonder_informatie_derde_niet_mogelijk(Feit):
    value_type = bool
    label = ("Oordeel van het college: het PIP kan redelijkerwijs niet binnen de termijn worden vastgesteld "
             "zonder de afgewachte informatie van een derde")
    reference = [wet("Bi", "5.3", 2)]


class pip_informatie_derde_ontvangen_datum(Datumfeit):
    label = "Dag waarop het college de afgewachte informatie van de derde heeft ontvangen (niet gegeven: nog niet)"
    reference = [wet("Bi", "5.3", 2)]


class verhindering_niet_verwijtbaar(Feit):
    value_type = bool
    label = ("Oordeel van de Minister (DUO): door een omstandigheid tijdens de termijn kon de inburgeringsplichtige "
             "niet deelnemen en dat valt hem in alle redelijkheid niet te verwijten")
    reference = [wet("Wi", "12", 1), wet("Bi", "4.3", 1)]


class niet_vrijstellende_opleiding_startdatum(Datumfeit):
    label = ("Dag waarop de inburgeringsplichtige begon met een bij regeling aangewezen niet vrijstellende "
             "opleiding (niet gegeven: geen)")
    reference = [wet("Bi", "4.3", 2)]


class niet_vrijstellende_opleiding_beeindigd_datum(Datumfeit):
    label = ("Dag waarop die niet vrijstellende opleiding is afgerond of voortijdig beëindigd "
             "(niet gegeven: nog niet)")
    reference = [wet("Bi", "4.3", 2), wet("Bi", "5.4", 2)]


class leerroute_wijziging_bijzonder_geval(Feit):
    value_type = bool
    label = "Oordeel van het college: een bijzonder geval waarin het afwijkt van de termijn om de leerroute te wijzigen"
    reference = [wet("Bi", "5.4", 3)]
