"""Pydantic models of the typed API, generated from the variables of the rules.

Every input of the vocabulary gets one validator (`VALIDATOREN`), shared by the typed API and
`/calculate`: dates strict ISO `YYYY-MM-DD` (real calendar dates, years 1900-2100), integers
non-negative and bounded, amounts in euros to the cent, enums by member name, `nationaliteit`
two upper-case letters or "". `null` or a missing key means "not given".
"""

from __future__ import annotations

import math
import re
import reprlib
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Annotated, Any, Literal

from openfisca_core.indexed_enums import Enum
from inburgering_rules.voorbeelden import PEILDATUM, STATUSHOUDER
from pydantic import BaseModel, ConfigDict, Field, PlainValidator, StrictBool, WithJsonSchema, create_model
from pydantic_core import PydanticCustomError

from inburgering_rules import publiek, simulatie
from inburgering_rules.api.fouten import Fout
from inburgering_rules.notatie import bedoelde, kort
from inburgering_rules.simulatie import wettelijk_maximum
from inburgering_rules.waarden import LANDEN, MAX_BEDRAG, grens, ondergrens, op_centen

JAAR_MIN, JAAR_MAX = 1900, 2100
MAX_TEKST = 200
# What a date field allows, in an error (`verwacht`).
DATUM_VORM = "JJJJ-MM-DD / YYYY-MM-DD"
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # not \d: that also takes Arabic-Indic digits
# A date as the OpenAPI document gives it: the form and the years JAAR_MIN-JAAR_MAX, so a client-side validator
# refuses what the service refuses (a review: year 0001 passed the schema and got a 400).
JAAR_PATROON = "(19[0-9]{2}|20[0-9]{2}|2100)"  # the years JAAR_MIN-JAAR_MAX, for every date pattern of the contract
assert (JAAR_MIN, JAAR_MAX) == (1900, 2100), "JAAR_PATROON spells out these years"
DATUM_PATROON = f"^{JAAR_PATROON}-[0-9]{{2}}-[0-9]{{2}}$"
DATUM_TYPE = {"type": "string", "format": "date", "pattern": DATUM_PATROON}  # a date's schema, inputs and bodies
_LAND = re.compile(r"([A-Z]{2})?")
_HERVORMING = re.compile(r"[A-Za-z0-9_.-]{1,100}")

Validator = Callable[[Any], Any]


def fout(nl: str, en: str, toegestaan: object = None):
    """Raise a validation error that carries both languages and what is allowed."""
    raise PydanticCustomError("ongeldig", "{en}", {"nl": nl, "en": en, "toegestaan": toegestaan})


# An error repeats at most this many characters of the value given (a body may carry a long one).
MAX_GEGEVEN = 40


def _gegeven(waarde: Any) -> str:
    """The value given, for an error message: a string quoted and cut to `MAX_GEGEVEN` characters, `null`,
    `true` and `false` as JSON writes them, any other value as a bounded `reprlib.repr` (a list or object is
    not written out whole) cut the same way."""
    if isinstance(waarde, str):
        return repr(waarde[:MAX_GEGEVEN]) + ("..." if len(waarde) > MAX_GEGEVEN else "")
    if waarde is None or isinstance(waarde, bool):
        return "null" if waarde is None else str(waarde).lower()
    return reprlib.repr(waarde)[:MAX_GEGEVEN]


# The days already found valid: a batch gives the same days over and over (10,000 persons: 46,576 dates,
# 28 -> 6 ms). At most the calendar's 73,414 days from JAAR_MIN to JAAR_MAX.
_GELDIGE_DATA: set[str] = set()
# The orders of a person's names remembered at most (`Modellen._volgorde`): any request may bring new ones.
MAX_VOLGORDEN = 4096


