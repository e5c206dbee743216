"""`geldend_recht`: the value of a dated parameter on each day, vectorised and per day; `bevat` (a comparison
for a few persons, `numpy.isin` for many)."""

from __future__ import annotations

from datetime import date

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core.parameters import Parameter

from inburgering_rules.geldend_recht import begin_op_dag, bevat, waarde_op, waarde_op_dag
from inburgering_rules.hervormingen import basissysteem

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


def test_one_day_as_the_vectorised_lookup():
    """`waarde_op_dag` (the explanations' numbers) gives what `waarde_op` gives on the same day, on both sides
    of a parameter's change (pip_termijn_aanvang: brp_inschrijving, then kennisgeving from 2023-01-01) and
    before it."""
    parameter = basissysteem().parameters.termijnen.pip_termijn_aanvang
    dagen = ["2021-12-31", "2022-01-01", "2022-12-31", "2023-01-01", "2030-06-30"]
    verwacht = waarde_op(parameter, numpy.array(dagen, dtype="datetime64[D]"), onbekend="").tolist()
    assert [waarde_op_dag(parameter, d) or "" for d in dagen] == verwacht == [
        "", "brp_inschrijving", "brp_inschrijving", "kennisgeving", "kennisgeving"]
    assert waarde_op_dag(parameter, None) is None


def test_since_when_the_text_of_a_day_applies():
    """`begin_op_dag`: the first day of the value in force, on both sides of a change and before the first."""
    parameter = basissysteem().parameters.termijnen.pip_termijn_aanvang
    dagen = ["2021-12-31", "2022-01-01", "2022-12-31", "2023-01-01", "2030-06-30", None]
    assert [begin_op_dag(parameter, d) for d in dagen] == [
        None, "2022-01-01", "2022-01-01", "2023-01-01", "2023-01-01", None]


def test_an_event_before_the_rule_takes_the_rule_as_it_entered_into_force():
    """`vanaf_eerste`: a day before the first value takes the first value (a registration in 2021 for a duty
    that arises in 2022, I9); without it `onbekend`; an unknown day is `onbekend` either way."""
    parameter = basissysteem().parameters.termijnen.pip_weken
    dagen = numpy.array(["2019-08-26", "2021-12-31", "2022-01-01", "NaT"], dtype="datetime64[D]")
    assert waarde_op(parameter, dagen, onbekend=0).tolist() == [0, 0, 10, 0]
    assert waarde_op(parameter, dagen, onbekend=0, vanaf_eerste=True).tolist() == [10, 10, 10, 0]
    assert waarde_op_dag(parameter, "2021-12-31") is None
    assert waarde_op_dag(parameter, "2021-12-31", vanaf_eerste=True) == 10
    assert waarde_op_dag(parameter, None, vanaf_eerste=True) is None


def _bladeren(knoop):
    for kind in knoop.children.values():
        yield from ([kind] if hasattr(kind, "values_list") else _bladeren(kind))


BLADEREN = [p for p in _bladeren(basissysteem().parameters) if all(
    isinstance(w.value, (int, float, str, type(None))) for w in p.values_list)]
BEEINDIGD = Parameter("beeindigd", {"values": {"2022-01-01": 3, "2023-07-01": 5, "2024-01-01": None}})


@pytest.mark.parametrize("parameter", [*BLADEREN, BEEINDIGD], ids=lambda p: p.name)
@settings(max_examples=15, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 1, 1)).map(str)), max_size=20),
       st.booleans())
def test_the_vectorised_lookup_is_the_lookup_of_each_day(parameter, dagen, vanaf_eerste):
    """`waarde_op` (counting the start days on or before each day) gives, for every day, the value of the
    period that day falls in, as `waarde_op_dag` finds it: also before the first value, after a value that
    ends the parameter (None) and for an unknown day (NaT), with and without `vanaf_eerste`. The start days
    themselves and the days before them are drawn too."""
    randen = [str(numpy.datetime64(w.instant_str, "D") + verschil)
              for w in parameter.values_list for verschil in (-1, 0)]
    dagen = dagen + randen
    gevonden = waarde_op(parameter, numpy.array(dagen, dtype="datetime64[D]"), onbekend="?",
                         vanaf_eerste=vanaf_eerste)
    verwacht = [waarde_op_dag(parameter, d, vanaf_eerste) for d in dagen]
    assert gevonden.tolist() == [str(w) if w is not None else "?" for w in verwacht]
