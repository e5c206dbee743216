"""De publieke namen van het contract (`shared/contract/vocabulary.md`) en hoe ontbrekende
invoer moet worden gelezen.

Drie soorten invoer:

* **feiten waarvan het ontbreken iets betekent** ("niet gegeven" = "heeft niet
  plaatsgevonden"): een afrondingsdatum, de datum van het recht op bijstand, aantallen uren.
  De standaardwaarde is dan juridisch juist.
* **feiten die nodig zijn** (`NODIGE_FEITEN`): zonder geboortedatum of verblijfsdoel kan de
  plicht niet worden vastgesteld. Ontbreken ze, dan geeft de beslis-API `null` voor elk
  besluit dat er werkelijk van afhangt en noemt ze onder `ontbrekende_gegevens`.
* **oordelen** (`OORDELEN`): discretionaire beslissingen van het college of de Minister.
  Ontbreken ze en hangt een besluit ervan af, dan is een menselijk oordeel nodig.
* **wat de persoon in de brede intake aangaf** (`FEITEN_UIT_INTAKE`): niet gegeven is niet "nee"
  (misschien is de intake nog niet gehouden); hangt een besluit ervan af, dan is het onbepaald.
* **feiten die alleen soms nodig zijn**: een feit uit een beschikking waar die is bekendgemaakt
  (`FEITEN_UIT_BESCHIKKING`), een feit waar een ander gegeven een bepaalde waarde heeft (`FEITEN_ALLEEN_BIJ`),
  een feit bij wie jonger is dan een leeftijd uit de wet (`FEITEN_TOT_LEEFTIJD`); niet gevraagd waar preciezere
  feiten die het vervangen zijn gegeven (`VERVANGEN_DOOR`).

Of een besluit "werkelijk afhangt" van ontbrekende invoer bepaalt `inburgering_rules.simulatie`
door het besluit opnieuw te berekenen met elke proefwaarde (`PROEFWAARDEN`; `TREDEN`) van elk
ontbrekend gegeven, en sommige samen (`SAMEN_VARIEREN`): verandert de uitkomst, dan is het besluit onbepaald en
is dat gegeven de oorzaak.
"""

from __future__ import annotations

from dataclasses import dataclass

from inburgering_rules.meetellen import MEETELLEND
from inburgering_rules.waarden import grens

INVOER = (
    "geboortedatum", "nationaliteit", "verblijfsvergunning", "verblijfsdoel",
    "verblijf_verkregen_datum", "inburgeringsplichtig_wi2013", "familielid_eu_burger",
    "elders_ingeburgerd_langdurig_ingezetene", "leerplichtig_geweest_jaren", "vrijstellend_diploma",
    "leerplichtig_of_kwalificatieplichtig", "opleiding_naar_vrijstellend_diploma",
    "brp_inschrijving_onafgebroken_jaren", "werk_of_vrijwilligerswerk_jaren",
    "b1_spreken_luisteren_vastgesteld", "ontheffing", "kennisgeving_inburgeringsplicht_datum",
    "brp_inschrijving_datum", "pip_datum", "pip_bekendmaking_datum", "bijstand_recht_datum",
    "leerroute", "wil_vervolgonderwijs", "grote_kans_diploma_na_taalschakeltraject",
    "examen_en_onderwijsroute_niet_haalbaar", "pvt_afgerond_datum", "map_afgerond_datum",
    "leerroute_behaald_datum", "nt2_lesuren_keurmerk", "lesuren_gevolgd", "alle_lessen_gevolgd",
    "taalonderdelen_behaald_aantal", "knm_behaald", "z_route_cursusuren", "z_route_participatie_uren",
    "z_route_pvt_map_uren", "z_route_eindgesprek_gevoerd", "termijn_verlenging_maanden",
    "brede_intake_niet_verschenen_na_herhaalde_oproep", "pip_onvoldoende_medewerking",
    "boete_art_23_eerdere_aantal", "verwijtbaarheid", "gemeentelijke_boetes_opgelegd_bedrag",
    "bijstand_verlaagd_zelfde_gedraging", "verblijfsvergunning_niet_verlengd_of_ingetrokken",
    "brp_inschrijving_andere_gemeente_datum", "pip_informatie_derde_opgevraagd_datum",
    "pip_zonder_informatie_derde_niet_mogelijk", "pip_informatie_derde_ontvangen_datum",
    "verhindering_niet_verwijtbaar",
    "niet_vrijstellende_opleiding_startdatum", "niet_vrijstellende_opleiding_beeindigd_datum",
    "leerroute_wijziging_bijzonder_geval",
    # versie 2
    "boete_art_24_bekendmaking_datum", "boete_art_25_bekendmaking_datum", "boete_art_24_nieuwe_termijn_maanden",
    "boete_art_25_nieuwe_termijn_maanden", "boete_art_24_aantal", "boete_art_25_aantal",
    "boete_art_22_bekendmaking_datum", "z_route_uren_in_mindering_gebracht",
    # na 0.2.0
    "pip_andere_gemeente_datum", "z_route_cursusuren_voor_wijziging", "ontheffing_participatiegedeelte_z_route",
    "bijstand_verlaagd_gedraging_art_22", "bijstand_verlaagd_gedraging_art_23", "bijstand_verlaagd_gedraging_art_24",
    "bijstand_verlaagd_gedraging_art_25", "boete_art_22_lid_3_opgelegd", "vrijstelling_wi2013_art_5_lid_1_e",
    "voldoende_ingeburgerd_vastgesteld", "brede_intake_niet_verschenen_binnen_nieuwe_termijn",
    "brede_intake_oproepen_zonder_verschijnen_aantal", "boete_art_24_nieuwe_termijn_verlenging_maanden",
    "boete_art_25_nieuwe_termijn_verlenging_maanden", "taalschakeltraject_afgerond",
)

