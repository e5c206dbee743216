"""Deterministic explanations (`uitleg: {nl, en}`) of decisions, from templates.

No language model: each sentence is filled in with the values that decided the outcome. The Dutch
label of a variable is its `label` in the rules; the English one is the vocabulary's meaning
(`EN`), with the name itself as fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache, partial

import numpy

from inburgering_rules.datums import loopt_na_bekendmaking, plus_dagen, plus_weken
from inburgering_rules.enums import VERGUNNING_ART_8_A, VERGUNNING_ART_8_C, VERGUNNING_ART_8_E, WI_3_LID_2
from inburgering_rules.geld import CENT, centen
from inburgering_rules.geldend_recht import begin_op_dag, waarde_op_dag
from inburgering_rules.hervormingen import basissysteem, zoek_parameter
from inburgering_rules.instrumenten import wet
from inburgering_rules.inschrijving import (
    ingeschreven_als_plichtige,
    nog_niet_ingeschreven,
    verhuisd_als_plichtige,
)
from inburgering_rules.kalender import atw_van_toepassing, laatste_gedekte_dag, soort_vrije_dag, weekdag
from inburgering_rules.leeftijd import dag_pensioengerechtigd
from inburgering_rules.leenrecht import aanloopfase_begin, aanspraak_bi_6_1_vanaf, terugbetaling_vanaf
from inburgering_rules.meetellen import MEETELLEND, telt_op, termijn_aanvang
from inburgering_rules.publiek import GEBEURTENIS_ALLEEN_ALS, GELD, NIET_TE_DATEREN, ONBEKEND_ALS
from inburgering_rules.verlenging import aanvraag_vanaf, aanzienlijke_inspanningen
from inburgering_rules.notatie import als_procent, bedrag, datum_voluit, duur, getal, hoofdletter

EN = {
    # decisions
    "inburgeringsplichtig": "Obligated to integrate under the Wi 2021",
    "reden_geen_inburgeringsplicht": "Reason for not being obligated",
    "doelgroep": "Target group",
    "vrijgesteld": "Exempted",
    "vrijstellingsgrond": "Ground for exemption",
    "pvt_verplicht": "Must complete the PVT",
    "map_verplicht": "Must complete the MAP",
    "maatschappelijke_begeleiding_recht": "Entitled to social guidance",
    "maatschappelijke_begeleiding_startdatum": "Start of social guidance",
    "ontzorgen_verplicht": "Falls under mandatory 'ontzorgen'",
    "ontzorgen_startdatum": "Start of 'ontzorgen'",
    "ontzorgen_einddatum": "End of 'ontzorgen'",
    "ontzorgen_actief": "'Ontzorgen' active on the reference date",
    "pip_uiterste_datum": "Last day for the municipality to adopt the PIP",
    "pip_bezwaartermijn_einddatum": "Last day to object to the PIP",
    "inburgeringstermijn_startdatum": "Start of the integration term",
    "inburgeringstermijn_einddatum": "End of the integration term (extensions included)",
    "pvt_uiterste_datum": "Last day to complete the PVT",
    "map_uiterste_datum": "Last day to complete the MAP",
    "leerroute_wijziging_uiterste_datum": "Last day the learning route may be changed",
    "leerroute_aanbod_door_gemeente": "Municipality must offer the course",
    "lening_maximum_bedrag": "Maximum DUO loan",
    "leenrecht_einddatum": "End of the loan entitlement",
    "b1_route_mogelijk": "B1 route open",
    "onderwijsroute_mogelijk": "Education route open",
    "z_route_mogelijk": "Z route open",
    "z_route_cursusuren_vereist": "Z route: course hours required",
    "z_route_participatie_uren_vereist": "Z route: participation hours required",
    "z_route_afgerond": "Z route completed",
    "afschalen_naar_a2_mogelijk": "Lowering B1 to A2 possible",
    "verlenging_aanzienlijke_inspanning_mogelijk": "Extension of the term for significant effort (Bi 4.4) possible",
    "verlenging_niet_verwijtbaar_mogelijk": "Extension because the overrun is not culpable",
    "boete_art_22_bedrag": "Fine art. 22 (intake)",
    "boete_art_23_bedrag": "Fine art. 23 (PIP cooperation)",
    "boete_art_24_bedrag": "Fine art. 24 (PVT/MAP)",
    "boete_art_25_maximum_bedrag": "Maximum fine art. 25 (route)",
    "gemeentelijk_boeteplafond_resterend_bedrag": "Remaining under the municipal cap on fines",
    "inburgeringsplicht_voldaan": "Integration duty met",
    "inburgeringsplicht_voldaan_datum": "Day the integration duty was met",
    "nieuwe_termijn_art_24_einddatum": "End of the new term in DUO's art. 24 fine decision (PVT/MAP)",
    "nieuwe_termijn_art_25_einddatum": "End of the new term in DUO's art. 25 fine decision (route)",
    "volgende_boete_art_24_mogelijk_vanaf": "First day DUO imposes the next art. 24 fine if the PVT or MAP is still "
                                            "not done",
    "volgende_boete_art_25_mogelijk_vanaf": "First day DUO imposes the next art. 25 fine if the route is still not "
                                            "achieved",
    "boete_art_22_nieuwe_termijn_uiterste_datum": "Latest end of the new term in the art. 22 fine decision",
    "boete_art_24_bezwaartermijn_einddatum": "Last day to object to the art. 24 fine decision",
    "boete_art_25_bezwaartermijn_einddatum": "Last day to object to the art. 25 fine decision",
    "lening_terugbetaling_startdatum": "Start of loan repayment",
    # inputs
    "geboortedatum": "date of birth",
    "nationaliteit": "nationality",
    "verblijfsvergunning": "residence permit",
    "verblijfsdoel": "purpose of residence",
    "verblijf_verkregen_datum": "date lawful residence was acquired",
    "inburgeringsplichtig_wi2013": "the Wi 2013 applied to him on the day before this act entered into force",
    "familielid_eu_burger": "family member of an EU/EEA/Swiss national",
    "elders_ingeburgerd_langdurig_ingezetene": "integrated elsewhere for EU long-term residence",
    "leerplichtig_geweest_jaren": "years of compulsory education in NL",
    "vrijstellend_diploma": "holds an exempting diploma",
    "leerplichtig_of_kwalificatieplichtig": "currently of compulsory school age",
    "opleiding_naar_vrijstellend_diploma": "follows a course towards an exempting diploma",
    "vrijstelling_wi2013_art_5_lid_1_e": "has an exemption under art. 5(1)(e) of the Civic Integration Act (2013)",
    "voldoende_ingeburgerd_vastgesteld": "the Minister established sufficient integration",
    "brp_inschrijving_onafgebroken_jaren": "uninterrupted years in the BRP",
    "werk_of_vrijwilligerswerk_jaren": "years of (volunteer) work in NL",
    "b1_spreken_luisteren_vastgesteld": "B1 speaking and listening established",
    "ontheffing": "dispensation",
    "ontheffing_participatiegedeelte_z_route": "partial dispensation covers the Z route's participation part",
    "kennisgeving_inburgeringsplicht_datum": "DUO's notification of the obligation",
    "brp_inschrijving_datum": "BRP registration",
    "pip_datum": "date of the PIP",
    "pip_bekendmaking_datum": "PIP made known",
    "bijstand_recht_datum": "right to social assistance",
    "leerroute": "learning route",
    "wil_vervolgonderwijs": "wants further education",
    "grote_kans_diploma_na_taalschakeltraject": "good chance of a diploma after a language bridging course",
    "examen_en_onderwijsroute_niet_haalbaar": "exam and education route not achievable",
    "pvt_afgerond_datum": "PVT completed",
    "map_afgerond_datum": "MAP completed",
    "leerroute_behaald_datum": "learning route achieved",
    "nt2_lesuren_keurmerk": "NT2 course hours (keurmerk)",
    "lesuren_gevolgd": "course hours attended",
    "alle_lessen_gevolgd": "all lessons attended",
    "taalonderdelen_behaald_aantal": "language exam parts passed",
    "knm_behaald": "KNM exam passed",
    "z_route_cursusuren": "Z route course hours",
    "z_route_participatie_uren": "Z route participation hours",
    "z_route_pvt_map_uren": "Z route PVT/MAP hours",
    "z_route_eindgesprek_gevoerd": "Z route final interview held",
    "termijn_verlenging_maanden": "term extensions in months",
    "brede_intake_niet_verschenen_na_herhaalde_oproep": "did not appear for the intake after a repeat call",
    "pip_onvoldoende_medewerking": "did not cooperate with the PIP",
    "boete_art_23_eerdere_aantal": "earlier art. 23 fines in 12 months",
    "verwijtbaarheid": "culpability",
    "gemeentelijke_boetes_opgelegd_bedrag": "municipal fines already imposed",
    "bijstand_verlaagd_zelfde_gedraging": "social assistance lowered for the same conduct",
    "bijstand_verlaagd_gedraging_art_22": "social assistance lowered for the art. 22 conduct (broad intake)",
    "bijstand_verlaagd_gedraging_art_23": "social assistance lowered for the art. 23 conduct (PIP)",
    "bijstand_verlaagd_gedraging_art_24": "social assistance lowered for the art. 24 conduct (PVT or MAP)",
    "bijstand_verlaagd_gedraging_art_25": "social assistance lowered for the art. 25 conduct (learning route)",
    "boete_art_22_lid_3_opgelegd": "the fine of art. 22(3) was imposed",
    "verblijfsvergunning_niet_verlengd_of_ingetrokken": "permit not extended or withdrawn",
    "brp_inschrijving_andere_gemeente_datum": "registration in another municipality after moving",
    "pip_andere_gemeente_datum": "PIP adopted by the other municipality after moving",
    "pip_informatie_derde_opgevraagd_datum": "information requested from a third party for the PIP",
    "pip_zonder_informatie_derde_niet_mogelijk": "PIP cannot be adopted without the third party's information",
    "pip_informatie_derde_ontvangen_datum": "third party's information received",
    "verhindering_niet_verwijtbaar": "prevented from taking part, not culpably (Minister's judgment)",
    "niet_vrijstellende_opleiding_startdatum": "start of a designated non-exempting course",
    "niet_vrijstellende_opleiding_beeindigd_datum": "non-exempting course completed or ended",
    "leerroute_wijziging_bijzonder_geval": "special case for changing the route late (municipality's judgment)",
    "boete_art_24_bekendmaking_datum": "art. 24 fine decision made known",
    "boete_art_25_bekendmaking_datum": "art. 25 fine decision made known",
    "boete_art_24_nieuwe_termijn_maanden": "new term in the art. 24 fine decision (months)",
    "boete_art_25_nieuwe_termijn_maanden": "new term in the art. 25 fine decision (months)",
    "taalschakeltraject_afgerond": "completed the language bridging programme of the education route (not given: no)",
    "boete_art_24_nieuwe_termijn_verlenging_maanden": "extensions granted of the new term of the art. 24 fine decision "
    "(months, added up; not given: none)",
    "boete_art_25_nieuwe_termijn_verlenging_maanden": "extensions granted of the new term of the art. 25 fine decision "
    "(months, added up; not given: none)",
    "boete_art_24_aantal": "art. 24 fines imposed so far",
    "boete_art_25_aantal": "art. 25 fines imposed so far",
    "boete_art_22_bekendmaking_datum": "first art. 22 fine decision made known",
    "z_route_uren_in_mindering_gebracht": "Z route hours the municipality decided to deduct",
    "z_route_cursusuren_voor_wijziging": "course hours before the change to the Z route",
    "brede_intake_niet_verschenen_binnen_nieuwe_termijn": "did not appear for the intake within the new term",
    "brede_intake_oproepen_zonder_verschijnen_aantal": "intake calls without appearance",
}

# English wording of every enum member, per enum (the same member name means different things in
# different enums: `geen` is "no permit", "no dispensation", ...). A test checks that none is missing.
EN_LEDEN = {
    "Verblijfsvergunning": {
        "geen": "no residence permit",
        "regulier_bepaalde_tijd": "regular fixed-term residence permit (art. 14 Vw, art. 8 a)",
        "asiel_bepaalde_tijd": "fixed-term asylum residence permit (art. 28 Vw, art. 8 c)",
        "regulier_onbepaalde_tijd": "regular permanent residence permit (art. 20 Vw)",
        "asiel_onbepaalde_tijd": "permanent asylum residence permit (art. 33 Vw)",
        "gemeenschapsrecht": "residence under EU law (art. 8 e Vw)",
        "overig_rechtmatig_verblijf": "other lawful residence (other grounds of art. 8 Vw)",
    },
    "Verblijfsdoel": {
        "onbekend": "unknown",
        "gezinsmigratie": "residence as a family member (not temporary)",
        "gezinslid_van_asielstatushouder": "family member of a holder of an asylum permit or of an EU long-term "
                                           "residence permit noting international protection (Wi 13(1)(b))",
        "geestelijk_bedienaar": "minister of religion",
        "overig_niet_tijdelijk": "other non-temporary purpose",
        "gezinslid_van_tijdelijk_verblijvende": "family member of a person staying for a temporary purpose",
        "vermogende_vreemdeling": "wealthy foreign national",
        "arbeid_als_zelfstandige": "self-employment",
        "kennismigrant": "highly skilled migrant",
        "europese_blauwe_kaart": "EU Blue Card holder",
        "seizoenarbeid": "seasonal work",
        "overplaatsing_binnen_onderneming": "intra-corporate transfer",
        "arbeid_in_loondienst": "paid employment",
        "grensoverschrijdende_dienstverlening": "cross-border services",
        "onderzoek": "research under Directive (EU) 2016/801",
        "lerend_werken": "work-based learning",
        "militair_of_burgerpersoneel": "non-privileged military or civilian staff",
        "studie": "study",
        "zoeken_en_verrichten_van_arbeid": "seeking and performing work",
        "uitwisseling": "exchange",
        "medische_behandeling": "medical treatment",
        "tijdelijke_humanitaire_gronden": "temporary humanitarian grounds",
        "afwachten_verzoek_rwn_art_17": "awaiting a request under art. 17 of the Nationality Act",
        "overig_tijdelijk": "other purpose designated as temporary (art. 3.5(4) Vb 2000)",
    },
    "Ontheffing": {
        "geen": "no dispensation",
        "volledig_belemmering": "full dispensation for an impediment or limitation (Wi 5(1))",
        "gedeeltelijk_belemmering": "partial dispensation for an impediment or limitation (Wi 5(1))",
        "volledig_bijzondere_omstandigheden": "dispensation for special individual circumstances (Wi 5(2))",
    },
    "Leerroute": {
        "nog_niet_vastgesteld": "not yet set",
        "b1_route": "B1 route",
        "onderwijsroute": "education route",
        "z_route": "self-reliance route (Z route)",
    },
    "Verwijtbaarheid": {
        "onbekend": "not yet established",
        "opzet": "intent",
        "grove_schuld": "gross negligence",
        "geen_opzet_of_grove_schuld": "neither intent nor gross negligence",
        "verminderd_verwijtbaar": "reduced culpability",
    },
    "RedenGeenInburgeringsplicht": {
        "niet_van_toepassing": "not applicable: obligated",
        "wet_inburgering_2013": "the Wet inburgering (2013) continues to apply",
        "verblijf_voor_inwerkingtreding": "residence acquired before 1 January 2022",
        "eu_eer_zwitserland": "national of an EU or EEA state or Switzerland",
        "familielid_eu_burger": "family member of an EU/EEA/Swiss national",
        "elders_ingeburgerd": "integrated elsewhere for long-term residence",
        "geen_verblijf_art_8_a_of_c": "no lawful residence under art. 8 a or c Vw 2000",
        "tijdelijk_verblijfsdoel": "residence for a temporary purpose",
        "jonger_dan_16": "younger than 16 when residence was acquired",
        "pensioengerechtigde_leeftijd": "state pension age reached when residence was acquired",
    },
    "Doelgroep": {
        "geen": "none (not obligated)",
        "asielstatushouder": "asylum permit holder (Wi 13(1))",
        "gezinsmigrant_of_overige_migrant": "family or other migrant (Wi 19)",
    },
    "Vrijstellingsgrond": {
        "geen": "no exemption",
        "acht_jaar_leerplichtig": "at least eight years of compulsory education",
        "diploma": "designated diploma",
        "leerplichtig_of_kwalificatieplichtig": "of compulsory school age",
        "opleiding": "follows a course towards a designated diploma",
        "voldoende_ingeburgerd": "has shown to be sufficiently integrated",
    },
}

# What would change the outcome, per decision and outcome: f(bron) -> (nl, en), with the law's numbers from the system.
def _plicht_zou_veranderen(bron):
    """What would make the person not obligated. A temporary purpose only for a regular permit: the purpose of an
    asylum permit's holder is not temporary (Bi 2.2 lid 3); a minister of religion is obligated even with one
    (Wi 3 lid 1 b), so for him only one that is not his own."""
    dag = _inwerkingtreding(bron)
    vanaf = dag[:4] if dag.endswith("-01-01") else dag  # "vóór 2022", or the whole day of another date
    if bron.invoer.get("verblijfsvergunning") == VERGUNNING_ART_8_C.name:
        return ("Niet inburgeringsplichtig bij bijvoorbeeld een EU/EER/Zwitserse nationaliteit of verblijf verkregen "
                f"vóór {vanaf}.",
                f"Not obligated with e.g. an EU/EEA/Swiss nationality or residence acquired before {vanaf}.")
    if bron.invoer.get("verblijfsdoel") == "geestelijk_bedienaar":  # Wi 3 lid 1 b: obligated whatever the purpose
        return ("Niet inburgeringsplichtig bij bijvoorbeeld een EU/EER/Zwitserse nationaliteit, verblijf verkregen "
                f"vóór {vanaf}, of verblijf voor een tijdelijk doel als hij geen geestelijk bedienaar is (art. 3 "
                "lid 1 onder b maakt de geestelijk bedienaar ook dan plichtig).",
                f"Not obligated with e.g. an EU/EEA/Swiss nationality, residence acquired before {vanaf}, or residence "
                "for a temporary purpose if he is not a minister of religion (art. 3(1)(b) obligates a minister of "
                "religion even then).")
    return ("Niet inburgeringsplichtig bij bijvoorbeeld een EU/EER/Zwitserse nationaliteit, een tijdelijk "
            f"verblijfsdoel of verblijf verkregen vóór {vanaf}.",
            "Not obligated with e.g. an EU/EEA/Swiss nationality, a temporary purpose of residence or residence "
            f"acquired before {vanaf}.")


def _vrijstelling_zou_veranderen(bron):
    jaren_nl, jaren_en = _termijn(bron, "vrijstelling_ontheffing.leerplicht_minimum_jaren", "jaren")
    return (f"Vrijstelling volgt uit bijvoorbeeld {jaren_nl} leerplicht, een aangewezen diploma of aangetoonde "
            "inburgering.",
            f"An exemption follows from e.g. {jaren_en} of compulsory education, a designated diploma or shown "
            "integration.")


ZOU_VERANDEREN = {
    ("inburgeringsplichtig", True): _plicht_zou_veranderen,
    ("vrijgesteld", False): _vrijstelling_zou_veranderen,
}


# Sentences that name the fact and the rule behind a deadline or amount: {decision: f(besluiten, invoer) -> (nl, en)}.
def _atw(bron, datum, termijnen: tuple[tuple[str, int], ...]) -> tuple[str, str]:
    """The Algemene termijnenwet sentence for deadline `datum`, set by `termijnen`: each (the day of the event
    that makes it run, its number of weeks). A term the Atw reaches under the deciding system (art. 4 onder a
    as the rule applies it: `atw_van_toepassing` with the system's numbers on the term's first day) moves off
    a free day, with a warning after the last decree that system knows; of a term it does not reach, the
    sentence says so."""
    return bron.eenmalig(("atw", datum, termijnen), _atw_zinnen, bron, datum, termijnen, dag=datum)


def _atw_zinnen(bron, datum, termijnen) -> tuple[str, str]:
    atw = bron.parameters.termijnen.atw
    bereikt, buiten = False, {}
    for gebeurtenis, weken in termijnen:
        eerste = _dag_erbij(gebeurtenis, 1)
        if _op_een_dag(partial(atw_van_toepassing, "weken", weken, atw=atw), eerste):
            bereikt = True
        else:
            buiten[weken, bron.wet("termijnen.atw.bovengrens_weken", eerste)] = None
    nl, en = [], []
    if bereikt:
        nl.append("Eindigt die termijn op een zaterdag, zondag, feestdag, Goede Vrijdag of bij besluit "
                  "gelijkgestelde dag, dan de eerstvolgende dag die dat niet is (Algemene termijnenwet "
                  "art. 1, 3).")
        en.append("When it ends on a Saturday, Sunday, public holiday, Good Friday or a day made equal to "
                  "one by decree, it moves to the next day that is none of these (Algemene termijnenwet "
                  "art. 1, 3).")
        laatste = str(bron.eenmalig(("atw_laatste_gedekte_dag",), laatste_gedekte_dag, atw))
        if str(datum) > laatste:
            nl.append(f"Voor dagen na {laatste} kent dit pakket geen gelijkstellingsbesluit (art. 3 lid 3); "
                      "een later besluit kan deze datum nog verschuiven.")
            en.append(f"The package knows no decree for days after {laatste} (art. 3(3)); a later decree "
                      "may still move this date.")
        if verschoven := _verschoven(atw, datum, [t for t in termijnen if t[1] not in {w for w, _ in buiten}]):
            nl.append(verschoven[0])
            en.append(verschoven[1])
    for weken, grens in buiten:
        nl.append(f"De termijn van {duur(weken, 'weken', 'nl')} verlengt de Algemene termijnenwet niet: zij "
                  f"geldt niet voor een termijn van meer dan {duur(grens, 'weken', 'nl')} (art. 4 onder a).")
        en.append(f"The Algemene termijnenwet does not extend the term of {duur(weken, 'weken', 'en')}: it "
                  f"does not apply to a term of more than {duur(grens, 'weken', 'en')} (art. 4(a)).")
    return " ".join(nl), " ".join(en)


# A free day's kind (`kalender.soort_vrije_dag`) in words, and the weekdays, (nl, en).
_VRIJE_DAG = {"zaterdag": ("een zaterdag", "a Saturday"), "zondag": ("een zondag", "a Sunday"),
              "feestdag": ("een algemeen erkende feestdag", "a public holiday"),
              "goede_vrijdag": ("Goede Vrijdag", "Good Friday"),
              "gelijkgesteld": ("bij besluit met een feestdag gelijkgesteld", "made equal to a public holiday by "
                                "decree")}
_WEEKDAGEN = (("maandag", "Monday"), ("dinsdag", "Tuesday"), ("woensdag", "Wednesday"), ("donderdag", "Thursday"),
              ("vrijdag", "Friday"), ("zaterdag", "Saturday"), ("zondag", "Sunday"))


def _verschoven(atw, datum, termijnen) -> tuple[str, str] | None:
    """Why deadline `datum` lies after the last day of its term (a review: the date moved without a word): the
    term's last day and each free day from it (Atw art. 1 lid 1, 3). None when no term ends on a free day right
    before `datum`."""
    for gebeurtenis, weken in termijnen:
        einde = _op_een_dag(partial(plus_weken, weken=weken), gebeurtenis)  # "binnen N weken na D", as the rule
        if not (einde and datum and einde < str(datum)):
            continue
        dagen = [str(d) for d in numpy.arange(numpy.datetime64(einde), numpy.datetime64(str(datum)))]
        soorten = [soort_vrije_dag(d, atw) for d in dagen]
        if None in soorten:  # not Atw art. 1 lid 1 alone (art. 2, or another term): no sentence
            continue
        dag_van = {taal: lambda d, t=t: f"{_WEEKDAGEN[_op_een_dag(weekdag, d)][t]} {d}"
                   for taal, t in (("nl", 0), ("en", 1))}
        vrij_nl = "; ".join(f"{d} is {_VRIJE_DAG[s][0]}" for d, s in zip(dagen, soorten, strict=True))
        vrij_en = "; ".join(f"{d} is {_VRIJE_DAG[s][1]}" for d, s in zip(dagen, soorten, strict=True))
        return (f"{hoofdletter(duur(weken, 'weken', 'nl'))} eindigen op {dag_van['nl'](einde)}; {vrij_nl}: de "
                f"termijn loopt tot en met {dag_van['nl'](str(datum))} (art. 1 lid 1).",
                f"{hoofdletter(duur(weken, 'weken', 'en'))} end on {dag_van['en'](einde)}; {vrij_en}: the term "
                f"runs until {dag_van['en'](str(datum))} (art. 1(1)).")
    return None


def _termijn(bron, pad: str, eenheid: str, dag: str | None = None, groot: bool = False) -> tuple[str, str]:
    """A term of the law in words, (nl, en), from its parameter in this system on `dag` (`Bron.wet`);
    `groot`: with a capital, to open a sentence."""
    sleutel = ("termijn", pad, eenheid, dag, groot)
    return bron.eenmalig(sleutel, _termijn_in_woorden, bron, pad, eenheid, dag, groot, dag=dag)


def _dag_erbij(dag: str | None, dagen: int) -> str | None:
    """An ISO day `dagen` days later (earlier when negative), by `datums.plus_dagen`; None stays None."""
    return str(plus_dagen(numpy.datetime64(dag, "D"), dagen)) if dag else None


def _termijn_in_woorden(bron, pad: str, eenheid: str, dag: str | None, groot: bool) -> tuple[str, str]:
    aantal = bron.wet(pad, dag)
    nl, en = duur(aantal, eenheid, "nl"), duur(aantal, eenheid, "en")
    return (hoofdletter(nl), hoofdletter(en)) if groot else (nl, en)


def _op_een_dag(regel, *dagen):
    """A vectorised rule of `inburgering_rules` on one person's ISO days (None: not given): a day as ISO text
    (NaT: None), any other outcome as a Python value."""
    uitkomst = numpy.asarray(regel(*([numpy.datetime64(d or "NaT", "D")] for d in dagen)))[0]
    if uitkomst.dtype.kind == "M":
        return None if numpy.isnat(uitkomst) else str(uitkomst)
    return uitkomst.item()


def _tekst_2023(bron, dag: str | None) -> bool:
    """Whether the rules apply Bi 5.3 as of 2023-01-01 on `dag` (counting from DUO's notification), read as
    `pip_uiterste_datum` reads it: one test for the explanation's branches and its lid numbers."""
    return bron.wet("termijnen.pip_termijn_aanvang", dag, terugval=False) == "kennisgeving"


def _bi_5_3_lid(lid: int, tekst_2023: bool) -> int:
    """The number of Bi 5.3's `lid` (numbered as since 2023) in the text the rules apply (`_tekst_2023`): the text
    of 2023-01-01 inserted lid 2 (the third party's information), so leden 3 to 5 were 2 to 4 before (a reform that
    moves the text moves the numbering with it)."""
    return lid - 1 if lid >= 3 and not tekst_2023 else lid


def _bi_5_4_lid(lid: int, bron) -> int:
    """The number of Bi 5.4's `lid` (numbered as since 2023) in the text the rules apply: the text of 2023-01-01
    inserted lid 2 (a non-exempting course ended late, `termijnen.leerroute_wijziging_na_opleiding`), so leden 3 and
    4 were 2 and 3 before (as `_bi_5_3_lid` does for Bi 5.3)."""
    return lid if lid < 2 or bron.wet("termijnen.leerroute_wijziging_na_opleiding") else lid - 1


_PIP_FEITEN = ("brp_inschrijving_datum", "verblijf_verkregen_datum", "brp_inschrijving_andere_gemeente_datum",
               "pip_datum")


def _pip_dagen(b, i, bron) -> tuple[str | None, str | None, str | None]:
    """As the rule (I9): the registration as the obligated person, the move of Bi 5.3 lid 3 (after the first PIP)
    and the day whose text applies (the rule's own `pip_termijn_tekstdag`, computed with the answer). The first two
    once per evaluation for the same days (the PIP's sentence and its objection's both read them)."""
    dagen = tuple([i.get(naam) for naam in _PIP_FEITEN])
    inschr, andere = bron.eenmalig(("pip_dagen", *dagen), _pip_dagen_op, *dagen, dag=dagen)
    return inschr, andere, b.get("pip_termijn_tekstdag")


def _pip_dagen_op(inschrijving, verkregen, andere, pip) -> tuple[str | None, str | None]:
    inschr = _op_een_dag(ingeschreven_als_plichtige, inschrijving, verkregen)
    return inschr, andere and _op_een_dag(verhuisd_als_plichtige, andere, verkregen, pip)


def _pip(b, i, bron=None):
    kennis, gegeven = i.get("kennisgeving_inburgeringsplicht_datum"), i.get("brp_inschrijving_datum")
    ontvangen = i.get("pip_informatie_derde_ontvangen_datum")
    inschr, andere, regimedag = _pip_dagen(b, i, bron)
    eerder_ingeschreven = gegeven if gegeven and inschr and inschr != gegeven else None
    weken_nl, weken_en = _termijn(bron, "termijnen.pip_weken", "weken", regimedag, groot=True)
    vanaf_2023 = _tekst_2023(bron, regimedag)
    gebeurtenis = andere or inschr  # the day that makes the term of lid 1 or 3 run (the notice: below)
    if andere:
        lid = _bi_5_3_lid(3, vanaf_2023)
        kern = (f"{weken_nl} na de inschrijving in de nieuwe gemeente op {andere} (Bi 5.3 lid {lid}).",
                f"{weken_en} after registration in the new municipality on {andere} (Bi 5.3({lid})).")
    elif kennis and vanaf_2023 and not _op_een_dag(
        partial(nog_niet_ingeschreven, i.get("verblijfsvergunning") == VERGUNNING_ART_8_C.name), kennis, inschr
    ):
        jaar = bron.sinds("termijnen.pip_termijn_aanvang", regimedag)[:4]  # the text that applied on that day
        gebeurtenis = kennis
        kern = (f"{weken_nl} na de kennisgeving door DUO op {kennis} (Bi 5.3 lid 1, tekst vanaf {jaar}).",
                f"{weken_en} after DUO's notification on {kennis} (Bi 5.3(1), text from {jaar}).")
    elif eerder_ingeschreven:
        sinds = eerder_ingeschreven
        kern = (f"{weken_nl} na de verkrijging van het verblijf op {inschr}, de dag waarop de persoon die al "
                f"sinds {sinds} in de BRP stond inburgeringsplichtig werd (Bi 5.3 lid 1, Wi 3 lid 3).",
                f"{weken_en} after the residence was obtained on {inschr}, the day the person registered in "
                f"the BRP since {sinds} became obligated (Bi 5.3(1), Wi 3(3)).")
    else:
        kern = (f"{weken_nl} na de inschrijving in de BRP op {inschr} (Bi 5.3 lid 1).",
                f"{weken_en} after BRP registration on {inschr} (Bi 5.3(1)).")
    termijnen = ((gebeurtenis, bron.wet("termijnen.pip_weken", regimedag)),)
    # as the rule: requested within the term of lid 1, so on or before the answer (which is then at least that term;
    # a request after it leaves the term of lid 1, earlier than the request)
    opgevraagd, uiterste = i.get("pip_informatie_derde_opgevraagd_datum"), b.get("pip_uiterste_datum")
    lid_2 = (vanaf_2023 and opgevraagd and uiterste and opgevraagd <= uiterste
             and i.get("pip_zonder_informatie_derde_niet_mogelijk"))
    if lid_2 and ontvangen and not andere:
        termijnen += ((ontvangen, bron.wet("termijnen.pip_informatie_derde_weken", regimedag)),)
        derde_nl, derde_en = _termijn(bron, "termijnen.pip_informatie_derde_weken", "weken", regimedag)
        if ontvangen > bron.peildatum:  # still waiting on the peildatum: the receipt is to come
            derde = ((f" Het college wacht op informatie van een derde, te ontvangen op {ontvangen}: uiterlijk "
                      f"{derde_nl} daarna, niet eerder (Bi 5.3 lid 2)."),
                     (f" The municipality awaits a third party's information, to be received on {ontvangen}: at the "
                      f"latest {derde_en} after it, never earlier (Bi 5.3(2))."))
        else:
            derde = ((f" Het college wachtte op informatie van een derde: uiterlijk {derde_nl} na ontvangst op "
                      f"{ontvangen}, niet eerder (Bi 5.3 lid 2)."),
                     (f" The municipality awaited a third party's information: at the latest {derde_en} after "
                      f"receiving it on {ontvangen}, never earlier (Bi 5.3(2))."))
        kern = (kern[0] + derde[0], kern[1] + derde[1])
    atw = _atw(bron, b.get("pip_uiterste_datum"), termijnen)
    return kern[0] + " " + atw[0], kern[1] + " " + atw[1]


def _bezwaar_zin(bron, bekend, einde, besluit_nl, besluit_en, dagtekening: bool = False):
    """The objection term from the day after `bekend`; with `dagtekening` that day is the decision's date, because the
    day it was made known is not given."""
    atw = _atw(bron, einde, ((bekend, bron.wet("termijnen.bezwaartermijn_weken", bekend)),))
    weken_nl, weken_en = _termijn(bron, "termijnen.bezwaartermijn_weken", "weken", bekend, groot=True)
    if dagtekening:
        return (f"{weken_nl} vanaf de dag na de bekendmaking van {besluit_nl} (Awb 6:7, 6:8); die dag is niet "
                f"gegeven (pip_bekendmaking_datum), dus gerekend vanaf de dagtekening op {bekend}, de vroegste dag "
                "van bekendmaking. " + atw[0],
                f"{weken_en} from the day after {besluit_en} was made known (Awb 6:7, 6:8); that day is not given "
                f"(pip_bekendmaking_datum), so counted from its date, {bekend}, the earliest day it can be made "
                "known. " + atw[1])
    return (f"{weken_nl} vanaf de dag na de bekendmaking van {besluit_nl} op {bekend} (Awb 6:7, 6:8). " + atw[0],
            f"{weken_en} from the day after {besluit_en} was made known on {bekend} (Awb 6:7, 6:8). " + atw[1])


def _bezwaar(b, i, bron=None):
    """The plan the term counts from, as the rule: after a move of Bi 5.3 lid 3 (2022 text: lid 2) the other
    municipality's plan."""
    _, verhuisd, regimedag = _pip_dagen(b, i, bron)
    if verhuisd and i.get("pip_andere_gemeente_datum"):
        lid = _bi_5_3_lid(3, _tekst_2023(bron, regimedag))
        return _bezwaar_zin(bron, i["pip_andere_gemeente_datum"], b.get("pip_bezwaartermijn_einddatum"),
                            f"het PIP van de andere gemeente (Bi 5.3 lid {lid}; de dagtekening)",
                            f"the other municipality's PIP (Bi 5.3({lid}); its date)")
    bekend = i.get("pip_bekendmaking_datum")  # without it the rule counts from the date, the earliest day possible
    return _bezwaar_zin(bron, bekend or i.get("pip_datum"), b.get("pip_bezwaartermijn_einddatum"), "het PIP", "the PIP",
                        dagtekening=not bekend)


def _termijn_einde(b, i, bron=None):
    verlengd = int(i.get("termijn_verlenging_maanden") or 0)
    extra_nl = f", plus {duur(verlengd, 'maanden', 'nl')} verlenging (Wi 12)" if verlengd else ""
    extra_en = f", plus {duur(verlengd, 'maanden', 'en')} of extension (Wi 12)" if verlengd else ""
    start = b.get("inburgeringstermijn_startdatum")
    jaren_nl, jaren_en = _termijn(bron, "termijnen.inburgeringstermijn_maanden", "maanden", start, groot=True)
    return (f"{jaren_nl} vanaf {start}, de dag na de dagtekening van het PIP "
            f"({i.get('pip_datum')}){extra_nl} (Wi 11). Een verlenging door de Minister schuift deze dag op.",
            f"{jaren_en} from {start}, the day after the PIP's date "
            f"({i.get('pip_datum')}){extra_en} (Wi 11). An extension by the Minister moves this day.")


def _ontzorgen(b, i, bron=None):
    """Ontzorgen's period (for `ontzorgen_einddatum`, and why `ontzorgen_verplicht` holds). A right to bijstand that
    arose before the residence (and so before the duty, Wi 3) still
    starts the period (Pw 56a lid 2), but the article applies only since the duty (lid 1, I42): said as such, not
    that the person was obligated on the day the right arose."""
    start, bijstand = b.get("ontzorgen_startdatum"), i.get("bijstand_recht_datum")
    duur_nl, duur_en = _termijn(bron, "ontzorgen.duur_maanden", "maanden", start, groot=True)
    verkregen = i.get("verblijf_verkregen_datum")
    if bijstand and verkregen and bijstand < verkregen:
        return (f"{duur_nl} vanaf de dag waarop het recht op bijstand ontstond ({bijstand}; Pw 56a lid 2). Dat was "
                f"vóór het verblijf ({verkregen}): het artikel geldt pas sinds de persoon inburgeringsplichtig is met "
                "een asielvergunning voor bepaalde tijd (lid 1), maar de periode telt vanaf die dag (I42).",
                f"{duur_en} from the day the right to social assistance arose ({bijstand}; Pw 56a(2)). That was "
                f"before the residence ({verkregen}): the article applies only since the person is obligated with a "
                "fixed-term asylum permit (para. 1), but the period counts from that day (I42).")
    if bijstand and bijstand > bron.peildatum:  # a look ahead (I42): the right arises after the peildatum
        return (f"{duur_nl} vanaf de dag waarop het recht op bijstand ontstaat ({bijstand}), omdat de persoon "
                "inburgeringsplichtig is met een asielvergunning voor bepaalde tijd (Pw 56a lid 1 en 2, I42).",
                f"{duur_en} from the day the right to social assistance arises ({bijstand}), because the person is "
                "obligated and holds a fixed-term asylum permit (Pw 56a(1) and (2), I42).")
    return (f"{duur_nl} vanaf de dag waarop het recht op bijstand ontstond ({bijstand}), "
            "omdat de persoon op die dag inburgeringsplichtig was met een asielvergunning voor bepaalde tijd (Pw 56a "
            "lid 1 en 2, I42).",
            f"{duur_en} from the day the right to social assistance arose ({bijstand}), "
            "because on that day the person was obligated and held a fixed-term asylum permit (Pw 56a(1) and (2), "
            "I42).")


def _binnen_termijn(b, i, bron=None):
    """The MAP's deadline (and the PVT's, but for the 2019 concept bill, `_pvt_termijn`): the term's end."""
    na_nl, na_en = _na_de_termijn(b, "map" if bron.heeft("pvt_map.pvt_termijn_maanden") else None)
    return (f"Binnen de (verlengde) inburgeringstermijn, die eindigt op {b.get('inburgeringstermijn_einddatum')}; "
            f"{na_nl}",
            f"Within the (extended) integration term, which ends on {b.get('inburgeringstermijn_einddatum')}; "
            f"{na_en}")


def _na_de_termijn(b, deel: str | None = None) -> tuple[str, str]:
    """Wi 24 lid 1 fines only who did not complete within the term (a review found "after that DUO imposes a fine"
    said to a person who had completed both), and the MAP only where it is required (Wi 8 lid 3: not in the
    onderwijsroute; a review found the MAP named there). `deel` ("pvt", "map"): under the 2019 concept bill each part
    has its own deadline (a review found both named at each)."""
    if deel == "map":
        wat_nl, wat_en = "de MAP", "the MAP"
    elif deel == "pvt" or b.get("map_verplicht") is False:
        wat_nl, wat_en = "het PVT", "the PVT"
    else:
        wat_nl, wat_en = "het PVT of de MAP", "the PVT or the MAP"
    return (f"wie {wat_nl} dan niet heeft afgerond, krijgt daarna een boete van DUO (Wi 24 lid 1), behalve waar de "
            "bijstand voor dezelfde gedraging is verlaagd (Wi 27).",
            f"who has not completed {wat_en} by then gets a fine from DUO after it (Wi 24(1)), except where social "
            "assistance was lowered for the same conduct (Wi 27).")


def _pvt_termijn(b, i, bron=None):
    """The PVT's deadline: the term's end (Wi 24 lid 1), or under the 2019 concept bill (a reform that adds
    `pvt_map.pvt_termijn_maanden`) its own term from the start, never after the term's end."""
    if not bron.heeft("pvt_map.pvt_termijn_maanden"):
        return _binnen_termijn(b, i, bron)
    start, einde = b.get("inburgeringstermijn_startdatum"), b.get("inburgeringstermijn_einddatum")
    duur_nl, duur_en = _termijn(bron, "pvt_map.pvt_termijn_maanden", "maanden", start, groot=True)
    return (f"{duur_nl} vanaf de aanvang van de termijn op {start}, ten hoogste tot het einde van de (verlengde) "
            f"inburgeringstermijn op {einde} (conceptwetsvoorstel 2019); {_na_de_termijn(b, 'pvt')[0]}",
            f"{duur_en} from the start of the term on {start}, at most until the end of the (extended) integration "
            f"term on {einde} (2019 concept bill); {_na_de_termijn(b, 'pvt')[1]}")


def _route_wijziging(b, i, bron=None):
    start = b.get("inburgeringstermijn_startdatum")
    duur_nl, duur_en = _termijn(bron, "termijnen.leerroute_wijziging_maanden", "maanden", start, groot=True)
    return (f"{duur_nl} vanaf de aanvang van de termijn op {start} (Bi 5.4 "
            "lid 1); de onderwijsroute kan gedurende het hele inburgeringstraject in de B1-route worden gewijzigd.",
            f"{duur_en} from the start of the term on {start} "
            "(Bi 5.4(1)); the education route can be changed to the B1 route throughout the integration process "
            "(inburgeringstraject).")


def _leenrecht(b, i, bron=None):
    voldaan = b.get("inburgeringsplicht_voldaan_datum")
    if voldaan and b.get("leenrecht_einddatum") == voldaan:  # the earliest of the limits
        return (f"De dag van het voldoen aan de plicht, {voldaan}: wie heeft voldaan, is daarna niet langer "
                "inburgeringsplichtig (Wi 20 lid 2 b).",
                f"The day the duty was met, {voldaan}: after it, a person who met it is no longer obligated "
                "(Wi 20(2)(b)).")
    einde, termijn = b.get("leenrecht_einddatum"), b.get("inburgeringstermijn_einddatum")
    if b.get("inburgeringsplichtig") is False:  # the loan chapter reaches a person not obligated only by Bi 6.1
        verkregen = i.get("verblijf_verkregen_datum")
        aow = bron.parameters.inburgeringsplicht.pensioengerechtigde_leeftijd_maanden
        pensioen = _op_een_dag(lambda geboren: dag_pensioengerechtigd(geboren, aow), i.get("geboortedatum"))
        if einde and pensioen and _dag_erbij(einde, 1) == pensioen:  # as the rule: the day before, if earlier
            # the years from the deciding system (a review found "drie jaar" written here under a reform of five)
            jaren_nl, jaren_en = _termijn(bron, "lening.vrijwillig_aanspraak_jaren", "jaren", verkregen)
            return (f"De dag voor de pensioengerechtigde leeftijd ({pensioen}), binnen de {jaren_nl} na "
                    f"de verkrijging van het verblijf op {verkregen}: vanaf dan is hij geen persoon van Bi 6.1 meer "
                    "(onder a).",
                    f"The day before the state pension age ({pensioen}), within the {jaren_en} after "
                    f"residence was acquired on {verkregen}: from then on he is no longer a person under Bi 6.1 "
                    "(para. a).")
        vrijwillig_nl, vrijwillig_en = _termijn(bron, "lening.vrijwillig_aanspraak_jaren", "jaren", verkregen,
                                                groot=True)
        return (f"{vrijwillig_nl} vanaf de dag na de verkrijging van het verblijf op {verkregen}: een persoon van "
                "Bi 6.1 die vrijwillig inburgert (Bi 6.3 lid 1, tweede zin).",
                f"{vrijwillig_en} from the day after residence was acquired on {verkregen}: a person under Bi 6.1 "
                "who integrates voluntarily (Bi 6.3(1), second sentence).")
    # Wi 20 lid 2 a: the years that begin on the day after the (extended) term, as the rule reads them
    na_nl, na_en = _termijn(bron, "lening.aanspraak_na_termijn_jaren", "jaren", _dag_erbij(termijn, 1))
    boete = next((a for a in ("24", "25") if einde == b.get(f"nieuwe_termijn_art_{a}_einddatum")), None)
    later = next((a for a in ("24", "25") if (b.get(f"nieuwe_termijn_art_{a}_einddatum") or "") > (einde or "")), None)
    if einde == termijn and voldaan and later:  # the new term began after the duty was met (Wi 20 lid 2 b)
        reden_nl = (f"De laatste dag van de (verlengde) termijn: de nieuwe termijn in de boetebeschikking van art. "
                    f"{later} begon pas na het voldoen aan de plicht op {voldaan}, toen hij niet langer "
                    "inburgeringsplichtig was (Wi 20 lid 2 b)")
        reden_en = (f"The last day of the (extended) term: the new term in the art. {later} fine decision began only "
                    f"after the duty was met on {voldaan}, when he was no longer obligated (Wi 20(2)(b))")
    elif einde == termijn:
        reden_nl, reden_en = "De laatste dag van de (verlengde) termijn", "The last day of the (extended) term"
    elif boete:
        reden_nl = f"De laatste dag van de nieuwe termijn in de boetebeschikking van art. {boete}, later dan de termijn"
        reden_en = f"The last day of the new term in the art. {boete} fine decision, later than the term"
    else:
        reden_nl = f"De laatste dag van {na_nl} na de (verlengde) termijn: daarna bestaat geen aanspraak meer"
        reden_en = f"The last day of {na_en} after the (extended) term: after it there is no entitlement"
    return (f"{reden_nl}. De aanspraak loopt tot het einde van de (verlengde) termijn of van een latere nieuwe "
            f"termijn in een boetebeschikking van art. 24 of 25 (Bi 6.3 lid 1), nooit langer dan {na_nl} na de "
            "(verlengde) termijn (Wi 20 lid 2 a).",
            f"{reden_en}. The entitlement runs to the end of the (extended) term or of a later new term in an "
            f"art. 24 or 25 fine decision (Bi 6.3(1)), never longer than {na_en} after the (extended) term "
            "(Wi 20(2)(a)).")


def _nieuwe_termijn(artikel):
    def zin(b, i, bron=None):
        bekend, maanden = i.get(f"boete_art_{artikel}_bekendmaking_datum"), i.get(f"boete_art_{artikel}_nieuwe_termijn_maanden")
        if maanden is None:  # a date without the length it counts from: name the facts instead
            return None
        duur_nl, duur_en = (hoofdletter(duur(maanden, "maanden", taal)) for taal in ("nl", "en"))
        wi_12_nl, wi_12_en = "Wi 24 lid 2, tweede zin, met Wi 12 lid 1 a", "Wi 24(2), second sentence, with Wi 12(1)(a)"
        if verlenging := i.get(f"boete_art_{artikel}_nieuwe_termijn_verlenging_maanden"):
            verlengd_nl = f", verlengd met {duur(verlenging, 'maanden', 'nl')} ({wi_12_nl})"
            verlengd_en = f", extended by {duur(verlenging, 'maanden', 'en')} ({wi_12_en})"
        else:  # not given: none, and the answer says so (as the term of Wi 11 does)
            verlengd_nl = f"; een verlenging door de Minister ({wi_12_nl}) schuift de laatste dag op, en is niet " \
                "gegeven"
            verlengd_en = f"; an extension by the Minister ({wi_12_en}) moves the last day, and none is given"
        return (f"{duur_nl} vanaf de dag na de bekendmaking van de boetebeschikking op {bekend} (Wi 24 lid 2"
                f"{'' if artikel == '24' else ', 25 lid 2'}){verlengd_nl}; de Algemene termijnenwet geldt niet voor "
                "een termijn uit een beschikking.",
                f"{duur_en} from the day after the fine decision was made known on {bekend} (Wi 24(2)"
                f"{'' if artikel == '24' else ', 25(2)'}){verlengd_en}; the Algemene termijnenwet does not apply to a "
                "term set in a decision.")
    return zin


def _volgende_boete(artikel):
    via_nl, via_en = ("", "") if artikel == "24" else (", via Wi 25 lid 2", ", through Wi 25(2)")
    # Wi 24 is about completing the PVT or the MAP ("afgerond"), Wi 25 about achieving the route ("behaald")
    klaar_nl, klaar_en = ("afgerond", "done") if artikel == "24" else ("behaald", "achieved")
    onderdeel_nl, onderdeel_en = ("het onderdeel", "the part") if artikel == "24" else ("de leerroute", "the route")

    def bedrag_zin(b, bron) -> tuple[str, str]:
        """What DUO then imposes (Wi 24 lid 3-4 "legt ... op"), as the law stands on that first day: the amount of
        Bi 7.2 lid 1, or the maximum of Wi 26 lid 1 d set by Bi 7.2 lid 2; none where Wi 27 keeps the fine back
        now (bijstand lowered for the same conduct), as the rule reads it (`boete_art_*_achterwege_wi_27`)."""
        if b.get(f"boete_art_{artikel}_achterwege_wi_27") is True:
            return ("Zolang de bijstand voor dezelfde gedraging is verlaagd, legt DUO geen boete op (Wi 27)",
                    "As long as social assistance is lowered for the same conduct, DUO imposes no fine (Wi 27)")
        dag = b.get(f"volgende_boete_art_{artikel}_mogelijk_vanaf")
        if artikel == "24":
            euro, boven_nl, boven_en = _binnen_wi_26(bron, "24", dag)
            lid_nl, lid_en = (("Wi 26 lid 1 onder b; lager bij bijzondere omstandigheden, Bi 7.2 lid 3",
                               "Wi 26(1)(b); lower for special circumstances, Bi 7.2(3)") if boven_nl else
                              ("Bi 7.2 lid 1; lager bij bijzondere omstandigheden, lid 3",
                               "Bi 7.2(1); lower for special circumstances, para. 3"))
            return (f"DUO legt dan een boete op van {_euro(euro, 'nl')} ({lid_nl})",
                    f"DUO then imposes a fine of {_euro(euro, 'en')} ({lid_en})")
        euro = bron.wet("boetes.art_25_maximum", dag)
        return (f"DUO legt dan een boete op van ten hoogste {_euro(euro, 'nl')}, vastgesteld naar Bi 7.2 lid 2 "
                "(Wi 26 lid 1 onder d)", f"DUO then imposes a fine of at most {_euro(euro, 'en')}, set under "
                "Bi 7.2(2) (Wi 26(1)(d))")

    def zin(b, i, bron=None):
        aantal = max(int(i.get(f"boete_art_{artikel}_aantal") or 0), 1)
        bekend = i.get(f"boete_art_{artikel}_bekendmaking_datum")
        interval_nl, interval_en = _termijn(bron, "boetes.volgende_boete_interval_maanden", "maanden", bekend)
        boete_nl, boete_en = bedrag_zin(b, bron)
        if aantal >= 3:
            return (f"{hoofdletter(interval_nl)} vanaf de dag na de bekendmaking van de laatste boete op "
                    f"{bekend}, zolang {onderdeel_nl} niet is {klaar_nl} (Wi 24 lid 4{via_nl}). {boete_nl}.",
                    f"{hoofdletter(interval_en)} from the day after the latest fine was made known on "
                    f"{bekend}, as long as {onderdeel_en} is not {klaar_en} (Wi 24(4){via_en}). {boete_en}.")
        if aantal == 1:  # lid 3: die boete stelt zelf weer een nieuwe termijn (lid 2); pas daarna lid 4
            lid, daarna_nl, daarna_en = (
                "3",
                f"die boete stelt weer een nieuwe termijn (lid 3, tweede zin, met lid 2), en pas daarna volgt iedere "
                f"{interval_nl} een boete (lid 4)",
                f"that fine sets a new term again (para. 3, second sentence, with para. 2), and only after it a fine "
                f"follows every {interval_en} (para. 4)",
            )
        else:
            lid, daarna_nl, daarna_en = "4", f"daarna iedere {interval_nl} (lid 4)", f"then every {interval_en} (para. 4)"
        einde = b.get(f"nieuwe_termijn_art_{artikel}_einddatum")
        return (f"De dag na de nieuwe termijn ({einde}), als {onderdeel_nl} dan niet is {klaar_nl} (Wi 24 lid {lid}"
                f"{via_nl}); {daarna_nl}. {boete_nl}.",
                f"The day after the new term ({einde}), if {onderdeel_en} is not {klaar_en} by then "
                f"(Wi 24({lid}){via_en}); {daarna_en}. {boete_en}.")
    return zin


def _bezwaar_boete(artikel):
    def zin(b, i, bron=None):
        return _bezwaar_zin(bron, i.get(f"boete_art_{artikel}_bekendmaking_datum"),
                            b.get(f"boete_art_{artikel}_bezwaartermijn_einddatum"), "de boetebeschikking",
                            "the fine decision")
    return zin


def _art_22_termijn(b, i, bron=None):
    bekend = i.get("boete_art_22_bekendmaking_datum")
    duur_nl, duur_en = _termijn(bron, "boetes.art_22_nieuwe_termijn_maximum_maanden", "maanden", bekend,
                                groot=True)
    return (f"{duur_nl} vanaf de dag na de bekendmaking op {bekend} (Wi 22 lid 2); "
            "het college kan een kortere termijn stellen. Verschijnt de persoon daarbinnen niet, dan volgt een "
            "nieuwe boete (Wi 22 lid 3).",
            f"{duur_en} from the day after the decision was made known on {bekend} "
            "(Wi 22(2)); the municipality may set a shorter term. Not appearing within it leads to a new fine "
            "(Wi 22(3)).")


def _terugbetaling(b, i, bron=None):
    # as the rule: the moment is what happens first, meeting the duty or the lapse of the entitlement the day after
    # the years of Wi 20 lid 2 a that begin after the term; the six months of the run-in phase start on the first
    # day of the month after that moment (Bi 6.7 lid 2-3)
    voldaan, einde = b.get("inburgeringsplicht_voldaan_datum"), b.get("inburgeringstermijn_einddatum")
    vanaf = _op_een_dag(partial(terugbetaling_vanaf, bron.parameters.lening), voldaan, einde)
    aanloop = _op_een_dag(aanloopfase_begin, vanaf)
    na_nl, na_en = _termijn(bron, "lening.terugbetaling_na_maanden", "maanden", vanaf)
    fase_nl = (f"Na een aanloopfase van {na_nl} zonder aflossing, die begint op {aanloop}, de eerste dag van de "
               f"maand na {{}} (Wi 21 lid 3 {{}}, Bi 6.7 lid 2 en 3)")
    fase_en = (f"After a run-in phase of {na_en} without repayments, which starts on {aanloop}, the first day of "
               f"the month after {{}} (Wi 21(3)({{}}), Bi 6.7(2) and (3))")
    if voldaan and vanaf == voldaan:
        return (fase_nl.format(f"het voldoen aan de plicht op {voldaan}", "a") + ".",
                fase_en.format(f"the duty was met on {voldaan}", "a") + ".")
    dag_na_termijn = _dag_erbij(einde, 1)
    aanspraak_nl, aanspraak_en = _termijn(bron, "lening.aanspraak_na_termijn_jaren", "jaren", dag_na_termijn)
    if voldaan:
        later_nl, later_en = (f"de plicht is pas daarna voldaan (op {voldaan}); dat verschuift de start niet",
                              f"the duty was only met after that (on {voldaan}), which does not move the start")
    elif vanaf <= bron.peildatum:  # the lapse has come without the duty met: "earlier" can no longer happen
        later_nl, later_en = ("de plicht was op die dag niet voldaan (lid 3 a kwam niet eerder)",
                              "the duty had not been met by that day (para. 3(a) did not come first)")
    else:
        later_nl, later_en = ("voldoet de persoon eerder, dan telt de dag van het voldoen (lid 3 a)",
                              "if the duty is met earlier, the day it is met counts (para. 3(a))")
    return (fase_nl.format(f"het vervallen op grond van Wi 20 lid 2 a op {vanaf}, {aanspraak_nl} na de (verlengde) "
                           "termijn (los van het einde van de aanspraak zelf, leenrecht_einddatum)",
                           "b, Wi 20 lid 2 a") + f"; {later_nl}.",
            fase_en.format(f"the lapse under Wi 20(2)(a) on {vanaf}, {aanspraak_en} after the (extended) term (apart "
                           "from the end of the entitlement itself, leenrecht_einddatum)",
                           "b), Wi 20(2)(a") + f"; {later_en}.")


def _plafond(b, i, bron=None):
    """Lid 5 with, as the rule, only the new terms that run on the peildatum (from the day after the decision
    was made known to their last day); with two the lower cap applies."""
    lopend = []
    for a in ("24", "25"):
        maanden = i.get(f"boete_art_{a}_nieuwe_termijn_maanden")
        einde = b.get(f"nieuwe_termijn_art_{a}_einddatum")
        if maanden and _op_een_dag(loopt_na_bekendmaking, i.get(f"boete_art_{a}_bekendmaking_datum"), einde,
                                   bron.peildatum):
            lopend.append((a, maanden, einde))
    extra_nl = extra_en = ""
    if lopend:
        extra_nl = " Op de peildatum loopt " + " en ".join(
            f"de nieuwe termijn van art. {a} ({duur(m, 'maanden', 'nl')}, tot en met {e})"
            for a, m, e in lopend)
        extra_en = " On the peildatum " + " and ".join(
            f"the new term of art. {a} ({duur(m, 'maanden', 'en')}, up to and including {e})"
            for a, m, e in lopend)
        extra_nl += ": het laagste plafond geldt." if len(lopend) > 1 else "."
        extra_en += (" run: the lower cap applies." if len(lopend) > 1 else " runs.")
    elif any(i.get(f"boete_art_{a}_nieuwe_termijn_maanden") for a in ("24", "25")):
        extra_nl = " Op de peildatum loopt geen nieuwe termijn van art. 24 of 25."
        extra_en = " No new term of art. 24 or 25 runs on the peildatum."
    kern_nl, kern_en = bron.eenmalig("plafond", _plafond_lid_5, bron)
    return kern_nl + extra_nl, kern_en + extra_en


def _plafond_lid_5(bron) -> tuple[str, str]:
    """Bi 7.1 lid 5 with its amounts as this system has them on the peildatum (a reform or indexation may change
    them): the same for every person of one evaluation."""
    termijn = bron.wet("boetes.gemeentelijk_plafond_termijn")
    onderdelen = sorted((bron.wet(f"boetes.plafond_nieuwe_termijn.{o}.maanden"),
                         bron.wet(f"boetes.plafond_nieuwe_termijn.{o}.bedrag"))
                        for o in ("onder_a", "onder_b", "onder_c", "onder_d"))
    bij = {"nl": "bij", "en": "for"}
    nieuw_nl, nieuw_en = (
        _opsomming([f"{_euro(b, taal)} {bij[taal]} {duur(m, 'maanden', taal)}" for m, b in onderdelen], taal)
        for taal in ("nl", "en"))
    return (f"Bi 7.1 lid 5: {_euro(termijn, 'nl')} in de (verlengde) termijn; in de nieuwe termijn van een "
            f"art. 24- of 25-boetebeschikking {nieuw_nl} (een lengte die lid 5 niet noemt: die van de "
            "eerstvolgende genoemde lengte); min wat in die termijn al is opgelegd, met de boetes van vóór de "
            "termijn (I12).",
            f"Bi 7.1(5): {_euro(termijn, 'en')} during the (extended) term; during the new term of an art. 24 or 25 "
            f"fine decision {nieuw_en} (a length the text does not list: that of the next listed length); minus "
            "what was already imposed in that term, with the fines from before the term (I12).")


def _met_centen(euro) -> bool:
    """Whether an amount of the law has cents (an indexed one may): then it is written with them."""
    return centen(euro) % CENT != 0


def _euro(waarde, taal: str) -> str:
    """An amount of the law, with cents only where it has them (`_met_centen`)."""
    return bedrag(waarde, taal, centen=_met_centen(waarde))


def _opsomming(delen: list[str], taal: str, samen: bool = False) -> str:
    """'a, b, c of d' (nl) or 'a, b, c or d' (en); `samen`: 'a, b en c' (nl) or 'a, b and c' (en)."""
    laatste = {(False, "nl"): " of ", (False, "en"): " or ", (True, "nl"): " en ", (True, "en"): " and "}[samen, taal]
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + laatste + delen[-1]


def _voldaan(b, i, bron=None):
    """The parts done, as `pvt_en_map_afgerond_datum` counts them: the MAP only where it is required (Wi 8 lid 3: the
    onderwijsroute, or a completed taalschakeltraject; a review found the MAP named as done where it was not)."""
    if b.get("map_verplicht") is False:
        return ("Het PVT en de leerroute zijn afgerond; de MAP is niet verplicht (Wi 6 lid 1, Wi 8 lid 3).",
                "The PVT and the learning route are done; the MAP is not required (Wi 6(1), Wi 8(3)).")
    return ("Het PVT, de MAP en de leerroute zijn afgerond (Wi 6 lid 1).",
            "The PVT, the MAP and the learning route are done (Wi 6(1)).")


def _begeleiding(b, i, bron=None):
    inschrijving, verkregen = i.get("brp_inschrijving_datum"), i.get("verblijf_verkregen_datum")
    later = _op_een_dag(ingeschreven_als_plichtige, inschrijving, verkregen)  # as the rule (I38)
    if inschrijving and verkregen and later != inschrijving:
        return (f"Vanaf de dag waarop de plicht ontstond, de verkrijging van het verblijf op {verkregen}: de "
                f"inschrijving in de BRP ({inschrijving}) lag daarvoor (Wi 13 lid 3, Wi 3 lid 3).",
                f"From the day the duty arose, when the residence was obtained on {verkregen}: the BRP "
                f"registration ({inschrijving}) came before it (Wi 13(3), Wi 3(3)).")
    if i.get("verblijfsvergunning") == VERGUNNING_ART_8_C.name:  # the lid's proviso, only for this permit
        return (f"Vanaf de dag van inschrijving in de BRP in de gemeente van huisvesting ({inschrijving}; "
                "verblijfsvergunning asiel voor bepaalde tijd) (Wi 13 lid 3).",
                f"From the day of BRP registration in the municipality of housing ({inschrijving}; fixed-term "
                "asylum permit) (Wi 13(3)).")
    return (f"Vanaf de dag van inschrijving in de BRP ({inschrijving}) (Wi 13 lid 3).",
            f"From the day of BRP registration ({inschrijving}) (Wi 13(3)).")


def _boete_22_lid(b, i, bron=None):
    """Which lid of Wi 22 the fine rests on, as the rule chose it (`boete_art_22_na_eerste_beschikking`, I34): lid 3
    (not appearing or cooperating within the new term of lid 2), else lid 1 (within the new term of the repeated
    call, Wi 14 lid 1, second sentence). A review found the amount explained by every fact given, without the lid."""
    bekendgemaakt = i.get("boete_art_22_bekendmaking_datum")
    if b.get(LID_3_ART_22) is True:  # as the rule reads I34
        nl, en = (f"Niet verschenen of onvoldoende meegewerkt binnen de nieuwe termijn van de eerste boetebeschikking, "
                  f"bekendgemaakt op {bekendgemaakt} (Wi 22 lid 2 en 3).",
                  f"Did not appear or cooperate within the new term of the first fine decision, made known on "
                  f"{bekendgemaakt} (Wi 22(2) and (3)).")
    else:
        nl, en = ("Niet verschenen of onvoldoende meegewerkt aan de brede intake binnen de nieuwe termijn van de "
                  "herhaalde oproep na de schriftelijke waarschuwing (Wi 22 lid 1; Wi 14 lid 1, tweede zin).",
                  "Did not appear or cooperate for the broad intake within the new term of the repeated call after "
                  "the written warning (Wi 22(1); Wi 14(1), second sentence).")
    return nl, en


def _plafond_22(b, i, bron=None):
    """Bi 7.1 lid 5: the art. 22 amount (Bi 7.1 lid 1, or Wi 26 lid 1 a where the act bounds it) capped by what
    remains under the ceiling; said after the act's sentence (`_verlaagbaar`), which explains the amount it names."""
    volledig, boven_nl, _ = _binnen_wi_26(bron, "22")
    if b.get("boete_art_22_bedrag") is None or b["boete_art_22_bedrag"] >= volledig:  # the ceiling did not decide
        return None
    lid_nl, lid_en = ("Wi 26 lid 1 onder a", "Wi 26(1)(a)") if boven_nl else ("Bi 7.1 lid 1", "Bi 7.1(1)")
    return (f"Het bedrag van {_euro(volledig, 'nl')} ({lid_nl}) is begrensd door wat onder het plafond resteert "
            "(Bi 7.1 lid 5).", f"The amount of {_euro(volledig, 'en')} ({lid_en}) is capped by what remains under "
            "the ceiling (Bi 7.1(5)).")


BESLUIT_23 = "boete_art_23_bedrag_volgens_besluit"  # Bi 7.1 lid 2-4 before Wi 26 lid 1 c (`_binnen_wi_26`)
# Per article the Besluit's amount that Wi 26 lid 1 bounds: (its parameter, or for art. 23 the rule that computes it
# from the person's facts, Bi 7.1 lid 2-4; onder of lid 1; lid nl; lid en).
_WI_26 = {"22": ("boetes.art_22_bedrag", "a", "Bi 7.1 lid 1", "Bi 7.1(1)"),
          "23": (BESLUIT_23, "c", "Bi 7.1 lid 2-4", "Bi 7.1(2)-(4)"),
          "24": ("boetes.art_24_bedrag", "b", "Bi 7.2 lid 1", "Bi 7.2(1)")}


def _binnen_wi_26(bron, artikel: str, dag: str | None = None) -> tuple[float | None, str, str]:
    """The Besluit's amount for a fine of `artikel` on `dag` (the parameters of art. 22 and 24; art. 23's amount is
    the person's on the peildatum) as the rule applies it, never above the act's maximum
    (Wi 26 lid 1, `boetes.wi_26_maximum`), with the sentence that says so where the maximum binds (a reform of the
    Besluit alone, e.g. a higher percentage of Bi 7.1 lid 4), else none. Art. 23's amount is the rule's for this
    person (`BESLUIT_23`), not a reading of the final amount (a review found the sentence beside a fine the act did
    not bound, and missing beside one it did); as computed also where the answer leaves it undetermined (`Bron.ruw`:
    culpability not established while the fine is the same for every degree), at the default `_boete_23` names (opzet,
    I11; a review found the sentence lost there). Not where the number of earlier fines is not given: the amount
    computed without it would be a count of 0 the text does not claim (a read of the change)."""
    waar, onder, lid_nl, lid_en = _WI_26[artikel]
    if artikel == "23":
        besluit = bron.ruw(waar) if "boete_art_23_eerdere_aantal" in bron.invoer else bron.besluiten.get(waar)
    else:
        besluit = bron.wet(waar, dag)
    maximum = bron.wet(f"boetes.wi_26_maximum.art_{artikel}", dag)
    if besluit is None or besluit <= maximum:
        return besluit, "", ""
    return (maximum, f" Het bedrag van {lid_nl} ({_euro(besluit, 'nl')}) is hoger dan de wet toestaat: ten hoogste "
            f"{_euro(maximum, 'nl')} (Wi 26 lid 1 onder {onder}).", f" The amount of {lid_en} "
            f"({_euro(besluit, 'en')}) is higher than the act allows: at most {_euro(maximum, 'en')} "
            f"(Wi 26(1)({onder})).")


def _boete_23(b, i, bron=None):
    # a count not given is said, not written as 0 (a read of the change)
    if (aantal := i.get("boete_art_23_eerdere_aantal")) is None:
        eerdere_nl = "eerdere onherroepelijke boetes binnen twaalf maanden (hun aantal is niet gegeven)"
        eerdere_en = "earlier final fines within twelve months (their number is not given)"
    else:
        eerdere_nl = f"{int(aantal)} eerdere onherroepelijke boetes binnen twaalf maanden"
        eerdere_en = f"{int(aantal)} earlier final fines within twelve months"
    verwijt = i.get("verwijtbaarheid")
    if verwijt in (None, "onbekend"):
        # I11: the college has not established culpability; the rule computes at 100 % (opzet), the highest amount,
        # and the API gives it only where it is the same for every degree (e.g. the cap decides): so never name a
        # degree as if decided, nor claim the amount is the same for each (the YAML runner explains it either way; a
        # review found "the same for every degree" beside 400, where 25 % gives 100)
        opzet = bron.wet("boetes.art_23_verwijtbaarheid_procent.opzet")
        schaal_nl = (f"de verwijtbaarheid is nog niet door het college vastgesteld; berekend bij opzet "
                     f"({als_procent(opzet)} %, het hoogste bedrag; I11)")
        schaal_en = (f"culpability has not been established by the municipality; computed at intent "
                     f"({als_procent(opzet, 'en')}%, the highest amount; I11)")
    else:
        mate_nl = _waarde("verwijtbaarheid", verwijt, "nl", bron).lower()
        procent = bron.wet(f"boetes.art_23_verwijtbaarheid_procent.{verwijt}")
        schaal_nl, schaal_en = (f"naar de verwijtbaarheid ({mate_nl}: {als_procent(procent)} %, Bi 7.1 lid 4)",
                                f"scaled by culpability ({_waarde('verwijtbaarheid', verwijt, 'en', bron)}: "
                                f"{als_procent(procent, 'en')}%, Bi 7.1(4))")
    basis, maximum = bron.wet("boetes.art_23_basisbedrag"), bron.wet("boetes.art_23_maximum")
    basis_nl, basis_en = _euro(basis, "nl"), _euro(basis, "en")
    maximum_nl, maximum_en = _euro(maximum, "nl"), _euro(maximum, "en")
    procent = bron.wet("boetes.art_23_verhoging_procent")
    if procent == 100:
        hoger_nl, hoger_en = "verdubbeld", "doubled"
    else:
        hoger_nl = f"verhoogd met {als_procent(procent)} %"
        hoger_en = f"increased by {als_procent(procent, 'en')}%"
    # the act's maximum (Wi 26 lid 1 c) beside a fine it bounds, not beside none (nor one of € 12.50)
    _, boven_nl, boven_en = _binnen_wi_26(bron, "23") if b.get("boete_art_23_bedrag") else (None, "", "")
    return (f"{basis_nl}, {hoger_nl} voor elk van de {eerdere_nl} "
            f"(ten hoogste {maximum_nl}), {schaal_nl}, en begrensd door wat resteert onder het plafond (Bi 7.1 "
            f"lid 2-5).{boven_nl}",
            f"{basis_en}, {hoger_en} for each of the {eerdere_en} (at most "
            f"{maximum_en}), "
            f"{schaal_en}, and capped by what remains under the ceiling (Bi 7.1(2)-(5)).{boven_en}")


def _leeftijd(geboren: str | None, op: str | None) -> int | None:
    """Whole years between two ISO dates (for the wording only; the decision itself uses `datums`)."""
    if not geboren or not op:
        return None
    return int(op[:4]) - int(geboren[:4]) - (op[5:] < geboren[5:])


def _lid(bron, naam: str, waarde) -> tuple[str, str]:
    """An enum member's label in Dutch and English."""
    return _waarde(naam, waarde, "nl", bron), _waarde(naam, waarde, "en", bron)


def _reden(b, i, bron=None):
    """The fact that decided why someone is not obligated, with its article."""
    reden, verkregen = b.get("reden_geen_inburgeringsplicht"), i.get("verblijf_verkregen_datum")
    if reden == "jonger_dan_16":
        jaren = _leeftijd(i.get("geboortedatum"), verkregen)
        return (f"{jaren} jaar op {verkregen}, de dag waarop het verblijf werd verkregen (Wi 3 lid 1).",
                f"{jaren} years old on {verkregen}, the day residence was acquired (Wi 3(1)).")
    if reden == "pensioengerechtigde_leeftijd":
        return (f"Geboren op {i.get('geboortedatum')}: op {verkregen}, de dag waarop het verblijf werd verkregen, was de "
                "pensioengerechtigde leeftijd (AOW art. 7a) bereikt (Wi 3 lid 1).", f"Born on {i.get('geboortedatum')}: "
                f"on {verkregen}, the day residence was acquired, the state pension age (AOW art. 7a) had been "
                "reached (Wi 3(1)).")
    if reden == "verblijf_voor_inwerkingtreding":
        in_werking = _voor_de_wet(bron)
        if in_werking and not (verkregen and verkregen < in_werking):
            return (f"De peildatum {bron.peildatum} ligt vóór de inwerkingtreding van de wet op "
                    f"{datum_voluit(in_werking, 'nl')}: de wet geldt dan nog niet.",
                    f"The peildatum {bron.peildatum} is before the act entered into force on "
                    f"{datum_voluit(in_werking, 'en')}: the act does not apply yet.")
        return (f"Verblijf verkregen op {verkregen}, vóór de inwerkingtreding van de wet: de plicht ontstaat "
                "niet met terugwerkende kracht (Wi 3 lid 3).", f"Residence acquired on {verkregen}, before the act "
                "entered into force: the duty does not arise retroactively (Wi 3(3)).")
    if reden == "wet_inburgering_2013":
        dag = _dag_erbij(_inwerkingtreding(bron), -1)  # "op de dag voorafgaand aan de inwerkingtreding"
        return (f"Was op {datum_voluit(dag, 'nl')} inburgeringsplichtig op grond van de Wet inburgering (2013), die op "
                "hem van toepassing blijft (Wi 54 lid 1).", f"Was obligated under the Wet inburgering (2013) on "
                f"{datum_voluit(dag, 'en')}, which continues to apply to him (Wi 54(1)).")
    if reden == "familielid_eu_burger":
        return ("Familielid uit een derde land van een EU-, EER- of Zwitserse burger, met verblijfsrecht "
                "(Wi 3 lid 2 b).", "Third-country family member of an EU/EEA/Swiss national, with a right of "
                "residence (Wi 3(2)(b)).")
    if reden == "elders_ingeburgerd":
        return ("Heeft elders in de EU/EER voldaan aan een inburgeringsvereiste voor de status van langdurig "
                "ingezetene (Wi 3 lid 2 c).", "Met an integration requirement elsewhere in the EU/EEA for long-term "
                "resident status (Wi 3(2)(c)).")
    if reden == "eu_eer_zwitserland":
        return (f"Nationaliteit {i.get('nationaliteit')} (Wi 3 lid 2 a).", f"Nationality {i.get('nationaliteit')} "
                "(Wi 3(2)(a)).")
    if reden == "tijdelijk_verblijfsdoel":
        nl, en = _lid(bron, "verblijfsdoel", i.get("verblijfsdoel"))
        if not verkregen:
            return (f"Verblijfsdoel {nl}: tijdelijk (Wi 3 lid 1 a; Bi 2.2).",
                    f"Purpose of residence {en}: temporary (Wi 3(1)(a); Bi 2.2).")
        # the list of the day the residence was acquired (I5), which the grondslag's link (today's text) may not hold:
        # a review found "vermogende vreemdeling", on the list until 2024-04-16, linked to a text without it
        if _hervormde_lijst(bron, verkregen):
            return (f"Verblijfsdoel {nl}: tijdelijk volgens de lijst van de hervorming zoals die gold op {verkregen}, de "
                    "dag waarop het verblijf is verkregen (Wi 3 lid 1 a, I5).",
                    f"Purpose of residence {en}: temporary by the reform's list as it stood on {verkregen}, the day the "
                    "residence was acquired (Wi 3(1)(a), I5).")
        tekst = f"{wet('Bi', '2.2')}&g={verkregen}"
        return (f"Verblijfsdoel {nl}: tijdelijk volgens de lijst van Bi 2.2 zoals die gold op {verkregen}, de dag "
                f"waarop het verblijf is verkregen (Wi 3 lid 1 a, I5; die tekst: {tekst}).",
                f"Purpose of residence {en}: temporary by the list of Bi 2.2 as it stood on {verkregen}, the day the "
                f"residence was acquired (Wi 3(1)(a), I5; that text: {tekst}).")
    if reden == "geen_verblijf_art_8_a_of_c":
        nl, en = _lid(bron, "verblijfsvergunning", i.get("verblijfsvergunning", "geen"))
        if i.get("verblijfsvergunning") in (VERGUNNING_ART_8_A.name, VERGUNNING_ART_8_C.name) and verkregen:
            # as the rule: the residence counts from the day it was acquired, which is after the peildatum
            return (f"Verblijfstitel: {nl}, maar pas verkregen op {verkregen}, na de peildatum "
                    "(Wi 3 lid 1, 3).",
                    f"Residence title: {en}, but only acquired on {verkregen}, after the peildatum "
                    "(Wi 3(1), (3)).")
        return (f"Verblijfstitel: {nl} (Wi 3 lid 1; Vw art. 8 a en c).",
                f"Residence title: {en} (Wi 3(1); Vw art. 8 a and c).")
    return None


def _doelgroep(b, i, bron=None):
    nl, en = _lid(bron, "verblijfsvergunning", i.get("verblijfsvergunning"))
    if b.get("doelgroep") == "asielstatushouder":
        if i.get("verblijfsvergunning") == VERGUNNING_ART_8_C.name:
            return f"Verblijfstitel: {nl} (Wi 13 lid 1 a).", f"Residence title: {en} (Wi 13(1)(a))."
        doel_nl, doel_en = _lid(bron, "verblijfsdoel", i.get("verblijfsdoel"))
        # the member's own label cites it: not twice (a review)
        doel_nl, doel_en = doel_nl.removesuffix(" (Wi 13 lid 1 b)"), doel_en.removesuffix(" (Wi 13(1)(b))")
        return (f"Verblijfstitel: {nl}, verblijfsdoel {doel_nl} (Wi 13 lid 1 b).",
                f"Residence title: {en}, purpose of residence {doel_en} (Wi 13(1)(b)).")
    if b.get("doelgroep") == "gezinsmigrant_of_overige_migrant":
        return f"Verblijfstitel: {nl} (Wi 19).", f"Residence title: {en} (Wi 19)."
    return _reden(b, i, bron)


def _plichtig(b, i, bron=None):
    """What made someone obligated: the residence title, the day it was acquired and the age on that day; without a
    day of birth, so said (the YAML runner explains a decision the API would leave open; it wrote "toen None jaar
    oud", a review)."""
    nl, en = _lid(bron, "verblijfsvergunning", i.get("verblijfsvergunning"))
    verkregen = i.get("verblijf_verkregen_datum")
    if (jaren := _leeftijd(i.get("geboortedatum"), verkregen)) is None:
        leeftijd_nl, leeftijd_en = "leeftijd onbekend (geboortedatum niet gegeven)", "age unknown (date of birth not given)"
    else:
        leeftijd_nl, leeftijd_en = f"toen {jaren} jaar oud", f"aged {jaren}"
    return (f"Verblijfstitel: {nl}, verkregen op {verkregen}, {leeftijd_nl} (Wi 3 lid 1).",
            f"Residence title: {en}, acquired on {verkregen}, {leeftijd_en} (Wi 3(1)).")


# The parts of the duty (Wi 6 lid 1), the decision that says whether each one is required, and their names.
_NAMEN = {"pvt_afgerond_datum": ("het PVT", "the PVT"), "map_afgerond_datum": ("de MAP", "the MAP"),
          "leerroute_behaald_datum": ("de leerroute", "the learning route")}
_DELEN = tuple((invoer, GEBEURTENIS_ALLEEN_ALS.get(invoer), *_NAMEN[invoer]) for invoer in MEETELLEND)


def _niet_meetellend(*delen: str):
    """Bi 5.3 lid 5 (2022 text: lid 4, `_bi_5_3_lid`), as the rule (`meetellen.na_pip`): which of `delen`
    (completion inputs), required and done by the peildatum, do not count because they were done before the PIP
    was adopted, or while there is none yet; None when there are none, or when the person need not meet the duty
    (`plicht_te_voldoen`)."""
    return partial(_voor_pip, delen)


def _voor_pip(delen, b, i, bron=None):
    if not b.get("plicht_te_voldoen"):
        return None
    pip = i.get("pip_datum")
    nl, en = [], []
    for invoer, verplicht, naam_nl, naam_en in _DELEN:
        dag = i.get(invoer) if invoer in delen else None
        if dag and dag <= bron.peildatum and (verplicht is None or b.get(verplicht)) \
                and not telt_op(dag, pip):
            nl.append(f"{naam_nl} op {dag}")
            en.append(f"{naam_en} on {dag}")
    if not nl:
        return None
    delen_nl, delen_en = _opsomming(nl, "nl", samen=True), _opsomming(en, "en", samen=True)
    lid = _bi_5_3_lid(5, _tekst_2023(bron, bron.peildatum))
    if not pip:
        return ("Er is nog geen PIP vastgesteld, en wat vóór de vaststelling van het PIP is gedaan, weegt niet mee "
                f"voor het voldoen aan de plicht (Bi 5.3 lid {lid}): {delen_nl}.",
                "No PIP has been adopted yet, and anything done before a PIP is adopted does not count towards "
                f"meeting the duty (Bi 5.3({lid})): {delen_en}.")
    if pip > bron.peildatum:  # dated after the peildatum: not adopted yet on it (I30, I41)
        return (f"Het PIP wordt op {pip} vastgesteld; wat daarvóór is gedaan, weegt niet mee voor het voldoen aan de "
                f"plicht (Bi 5.3 lid {lid}): {delen_nl}.",
                f"The PIP is to be adopted on {pip}; anything done before it does not count towards meeting the duty "
                f"(Bi 5.3({lid})): {delen_en}.")
    return (f"Wat vóór de vaststelling van het PIP op {pip} is gedaan, weegt niet mee voor het voldoen aan de plicht "
            f"(Bi 5.3 lid {lid}): {delen_nl}.",
            f"Anything done before the PIP was adopted on {pip} does not count towards meeting the duty "
            f"(Bi 5.3({lid})): {delen_en}.")


_ELK_DEEL = _niet_meetellend(*(invoer for invoer, *_ in _DELEN))


def _z_route_zonder_certificaat(b, i, bron=None):
    """The parts of the Z-route are done by the inputs (Bi 3.14 lid 2, `z_route_afgerond`) but the day it was achieved
    is not given: the route counts on `leerroute_behaald_datum`, the day of its certificate (Wi 6 lid 2, I49)."""
    if b.get("z_route_afgerond") is not True or i.get("leerroute_behaald_datum"):
        return None
    return ("De onderdelen van de zelfredzaamheidsroute zijn volgens de invoer afgerond (Bi 3.14 lid 2), maar de dag "
            "waarop de route is behaald (leerroute_behaald_datum, de dag van het certificaat, Wi 6 lid 2) is niet "
            "gegeven: zonder die dag telt de route nog niet als behaald.",
            "The parts of the self-reliance route are completed according to the input (Bi 3.14(2)), but the day the "
            "route was achieved (leerroute_behaald_datum, the day of its certificate, Wi 6(2)) is not given: without "
            "it the route does not count as achieved yet.")


def _eerste(*sjablonen):
    """The first of `sjablonen` that gives a reason."""
    def sjabloon(b, i, bron=None):
        return next((reden for maak in sjablonen if (reden := maak(b, i, bron)) is not None), None)
    return sjabloon


def _niet_voldaan_zonder_datum(b, i, bron=None):
    """Why the day the duty was met is empty: parts that do not count (`_ELK_DEEL`). The duty waits for them to be
    done again (`nog_niet`, with what it waits for) unless the PIP is dated after the peildatum: then nothing can
    count on the peildatum."""
    reden = _ELK_DEEL(b, i, bron)
    if reden is None:
        return None
    pip = i.get("pip_datum")
    if pip and pip > bron.peildatum:
        return (f"geen op de peildatum. {reden[0]}", f"none on the peildatum. {reden[1]}")
    if not bron.wacht_op.get("inburgeringsplicht_voldaan_datum"):
        return (f"nog niet. {reden[0]}", f"not yet. {reden[1]}")
    wacht_nl, wacht_en = _wacht_zin("inburgeringsplicht_voldaan_datum", bron)
    return f"{wacht_nl}. {reden[0]}", f"{wacht_en}. {reden[1]}"


def _wacht_zin(naam: str, bron) -> tuple[str, str]:
    """'nog niet bekend; wacht op: ...' (without the full stop), naming the events `naam` waits for, if any."""
    wacht = bron.wacht_op.get(naam, ())
    if not wacht:
        return "nog niet bekend", "not known yet"
    # without a label's "(niet gegeven: nog niet)": a completion given after the peildatum, or before the PIP, is
    # waited for too (a review found the note beside a day the same sentence names)
    return (f"nog niet bekend; wacht op: {_labels(bron, wacht, 'nl')}",
            f"not known yet; waits for: {_labels(bron, wacht, 'en')}")


def _vrijstelling_wi2013(b, i, bron=None):
    """Wi 54 lid 3: an exemption of Wi 2013 art. 5 lid 1 e counts as one of Wi 4 lid 1 d, whose ground is the course
    towards a diploma; say it came from that exemption, not from a course the person was said to follow."""
    if b.get("vrijstellingsgrond") != "opleiding" or not i.get("vrijstelling_wi2013_art_5_lid_1_e") or i.get(
            "opleiding_naar_vrijstellend_diploma"):
        return None
    return ("Gegeven is een vrijstelling op grond van art. 5 lid 1 e van de Wet inburgering (2013); die wordt "
            "beschouwd als een vrijstelling van art. 4 lid 1 d (Wi 54 lid 3).",
            "Given is an exemption under art. 5(1)(e) of the Civic Integration Act (2013); it counts as an exemption "
            "under art. 4(1)(d) (Wi 54(3)).")


def _met_afweging(naam: str, nl: str, en: str, eerst=None):
    """A decision that opens what an authority still weighs: after `eerst`'s reason (or else the facts the value is
    based on), the sentence `nl`/`en` that says what it weighs and where the law says so."""
    def zin(b, i, bron=None):
        reden_nl, reden_en = (eerst and eerst(b, i, bron)) or tuple(tekst.strip() for tekst in bron.gebaseerd_op(naam))
        return f"{reden_nl} {nl}".lstrip(), f"{reden_en} {en}".lstrip()
    return zin


def _verlaagbaar(naam: str, wie: tuple[str, str], lid: tuple[str, str], artikel: str, eerst, na=None):
    """Bi 7.1 lid 6 and 7.2 lid 3 (I55): the amount is the Besluit's; special circumstances the authority knows of
    are taken into account when it imposes the fine (the person states and proves them), so it can be lower. A fine
    imposed first says where the act's maximum bounds the Besluit's amount of `artikel` (`_binnen_wi_26`)."""
    def reden(b, i, bron=None):
        """`eerst`'s reason (or the facts), where the act's maximum bounds the Besluit's amount, then `na`'s sentence
        (which may name the bounded amount), before what the authority still weighs."""
        nl, en = eerst(b, i, bron) or tuple(tekst.strip() for tekst in bron.gebaseerd_op(naam))
        if b.get(naam):  # beside a fine it bounds, not beside none
            _, boven_nl, boven_en = _binnen_wi_26(bron, artikel)
            nl, en = nl + boven_nl, en + boven_en
        if na is not None and (verder := na(b, i, bron)) is not None:
            nl, en = f"{nl} {verder[0]}", f"{en} {verder[1]}"
        return nl, en

    return _met_afweging(
        naam, f"Kent {wie[0]} bijzondere omstandigheden, dan houdt {wie[0]} daarmee rekening bij het opleggen, wat het "
        f"bedrag kan verlagen ({lid[0]}).", f"Special circumstances known to {wie[1]} are taken into account when "
        f"imposing the fine, which can lower the amount ({lid[1]}).", reden)


def _z_route_cursusnorm(b, i, bron=None):
    """The Z-route's course norm from the law's number (Bi 3.14 lid 2 a; lid 3 for family and other migrants) less
    the hours before a change to the Z-route (Bi 5.4 lid 4 c; 2022 text: lid 3) and those the college deducted
    (Bi 3.14 lid 9, from 2025-09-01, I16); deducted hours given before lid 9 was in force are said not to count. A
    review found the number explained by the facts given only."""
    norm = bron.wet("leerroutes.z_route.cursusuren")
    lid_3 = b.get("doelgroep") == "gezinsmigrant_of_overige_migrant"
    nl = [f"De norm van {getal(norm, 0)} cursusuren (Bi 3.14 lid 2 onder a{' en lid 3' if lid_3 else ''})"]
    en = [f"The norm of {getal(norm, 0, 'en')} course hours (Bi 3.14(2)(a){' and (3)' if lid_3 else ''})"]
    if voor := i.get("z_route_cursusuren_voor_wijziging"):
        lid = _bi_5_4_lid(4, bron)
        nl.append(f"min {getal(voor, 0)} uren gevolgd vóór de wijziging naar de Z-route (Bi 5.4 lid {lid} onder c)")
        en.append(f"less {getal(voor, 0, 'en')} hours taken before the change to the Z route (Bi 5.4({lid})(c))")
    uren = i.get("z_route_uren_in_mindering_gebracht")
    lid_9 = bron.wet("leerroutes.z_route.vso_praktijk_entree_uren_aftrekbaar")
    if uren and lid_9:
        nl.append(f"min {getal(uren, 0)} uren die het college in mindering bracht (Bi 3.14 lid 9)")
        en.append(f"less {getal(uren, 0, 'en')} hours the municipality deducted (Bi 3.14(9))")
    zin_nl, zin_en = ", ".join(nl) + ".", ", ".join(en) + "."
    if uren and not lid_9:
        zin_nl += (f" De {getal(uren, 0)} uren die het college in mindering bracht, tellen niet: Bi 3.14 lid 9 gold "
                   "op de peildatum nog niet.")
        zin_en += (f" The {getal(uren, 0, 'en')} hours the municipality deducted do not count: Bi 3.14(9) was not "
                   "in force on the peildatum.")
    return zin_nl, zin_en


def _z_route_participatienorm(b, i, bron=None):
    """The Z-route's participation norm for an asylum permit holder (Bi 3.14 lid 2 b) less the hours of the PVT and
    the MAP (lid 5)."""
    norm, pvt_map = bron.wet("leerroutes.z_route.participatie_uren_asielstatushouder"), i.get("z_route_pvt_map_uren")
    nl = f"De norm van {getal(norm, 0)} uren voor asielstatushouders (Bi 3.14 lid 2 onder b)"
    en = f"The norm of {getal(norm, 0, 'en')} hours for asylum permit holders (Bi 3.14(2)(b))"
    if pvt_map:
        nl += f", min {getal(pvt_map, 0)} uren gemoeid met het PVT en de MAP (Bi 3.14 lid 5)"
        en += f", less {getal(pvt_map, 0, 'en')} hours spent on the PVT and the MAP (Bi 3.14(5))"
    return nl + ".", en + "."


# The completions of Bi 4.4 lid 2 c, which the rule reads as not yet done when not given (I30).
_VERLENGING_INVOER = {"lid_2_c": ("taalonderdelen_behaald_aantal", "knm_behaald")}


def _verlenging_voorwaarden(b, i, bron=None):
    """Which conditions of Bi 4.4 lid 2 and 3 are not met, as the rule reads them
    (`verlenging.aanzienlijke_inspanningen`; lid 2 d: what counts, I41); None where all are met, or for who need not
    meet the duty. A condition is not met for sure when it fails even with the facts not given at their most
    favourable (I44: not given is no "no"); only those are named when there are any. Otherwise the extension is
    closed by completions not given (exam parts, KNM), which the rule reads as not yet done (I30): named with those
    facts. The other facts (route, hours, lessons) the rule asks for when they matter, so they are never "read as
    none" (a review found the 450 hours named so when KNM alone decided). A route `nog_niet_vastgesteld` counts as not
    given (`publiek.ONBEKEND_ALS`)."""
    if b.get("plicht_te_voldoen") is not True:
        return None
    p = bron.parameters(bron.peildatum).termijnen
    gezinsmigrant = b.get("doelgroep") == "gezinsmigrant_of_overige_migrant"
    gegeven = {n: w for n, w in i.items() if ONBEKEND_ALS.get(n) != w}

    def vervuld(gunstig: bool) -> dict:
        """`gunstig`: also the completions not given at their most favourable."""
        return aanzienlijke_inspanningen(
            p, b1_route=gegeven.get("leerroute", "b1_route") == "b1_route",
            gezinsmigrant=gezinsmigrant,
            lesuren=gegeven.get("lesuren_gevolgd", p.verlenging_minimum_lesuren_gezinsmigrant),
            alle_lessen=bool(gegeven.get("alle_lessen_gevolgd", True)),
            taalonderdelen=gegeven.get("taalonderdelen_behaald_aantal",
                                       p.verlenging_minimum_taalonderdelen if gunstig else 0),
            knm=bool(gegeven.get("knm_behaald", gunstig)),
            pvt_afgerond=numpy.datetime64(b.get("pvt_meetellend_afgerond_datum") or "NaT", "D"),
            map_afgerond=numpy.datetime64(b.get("map_meetellend_afgerond_datum") or "NaT", "D"),
            peildatum=numpy.datetime64(bron.peildatum, "D"))
    ten_minste, gelezen = vervuld(True), vervuld(False)
    uren, delen = p.verlenging_minimum_lesuren_gezinsmigrant, p.verlenging_minimum_taalonderdelen
    zinnen = {
        "lid_2_a": ("de B1-route (lid 2 a)", "the B1 route (para. 2(a))"),
        "lessen": ((f"ten minste {uren} uren lessen (lid 3)", f"at least {uren} hours of lessons (para. 3)")
                   if gezinsmigrant else ("alle lessen gevolgd (lid 2 b)", "all lessons attended (para. 2(b))")),
        "lid_2_c": (f"ten minste {delen} taalonderdelen van het examen en KNM behaald (lid 2 c)",
                    f"at least {delen} language parts of the exam and KNM passed (para. 2(c))"),
        "lid_2_d": ("PVT en MAP afgerond, niet vóór het PIP (lid 2 d)",
                    "PVT and MAP completed, not before the PIP (para. 2(d))"),
    }
    niet = [onderdeel for onderdeel, ja in ten_minste.items() if not ja]
    ontbreekt = []
    if not niet:  # closed only by facts not given, read as none
        niet = [onderdeel for onderdeel, ja in gelezen.items() if not ja]
        ontbreekt = [n for o in niet for n in _VERLENGING_INVOER.get(o, ()) if n not in gegeven]
    if not niet:
        return None
    gebaseerd_nl, gebaseerd_en = bron.gebaseerd_op("verlenging_aanzienlijke_inspanning_mogelijk")
    nl = f"Niet vervuld (Bi 4.4): {', '.join(zinnen[o][0] for o in niet)}."
    en = f"Not met (Bi 4.4): {', '.join(zinnen[o][1] for o in niet)}."
    if ontbreekt:
        nl += f" Niet gegeven, dus gelezen als geen: {_labels(bron, ontbreekt, 'nl')}."
        en += f" Not given, so read as none: {_labels(bron, ontbreekt, 'en')}."
    return f"{nl}{gebaseerd_nl}", f"{en}{gebaseerd_en}"


def _niets_te_verlengen(b, i, bron=None):
    """Why an extension of the term is not open: there is no term yet (it begins the day after the PIP, Wi 11 lid 2)
    or the duty was met (Wi 12 lid 1 extends a term that is overrun); None otherwise, and for who need not meet the
    duty (the facts it rests on say why)."""
    if b.get("plicht_te_voldoen") is not True:
        return None
    voldaan = b.get("inburgeringsplicht_voldaan_datum")
    if b.get("inburgeringsplicht_voldaan") is True and voldaan:
        return (f"Aan de plicht is voldaan op {voldaan}: er is geen termijn meer om te verlengen (Wi 12 lid 1).",
                f"The duty was met on {voldaan}: there is no term left to extend (Wi 12(1)).")
    begin = b.get("inburgeringstermijn_startdatum")
    if not begin or begin > bron.peildatum:
        return ("Op de peildatum is er nog geen termijn om te verlengen: die begint op de dag na het PIP "
                "(Wi 11 lid 2).",
                "On the peildatum there is no term to extend yet: it begins on the day after the PIP (Wi 11(2)).")
    return None


def _route_wacht_op_pip(b) -> bool:
    """No route counts on the peildatum (the rule `leerroute_van_het_pip`: no PIP, or one dated after it), for who
    may have to meet the duty (for who need not, the facts a decision rests on say enough)."""
    return b.get("leerroute_van_het_pip") == "nog_niet_vastgesteld" and b.get("plicht_te_voldoen") is not False


def _route_telt_nog_niet(b, i, bron=None):
    """Why a given route does not count on the peildatum, as the rule `leerroute_van_het_pip` reads it (Wi 15 lid 1 a,
    I59): there is no PIP, or it is dated after the peildatum; None where it counts or none is given."""
    route, pip = i.get("leerroute"), i.get("pip_datum")
    if route in (None, "nog_niet_vastgesteld") or not _route_wacht_op_pip(b):
        return None
    naam_nl, naam_en = bron.leden.get(("leerroute", route), route), bron.leden_en.get(("leerroute", route), route)
    if pip:
        return (f"De leerroute {naam_nl} geldt pas vanaf het PIP van {pip}, na de peildatum (Wi 15 lid 1 a, I59).",
                f"The learning route {naam_en} holds only from the PIP of {pip}, after the peildatum (Wi 15(1)(a), "
                "I59).")
    return (f"De leerroute {naam_nl} is gegeven zonder PIP (pip_datum): zonder PIP is er geen vastgestelde route "
            "(Wi 15 lid 1 a, I44).",
            f"The learning route {naam_en} is given without a PIP (pip_datum): without a PIP no route is set "
            "(Wi 15(1)(a), I44).")


def _met_gebaseerd(naam: str, zin):
    """`zin`'s reason followed by the facts `naam` rests on; None where `zin` gives none."""
    def sjabloon(b, i, bron=None):
        reden = zin(b, i, bron)
        if reden is None:
            return None
        gebaseerd_nl, gebaseerd_en = bron.gebaseerd_op(naam)
        return f"{reden[0]}{gebaseerd_nl}", f"{reden[1]}{gebaseerd_en}"
    return sjabloon


def _taalschakeltraject(b, i, bron=None):
    """Why the MAP is not required: the taalschakeltraject completed (Wi 8 lid 3, "of heeft afgerond")."""
    if b.get("plicht_te_voldoen") is not True or i.get("taalschakeltraject_afgerond") is not True:
        return None
    return ("Het taalschakeltraject is afgerond: de verplichting om de MAP af te ronden is niet van toepassing (Wi 8 lid "
            "3), ook in een andere leerroute.",
            "The language bridging programme was completed: the duty to complete the MAP does not apply (Wi 8(3)), "
            "also in another learning route.")


def _map_verplicht(b, i, bron=None):
    """Why the MAP is required, naming what was read as "no" when not given (Wi 8 lid 3, a completed
    taalschakeltraject; a review found it assumed without a word)."""
    if "taalschakeltraject_afgerond" in i:
        return None
    niet = ("taalschakeltraject_afgerond",)
    return (f"Niet gegeven en dus gelezen als nee: {_labels(bron, niet, 'nl')} (Wi 8 lid 3).",
            f"Not given and so read as no: {_labels(bron, niet, 'en')} (Wi 8(3)).")


def _map_in_termijn(b, i, bron=None):
    """Why the MAP is not required for a PIP dated after the peildatum: the MAP belongs to the term that PIP begins,
    and it sets the onderwijsroute (Wi 8 lid 3 with 11 lid 2, I59)."""
    pip = i.get("pip_datum")
    if i.get("leerroute") != "onderwijsroute" or not pip or not _route_wacht_op_pip(b):
        return None
    return (f"Het PIP van {pip} stelt de onderwijsroute vast; de MAP hoort bij de termijn die dat PIP begint, en in "
            "de onderwijsroute is zij niet verplicht (Wi 8 lid 3, Wi 11 lid 2, I59).",
            f"The PIP of {pip} sets the education route; the MAP belongs to the term that PIP begins, and in the "
            "education route it is not required (Wi 8(3), Wi 11(2), I59).")


def _route_behaald(b, i, bron=None):
    """Why the college offers no course to an asylum permit holder who achieved his route (Wi 16 lid 1, I61): an
    achievement that counts (on or after the PIP, Bi 5.3 lid 5) on or before the peildatum, as the rule reads it."""
    behaald = i.get("leerroute_behaald_datum")
    if (b.get("doelgroep") != "asielstatushouder" or not behaald or behaald > bron.peildatum
            or not telt_op(behaald, i.get("pip_datum"))):
        return None
    return (f"De leerroute is behaald op {behaald}; het college biedt een cursus of opleiding aan waarmee de "
            "inburgeringsplichtige aan de leerroute kan voldoen, en die heeft hij niet meer nodig (Wi 16 lid 1, I61).",
            f"The learning route was achieved on {behaald}; the municipality offers a course with which the person "
            "can complete the learning route, which he no longer needs (Wi 16(1), I61).")


def _geen_aanbod(b, i, bron=None):
    """Why the college owes no course under Wi 16 lid 1: the person need not meet the duty (`_geen_plicht`), the route
    achieved (`_route_behaald`, I61), or he is no asylum permit holder (Wi 13 lid 1): a family or other migrant in the
    Z-route does get that route's parts (Bi 3.14 lid 1, I63), any other arranges his course and may borrow for it
    (Wi 19, 20). A review of the explanations found a bare "nee" with the facts given."""
    if (reden := _geen_plicht(b, "Wi 16 lid 1", "Wi 16(1)")) is not None:
        return reden
    if (reden := _route_behaald(b, i, bron)) is not None:
        return reden
    if b.get("doelgroep") != "gezinsmigrant_of_overige_migrant":
        return None
    alleen_nl = ("Een cursus of opleiding van Wi 16 lid 1 biedt het college alleen asielstatushouders aan (Wi 13 lid "
                 "1); ")
    alleen_en = "The municipality offers the course or programme of Wi 16(1) to asylum permit holders only (Wi 13(1)); "
    # the route of a PIP dated on or before the peildatum, as the rules read it (I59)
    if b.get("leerroute_van_het_pip") == "z_route":
        return (alleen_nl + "in de zelfredzaamheidsroute biedt het college wel de onderdelen van die route aan (Bi "
                "3.14 lid 1, I63).", alleen_en + "in the self-reliance route it does offer that route's parts (Bi "
                "3.14(1), I63).")
    return (alleen_nl + "een gezinsmigrant of overige migrant kiest zelf zijn cursus; daarvoor kan hij gedurende zijn "
            "termijnen bij DUO lenen (Wi 19, Wi 20 lid 1, Bi 6.3 lid 1; of dat op de peildatum kan, zegt "
            "lening_maximum_bedrag).",
            alleen_en + "a family or other migrant chooses his own course; during his terms he may borrow for it from "
            "DUO (Wi 19, Wi 20(1), Bi 6.3(1); whether he can on the peildatum, lening_maximum_bedrag says).")


def _aanbod(b, i, bron=None):
    """Why the college owes a course (Wi 16 lid 1): an asylum permit holder (Wi 13 lid 1) who must meet the duty; the
    course is for the route of the PIP (Wi 15), so before the PIP it says the route is still to be set there."""
    onder = _wi_13_lid_1_onder(i)
    nl = (f"Asielstatushouder (Wi 13 lid 1 onder {onder}) die aan de plicht moet voldoen: het college biedt tijdig een "
          "cursus of opleiding aan waarmee hij aan de in het PIP vastgestelde leerroute kan voldoen (Wi 16 lid 1).")
    en = (f"Asylum permit holder (Wi 13(1)({onder})) who must meet the duty: the municipality offers in good time a "
          "course or programme with which he can complete the learning route set in the PIP (Wi 16(1)).")
    if b.get("leerroute_van_het_pip") == "nog_niet_vastgesteld":
        nl += " Die leerroute stelt het college vast in het PIP (Wi 15); op de peildatum is er nog geen."
        en += " The municipality sets that route in the PIP (Wi 15); on the peildatum there is none yet."
    return nl, en


def _niet_plichtig(b, artikel_nl: str, artikel_en: str) -> tuple[str, str] | None:
    """Why a rule for the obligated person gives nothing to who is not obligated (Wi 3; the reason is its own
    decision)."""
    if b.get("inburgeringsplichtig") is not False:
        return None
    return (f"Niet inburgeringsplichtig (zie reden_geen_inburgeringsplicht): {artikel_nl} geldt voor de "
            "inburgeringsplichtige.",
            f"Not obligated (see reden_geen_inburgeringsplicht): {artikel_en} applies to the obligated person.")


def _wi_13_lid_1_onder(i) -> str:
    """The letter of Wi 13 lid 1 of an asylum permit holder: a (the asylum permit) or b (his family member)."""
    return "a" if i.get("verblijfsvergunning") == VERGUNNING_ART_8_C.name else "b"


def _geen_plicht(b, artikel_nl: str, artikel_en: str) -> tuple[str, str] | None:
    """Why a rule for who must meet the duty gives nothing: not obligated (`_niet_plichtig`), or obligated but
    exempted or wholly relieved (`plicht_te_voldoen` false, Wi 4, 5)."""
    if (reden := _niet_plichtig(b, artikel_nl, artikel_en)) is not None:
        return reden
    if b.get("plicht_te_voldoen") is False:  # also where the duty itself is open: exempt or relieved either way
        grond_nl, grond_en = _geen_plicht_te_voldoen(b)
        return (f"De persoon is {grond_nl} en hoeft niet aan de plicht te voldoen; {artikel_nl} dient het voldoen "
                "eraan.", f"The person is {grond_en} and need not meet the duty; {artikel_en} serves meeting it.")
    return None


def _geen_route_geen_norm(b, i, bron=None):
    """Why a Z-route norm is 0 for who need not meet the duty: exempt or wholly relieved, he has no learning route
    (Wi 4 lid 1, 5; I7), as the rule reads it (`plicht_te_voldoen`; a legal review found 800 hours for him)."""
    if b.get("plicht_te_voldoen") is not False or b.get("doelgroep") in (None, "geen"):
        return None
    grond_nl, grond_en = _geen_plicht_te_voldoen(b)
    return (f"Geen norm: de persoon is {grond_nl}, hoeft de inburgeringsplicht niet te voldoen en volgt geen leerroute "
            "(I7).", f"No norm: the person is {grond_en}, need not meet the duty and follows no learning route (I7).")


def _geen_participatienorm(b, i, bron=None):
    """Why the Z-route's participation norm is 0 other than by the deduction of PVT and MAP (Bi 3.14 lid 5): the
    person is relieved of the participation part (Bi 2.7 lid 3 c, I16; as the rule reads it), or is no asylum permit
    holder (lid 3)."""
    if (reden := _geen_route_geen_norm(b, i, bron)) is not None:
        return reden
    # the target group first: a family migrant has no part b to be relieved of (a review)
    if b.get("doelgroep") == "gezinsmigrant_of_overige_migrant":
        return ("Geen norm: voor gezinsmigranten en overige migranten gelden alleen onderdeel a en c van Bi 3.14 lid 2 "
                "(lid 3).",
                "No norm: for family and other migrants only parts (a) and (c) of Bi 3.14(2) apply (para. 3).")
    if b.get(PARTICIPATIEGEDEELTE_ONTHEVEN) is True:
        return ("Geen norm: de persoon is ontheven van het participatiegedeelte (Bi 2.7 lid 3 c); het PVT en de MAP "
                "blijven verplicht (Wi 6 lid 1, I16).",
                "No norm: the person is relieved of the participation part (Bi 2.7(3)(c)); the PVT and the MAP remain "
                "required (Wi 6(1), I16).")
    return None


def _periode_voor_plicht(b, i, bron=None):
    """Why ontzorgen does not apply to an obligated person with bijstand: the period of Pw 56a lid 2 ended before the
    residence was acquired, the day lid 1 was met (I42), as the rule reads it."""
    bijstand, verkregen = i.get("bijstand_recht_datum"), i.get("verblijf_verkregen_datum")
    einde = b.get(ONTZORGEN_PERIODE)  # the rule's own end of the period
    if not (bijstand and verkregen and einde and b.get("inburgeringsplichtig") is True) or einde >= verkregen:
        return None
    duur_nl, duur_en = _termijn(bron, "ontzorgen.duur_maanden", "maanden", bijstand)
    return (f"De periode van {duur_nl} vanaf de dag waarop het recht op bijstand ontstond ({bijstand}) eindigde op "
            f"{einde}, vóór het verblijf ({verkregen}): het artikel was er nooit op van toepassing (Pw 56a lid 1 en "
            "2, I42).",
            f"The period of {duur_en} from the day the right to social assistance arose ({bijstand}) ended on {einde}, "
            f"before the residence ({verkregen}): the article never applied to it (Pw 56a(1) and (2), I42).")


# Bi 6.1 onder e ("niet heeft aangetoond al voldoende te zijn ingeburgerd"): the inputs of what he would have shown
# (Wi 4 lid 1 e with Bi 2.3 a-c), read as "not shown" when not given: the burden is his. Onder b and c the API asks
# (`publiek.FEITEN_ALLEEN_BIJ`), onder d too (I44).
_BI_6_1_FEITEN = ("voldoende_ingeburgerd_vastgesteld", "brp_inschrijving_onafgebroken_jaren",
                  "werk_of_vrijwilligerswerk_jaren", "b1_spreken_luisteren_vastgesteld")


def _lening_bi_6_1(b, i, bron=None):
    """The loan of a person of Bi 6.1 (a national of the EU/EEA/Switzerland or a family member, not obligated): the
    article, the years of the right, and the facts of e that were not given and so read as "not shown", by name (a
    review found EUR 10,000 explained only by the facts given; those of b and c the API asks for, a later review)."""
    if b.get("lening_vrijwillige_inburgeraar") is not True:
        return None
    verkregen = i.get("verblijf_verkregen_datum")
    jaren_nl, jaren_en = _termijn(bron, "lening.vrijwillig_aanspraak_jaren", "jaren", verkregen)
    maximum = bron.wet("lening.maximum_bedrag")
    lid_nl, lid_en = _lening_bi_6_1_maximum_lid(bron)
    nl = (f"Niet inburgeringsplichtig, met verblijf op grond van het Unierecht sinds {verkregen}: aanspraak op een "
          f"lening van ten hoogste {_euro(maximum, 'nl')} ({lid_nl}) gedurende "
          f"{jaren_nl} (Bi 6.1, Bi 6.3 lid 1), als Bi 6.1 onder b tot en met e geldt.")
    en = (f"Not obligated, with residence under EU law since {verkregen}: a right to a loan of at most "
          f"{_euro(maximum, 'en')} ({lid_en}) for {jaren_en} (Bi 6.1, Bi 6.3(1)), "
          "if Bi 6.1 (b) to (e) hold.")
    if ontbreekt := [naam for naam in _BI_6_1_FEITEN if naam not in i]:
        nl += (" Niet gegeven en dus gelezen als niet aangetoond, zodat onder e is vervuld: "
               f"{_labels(bron, ontbreekt, 'nl')}.")
        en += f" Not given and so read as not shown, which meets (e): {_labels(bron, ontbreekt, 'en')}."
    return nl, en


def _lening_wi_19(b, i, bron=None):
    """The loan of an obligated family or other migrant (Wi 19) on the peildatum: the group, the periods of Bi 6.3 lid 1
    and the last day of the right (Wi 20 lid 2), as the rule reads them. A review of the explanations found the amount
    explained only by the facts given."""
    if b.get("doelgroep") != "gezinsmigrant_of_overige_migrant":
        return None
    einde = b.get("leenrecht_einddatum")
    nl = ("Gezinsmigrant of overige migrant die aan de plicht moet voldoen (Wi 19): op de peildatum aanspraak op een "
          "lening van ten hoogste dit bedrag (Bi 6.2 lid 1), gedurende de termijn, de verlengde termijn en de nieuwe "
          "termijn uit een boetebeschikking (Bi 6.3 lid 1)")
    en = ("Family or other migrant who must meet the duty (Wi 19): on the peildatum a right to a loan of at most this "
          "amount (Bi 6.2(1)), during the term, the extended term and the new term of a fine decision (Bi 6.3(1))")
    if einde:
        return (f"{nl}, uiterlijk tot en met {einde} (Wi 20 lid 2).",
                f"{en}, at the latest up to and including {einde} (Wi 20(2)).")
    return f"{nl}.", f"{en}."


# The reasons of Wi 3 lid 2 a-c, which Bi 6.1 names, as the rule `lening_bi_6_1_persoon` reads them.
_WI_3_LID_2 = tuple(lid.name for lid in WI_3_LID_2)


def _geen_lening(b, i, bron=None):
    """Why the loan's maximum is 0 on the peildatum, as the rule reads it: outside the three years of a person of Bi
    6.1; not obligated and no such person; an asylum permit holder or his family member (Wi 19); not to meet the duty;
    before the term begins (no PIP yet, or its day after the peildatum) or after the right ended (Bi 6.3 lid 1, Wi 20
    lid 2). Else (between the term and a fine's new term) the facts given."""
    peildatum, einde = bron.peildatum, b.get("leenrecht_einddatum")
    if b.get("lening_vrijwillige_inburgeraar") is True:
        if einde and einde < peildatum:
            return (f"De aanspraak van de persoon van Bi 6.1 liep tot en met {einde} (Bi 6.3 lid 1, tweede zin).",
                    f"The right of the person of Bi 6.1 ran up to and including {einde} (Bi 6.3(1), second sentence).")
        verkregen = i.get("verblijf_verkregen_datum")
        if verkregen and _op_een_dag(aanspraak_bi_6_1_vanaf, verkregen) > peildatum:  # the rule's day (I22)
            return (f"De aanspraak van de persoon van Bi 6.1 loopt vanaf de dag na de verkrijging van het verblijf "
                    f"({verkregen}; Bi 6.3 lid 1, tweede zin).",
                    f"The right of the person of Bi 6.1 runs from the day after the residence was acquired ({verkregen}; "
                    "Bi 6.3(1), second sentence).")
        return None
    if b.get("inburgeringsplichtig") is False and b.get("reden_geen_inburgeringsplicht") in _WI_3_LID_2 and i.get(
            "verblijfsvergunning") == VERGUNNING_ART_8_E.name:
        # Bi 6.1: the person of Wi 3 lid 2 who acquires residence under EU law (Vw 8 e), its conditions a-e on the
        # peildatum; not before he acquires it (a review found a-e named for a residence that had not begun)
        verkregen = i.get("verblijf_verkregen_datum")
        if verkregen and verkregen > peildatum:
            return (f"Niet inburgeringsplichtig; het verblijf op grond van het Unierecht wordt pas op {verkregen} "
                    "verkregen: Bi 6.1 geldt voor wie dat verblijf verkrijgt, en de aanspraak loopt vanaf de dag erna "
                    "(Bi 6.3 lid 1, tweede zin).",
                    f"Not obligated; the residence under EU law is acquired only on {verkregen}: Bi 6.1 applies to who "
                    "acquires that residence, and the right runs from the day after (Bi 6.3(1), second sentence).")
        return ("Niet inburgeringsplichtig, met verblijf op grond van het Unierecht: op de peildatum is niet aan elke "
                "voorwaarde van Bi 6.1 onder a tot en met e voldaan (leeftijd, leerplicht, diploma, al ingeburgerd; "
                "I56), dus geen aanspraak (Bi 6.3 lid 1, tweede zin).",
                "Not obligated, with residence under EU law: on the peildatum not every condition of Bi 6.1 (a) to (e) "
                "is met (age, compulsory education, diploma, already integrated; I56), so no right (Bi 6.3(1), second "
                "sentence).")
    if b.get("inburgeringsplichtig") is False:
        return ("Niet inburgeringsplichtig (zie reden_geen_inburgeringsplicht) en geen persoon van Bi 6.1 (die van Wi 3 "
                "lid 2 met verblijf op grond van het Unierecht, verkregen na de inwerkingtreding, I22): het "
                "leenhoofdstuk geldt niet (Wi 19, Wi 20 lid 3).",
                "Not obligated (see reden_geen_inburgeringsplicht) and no person of Bi 6.1 (one of Wi 3(2) with "
                "residence under EU law, acquired after the act took effect, I22): the loan chapter does not apply "
                "(Wi 19, Wi 20(3)).")
    if b.get("doelgroep") == "asielstatushouder":
        # the course offer only where the rule gives it (Wi 16 lid 1: not to who is exempt, relieved or has achieved
        # his route; a review found it named beside a "no" of leerroute_aanbod_door_gemeente)
        aanbod = b.get("leerroute_aanbod_door_gemeente") is True
        return ("Asielstatushouder of zijn gezinslid (Wi 13 lid 1): het leenhoofdstuk geldt alleen voor de "
                "inburgeringsplichtige met een verblijfsvergunning regulier voor bepaalde tijd, niet voor een gezinslid "
                "van Wi 13 lid 1 onder b (Wi 19)" + ("; het college biedt hem de cursus of opleiding aan (Wi 16 lid 1)."
                                                    if aanbod else "."),
                "Asylum permit holder or his family member (Wi 13(1)): the loan chapter applies only to an obligated "
                "person with a fixed-term regular permit, not to a family member of Wi 13(1)(b) (Wi 19)"
                + ("; the municipality offers him the course or programme (Wi 16(1))." if aanbod else "."))
    if (reden := _geen_plicht(b, "de lening (Wi 20 lid 1)", "the loan (Wi 20(1))")) is not None:
        return reden
    if b.get("doelgroep") != "gezinsmigrant_of_overige_migrant":
        return None
    begin = b.get("inburgeringstermijn_startdatum")
    if not begin:
        return ("De aanspraak loopt gedurende de termijn van Wi 11 (Bi 6.3 lid 1), die begint op de dag na de "
                "vaststelling van het PIP; er is nog geen PIP.",
                "The right runs during the term of Wi 11 (Bi 6.3(1)), which begins on the day after the PIP is set; "
                "there is no PIP yet.")
    if begin > peildatum:
        return (f"De aanspraak loopt gedurende de termijn van Wi 11 (Bi 6.3 lid 1), die pas begint op {begin}.",
                f"The right runs during the term of Wi 11 (Bi 6.3(1)), which begins only on {begin}.")
    if einde and einde < peildatum:
        return (f"De aanspraak liep tot en met {einde} (Bi 6.3 lid 1, Wi 20 lid 2).",
                f"The right ran up to and including {einde} (Bi 6.3(1), Wi 20(2)).")
    return None


def _begeleiding_recht(b, i, bron=None):
    """Why the college provides social guidance (Wi 13 lid 1): the asylum target group, under a or b."""
    onder = _wi_13_lid_1_onder(i)
    return (f"Het college voorziet in de maatschappelijke begeleiding van de inburgeringsplichtige met een "
            f"verblijfsvergunning als bedoeld in Wi 13 lid 1 onder {onder} (asielstatushouder of zijn gezinslid); zij "
            "vangt aan op maatschappelijke_begeleiding_startdatum (lid 3).",
            f"The municipality provides social guidance to the obligated person with a permit of Wi 13(1)({onder}) "
            "(asylum permit holder or his family member); it begins on maatschappelijke_begeleiding_startdatum "
            "(para. 3).")


def _geen_begeleiding(b, i, bron=None):
    """Why no social guidance (Wi 13 lid 1): not obligated, no longer after meeting the duty (I65), or a family or
    other migrant (Wi 19)."""
    if (reden := _niet_plichtig(b, "Wi 13 lid 1", "Wi 13(1)")) is not None:
        return reden
    voldaan = b.get("inburgeringsplicht_voldaan_datum")
    if b.get("doelgroep") == "asielstatushouder" and voldaan:
        return (f"Aan de plicht voldaan op {voldaan}: daarna niet langer de inburgeringsplichtige van Wi 13 lid 1 (Wi 20 "
                "lid 2 onder b, Wi 21 lid 1, I65).",
                f"The duty was met on {voldaan}: after that no longer the obligated person of Wi 13(1) (Wi 20(2)(b), "
                "Wi 21(1), I65).")
    if b.get("doelgroep") == "gezinsmigrant_of_overige_migrant":
        return ("Maatschappelijke begeleiding is voor de inburgeringsplichtige met een asielvergunning voor bepaalde "
                "tijd en zijn gezinslid met een reguliere vergunning (Wi 13 lid 1 onder a en b); deze persoon is "
                "gezinsmigrant of overige migrant (Wi 19).",
                "Social guidance is for the obligated person with a fixed-term asylum permit and his family member "
                "with a regular permit (Wi 13(1)(a) and (b)); this person is a family or other migrant (Wi 19).")
    return None


def _geen_ontzorgen(b, i, bron=None):
    """Why ontzorgen does not apply, in the order of Pw 56a as the rule reads it: lid 1 a (not obligated, or no longer
    when the right to bijstand arose, I42), lid 1 b (no fixed-term asylum permit, I15), lid 2 (no right to bijstand
    given), and the period before the duty (`_periode_voor_plicht`)."""
    bijstand, voldaan = i.get("bijstand_recht_datum"), b.get("inburgeringsplicht_voldaan_datum")
    if b.get("inburgeringsplichtig") is False:
        return ("Niet inburgeringsplichtig (zie reden_geen_inburgeringsplicht; Pw 56a lid 1 onder a).",
                "Not obligated (see reden_geen_inburgeringsplicht; Pw 56a(1)(a)).")
    if bijstand and voldaan and voldaan < bijstand:
        return (f"Aan de plicht voldaan op {voldaan}, vóór het recht op bijstand ({bijstand}): toen niet langer "
                "inburgeringsplichtig (Pw 56a lid 1 onder a, Wi 20 lid 2 onder b, I42).",
                f"The duty was met on {voldaan}, before the right to social assistance ({bijstand}): no longer "
                "obligated then (Pw 56a(1)(a), Wi 20(2)(b), I42).")
    # lid 1 b and lid 2 decide also where lid 1 a is open (a fact missing)
    if i.get("verblijfsvergunning") not in (None, VERGUNNING_ART_8_C.name):
        return ("Pw 56a lid 1 onder b geldt alleen bij verblijf op grond van een verblijfsvergunning asiel voor bepaalde "
                "tijd; ook een gezinslid met een reguliere vergunning valt er niet onder (I15).",
                "Pw 56a(1)(b) applies only to residence on a fixed-term asylum permit; a family member with a regular "
                "permit does not fall under it either (I15).")
    if not bijstand:
        return ("Geen recht op bijstand gegeven (bijstand_recht_datum): het college verbindt de verplichting aan de "
                "bijstand (Pw 56a lid 2).",
                "No right to social assistance given (bijstand_recht_datum): the municipality attaches the obligation "
                "to the assistance (Pw 56a(2)).")
    return _periode_voor_plicht(b, i, bron)


def _lening_bi_6_1_maximum_lid(bron) -> tuple[str, str]:
    """The lid that gives a person of Bi 6.1 the maximum on the peildatum (nl, en): the `bi_6_1_lid` of the value of
    `lening.maximum_bedrag` in force then, in the law in force (a reform changes the amount, not the article): Bi 6.2
    lid 1 until 2025-08-31, Bi 6.2a lid 2 from 2025-09-01. A value without it is an error, not a guess."""
    parameter = _wettelijk("lening.maximum_bedrag")
    sinds = begin_op_dag(parameter, bron.peildatum, vanaf_eerste=True)
    nl, en = next(w for w in parameter.values_list if w.instant_str == sinds).metadata["bi_6_1_lid"]
    return nl, en


WAAROM = {
    "reden_geen_inburgeringsplicht": _reden,
    "map_verplicht": _met_gebaseerd("map_verplicht", _eerste(
        lambda b, i, bron=None: None if i.get("pip_datum") else _route_telt_nog_niet(b, i, bron), _map_verplicht)),
    "onderwijsroute_mogelijk": _met_gebaseerd("onderwijsroute_mogelijk", _route_telt_nog_niet),
    "z_route_mogelijk": _met_gebaseerd("z_route_mogelijk", _route_telt_nog_niet),
    "doelgroep": _doelgroep,
    "vrijstellingsgrond": _vrijstelling_wi2013,
    "pip_uiterste_datum": _pip,
    "pip_bezwaartermijn_einddatum": _bezwaar,
    "inburgeringstermijn_einddatum": _termijn_einde,
    "pvt_uiterste_datum": _pvt_termijn,
    "map_uiterste_datum": _binnen_termijn,
    "ontzorgen_einddatum": _ontzorgen,
    "leerroute_wijziging_uiterste_datum": _route_wijziging,
    "leenrecht_einddatum": _leenrecht,
    "maatschappelijke_begeleiding_startdatum": _begeleiding,
    "boete_art_23_bedrag": _boete_23,
    "verlenging_aanzienlijke_inspanning_mogelijk": _met_afweging(
        "verlenging_aanzienlijke_inspanning_mogelijk", "Dat verlenging leidt tot het voldoen aan de plicht volgens de "
        "leerroute, maakt de inburgeringsplichtige aannemelijk en beoordeelt de Minister (Wi 12 lid 1 b, I57).",
        "That an extension leads to meeting the duty along the learning route is for the person to make plausible and "
        "for the Minister to judge (Wi 12(1)(b), I57)."),
    "z_route_cursusuren_vereist": _z_route_cursusnorm,
    "z_route_participatie_uren_vereist": _z_route_participatienorm,
    "afschalen_naar_a2_mogelijk": _met_afweging(
        "afschalen_naar_a2_mogelijk", "Of hij zich voldoende heeft ingespannen en niet in staat is B1 binnen de "
        "termijn te halen, beoordeelt het college (Wi 17 lid 3, Bi 5.5 lid 1, I17).",
        "Whether he made enough effort and cannot reach B1 within the term is for the municipality to judge "
        "(Wi 17(3), Bi 5.5(1), I17)."),
    "boete_art_22_bedrag": _verlaagbaar("boete_art_22_bedrag", ("het college", "the municipality"),
                                        ("Bi 7.1 lid 6", "Bi 7.1(6)"), "22", _boete_22_lid, _plafond_22),
    "boete_art_24_bedrag": _verlaagbaar("boete_art_24_bedrag", ("DUO", "DUO"), ("Bi 7.2 lid 3", "Bi 7.2(3)"), "24",
                                        _niet_meetellend("pvt_afgerond_datum", "map_afgerond_datum")),
    "boete_art_25_maximum_bedrag": _eerste(_niet_meetellend("leerroute_behaald_datum"), _z_route_zonder_certificaat),
    "inburgeringsplicht_voldaan_datum": _voldaan,
    "gemeentelijk_boeteplafond_resterend_bedrag": _plafond,
    "nieuwe_termijn_art_24_einddatum": _nieuwe_termijn("24"),
    "nieuwe_termijn_art_25_einddatum": _nieuwe_termijn("25"),
    "volgende_boete_art_24_mogelijk_vanaf": _volgende_boete("24"),
    "volgende_boete_art_25_mogelijk_vanaf": _volgende_boete("25"),
    "boete_art_24_bezwaartermijn_einddatum": _bezwaar_boete("24"),
    "boete_art_25_bezwaartermijn_einddatum": _bezwaar_boete("25"),
    "boete_art_22_nieuwe_termijn_uiterste_datum": _art_22_termijn,
    "lening_terugbetaling_startdatum": _terugbetaling,
    "lening_maximum_bedrag": _eerste(_lening_bi_6_1, _met_gebaseerd("lening_maximum_bedrag", _lening_wi_19)),
    "leerroute_aanbod_door_gemeente": _met_gebaseerd("leerroute_aanbod_door_gemeente", _aanbod),
    "maatschappelijke_begeleiding_recht": _met_gebaseerd("maatschappelijke_begeleiding_recht", _begeleiding_recht),
    "ontzorgen_verplicht": _met_gebaseerd("ontzorgen_verplicht", _ontzorgen),
}


def _verlenging_nog_niet(b, i, bron=None):
    """Bi 4.5 lid 1, as the rule: before the first day an application can be made the extension is not open
    yet; say from when (a necessary condition only: Bi 4.4 may not be met either), then the facts the grounds
    depend on."""
    einde = b.get("inburgeringstermijn_einddatum")
    if not einde:
        return None
    maanden = bron.wet("termijnen.verlenging_aanvraag_maanden_voor_einde")  # on the peildatum, as the rule
    vanaf = _op_een_dag(partial(aanvraag_vanaf, maanden), einde)
    if vanaf <= bron.peildatum:
        return None
    duur_nl, duur_en = _termijn(bron, "termijnen.verlenging_aanvraag_maanden_voor_einde", "maanden")
    gebaseerd_nl, gebaseerd_en = bron.gebaseerd_op("verlenging_aanzienlijke_inspanning_mogelijk")
    return (f"Een aanvraag kan in elk geval niet vóór {vanaf}: niet eerder dan {duur_nl} voor het "
            f"verstrijken van de termijn (laatste dag {einde}; Bi 4.5 lid 1).{gebaseerd_nl}",
            f"In any case an application cannot be made before {vanaf}: not earlier than {duur_en} before "
            f"the term expires (last day {einde}; Bi 4.5(1)).{gebaseerd_en}")


def _wi_25_lid_3(b, i, bron=None):
    """Why there is no art. 25 fine, now or next: DUO imposes none once the extension of the fixed-term regular permit
    was refused or the permit withdrawn (Wi 25 lid 3, I50; `boete_art_25_achterwege_lid_3`). A review found "no next
    fine follows (Wi 24 lid 3 and 4)", which say the opposite."""
    if b.get("boete_art_25_achterwege_lid_3") is not True:
        return None
    return ("DUO legt geen boete van art. 25 op: de aanvraag tot verlenging van de verblijfsvergunning voor bepaalde "
            "tijd is afgewezen of de vergunning is ingetrokken (Wi 25 lid 3).",
            "DUO imposes no art. 25 fine: the application to extend the fixed-term residence permit was refused or the "
            "permit was withdrawn (Wi 25(3)).")


def _geen_volgende_boete_art_25(b, i, bron=None):
    """`ZONDER_DATUM` for the next art. 25 fine: none under Wi 25 lid 3."""
    if (reden := _wi_25_lid_3(b, i, bron)) is None:
        return None
    return "geen. " + reden[0], "none. " + reden[1]


def _na_eerdere_boete(artikel):
    """Why an art. 24/25 fine is 0 while a fine decision of that article is known (Wi 24 lid 3-4, 25 lid 2; I32):
    the next one only from `volgende_boete_art_*_mogelijk_vanaf`, or none."""
    def zin(b, i, bron=None):
        bekendmaking = i.get(f"boete_art_{artikel}_bekendmaking_datum")
        # only after a decision made known on or before the peildatum (a review: before the act, the rule is false
        # for everyone, and the sentence named a decision "op None")
        if b.get(f"boete_art_{artikel}_eerste_of_volgende") is not False or not bekendmaking or (
                bekendmaking > bron.peildatum):
            return None
        volgende_naam = f"volgende_boete_art_{artikel}_mogelijk_vanaf"
        volgende = b.get(volgende_naam)
        lid_nl, lid_en = ("Wi 24 lid 3 en 4", "Wi 24(3) and (4)") if artikel == "24" else (
            "Wi 25 lid 2 met 24 lid 3 en 4", "Wi 25(2) with 24(3) and (4)")
        if volgende:
            return (f"DUO maakte op {bekendmaking} een boetebeschikking van art. {artikel} bekend; een volgende boete "
                    f"kan niet vóór {volgende} ({lid_nl}).",
                    f"DUO made an art. {artikel} fine decision known on {bekendmaking}; a next fine cannot come "
                    f"before {volgende} ({lid_en}).")
        if volgende_naam in bron.onbepaald:  # e.g. the new term's length (I31)
            return (f"DUO maakte op {bekendmaking} een boetebeschikking van art. {artikel} bekend; een volgende boete "
                    f"kan niet vóór het einde van de nieuwe termijn, en die dag hangt af van wat ontbreekt ({lid_nl}).",
                    f"DUO made an art. {artikel} fine decision known on {bekendmaking}; a next fine cannot come "
                    f"before the end of the new term, and that day depends on what is missing ({lid_en}).")
        return (f"DUO maakte op {bekendmaking} een boetebeschikking van art. {artikel} bekend; er volgt geen volgende "
                f"boete ({lid_nl}).",
                f"DUO made an art. {artikel} fine decision known on {bekendmaking}; no next fine follows ({lid_en}).")
    return zin


# Why a decision is false or 0, where the law says more than the facts it depends on.
WAAROM_NIET = {
    "map_verplicht": _met_gebaseerd("map_verplicht", _eerste(_taalschakeltraject, _map_in_termijn)),
    "ontzorgen_verplicht": _met_gebaseerd("ontzorgen_verplicht", _geen_ontzorgen),
    "lening_maximum_bedrag": _met_gebaseerd("lening_maximum_bedrag", _geen_lening),
    "maatschappelijke_begeleiding_recht": _met_gebaseerd("maatschappelijke_begeleiding_recht", _geen_begeleiding),
    "z_route_participatie_uren_vereist": _met_gebaseerd("z_route_participatie_uren_vereist", _geen_participatienorm),
    "z_route_cursusuren_vereist": _met_gebaseerd("z_route_cursusuren_vereist", _geen_route_geen_norm),
    "leerroute_aanbod_door_gemeente": _met_gebaseerd("leerroute_aanbod_door_gemeente", _geen_aanbod),
    "onderwijsroute_mogelijk": _met_gebaseerd("onderwijsroute_mogelijk", _route_telt_nog_niet),
    "z_route_mogelijk": _met_gebaseerd("z_route_mogelijk", _route_telt_nog_niet),
    "verlenging_aanzienlijke_inspanning_mogelijk": _eerste(_niets_te_verlengen, _verlenging_nog_niet,
                                                           _verlenging_voorwaarden),
    "verlenging_niet_verwijtbaar_mogelijk": _niets_te_verlengen,
    "inburgeringsplicht_voldaan": _eerste(_ELK_DEEL, _z_route_zonder_certificaat),
    "boete_art_24_bedrag": _na_eerdere_boete("24"),
    "boete_art_25_maximum_bedrag": _eerste(_met_gebaseerd("boete_art_25_maximum_bedrag", _wi_25_lid_3),
                                           _na_eerdere_boete("25")),
}


# Why a decision is undetermined, beyond what is missing: a route given that does not count yet, so the intake and
# the college's judgments it would record are asked (I37, I59).
ONBEPAALD_OMDAT = {
    "onderwijsroute_mogelijk": _route_telt_nog_niet,
    "z_route_mogelijk": _route_telt_nog_niet,
}


def _zonder_nieuwe_termijn(artikel):
    """Why a given fine decision yields no new term: its length is missing or beyond the law (I31)."""
    def zin(b, i, bron=None):
        if not i.get(f"boete_art_{artikel}_bekendmaking_datum"):
            return None
        if int(i.get(f"boete_art_{artikel}_aantal") or 0) >= 3:
            return ("geen: een boete van Wi 24 lid 4 stelt geen nieuwe termijn.",
                    "none: a fine under Wi 24(4) sets no new term.")
        maximum_nl, maximum_en = _termijn(bron, "boetes.nieuwe_termijn_maximum_maanden", "maanden",
                                          i.get(f"boete_art_{artikel}_bekendmaking_datum"))
        return (f"niet te bepalen: de lengte van de nieuwe termijn (boete_art_{artikel}_nieuwe_termijn_maanden) "
                f"ontbreekt of is langer dan de wet toelaat (Wi 24 lid 2: ten hoogste {maximum_nl}).",
                f"cannot be determined: the length of the new term (boete_art_{artikel}_nieuwe_termijn_maanden) is "
                f"missing or longer than the law allows (Wi 24(2): at most {maximum_en}).")
    return zin


def _route_wijziging_zonder(b, i, bron=None):
    """Why the route-change term has no last day, as the rule: the college deviates (Bi 5.4 lid 3; 2022 text: lid 2),
    or the non-exempting course ended after the term of lid 1 (lid 2, from 2023)."""
    if not b.get("inburgeringstermijn_startdatum"):
        return None
    if i.get("leerroute_wijziging_bijzonder_geval"):
        lid = _bi_5_4_lid(3, bron)
        return ("geen uiterste dag: het college wijkt in een bijzonder geval af van de termijn "
                f"(Bi 5.4 lid {lid}).",
                f"no last day: the municipality deviates from the term in a special case (Bi 5.4({lid})).")
    beeindigd = i.get("niet_vrijstellende_opleiding_beeindigd_datum")
    if beeindigd:
        return (f"geen uiterste dag: de niet vrijstellende opleiding eindigde op {beeindigd}, na de termijn "
                "van lid 1; de leerroute kan dan ook daarna worden gewijzigd (Bi 5.4 lid 2).",
                f"no last day: the non-exempting course ended on {beeindigd}, after the term of para. 1; the "
                "route can then be changed after it too (Bi 5.4(2)).")
    return None


def _geen_plicht_te_voldoen(b) -> tuple[str, str]:
    """Why an obligated person need not meet the duty (`plicht_te_voldoen` false): exempted or wholly relieved."""
    return (("vrijgesteld (Wi 4)", "exempted (Wi 4)") if b.get("vrijgesteld")
            else ("geheel ontheven (Wi 5)", "wholly relieved (Wi 5)"))


def _na_ontheffing(b, i, bron=None):
    """Why the loan's dates are undetermined for who was exempted or wholly relieved after the term began (I60)."""
    if b.get(NA_ONTHEFFING) is not True:
        return None
    grond_nl, grond_en = _geen_plicht_te_voldoen(b)
    begin = str(termijn_aanvang(numpy.datetime64(i["pip_datum"], "D")))  # Wi 11 lid 2
    return (f"niet te bepalen. De persoon is {grond_nl}, maar de termijn begon al op {begin}: tijdens de termijn kan "
            "hij aanspraak op de lening hebben gehad (Bi 6.3 lid 1), en wie leende, betaalt terug (Wi 21 lid 1). "
            "Wanneer de aanspraak verviel (Wi 20 lid 2) en dus wanneer de terugbetaling begint (Wi 21 lid 3), volgt "
            "niet uit de invoer: de dag van de vrijstelling of ontheffing is geen invoer (I60).",
            f"cannot be determined. The person is {grond_en}, but the term already began on {begin}: during the term "
            "he may have had a right to the loan (Bi 6.3(1)), and who borrowed repays (Wi 21(1)). When the right "
            "lapsed (Wi 20(2)) and so when repayment starts (Wi 21(3)) does not follow from the input: the day of the "
            "exemption or relief is not an input (I60).")


def _terugbetaling_zonder(b, i, bron=None):
    """Why a person of Bi 6.1 (`lening_bi_6_1_aanspraak`) has no repayment day: not "does not apply", since
    Bi 6.7 lid 4 sets one, from a day that is not an input (I35); or one exempted or relieved after the term began."""
    if b.get(NIET_TE_DATEREN["lening_terugbetaling_startdatum"]) is not True:
        return None
    if b.get(NA_ONTHEFFING) is True:
        return _na_ontheffing(b, i, bron)
    return ("niet te dateren. Voor een persoon van Bi 6.1 begint de terugbetalingsperiode zes maanden nadat drie jaar "
            "zijn verstreken sinds de verstrekking van de lening of, als dat eerder is, zes maanden nadat het "
            "inburgeringsexamen is behaald (Bi 6.7 lid 4); de dag van verstrekking is geen invoer.",
            "cannot be dated. For a person under Bi 6.1 the repayment period starts six months after three years have "
            "passed since the loan was paid out or, if earlier, six months after the integration exam was passed "
            "(Bi 6.7(4)); the day it was paid out is not an input.")


def _leenrecht_zonder(b, i, bron=None):
    """Why the end of the loan entitlement has no day: after a second or later fine (I18) it may have ended in the new
    term of the fine before, which is not an input; after an exemption (I60); for a person of Bi 6.1, onder d on its
    last day (I67) (`publiek.NIET_TE_DATEREN`)."""
    if b.get(NIET_TE_DATEREN["leenrecht_einddatum"]) is not True:
        return None
    if b.get(NA_ONTHEFFING) is True:
        return _na_ontheffing(b, i, bron)
    if b.get("inburgeringsplichtig") is False:  # the loan chapter reaches a person not obligated only by Bi 6.1
        # the law's numbers from the deciding system, as the rule reads them (years on the acquisition, the age limit
        # on the last day): a read of the change found "drie jaar" and "18 jaar" written here
        laatste, verkregen = b.get(BI_6_1_LAATSTE_DAG), i.get("verblijf_verkregen_datum")
        jaren_nl, jaren_en = _termijn(bron, "lening.vrijwillig_aanspraak_jaren", "jaren", verkregen)
        leeftijd = bron.wet("vrijstelling_ontheffing.kwalificatieplicht_tot_leeftijd", laatste)
        return (f"niet te dateren. Een persoon van Bi 6.1 heeft aanspraak op de dagen binnen de {jaren_nl} na de "
                "verkrijging waarop hij niet leerplichtig of kwalificatieplichtig is (onder d, op de dag zelf); die "
                f"plicht eindigt met een startkwalificatie of uiterlijk op {leeftijd} jaar, na {laatste}, de laatste "
                "dag die de aanspraak kan hebben. Of zij vóór die dag eindigt, volgt niet uit de invoer (I67).",
                f"cannot be dated. A person under Bi 6.1 is entitled on the days within the {jaren_en} after acquiring "
                "residence on which he is not subject to compulsory education or qualification (para. d, on the day "
                f"itself); that duty ends with a basic qualification or at {leeftijd} at the latest, after {laatste}, "
                "the last day the entitlement can have. Whether it ends before that day does not follow from the input "
                "(I67).")
    return ("niet te dateren. Na een tweede of latere boete kan de aanspraak zijn geëindigd in de nieuwe termijn van de "
            "boete ervoor, die verstreek vóór de laatste boete (Bi 6.3 lid 1 met Wi 24 lid 3 en 4); de invoer noemt "
            "alleen de laatste boetebeschikking.",
            "cannot be dated. After a second or later fine the entitlement may have ended in the new term of the fine "
            "before, which expired before the latest fine (Bi 6.3(1) with Wi 24(3) and (4)); the input names only "
            "the latest fine decision.")


# Rules that are no decision but that a template reads: computed in the same evaluation (`service.Stelsel.berekend`):
# those that say a date exists but no input gives it (`publiek.NIET_TE_DATEREN`, read by `ZONDER_DATUM`), and the
# route in force on the peildatum (`_route_telt_nog_niet`, `_map_in_termijn`: the rule, not a second reading of it).
NA_ONTHEFFING = "lening_na_ontheffing_niet_te_dateren"
ONTZORGEN_PERIODE = "ontzorgen_periode_einddatum"  # Pw 56a lid 2's period, applying or not (`_periode_voor_plicht`)
PARTICIPATIEGEDEELTE_ONTHEVEN = "z_route_participatiegedeelte_ontheven"  # Bi 2.7 lid 3 c (`_geen_participatienorm`)
LID_3_ART_22 = "boete_art_22_na_eerste_beschikking"  # Wi 22 lid 3 or lid 1 (I34, `_boete_22_lid`)
BI_6_1_LAATSTE_DAG = "lening_bi_6_1_laatste_dag"  # the last day of a Bi 6.1 entitlement, dated or not (`_leenrecht_zonder`)
GELEZEN = frozenset(NIET_TE_DATEREN.values()) | {"leerroute_van_het_pip", NA_ONTHEFFING, ONTZORGEN_PERIODE,
                                                 PARTICIPATIEGEDEELTE_ONTHEVEN, "lening_vrijwillige_inburgeraar",
                                                 LID_3_ART_22, BESLUIT_23, BI_6_1_LAATSTE_DAG}


def _geen_termijn(b, i, bron=None):
    """Why the integration term has no days for a person with a PIP (the same PIP starts the objection term): he need
    not (any longer) meet the duty (Wi 4, 5), or on the peildatum he is not obligated yet (residence acquired after
    it). A review found "does not apply" beside a term the loan's explanation said began (I60)."""
    pip = i.get("pip_datum")
    if not pip:
        return None
    if b.get("inburgeringsplichtig") is True and b.get("plicht_te_voldoen") is False:  # exempted or wholly relieved
        grond_nl, grond_en = _geen_plicht_te_voldoen(b)
        return (f"niet van toepassing: de persoon is {grond_nl} en hoeft niet (meer) aan de plicht te voldoen, dus "
                f"loopt er voor hem geen termijn (meer), ook al is er een PIP van {pip} (Wi 11).",
                f"does not apply: the person is {grond_en} and need not (any longer) meet the duty, so no term runs "
                f"for him (any longer), even though there is a PIP of {pip} (Wi 11).")
    verkregen = i.get("verblijf_verkregen_datum")
    if b.get("inburgeringsplichtig") is False and verkregen and verkregen > bron.peildatum:
        return (f"niet van toepassing op de peildatum: de persoon verkrijgt pas op {verkregen} verblijf (Wi 3); een "
                "termijn volgt op het PIP van wie dan inburgeringsplichtig is (Wi 11).",
                f"does not apply on the peildatum: the person acquires residence only on {verkregen} (Wi 3); a term "
                "follows the PIP of who is obligated then (Wi 11).")
    return None


# Why a date decision has no date although nothing is missing for the probes: {decision: f(besluiten, invoer)}.
ZONDER_DATUM = {
    "inburgeringstermijn_startdatum": _geen_termijn,
    "inburgeringstermijn_einddatum": _geen_termijn,
    "lening_terugbetaling_startdatum": _terugbetaling_zonder,
    "leenrecht_einddatum": _leenrecht_zonder,
    "nieuwe_termijn_art_24_einddatum": _zonder_nieuwe_termijn("24"),
    "nieuwe_termijn_art_25_einddatum": _zonder_nieuwe_termijn("25"),
    "leerroute_wijziging_uiterste_datum": _route_wijziging_zonder,
    "inburgeringsplicht_voldaan_datum": _niet_voldaan_zonder_datum,
    "volgende_boete_art_25_mogelijk_vanaf": _geen_volgende_boete_art_25,
}


class Bron:
    """What the templates may read for one person: labels, decided values and given inputs.

    `leden` maps (variable, enum member) to the member's Dutch label, `leden_en` to its English one;
    `afhankelijk` gives per decision the sorted inputs it depends on; `wacht_op` per decision that
    waits for an event of the procedure the events it waits for. `parameters` (the system's, so a
    reform's) and `peildatum` give the numbers of the law a sentence names (`wet`). What depends only on the
    system and the peildatum is kept in `gedeeld` (for everyone with both: `Stelsel.uitleg_wet`, a bounded
    set); what also depends on a person's day in `per_dag` (for the persons of one evaluation). `onbepaald`: the
    computed values of this person that missing facts leave undetermined (None for another reason is "none").
    `ruw(naam)`: a computed value as the rule computed it, also where it is undetermined (then None in `besluiten`):
    for a sentence that explains a determined value through such a one (default: `besluiten`'s)."""

    def __init__(
        self,
        labels: Mapping[str, str],
        leden: Mapping[tuple[str, str], str],
        besluiten: Mapping,
        invoer: Mapping,
        afhankelijk: Mapping[str, tuple[str, ...]],
        leden_en: Mapping[tuple[str, str], str] | None = None,
        wacht_op: Mapping[str, list[str]] | None = None,
        *,
        parameters,
        peildatum: str,
        gedeeld: dict | None = None,
        per_dag: dict | None = None,
        onbepaald: Sequence[str] = (),
        ruw: Callable[[str], object] | None = None,
    ) -> None:
        self.labels, self.leden, self.besluiten = labels, leden, besluiten
        self.ruw = besluiten.get if ruw is None else ruw
        self.onbepaald = onbepaald
        self.leden_en, self.wacht_op = leden_en or {}, wacht_op or {}
        self.invoer, self.afhankelijk = invoer, afhankelijk
        self.parameters, self.peildatum = parameters, peildatum
        self._gedeeld = {} if gedeeld is None else gedeeld
        self._per_dag = {} if per_dag is None else per_dag
        self._feiten: list[dict[str, str]] = []
        self._gebaseerd: dict[tuple[str, ...], tuple[str, str]] = {}
        self._gegeven: dict[str, tuple[str, ...]] | None = None  # `_gegeven_voor`

    def label(self, naam: str, taal: str) -> str:
        return (self.labels.get(naam) or naam) if taal == "nl" else EN.get(naam, naam)

    def wet(self, pad: str, dag: str | None = None, terugval: bool = True):
        """A number of the law as the rules apply it: parameter `pad` (`termijnen.pip_weken`) of this system
        (a reform's own) as it stood on `dag`, the event that makes the term run (a day before its first
        value: as it entered into force, as the rules apply it to such an event); without a day on the
        peildatum, and before that its first value; with `terugval=False` only on `dag` (else None)."""
        onthouden = self._gedeeld if dag is None else self._per_dag
        sleutel = (pad, dag, terugval)
        if sleutel not in onthouden:
            parameter = self._parameter(pad)
            waarde = waarde_op_dag(parameter, dag, vanaf_eerste=True)
            if waarde is None and terugval:
                waarde = waarde_op_dag(parameter, self.peildatum)
            if waarde is None and terugval:  # a peildatum before the law: its numbers as it entered into force
                waarde = waarde_op_dag(parameter, min(p.instant_str for p in parameter.values_list))
            onthouden[sleutel] = waarde
        return onthouden[sleutel]

    def sinds(self, pad: str, dag: str) -> str:
        """The first day of the value of parameter `pad` in force on `dag` (a day before its first value: the
        first, as `wet`): since when that text applies."""
        sleutel = ("sinds", pad, dag)
        if sleutel not in self._per_dag:
            self._per_dag[sleutel] = begin_op_dag(self._parameter(pad), dag, vanaf_eerste=True)
        return self._per_dag[sleutel]

    def _parameter(self, pad: str):
        parameter = self._gedeeld.get(pad)
        if parameter is None:
            parameter = self._gedeeld[pad] = zoek_parameter(self.parameters, pad)
        return parameter

    def eenmalig(self, naam, maak, *args, dag: str | tuple | None = None):
        """`maak(*args)` once for everyone who shares what it depends on: the system, the peildatum and what `naam`
        holds; with a person's `dag` (or days) in `naam`, once per evaluation."""
        onthouden = self._gedeeld if dag is None else self._per_dag
        gevonden = onthouden.get(naam)
        if gevonden is None:
            gevonden = onthouden[naam] = maak(*args)
        return gevonden

    def heeft(self, pad: str) -> bool:
        """Whether this system has parameter `pad` (a reform may add one)."""
        return self._parameter(pad) is not None

    def feiten(self) -> tuple[dict[str, str], dict[str, str]]:
        """Every given input as 'label = value' (Dutch, English), formatted once per person; a label's "(niet
        gegeven: ...)" is left out, since the value is given (a review)."""
        if not self._feiten:
            for taal in ("nl", "en"):
                feiten = {n: f"{_zonder_niet_gegeven(self.label(n, taal))} = {_waarde(n, w, taal, self, n in GELD)}"
                          for n, w in self.invoer.items()}
                self._feiten.append(feiten)
        return self._feiten[0], self._feiten[1]

    def gebaseerd_op(self, naam: str) -> tuple[str, str]:
        """' Based on: ...' (Dutch, English) with the given inputs `naam` depends on (shared by equal input
        sets)."""
        gegeven = self._gegeven_voor(naam)
        if not gegeven:
            return "", ""
        zinnen = self._gebaseerd.get(gegeven)
        if zinnen is None:
            nl, en = self.feiten()
            zinnen = self._gebaseerd[gegeven] = (
                f" Gebaseerd op: {', '.join([nl[n] for n in gegeven])}.",
                f" Based on: {', '.join([en[n] for n in gegeven])}.",
            )
        return zinnen

    def _gegeven_voor(self, naam: str) -> tuple[str, ...]:
        """The given inputs `naam` depends on, in order. They depend only on which inputs are given, not on their
        values: kept in `gedeeld` per set of given names (persons of one case system give the same fields)."""
        per_naam = self._gegeven
        if per_naam is None:
            sleutel = ("gegeven", frozenset(self.invoer))
            per_naam = self._gegeven = self._gedeeld.get(sleutel)
            if per_naam is None:
                per_naam = self._gegeven = self._gedeeld[sleutel] = {}
        gegeven = per_naam.get(naam)
        if gegeven is None:
            gegeven = per_naam[naam] = tuple([n for n in self.afhankelijk.get(naam, ()) if n in self.invoer])
        return gegeven


@lru_cache(maxsize=1024)
def _zonder_niet_gegeven(label: str) -> str:
    """A label without its note on what "not given" means, in either language: "(niet gegeven: geen)" as a whole,
    "; not given: none" inside a note that says more ("(months, added up; not given: none)"); beside a given value
    or in a list of what was not given it says nothing."""
    return _NIET_GEGEVEN.sub("", label)


def _labels(bron: Bron, namen, taal: str) -> str:
    """The labels of the inputs `namen`, joined, without their notes on what not given means."""
    return ", ".join(_zonder_niet_gegeven(bron.label(naam, taal)) for naam in namen)


_NIET_GEGEVEN = re.compile(r" ?\((?:niet gegeven|not given): [^()]*\)|; (?:niet gegeven|not given): [^();]*(?=\))")


def _waarde(naam: str, waarde, taal: str, bron: Bron, geld: bool = False) -> str:
    if isinstance(waarde, bool):
        return ("ja" if waarde else "nee") if taal == "nl" else ("yes" if waarde else "no")
    if geld:
        return bedrag(waarde, taal)
    if isinstance(waarde, str):
        if (naam, waarde) in LEDEN_MET_WET:  # a member whose wording names a number of the law
            maak, dag_van = LEDEN_MET_WET[naam, waarde]
            if dag_van:  # the number as it stood on a day of the person's
                dag = bron.invoer.get(dag_van)
                nl, en = bron.eenmalig(("lid", naam, waarde, dag), maak, bron, dag, dag=dag)
            else:
                nl, en = bron.eenmalig(("lid", naam, waarde), maak, bron)
            return nl if taal == "nl" else en
        return bron.leden_en.get((naam, waarde), waarde) if taal == "en" else bron.leden.get((naam, waarde), waarde)
    return str(waarde)


def _lid_jonger(bron, verkregen: str | None) -> tuple[str, str]:
    """The minimum age as it stood on the day residence was acquired (Wi 3 lid 3, as the rule reads it)."""
    leeftijd = bron.wet("inburgeringsplicht.minimumleeftijd", verkregen)
    return f"Jonger dan {leeftijd} jaar", f"younger than {leeftijd} when residence was acquired"


def _inwerkingtreding(bron) -> str:
    """The day the act entered into force, as the deciding system has it (JJJJ-MM-DD)."""
    return str(bron.wet("inburgeringsplicht.inwerkingtreding_datum"))


def _voor_de_wet(bron) -> str | None:
    """The day the act entered into force when the peildatum lies before it."""
    dag = _inwerkingtreding(bron)
    return dag if bron.peildatum < dag else None


def _lid_voor_inwerkingtreding(bron) -> tuple[str, str]:
    """The member's wording; on a peildatum before the act it holds for everyone, whenever the residence came."""
    if voor := _voor_de_wet(bron):
        return (f"Vóór de inwerkingtreding op {datum_voluit(voor, 'nl')}",
                f"before the act entered into force on {datum_voluit(voor, 'en')}")
    dag = _inwerkingtreding(bron)
    return (f"Verblijf verkregen vóór de inwerkingtreding op {datum_voluit(dag, 'nl')}",
            f"residence acquired before {datum_voluit(dag, 'en')}")


def _lid_leerplicht(bron) -> tuple[str, str]:
    jaren_nl, jaren_en = _termijn(bron, "vrijstelling_ontheffing.leerplicht_minimum_jaren", "jaren")
    return (f"Ten minste {jaren_nl} leerplichtig of kwalificatieplichtig geweest",
            f"at least {jaren_en} of compulsory education")


# Enum members whose wording names a number of the law (the enum's own label has the base law's number):
# (nl, en) from the parameters of the deciding system.
# {(variable, member): (f(bron[, day]) -> (nl, en), the input whose day the number is read on, or None: the peildatum)}
LEDEN_MET_WET = {
    ("reden_geen_inburgeringsplicht", "jonger_dan_16"): (_lid_jonger, "verblijf_verkregen_datum"),
    ("reden_geen_inburgeringsplicht", "verblijf_voor_inwerkingtreding"): (_lid_voor_inwerkingtreding, None),
    ("vrijstellingsgrond", "acht_jaar_leerplichtig"): (_lid_leerplicht, None),
}


def uitleg(
    naam: str, waarde, ontbreekt: list[str], bron: Bron, geld: bool = False, status: str | None = None
) -> dict[str, str]:
    """The explanation of one decision for one person, in Dutch and English. A decision without a value
    is explained by its `status`: not applicable, waiting for an event, or undetermined. Both languages
    are built in one pass: every template gives its (nl, en) pair once. The Dutch text writes its days as a
    Dutch reader does ("10 januari 2024"); the English keeps ISO days, and the answer's own fields are ISO."""
    nl, en = _zinnen(naam, waarde, ontbreekt, bron, geld, status)
    return {"nl": _dagen_voluit(nl), "en": en}


# The "-MM-DD" of an ISO day that is a whole word (`\w`: a letter, digit or "_"), its year checked looking back. It
# begins with a literal: a quick scan (a regex that begins with the year is 4x slower), and every match is a day.
_MAAND_DAG = re.compile(r"-\d\d-\d\d(?!\w)(?<=(?<!\w)[0-9]{4}-\d\d-\d\d)")


def _dagen_voluit(tekst: str) -> str:
    """Every ISO day (JJJJ-MM-DD, as a whole word) in `tekst` written out in Dutch ("10 januari 2024"); not in a link
    (a day after "=" or "/", as in `&g=2022-05-01`)."""
    delen, vanaf = [], 0
    for gevonden in _MAAND_DAG.finditer(tekst):
        begin, einde = gevonden.start() - 4, gevonden.end()
        if begin and tekst[begin - 1] in "=/":
            continue
        delen += [tekst[vanaf:begin], _voluit(tekst[begin:einde])]
        vanaf = einde
    return "".join([*delen, tekst[vanaf:]]) if delen else tekst


@lru_cache(maxsize=4096)
def _voluit(dag: str) -> str:
    return datum_voluit(dag)


def _zinnen(naam, waarde, ontbreekt, bron, geld, status) -> tuple[str, str]:
    label_nl, label_en = bron.label(naam, "nl"), bron.label(naam, "en")
    if waarde is None:
        zonder = ZONDER_DATUM.get(naam)
        reden = zonder(bron.besluiten, bron.invoer, bron) if zonder and not ontbreekt else None
        if reden:
            return f"{label_nl}: {reden[0]}", f"{label_en}: {reden[1]}"
        if status == "niet_van_toepassing":
            return (f"{label_nl}: niet van toepassing op deze persoon.",
                    f"{label_en}: does not apply to this person.")
        if status == "nog_niet":
            wacht_nl, wacht_en = _wacht_zin(naam, bron)
            return f"{label_nl}: {wacht_nl}.", f"{label_en}: {wacht_en}."
        nl, en = _onbepaald(label_nl, label_en, ontbreekt, bron)
        noot = ONBEPAALD_OMDAT.get(naam)
        if noot and (reden := noot(bron.besluiten, bron.invoer, bron)):
            return f"{nl} {reden[0]}", f"{en} {reden[1]}"
        return nl, en
    if naam == "inburgeringsplichtig":
        kern_nl, kern_en = _plicht(waarde, bron)
        waarom = _plichtig if waarde else _reden
    else:
        kern_nl = f"{label_nl}: {_waarde(naam, waarde, 'nl', bron, geld)}."
        kern_en = f"{label_en}: {_waarde(naam, waarde, 'en', bron, geld)}."
        waarom = WAAROM.get(naam) if waarde not in (0, False) else WAAROM_NIET.get(naam)
    reden = waarom(bron.besluiten, bron.invoer, bron) if waarom else None
    # A template names the facts that decided the outcome; without one, the given inputs it depends on.
    if reden:
        nl, en = f"{kern_nl} {reden[0]}", f"{kern_en} {reden[1]}"
    else:
        gebaseerd_nl, gebaseerd_en = bron.gebaseerd_op(naam)
        nl, en = kern_nl + gebaseerd_nl, kern_en + gebaseerd_en
    zou_veranderen = ZOU_VERANDEREN.get((naam, waarde))
    if zou_veranderen is None:
        return nl, en
    # shared by everyone with the same system, peildatum, permit and (for a minister of religion) purpose: the sentence
    # names a temporary purpose only for a regular permit, and for a minister of religion another one than his own
    vergunning = bron.invoer.get("verblijfsvergunning")
    bedienaar = bron.invoer.get("verblijfsdoel") == "geestelijk_bedienaar"
    verandert = bron.eenmalig(("zou_veranderen", naam, waarde, vergunning, bedienaar), zou_veranderen, bron)
    return f"{nl} {verandert[0]}", f"{en} {verandert[1]}"


# The facts of the exceptions of Wi 3 lid 2 b and c and of Wi 54 lid 1 (`_plicht`).
_UITZONDERING_FEITEN = ("familielid_eu_burger", "elders_ingeburgerd_langdurig_ingezetene",
                        "inburgeringsplichtig_wi2013")


def _hervormde_lijst(bron, dag: str) -> bool:
    """Whether the deciding system's list of temporary purposes on `dag` is not the law's (a reform of it)."""
    pad = "inburgeringsplicht.tijdelijke_verblijfsdoelen"
    return bron.wet(pad, dag, terugval=False) != waarde_op_dag(_wettelijk(pad), dag, True)


@lru_cache(maxsize=None)
def _wettelijk(pad: str):
    """Parameter `pad` of the law in force (the base system), whatever system decided."""
    return zoek_parameter(basissysteem().parameters, pad)


def _plicht(waarde: bool, bron: Bron) -> tuple[str, str]:
    if waarde:
        leeftijd = bron.wet("inburgeringsplicht.minimumleeftijd", bron.invoer.get("verblijf_verkregen_datum"))
        doel = (("geestelijke bedienaar (art. 3 lid 1 b)", "a minister of religion (geestelijke bedienaar, art. 3(1)(b))")
                if bron.invoer.get("verblijfsdoel") == "geestelijk_bedienaar" else
                ("verblijf niet voor een tijdelijk doel (art. 3 lid 1 a)", "residence not for a temporary purpose "
                 "(art. 3(1)(a))"))
        nl = (f"Inburgeringsplichtig: rechtmatig verblijf op grond van art. 8 a of c Vw, {leeftijd} jaar of ouder en "
              f"jonger dan de pensioengerechtigde leeftijd, {doel[0]}, en geen uitzondering van art. 3 lid 2 onder a "
              "tot en met c of art. 54 Wi (een uitzondering op grond van een verdrag, lid 2 onder d, is geen invoer en "
              "niet beoordeeld).")
        en = (f"Obligated: lawful residence under art. 8 a or c Vw, aged {leeftijd} or over and below state "
              f"pension age, {doel[1]}, and no exception of Wi art. 3(2)(a) to (c) or art. 54 (an exception under a "
              "treaty, art. 3(2)(d), is not an input and was not assessed).")
        # the facts of lid 2 b and c and of art. 54 that were not given count as "no" (I43): said, not implied
        if niet := [naam for naam in _UITZONDERING_FEITEN if naam not in bron.invoer]:
            nl += f" Niet gegeven en dus gelezen als nee: {_labels(bron, niet, 'nl')}."
            en += f" Not given and so read as no: {_labels(bron, niet, 'en')}."
        return nl, en
    reden = bron.besluiten.get("reden_geen_inburgeringsplicht")
    if reden is None:
        return "Niet inburgeringsplichtig.", "Not obligated."
    nl, en = _lid(bron, "reden_geen_inburgeringsplicht", reden)
    return f"Niet inburgeringsplichtig: {nl}.", f"Not obligated: {en}."


def _onbepaald(label_nl: str, label_en: str, ontbreekt: list[str], bron: Bron) -> tuple[str, str]:
    if not ontbreekt:
        return (f"{label_nl}: niet van toepassing of niet te bepalen.",
                f"{label_en}: not applicable or cannot be determined.")
    namen_nl, namen_en = (", ".join([bron.label(n, taal) for n in ontbreekt]) for taal in ("nl", "en"))
    return (f"{label_nl}: kan niet worden bepaald zolang dit ontbreekt: {namen_nl}.",
            f"{label_en}: cannot be determined while this is missing: {namen_en}.")
