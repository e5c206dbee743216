"""Invoer over de leerroute, de brede intake en de voortgang (Wi art. 7-9, 15, 17; Bi 3.14, 4.4, 5.5)."""

from inburgering_rules.enums import Leerroute
from inburgering_rules.instrumenten import wet
from inburgering_rules.variabelen import Datumfeit, Feit


class leerroute(Feit):
    value_type = Leerroute.__base__
    possible_values = Leerroute
    default_value = Leerroute.nog_niet_vastgesteld
    label = "Door het college in het PIP vastgestelde leerroute"
    reference = [wet("Wi", "15", 1)]


class wil_vervolgonderwijs(Feit):
    value_type = bool
    label = "Geeft in de brede intake aan een opleiding in het beroeps- of hoger onderwijs te willen volgen"
    reference = [wet("Wi", "8", 1)]


class grote_kans_diploma_na_taalschakeltraject(Feit):
    value_type = bool
    label = "Oordeel van het college: grote kans op een diploma na het taalschakeltraject"
    reference = [wet("Wi", "8", 1)]


class examen_en_onderwijsroute_niet_haalbaar(Feit):
    value_type = bool
    label = "Oordeel van het college: examen en taalschakeltraject redelijkerwijs niet haalbaar binnen de termijn"
    reference = [wet("Wi", "9", 1)]


class leerroute_behaald_datum(Datumfeit):
    label = "Dag waarop de leerroute is behaald (niet gegeven: nog niet)"
    reference = [wet("Wi", "6", 1), wet("Wi", "25", 1)]


class nt2_lesuren_keurmerk(Feit):
    value_type = int
    label = "Gevolgde cursusuren NT2 bij een instelling met keurmerk of taalschakelinstelling"
    reference = [wet("Wi", "17", 3), wet("Bi", "5.5", 1), wet("Bi", "5.5", 2)]
    documentation = """
        De uren die tellen voor de aanzienlijke inspanningen van Bi art. 5.5 lid 1, ook die uit de brede intake die
        het college meetelt. Bi art. 5.5 lid 2 (tekst vanaf 2023-01-01; de tekst 2022 verwijst naar het vierde lid
        van artikel 5.3, dezelfde bepaling vóór de vernummering): "Indien in het kader van de brede intake door de
        inburgeringsplichtige cursusuren Nederlands als tweede taal, waarvan alfabetiseringsonderwijs onderdeel kan
        zijn, zijn gevolgd die voldoen aan het gestelde in het eerste lid, kunnen deze uren, in afwijking van
        artikel 5.3, vijfde lid, in mindering worden gebracht de urennorm, genoemd in het eerste lid."
        """


class lesuren_gevolgd(Feit):
    value_type = int
    label = "Gevolgde uren taallessen of cursusuren kennis van de Nederlandse maatschappij"
    reference = [wet("Bi", "4.4", 3)]


class alle_lessen_gevolgd(Feit):
    value_type = bool
    label = "Alle taallessen en KNM-cursusuren gevolgd (geoorloofd verzuim buiten beschouwing)"
    reference = [wet("Bi", "4.4", 2)]


class taalonderdelen_behaald_aantal(Feit):
    value_type = int
    label = "Aantal behaalde taalexamenonderdelen (0-4)"
    reference = [wet("Bi", "4.4", 2)]


class knm_behaald(Feit):
    value_type = bool
    label = "Examenonderdeel kennis van de Nederlandse maatschappij behaald"
    reference = [wet("Bi", "4.4", 2)]


class z_route_cursusuren(Feit):
    value_type = int
    label = "Gevolgde cursusuren NT2 en KNM in de zelfredzaamheidsroute"
    reference = [wet("Bi", "3.14", 2)]


class z_route_participatie_uren(Feit):
    value_type = int
    label = "Uren besteed aan zelfredzaamheid, activering en participatie in de Z-route"
    reference = [wet("Bi", "3.14", 2)]


class z_route_pvt_map_uren(Feit):
    value_type = int
    label = "Uren gemoeid met de MAP en het PVT (in mindering op de participatie-urennorm)"
    reference = [wet("Bi", "3.14", 5)]


class z_route_uren_in_mindering_gebracht(Feit):
    value_type = int
    label = ("Uren NT2/KNM in vso, praktijkonderwijs of entree die het college heeft besloten in mindering te brengen "
             "op de cursusurennorm van de Z-route (vanaf 2025-09-01)")
    reference = [wet("Bi", "3.14", 9), wet("Bi", "3.14", 10)]


class z_route_cursusuren_voor_wijziging(Feit):
    value_type = int
    label = ("Cursusuren NT2 en KNM gevolgd in de B1-route of de onderwijsroute, vóór de wijziging van de leerroute "
             "in de Z-route (in mindering op de cursusurennorm)")
    reference = [wet("Bi", "5.4", 4)]


class z_route_eindgesprek_gevoerd(Feit):
    value_type = bool
    label = "Eindgesprek met het college gevoerd"
    reference = [wet("Bi", "3.14", 2)]
