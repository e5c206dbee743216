"""The bounds of a batch (`Stelsel.binnen_maxima`) are checked only for inputs a person gives."""

from __future__ import annotations

import pytest
from gevallen import PEILDATUM
from inburgering_rules.api import fouten
from inburgering_rules.api.service import Dienst

DIENST = Dienst()


def test_the_bounds_are_checked_only_where_given(monkeypatch):
    """`Stelsel.binnen_maxima` skips an input no person gives, and still names every value above its bound."""
    personen = [{}, {"boete_art_24_nieuwe_termijn_maanden": 999, "boete_art_24_bekendmaking_datum": PEILDATUM}, {}]
    gevraagd = []
    boven_grens = type(DIENST.basis).boven_grens
    monkeypatch.setattr(type(DIENST.basis), "boven_grens",
                        lambda stelsel, naam, *rest: gevraagd.append(naam) or boven_grens(stelsel, naam, *rest))
    DIENST.basis.binnen_maxima([{}, {}], "/personen/{}")
    assert gevraagd == []
    with pytest.raises(fouten.Probleem) as probleem:
        DIENST.basis.binnen_maxima(personen, "/personen/{}")
    assert [f.pad for f in probleem.value.fouten] == ["/personen/1/boete_art_24_nieuwe_termijn_maanden"]
    assert gevraagd == ["boete_art_24_nieuwe_termijn_maanden"]
