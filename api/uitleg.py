"""Deterministic explanations (`uitleg: {nl, en}`) of decisions, from templates.

No language model: each sentence is filled in with the values that decided the outcome. The Dutch
label of a variable is its `label` in the rules; the English one is the vocabulary's meaning
(`EN`), with the name itself as fallback.
"""

from __future__ import annotations

from collections.abc import Mapping

from inburgering_rules.kalender import laatste_gedekte_dag

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
    "verlenging_aanzienlijke_inspanning_mogelijk": "6-month extension for significant effort possible",
    "verlenging_niet_verwijtbaar_mogelijk": "Extension because the overrun is not culpable",
    "boete_art_22_bedrag": "Fine art. 22 (intake)",
    "boete_art_23_bedrag": "Fine art. 23 (PIP cooperation)",
    "boete_art_24_bedrag": "Fine art. 24 (PVT/MAP)",
    "boete_art_25_maximum_bedrag": "Maximum fine art. 25 (route)",
    "gemeentelijk_boeteplafond_resterend_bedrag": "Remaining under the municipal cap on fines",
    # inputs
    "geboortedatum": "date of birth",
    "nationaliteit": "nationality",
    "verblijfsvergunning": "residence permit",
    "verblijfsdoel": "purpose of residence",
    "verblijf_verkregen_datum": "date lawful residence was acquired",
    "inburgeringsplichtig_wi2013": "obligated under the Wi 2013",
    "familielid_eu_burger": "family member of an EU/EEA/Swiss national",
    "elders_ingeburgerd_langdurig_ingezetene": "integrated elsewhere for EU long-term residence",
    "leerplichtig_geweest_jaren": "years of compulsory education in NL",
    "vrijstellend_diploma": "holds an exempting diploma",
    "leerplichtig_of_kwalificatieplichtig": "currently of compulsory school age",
    "opleiding_naar_vrijstellend_diploma": "follows a course towards an exempting diploma",
    "brp_inschrijving_onafgebroken_jaren": "uninterrupted years in the BRP",
    "werk_of_vrijwilligerswerk_jaren": "years of (volunteer) work in NL",
    "b1_spreken_luisteren_vastgesteld": "B1 speaking and listening established",
    "ontheffing": "dispensation",
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
    "verblijfsvergunning_niet_verlengd_of_ingetrokken": "permit not extended or withdrawn",
    "brp_inschrijving_andere_gemeente_datum": "registration in another municipality after moving",
    "pip_informatie_derde_opgevraagd_datum": "information requested from a third party for the PIP",
    "pip_zonder_informatie_derde_niet_mogelijk": "PIP cannot be adopted without the third party's information",
    "pip_informatie_derde_ontvangen_datum": "third party's information received",
    "verhindering_niet_verwijtbaar": "prevented from taking part, not culpably (Minister's judgment)",
    "niet_vrijstellende_opleiding_startdatum": "start of a designated non-exempting course",
    "niet_vrijstellende_opleiding_beeindigd_datum": "non-exempting course completed or ended",
    "leerroute_wijziging_bijzonder_geval": "special case for changing the route late (municipality's judgment)",
}

# English wording of the enum members that appear in explanations.
EN_LEDEN = {
    "niet_van_toepassing": "not applicable: obligated",
    "wet_inburgering_2013": "the Wet inburgering (2013) continues to apply (Wi 54)",
    "verblijf_voor_inwerkingtreding": "residence acquired before 1 January 2022 (Wi 3.3)",
    "eu_eer_zwitserland": "national of an EU or EEA state or Switzerland (Wi 3.2 a)",
    "familielid_eu_burger": "family member of an EU/EEA/Swiss national (Wi 3.2 b)",
    "elders_ingeburgerd": "integrated elsewhere for long-term residence (Wi 3.2 c)",
    "geen_verblijf_art_8_a_of_c": "no lawful residence under art. 8 a or c Vw (Wi 3.1)",
    "tijdelijk_verblijfsdoel": "residence for a temporary purpose (Wi 3.1 a; Bi 2.2)",
    "jonger_dan_16": "younger than 16 when residence was acquired",
    "pensioengerechtigde_leeftijd": "state pension age reached when residence was acquired",
    "geen": "none",
    "asielstatushouder": "asylum permit holder (Wi 13.1)",
    "gezinsmigrant_of_overige_migrant": "family or other migrant (Wi 19)",
    "acht_jaar_leerplichtig": "at least eight years of compulsory education",
    "diploma": "designated diploma",
    "leerplichtig_of_kwalificatieplichtig": "of compulsory school age",
    "opleiding": "follows a course towards a designated diploma",
    "voldoende_ingeburgerd": "has shown to be sufficiently integrated",
}