BESLUITEN = (
    "inburgeringsplichtig", "reden_geen_inburgeringsplicht", "doelgroep", "vrijgesteld",
    "vrijstellingsgrond", "pvt_verplicht", "map_verplicht", "maatschappelijke_begeleiding_recht",
    "maatschappelijke_begeleiding_startdatum", "ontzorgen_verplicht", "ontzorgen_startdatum",
    "ontzorgen_einddatum", "ontzorgen_actief", "pip_uiterste_datum", "pip_bezwaartermijn_einddatum",
    "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum", "pvt_uiterste_datum",
    "map_uiterste_datum", "leerroute_wijziging_uiterste_datum", "leerroute_aanbod_door_gemeente",
    "lening_maximum_bedrag", "leenrecht_einddatum", "b1_route_mogelijk", "onderwijsroute_mogelijk",
    "z_route_mogelijk", "z_route_cursusuren_vereist", "z_route_participatie_uren_vereist",
    "z_route_afgerond", "afschalen_naar_a2_mogelijk", "verlenging_aanzienlijke_inspanning_mogelijk",
    "verlenging_niet_verwijtbaar_mogelijk",
    "boete_art_22_bedrag", "boete_art_23_bedrag", "boete_art_24_bedrag", "boete_art_25_maximum_bedrag",
    "gemeentelijk_boeteplafond_resterend_bedrag",
    # versie 2
    "inburgeringsplicht_voldaan", "inburgeringsplicht_voldaan_datum", "nieuwe_termijn_art_24_einddatum",
    "nieuwe_termijn_art_25_einddatum", "volgende_boete_art_24_mogelijk_vanaf", "volgende_boete_art_25_mogelijk_vanaf",
    "boete_art_22_nieuwe_termijn_uiterste_datum", "boete_art_24_bezwaartermijn_einddatum",
    "boete_art_25_bezwaartermijn_einddatum", "lening_terugbetaling_startdatum",
)

# Bedragen in euro's: exact op de cent, in JSON als 250 of 37.5.
GELD = frozenset(
    {"gemeentelijke_boetes_opgelegd_bedrag", "lening_maximum_bedrag", "boete_art_22_bedrag",
     "boete_art_23_bedrag", "boete_art_24_bedrag", "boete_art_25_maximum_bedrag",
     "gemeentelijk_boeteplafond_resterend_bedrag"}
)

# Boetes: wie legt ze op (Wi 22-25), welk bedrag-besluit hoort erbij en welke termijnen volgen uit de
# (laatste) boetebeschikking (versie 2: Wi 22 lid 2, 24 lid 2-4, 25 lid 2; Awb 6:7).
BOETES = {
    "art_22": {"besluit": "boete_art_22_bedrag", "bevoegd": "college", "artikel": "22",
               "termijnen": {"nieuwe_termijn_uiterste_datum": "boete_art_22_nieuwe_termijn_uiterste_datum"}},
    "art_23": {"besluit": "boete_art_23_bedrag", "bevoegd": "college", "artikel": "23", "termijnen": {}},
    "art_24": {"besluit": "boete_art_24_bedrag", "bevoegd": "duo", "artikel": "24",
               "termijnen": {"nieuwe_termijn_einddatum": "nieuwe_termijn_art_24_einddatum",
                             "volgende_boete_mogelijk_vanaf": "volgende_boete_art_24_mogelijk_vanaf",
                             "bezwaartermijn_einddatum": "boete_art_24_bezwaartermijn_einddatum"}},
    "art_25": {"besluit": "boete_art_25_maximum_bedrag", "bevoegd": "duo", "artikel": "25",
               "termijnen": {"nieuwe_termijn_einddatum": "nieuwe_termijn_art_25_einddatum",
                             "volgende_boete_mogelijk_vanaf": "volgende_boete_art_25_mogelijk_vanaf",
                             "bezwaartermijn_einddatum": "boete_art_25_bezwaartermijn_einddatum"}},
}


