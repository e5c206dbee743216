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
