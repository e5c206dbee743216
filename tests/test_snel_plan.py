"""Issue 14, per-request overhead: the shortcuts of the fast core and its date and parameter helpers give exactly
what the general path gives (the whole answers: tests/api/test_antwoorden_vast.py and tests/test_snel.py)."""

import copy
from datetime import date

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core import periods
from openfisca_core.indexed_enums import EnumArray

from inburgering_rules import datums, geldend_recht
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.snel import GeplandePopulatie, Stap

SYSTEEM = basissysteem()
DAG = periods.period("2024-05-01")


def _formule(uitkomst, met_parameters: bool = False):
    if met_parameters:
        return lambda persoon, period, parameters: uitkomst
    return lambda persoon, period: uitkomst


@pytest.mark.parametrize("naam", ["inburgeringsplichtig", "doelgroep", "pip_uiterste_datum", "boete_art_23_bedrag",
                                  "z_route_cursusuren_vereist"])
@pytest.mark.parametrize("met_parameters", [False, True])
@pytest.mark.parametrize("soort", ["zelfde", "ander_dtype", "lijst", "getal"])
def test_a_step_stores_what_the_general_path_stores(naam, met_parameters, soort):
    """A step (`_voer_uit`, recording and plan alike) keeps a result of the variable's own dtype as it is and
    converts anything else as `_als_type` does (a Python value, a list, another dtype; an enum always becomes an
    `EnumArray`)."""
    variabele = SYSTEEM.variables[naam]
    standaard = numpy.asarray(variabele.default_array(3))
    uitkomst = {"zelfde": standaard, "ander_dtype": standaard.astype(numpy.int64) if standaard.dtype.kind in "biu"
                else standaard.astype(object), "lijst": standaard.tolist(), "getal": standaard[0].item()}[soort]
    formule = _formule(uitkomst, met_parameters)
    stap = Stap.van(variabele, formule)
    assert stap.met_parameters is met_parameters and (stap.dtype is None) is (variabele.value_type.__name__ == "Enum")
    persoon = GeplandePopulatie(SYSTEEM, {}, 3)
    try:
        verwacht = GeplandePopulatie(SYSTEEM, {}, 3)._als_type(variabele, uitkomst)
    except TypeError:  # one value for an enum: neither path encodes it
        with pytest.raises(TypeError):
            persoon.volg([stap], DAG)
        return
    persoon.volg([stap], DAG)
    gekregen = persoon(naam, DAG)
    assert type(gekregen) is type(verwacht) and gekregen.dtype == verwacht.dtype
    assert numpy.array_equal(numpy.asarray(gekregen), numpy.asarray(verwacht))
    assert isinstance(gekregen, EnumArray) is (stap.dtype is None)


def test_a_step_without_formula_is_the_default():
    variabele = SYSTEEM.variables["pip_datum"]
    persoon = GeplandePopulatie(SYSTEEM, {}, 2)
    persoon.volg([Stap.van(variabele, None)], DAG)
    assert numpy.array_equal(persoon("pip_datum", DAG), variabele.default_array(2))


def _getalparameters(knoop):
    for kind in knoop.children.values():
        if hasattr(kind, "children"):
            yield from _getalparameters(kind)
        elif hasattr(kind, "values_list") and all(
                isinstance(p.value, int | float) and not isinstance(p.value, bool) for p in kind.values_list):
            yield kind


DAGEN = st.lists(st.one_of(st.just("NaT"), st.dates(date(1990, 1, 1), date(2040, 12, 31)).map(str)),
                 min_size=65, max_size=200)


@settings(max_examples=40, deadline=None)
@given(DAGEN, st.sampled_from(["nan", "0"]), st.booleans())
def test_waarde_op_for_a_few_days_is_that_of_many(dagen, onbekend, vanaf_eerste):
    """`waarde_op` looks up at most `_WEINIG` days with `searchsorted`, more with a comparison per period: the same
    values for every number parameter, every day (before the first value, NaT) and either `vanaf_eerste`."""
    dagen = numpy.array(dagen, dtype="datetime64[D]")
    assert len(dagen) > geldend_recht._WEINIG
    for parameter in _getalparameters(SYSTEEM.parameters):
        begins = numpy.array([w.instant_str for w in parameter.values_list], dtype="datetime64[D]")
        dagen = numpy.concatenate([dagen[:200], begins, begins - 1])  # also each first day and the day before
        veel = geldend_recht.waarde_op(parameter, dagen, float(onbekend), vanaf_eerste)
        weinig = numpy.concatenate([geldend_recht.waarde_op(parameter, dagen[i:i + 16], float(onbekend), vanaf_eerste)
                                    for i in range(0, len(dagen), 16)])
        assert numpy.array_equal(veel, weinig, equal_nan=True), parameter.name
        assert numpy.array_equal(geldend_recht.aantal_op(parameter, dagen[:7]), geldend_recht.aantal_op(
            parameter, dagen)[:7])


@pytest.mark.parametrize("aantal", [0, 36, -5, 2**63 - 1, 2**63, -2**63 - 1])
@pytest.mark.parametrize("vorm", [(0,), (3,), (2, 2)])
def test_enig_aantal_of_a_python_int_is_that_of_its_array(aantal, vorm):
    dagen = numpy.full(vorm, numpy.datetime64("2024-01-31"))
    try:
        verwacht = datums.enig_aantal(dagen, numpy.asarray(aantal))
    except OverflowError:
        with pytest.raises(OverflowError):
            datums.enig_aantal(dagen, aantal)
        return
    assert datums.enig_aantal(dagen, aantal) == verwacht


def test_the_day_of_a_period_is_kept_per_period():
    for tekst in ("2024-05-01", "2024-02-29", "2027-03-15", "2021-12-31"):
        periode = periods.period(tekst)
        assert datums.dag(periode) == numpy.datetime64(tekst, "D")
        assert datums.dag(periods.period(tekst)) is datums.dag(periode)


def test_a_parameter_list_changed_in_place_is_derived_again():
    """`bij_parameter` keeps what it derived with a copy of the list: an element replaced or added (a reform's
    `update` changes `values_list`) derives again; the same objects do not."""
    parameter = SYSTEEM.clone().parameters.termijnen.pip_weken
    afgeleid = []

    def tel(waarden):
        afgeleid.append(len(waarden))
        return len(afgeleid)

    assert datums.bij_parameter(parameter, "_test", tel) == 1
    assert datums.bij_parameter(parameter, "_test", tel) == 1
    parameter.values_list.append(parameter.values_list[-1])
    assert datums.bij_parameter(parameter, "_test", tel) == 2
    parameter.values_list[0] = copy.copy(parameter.values_list[0])  # equal, but another object
    assert datums.bij_parameter(parameter, "_test", tel) == 3
    assert datums.bij_parameter(parameter, "_test", tel) == 3