@dataclass(frozen=True)
class Voorwaarde:
    """Een wettelijke voorwaarde van een boete: `variabele` moet `vereist` zijn (artikel, lid). De omschrijving is
    dezelfde voor iedereen en elke hervorming: een getal of dag die per persoon of hervorming verschilt, noemt ze niet
    maar wijst ze aan (het besluit dat hem geeft)."""

    variabele: str
    vereist: bool
    artikel: tuple
    nl: str
    en: str


_PLICHT = Voorwaarde("plicht_te_voldoen", True, ("Wi", "6", 1), "moet aan de inburgeringsplicht voldoen",
                     "must meet the integration obligation")


def _art_27(artikel: str) -> Voorwaarde:
    return Voorwaarde(f"boete_art_{artikel}_achterwege_wi_27", False, ("Wi", "27"),
                      "de bijstand is niet verlaagd voor dezelfde gedraging", "social assistance was not lowered "
                      "for the same conduct")


_PLAFOND = Voorwaarde("gemeentelijk_boeteplafond_bereikt", False, ("Bi", "7.1", 5),
                      "het plafond voor boetes van het college is niet bereikt",
                      "the cap on the municipality's fines has not been reached")

# Per boete de voorwaarden uit de wet, in de volgorde van de wet; de API toont elk als vervuld of niet.
BOETE_VOORWAARDEN = {
    "art_22": (_PLICHT,
               Voorwaarde("brede_intake_gedraging_art_22", True, ("Wi", "22"),
                          "niet verschenen of onvoldoende meegewerkt aan de brede intake (lid 1, na de oproep van het "
                          "college: ingeschreven op of vóór de peildatum, Wi 14 lid 1; na een eerste boetebeschikking "
                          "binnen de nieuwe termijn, lid 3; geen na de boete van lid 3)",
                          "did not appear for or cooperate with the broad intake (para 1, after the municipality's "
                          "summons: registered on or before the peildatum, Wi 14(1); after a first fine decision within "
                          "the new term, para 3; none after the fine of para 3)"),
               _PLAFOND, _art_27("22")),
    "art_23": (_PLICHT,
               Voorwaarde("pip_vastgesteld", True, ("Wi", "23", 1), "het PIP is vastgesteld (Wi 15)",
                          "the PIP has been adopted (Wi 15)"),
               Voorwaarde("pip_onvoldoende_medewerking", True, ("Wi", "23", 1),
                          "niet of onvoldoende meegewerkt aan het PIP", "did not (sufficiently) cooperate with "
                          "the PIP"),
               _PLAFOND, _art_27("23")),
    "art_24": (Voorwaarde("pvt_of_map_niet_tijdig_afgerond", True, ("Wi", "24", 1),
                          "PVT of MAP niet tijdig afgerond (de uiterste dagen: pvt_uiterste_datum, map_uiterste_datum)",
                          "PVT or MAP not completed in time (the last days: pvt_uiterste_datum, map_uiterste_datum)"),
               Voorwaarde("boete_art_24_eerste_of_volgende", True, ("Wi", "24", 3),
                          "nog geen boete van art. 24 opgelegd, of de nieuwe termijn is verstreken (lid 3) of de tijd "
                          "tot een volgende boete is verstreken (lid 4; de dag: volgende_boete_art_24_mogelijk_vanaf)",
                          "no art. 24 fine imposed yet, or the new term has passed (para 3) or the time until a next "
                          "fine has passed (para 4; the day: volgende_boete_art_24_mogelijk_vanaf)"),
               _art_27("24")),
    "art_25": (_PLICHT,
               Voorwaarde("termijn_verstreken", True, ("Wi", "25", 1), "de (verlengde) termijn is verstreken",
                          "the (extended) term has passed"),
               Voorwaarde("leerroute_niet_tijdig_behaald", True, ("Wi", "25", 1),
                          "de (verlengde) termijn is verstreken zonder dat de leerroute is behaald",
                          "the (extended) term has passed without the learning route being completed"),
               Voorwaarde("boete_art_25_eerste_of_volgende", True, ("Wi", "25", 2),
                          "nog geen boete van art. 25 opgelegd, of de nieuwe termijn is verstreken of de tijd tot een "
                          "volgende boete is verstreken (lid 2 met art. 24 lid 3 en 4; de dag: "
                          "volgende_boete_art_25_mogelijk_vanaf)",
                          "no art. 25 fine imposed yet, or the new term has passed or the time until a next fine has "
                          "passed (para 2 with art. 24(3) and (4); the day: volgende_boete_art_25_mogelijk_vanaf)"),
               Voorwaarde("boete_art_25_achterwege_lid_3", False, ("Wi", "25", 3),
                          "de reguliere verblijfsvergunning voor bepaalde tijd is niet geweigerd of ingetrokken "
                          "(art. 18, 19 Vw)",
                          "the regular fixed-term residence permit was not refused or withdrawn (Vw 18, 19)"),
               _art_27("25")),
}

