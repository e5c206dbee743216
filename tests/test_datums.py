"""The date convention of `inburgering_rules.datums`, at month ends, 29 February and year ends."""

from datetime import date

import numpy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from inburgering_rules.datums import (ONBEKEND, als_datum, als_eigen_datums, einde_termijn, lees_iso, na_maanden,
                                     plus_weken, verjaardag)


def d(tekst):
    return numpy.datetime64(tekst, "D")


@pytest.mark.parametrize(
    ("start", "maanden", "einde"),
    [
        ("2023-03-15", 36, "2026-03-14"),  # the vocabulary's example
        ("2023-01-01", 36, "2025-12-31"),  # year end
        ("2024-01-31", 1, "2024-02-29"),  # 31 January + 1 month in a leap year
        ("2023-01-31", 1, "2023-02-28"),  # and in a common year
        ("2024-02-29", 12, "2025-02-28"),  # 29 February + 1 year: no 29 Feb, whole of February
        ("2024-02-29", 48, "2028-02-28"),  # 29 February + 4 years: the day before 29 Feb 2028
        ("2024-03-01", 12, "2025-02-28"),  # the day before 1 March
        ("2023-03-01", 1, "2023-03-31"),
        ("2023-03-31", 1, "2023-04-30"),  # 31 March + 1 month: April has 30 days
        ("2023-03-30", 1, "2023-04-29"),
        ("2024-05-10", 6, "2024-11-09"),  # ontzorgen example
        ("2023-12-31", 12, "2024-12-30"),
    ],
)
def test_einde_termijn(start, maanden, einde):
    assert einde_termijn(d(start), maanden) == d(einde)


def test_weken_tellen_zeven_dagen():
    assert plus_weken(d("2022-02-20"), 10) == d("2022-05-01")
    assert plus_weken(d("2023-12-31"), 1) == d("2024-01-07")


def test_niet_gegeven_wordt_onbekend_en_blijft_onbekend():
    datums = als_datum(numpy.array(["0001-01-01", "2024-02-29"], dtype="datetime64[D]"))
    assert numpy.isnat(datums[0]) and datums[1] == d("2024-02-29")
    assert numpy.isnat(einde_termijn(datums, 36)[0])
    assert not (datums[0] <= d("2030-01-01"))


def test_verjaardag_op_29_februari():
    """An age of N years is reached on verjaardag(birth, N) = na_maanden(birth, 12N): 1 March in a common year; the
    day before that the person is still N - 1 (I19)."""
    geboren = d("2008-02-29")
    assert verjaardag(geboren, 16) == d("2024-02-29") == na_maanden(geboren, 16 * 12)
    assert verjaardag(geboren, 17) == d("2025-03-01")
    assert verjaardag(d("2008-03-01"), 17) == d("2025-03-01") and verjaardag(d("2008-02-28"), 17) == d("2025-02-28")
    assert numpy.isnat(verjaardag(numpy.array(["NaT"], dtype="datetime64[D]"), 18)).all()


def test_gevectoriseerd_met_maanden_per_persoon():
    starts = numpy.array(["2023-03-15", "2024-01-31", "NaT"], dtype="datetime64[D]")
    einden = einde_termijn(starts, numpy.array([36, 1, 6]))
    assert list(einden[:2]) == [d("2026-03-14"), d("2024-02-29")] and numpy.isnat(einden[2])


datums = st.dates(min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2100, 12, 31))


@given(datums, st.integers(min_value=1, max_value=120))
def test_termijn_eindigt_de_dag_voor_de_volgende_begint(start, maanden):
    start = numpy.datetime64(start, "D")
    einde = einde_termijn(start, maanden)
    assert einde + numpy.timedelta64(1, "D") == na_maanden(start, maanden)
    assert start <= einde


@given(datums, st.integers(min_value=1, max_value=120))
def test_termijn_duurt_het_juiste_aantal_maanden(start, maanden):
    """The term covers N calendar months: its end lies in the N-th month after the start month
    (or in the month before it, when the start is the 1st), never further."""
    start = numpy.datetime64(start, "D")
    einde = einde_termijn(start, maanden)
    maand_verschil = int(einde.astype("datetime64[M]").astype(int) - start.astype("datetime64[M]").astype(int))
    assert maand_verschil in (maanden - 1, maanden)
    assert ONBEKEND != einde


def test_iso_dates_are_read_as_numpy_reads_them_on_every_day_of_the_years_1_to_9999():
    alle = numpy.arange(numpy.datetime64("0001-01-01"), numpy.datetime64("10000-01-01"))
    assert (lees_iso(alle.astype("U10")) == alle).all()
    assert (lees_iso(alle.astype("U10").astype(object).tolist()) == alle).all()  # a list of str, as JSON gives it
    assert lees_iso(numpy.array([], dtype="U10")).dtype == numpy.dtype("datetime64[D]")


