"""Bi 5.3 lid 5 (I41): what counts for meeting the duty, as one vectorised rule (`meetellen`), at its boundaries."""

import numpy

from inburgering_rules import simulatie
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.meetellen import MEETELLEND, na_pip, opnieuw_nodig, telt_op


def _dagen(*dagen):
    return numpy.array(dagen, dtype="datetime64[D]")


def test_a_completion_counts_from_the_day_of_the_pip():
    afgerond = _dagen("2024-02-28", "2024-02-29", "2024-03-01", "2024-02-29", "NaT", "0001-01-01")
    pip = _dagen("2024-02-29", "2024-02-29", "2024-02-29", "NaT", "2024-02-29", "2024-02-29")
    assert na_pip(afgerond, pip).astype(str).tolist() == ["NaT", "2024-02-29", "2024-03-01", "NaT", "NaT", "NaT"]


def test_one_day_as_the_vectorised_rule():
    """`telt_op` (the explanations, DUO's exams) is `na_pip` for one day: the day before the PIP does not count, the
    PIP's day and later do, without a PIP nothing does."""
    gevallen = [("2024-02-28", "2024-02-29", False), ("2024-02-29", "2024-02-29", True),
                ("2024-03-01", "2024-02-29", True), ("2024-02-29", None, False)]
    for afgerond, pip, telt in gevallen:
        assert telt_op(afgerond, pip) is telt, (afgerond, pip)
        assert telt == (str(na_pip(_dagen(afgerond), _dagen(pip or "NaT"))[0]) != "NaT")


def test_to_be_done_again_takes_a_missing_pip_as_adopted_on_the_given_day():
    afgerond = _dagen("2024-04-30", "2024-05-01", "2024-04-30", "NaT", "2024-01-09")
    pip = _dagen("NaT", "NaT", "2024-04-30", "NaT", "2024-01-10")
    assert opnieuw_nodig(afgerond, pip, "2024-05-01").tolist() == [True, False, False, False, True]


def test_a_completion_after_the_peildatum_has_yet_to_happen():
    """I30: on the peildatum a completion dated later has not happened; the duty waits for it (was: the day the
    duty was met was 'niet van toepassing' while `volgende_acties` asked to meet it)."""
    afgerond = _dagen("2024-05-01", "2024-05-02")
    pip = _dagen("2024-01-10", "2024-01-10")
    assert opnieuw_nodig(afgerond, pip, "2024-05-01").tolist() == [False, True]


def test_the_evaluation_marks_what_must_be_done_again_and_lets_the_duty_wait():
    systeem = basissysteem()
    persoon = {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2023-09-01", "pip_datum": "2024-01-10", "leerroute": "b1_route",
               "map_afgerond_datum": "2024-03-01", "leerroute_behaald_datum": "2024-04-01"}
    kolommen = {n: [w, w] for n, w in persoon.items()}
    kolommen["pvt_afgerond_datum"] = ["2024-01-09", "2024-01-10"]
    for kegels in (False, True):
        uit = simulatie.beoordeel(systeem, "2024-05-01", kolommen, 2, gebeurtenissen=True, kegels=kegels)
        assert set(uit.opnieuw) == {"pvt_afgerond_datum", "map_afgerond_datum", "leerroute_behaald_datum"}
        assert uit.opnieuw["pvt_afgerond_datum"].tolist() == [True, False]
        assert uit.waarden["inburgeringsplicht_voldaan_datum"].astype(str).tolist() == ["NaT", "2024-04-01"]
        assert uit.nog_niet["inburgeringsplicht_voldaan_datum"].tolist() == [True, False]
    assert set(MEETELLEND.values()) <= set(systeem.variables)
