"""Shared fixtures: one app per settings (building it loads the rules once), a TestClient on it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from inburgering_rules.api.app import create_app
from inburgering_rules.api.instellingen import Instellingen

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
        max_kolommen=3,
        max_personen_calculate=2,
        max_berekeningen=5,
        max_spoor=3,
        api_token="geheim",
        cors_origins=("https://zaak.example",),
    )
    with TestClient(create_app(instellingen), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def evaluaties(monkeypatch):
    """The number of persons of every `simulatie.beoordeel` call made during the test (one per evaluation)."""
    from inburgering_rules import simulatie

    aantallen, echte = [], simulatie.beoordeel

    def tel(*args, **kwargs):
        aantallen.append(args[3])
        return echte(*args, **kwargs)

    monkeypatch.setattr(simulatie, "beoordeel", tel)
    return aantallen


@pytest.fixture
def collector_tijdens(monkeypatch):
    """`collector_tijdens(klasse, naam)`: a list that gets, at each later call of that method, whether the cyclic
    collector was on (the heavy routes pause it, `service.zonder_gc`)."""
    import gc

    def bespied(klasse, naam: str) -> list[bool]:
        gezien, echte = [], getattr(klasse, naam)

        def spion(self, *args):
            gezien.append(gc.isenabled())
            return echte(self, *args)

        monkeypatch.setattr(klasse, naam, spion)
        return gezien

    return bespied