# Discretionaire oordelen: wie beslist ("college", of "duo" voor de Minister), en twee proefwaarden.
OORDELEN = {
    "grote_kans_diploma_na_taalschakeltraject": "college",
    "examen_en_onderwijsroute_niet_haalbaar": "college",
    "verwijtbaarheid": "college",
    "pip_zonder_informatie_derde_niet_mogelijk": "college",
    "leerroute_wijziging_bijzonder_geval": "college",
    "verhindering_niet_verwijtbaar": "duo",
}

# Oordelen die blijken uit de leerroute die het college in het PIP vaststelde (Wi 8 lid 1, 9 lid 1: wie zo wordt
# beoordeeld "volgt" die route; I37): is de leerroute gegeven met een PIP op of vóór de peildatum, dan ontbreken ze
# niet (een route telt vanaf het PIP, `leerroute_van_het_pip`, I59). De formules lezen de vastgestelde onderwijs- of
# Z-route als dat oordeel; bij een andere route is het oordeel "nee", de standaardwaarde.
BLIJKT_UIT_LEERROUTE = ("grote_kans_diploma_na_taalschakeltraject", "examen_en_onderwijsroute_niet_haalbaar",
                        "wil_vervolgonderwijs")

# Wat de persoon in de brede intake aangaf (Wi 8 lid 1: "die tijdens de brede intake aangeeft een opleiding in het
# beroeps- of hoger onderwijs te willen volgen"). Niet gegeven is niet "nee": zonder dat gegeven staat niet vast of
# de onderwijsroute openstaat. Een vastgestelde leerroute laat zien wat er uit de intake volgde (I37).
FEITEN_UIT_INTAKE = ("wil_vervolgonderwijs",)

# Feiten zonder betekenisvolle standaardwaarde.
NODIGE_FEITEN = ("geboortedatum", "nationaliteit", "verblijfsvergunning", "verblijfsdoel",
                 "verblijf_verkregen_datum")

# Feiten die alleen nodig zijn waar een ander gegeven een bepaalde waarde heeft (naam: ((ander gegeven, waarde), ...),
# één van de paren volstaat; `GEGEVEN`: waar het andere gegeven er is). Daar is niet gegeven geen "nee"; elders wel.
# - Het familielid van een burger van de Unie (Wi 3 lid 2 b) verblijft op grond van het Unierecht (Vw 8 e): bij die
#   vergunning beslist het feit over de reden waarom er geen plicht is en over de lening (Bi 6.1, I43). Bij een
#   verblijf op grond van Vw 8 a of c is het familielid de uitzondering, zoals de andere van Wi 3 lid 2.
# - Alle lessen gevolgd: een voorwaarde van de verlenging na aanzienlijke inspanningen in de B1-route (Bi 4.4 lid 2
#   a-b); "nee" zou een verzuim beweren (I44).
# - De bijstand verlaagd voor dezelfde gedraging (Wi 27): kan alleen wie bijstand heeft (I44).
# - Eerdere onherroepelijke art. 23-boetes binnen twaalf maanden (Bi 7.1 lid 3): de boete verdubbelt ermee; alleen
#   waar de gedraging van art. 23 is gegeven (I44).
# - De uren van PVT en MAP, in mindering op de participatienorm van de Z-route (Bi 3.14 lid 5): waar het PVT of de
#   MAP is afgerond, zijn er zulke uren (het PVT omvat ten minste 12 uren, Bi 3.1 lid 3); "0" zou de afronding
#   tegenspreken (I44). Zonder afronding telt niet gegeven als nog geen uren, zoals andere aantallen.
# - De gevolgde lesuren in de B1-route: 450 openen voor gezinsmigranten en overige migranten de verlenging na
#   aanzienlijke inspanningen (Bi 4.4 lid 3, waar de asielstatushouder alle lessen moet hebben gevolgd), 600 uren bij
#   een keurmerkinstelling het afschalen naar A2 (Wi 17 lid 3, Bi 5.5 lid 1). "0 uren" zou een verzuim beweren, zoals
#   bij `alle_lessen_gevolgd` (I44).
# - Of een gedeeltelijke ontheffing het participatiegedeelte van de Z-route betreft (Bi 2.7 lid 3 c): alleen bij een
#   gedeeltelijke ontheffing; het bepaalt de participatienorm (I16).
GEGEVEN = "gegeven"
_UNIERECHT = (("verblijfsvergunning", "gemeenschapsrecht"),)  # verblijf op grond van het Unierecht (Vw 8 e)
FEITEN_ALLEEN_BIJ = {
    "familielid_eu_burger": _UNIERECHT,
    # Bi 6.1 onder b en c: feiten over de persoon met verblijf op grond van het Unierecht die de lening vraagt (I22).
    # Hij heeft geen vrijstelling van DUO waarin ze zouden blijken (I48), dus niet gegeven is bij hem geen "nee" (een
    # review); elders wel (Wi 4 lid 1: een vrijstelling die niet is gegeven, is er niet).
    "leerplichtig_geweest_jaren": _UNIERECHT,
    "vrijstellend_diploma": _UNIERECHT,
    "opleiding_naar_vrijstellend_diploma": _UNIERECHT,
    "alle_lessen_gevolgd": (("leerroute", "b1_route"),),
    "bijstand_verlaagd_zelfde_gedraging": (("bijstand_recht_datum", GEGEVEN),),
    "boete_art_23_eerdere_aantal": (("pip_onvoldoende_medewerking", True),),
    "z_route_pvt_map_uren": (("pvt_afgerond_datum", GEGEVEN), ("map_afgerond_datum", GEGEVEN)),
    "lesuren_gevolgd": (("leerroute", "b1_route"),),
    "nt2_lesuren_keurmerk": (("leerroute", "b1_route"),),
    "ontheffing_participatiegedeelte_z_route": (("ontheffing", "gedeeltelijk_belemmering"),),
    # Bi 5.3 lid 2: het oordeel dat het PIP zonder de informatie van een derde niet kan worden vastgesteld, telt
    # alleen als die informatie is opgevraagd (die dag is gegeven).
    "pip_zonder_informatie_derde_niet_mogelijk": (("pip_informatie_derde_opgevraagd_datum", GEGEVEN),),
    # Bi 5.4 lid 3: een bijzonder geval wijkt af van de termijn om de leerroute te wijzigen, die met de
    # inburgeringstermijn begint, op de dag na het PIP (Wi 11 lid 2): zonder PIP is er nog niets om van af te wijken.
    "leerroute_wijziging_bijzonder_geval": (("pip_datum", GEGEVEN),),
    # Wi 12 lid 1 a en Bi 4.3 lid 1: een verhindering "gedurende de periode van de termijn", die met het PIP begint
    "verhindering_niet_verwijtbaar": (("pip_datum", GEGEVEN),),
    # Bi 7.1 lid 5: wat het college in de termijn al aan boetes oplegde, gaat af van het plafond. Gevraagd waar een
    # boete van het college kan komen (de gedraging van Wi 22 lid 1 of 3, of van Wi 23) of er al een is opgelegd (een
    # art. 22-beschikking); elders telt niet gegeven als niets opgelegd.
    "gemeentelijke_boetes_opgelegd_bedrag": (("brede_intake_niet_verschenen_na_herhaalde_oproep", True),
                                             ("brede_intake_niet_verschenen_binnen_nieuwe_termijn", True),
                                             ("pip_onvoldoende_medewerking", True),
                                             ("boete_art_22_bekendmaking_datum", GEGEVEN)),
}

