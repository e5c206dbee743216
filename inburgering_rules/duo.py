"""DUO's M2M answers as the vocabulary's inputs: pure data transformation, no HTTP.

A municipality already receives a person's data from DUO (facts of that interface: `../shared/duo-m2m/`).
This module holds the ONE table of DUO field -> our input (`VELDEN`) with the rule for each enum member,
the mapping itself (`naar_invoer`), DUO's own checks on a PIP (`pip_controles`), the comparison of DUO's
figures with what the law gives (`vergelijking`) and DUO's events as timeline items (`gebeurtenissen`).
`docs/duo.md` is generated from this table by `tools/duo_tabel.py`.

The body's `duo` object holds DUO's answers under these keys, each exactly as DUO's API returns it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial

import numpy

from inburgering_rules.datums import einde_termijn
from inburgering_rules.meetellen import telt_op

# Key in the body's `duo` object -> (DUO API, DUO schema, list of them?).
BLOKKEN = {
    "inburgeringsplicht": ("Inburgeringsplicht", "Inburgeringsplicht", False),
    "doelgroep": ("Inburgeringsplicht", "Doelgroep", False),
    "inburgeringstermijn": ("Inburgeringstermijn", "Inburgeringstermijn", False),
    "pip": ("PIP", "Gemeente", False),
    "vrijstellingen": ("Vrijstelling", "Vrijstelling", True),
    "ontheffingen": ("Ontheffing", "Ontheffing", True),
    "pvt": ("MAP,PVT,Zroute", "DatumPvt", False),
    "map": ("MAP,PVT,Zroute", "DatumMap", False),
    "boetes": ("Boete", "Boete", True),
    "verlengingen": ("Verlenging", "VerlengingAanvraag", True),
    "gebeurtenissen": ("Notificatie", "Notificatie", True),
    "examens": ("Examen", "Examenresultaat", True),
}


@dataclass(frozen=True)
class Lid:
    """What one member of a DUO enum means for us: a value (our input's, or a status) or None, and why."""

    waarde: object
    nl: str
    en: str


@dataclass(frozen=True)
class Veld:
    """One DUO field: the block, its path inside the block, the input it fills (or None) and how it is used."""

    blok: str
    veld: str
    invoer: str | None
    gebruik: str  # invoer | vergelijking | controle | tijdlijn | niet gebruikt
    nl: str
    en: str
    enum: str | None = None  # DUO's enum name, a key of LEDEN


_GEEN_INVOER = ("geen invoer", "no input")

# The duty status DUO gives (indicator + reason) and the one the law gives, in one vocabulary.
STATUS = {
    "plichtig": ("moet aan de plicht voldoen", "must meet the duty"),
    "niet_plichtig": ("niet inburgeringsplichtig (Wi 3, 54)", "not obligated (Wi 3, 54)"),
    "vrijgesteld": ("vrijgesteld (Wi 4)", "exempted (Wi 4)"),
    "ontheven": ("geheel ontheven (Wi 5)", "wholly released (Wi 5)"),
    "voldaan": ("aan de plicht voldaan (Wi 6)", "duty met (Wi 6)"),
}

LEDEN: dict[str, dict[str, Lid]] = {
    "Leerroute": {
        "B": Lid("b1_route", "leerroute = b1_route (Wi 7)", "leerroute = b1_route (Wi 7)"),
        "O": Lid("onderwijsroute", "leerroute = onderwijsroute (Wi 8)", "leerroute = onderwijsroute (Wi 8)"),
        "Z": Lid("z_route", "leerroute = z_route (Wi 9)", "leerroute = z_route (Wi 9)"),
    },
    "NiveauPip": {
        "A2": Lid(None, "geen invoer; DUO weigert A2 bij de onderwijsroute en bij de B1-route op een eerste PIP; een "
                  "taalonderdeel telt vanaf A2 (Bi 4.4 lid 2 a)",
                  "no input; DUO refuses A2 with the onderwijsroute, and with the B1-route on a first PIP; a "
                  "language part counts from A2 (Bi 4.4(2)(a))"),
        "B1": Lid(None, "geen invoer; DUO weigert B1 bij de Z-route; een taalonderdeel telt vanaf B1 (Bi 4.4 lid 2 a)",
                  "no input; DUO refuses B1 with the Z-route; a language part counts from B1 (Bi 4.4(2)(a))"),
    },
    "Alfabetiseringsonderwijs": {
        lid: Lid(None, "geen invoer (de regels kennen geen alfabetisering)", "no input (the rules know no literacy course)")
        for lid in ("A", "AA", "NVT")
    },
    "Doelgroepindeling": {
        "Asielstatushouder": Lid("asielstatushouder", "vergeleken met doelgroep = asielstatushouder (Wi 13 lid 1)",
                                 "compared with doelgroep = asielstatushouder (Wi 13(1))"),
        "Gezinsmigrant en overige migrant": Lid(
            "gezinsmigrant_of_overige_migrant", "vergeleken met doelgroep = gezinsmigrant_of_overige_migrant (Wi 19)",
            "compared with doelgroep = gezinsmigrant_of_overige_migrant (Wi 19)"),
    },
    "GedetailleerdeDoelgroep": {
        "Asielstatushouder": Lid(None, "geen invoer: de vergunning (verblijfsvergunning) staat niet in DUO's antwoord",
                                 "no input: the permit (verblijfsvergunning) is not in DUO's answer"),
        "Geestelijk bedienaar": Lid("geestelijk_bedienaar", "verblijfsdoel = geestelijk_bedienaar (Wi 3 lid 1 b)",
                                    "verblijfsdoel = geestelijk_bedienaar (Wi 3(1)(b))"),
        "Gezinshereniger": Lid("gezinsmigratie", "verblijfsdoel = gezinsmigratie", "verblijfsdoel = gezinsmigratie"),
        "Gezinshereniger met Asielstatushouder": Lid(
            "gezinslid_van_asielstatushouder", "verblijfsdoel = gezinslid_van_asielstatushouder (Wi 13 lid 1 b)",
            "verblijfsdoel = gezinslid_van_asielstatushouder (Wi 13(1)(b))"),
        "Gezinsvormer": Lid("gezinsmigratie", "verblijfsdoel = gezinsmigratie", "verblijfsdoel = gezinsmigratie"),
        "Gezinsvormer met Asielstatushouder": Lid(
            "gezinslid_van_asielstatushouder", "verblijfsdoel = gezinslid_van_asielstatushouder (Wi 13 lid 1 b)",
            "verblijfsdoel = gezinslid_van_asielstatushouder (Wi 13(1)(b))"),
        "Overig": Lid("overig_niet_tijdelijk",
                      "verblijfsdoel = overig_niet_tijdelijk zolang DUO's indicatorInburgeringsplicht "
                      "niet false is: DUO deelt alleen inburgeringsplichtigen in, dus geen tijdelijk doel; niet "
                      "naast een verblijfsdoel in persoon waarvoor DUO geen eigen klasse heeft (Overig is de rest)",
                      "verblijfsdoel = overig_niet_tijdelijk while DUO's indicatorInburgeringsplicht is "
                      "not false: DUO classifies only obligated persons, so the purpose is not temporary; not "
                      "beside a purpose in persoon DUO has no class of its own for (Overig is the rest)"),
    },
    "AsielrechtenWijzigingVerblijfsdoel": {
        "Asielrechten toegekend": Lid(
            "asielstatushouder", "verklaart een doelgroep asielstatushouder bij DUO na een wijziging van het "
            "verblijfsdoel; de regels lezen de doelgroep uit de vergunning (Wi 13 lid 1, 19)",
            "explains DUO's doelgroep asielstatushouder after a change of purpose; the rules read the doelgroep "
            "from the permit (Wi 13(1), 19)"),
        "Behoud asielrechten": Lid(
            "asielstatushouder", "verklaart een doelgroep asielstatushouder bij DUO (rechten behouden na een "
            "wijziging van het verblijfsdoel); de regels lezen de doelgroep uit de vergunning",
            "explains DUO's doelgroep asielstatushouder (rights kept after a change of purpose); the rules read the "
            "doelgroep from the permit"),
        "Op verzoek behoud rechten van gezins- en overige migrant": Lid(
            "gezinsmigrant_of_overige_migrant", "verklaart een doelgroep gezinsmigrant bij DUO (rechten behouden op "
            "verzoek); de regels lezen de doelgroep uit de vergunning",
            "explains DUO's doelgroep gezinsmigrant (rights kept on request); the rules read the doelgroep from the "
            "permit"),
        "Op verzoek rechten van gezins- en overige migrant toegekend": Lid(
            "gezinsmigrant_of_overige_migrant", "verklaart een doelgroep gezinsmigrant bij DUO (rechten toegekend op "
            "verzoek); de regels lezen de doelgroep uit de vergunning",
            "explains DUO's doelgroep gezinsmigrant (rights granted on request); the rules read the doelgroep from "
            "the permit"),
    },
    "RedenGeenInburgeringsplicht": {
        "Volledige ontheffing": Lid("ontheven", "status ontheven: vergeleken met ontheffing volledig_* (Wi 5)",
                                    "status ontheven: compared with ontheffing volledig_* (Wi 5)"),
        "Volledige vrijstelling": Lid("vrijgesteld", "status vrijgesteld: vergeleken met vrijgesteld (Wi 4 lid 1)",
                                      "status vrijgesteld: compared with vrijgesteld (Wi 4(1))"),
        "Inburgeringsplicht voldaan": Lid("voldaan", "status voldaan: vergeleken met inburgeringsplicht_voldaan (Wi 6)",
                                          "status voldaan: compared with inburgeringsplicht_voldaan (Wi 6)"),
        "Verblijfsdoel gewijzigd": Lid("niet_plichtig", "status niet_plichtig: vergeleken met inburgeringsplichtig "
                                       "(Wi 3 lid 1 a)", "status niet_plichtig: compared with inburgeringsplichtig "
                                       "(Wi 3(1)(a))"),
        "Vertrek uit Nederland langer dan een jaar": Lid(
            "niet_plichtig", "status niet_plichtig; vertrek is geen feit van de regels: een verschil wijst daarop",
            "status niet_plichtig; departure is no fact of the rules: a difference points to it"),
        "Overlijden": Lid("niet_plichtig", "status niet_plichtig; overlijden is geen feit van de regels",
                          "status niet_plichtig; death is no fact of the rules"),
        "Overig": Lid("niet_plichtig", "status niet_plichtig", "status niet_plichtig"),
        "Tijdelijke vrijstelling": Lid("vrijgesteld", "status vrijgesteld: vergeleken met vrijgesteld (Wi 4 lid 1 c-d)",
                                       "status vrijgesteld: compared with vrijgesteld (Wi 4(1)(c)-(d))"),
    },
    "AanvraagOordeel": {
        "Toekenning": Lid(True, "de reden of grond van het blok geldt (zie die regel)",
                          "the block's reason or ground applies (see its rule)"),
        "Afwijzing": Lid(False, "stelt niets vast: het blok vult geen invoer",
                         "establishes nothing: the block fills no input"),
    },
    "RedenVrijstellingInburgeringsplicht": {
        "AVI": Lid(("voldoende_ingeburgerd_vastgesteld", True),
                   "voldoende_ingeburgerd_vastgesteld = true (Wi 4 lid 1 e: het oordeel, de feiten van Bi 2.3 staan "
                   "niet in DUO's antwoord)",
                   "voldoende_ingeburgerd_vastgesteld = true (Wi 4(1)(e): the judgment; the facts of Bi 2.3 are not "
                   "in DUO's answer)"),
        "DIP": Lid(("vrijstellend_diploma", True), "vrijstellend_diploma = true (Wi 4 lid 1 b)",
                   "vrijstellend_diploma = true (Wi 4(1)(b))"),
        "DOC": Lid(("vrijstellend_diploma", True), "vrijstellend_diploma = true (Wi 4 lid 1 b: ook een document)",
                   "vrijstellend_diploma = true (Wi 4(1)(b): a document counts too)"),
        "GED": Lid(None, "geen invoer: de regels kennen geen gedeeltelijke vrijstelling",
                   "no input: the rules know no partial exemption"),
        "INB": Lid(("vrijstellend_diploma", True), "vrijstellend_diploma = true (inburgeringsdiploma, Wi 4 lid 1 b)",
                   "vrijstellend_diploma = true (integration diploma, Wi 4(1)(b))"),
        "INS": Lid(("opleiding_naar_vrijstellend_diploma", True),
                   "opleiding_naar_vrijstellend_diploma = true (Wi 4 lid 1 d)",
                   "opleiding_naar_vrijstellend_diploma = true (Wi 4(1)(d))"),
        "OPL": Lid(("opleiding_naar_vrijstellend_diploma", True),
                   "opleiding_naar_vrijstellend_diploma = true (Wi 4 lid 1 d)",
                   "opleiding_naar_vrijstellend_diploma = true (Wi 4(1)(d))"),
    },
    "ExamenniveauGedeeltelijkeVrijstelling": {
        lid: Lid(None, *_GEEN_INVOER) for lid in ("A2", "B1")
    },
    "ExamenonderdeelNederlands": {lid: Lid(None, *_GEEN_INVOER) for lid in ("LE", "LU", "SC", "SP")},
    "OntheffingsgrondInburgering": {
        "BIO": Lid("bijzondere_omstandigheden", "geheel: ontheffing = volledig_bijzondere_omstandigheden (Wi 5 lid 2); "
                   "gedeeltelijk: geen invoer, ook niet geen (lid 2 kent geen gedeeltelijke ontheffing; "
                   "een gehele ontheffing gaat voor)",
                   "whole: ontheffing = volledig_bijzondere_omstandigheden (Wi 5(2)); partial: no input, "
                   "not geen either (lid 2 knows no partial ontheffing; a whole ontheffing comes first)"),
        "MED": Lid("belemmering", "geheel: ontheffing = volledig_belemmering; gedeeltelijk: gedeeltelijk_belemmering "
                   "(Wi 5 lid 1)", "whole: ontheffing = volledig_belemmering; partial: gedeeltelijk_belemmering "
                   "(Wi 5(1))"),
    },
    "ExamenonderdeelOntheffingInburgering": {
        lid: Lid(None, *_GEEN_INVOER) for lid in ("KNM", "LE", "LU", "SC", "SP")
    },
    "ExamenonderdeelWI2021Inburgering": {
        "KNM": Lid("knm_behaald", "kennis van de Nederlandse maatschappij: knm_behaald (Bi 4.4 lid 2 c)",
                   "knowledge of Dutch society: knm_behaald (Bi 4.4(2)(c))"),
        **{lid: Lid("taalonderdelen_behaald_aantal", f"{nl}: telt één keer mee in taalonderdelen_behaald_aantal "
                    "(Bi 4.4 lid 2 c)", f"{en}: counts once in taalonderdelen_behaald_aantal (Bi 4.4(2)(c))")
           for lid, nl, en in (("LE", "lezen", "reading"), ("LU", "luisteren", "listening"),
                               ("SC", "schrijven", "writing"), ("SP", "spreken", "speaking"))},
    },
    "ExamenresultaatWI2021": {
        "Geslaagd": Lid(True, "behaald", "passed"),
        "Gezakt": Lid(False, "niet behaald", "not passed"),
        "Geen": Lid(False, "geen uitslag: niet behaald", "no result: not passed"),
    },
    "ExamenniveauWI2021": {  # in oplopende volgorde (`_NIVEAUS`)
        "A2": Lid(None, "telt mee als het PIP A2 vastlegt (zonder niveau: alleen bij de Z-route, de "
                  "ondergrens A2); zonder PIP telt het niet en noemt een waarschuwing het",
                  "counts when the PIP sets A2 (without a level: only with the Z-route, the minimum A2); "
                  "without a PIP it does not count and a warning names it"),
        "B1": Lid(None, "telt mee bij elk niveau van een PIP (A2 of B1), ook zonder PIP",
                  "counts with every level of a PIP (A2 or B1), also without a PIP"),
        "B2": Lid(None, "telt mee bij elk niveau van een PIP (A2 of B1), ook zonder PIP",
                  "counts with every level of a PIP (A2 or B1), also without a PIP"),
    },
    "RedenGeenResultaatInburgeringsexamen": {
        lid: Lid(None, "niet gebruikt: een examen zonder uitslag is niet behaald, om welke reden ook",
                 "not used: an exam without a result was not passed, whatever the reason")
        for lid in ("Verwijtbaar", "Nietverwijtbaar", "Afgemeld", "Absent")
    },
    "AanvraagToekenningsstatus": {
        "Toegekend": Lid("toegekend", "toont een verlenging (Wi 12): de maanden komen uit de einddatum van de "
                         "termijn als de toekenning uiterlijk op de peildatum viel", "shows an extension (Wi 12): the "
                         "months come from the term's einddatum if it was granted on or before the peildatum"),
        "Afgewezen": Lid(None, "stelt niets vast", "establishes nothing"),
        "InBehandeling": Lid("in_behandeling", "waarschuwing: het einde van de termijn kan nog verschuiven",
                             "warning: the end of the term may still move"),
    },
}

_PIP = "PIP-controle van DUO", "DUO's PIP check"

VELDEN: tuple[Veld, ...] = (
    Veld("inburgeringsplicht", "indicatorInburgeringsplicht", None, "vergelijking",
         "DUO's status van de plicht (met redenGeenInburgeringsplicht), vergeleken met inburgeringsplichtig, "
         "vrijgesteld, ontheffing en inburgeringsplicht_voldaan; false: gedetailleerdeDoelgroep vult geen "
         "verblijfsdoel",
         "DUO's duty status (with redenGeenInburgeringsplicht), compared with inburgeringsplichtig, vrijgesteld, "
         "ontheffing and inburgeringsplicht_voldaan; false: gedetailleerdeDoelgroep fills no verblijfsdoel"),
    Veld("inburgeringsplicht", "begindatum", None, "controle", f"{_PIP[0]}: PIP niet gedagtekend voor deze datum",
         f"{_PIP[1]}: PIP not dated before this day"),
    Veld("inburgeringsplicht", "einddatum", None, "vergelijking",
         "de status volgt uit de indicator en de reden; een plicht die DUO na de peildatum beëindigde, wordt niet "
         "vergeleken (op de peildatum gold ze nog)",
         "the status follows from the indicator and the reason; a duty DUO ended after the peildatum is not compared "
         "(on the peildatum it still held)"),
    Veld("inburgeringsplicht", "wijzigingsdatum", None, "niet gebruikt", "administratief", "administrative"),
    Veld("inburgeringsplicht", "datumKennisgevingInburgeringsplicht", "kennisgeving_inburgeringsplicht_datum",
         "invoer", "dezelfde datum (Bi 5.3)", "the same date (Bi 5.3)"),
    Veld("inburgeringsplicht", "redenGeenInburgeringsplicht", None, "vergelijking",
         "de status bij indicator false (zie de leden)", "the status when the indicator is false (see the members)",
         "RedenGeenInburgeringsplicht"),
    Veld("doelgroep", "indeling", None, "vergelijking", "vergeleken met het besluit doelgroep",
         "compared with the decision doelgroep", "Doelgroepindeling"),
    Veld("doelgroep", "begindatum", None, "controle", "na de peildatum, of een wijziging van de doelgroep (SS124, "
         "SS125) na de peildatum: de indeling geldt nog niet en vult en vergelijkt niets (de indeling ervoor staat "
         "niet in het antwoord van DUO; waarschuwing doelgroep_later_gewijzigd bij de gebeurtenis)",
         "after the peildatum, or a change of doelgroep (SS124, SS125) after the peildatum: the class does not hold "
         "yet and fills and compares nothing (the class before it is not in DUO's answer; warning "
         "doelgroep_later_gewijzigd with the event)"),
    Veld("doelgroep", "gedetailleerdeDoelgroep", "verblijfsdoel", "invoer",
         "volgens de leden, alleen als indicatorInburgeringsplicht niet false is: is de plicht bij DUO "
         "vervallen (bijvoorbeeld Verblijfsdoel gewijzigd), dan zegt de indeling niets over het "
         "verblijfsdoel van nu",
         "per the members, only when indicatorInburgeringsplicht is not false: once DUO ended the duty "
         "(e.g. Verblijfsdoel gewijzigd) the classification says nothing about the purpose now",
         "GedetailleerdeDoelgroep"),
    Veld("doelgroep", "asielrechtenWijzigingVerblijfsdoel", None, "vergelijking",
         "verklaart een verschil in doelgroep", "explains a difference in doelgroep",
         "AsielrechtenWijzigingVerblijfsdoel"),
    Veld("inburgeringstermijn", "startdatum", "pip_datum", "invoer",
         "de dag ervóór: de dagtekening van de PIP die de termijn liet ingaan (Wi 11 lid 2); een latere PIP "
         f"verschuift de termijn niet (Wi 11 lid 3); {_PIP[0]}: een nieuwe PIP niet eerder gedagtekend",
         "the day before: the dagtekening of the PIP that started the term (Wi 11(2)); a later PIP does not "
         f"move the term (Wi 11(3)); {_PIP[1]}: a new PIP not dated earlier"),
    Veld("inburgeringstermijn", "einddatum", "termijn_verlenging_maanden", "invoer",
         "waar DUO een verlenging toont (een verlengingsgrondcode of een toegekende aanvraag): de maanden die het einde "
         "later ligt dan drie jaar na de startdatum (Wi 11 lid 1, 12), als dat hele maanden zijn; verder vergeleken met "
         "inburgeringstermijn_einddatum, en met het PVT en de MAP beslist het het artikel van een boete (zie boetes)",
         "where DUO shows an extension (a verlengingsgrondcode or a granted request): the months by which the end lies "
         "after three years from the startdatum (Wi 11(1), 12), if whole months; further compared with "
         "inburgeringstermijn_einddatum, and with the PVT and the MAP it decides a fine's article (see boetes)"),
    Veld("inburgeringstermijn", "wijzigingsdatum", None, "vergelijking",
         "na de peildatum: het einde van nu wordt niet gelezen als verlenging", "after the peildatum: today's end is "
         "not read as an extension"),
    Veld("inburgeringstermijn", "verlengingsgrondcode", None, "vergelijking",
         "toont een verlenging: dan komen de maanden uit einddatum, anders uit termijn_verlenging_maanden",
         "shows an extension: then the months come from einddatum, else from termijn_verlenging_maanden"),
    Veld("inburgeringstermijn", "verlengingsgrondomschrijving", None, "vergelijking", "idem, in woorden",
         "the same, in words"),
    Veld("pip", "gemeentecode", None, "niet gebruikt", "de regels kennen geen gemeente", "the rules know no municipality"),
    Veld("pip", "pip.dagtekeningPip", "pip_datum, pip_andere_gemeente_datum", "invoer",
         "dezelfde datum als er nog geen termijn is (Wi 11 lid 2, 15), behalve bij een PIP op of na de vestiging "
         "met een PIP van de vorige gemeente (SS121; de vestiging is persoon.brp_inschrijving_andere_gemeente_datum, "
         "of de registratie van SS121 als die eerder is; /v1/duo/invoer kent geen persoon: daar SS121): een later "
         "PIP, waarschuwing pip_na_vestiging zonder pip_datum in persoon; met een termijn een controle: de PIP kan een "
         "latere zijn; na een verhuizing (persoon.brp_inschrijving_andere_gemeente_datum) is een later PIP (met een "
         "termijn, of na SS121) vanaf die dag die van de andere gemeente: pip_andere_gemeente_datum (Bi 5.3 lid 3)",
         "the same date when no term has started yet (Wi 11(2), 15), except for a PIP on or after settling with a "
         "PIP of the previous municipality (SS121; settling is persoon.brp_inschrijving_andere_gemeente_datum, or "
         "SS121's registration if earlier; /v1/duo/invoer has no persoon: there SS121): a later PIP, warning "
         "pip_na_vestiging without pip_datum in persoon; with a term a check: the PIP may be a later one; after a move "
         "(persoon.brp_inschrijving_andere_gemeente_datum) a later PIP (with a term, or after SS121) from that day is "
         "the other municipality's: pip_andere_gemeente_datum (Bi 5.3(3))"),
    Veld("pip", "pip.leerroute", "leerroute", "invoer", "volgens de leden", "per the members", "Leerroute"),
    Veld("pip", "pip.niveau", None, "controle", f"{_PIP[0]}; zonder niveau leest DUO B1 bij de B1-route en de "
         "onderwijsroute; ook het niveau waarop een taalonderdeel van `examens` meetelt (Bi 4.4 lid 2 a)",
         f"{_PIP[1]}; without a level DUO reads B1 for the B1-route and the onderwijsroute; also the level at "
         "which a language part of `examens` counts (Bi 4.4(2)(a))", "NiveauPip"),
    Veld("pip", "pip.geschatteIntensiteitB1Route", None, "controle",
         f"{_PIP[0]}: alleen bij de B1-route en alleen voor asielstatushouders",
         f"{_PIP[1]}: only with the B1-route and only for asylum migrants"),
    Veld("pip", "pip.indicatorMagOpleidingAfmaken", None, "niet gebruikt", *_GEEN_INVOER),
    Veld("pip", "pip.indicatorAlfabetiseringsonderwijs", None, "niet gebruikt", *_GEEN_INVOER,
         "Alfabetiseringsonderwijs"),
    Veld("vrijstellingen", "[].GeheleVrijstelling.oordeel", None, "invoer", "alleen een toekenning vult invoer",
         "only a grant fills an input", "AanvraagOordeel"),
    Veld("vrijstellingen", "[].GeheleVrijstelling.reden",
         "vrijstellend_diploma, opleiding_naar_vrijstellend_diploma, voldoende_ingeburgerd_vastgesteld", "invoer",
         "volgens de leden, bij een toekenning", "per the members, when granted",
         "RedenVrijstellingInburgeringsplicht"),
    Veld("vrijstellingen", "[].GeheleVrijstelling.datumOordeel",
         "vrijstellend_diploma, opleiding_naar_vrijstellend_diploma, voldoende_ingeburgerd_vastgesteld", "invoer",
         "een vrijstelling beoordeeld na de peildatum telt niet mee; zonder datum ook niet als elke gebeurtenis "
         "SS107 (toegekend) na de peildatum ligt",
         "an exemption judged after the peildatum does not count; without a date neither when every event SS107 "
         "(granted) lies after the peildatum"),
    Veld("vrijstellingen", "[].TijdelijkeVrijstelling.reden",
         "vrijstellend_diploma, opleiding_naar_vrijstellend_diploma, voldoende_ingeburgerd_vastgesteld", "invoer",
         "volgens de leden, bij een toekenning en alleen als de peildatum tussen startdatum en einddatum ligt en "
         "geen gebeurtenis SS129 of SS130 (tijdelijke vrijstelling ingetrokken) haar sinds de startdatum (zonder "
         "startdatum: sinds datumOordeel), tot en met de peildatum, introk",
         "per the members, when granted and only when the peildatum lies between startdatum and einddatum and no "
         "event SS129 or SS130 (temporary exemption withdrawn) withdrew it since startdatum (without one: since "
         "datumOordeel), up to the peildatum",
         "RedenVrijstellingInburgeringsplicht"),
    Veld("vrijstellingen", "[].TijdelijkeVrijstelling.oordeel", None, "invoer", "alleen een toekenning vult invoer",
         "only a grant fills an input", "AanvraagOordeel"),
    Veld("vrijstellingen", "[].TijdelijkeVrijstelling.startdatum", None, "invoer",
         "begin van de periode (ontbreekt: open)", "start of the period (absent: open)"),
    Veld("vrijstellingen", "[].TijdelijkeVrijstelling.einddatum", None, "invoer",
         "einde van de periode, inclusief (ontbreekt: open)", "end of the period, inclusive (absent: open)"),
    Veld("vrijstellingen", "[].TijdelijkeVrijstelling.datumOordeel",
         "vrijstellend_diploma, opleiding_naar_vrijstellend_diploma, voldoende_ingeburgerd_vastgesteld", "invoer",
         "een vrijstelling beoordeeld na de peildatum telt niet mee; zonder datum ook niet als elke gebeurtenis "
         "SS109 (toegekend) na de peildatum ligt",
         "an exemption judged after the peildatum does not count; without a date neither when every event SS109 "
         "(granted) lies after the peildatum"),
    Veld("vrijstellingen", "[].GedeeltelijkeVrijstelling", None, "niet gebruikt",
         "de regels kennen geen gedeeltelijke vrijstelling; een toegekende noemt een waarschuwing",
         "the rules know no partial exemption; a granted one is named by a warning"),
    Veld("vrijstellingen", "[].GedeeltelijkeVrijstelling.examenonderdeel", None, "niet gebruikt", *_GEEN_INVOER,
         "ExamenonderdeelNederlands"),
    Veld("vrijstellingen", "[].GedeeltelijkeVrijstelling.examenniveau", None, "niet gebruikt", *_GEEN_INVOER,
         "ExamenniveauGedeeltelijkeVrijstelling"),
    Veld("ontheffingen", "[].GeheleOntheffing.grond", "ontheffing", "invoer",
         "bij een toekenning, volgens de leden; een gegeven lijst zonder toekenning: ontheffing = geen",
         "when granted, per the members; a list given without a grant: ontheffing = geen",
         "OntheffingsgrondInburgering"),
    Veld("ontheffingen", "[].GeheleOntheffing.oordeel", None, "invoer", "alleen een toekenning vult invoer",
         "only a grant fills an input", "AanvraagOordeel"),
    Veld("ontheffingen", "[].GedeeltelijkeOntheffing.grond", "ontheffing", "invoer",
         "bij een toekenning, volgens de leden; een gehele ontheffing gaat voor; anders vult een toekenning "
         "zonder waarde in de regels (BIO) geen ontheffing, ook niet geen",
         "when granted, per the members; a whole ontheffing comes first; otherwise a grant without a value "
         "in the rules (BIO) fills no ontheffing, not geen either", "OntheffingsgrondInburgering"),
    Veld("ontheffingen", "[].GedeeltelijkeOntheffing.oordeel", None, "invoer", "alleen een toekenning vult invoer",
         "only a grant fills an input", "AanvraagOordeel"),
    Veld("ontheffingen", "[].GedeeltelijkeOntheffing.examenonderdeel", None, "niet gebruikt", *_GEEN_INVOER,
         "ExamenonderdeelOntheffingInburgering"),
    Veld("ontheffingen", "[].GedeeltelijkeOntheffing.urenBelastbaarheidParticipatieactiviteit", None,
         "niet gebruikt", *_GEEN_INVOER),
    Veld("ontheffingen", "[].GeheleOntheffing.datumOordeel", "ontheffing", "invoer",
         "een ontheffing beoordeeld na de peildatum telt niet mee",
         "an ontheffing judged after the peildatum does not count"),
    Veld("ontheffingen", "[].GedeeltelijkeOntheffing.datumOordeel", "ontheffing", "invoer",
         "een ontheffing beoordeeld na de peildatum telt niet mee",
         "an ontheffing judged after the peildatum does not count"),
    Veld("pvt", "datumOndertekeningPvt", "pvt_afgerond_datum", "invoer", "dezelfde datum (Wi 6 lid 1 a); met de MAP "
         "(in de onderwijsroute zonder MAP alleen) ook het artikel van een boete (zie boetes)", "the same date (Wi "
         "6(1)(a)); with the MAP (in the onderwijsroute without a MAP alone) also a fine's article (see boetes)"),
    Veld("map", "datumEindgesprekMap", "map_afgerond_datum", "invoer", "dezelfde datum (Wi 6 lid 1 b); met het PVT "
         "ook het artikel van een boete (zie boetes)", "the same date (Wi 6(1)(b)); with the PVT also a fine's article "
         "(see boetes)"),
    Veld("boetes", "[].bedrag", "boete_art_24_aantal, boete_art_25_aantal", "invoer",
         "het blok noemt geen artikel: sluiten de blokken van DUO art. 24 uit (PVT en MAP beide afgerond vanaf "
         "het PIP tot en met het einde van de termijn, Wi 24 lid 1; in de onderwijsroute zonder MAP het PVT alleen, "
         "Wi 8 lid 3), dan is elke boete art. 25; anders telt een "
         "bedrag gelijk aan het art. 24-bedrag op de datum (Bi 7.2 lid 1) als art. 24, een hoger bedrag als "
         "art. 25 (Wi 26 lid 1 b: art. 24 nooit hoger); een lager "
         "bedrag (of een boete vóór de wet) is een verlaagde art. 24-boete (Bi 7.2 lid 3) of een "
         "art. 25-boete: heeft een boete op of vóór de peildatum zo'n onbekend artikel, dan vult DUO geen "
         "boete-invoer en noemt een waarschuwing haar (boete_artikel_onbekend); anders een gegeven lijst: "
         "aantallen, 0 als er geen zijn; vergeleken met boete_art_24_bedrag en boete_art_25_maximum_bedrag",
         "the block names no article: when DUO's blocks rule art. 24 out (PVT and MAP both done from the PIP up "
         "to the term's end, Wi 24(1); in the onderwijsroute without a MAP the PVT alone, Wi 8(3)) every fine is "
         "art. 25; otherwise an amount equal to the art. 24 amount on its "
         "date (Bi 7.2(1)) counts as art. 24, a higher amount as art. 25 (Wi 26(1)(b): art. 24 never higher); "
         "a lower amount (or a "
         "fine before the law) is a lowered art. 24 fine (Bi 7.2(3)) or an art. 25 fine: when a fine on or "
         "before the peildatum has such an unknown article, DUO fills no fine input and a warning names it "
         "(boete_artikel_onbekend); otherwise a list given: counts, 0 when there are none; compared with "
         "boete_art_24_bedrag and boete_art_25_maximum_bedrag"),
    Veld("boetes", "[].datum", "boete_art_24_bekendmaking_datum, boete_art_25_bekendmaking_datum", "invoer",
         "de laatste datum per artikel, gelezen als de dag van bekendmaking (Awb 3:41: het besluit is "
         "verzonden); een boete na de peildatum is dan nog niet opgelegd en telt niet mee; een besluit is niet "
         "eerder bekendgemaakt dan gedagtekend, dus een latere dag in persoon (verzonden na de dagtekening) gaat "
         "voor",
         "the latest date per article, read as the day it was made known (Awb 3:41: the decision was sent); "
         "a fine after the peildatum was not imposed yet and does not count; a decision is not made known before "
         "its date, so a later day in persoon (sent after the date) stands"),
    Veld("verlengingen", "[].beoordelingAanvraag", None, "vergelijking", "volgens de leden", "per the members",
         "AanvraagToekenningsstatus"),
    Veld("verlengingen", "[].ontvangstdatum", None, "controle",
         "een aanvraag in behandeling, ontvangen op of vóór de peildatum: een waarschuwing (verlenging_in_behandeling)",
         "a request being handled, received on or before the peildatum: a warning (verlenging_in_behandeling)"),
    Veld("verlengingen", "[].datumBeoordeling", None, "controle",
         "een toekenning na de peildatum (zonder datum: als elke gebeurtenis SS104 na de peildatum ligt): het einde "
         "van nu wordt niet gelezen als verlenging; een toekenning op of vóór de peildatum bij een einde dat daarna "
         "werd gewijzigd: een waarschuwing (verlenging_later_gewijzigd)",
         "a grant after the peildatum (without a date: when every event SS104 lies after the peildatum): today's end "
         "is not read as an extension; a grant on or before the peildatum with an end changed after it: a warning "
         "(verlenging_later_gewijzigd)"),
    Veld("gebeurtenissen", "[].gebeurtenisId", None, "tijdlijn", "op de tijdlijn, met de betekenis; SS129 en SS130 "
         "beëindigen ook een tijdelijke vrijstelling (zie vrijstellingen); SS124 en SS125 na de peildatum: de "
         "doelgroep van DUO gold toen nog niet (zie doelgroep); SS103 en SS104 op of vóór de peildatum bij een einde "
         "dat DUO daarna wijzigde: waarschuwing verlenging_later_gewijzigd",
         "on the timeline, with its meaning; SS129 and SS130 also end a temporary exemption (see vrijstellingen); "
         "SS124 and SS125 after the peildatum: DUO's doelgroep did not hold yet (see doelgroep); SS103 and SS104 on or "
         "before the peildatum with an end DUO changed after it: warning verlenging_later_gewijzigd"),
    Veld("gebeurtenissen", "[].registratieDatumTijd", None, "tijdlijn",
         "de datum op de tijdlijn: de Nederlandse dag van het tijdstip (met een offset omgerekend naar CET, "
         "of CEST van de laatste zondag van maart tot de laatste van oktober, 01:00 UTC; zonder offset al "
         "Nederlandse tijd)",
         "the date on the timeline: the Dutch day of the instant (with an offset converted to CET, or CEST "
         "from the last Sunday of March to the last one of October, 01:00 UTC; without an offset already "
         "Dutch time)"),
    Veld("gebeurtenissen", "[].bsn, [].vNummer", None, "niet gebruikt", "nooit teruggegeven", "never echoed"),
    Veld("examens", "[].onderdeel", "knm_behaald, taalonderdelen_behaald_aantal", "invoer",
         "volgens de leden; alleen een geslaagd KNM-examen vult knm_behaald (true). Onderdelen behaald in de "
         "onderwijsroute gelden ook als behaald (Bi 5.4) en staan niet in deze lijst: het aantal is een "
         "ondergrens, persoon mag een groter aantal geven",
         "per the members; only a passed KNM exam fills knm_behaald (true). Parts passed in the onderwijsroute "
         "count as passed too (Bi 5.4) and are not in this list: the count is a lower bound, persoon may give a "
         "larger one", "ExamenonderdeelWI2021Inburgering"),
    Veld("examens", "[].resultaat", "knm_behaald, taalonderdelen_behaald_aantal", "invoer",
         "alleen Geslaagd is behaald", "only Geslaagd is passed", "ExamenresultaatWI2021"),
    Veld("examens", "[].niveau", "taalonderdelen_behaald_aantal", "invoer",
         "een taalonderdeel telt op het niveau van het PIP of hoger, ten minste A2 (Bi 4.4 lid 2 a, bij de "
         "B1-route; pip.niveau, zonder niveau B1 zoals DUO leest, bij de Z-route A2); zonder PIP telt een "
         "uitslag op B1 of hoger (geen niveau van een PIP, A2 of B1, ligt hoger); een uitslag zonder niveau, "
         "of zonder PIP een op A2, telt niet en een waarschuwing noemt het (examen_niveau_onbekend)",
         "a language part counts at the PIP's level or higher, at least A2 (Bi 4.4(2)(a), with the B1-route; "
         "pip.niveau, without a level B1 as DUO reads it, A2 with the Z-route); without a PIP a pass at B1 "
         "or higher counts (no PIP level, A2 or B1, is higher); a pass without a level, or without a PIP one "
         "at A2, does not count and a warning names it (examen_niveau_onbekend)", "ExamenniveauWI2021"),
    Veld("examens", "[].examendatum", "knm_behaald, taalonderdelen_behaald_aantal", "invoer",
         "een examen na de peildatum telt niet mee, en een examen vóór de dag van het PIP (Bi 5.3 lid 5) ook niet "
         "(die van DUO, anders persoon.pip_datum)",
         "an exam after the peildatum does not count, nor one before the PIP's day (Bi 5.3(5); DUO's, else "
         "persoon.pip_datum)"),
    Veld("examens", "[].redenGeenResultaat", None, "niet gebruikt", *_GEEN_INVOER,
         "RedenGeenResultaatInburgeringsexamen"),
)

# DUO's events: id -> (meaning nl, meaning en, APIs to query next).
GEBEURTENISSEN: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "SS101": ("Inburgeringsplichtig geworden", "Became obligated to integrate", ("Inburgeringsplicht", "Examen")),
    "SS128": ("Inburgeringsplichtig, maar binnen zes maanden de AOW-leeftijd",
              "Obligated, but reaches the state pension age within six months", ("Inburgeringsplicht", "Examen")),
    "SS139": ("Inburgeringsplichtig; de tien weken om de leerroute (PIP) vast te stellen lopen (ook bij vertrek uit "
              "het COA naar de gemeente)", "Obligated; the ten weeks to set the route (PIP) are running (also on "
              "leaving the COA for the municipality)", ("Inburgeringsplicht", "Examen")),
    "SS129": ("Tijdelijke vrijstelling ingetrokken, nog geen leerroute", "Temporary exemption withdrawn, no route yet",
              ("Inburgeringsplicht", "Examen", "Vrijstelling")),
    "SS120": ("Gevestigd in de gemeente, zonder PIP", "Settled in the municipality, without a PIP",
              ("Inburgeringsplicht", "Examen")),
    "SS121": ("Gevestigd in de gemeente, met een PIP van de vorige gemeente",
              "Settled in the municipality, with a PIP of the previous municipality",
              ("Inburgeringsplicht", "Inburgeringstermijn", "Examen")),
    "SS124": ("Doelgroep gewijzigd: van asielstatushouder naar gezinsmigrant of overige migrant",
              "Doelgroep changed: from asylum permit holder to family or other migrant", ("Inburgeringsplicht",)),
    "SS125": ("Doelgroep gewijzigd: van gezinsmigrant of overige migrant naar asielstatushouder",
              "Doelgroep changed: from family or other migrant to asylum permit holder", ("Inburgeringsplicht",)),
    "SS109": ("Tijdelijke vrijstelling verleend", "Temporary exemption granted", ("Inburgeringsplicht", "Vrijstelling")),
    "SS110": ("Inburgeringsplicht vervallen (verblijfsrecht beëindigd, meer dan een jaar in het buitenland, "
              "genaturaliseerd, AOW-leeftijd of overleden)", "Duty ended (residence right ended, abroad for over a "
              "year, naturalised, state pension age or died)", ("Inburgeringsplicht",)),
    "SS111": ("Overleden", "Died", ("Inburgeringsplicht",)),
    "SS106": ("Diploma behaald: aan de plicht voldaan", "Diploma obtained: duty met", ("Inburgeringsplicht",)),
    "SS107": ("Gehele vrijstelling verleend", "Full exemption granted", ("Inburgeringsplicht", "Vrijstelling")),
    "SS108": ("Gehele ontheffing verleend", "Full ontheffing granted", ("Inburgeringsplicht",)),
    "SS137": ("Aangemeld voor de leerbaarheidstoets", "Registered for the learnability test", ("Leerbaarheidstoets",)),
    "SS131": ("Leerbaarheidstoets afgelegd, uitslag bekend", "Learnability test taken, result known",
              ("Leerbaarheidstoets",)),
    "SS102": ("Inburgeringstermijn gestart", "Integration term started", ("Inburgeringstermijn",)),
    "SS199": ("Examenuitslag bekend", "Exam result known", ("Examen",)),
    "SS103": ("Termijn ambtshalve verlengd door DUO", "Term extended by DUO on its own initiative",
              ("Inburgeringstermijn",)),
    "SS104": ("Termijn verlengd op aanvraag", "Term extended on request", ("Inburgeringstermijn",)),
    "SS130": ("Tijdelijke vrijstelling ingetrokken terwijl een PIP bekend is: de eerdere plicht loopt weer",
              "Temporary exemption withdrawn while a PIP is known: the earlier duty runs again",
              ("Inburgeringsplicht", "Inburgeringstermijn", "PIP", "Examen", "Vrijstelling")),
    "SS113": ("Aanvraag om verlenging afgewezen", "Request for extension refused", ("Verlenging",)),
    "SS114": ("Aanvraag om gehele vrijstelling afgewezen", "Request for full exemption refused", ("Vrijstelling",)),
    "SS115": ("Aanvraag om tijdelijke vrijstelling afgewezen", "Request for temporary exemption refused",
              ("Vrijstelling",)),
    "SS116": ("Aanvraag om gedeeltelijke vrijstelling afgewezen", "Request for partial exemption refused",
              ("Vrijstelling",)),
    "SS117": ("Gedeeltelijke vrijstelling verleend", "Partial exemption granted", ("Vrijstelling", "Examen")),
    "SS118": ("Aanvraag om ontheffing afgewezen", "Request for ontheffing refused", ("Ontheffing",)),
    "SS119": ("Gedeeltelijke ontheffing verleend", "Partial ontheffing granted", ("Ontheffing", "Examen")),
}
ONBEKENDE_GEBEURTENIS = ("DUO-gebeurtenis zonder bekende betekenis", "DUO event without a known meaning")