# What would change the outcome, per decision and outcome (nl, en).
ZOU_VERANDEREN = {
    ("inburgeringsplichtig", True): (
        "Niet inburgeringsplichtig bij bijvoorbeeld een EU/EER/Zwitserse nationaliteit, een tijdelijk "
        "verblijfsdoel of verblijf verkregen vóór 2022.",
        "Not obligated with e.g. an EU/EEA/Swiss nationality, a temporary purpose of residence or residence "
        "acquired before 2022.",
    ),
    ("vrijgesteld", False): (
        "Vrijstelling volgt uit bijvoorbeeld acht jaar leerplicht, een aangewezen diploma of aangetoonde "
        "inburgering.",
        "An exemption follows from e.g. eight years of compulsory education, a designated diploma or shown "
        "integration.",
    ),
}


# Sentences that name the fact and the rule behind a deadline or amount: {decision: f(besluiten, invoer) -> (nl, en)}.
def _atw(datum) -> tuple[str, str]:
    """The Algemene termijnenwet sentence for a deadline it reaches, with a warning after the last known decree."""
    zin = ("Eindigt die termijn op een zaterdag, zondag, feestdag, Goede Vrijdag of bij besluit gelijkgestelde dag, "
           "dan de eerstvolgende dag die dat niet is (Algemene termijnenwet art. 1, 3).",
           "When it ends on a Saturday, Sunday, public holiday, Good Friday or a day made equal to one by decree, it "
           "moves to the next day that is none of these (Algemene termijnenwet art. 1, 3).")
    laatste = str(laatste_gedekte_dag())
    if datum and str(datum) > laatste:
        zin = (zin[0] + f" Voor dagen na {laatste} kent dit pakket geen gelijkstellingsbesluit (art. 3 lid 3); een "
               "later besluit kan deze datum nog verschuiven.",
               zin[1] + f" The package knows no decree for days after {laatste} (art. 3(3)); a later decree may "
               "still move this date.")
    return zin


def _pip(b, i):
    kennis, inschr = i.get("kennisgeving_inburgeringsplicht_datum"), i.get("brp_inschrijving_datum")
    andere, ontvangen = i.get("brp_inschrijving_andere_gemeente_datum"), i.get("pip_informatie_derde_ontvangen_datum")
    if andere:
        kern = (f"10 weken na de inschrijving in de nieuwe gemeente op {andere} (Bi 5.3 lid 3).",
                f"10 weeks after registration in the new municipality on {andere} (Bi 5.3(3)).")
    elif kennis and kennis >= "2023-01-01" and not (
        b.get("doelgroep") == "asielstatushouder" and (not inschr or inschr > kennis)
    ):
        kern = (f"10 weken na de kennisgeving door DUO op {kennis} (Bi 5.3 lid 1, tekst vanaf 2023).",
                f"10 weeks after DUO's notification on {kennis} (Bi 5.3(1), text from 2023).")
    else:
        kern = (f"10 weken na de inschrijving in de BRP op {inschr} (Bi 5.3 lid 1).",
                f"10 weeks after BRP registration on {inschr} (Bi 5.3(1)).")
    if ontvangen and i.get("pip_zonder_informatie_derde_niet_mogelijk") and not andere:
        kern = (kern[0] + f" Het college wachtte op informatie van een derde: uiterlijk twee weken na ontvangst op "
                f"{ontvangen}, niet eerder (Bi 5.3 lid 2).",
                kern[1] + f" The municipality awaited a third party's information: at the latest two weeks after "
                f"receiving it on {ontvangen}, never earlier (Bi 5.3(2)).")
    atw = _atw(b.get("pip_uiterste_datum"))
    return kern[0] + " " + atw[0], kern[1] + " " + atw[1]


def _bezwaar(b, i):
    bekend = i.get("pip_bekendmaking_datum") or i.get("pip_datum")
    atw = _atw(b.get("pip_bezwaartermijn_einddatum"))
    return (f"Zes weken vanaf de dag na de bekendmaking op {bekend} (Awb 6:7, 6:8). " + atw[0],
            f"Six weeks from the day after the PIP was made known on {bekend} (Awb 6:7, 6:8). " + atw[1])