# Feiten die niet gevraagd worden waar de aanroeper de preciezere feiten gaf die ze vervangen: Wi 27 per boete (de
# verlaging voor de gedraging van één boete) in plaats van voor de gedraging van elke boete.
VERVANGEN_DOOR = {
    "bijstand_verlaagd_zelfde_gedraging": tuple(f"bijstand_verlaagd_gedraging_art_{artikel}"
                                                for artikel in ("22", "23", "24", "25")),
}

# Feiten die alleen nodig zijn bij wie op de peildatum jonger is dan een leeftijd uit de wet (naam: pad van die
# leeftijd in de parameters), of wiens geboortedatum ontbreekt. Daar is niet gegeven geen "nee"; elders wel.
# - Nu leerplichtig of kwalificatieplichtig (Wi 4 lid 1 c): de kwalificatieplicht van de Leerplichtwet 1969 eindigt
#   uiterlijk op 18 jaar; wie de plicht op zijn 16e of 17e krijgt, kan een grond voor vrijstelling hebben (I44).
FEITEN_TOT_LEEFTIJD = {
    "leerplichtig_of_kwalificatieplichtig": "vrijstelling_ontheffing.kwalificatieplicht_tot_leeftijd",
}

# Feiten uit een beschikking: nodig alleen waar die beschikking is bekendgemaakt (die dag is gegeven). De
# lengte van de nieuwe termijn staat in de boetebeschikking (Wi 24 lid 2, 25 lid 2); zonder die lengte zijn de
# nieuwe termijn en wat ervan afhangt (het plafond, de lening) niet te bepalen (I31).
FEITEN_UIT_BESCHIKKING = {
    "boete_art_24_nieuwe_termijn_maanden": "boete_art_24_bekendmaking_datum",
    "boete_art_25_nieuwe_termijn_maanden": "boete_art_25_bekendmaking_datum",
    # Wi 15 lid 1 a: het PIP stelt de leerroute vast (I44); zonder PIP is er geen route, met PIP altijd één
    "leerroute": "pip_datum",
}