# DUO's checks on a PIP (events.md): code -> (nl, en). Each is a warning, never a refusal by us.
PIP_CONTROLES: dict[str, tuple[str, str]] = {
    "pip_voor_begin_plicht": ("DUO weigert een PIP gedagtekend vóór het begin van de inburgeringsplicht",
                              "DUO refuses a PIP dated before the start of the duty"),
    "pip_voor_eerdere_pip": ("DUO weigert een PIP gedagtekend vóór de eerste of de huidige PIP; hier "
                             "alleen vergeleken met de eerste PIP, gedagtekend op de dag vóór de start van "
                             "de termijn (Wi 11 lid 2); DUO toetst ook aan de huidige PIP, die het verzoek "
                             "niet geeft",
                             "DUO refuses a PIP dated before the first or the current PIP; compared here "
                             "only with the first PIP, dated the day before the term started (Wi 11(2)); DUO "
                             "also checks against the current PIP, which the request does not give"),
    "pip_voor_vestiging": ("DUO weigert een PIP gedagtekend vóór de vestiging in de gemeente "
                           "(brp_inschrijving_datum; na een verhuizing "
                           "brp_inschrijving_andere_gemeente_datum)",
                           "DUO refuses a PIP dated before the person settled in the municipality "
                           "(brp_inschrijving_datum; after a move brp_inschrijving_andere_gemeente_datum)"),
    "pip_a2_onderwijsroute": ("DUO weigert niveau A2 bij de onderwijsroute",
                              "DUO refuses level A2 with the onderwijsroute"),
    "pip_b1_z_route": ("DUO weigert niveau B1 bij de Z-route", "DUO refuses level B1 with the Z-route"),
    "pip_a2_b1_route_eerste_pip": ("DUO weigert niveau A2 bij de B1-route op een eerste PIP (geen eerdere PIP bekend: "
                                   "geen eerdere termijn en geen SS121)",
                                   "DUO refuses level A2 with the B1-route on a first PIP (no earlier PIP known: no "
                                   "earlier term and no SS121)"),
    "pip_niveau_b1_aangenomen": ("Geen niveau gegeven: DUO leest B1 bij de B1-route en de onderwijsroute",
                                 "No level given: DUO reads B1 for the B1-route and the onderwijsroute"),
    "pip_intensiteit_alleen_b1_asiel": ("DUO weigert een geschatte intensiteit behalve bij de B1-route voor een "
                                        "asielstatushouder", "DUO refuses an estimated intensity except with the "
                                        "B1-route for an asylum permit holder"),
    "pip_intensiteit_doelgroep_onbepaald": ("DUO weigert een geschatte intensiteit behalve bij de B1-route voor een "
                                            "asielstatushouder; de doelgroep is op de gegeven feiten niet te "
                                            "bepalen (zie ontbrekende_gegevens bij doelgroep)",
                                            "DUO refuses an estimated intensity except with the B1-route for an "
                                            "asylum permit holder; the doelgroep cannot be determined from the facts "
                                            "given (see ontbrekende_gegevens for doelgroep)"),
    "pip_niet_verwijderbaar": ("Er loopt al een termijn: DUO weigert deze PIP nog te verwijderen",
                               "A term has been set: DUO refuses to delete this PIP"),
}
VERLENGING_IN_BEHANDELING = ("Een aanvraag om verlenging is in behandeling: het einde van de termijn kan verschuiven",
                             "A request for extension is being handled: the end of the term may move")
