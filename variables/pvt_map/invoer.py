"""Invoer over het participatieverklaringstraject (PVT) en de module Arbeidsmarkt en Participatie (MAP)."""

from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Datumfeit


class pvt_afgerond_datum(Datumfeit):
    label = "Dag waarop het participatieverklaringstraject is afgerond (niet gegeven: nog niet)"
    reference = [wet("Wi", "6", 1), wet("Wi", "24", 1)]


class map_afgerond_datum(Datumfeit):
    label = "Dag waarop de module Arbeidsmarkt en Participatie is afgerond (niet gegeven: nog niet)"
    reference = [wet("Wi", "6", 1), wet("Wi", "24", 1)]
