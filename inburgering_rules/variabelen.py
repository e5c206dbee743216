"""Gedeelde bouwstenen voor de variabelen van alle onderwerpen (`from ... import *` is
bewust vermeden: elke variabelenmodule importeert wat ze gebruikt)."""

from __future__ import annotations

from datetime import date

import numpy

from openfisca_core.periods import DAY, ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.datums import NIET_GEGEVEN
from inburgering_rules.entities import Persoon

__all__ = ["DAY", "ETERNITY", "Besluit", "Datumfeit", "Feit", "Persoon", "Tekstfeit", "date"]


_GEERFD = ("entity", "definition_period", "value_type", "default_value", "set_input")


class _Basis(Variable):
    """OpenFisca leest attributen uit de eigen `__dict__` van een klasse; deze basis kopieert
    de geërfde standaardattributen daarom naar elke subklasse."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for naam in _GEERFD:
            if naam in cls.__dict__:
                continue
            for basis in cls.__mro__[1:]:
                if naam in basis.__dict__:
                    setattr(cls, naam, basis.__dict__[naam])
                    break


class Feit(_Basis):
    """Invoer: een vaststaand feit of een al genomen beslissing (ETERNITY, geen formule)."""

    entity = Persoon
    definition_period = ETERNITY


class Datumfeit(Feit):
    """Een datum als invoer; niet gegeven = `NIET_GEGEVEN` (wordt `NaT` in formules)."""

    value_type = date
    default_value = NIET_GEGEVEN


def _geen_tekst_fout(naam: str, waarde) -> ValueError:
    return ValueError(
        f"'{naam}' moet tekst zijn, niet {type(waarde).__name__} ({waarde!r}); zet de waarde tussen "
        f"aanhalingstekens. / '{naam}' must be a string, not {type(waarde).__name__} ({waarde!r}); "
        "quote it (YAML reads NO as false)."
    )


def _alleen_tekst(holder, period, array):
    """`set_input` van tekstinvoer: weigert niet-tekst ook langs de weg van `Simulation.set_input`
    (de YAML-runner met alleen variabelen), niet alleen via `check_set_value`."""
    waarden = numpy.asarray(array, dtype=object)
    for waarde in waarden.ravel():
        if not isinstance(waarde, str):
            raise _geen_tekst_fout(holder.variable.name, waarde)
    return holder._set(period, waarden)


class Tekstfeit(Feit):
    """Tekst als invoer. Weigert alles wat geen tekst is (YAML leest `NO` als false)."""

    value_type = str
    set_input = _alleen_tekst

    def check_set_value(self, value):
        if not isinstance(value, str):
            raise _geen_tekst_fout(self.name, value)
        return super().check_set_value(value)


class Besluit(_Basis):
    """Een besluit op een peildatum (DAY). Formules gelden vanaf de inwerkingtreding (2022-01-01);
    daarvoor geeft OpenFisca de standaardwaarde, voor datums `NIET_GEGEVEN`."""

    entity = Persoon
    definition_period = DAY

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("value_type") is date and "default_value" not in cls.__dict__:
            cls.default_value = NIET_GEGEVEN
