"""`geldend_recht.bevat`: the comparison used for a few persons and `numpy.isin` used for many give the same."""

from __future__ import annotations

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st

from inburgering_rules.geldend_recht import bevat

LIJST = st.lists(st.sampled_from(["SY", "PL", "NO", "TR", "NL", ""]), max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["SY", "PL", "NO", "TR", "NL", "ER", ""]), max_size=600), LIJST)
def test_membership_is_numpys_on_both_sides_of_256_values(waarden, lijst):
    waarden = numpy.array(waarden, dtype=str)
    assert (bevat(waarden, lijst) == numpy.isin(waarden, lijst)).all()


def test_membership_on_both_sides_of_256_values():
    for aantal in (256, 257):
        waarden = numpy.resize(numpy.array(["SY", "PL", "NO"]), aantal)
        assert bevat(waarden, ["PL"]).tolist() == (waarden == "PL").tolist()
