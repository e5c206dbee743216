"""`fouten.json_bytes`, the one JSON writer of the answers: orjson without the option for keys that are not
strings unless a key needs it, with the same bytes as that option gives."""

from __future__ import annotations

import datetime

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from inburgering_rules.api.fouten import json_bytes

WAARDEN = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda binnen: st.lists(binnen, max_size=4) | st.dictionaries(st.text(max_size=6), binnen, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(WAARDEN)
def test_string_keys_give_the_bytes_of_the_option_for_other_keys(waarde):
    assert json_bytes(waarde) == orjson.dumps(waarde, option=orjson.OPT_NON_STR_KEYS)


def test_keys_that_are_not_strings_are_written_as_strings():
    inhoud = {"a": {1: "een", datetime.date(2024, 2, 29): True}, "b": [{2.5: None}]}
    assert json_bytes(inhoud) == b'{"a":{"1":"een","2024-02-29":true},"b":[{"2.5":null}]}'


def test_what_orjson_cannot_write_is_still_an_error():
    with pytest.raises(TypeError, match="not JSON serializable"):
        json_bytes({"x": object()})


def test_where_a_json_column_is_null_is_known_without_reading_it():
    """`leeg_in_json` (the statuses of a batch, from numpy) says exactly where `json_kolom` writes None: for every
    decision of a varied population, undetermined ones included."""
    import numpy

    from inburgering_rules import simulatie
    from inburgering_rules.api.service import Dienst, json_kolom, leeg_in_json
    from inburgering_rules.voorbeelden import STATUSHOUDER

    dienst = Dienst()
    stelsel = dienst.basis
    personen = [STATUSHOUDER, {**STATUSHOUDER, "pip_datum": None}, {"nationaliteit": "PL"}, {}]
    kolommen = {naam: [p.get(naam) for p in personen] for naam in set().union(*personen)}
    uit = simulatie.beoordeel(stelsel.systeem, "2024-05-01", kolommen, len(personen), stelsel.berekend)
    leeg_gezien = 0
    for naam in stelsel.berekend:
        waarden = uit.waarden[naam]
        verwacht = [w is None for w in json_kolom(stelsel.soort[naam], waarden)]
        assert leeg_in_json(stelsel.soort[naam], waarden).tolist() == verwacht, naam
        leeg_gezien += sum(verwacht)
    assert leeg_gezien  # the population has dates without a day
    assert not leeg_in_json("datum", numpy.array(["2024-02-29"], dtype="datetime64[D]")).any()
