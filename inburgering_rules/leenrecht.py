"""Het begin van de aanspraak van de persoon van Bi 6.1 (Bi 6.3 lid 1), het vervallen van de aanspraak op een lening
na de termijn (Wi 20 lid 2 a) en de start van de terugbetaling (Wi 21 lid 3, Bi 6.7 lid 2-3): één berekening voor de
formules van `variables/lening` (`leenrecht_einddatum`, `lening_maximum_bedrag`, `lening_terugbetaling_startdatum`)
en hun uitleg."""

from __future__ import annotations

import numpy
from openfisca_core.parameters import ParameterNode

from inburgering_rules.datums import eerste_dag_volgende_maand, einde_termijn, na_maanden, plus_dagen
from inburgering_rules.geldend_recht import aantal_op


def aanspraak_bi_6_1_vanaf(verkregen) -> numpy.ndarray:
    """Bi 6.3 lid 1, tweede zin: de drie jaar "nadat hij rechtmatig verblijf verkrijgt" beginnen op de dag na de
    verkrijging (I22)."""
    return plus_dagen(verkregen, 1)


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


def terugbetaling_start(lening: ParameterNode, voldaan, termijn_einde) -> numpy.ndarray:
    """De eerste dag waarop terugbetaald moet worden. Het tijdstip van Wi 21 lid 3 a of b (`terugbetaling_vanaf`);
    de periode "vangt aan op de eerste dag van de maand volgend op" dat tijdstip (Bi 6.7 lid 2), met eerst de
    aanloopfase van zes maanden zonder verplichting tot terugbetaling (Wi 21 lid 3 aanhef, Bi 6.7 lid 3; het
    aantal maanden `lening.terugbetaling_na_maanden` zoals het gold op het tijdstip). Altijd de eerste dag van
    een maand (I35). `NaT` blijft `NaT`."""
    wi_21_lid_3_a_of_b = terugbetaling_vanaf(lening, voldaan, termijn_einde)
    bi_6_7_lid_2 = aanloopfase_begin(wi_21_lid_3_a_of_b)
    aanloopfase = aantal_op(lening.terugbetaling_na_maanden, wi_21_lid_3_a_of_b)
    return na_maanden(bi_6_7_lid_2, aanloopfase)


def aanloopfase_begin(tijdstip) -> numpy.ndarray:
    """Bi 6.7 lid 2: de eerste dag van de maand na het tijdstip van Wi 21 lid 3 a of b (`terugbetaling_vanaf`)."""
    return eerste_dag_volgende_maand(tijdstip)