# Formatted with the `datum` the extension was decided.
VERLENGING_LATER_GEWIJZIGD = (
    "DUO verlengde de termijn op {datum}, op of vóór de peildatum, maar wijzigde haar einde daarna: het einde op de "
    "peildatum staat niet in het antwoord van DUO, dus komt geen verlenging uit DUO: geef termijn_verlenging_maanden "
    "(de verlengingen tot en met de peildatum) in persoon",
    "DUO extended the term on {datum}, on or before the peildatum, but changed its end later: the end on the peildatum "
    "is not in DUO's answer, so no extension comes from DUO: give termijn_verlenging_maanden (the extensions up to the "
    "peildatum) in persoon")
# Formatted with the fine's `bedrag` (whole euros shown without decimals) and `datum`.
BOETE_ARTIKEL_ONBEKEND = (
    "DUO legde op {datum} € {bedrag} op, niet het art. 24-bedrag van die dag: een verlaagde art. 24-boete "
    "(Bi 7.2 lid 3) of een art. 25-boete; DUO zegt niet welke, dus komt geen boete uit DUO: geef "
    "boete_art_24_aantal en boete_art_25_aantal, met boete_art_24_bekendmaking_datum en "
    "boete_art_25_bekendmaking_datum, in persoon",
    "DUO imposed € {bedrag} on {datum}, not that day's art. 24 amount: a lowered art. 24 fine (Bi 7.2(3)) "
    "or an art. 25 fine; DUO does not say which, so no fine comes from DUO: give boete_art_24_aantal and "
    "boete_art_25_aantal, with boete_art_24_bekendmaking_datum and boete_art_25_bekendmaking_datum, in "
    "persoon")
