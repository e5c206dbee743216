"""Het participatieverklaringstraject (PVT) en de module Arbeidsmarkt en Participatie (MAP): Wi 6, 8 lid 3, 24."""

import numpy

from inburgering_rules.datums import ONBEKEND, als_datum, bekend
from inburgering_rules.enums import Leerroute
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Besluit, date


class pvt_verplicht(Besluit):
    value_type = bool
    label = "Moet het participatieverklaringstraject afronden"
    reference = [wet("Wi", "6", 1)]
    documentation = """
        Wi art. 6 lid 1: "De inburgeringsplicht bestaat uit: a. het afronden van het participatieverklaringstraject;
        ..." Geldt voor ieder die aan de plicht moet voldoen (niet vrijgesteld, niet geheel ontheven).
        """

    def formula_2022_01_01(persoon, period):
        return persoon("plicht_te_voldoen", period)


class map_verplicht(Besluit):
    value_type = bool
    label = "Moet de module Arbeidsmarkt en Participatie afronden"
    reference = [wet("Wi", "6", 1), wet("Wi", "8", 3)]
    documentation = """
        Wi art. 6 lid 1: "... b. het afronden van de module Arbeidsmarkt en Participatie; ..."
        Wi art. 8 lid 3: "De verplichting om de module Arbeidsmarkt en Participatie af te ronden is niet van
        toepassing op de inburgeringsplichtige die het taalschakeltraject volgt of heeft afgerond."
        Interpretatie (I59): de MAP moet binnen de termijn af (Wi 24 lid 1), en die termijn begint met het PIP
        (Wi 11 lid 2), dat de leerroute vaststelt (Wi 15 lid 1 a). Dit besluit leest dus de route van het gegeven
        PIP, ook als dat na de peildatum is gedagtekend (een vooruitblik, zoals de termijnen zelf); zonder PIP is er
        geen route (I44) en is de MAP verplicht. Wie het taalschakeltraject heeft afgerond (taalschakeltraject_afgerond)
        en daarna een andere route volgt, hoeft de MAP evenmin af te ronden.
        """

    def formula_2022_01_01(persoon, period):
        art_6_lid_1_b = persoon("plicht_te_voldoen", period)
        wi_15_lid_1_a = bekend(als_datum(persoon("pip_datum", period)))
        art_8_lid_3_volgt = wi_15_lid_1_a & (persoon("leerroute", period) == Leerroute.onderwijsroute)
        art_8_lid_3_heeft_afgerond = persoon("taalschakeltraject_afgerond", period)
        return art_6_lid_1_b & ~(art_8_lid_3_volgt | art_8_lid_3_heeft_afgerond)


class pvt_uiterste_datum(Besluit):
    value_type = date
    label = "Laatste dag om het PVT af te ronden: de laatste dag van de (verlengde) inburgeringstermijn"
    reference = [wet("Wi", "24", 1), wet("Wi", "11", 1), wet("Wi", "12", 1)]
    documentation = """
        Wi art. 24 lid 1: "Onze Minister legt een bestuurlijke boete op aan de inburgeringsplichtige die het
        participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet heeft afgerond binnen de in
        artikel 11, eerste lid, bedoelde termijn, of de op grond van artikel 12 verlengde termijn."
        De vastgestelde wet kent geen aparte termijn van 18 maanden (het conceptwetsvoorstel van 2019 wel: zie de
        hervorming concept_wetsvoorstel_2019).
        """

    def formula_2022_01_01(persoon, period):
        einde = persoon("inburgeringstermijn_einddatum", period)
        return numpy.where(persoon("pvt_verplicht", period), einde, ONBEKEND)


class map_uiterste_datum(Besluit):
    value_type = date
    label = "Laatste dag om de MAP af te ronden: de laatste dag van de (verlengde) inburgeringstermijn"
    reference = [wet("Wi", "24", 1), wet("Wi", "11", 1), wet("Wi", "12", 1), wet("Wi", "8", 3)]
    documentation = """
        Wi art. 24 lid 1: "... het participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet heeft
        afgerond binnen de in artikel 11, eerste lid, bedoelde termijn, of de op grond van artikel 12 verlengde
        termijn." Niet voor de onderwijsroute (Wi 8 lid 3).
        """

    def formula_2022_01_01(persoon, period):
        einde = persoon("inburgeringstermijn_einddatum", period)
        return numpy.where(persoon("map_verplicht", period), einde, ONBEKEND)


class pvt_en_map_afgerond_datum(Besluit):
    value_type = date
    label = "Dag waarop het laatste van de verplichte onderdelen PVT en MAP is afgerond (niet afgerond: geen datum)"
    reference = [wet("Wi", "6", 1), wet("Wi", "8", 3), wet("Wi", "24", 1), wet("Bi", "5.3", 5)]
    documentation = """
        Wi art. 6 lid 1: "De inburgeringsplicht bestaat uit: a. het afronden van het participatieverklaringstraject;
        b. het afronden van de module Arbeidsmarkt en Participatie; ..." De MAP alleen als die verplicht is
        (Wi 8 lid 3). Zolang een verplicht onderdeel geen afrondingsdatum heeft die meetelt (op of na de dag van
        het PIP, Bi 5.3 lid 5, I41), is er geen datum.
        """

    def formula_2022_01_01(persoon, period):
        pvt = persoon("pvt_meetellend_afgerond_datum", period)
        map_ = persoon("map_meetellend_afgerond_datum", period)
        wi_6_lid_1_a = numpy.where(persoon("pvt_verplicht", period), pvt, ONBEKEND)
        wi_6_lid_1_b = numpy.where(persoon("map_verplicht", period), map_, wi_6_lid_1_a)
        return numpy.maximum(wi_6_lid_1_a, wi_6_lid_1_b)