def datum(waarde: Any) -> str:
    if type(waarde) is str and waarde in _GELDIGE_DATA:
        return waarde
    if not isinstance(waarde, str) or not _ISO.fullmatch(waarde):
        gegeven = _gegeven(waarde)
        fout(
            f"Datum moet de vorm JJJJ-MM-DD hebben, niet {gegeven}",
            f"Date must have the form YYYY-MM-DD, not {gegeven}",
            "YYYY-MM-DD",
        )
    try:
        dag = date.fromisoformat(waarde)
    except ValueError:
        fout(
            f"Datum {waarde!r} bestaat niet",
            f"Date {waarde!r} does not exist",
            "JJJJ-MM-DD, een bestaande datum / YYYY-MM-DD, an existing date",
        )
    if not JAAR_MIN <= dag.year <= JAAR_MAX:
        fout(
            f"Jaar moet tussen {JAAR_MIN} en {JAAR_MAX} liggen",
            f"Year must be between {JAAR_MIN} and {JAAR_MAX}",
            f"{JAAR_MIN}-01-01 .. {JAAR_MAX}-12-31",
        )
    _GELDIGE_DATA.add(waarde)
    return waarde


def waarheid(waarde: Any) -> bool:
    if not isinstance(waarde, bool):
        fout("Moet true of false zijn", "Must be true or false", [True, False])
    return waarde


def geheel(maximum: int, minimum: int = 0) -> Validator:
    def valideer(waarde: Any) -> int:
        # A number without a fraction is an integer in JSON Schema (2020-12, as OpenAPI 3.1 reads it): 10.0 is 10.
        # JSON reads a whole number beyond 64 bits as a float: it is out of range, not "not an integer".
        heel = isinstance(waarde, float) and waarde.is_integer()
        if not heel and (isinstance(waarde, bool) or not isinstance(waarde, int)):
            fout("Moet een geheel getal zijn", "Must be an integer", f"{minimum} .. {maximum}")
        if not minimum <= waarde <= maximum:
            fout(f"Moet tussen {minimum} en {maximum} liggen", f"Must be between {minimum} and {maximum}",
                 f"{minimum} .. {maximum}")
        return int(waarde)

    return valideer


def bedrag(waarde: Any) -> float:
    if isinstance(waarde, bool) or not isinstance(waarde, int | float) or not math.isfinite(waarde):
        fout(
            "Moet een bedrag in euro's zijn (getal)", "Must be an amount in euros (a number)", "0 .. 10000000"
        )
    if not 0 <= waarde <= MAX_BEDRAG:
        fout(
            f"Moet tussen 0 en {MAX_BEDRAG} liggen",
            f"Must be between 0 and {MAX_BEDRAG}",
            f"0 .. {MAX_BEDRAG}",
        )
    if not op_centen(waarde):
        fout("Hoogstens twee decimalen (centen)", "At most two decimals (cents)", "bijv./e.g. 37.5")
    return als_bedrag(waarde)


def als_bedrag(waarde):
    """An amount as one form (a whole number of euros an int, as the answers write it), so 10 and 10.0 are one input
    to the receipt; None stays None."""
    return int(waarde) if type(waarde) is float and waarde.is_integer() else waarde


def keuze(namen: tuple[str, ...]) -> Validator:
    def valideer(waarde: Any) -> str:
        if not isinstance(waarde, str) or waarde not in namen:
            # the value given and, for a text, the closest members (a misspelt member was told only "Unknown value")
            hint_nl, hint_en = bedoelde(kort(waarde), namen) if isinstance(waarde, str) else ("", "")
            gegeven = _gegeven(waarde)
            fout(f"Onbekende waarde: {gegeven}" + (f".{hint_nl}" if hint_nl else ""),
                 f"Unknown value: {gegeven}" + (f".{hint_en}" if hint_en else ""), list(namen))
        return waarde

    return valideer


def nationaliteit(waarde: Any) -> str:
    if not isinstance(waarde, str) or not _LAND.fullmatch(waarde):
        fout(
            'Twee hoofdletters (ISO 3166-1 alpha-2) of "" (onbekend)',
            'Two upper-case letters (ISO 3166-1 alpha-2) or "" (unknown)',
            "^([A-Z]{2})?$",
        )
    if waarde and waarde not in LANDEN:
        fout(
            f"{waarde!r} is geen ISO 3166-1-landcode (XK = Kosovo, XX = staatloos)",
            f"{waarde!r} is not an ISO 3166-1 country code (XK = Kosovo, XX = stateless)",
            "ISO 3166-1 alpha-2, XK, XX of/or \"\"",
        )
    return waarde


