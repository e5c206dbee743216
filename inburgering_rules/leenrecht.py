"""Het vervallen van de aanspraak op een lening na de termijn (Wi 20 lid 2 a): één berekening voor de formules
van `variables/lening` (`leenrecht_einddatum`, `lening_terugbetaling_startdatum`) en hun uitleg."""

from __future__ import annotations

import numpy
from openfisca_core.parameters import ParameterNode

from inburgering_rules.datums import einde_termijn, plus_dagen
from inburgering_rules.geldend_recht import aantal_op


def laatste_dag_aanspraak(lening: ParameterNode, termijn_einde) -> numpy.ndarray:
    """Wi 20 lid 2 a: de laatste dag van de jaren die beginnen op de dag na de (verlengde) termijn; het aantal
    jaren (`lening.aanspraak_na_termijn_jaren`) zoals het gold op die dag. `NaT` blijft `NaT`."""
    dag_na_termijn = plus_dagen(termijn_einde, 1)
    jaren = aantal_op(lening.aanspraak_na_termijn_jaren, dag_na_termijn)
    return einde_termijn(dag_na_termijn, jaren * 12)


def terugbetaling_vanaf(lening: ParameterNode, voldaan, termijn_einde) -> numpy.ndarray:
    """Wi 21 lid 3: de dag waarna de terugbetalingsperiode start, één keer, na wat het eerst gebeurt: het
    voldoen (onder a) of het vervallen van de aanspraak op grond van Wi 20 lid 2 a (onder b: de dag na
    `laatste_dag_aanspraak`). Zonder termijn is er nog geen vervallen en telt alleen het voldoen (in de regels
    kan dat niet zonder PIP: wat daarvóór is gedaan telt niet, Bi 5.3 lid 5); zonder beide `NaT`."""
    vervallen = plus_dagen(laatste_dag_aanspraak(lening, termijn_einde), 1)
    return numpy.fmin(numpy.asarray(voldaan, dtype="datetime64[D]"), vervallen)
