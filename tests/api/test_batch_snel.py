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


def test_the_collector_stays_paused_until_the_last_pause_ends():
    """Two batches in two threads each pause the collector (`service.zonder_gc`): the first to end does not turn it
    on while the other still runs, and the last one does (the unlocked version did the first; a review also found it
    could leave the collector off for good when one request read "off" while another's pause ended)."""
    import gc

    from inburgering_rules.api.service import zonder_gc

    assert gc.isenabled()
    eerste, tweede = zonder_gc(), zonder_gc()
    eerste.__enter__()
    tweede.__enter__()
    eerste.__exit__(None, None, None)
    assert not gc.isenabled()
    tweede.__exit__(None, None, None)
    assert gc.isenabled()
    gc.disable()  # a collector that was off before the first pause stays off
    try:
        with zonder_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_on_after_pauses_racing_in_threads():
    """The review's race: threads pausing and resuming in a tight loop, switching as often as Python allows."""
    import gc
    import sys
    import threading

    from inburgering_rules.api.service import zonder_gc

    def draai():
        for _ in range(3000):
            with zonder_gc():
                pass

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(5):
            draaiers = [threading.Thread(target=draai) for _ in range(2)]
            for draaier in draaiers:
                draaier.start()
            for draaier in draaiers:
                draaier.join()
            assert gc.isenabled()
    finally:
        sys.setswitchinterval(interval)


def test_pauses_that_overlap_without_a_gap_still_collect_now_and_then(monkeypatch):
    """While heavy requests overlap the collector stays paused; one that ends while another goes on collects once the
    pause has lasted `_ZonderGc.LANG` seconds, so cyclic garbage of other requests cannot pile up without end."""
    import gc

    from inburgering_rules.api import service

    verzameld = []
    monkeypatch.setattr(gc, "collect", lambda *args: verzameld.append(args) or 0)
    eerste, tweede = service.zonder_gc(), service.zonder_gc()
    eerste.__enter__()
    tweede.__enter__()
    eerste.__exit__(None, None, None)
    assert verzameld == []  # a pause shorter than LANG
    eerste.__enter__()
    monkeypatch.setattr(service._ZonderGc, "LANG", 0.0)
    eerste.__exit__(None, None, None)
    assert verzameld == [()] and not gc.isenabled()
    tweede.__exit__(None, None, None)
    assert verzameld == [()] and gc.isenabled()
