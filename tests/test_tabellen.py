"""Lookup tables for the heavy date helpers (issue 14) give exactly the answers of the functions they replace."""

from __future__ import annotations

import numpy
import pytest
from openfisca_core import periods

from inburgering_rules import datums, kalender, leeftijd, publiek, simulatie
from inburgering_rules.hervormingen import basissysteem, systeem_voor

SYSTEEM = basissysteem()
AOW = SYSTEEM.parameters.inburgeringsplicht.pensioengerechtigde_leeftijd_maanden
dag_aow, aow_bereikt = leeftijd.dag_pensioengerechtigde_leeftijd, leeftijd.pensioengerechtigde_leeftijd_bereikt
ALLE_DAGEN = numpy.arange(datums.TABEL_VAN, datums.TABEL_TOT)
BUITEN = numpy.array(["1850-03-01", "1899-12-31", "2100-01-01", "2204-02-29", "NaT"], dtype="datetime64[D]")


@pytest.fixture
def zonder_tabellen(monkeypatch):
    def zet(aan: bool):
        monkeypatch.setattr(datums, "TABELLEN_AAN", aan)
    return zet


def _gelijk(a, b) -> bool:
    return bool(numpy.all((a == b) | (numpy.isnat(a) & numpy.isnat(b)) if a.dtype.kind == "M" else a == b))


def test_aow_table_equals_the_function_on_every_day_of_the_range_and_outside_it():
    for geboren in (ALLE_DAGEN, BUITEN, numpy.concatenate([BUITEN, ALLE_DAGEN[::97]])):
        via = datums.via_tabel(lambda d: dag_aow(d, AOW), ("aow", datums.sleutel_van(AOW)), geboren)
        assert _gelijk(via, dag_aow(geboren, AOW))
    assert str(dag_aow(numpy.array(["1958-05-17"], dtype="datetime64[D]"), AOW)[0]) == "2025-05-17"  # 67 jaar (2025)


def _bereikt_per_jaar(geboren, op_datum, tabel):
    """AOW art. 7a lid 1 read year by year (the definition the table's first day must agree with)."""
    bereikt = numpy.zeros(geboren.shape, dtype=bool)
    for jaren in range(64, 70):
        jaar = geboren.astype("datetime64[Y]") + numpy.timedelta64(jaren, "Y")
        maanden = numpy.array([tabel(str(j) + "-01-01") if not numpy.isnat(j) else -1 for j in jaar]).astype(int)
        dag = datums.na_maanden(geboren, maanden)
        bereikt |= (maanden >= 0) & (dag.astype("datetime64[Y]") == jaar) & (dag <= op_datum)
    return bereikt


def test_aow_reached_agrees_with_the_year_by_year_reading():
    rng = numpy.random.default_rng(7)
    geboren = numpy.datetime64("1940-01-01") + rng.integers(0, 30000, 5000)
    geboren[::50] = datums.ONBEKEND
    op = numpy.datetime64("2005-01-01") + rng.integers(0, 12000, 5000)
    assert (aow_bereikt(geboren, op, AOW) == _bereikt_per_jaar(geboren, op, AOW)).all()


def test_a_reform_of_the_aow_table_gets_its_own_table():
    systeem = systeem_voor({"parameters": {"inburgeringsplicht.pensioengerechtigde_leeftijd_maanden": {"2024-01-01": 900}}})
    tabel = systeem.parameters.inburgeringsplicht.pensioengerechtigde_leeftijd_maanden
    assert datums.sleutel_van(tabel) != datums.sleutel_van(AOW)
    geboren = numpy.array(["1958-05-17", "1956-03-01"], dtype="datetime64[D]")  # 67 in 2025; 66 j 7 m in 2022
    op = numpy.array(["2025-06-01", "2025-06-01"], dtype="datetime64[D]")
    assert aow_bereikt(geboren, op, AOW).tolist() == [True, True]
    assert aow_bereikt(geboren, op, tabel).tolist() == (dag_aow(geboren, tabel) <= op).tolist() == [False, True]


