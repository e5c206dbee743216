"""Ontzorgen: Participatiewet art. 56a."""

import numpy

from inburgering_rules.datums import ONBEKEND, als_datum, bekend, dag, einde_termijn
from inburgering_rules.enums import Verblijfsvergunning
from inburgering_rules.geldend_recht import aantal_op
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Besluit, date


class ontzorgen_verplicht(Besluit):
    value_type = bool
    label = "Valt onder het verplichte ontzorgen (Participatiewet art. 56a)"
    reference = [wet("Pw", "56a", 1), wet("Pw", "56a", 2), wet("Wi", "20", 2)]
    documentation = """
        Pw art. 56a lid 1: "Dit artikel is van toepassing op de belanghebbende die: a. inburgeringsplichtig is op
        grond van de Wet inburgering 2021; en b. verblijf heeft op grond van een verblijfsvergunning asiel voor
        bepaalde tijd als bedoeld in artikel 28 van de Vreemdelingenwet 2000."
        Pw art. 56a lid 2: "Het college verbindt aan de bijstand van de belanghebbende de verplichting ..." — dus
        alleen bij een recht op bijstand (bijstand_recht_datum gegeven).
        Interpretatie (I15): een gezinslid met een reguliere vergunning valt er niet onder.
        Interpretatie (I42): wie aan de inburgeringsplicht heeft voldaan, is "niet langer inburgeringsplichtig"
        (Wi 20 lid 2 b, zoals bij de lening, I18). Lid 1 onder a geldt dus niet als de plicht vóór de dag waarop
        het recht op bijstand ontstaat is voldaan (inburgeringsplicht_voldaan_datum vóór bijstand_recht_datum).
        Valt beide op één dag, dan was hij bij het begin van die dag nog inburgeringsplichtig: ontzorgen
        (laatste_dag_inburgeringsplichtig, dezelfde lezing als bij de lening). Voldoet
        hij later, dan loopt de periode van lid 2 door.
        Interpretatie (I42): ontstond het recht op bijstand vóór de plicht, dan telt de periode van lid 2 toch vanaf
        die dag; eindigt zij vóór de verkrijging van het verblijf (de dag waarop lid 1 vervuld is), dan lag zij
        geheel vóór het artikel van toepassing was en is er niets aan de bijstand te verbinden.
        """

    def formula_2022_01_01(persoon, period):
        bijstand = als_datum(persoon("bijstand_recht_datum", period))
        niet_langer_bij_bijstand = persoon("laatste_dag_inburgeringsplichtig", period) < bijstand
        lid_1_a = persoon("inburgeringsplichtig", period) & ~niet_langer_bij_bijstand
        lid_1_b = persoon("verblijfsvergunning", period) == Verblijfsvergunning.asiel_bepaalde_tijd
        lid_2_bijstand = bekend(bijstand)
        lid_2_einde = persoon("ontzorgen_periode_einddatum", period)
        lid_2_na_lid_1 = ~(lid_2_einde < als_datum(persoon("verblijf_verkregen_datum", period)))
        return lid_1_a & lid_1_b & lid_2_bijstand & lid_2_na_lid_1


class ontzorgen_periode_einddatum(Besluit):
    value_type = date
    label = "Laatste dag van de periode van Pw 56a lid 2 vanaf het recht op bijstand (of het artikel nu geldt of niet)"
    reference = [wet("Pw", "56a", 2)]
    documentation = """
        Pw art. 56a lid 2: "... gedurende een periode van zes maanden, gerekend vanaf de dag waarop het recht op
        bijstand ontstaat, ..." De laatste dag binnen die periode: einde_termijn(bijstand, ontzorgen.duur_maanden),
        met de duur die gold op de dag waarop het recht op bijstand ontstond (een recht van vóór 2022: zoals het
        artikel in werking trad). Geen besluit: ontzorgen_verplicht toetst ermee of de periode de plicht bereikt
        (I42), en de uitleg leest haar als die periode geheel vóór de plicht lag.
        """

    def formula_2022_01_01(persoon, period):
        bijstand = als_datum(persoon("bijstand_recht_datum", period))
        duur = persoon.simulation.tax_benefit_system.parameters.ontzorgen.duur_maanden
        return einde_termijn(bijstand, aantal_op(duur, bijstand))


class ontzorgen_startdatum(Besluit):
    value_type = date
    label = "Eerste dag van het ontzorgen: de dag waarop het recht op bijstand ontstaat"
    reference = [wet("Pw", "56a", 2)]
    documentation = """
        Pw art. 56a lid 2: "Het college verbindt aan de bijstand van de belanghebbende de verplichting om gedurende
        een periode van zes maanden, gerekend vanaf de dag waarop het recht op bijstand ontstaat, mee te werken aan
        het door het college in naam van de belanghebbende verrichten van betalingen uit de toegekende bijstand van
        huur, gas, water en stroom en de verplichte zorgverzekering."
        """

    def formula_2022_01_01(persoon, period):
        lid_2 = als_datum(persoon("bijstand_recht_datum", period))
        return numpy.where(persoon("ontzorgen_verplicht", period), lid_2, ONBEKEND)


class ontzorgen_einddatum(Besluit):
    value_type = date
    label = "Laatste dag van het ontzorgen"
    reference = [wet("Pw", "56a", 2)]
    documentation = """
        Pw art. 56a lid 2: "... gedurende een periode van zes maanden, gerekend vanaf de dag waarop het recht op
        bijstand ontstaat, ..." De laatste dag binnen die periode (ontzorgen_periode_einddatum: de duur die gold
        op de dag waarop het recht op bijstand ontstond; een recht van vóór 2022: zoals het artikel in werking
        trad), waar het ontzorgen geldt (ontzorgen_verplicht).
        """

    def formula_2022_01_01(persoon, period):
        return numpy.where(persoon("ontzorgen_verplicht", period), persoon("ontzorgen_periode_einddatum", period),
                           ONBEKEND)


class ontzorgen_actief(Besluit):
    value_type = bool
    label = "Het ontzorgen loopt op de peildatum"
    reference = [wet("Pw", "56a", 2)]
    documentation = "Waar als de peildatum binnen de periode van zes maanden van Pw art. 56a lid 2 valt."

    def formula_2022_01_01(persoon, period):
        peildatum = dag(period)
        return (persoon("ontzorgen_startdatum", period) <= peildatum) & (peildatum <= persoon("ontzorgen_einddatum", period))
