"""Vrijstelling (Wi art. 4; Bi art. 2.3) en de gevolgen van ontheffing (Wi art. 5)."""

from inburgering_rules.datums import als_datum, dag, verjaardag
from inburgering_rules.enums import Ontheffing, Vrijstellingsgrond
from inburgering_rules.instrumenten import wet
from inburgering_rules.kiezen import kies
from inburgering_rules.variabelen import Besluit

G = Vrijstellingsgrond


class voldoende_ingeburgerd(Besluit):
    value_type = bool
    label = "Heeft aangetoond al voldoende te zijn ingeburgerd (Bi art. 2.3)"
    reference = [wet("Wi", "4", 1), wet("Bi", "2.3")]
    documentation = """
        Bi art. 2.3: "Onze Minister verleent de vrijstelling, bedoeld in artikel 4, eerste lid, onderdeel e, van de
        wet, indien: a. de inburgeringsplichtige volgens de basisregistratie personen ten minste 10 jaar onafgebroken
        als ingezetene ingeschreven is geweest; b. de inburgeringsplichtige aantoonbaar gedurende ten minste 5 jaar
        betaald werk of vrijwilligerswerk heeft verricht in Nederland; en c. in een gesprek is vastgesteld dat de
        inburgeringsplichtige beheerst over spreekvaardigheid en luistervaardigheid in de Nederlandse taal op ten
        minste het niveau B1 van het Gemeenschappelijk Europees Referentiekader voor Moderne Vreemde Talen."
        Ook waar de Minister dat heeft vastgesteld (`voldoende_ingeburgerd_vastgesteld`, DUO's reden AVI): dan staan
        de feiten van a-c niet altijd in de invoer.
        """

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).vrijstelling_ontheffing.voldoende_ingeburgerd
        onder_a = persoon("brp_inschrijving_onafgebroken_jaren", period) >= p.brp_minimum_jaren
        onder_b = persoon("werk_of_vrijwilligerswerk_jaren", period) >= p.werk_minimum_jaren
        onder_c = persoon("b1_spreken_luisteren_vastgesteld", period)
        return (onder_a & onder_b & onder_c) | persoon("voldoende_ingeburgerd_vastgesteld", period)


class leerplichtig_of_kwalificatieplichtig_op_peildatum(Besluit):
    value_type = bool
    label = ("Is op de peildatum leerplichtig of kwalificatieplichtig (het feit, tot de leeftijd waarop de "
             "kwalificatieplicht eindigt)")
    reference = [wet("Wi", "4", 1), wet("Bi", "6.1")]
    documentation = """
        Wi art. 4 lid 1 onder c en Bi art. 6.1 onder d vragen of iemand "leerplichtig of kwalificatieplichtig is op
        grond van de Leerplichtwet 1969". De kwalificatieplicht eindigt uiterlijk op 18 jaar
        (`kwalificatieplicht_tot_leeftijd`, Leerplichtwet 1969 art. 4a): vanaf die verjaardag telt het feit
        `leerplichtig_of_kwalificatieplichtig` niet meer (zo vraagt de beslis-API het ook alleen bij wie jonger is,
        I44). Zonder geboortedatum telt het gegeven feit zoals gegeven: een onbekende verjaardag beëindigt het niet.
        """

    def formula_2022_01_01(persoon, period, parameters):
        tot_leeftijd = parameters(period).vrijstelling_ontheffing.kwalificatieplicht_tot_leeftijd
        jonger = ~(verjaardag(als_datum(persoon("geboortedatum", period)), tot_leeftijd) <= dag(period))
        return persoon("leerplichtig_of_kwalificatieplichtig", period) & jonger


