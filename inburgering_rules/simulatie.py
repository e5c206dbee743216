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
    # Per datum-besluit: waar hij leeg is omdat een gebeurtenis van de procedure nog niet heeft
    # plaatsgevonden (alleen berekend met `beoordeel(..., gebeurtenissen=True)`).
    nog_niet: dict[str, numpy.ndarray] = field(default_factory=dict)

    def ontbrekende_invoer(self, persoon: int, besluit: str) -> list[str]:
        """De ontbrekende invoer die dit besluit voor deze persoon onbepaald maakt."""
        oorzaken = self.oorzaken.get(besluit, {})
        return [naam for naam in ONZEKER if naam in oorzaken and oorzaken[naam][persoon]]


def invoerwaarden(variabele, waarden: Sequence) -> numpy.ndarray:
    """Zet een kolom om naar het dtype van de variabele; `None` wordt de standaardwaarde.

    Eén doorgang in Python per kolom (enum-namen via een woordenboek): ook voor 1.000.000 rijen
    een fractie van een seconde."""
    if variabele.value_type.__name__ == "Enum":
        leden, standaard = variabele.possible_values.__members__, variabele.default_value.name
        try:
            return numpy.fromiter((leden[standaard if w is None else w].index for w in waarden),
                                  dtype=numpy.int16, count=len(waarden))
        except (KeyError, TypeError) as fout:
            raise ValueError(f"{fout.args[0]!r} is not a known value for '{variabele.name}'. "
                             f"Possible values are {list(leden)}.") from None
    if variabele.dtype == "datetime64[D]":
        return numpy.array([NIET_GEGEVEN if w is None else w for w in waarden], dtype="datetime64[D]")
    standaard = variabele.default_value
    return numpy.array([standaard if w is None else w for w in waarden], dtype=variabele.dtype)


def als_arrays(systeem, kolommen: Mapping[str, Sequence]) -> dict[str, numpy.ndarray]:
    """Invoerkolommen (lijsten met `None` voor niet gegeven) als arrays van het juiste dtype."""
    return {naam: invoerwaarden(systeem.get_variable(naam, check_existence=True), waarden)
            for naam, waarden in kolommen.items()}


def _als_uitvoer(naam: str, waarden) -> numpy.ndarray:
    if isinstance(waarden, EnumArray):
        # `decode_to_str` compares the whole array with every member; indexing the names is one pass.
        return numpy.array([lid.name for lid in waarden.possible_values])[numpy.asarray(waarden)]
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
    route = kolommen.get("leerroute")
    if route is not None:
        vastgesteld = numpy.array([w not in (None, "nog_niet_vastgesteld") for w in route], dtype=bool)
        for naam in publiek.BLIJKT_UIT_LEERROUTE:
            uit[naam] &= ~vastgesteld
    return uit


def _proefwaarde(systeem, naam: str, index: int, peildatum: str) -> numpy.ndarray:
    return invoerwaarden(systeem.get_variable(naam), [_proef(naam, index, peildatum)])[0]


@lru_cache(maxsize=4096)
def _proef(naam: str, index: int, peildatum: str):
    """Proefwaarde `index` van een onzeker gegeven (een datum relatief aan de peildatum ingevuld).
    Niet per stelsel onthouden: een cache met stelsels als sleutel houdt oude hervormingen in leven."""
    waarde = publiek.PROEFWAARDEN[naam][index]
    if isinstance(waarde, str) and waarde.startswith("peildatum"):
        jaren = int(waarde.removeprefix("peildatum") or 0)
        waarde = f"{int(peildatum[:4]) + jaren:04d}{peildatum[4:]}".replace("-02-29", "-02-28")
    return waarde


def gebeurtenissen(systeem) -> tuple[str, ...]:
    """De datums van de procedure (kennisgeving, PIP, afronding, boetebesluit, ...): datum-invoer die
    geen nodig feit is. Niet gegeven betekent "heeft (nog) niet plaatsgevonden"."""
    return tuple(naam for naam in publiek.INVOER
                 if naam in systeem.variables and naam not in publiek.NODIGE_FEITEN and naam != "geboortedatum"
                 and systeem.variables[naam].dtype == "datetime64[D]")


