"""The scan for ISO days in the Dutch explanations (`uitleg._dagen_voluit`, one regex that checks the year looking back)
writes out exactly the days the word-by-word definition does; the PIP's days are derived once per evaluation; what
the explanations keep across persons (the given inputs a decision reads) is per set of given names."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from inburgering_rules.api import uitleg

from inburgering_rules.notatie import datum_voluit


def _definitie(tekst: str) -> str:
    """Each JJJJ-MM-DD (four ASCII digits, two digits, two digits) with no letter, digit or "_" on either side,
    from left to right, written out; not one in a link (after "=" or "/", as in `&g=2022-05-01`)."""
    delen, vanaf = [], 0
    for gevonden in re.finditer(r"-\d\d-\d\d", tekst):
        begin, einde = gevonden.start() - 4, gevonden.end()
        jaar = tekst[max(begin, 0):gevonden.start()]
        if (begin < vanaf or not (jaar.isascii() and jaar.isdigit())
                or (begin and (_in_woord(tekst[begin - 1]) or tekst[begin - 1] in "=/"))
                or (einde < len(tekst) and _in_woord(tekst[einde]))):
            continue
        delen += [tekst[vanaf:begin], datum_voluit(tekst[begin:einde])]
        vanaf = einde
    return "".join([*delen, tekst[vanaf:]])


def _in_woord(teken: str) -> bool:
    return teken.isalnum() or teken == "_"


def _uitkomst(functie, tekst: str):
    try:
        return functie(tekst)
    except (IndexError, ValueError) as fout:  # a month 13 is no day: both fail alike
        return type(fout)


TEKENS = st.sampled_from(list("0123456789--__ .,()xé٣²=/") + ["2024-01-31", "1999-12-3", "-02-29", "&g="])


@settings(max_examples=3000, deadline=None)
@given(st.lists(TEKENS, max_size=30).map("".join))
def test_the_days_written_out_are_those_of_the_definition(tekst):
    assert _uitkomst(uitleg._dagen_voluit, tekst) == _uitkomst(_definitie, tekst)


def test_a_text_from_the_answers():
    tekst = ("10 weken na de inschrijving in de BRP op 2023-10-02 (Bi 5.3 lid 1). Tekst vanaf 2023-01-01;"
             " niet in x2023-01-01 of 2023-01-01_ of 12023-01-01 of &g=2023-01-01 of /2023-01-01, wel (2024-02-29).")
    assert uitleg._dagen_voluit(tekst) == _definitie(tekst)
    assert "2 oktober 2023" in uitleg._dagen_voluit(tekst) and "(29 februari 2024)" in uitleg._dagen_voluit(tekst)
    assert "&g=2023-01-01 of /2023-01-01," in uitleg._dagen_voluit(tekst)


class _Bron:
    def __init__(self) -> None:
        self.gemaakt, self.onthouden = 0, {}

    def eenmalig(self, naam, maak, *args, dag=None):
        assert dag is not None  # a person's days: kept per evaluation only
        if naam not in self.onthouden:
            self.gemaakt += 1
            self.onthouden[naam] = maak(*args)
        return self.onthouden[naam]


def test_the_pip_days_are_derived_once_per_set_of_days():
    """The registration as the obligated person and the move once per set of days; the day whose text applies is the
    rule's own (`pip_termijn_tekstdag`, I9), read from the computed values, not derived a second time."""
    bron = _Bron()
    een = {"brp_inschrijving_datum": "2023-10-02", "verblijf_verkregen_datum": "2023-11-01",
           "kennisgeving_inburgeringsplicht_datum": "2023-10-16"}
    ander = {**een, "brp_inschrijving_datum": "2023-12-01"}
    berekend = {"pip_termijn_tekstdag": "2023-11-01"}
    assert uitleg._pip_dagen(berekend, een, bron) == ("2023-11-01", None, "2023-11-01")
    assert uitleg._pip_dagen(berekend, dict(een), bron) == ("2023-11-01", None, "2023-11-01")
    # a text day no derivation from these facts gives: read as computed, not worked out again
    assert uitleg._pip_dagen({"pip_termijn_tekstdag": "2022-12-31"}, dict(een), bron) == ("2023-11-01", None,
                                                                                          "2022-12-31")
    assert bron.gemaakt == 1
    assert uitleg._pip_dagen({"pip_termijn_tekstdag": "2023-12-01"}, ander, bron) == ("2023-12-01", None, "2023-12-01")
    assert bron.gemaakt == 2


def test_based_on_names_each_persons_own_given_inputs_when_the_names_are_shared():
    """`Bron._gegeven_voor` keeps, per set of given names, which of them a decision reads, in the system's shared
    lookups: two persons who gave different inputs each get their own "Gebaseerd op", the same set the same one."""
    gedeeld: dict = {}

    def bron(invoer: dict) -> uitleg.Bron:
        return uitleg.Bron({}, {}, {}, invoer, {"x": ("a", "b", "c")}, parameters=None, peildatum="2024-05-01",
                           gedeeld=gedeeld)

    assert bron({"a": 1, "c": 2}).gebaseerd_op("x") == (" Gebaseerd op: a = 1, c = 2.", " Based on: a = 1, c = 2.")
    assert bron({"b": 3}).gebaseerd_op("x") == (" Gebaseerd op: b = 3.", " Based on: b = 3.")
    assert bron({"c": 5, "a": 4}).gebaseerd_op("x")[0] == " Gebaseerd op: a = 4, c = 5."
    assert bron({"d": 6}).gebaseerd_op("x") == ("", "")