class vrijstellingsgrond(Besluit):
    value_type = Vrijstellingsgrond.__base__
    possible_values = Vrijstellingsgrond
    default_value = G.geen
    label = "Grond voor vrijstelling van de inburgeringsplicht (de eerste die van toepassing is)"
    reference = [wet("Wi", "4", 1), wet("Bi", "2.3"), wet("Wi", "54", 3)]
    documentation = """
        Wi art. 4 lid 1: "Onze Minister verleent vrijstelling van de inburgeringsplicht aan degene die:
        a. ten minste acht jaar leerplichtig of kwalificatieplichtig is geweest op grond van de Leerplichtwet 1969;
        b. beschikt over een bij ministeriële regeling aangewezen diploma, certificaat of ander document waaruit
        blijkt dat diegene beschikt over de vaardigheden en kennis, bedoeld in artikel 7, eerste lid;
        c. leerplichtig of kwalificatieplichtig is op grond van de Leerplichtwet 1969;
        d. een opleiding volgt waarvan de afronding leidt tot uitreiking van een bij ministeriële regeling aangewezen
        diploma, certificaat of ander document ...; of e. heeft aangetoond al voldoende te zijn ingeburgerd."
        Wi art. 54 lid 3 (tekst vanaf 2023-01-01): "Een vrijstelling op grond van het bepaalde bij of krachtens artikel
        5, eerste lid, onderdeel e, van de Wet inburgering, wordt beschouwd als een vrijstelling als bedoeld in
        artikel 4, eerste lid, onderdeel d, van deze wet." Die geldt naar de tekst op de peildatum
        (`vrijstelling_wi2013_telt`).
        Onder c: tot de 18e verjaardag (`leerplichtig_of_kwalificatieplichtig_op_peildatum`).
        Interpretatie (I7): de grond wordt bepaald los van de vraag of de persoon inburgeringsplichtig is.
        """

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).vrijstelling_ontheffing
        lid_1_a = persoon("leerplichtig_geweest_jaren", period) >= p.leerplicht_minimum_jaren
        lid_1_b = persoon("vrijstellend_diploma", period)
        lid_1_c = persoon("leerplichtig_of_kwalificatieplichtig_op_peildatum", period)
        art_54_lid_3 = p.vrijstelling_wi2013_telt & persoon("vrijstelling_wi2013_art_5_lid_1_e", period)
        lid_1_d = persoon("opleiding_naar_vrijstellend_diploma", period) | art_54_lid_3
        lid_1_e = persoon("voldoende_ingeburgerd", period)
        return kies(
            [lid_1_a, lid_1_b, lid_1_c, lid_1_d, lid_1_e],
            [G.acht_jaar_leerplichtig.index, G.diploma.index, G.leerplichtig_of_kwalificatieplichtig.index,
             G.opleiding.index, G.voldoende_ingeburgerd.index],
            G.geen.index,
        )


class vrijgesteld(Besluit):
    value_type = bool
    label = "Er is een grond voor vrijstelling van de inburgeringsplicht"
    reference = [wet("Wi", "4", 1), wet("Bi", "2.3"), wet("Wi", "54", 3)]
    documentation = """
        Wi art. 4 lid 1: "Onze Minister verleent vrijstelling van de inburgeringsplicht aan degene die: ..."
        (zie vrijstellingsgrond).
        """

    def formula_2022_01_01(persoon, period):
        return persoon("vrijstellingsgrond", period) != G.geen


class volledig_ontheven(Besluit):
    value_type = bool
    label = "Geheel ontheven van de inburgeringsplicht (Wi art. 5 lid 1 geheel, of lid 2)"
    reference = [wet("Wi", "5", 1), wet("Wi", "5", 2)]
    documentation = """
        Wi art. 5 lid 1: "Onze Minister ontheft de inburgeringsplichtige geheel of gedeeltelijk van de
        inburgeringsplicht als diegene heeft aangetoond door een psychische of lichamelijke belemmering, of een
        verstandelijke beperking, blijvend niet in staat te zijn aan de inburgeringsplicht, of een gedeelte daarvan,
        te voldoen."
        Wi art. 5 lid 2: "Onze Minister ontheft de inburgeringsplichtige voorts van de inburgeringsplicht als het de
        inburgeringsplichtige, gelet op bijzondere individuele omstandigheden die hem niet kunnen worden verweten,
        onmogelijk of uiterst moeilijk is om te voldoen aan de inburgeringsplicht."
        """

    def formula_2022_01_01(persoon, period):
        ontheffing = persoon("ontheffing", period)
        return (ontheffing == Ontheffing.volledig_belemmering) | (ontheffing == Ontheffing.volledig_bijzondere_omstandigheden)


class plicht_te_voldoen(Besluit):
    value_type = bool
    label = "Moet aan de inburgeringsplicht voldoen: inburgeringsplichtig, niet vrijgesteld en niet geheel ontheven"
    reference = [wet("Wi", "3", 1), wet("Wi", "4", 1), wet("Wi", "5", 1), wet("Wi", "5", 2), wet("Wi", "6", 1)]
    documentation = """
        Wi art. 6 lid 1: "De inburgeringsplicht bestaat uit: a. het afronden van het participatieverklaringstraject;
        b. het afronden van de module Arbeidsmarkt en Participatie; en c. het behalen van het inburgeringsexamen, de
        onderwijsroute of de zelfredzaamheidsroute." Wie vrijgesteld (art. 4) of geheel ontheven (art. 5) is, hoeft
        daar niet aan te voldoen.
        """

    def formula_2022_01_01(persoon, period):
        return (persoon("inburgeringsplichtig", period) & ~persoon("vrijgesteld", period)
                & ~persoon("volledig_ontheven", period))