@pytest.mark.parametrize("tekst", ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
                                   "2024-1-01", "2024/01/01", "20240101", "2024-01-011", "2024-01-0a", " 2024-01-01"])
def test_anything_but_an_existing_yyyy_mm_dd_is_not_read(tekst):
    assert lees_iso(numpy.array(["2024-02-29", tekst])) is None
    assert lees_iso(numpy.array(["2024-02-29", tekst], dtype=object)) is None


@pytest.mark.parametrize("teksten", [
    ["2024-01-0", "02024-01-01"],  # one short, one long: ten characters each on average
    ["2024-01-01\x002024-01-02", "2024-01-0"],  # a separator inside a text
    ["2024-01-0\x00", "2024-01-01"],
    ["2024-01-0é", "2024-01-01"],  # not ASCII
    ["2024-01-01", 20240101],  # not a text
])
def test_texts_of_other_lengths_or_not_ascii_are_never_read_as_dates(teksten):
    assert lees_iso(numpy.array(teksten, dtype=object)) is None


def test_none_is_not_given_and_anything_but_texts_is_not_read():
    """`None` is NaT (a column of the API with persons that do not give the date); date objects and numbers are not
    texts: None, and the caller reads them its other way (`simulatie.invoerkolom`)."""
    assert lees_iso(["2024-02-29", None]).tolist() == [date(2024, 2, 29), None]
    assert lees_iso([None, None]).dtype == numpy.dtype("datetime64[D]") and numpy.isnat(lees_iso([None])).all()
    assert lees_iso([]).dtype == numpy.dtype("datetime64[D]")
    assert lees_iso(numpy.array([date(2024, 2, 29), date(1, 1, 1)], dtype=object)) is None
    assert lees_iso(["2024-02-29", date(2024, 2, 29)]) is None
    assert lees_iso(["2024-02-29", True]) is None
    assert lees_iso(["2024-02-29", ["2024-02-29"]]) is None


def test_pyarrow_is_always_given_the_type_so_other_objects_fail_at_once(monkeypatch):
    """pyarrow merges objects with different names into one type when it guesses the type, quadratic in their number
    (8,000 of them in a 95 KB body took 6 s of CPU with the GIL held): it is always told the type, so the first
    object that is no text is an error."""
    import pyarrow

    echt, gevraagd = pyarrow.array, []

    def array(waarden, type=None, **andere):
        assert type is not None, "pyarrow guessed a type"
        gevraagd.append(type)
        return echt(waarden, type=type, **andere)

    monkeypatch.setattr(pyarrow, "array", array)
    assert lees_iso([{f"naam{i}": i} for i in range(3000)]) is None
    assert lees_iso(["2024-02-29", [[[["2024-02-29"]]]]]) is None
    assert gevraagd == [pyarrow.string()] * 2


def test_als_datum_converts_each_column_once_and_forgets_it_with_the_column():
    """Every formula that reads a date asks `als_datum` again for the same column (issue 14: 0.9 s of 6 s at
    1,000,000 persons): the answer is kept per column, read-only so no caller can change what others get, and
    dropped when the column goes; an equal but other column, or a list, is converted on its own."""
    import gc

    from inburgering_rules import datums

    kolom = numpy.array(["0001-01-01", "2024-02-29", "NaT"], dtype="datetime64[D]")
    eerste = als_datum(kolom)
    assert als_datum(kolom) is eerste and not eerste.flags.writeable
    assert numpy.isnat(eerste[[0, 2]]).all() and eerste[1] == numpy.datetime64("2024-02-29")
    with pytest.raises(ValueError):
        eerste[1] = ONBEKEND
    andere = als_datum(kolom.copy())
    assert andere is not eerste and numpy.array_equal(andere, eerste, equal_nan=True)
    assert als_datum([date(1, 1, 1), "2024-03-01"]) is not als_datum([date(1, 1, 1), "2024-03-01"])
    sleutel = id(kolom)
    assert sleutel in datums._ALS_DATUM
    del kolom
    gc.collect()
    assert sleutel not in datums._ALS_DATUM


def test_own_dates_are_als_datum_in_a_new_writable_array():
    """`als_eigen_datums` (what a decision hands out) reads "not given" as `als_datum` does, in an array of its own."""
    kolom = numpy.array(["2024-02-29", "0001-01-01", "NaT", "2024-03-01T10:00"], dtype="datetime64[s]")
    eigen = als_eigen_datums(kolom)
    assert eigen.dtype == numpy.dtype("datetime64[D]") and eigen.flags.writeable
    assert not numpy.shares_memory(eigen, kolom)
    assert [str(d) for d in eigen] == [str(d) for d in als_datum(kolom)] == ["2024-02-29", "NaT", "NaT", "2024-03-01"]