def _termijn_einde(b, i):
    verlengd = int(i.get("termijn_verlenging_maanden") or 0)
    extra_nl = f", plus {verlengd} maanden verlenging (Wi 12)" if verlengd else ""
    extra_en = f", plus {verlengd} months of extension (Wi 12)" if verlengd else ""
    return (f"Drie jaar vanaf {b.get('inburgeringstermijn_startdatum')}, de dag na de dagtekening van het PIP "
            f"({i.get('pip_datum')}){extra_nl} (Wi 11). Een verlenging door de Minister schuift deze dag op.",
            f"Three years from {b.get('inburgeringstermijn_startdatum')}, the day after the PIP's date "
            f"({i.get('pip_datum')}){extra_en} (Wi 11). An extension by the Minister moves this day.")


def _ontzorgen(b, i):
    return (f"Zes maanden vanaf de dag waarop het recht op bijstand ontstond ({i.get('bijstand_recht_datum')}), "
            "omdat de persoon inburgeringsplichtig is en een asielvergunning voor bepaalde tijd heeft (Pw 56a).",
            f"Six months from the day the right to social assistance arose ({i.get('bijstand_recht_datum')}), "
            "because the person is obligated and holds a fixed-term asylum permit (Pw 56a).")


def _binnen_termijn(b, i):
    return (f"Binnen de (verlengde) inburgeringstermijn, die eindigt op {b.get('inburgeringstermijn_einddatum')}; "
            "daarna kan DUO een boete opleggen (Wi 24).",
            f"Within the (extended) integration term, which ends on {b.get('inburgeringstermijn_einddatum')}; "
            "after that DUO may impose a fine (Wi 24).")


def _route_wijziging(b, i):
    return (f"Anderhalf jaar vanaf de aanvang van de termijn op {b.get('inburgeringstermijn_startdatum')} (Bi 5.4 "
            "lid 1); de onderwijsroute kan de hele termijn in de B1-route worden gewijzigd.",
            f"One and a half years from the start of the term on {b.get('inburgeringstermijn_startdatum')} "
            "(Bi 5.4(1)); the education route can be changed to the B1 route throughout the term.")


def _leenrecht(b, i):
    return (f"Zes jaar na de laatste dag van de (verlengde) termijn, {b.get('inburgeringstermijn_einddatum')} "
            "(Wi 20 lid 2 a); voor een persoon van Bi 6.1 drie jaar na de verkrijging van het verblijf.",
            f"Six years after the last day of the (extended) term, {b.get('inburgeringstermijn_einddatum')} "
            "(Wi 20(2)(a)); for a person under Bi 6.1 three years after acquiring residence.")


def _begeleiding(b, i):
    return (f"Vanaf de dag van inschrijving in de BRP ({i.get('brp_inschrijving_datum')}; asielvergunning: in de "
            "gemeente van huisvesting) (Wi 13 lid 3).",
            f"From the day of BRP registration ({i.get('brp_inschrijving_datum')}; asylum permit: in the "
            "municipality of housing) (Wi 13(3)).")


def _boete_23(b, i):
    eerdere = int(i.get("boete_art_23_eerdere_aantal") or 0)
    verwijt = i.get("verwijtbaarheid", "opzet")
    return (f"€ 50, verdubbeld voor elk van de {eerdere} eerdere onherroepelijke boetes binnen twaalf maanden "
            f"(ten hoogste € 800), naar de verwijtbaarheid ({verwijt}) en begrensd door wat resteert onder het "
            "plafond van € 2.400 (Bi 7.1 lid 2-5).",
            f"€50, doubled for each of the {eerdere} earlier final fines within twelve months (at most €800), "
            f"scaled by culpability ({verwijt}) and capped by what remains under the €2,400 ceiling (Bi 7.1(2)-(5)).")


WAAROM = {
    "pip_uiterste_datum": _pip,
    "pip_bezwaartermijn_einddatum": _bezwaar,
    "inburgeringstermijn_einddatum": _termijn_einde,
    "pvt_uiterste_datum": _binnen_termijn,
    "map_uiterste_datum": _binnen_termijn,
    "ontzorgen_einddatum": _ontzorgen,
    "leerroute_wijziging_uiterste_datum": _route_wijziging,
    "leenrecht_einddatum": _leenrecht,
    "maatschappelijke_begeleiding_startdatum": _begeleiding,
    "boete_art_23_bedrag": _boete_23,
}


