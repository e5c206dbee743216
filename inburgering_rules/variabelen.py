"""Gedeelde bouwstenen voor de variabelen van alle onderwerpen (`from ... import *` is
bewust vermeden: elke variabelenmodule importeert wat ze gebruikt)."""

from __future__ import annotations

from datetime import date

from openfisca_core.periods import DAY, ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.datums import NIET_GEGEVEN
from inburgering_rules.entities import Persoon

__all__ = ["DAY", "ETERNITY", "Besluit", "Datumfeit", "Feit", "Persoon", "Tekstfeit", "date"]


_GEERFD = ("entity", "definition_period", "value_type", "default_value")


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


class Tekstfeit(Feit):
    """Tekst als invoer. Weigert alles wat geen tekst is (YAML leest `NO` als false)."""

    value_type = str

    def check_set_value(self, value):
        if not isinstance(value, str):
            raise ValueError(
                f"'{self.name}' moet tekst zijn, niet {type(value).__name__} ({value!r}); zet de waarde "
                f"tussen aanhalingstekens. / '{self.name}' must be a string, not "
                f"{type(value).__name__} ({value!r}); quote it (YAML reads NO as false)."
            )
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