def beoordeel(systeem, peildatum: str, kolommen: Mapping[str, Sequence], aantal: int,
              besluiten: Sequence[str] = publiek.BESLUITEN, gebeurtenissen: bool = False) -> Beoordeling:
    """Bereken besluiten en markeer wat van ontbrekende feiten of oordelen afhangt.

    De personen en, voor wie iets ontbreekt, hun varianten met proefwaarden worden in één
    berekening meegenomen: een extra simulatie kost meer dan extra rijen. Personen met hetzelfde
    stel ontbrekende gegevens vormen een groep die alleen die gegevens varieert.

    Met `gebeurtenissen=True` komt er één variant bij voor wie een gebeurtenis van de procedure mist:
    alle niet gegeven gebeurtenissen op de peildatum. Een datum-besluit dat leeg is en daarmee een
    datum krijgt, wacht op een gebeurtenis (`Beoordeling.nog_niet`); blijft hij leeg, dan is hij
    voor deze persoon niet van toepassing.
    """
    invoer = als_arrays(systeem, kolommen)
    ontbreekt = _ontbreekt(kolommen, aantal)
    groepen = _groepen(ontbreekt, aantal)
    blokken = [_varianten(systeem, peildatum, invoer, ontbreekt, rijen, namen) for rijen, namen in groepen]
    if gebeurtenissen:
        groepen, blokken = _met_gebeurtenissen(systeem, peildatum, kolommen, invoer, aantal, groepen, blokken)
    extra_rijen = sum(len(rijen) * len(varianten) for (rijen, _), (varianten, _) in zip(groepen, blokken, strict=True))
    samen = invoer
    if extra_rijen:
        namen = set(invoer).union(*(extra for _, extra in blokken))
        samen = {naam: numpy.concatenate([invoer.get(naam, _standaard(systeem, naam, aantal))]
                                         + [extra.get(naam, _standaard(systeem, naam, len(rijen) * len(varianten)))
                                            for (rijen, _), (varianten, extra) in zip(groepen, blokken, strict=True)])
                 for naam in namen}
    uit = bereken(systeem, peildatum, samen, aantal + extra_rijen, besluiten)
    waarden = {naam: waarden[:aantal] for naam, waarden in uit.items()}
    onbepaald = {naam: numpy.zeros(aantal, dtype=bool) for naam in besluiten}
    oorzaken: dict[str, dict[str, numpy.ndarray]] = {naam: {} for naam in besluiten}
    begin = aantal
    nog_niet: dict[str, numpy.ndarray] = {}
    for (rijen, _), (varianten, _) in zip(groepen, blokken, strict=True):
        n = len(rijen)
        if varianten[0][0] is _GEBEURTENISSEN:
            for besluit in besluiten:
                if uit[besluit].dtype.kind == "M":
                    gevuld = ~numpy.isnat(uit[besluit][begin:begin + n]) & numpy.isnat(waarden[besluit][rijen])
                    nog_niet.setdefault(besluit, numpy.zeros(aantal, dtype=bool))[rijen] = gevuld
            begin += n
            continue
        for nummer, (gevarieerd, _) in enumerate(varianten[1:], start=1):
            for besluit in besluiten:
                basis = uit[besluit][begin:begin + n]
                variant = uit[besluit][begin + nummer * n:begin + (nummer + 1) * n]
                verschil = ~_gelijk(basis, variant)
                if verschil.any():
                    onbepaald[besluit][rijen] |= verschil
                    oorzaak = oorzaken[besluit].setdefault(gevarieerd, numpy.zeros(aantal, dtype=bool))
                    oorzaak[rijen] |= verschil
        begin += n * len(varianten)
    for besluit, rijen in nog_niet.items():
        rijen &= ~onbepaald[besluit]
    return Beoordeling(peildatum, waarden, onbepaald, oorzaken, nog_niet)


