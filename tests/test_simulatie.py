"""`simulatie.beoordeel`: the two ways of testing missing facts (stacked variants, cones) give the same answers,
and columns may be lists or numpy arrays (issue 14)."""

from __future__ import annotations

from datetime import date

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inburgering_rules import publiek, simulatie
from inburgering_rules.hervormingen import basissysteem

SYSTEEM = basissysteem()
DATUMS = st.dates(min_value=date(1940, 1, 1), max_value=date(2032, 12, 31))


def _waarde(naam: str):
    """Any value the API accepts for input `naam`, or None (not given)."""
    variabele = SYSTEEM.variables[naam]
    if naam == "nationaliteit":
        soort = st.sampled_from(["SY", "PL", "TR", "NO", "NL", "ER", ""])
    elif variabele.value_type.__name__ == "Enum":
        soort = st.sampled_from(list(variabele.possible_values.__members__))
    elif variabele.dtype == "datetime64[D]":
        soort = DATUMS.map(date.isoformat)
    elif variabele.value_type is bool:
        soort = st.booleans()
    elif variabele.value_type is int:
        soort = st.integers(0, 30)
    else:
        soort = st.sampled_from([0.0, 37.5, 250.0, 1234.56, 2600.0])
    return st.one_of(st.none(), soort)


PERSOON = st.fixed_dictionaries({naam: _waarde(naam) for naam in publiek.INVOER if naam in SYSTEEM.variables})


def _zelfde(a: simulatie.Beoordeling, b: simulatie.Beoordeling, aantal: int) -> None:
    for naam in a.waarden:
        x, y = a.waarden[naam], b.waarden[naam]
        gelijk = (x == y) | (numpy.isnat(x) & numpy.isnat(y)) if x.dtype.kind == "M" else x == y
        assert gelijk.all(), naam
        assert (a.onbepaald[naam] == b.onbepaald[naam]).all(), naam
        assert {o for o, r in a.oorzaken[naam].items() if r.any()} == {o for o, r in b.oorzaken[naam].items() if r.any()}
        for oorzaak, rijen in a.oorzaken[naam].items():
            assert (rijen == b.oorzaken[naam].get(oorzaak, numpy.zeros(aantal, dtype=bool))).all(), (naam, oorzaak)
    leeg = numpy.zeros(aantal, dtype=bool)
    for naam in set(a.nog_niet) | set(b.nog_niet):
        assert (a.nog_niet.get(naam, leeg) == b.nog_niet.get(naam, leeg)).all(), naam
    assert set(a.opnieuw) == set(b.opnieuw)
    for naam in a.opnieuw:
        assert (a.opnieuw[naam] == b.opnieuw[naam]).all(), naam


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(PERSOON, min_size=1, max_size=12), st.dates(min_value=date(2021, 6, 1), max_value=date(2032, 12, 31)),
       st.booleans(), st.sets(st.sampled_from(publiek.INVOER), max_size=10))
def test_cones_give_the_answers_of_stacked_variants(personen, peildatum, gebeurtenissen, afwezig):
    """Every decision, undetermined mark, cause and "not yet" is the same both ways, for any persons, any
    missing facts and judgments (also whole columns absent), on any day."""
    kolommen = {naam: [p[naam] for p in personen] for naam in personen[0] if naam not in afwezig}
    dag = peildatum.isoformat()
    gestapeld = simulatie.beoordeel(SYSTEEM, dag, kolommen, len(personen), gebeurtenissen=gebeurtenissen, kegels=False)
    kegels = simulatie.beoordeel(SYSTEEM, dag, kolommen, len(personen), gebeurtenissen=gebeurtenissen, kegels=True)
    _zelfde(gestapeld, kegels, len(personen))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(PERSOON, min_size=2, max_size=12), st.integers(1, 5), st.booleans(), st.sampled_from([None, True, False]))
