"""Deterministic explanations (`uitleg: {nl, en}`) of decisions, from templates.

No language model: each sentence is filled in with the values that decided the outcome. The Dutch
label of a variable is its `label` in the rules; the English one is the vocabulary's meaning
(`EN`), with the name itself as fallback.
"""

from __future__ import annotations

from collections.abc import Mapping

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