def tekst(waarde: Any) -> str:
    if not isinstance(waarde, str) or len(waarde) > MAX_TEKST:
        fout(
            f"Moet tekst zijn van hoogstens {MAX_TEKST} tekens",
            f"Must be a string of at most {MAX_TEKST} characters",
            f"string <= {MAX_TEKST}",
        )
    return waarde


# Nesting allowed inside an inline reform: a reform is parameters -> dates -> values (a few levels);
# deeper input is refused before it reaches the receipt (orjson writes at most 254 levels).
MAX_DIEPTE = 16


# A reform as data holds at most `Grenzen.waarden_per_hervorming` values (1,000 by default), checked once it is read;
# before that its JSON is walked only this far: a million parameters took 8.5 s to refuse (a review).
MAX_KNOPEN = 200_000


def diepte(waarde: Any) -> tuple[int, int]:
    """How deeply lists and objects nest in `waarde` (a scalar is 0), and how many values it holds, without
    recursion; the walk stops beyond `MAX_DIEPTE` levels or `MAX_KNOPEN` values."""
    hoogste, knopen, stapel = 0, 0, [(waarde, 0)]
    while stapel:
        deel, niveau = stapel.pop()
        if isinstance(deel, dict | list):
            hoogste = max(hoogste, niveau + 1)
            knopen += len(deel)
            if hoogste > MAX_DIEPTE or knopen > MAX_KNOPEN:
                break
            stapel.extend((kind, niveau + 1) for kind in (deel.values() if isinstance(deel, dict) else deel))
    return hoogste, knopen


def hervorming(waarde: Any) -> str | dict | None:
    niveaus, knopen = diepte(waarde) if isinstance(waarde, dict) else (0, 0)
    if niveaus > MAX_DIEPTE:
        fout(
            f"Een hervorming mag hoogstens {MAX_DIEPTE} niveaus diep genest zijn",
            f"A reform may nest at most {MAX_DIEPTE} levels deep",
            f"<= {MAX_DIEPTE} niveaus/levels",
        )
    if knopen > MAX_KNOPEN:
        fout(
            f"Een hervorming als data is te groot: meer dan {MAX_KNOPEN} namen en waarden (een hervorming heeft er "
            "hoogstens enkele duizenden)",
            f"A reform as data is too large: more than {MAX_KNOPEN} names and values (a reform has a few thousand "
            "at most)",
            f"<= {MAX_KNOPEN}",
        )
    if waarde is None or isinstance(waarde, dict):
        return waarde
    if not isinstance(waarde, str) or not _HERVORMING.fullmatch(waarde):
        fout(
            "Naam van een hervorming (letters, cijfers, _ . -) of een object",
            "Name of a reform (letters, digits, _ . -) or an object",
            "^[A-Za-z0-9_.-]{1,100}$ | object",
        )
    return waarde


# Inputs bounded by a number of the law (`publiek.WETTELIJK_MAXIMUM`). A reform may change it, and the models
# are built once from the base system, so they allow what the structure allows (`waarden.grens`); the deciding
# system's bound is checked once the request's reform is known (`service.Stelsel.binnen_maxima`). The
# published schema names the base law's bound.


def boven_maximum(pad: str, maximum: int) -> Fout:
    """The error for the value at `pad` above the law's `maximum`, in the words of the integer validator."""
    nl, en = f"Moet tussen 0 en {maximum} liggen", f"Must be between 0 and {maximum}"
    return Fout(pad, nl, en, f"0 .. {maximum}")


def soort(variabele) -> str:
    """The JSON kind of a variable: datum, geld, enum, bool, int, float or str."""
    if variabele.value_type is Enum:
        return "enum"
    if variabele.dtype == "datetime64[D]":
        return "datum"
    if variabele.name in publiek.GELD:
        return "geld"
    return {bool: "bool", int: "int", float: "float"}.get(variabele.value_type, "str")