def test_a_population_assessed_in_parts_gets_the_answers_of_one_assessment(personen, per_deel, gebeurtenissen, kegels):
    """`DEELGROOTTE` bounds the working memory of a large population; parts of any size (also a last, smaller
    one) give the same decisions, undetermined marks, causes and "not yet" as all persons at once."""
    kolommen = {naam: [p[naam] for p in personen] for naam in personen[0]}
    heel = simulatie.beoordeel(SYSTEEM, "2024-05-01", kolommen, len(personen), gebeurtenissen=gebeurtenissen,
                               kegels=kegels)
    vast = simulatie.DEELGROOTTE
    simulatie.DEELGROOTTE = per_deel
    try:
        delen = simulatie.beoordeel(SYSTEEM, "2024-05-01", kolommen, len(personen), gebeurtenissen=gebeurtenissen,
                                    kegels=kegels)
    finally:
        simulatie.DEELGROOTTE = vast
    _zelfde(heel, delen, len(personen))
    _zelfde(delen, heel, len(personen))


def test_the_cones_find_what_is_undetermined_and_why():
    """A person without a birth date: decisions that depend on the age are undetermined by the birth date; the
    judgment on a missing third-party answer touches only its own decision (a cone of one formula)."""
    kolommen = {"geboortedatum": [None, "1990-01-01"], "nationaliteit": ["SY", "SY"],
                "verblijfsvergunning": ["asiel_bepaalde_tijd"] * 2, "verblijfsdoel": ["overig_niet_tijdelijk"] * 2,
                "verblijf_verkregen_datum": ["2023-03-01"] * 2}
    b = simulatie.beoordeel(SYSTEEM, "2024-05-01", kolommen, 2, kegels=True)
    assert b.onbepaald["inburgeringsplichtig"].tolist() == [True, False]
    assert b.ontbrekende_invoer(0, "inburgeringsplichtig") == ["geboortedatum"]
    assert b.ontbrekende_invoer(1, "inburgeringsplichtig") == []


def test_columns_may_be_lists_or_numpy_arrays():
    """What a pandas user passes (object arrays with None, datetime64 with NaT, bool arrays) means the same as
    lists with None."""
    lijsten = {"geboortedatum": [None, "1990-01-01", "2010-02-28"], "nationaliteit": ["SY", None, "PL"],
               "verblijfsvergunning": ["asiel_bepaalde_tijd", "regulier_bepaalde_tijd", None],
               "verblijf_verkregen_datum": ["2023-03-01", None, "2022-06-30"],
               "grote_kans_diploma_na_taalschakeltraject": [True, False, None],
               "gemeentelijke_boetes_opgelegd_bedrag": [0.0, 250.0, 37.5]}
    arrays = {naam: numpy.array(waarden, dtype=object) for naam, waarden in lijsten.items()}
    arrays["geboortedatum"] = numpy.array(["NaT", "1990-01-01", "2010-02-28"], dtype="datetime64[D]")
    arrays["gemeentelijke_boetes_opgelegd_bedrag"] = numpy.array([0.0, 250.0, 37.5])
    _zelfde(simulatie.beoordeel(SYSTEEM, "2024-05-01", lijsten, 3), simulatie.beoordeel(SYSTEEM, "2024-05-01", arrays, 3), 3)


