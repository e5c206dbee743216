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
from inburgering_rules.datums import NIET_GEGEVEN, als_datum
from inburgering_rules.snel import bereken_snel

ONZEKER = tuple(publiek.NODIGE_FEITEN) + tuple(publiek.OORDELEN)


@dataclass
class Beoordeling:
    """Uitkomst voor N personen: per besluit een array, en wat onbepaald bleef en waardoor."""

    peildatum: str
    waarden: dict[str, numpy.ndarray]
    onbepaald: dict[str, numpy.ndarray]
    oorzaken: dict[str, dict[str, numpy.ndarray]] = field(default_factory=dict)

    def ontbrekende_invoer(self, persoon: int, besluit: str) -> list[str]:
        """De ontbrekende invoer die dit besluit voor deze persoon onbepaald maakt."""
        return [naam for naam, rijen in self.oorzaken.get(besluit, {}).items() if rijen[persoon]]


def _enumindexen(variabele, namen: numpy.ndarray) -> numpy.ndarray:
    """Enum-namen als indexen (int16), via de unieke namen: snel voor 1 en voor 1.000.000 rijen."""
    uniek, terug = numpy.unique(namen.astype(str), return_inverse=True)
    leden = variabele.possible_values.__members__
    onbekend = [naam for naam in uniek if naam not in leden]
    if onbekend:
        raise ValueError(f"'{onbekend[0]}' is not a known value for '{variabele.name}'. "
                         f"Possible values are {list(leden)}.")
    return numpy.array([leden[naam].index for naam in uniek], dtype=numpy.int16)[terug.reshape(-1)]


def invoerwaarden(variabele, waarden: Sequence) -> numpy.ndarray:
    """Zet een kolom om naar het dtype van de variabele; `None` wordt de standaardwaarde."""
    kolom = numpy.array(waarden, dtype=object)
    leeg = numpy.equal(kolom, None)
    if variabele.value_type.__name__ == "Enum":
        kolom[leeg] = variabele.default_value.name
        return _enumindexen(variabele, kolom)
    if variabele.dtype == "datetime64[D]":
        kolom[leeg] = NIET_GEGEVEN
        return kolom.astype("datetime64[D]")
    kolom[leeg] = variabele.default_value
    return kolom.astype(variabele.dtype)


def als_arrays(systeem, kolommen: Mapping[str, Sequence]) -> dict[str, numpy.ndarray]:
    """Invoerkolommen (lijsten met `None` voor niet gegeven) als arrays van het juiste dtype."""
    return {naam: invoerwaarden(systeem.get_variable(naam, check_existence=True), waarden)
            for naam, waarden in kolommen.items()}


def _als_uitvoer(naam: str, waarden) -> numpy.ndarray:
    if isinstance(waarden, EnumArray):
        return waarden.decode_to_str()
    if naam in publiek.GELD:
        return numpy.round(waarden.astype(numpy.float64), 2)
    if waarden.dtype.kind == "M":
        return als_datum(waarden)
    return waarden


def bereken(systeem, peildatum: str, invoer: Mapping[str, numpy.ndarray], aantal: int,
            besluiten: Iterable[str] = publiek.BESLUITEN, snel: bool = True) -> dict[str, numpy.ndarray]:
    """Bereken besluiten voor `aantal` personen uit getypeerde invoerarrays (zie `als_arrays`).

    `snel=True` gebruikt de rekenkern van `snel.py` (dezelfde formules, zonder de overhead van een
    OpenFisca-`Simulation`); `snel=False` een echte `Simulation`, de referentie.
    """
    if snel:
        uitkomst = bereken_snel(systeem, peildatum, invoer, aantal, besluiten)
    else:
        simulatie = SimulationBuilder().build_default_simulation(systeem, aantal)
        for naam, waarden in invoer.items():
            simulatie.set_input(naam, "ETERNITY", waarden)
        uitkomst = {naam: simulatie.calculate(naam, peildatum) for naam in besluiten}
    return {naam: _als_uitvoer(naam, waarden) for naam, waarden in uitkomst.items()}


def _ontbreekt(kolommen: Mapping[str, Sequence], aantal: int) -> dict[str, numpy.ndarray]:
    uit = {}
    for naam in ONZEKER:
        waarden = kolommen.get(naam)
        leeg = publiek.ONBEKEND_ALS.get(naam)
        uit[naam] = (numpy.ones(aantal, dtype=bool) if waarden is None
                     else numpy.array([w is None or w == leeg for w in waarden], dtype=bool))
    return uit


