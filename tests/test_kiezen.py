"""`kiezen.kies` against `numpy.select`: the same values and dtype, on both sides of `KETEN_TOT`."""

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inburgering_rules.kiezen import KETEN_TOT, kies

NAT = numpy.datetime64("NaT", "D")


def _gelijk(a, b) -> bool:
    a, b = numpy.asarray(a), numpy.asarray(b)
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype.kind == "M":
        return bool(((a == b) | (numpy.isnat(a) & numpy.isnat(b))).all())
    return bool((a == b).all())


def _keuzes(soort: str, aantal: int, n: int, rng):
    """`aantal` choices and a default of one kind: Python numbers (as the enums' indexes and the parameters are),
    numpy scalars, or arrays (dates with NaT)."""
    if soort == "int":
        return list(range(1, aantal + 1)), 0
    if soort == "float":
        return [float(x) for x in rng.random(aantal)], 0.5
    if soort == "int16":
        return [numpy.int16(i) for i in range(1, aantal + 1)], numpy.int16(0)
    dagen = [rng.integers(-1000, 30000, n).astype("datetime64[D]") for _ in range(aantal)]
    for kolom in dagen:
        kolom[rng.random(n) < 0.2] = NAT
    return dagen, NAT


@settings(max_examples=150, deadline=None)
@given(n=st.sampled_from([0, 1, 2, 7, KETEN_TOT, KETEN_TOT + 1]), aantal=st.integers(1, 9),
       soort=st.sampled_from(["int", "float", "int16", "datum"]), zaad=st.integers(0, 2**32 - 1))
def test_kies_is_numpy_select(n, aantal, soort, zaad):
    rng = numpy.random.default_rng(zaad)
    voorwaarden = [rng.random(n) < rng.random() for _ in range(aantal)]
    keuzes, anders = _keuzes(soort, aantal, n, rng)
    assert _gelijk(kies(voorwaarden, keuzes, anders), numpy.select(voorwaarden, keuzes, anders))


# Choices and defaults of every kind numpy.select meets: Python numbers (weak in NEP 50, also beyond a dtype or beyond
# int64), numpy scalars of several widths, arrays of several dtypes and shapes (one that does not broadcast), dates.
SOORTEN = [0, 1, -1, 300, 100000, 2**70, 1.5, 2.5 + 1j, True, numpy.int16(1), numpy.uint8(3), numpy.float16(1),
           numpy.float32(1.5), numpy.int8(2), numpy.uint64(5), numpy.longlong(3),
           numpy.array([1, 2, 3], numpy.int16), numpy.array([1, 2, 3], numpy.uint64),
           numpy.array([1.5, 2, 3], numpy.float32), numpy.array([1, 2], numpy.int8),
           numpy.array(["2020-01-01", "NaT", "2021-02-28"], "datetime64[D]"), NAT,
           numpy.datetime64("2020-01-01T10", "h")]


def _uitkomst(functie, voorwaarden, keuzes, anders):
    try:
        waarden = functie(voorwaarden, keuzes, anders)
    except Exception as fout:  # the same kind of error as numpy.select
        return type(fout).__name__
    return waarden.dtype, waarden.shape, [str(w) for w in numpy.ravel(waarden)]


@settings(max_examples=400, deadline=None)
@given(keuzes=st.lists(st.sampled_from(range(len(SOORTEN))), min_size=1, max_size=4),
       anders=st.sampled_from(range(len(SOORTEN))), zaad=st.integers(0, 2**32 - 1), los=st.booleans())
def test_kies_gives_numpy_selects_dtype_and_errors_for_every_kind_of_choice(keuzes, anders, zaad, los):
    rng = numpy.random.default_rng(zaad)
    voorwaarden = [rng.random(3) < 0.4 for _ in keuzes]
    if los:
        voorwaarden[0] = numpy.bool_(True)  # a 0-d condition
    keuzes, anders = [SOORTEN[i] for i in keuzes], SOORTEN[anders]
    with numpy.errstate(all="ignore"):
        assert _uitkomst(kies, voorwaarden, keuzes, anders) == _uitkomst(numpy.select, voorwaarden, keuzes, anders)


def test_the_first_condition_that_holds_wins():
    waar = numpy.array([True, True, False])
    assert kies([waar, numpy.array([True, True, True])], [1, 2], 0).tolist() == [1, 1, 2]
    assert kies([numpy.array([False, False, False])], [1], 7).tolist() == [7, 7, 7]


def test_a_condition_must_be_yes_or_no_as_for_numpy_select():
    with pytest.raises(TypeError):
        numpy.select([numpy.array([1, 0])], [1], 0)
    with pytest.raises(TypeError):
        kies([numpy.array([1, 0])], [1], 0)
    with pytest.raises(ValueError):
        kies([numpy.array([True])], [1, 2], 0)
