"""inburgering_rules: de Wet inburgering 2021 als OpenFisca-landpakket.

`CountryTaxBenefitSystem` is het stelsel dat `openfisca test`, `openfisca serve` en de
eigen API (`api/`) laden. In de repository staan `parameters/` en `variables/` naast dit
pakket; in een gebouwd wiel staan ze erin (zie `setup.py`).
"""

from __future__ import annotations

from pathlib import Path

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from inburgering_rules import entities

__all__ = ["CountryTaxBenefitSystem", "bronmap"]

_PAKKETMAP = Path(__file__).resolve().parent


def bronmap(naam: str) -> Path:
    """De map `naam` (variables, parameters) in het wiel of, in de repository, ernaast."""
    in_pakket = _PAKKETMAP / naam
    return in_pakket if in_pakket.is_dir() else _PAKKETMAP.parent / naam


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """Wet inburgering 2021, Besluit inburgering 2021 en Participatiewet art. 56a."""

    def __init__(self) -> None:
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(bronmap("variables")))
        self.load_parameters(str(bronmap("parameters")))
