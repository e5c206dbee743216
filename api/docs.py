"""OpenAPI documentation of the routes: request schemas, examples, problem responses, the NL API Design
Rules' parts of the contract, and `/docs` and `/redoc` from local assets.

The typed routes read their body themselves (fast JSON parsing, batch limit before validation),
so their request schemas are declared here and added to `/openapi.json` as components.

Two documents: `/openapi.json` describes every route (the /v1 API and the OpenFisca-compatible routes);
`/v1/openapi.json` is the /v1 API alone, with `servers: [{url: /v1}]` (ADR /core/uri-version,
/core/publish-openapi). Both are open without the token.
"""

from __future__ import annotations

import secrets
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastapi_offline
import numpy
import orjson
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from inburgering_rules.api import schemas
from inburgering_rules.api.kolommen import ID, MAX_BESLUITEN, OORZAAK_TYPE
from inburgering_rules.api.randen import API_VERSIE
from pydantic import BaseModel, Field, json_schema

from inburgering_rules import duo

# Swagger UI and ReDoc from a pinned PyPI package (fastapi-offline), served by the service itself:
# government networks are often closed to CDNs.
BESTANDEN = Path(fastapi_offline.__file__).parent / "static"
BESTANDEN_URL = "/docs-bestanden"
# The routes whose answers' texts follow Accept-Language (labels, explanations): they and every problem say which
# language they chose (`Content-Language`, `randen.Kopregels`).
TALIG = ("/v1/beoordeling", "/v1/beoordeling/batch", "/v1/beoordeling/kolommen", "/v1/vergelijk",
         "/v1/beoordeling/duo", "/v1/beoordeling/duo/batch")
OPENBAAR = (
    "/openapi.json",
    "/v1/openapi.json",
    "/docs",
    "/redoc",
    *(f"{BESTANDEN_URL}/{bestand.name}" for bestand in BESTANDEN.iterdir()),
)
# ADR /core/doc-openapi-contact. The project has no e-mail address: a deployment names its own contact.
CONTACT = {"name": "inburgering-rules", "url": "https://github.com/inburgering-rules/inburgering-rules/issues"}
OPENFISCA_CONTRACT = (
    "OpenFisca-compatibel: zelfde JSON-vormen als `openfisca serve` (openfisca-core 46 web-API); buiten de "
    "/v1-versie, volgt het contract van OpenFisca / OpenFisca-compatible: the JSON shapes of `openfisca serve`; "
    "outside the /v1 version, follows OpenFisca's contract."
)

BESCHRIJVING = """
Beslisservice voor de Wet inburgering 2021 (rules as code op OpenFisca).

* `/v1/beoordeling` en `/v1/beoordeling/batch`: getypeerde besluiten met grondslag, uitleg, boetes,
  tijdlijn, ontbrekende gegevens, benodigde menselijke oordelen en een ontvangstbewijs.
* `/v1/beoordeling/duo` (en `/batch`): hetzelfde uit DUO's M2M-antwoorden, met `duo_vergelijking`,
  `waarschuwingen` (DUO's PIP-controles) en DUO's gebeurtenissen op de tijdlijn (zie docs/duo.md).
* `/calculate`, `/trace`, `/variables`, `/parameters`, ...: OpenFisca-compatibel (zelfde JSON-vormen),
  met ISO-datums, exacte gehele getallen en bedragen op de cent.

Fouten zijn `application/problem+json` (RFC 9457), in het Nederlands of Engels (`Accept-Language: en`);
ongeldige invoer is `400` (ook een queryparameter die de route niet kent of twee keer krijgt, en een body die geen
UTF-8 is), een body die geen `application/json` is `415`.

Volgt de NL API Design Rules (ADR 2.x): de major-versie staat in het pad (`/v1`), elke response heeft
`API-Version` (semver van dit contract); de regels zelf hebben hun eigen versie (`Country-Package-Version`,
`regels_sha256` in het ontvangstbewijs). Beleid voor veroudering: een breaking change komt in `/v2`;
`/v1` blijft daarna ten minste 12 maanden beschikbaar, met `Deprecation`- en `Sunset`-headers en een
aankondiging in `CHANGELOG.md` (zie README, "For case-system developers").
"""