# Gebeurtenissen van de procedure die pas na een andere kunnen komen (of pas dan meetellen): een boete van DUO
# volgt op het verstrijken van de termijn, die na het PIP begint (Wi 24 lid 1, 25 lid 1, Wi 11); een afronding telt
# pas vanaf de dag van het PIP (Bi 5.3 lid 5, I41). Een besluit dat op beide wacht, wacht eerst op de eerste
# (`wacht_op` noemt alleen wat als eerste kan komen).
GEBEURTENIS_NA = {
    "pip_bekendmaking_datum": "pip_datum",  # bekendgemaakt na de dagtekening (de API weigert het andersom)
    "pip_informatie_derde_ontvangen_datum": "pip_informatie_derde_opgevraagd_datum",  # Bi 5.3 lid 2
    # Bi 5.3 lid 2 (tekst 2023) wijkt af van de termijn van lid 1, die loopt vanaf de kennisgeving: zonder
    # kennisgeving geeft het opvragen geen dag (I25)
    "pip_informatie_derde_opgevraagd_datum": "kennisgeving_inburgeringsplicht_datum",
    "boete_art_24_bekendmaking_datum": "pip_datum",
    "boete_art_25_bekendmaking_datum": "pip_datum",
    # Bi 5.3 lid 3: een verhuizing van wie een PIP heeft (de API weigert haar zonder), en het plan van de andere
    # gemeente na die verhuizing
    "brp_inschrijving_andere_gemeente_datum": "pip_datum",
    "pip_andere_gemeente_datum": "brp_inschrijving_andere_gemeente_datum",
    **{afronding: "pip_datum" for afronding in MEETELLEND},
}
# Gebeurtenissen waar een besluit van afhangt maar niet op wacht: ze kunnen het alleen doen vervallen. Ontzorgen
# geldt niet als de plicht vóór het recht op bijstand is voldaan (I42); het PIP en de afrondingen die nog moeten
# komen, maken het dus niet mogelijk (`wacht_op` noemt ze niet).
WACHT_NIET_OP = {besluit: ("pip_datum", *MEETELLEND) for besluit in ("ontzorgen_startdatum", "ontzorgen_einddatum")}
# Datums die volgen op een gebeurtenis buiten de procedure van de plicht: het recht op bijstand (Pw 56a lid 2) en de
# inschrijving in de BRP (Wi 13 lid 3). Wie is vrijgesteld of geheel ontheven, is nog wel inburgeringsplichtig (Pw 56a
# lid 1 a, Wi 13 lid 1); de formule zegt zelf voor wie ze gelden. De andere datums die op een gebeurtenis wachten,
# gelden alleen voor wie aan de plicht moet voldoen: alleen voor hem komen een PIP en een boete van DUO
# (`simulatie._niet_bij_wie_niet_plichtig`).
BUITEN_DE_PROCEDURE = ("ontzorgen_startdatum", "ontzorgen_einddatum", "maatschappelijke_begeleiding_startdatum")

# Datums die bestaan maar niet uit de invoer volgen: {besluit: de regel die zegt bij wie}. Daar is het besluit
# onbepaald zonder ontbrekend gegeven (geen invoer lost het op), niet "niet van toepassing"; de uitleg zegt waarom.
# - Bi 6.7 lid 4: de terugbetaling van de persoon van Bi 6.1 begint na drie jaar sinds de verstrekking van de lening,
#   een dag die geen invoer is (I35).
# - Bi 6.3 lid 1 met Wi 24 lid 3 en 4: na een boete van lid 4 eindigde de aanspraak in de nieuwe termijn van de tweede
#   boete, die de invoer (alleen de laatste beschikking) niet noemt (I18).
# - Wi 20 lid 2 b en 21 lid 3 b: wie vrijgesteld of geheel ontheven werd nadat zijn termijn begon, kan aanspraak op
#   de lening hebben gehad; wanneer die verviel, is geen invoer (I60).
NIET_TE_DATEREN = {
    "lening_terugbetaling_startdatum": "lening_terugbetaling_niet_te_dateren",
    "leenrecht_einddatum": "leenrecht_einddatum_niet_te_dateren",
}

# Besluiten die de tekst van een eerdere dag toepassen dan de peildatum: {besluit: de regel die die dag geeft}. Hun
# grondslag noemt de leden zoals de tekst van die dag ze nummert (I58); zonder die dag die van de peildatum.
# - Bi 5.3: de PIP-termijn volgt de tekst van `pip_termijn_tekstdag` (I9).
TEKST_VAN = {
    "pip_uiterste_datum": "pip_termijn_tekstdag",
}

# Afrondingen die alleen meetellen waar dat onderdeel verplicht is (Wi 6 lid 1; de MAP niet in de
# onderwijsroute, Wi 8 lid 3): een besluit wacht er niet op bij wie het niet hoeft (dat besluit is `false`).
GEBEURTENIS_ALLEEN_ALS = {
    "pvt_afgerond_datum": "pvt_verplicht",
    "map_afgerond_datum": "map_verplicht",
}

# Invoer begrensd door een getal uit de wet (een gedateerde parameter; de grens is de grootste waarde): de
# lengte van de nieuwe termijn is "ten hoogste twee jaar" (Wi 24 lid 2; lid 3 en 25 lid 2).
WETTELIJK_MAXIMUM = {
    "boete_art_24_nieuwe_termijn_maanden": "boetes.nieuwe_termijn_maximum_maanden",
    "boete_art_25_nieuwe_termijn_maanden": "boetes.nieuwe_termijn_maximum_maanden",
}

