"""Invoer voor vrijstelling (Wi art. 4, Bi art. 2.3) en ontheffing (Wi art. 5)."""

from inburgering_rules.enums import Ontheffing
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Feit


class leerplichtig_geweest_jaren(Feit):
    value_type = int
    label = "Aantal jaren leerplichtig of kwalificatieplichtig geweest in Nederland"
    reference = [wet("Wi", "4", 1), wet("Bi", "2.6")]


class vrijstellend_diploma(Feit):
    value_type = bool
    label = "Beschikt over een aangewezen vrijstellend diploma, certificaat of ander document"
    reference = [wet("Wi", "4", 1)]


class leerplichtig_of_kwalificatieplichtig(Feit):
    value_type = bool
    label = "Is nu leerplichtig of kwalificatieplichtig"
    reference = [wet("Wi", "4", 1)]


class opleiding_naar_vrijstellend_diploma(Feit):
    value_type = bool
    label = "Volgt een opleiding die leidt tot een aangewezen vrijstellend diploma"
    reference = [wet("Wi", "4", 1)]


class vrijstelling_wi2013_art_5_lid_1_e(Feit):
    value_type = bool
    label = "Heeft een vrijstelling op grond van art. 5 lid 1 onder e van de Wet inburgering (2013)"
    reference = [wet("Wi", "54", 3)]
    documentation = """
        Wi art. 54 lid 3 (tekst vanaf 2023-01-01): "Een vrijstelling op grond van het bepaalde bij of krachtens artikel
        5, eerste lid, onderdeel e, van de Wet inburgering, wordt beschouwd als een vrijstelling als bedoeld in
        artikel 4, eerste lid, onderdeel d, van deze wet." Niet gegeven: geen zo'n vrijstelling.
        """


class brp_inschrijving_onafgebroken_jaren(Feit):
    value_type = int
    label = "Aantal jaren onafgebroken ingeschreven als ingezetene in de BRP"
    reference = [wet("Wi", "4", 1), wet("Bi", "2.3")]


class werk_of_vrijwilligerswerk_jaren(Feit):
    value_type = int
    label = "Aantal jaren aantoonbaar betaald werk of vrijwilligerswerk in Nederland"
    reference = [wet("Bi", "2.3")]


class b1_spreken_luisteren_vastgesteld(Feit):
    value_type = bool
    label = "In een gesprek vastgesteld: spreek- en luistervaardigheid op ten minste B1"
    reference = [wet("Bi", "2.3")]


class voldoende_ingeburgerd_vastgesteld(Feit):
    value_type = bool
    label = "De Minister heeft vastgesteld dat de persoon heeft aangetoond al voldoende te zijn ingeburgerd"
    reference = [wet("Wi", "4", 1), wet("Bi", "2.3")]
    documentation = """
        Wi art. 4 lid 1: "Onze Minister verleent vrijstelling van de inburgeringsplicht aan degene die: ... e. heeft
        aangetoond al voldoende te zijn ingeburgerd." Het oordeel van de Minister (DUO: een toegekende vrijstelling
        met reden AVI), naast de feiten van Bi 2.3 waarop het rust. Niet gegeven: niet vastgesteld.
        """


class ontheffing_participatiegedeelte_z_route(Feit):
    value_type = bool
    label = ("De gedeeltelijke ontheffing betreft het participatiegedeelte van de zelfredzaamheidsroute "
             "(Bi 2.7 lid 3 onder c)")
    reference = [wet("Bi", "2.7", 3)]


class ontheffing(Feit):
    value_type = Ontheffing.__base__
    possible_values = Ontheffing
    default_value = Ontheffing.geen
    label = "Door de Minister verleende ontheffing"
    reference = [wet("Wi", "5", 1), wet("Wi", "5", 2)]
