"""De lening van DUO voor gezinsmigranten en overige migranten (Wi 19-20; Bi 6.2-6.3)."""

import numpy

from inburgering_rules.datums import ONBEKEND, dag, einde_termijn, plus_dagen
from inburgering_rules.enums import Doelgroep
from inburgering_rules.geldend_recht import waarde_op
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Besluit, date


class leenrecht_einddatum(Besluit):
    value_type = date
    label = "Laatste dag van de aanspraak op de lening"
    reference = [wet("Wi", "20", 2), wet("Bi", "6.3", 1)]
    documentation = """
        Wi art. 20 lid 2: "Aanspraak op een lening bestaat niet of niet langer voor: a. de inburgeringsplichtige die
        niet aan de inburgeringsplicht heeft voldaan binnen zes jaar na het verstrijken van de in artikel 11, eerste
        lid, bedoelde termijn, of de op grond van artikel 12 verlengde termijn; ..."
        Bi art. 6.3 lid 1: "De inburgeringsplichtige, bedoeld in artikel 19, van de wet heeft, behoudens het bepaalde
        in artikel 20, tweede lid, van de wet, aanspraak op de lening gedurende de termijn, bedoeld in artikel 11 van
        de wet, gedurende de verlengde termijn bedoeld in artikel 12, eerste lid, van de wet en gedurende de termijn,
        genoemd in de boetebeschikking, ..."
        Interpretatie (I18): de laatste dag van zes jaar die beginnen op de dag na de (verlengde) termijn.
        """

    def formula_2022_01_01(persoon, period):
        art_19 = persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant
        dag_na_termijn = plus_dagen(persoon("inburgeringstermijn_einddatum", period), 1)
        jaren = persoon.simulation.tax_benefit_system.parameters.lening.aanspraak_na_termijn_jaren
        art_20_lid_2_a = einde_termijn(dag_na_termijn, waarde_op(jaren, dag_na_termijn, onbekend=0).astype(int) * 12)
        return numpy.where(art_19 & persoon("plicht_te_voldoen", period), art_20_lid_2_a, ONBEKEND)


class lening_maximum_bedrag(Besluit):
    value_type = float
    unit = "EUR"
    label = "Wettelijk maximum van de lening (euro; 0 waar het leenhoofdstuk niet geldt)"
    reference = [wet("Wi", "19"), wet("Wi", "20", 1), wet("Wi", "20", 2), wet("Bi", "6.2", 1)]
    documentation = """
        Wi art. 19: "Dit hoofdstuk is van toepassing op de inburgeringsplichtige die verblijf heeft op grond van een
        verblijfsvergunning regulier voor bepaalde tijd, met uitzondering van een inburgeringsplichtige als bedoeld
        in artikel 13, eerste lid, onderdeel b."
        Bi art. 6.2 lid 1: "Aan de inburgeringsplichtige kan, behoudens het bepaalde in artikel 20, tweede lid, van de
        wet op aanvraag een lening van ten hoogste € 10.000 worden verstrekt ten behoeve van de kosten voor: ..."
        Na de laatste dag van de aanspraak (Wi 20 lid 2 a) is het maximum 0. Het inkomensafhankelijke bedrag van de
        Regeling inburgering 2021 is niet gemodelleerd.
        """

    def formula_2022_01_01(persoon, period, parameters):
        art_19 = persoon("doelgroep", period) == Doelgroep.gezinsmigrant_of_overige_migrant
        einde = persoon("leenrecht_einddatum", period)
        art_20_lid_2_a_vervallen = einde < dag(period)
        aanspraak = art_19 & persoon("plicht_te_voldoen", period) & ~art_20_lid_2_a_vervallen
        return numpy.where(aanspraak, parameters(period).lening.maximum_bedrag, 0)
