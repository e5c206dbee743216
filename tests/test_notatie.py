"""Getallen, bedragen en termijnen voor een lezer (`inburgering_rules.notatie`)."""

from __future__ import annotations

import pytest

from inburgering_rules.notatie import (
    bedrag,
    datum_voluit,
    dubbelzinnig,
    duur,
    getal,
    getal_met,
    getal_met_punt,
    hoofdletter,
)


def test_getallen_nl_en():
    uit = [getal(3000), getal(1234567), getal(57.17, 1), getal(0.5, 2)]
    assert uit == ["3.000", "1.234.567", "57,2", "0,50"]
    assert [getal(3000, taal="en"), getal(57.17, 1, "en")] == ["3,000", "57.2"]


@pytest.mark.parametrize(("tekst", "nederlands", "waarde"), [
    ("250,50", False, 250.5), ("250,50", True, 250.5), ("1.250,50", True, 1250.5), ("1.250", True, 1250.0),
    ("1.250", False, 1.25), ("250.5", True, 250.5), ("-3,5", True, -3.5),
    # a thousands group never follows a leading 0: 0.125 is a decimal point in either notation (a review found 125)
    ("0.125", True, 0.125), ("0.500", None, 0.5), ("10.500", True, 10500.0)])
def test_decimal_comma(tekst, nederlands, waarde):
    """A population's CSV and a lawyer's YAML: a decimal comma, and in Dutch notation a thousands point."""
    assert float(getal_met_punt(tekst, nederlands)) == waarde


def test_bedragen_met_en_zonder_centen():
    uit = [bedrag(2400.0), bedrag(2400, centen=False), bedrag(1234.5, "en"), bedrag(800, "en", centen=False)]
    assert uit == ["€ 2.400,00", "€ 2.400", "€1,234.50", "€800"]


@pytest.mark.parametrize(
    ("aantal", "eenheid", "nl", "en"),
    [
        (36, "maanden", "drie jaar", "three years"),
        (12, "maanden", "een jaar", "one year"),
        (18, "maanden", "anderhalf jaar", "one and a half years"),
        (6, "maanden", "zes maanden", "six months"),
        (1, "maanden", "een maand", "one month"),
        (13, "maanden", "13 maanden", "13 months"),
        (10, "weken", "10 weken", "10 weeks"),
        (2, "weken", "twee weken", "two weeks"),
        (6, "jaren", "zes jaar", "six years"),
    ],
)
def test_termijnen_in_woorden(aantal, eenheid, nl, en):
    assert (duur(aantal, eenheid), duur(aantal, eenheid, "en")) == (nl, en)
    assert hoofdletter(nl)[0] == nl[0].upper() and hoofdletter(nl)[1:] == nl[1:]


def test_datum_voluit():
    assert (
        datum_voluit("2022-01-01") == "1 januari 2022" and datum_voluit("2024-07-31", "en") == "31 July 2024"
    )
    # a day of the year without its year (a review: "t/m 06-15" read as day 6 of month 15)
    assert (datum_voluit("06-15"), datum_voluit("12-01", "en")) == ("15 juni", "1 December")


def test_getal_met_singular_and_plural():
    assert [getal_met(n, "persoon", "personen") for n in (0, 1, 2, 100_000)] == [
        "0 personen", "1 persoon", "2 personen", "100.000 personen"]
    assert getal_met(1_000, "person", "persons", "en") == "1,000 persons"


@pytest.mark.parametrize(("tekst", "ja"), [
    ("1.250", True), ("-12.500", True), ("1.250,50", False), ("1.250.000", False), ("250.5", False),
    ("1250.500", False), ("250,50", False), ("1250", False), ("0.125", False)])
def test_a_number_ambiguous_without_its_notation(tekst, ja):
    assert dubbelzinnig(tekst) is ja


def test_een_percentage_zoals_het_is():
    """Een hervorming kan een breuk geven waar Bi 7.1 hele procenten noemt: "62 %" stond naast een boete van 62,5 %."""
    from inburgering_rules.notatie import als_procent

    assert [als_procent(w) for w in (75, 75.0, 62.5, 12.345, 0.5, 1000)] == ["75", "75", "62,5", "12,345", "0,5", "1.000"]
    assert [als_procent(w, "en") for w in (62.5, 1000)] == ["62.5", "1,000"]
    assert [als_procent(1e-7), als_procent(1.5e-7, "en")] == ["0,0000001", "0.00000015"]  # never 1e-07
