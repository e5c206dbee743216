"""Client errors as RFC 9457 `application/problem+json`, in Dutch and English.

Every problem names the field path (`pad`, JSON-pointer style: `/persoon/geboortedatum`), says what
was wrong and what is allowed. The `title` and `detail` members follow `Accept-Language`; each entry
of `fouten` carries both languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import orjson
from fastapi import Request
from fastapi.responses import JSONResponse

from inburgering_rules.notatie import bedoelde, kort

PROBLEEM_TYPE = "application/problem+json"


def json_bytes(inhoud) -> bytes:
    """`inhoud` as JSON. A key that is not a string (a number, a date) is written as a string; orjson's option
    for that doubles the time of a large answer (42 -> 23 us for one answer with explanations), so it is only
    used when a key needs it. Both give the same bytes for string keys (`tests/api/test_json.py`)."""
    try:
        return orjson.dumps(inhoud)
    except orjson.JSONEncodeError:
        return orjson.dumps(inhoud, option=orjson.OPT_NON_STR_KEYS)


class JSON(JSONResponse):
    media_type = "application/json"

    def render(self, content) -> bytes:
        return json_bytes(content)


class ProbleemJSON(JSON):
    media_type = PROBLEEM_TYPE


def taal(request: Request) -> str:
    """'en' when English is preferred over Dutch in Accept-Language, else 'nl'. The choice is noted in the request's
    state (`TAAL`), so the answer says it (`randen.Kopregels`: `Content-Language`, `Vary: Accept-Language`)."""
    gekozen = request.scope.setdefault("state", {})[TAAL] = taal_van(request.headers.get("accept-language", ""))
    return gekozen


TAAL = "taal"


def taal_van(accept_language: str) -> str:
    """`taal` from the header's value."""
    beste, gewicht = "nl", -1.0
    for deel in accept_language[:200].split(","):
        code, _, q = deel.strip().partition(";q=")
        try:
            waarde = float(q) if q else 1.0
        except ValueError:
            continue
        code = code.strip().lower()[:2]
        if code in ("nl", "en") and waarde > gewicht:
            beste, gewicht = code, waarde
    return beste


@dataclass(frozen=True)
class Fout:
    """One thing wrong in a request."""

    pad: str
    nl: str
    en: str
    toegestaan: object = None

    def als_dict(self) -> dict:
        uit = {"pad": self.pad, "nl": self.nl, "en": self.en}
        if self.toegestaan is not None:
            uit["toegestaan"] = self.toegestaan
        return uit


class Probleem(Exception):
    """A client error: raised anywhere, turned into problem+json by the app."""

    def __init__(self, status: int, soort: str, nl: str, en: str, fouten: Iterable[Fout] = ()) -> None:
        super().__init__(en)
        self.status, self.soort, self.nl, self.en = status, soort, nl, en
        self.fouten = list(fouten)

    def als_json(self, taal: str, instance: str, request_id: str | None) -> dict:
        engels = taal == "en"
        detail = "; ".join((f.en if engels else f.nl) for f in self.fouten) or (
            self.en if engels else self.nl
        )
        uit = {
            "type": f"urn:inburgering-rules:probleem:{self.soort}",
            "title": self.en if engels else self.nl,
            "status": self.status,
            "detail": detail,
            "instance": instance,
            "titel": {"nl": self.nl, "en": self.en},
            "fouten": [f.als_dict() for f in self.fouten],
        }
        if request_id:
            uit["request_id"] = request_id
        return uit


def antwoord(request: Request, probleem: Probleem) -> ProbleemJSON:
    """The problem as an `application/problem+json` response in the caller's language. A 406 followed the Accept
    header, so it says so (`Vary: Accept`, RFC 9110 12.5.5), as the columnar route's 200s do."""
    inhoud = probleem.als_json(taal(request), request.url.path[:200], getattr(request.state, "request_id", None))
    return ProbleemJSON(inhoud, status_code=probleem.status, headers={"Vary": "Accept"} if probleem.status == 406 else None)


def pad(loc: Sequence) -> str:
    """A pydantic location as a JSON pointer: ('persoon', 'geboortedatum') -> /persoon/geboortedatum. Each segment is
    cut to `notatie.MAX_NAAM` characters (`kort`): every pointer of a problem is built here, and a caller's name
    of 1 MB made a problem of 4 MB."""
    return "/" + "/".join(kort(deel).replace("~", "~0").replace("/", "~1") for deel in loc)


_BOM = b"\xef\xbb\xbf"
# orjson's reasons (the start of its message) in Dutch; its own English one is kept for `en`.
_JSON_REDENEN = (
    ("Input is a zero-length", "de body is leeg"),
    ("unexpected end of data", "de tekst houdt op voor het document compleet is"),
    ("unexpected content after document", "er staat nog tekst na het einde van het document"),
    ("unexpected character", "onverwacht teken"),
    ("unexpected control character", "een stuurteken in een tekst (schrijf het als escape, bijv. \\n)"),
    ("trailing comma", "een komma na het laatste element"),
    ("invalid literal", "onbekend woord (true, false of null verwacht)"),
    ("invalid escaped sequence", "ongeldige escape in een tekst"),
    ("depth limit exceeded", "te diep genest"),
    ("number", "ongeldig getal"),
    ("no digit", "ongeldig getal"),
)


