"""`Modellen.gegeven`, the quick way a batch reads its persons, is pydantic's answer or no answer at all.

For any person it gives exactly what `model_validate(...).model_dump(exclude_none=True)` gives (the same values
in the same order), or None, and then the batch lets pydantic validate the person and name the errors. It is
None only when pydantic refuses the person too, so valid persons never take the slow way.
"""

from __future__ import annotations

import pytest
from gevallen import PEILDATUM, PERSONEN
from hypothesis import given, settings
from hypothesis import strategies as st
from inburgering_rules.api.service import Dienst
from pydantic import ValidationError

DIENST = Dienst()
MODELLEN = DIENST.modellen
NAMEN = ("id", *MODELLEN.invoer)
# Right and wrong values for every kind of input: dates (real, impossible, other forms), enum names, booleans,
# integers and amounts (in and out of range, with too many decimals), country codes, texts and other types.
WAARDEN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=300),
    st.sampled_from([0.5, 37.5, 125.0, 12.345, -1.0, 1e12, float("nan"), 2400.01]),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["2023-02-29", "2024-13-01", "24-01-01", "2024-1-1", "1899-12-31", "", "SY", "NL", "XK",
                     "sy", "ZZ", "p1", "id met spatie", "x" * 70]),
    st.sampled_from([lid for (_, lid) in DIENST.basis.leden]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
PERSOON = st.dictionaries(st.sampled_from(NAMEN), WAARDEN, max_size=12)


def _pydantic(persoon):
    try:
        return MODELLEN.persoon.model_validate(persoon).model_dump(exclude_none=True)
    except ValidationError:
        return None


@settings(max_examples=600, deadline=None)
@given(PERSOON)
def test_gegeven_is_pydantics_answer_or_none(persoon):
    verwacht, snel = _pydantic(persoon), MODELLEN.gegeven(persoon)
    assert snel == verwacht
    if snel is not None:
        assert list(snel) == list(verwacht)  # the same order: the receipt and the answers do not depend on it


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PERSONEN).flatmap(lambda p: st.permutations(list(p.items()))),
       st.lists(st.sampled_from(NAMEN), max_size=4))
def test_a_valid_person_in_any_order_is_read_in_the_models_order(paren, leeg):
    persoon = {**dict.fromkeys(leeg), **dict(paren)}  # given in any order, some names null
    verwacht, snel = _pydantic(persoon), MODELLEN.gegeven(persoon)
    assert verwacht is not None and snel == verwacht and list(snel) == list(verwacht)


@pytest.mark.parametrize(
    "persoon", [*PERSONEN, {}, {"onbekend": 1}, {"geboortedatum": None}, [], "persoon", None, {"id": 7}]
)
def test_gegeven_on_known_persons_and_other_things(persoon):
    snel, verwacht = MODELLEN.gegeven(persoon), _pydantic(persoon)
    assert snel == verwacht and (snel is None or list(snel) == list(verwacht))


def test_a_batch_reports_the_same_errors_as_before():
    """An invalid person goes through pydantic: its errors keep their paths, whatever came before it."""
    import orjson
    from inburgering_rules.api import fouten

    body = orjson.dumps({"peildatum": PEILDATUM, "personen": [PERSONEN[0], {"geboortedatum": "2024-02-30"}]})
    with pytest.raises(fouten.Probleem) as probleem:
        DIENST.batch(body, "nl")
    assert [f.pad for f in probleem.value.fouten] == ["/personen/1/geboortedatum"]


def test_orders_are_remembered_and_forgotten_when_there_are_too_many(monkeypatch):
    """`Modellen._volgorde` remembers each order of names it sorted; when `MAX_VOLGORDEN` are remembered it
    forgets them all and goes on: every person is still read in the model's order."""
    from inburgering_rules.api import schemas

    monkeypatch.setattr(schemas, "MAX_VOLGORDEN", 2)
    monkeypatch.setattr(MODELLEN, "_volgorden", {})
    paren = list(PERSONEN[0].items())
    for k in range(6):  # six orders: the memory fills and is emptied twice
        persoon = dict(paren[k:] + paren[:k])
        assert list(MODELLEN.gegeven(persoon)) == list(_pydantic(persoon))
        assert len(MODELLEN._volgorden) <= 2
    assert MODELLEN._volgorden  # the last order is remembered
