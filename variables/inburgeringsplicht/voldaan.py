"""Het voldoen aan de inburgeringsplicht (Wi art. 6 lid 1 en 2)."""

import numpy

from inburgering_rules.datums import ONBEKEND, als_datum, bekend, dag
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Besluit, date


class inburgeringsplicht_voldaan_datum(Besluit):
    value_type = date
    label = "Dag waarop het laatste verplichte onderdeel van de inburgeringsplicht is gedaan (nog niet: geen datum)"
    reference = [wet("Wi", "6", 1), wet("Wi", "6", 2), wet("Wi", "8", 3), wet("Wi", "21", 3)]
    documentation = """
        Wi art. 6 lid 1: "De inburgeringsplicht bestaat uit: a. het afronden van het participatieverklaringstraject;
        b. het afronden van de module Arbeidsmarkt en Participatie; en c. het behalen van het inburgeringsexamen, de
        onderwijsroute of de zelfredzaamheidsroute."
        Wi art. 8 lid 3: "De verplichting om de module Arbeidsmarkt en Participatie af te ronden is niet van
        toepassing op de inburgeringsplichtige die het taalschakeltraject volgt of heeft afgerond."
        De laatste van de afrondingsdatums van het PVT, de MAP (waar verplicht) en de leerroute
        (leerroute_behaald_datum), als die uiterlijk op de peildatum ligt; anders (nog) geen datum.
        Interpretatie (I30): alleen voor wie aan de plicht moet voldoen; bij een gedeeltelijke ontheffing blijven
        alle onderdelen meetellen, omdat het pakket niet weet van welk onderdeel is ontheven.
        """

    def formula_2022_01_01(persoon, period):
        wi_6_lid_1_a_en_b = persoon("pvt_en_map_afgerond_datum", period)
        wi_6_lid_1_c = als_datum(persoon("leerroute_behaald_datum", period))
        laatste = numpy.maximum(wi_6_lid_1_a_en_b, wi_6_lid_1_c)
        gedaan = persoon("plicht_te_voldoen", period) & (laatste <= dag(period))
        return numpy.where(gedaan, laatste, ONBEKEND)


class inburgeringsplicht_voldaan(Besluit):
    value_type = bool
    label = "Alle onderdelen van de inburgeringsplicht die voor deze persoon gelden zijn gedaan"
    reference = [wet("Wi", "6", 1), wet("Wi", "6", 2)]
    documentation = """
        Wi art. 6 lid 1: "De inburgeringsplicht bestaat uit: a. het afronden van het participatieverklaringstraject;
        b. het afronden van de module Arbeidsmarkt en Participatie; en c. het behalen van het inburgeringsexamen, de
        onderwijsroute of de zelfredzaamheidsroute."
        Wi art. 6 lid 2: "De inburgeringsplichtige die voldaan heeft aan de inburgeringsplicht ontvangt een diploma
        indien deze het inburgeringsexamen dan wel de onderwijsroute heeft behaald, en een certificaat indien deze de
        zelfredzaamheidsroute heeft behaald."
        Waar als er op de peildatum een inburgeringsplicht_voldaan_datum is.
        """

    def formula_2022_01_01(persoon, period):
        return bekend(persoon("inburgeringsplicht_voldaan_datum", period))
