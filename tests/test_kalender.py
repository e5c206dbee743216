"""The Algemene termijnenwet calendar: holidays computed, decreed days from the dated parameter list."""

import numpy
import pytest
import yaml
from openfisca_core import periods

from inburgering_rules import bronmap, simulatie
from inburgering_rules.datums import TABEL_TOT as TABEL_EINDE
from inburgering_rules.datums import TABEL_VAN as TABEL_BEGIN
from inburgering_rules.hervormingen import basissysteem, systeem_voor
from inburgering_rules.kalender import (
    _binnen_weken,
    _standaard_atw,
    _verleng_direct,
    atw_binnen_weken,
    atw_termijn_einde,
    atw_van_toepassing,
    eerste_paasdag,
    is_feestdag,
    is_gelijkgesteld,
    is_vrije_dag,
    laatste_gedekte_dag,
    soort_vrije_dag,
    tweede_werkdag,
    verleng_tot_werkdag,
)

GELIJKGESTELD = ["2022-05-27", "2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30",
                 "2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"]


def d(tekst):
    return numpy.datetime64(tekst, "D")


@pytest.mark.parametrize(("jaar", "pasen"), [(2022, "2022-04-17"), (2023, "2023-04-09"), (2024, "2024-03-31"),
                                             (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25"),
                                             (2008, "2008-03-23")])
def test_eerste_paasdag(jaar, pasen):
    assert eerste_paasdag(jaar) == d(pasen)


@pytest.mark.parametrize(
    "dag",
    ["2024-01-01", "2024-04-01", "2024-05-09", "2024-05-20", "2024-04-27", "2024-05-05", "2024-12-25", "2024-12-26",
     "2025-04-26",  # 27 April 2025 is a Sunday: King's Day moves to Saturday 26 April
     "2026-05-14", "2026-05-25",
     # Atw art. 3 lid 2: Good Friday counts
     "2022-04-15", "2023-04-07", "2024-03-29", "2025-04-18", "2026-04-03", "2027-03-26", "2028-04-14"],
)
def test_feestdagen(dag):
    assert is_feestdag(d(dag))


@pytest.mark.parametrize("dag", ["2025-04-27", "2024-04-26", "2024-12-24", "2024-05-06", "2024-12-31",
                                 "2024-03-28", "2024-03-31"])
def test_geen_feestdag(dag):
    """A King's Day moved away, Christmas Eve, New Year's Eve, Maundy Thursday and Easter Sunday (a Sunday
    anyway, but not a feestdag of art. 3 lid 1) are not Atw holidays."""
    assert not is_feestdag(d(dag))


@pytest.mark.parametrize("dag", GELIJKGESTELD)
def test_decreed_days_are_free(dag):
    """Atw art. 3 lid 3: every decreed day 2022-2028 is free, and is not a weekend day or holiday by itself."""
    assert is_gelijkgesteld(d(dag)) and is_vrije_dag(d(dag))
    assert not is_feestdag(d(dag)) and (d(dag).astype(int) + 3) % 7 < 5


def test_decreed_days_are_exactly_the_list():
    dagen = numpy.arange(d("2020-01-01"), d("2031-01-01"))
    assert list(dagen[is_gelijkgesteld(dagen)].astype(str)) == GELIJKGESTELD


def test_each_decree_lists_days_inside_its_own_period():
    """The date key of each decree is the first day of the years it covers; every listed day lies in that
    period, so the day-by-day lookup and 'any decree lists it' agree."""
    data = yaml.safe_load((bronmap("parameters") / "termijnen" / "atw" / "gelijkgestelde_dagen.yaml").read_text())
    sleutels = sorted(str(k) for k in data["values"])
    for begin, einde in zip(sleutels, sleutels[1:], strict=False):
        assert all(begin <= dag < einde for dag in data["values"][begin]["value"]), begin


def test_last_covered_day():
    assert laatste_gedekte_dag() == d("2028-12-31")
    # the Friday after Ascension Day 2029 is not (yet) decreed: after the last covered day nothing is added
    assert not is_gelijkgesteld(d("2029-05-11")) and not is_vrije_dag(d("2029-05-11"))


@pytest.mark.parametrize(
    ("einde", "verlengd"),
    [
        ("2024-04-23", "2024-04-23"),  # Tuesday: stays
        ("2024-04-27", "2024-04-29"),  # King's Day on a Saturday -> Monday
        ("2024-05-04", "2024-05-06"),  # Saturday 4 May, Sunday 5 May -> Monday 6 May
        ("2024-05-09", "2024-05-13"),  # Ascension Thursday, decreed Friday 10 May, weekend -> Monday
        ("2023-05-18", "2023-05-22"),  # Ascension Thursday, decreed Friday 19 May -> Monday
        ("2022-05-26", "2022-05-30"),  # Ascension Thursday, decreed Friday 27 May 2022 -> Monday
        ("2029-05-10", "2029-05-11"),  # Ascension 2029: no known decree, Friday stays a working day
        ("2024-03-29", "2024-04-02"),  # Good Friday, weekend, Easter Monday -> Tuesday
        ("2024-03-30", "2024-04-02"),  # Saturday before Easter -> Tuesday after Easter Monday
        ("2021-12-25", "2021-12-27"),  # Christmas on Saturday -> Monday 27th (26th is Sunday and a holiday)
        ("2022-12-24", "2022-12-27"),  # Saturday, Christmas Sunday, Boxing Day Monday -> Tuesday
        ("2022-12-31", "2023-01-02"),  # year end on a Saturday, New Year on Sunday -> Monday
        ("2024-12-25", "2024-12-30"),  # Christmas, Boxing Day, decreed Friday 27th, weekend -> Monday 30th
        ("2026-01-01", "2026-01-05"),  # New Year Thursday, decreed Friday 2 January 2026, weekend -> Monday
        ("2027-04-26", "2027-04-26"),  # Monday 26 April 2027 is an ordinary day (27 April is a Tuesday)
        ("2025-04-26", "2025-04-28"),  # King's Day Saturday 26 April (27 April is a Sunday) -> Monday
        ("2028-04-27", "2028-05-01"),  # King's Day Thursday, decreed Friday 28 April 2028 -> Monday
        ("2101-01-01", "2101-01-03"),  # outside the table: computed day by day (Saturday 1 January -> Monday)
    ],
)
def test_verleng_tot_werkdag(einde, verlengd):
    assert verleng_tot_werkdag(d(einde))[0] == d(verlengd)


def test_onbekend_blijft_onbekend():
    assert numpy.isnat(verleng_tot_werkdag(numpy.array(["NaT"], dtype="datetime64[D]"))[0])
    assert numpy.isnat(atw_termijn_einde(numpy.array(["NaT"], dtype="datetime64[D]"),
                                         numpy.array(["NaT"], dtype="datetime64[D]"))[0])


def test_lookup_table_equals_the_day_by_day_rule_on_every_day():
    """The precomputed table answers exactly what art. 1 lid 1 computed day by day answers, 1900-2100, and
    on the days just outside it (computed directly)."""
    dagen = numpy.arange(TABEL_BEGIN - numpy.timedelta64(10, "D"), TABEL_EINDE + numpy.timedelta64(10, "D"))
    assert (verleng_tot_werkdag(dagen) == _verleng_direct(dagen)).all()


# --- Atw art. 2: a term of at least three days holds at least two working days ---

@pytest.mark.parametrize(
    ("eerste", "laatste", "einde"),
    [
        ("2024-12-25", "2024-12-30", "2024-12-31"),  # Wed-Mon: only Mon 30 Dec works (art. 1 keeps it) -> Tue 31
        ("2024-03-29", "2024-04-02", "2024-04-03"),  # Good Friday-Tue: only Tue 2 April works -> Wed 3 April
        ("2024-12-24", "2024-12-26", "2024-12-30"),  # Tue-Thu: art. 1 already gives Mon 30 Dec, the second
        ("2024-04-23", "2024-04-25", "2024-04-25"),  # Tue-Thu: three working days, nothing moves
        ("2024-04-26", "2024-04-27", "2024-04-29"),  # two days: art. 2 does not apply, only art. 1
    ],
)
def test_atw_art_2(eerste, laatste, einde):
    assert atw_termijn_einde(d(eerste), d(laatste)) == d(einde)


def test_second_working_day():
    assert tweede_werkdag(d("2024-12-24"))[0] == d("2024-12-30")  # Tue 24, then 25, 26, decreed 27, weekend
    assert tweede_werkdag(d("2024-04-23"))[0] == d("2024-04-24")


def test_art_2_cannot_move_a_term_of_two_weeks_or_more():
    """Every window of 14 days in 2000-2100 holds at least two working days, so art. 2 never moves the 2-, 6-
    and 10-week terms this package computes (art. 1 alone decides them)."""
    eerste = numpy.arange(TABEL_BEGIN, TABEL_EINDE - numpy.timedelta64(13, "D"))
    assert (tweede_werkdag(eerste) <= eerste + numpy.timedelta64(13, "D")).all()


# --- Atw art. 4 onder a and art. 1 lid 2: which terms the Atw reaches ---

@pytest.mark.parametrize(
    ("eenheid", "aantal", "bereikt"),
    [("dagen", 90, True), ("dagen", 91, False), ("weken", 6, True), ("weken", 10, True), ("weken", 12, True),
     ("weken", 13, False), ("maanden", 2, True), ("maanden", 3, True), ("maanden", 4, False), ("maanden", 6, False),
     ("maanden", 18, False), ("jaren", 1, False), ("jaren", 3, False), ("uren", 24, False)],
)
def test_atw_van_toepassing(eenheid, aantal, bereikt):
    assert atw_van_toepassing(eenheid, aantal, d("2024-01-01")) == bereikt


def test_atw_unknown_units():
    with pytest.raises(ValueError, match="eenheid"):
        atw_van_toepassing("kwartalen", 1, d("2024-01-01"))


@pytest.mark.parametrize(
    ("dag", "weken", "uiterste"),
    [("2023-01-01", 10, "2023-03-13"),  # 70 days: Sunday 12 March -> Monday
     ("2023-01-01", 12, "2023-03-27"),  # 84 days: Sunday 26 March -> Monday
     ("2023-01-01", 13, "2023-04-02"),  # 91 days: more than twelve weeks, the Atw does not apply: Sunday stays
     ("2024-02-16", 6, "2024-04-02")],  # 42 days: Good Friday -> Tuesday after Easter
)
def test_atw_binnen_weken(dag, weken, uiterste):
    assert atw_binnen_weken(numpy.array([dag], dtype="datetime64[D]"), weken)[0] == d(uiterste)


@pytest.mark.parametrize(("dag", "feestdag"), [
    ("2013-04-30", True), ("2013-04-27", False),   # Koninginnedag until 2013 (parameter art_3_lid_1_verjaardag_koning)
    ("2014-04-26", True), ("2014-04-30", False),   # Koningsdag from 2014; 27 April 2014 was a Sunday
    ("2006-04-29", True), ("2006-04-28", False),   # 30 April 2006 was a Sunday: the Saturday before
    ("1979-04-30", False), ("1980-04-30", True),    # before the first value no day is known; from 1980 it is
])
def test_the_kings_birthday_is_the_day_celebrated_at_the_time(dag, feestdag):
    """Atw art. 3 lid 1 "de dag waarop de verjaardag van de Koning wordt gevierd": both sides of 1980-04-30 and
    of 2014-01-01."""
    assert bool(is_feestdag(d(dag))) is feestdag


def test_other_holidays_get_their_own_table():
    """The next-working-day table is keyed on every parameter of the free days: without 5 May a term ending on
    Monday 5 May 2025 is not moved."""
    from openfisca_core import periods

    from inburgering_rules.kalender import _standaard_atw

    atw = _standaard_atw()
    atw.art_3_lid_1_vaste_feestdagen.update(start=periods.instant("2024-01-01"), value=["01-01", "12-25", "12-26"])
    assert str(verleng_tot_werkdag(d("2025-05-05"))[0]) == "2025-05-06"
    assert str(verleng_tot_werkdag(d("2025-05-05"), atw)[0]) == "2025-05-05"


# --- the Atw's numbers as they stood on the first day of each term ---

ATW_GETALLEN = ("bovengrens_dagen", "bovengrens_weken", "bovengrens_maanden", "art_2_minimum_werkdagen",
                "art_2_minimum_termijn_dagen")


def test_the_atw_numbers_have_one_value_since_2010():
    """The text of 2010-10-10 still applies: the dated lookup gives every term the same numbers."""
    atw = _standaard_atw()
    for naam in ATW_GETALLEN:
        assert [w.instant_str for w in atw.children[naam].values_list] == ["2010-10-10"], naam


# Ten weeks after Monday 16 October 2023 (Christmas Day: Wednesday 27 December), after Saturday 30
# December 2034 (the term runs from Sunday 31 December, under the old numbers) and after Sunday 31 December
# 2034 (it runs from 1 January 2035, under the new ones): the last two end on Saturday 10 and Sunday 11 March
# 2035.
EVENTS = numpy.array(["2023-10-16", "2034-12-30", "2034-12-31"], dtype="datetime64[D]")


@pytest.mark.parametrize(
    ("naam", "waarde", "uiterste"),
    [
        (None, None, ["2023-12-27", "2035-03-12", "2035-03-12"]),
        # art. 4 onder a: the Atw no longer reaches ten weeks, Sunday 11 March stays
        ("bovengrens_weken", 5, ["2023-12-27", "2035-03-12", "2035-03-11"]),
        # art. 2: the hundredth working day from 1 January 2035
        ("art_2_minimum_werkdagen", 100, ["2023-12-27", "2035-03-12", "2035-05-28"]),
    ],
)
def test_a_reform_of_an_atw_number_applies_from_its_own_date(naam, waarde, uiterste):
    """A number of the Atw is read as it stood on the first day of the term (the day after the event), per
    person, in the lookup table and in the definition alike; the law's own table stays its own."""
    atw = _standaard_atw()
    if naam:
        atw.children[naam].update(start=periods.instant("2035-01-01"), value=waarde)
    verwacht = numpy.array(uiterste, dtype="datetime64[D]")
    assert (atw_binnen_weken(EVENTS, 10, atw) == verwacht).all()
    assert (_binnen_weken(EVENTS, 10, atw) == verwacht).all()
    assert (atw_binnen_weken(EVENTS, 10) == numpy.array(["2023-12-27", "2035-03-12", "2035-03-12"],
                                                        dtype="datetime64[D]")).all()


def test_the_count_of_art_2_per_person():
    """Three working days from 2035 on: Tuesday 23 April 2024 counts two (Wednesday), Tuesday 2 January 2035
    three (Thursday), in one call."""
    atw = _standaard_atw()
    atw.art_2_minimum_werkdagen.update(start=periods.instant("2035-01-01"), value=3)
    eerste = numpy.array(["2024-04-23", "2035-01-02", "NaT"], dtype="datetime64[D]")
    assert list(tweede_werkdag(eerste, atw).astype(str)) == ["2024-04-24", "2035-01-04", "NaT"]


@pytest.mark.parametrize(
    ("hervorming", "pip", "bezwaar"),
    [
        (None, ["2023-12-27", "2035-03-12"], ["2024-02-12", "2035-02-12"]),
        ({"termijnen.atw.bovengrens_weken": {"2035-01-01": 5}}, ["2023-12-27", "2035-03-11"],
         ["2024-02-12", "2035-02-11"]),
        # six weeks from 1 January 2035 hold 29 working days: the 31st is Tuesday 13 February
        ({"termijnen.atw.art_2_minimum_werkdagen": {"2035-01-01": 31}}, ["2023-12-27", "2035-03-12"],
         ["2024-02-12", "2035-02-13"]),
    ],
)
def test_a_dated_atw_reform_reaches_only_the_deadlines_of_later_events(hervorming, pip, bezwaar):
    """Bi 5.3 lid 1 (ten weeks after the notice) and Awb 6:7 (six weeks after the PIP, ending on Sunday 11
    February 2024 and 2035): a reform of the Atw from 2035 leaves the deadlines of 2023's events as the law
    has them and gives those of events from 2035 on its own."""
    kolommen = {"geboortedatum": ["1990-04-12"] * 2, "nationaliteit": ["SY"] * 2,
                "verblijfsvergunning": ["asiel_bepaalde_tijd"] * 2,
                "verblijfsdoel": ["overig_niet_tijdelijk"] * 2,
                "verblijf_verkregen_datum": ["2023-09-01", "2034-11-01"],
                "brp_inschrijving_datum": ["2023-10-02", "2034-11-15"],
                "kennisgeving_inburgeringsplicht_datum": ["2023-10-16", "2034-12-31"],
                "pip_datum": ["2023-12-31", "2034-12-31"]}
    systeem = basissysteem() if hervorming is None else systeem_voor({"parameters": hervorming})
    waarden = simulatie.beoordeel(systeem, "2035-06-01", kolommen, 2,
                                  ["pip_uiterste_datum", "pip_bezwaartermijn_einddatum"]).waarden
    assert list(waarden["pip_uiterste_datum"].astype(str)) == pip
    assert list(waarden["pip_bezwaartermijn_einddatum"].astype(str)) == bezwaar


@pytest.mark.parametrize(("dag", "soort"), [
    ("2024-12-25", "feestdag"), ("2024-12-27", "gelijkgesteld"), ("2024-12-28", "zaterdag"), ("2024-12-29", "zondag"),
    ("2024-03-29", "goede_vrijdag"), ("2024-12-30", None), ("2024-03-28", None)])
def test_the_kind_of_a_free_day(dag, soort):
    """For the explanation of a moved deadline: why a day is free (Atw art. 1, 3), and a working day is none."""
    assert soort_vrije_dag(dag) == soort