# Proefwaarden per onzekere invoer. De eerste is de basis (een profiel dat de plicht zo vaak mogelijk
# laat ontstaan, zodat afgeleide besluiten worden geraakt); de andere worden één voor één gevarieerd.
# "peildatum-30" = dezelfde dag 30 jaar vóór de peildatum. Per persoon (`simulatie._proefwaarden`): "verkrijging-30"
# = 30 jaar vóór de gegeven verkrijging van het verblijf (een geboortedatum waarmee hij plichtig kan zijn, hoe ver
# de peildatum ook ligt); "plichtige_leeftijd" = de eerste dag waarop hij met zijn gegeven geboortedatum
# inburgeringsplichtig kan worden (zijn 16e verjaardag, niet vóór de inwerkingtreding), als die uiterlijk op de
# peildatum ligt. Zonder dat andere gegeven: de eerste proefwaarde.
PROEFWAARDEN = {
    "geboortedatum": ("peildatum-30", "1900-01-01", "verkrijging-30", "peildatum-5"),
    "nationaliteit": ("SY", "NL"),
    # ook het verblijf op grond van het Unierecht (Vw 8 e): daar hangt de lening van Bi 6.1 van af; de laatste is die
    # van `SAMEN_VARIEREN` (de reguliere vergunning van de gezinsmigrant, Bi 4.4 lid 3)
    "verblijfsvergunning": ("asiel_bepaalde_tijd", "geen", "gemeenschapsrecht", "regulier_bepaalde_tijd"),
    "verblijfsdoel": ("overig_niet_tijdelijk", "studie", "gezinslid_van_asielstatushouder"),
    # ook de peildatum zelf: een wijziging van de regels in het jaar ervoor (Bi 2.2 lid 1 b viel op 2024-04-17 weg)
    # valt anders tussen de proefdagen, en wie pas net verblijf kreeg, is dan nog niet besloten
    "verblijf_verkregen_datum": ("peildatum-1", "1900-01-01", "2100-01-01", "plichtige_leeftijd", "peildatum"),
    "grote_kans_diploma_na_taalschakeltraject": (True, False),
    "examen_en_onderwijsroute_niet_haalbaar": (True, False),
    "wil_vervolgonderwijs": (True, False),
    "familielid_eu_burger": (False, True),
    # geen jaren, en zo veel dat elke grens is gehaald; geen diploma of opleiding, en wel
    "leerplichtig_geweest_jaren": (0, grens("leerplichtig_geweest_jaren")),
    "vrijstellend_diploma": (False, True),
    "opleiding_naar_vrijstellend_diploma": (False, True),
    "leerroute": ("b1_route", "onderwijsroute", "z_route"),
    "alle_lessen_gevolgd": (False, True),
    "bijstand_verlaagd_zelfde_gedraging": (False, True),
    # geen en zo veel eerdere boetes dat elk bedrag het maximum van lid 3 bereikt (tien keer verdubbeld); het bedrag
    # groeit mee met het aantal, dus is het voor beide gelijk, dan voor elk aantal
    "boete_art_23_eerdere_aantal": (0, 10),
    "leerplichtig_of_kwalificatieplichtig": (False, True),
    # geen uren, en zo veel dat elke participatienorm op 0 komt (de norm daalt met de uren)
    "z_route_pvt_map_uren": (0, 100_000),
    # geen uren, en zo veel dat elke urengrens is gehaald
    "lesuren_gevolgd": (0, 100_000),
    # niets, en zo veel dat elk plafond van Bi 7.1 lid 5 is bereikt
    "gemeentelijke_boetes_opgelegd_bedrag": (0, 100_000),
    "nt2_lesuren_keurmerk": (0, 100_000),
    "ontheffing_participatiegedeelte_z_route": (False, True),
    "verwijtbaarheid": ("opzet", "verminderd_verwijtbaar", "grove_schuld"),
    "pip_zonder_informatie_derde_niet_mogelijk": (False, True),
    "leerroute_wijziging_bijzonder_geval": (False, True),
    "verhindering_niet_verwijtbaar": (False, True),
    # de nieuwe termijn: de kortste, de langste van elke trede van Bi 7.1 lid 5 (`TREDEN`) en de langste die de wet
    # toelaat ("maximum": `WETTELIJK_MAXIMUM`, per persoon op de dag van zijn beschikking)
    "boete_art_24_nieuwe_termijn_maanden": (1, "onder_a", "onder_b", "onder_c", "onder_d", "maximum"),
    "boete_art_25_nieuwe_termijn_maanden": (1, "onder_a", "onder_b", "onder_c", "onder_d", "maximum"),
}