# Euros to the cent, said in words: `multipleOf: 0.01` is checked in binary floating point by common validators
# (Python's jsonschema, ajv), which then reject 0.29 (0.29 / 0.01 = 28.999999999999996).
CENTEN = "In euro's, ten hoogste twee decimalen (centen) / in euros, at most two decimals (cents)."
# The schema of an amount, one place for inputs, decisions and a fine's amount (`format: double`: a bare `number` is
# float32 in some client generators).
GELD_SCHEMA = {"type": "number", "format": "double", "description": CENTEN}


def validator_en_schema(variabele, systeem=None) -> tuple[Validator, dict]:
    """The validator of one variable's values and its JSON schema (without null)."""
    aard = soort(variabele)
    if aard == "enum":
        namen = tuple(variabele.possible_values.__members__)
        return keuze(namen), {"type": "string", "enum": list(namen)}
    if aard == "datum":
        return datum, dict(DATUM_TYPE)
    if aard == "geld":
        return bedrag, {**GELD_SCHEMA, "minimum": 0, "maximum": MAX_BEDRAG}
    if aard == "bool":
        return waarheid, {"type": "boolean"}
    if aard == "int":
        bovengrens, onder = grens(variabele.name), ondergrens(variabele.name)
        gepubliceerd = bovengrens
        if systeem is not None and variabele.name in publiek.WETTELIJK_MAXIMUM:
            gepubliceerd = wettelijk_maximum(systeem, variabele.name)
        return geheel(bovengrens, onder), {"type": "integer", "minimum": onder, "maximum": gepubliceerd}
    if variabele.name == "nationaliteit":
        return nationaliteit, {"type": "string", "pattern": "^([A-Z]{2})?$", "maxLength": 2}
    return tekst, {"type": "string", "maxLength": MAX_TEKST}


def _optioneel(valideer: Validator) -> Validator:
    return lambda waarde: None if waarde is None else valideer(waarde)


def _veld(variabele, schema: dict, valideer: Validator, verplicht: bool = False):
    """A model field of one variable: nullable; `verplicht` (a decision in an answer, always there, null when not
    determined) makes it required, so a generated client tells "absent" from "undetermined"."""
    nullable = {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        nullable["enum"] = [*schema["enum"], None]
    beschrijving = (variabele.label or variabele.name).strip()
    if extra := schema.get("description"):
        beschrijving = f"{beschrijving.rstrip('.')}. {extra}"
    return (
        Annotated[Any, PlainValidator(_optioneel(valideer)), WithJsonSchema(nullable)],
        Field(... if verplicht else None, description=beschrijving),
    )


_STRENG = ConfigDict(extra="forbid")
_KENMERK = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def kenmerk(waarde: Any) -> str | None:
    if waarde is None:
        return None
    if not isinstance(waarde, str) or not _KENMERK.fullmatch(waarde):
        fout(
            "Kenmerk van de aanroeper: 1-64 tekens uit letters, cijfers en . _ : -",
            "The caller's reference: 1-64 characters from letters, digits and . _ : -",
            "^[A-Za-z0-9._:-]{1,64}$",
        )
    return waarde


# The caller's own reference for a person, echoed back in the answer (never used in a decision).
_ID = (
    Annotated[
        Any,
        PlainValidator(kenmerk),
        WithJsonSchema({"type": ["string", "null"], "pattern": "^[A-Za-z0-9._:-]{1,64}$"}),
    ],
    Field(None, description="Eigen kenmerk van de aanroeper, ongewijzigd teruggegeven / "
                            "the caller's own reference, echoed back unchanged"),
)
DATUM_SCHEMA = {**DATUM_TYPE, "example": "2024-05-01"}
Datum = Annotated[str, PlainValidator(datum), WithJsonSchema(DATUM_SCHEMA)]
HERVORMING_SCHEMA = {
    "anyOf": [{"type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}$"}, {"type": "object"}, {"type": "null"}],
    "description": "Naam van een hervorming of een hervorming als data / name of a reform, or a reform as data",
}
Hervorming = Annotated[Any, PlainValidator(hervorming), WithJsonSchema(HERVORMING_SCHEMA)]


TeVergelijkenHervorming = Annotated[
    Any,
    PlainValidator(hervorming),  # null passes here: `Dienst.vergelijk` refuses it with {} (one check of "no change")
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}$"}, {"type": "object"}],
            "description": "Naam van een hervorming of een hervorming als data (niet null: vergelijken vraagt een "
            "wijziging) / name of a reform, or a reform as data (not null: a comparison needs a change)",
        }
    ),
]


