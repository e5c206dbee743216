"""The Algemene termijnenwet calendar: holidays computed, not listed."""

import numpy
import pytest

from inburgering_rules.kalender import eerste_paasdag, is_feestdag, verleng_tot_werkdag


def d(tekst):
    return numpy.datetime64(tekst, "D")


@pytest.mark.parametrize(("jaar", "pasen"), [(2022, "2022-04-17"), (2023, "2023-04-09"), (2024, "2024-03-31"),
                                             (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25"),
                                             (2008, "2008-03-23")])
def test_eerste_paasdag(jaar, pasen):
    assert eerste_paasdag(jaar) == d(pasen)


@pytest.mark.parametrize(
    "dag",
    ["2024-01-01", "2024-04-01", "2024-05-09", "2024-05-20", "2024-04-27", "2024-05-05", "2024-12-25", "2024-12-26",
     "2025-04-26",  # 27 April 2025 is a Sunday: King's Day moves to Saturday 26 April
     "2026-05-14", "2026-05-25"],
)
def test_feestdagen(dag):
    assert is_feestdag(d(dag))


@pytest.mark.parametrize("dag", ["2024-03-29", "2025-04-27", "2024-04-26", "2024-12-24", "2024-05-06", "2024-12-31"])
def test_geen_feestdag(dag):
    """Good Friday, a King's Day moved away, Christmas Eve and New Year's Eve are not Atw holidays."""
    assert not is_feestdag(d(dag))


@pytest.mark.parametrize(
    ("einde", "verlengd"),
    [
        ("2024-04-23", "2024-04-23"),  # Tuesday: stays
        ("2024-04-27", "2024-04-29"),  # King's Day on a Saturday -> Monday
        ("2024-05-04", "2024-05-06"),  # Saturday 4 May, Sunday 5 May -> Monday 6 May
        ("2024-05-09", "2024-05-10"),  # Ascension Thursday -> Friday
        ("2024-03-30", "2024-04-02"),  # Saturday before Easter -> Tuesday after Easter Monday
        ("2021-12-25", "2021-12-27"),  # Christmas on Saturday -> Monday 27th (26th is Sunday and a holiday)
        ("2022-12-24", "2022-12-27"),  # Saturday, Christmas Sunday, Boxing Day Monday -> Tuesday
        ("2022-12-31", "2023-01-02"),  # year end on a Saturday, New Year on Sunday -> Monday
    ],
)
def test_verleng_tot_werkdag(einde, verlengd):
    assert verleng_tot_werkdag(d(einde))[0] == d(verlengd)


def test_onbekend_blijft_onbekend():
    assert numpy.isnat(verleng_tot_werkdag(numpy.array(["NaT"], dtype="datetime64[D]"))[0])