def ongeldige_json(body: bytes, fout: orjson.JSONDecodeError) -> Probleem:
    """The 400 for a body orjson could not read: why in Dutch (`_JSON_REDENEN`) and in English (orjson's words), with
    where (line and column). A body that is not UTF-8, or that starts with a byte order mark, says so: orjson's
    "surrogates not allowed" read as a JSON error, and a BOM was called "not UTF-8". A BOM is refused, not stripped:
    RFC 8259 (8.1) forbids it in JSON between systems, and every reader of the body (also the duplicate-name check,
    `randen.unieke_sleutels`) would have to skip it."""
    if body.startswith(_BOM):
        nl = "de body begint met een byte order mark (BOM, EF BB BF); JSON tussen systemen heeft er geen " \
             "(RFC 8259, 8.1)"
        en = "the body starts with a byte order mark (BOM, EF BB BF), which JSON between systems must not have " \
             "(RFC 8259, 8.1)"
    elif "UTF-8" in fout.msg:
        nl, en = "de body is geen UTF-8", "the body is not UTF-8"
    else:
        reden = next((nl for begin, nl in _JSON_REDENEN if fout.msg.startswith(begin)), "ongeldige JSON-syntaxis")
        nl = f"{reden} (regel {fout.lineno}, kolom {fout.colno})"
        en = f"{fout.msg[:200]} (line {fout.lineno}, column {fout.colno})"
    return Probleem(400, "ongeldige-json", "De body is geen geldige JSON", "The body is not valid JSON",
                    [Fout("/", f"Geen geldige JSON: {nl}", f"Invalid JSON: {en}",
                          "een JSON-object (UTF-8, zonder BOM) / a JSON object (UTF-8, without a BOM)")])


def te_groot(wat_nl: str, wat_en: str, limiet: int, pad_: str = "/") -> Probleem:
    return Probleem(
        413,
        "te-groot",
        "Verzoek te groot",
        "Request too large",
        [
            Fout(
                pad_,
                f"{wat_nl} is groter dan de limiet van {limiet}",
                f"{wat_en} exceeds the limit of {limiet}",
                f"<= {limiet}",
            )
        ],
    )


def niet_gevonden(pad_: str, soort_nl: str, soort_en: str, naam: str) -> Probleem:
    return Probleem(
        404,
        "niet-gevonden",
        f"Onbekende {soort_nl}",
        f"Unknown {soort_en}",
        [
            Fout(
                pad_,
                f"Onbekende {soort_nl}: {kort(naam)!r}",
                f"Unknown {soort_en}: {kort(naam)!r}",
                f"zie / see /{soort_en}s",
            )
        ],
    )


def onbekend(pad_: str, naam, toegestaan, soort_nl: str = "naam", soort_en: str = "name") -> Fout:
    """'Onbekende naam 'x'. Bedoelde u y?' / 'Unknown name ...': the name given (cut as `pad` cuts it), what is
    allowed there and the closest of it (`notatie.bedoelde`)."""
    naam, toegestaan = kort(naam), list(toegestaan)
    nl, en = bedoelde(naam, toegestaan)
    punt = "." if nl else ""
    return Fout(pad_, f"Onbekende {soort_nl} {naam!r}{punt}{nl}", f"Unknown {soort_en} {naam!r}{punt}{en}",
                toegestaan)


def ongeldig(fouten: Iterable[Fout]) -> Probleem:
    """Input that breaks the contract: 400 (ADR /core/error-handling/invalid-input)."""
    return Probleem(400, "ongeldige-invoer", "Ongeldige invoer", "Invalid input", fouten)


def _opsomming(waarden) -> str:
    return ", ".join(repr(w) if isinstance(w, str) else str(w) for w in waarden)


