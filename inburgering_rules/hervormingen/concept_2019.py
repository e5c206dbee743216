"""Benoemde hervorming `concept_wetsvoorstel_2019`: het conceptwetsvoorstel van juli 2019.

De procesbeschrijving van AEF (op basis van de conceptwettekst van juli 2019, `shared/seed`) zegt:
"Elke inburgeraar moet binnen achttien maanden nadat hij of zij inburgeringsplichtig is geworden het
participatieverklaringstraject afronden." De vastgestelde wet kent die aparte termijn niet: het PVT
moet binnen de inburgeringstermijn zijn afgerond (Wi 24 lid 1, Wi 11 lid 1).

Gemodelleerd (zoals issue 4 het vraagt, I23): de termijn van 18 maanden loopt vanaf de aanvang van de
inburgeringstermijn (Wi 11 lid 2, de dag na de dagtekening van het PIP), niet, zoals de zin letterlijk zegt,
vanaf de dag waarop de persoon inburgeringsplichtig werd (de verkrijging van het verblijf, Wi 3 lid 1):
`pvt_uiterste_datum = einde_termijn(inburgeringstermijn_startdatum, 18)`, nooit later dan de laatste
dag van de (verlengde) inburgeringstermijn. Het getal 18 is de parameter
`pvt_map.pvt_termijn_maanden` (te wijzigen met `{"basis": "concept_wetsvoorstel_2019",
"parameters": {"pvt_map.pvt_termijn_maanden": {...}}}`). De boete van Wi 24 volgt die PVT-termijn;
voor de MAP blijft de inburgeringstermijn gelden. Verlengingen (Wi 12) verlengen de PVT-termijn niet.

Voorbeeld: PIP gedagtekend 2023-03-14 → termijn vanaf 2023-03-15 → PVT uiterlijk 2024-09-14, terwijl
de inburgeringstermijn op 2026-03-14 eindigt.
"""

from __future__ import annotations

import numpy

from inburgering_rules.datums import ONBEKEND, dag, einde_termijn
from inburgering_rules.geldend_recht import waarde_op
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Besluit, date

CONCEPT = "Conceptwetsvoorstel Wet inburgering (juli 2019), zoals beschreven in AEF, Beschrijving processen nieuwe Wet inburgering"


def _pvt_maanden(persoon, start) -> numpy.ndarray:
    parameter = persoon.simulation.tax_benefit_system.parameters.pvt_map.pvt_termijn_maanden
    return waarde_op(parameter, start, onbekend=0).astype(int)


class pvt_uiterste_datum(Besluit):
    value_type = date
    label = "Laatste dag om het PVT af te ronden: de PVT-termijn vanaf de aanvang van de termijn (concept 2019)"
    reference = [wet("Wi", "24", 1), wet("Wi", "11", 2)]
    documentation = f"""
        Hervorming concept_wetsvoorstel_2019. {CONCEPT}: "Elke inburgeraar moet binnen achttien maanden nadat hij
        of zij inburgeringsplichtig is geworden het participatieverklaringstraject afronden."
        Gemodelleerd zoals issue 4 het vraagt (I23), vanaf de aanvang van de termijn, niet vanaf de dag waarop de
        persoon inburgeringsplichtig werd: einde_termijn(inburgeringstermijn_startdatum,
        pvt_map.pvt_termijn_maanden), ten hoogste de laatste dag van de (verlengde) inburgeringstermijn.
        """

    def formula_2022_01_01(persoon, period):
        start = persoon("inburgeringstermijn_startdatum", period)
        termijn_einde = persoon("inburgeringstermijn_einddatum", period)
        concept = einde_termijn(start, _pvt_maanden(persoon, start))
        uiterste = numpy.where(concept < termijn_einde, concept, termijn_einde)
        return numpy.where(persoon("pvt_verplicht", period), uiterste, ONBEKEND)


class pvt_of_map_niet_tijdig_afgerond(Besluit):
    value_type = bool
    label = "Het PVT is niet binnen de PVT-termijn (concept 2019) of de MAP niet binnen de termijn afgerond"
    reference = [wet("Wi", "24", 1), wet("Bi", "5.3", 5)]
    documentation = f"""
        Hervorming concept_wetsvoorstel_2019 ({CONCEPT}). De boete van Wi 24 volgt voor het PVT de termijn van
        pvt_uiterste_datum: zij kan worden opgelegd na die laatste dag als het PVT dan niet is afgerond. Voor de
        MAP blijft Wi 24 lid 1 ongewijzigd: na de laatste dag van de (verlengde) inburgeringstermijn. Afgerond is
        wat meetelt (niet vóór de dag van het PIP, Bi 5.3 lid 5, I41), zoals in het geldende recht.
        """

    def formula_2022_01_01(persoon, period):
        peildatum = dag(period)
        pvt_einde = persoon("pvt_uiterste_datum", period)
        termijn_einde = persoon("inburgeringstermijn_einddatum", period)
        pvt_tijdig = persoon("pvt_meetellend_afgerond_datum", period) <= pvt_einde
        map_tijdig = persoon("map_meetellend_afgerond_datum", period) <= termijn_einde
        pvt_te_laat = persoon("pvt_verplicht", period) & ~pvt_tijdig & (pvt_einde < peildatum)
        map_te_laat = persoon("map_verplicht", period) & ~map_tijdig & persoon("termijn_verstreken", period)
        return pvt_te_laat | map_te_laat


def _hervorming():
    from inburgering_rules.hervormingen import Benoemd, NieuweParameter

    referentie = [{"title": f"{CONCEPT}: PVT binnen achttien maanden", "href": wet("Wi", "24", 1)}]
    return Benoemd(
        naam="concept_wetsvoorstel_2019",
        beschrijving_nl=("Conceptwetsvoorstel juli 2019: het PVT moet binnen 18 maanden na de aanvang van de "
                         "inburgeringstermijn zijn afgerond (vastgestelde wet: binnen de termijn); de boete van "
                         "art. 24 volgt die PVT-termijn. Parameter: pvt_map.pvt_termijn_maanden."),
        beschrijving_en=("Concept bill of July 2019: the participation statement (PVT) must be completed within 18 "
                         "months after the start of the integration term (enacted law: within the term); the art. 24 "
                         "fine follows that deadline. Parameter: pvt_map.pvt_termijn_maanden."),
        artikelen=(wet("Wi", "24", 1), wet("Wi", "6", 1), wet("Wi", "11", 2)),
        nieuwe_parameters=(NieuweParameter("pvt_map.pvt_termijn_maanden", {
            "description": "Termijn voor het afronden van het PVT, vanaf de aanvang van de inburgeringstermijn",
            "metadata": {"label": "PVT-termijn (concept 2019)", "label_en": "PVT deadline (concept bill 2019)",
                         "unit": "month", "reference": referentie},
            "values": {"2022-01-01": {"value": 18, "metadata": {"reference": referentie}}},
        }),),
        variabelen=(pvt_uiterste_datum, pvt_of_map_niet_tijdig_afgerond),
    )


HERVORMING = _hervorming()