class Bron:
    """What the templates may read for one person: labels, decided values and given inputs.

    `leden` maps (variable, enum member) to the member's Dutch label; `afhankelijk` gives per
    decision the sorted inputs it depends on."""

    def __init__(
        self,
        labels: Mapping[str, str],
        leden: Mapping[tuple[str, str], str],
        besluiten: Mapping,
        invoer: Mapping,
        afhankelijk: Mapping[str, tuple[str, ...]],
    ) -> None:
        self.labels, self.leden, self.besluiten = labels, leden, besluiten
        self.invoer, self.afhankelijk = invoer, afhankelijk
        self._feiten: dict[str, dict[str, str]] = {}
        self._gebaseerd: dict[tuple[str, str], str] = {}

    def label(self, naam: str, taal: str) -> str:
        return (self.labels.get(naam) or naam) if taal == "nl" else EN.get(naam, naam)

    def feiten(self, taal: str) -> dict[str, str]:
        """Every given input as 'label = value', formatted once per person and language."""
        if taal not in self._feiten:
            self._feiten[taal] = {
                n: f"{self.label(n, taal)} = {_waarde(n, w, taal, self)}" for n, w in self.invoer.items()
            }
        return self._feiten[taal]

    def gebaseerd_op(self, naam: str, taal: str) -> str:
        """' Based on: ...' with the given inputs `naam` depends on (shared by equal input sets)."""
        gegeven = tuple(n for n in self.afhankelijk.get(naam, ()) if n in self.invoer)
        if not gegeven:
            return ""
        if (taal, gegeven) not in self._gebaseerd:
            delen = ", ".join(self.feiten(taal)[n] for n in gegeven)
            self._gebaseerd[taal, gegeven] = (
                f" Gebaseerd op: {delen}." if taal == "nl" else f" Based on: {delen}."
            )
        return self._gebaseerd[taal, gegeven]


def _waarde(naam: str, waarde, taal: str, bron: Bron, geld: bool = False) -> str:
    if isinstance(waarde, bool):
        return ("ja" if waarde else "nee") if taal == "nl" else ("yes" if waarde else "no")
    if geld:
        return (
            f"€ {waarde:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
            if taal == "nl"
            else f"€{waarde:,.2f}"
        )
    if isinstance(waarde, str):
        return EN_LEDEN.get(waarde, waarde) if taal == "en" else bron.leden.get((naam, waarde), waarde)
    return str(waarde)


def uitleg(naam: str, waarde, ontbreekt: list[str], bron: Bron, geld: bool = False) -> dict[str, str]:
    """The explanation of one decision for one person, in Dutch and English."""
    return {taal: _zin(naam, waarde, ontbreekt, bron, geld, taal) for taal in ("nl", "en")}


def _zin(naam, waarde, ontbreekt, bron, geld, taal) -> str:
    label = bron.label(naam, taal)
    if waarde is None:
        return _onbepaald(label, ontbreekt, bron, taal)
    if naam == "inburgeringsplichtig":
        kern = _plicht(waarde, bron, taal)
    else:
        kern = f"{label}: {_waarde(naam, waarde, taal, bron, geld)}."
    waarom = WAAROM.get(naam)
    if waarom and waarde not in (0, False):
        kern += " " + waarom(bron.besluiten, bron.invoer)[0 if taal == "nl" else 1]
    zin = kern + bron.gebaseerd_op(naam, taal)
    verandert = ZOU_VERANDEREN.get((naam, waarde))
    return zin + (" " + verandert[0 if taal == "nl" else 1] if verandert else "")


def _plicht(waarde: bool, bron: Bron, taal: str) -> str:
    if waarde:
        return (
            "Inburgeringsplichtig: rechtmatig verblijf op grond van art. 8 a of c Vw, 16 jaar of ouder en "
            "jonger dan de pensioengerechtigde leeftijd, en geen uitzondering van art. 3 lid 2 of art. 54 Wi."
            if taal == "nl"
            else "Obligated: lawful residence under art. 8 a or c Vw, aged 16 or over and below state "
            "pension age, and no exception of Wi art. 3(2) or art. 54."
        )
    reden = bron.besluiten.get("reden_geen_inburgeringsplicht")
    if reden is None:
        return "Niet inburgeringsplichtig." if taal == "nl" else "Not obligated."
    kop = "Niet inburgeringsplichtig" if taal == "nl" else "Not obligated"
    return f"{kop}: {_waarde('reden_geen_inburgeringsplicht', reden, taal, bron)}."


def _onbepaald(label: str, ontbreekt: list[str], bron: Bron, taal: str) -> str:
    if not ontbreekt:
        return (
            f"{label}: niet van toepassing of niet te bepalen."
            if taal == "nl"
            else f"{label}: not applicable or cannot be determined."
        )
    namen = ", ".join(bron.label(n, taal) for n in ontbreekt)
    return (
        f"{label}: kan niet worden bepaald zolang dit ontbreekt: {namen}."
        if taal == "nl"
        else f"{label}: cannot be determined while this is missing: {namen}."
    )