EXAMEN_NIVEAU_ONBEKEND = (
    "Geslaagd voor een taalonderdeel waarvan het niveau (of dat van het PIP) niet bekend is: het telt niet mee in "
    "taalonderdelen_behaald_aantal (Bi 4.4 lid 2 a); geef het aantal in persoon als het meetelt",
    "Passed a language part whose level (or the PIP's) is not known: it is not counted in "
    "taalonderdelen_behaald_aantal (Bi 4.4(2)(a)); give the number in persoon if it counts")

# Not DUO's check: what the mapping assumed for a PIP without DUO's term block (`pip_controles`).
PIP_ZONDER_TERMIJN = (
    "Zonder het blok inburgeringstermijn is pip_datum gelezen als het PIP dat de termijn liet ingaan (Wi 11 lid 2); "
    "is DUO's PIP een later PIP, dan verschuift de termijn niet (lid 3): geef inburgeringstermijn mee",
    "Without the inburgeringstermijn block pip_datum is read as the PIP that started the term (Wi 11(2)); if DUO's "
    "PIP is a later one, the term does not move (para. 3): give inburgeringstermijn")
# Formatted with the grant's `datum` and `grond` (DUO's member).
ONTHEFFING_ZONDER_WAARDE = (
    "DUO kende op {datum} een gedeeltelijke ontheffing toe op grond {grond}; de regels kennen die niet (Wi 5 lid 2 "
    "ontheft geheel), dus komt geen ontheffing uit DUO: geef ontheffing in persoon",
    "DUO granted a partial ontheffing on {datum} on ground {grond}; the rules have none such (Wi 5(2) waives the "
    "whole duty), so no ontheffing comes from DUO: give ontheffing in persoon")
# Formatted with the exam's `datum` and the PIP's day `pip`.
# Formatted with the day of settling (`_vestiging_met_vorige_pip`).
PIP_NA_VESTIGING = (
    "DUO's PIP is gedagtekend op of na de vestiging met een PIP van de vorige gemeente (op {datum}; SS121): het is "
    "een later PIP, en het PIP dat de termijn liet ingaan geeft DUO alleen in het blok inburgeringstermijn (Wi 11 lid "
    "3): geef inburgeringstermijn mee, of pip_datum in persoon",
    "DUO's PIP is dated on or after the person settled with a PIP of the previous municipality (on {datum}; SS121): "
    "it is a later PIP, and DUO gives the PIP that started the term only in the block inburgeringstermijn (Wi 11(3)): "
    "give inburgeringstermijn, or pip_datum in persoon")
# Formatted with the Dutch day of the event.
DOELGROEP_LATER_GEWIJZIGD = (
    "DUO wijzigde de doelgroep na de peildatum (gebeurtenis van {datum}): de indeling van nu gold op de peildatum "
    "nog niet en vult geen verblijfsdoel; de indeling ervoor geeft DUO niet: geef verblijfsdoel in persoon",
    "DUO changed the doelgroep after the peildatum (event of {datum}): the class of now did not hold on the "
    "peildatum and fills no verblijfsdoel; DUO does not give the class before it: give verblijfsdoel in persoon")
LATERE_PIP_NA_PEILDATUM = (
    "DUO's PIP is een later PIP, gedagtekend na de peildatum: zijn leerroute geldt pas vanaf die dag (Wi 15 lid 1 a, "
    "I59); de route op de peildatum, die van het PIP ervoor, geeft DUO niet: geef leerroute in persoon",
    "DUO's PIP is a later PIP, dated after the peildatum: its learning route holds only from that day (Wi 15(1)(a), "
    "I59); DUO does not give the route on the peildatum, that of the PIP before it: give leerroute in persoon")
# Formatted with the later PIP's `datum` and the term's first PIP `eerste`.
LATERE_PIP_BEZWAAR = (
    "DUO's PIP van {datum} is een later PIP dan dat van de termijn ({eerste}): pip_datum blijft dat eerste PIP (de "
    "termijn verschuift niet, Wi 11 lid 3) en pip_bezwaartermijn_einddatum is de bezwaartermijn daarvan; tegen het "
    "PIP van {datum} loopt een eigen bezwaartermijn vanaf zijn bekendmaking (Awb 6:7, 6:8)",
    "DUO's PIP of {datum} is a later PIP than the term's ({eerste}): pip_datum stays that first PIP (the term does "
    "not move, Wi 11(3)) and pip_bezwaartermijn_einddatum is its objection term; the PIP of {datum} has an objection "
    "term of its own from the day it was made known (Awb 6:7, 6:8)")
GEDEELTELIJKE_VRIJSTELLING = (
    "Gedeeltelijke vrijstelling voor examenonderdeel {onderdeel} op niveau {niveau} toegekend (oordeel {datum}): de "
    "regels kennen alleen de vrijstelling van de hele plicht (Wi 4 lid 1), dus zij geeft geen invoer; telt het "
    "onderdeel als behaald op het niveau van het PIP, geef dan taalonderdelen_behaald_aantal in persoon",
    "Partial exemption for exam part {onderdeel} at level {niveau} granted (decided {datum}): the rules know only the "
    "exemption from the whole duty (Wi 4(1)), so it gives no input; if the part counts as passed at the PIP's level, "
    "give taalonderdelen_behaald_aantal in persoon")
DUO_VELD_ONBEKEND = (
    "Een naam in DUO's gegevens die deze vertaling niet kent (een latere versie van DUO's API?): genegeerd, dus er "
    "komt geen invoer uit; staat er iets in dat een besluit raakt, geef het dan in persoon",
    "A name in DUO's data this mapping does not know (a later version of DUO's API?): ignored, so no input comes "
    "from it; if it holds something that bears on a decision, give that in persoon")


def onbekende_velden(paden) -> list[dict]:
    """A warning per name in DUO's data the mapping does not know (`paden`: their JSON pointers)."""
    nl, en = DUO_VELD_ONBEKEND
    return [{"controle": "duo_veld_onbekend", "pad": pad, "nl": nl, "en": en} for pad in paden]


EXAMEN_VOOR_PIP = (
    "Geslaagd op {datum}, vóór het PIP van {pip}: telt niet mee voor de plicht (Bi 5.3 lid 5, I41); is uitdrukkelijk "
    "anders bepaald, geef knm_behaald of taalonderdelen_behaald_aantal in persoon",
    "Passed on {datum}, before the PIP of {pip}: does not count towards the duty (Bi 5.3(5), I41); if expressly "
    "provided otherwise, give knm_behaald or taalonderdelen_behaald_aantal in persoon")