def _populatie(n: int, seed: int) -> dict[str, list]:
    rng = numpy.random.default_rng(seed)

    def dagen(van, breed, weg):
        waarden = (numpy.datetime64(van) + rng.integers(0, breed, n)).astype(str).astype(object)
        waarden[rng.random(n) < weg] = None
        return waarden.tolist()

    def kies(waarden, weg=0.05):
        uit = rng.choice(waarden, n).astype(object)
        uit[rng.random(n) < weg] = None
        return uit.tolist()

    enum = lambda naam: [lid.name for lid in SYSTEEM.variables[naam].possible_values]  # noqa: E731
    return {
        "geboortedatum": dagen("1930-01-01", 30000, 0.03),
        "nationaliteit": kies(["SY", "ER", "TR", "PL", "NO"], 0),
        "verblijfsvergunning": kies(enum("verblijfsvergunning")),
        "verblijfsdoel": kies(enum("verblijfsdoel")),
        "verblijf_verkregen_datum": dagen("2020-06-01", 2500, 0.03),
        "brp_inschrijving_datum": dagen("2020-06-01", 2500, 0.1),
        "kennisgeving_inburgeringsplicht_datum": dagen("2021-06-01", 2000, 0.2),
        "pip_datum": dagen("2022-01-01", 1500, 0.3),
        "pip_bekendmaking_datum": dagen("2022-01-01", 1500, 0.4),
        "bijstand_recht_datum": dagen("2021-01-01", 2000, 0.6),
        "leerroute": kies(enum("leerroute")),
        "verwijtbaarheid": kies(enum("verwijtbaarheid")),
        "termijn_verlenging_maanden": kies([0, 0, 3, 6], 0),
    }


@pytest.mark.parametrize("peildatum", ["2023-02-28", "2025-04-18"])
def test_all_decisions_of_a_large_random_population_are_unchanged(zonder_tabellen, peildatum):
    kolommen, n = _populatie(20_000, seed=int(peildatum[:4])), 20_000
    zonder_tabellen(False)
    zonder = simulatie.beoordeel(SYSTEEM, peildatum, kolommen, n, gebeurtenissen=True)
    zonder_tabellen(True)
    met = simulatie.beoordeel(SYSTEEM, peildatum, kolommen, n, gebeurtenissen=True)
    for besluit in publiek.BESLUITEN:
        assert _gelijk(met.waarden[besluit], zonder.waarden[besluit]), besluit
        assert (met.onbepaald[besluit] == zonder.onbepaald[besluit]).all(), besluit
    assert sum(int(w.sum()) for w in met.onbepaald.values()) > 0  # the population does reach undetermined cases


@pytest.mark.parametrize("maanden", [0, 1, 6, 11, 12, 18, 24, 36, 60, 804, -1, -12])
def test_months_later_by_table_equals_the_definition_on_every_day_and_outside_the_range(maanden):
    for begin in (ALLE_DAGEN, BUITEN, numpy.concatenate([BUITEN, ALLE_DAGEN[::97]])):
        assert _gelijk(datums.na_maanden(begin, maanden), datums._na_maanden(begin, maanden))
    per_persoon = numpy.resize(numpy.array([0, 1, 36, -3]), len(ALLE_DAGEN))  # an array of months: no table
    assert _gelijk(datums.na_maanden(ALLE_DAGEN, per_persoon), datums._na_maanden(ALLE_DAGEN, per_persoon))


def test_an_unknown_day_gets_the_functions_answer_for_an_unknown_day_without_calling_it_per_person():
    aanroepen = []

    def functie(d):
        aanroepen.append(len(d))
        return numpy.where(numpy.isnat(d), numpy.datetime64("2000-01-01"), d)

    uit = datums.via_tabel(functie, ("test_nat",), numpy.array(["NaT"] * 1000 + ["2020-02-29"], dtype="datetime64[D]"))
    assert (uit[:1000] == numpy.datetime64("2000-01-01")).all() and uit[1000] == numpy.datetime64("2020-02-29")
    assert aanroepen == [len(ALLE_DAGEN) + 1]  # only the table (every day, then NaT) was built


@pytest.mark.parametrize("weken", [0, 1, 2, 6, 10, 12, 13, 52])
def test_weeks_after_a_day_with_the_atw_by_table_equals_the_definition_on_every_day(weken):
    for dagen in (ALLE_DAGEN, BUITEN, numpy.concatenate([BUITEN, ALLE_DAGEN[::97]])):
        assert _gelijk(kalender.atw_binnen_weken(dagen, weken), kalender._binnen_weken(dagen, weken, kalender._ATW))
    per_dag = numpy.resize(numpy.array([2, 6, 10]), len(ALLE_DAGEN))  # a number of weeks per day: no table
    assert _gelijk(kalender.atw_binnen_weken(ALLE_DAGEN, per_dag),
                   kalender._binnen_weken(ALLE_DAGEN, per_dag, kalender._ATW))
    eén_aantal = numpy.where(numpy.isnat(BUITEN), 0, weken)  # the same for every known day: the table
    assert _gelijk(kalender.atw_binnen_weken(BUITEN, eén_aantal), kalender._binnen_weken(BUITEN, weken, kalender._ATW))


