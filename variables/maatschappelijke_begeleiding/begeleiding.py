"""Maatschappelijke begeleiding (Wi art. 13)."""

import numpy

from inburgering_rules.datums import ONBEKEND, dag
from inburgering_rules.inschrijving import ingeschreven_als_plichtige
from inburgering_rules.enums import Doelgroep
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Besluit, date


def _wi_13_lid_1(persoon, period):
    """Wi 13 lid 1 onder a en b: de doelgroep van de asielstatushouders (Bi 1.1)."""
    return persoon("doelgroep", period) == Doelgroep.asielstatushouder


class maatschappelijke_begeleiding_recht(Besluit):
    value_type = bool
    label = "Heeft recht op maatschappelijke begeleiding door het college"
    reference = [wet("Wi", "13", 1), wet("Wi", "20", 2)]
    documentation = """
        Wi art. 13 lid 1: "Het college voorziet in de maatschappelijke begeleiding van de inburgeringsplichtige die
        rechtmatig verblijf heeft op grond van een: a. verblijfsvergunning asiel voor bepaalde tijd; of
        b. verblijfsvergunning regulier voor bepaalde tijd, verleend onder een beperking verband houdend met verblijf
        als familie- of gezinslid, voor verblijf bij een houder van een: ..."
        Interpretatie (I8): ook bij vrijstelling of ontheffing, want de begeleiding is geen onderdeel van de plicht
        van art. 6.
        Wi art. 20 lid 2: "Aanspraak op een lening bestaat niet of niet langer voor: ... b. de persoon die niet langer
        inburgeringsplichtig is."
        Interpretatie (I65): wie aan de plicht heeft voldaan, is niet langer de inburgeringsplichtige van lid 1
        (Wi 20 lid 2 onder b; Wi 21 lid 1 spreekt dan van de voormalige inburgeringsplichtige; dezelfde lezing als bij
        de lening en het ontzorgen, I18 en I42): het recht loopt tot en met de dag van het voldoen
        (laatste_dag_inburgeringsplichtig).
        """

    def formula_2022_01_01(persoon, period):
        lid_1 = _wi_13_lid_1(persoon, period)
        lid_1_niet_langer_inburgeringsplichtig = persoon("laatste_dag_inburgeringsplichtig", period) < dag(period)
        return lid_1 & ~lid_1_niet_langer_inburgeringsplichtig


class maatschappelijke_begeleiding_startdatum(Besluit):
    value_type = date
    label = "Dag waarop de maatschappelijke begeleiding begint"
    reference = [wet("Wi", "13", 3), wet("Wi", "3", 3)]
    documentation = """
        Wi art. 13 lid 3: "De maatschappelijke begeleiding vangt aan op de dag dat de inburgeringsplichtige in de
        basisregistratie personen is ingeschreven, met dien verstande dat als hij rechtmatig verblijf heeft op grond
        van een verblijfsvergunning asiel voor bepaalde tijd, het gaat om de inschrijving in de gemeente waar hij op
        grond van artikel 28 van de Huisvestingswet 2014 is gehuisvest."
        Wi art. 3 lid 3: "De inburgeringsplicht ontstaat niet met terugwerkende kracht."
        Interpretatie (I38): wie al in de BRP stond voordat hij inburgeringsplichtig werd (een gezinslid van
        Wi 13 lid 1 b dat hier eerder met een ander verblijf woonde), is pas vanaf de verkrijging van het
        verblijf "de inburgeringsplichtige": de begeleiding vangt aan op de latere van inschrijving en
        verkrijging.
        Interpretatie (I65): de dag blijft de aanvang, ook nadat het recht met het voldoen aan de plicht eindigde.
        """

    def formula_2022_01_01(persoon, period):
        lid_1 = _wi_13_lid_1(persoon, period)
        lid_3 = ingeschreven_als_plichtige(persoon("brp_inschrijving_datum", period),
                                           persoon("verblijf_verkregen_datum", period))
        return numpy.where(lid_1, lid_3, ONBEKEND)