# The same, when the PIP's day is that of DUO's later PIP, standing in for a first PIP DUO does not give (`_pip_dag`).
EXAMEN_VOOR_LATERE_PIP = (
    "Geslaagd op {datum}, vóór DUO's PIP van {pip}, een later PIP (vestiging met een PIP van de vorige gemeente, "
    "SS121): het PIP dat de termijn liet ingaan geeft DUO niet, dus telt dit examen hier niet mee; na dat eerste PIP "
    "afgelegd telt het wel (Bi 5.3 lid 5, I41): geef pip_datum in persoon, of inburgeringstermijn mee",
    "Passed on {datum}, before DUO's PIP of {pip}, a later PIP (settled with a PIP of the previous municipality, "
    "SS121): DUO does not give the PIP that started the term, so this exam is not counted here; taken after that "
    "first PIP it counts (Bi 5.3(5), I41): give pip_datum in persoon, or inburgeringstermijn")

# The kinds of `duo_vergelijking`: kind -> (what is compared, nl; en).
VERGELIJKINGEN = {
    "termijn_einde": ("Inburgeringstermijn.einddatum tegen inburgeringstermijn_einddatum (Wi 11, 12)",
                      "Inburgeringstermijn.einddatum against inburgeringstermijn_einddatum (Wi 11, 12)"),
    "doelgroep": ("Doelgroep.indeling tegen doelgroep (Wi 13 lid 1, 19)",
                  "Doelgroep.indeling against doelgroep (Wi 13(1), 19)"),
    "plicht": ("DUO's status (indicatorInburgeringsplicht, redenGeenInburgeringsplicht) tegen die van de wet "
               "(inburgeringsplichtig, vrijgesteld, ontheffing, inburgeringsplicht_voldaan)",
               "DUO's status (indicatorInburgeringsplicht, redenGeenInburgeringsplicht) against the law's "
               "(inburgeringsplichtig, vrijgesteld, ontheffing, inburgeringsplicht_voldaan)"),
    "vrijstelling": ("een toegekende GeheleVrijstelling tegen vrijgesteld: DUO verleende vrijstelling waar "
                     "de wet op de gegeven feiten er geen geeft (bijvoorbeeld reden GED: de regels kennen geen "
                     "gedeeltelijke vrijstelling, de reden vult geen invoer)",
                     "a granted GeheleVrijstelling against vrijgesteld: DUO granted an exemption where the "
                     "law gives none on the facts given (e.g. reason GED: the rules know no partial exemption, "
                     "the reason fills no input)"),
    "boete": ("elke Boete van bekend artikel tegen de voorwaarden van boete_art_24_bedrag of "
              "boete_art_25_maximum_bedrag (zonder de volgorde van boetes, die gaat over de volgende) en het "
              "bedrag op haar dag: een boete waar de wet er geen geeft, of hoger dan de wet toestaat "
              "(Wi 24-27)",
              "each Boete of known article against the conditions of boete_art_24_bedrag or "
              "boete_art_25_maximum_bedrag (without the order of fines, which is about the next one) and the "
              "amount on its day: a fine where the law gives none, or above what the law allows (Wi 24-27)"),
}
BOETE_BESLUIT = {"24": "boete_art_24_bedrag", "25": "boete_art_25_maximum_bedrag"}


def _dag(waarde: str) -> date:
    return date.fromisoformat(waarde)


def _eerste_pip_dag(termijn: dict) -> str:
    """The dagtekening of the PIP that started DUO's term: the day before `startdatum` (Wi 11 lid 2)."""
    return str(_dag(termijn["startdatum"]) - timedelta(days=1))


# DUO's events that withdraw a temporary exemption (the duty runs again)
_INTREKKING = ("SS129", "SS130")


def _dagen(duo: dict, ids: tuple[str, ...]) -> list[str]:
    """The Dutch calendar days (`nederlandse_dag`) on which DUO registered its events with one of these ids."""
    return [nederlandse_dag(melding["registratieDatumTijd"]) for melding in duo.get("gebeurtenissen") or ()
            if melding["gebeurtenisId"] in ids]


def _ingetrokken(duo: dict, vanaf: str | None, peildatum: str) -> bool:
    """Whether an event of DUO withdrew a temporary exemption from `vanaf` (its start) up to the peildatum, on the Dutch
    calendar day of its registration (a review: after SS130 the exemption still exempted)."""
    return any(_in_periode(dag, vanaf, peildatum) for dag in _dagen(duo, _INTREKKING))


def _in_periode(peildatum: str, begin: str | None, einde: str | None) -> bool:
    return (begin is None or begin <= peildatum) and (einde is None or peildatum <= einde)


def boete_artikel(bedrag: float, datum: str, art_24_bedrag, art_24_uitgesloten: bool = False) -> str | None:
    """The article of a DUO fine, which names none: '25' when DUO's own blocks rule an art. 24 fine out
    (`art_24_uitgesloten`); else '24' when the amount equals the art. 24 amount in force on `datum`
    (`art_24_bedrag(datum)`, Bi 7.2 lid 1), '25' above it (Wi 26 lid 1 b: an art. 24 fine is never higher); None
    below it (an art. 24 fine lowered under Bi 7.2 lid 3, or an art. 25 fine) and before the law (`art_24_bedrag`
    None: no amount to hold it against)."""
    if art_24_uitgesloten:
        return "25"
    bedrag_24 = art_24_bedrag(datum)
    if bedrag_24 is None or round(bedrag * 100) < round(bedrag_24 * 100):
        return None
    return "24" if round(bedrag * 100) == round(bedrag_24 * 100) else "25"


def _art_24_uitgesloten(duo: dict, peildatum: str, verhuisd: str | None) -> bool:
    """Whether DUO's own blocks rule every art. 24 fine out: the PVT and the MAP both done from the PIP's day (Bi 5.3
    lid 5) up to the term's end DUO gives (Wi 24 lid 1 fines who did not complete them within the term, extended
    or not), an end that stood on the peildatum (not one set after it: `_termijn_later_gewijzigd`). An amount equal
    to the art. 24 amount is then an art. 25 fine of that amount (Bi 7.2 lid 2; a review found EUR 340 read as
    art. 24 after both were done). In the onderwijsroute the PVT alone, whatever MAP DUO has (Wi 8 lid 3)."""
    if _termijn_later_gewijzigd(duo, peildatum):
        return False
    einde, pip = (duo.get("inburgeringstermijn") or {}).get("einddatum"), _pip_datum(duo, verhuisd)
    pvt = (duo.get("pvt") or {}).get("datumOndertekeningPvt")
    map_ = (duo.get("map") or {}).get("datumEindgesprekMap")
    if _in_onderwijsroute(duo, peildatum, verhuisd):  # Wi 8 lid 3: no MAP there, whatever MAP day DUO has (reviews)
        return bool(einde and pip and pvt and telt_op(pvt, pip[0]) and pvt <= einde)
    return bool(einde and pip and pvt and map_ and telt_op(pvt, pip[0]) and telt_op(map_, pip[0])
                and max(pvt, map_) <= einde)


def _in_onderwijsroute(duo: dict, peildatum: str, verhuisd: str | None) -> bool:
    """Whether DUO's PIP in force on the peildatum sets the onderwijsroute: the MAP is then not required (Wi 8 lid 3,
    "die het taalschakeltraject volgt")."""
    pip = _pip_op(duo, peildatum, verhuisd)
    return pip is not None and LEDEN["Leerroute"][pip["leerroute"]].waarde == "onderwijsroute"


def _opgelegd(duo: dict, art_24_bedrag, peildatum: str, verhuisd: str | None) -> list[tuple[int, dict, str | None]]:
    """(index, fine, article or None: `boete_artikel`) of DUO's fines decided on or before the peildatum (a
    later one was not imposed yet)."""
    uitgesloten = _art_24_uitgesloten(duo, peildatum, verhuisd)
    return [(i, b, boete_artikel(b["bedrag"], b["datum"], art_24_bedrag, uitgesloten))
            for i, b in enumerate(duo.get("boetes") or ()) if _in_periode(peildatum, b["datum"], None)]


def naar_invoer(duo: dict, peildatum: str, art_24_bedrag,
                pip_gegeven: str | None = None, verhuisd: str | None = None,
                termijn_maanden=None, verblijfsdoel: str | None = None) -> dict[str, tuple[object, str]]:
    """The inputs DUO's blocks give: name -> (value, JSON pointer of the DUO field it comes from).

    `art_24_bedrag(datum)` is the art. 24 amount in force on a date (Bi 7.2 lid 1), to tell the fines apart.
    `pip_gegeven`: the PIP's day the case system gave itself (`persoon.pip_datum`), for the exams when DUO's blocks
    do not give it (`_pip_dag`). `verhuisd`: the day of the registration in another municipality after a move
    (`persoon.brp_inschrijving_andere_gemeente_datum`); DUO's current PIP dated on or after it, while a term runs
    from the first, is the other municipality's (Bi 5.3 lid 3: `pip_andere_gemeente_datum`). `termijn_maanden(dag)`:
    the term of Wi 11 lid 1 in months as it stood on a day, to read the months of an extension from DUO's term end
    (`_verlenging_maanden`); None: not read. `verblijfsdoel`: the purpose the case system gave (`persoon`; `onbekend`
    is none); DUO's `Overig` is every purpose outside its other classes, so it gives no purpose beside one of those (a
    review: a vermogende vreemdeling, no longer a temporary purpose, was refused as contradicting `Overig`). Beside a
    temporary purpose the person's stands, and `vergelijking` names DUO's different duty status.
    """
    uit: dict[str, tuple[object, str]] = {}
    plicht = duo.get("inburgeringsplicht") or {}
    if "datumKennisgevingInburgeringsplicht" in plicht:
        uit["kennisgeving_inburgeringsplicht_datum"] = (
            plicht["datumKennisgevingInburgeringsplicht"], "/duo/inburgeringsplicht/datumKennisgevingInburgeringsplicht")
    detail = _doelgroep_op(duo, peildatum).get("gedetailleerdeDoelgroep")
    # DUO classifies only obligated persons: once it ended the duty its doelgroep tells no purpose of now
    niet_gegeven = (None, NIET_BEKEND["verblijfsdoel"])
    if (detail and LEDEN["GedetailleerdeDoelgroep"][detail].waarde
            and plicht.get("indicatorInburgeringsplicht") is not False
            and not (detail == "Overig" and verblijfsdoel not in (*niet_gegeven, *_IN_EEN_KLASSE))):
        uit["verblijfsdoel"] = (LEDEN["GedetailleerdeDoelgroep"][detail].waarde, "/duo/doelgroep/gedetailleerdeDoelgroep")
    pip = _pip_op(duo, peildatum, verhuisd)
    if (pip_datum := _pip_datum(duo, verhuisd)) is not None:
        uit["pip_datum"] = pip_datum
    if pip:
        uit["leerroute"] = (LEDEN["Leerroute"][pip["leerroute"]].waarde, "/duo/pip/pip/leerroute")
        termijn = duo.get("inburgeringstermijn") or {}
        # with DUO's term, or a later PIP after settling with a previous one (SS121) where the first is not in DUO's
        # answer (a review: the same facts gave the other municipality's PIP only with the term block)
        later = termijn.get("startdatum") or _latere_pip(duo, verhuisd) is not None
        if verhuisd and later and pip["dagtekeningPip"] >= verhuisd:
            uit["pip_andere_gemeente_datum"] = (pip["dagtekeningPip"], "/duo/pip/pip/dagtekeningPip")
    if termijn_maanden is not None and (maanden := _verlenging_maanden(duo, peildatum, termijn_maanden)) is not None:
        uit["termijn_verlenging_maanden"] = (maanden, "/duo/inburgeringstermijn/einddatum")
    for i, blok in enumerate(duo.get("vrijstellingen") or ()):
        for soort, vrijstelling in blok.items():
            if soort == "GedeeltelijkeVrijstelling" or not LEDEN["AanvraagOordeel"][vrijstelling["oordeel"]].waarde:
                continue
            if not _in_periode(peildatum, vrijstelling.get("datumOordeel"), None):  # not granted yet
                continue
            if "datumOordeel" not in vrijstelling and _alleen_later(duo, _TOEGEKEND.get(soort, ()), peildatum):
                continue  # undated, but DUO's events date every such grant after the peildatum (a review)
            if soort == "TijdelijkeVrijstelling" and (not _in_periode(
                    peildatum, vrijstelling.get("startdatum"), vrijstelling.get("einddatum"))
                    or _ingetrokken(duo, vrijstelling.get("startdatum") or vrijstelling.get("datumOordeel"), peildatum)):
                continue
            gevolg = LEDEN["RedenVrijstellingInburgeringsplicht"][vrijstelling["reden"]].waarde
            if gevolg:
                uit[gevolg[0]] = (gevolg[1], f"/duo/vrijstellingen/{i}/{soort}/reden")
    ontheffing = _ontheffing(duo["ontheffingen"] or [], peildatum) if "ontheffingen" in duo else None
    if ontheffing is not None:
        uit["ontheffing"] = ontheffing
    for veld, naam in (("pvt", "datumOndertekeningPvt"), ("map", "datumEindgesprekMap")):
        if duo.get(veld):
            uit[f"{veld}_afgerond_datum"] = (duo[veld][naam], f"/duo/{veld}/{naam}")
    if "boetes" in duo:
        uit.update(_boetes(duo, art_24_bedrag, peildatum, verhuisd))
    if "examens" in duo:
        uit.update(_examens(duo["examens"] or [], pip, peildatum, _pip_dag(duo, pip_gegeven, verhuisd)))
    return uit


def _doelgroep_op(duo: dict, peildatum: str) -> dict:
    """DUO's current doelgroep if it began on or before the peildatum, else {}: a class that begins later says
    nothing of the peildatum (a review: a class from 2026-06-01 was applied on 2026-01-01, and refused a purpose true
    then), and the class before it is not in DUO's answer. So also when DUO changed the class after the peildatum
    (`_doelgroep_later_gewijzigd`), whatever its `begindatum` (optional)."""
    doelgroep = duo.get("doelgroep") or {}
    if not _in_periode(peildatum, doelgroep.get("begindatum"), None) or _doelgroep_later_gewijzigd(duo, peildatum):
        return {}
    return doelgroep


# DUO's events that extend the term (Wi 12): by DUO itself, on request
_VERLENGD = ("SS103", "SS104")
# DUO's events that change the doelgroep (asielstatushouder <-> gezinsmigrant/overige migrant)
_DOELGROEP_GEWIJZIGD = ("SS124", "SS125")


