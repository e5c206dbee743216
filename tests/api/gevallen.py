"""Persons and helpers shared by the API tests (a module of its own: every test folder has a conftest)."""

from __future__ import annotations

from inburgering_rules.voorbeelden import PEILDATUM, STATUSHOUDER  # noqa: F401 (re-exported)

EU_BURGER = {
    "geboortedatum": "1985-06-30",
    "nationaliteit": "PL",
    "verblijfsvergunning": "gemeenschapsrecht",
    "verblijf_verkregen_datum": "2023-01-15",
    # Bi 6.1 onder b and c decide the loan; without them it is undetermined (`publiek.FEITEN_ALLEEN_BIJ`)
    "leerplichtig_geweest_jaren": 2,
    "vrijstellend_diploma": False,
    "opleiding_naar_vrijstellend_diploma": False,
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


def beoordeel(client, persoon, **extra):
    return client.post("/v1/beoordeling", json={"peildatum": PEILDATUM, "persoon": persoon, **extra})