def test_an_atw_table_follows_every_atw_parameter_not_only_the_holidays():
    """A reform of the twelve-week bound (Atw art. 4 onder a) must not reuse the table of the law itself."""
    atw = kalender._standaard_atw()
    zondag = numpy.array(["2023-01-01"], dtype="datetime64[D]")  # + 2 weeks: Sunday 15 January
    assert str(kalender.atw_binnen_weken(zondag, 2, atw)[0]) == "2023-01-16"
    atw.bovengrens_weken.update(start=periods.instant("2010-10-10"), value=1)  # the Atw no longer reaches 2 weeks
    assert str(kalender.atw_binnen_weken(zondag, 2, atw)[0]) == "2023-01-15"


def test_a_reform_of_an_atw_parameter_reaches_the_pip_deadline_through_its_own_table():
    """Bi 5.3 lid 1: ten weeks after a notice on Saturday 21 October 2023 ends on Saturday 30 December; the Atw
    moves it past New Year's Day to Tuesday 2 January 2024. A reform where the Atw reaches no term of ten weeks
    (art. 4 onder a) keeps 30 December, and the law itself keeps its own answer after the reform was built."""
    kolommen = {"geboortedatum": ["1990-04-12"], "nationaliteit": ["SY"], "verblijfsvergunning": ["asiel_bepaalde_tijd"],
                "verblijfsdoel": ["overig_niet_tijdelijk"], "verblijf_verkregen_datum": ["2023-09-01"],
                "brp_inschrijving_datum": ["2023-10-02"], "kennisgeving_inburgeringsplicht_datum": ["2023-10-21"]}
    hervorming = systeem_voor({"parameters": {"termijnen.atw.bovengrens_weken": {"2010-10-10": 1}}})

    def uiterste(systeem) -> str:
        return str(simulatie.beoordeel(systeem, "2024-01-15", kolommen, 1, ["pip_uiterste_datum"])
                   .waarden["pip_uiterste_datum"][0])

    assert uiterste(SYSTEEM) == "2024-01-02"
    assert uiterste(hervorming) == "2023-12-30"
    assert uiterste(SYSTEEM) == "2024-01-02"


def test_the_kind_of_free_day_table_equals_the_function_and_agrees_with_is_vrije_dag():
    """`kalender.soort_vrije_dag` reads a table of `soorten_vrije_dag`. On every day of the range it equals a reading
    of Atw art. 1 and 3 written independently here (by `numpy.select`, in the order of the text: a day made equal by
    decree, Good Friday, a public holiday, Saturday, Sunday), and a day has a kind exactly when `is_vrije_dag` says it
    is free; outside the range too."""
    atw = SYSTEEM.parameters.termijnen.atw
    pasen = kalender.eerste_paasdag(ALLE_DAGEN.astype("datetime64[Y]").astype(int) + 1970)
    feestdag, weekdag = kalender.is_feestdag(ALLE_DAGEN, atw), kalender.weekdag(ALLE_DAGEN)
    verwacht = numpy.select(
        [kalender.is_gelijkgesteld(ALLE_DAGEN, atw), feestdag & (ALLE_DAGEN == pasen - 2), feestdag, weekdag == 5,
         weekdag == 6],
        ["gelijkgesteld", "goede_vrijdag", "feestdag", "zaterdag", "zondag"], default="werkdag")
    gelezen = [kalender.soort_vrije_dag(str(dag), atw) or "werkdag" for dag in ALLE_DAGEN]
    assert gelezen == verwacht.tolist()
    assert ((verwacht != "werkdag") == kalender.is_vrije_dag(ALLE_DAGEN, atw)).all()
    for dag in BUITEN[:-1]:
        assert (kalender.soort_vrije_dag(str(dag), atw) is not None) == bool(kalender.is_vrije_dag([dag], atw)[0])
    assert kalender.soorten_vrije_dag(numpy.array(["NaT"], dtype="datetime64[D]"), atw)[0] == 0