def _doelgroep_later_gewijzigd(duo: dict, peildatum: str) -> str | None:
    """The Dutch day of the first event that changed DUO's doelgroep after the peildatum, if any: DUO's current class
    did not hold on the peildatum (a review: after SS124 on 2026-06-01 the gezinsmigrant class was applied to
    2026-01-01, when the person was an asielstatushouder)."""
    return min((dag for dag in _dagen(duo, _DOELGROEP_GEWIJZIGD) if dag > peildatum), default=None)


def _pip_op(duo: dict, peildatum: str, verhuisd: str | None) -> dict | None:
    """DUO's current PIP if it is in force on the peildatum; None for a later PIP dated after it
    (`_latere_pip_na_peildatum`): neither its route nor its level holds yet, so a language part is counted as without
    a known PIP level (a review found an A2 pass counted at the later PIP's A2)."""
    return None if _latere_pip_na_peildatum(duo, peildatum, verhuisd) else (duo.get("pip") or {}).get("pip")


# A value given in `persoon` that says "not known": DUO's value takes its place instead of contradicting it (a review:
# `verblijfsdoel: onbekend` was a 400 beside DUO's class).
NIET_BEKEND = {"verblijfsdoel": "onbekend"}

# The purposes DUO's classes other than `Overig` stand for: given one of them, DUO's `Overig` contradicts it.
_IN_EEN_KLASSE = frozenset(lid.waarde for naam, lid in LEDEN["GedetailleerdeDoelgroep"].items()
                           if naam != "Overig" and lid.waarde)


def _latere_pip_na_peildatum(duo: dict, peildatum: str, verhuisd: str | None) -> bool:
    """Whether DUO's current PIP is a later PIP than the one the term runs from, dated after the peildatum: its route
    is not yet in force (Wi 15 lid 1 a, I30, I59) and the route of the PIP before it is not in DUO's answer."""
    return (latere := _latere_pip(duo, verhuisd)) is not None and latere[0] > peildatum


# DUO's event "gevestigd in de gemeente, met een PIP van de vorige gemeente"
_VESTIGING_MET_PIP = ("SS121",)


def _vestiging_met_vorige_pip(duo: dict, verhuisd: str | None) -> str | None:
    """The first day the person settled in a municipality with a PIP of the previous one (DUO's SS121): the registration
    in the other municipality the case system gave (`verhuisd`, Bi 5.3 lid 3), unless DUO registered an SS121 earlier
    (it registers the event on or after settling); None without SS121. A PIP dated on or after it is a later PIP. A
    read of the change found the mapping anchored on SS121's registration alone, while the PIP checks read a PIP dated
    from the move on as the new municipality's: a PIP dated between the move and SS121's registration was the first
    PIP for the one (the term moved) and the new municipality's for the other."""
    dagen = _dagen(duo, _VESTIGING_MET_PIP)
    return min([*dagen, verhuisd] if verhuisd else dagen) if dagen else None


def _latere_pip(duo: dict, verhuisd: str | None) -> tuple[str, str | None] | None:
    """DUO's current PIP when it is a later PIP than the one the term runs from (Wi 11 lid 3: the term does not move):
    its day and the first PIP's, from DUO's term block (Wi 11 lid 2); without that block, a PIP dated on or after the
    day the person settled with a PIP of the previous municipality (`_vestiging_met_vorige_pip`), whose first is not in
    DUO's answer (None). None when the current PIP is the first, or there is none."""
    if not (pip := (duo.get("pip") or {}).get("pip")):
        return None
    dag, termijn = pip["dagtekeningPip"], duo.get("inburgeringstermijn") or {}
    if termijn.get("startdatum"):
        return (dag, eerste) if dag > (eerste := _eerste_pip_dag(termijn)) else None
    vestiging = _vestiging_met_vorige_pip(duo, verhuisd)
    return (dag, None) if vestiging is not None and vestiging <= dag else None


def _pip_datum(duo: dict, verhuisd: str | None) -> tuple[str, str] | None:
    """The day of the (first) PIP and the DUO field it comes from, if DUO's blocks give it: not a later PIP
    (`_latere_pip`; a review found one read as the first PIP, and the term moved)."""
    termijn = duo.get("inburgeringstermijn") or {}
    if termijn.get("startdatum"):
        # Wi 11 lid 2-3: the term starts the day after the first PIP and does not move when a PIP is replaced
        # or adopted again; DUO's /PIP gives the current PIP, which may be a later one
        return _eerste_pip_dag(termijn), "/duo/inburgeringstermijn/startdatum"
    if (pip := (duo.get("pip") or {}).get("pip")) and _latere_pip(duo, verhuisd) is None:
        return pip["dagtekeningPip"], "/duo/pip/pip/dagtekeningPip"
    return None


def _toegekende_verlengingen(duo: dict) -> list[dict]:
    return [v for v in duo.get("verlengingen") or () if v.get("beoordelingAanvraag") == "Toegekend"]


def _termijn_later_gewijzigd(duo: dict, peildatum: str) -> bool:
    """Whether DUO's term end is one set after the peildatum: the term changed (`wijzigingsdatum`), a request for
    extension granted (`datumBeoordeling`) or an extension registered (DUO's events SS103, SS104: also one of an
    undated grant, or DUO's own) after it. Then it is not the end that stood on the peildatum."""
    termijn = duo.get("inburgeringstermijn") or {}
    return not _in_periode(peildatum, termijn.get("wijzigingsdatum"), None) or any(
        not _in_periode(peildatum, v.get("datumBeoordeling"), None) for v in _toegekende_verlengingen(duo)) or any(
        dag > peildatum for dag in _dagen(duo, _VERLENGD))


# DUO's events that say a decision was granted, per block kind whose date may be missing
_TOEGEKEND = {"GeheleVrijstelling": ("SS107",), "TijdelijkeVrijstelling": ("SS109",)}


def _alleen_later(duo: dict, gebeurtenissen: tuple[str, ...], peildatum: str) -> bool:
    """Whether DUO's answer holds events of these ids and every one was registered after the peildatum (the Dutch
    day): then an undated decision they announce was not taken yet on the peildatum (vocabulary: a date not given
    is not "always")."""
    dagen = _dagen(duo, gebeurtenissen)
    return bool(dagen) and min(dagen) > peildatum


def _verlenging_maanden(duo: dict, peildatum: str, termijn_maanden) -> int | None:
    """Wi 12: the months DUO extended the term by, read from its own term end. Only where DUO shows an extension (a
    `verlengingsgrondcode`, or a request `Toegekend`), its `einddatum` is the end of a term of a whole number of months
    more than Wi 11 lid 1's from its `startdatum`, counted as the rules count (`datums.einde_termijn`), and that end
    stood on the peildatum: no granted request decided after it, and the term not changed after it
    (`wijzigingsdatum`), as DUO's other blocks count only what was decided by the peildatum. None otherwise: then the
    case system gives `termijn_verlenging_maanden`, and the comparison names a differing end (a review found a term
    DUO extended read as not extended)."""
    termijn = duo.get("inburgeringstermijn") or {}
    start, einde = termijn.get("startdatum"), termijn.get("einddatum")
    toegekend = _toegekende_verlengingen(duo)
    basis = termijn_maanden(start) if start else None
    if not (einde and basis and (termijn.get("verlengingsgrondcode") or toegekend)):
        return None
    if _termijn_later_gewijzigd(duo, peildatum):
        return None  # DUO's end as it stands now, changed after the peildatum
    # the end of a term of N months lies in month start + N, or the month before (a start on the 1st): at most one
    # N matches, found among the neighbours of the months between the two days
    maanden = int((numpy.datetime64(einde, "M") - numpy.datetime64(start, "M")).astype(int)) - basis
    begin = numpy.datetime64(start, "D")
    return next((n for n in (maanden, maanden + 1) if n >= 1
                 and str(einde_termijn(begin, basis + n)) == einde), None)


def _pip_dag(duo: dict, pip_gegeven: str | None, verhuisd: str | None) -> str | None:
    """The PIP's day from which exams count (Bi 5.3 lid 5): DUO's (`_pip_datum`), else the one the case system
    gave; after settling with a previous PIP (SS121) without either, DUO's current PIP, a later one: what was passed
    from it surely counts, what before it may not (a lower bound, as the count is; a review found every exam counted);
    None when none is known (then the exams count as DUO lists them)."""
    if (pip_datum := _pip_datum(duo, verhuisd)) is not None:
        return pip_datum[0]
    if pip_gegeven is None and (latere := _latere_pip(duo, verhuisd)) is not None:
        return latere[0]
    return pip_gegeven


# The values of the rules' ontheffing DUO's grants give, strongest first (a whole one covers every part).
_ONTHEFFINGEN = ("volledig_belemmering", "volledig_bijzondere_omstandigheden", "gedeeltelijk_belemmering")


def _toegekend(ontheffingen: list[dict], peildatum: str) -> dict[str, tuple[int, str, dict]]:
    """Per value (volledig_/gedeeltelijk_ + ground) the first ontheffing granted on or before the peildatum (one
    judged later was not granted yet): (index, kind, block)."""
    gevonden = {}
    for i, blok in enumerate(ontheffingen):
        for soort, ontheffing in blok.items():
            if not LEDEN["AanvraagOordeel"][ontheffing["oordeel"]].waarde:
                continue
            if not _in_periode(peildatum, ontheffing.get("datumOordeel"), None):
                continue
            grond = LEDEN["OntheffingsgrondInburgering"][ontheffing["grond"]].waarde
            gevonden.setdefault(("volledig_" if soort == "GeheleOntheffing" else "gedeeltelijk_") + grond,
                                (i, soort, ontheffing))
    return gevonden


def _ontheffing(ontheffingen: list[dict], peildatum: str) -> tuple[str, str] | None:
    """The strongest ontheffing granted on or before the peildatum (`_toegekend`): whole MED, whole BIO, partial
    MED; none granted: geen. None when, without a whole one, a grant has no value in the rules (a partial BIO):
    "geen" would deny it and partial MED alone would leave it out (`overige_waarschuwingen` names it)."""
    gevonden = {waarde: f"/duo/ontheffingen/{i}/{soort}/grond"
                for waarde, (i, soort, _) in _toegekend(ontheffingen, peildatum).items()}
    for waarde in _ONTHEFFINGEN:
        if waarde in gevonden and (waarde.startswith("volledig_") or gevonden.keys() <= set(_ONTHEFFINGEN)):
            return waarde, gevonden[waarde]
    return None if gevonden else ("geen", "/duo/ontheffingen")


def _boetes(duo: dict, art_24_bedrag, peildatum: str, verhuisd: str | None) -> dict[str, tuple[object, str]]:
    """The fines of art. 24 and 25 decided on or before the peildatum (`_opgelegd`): their number and the day
    of the latest. Two under one article on one day count once: the law gives no second one that day (Wi 24
    lid 3-4; `vergelijking` reports it). Nothing when one of them is of unknown article: every count could be
    wrong (`overige_waarschuwingen` names it)."""
    opgelegd = _opgelegd(duo, art_24_bedrag, peildatum, verhuisd)
    if any(artikel is None for _, _, artikel in opgelegd):
        return {}
    uit: dict[str, tuple[object, str]] = {}
    for artikel in ("24", "25"):
        eigen = [(i, b) for i, b, artikel_b in opgelegd if artikel_b == artikel]
        uit[f"boete_art_{artikel}_aantal"] = (len({b["datum"] for _, b in eigen}), "/duo/boetes")
        if eigen:
            i, laatste = max(eigen, key=lambda ib: ib[1]["datum"])
            uit[f"boete_art_{artikel}_bekendmaking_datum"] = (laatste["datum"], f"/duo/boetes/{i}/datum")
    return uit


_NIVEAUS = tuple(LEDEN["ExamenniveauWI2021"])  # oplopend: een hoger niveau omvat een lager

# Invoer die DUO als ondergrens geeft: persoon mag een groter getal geven zonder tegenspraak (`naar_invoer`).
# DUO's date of a fine decision is a lower bound of the day it was made known (sent after it is dated, Awb 3:41).
ONDERGRENZEN = frozenset({"taalonderdelen_behaald_aantal", "boete_art_24_bekendmaking_datum",
                          "boete_art_25_bekendmaking_datum"})


def _pip_niveau_gelezen(pip: dict) -> str | None:
    """The PIP's level as DUO reads it: the given one; without one B1 for the B1-route and the onderwijsroute
    (DUO's check `pip_niveau_b1_aangenomen`); None for the Z-route without a level."""
    return pip.get("niveau") or ("B1" if pip["leerroute"] in ("B", "O") else None)


def _behaald(examens: list[dict], invoer: str, peildatum: str, pip_dag: str | None) -> list[tuple[int, dict]]:
    """(index, exam) of the exams passed on or before the peildatum (a later one was not taken yet) and, when DUO
    gives the PIP's day, on or after it (Bi 5.3 lid 5: what was done before the PIP does not count, I41; without
    that day the exams count as DUO lists them), whose part fills `invoer`
    (`LEDEN["ExamenonderdeelWI2021Inburgering"]`)."""
    return [(i, e) for i, e in enumerate(examens)
            if LEDEN["ExamenonderdeelWI2021Inburgering"][e["onderdeel"]].waarde == invoer
            and LEDEN["ExamenresultaatWI2021"][e["resultaat"]].waarde
            and _in_periode(peildatum, e["examendatum"], None)
            and (pip_dag is None or telt_op(e["examendatum"], pip_dag))]


def _taalonderdelen(examens: list[dict], pip: dict | None, peildatum: str,
                    pip_dag: str | None) -> tuple[set[str], dict[str, int]]:
    """The language parts passed on or before the peildatum at the level that counts (Bi 4.4 lid 2 a: the PIP's,
    at least A2), and the passed parts whose level or the PIP's is not known (part -> index of its first result).
    Without a PIP a pass at B1 or higher counts: every PIP level (A2, B1) is lower or equal."""
    vereist = None if pip is None else _NIVEAUS.index(_pip_niveau_gelezen(pip) or "A2")
    zeker, onzeker = set(), {}
    for i, examen in _behaald(examens, "taalonderdelen_behaald_aantal", peildatum, pip_dag):
        onderdeel = examen["onderdeel"]
        niveau = _NIVEAUS.index(examen["niveau"]) if examen.get("niveau") else None
        if niveau is not None and niveau >= (_NIVEAUS.index("B1") if vereist is None else vereist):
            zeker.add(onderdeel)
        elif niveau is None or vereist is None:
            onzeker.setdefault(onderdeel, i)
    return zeker, {onderdeel: i for onderdeel, i in onzeker.items() if onderdeel not in zeker}


