"""Beoordelen van een hele populatie in één gevectoriseerde simulatie.

Dit is de gedeelde kern van de beslis-API (`api/`), de wat-als-analyses (`cli.py`) en de
benchmarks: invoer als kolommen (een array per invoervariabele), nooit één simulatie per
persoon en nooit de JSON-bouwer van OpenFisca (die kwadratisch is).

Ontbrekende invoer (`publiek.NODIGE_FEITEN`, `publiek.OORDELEN`) wordt niet stil ingevuld:
de besluiten van de betrokken personen worden opnieuw berekend met elke proefwaarde uit
`publiek.PROEFWAARDEN`; een besluit dat dan verschilt is *onbepaald* (in de API `null`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules import publiek
from inburgering_rules.datums import NIET_GEGEVEN

ONZEKER = tuple(publiek.NODIGE_FEITEN) + tuple(publiek.OORDELEN)


@dataclass
class Beoordeling:
    """Uitkomst voor N personen: per besluit een array, en wat onbepaald bleef."""

    peildatum: str
    waarden: dict[str, numpy.ndarray]
    onbepaald: dict[str, numpy.ndarray]
    ontbreekt: dict[str, numpy.ndarray] = field(default_factory=dict)
    afhankelijkheden: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def ontbrekende_invoer(self, persoon: int, besluit: str) -> list[str]:
        """De ontbrekende invoer waarvan dit besluit voor deze persoon afhangt."""
        return [naam for naam in sorted(self.afhankelijkheden.get(besluit, ()))
                if naam in self.ontbreekt and self.ontbreekt[naam][persoon]]


def _invoerwaarden(variabele, waarden: Sequence) -> numpy.ndarray:
    """Zet een kolom om naar het dtype van de variabele; `None` wordt de standaardwaarde."""
    standaard = variabele.default_value
    if variabele.value_type.__name__ == "Enum":
        namen = numpy.array([standaard.name if w is None else w for w in waarden], dtype=object)
        return variabele.possible_values.encode(namen)
    if variabele.dtype == "datetime64[D]":
        return numpy.array([NIET_GEGEVEN if w is None else w for w in waarden], dtype="datetime64[D]")
    return numpy.array([standaard if w is None else w for w in waarden], dtype=variabele.dtype)


def _als_uitvoer(naam: str, waarden) -> numpy.ndarray:
    if isinstance(waarden, EnumArray):
        return waarden.decode_to_str()
    if naam in publiek.GELD:
        return numpy.round(waarden.astype(numpy.float64), 2)
    return waarden


def bereken(systeem, peildatum: str, kolommen: Mapping[str, Sequence], aantal: int,
            besluiten: Iterable[str] = publiek.BESLUITEN) -> dict[str, numpy.ndarray]:
    """Bereken besluiten voor `aantal` personen uit invoerkolommen (`None` = niet gegeven)."""
    simulatie = SimulationBuilder().build_default_simulation(systeem, aantal)
    for naam, waarden in kolommen.items():
        variabele = systeem.get_variable(naam, check_existence=True)
        simulatie.set_input(naam, "ETERNITY", _invoerwaarden(variabele, waarden))
    return {naam: _als_uitvoer(naam, simulatie.calculate(naam, peildatum)) for naam in besluiten}


def _ontbreekt(kolommen: Mapping[str, Sequence], aantal: int) -> dict[str, numpy.ndarray]:
    uit = {}
    for naam in ONZEKER:
        waarden = kolommen.get(naam)
        leeg = publiek.ONBEKEND_ALS.get(naam)
        uit[naam] = (numpy.ones(aantal, dtype=bool) if waarden is None
                     else numpy.array([w is None or w == leeg for w in waarden], dtype=bool))
    return uit


def _proefwaarde(naam: str, ronde: int, peildatum: str):
    waarden = publiek.PROEFWAARDEN[naam]
    waarde = waarden[min(ronde, len(waarden) - 1)]
    if isinstance(waarde, str) and waarde.startswith("peildatum"):
        jaren = int(waarde.removeprefix("peildatum") or 0)
        return f"{int(peildatum[:4]) + jaren:04d}{peildatum[4:]}".replace("-02-29", "-02-28")
    return waarde


def beoordeel(systeem, peildatum: str, kolommen: Mapping[str, Sequence], aantal: int,
              besluiten: Sequence[str] = publiek.BESLUITEN) -> Beoordeling:
    """Bereken besluiten en markeer wat van ontbrekende feiten of oordelen afhangt."""
    waarden = bereken(systeem, peildatum, kolommen, aantal, besluiten)
    ontbreekt = _ontbreekt(kolommen, aantal)
    onbepaald = {naam: numpy.zeros(aantal, dtype=bool) for naam in besluiten}
    rijen = numpy.flatnonzero(numpy.logical_or.reduce(list(ontbreekt.values())))
    if rijen.size:
        _markeer_onbepaald(systeem, peildatum, kolommen, ontbreekt, rijen, besluiten, onbepaald)
    return Beoordeling(peildatum, waarden, onbepaald, ontbreekt, afhankelijkheden(systeem))


def _markeer_onbepaald(systeem, peildatum, kolommen, ontbreekt, rijen, besluiten, onbepaald) -> None:
    rondes = max(len(v) for v in publiek.PROEFWAARDEN.values())
    uitkomsten = []
    for ronde in range(rondes):
        deel = {}
        for naam in set(kolommen) | set(ONZEKER):
            bron = kolommen.get(naam, [None] * len(ontbreekt[ONZEKER[0]]))
            kolom = [bron[i] for i in rijen]
            if naam in ontbreekt:
                proef = _proefwaarde(naam, ronde, peildatum)
                kolom = [proef if ontbreekt[naam][i] else w for i, w in zip(rijen, kolom, strict=True)]
            deel[naam] = kolom
        uitkomsten.append(bereken(systeem, peildatum, deel, len(rijen), besluiten))
    for naam in besluiten:
        eerste = uitkomsten[0][naam]
        verschil = numpy.zeros(len(rijen), dtype=bool)
        for andere in uitkomsten[1:]:
            verschil |= ~_gelijk(eerste, andere[naam])
        onbepaald[naam][rijen] = verschil


def _gelijk(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    if a.dtype.kind == "M":
        return (a == b) | (numpy.isnat(a) & numpy.isnat(b))
    return a == b


@lru_cache(maxsize=16)
def afhankelijkheden(systeem) -> dict[str, frozenset[str]]:
    """Per besluit de invoervariabelen waar het (transitief) van afhangt, via een trace."""
    simulatie = SimulationBuilder().build_default_simulation(systeem, 1)
    simulatie.trace = True
    for naam in publiek.BESLUITEN:
        simulatie.calculate(naam, "2024-01-01")
    spoor = simulatie.tracer.get_flat_trace()
    directe = {sleutel.split("<")[0]: {d.split("<")[0] for d in knoop["dependencies"]}
               for sleutel, knoop in spoor.items()}
    invoer = set(publiek.INVOER)

    def invoer_van(naam: str, gezien: set[str]) -> set[str]:
        if naam in gezien:
            return set()
        gezien.add(naam)
        gevonden = {naam} & invoer
        for afhankelijk in directe.get(naam, ()):
            gevonden |= invoer_van(afhankelijk, gezien)
        return gevonden

    return {naam: frozenset(invoer_van(naam, set())) for naam in publiek.BESLUITEN}
