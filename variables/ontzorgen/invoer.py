"""Invoer voor ontzorgen (Participatiewet art. 56a)."""

from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Datumfeit


class bijstand_recht_datum(Datumfeit):
    label = "Dag waarop het recht op bijstand ontstaat (niet gegeven: geen bijstand)"
    reference = [wet("Pw", "56a", 2)]