class Modellen:
    """The request and response models for one tax-benefit system (built once at start-up)."""

    def __init__(self, systeem) -> None:
        self.invoer = simulatie.invoernamen(systeem)
        self.validatoren = {naam: validator_en_schema(systeem.variables[naam], systeem)[0] for naam in self.invoer}
        velden = {
            naam: _veld(systeem.variables[naam], *reversed(validator_en_schema(systeem.variables[naam], systeem)))
            for naam in self.invoer
        }
        self.persoon = create_model("Persoon", __config__=_STRENG, id=_ID, **velden)
        # The validators of a person's names in the model's order: the caller's `id`, then the inputs.
        self._persoonvelden = {"id": kenmerk, **self.validatoren}
        self._plaats = {naam: plaats for plaats, naam in enumerate(self._persoonvelden)}
        self._volgorden: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.verzoek = create_model(
            "BeoordelingVerzoek",
            __config__=ConfigDict(extra="forbid", json_schema_extra={"examples": [VOORBEELD]}),
            peildatum=(Datum, ...),
            persoon=(self.persoon, ...),
            hervorming=(Hervorming, None),
            toelichting=(
                StrictBool,
                Field(
                    True,
                    description="Toelichting, uitleg en grondslag per besluit (standaard aan) / "
                    "explanations and legal bases per decision (on by default)",
                ),
            ),
        )
        self.batchverzoek = create_model(
            "BatchVerzoek",
            __config__=ConfigDict(extra="forbid", json_schema_extra={"examples": [BATCHVOORBEELD]}),
            peildatum=(Datum, ...),
            personen=(list[self.persoon], ...),
            hervorming=(Hervorming, None),
            toelichting=(
                StrictBool,
                Field(
                    False,
                    description="Ook toelichting, uitleg en grondslag per persoon (groot) / "
                    "also explanations and legal bases per person (large)",
                ),
            ),
        )
        self.vergelijkverzoek = create_model(
            "VergelijkVerzoek",
            __config__=ConfigDict(extra="forbid", json_schema_extra={"examples": [VERGELIJKVOORBEELD]}),
            peildatum=(Datum, ...),
            personen=(list[self.persoon], ...),
            hervorming=(TeVergelijkenHervorming, ...),
        )
        # The answers, typed per decision from the system's variables (a new decision is typed with it).
        self.besluiten = _besluiten_model(systeem)
        self.resultaat = create_model("Resultaat", __base__=Resultaat, besluiten=(self.besluiten, ...))
        self.antwoord = create_model(
            "BeoordelingAntwoord", __base__=self.resultaat, ontvangstbewijs=(Ontvangstbewijs, ...)
        )
        self.batchantwoord = create_model(
            "BatchAntwoord", resultaten=(list[self.resultaat], ...), ontvangstbewijs=(Ontvangstbewijs, ...)
        )

    def gegeven(self, persoon) -> dict | None:
        """A person's given inputs exactly as `persoon.model_validate(p).model_dump(exclude_none=True)` gives them
        (same validators, same order), without building the model: a batch of 10,000 persons 0.14 -> 0.06 s.
        None when `persoon` is not valid, or anything else goes wrong: then pydantic names the errors."""
        velden = self._persoonvelden
        if type(persoon) is not dict or not persoon.keys() <= velden.keys():
            return None
        try:
            return {naam: velden[naam](persoon[naam]) for naam in self._volgorde(persoon) if persoon[naam] is not None}
        except Exception:  # noqa: BLE001 - pydantic validates it again and reports (or raises) as it always did
            return None

    def _volgorde(self, persoon: dict) -> tuple[str, ...]:
        """A person's names in the model's order. The persons of a batch mostly give their names in the same
        order: each order is sorted once (up to `MAX_VOLGORDEN` orders are remembered, then forgotten at once)."""
        namen = tuple(persoon)
        if (volgorde := self._volgorden.get(namen)) is None:
            volgorde = tuple(sorted(namen, key=self._plaats.__getitem__))
            if len(self._volgorden) >= MAX_VOLGORDEN:
                self._volgorden.clear()
            self._volgorden[namen] = volgorde
        return volgorde

    def velden_voor(self, model: type[BaseModel], loc: tuple) -> tuple[str, ...]:
        """Names allowed in the object at `loc` of a body of `model` (for the 'unknown name' error): the
        fields of the body's model at the top, a person's below (the only object inside a body)."""
        return tuple((self.persoon if loc else model).model_fields)