@lru_cache(maxsize=4096)
def _proefwaarde(systeem, naam: str, index: int, peildatum: str) -> numpy.ndarray:
    waarde = publiek.PROEFWAARDEN[naam][index]
    if isinstance(waarde, str) and waarde.startswith("peildatum"):
        jaren = int(waarde.removeprefix("peildatum") or 0)
        waarde = f"{int(peildatum[:4]) + jaren:04d}{peildatum[4:]}".replace("-02-29", "-02-28")
    return invoerwaarden(systeem.get_variable(naam), [waarde])[0]


def beoordeel(systeem, peildatum: str, kolommen: Mapping[str, Sequence], aantal: int,
              besluiten: Sequence[str] = publiek.BESLUITEN) -> Beoordeling:
    """Bereken besluiten en markeer wat van ontbrekende feiten of oordelen afhangt.

    De personen en, voor wie iets ontbreekt, hun varianten met proefwaarden worden in één
    berekening meegenomen: een extra simulatie kost meer dan extra rijen.
    """
    invoer = als_arrays(systeem, kolommen)
    ontbreekt = _ontbreekt(kolommen, aantal)
    rijen = numpy.flatnonzero(numpy.logical_or.reduce(list(ontbreekt.values())))
    varianten, extra = _varianten(systeem, peildatum, invoer, ontbreekt, rijen)
    samen = {naam: numpy.concatenate([invoer.get(naam, _standaard(systeem, naam, aantal)), kolom])
             for naam, kolom in extra.items()} if extra else invoer
    uit = bereken(systeem, peildatum, samen, aantal + len(rijen) * len(varianten), besluiten)
    waarden = {naam: waarden[:aantal] for naam, waarden in uit.items()}
    onbepaald = {naam: numpy.zeros(aantal, dtype=bool) for naam in besluiten}
    oorzaken: dict[str, dict[str, numpy.ndarray]] = {naam: {} for naam in besluiten}
    n = len(rijen)
    for nummer, (gevarieerd, _) in enumerate(varianten[1:], start=1):
        for besluit in besluiten:
            basis = uit[besluit][aantal:aantal + n]
            variant = uit[besluit][aantal + nummer * n:aantal + (nummer + 1) * n]
            verschil = ~_gelijk(basis, variant) & ontbreekt[gevarieerd][rijen]
            if verschil.any():
                onbepaald[besluit][rijen] |= verschil
                oorzaak = oorzaken[besluit].setdefault(gevarieerd, numpy.zeros(aantal, dtype=bool))
                oorzaak[rijen] |= verschil
    return Beoordeling(peildatum, waarden, onbepaald, oorzaken)


def _standaard(systeem, naam: str, aantal: int) -> numpy.ndarray:
    """`aantal` keer de standaardwaarde van een invoer (zoals `invoerwaarden` met alleen `None`)."""
    return numpy.repeat(invoerwaarden(systeem.get_variable(naam), [None]), aantal)


def _varianten(systeem, peildatum, invoer, ontbreekt, rijen):
    """Varianten voor de personen in `rijen`: de basis (elke ontbrekende invoer op zijn eerste
    proefwaarde) en per ontbrekende invoer elke andere proefwaarde, als extra kolomrijen."""
    if not rijen.size:
        return [], {}
    aanwezig = [naam for naam in ONZEKER if ontbreekt[naam][rijen].any()]
    varianten = [(None, 0)] + [(naam, i) for naam in aanwezig for i in range(1, len(publiek.PROEFWAARDEN[naam]))]
    n = len(rijen)
    extra = {naam: numpy.tile(waarden[rijen], len(varianten)) for naam, waarden in invoer.items()}
    for naam in aanwezig:
        kolom = extra.setdefault(naam, numpy.tile(_standaard(systeem, naam, n), len(varianten)))
        leeg = numpy.tile(ontbreekt[naam][rijen], len(varianten))
        for nummer, (gevarieerd, index) in enumerate(varianten):
            blok = slice(nummer * n, (nummer + 1) * n)
            proef = _proefwaarde(systeem, naam, index if gevarieerd == naam else 0, peildatum)
            kolom[blok] = numpy.where(leeg[blok], proef, kolom[blok])
    return varianten, extra


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