def _examens(examens: list[dict], pip: dict | None, peildatum: str,
             pip_dag: str | None) -> dict[str, tuple[object, str]]:
    """knm_behaald and taalonderdelen_behaald_aantal (Bi 4.4 lid 2 c) from DUO's results of exams taken on or
    before the peildatum. Only a pass fills knm_behaald: parts passed in the onderwijsroute count as passed
    too (Bi 5.4) and are not in DUO's list, so its absence proves nothing. For the same reason the number of
    language parts is a lower bound (`ONDERGRENZEN`); a part of unknown level does not count in it and is
    named by `overige_waarschuwingen`."""
    uit: dict[str, tuple[object, str]] = {}
    knm = [i for i, _ in _behaald(examens, "knm_behaald", peildatum, pip_dag)]
    if knm:
        uit["knm_behaald"] = (True, f"/duo/examens/{knm[0]}/resultaat")
    zeker, _ = _taalonderdelen(examens, pip, peildatum, pip_dag)
    uit["taalonderdelen_behaald_aantal"] = (len(zeker), "/duo/examens")
    return uit


def pip_controles(duo: dict, invoer: dict, doelgroep: str | None) -> list[dict]:
    """DUO's checks on the PIP in `duo["pip"]` as warnings: {controle, pad, nl, en}.

    `invoer` are the merged inputs (for brp_inschrijving_datum); `doelgroep` is DUO's own when given, else ours."""
    pip = (duo.get("pip") or {}).get("pip")
    if not pip:
        return []
    uit = []

    def waarschuw(code: str, pad: str) -> None:
        nl, en = PIP_CONTROLES[code]
        uit.append({"controle": code, "pad": pad, "nl": nl, "en": en})

    dagtekening, route, niveau = pip["dagtekeningPip"], pip["leerroute"], pip.get("niveau")
    begin = (duo.get("inburgeringsplicht") or {}).get("begindatum")
    if begin and dagtekening < begin:
        waarschuw("pip_voor_begin_plicht", "/duo/pip/pip/dagtekeningPip")
    termijn = duo.get("inburgeringstermijn")
    eerste = _eerste_pip_dag(termijn) if termijn else None
    if eerste and dagtekening < eerste:
        waarschuw("pip_voor_eerdere_pip", "/duo/pip/pip/dagtekeningPip")
    # after a move the new municipality's PIP: settling there is the registration in the other municipality; but a PIP
    # dated before the move, where DUO's SS121 says the person settled with a PIP of a previous municipality, is that
    # previous (or an in-between) municipality's, held against settling in the previous municipality (a review). A PIP
    # dated from the move on is the new municipality's, also before DUO registered SS121, as the mapping reads it
    # (`_vestiging_met_vorige_pip`)
    verhuisd = invoer.get("brp_inschrijving_andere_gemeente_datum")
    met_vorige = bool(_dagen(duo, _VESTIGING_MET_PIP))
    vorige = bool(verhuisd) and dagtekening < verhuisd and met_vorige
    vestiging = invoer.get("brp_inschrijving_datum") if vorige else verhuisd or invoer.get("brp_inschrijving_datum")
    if vestiging and dagtekening < vestiging:
        waarschuw("pip_voor_vestiging", "/duo/pip/pip/dagtekeningPip")
    if niveau == "A2" and route == "O":
        waarschuw("pip_a2_onderwijsroute", "/duo/pip/pip/niveau")
    if niveau == "B1" and route == "Z":
        waarschuw("pip_b1_z_route", "/duo/pip/pip/niveau")
    eerdere_pip = (eerste is not None and eerste < dagtekening) or met_vorige
    if niveau == "A2" and route == "B" and not eerdere_pip:
        waarschuw("pip_a2_b1_route_eerste_pip", "/duo/pip/pip/niveau")
    if niveau is None and _pip_niveau_gelezen(pip):
        waarschuw("pip_niveau_b1_aangenomen", "/duo/pip/pip/niveau")
    if "geschatteIntensiteitB1Route" in pip and (route != "B" or doelgroep not in (None, "asielstatushouder")):
        waarschuw("pip_intensiteit_alleen_b1_asiel", "/duo/pip/pip/geschatteIntensiteitB1Route")
    elif "geschatteIntensiteitB1Route" in pip and doelgroep is None:  # DUO may refuse: not certain either way
        waarschuw("pip_intensiteit_doelgroep_onbepaald", "/duo/pip/pip/geschatteIntensiteitB1Route")
    if termijn:
        waarschuw("pip_niet_verwijderbaar", "/duo/inburgeringstermijn")
    elif "inburgeringstermijn" not in duo and _latere_pip(duo, verhuisd) is None:  # else it is no first PIP
        nl, en = PIP_ZONDER_TERMIJN
        uit.append({"controle": "pip_zonder_termijn", "pad": "/duo/pip/pip/dagtekeningPip", "nl": nl, "en": en})
    return uit


def overige_waarschuwingen(duo: dict, peildatum: str, art_24_bedrag,
                           pip_gegeven: str | None = None, verhuisd: str | None = None) -> list[dict]:
    """Warnings outside the PIP checks, each for DUO data that gives no input: a request for extension still being
    handled; an extension decided on or before the peildatum (a granted request, else DUO's event) of a term whose
    end DUO changed after it; a doelgroep DUO changed after the peildatum; a PIP dated on or after settling with the
    previous municipality's (SS121) without DUO's term or a pip_datum given; a fine on or
    before the peildatum of unknown article, so no fine input comes from DUO; a passed
    language part whose level (or the PIP's) is not known, so it is not counted in taalonderdelen_behaald_aantal;
    a granted ontheffing the rules have no value for; a granted partial exemption (for an exam part), which gives no
    input; a later PIP dated after the peildatum, whose route is not read; a later PIP in force beside the first PIP's
    objection term (not after a move: then it is the other municipality's); a pass before the PIP, which does not
    count, or before DUO's later PIP standing in for a first PIP not given (`examen_voor_latere_pip`) (`art_24_bedrag`,
    `pip_gegeven` and `verhuisd` as in `naar_invoer`)."""
    nl, en = VERLENGING_IN_BEHANDELING
    uit = [
        {"controle": "verlenging_in_behandeling", "pad": f"/duo/verlengingen/{i}/beoordelingAanvraag", "nl": nl, "en": en}
        for i, v in enumerate(duo.get("verlengingen") or ())
        if LEDEN["AanvraagToekenningsstatus"][v["beoordelingAanvraag"]].waarde == "in_behandeling"
        and _in_periode(peildatum, v.get("ontvangstdatum"), None)  # received after the peildatum: not yet
    ]
    if _termijn_later_gewijzigd(duo, peildatum):  # the end then is unknown: an extension before is not read
        nl, en = VERLENGING_LATER_GEWIJZIGD
        verlengd = [{"controle": "verlenging_later_gewijzigd", "pad": f"/duo/verlengingen/{i}/datumBeoordeling",
                     "nl": nl.format(datum=v["datumBeoordeling"]), "en": en.format(datum=v["datumBeoordeling"])}
                    for i, v in enumerate(duo.get("verlengingen") or ())
                    if v in _toegekende_verlengingen(duo) and _in_periode(peildatum, v.get("datumBeoordeling"), None)
                    and v.get("datumBeoordeling")]
        # without a granted request of then, an extension DUO's events date on or before the peildatum (SS103 by DUO
        # itself, SS104 on request; a review found one dropped without a word)
        uit += verlengd or [{"controle": "verlenging_later_gewijzigd", "pad": f"/duo/gebeurtenissen/{i}/gebeurtenisId",
                             "nl": nl.format(datum=dag), "en": en.format(datum=dag)}
                            for i, melding in enumerate(duo.get("gebeurtenissen") or ())
                            if melding["gebeurtenisId"] in _VERLENGD
                            and (dag := nederlandse_dag(melding["registratieDatumTijd"])) <= peildatum]
    nl, en = BOETE_ARTIKEL_ONBEKEND
    opgelegd = _opgelegd(duo, art_24_bedrag, peildatum, verhuisd)
    uit += [{"controle": "boete_artikel_onbekend", "pad": f"/duo/boetes/{i}/bedrag",
             "nl": nl.format(bedrag=f"{boete['bedrag']:g}", datum=boete["datum"]),
             "en": en.format(bedrag=f"{boete['bedrag']:g}", datum=boete["datum"])}
            for i, boete, artikel in opgelegd if artikel is None]
    nl, en = EXAMEN_NIVEAU_ONBEKEND
    _, onzeker = _taalonderdelen(duo.get("examens") or [], _pip_op(duo, peildatum, verhuisd), peildatum,
                                 _pip_dag(duo, pip_gegeven, verhuisd))
    uit += [{"controle": "examen_niveau_onbekend", "pad": f"/duo/examens/{i}/niveau", "nl": nl, "en": en}
            for i in onzeker.values()]
    ontheffingen = duo.get("ontheffingen") or []
    if ontheffingen and _ontheffing(ontheffingen, peildatum) is None:
        nl, en = ONTHEFFING_ZONDER_WAARDE
        uit += [{"controle": "ontheffing_zonder_waarde", "pad": f"/duo/ontheffingen/{i}/{soort}/grond",
                 "nl": nl.format(datum=blok.get("datumOordeel"), grond=blok["grond"]),
                 "en": en.format(datum=blok.get("datumOordeel"), grond=blok["grond"])}
                for waarde, (i, soort, blok) in _toegekend(ontheffingen, peildatum).items()
                if waarde not in _ONTHEFFINGEN]
    nl, en = GEDEELTELIJKE_VRIJSTELLING
    uit += [{"controle": "gedeeltelijke_vrijstelling", "pad": f"/duo/vrijstellingen/{i}/GedeeltelijkeVrijstelling",
             "nl": nl.format(onderdeel=v.get("examenonderdeel", "-"), niveau=v.get("examenniveau", "-"),
                             datum=v.get("datumOordeel", "-")),
             "en": en.format(onderdeel=v.get("examenonderdeel", "-"), niveau=v.get("examenniveau", "-"),
                             datum=v.get("datumOordeel", "-"))}
            for i, blok in enumerate(duo.get("vrijstellingen") or ())
            if (v := blok.get("GedeeltelijkeVrijstelling")) and LEDEN["AanvraagOordeel"][v["oordeel"]].waarde
            and _in_periode(peildatum, v.get("datumOordeel"), None)]
    if ((duo.get("doelgroep") or {}).get("gedetailleerdeDoelgroep")
            and (duo.get("inburgeringsplicht") or {}).get("indicatorInburgeringsplicht") is not False
            and (gewijzigd := _doelgroep_later_gewijzigd(duo, peildatum)) is not None):
        nl, en = DOELGROEP_LATER_GEWIJZIGD
        uit.append({"controle": "doelgroep_later_gewijzigd", "pad": "/duo/doelgroep/gedetailleerdeDoelgroep",
                    "nl": nl.format(datum=gewijzigd), "en": en.format(datum=gewijzigd)})
    latere = _latere_pip(duo, verhuisd)
    # after settling with a previous PIP, the first not in DUO's answer nor given by the case system (a review: the
    # advice to give pip_datum stood beside a pip_datum given)
    if latere is not None and latere[1] is None and pip_gegeven is None:
        gevestigd = _vestiging_met_vorige_pip(duo, verhuisd)
        nl, en = PIP_NA_VESTIGING
        uit.append({"controle": "pip_na_vestiging", "pad": "/duo/pip/pip/dagtekeningPip",
                    "nl": nl.format(datum=gevestigd), "en": en.format(datum=gevestigd)})
    if _latere_pip_na_peildatum(duo, peildatum, verhuisd):
        nl, en = LATERE_PIP_NA_PEILDATUM
        uit.append({"controle": "latere_pip_na_peildatum", "pad": "/duo/pip/pip/leerroute", "nl": nl, "en": en})
    elif latere is not None and latere[1] is not None and not (verhuisd and latere[0] >= verhuisd):
        # in force: the answer's objection term is the first PIP's; not after a move, where the later PIP is the other
        # municipality's (`pip_andere_gemeente_datum`, Bi 5.3 lid 3) and the objection term is its own (a review)
        nl, en = (tekst.format(datum=latere[0], eerste=latere[1]) for tekst in LATERE_PIP_BEZWAAR)
        uit.append({"controle": "latere_pip_bezwaartermijn", "pad": "/duo/pip/pip/dagtekeningPip", "nl": nl, "en": en})
    if (pip_dag := _pip_dag(duo, pip_gegeven, verhuisd)) is not None:
        # a later PIP standing in for the first is a lower bound, not the day itself (a read of the change)
        zeker = pip_gegeven is not None or _pip_datum(duo, verhuisd) is not None
        controle, (nl, en) = ("examen_voor_pip", EXAMEN_VOOR_PIP) if zeker else (
            "examen_voor_latere_pip", EXAMEN_VOOR_LATERE_PIP)
        uit += [{"controle": controle, "pad": f"/duo/examens/{i}/examendatum",
                 "nl": nl.format(datum=e["examendatum"], pip=pip_dag),
                 "en": en.format(datum=e["examendatum"], pip=pip_dag)}
                for i, e in enumerate(duo.get("examens") or ())
                if LEDEN["ExamenresultaatWI2021"][e["resultaat"]].waarde
                and _in_periode(peildatum, e["examendatum"], None) and not telt_op(e["examendatum"], pip_dag)]
    return uit


def duo_status(plicht: dict) -> tuple[str, str]:
    """DUO's duty status and the field it comes from: plichtig (the indicator, which wins over a reason), or the
    status its reason stands for (no reason: niet_plichtig, from the indicator)."""
    reden = plicht.get("redenGeenInburgeringsplicht")
    if plicht["indicatorInburgeringsplicht"] or not reden:
        return ("plichtig" if plicht["indicatorInburgeringsplicht"] else "niet_plichtig"), "indicatorInburgeringsplicht"
    return LEDEN["RedenGeenInburgeringsplicht"][reden].waarde, "redenGeenInburgeringsplicht"


