"""OpenAPI documentation of the routes: request schemas, examples and problem responses.

The typed routes read their body themselves (fast JSON parsing, batch limit before validation),
so their request schemas are declared here and added to `/openapi.json` as components.
"""

from __future__ import annotations

import orjson
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from inburgering_rules.api import schemas
from pydantic import BaseModel, json_schema

BESCHRIJVING = """
Beslisservice voor de Wet inburgering 2021 (rules as code op OpenFisca).

* `/v1/beoordeling` en `/v1/beoordeling/batch`: getypeerde besluiten met grondslag, uitleg, boetes,
  tijdlijn, ontbrekende gegevens, benodigde menselijke oordelen en een ontvangstbewijs.
* `/v1/beoordeling/duo` (en `/batch`): hetzelfde uit DUO's M2M-antwoorden, met `duo_vergelijking`,
  `waarschuwingen` (DUO's PIP-controles) en DUO's gebeurtenissen op de tijdlijn (zie docs/duo.md).
* `/calculate`, `/trace`, `/variables`, `/parameters`, ...: OpenFisca-compatibel (zelfde JSON-vormen),
  met ISO-datums, exacte gehele getallen en bedragen op de cent.

Fouten zijn `application/problem+json` (RFC 9457), in het Nederlands of Engels (`Accept-Language: en`).
"""

TAGS = [
    {"name": "beoordeling", "description": "Getypeerde besluiten / typed decisions"},
    {"name": "openfisca", "description": "OpenFisca-compatibele web-API / OpenFisca-compatible web API"},
    {"name": "beheer", "description": "Beheer / operations"},
]


class Probleem(BaseModel):
    """RFC 9457 problem details, with `fouten` naming each field path in Dutch and English."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    titel: schemas.Tweetalig
    fouten: list[dict]
    request_id: str | None = None


def _problemen(*codes: int) -> dict:
    omschrijving = {
        400: "Ongeldig verzoek",
        404: "Niet gevonden",
        413: "Te groot",
        422: "Ongeldige invoer",
        503: "Time-out",
    }
    return {
        code: {
            "description": omschrijving[code],
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Probleem"}}},
        }
        for code in codes
    }


NIET_GEVONDEN = _problemen(404, 422)  # 422: a path parameter FastAPI rejects, as problem+json


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
            200: {"model": schemas.BeoordelingAntwoord, "description": "Besluiten met toelichting"},
            **_problemen(400, 413, 422, 503),
        },
    }


def _personen(dienst, samenvatting: str, verzoek: str, voorbeeld: dict, antwoord, omschrijving: str) -> dict:
    """OpenAPI of an endpoint that takes a list of persons (batch, vergelijk)."""
    return {
        "summary": samenvatting,
        "description": f"Hoogstens {dienst.instellingen.max_batch} personen (MAX_BATCH_SIZE).",
        "openapi_extra": _body(verzoek, voorbeeld),
        "responses": {200: {"model": antwoord, "description": omschrijving}, **_problemen(400, 413, 422, 503)},
    }


def batch(dienst) -> dict:
    return _personen(dienst, "Beoordeel een lijst personen in één berekening / assess many persons in one run",
                     "BatchVerzoek", schemas.BATCHVOORBEELD, schemas.BatchAntwoord, "Een resultaat per persoon")


def vergelijk(dienst) -> dict:
    return _personen(dienst, "Vergelijk geldend recht en een hervorming / compare the law in force with a reform",
                     "VergelijkVerzoek", schemas.VERGELIJKVOORBEELD, schemas.VergelijkAntwoord,
                     "De besluiten die verschillen")


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
            **_problemen(400, 404, 413, 422, 503),
        },
    }


def openapi(app: FastAPI, dienst) -> None:
    """Install an `app.openapi` that adds the request models, the problem model and examples."""

    def genereer() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
        )
        modellen = [
            (m, "validation") for m in (dienst.modellen.verzoek, dienst.modellen.batchverzoek, Probleem)
        ]
        _, definities = json_schema.models_json_schema(modellen, ref_template="#/components/schemas/{model}")
        componenten = spec.setdefault("components", {}).setdefault("schemas", {})
        componenten.update(definities.get("$defs", {}))
        componenten["SituationInput"] = {
            "type": "object",
            "description": "OpenFisca-situatie",
            "additionalProperties": {"type": "object"},
        }
        voorbeeld = dienst.beoordeling(orjson.dumps(schemas.VOORBEELD), "nl")
        inhoud = spec["paths"]["/v1/beoordeling"]["post"]["responses"]["200"]["content"]["application/json"]
        inhoud["example"] = voorbeeld
        # get_openapi drops None everywhere (exclude_none): put back the `null`s that ask for a value.
        for pad in ("/calculate", "/trace"):
            spec["paths"][pad]["post"]["requestBody"]["content"]["application/json"]["example"] = SITUATIE
        app.openapi_schema = spec
        return spec

    app.openapi = genereer
