"""Bedragen in hele centen (`inburgering_rules.geld`): één afronding, voor losse getallen en arrays gelijk."""

from __future__ import annotations

import numpy
from hypothesis import given
from hypothesis import strategies as st

from inburgering_rules.geld import CENT, centen, deel, euros


def _zoals_numpy(euros_) -> numpy.ndarray:
    return numpy.round(numpy.asarray(euros_, dtype=numpy.float64) * CENT).astype(numpy.int64)


@given(st.one_of(st.integers(-(10**9), 10**9), st.floats(-1e9, 1e9, allow_nan=False)))
def test_een_getal_als_de_array_afronding(bedrag):
    uit = centen(bedrag)
    assert isinstance(uit, numpy.int64) and uit == _zoals_numpy(bedrag) == centen(numpy.array([bedrag]))[0]


def test_halve_centen_naar_even_en_euros_terug():
    # 0,125 en 0,375 zijn exact als float: half naar even; 2400 (een parameter) blijft exact
    assert [int(centen(x)) for x in (0.125, 0.375, 2400, 37.5)] == [12, 38, 240000, 3750]
    assert centen([0.125, 0.375]).tolist() == [12, 38]
    assert euros(numpy.array([3750, 1])).tolist() == [37.5, 0.01]


def test_een_percentage_op_de_cent_half_naar_even():
    # Bi 7.1 lid 4 op een geïndexeerd bedrag: 75 % van 5202 cent is 3901,5 -> 3902 (even); 25 % van 5001 is
    # 1250,25 -> 1250; 50 % van 5003 is 2501,5 -> 2502; hele uitkomsten blijven exact
    assert deel(numpy.array([5202, 5001, 5003, 80000]), numpy.array([75, 25, 50, 75])).tolist() == [3902, 1250, 2502,
                                                                                                      60000]
