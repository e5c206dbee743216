"""Een snelle rekenkern voor de formules van dit pakket, zonder de boekhouding van OpenFisca.

OpenFisca kost per formule-aanroep zo'n 50-70 µs aan vaste overhead (periodes, holders, tracer).
Voor één persoon met alle besluiten is dat ruim 10 ms. Deze kern voert **dezelfde formules** uit
met dezelfde parameters, op dezelfde arrays, maar onthoudt resultaten in een dict. Ze werkt alleen
voor wat dit pakket gebruikt: één entiteit, ETERNITY-invoer en besluiten op één peildatum.

Dat de uitkomsten gelijk zijn aan die van een OpenFisca-`Simulation`, bewijst
`tests/test_snel.py` (hypothesis, willekeurige personen, alle besluiten).

Een vast rekenplan (issue 14): de eerste berekening van een stel besluiten legt vast in welke volgorde
de formules klaar waren (afhankelijkheden eerst). Volgende berekeningen met hetzelfde stel besluiten,
dezelfde gegeven invoer met een formule (de invoer van dit pakket heeft er geen) en dezelfde formulekeuze
(welke formules op de peildatum gelden) roepen de formules in die volgorde aan; elke afhankelijkheid is dan
al berekend en `persoon(naam, period)` is één dict-opzoeking. Welke invoer zonder formule gegeven is, maakt
geen ander plan: het plan begint met de standaardwaarde van elke gelezen invoer, en een gegeven invoer slaat
die stap over. Dat is exact omdat elke formule haar afhankelijkheden op dezelfde periode vraagt:
de opname controleert dat en maakt anders geen plan.

Het plan kent ook per formule de variabelen die ze vroeg. Daarmee rekent `herbereken` voor rijen waarin
alleen enkele invoer anders is, alleen de *kegel* van die invoer opnieuw uit (de formules die er via andere
formules van afhangen); al het andere wordt uit de eerdere berekening overgenomen. Zo toetst
`simulatie.beoordeel` ontbrekende gegevens bij grote aantallen personen. Exact omdat geen formule van dit
pakket een variabele alleen onder een voorwaarde op de gegevens vraagt (`tests/test_snel.py` vergelijkt
het met een volledige berekening).
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum, EnumArray


class _Systeem:
    """Wat formules via `persoon.simulation.tax_benefit_system` mogen zien."""

    def __init__(self, systeem) -> None:
        self.tax_benefit_system = systeem


class SnellePopulatie:
    """Speelt de rol van de OpenFisca-populatie `persoon` in formules: `persoon("naam", period)`."""

    def __init__(self, systeem, invoer: Mapping[str, numpy.ndarray], aantal: int) -> None:
        self.systeem = systeem
        self.simulation = _Systeem(systeem)
        self.count = aantal
        self._uitkomsten: dict[tuple[str, object], numpy.ndarray] = {}
        self._periodeteksten: dict[object, str] = {}
        self._invoer = {naam: self._als_type(systeem.variables[naam], waarden) for naam, waarden in invoer.items()}
        self.volgorde: list[Stap] = []  # de formules in de volgorde waarin ze klaar waren
        self.periodes: set = set()
        self.afhankelijk: dict[str, set[str]] = {}  # per berekende variabele: wat haar formule vroeg
        self._bezig: list[str] = []

    def __call__(self, naam: str, period, options=None):
        self.periodes.add(period)
        if self._bezig:
            self.afhankelijk[self._bezig[-1]].add(naam)
        variabele = self.systeem.variables[naam]
        if variabele.definition_period == periods.DateUnit.ETERNITY:
            sleutel = (naam, None)
        else:
            sleutel = (naam, period)
        gevonden = self._uitkomsten.get(sleutel)
        if gevonden is None:
            gevonden = self._bereken(variabele, period)
            self._uitkomsten[sleutel] = gevonden
        return gevonden

    def _bereken(self, variabele, period) -> numpy.ndarray:
        if variabele.name in self._invoer:
            return self._invoer[variabele.name]
        # een invoer zonder formule (niet gegeven): zijn standaardwaarde, ook voor ETERNITY (die periode heeft geen dag)
        formule = _formule(variabele, period, self._als_tekst(period)) if variabele.formulas else None
        stap = Stap.van(variabele, formule)
        self.afhankelijk[variabele.name] = set()
        self._bezig.append(variabele.name)
        try:
            uitkomst = self._voer_uit(stap, period)
        finally:
            self._bezig.pop()
        self.volgorde.append(stap)
        return uitkomst

    def waarden(self) -> dict[str, numpy.ndarray]:
        """Alles wat berekend of gegeven is, per naam (alleen zinvol als alles op één periode is gevraagd)."""
        return {**self._invoer, **{naam: waarde for (naam, _), waarde in self._uitkomsten.items()}}

    def _voer_uit(self, stap: Stap, period) -> numpy.ndarray:
        """De uitkomst van een stap: de standaardwaarde zonder formule, anders die van de formule in het dtype van de
        variabele (een uitkomst die dat al heeft, zonder omweg)."""
        if stap.formule is None:
            return _standaard(stap.variabele, self.count)
        if stap.met_parameters:
            uitkomst = stap.formule(self, period, self.systeem.get_parameters_at_instant)
        else:
            uitkomst = stap.formule(self, period)
        if stap.dtype is not None and type(uitkomst) is numpy.ndarray and uitkomst.dtype == stap.dtype:
            return uitkomst
        return self._als_type(stap.variabele, uitkomst)

    def _als_tekst(self, period) -> str:
        tekst = self._periodeteksten.get(period)
        if tekst is None:
            tekst = self._periodeteksten[period] = str(period.start)
        return tekst

    def _als_type(self, variabele, waarden) -> numpy.ndarray:
        if variabele.value_type is Enum:  # `is`: `==` gaat via de metaklasse van Enum
            if isinstance(waarden, EnumArray):
                return waarden
            enum = variabele.possible_values
            if (type(waarden) is numpy.ndarray and waarden.dtype.type in _INDEXTYPEN and waarden.ndim == 1
                    and not numpy.count_nonzero(waarden >= len(enum.indices))):
                # indexen (zoals `kiezen.kies` ze kiest): wat `encode` ervan maakt, zonder zijn omwegen
                return EnumArray(waarden.astype(numpy.int16), enum)
            return enum.encode(numpy.asarray(waarden))
        if not isinstance(waarden, numpy.ndarray):
            waarden = numpy.full(self.count, waarden, dtype=variabele.dtype)
        return waarden if waarden.dtype == variabele.dtype else waarden.astype(variabele.dtype)


# De typen van indexen die `Enum.encode` als indexen leest (OpenFisca's `_is_int_array`; `numpy.longlong` niet).
_INDEXTYPEN = frozenset({numpy.int8, numpy.int16, numpy.int32, numpy.int64,
                         numpy.uint8, numpy.uint16, numpy.uint32, numpy.uint64})


class GeplandePopulatie(SnellePopulatie):
    """Volgt een vastgelegd plan: elke afhankelijkheid is al berekend, `persoon(naam, period)` is een dict-opzoeking."""

    def __init__(self, systeem, invoer: Mapping[str, numpy.ndarray], aantal: int, waarden: dict | None = None) -> None:
        super().__init__(systeem, invoer, aantal)
        self._waarden = self._invoer if waarden is None else waarden
        self._waarden.update(self._invoer)

    def __call__(self, naam: str, period, options=None):
        return self._waarden[naam]

    def volg(self, stappen: Iterable[Stap], period) -> None:
        """Voer de stappen uit, in hun volgorde (`_voer_uit`, zoals bij de opname); een gegeven invoer slaat de stap
        van zijn standaardwaarde over."""
        waarden, gegeven = self._waarden, self._invoer
        for stap in stappen:
            if stap.naam not in gegeven:
                waarden[stap.naam] = self._voer_uit(stap, period)

    def waarden(self) -> dict[str, numpy.ndarray]:
        return self._waarden


class Stap(NamedTuple):
    """Een formule (None: de standaardwaarde) met wat haar aanroep nodig heeft, één keer uitgezocht: of ze de
    parameters krijgt, en het dtype van haar uitkomst (None voor een enum: die wordt altijd een `EnumArray`, zie
    `_als_type`)."""

    naam: str
    formule: object
    variabele: object
    met_parameters: bool
    dtype: numpy.dtype | None

    @classmethod
    def van(cls, variabele, formule) -> Stap:
        met_parameters = formule is not None and formule.__code__.co_argcount != 2
        dtype = None if variabele.value_type is Enum else numpy.dtype(variabele.dtype)
        return cls(variabele.name, formule, variabele, met_parameters, dtype)


@dataclass(eq=False)
class Plan:
    """De formules van een stel besluiten in rekenvolgorde, met per variabele wat haar formule vraagt."""

    stappen: tuple[Stap, ...]
    afhankelijk: Mapping[str, frozenset[str]]
    _kegels: dict = field(default_factory=dict, repr=False)

    def kegel(self, namen: frozenset[str]) -> tuple[Stap, ...]:
        """De stappen die direct of via andere stappen afhangen van `namen`, in rekenvolgorde."""
        stappen = self._kegels.get(namen)
        if stappen is None:
            geraakt, stappen = set(namen), []
            for stap in self.stappen:
                if stap.naam not in namen and not geraakt.isdisjoint(self.afhankelijk.get(stap.naam, ())):
                    geraakt.add(stap.naam)
                    stappen.append(stap)
            stappen = self._kegels[namen] = tuple(stappen)
        return stappen

    def voor(self, namen: frozenset[str]) -> "Plan":
        """Het plan van alleen `namen`: de stappen waar zij direct of via andere stappen van afhangen."""
        plan = self._kegels.get(("voor", namen))
        if plan is None:
            nodig = set(namen)
            for naam, *_ in reversed(self.stappen):
                if naam in nodig:
                    nodig |= self.afhankelijk.get(naam, frozenset())
            plan = self._kegels["voor", namen] = Plan(tuple(stap for stap in self.stappen if stap.naam in nodig),
                                                      self.afhankelijk)
        return plan


class _Overgenomen(dict):
    """Waarden van een eerdere berekening, pas opgehaald (`neem(naam)`) als een formule ze vraagt."""

    def __init__(self, neem: Callable[[str], numpy.ndarray]) -> None:
        super().__init__()
        self.neem = neem

    def __missing__(self, naam: str) -> numpy.ndarray:
        waarde = self[naam] = self.neem(naam)
        return waarde


def _standaard(variabele, aantal: int) -> numpy.ndarray:
    """`variabele.default_array(aantal)` (een invoer die niet gegeven is), voor tot `_STANDAARD_TOT` personen
    onthouden en alleen-lezen: een verzoek van één persoon vraagt er zo'n twintig, elk 2-6 µs (een datum of enum
    uitpakken). Geen formule schrijft in wat ze leest (OpenFisca deelt zijn arrays net zo); zou er een het doen, dan
    is dat een fout en geen stil gewijzigde standaardwaarde."""
    if aantal > _STANDAARD_TOT:
        return variabele.default_array(aantal)
    per_aantal = _STANDAARDEN.get(variabele)
    if per_aantal is None:
        per_aantal = _STANDAARDEN[variabele] = {}
    waarden = per_aantal.get(aantal)
    if waarden is None:
        if len(per_aantal) >= 64:  # begrensd: het aantal rijen van een verzoek hangt af van wat er ontbreekt
            per_aantal.clear()
        waarden = per_aantal[aantal] = variabele.default_array(aantal)
        waarden.setflags(write=False)
    return waarden


_STANDAARD_TOT = 1024
_STANDAARDEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@lru_cache(maxsize=1024)
def als_periode(tekst: str) -> periods.Period:
    """OpenFisca's `periods.period`, onthouden: die leest met pendulum (tientallen microseconden per tekst, en een
    verzoek heeft er een per invoer en per gevraagde waarde). Een tekst die geen periode is, geeft een fout en
    wordt niet onthouden."""
    return periods.period(tekst)


_ENIGE_FORMULE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PLANNEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_GRENZEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _formule(variabele, period, begindag: str):
    """`variabele.get_formula(period)`, zonder omweg voor de gewone variabele met één formule."""
    enige = _ENIGE_FORMULE.get(variabele)
    if enige is None:
        enkel = len(variabele.formulas) == 1 and variabele.end is None
        enige = _ENIGE_FORMULE[variabele] = next(iter(variabele.formulas.items())) if enkel else ()
    if not enige:
        return variabele.get_formula(period)
    begin, formule = enige
    return formule if begindag >= begin else None


def _formulekeuze(systeem, begindag: str) -> tuple[int, int]:
    """Welke formules op `begindag` gelden, als (aantal begindatums <= dag, aantal einddatums < dag) over alle
    variabelen: gelijk voor twee dagen precies als elke variabele op beide dagen dezelfde formule heeft."""
    grenzen = _GRENZEN.get(systeem)
    if grenzen is None:
        begins = sorted(begin for v in systeem.variables.values() for begin in v.formulas)
        eindes = sorted(str(v.end) for v in systeem.variables.values() if v.end is not None)
        grenzen = _GRENZEN[systeem] = (begins, eindes)
    return bisect.bisect_right(grenzen[0], begindag), bisect.bisect_left(grenzen[1], begindag)


def evalueer(systeem, peildatum: str, invoer: Mapping[str, numpy.ndarray], aantal: int,
             besluiten: Iterable[str], plan: bool = True) -> tuple[SnellePopulatie, Plan | None]:
    """Bereken `besluiten` op de peildatum; geeft de populatie (met al haar waarden) en het rekenplan.

    Met `plan` (standaard) volgt de berekening het vaste rekenplan van dit stel besluiten als dat er is, en legt
    ze het anders vast (zie de moduledocumentatie). Geen plan (None) als een formule een andere periode vroeg."""
    besluiten = tuple(besluiten)
    dag = als_periode(peildatum)
    met_formule = tuple(sorted(naam for naam in invoer if systeem.variables[naam].formulas))
    sleutel = (besluiten, met_formule, _formulekeuze(systeem, str(dag.start)))
    plannen = _PLANNEN.setdefault(systeem, {})
    vast = plannen.get(sleutel) if plan else None
    if vast is not None:
        persoon = GeplandePopulatie(systeem, invoer, aantal)
        persoon.volg(vast.stappen, dag)
        return persoon, vast
    persoon = SnellePopulatie(systeem, invoer, aantal)
    for naam in besluiten:
        persoon(naam, dag)
    if not (plan and persoon.periodes == {dag}):
        return persoon, None
    if len(plannen) >= 256:  # begrensd
        plannen.clear()
    # De gelezen invoer zonder formule die nu gegeven was, eerst op zijn standaardwaarde: wat de opname had gedaan
    # als ze niet gegeven was (een niet gegeven invoer heeft die stap al).
    gelezen = set(besluiten).union(*persoon.afhankelijk.values())
    standaard = tuple(Stap.van(systeem.variables[naam], None) for naam in sorted(invoer)
                      if naam in gelezen and naam not in met_formule)
    vast = plannen[sleutel] = Plan((*standaard, *persoon.volgorde),
                                   {naam: frozenset(namen) for naam, namen in persoon.afhankelijk.items()})
    return persoon, vast


def bereken_snel(systeem, peildatum: str, invoer: Mapping[str, numpy.ndarray], aantal: int,
                 besluiten: Iterable[str], plan: bool = True) -> dict[str, numpy.ndarray]:
    """Zoals `simulatie.bereken`, met de snelle kern: {besluit: array} op de peildatum."""
    besluiten = tuple(besluiten)
    persoon, _ = evalueer(systeem, peildatum, invoer, aantal, besluiten, plan)
    dag = als_periode(peildatum)
    return {naam: persoon(naam, dag) for naam in besluiten}


def herbereken(systeem, plan: Plan, peildatum: str, neem: Callable[[str], numpy.ndarray], aantal: int,
               gewijzigd: Mapping[str, numpy.ndarray]) -> dict[str, numpy.ndarray]:
    """Rijen van een eerdere berekening met dit plan (`neem(naam)` geeft hun waarden), nu met andere invoer
    (`gewijzigd`: een array per naam, een waarde per rij): alleen de kegel van die invoer wordt opnieuw berekend.
    Geeft de gewijzigde invoer en de herberekende variabelen; al het andere is gelijk aan `neem(naam)`."""
    stappen = plan.kegel(frozenset(gewijzigd))
    persoon = GeplandePopulatie(systeem, gewijzigd, aantal, _Overgenomen(neem))
    persoon.volg(stappen, als_periode(peildatum))
    return {naam: persoon(naam, None) for naam in [*gewijzigd, *(stap.naam for stap in stappen)]}
