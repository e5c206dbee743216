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