# Pydantic error type -> (nl, en, allowed) from its context.
_VERTALING: dict[str, Callable[[dict], tuple[str, str, object]]] = {
    "missing": lambda c: ("Verplicht veld ontbreekt", "Required field is missing", c.get("toegestaan")),
    "bool_type": lambda c: ("Moet true of false zijn", "Must be true or false", [True, False]),
    "int_type": lambda c: ("Moet een geheel getal zijn", "Must be an integer", "integer"),
    "int_from_float": lambda c: ("Moet een geheel getal zijn", "Must be an integer", "integer"),
    "float_type": lambda c: ("Moet een getal zijn", "Must be a number", "number"),
    "finite_number": lambda c: ("Moet een eindig getal zijn", "Must be a finite number", "number"),
    "string_type": lambda c: ("Moet tekst zijn", "Must be a string", "string"),
    "dict_type": lambda c: ("Moet een JSON-object zijn", "Must be a JSON object", "object"),
    "model_type": lambda c: ("Moet een JSON-object zijn", "Must be a JSON object", "object"),
    "model_attributes_type": lambda c: ("Moet een JSON-object zijn", "Must be a JSON object", "object"),
    "list_type": lambda c: ("Moet een lijst zijn", "Must be a list", "array"),
    "greater_than_equal": lambda c: (
        f"Moet ten minste {c['ge']} zijn",
        f"Must be at least {c['ge']}",
        f">= {c['ge']}",
    ),
    "less_than_equal": lambda c: (
        f"Mag hoogstens {c['le']} zijn",
        f"Must be at most {c['le']}",
        f"<= {c['le']}",
    ),
    "multiple_of": lambda c: (
        ("Moet een geheel getal zijn", "Must be a whole number", "geheel getal / whole number")
        if c["multiple_of"] == 1 else
        (f"Moet een veelvoud van {c['multiple_of']:g} zijn", f"Must be a multiple of {c['multiple_of']:g}",
         f"{c['multiple_of']:g} * n")
    ),
    "string_too_long": lambda c: (
        f"Hoogstens {c['max_length']} tekens",
        f"At most {c['max_length']} characters",
        f"<= {c['max_length']} tekens/characters",
    ),
    "too_long": lambda c: (
        f"Hoogstens {c['max_length']} elementen",
        f"At most {c['max_length']} items",
        f"<= {c['max_length']}",
    ),
    "string_too_short": lambda c: (
        f"Ten minste {c['min_length']} tekens",
        f"At least {c['min_length']} characters",
        f">= {c['min_length']} tekens/characters",
    ),
    "too_short": lambda c: (
        f"Ten minste {c['min_length']} elementen",
        f"At least {c['min_length']} items",
        f">= {c['min_length']}",
    ),
    "literal_error": lambda c: ("Onbekende waarde", "Unknown value", c.get("toegestaan")),
    "string_pattern_mismatch": lambda c: (
        "Heeft niet de juiste vorm",
        "Does not have the right form",
        c.get("pattern"),
    ),
}


# At most this many entries in `fouten`: a body with 50,000 unknown keys must not get a 70 MB answer.
MAX_FOUTEN = 20


def van_validatie(
    fouten: Iterable[dict], velden_voor: Callable[[tuple], Sequence[str] | None], afgebroken: bool = False,
    verwacht: Callable[[tuple], object] | None = None,
) -> Probleem:
    """A pydantic `ValidationError.errors(include_input=False)` list as one problem.

    `velden_voor(loc)` gives the names allowed in the object at `loc` (for unknown keys: what is allowed, and
    the closest as "bedoelde u ...?" / "did you mean ...?", as the YAML runner says it). Only the first
    `MAX_FOUTEN` errors are described; one more entry says how many were left out (`afgebroken`: the search
    stopped early, so how many is not known). `verwacht(loc)` says what a missing required field allows.
    """
    lijst = list(fouten)
    return ten_hoogste([_fout(f, velden_voor, verwacht) for f in lijst[:MAX_FOUTEN]], len(lijst), afgebroken)


def ten_hoogste(lijst: Sequence[Fout], aantal: int | None = None, afgebroken: bool = False) -> Probleem:
    """The 400 for the errors found (`aantal` in all, default `len(lijst)`; `lijst` may hold only the first): the
    first `MAX_FOUTEN` described and one more entry that says how many were left out (`afgebroken`: the search
    stopped early, so how many is not known). The one place that caps a list of errors."""
    aantal = len(lijst) if aantal is None else aantal
    uit = list(lijst[:MAX_FOUTEN])
    if aantal > MAX_FOUTEN:
        rest = aantal - MAX_FOUTEN
        nl, en = (("Meer", "More"), (f"Nog {rest}", f"{rest} more"))[not afgebroken]
        uit.append(
            Fout(
                "/",
                f"{nl} fouten dan de eerste {MAX_FOUTEN} hierboven",
                f"{en} errors than the first {MAX_FOUTEN} listed above",
            )
        )
    return ongeldig(uit)


def _fout(fout: dict, velden_voor, verwacht=None) -> Fout:
    loc, soort, ctx = tuple(fout["loc"]), fout["type"], fout.get("ctx") or {}
    if soort == "missing" and verwacht is not None:
        ctx = {"toegestaan": verwacht(loc)}
    if "nl" in ctx and "en" in ctx:  # our own PydanticCustomError
        return Fout(pad(loc), ctx["nl"], ctx["en"], ctx.get("toegestaan"))
    if soort == "extra_forbidden":
        return onbekend(pad(loc), loc[-1], velden_voor(loc[:-1]) or [])
    if soort == "literal_error":
        ctx = {"toegestaan": ctx.get("expected")}
    vertaal = _VERTALING.get(soort)
    if vertaal is None:
        return Fout(pad(loc), f"Ongeldige waarde ({fout['msg']})", fout["msg"])
    nl, en, toegestaan = vertaal(ctx)
    return Fout(pad(loc), nl, en, toegestaan)