TAGS = [
    {"name": "beoordeling", "description": "Getypeerde besluiten / typed decisions (/v1)"},
    {"name": "hervormingen", "description": "Hervormingen / reforms (/v1)"},
    {"name": "openfisca", "description": OPENFISCA_CONTRACT},
    {"name": "beheer", "description": "Beheer / operations"},
]


class Fout(BaseModel):
    """Eén fout in het verzoek / one thing wrong in the request."""

    pad: str = Field(description="JSON-pointer naar het veld (RFC 6901) / JSON pointer to the field")
    nl: str
    en: str
    toegestaan: Any = Field(None, description=(
        "Wat wel mag, als de fout het zegt: een vorm (\"YYYY-MM-DD\"), een grens (\"<= 10000\", \"0 .. 1000\"), "
        "of een lijst toegestane waarden of namen / what is allowed, where the error says: a form, a bound, or a "
        "list of allowed values or names"))


class Probleem(BaseModel):
    """RFC 9457 problem details, with `fouten` naming each field path in Dutch and English."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    titel: schemas.Tweetalig
    fouten: list[Fout]
    request_id: str | None = None


def _problemen(*codes: int) -> dict:
    omschrijving = {
        400: "Ongeldige invoer, ook een onbekende of dubbele queryparameter / invalid input, also an unknown or "
             "repeated query parameter",
        401: "Bearer-token ontbreekt of klopt niet / bearer token missing or wrong",
        404: "Niet gevonden / not found",
        406: "Antwoordformaat niet beschikbaar / answer format not available",
        413: "Te groot / too large",
        415: "Body is geen application/json / body is not application/json",
        500: "Interne fout / internal error",
        503: "Time-out",
    }
    return {
        code: {
            "description": omschrijving[code],
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Probleem"}}},
        }
        for code in codes
    }


NIET_GEVONDEN = _problemen(400, 404)  # 400: a path parameter FastAPI rejects, as problem+json


def _body(model_naam: str, voorbeeld: dict) -> dict:
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": f"#/components/schemas/{model_naam}"},
                    "example": voorbeeld,
                }
            },
        }
    }


def beoordeling(dienst) -> dict:
    return {
        "summary": "Beoordeel één persoon / assess one person",
        "openapi_extra": _body("BeoordelingVerzoek", schemas.VOORBEELD),
        "responses": {
            200: {"model": dienst.modellen.antwoord, "description": "Besluiten met toelichting"},
            **_problemen(400, 413, 415, 503),
        },
    }


def grenzen(dienst, toelichting: bool = True, kolommen: bool = False) -> str:
    """The limits of a request with a list of persons, as a 413 applies them (`Dienst.batchgrenzen`; the columnar
    route its own, `kolommen.lees`). In words, not as `maxItems`: a request over a limit is too large (413), not
    invalid (400), and a schema bound makes validators and fuzzers (schemathesis) expect a 400, and build
    10,001-person bodies to check it."""
    grens = dienst.instellingen
    if kolommen:
        return (f"Hoogstens {grens.max_kolommen} personen (MAX_COLUMNAR_PERSONS) / at most {grens.max_kolommen} "
                "persons.")
    uit = f"Hoogstens {grens.max_batch} personen (MAX_BATCH_SIZE)"
    if toelichting:
        uit += (f"; met `toelichting: true` hoogstens {grens.max_toelichting} (MAX_EXPLAINED_PERSONS) / at most "
                f"{grens.max_batch} persons; with `toelichting: true` at most {grens.max_toelichting}")
    else:
        uit += f" / at most {grens.max_batch} persons"
    return uit + "."


def _personen(dienst, samenvatting: str, verzoek: str, voorbeeld: dict, antwoord, omschrijving: str,
              toelichting: bool = True) -> dict:
    """OpenAPI of an endpoint that takes a list of persons (batch, vergelijk)."""
    return {
        "summary": samenvatting,
        "description": grenzen(dienst, toelichting),
        "openapi_extra": _body(verzoek, voorbeeld),
        "responses": {200: {"model": antwoord, "description": omschrijving}, **_problemen(400, 413, 415, 503)},
    }


def batch(dienst) -> dict:
    return _personen(dienst, "Beoordeel een lijst personen in één berekening / assess many persons in one run",
                     "BatchVerzoek", schemas.BATCHVOORBEELD, dienst.modellen.batchantwoord,
                     "Een resultaat per persoon")


def vergelijk(dienst) -> dict:
    return _personen(dienst, "Vergelijk geldend recht en een hervorming / compare the law in force with a reform",
                     "VergelijkVerzoek", schemas.VERGELIJKVOORBEELD, schemas.VergelijkAntwoord,
                     "De besluiten die verschillen", toelichting=False)


def _velden(model) -> dict[str, dict]:
    """The JSON schema of each field of `model` (inline: these models have no `$defs`), without title and default."""
    schema = model.model_json_schema()
    assert "$defs" not in schema, "a field's schema refers to a definition the route's document does not hold"
    return {naam: {k: v for k, v in veld.items() if k not in ("title", "default")}
            for naam, veld in schema["properties"].items()}


def kolommen(dienst) -> dict:
    """OpenAPI of the columnar batch (`api/kolommen.py`): columns in, a column per decision out (JSON or Arrow)."""
    # a column's values are typed as the same field of one person (/v1/beoordeling): a generated client types them
    persoon = _velden(dienst.modellen.persoon)
    invoer = {naam: {"type": "array", "items": persoon[naam], "description": "Eén waarde per persoon, null = niet "
                     "gegeven / one value per person, null = not given"} for naam in (ID, *dienst.modellen.invoer)}
    invoer[ID]["description"] = ("Eigen kenmerken van de aanroeper, ongewijzigd teruggegeven als kolom `id` / the "
                                 "caller's own references, echoed back as column `id`")
    besluit = _velden(dienst.modellen.besluiten)
    besluiten = {naam: {"type": "array", "items": besluit[naam], "description": "Eén waarde per persoon; null: geen "
                        "waarde (onbepaald als zijn bit in `onbepaald` staat, wachtend op een gebeurtenis als het in "
                        "`nog_niet` staat, anders niet van toepassing) / one value per person; null: no value "
                        "(undetermined when its bit in `onbepaald` is set, waiting for an event when in `nog_niet`, "
                        "else not applicable)"}
                 for naam in dienst.basis.besluiten}
    masker = {"type": "array", "items": {"type": "integer", "minimum": 0}}
    besluitmasker = {**masker, "items": {**masker["items"], "maximum": 2 ** MAX_BESLUITEN - 1}}
    return {
        "summary": "Beoordeel kolommen personen (Arrow of JSON) / assess persons as columns (Arrow or JSON)",
        "description": f"{grenzen(dienst, kolommen=True)} Per besluit een kolom, null waar geen waarde is; "
                       "`onbepaald` en `nog_niet`: per persoon een bitmasker van de besluiten zonder waarde die "
                       "onbepaald zijn of op een gebeurtenis wachten (bit j = `besluit_bits[j]`; geen van beide: niet "
                       "van toepassing); `oorzaken`: per persoon een bitmasker van de ontbrekende gegevens "
                       "(bit i = `oorzaak_bits[i]`). `Accept: application/vnd.apache.arrow.stream` geeft één Arrow "
                       "IPC-stroom met één record batch (dezelfde kolommen, met vaste typen; de bits in de "
                       "schema-metadata); bij q-waarden het formaat met de hoogste. / A column per decision, null "
                       "where there is no value; `onbepaald` and `nog_niet`: per person a bit mask of the decisions "
                       "without a value that are undetermined or wait for an event (neither: not applicable); "
                       "`oorzaken`: per person a bit mask of the missing facts and judgments. Arrow when the Accept "
                       "header prefers it.",
        "openapi_extra": {"requestBody": {"required": True, "content": {"application/json": {
            "schema": {"type": "object", "required": ["peildatum", "kolommen"], "additionalProperties": False,
                       "properties": {"peildatum": schemas.DATUM_SCHEMA,
                                      "kolommen": {"type": "object", "properties": invoer, "minProperties": 1,
                                                   "additionalProperties": False},
                                      "hervorming": schemas.HERVORMING_SCHEMA}},
            "example": schemas.KOLOMMENVOORBEELD}}}},
        "responses": {
            200: {"description": "Een kolom per besluit / a column per decision", "content": {
                "application/json": {"schema": {"type": "object", "required": [
                    "aantal_personen", "besluiten", "onbepaald", "nog_niet", "besluit_bits", "oorzaken", "oorzaak_bits",
                    "ontvangstbewijs"], "properties": {
                    "aantal_personen": {"type": "integer"},
                    ID: {**invoer[ID], "description": "Alleen als de kolom `id` is gegeven / only when column `id` "
                                                      "was given"},
                    "besluiten": {"type": "object", "properties": besluiten, "required": list(besluiten)},
                    "onbepaald": besluitmasker, "nog_niet": besluitmasker,
                    "besluit_bits": {"type": "array", "items": {"type": "string"}},
                    "oorzaken": {**masker, "items": {**masker["items"],
                                                     "maximum": int(numpy.iinfo(OORZAAK_TYPE).max)}},
                    "oorzaak_bits": {"type": "array", "items": {"type": "string"}},
                    "ontvangstbewijs": {"$ref": "#/components/schemas/Ontvangstbewijs"}}}},
                "application/vnd.apache.arrow.stream": {"schema": {"type": "string", "format": "binary"}}}},
            **_problemen(400, 406, 413, 415, 503),
        },
    }


SITUATIE = {
    "personen": {
        "ana": {
            "geboortedatum": {"ETERNITY": "1990-04-12"},
            "nationaliteit": {"ETERNITY": "SY"},
            "verblijfsvergunning": {"ETERNITY": "asiel_bepaalde_tijd"},
            "verblijf_verkregen_datum": {"ETERNITY": "2023-09-01"},
            "inburgeringsplichtig": {"2024-05-01": None},
            "pip_uiterste_datum": {"2024-05-01": None},
        }
    }
}


def calculate() -> dict:
    return {
        "description": OPENFISCA_CONTRACT,
        "openapi_extra": {
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/SituationInput"},
                        "example": SITUATIE,
                    }
                },
            }
        },
        "responses": {
            200: {"description": "De situatie met de berekende waarden ingevuld"},
            **_problemen(400, 404, 413, 415, 503),
        },
    }


def openapi(app: FastAPI, dienst, met_token: bool) -> Callable[[], dict]:
    """Install an `app.openapi` that adds the request models, the problem model, examples and the ADR parts;
    return the function that gives the /v1 document."""

    def genereer() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(
            title=app.title,
            version=API_VERSIE,
            summary=f"Pakket {dienst.metadata['name']} {dienst.metadata['version']}",
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
            servers=[{"url": "/", "description": "Alle routes / every route"}],
            contact=CONTACT,
            license_info={"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"},
        )
        modellen = dienst.modellen
        _, definities = json_schema.models_json_schema(
            [(m, "validation") for m in (modellen.verzoek, modellen.batchverzoek, modellen.vergelijkverzoek, Probleem)],
            ref_template="#/components/schemas/{model}",
        )
        componenten = spec.setdefault("components", {})
        schemas_ = componenten.setdefault("schemas", {})
        schemas_.update(definities.get("$defs", {}))
        schemas_["SituationInput"] = {
            "type": "object",
            "description": "OpenFisca-situatie",
            "additionalProperties": {"type": "object"},
        }
        for naam in ("HTTPValidationError", "ValidationError"):  # FastAPI's 422 models: we answer 400
            schemas_.pop(naam, None)
        componenten["securitySchemes"] = {
            "bearer": {
                "type": "http",
                "scheme": "bearer",
                "description": "Verplicht als de service met API_TOKEN draait, anders mag het weg / required when "
                               "the service runs with API_TOKEN, else it may be left out",
            }
        }
        componenten["headers"] = {
            "API-Version": {
                "description": "Volledige versie van dit contract (semver) / full version of this contract",
                "schema": {"type": "string", "example": API_VERSIE},
            },
            "Content-Language": {
                "description": "De taal van de teksten, gekozen met Accept-Language (nl tenzij en de voorkeur heeft) / "
                               "the language of the texts, chosen with Accept-Language (nl unless en is preferred)",
                "schema": {"type": "string", "enum": ["nl", "en"]},
            },
        }
        voorbeeld = dienst.beoordeling(orjson.dumps(schemas.VOORBEELD), "nl")
        inhoud = spec["paths"]["/v1/beoordeling"]["post"]["responses"]["200"]["content"]["application/json"]
        inhoud["example"] = voorbeeld
        # get_openapi drops None everywhere (exclude_none): put back the `null`s that ask for a value.
        for pad in ("/calculate", "/trace"):
            spec["paths"][pad]["post"]["requestBody"]["content"]["application/json"]["example"] = SITUATIE
        for pad, item in spec["paths"].items():
            for methode, operatie in item.items():
                _adr_operatie(pad, methode, operatie, met_token)
        app.openapi_schema = spec
        return spec

    v1: dict = {}

    def v1_document() -> dict:
        """The /v1 API alone: its paths without the prefix, `servers: [{url: /v1}]`."""
        if not v1:
            spec = app.openapi()  # as extended after this function (e.g. duo.openapi)
            paden = {pad[3:]: item for pad, item in spec["paths"].items() if pad.startswith("/v1/")}
            v1.update(
                {
                    **spec,
                    "servers": [{"url": "/v1", "description": "API /v1"}],
                    "paths": paden,
                    "tags": [tag for tag in spec["tags"] if tag["name"] != "openfisca"],
                    "components": _gebruikt(spec["components"], paden),
                }
            )
        return v1

    app.openapi = genereer
    return v1_document


def _gebruikt(componenten: dict, paden: dict) -> dict:
    """The components that `paden` refer to, directly or through other components."""
    gevonden: set[tuple[str, str]] = set()
    te_doen: list = [paden]
    while te_doen:
        knoop = te_doen.pop()
        if isinstance(knoop, dict):
            ref = knoop.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                soort, naam = ref.removeprefix("#/components/").split("/", 1)
                if (soort, naam) not in gevonden:
                    gevonden.add((soort, naam))
                    te_doen.append(componenten[soort][naam])
            te_doen.extend(knoop.values())
        elif isinstance(knoop, list):
            te_doen.extend(knoop)
    uit = {soort: {n: w for n, w in inhoud.items() if (soort, n) in gevonden} for soort, inhoud in componenten.items()}
    return {**uit, "securitySchemes": componenten["securitySchemes"]}


def enum_componenten(app: FastAPI, dienst) -> None:
    """Wrap `app.openapi` (after every other extension) so each enum is one component, named as the vocabulary
    names it (the OpenFisca enum: `Leerroute`, `Doelgroep`, ...; `Status`; DUO's lists as `Duo<list>`), with its
    members' Dutch labels in `x-enum-descriptions`, and every place that takes it a `$ref` (nullable: `anyOf` with
    null). A contract review found 47 inline enums for 27 value sets: a generated client had a class per place (63
    enum classes; the status alone four), not one type to pass between routes. A value set that two of DUO's lists
    share stays inline: one name would be wrong for the other."""
    basis = app.openapi
    klaar: list[bool] = []

    def genereer() -> dict:
        spec = basis()
        if klaar:
            return spec
        componenten = spec["components"]["schemas"]
        namen: dict[tuple, set[str]] = {}
        labels: dict[str, list[str]] = {}
        for variabele in dienst.basis.systeem.variables.values():
            if (leden := getattr(variabele, "possible_values", None)) is not None:
                namen.setdefault(tuple(leden.__members__), set()).add(leden.__name__)
                labels[leden.__name__] = [lid.value for lid in leden]
        for naam, soort in schemas.ENUMS.items():
            namen.setdefault(typing.get_args(soort), set()).add(naam)
        for lijst, leden in duo.LEDEN.items():
            namen.setdefault(tuple(leden), set()).add(f"Duo{lijst}")
        uniek = {leden: naam for leden, (naam, *rest) in ((k, sorted(v)) for k, v in namen.items())
                 if not rest and naam not in componenten}
        gebruikt: dict[str, tuple] = {}

        def vervang(knoop: dict) -> None:
            leden = tuple(lid for lid in knoop["enum"] if lid is not None)
            if (naam := uniek.get(leden)) is None:
                return
            gebruikt[naam] = leden
            nullable = None in knoop["enum"] or "null" in (knoop.get("type") or ())
            ref = {"$ref": f"#/components/schemas/{naam}"}
            rest = {k: w for k, w in knoop.items() if k not in ("enum", "type", "title")}
            knoop.clear()
            knoop.update({**rest, **({"anyOf": [ref, {"type": "null"}]} if nullable else ref)})

        te_doen: list = [spec["paths"], componenten]
        while te_doen:
            knoop = te_doen.pop()
            if isinstance(knoop, dict):
                if isinstance(knoop.get("enum"), list) and all(isinstance(w, str | None) for w in knoop["enum"]):
                    vervang(knoop)
                te_doen.extend(knoop.values())
            elif isinstance(knoop, list):
                te_doen.extend(knoop)
        for naam, leden in sorted(gebruikt.items()):
            componenten[naam] = {"type": "string", "enum": list(leden), "title": naam}
            if naam in labels:
                componenten[naam]["x-enum-descriptions"] = labels[naam]
                componenten[naam]["description"] = "; ".join(
                    f"`{lid}`: {label}" for lid, label in zip(leden, labels[naam], strict=True))
        klaar.append(True)
        return spec

    app.openapi = genereer


def _adr_operatie(pad: str, methode: str, operatie: dict, met_token: bool) -> None:
    """Per operation: problem responses instead of FastAPI's 422, 400 and 406 on every operation, `API-Version` on
    every response, `Content-Language` on the problems and the answers of `TALIG`, 415 on a body, and the bearer
    token with its 401: required where this service asks it, optional (`{}` or bearer) where it does not, so a client
    generated from any deployment can send one (a review: a client generated from a local service had no auth and met
    401s in production)."""
    antwoorden = operatie["responses"]
    antwoorden.pop("422", None)
    # every route refuses an unknown query parameter (400) and an Accept header that allows none of its formats (406;
    # `randen.bekende_query`, `randen.alleen_json`, `kolommen.gewenst`)
    antwoorden.setdefault("400", _problemen(400)[400])
    antwoorden.setdefault("406", _problemen(406)[406])
    if "requestBody" in operatie:
        antwoorden.setdefault("415", _problemen(415)[415])
    if pad not in ("/health", *OPENBAAR):
        operatie["security"] = [{"bearer": []}] if met_token else [{}, {"bearer": []}]
        antwoorden.setdefault("401", _problemen(401)[401])
    antwoorden.setdefault("500", _problemen(500)[500])
    for status, antwoord in antwoorden.items():
        koppen = antwoord.setdefault("headers", {})
        koppen["API-Version"] = {"$ref": "#/components/headers/API-Version"}
        if pad in TALIG or int(status) >= 400:  # problems and these answers follow Accept-Language (`fouten.taal`)
            koppen["Content-Language"] = {"$ref": "#/components/headers/Content-Language"}


def pagina_routes(app: FastAPI) -> None:
    """`/docs` (Swagger UI) and `/redoc` (ReDoc) with their scripts from `BESTANDEN`; each inline script
    carries a per-answer nonce, so the page's Content-Security-Policy needs no 'unsafe-inline' scripts."""
    app.mount(BESTANDEN_URL, StaticFiles(directory=BESTANDEN), name="docs-bestanden")

    def met_nonce(pagina: HTMLResponse) -> HTMLResponse:
        nonce = secrets.token_urlsafe(16)
        html = pagina.body.decode().replace("<script", f'<script nonce="{nonce}"')
        csp = (
            f"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; object-src 'none'; "
            "base-uri 'none'; frame-ancestors 'none'"
        )
        return HTMLResponse(html, headers={"Content-Security-Policy": csp})

    @app.get("/docs", include_in_schema=False)
    def swagger(request: Request) -> HTMLResponse:
        return met_nonce(
            get_swagger_ui_html(
                openapi_url="/openapi.json",
                title=f"{app.title}: Swagger UI",
                swagger_js_url=f"{BESTANDEN_URL}/swagger-ui-bundle.js",
                swagger_css_url=f"{BESTANDEN_URL}/swagger-ui.css",
                swagger_favicon_url=f"{BESTANDEN_URL}/favicon.png",
            )
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc(request: Request) -> HTMLResponse:
        return met_nonce(
            get_redoc_html(
                openapi_url="/openapi.json",
                title=f"{app.title}: ReDoc",
                redoc_js_url=f"{BESTANDEN_URL}/redoc.standalone.js",
                redoc_favicon_url=f"{BESTANDEN_URL}/favicon.png",
                with_google_fonts=False,
            )
        )