@pytest.mark.parametrize("kegels", [True, False])
def test_a_few_decisions_with_events_in_both_paths(kegels):
    """Asking only some decisions (the fine decision's new term not among them) with the events variant:
    the facts of a decision that the variant makes known are only looked up where asked (was a KeyError with
    cones)."""
    n = simulatie.KEGELS_VANAF + 2
    kolommen = {"geboortedatum": ["1990-01-01"] * n, "nationaliteit": ["SY"] * n,
                "verblijfsvergunning": ["asiel_bepaalde_tijd"] * n,
                "verblijf_verkregen_datum": ["2023-01-01"] * n,
                "boete_art_24_bekendmaking_datum": [None, "2026-04-15"] * (n // 2)}
    alleen = simulatie.beoordeel(SYSTEEM, "2026-05-01", kolommen, n, ["inburgeringsplichtig"],
                                 gebeurtenissen=True, kegels=kegels)
    assert alleen.waarden["inburgeringsplichtig"].all()
    termijn = simulatie.beoordeel(SYSTEEM, "2026-05-01", kolommen, n, ["nieuwe_termijn_art_24_einddatum"],
                                  gebeurtenissen=True, kegels=kegels)
    # known decision without its length: undetermined; a decision still to come: waits for it
    assert termijn.onbepaald["nieuwe_termijn_art_24_einddatum"].tolist() == [False, True] * (n // 2)
    assert termijn.nog_niet["nieuwe_termijn_art_24_einddatum"].tolist() == [True, False] * (n // 2)


@pytest.mark.parametrize("kegels", [True, False])
def test_two_missing_new_term_lengths_are_also_tried_together(kegels):
    """Bi 7.1 lid 5 takes the lowest cap of the two new terms (I12). With both lengths missing, a longer art. 24
    term beside a short art. 25 term changes nothing, nor the other way round; both long raise the cap from EUR 400
    to EUR 1,600. So the cap is undetermined by both lengths (it was shown as decided), while each term's own end
    date names only its own length. With one length given (6 months: EUR 400), the lowest cap is EUR 400 whatever
    the other is: decided."""
    persoon = {"geboortedatum": "1990-01-01", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijfsdoel": "overig_niet_tijdelijk", "verblijf_verkregen_datum": "2022-01-15",
               "pip_datum": "2022-03-01", "boete_art_24_bekendmaking_datum": "2025-04-01",
               "boete_art_25_bekendmaking_datum": "2025-04-01", "gemeentelijke_boetes_opgelegd_bedrag": 0.0}
    een_gegeven = {**persoon, "boete_art_25_nieuwe_termijn_maanden": 6}
    kolommen = {naam: [persoon.get(naam), een_gegeven.get(naam)] for naam in een_gegeven}
    b = simulatie.beoordeel(SYSTEEM, "2025-04-15", kolommen, 2, gebeurtenissen=True, kegels=kegels)
    lengtes = ["boete_art_24_nieuwe_termijn_maanden", "boete_art_25_nieuwe_termijn_maanden"]
    assert b.onbepaald["gemeentelijk_boeteplafond_resterend_bedrag"].tolist() == [True, False]
    assert b.ontbrekende_invoer(0, "gemeentelijk_boeteplafond_resterend_bedrag") == lengtes
    assert b.waarden["gemeentelijk_boeteplafond_resterend_bedrag"][1] == 400
    assert b.ontbrekende_invoer(0, "nieuwe_termijn_art_24_einddatum") == lengtes[:1]
    assert b.ontbrekende_invoer(0, "nieuwe_termijn_art_25_einddatum") == lengtes[1:]


@pytest.mark.parametrize("kegels", [True, False])
def test_every_new_term_length_is_tried_where_a_short_one_has_ended(kegels):
    """The cap of Bi 7.1 lid 5 does not just grow with the length: an art. 25 term of 1 month from 2025-03-02 is
    over on 2025-04-15 (no cap from it: EUR 1,600 from the art. 24 term of 24 months), one of 12 months still runs
    (EUR 800), one of 24 months too (EUR 1,600). Trying only 1 and the maximum showed EUR 1,600 as decided."""
    persoon = {"geboortedatum": "1990-01-01", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijfsdoel": "overig_niet_tijdelijk", "verblijf_verkregen_datum": "2022-01-15",
               "pip_datum": "2022-03-01", "boete_art_24_bekendmaking_datum": "2025-04-01",
               "boete_art_24_nieuwe_termijn_maanden": 24, "boete_art_25_bekendmaking_datum": "2025-03-01",
               "gemeentelijke_boetes_opgelegd_bedrag": 0.0}
    kolommen = {naam: [waarde, waarde] for naam, waarde in persoon.items()}
    kolommen["boete_art_25_nieuwe_termijn_maanden"] = [None, 12]
    b = simulatie.beoordeel(SYSTEEM, "2025-04-15", kolommen, 2, gebeurtenissen=True, kegels=kegels)
    assert b.onbepaald["gemeentelijk_boeteplafond_resterend_bedrag"].tolist() == [True, False]
    assert b.ontbrekende_invoer(0, "gemeentelijk_boeteplafond_resterend_bedrag") == ["boete_art_25_nieuwe_termijn_maanden"]
    assert b.waarden["gemeentelijk_boeteplafond_resterend_bedrag"][1] == 800


@pytest.mark.parametrize("kegels", [True, False])
def test_a_missing_fact_about_the_person_is_also_tried_with_the_events(kegels):
    """The events variant runs on the persons as given; without the residence date the person is not obligated
    there, so the PIP deadline stayed empty in every variant. The probes of a fact about the person are now also
    tried with the events: the deadline hangs on that fact. With the date given, it waits for the kennisgeving."""
    n = simulatie.KEGELS_VANAF + 2
    kolommen = {"geboortedatum": ["1990-01-01"] * n, "nationaliteit": ["SY"] * n,
                "verblijfsvergunning": ["asiel_bepaalde_tijd"] * n, "verblijfsdoel": ["overig_niet_tijdelijk"] * n,
                "verblijf_verkregen_datum": [None, "2023-01-01"] * (n // 2)}
    b = simulatie.beoordeel(SYSTEEM, "2024-05-01", kolommen, n, ["pip_uiterste_datum"], gebeurtenissen=True,
                            kegels=kegels)
    assert b.onbepaald["pip_uiterste_datum"].tolist() == [True, False] * (n // 2)
    assert b.ontbrekende_invoer(0, "pip_uiterste_datum") == ["verblijf_verkregen_datum"]
    assert b.nog_niet["pip_uiterste_datum"].tolist() == [False, True] * (n // 2)


def test_two_judgments_are_asked_only_where_they_can_apply():
    """Bi 5.3 lid 2 needs a request for a third party's information, Bi 5.4 lid 3 a route-change term (from the
    PIP): elsewhere the judgment is not missing (trying it changed nothing, and cost a recomputation of everyone)."""
    kolommen = {"pip_informatie_derde_opgevraagd_datum": [None, "2023-03-01", None],
                "pip_datum": [None, None, "2023-05-01"]}
    invoer, leeg = simulatie._lees(SYSTEEM, kolommen)
    ontbreekt = simulatie._ontbreekt(SYSTEEM, "2024-05-01", invoer, leeg, 3)
    assert ontbreekt["pip_zonder_informatie_derde_niet_mogelijk"].tolist() == [False, True, False]
    assert ontbreekt["leerroute_wijziging_bijzonder_geval"].tolist() == [False, False, True]


def test_the_date_columns_of_an_answer_are_the_callers_own():
    """`als_datum` shares one read-only conversion per column (issue 14); what `bereken` and `beoordeel` hand back
    must be writable at every size (a small run returned read-only dates, a run in parts writable ones)."""
    kolommen = {"geboortedatum": ["1990-04-12"], "nationaliteit": ["SY"], "verblijfsvergunning": ["asiel_bepaalde_tijd"],
                "verblijfsdoel": ["overig_niet_tijdelijk"], "verblijf_verkregen_datum": ["2023-09-01"],
                "pip_datum": ["2023-12-20"]}
    for waarden in (simulatie.beoordeel(SYSTEEM, "2025-06-01", kolommen, 1).waarden,
                    simulatie.bereken(SYSTEEM, "2025-06-01", simulatie.als_arrays(SYSTEEM, kolommen), 1)):
        assert waarden["pip_uiterste_datum"].flags.writeable and waarden["inburgeringstermijn_einddatum"].flags.writeable


def _gelezen(naam: str, waarden: list):
    """`invoerkolom` of `naam`: (column, not given) or the exception's type and text. Values as their `repr`, so
    that NaN equals NaN and -0.0 differs from 0.0."""
    try:
        kolom, leeg = simulatie.invoerkolom(SYSTEEM.variables[naam], waarden)
    except Exception as fout:  # noqa: BLE001 - the comparison includes the error
        return type(fout), str(fout)
    return kolom.dtype, list(map(repr, kolom.tolist())), leeg.tolist(), kolom.flags.writeable, leeg.flags.writeable


_EVERY_DAY = [str(d) for d in numpy.arange("1900-01-01", "2101-01-01", dtype="datetime64[D]")]


@pytest.mark.parametrize("naam, waarden", [
    ("pip_datum", _EVERY_DAY + [None] * 5000),
    ("geboortedatum", [None] * 3000),
    ("pip_datum", ["2024-02-29", "0001-01-01", "9999-12-31", None] * 1000),
    ("pip_datum", ["2024-01-01"] * 2999 + ["2023-02-29"]),  # no such day: the same error
    ("pip_datum", ["2024-01-01"] * 2999 + [" 2024-01-01"]),  # read by numpy, refused by pyarrow
    ("pip_datum", ["2024-01-01"] * 2999 + ["2024-01-01T00"]),
    ("pip_datum", ["2024-01-01"] * 2999 + [date(2024, 1, 2)]),
    ("pip_datum", ["2024-01-01"] * 2999 + [1]),
    ("pip_datum", ["2024-01-01"] * 2999 + [["2024-01-01"]]),
    ("grote_kans_diploma_na_taalschakeltraject", [True, False, None] * 1000),
    ("grote_kans_diploma_na_taalschakeltraject", [None] * 3000),
    ("grote_kans_diploma_na_taalschakeltraject", [True] * 2999 + [1]),
    ("grote_kans_diploma_na_taalschakeltraject", [True] * 2999 + ["ja"]),
    ("grote_kans_diploma_na_taalschakeltraject", [{f"naam{i}": True} for i in range(3000)]),  # pyarrow guesses no type
    ("grote_kans_diploma_na_taalschakeltraject", [True] * 2999 + [numpy.True_]),
    ("pip_datum", ["2024-01-01"] * 2999 + [b"2024-01-02"]),
    ("pip_datum", ["2024-01-01"] * 2999 + [numpy.str_("2024-01-02")]),
    ("leerroute", ["b1_route", None] * 1500),
    # amounts (float32; not read by pyarrow) and counts (int32): the same rounding, truncation and "out of bounds"
    ("gemeentelijke_boetes_opgelegd_bedrag", [340.0, 0.1, 1e40, 12, None, float("nan"), -0.0] * 500),
    ("gemeentelijke_boetes_opgelegd_bedrag", [True, 2**53, numpy.float32(0.1), numpy.int64(7)] * 750),
    ("gemeentelijke_boetes_opgelegd_bedrag", [1.0] * 2999 + [2**53 + 1]),
    ("gemeentelijke_boetes_opgelegd_bedrag", [1.0] * 2999 + ["1.5"]),
    ("gemeentelijke_boetes_opgelegd_bedrag", [1.0] * 2999 + [numpy.uint64(2**64 - 1)]),  # pyarrow: -1.0 (a review)
    ("gemeentelijke_boetes_opgelegd_bedrag", [None] * 3000),
    ("termijn_verlenging_maanden", [0, 3, 6, None, 2**31 - 1, -2**31] * 500),
    ("termijn_verlenging_maanden", [1.5, -1.5, numpy.int64(4), numpy.int16(-4)] * 750),
    ("termijn_verlenging_maanden", [1] * 2999 + [2**31]),
    ("termijn_verlenging_maanden", [1] * 2999 + [-2**31 - 1]),
    ("termijn_verlenging_maanden", [1] * 2999 + [2**70]),
    ("termijn_verlenging_maanden", [1] * 2999 + [True]),
    ("termijn_verlenging_maanden", [1] * 2999 + ["3"]),
])
def test_long_lists_read_by_pyarrow_mean_what_the_one_pass_reads(monkeypatch, naam, waarden):
    """From `ARROW_VANAF` values on, a list of dates, yes/no or counts is read by pyarrow: the same column,
    the same "not given", the same error as the other ways over the values, also for every day from 1900 to 2100 and for values
    pyarrow refuses (they take the one pass)."""
    assert len(waarden) >= simulatie.ARROW_VANAF
    met_arrow = _gelezen(naam, waarden)
    monkeypatch.setattr(simulatie, "ARROW_VANAF", 10**12)
    assert met_arrow == _gelezen(naam, waarden)


def test_the_first_day_old_enough_follows_every_value_of_the_minimum_age():
    """`simulatie._oud_genoeg_vanaf` (the trial day for a missing acquisition date, I1): the first day on which a person
    has the minimum age of that day, through a reform with two changes (16, 18 from 2025, 17 from 2027)."""
    from inburgering_rules.hervormingen import systeem_voor

    systeem = systeem_voor({"parameters": {"inburgeringsplicht.minimumleeftijd": {"2025-01-01": 18,
                                                                                   "2027-01-01": 17}}})
    geboren = numpy.array(["2008-06-01", "2009-06-01", "2008-12-31", "2009-01-01", "NaT"], dtype="datetime64[D]")
    vanaf = simulatie._oud_genoeg_vanaf(systeem.parameters.inburgeringsplicht.minimumleeftijd, geboren)
    assert [str(d) for d in vanaf] == [
        "2024-06-01",  # 16 in 2024, under the first value
        "2027-01-01",  # 16 in 2025 (18 asked), 17 on 2026-06-01 (18 asked): old enough once 17 is the age
        "2024-12-31",  # the last day of the first value
        "2027-01-01",  # 16 on the first day of the second value (18 asked): the other side
        "NaT",  # no birth date
    ]