# De treden van het plafond van Bi 7.1 lid 5 a-d, per lengte van een nieuwe termijn: een parameterknoop met per
# onderdeel `maanden` (proefwaarden "onder_a" .. "onder_d": die lengte op de peildatum, nooit boven de grens van de
# persoon). Het plafond groeit niet gewoon mee met de lengte: het springt na elke trede, en een korte nieuwe termijn
# die op de peildatum al voorbij is, geeft geen plafond (I12). Binnen één trede loopt een langere termijn als een
# kortere loopt, dus de langste lengte van elke trede vertegenwoordigt die trede.
TREDEN = {"boete_art_24_nieuwe_termijn_maanden": "boetes.plafond_nieuwe_termijn",
          "boete_art_25_nieuwe_termijn_maanden": "boetes.plafond_nieuwe_termijn"}

# Onzekere gegevens die ook samen op hun laatste proefwaarde worden geprobeerd, naast één voor één. Het plafond van
# Bi 7.1 lid 5 neemt het laagste van de twee nieuwe termijnen (I12): ontbreken beide lengtes, dan verandert één
# langere termijn naast een korte basis niets, twee langere wel. Zo ook waar het ene gegeven bepaalt of het andere
# telt (een zoektocht over alle invullingen vond deze paren; elk alleen laat het besluit op de basis staan):
# - de uren van PVT en MAP en een ontheffing van het participatiegedeelte tellen alleen in de Z-route (Bi 3.14 lid 5,
#   Bi 2.7 lid 3 c), naast een PIP zonder route;
# - de doelgroep (vergunning, verblijfsdoel) kiest tussen alle lessen (asielstatushouder) en 450 uren (Bi 4.4 lid 2 b,
#   lid 3) en tussen de normen van de Z-route (Bi 3.14 lid 3);
# - de geboortedatum bepaalt of het feit van Wi 4 lid 1 c telt (tot de 18e verjaardag): op de basis (30 jaar) telt
#   het niet, dus ontbreken beide, dan verandert alleen een jonge leeftijd met het feit samen de vrijstelling.
SAMEN_VARIEREN = (("boete_art_24_nieuwe_termijn_maanden", "boete_art_25_nieuwe_termijn_maanden"),
                  ("leerroute", "z_route_pvt_map_uren"), ("leerroute", "ontheffing_participatiegedeelte_z_route"),
                  ("verblijfsvergunning", "lesuren_gevolgd"), ("verblijfsdoel", "alle_lessen_gevolgd"),
                  ("leerroute", "verblijfsvergunning"), ("geboortedatum", "leerplichtig_of_kwalificatieplichtig"))

# Invoer met een "onbekend"-waarde die telt als niet gegeven.
ONBEKEND_ALS = {"nationaliteit": "", "verblijfsdoel": "onbekend", "verwijtbaarheid": "onbekend",
               "leerroute": "nog_niet_vastgesteld",
               "boete_art_24_nieuwe_termijn_maanden": 0, "boete_art_25_nieuwe_termijn_maanden": 0}

# Feiten over wie de persoon is, die al vaststaan maar niet zijn gegeven (niet over de procedure die nog komt): of
# de plicht bestaat (Wi 3 lid 1 en 2) en of er een grond voor vrijstelling is (Wi 4 lid 1 c). Een datum die pas met
# een gebeurtenis komt (het PIP, de bijstand), maar ook van zo'n feit afhangt, is onbepaald: of hij komt, hangt niet
# alleen van de procedure af (`simulatie.beoordeel`). Een oordeel of een feit uit de procedure (de route, de lengte
# van een nieuwe termijn) komt pas na die gebeurtenis: daar wacht de datum eerst op de gebeurtenis.
FEITEN_OVER_DE_PERSOON = (*NODIGE_FEITEN, "familielid_eu_burger", "leerplichtig_of_kwalificatieplichtig")

# Alle onzekere gegevens in een vaste volgorde: de bits van `oorzaken` in de kolommen-route. Een nieuw gegeven komt
# achteraan, zodat eerdere bits hun plaats houden.
ONZEKER = (*NODIGE_FEITEN, *OORDELEN, "boete_art_24_nieuwe_termijn_maanden", "boete_art_25_nieuwe_termijn_maanden",
           *FEITEN_UIT_INTAKE, "familielid_eu_burger", "leerroute", "alle_lessen_gevolgd",
           "bijstand_verlaagd_zelfde_gedraging", "boete_art_23_eerdere_aantal",
           "leerplichtig_of_kwalificatieplichtig", "z_route_pvt_map_uren", "lesuren_gevolgd",
           "nt2_lesuren_keurmerk", "ontheffing_participatiegedeelte_z_route", "gemeentelijke_boetes_opgelegd_bedrag",
           "leerplichtig_geweest_jaren", "vrijstellend_diploma", "opleiding_naar_vrijstellend_diploma")
assert sorted(ONZEKER) == sorted({*NODIGE_FEITEN, *OORDELEN, *FEITEN_UIT_BESCHIKKING, *FEITEN_UIT_INTAKE,
                                  *FEITEN_ALLEEN_BIJ, *FEITEN_TOT_LEEFTIJD}), "every uncertain input once"
