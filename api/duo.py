"""`/v1/beoordeling/duo`, its batch form and `/v1/duo/invoer`: decide from DUO's answers as a municipality has them.

The DUO blocks are validated by the pydantic models below (one per DUO schema, fields and enums exactly as
DUO's API returns them), mapped onto the vocabulary by `inburgering_rules.duo` (pure data, the one mapping
table), evaluated by the ordinary service layer (`service.Dienst`), and the answer gets `duo_invoer` (what
came from DUO), `duo_vergelijking` (where DUO's figures differ from the law's) and `waarschuwingen` (DUO's PIP
checks). A fact given both in `persoon` and by DUO with different values is a 400 naming both.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from datetime import datetime
from typing import Annotated, Any, Literal

import anyio
import orjson
from fastapi import FastAPI, Request
from inburgering_rules.api import docs, fouten, randen, schemas
from inburgering_rules.api.service import Dienst, lees_json, plausibel, zonder_gc
from pydantic import BaseModel, ConfigDict, Field, PlainValidator, StrictBool, StrictFloat, StrictInt
from pydantic import StrictStr, ValidationError
from pydantic import WithJsonSchema, create_model, json_schema, model_validator

from inburgering_rules import duo, publiek
from inburgering_rules.geldend_recht import waarde_op_dag
from inburgering_rules.hervormingen import zoek_parameter
from inburgering_rules.voorbeelden import STATUSHOUDER

MAX_LIJST = 200
# A date-time's form, as `tijdstip` checks it first (then the day and the years, each with its own message).
_TIJDSTIP = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})?$"
# ... and as the schema gives it, so a client-side validator refuses what the service refuses (a review found month 13
# passing the pattern): the years of `schemas.DATUM_PATROON`, months, days and times in range, offset optional.
_TIJDSTIP_SCHEMA = (f"^{schemas.JAAR_PATROON}" r"-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
                    r"T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})?$")


def _enum(naam: str):
    """A DUO enum: its members exactly, an unknown one refused with the list of members."""
    leden = list(duo.LEDEN[naam])
    return Annotated[str, PlainValidator(schemas.keuze(tuple(leden))), WithJsonSchema({"type": "string", "enum": leden})]


def tijdstip(waarde: Any) -> str:
    """A date-time as DUO sends it (ISO 8601, offset optional), years 1900-2100, also on the Dutch calendar day it
    is placed on (`duo.nederlandse_tijd`): "2100-12-31T23:30:00-05:00" is on 2101-01-01 in the Netherlands, a day
    outside the years every other date of the API may have (the pattern of the contract cannot say this)."""
    if not isinstance(waarde, str) or not re.fullmatch(_TIJDSTIP, waarde):
        schemas.fout("Tijdstip moet de vorm JJJJ-MM-DDTuu:mm:ss[+hh:mm] hebben",
                     "Date-time must have the form YYYY-MM-DDThh:mm:ss[+hh:mm]", "YYYY-MM-DDThh:mm:ss+01:00")
    try:
        dag = datetime.fromisoformat(waarde.replace("Z", "+00:00"))
    except ValueError:
        schemas.fout(f"Tijdstip {waarde!r} bestaat niet", f"Date-time {waarde!r} does not exist",
                     "YYYY-MM-DDThh:mm:ss+01:00")
    schemas.datum(dag.date().isoformat())
    nederlands = duo.nederlandse_dag(waarde)
    if not schemas.JAAR_MIN <= int(nederlands[:4]) <= schemas.JAAR_MAX:
        schemas.fout(f"Tijdstip {waarde!r} valt in Nederlandse tijd op {nederlands}, buiten de jaren "
                     f"{schemas.JAAR_MIN}-{schemas.JAAR_MAX}", f"Date-time {waarde!r} falls on {nederlands} in Dutch "
                     f"time, outside the years {schemas.JAAR_MIN}-{schemas.JAAR_MAX}",
                     f"{schemas.JAAR_MIN}-01-01 .. {schemas.JAAR_MAX}-12-31 (Nederlandse tijd / Dutch time)")
    return waarde


Tijdstip = Annotated[str, PlainValidator(tijdstip), WithJsonSchema(
    {"type": "string", "pattern": _TIJDSTIP_SCHEMA, "example": "2023-10-16T09:30:00+02:00"})]
Datum = schemas.Datum


def _termijn_start(waarde: Any) -> str:
    """DUO's `startdatum` of a term: a date, the day after the PIP that started it (Wi 11 lid 2), which is mapped
    onto `pip_datum`; so not the first day of the years an input may hold (the fuzz test found a mapped
    1899-12-31)."""
    dag = schemas.datum(waarde)
    if dag == f"{schemas.JAAR_MIN}-01-01":
        schemas.fout(f"De termijn begint de dag na het PIP (Wi 11 lid 2): ten vroegste {schemas.JAAR_MIN}-01-02",
                     f"The term starts the day after the PIP (Wi 11(2)): at the earliest {schemas.JAAR_MIN}-01-02",
                     f"{schemas.JAAR_MIN}-01-02 .. {schemas.JAAR_MAX}-12-31")
    return dag


TermijnStart = Annotated[str, PlainValidator(_termijn_start), WithJsonSchema(schemas.DATUM_SCHEMA)]
Tekst = Annotated[StrictStr, Field(max_length=schemas.MAX_TEKST)]
# DUO's event ids are SSnnn today (../shared/duo-m2m/events.md); the Notificatie contract allows 1 to 6 capitals or
# digits, so a new or longer id is kept as one without a known meaning (`duo.ONBEKENDE_GEBEURTENIS`), while "" (which
# passed) or another form is refused.
GEBEURTENIS_ID = r"^[0-9A-Z]{1,6}$"
Int32 = Annotated[StrictInt, Field(ge=0, le=2**31 - 1)]

# One example per DUO block, consistent with each other: an asylum permit holder near the end of the term.
VOORBEELDEN = {
    "inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2023-09-01",
                           "datumKennisgevingInburgeringsplicht": "2023-10-16"},
    "doelgroep": {"indeling": "Asielstatushouder", "begindatum": "2023-09-01",
                  "gedetailleerdeDoelgroep": "Asielstatushouder"},
    "inburgeringstermijn": {"startdatum": "2024-01-11", "einddatum": "2027-07-10", "wijzigingsdatum": "2026-11-15",
                            "verlengingsgrondcode": "NV", "verlengingsgrondomschrijving": "Niet verwijtbaar"},
    "pip": {"gemeentecode": "0363", "pip": {"dagtekeningPip": "2024-01-10", "leerroute": "B", "niveau": "B1",
                                            "geschatteIntensiteitB1Route": 20, "indicatorMagOpleidingAfmaken": False,
                                            "indicatorAlfabetiseringsonderwijs": "NVT"}},
    "vrijstellingen": [{"GedeeltelijkeVrijstelling": {"reden": "GED", "oordeel": "Toekenning",
                                                      "datumOordeel": "2024-06-03", "examenonderdeel": "LE",
                                                      "examenniveau": "B1"}}],
    "ontheffingen": [{"GeheleOntheffing": {"oordeel": "Afwijzing", "datumOordeel": "2025-02-14", "grond": "MED"}}],
    "pvt": {"datumOndertekeningPvt": "2024-03-20"},
    "map": {"datumEindgesprekMap": "2025-06-12"},
    "boetes": [],
    "verlengingen": [{"beoordelingAanvraag": "Toegekend", "datumBeoordeling": "2026-11-15",
                      "ontvangstdatum": "2026-10-01"}],
    "gebeurtenissen": [{"registratieDatumTijd": "2023-10-16T09:30:00+02:00", "gebeurtenisId": "SS101"},
                       {"registratieDatumTijd": "2023-10-16T09:30:05+02:00", "gebeurtenisId": "SS139"},
                       {"registratieDatumTijd": "2024-01-11T07:00:00+01:00", "gebeurtenisId": "SS102"},
                       {"registratieDatumTijd": "2026-11-15T10:12:00+01:00", "gebeurtenisId": "SS104"}],
    "examens": [{"examendatum": "2025-05-20", "resultaat": "Geslaagd", "onderdeel": "KNM"},
                {"examendatum": "2025-09-18", "resultaat": "Geslaagd", "onderdeel": "LU", "niveau": "B1"},
                {"examendatum": "2025-09-18", "resultaat": "Gezakt", "onderdeel": "SP", "niveau": "B1"}],
}
# The example person's facts that DUO does not hold (DUO's blocks give the notification, PIP, route, ...).
_VAN_DUO = {"kennisgeving_inburgeringsplicht_datum", "pip_datum", "leerroute", "verwijtbaarheid",
            "leerroute_wijziging_bijzonder_geval", "pip_zonder_informatie_derde_niet_mogelijk"}
PERSOON = {naam: waarde for naam, waarde in STATUSHOUDER.items() if naam not in _VAN_DUO}
VOORBEELD = {"peildatum": "2026-12-01", "persoon": PERSOON, "duo": VOORBEELDEN}
BATCHVOORBEELD = {"peildatum": "2026-12-01", "personen": [{"persoon": PERSOON, "duo": VOORBEELDEN},
                                                          {"persoon": {}, "duo": {"pvt": VOORBEELDEN["pvt"]}}]}


def _model(naam: str, voorbeeld: dict | None = None, niet_leeg: bool = False, van_duo: bool = True,
           **velden) -> type[BaseModel]:
    """`niet_leeg`: an object whose members are all optional must hold at least one (DUO's lists of exemptions
    and ontheffingen: an entry `{}` carries nothing, most likely a member a client's serializer dropped).
    `van_duo`: a block as DUO returns it takes names this mapping does not know (a later minor version of DUO's API
    may add them): they are ignored and named in `waarschuwingen` (`duo_veld_onbekend`); the request's own envelope
    (`van_duo=False`) refuses them. A member of a DUO list the mapping does not know stays a 400: it may change a
    decision."""
    extra = {"examples": [voorbeeld]} if voorbeeld is not None else {}
    if niet_leeg:
        extra["minProperties"] = 1
    validators = {"_niet_leeg": model_validator(mode="after")(_niet_leeg)} if niet_leeg else None
    return create_model(naam, __config__=ConfigDict(extra="allow" if van_duo else "forbid",
                                                    json_schema_extra=extra or None),
                        __validators__=validators, **velden)


def _niet_leeg(model: BaseModel) -> BaseModel:
    # only the names the mapping knows: an entry of only unknown names (a kind of exemption or ontheffing this
    # mapping does not know) is refused, not read as none (that could turn an exemption into "no exemption")
    if all(getattr(model, naam) is None for naam in type(model).model_fields):
        namen, onbekend = list(type(model).model_fields), ", ".join(model.model_extra or ())
        if onbekend:
            schemas.fout(f"Alleen namen die deze vertaling niet kent ({onbekend}): geef ten minste één van "
                         f"{', '.join(namen)}", f"Only names this mapping does not know ({onbekend}): give at least "
                         f"one of {', '.join(namen)}", namen)
        schemas.fout(f"Leeg object: geef ten minste één van {', '.join(namen)}",
                     f"Empty object: give at least one of {', '.join(namen)}", namen)
    return model


def _optioneel(soort) -> tuple:
    return (soort | None, None)


Inburgeringsplicht = _model(
    "DuoInburgeringsplicht", VOORBEELDEN["inburgeringsplicht"],
    indicatorInburgeringsplicht=(StrictBool, ...), begindatum=_optioneel(Datum), einddatum=_optioneel(Datum),
    wijzigingsdatum=_optioneel(Datum), datumKennisgevingInburgeringsplicht=_optioneel(Datum),
    redenGeenInburgeringsplicht=_optioneel(_enum("RedenGeenInburgeringsplicht")))
Doelgroep = _model(
    "DuoDoelgroep", VOORBEELDEN["doelgroep"],
    indeling=_optioneel(_enum("Doelgroepindeling")), begindatum=_optioneel(Datum),
    gedetailleerdeDoelgroep=_optioneel(_enum("GedetailleerdeDoelgroep")),
    asielrechtenWijzigingVerblijfsdoel=_optioneel(_enum("AsielrechtenWijzigingVerblijfsdoel")))
Inburgeringstermijn = _model(
    "DuoInburgeringstermijn", VOORBEELDEN["inburgeringstermijn"],
    startdatum=(TermijnStart, ...), einddatum=(Datum, ...), wijzigingsdatum=_optioneel(Datum),
    verlengingsgrondcode=_optioneel(Tekst), verlengingsgrondomschrijving=_optioneel(Tekst))
Pip = _model(
    "DuoPip", VOORBEELDEN["pip"]["pip"],
    dagtekeningPip=(Datum, ...), leerroute=(_enum("Leerroute"), ...), niveau=_optioneel(_enum("NiveauPip")),
    geschatteIntensiteitB1Route=_optioneel(Int32), indicatorMagOpleidingAfmaken=_optioneel(StrictBool),
    indicatorAlfabetiseringsonderwijs=_optioneel(_enum("Alfabetiseringsonderwijs")))
Gemeente = _model("DuoGemeente", VOORBEELDEN["pip"], gemeentecode=(Tekst, ...), pip=(Pip, ...))
_vrijstelling = {"oordeel": (_enum("AanvraagOordeel"), ...), "reden": (_enum("RedenVrijstellingInburgeringsplicht"), ...),
                 "datumOordeel": _optioneel(Datum)}
GeheleVrijstelling = _model("DuoGeheleVrijstelling", None, **_vrijstelling)
TijdelijkeVrijstelling = _model("DuoTijdelijkeVrijstelling", None, **_vrijstelling,
                                startdatum=_optioneel(Datum), einddatum=_optioneel(Datum))
GedeeltelijkeVrijstelling = _model(
    "DuoGedeeltelijkeVrijstelling", None, **_vrijstelling,
    examenonderdeel=_optioneel(_enum("ExamenonderdeelNederlands")),
    examenniveau=_optioneel(_enum("ExamenniveauGedeeltelijkeVrijstelling")))
Vrijstelling = _model(
    "DuoVrijstelling", VOORBEELDEN["vrijstellingen"][0], True, GeheleVrijstelling=_optioneel(GeheleVrijstelling),
    TijdelijkeVrijstelling=_optioneel(TijdelijkeVrijstelling),
    GedeeltelijkeVrijstelling=_optioneel(GedeeltelijkeVrijstelling))
_ontheffing = {"oordeel": (_enum("AanvraagOordeel"), ...), "datumOordeel": (Datum, ...),
               "grond": (_enum("OntheffingsgrondInburgering"), ...)}
GeheleOntheffing = _model("DuoGeheleOntheffing", None, **_ontheffing)
GedeeltelijkeOntheffing = _model(
    "DuoGedeeltelijkeOntheffing", None, **_ontheffing,
    examenonderdeel=_optioneel(_enum("ExamenonderdeelOntheffingInburgering")),
    urenBelastbaarheidParticipatieactiviteit=_optioneel(Int32))
Ontheffing = _model("DuoOntheffing", VOORBEELDEN["ontheffingen"][0], True,
                    GeheleOntheffing=_optioneel(GeheleOntheffing),
                    GedeeltelijkeOntheffing=_optioneel(GedeeltelijkeOntheffing))
DatumPvt = _model("DuoDatumPvt", VOORBEELDEN["pvt"], datumOndertekeningPvt=(Datum, ...))
DatumMap = _model("DuoDatumMap", VOORBEELDEN["map"], datumEindgesprekMap=(Datum, ...))
Boete = _model("DuoBoete", {"bedrag": 340, "datum": "2027-08-02"},
               bedrag=(Annotated[StrictFloat, Field(ge=1, le=9999, multiple_of=1, allow_inf_nan=False)], ...),
               datum=(Datum, ...))
VerlengingAanvraag = _model(
    "DuoVerlengingAanvraag", VOORBEELDEN["verlengingen"][0],
    beoordelingAanvraag=(_enum("AanvraagToekenningsstatus"), ...), datumBeoordeling=_optioneel(Datum),
    ontvangstdatum=(Datum, ...))
Notificatie = _model(
    "DuoNotificatie", VOORBEELDEN["gebeurtenissen"][0],
    registratieDatumTijd=(Tijdstip, ...), bsn=_optioneel(Annotated[StrictStr, Field(pattern=r"^[0-9]{9}$")]),
    vNummer=_optioneel(Annotated[StrictInt, Field(ge=0, le=2**63 - 1)]),
    gebeurtenisId=(Annotated[StrictStr, Field(pattern=GEBEURTENIS_ID)], ...))
Examenresultaat = _model(
    "DuoExamenresultaat", VOORBEELDEN["examens"][0],
    examendatum=(Datum, ...), resultaat=(_enum("ExamenresultaatWI2021"), ...),
    redenGeenResultaat=_optioneel(_enum("RedenGeenResultaatInburgeringsexamen")),
    onderdeel=(_enum("ExamenonderdeelWI2021Inburgering"), ...), niveau=_optioneel(_enum("ExamenniveauWI2021")))


def _lijst(model) -> tuple:
    return (list[model] | None, Field(None, max_length=MAX_LIJST))


DuoAntwoorden = _model(  # the blocks are named by this API, not by DUO: a misspelt one is a 400, not ignored
    "DuoAntwoorden", VOORBEELDEN, van_duo=False,
    inburgeringsplicht=_optioneel(Inburgeringsplicht), doelgroep=_optioneel(Doelgroep),
    inburgeringstermijn=_optioneel(Inburgeringstermijn), pip=_optioneel(Gemeente),
    vrijstellingen=_lijst(Vrijstelling), ontheffingen=_lijst(Ontheffing), pvt=_optioneel(DatumPvt),
    map=_optioneel(DatumMap), boetes=_lijst(Boete), verlengingen=_lijst(VerlengingAanvraag),
    gebeurtenissen=_lijst(Notificatie), examens=_lijst(Examenresultaat))


# ---- answers ------------------------------------------------------------------------------------------
class Vergelijking(BaseModel):
    soort: str = Field(description="termijn_einde, doelgroep, plicht, vrijstelling of boete")
    duo_veld: str = Field(description="JSON-pointer naar DUO's veld / pointer to DUO's field")
    duo: Any = Field(description="DUO's waarde; bij plicht DUO's status (docs/duo.md) / DUO's value; for plicht "
                     "DUO's status")
    besluit: str
    wet: Any = Field(description="Wat de wet op de gegeven feiten geeft / what the law gives on the facts given")
    toelichting: schemas.Tweetalig
    grondslag: list[schemas.Grondslag]


class Waarschuwing(BaseModel):
    controle: str
    pad: str
    nl: str
    en: str


class Herkomst(BaseModel):
    waarde: Any
    bron: str = Field(description="JSON-pointer naar DUO's veld / pointer to DUO's field")


class DuoGebeurtenis(schemas.Gebeurtenis):
    soort: Literal["feit", "termijn", "duo"] = Field(description="feit (invoer), termijn (besluit) of duo (DUO's "
                                                     "gebeurtenis)")
    betekenis: schemas.Tweetalig | None = None
    tijdstip: str | None = None
    raadplegen: list[str] | None = None


class DuoResultaat(schemas.Resultaat):
    tijdlijn: list[DuoGebeurtenis]
    duo_invoer: dict[str, Herkomst]
    duo_vergelijking: list[Vergelijking]
    waarschuwingen: list[Waarschuwing]


class DuoBeoordelingAntwoord(DuoResultaat):
    ontvangstbewijs: schemas.Ontvangstbewijs


class DuoBatchAntwoord(BaseModel):
    resultaten: list[DuoResultaat]
    ontvangstbewijs: schemas.Ontvangstbewijs


class DuoInvoerAntwoord(BaseModel):
    persoon: dict[str, Any]
    herkomst: dict[str, str]
    waarschuwingen: list[Waarschuwing]


# ---- service ------------------------------------------------------------------------------------------
class DuoDienst:
    """The DUO routes' service layer, over the ordinary `Dienst` (no state of its own)."""

    def __init__(self, dienst: Dienst) -> None:
        self.dienst = dienst
        parameters = dienst.basis.systeem.parameters
        # what `wettelijk_bedrag` reads: the art. 24 amount (Bi 7.2 lid 1) within the act's maximum (Wi 26 lid 1 b),
        # the art. 25 maximum (Wi 26 lid 1 d)
        self._bedragen = {"24": (zoek_parameter(parameters, "boetes.art_24_bedrag"),
                                 zoek_parameter(parameters, "boetes.wi_26_maximum.art_24")),
                          "25": (zoek_parameter(parameters, "boetes.art_25_maximum"),)}
        self._termijn = zoek_parameter(parameters, "termijnen.inburgeringstermijn_maanden")
        persoon = dienst.modellen.persoon
        self.geval = _model("DuoGeval", None, van_duo=False, persoon=(persoon, Field(default_factory=persoon)),
                            duo=(DuoAntwoorden, ...))
        self.verzoek = _model(
            "DuoBeoordelingVerzoek", VOORBEELD, van_duo=False, peildatum=(Datum, ...),
            persoon=(persoon, Field(default_factory=persoon)), duo=(DuoAntwoorden, ...),
            toelichting=(StrictBool, Field(True, description="Toelichting, uitleg en grondslag per besluit")))
        self.batchverzoek = _model(
            "DuoBatchVerzoek", BATCHVOORBEELD, van_duo=False, peildatum=(Datum, ...), personen=(list[self.geval], ...),
            toelichting=(StrictBool, Field(False, description="Ook toelichting, uitleg en grondslag per persoon")))
        self.invoerverzoek = _model("DuoInvoerVerzoek", {"peildatum": VOORBEELD["peildatum"], "duo": VOORBEELDEN},
                                    van_duo=False, peildatum=(Datum, ...), duo=(DuoAntwoorden, ...))

    def art_24_bedrag(self, datum: str) -> float | None:
        """The art. 24 amount in force on `datum` (None before the law: no art. 24 fine then)."""
        return self.wettelijk_bedrag("24", datum)

    def termijn_maanden(self, dag: str) -> int | None:
        """The term of Wi 11 lid 1 in months as it stood on `dag` (before the law: as it entered into force)."""
        maanden = waarde_op_dag(self._termijn, dag, vanaf_eerste=True)
        return None if maanden is None else int(maanden)

    def wettelijk_bedrag(self, artikel: str, datum: str) -> float | None:
        """The art. 24 amount (Bi 7.2 lid 1, not above Wi 26 lid 1 b, as `boete_art_24_bedrag` applies it) or the
        art. 25 maximum (Wi 26 lid 1 d) in force on `datum` (None before the law), as `geldend_recht.waarde_op_dag`
        reads a parameter of the base system on a day (its periods looked up once per parameter; building the whole
        parameter tree of the day took a third of a millisecond per fine)."""
        bedragen = [waarde_op_dag(parameter, datum) for parameter in self._bedragen[artikel]]
        return None if None in bedragen else float(min(bedragen))

    # -- reading -----------------------------------------------------------------------------------------
    def _valideer(self, model, data):
        batch = model is self.batchverzoek
        personen = data.get("personen") if isinstance(data, dict) else None
        if isinstance(personen, list):
            self.dienst.batchgrenzen(data)
            self.dienst._niet_te_veel_namen({"personen": [p.get("persoon") if isinstance(p, dict) else None
                                                          for p in personen]})
            for i, geval in enumerate(personen):
                if isinstance(geval, dict):
                    _niet_te_groot(geval.get("duo"), f"/personen/{i}/duo")
        else:
            self.dienst._niet_te_veel_namen(data)
            if isinstance(data, dict):
                _niet_te_groot(data.get("duo"), "/duo")
        try:
            verzoek = model.model_validate(data)
        except ValidationError as fout:
            raise fouten.van_validatie(fout.errors(include_input=False, include_url=False),
                                       lambda loc: _velden(model, loc, self.dienst.modellen.invoer),
                                       verwacht=partial(schemas.verwacht, model)) from None
        gevallen = [(f"/personen/{i}", geval) for i, geval in enumerate(verzoek.personen)] if batch else [("", verzoek)]
        if problemen := [fout for pad, geval in gevallen for fout in _perioden(geval.duo, f"{pad}/duo")]:
            raise fouten.ten_hoogste(problemen)
        return verzoek

    def _voeg_samen(self, peildatum: str, persoon: dict, antwoorden: dict, pad: str) -> tuple[dict, dict]:
        """`persoon` with DUO's inputs added, and where each came from; a disagreement is a 400 naming both."""
        uit_duo = duo.naar_invoer(antwoorden, peildatum, self.art_24_bedrag, persoon.get("pip_datum"),
                                  persoon.get("brp_inschrijving_andere_gemeente_datum"), self.termijn_maanden,
                                  persoon.get("verblijfsdoel"))
        # DUO's lower bound (`duo.ONDERGRENZEN`) raised by persoon: persoon's number or later day stands
        uit_duo = {naam: (waarde, bron) for naam, (waarde, bron) in uit_duo.items()
                   if not (naam in duo.ONDERGRENZEN and naam in persoon and persoon[naam] >= waarde)}
        strijdig = [
            fouten.Fout(
                f"{pad}/persoon/{naam}",
                f"persoon.{naam} = {persoon[naam]!r}, maar DUO ({pad}{bron}) geeft {waarde!r}",
                f"persoon.{naam} = {persoon[naam]!r}, but DUO ({pad}{bron}) gives {waarde!r}",
                [waarde],
            )
            for naam, (waarde, bron) in uit_duo.items()
            if naam in persoon and persoon[naam] != waarde and persoon[naam] != duo.NIET_BEKEND.get(naam)
        ]
        if strijdig:
            raise fouten.Probleem(400, "tegenstrijdig", "Persoon en DUO spreken elkaar tegen",
                                  "Persoon and DUO disagree", strijdig)
        samen = {**persoon, **{naam: waarde for naam, (waarde, _) in uit_duo.items()}}
        # the bounded inputs come from persoon only; the day of their decision may come from DUO's fines
        self.dienst.basis.binnen_maxima([samen], f"{pad}/persoon")
        try:
            plausibel(peildatum, [samen], f"{pad}/persoon")
        except fouten.Probleem as probleem:  # a fact that came from DUO is named by DUO's field
            for i, fout in enumerate(probleem.fouten):
                naam = fout.pad.rsplit("/", 1)[-1]
                if naam in uit_duo:
                    probleem.fouten[i] = replace(fout, pad=pad + uit_duo[naam][1])
            raise
        return samen, uit_duo

    def lees(self, body: bytes, batch: bool = False) -> tuple[str, list[tuple[dict, dict, dict]], bool, dict]:
        """peildatum, per person (inputs, DUO blocks, herkomst), toelichting, and what the receipt hashes. The route
        says which model the body must have (`batch`): a body of the other shape is a 400 naming its field."""
        data = randen.uniek(body, lees_json(body), tekst_met_dubbelpunt=True)  # DUO's timestamps
        verzoek = self._valideer(self.batchverzoek if batch else self.verzoek, data)
        gevallen = verzoek.personen if batch else [verzoek]
        uit, gegeven = [], []
        for i, geval in enumerate(gevallen):
            pad = f"/personen/{i}" if batch else ""
            persoon, antwoorden = geval.persoon.model_dump(exclude_none=True), geval.duo.model_dump(exclude_none=True)
            bekend, onbekend = _bekend(geval.duo, f"{pad}/duo")
            invoer, herkomst = self._voeg_samen(verzoek.peildatum, persoon, bekend, pad)
            uit.append((invoer, bekend, herkomst, onbekend))
            gegeven.append({"persoon": persoon, "duo": antwoorden})  # the receipt: as sent, unknown names too
        invoer = {"peildatum": verzoek.peildatum, "hervorming": None}
        invoer.update({"personen": gegeven} if batch else gegeven[0])
        return verzoek.peildatum, uit, verzoek.toelichting, invoer

    def invoer(self, body: bytes) -> dict:
        """`/v1/duo/invoer`: only the mapping, to fill a form."""
        data = randen.uniek(body, lees_json(body), tekst_met_dubbelpunt=True)
        verzoek = self._valideer(self.invoerverzoek, data)
        bekend, onbekend = _bekend(verzoek.duo, "/duo")
        uit_duo = duo.naar_invoer(bekend, verzoek.peildatum, self.art_24_bedrag, termijn_maanden=self.termijn_maanden)
        # what DUO holds that gives no input is said here too, as in the assessment (a review: a fine of unknown
        # article was dropped from the form without a word)
        waarschuwingen = (duo.overige_waarschuwingen(bekend, verzoek.peildatum, self.art_24_bedrag)
                          + duo.onbekende_velden(onbekend))
        return {"persoon": {n: w for n, (w, _) in uit_duo.items()}, "herkomst": {n: b for n, (_, b) in uit_duo.items()},
                "waarschuwingen": waarschuwingen}

    # -- answering ---------------------------------------------------------------------------------------
    def aanvul(self, peildatum: str, resultaat: dict, invoer: dict, antwoorden: dict, herkomst: dict,
               onbekend: list[str], taal: str) -> dict:
        """The ordinary answer plus DUO's events on the timeline, duo_invoer, duo_vergelijking, waarschuwingen
        (`onbekend`: the pointers of DUO's names the mapping does not know, from `lees`)."""
        besluiten = resultaat["besluiten"]
        # as the peildatum's text numbers it, or as the answer's explanation cites a decision of another day's text
        # (`publiek.TEKST_VAN`, I58)
        grondslag, toelichting = self.dienst.basis.grondslag_op(peildatum), resultaat.get("toelichting") or {}
        vergelijking = [
            {**item, "grondslag": (toelichting[item["besluit"]]["grondslag"]
                                   if item["besluit"] in publiek.TEKST_VAN and item["besluit"] in toelichting
                                   else grondslag.get(item["besluit"], []))}
            for item in duo.vergelijking(antwoorden, invoer, besluiten, resultaat["boetes"], self.wettelijk_bedrag,
                                          peildatum)
        ]
        indeling = (antwoorden.get("doelgroep") or {}).get("indeling")
        doelgroep = duo.LEDEN["Doelgroepindeling"][indeling].waarde if indeling else besluiten.get("doelgroep")
        tijdlijn = sorted(resultaat["tijdlijn"] + duo.gebeurtenissen(antwoorden, taal), key=lambda g: g["datum"])
        return {
            **resultaat,
            "tijdlijn": tijdlijn,
            "duo_invoer": {naam: {"waarde": w, "bron": bron} for naam, (w, bron) in herkomst.items()},
            "duo_vergelijking": vergelijking,
            "waarschuwingen": (duo.pip_controles(antwoorden, invoer, doelgroep)
                               + duo.overige_waarschuwingen(antwoorden, peildatum, self.art_24_bedrag,
                                                            invoer.get("pip_datum"),
                                                            invoer.get("brp_inschrijving_andere_gemeente_datum"))
                               + duo.onbekende_velden(onbekend)),
        }

    def batch(self, body: bytes, taal: str) -> dict:
        """The `/v1/beoordeling/duo/batch` answer; the collector paused (`zonder_gc`), as for the other batches."""
        with zonder_gc():
            peildatum, gevallen, toelichting, gegeven = self.lees(body, batch=True)
            resultaten = self.dienst.resultaten(self.dienst.basis, peildatum, [g[0] for g in gevallen], taal,
                                                toelichting)
            return {
                "resultaten": [self.aanvul(peildatum, r, *g, taal) for r, g in zip(resultaten, gevallen, strict=True)],
                "ontvangstbewijs": self.dienst.ontvangstbewijs(gegeven, taal),
            }


def _bekend(model: BaseModel, pad: str) -> tuple[dict, list[str]]:
    """A validated DUO block as the mapping reads it: the names it knows, without None (as `model_dump(exclude_none)`),
    and the JSON pointers of the names it does not know (`_model`'s `van_duo`): a block's own first, then those
    inside its known names."""
    bekend, onbekend = {}, [pad + fouten.pad((naam,)) for naam in model.model_extra or ()]
    for naam in type(model).model_fields:
        waarde = getattr(model, naam)
        if isinstance(waarde, BaseModel):
            waarde, erin = _bekend(waarde, f"{pad}/{naam}")
            onbekend += erin
        elif isinstance(waarde, list):
            lijst = []
            for i, element in enumerate(waarde):
                if isinstance(element, BaseModel):
                    element, erin = _bekend(element, f"{pad}/{naam}/{i}")
                    onbekend += erin
                lijst.append(element)
            waarde = lijst
        if waarde is not None:
            bekend[naam] = waarde
    return bekend, onbekend


# DUO's periods, each a start and an end: (block, the kind inside an entry of the block's list or None, start, end).
_PERIODEN = (("inburgeringsplicht", None, "begindatum", "einddatum"),
             ("inburgeringstermijn", None, "startdatum", "einddatum"),
             ("vrijstellingen", "TijdelijkeVrijstelling", "startdatum", "einddatum"))


def _perioden(antwoorden: BaseModel, pad: str) -> list[fouten.Fout]:
    """A 400's entries for each of DUO's periods (`_PERIODEN`) that ends before it starts: a term ending before its
    start was decided on (a review)."""
    uit = []
    for blok, soort, begin, einde in _PERIODEN:
        waarde = getattr(antwoorden, blok)
        periodes = ([(f"{pad}/{blok}", waarde)] if soort is None else
                    [(f"{pad}/{blok}/{i}/{soort}", getattr(e, soort)) for i, e in enumerate(waarde or ())])
        for plek, periode in periodes:
            start, eind = (getattr(periode, begin), getattr(periode, einde)) if periode is not None else (None, None)
            if start and eind and eind < start:
                uit.append(fouten.Fout(f"{plek}/{einde}", f"{einde} {eind} ligt vóór {begin} {start}",
                                       f"{einde} {eind} is before {begin} {start}", f">= {begin}"))
    return uit


def _velden(model, loc: tuple, invoer: tuple[str, ...]) -> tuple[str, ...]:
    """The names allowed in the object at `loc` (for the 'unknown name' error)."""
    for deel in loc:
        if isinstance(deel, int):
            continue
        veld = model.model_fields.get(deel)
        if veld is None:
            return ()
        if deel == "persoon":
            return invoer
        model = schemas.binnenste(veld.annotation)
        if model is None:
            return ()
    return tuple(model.model_fields)


# A person's DUO answers are small (a dozen blocks of a few fields, lists of some exams and events): an object with
# more names, or more values in all, is refused before pydantic walks it, which holds the GIL and so stalls every
# request of the worker (a review: 2,000,000 unknown names in one block, 18 s).
DUO_MAX_NAMEN = 64
DUO_MAX_WAARDEN = 10_000


def _niet_te_groot(duo, pad: str) -> None:
    """A 400 when `duo` has an object with more than `DUO_MAX_NAMEN` names or more than `DUO_MAX_WAARDEN` values in
    all; the walk stops at the first."""
    if not isinstance(duo, dict | list):
        return
    te_doen, gezien = [(pad, duo)], 0
    while te_doen:  # only objects and lists are walked (a value is counted, never visited: no path made for it)
        plek, knoop = te_doen.pop()
        if isinstance(knoop, dict):
            if len(knoop) > DUO_MAX_NAMEN:
                raise fouten.ongeldig([fouten.Fout(plek, f"Meer dan {DUO_MAX_NAMEN} namen",
                                                   f"More than {DUO_MAX_NAMEN} names", f"<= {DUO_MAX_NAMEN}")])
            kinderen, aantal = knoop.items(), len(knoop)
        else:
            kinderen, aantal = enumerate(knoop[:DUO_MAX_WAARDEN + 1]), min(len(knoop), DUO_MAX_WAARDEN + 1)
        gezien += aantal
        if gezien > DUO_MAX_WAARDEN:
            raise fouten.ongeldig([fouten.Fout(pad, f"Meer dan {DUO_MAX_WAARDEN} waarden",
                                               f"More than {DUO_MAX_WAARDEN} values", f"<= {DUO_MAX_WAARDEN}")])
        te_doen.extend([(plek + fouten.pad([sleutel]), w) for sleutel, w in kinderen if isinstance(w, dict | list)])


# ---- routes and OpenAPI --------------------------------------------------------------------------------
def routes(app: FastAPI, dienst: Dienst, *, bundelaar, lees_body, taal, binnen_tijd, draai, zwaar, antwoord,
           klein: int) -> DuoDienst:
    """Add the DUO routes to `app` (thin: `DuoDienst` does the work; `antwoord` is the app's JSON response;
    `zwaar` runs heavy work and its JSON dump in a slot off the event loop and sends the answer in parts)."""
    duo_dienst = DuoDienst(dienst)
    limiet = dienst.instellingen.max_body_bytes

    async def gelezen(lees, body: bytes):
        """`lees(body)`: a small body on the event loop (microseconds), a larger one in a thread (`klein`, as
        `/v1/beoordeling` does), so parsing it never holds up the other requests for long."""
        if len(body) <= klein:
            return lees(body)
        return await anyio.to_thread.run_sync(lees, body, abandon_on_cancel=True)
    problemen = docs._problemen(400, 413, 415, 503)

    @app.post("/v1/beoordeling/duo", tags=["beoordeling"], summary="Beoordeel één persoon uit DUO's gegevens / "
              "assess one person from DUO's data", openapi_extra=docs._body("DuoBeoordelingVerzoek", VOORBEELD),
              responses={200: {"model": DuoBeoordelingAntwoord, "description": "Besluiten en DUO-vergelijking"},
                         **problemen})
    async def beoordeling_duo(request: Request):
        body, gekozen = await lees_body(request, limiet), taal(request)

        async def beoordeel() -> dict:
            peildatum, [(invoer, antwoorden, herkomst, onbekend)], toelichting, gegeven = await gelezen(
                duo_dienst.lees, body)
            resultaat = await bundelaar.beoordeel(dienst.basis, peildatum, invoer, gekozen, toelichting)
            return {**duo_dienst.aanvul(peildatum, resultaat, invoer, antwoorden, herkomst, onbekend, gekozen),
                    "ontvangstbewijs": dienst.ontvangstbewijs(gegeven, gekozen)}

        return antwoord(await binnen_tijd(beoordeel()))

    @app.post("/v1/beoordeling/duo/batch", tags=["beoordeling"], summary="Beoordeel een lijst personen uit DUO's "
              "gegevens / assess many persons from DUO's data",
              description=docs.grenzen(dienst),
              openapi_extra=docs._body("DuoBatchVerzoek", BATCHVOORBEELD),
              responses={200: {"model": DuoBatchAntwoord, "description": "Een resultaat per persoon"}, **problemen})
    async def batch_duo(request: Request):
        body = await lees_body(request, limiet)
        return await zwaar(duo_dienst.batch, body, taal(request))

    @app.post("/v1/duo/invoer", tags=["beoordeling"], summary="Alleen de vertaling van DUO's gegevens naar invoer / "
              "only the mapping of DUO's data onto inputs",
              openapi_extra=docs._body("DuoInvoerVerzoek", {"peildatum": VOORBEELD["peildatum"], "duo": VOORBEELDEN}),
              responses={200: {"model": DuoInvoerAntwoord, "description": "Invoer en herkomst"},
                         **docs._problemen(400, 413, 415)})
    async def duo_invoer(request: Request):
        body = await lees_body(request, limiet)
        return antwoord(await binnen_tijd(gelezen(duo_dienst.invoer, body)))

    return duo_dienst


def openapi(app: FastAPI, duo_dienst: DuoDienst) -> None:
    """Add the DUO request models (each block with its example) and an answer example to `/openapi.json`."""
    basis = app.openapi

    def genereer() -> dict:
        spec = basis()
        componenten = spec["components"]["schemas"]
        if "DuoBeoordelingVerzoek" in componenten:
            return spec
        modellen = [(m, "validation") for m in (duo_dienst.verzoek, duo_dienst.batchverzoek, duo_dienst.invoerverzoek)]
        _, definities = json_schema.models_json_schema(modellen, ref_template="#/components/schemas/{model}")
        componenten.update(definities.get("$defs", {}))
        # the mapped inputs are a person's inputs, typed as `Persoon` (the model is built per system at run time)
        componenten["DuoInvoerAntwoord"]["properties"]["persoon"] = {"$ref": "#/components/schemas/Persoon"}
        inhoud = spec["paths"]["/v1/beoordeling/duo"]["post"]["responses"]["200"]["content"]["application/json"]
        inhoud["example"] = _voorbeeldantwoord(duo_dienst)
        return spec

    app.openapi = genereer


def _voorbeeldantwoord(duo_dienst: DuoDienst) -> dict:
    peildatum, [(invoer, antwoorden, herkomst, onbekend)], _, gegeven = duo_dienst.lees(orjson.dumps(VOORBEELD))
    resultaat = duo_dienst.dienst.resultaten(duo_dienst.dienst.basis, peildatum, [invoer], "nl", True)[0]
    return {**duo_dienst.aanvul(peildatum, resultaat, invoer, antwoorden, herkomst, onbekend, "nl"),
            "ontvangstbewijs": duo_dienst.dienst.ontvangstbewijs(gegeven, "nl")}

