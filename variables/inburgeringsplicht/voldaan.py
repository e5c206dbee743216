"""Het voldoen aan de inburgeringsplicht (Wi art. 6 lid 1 en 2), met wat daarvoor meetelt (Bi 5.3 lid 5)."""

import numpy

from inburgering_rules.datums import ONBEKEND, bekend, dag
from inburgering_rules.instrumenten import wet
from inburgering_rules.meetellen import na_pip
from inburgering_rules.variabelen import Besluit, date

_BI_5_3_LID_5 = """
        Bi art. 5.3 lid 5 (tekst 2022: lid 4): "Inspanningen die een inburgeringsplichtige heeft verricht
        voorafgaand aan het vaststellen van het persoonlijk plan inburgering en participatie, wegen niet mee voor het
        voldoen aan de inburgeringsplicht, tenzij uitdrukkelijk anders is bepaald."
        Interpretatie (I41): de afrondingsdag telt als die op of na pip_datum ligt; een eerdere dag, of een dag
        zonder (nog) vastgesteld PIP, telt niet (`meetellen.na_pip`). Uitdrukkelijk anders bepaald is alleen de
        aftrek van uren van de brede intake van een urennorm; uren zijn invoer zonder dag.
        """


class pvt_meetellend_afgerond_datum(Besluit):
    value_type = date
    label = "Dag waarop het PVT is afgerond, als die meetelt voor het voldoen aan de plicht (niet vóór het PIP)"
    reference = [wet("Bi", "5.3", 5), wet("Wi", "6", 1)]
    documentation = _BI_5_3_LID_5

    def formula_2022_01_01(persoon, period):
        wi_6_lid_1_a = persoon("pvt_afgerond_datum", period)
        return na_pip(wi_6_lid_1_a, persoon("pip_datum", period))


class map_meetellend_afgerond_datum(Besluit):
    value_type = date
    label = "Dag waarop de MAP is afgerond, als die meetelt voor het voldoen aan de plicht (niet vóór het PIP)"
    reference = [wet("Bi", "5.3", 5), wet("Wi", "6", 1)]
    documentation = _BI_5_3_LID_5

    def formula_2022_01_01(persoon, period):
        wi_6_lid_1_b = persoon("map_afgerond_datum", period)
        return na_pip(wi_6_lid_1_b, persoon("pip_datum", period))


class leerroute_meetellend_behaald_datum(Besluit):
    value_type = date
    label = "Dag waarop de leerroute is behaald, als die meetelt voor het voldoen aan de plicht (niet vóór het PIP)"
    reference = [wet("Bi", "5.3", 5), wet("Wi", "6", 1)]
    documentation = _BI_5_3_LID_5

    def formula_2022_01_01(persoon, period):
        wi_6_lid_1_c = persoon("leerroute_behaald_datum", period)
        return na_pip(wi_6_lid_1_c, persoon("pip_datum", period))


class inburgeringsplicht_voldaan_datum(Besluit):
    value_type = date
    label = "Dag waarop het laatste verplichte onderdeel van de inburgeringsplicht is gedaan (nog niet: geen datum)"
    reference = [wet("Wi", "6", 1), wet("Wi", "6", 2), wet("Wi", "8", 3), wet("Bi", "5.3", 5), wet("Wi", "21", 3)]
    documentation = """
        Wi art. 6 lid 1: "De inburgeringsplicht bestaat uit: a. het afronden van het participatieverklaringstraject;
        b. het afronden van de module Arbeidsmarkt en Participatie; en c. het behalen van het inburgeringsexamen, de
        onderwijsroute of de zelfredzaamheidsroute."
        Wi art. 8 lid 3: "De verplichting om de module Arbeidsmarkt en Participatie af te ronden is niet van
        toepassing op de inburgeringsplichtige die het taalschakeltraject volgt of heeft afgerond."
        De laatste van de afrondingsdatums van het PVT, de MAP (waar verplicht) en de leerroute
        (leerroute_behaald_datum), als die uiterlijk op de peildatum ligt; anders (nog) geen datum. Alleen
        afrondingen op of na de dag van het PIP tellen (Bi 5.3 lid 5, I41).
        Interpretatie (I30): alleen voor wie aan de plicht moet voldoen; bij een gedeeltelijke ontheffing blijven
        alle onderdelen meetellen, omdat het pakket niet weet van welk onderdeel is ontheven.
        """

    def formula_2022_01_01(persoon, period):
        wi_6_lid_1_a_en_b = persoon("pvt_en_map_afgerond_datum", period)
        wi_6_lid_1_c = persoon("leerroute_meetellend_behaald_datum", period)
        laatste = numpy.maximum(wi_6_lid_1_a_en_b, wi_6_lid_1_c)
        gedaan = persoon("plicht_te_voldoen", period) & (laatste <= dag(period))
        return numpy.where(gedaan, laatste, ONBEKEND)


class laatste_dag_inburgeringsplichtig(Besluit):
    value_type = date
    label = "Laatste dag waarop wie aan de plicht voldeed nog inburgeringsplichtig is (nog niet voldaan: geen datum)"
    reference = [wet("Wi", "20", 2)]
    documentation = """
        Wi art. 20 lid 2: "Aanspraak op een lening bestaat niet of niet langer voor: ... b. de persoon die niet langer
        inburgeringsplichtig is."
        Interpretatie (I18, I42): bij het begin van de dag van het voldoen was hij nog inburgeringsplichtig; vanaf
        de dag erna niet langer. Eén lezing voor de lening (leenrecht_einddatum), het ontzorgen
        (ontzorgen_verplicht, Pw 56a lid 1 onder a) en de maatschappelijke begeleiding (maatschappelijke_begeleiding_recht,
        I65).
        """

    def formula_2022_01_01(persoon, period):
        return persoon("inburgeringsplicht_voldaan_datum", period)


class inburgeringsplicht_voldaan(Besluit):
    value_type = bool
    label = "Alle onderdelen van de inburgeringsplicht die voor deze persoon gelden zijn gedaan"
    reference = [wet("Wi", "6", 1), wet("Wi", "6", 2), wet("Bi", "5.3", 5)]
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
