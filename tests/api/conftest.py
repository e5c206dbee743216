"""Shared fixtures: one app per settings (building it loads the rules once), a TestClient on it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from inburgering_rules.api.app import create_app
from inburgering_rules.api.instellingen import Instellingen

PEILDATUM = "2024-05-01"

# An asylum permit holder with a PIP: obligated, all deadlines running.
STATUSHOUDER = {
    "geboortedatum": "1990-04-12",
    "nationaliteit": "SY",
    "verblijfsvergunning": "asiel_bepaalde_tijd",
    "verblijfsdoel": "overig_niet_tijdelijk",
    "verblijf_verkregen_datum": "2023-09-01",
    "brp_inschrijving_datum": "2023-10-02",
    "kennisgeving_inburgeringsplicht_datum": "2023-10-16",
    "pip_datum": "2024-01-10",
    "leerroute": "b1_route",
    "grote_kans_diploma_na_taalschakeltraject": False,
    "examen_en_onderwijsroute_niet_haalbaar": False,
    "verwijtbaarheid": "opzet",
}
EU_BURGER = {
    "geboortedatum": "1985-06-30",
    "nationaliteit": "PL",
    "verblijfsvergunning": "gemeenschapsrecht",
    "verblijf_verkregen_datum": "2023-01-15",
}
GEZINSMIGRANT = {
    "geboortedatum": "1995-02-28",
    "nationaliteit": "TR",
    "verblijfsvergunning": "regulier_bepaalde_tijd",
    "verblijfsdoel": "gezinsmigratie",
    "verblijf_verkregen_datum": "2022-11-30",
    "kennisgeving_inburgeringsplicht_datum": "2022-12-12",
    "pip_datum": "2023-03-15",
}
ONVOLLEDIG = {"nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd"}
PERSONEN = [STATUSHOUDER, EU_BURGER, GEZINSMIGRANT, ONVOLLEDIG, {}]


@pytest.fixture(scope="session")
def app():
    return create_app(Instellingen())


@pytest.fixture(scope="session")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def streng():
    """An app with small limits, a bearer token and CORS for one origin."""
    instellingen = Instellingen(
        max_body_bytes=20_000,
        max_batch=3,
        max_personen_calculate=2,
        max_berekeningen=5,
        api_token="geheim",
        cors_origins=("https://zaak.example",),
    )
    with TestClient(create_app(instellingen), raise_server_exceptions=False) as c:
        yield c


def beoordeel(client, persoon, **extra):
    return client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": persoon, **extra})