def verwacht(model: type[BaseModel], loc: tuple) -> str | list | None:
    """What a required field at `loc` in a body of `model` allows (for the 'missing' error), from its JSON schema:
    `JJJJ-MM-DD / YYYY-MM-DD` for a date, the members of an enum, else its JSON types ("object", "array", "string |
    object | null"). Below the top the field is looked up in the model that holds it (a DUO block's required field;
    a person's fields are optional)."""
    for deel in loc[:-1]:
        if isinstance(deel, str):  # a list's index stays in the list's model
            veld = model.model_fields.get(deel)
            model = binnenste(veld.annotation) if veld is not None else None
            if model is None:
                return None
    return (_verwacht(model).get(loc[-1]) or None) if loc else None


def binnenste(soort) -> type[BaseModel] | None:
    """The pydantic model inside `Model`, `Model | None`, `list[Model] | None`."""
    if isinstance(soort, type) and issubclass(soort, BaseModel):
        return soort
    for arg in getattr(soort, "__args__", ()):
        if (gevonden := binnenste(arg)) is not None:
            return gevonden
    return None


@lru_cache(maxsize=64)
def _verwacht(model: type[BaseModel]) -> dict[str, str | list]:
    def beschrijf(schema: dict) -> str | list:
        if schema.get("format") == "date":
            return DATUM_VORM
        if "enum" in schema:
            return list(schema["enum"])
        if "anyOf" in schema:
            return " | ".join(dict.fromkeys(str(beschrijf(deel)) for deel in schema["anyOf"]))
        return "object" if "$ref" in schema else schema.get("type", "")

    return {naam: beschrijf(veld) for naam, veld in model.model_json_schema()["properties"].items()}


def besluit_schema(variabele) -> dict:
    """The JSON schema of a decision's value in an answer (without null): from its value type, its enum
    members and `publiek.GELD` (euros to the cent). No input bounds: they are for what callers send."""
    aard = soort(variabele)
    if aard == "enum":
        return {"type": "string", "enum": list(variabele.possible_values.__members__)}
    return {
        "datum": {"type": "string", "format": "date"},
        "geld": {**GELD_SCHEMA},
        "bool": {"type": "boolean"},
        "int": {"type": "integer"},
        "float": {"type": "number"},
    }.get(aard, {"type": "string"})


def _besluiten_model(systeem) -> type[BaseModel]:
    """Every decision of `publiek.BESLUITEN` the system has, typed; `null` when it is not determined."""
    velden = {
        naam: _veld(systeem.variables[naam], besluit_schema(systeem.variables[naam]), lambda w: w, verplicht=True)
        for naam in publiek.BESLUITEN
        if naam in systeem.variables
    }
    return create_model("Besluiten", __config__=ConfigDict(extra="forbid"), **velden)


class Tweetalig(BaseModel):
    nl: str
    en: str