def wettelijke_status(besluiten: dict, invoer: dict) -> str | None:
    """The law's duty status from the decisions and inputs (None: undetermined)."""
    plichtig, vrijgesteld = besluiten.get("inburgeringsplichtig"), besluiten.get("vrijgesteld")
    if plichtig is None:
        return None
    if not plichtig:
        return "niet_plichtig"
    if vrijgesteld is None:
        return None
    if vrijgesteld:
        return "vrijgesteld"
    if str(invoer.get("ontheffing", "geen")).startswith("volledig_"):
        return "ontheven"
    return "voldaan" if besluiten.get("inburgeringsplicht_voldaan") else "plichtig"


def _item(soort: str, duo_veld: str, duo_waarde, besluit: str, wet, nl: str, en: str) -> dict:
    return {"soort": soort, "duo_veld": duo_veld, "duo": duo_waarde, "besluit": besluit, "wet": wet,
            "toelichting": {"nl": nl, "en": en}}


def vergelijking(duo: dict, invoer: dict, besluiten: dict, boetes: dict, wettelijk_bedrag,
                 peildatum: str) -> list[dict]:
    """Where DUO's own figures differ from what the law gives on the facts: both values and why.

    Kinds: termijn_einde, doelgroep, plicht, vrijstelling, boete. A figure the law leaves undetermined (null)
    is not compared, and neither is what DUO decided after the peildatum, as `naar_invoer` does not read it (a
    review): a term changed or an extension granted after it, a duty ended after it, an exemption granted after it,
    a fine imposed after it. DUO's doelgroep is not compared once DUO ended the duty (it classifies obligated
    persons). A fine DUO imposed is held against the answer's fine (`boetes`: its `voorwaarden`) without the
    condition on the order of fines (`boete_art_*_eerste_of_volgende`: that one is about the next fine, and DUO's
    own fine is what closes it), and against the amount in force on its day (`wettelijk_bedrag(artikel, datum)`,
    None before the law; its art. 24 amount also tells the fines apart, `boete_artikel`). A fine of unknown
    article is not compared (`overige_waarschuwingen` names it)."""
    uit = []
    termijn = duo.get("inburgeringstermijn")
    wet_einde = besluiten.get("inburgeringstermijn_einddatum")
    toegekend = _toegekende_verlengingen(duo)
    if termijn and wet_einde and termijn["einddatum"] != wet_einde and not _termijn_later_gewijzigd(duo, peildatum):
        nl = [f"DUO: {termijn['einddatum']}; de wet op de gegeven feiten: {wet_einde} (Wi 11, 12)."]
        en = [f"DUO: {termijn['einddatum']}; the law on the facts given: {wet_einde} (Wi 11, 12)."]
        wet_start = besluiten.get("inburgeringstermijn_startdatum")
        if wet_start and wet_start != termijn["startdatum"]:
            nl.append(f"De termijn begint bij DUO op {termijn['startdatum']}, volgens de wet op {wet_start} "
                      "(dag na de dagtekening van de PIP).")
            en.append(f"DUO's term starts on {termijn['startdatum']}, the law's on {wet_start} "
                      "(day after the PIP's dagtekening).")
        if termijn.get("verlengingsgrondcode") or toegekend:
            maanden = invoer.get("termijn_verlenging_maanden", 0)
            grond = termijn.get("verlengingsgrondomschrijving") or termijn.get("verlengingsgrondcode") or "-"
            nl.append(f"DUO verlengde de termijn (grond: {grond}; toegekende aanvragen: {len(toegekend)}); "
                      f"gegeven termijn_verlenging_maanden: {maanden}.")
            en.append(f"DUO extended the term (ground: {grond}; requests granted: {len(toegekend)}); "
                      f"termijn_verlenging_maanden given: {maanden}.")
        uit.append(_item("termijn_einde", "/duo/inburgeringstermijn/einddatum", termijn["einddatum"],
                         "inburgeringstermijn_einddatum", wet_einde, " ".join(nl), " ".join(en)))
    doelgroep = _doelgroep_op(duo, peildatum)
    wet_doelgroep = besluiten.get("doelgroep")
    plicht = duo.get("inburgeringsplicht")
    beeindigd = (plicht or {}).get("indicatorInburgeringsplicht") is False
    if doelgroep.get("indeling") and wet_doelgroep is not None and not beeindigd:
        duo_doelgroep = LEDEN["Doelgroepindeling"][doelgroep["indeling"]].waarde
        if duo_doelgroep != wet_doelgroep:
            nl = (f"DUO deelt in als {duo_doelgroep}; de wet op de gegeven feiten (vergunning en verblijfsdoel, "
                  f"Wi 13 lid 1, 19): {wet_doelgroep}.")
            en = (f"DUO classifies as {duo_doelgroep}; the law on the facts given (permit and purpose, "
                  f"Wi 13(1), 19): {wet_doelgroep}.")
            wijziging = doelgroep.get("asielrechtenWijzigingVerblijfsdoel")
            if wijziging:
                lid = LEDEN["AsielrechtenWijzigingVerblijfsdoel"][wijziging]
                nl += f" DUO noemt '{wijziging}': dit {lid.nl}."
                en += f" DUO names '{wijziging}': this {lid.en}."
            uit.append(_item("doelgroep", "/duo/doelgroep/indeling", doelgroep["indeling"], "doelgroep",
                             wet_doelgroep, nl, en))
    wet_status = wettelijke_status(besluiten, invoer)
    if plicht and wet_status and _in_periode(peildatum, None if plicht["indicatorInburgeringsplicht"]
                                             else plicht.get("einddatum"), None):
        status, veld = duo_status(plicht)
        te_vergelijken = status != "voldaan" or "inburgeringsplicht_voldaan" in besluiten
        if status != wet_status and te_vergelijken:
            reden = plicht.get("redenGeenInburgeringsplicht")
            lid = LEDEN["RedenGeenInburgeringsplicht"].get(reden)
            nl = (f"DUO: {status}{f' ({reden}: {lid.nl})' if lid else ''}; de wet op de gegeven feiten: {wet_status} "
                  f"(reden_geen_inburgeringsplicht = {besluiten.get('reden_geen_inburgeringsplicht')}).")
            en = (f"DUO: {status}{f' ({reden}: {lid.en})' if lid else ''}; the law on the facts given: {wet_status} "
                  f"(reden_geen_inburgeringsplicht = {besluiten.get('reden_geen_inburgeringsplicht')}).")
            if status == "voldaan" and wet_status == "plichtig":  # the days of completion are facts, not DUO's status
                einde = plicht.get("einddatum")
                nl += (f" DUO meldt het voldoen{f' (einde van de plicht {einde})' if einde else ''}; de regels lezen het "
                       "uit de dagen van afronding: geef pvt_afgerond_datum, map_afgerond_datum en "
                       "leerroute_behaald_datum in persoon. Tot dan volgen de besluiten (ook ontzorgen, de lening en "
                       "de boetes) de gegeven feiten.")
                en += (f" DUO reports the duty met{f' (end of the duty {einde})' if einde else ''}; the rules read it "
                       "from the days of completion: give pvt_afgerond_datum, map_afgerond_datum and "
                       "leerroute_behaald_datum in persoon. Until then the decisions (also ontzorgen, the loan and the "
                       "fines) follow the facts given.")
            uit.append(_item("plicht", f"/duo/inburgeringsplicht/{veld}", status, "inburgeringsplichtig",
                             wet_status, nl, en))
    if besluiten.get("vrijgesteld") is False:  # a full exemption DUO granted that the facts given do not show
        for i, blok in enumerate(duo.get("vrijstellingen") or ()):
            gehele = blok.get("GeheleVrijstelling")
            if (not gehele or not LEDEN["AanvraagOordeel"][gehele["oordeel"]].waarde
                    or not _in_periode(peildatum, gehele.get("datumOordeel"), None)):
                continue
            lid = LEDEN["RedenVrijstellingInburgeringsplicht"][gehele["reden"]]
            reden = gehele["reden"]
            nl = (f"DUO verleende vrijstelling ({reden}: {lid.nl}); de wet op de gegeven feiten: niet "
                  "vrijgesteld (Wi 4 lid 1). Geef het feit dat de vrijstelling draagt, of volg DUO's "
                  "beschikking.")
            en = (f"DUO granted an exemption ({reden}: {lid.en}); the law on the facts given: not exempt "
                  "(Wi 4(1)). Give the fact the exemption rests on, or follow DUO's decision.")
            pad = f"/duo/vrijstellingen/{i}/GeheleVrijstelling/reden"
            uit.append(_item("vrijstelling", pad, reden, "vrijgesteld", False, nl, en))
    gezien: set[tuple[str, str]] = set()
    for i, boete, artikel in _opgelegd(duo, partial(wettelijk_bedrag, "24"), peildatum,
                                       invoer.get("brp_inschrijving_andere_gemeente_datum")):
        if artikel is None:
            continue
        besluit = BOETE_BESLUIT[artikel]
        tweede = (artikel, boete["datum"]) in gezien
        gezien.add((artikel, boete["datum"]))
        if (wet_einde and boete["datum"] <= wet_einde) or tweede:
            # Wi 24 lid 1, 25 lid 1: only once the (extended) term has passed; lid 3-4: a next one only after the
            # new term of the previous one, so never two on one day
            waarom_nl, waarom_en = ((f"de termijn liep tot en met {wet_einde}", f"the term ran until {wet_einde}")
                                    if not tweede else ("DUO legde die dag al een boete van dit artikel op",
                                                        "DUO had already imposed a fine under this article that day"))
            nl = (f"DUO legde op {boete['datum']} € {boete['bedrag']} op (gelezen als art. {artikel}); de wet geeft die "
                  f"dag geen boete onder art. {artikel}: {waarom_nl} (Wi 24 lid 1, 3 en 4; Wi 25 lid 1 en 2).")
            en = (f"DUO imposed € {boete['bedrag']} on {boete['datum']} (read as art. {artikel}); the law gives no art. "
                  f"{artikel} fine that day: {waarom_en} (Wi 24(1), (3) and (4); Wi 25(1) and (2)).")
            uit.append(_item("boete", f"/duo/boetes/{i}/bedrag", boete["bedrag"], besluit, 0, nl, en))
            continue
        wet = _wet_voor_boete(boetes.get(f"art_{artikel}"), artikel, boete["datum"], wettelijk_bedrag)
        if wet is None or (wet > 0 and boete["bedrag"] <= wet):
            continue
        if wet == 0:
            nl = (f"DUO legde op {boete['datum']} € {boete['bedrag']} op (gelezen als art. {artikel}); de wet geeft op "
                  f"de gegeven feiten geen boete onder art. {artikel} (Wi {artikel} lid 1, Wi 27).")
            en = (f"DUO imposed € {boete['bedrag']} on {boete['datum']} (read as art. {artikel}); the law gives no "
                  f"art. {artikel} fine on the facts given (Wi {artikel}(1), Wi 27).")
        else:
            nl = f"DUO legde € {boete['bedrag']} op; de wet staat onder art. {artikel} hoogstens € {wet} toe (Wi 26)."
            en = f"DUO imposed € {boete['bedrag']}; under art. {artikel} the law allows at most € {wet} (Wi 26)."
        uit.append(_item("boete", f"/duo/boetes/{i}/bedrag", boete["bedrag"], besluit, wet, nl, en))
    return uit


def _wet_voor_boete(blok: dict | None, artikel: str, datum: str, wettelijk_bedrag) -> float | None:
    """What the law gives for a fine imposed under `artikel` on `datum`: 0 when a condition of the answer's fine
    (`blok`) is not met, None when one is undetermined, else the amount in force on that day. The order of fines
    (Wi 24 lid 3-4) is left out: it is about the next fine."""
    if blok is None:
        return None
    orde = f"boete_art_{artikel}_eerste_of_volgende"
    vervuld = [v["vervuld"] for v in blok["voorwaarden"] if v["voorwaarde"] != orde]
    if None in vervuld:
        return None
    return wettelijk_bedrag(artikel, datum) if all(vervuld) else 0


def nederlandse_tijd(tijdstip: str) -> datetime:
    """DUO's instant as Dutch wall-clock time (naive): one without an offset already is; one with an offset
    in CET (UTC+1), or CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October
    01:00 UTC (the EU rule since 1996), without tz data."""
    moment = datetime.fromisoformat(tijdstip)
    if moment.tzinfo is None:
        return moment
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    zomer = _laatste_zondag_1_uur(utc.year, 3) <= utc < _laatste_zondag_1_uur(utc.year, 10)
    return utc + timedelta(hours=2 if zomer else 1)


def nederlandse_dag(tijdstip: str) -> str:
    """The day (JJJJ-MM-DD) of DUO's instant in Dutch time (`nederlandse_tijd`)."""
    return nederlandse_tijd(tijdstip).date().isoformat()


def _laatste_zondag_1_uur(jaar: int, maand: int) -> datetime:
    """01:00 (UTC) on the last Sunday of March or October (both have 31 days)."""
    return datetime(jaar, maand, 31 - (date(jaar, maand, 31).weekday() + 1) % 7, 1)


def gebeurtenissen(duo: dict, taal: str) -> list[dict]:
    """DUO's events as timeline items: Dutch date (`nederlandse_tijd`), id, meaning (in `taal` and in both
    languages), APIs to query."""
    uit = []
    for melding in duo.get("gebeurtenissen") or ():
        code = melding["gebeurtenisId"]
        nl, en, raadplegen = GEBEURTENISSEN.get(code, (*ONBEKENDE_GEBEURTENIS, ()))
        tijdstip = melding["registratieDatumTijd"]
        uit.append({
            "datum": nederlandse_dag(tijdstip),
            "naam": code,
            "soort": "duo",
            "omschrijving": en if taal == "en" else nl,
            "betekenis": {"nl": nl, "en": en},
            "tijdstip": tijdstip,
            "raadplegen": list(raadplegen),
        })
    return uit