_GEBEURTENISSEN = "gebeurtenissen"


def _met_gebeurtenissen(systeem, peildatum, kolommen, invoer, aantal, groepen, blokken):
    """Voeg het blok toe met elke niet gegeven gebeurtenis op de peildatum (zie `beoordeel`)."""
    namen = gebeurtenissen(systeem)
    leeg = {naam: _ontbreekt_kolom(kolommen.get(naam), aantal) for naam in namen}
    rijen = numpy.flatnonzero(numpy.logical_or.reduce([leeg[naam] for naam in namen]))
    if not len(rijen):
        return groepen, blokken
    extra = {naam: waarden[rijen] for naam, waarden in invoer.items()}
    dag = numpy.datetime64(peildatum, "D")
    for naam in namen:
        kolom = extra.get(naam, _standaard(systeem, naam, len(rijen))).copy()
        kolom[leeg[naam][rijen]] = dag
        extra[naam] = kolom
    return [*groepen, (rijen, [])], [*blokken, ([(_GEBEURTENISSEN, 0)], extra)]


def _ontbreekt_kolom(waarden, aantal: int) -> numpy.ndarray:
    if waarden is None:
        return numpy.ones(aantal, dtype=bool)
    return numpy.array([w is None for w in waarden], dtype=bool)


def _groepen(ontbreekt: Mapping[str, numpy.ndarray], aantal: int) -> list[tuple[numpy.ndarray, list[str]]]:
    """[(rijen, ontbrekende namen)] per stel ontbrekende onzekere gegevens (alleen niet-lege stellen)."""
    patroon = numpy.zeros(aantal, dtype=numpy.int64)
    for bit, naam in enumerate(ONZEKER):
        patroon |= ontbreekt[naam].astype(numpy.int64) << bit
    uitkomst = []
    for waarde in numpy.unique(patroon[patroon > 0]):
        namen = [naam for bit, naam in enumerate(ONZEKER) if waarde >> bit & 1]
        uitkomst.append((numpy.flatnonzero(patroon == waarde), namen))
    return uitkomst


def _standaard(systeem, naam: str, aantal: int) -> numpy.ndarray:
    """`aantal` keer de standaardwaarde van een invoer (zoals `invoerwaarden` met alleen `None`)."""
    return numpy.repeat(invoerwaarden(systeem.get_variable(naam), [None]), aantal)


def _varianten(systeem, peildatum, invoer, ontbreekt, rijen, namen):
    """Varianten voor een groep personen (`rijen`) die dezelfde onzekere gegevens (`namen`) missen:
    de basis (elk op zijn eerste proefwaarde) en per gegeven elke andere proefwaarde, als extra rijen."""
    varianten = [(None, 0)] + [(naam, i) for naam in namen for i in range(1, len(publiek.PROEFWAARDEN[naam]))]
    n = len(rijen)
    extra = {naam: numpy.tile(waarden[rijen], len(varianten)) for naam, waarden in invoer.items()}
    for naam in namen:
        kolom = extra[naam] = numpy.empty(n * len(varianten), dtype=_standaard(systeem, naam, 1).dtype)
        for nummer, (gevarieerd, index) in enumerate(varianten):
            kolom[nummer * n:(nummer + 1) * n] = _proefwaarde(systeem, naam, index if gevarieerd == naam else 0, peildatum)
    return varianten, extra


def _gelijk(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    if a.dtype.kind == "M":
        return (a == b) | (numpy.isnat(a) & numpy.isnat(b))
    return a == b


def afhankelijkheden(systeem) -> dict[str, frozenset[str]]:
    """Per besluit de invoervariabelen waar het (transitief) van afhangt, via een trace (onthouden
    op het stelsel zelf, zie `hervormingen.afgeleid`)."""
    from inburgering_rules.hervormingen import afgeleid

    return afgeleid(systeem, "afhankelijkheden", lambda: _afhankelijkheden(systeem))


def _afhankelijkheden(systeem) -> dict[str, frozenset[str]]:
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