class Grondslag(BaseModel):
    """Een artikel (en lid) zoals de tekst op de peildatum het nummert, of op de dag waarvan een besluit de tekst
    toepast (`publiek.TEKST_VAN`: de PIP-termijn, die van de kennisgeving); een lid dat toen niet bestond, staat er
    niet in (I58) / an article (and lid) as the text in force on the peildatum (or on the day whose text a decision
    applies) numbers it."""

    regeling: str | None
    artikel: str | None
    lid: str | None
    url: str = Field(description="wetten.overheid.nl (Juriconnect); met &g=JJJJ-MM-DD de tekst van die dag als die "
                                 "anders nummerde dan de huidige / with &g= the text of that day if it numbered "
                                 "otherwise")


class Toelichting(BaseModel):
    grondslag: list[Grondslag]
    uitleg: Tweetalig


class Voorwaarde(BaseModel):
    voorwaarde: str = Field(description="De variabele die de voorwaarde beslist / the variable deciding it")
    omschrijving: str
    vervuld: bool | None = Field(description="null: onbepaald / undetermined")
    grondslag: Grondslag


# Who decides: the municipality's college, or the Minister (carried out by DUO). One enum component
# (`docs.enum_componenten`) for a fine's authority and a judgment's.
Bevoegd = Literal["college", "duo"]


class Boete(BaseModel):
    artikel: str
    bevoegd: Bevoegd = Field(description="college (gemeente) of duo (Minister, uitgevoerd door DUO)")
    besluit: str
    soort: Literal["bedrag", "maximum"] = Field(description="bedrag of maximum")
    bedrag: Annotated[float | None, WithJsonSchema({**GELD_SCHEMA, "type": ["number", "null"]})]
    voorwaarden_vervuld: bool | None
    voorwaarden: list[Voorwaarde] = Field(description="De wettelijke voorwaarden, elk vervuld of niet")
    termijnen: dict[str, date | None] = Field(
        default_factory=dict,
        description="Termijnen uit de (laatste) boetebeschikking: nieuwe termijn, volgende boete, bezwaar "
        "(null: geen beschikking of niet te bepalen) / terms following from the (latest) fine decision",
    )
    grondslag: list[Grondslag] | None = None
    uitleg: Tweetalig | None = None


class Gebeurtenis(BaseModel):
    datum: date
    naam: str
    soort: Literal["feit", "termijn"] = Field(description="feit (invoer) of termijn (besluit)")
    omschrijving: str
    grondslag: list[Grondslag] | None = None


class Actie(BaseModel):
    datum: date
    besluit: str
    wie: Literal["college", "duo", "inburgeringsplichtige"]
    soort: Literal["uiterste", "vanaf"] = Field(description="uiterste datum, of mogelijk vanaf / deadline or from")
    handeling: str
    gedaan_op: date | None = Field(None, description="Alleen in verlopen / only in verlopen")
    grondslag: list[Grondslag]


# What a missing fact or judgment leaves undetermined: decisions, and the legal conditions of a fine (a review found
# the conditions' names, which are no decisions, undocumented).
NODIG_VOOR = Field(description=(
    "Wat zonder dit gegeven onbepaald is: besluiten, en wettelijke voorwaarden van een boete "
    "(boetes.<artikel>.voorwaarden[].voorwaarde, met vervuld null) / what is undetermined without it: decisions, and "
    "legal conditions of a fine (boetes.<article>.voorwaarden[].voorwaarde, with vervuld null)"))


class Ontbrekend(BaseModel):
    invoer: str
    omschrijving: str
    nodig_voor: list[str] = NODIG_VOOR


class Oordeel(BaseModel):
    oordeel: str
    wie: Bevoegd
    omschrijving: str
    nodig_voor: list[str] = NODIG_VOOR


class Ontvangstbewijs(BaseModel):
    pakket: str
    versie: str
    regels_sha256: str
    peildatum: date
    invoer_sha256: str
    hervorming: str | dict | None
    taal: str


Status = Literal["besloten", "niet_van_toepassing", "nog_niet", "onbepaald"]
# The value sets of the answers' own enums, each one component of the OpenAPI document (`docs.enum_componenten`).
ENUMS = {"Status": Status, "Bevoegd": Bevoegd}


