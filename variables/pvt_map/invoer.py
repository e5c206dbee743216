"""Invoer over het participatieverklaringstraject (PVT) en de module Arbeidsmarkt en Participatie (MAP)."""

from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Datumfeit, Feit


class pvt_afgerond_datum(Datumfeit):
    label = "Dag waarop het participatieverklaringstraject is afgerond (niet gegeven: nog niet)"
    reference = [wet("Wi", "6", 1), wet("Wi", "24", 1)]


class map_afgerond_datum(Datumfeit):
    label = "Dag waarop de module Arbeidsmarkt en Participatie is afgerond (niet gegeven: nog niet)"
    reference = [wet("Wi", "6", 1), wet("Wi", "24", 1)]


class taalschakeltraject_afgerond(Feit):
    value_type = bool
    label = "Heeft het taalschakeltraject van de onderwijsroute afgerond (niet gegeven: nee)"
    reference = [wet("Wi", "8", 3)]
    documentation = """
        Wi art. 8 lid 3: "De verplichting om de module Arbeidsmarkt en Participatie af te ronden is niet van
        toepassing op de inburgeringsplichtige die het taalschakeltraject volgt of heeft afgerond."
        Voor wie het taalschakeltraject afrondde en daarna een andere leerroute kreeg (Bi 5.4): de MAP blijft dan
        niet verplicht. Wie het volgt, staat in de onderwijsroute (leerroute). Niet gegeven: niet afgerond, zoals
        elke afronding (I30).
        """