class Resultaat(BaseModel):
    """The answer for one person; `Modellen` types `besluiten` per decision."""

    id: str | None = Field(None, description="Het kenmerk uit de vraag / the reference from the request")
    besluiten: dict[str, Any]
    status: dict[str, Status] = Field(
        description="Per besluit: besloten; niet_van_toepassing; nog_niet (een gebeurtenis ontbreekt, zie "
        "wacht_op); onbepaald (een feit of oordeel ontbreekt, zie ontbrekende_gegevens en "
        "menselijk_oordeel_nodig; of een datum die er is maar niet uit de invoer volgt, zie de uitleg)"
    )
    wacht_op: dict[str, list[str]] | None = Field(
        None, description="Per besluit met status nog_niet: de gebeurtenissen (invoerdatums) waarop het wacht: niet "
        "gegeven, gegeven met een dag na de peildatum (nog niet gebeurd), of een afronding van vóór het PIP die niet "
        "meetelt (Bi 5.3 lid 5); alleen wat als eerste kan "
        "komen: niet wat pas volgt op een andere gebeurtenis waarop het besluit ook wacht (publiek.GEBEURTENIS_NA)"
    )
    toelichting: dict[str, Toelichting] | None = Field(
        None, description="In een batch alleen met toelichting=true"
    )
    boetes: dict[str, Boete]
    tijdlijn: list[Gebeurtenis]
    volgende_acties: list[Actie] = Field(description="Termijnen vanaf de peildatum: wie moet wat doen")
    verlopen: list[Actie] = Field(description="Uiterste datums vóór de peildatum zonder de handeling")
    ontbrekende_gegevens: list[Ontbrekend]
    menselijk_oordeel_nodig: list[Oordeel]


VOORBEELD = {"peildatum": PEILDATUM, "persoon": STATUSHOUDER}
BATCHVOORBEELD = {
    "peildatum": PEILDATUM,
    "personen": [VOORBEELD["persoon"], {"geboortedatum": "2001-02-03", "nationaliteit": "PL"}],
}
KOLOMMENVOORBEELD = {
    "peildatum": PEILDATUM,
    "kolommen": {naam: [BATCHVOORBEELD["personen"][0].get(naam), BATCHVOORBEELD["personen"][1].get(naam)]
                 for naam in ("geboortedatum", "nationaliteit", "verblijfsvergunning", "verblijf_verkregen_datum")},
    "hervorming": None,
}
VERGELIJKVOORBEELD = {**BATCHVOORBEELD, "hervorming": "concept_wetsvoorstel_2019"}


class Statussen(BaseModel):
    basis: Status
    hervorming: Status


class Verschil(BaseModel):
    basis: Any = Field(description="Uitkomst onder het geldende recht / outcome under the law in force")
    hervorming: Any = Field(description="Uitkomst onder de hervorming / outcome under the reform")
    status: Statussen = Field(description="De status van beide uitkomsten (null is onbepaald, niet van toepassing of "
                                          "wachtend) / the status of both outcomes")


class VergelijkPersoon(BaseModel):
    index: int
    id: str | None = None
    verschillen: dict[str, Verschil]


class VergelijkAntwoord(BaseModel):
    aantal_personen: int
    samenvatting: dict[str, int] = Field(description="Per besluit het aantal personen met een andere uitkomst, beide "
                                         "bepaald / per decision the persons whose outcome changed, both determined")
    onbepaald: dict[str, int] = Field(description="Per besluit het aantal personen met een verschil waarvan een kant "
                                      "onbepaald is (of het verandert, is niet bekend) / per decision the persons with "
                                      "a difference where a side is undetermined")
    personen: list[VergelijkPersoon] = Field(description="Alleen personen met ten minste één verschil")
    ontvangstbewijs: Ontvangstbewijs


class Hervormingsbeschrijving(BaseModel):
    naam: str
    beschrijving_nl: str
    beschrijving_en: str
    artikelen: list[Grondslag]


@lru_cache(maxsize=4)
def modellen(systeem) -> Modellen:
    return Modellen(systeem)
