"""Beoordelen van een hele populatie in één gevectoriseerde simulatie.

Dit is de gedeelde kern van de beslis-API (`api/`), de wat-als-analyses (`cli.py`) en de
benchmarks: invoer als kolommen (een array per invoervariabele), nooit één simulatie per
persoon en nooit de JSON-bouwer van OpenFisca (die kwadratisch is).

Ontbrekende invoer (`ONZEKER`: nodige feiten, oordelen, feiten uit een beschikking of uit de brede intake, feiten
die alleen bij een bepaalde waarde van een ander gegeven nodig zijn) wordt niet stil ingevuld: de besluiten van de
betrokken personen worden opnieuw berekend met elke proefwaarde uit `publiek.PROEFWAARDEN` (en sommige samen,
`publiek.SAMEN_VARIEREN`); een besluit dat dan verschilt is *onbepaald* (in de API `null`).
"""

from __future__ import annotations

import os
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules import publiek
from inburgering_rules.datums import (NIET_GEGEVEN, NIET_GEGEVEN_DAG, ONBEKEND, als_arrow, als_datum, als_eigen_datums,
                                     bekend, lees_iso, na_maanden, verjaardag)
from inburgering_rules.enums import indexen
from inburgering_rules.geldend_recht import aantal_op, perioden, waarde_op_dag
from inburgering_rules.hervormingen import afgeleid, zoek_parameter
from inburgering_rules.meetellen import MEETELLEND, opnieuw_nodig
from inburgering_rules.snel import bereken_snel, evalueer, herbereken

# De volgorde is die van de bits van de oorzaken (`api/kolommen.py`): een nieuwe soort komt achteraan.
ONZEKER = publiek.ONZEKER


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
    # Per afronding (Bi 5.3 lid 5): waar zij gegeven is maar niet meetelt, zodat zij voor de plicht nog moet
    # gebeuren (`meetellen.opnieuw_nodig`; ook alleen met `gebeurtenissen=True`).
    opnieuw: dict[str, numpy.ndarray] = field(default_factory=dict)

    def ontbrekende_invoer(self, persoon: int, besluit: str) -> list[str]:
        """De ontbrekende invoer die dit besluit voor deze persoon onbepaald maakt."""
        oorzaken = self.oorzaken.get(besluit, {})
        return [naam for naam in ONZEKER if naam in oorzaken and oorzaken[naam][persoon]]


def invoerkolom(variabele, waarden) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Een invoerkolom in het dtype van de variabele, en waar ze niet gegeven is.

    `waarden` is een lijst (`None` = niet gegeven) of een numpy-array: een object-array met `None`, of een
    getypeerde array (`datetime64` met `NaT` voor niet gegeven). Niet gegeven wordt de standaardwaarde.
    Gevectoriseerd op enum-namen na (één woordenboek-opzoeking per waarde)."""
    if isinstance(waarden, numpy.ndarray) and waarden.dtype != object:
        if waarden.dtype.kind == "M" and variabele.dtype == "datetime64[D]":
            leeg = numpy.isnat(waarden)
            return numpy.where(leeg, NIET_GEGEVEN_DAG, waarden.astype("datetime64[D]")), leeg
        waarden = waarden.astype(object)
    # een lijst, tuple of platte array (`numpy.ndim` van een lijst maakt er eerst een array van: 1 us per kolom); een
    # lijst in een lijst is niet op te zoeken en neemt zo de gewone weg, die de fout noemt
    plat = isinstance(waarden, (list, tuple)) or (isinstance(waarden, numpy.ndarray) and waarden.ndim == 1)
    gelezen = _met_arrow(variabele, waarden) if isinstance(waarden, list) and len(waarden) >= ARROW_VANAF else None
    if gelezen is not None:
        return gelezen
    lezer = _lezer(variabele) if plat else None
    if lezer is not None:
        # Eén doorgang over de waarden zelf, zonder object-array: elke waarde opgezocht (niet gegeven, `None`, heeft
        # een eigen code). Wat daar niet staat (een waarde die geen lid is, een lijst in een lijst, een andere vorm
        # van een datum): de weg hieronder leest het of noemt de fout.
        codes, dtype, geen, standaard, beeld = lezer
        try:
            kolom = numpy.fromiter(map(codes.__getitem__, waarden), dtype=dtype, count=len(waarden))
        except (KeyError, TypeError, ValueError):
            pass
        else:
            leeg = kolom == geen
            kolom[leeg] = standaard
            return kolom if beeld is None else kolom.view(beeld), leeg
    kolom = numpy.array(waarden, dtype=object) if not isinstance(waarden, numpy.ndarray) else waarden.copy()
    if kolom.ndim != 1:
        raise ValueError(f"'{variabele.name}' must be a flat list of values.")
    leeg = numpy.equal(kolom, None).astype(bool)
    if variabele.value_type.__name__ == "Enum":
        leden = variabele.possible_values.__members__
        kolom[leeg] = variabele.default_value.name
        try:
            return numpy.fromiter(map(indexen(variabele.possible_values).__getitem__, kolom), dtype=numpy.int16,
                                  count=len(kolom)), leeg
        except (KeyError, TypeError) as fout:
            raise ValueError(f"{fout.args[0]!r} is not a known value for '{variabele.name}'. "
                             f"Possible values are {list(leden)}.") from None
    if variabele.dtype == "datetime64[D]":
        # numpy leest tekst (ook JJJJ-MM-DD, de vorm van de API, en andere vormen) en datums uit een object-array;
        # `None` lezen is traag (70 % None: 130 ms bij 131.072 datums), dus eerst de dag van niet gegeven.
        kolom[leeg] = NIET_GEGEVEN.isoformat()
        return kolom.astype("datetime64[D]"), leeg
    kolom[leeg] = variabele.default_value
    return (kolom if variabele.dtype == object else kolom.astype(variabele.dtype)), leeg


# Vanaf zoveel waarden leest `invoerkolom` een lijst (de vorm van JSON; een array neemt de gewone weg) van datums,
# ja/nee of aantallen met pyarrow, in C en zonder opzoeking per waarde in Python; een enum niet (even snel). Gemeten
# bij 1.000.000 personen (bench/inproces.py): een datumkolom 100-120 ms in plaats van 100-170 ms met een controle van
# de typen vooraf (en 80-260 ms zonder pyarrow), een ja/nee 16-36 ms in plaats van 50-70 ms, een aantal 35-67 ms in
# plaats van 90 ms. Een bedrag niet: pyarrow leest een `numpy.uint64` vanaf 2**64 - 2**53 als een negatief getal
# (een review). Kleiner loont het niet, en zo laadt een enkele persoon pyarrow niet (de koude start blijft gelijk;
# pyarrow kost eenmalig ongeveer 85 MB geheugen, en laadt pandas als dat er is).
ARROW_VANAF = 2048

# Het pyarrow-type waarin `_met_arrow` een lijst leest, per soort variabele.
_ARROW_SOORT = {"date": "string", "bool": "bool_", "int": "int64"}


def _met_arrow(variabele, waarden: list) -> tuple[numpy.ndarray, numpy.ndarray] | None:
    """Een lijst van datums als tekst `JJJJ-MM-DD` (`datums.lees_iso`), van ja/nee als `bool` of van aantallen, met
    `None`, gelezen met pyarrow: dezelfde arrays als de gewone weg, voor waarden van de Python- en numpy-typen (een
    eigen subklasse met een `__eq__` die `None` gelijk noemt of een eigen `__int__` niet). Wat pyarrow niet zo leest
    (1 voor True, een datum-object, een tekst voor een getal, een aantal buiten het dtype) geeft None, en de gewone
    weg leest het of noemt de fout."""
    soort = variabele.value_type.__name__
    if soort not in _ARROW_SOORT:
        return None
    if soort == "date":
        dagen = lees_iso(waarden)
        if dagen is None:
            return None
        leeg = numpy.isnat(dagen)
        dagen[leeg] = NIET_GEGEVEN_DAG
        return dagen, leeg
    kolom = als_arrow(waarden, _ARROW_SOORT[soort])
    if kolom is None:
        return None
    leeg = kolom.is_null().to_numpy(zero_copy_only=False)
    getallen = kolom.fill_null(variabele.default_value).to_numpy(zero_copy_only=False)
    if soort == "int" and len(getallen):
        grenzen = numpy.iinfo(variabele.dtype)
        if getallen.min() < grenzen.min or getallen.max() > grenzen.max:
            return None
    return getallen.astype(variabele.dtype), leeg


def _lezer(variabele):
    """Hoe `invoerkolom` een kolom in één doorgang leest: (code per waarde, dtype van de codes, code van `None`,
    code van de standaardwaarde, het dtype van de kolom dat de codes krijgen of None), of None. Een enum als index
    van het lid, een ja/nee als 0/1, een datum als dagnummer (`_Dagen`). Onthouden per variabele: een verzoek van
    één persoon leest zo'n veertien kolommen van één waarde, en het uitzoeken kostte per kolom meer dan het lezen
    zelf (1-3 µs)."""
    lezer = _LEZERS.get(variabele)
    if lezer is None:
        lezer = _LEZERS[variabele] = _zoek_lezer(variabele) or ()
    return lezer or None


_LEZERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # een hervorming maakt eigen variabelen


def _zoek_lezer(variabele):
    beeld = None if variabele.dtype == object else numpy.dtype(variabele.dtype)  # het dtype van de kolom
    if variabele.value_type.__name__ == "Enum":
        enum = variabele.possible_values
        return _codes(enum), numpy.int16, -1, variabele.default_value.index, beeld
    if variabele.value_type is bool:
        return _JA_NEE, numpy.int8, -1, int(bool(variabele.default_value)), beeld
    if variabele.dtype == "datetime64[D]":
        return _DAGEN, numpy.int64, _GEEN_DAG, int(NIET_GEGEVEN_DAG.astype(numpy.int64)), beeld
    return None


@lru_cache(maxsize=256)
def _codes(enum) -> dict:
    """De index per naam van een lid, en -1 voor `None` (niet gegeven)."""
    return {**indexen(enum), None: -1}


_JA_NEE = {True: 1, False: 0, None: -1}
_GEEN_DAG = int(ONBEKEND.astype(numpy.int64))


class _Dagen(dict):
    """Het dagnummer (`datetime64[D]` als int64) van een datum als tekst `JJJJ-MM-DD` (de vorm van de API),
    onthouden: een kolom heeft veel dezelfde dagen. `None` (niet gegeven) is NaT. Alleen zulke tekst: een getal
    (1 == 1.0 == True), een datum-object of een tekst als "today" geeft een fout, en `invoerkolom` leest de kolom
    dan op de gewone weg, zoals wat numpy niet als dag leest."""

    def __missing__(self, waarde) -> int:
        if type(waarde) is not str or len(waarde) != 10 or waarde[4] != "-" or waarde[7] != "-":
            raise ValueError(waarde)
        dag = numpy.datetime64(waarde, "D")
        if numpy.isnat(dag):
            raise ValueError(waarde)
        if len(self) >= 100_000:  # begrensd; `None` blijft
            self.clear()
            self[None] = _GEEN_DAG
        getal = self[waarde] = int(dag.astype(numpy.int64))
        return getal


_DAGEN = _Dagen({None: _GEEN_DAG})


@lru_cache(maxsize=256)
def _namen(enum) -> numpy.ndarray:
    # De namen als objecten, één gedeelde str per lid: als tekstarray kost een kolom van 1.000.000 personen
    # 1.000.000 keer de langste naam (120 MB voor reden_geen_inburgeringsplicht).
    return numpy.array([lid.name for lid in enum], dtype=object)


def invoerwaarden(variabele, waarden) -> numpy.ndarray:
    """Zet een kolom om naar het dtype van de variabele; niet gegeven wordt de standaardwaarde (`invoerkolom`)."""
    return invoerkolom(variabele, waarden)[0]


def als_arrays(systeem, kolommen: Mapping[str, Sequence]) -> dict[str, numpy.ndarray]:
    """Invoerkolommen (lijsten met `None` voor niet gegeven, of arrays) als arrays van het juiste dtype."""
    return {naam: invoerwaarden(systeem.get_variable(naam, check_existence=True), waarden)
            for naam, waarden in kolommen.items()}


def _als_uitvoer(naam: str, waarden) -> numpy.ndarray:
    if isinstance(waarden, EnumArray):
        # `decode_to_str` vergelijkt de hele array met elk lid; de namen indexeren is één doorgang.
        return _namen(waarden.possible_values)[numpy.asarray(waarden)]
    if naam in publiek.GELD:
        return numpy.round(waarden.astype(numpy.float64), 2)
    if waarden.dtype.kind == "M":  # een eigen, schrijfbare array (`als_datum` deelt de zijne)
        return als_eigen_datums(waarden)
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


def _lees(systeem, kolommen: Mapping[str, Sequence]) -> tuple[dict[str, numpy.ndarray], dict[str, numpy.ndarray]]:
    """De invoer als getypeerde arrays, en per gegeven kolom waar ze niet gegeven is (`invoerkolom`)."""
    invoer, leeg = {}, {}
    for naam, waarden in kolommen.items():
        invoer[naam], leeg[naam] = invoerkolom(systeem.get_variable(naam, check_existence=True), waarden)
    return invoer, leeg


def _ontbreekt(systeem, peildatum: str, invoer: Mapping[str, numpy.ndarray], leeg: Mapping[str, numpy.ndarray],
               aantal: int) -> dict[str, numpy.ndarray]:
    """Per onzeker gegeven (`ONZEKER`): bij wie het ontbreekt. Een oordeel dat uit de vastgestelde leerroute
    blijkt (`publiek.BLIJKT_UIT_LEERROUTE`) ontbreekt niet, een feit uit een beschikking alleen waar die
    beschikking is bekendgemaakt (`publiek.FEITEN_UIT_BESCHIKKING`), een feit van `publiek.FEITEN_ALLEEN_BIJ`
    alleen waar het andere gegeven die waarde heeft of zelf ontbreekt en die waarde kan hebben, een feit van
    `publiek.VERVANGEN_DOOR` niet waar een preciezer feit is gegeven, en een feit van
    `publiek.FEITEN_TOT_LEEFTIJD` alleen bij wie op de peildatum jonger is dan die leeftijd of geen geboortedatum
    gaf."""
    uit = {}
    for naam in ONZEKER:
        if naam not in invoer:
            uit[naam] = numpy.ones(aantal, dtype=bool)
            continue
        uit[naam] = leeg[naam]
        if naam in publiek.ONBEKEND_ALS:
            onbekend = _waarde(systeem, naam, publiek.ONBEKEND_ALS[naam])[0]
            uit[naam] = uit[naam] | (invoer[naam] == onbekend)
    for naam, beschikking in publiek.FEITEN_UIT_BESCHIKKING.items():
        if beschikking not in invoer:
            uit[naam] = numpy.zeros(aantal, dtype=bool)
            continue
        if naam in invoer:
            uit[naam] = uit[naam] | _niet_gegeven(systeem, naam, invoer[naam], invoer[beschikking])
        uit[naam] = uit[naam] & ~leeg[beschikking]
    # Wat uit de vastgestelde leerroute blijkt (I37), ontbreekt niet waar de route is gegeven, en ook niet waar de
    # route zelf ontbreekt naast een PIP (I44): dan is de route de oorzaak. Beide alleen met een PIP op of vóór de
    # peildatum: een route telt vanaf het PIP (`leerroute_van_het_pip`, I59).
    if "pip_datum" in invoer:
        pip = ~leeg["pip_datum"] & (invoer["pip_datum"] <= numpy.datetime64(peildatum, "D"))
    else:
        pip = numpy.zeros(aantal, dtype=bool)
    blijkt = uit["leerroute"]
    if "leerroute" in invoer:
        nog_niet = _waarde(systeem, "leerroute", "nog_niet_vastgesteld")[0]
        blijkt = blijkt | (~leeg["leerroute"] & (invoer["leerroute"] != nog_niet))
    blijkt = blijkt & pip
    for naam in publiek.BLIJKT_UIT_LEERROUTE:
        uit[naam] = uit[naam] & ~blijkt
    for naam, paren in publiek.FEITEN_ALLEEN_BIJ.items():
        bij = False
        for ander, waarde in paren:
            if ander in invoer:
                gegeven = ~leeg[ander]
                if waarde != publiek.GEGEVEN:
                    gegeven = gegeven & (invoer[ander] == _waarde(systeem, ander, waarde)[0])
                bij = bij | gegeven
            if ander in uit and waarde in publiek.PROEFWAARDEN.get(ander, ()):  # het andere ontbreekt en kan die
                bij = bij | uit[ander]                                            # waarde hebben (route naast PIP)
        uit[naam] = uit[naam] & bij
    for naam, preciezer in publiek.VERVANGEN_DOOR.items():
        for ander in preciezer:
            if ander in invoer:
                uit[naam] = uit[naam] & leeg[ander]
    for naam, pad in publiek.FEITEN_TOT_LEEFTIJD.items():
        jaren = _parameter(systeem, pad)(peildatum)
        if jaren is None:  # vóór die leeftijd in de wet staat (een peildatum vóór 2007): niet gevraagd
            uit[naam] = numpy.zeros(aantal, dtype=bool)
        elif "geboortedatum" in invoer:
            jonger = verjaardag(invoer["geboortedatum"], int(jaren)) > numpy.datetime64(peildatum, "D")
            uit[naam] = uit[naam] & (jonger | leeg["geboortedatum"])
    return uit


def _niet_gegeven(systeem, naam: str, kolom: numpy.ndarray, dagen) -> numpy.ndarray:
    """Waar een feit uit een beschikking (`publiek.FEITEN_UIT_BESCHIKKING`) als niet gegeven telt: zijn
    "onbekend"-waarde (`publiek.ONBEKEND_ALS`: een lengte 0) of, voor een begrensd feit, boven de grens op de
    dag van de beschikking (`dagen`)."""
    uit = kolom == _waarde(systeem, naam, publiek.ONBEKEND_ALS[naam])[0]
    if naam in publiek.WETTELIJK_MAXIMUM:
        uit = uit | (kolom > grens_op(systeem, naam, dagen))
    return uit


def _beschikking_zonder_standaard(systeem, peildatum: str, invoer: dict,
                                  ontbreekt: Mapping[str, numpy.ndarray], aantal: int) -> dict:
    """Een ontbrekend feit uit een bekendgemaakte beschikking (`publiek.FEITEN_UIT_BESCHIKKING`) niet op zijn
    standaardwaarde, maar op zijn eerste proefwaarde. De standaard zegt iets wat de beschikking
    tegenspreekt (een nieuwe termijn van 0 maanden: geen nieuwe termijn); zo is een besluit dat voor elke
    proefwaarde gelijk is ook het getoonde besluit (de eigen rij van de persoon is dan de basis)."""
    for naam in publiek.FEITEN_UIT_BESCHIKKING:
        if ontbreekt[naam].any():
            kolom = invoer[naam] if naam in invoer else _standaard(systeem, naam, aantal)
            kolom = _met_eerste_proefwaarde(systeem, peildatum, naam, kolom, ontbreekt[naam])
            invoer = {**invoer, naam: kolom}
    return invoer


def _met_eerste_proefwaarde(systeem, peildatum: str, naam: str, kolom: numpy.ndarray,
                            rijen: numpy.ndarray) -> numpy.ndarray:
    """Een kopie van `kolom` met de eerste proefwaarde van `naam` op `rijen` (een feit uit een beschikking dat
    ontbreekt, in de eigen rijen en in de variant met de gebeurtenissen)."""
    kolom = numpy.array(kolom)
    kolom[rijen] = _proefwaarde(systeem, naam, 0, peildatum)
    return kolom


def _proefwaarde(systeem, naam: str, index: int, peildatum: str) -> numpy.ndarray:
    """Proefwaarde `index` van `naam` als één waarde in het dtype van de variabele (niet "maximum")."""
    return _waarde(systeem, naam, _proef(naam, index, peildatum))[0]


def _proefwaarden(systeem, naam: str, index: int, peildatum: str, invoer, rijen) -> numpy.ndarray:
    """Proefwaarde `index` van `naam` voor de personen `rijen`: één waarde; voor "maximum" per persoon de grens van
    de wet op de dag van zijn beschikking (`grens_op`); voor een trede van `publiek.TREDEN` ("onder_a") haar lengte
    op de peildatum, nooit boven die grens (vóór de wet, zonder treden: de grens)."""
    waarde = _proef(naam, index, peildatum)
    if isinstance(waarde, str) and waarde.startswith("verkrijging"):
        return _jaren_voor_verkrijging(systeem, peildatum, invoer, rijen, -int(waarde.removeprefix("verkrijging")))
    if waarde == "plichtige_leeftijd":
        return _plichtige_leeftijd(systeem, peildatum, invoer, rijen)
    if naam in publiek.WETTELIJK_MAXIMUM and isinstance(waarde, str):
        grens = grens_op(systeem, naam, invoer[publiek.FEITEN_UIT_BESCHIKKING[naam]][rijen])
        if waarde == "maximum":
            return grens
        try:
            trede = getattr(_parameter(systeem, publiek.TREDEN[naam])(peildatum), waarde)
            return numpy.minimum(int(trede.maanden), grens)
        except ParameterNotFoundError:
            return grens
    return _proefwaarde(systeem, naam, index, peildatum)


def _jaren_voor_verkrijging(systeem, peildatum: str, invoer, rijen, jaren: int) -> numpy.ndarray:
    """Proefwaarde "verkrijging-N" van de geboortedatum: N jaar vóór de gegeven verkrijging van het verblijf (een
    leeftijd waarop hij plichtig kan zijn, ook als de peildatum ver na de verkrijging ligt); anders de eerste."""
    eerste = _proefwaarde(systeem, "geboortedatum", 0, peildatum)
    if "verblijf_verkregen_datum" not in invoer:
        return numpy.full(len(rijen), eerste)
    geboren = na_maanden(als_datum(invoer["verblijf_verkregen_datum"][rijen]), -jaren * 12)  # not given: NaT
    return numpy.where(numpy.isnat(geboren), eerste, geboren)


def _plichtige_leeftijd(systeem, peildatum: str, invoer, rijen) -> numpy.ndarray:
    """Proefwaarde "plichtige_leeftijd" van de verkrijging van het verblijf: de eerste dag waarop hij met zijn gegeven
    geboortedatum inburgeringsplichtig kan worden (de eerste dag waarop hij de minimumleeftijd heeft die de wet op
    die dag stelt, I1; niet vóór de inwerkingtreding), als die uiterlijk op de peildatum ligt; anders de eerste
    proefwaarde. Zo blijft "niet plichtig" niet besloten voor wie tussen de proefdagen jarig werd of
    pensioengerechtigd (Wi 3 lid 1), ook als een hervorming de leeftijd tussen die dagen verandert."""
    eerste = _proefwaarde(systeem, "verblijf_verkregen_datum", 0, peildatum)
    if "geboortedatum" not in invoer:
        return numpy.full(len(rijen), eerste)
    dag = numpy.datetime64(peildatum, "D")
    vanaf = numpy.maximum(_oud_genoeg_vanaf(systeem.parameters.inburgeringsplicht.minimumleeftijd,
                                            als_datum(invoer["geboortedatum"][rijen])),
                          inwerkingtreding(systeem, peildatum))
    return numpy.where(vanaf <= dag, vanaf, eerste)


def _oud_genoeg_vanaf(minimumleeftijd, geboren: numpy.ndarray) -> numpy.ndarray:
    """De eerste dag waarop wie op `geboren` is geboren de leeftijd heeft die `minimumleeftijd` op die dag stelt (vóór
    de eerste waarde: die eerste, zoals `geldend_recht.aantal_op`); `NaT` zonder geboortedatum. De waarden volgen
    elkaar op: de eerste waarde waaronder de dag valt, geeft de vroegste dag."""
    gelden = perioden(minimumleeftijd)
    uit = numpy.full(len(geboren), ONBEKEND)
    for k, (begin, leeftijd) in enumerate(gelden):
        if leeftijd is None:  # de parameter eindigt hier
            continue
        jarig = verjaardag(geboren, int(leeftijd))
        oud_genoeg = jarig if k == 0 else numpy.maximum(jarig, begin)
        binnen = oud_genoeg < gelden[k + 1][0] if k + 1 < len(gelden) else bekend(oud_genoeg)
        uit = numpy.where(numpy.isnat(uit) & binnen, oud_genoeg, uit)
    return uit


def inwerkingtreding(systeem, peildatum) -> numpy.datetime64:
    """De dag van inwerkingtreding van de wet (`inburgeringsplicht.inwerkingtreding_datum`, Wi 3 lid 3 en 54),
    zoals de regel hem leest: op de peildatum (ervóór: zoals de wet in werking trad)."""
    parameter = systeem.parameters.inburgeringsplicht.inwerkingtreding_datum
    return numpy.datetime64(waarde_op_dag(parameter, str(numpy.datetime64(peildatum, "D")), vanaf_eerste=True), "D")


def _parameter(systeem, pad: str):
    """De parameter of knoop op `pad` in de parameters van `systeem` (`hervormingen.zoek_parameter`)."""
    return zoek_parameter(systeem.parameters, pad)


def _grensparameter(systeem, naam: str):
    return _parameter(systeem, publiek.WETTELIJK_MAXIMUM[naam])


def wettelijk_maximum(systeem, naam: str) -> int:
    """De grootste waarde die de wet van `systeem` ooit geeft aan de grens van invoer `naam`
    (`publiek.WETTELIJK_MAXIMUM`): de grens als de dag van de beschikking onbekend is, en die van het
    schema."""
    return int(max(p.value for p in _grensparameter(systeem, naam).values_list if p.value is not None))


def grens_op(systeem, naam: str, dagen) -> numpy.ndarray:
    """De grens van invoer `naam` zoals de wet van `systeem` die gaf op elke dag van de beschikking (`dagen`),
    zoals de formule hem toepast; een onbekende dag 0."""
    return aantal_op(_grensparameter(systeem, naam), dagen)


def grens_voor_invoer(systeem, naam: str, dagen) -> numpy.ndarray:
    """De grens waartegen een gegeven waarde van `naam` wordt getoetst: `grens_op` op de dag van de
    beschikking, zonder die dag (`NaT`) de grootste grens ooit (`wettelijk_maximum`)."""
    dagen = numpy.asarray(dagen, dtype="datetime64[D]")
    return numpy.where(numpy.isnat(dagen), wettelijk_maximum(systeem, naam), grens_op(systeem, naam, dagen))


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
    geen nodig feit is. Niet gegeven betekent "heeft (nog) niet plaatsgevonden". Eén keer per stelsel."""
    return afgeleid(systeem, "gebeurtenissen", lambda: tuple(
        naam for naam in publiek.INVOER
        if naam in systeem.variables and naam not in publiek.NODIGE_FEITEN and naam != "geboortedatum"
        and systeem.variables[naam].dtype == "datetime64[D]"))


# Vanaf zoveel personen toetst `beoordeel` ontbrekende gegevens met kegels (zie daar); bij weinig personen kost elke
# extra formule-aanroep meer dan extra rijen. Gemeten 2026-12-06 (beste van 5, ms gestapeld / kegels): de personen
# van bench/personen.py (een op tien mist iets) 128: 12 / 18, 256: 21 / 27, 384: 27 / 26, 1.024: 43 / 29; die van
# tests/load (veel missen een oordeel) 128: 29 / 33, 256: 46 / 35, 1.024: 107 / 42. Eerst (na 0.2.0) 2.048,
# toen het omslagpunt daar lag; sindsdien is een batch van 256 tot 2.047 personen tot 2,5x sneller.
KEGELS_VANAF = 256
# Meer personen dan dit worden in delen van zoveel beoordeeld, zodat het werkgeheugen van de berekening dat van
# één deel blijft en door het volgende deel wordt hergebruikt. Gemeten bij 1.000.000 personen (inproces.py): even
# snel, piekgeheugen 1.921 -> 1.640 MiB (1.409 MiB sinds elk deel meteen in de uitkomst komt, `_in_delen`),
# page faults 272.000 -> 170.000 (op een VM kost een page fault soms 10 us: 2-3 s systeemtijd in één keer).
DEELGROOTTE = 1 << 17
# Zoveel delen tegelijk, elk in een eigen draad: numpy laat in het rekenwerk aan grote arrays de GIL los, dus twee
# delen gebruiken twee kernen. Gemeten bij 1.000.000 personen (bench/inproces.py) op twee kernen: zie CHANGELOG.
DRADEN = min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def beoordeel(systeem, peildatum: str, kolommen: Mapping[str, Sequence], aantal: int,
              besluiten: Sequence[str] = publiek.BESLUITEN, gebeurtenissen: bool = False,
              kegels: bool | None = None) -> Beoordeling:
    """Bereken besluiten en markeer wat van ontbrekende feiten of oordelen afhangt.

    Wie een onzeker gegeven mist, krijgt eerst een basis: elk ontbrekend gegeven op zijn eerste proefwaarde.
    Daarna wordt per ontbrekend gegeven elke andere proefwaarde geprobeerd; een besluit dat dan anders uitvalt
    dan in de basis is onbepaald, met dat gegeven als oorzaak.

    Met `gebeurtenissen=True` komt er één variant bij voor wie een gebeurtenis van de procedure mist:
    alle niet gegeven gebeurtenissen op de peildatum, en zo ook een afronding die niet meetelt (Bi 5.3 lid 5,
    `Beoordeling.opnieuw`). Een datum-besluit dat leeg is en daarmee een datum krijgt, wacht op een
    gebeurtenis (`Beoordeling.nog_niet`); blijft hij leeg, of hoeft de persoon vaststaand niet aan de plicht te
    voldoen (`_niet_bij_wie_niet_plichtig`), dan is hij voor deze persoon niet van toepassing. Mist de persoon ook een
    feit over wie hij is
    (`publiek.FEITEN_OVER_DE_PERSOON`, zoals de dag van zijn verblijf), dan worden de proefwaarden van dat feit ook
    met de gebeurtenissen geprobeerd (`_gekruist`; per proef leeg waar hij niet aan de plicht hoeft te voldoen,
    `_leeg_zonder_plicht`): een lege datum die dan verschilt, hangt van dat feit af en is onbepaald (niet "niet van
    toepassing" omdat de persoon zonder dat feit nergens plichtig is; I53).

    Twee rekenwijzen met dezelfde uitkomst (`tests/test_simulatie.py`): *gestapeld* neemt de varianten als
    extra rijen mee in één berekening (goedkoop bij weinig personen); met *kegels* (standaard vanaf
    `KEGELS_VANAF` personen) rekent elke variant alleen de formules opnieuw uit die van het gevarieerde
    gegeven afhangen (`snel.herbereken`): een oordeel raakt vaak maar één besluit. Meer dan `DEELGROOTTE`
    personen worden in delen beoordeeld, met dezelfde uitkomst (ook dat bewijst `tests/test_simulatie.py`); de
    invoer wordt vooraf één keer gelezen.
    """
    besluiten = tuple(besluiten)
    invoer, leeg = _lees(systeem, kolommen)
    if aantal > DEELGROOTTE:
        return _in_delen(systeem, peildatum, invoer, leeg, aantal, besluiten, gebeurtenissen, kegels)
    return _beoordeel(systeem, peildatum, invoer, leeg, aantal, besluiten, gebeurtenissen, kegels)


def _beoordeel(systeem, peildatum: str, invoer: dict[str, numpy.ndarray], leeg: dict[str, numpy.ndarray], aantal: int,
               besluiten: tuple[str, ...], gebeurtenissen: bool, kegels: bool | None) -> Beoordeling:
    """`beoordeel` van de gelezen invoer (`_lees`) van hoogstens `DEELGROOTTE` personen."""
    # wat `_niet_bij_wie_niet_plichtig`, de kruising en `_niet_te_dateren` lezen, ook als het niet is gevraagd
    extra = [PLICHT] * gebeurtenissen + [regel for besluit, regel in publiek.NIET_TE_DATEREN.items()
                                         if besluit in besluiten]
    if extra := [naam for naam in dict.fromkeys(extra) if naam not in besluiten]:
        besluiten = (*besluiten, *extra)
    ontbreekt = _ontbreekt(systeem, peildatum, invoer, leeg, aantal)
    invoer = _beschikking_zonder_standaard(systeem, peildatum, invoer, ontbreekt, aantal)
    opnieuw = {}
    if gebeurtenissen:  # een afronding die niet meetelt, heeft voor de variant (nog) niet plaatsgevonden
        pip = invoer.get("pip_datum", numpy.full(aantal, ONBEKEND))
        opnieuw = {naam: opnieuw_nodig(invoer[naam], pip, peildatum) for naam in MEETELLEND if naam in leeg}
        opnieuw.update(_na_de_peildatum(systeem, peildatum, invoer, leeg, opnieuw))
        leeg = {**leeg, **{naam: leeg[naam] | rijen for naam, rijen in opnieuw.items()}}
    if kegels is None:
        kegels = aantal >= KEGELS_VANAF
    uitkomst = None
    if kegels:
        persoon, plan = evalueer(systeem, peildatum, invoer, aantal, besluiten)
        if plan is not None:
            uitkomst = _met_kegels(systeem, peildatum, invoer, leeg, ontbreekt, aantal, besluiten, gebeurtenissen,
                                   persoon.waarden(), plan)
    if uitkomst is None:
        uitkomst = _gestapeld(systeem, peildatum, invoer, leeg, ontbreekt, aantal, besluiten, gebeurtenissen)
    uitkomst.opnieuw = opnieuw
    _niet_bij_wie_niet_plichtig(uitkomst)
    _niet_te_dateren(uitkomst)
    for naam in extra:
        for deel in (uitkomst.waarden, uitkomst.onbepaald, uitkomst.oorzaken, uitkomst.nog_niet):
            deel.pop(naam, None)
    return uitkomst


def _na_de_peildatum(systeem, peildatum: str, invoer, leeg, al) -> dict[str, numpy.ndarray]:
    """Per gegeven gebeurtenis van de procedure (buiten `al`): waar haar dag na de peildatum ligt. Die heeft op de
    peildatum nog niet plaatsgevonden (I30): de variant met de gebeurtenissen zet haar op de peildatum, zoals een
    niet gegeven gebeurtenis, en een besluit wacht erop (`Beoordeling.opnieuw`)."""
    dag = numpy.datetime64(peildatum, "D")
    later = {naam: als_datum(invoer[naam]) > dag for naam in gebeurtenissen(systeem) if naam in leeg and naam not in al}
    return {naam: rijen for naam, rijen in later.items() if rijen.any()}


# Wie aan de plicht moet voldoen (inburgeringsplichtig, niet vrijgesteld, niet geheel ontheven): alleen voor hem
# komen de gebeurtenissen van de procedure.
PLICHT = "plicht_te_voldoen"


def _niet_bij_wie_niet_plichtig(uitkomst: Beoordeling) -> None:
    """Wie vaststaand niet aan de plicht hoeft te voldoen (een EU-burger, wie is vrijgesteld of geheel ontheven),
    wacht op geen gebeurtenis van de procedure: er komt geen kennisgeving, geen PIP en geen boete van DUO (Wi 3, 4,
    5, 11, 15, 24). Wat de variant met gebeurtenissen dan van een datum voorziet, is voor hem niet van toepassing
    (eerder alleen bij wie niet inburgeringsplichtig is), behalve een datum van `publiek.BUITEN_DE_PROCEDURE`."""
    if not uitkomst.nog_niet or PLICHT not in uitkomst.waarden:
        return
    niet_plichtig = ~uitkomst.waarden[PLICHT].astype(bool) & ~uitkomst.onbepaald[PLICHT]
    for besluit, rijen in uitkomst.nog_niet.items():
        if _alleen_met_plicht(besluit):
            rijen &= ~niet_plichtig


def _niet_te_dateren(uitkomst: Beoordeling) -> None:
    """Een datum van `publiek.NIET_TE_DATEREN` die er is maar niet uit de invoer volgt, is onbepaald: niet "niet van
    toepassing" en niet "nog niet". Zonder oorzaak in de invoer: geen gegeven lost het op (de uitleg zegt waarom).
    Hangt de regel zelf van ontbrekende invoer af, dan is een lege datum dat ook, met de oorzaken van de regel: of hij
    er is, hangt dan van die invoer af."""
    for besluit, regel in publiek.NIET_TE_DATEREN.items():
        if besluit in uitkomst.waarden and regel in uitkomst.waarden:
            leeg = numpy.isnat(uitkomst.waarden[besluit])
            onzeker = uitkomst.onbepaald[regel] & leeg
            rijen = (uitkomst.waarden[regel].astype(bool) & leeg) | onzeker
            uitkomst.onbepaald[besluit] |= rijen
            for naam, waar in uitkomst.oorzaken.get(regel, {}).items():
                oorzaken = uitkomst.oorzaken.setdefault(besluit, {})
                oorzaken[naam] = oorzaken.get(naam, numpy.zeros(len(leeg), dtype=bool)) | (waar & onzeker)
            if besluit in uitkomst.nog_niet:
                uitkomst.nog_niet[besluit] &= ~rijen


def _alleen_met_plicht(besluit: str) -> bool:
    """Of een datum die op een gebeurtenis wacht, alleen komt voor wie aan de plicht moet voldoen: alle behalve die
    van `publiek.BUITEN_DE_PROCEDURE`."""
    return besluit not in publiek.BUITEN_DE_PROCEDURE


def _leeg_zonder_plicht(besluit: str, waarden: numpy.ndarray, plicht: numpy.ndarray) -> numpy.ndarray:
    """De datums van `besluit`, leeg waar de persoon (in die variant) niet aan de plicht hoeft te voldoen en de datum
    alleen met de plicht komt (`_alleen_met_plicht`): wat de kruising van beide rekenwijzen vergelijkt."""
    return numpy.where(plicht, waarden, ONBEKEND) if _alleen_met_plicht(besluit) else waarden


def _gekruist(namen: tuple[str, ...]) -> bool:
    """Of de proef van `namen` (een of meer gevarieerde gegevens) ook met de gebeurtenissen wordt geprobeerd: alleen
    feiten over de persoon (`publiek.FEITEN_OVER_DE_PERSOON`), niet een oordeel of een feit uit de procedure."""
    return bool(namen) and set(namen) <= set(publiek.FEITEN_OVER_DE_PERSOON)


def _in_delen(systeem, peildatum, invoer, leeg, aantal, besluiten, gebeurtenissen, kegels) -> Beoordeling:
    """`beoordeel` per deel van `DEELGROOTTE` personen, `DRADEN` delen tegelijk, van de invoer die al gelezen is:
    een deel neemt er een stuk van, zonder kopie. (Lazen de delen zelf, dan hielden zij elkaar op: lezen gebeurt
    in Python, met de GIL. Gemeten bij 1.000.000 personen: 0,5-1 s sneller.) Elk deel wordt, in volgorde, meteen
    in de uitkomst voor alle personen geschreven en daarna losgelaten, zodat een volgend deel zijn geheugen
    hergebruikt: niet alle delen bestaan tegelijk naast de uitkomst (1.000.000 personen: 8 x 47 besluiten minder
    aan nieuw geheugen). Wat in een deel niet voorkomt (een oorzaak, "nog niet") is daar False."""
    waarden: dict[str, numpy.ndarray] = {}
    onbepaald: dict[str, numpy.ndarray] = {}
    oorzaken: dict[str, dict[str, numpy.ndarray]] = {besluit: {} for besluit in besluiten}
    nog_niet: dict[str, numpy.ndarray] = {}
    opnieuw: dict[str, numpy.ndarray] = {}

    def bereken_deel(plek: slice) -> Beoordeling:
        return _beoordeel(systeem, peildatum, {naam: w[plek] for naam, w in invoer.items()},
                          {naam: w[plek] for naam, w in leeg.items()}, plek.stop - plek.start, besluiten,
                          gebeurtenissen, kegels)

    def schrijf(plek: slice, deel: Beoordeling) -> None:
        for besluit in besluiten:
            _schrijf(waarden, besluit, deel.waarden[besluit], plek, aantal, elk_deel=True)
            _schrijf(onbepaald, besluit, deel.onbepaald[besluit], plek, aantal, elk_deel=True)
            for naam, rijen in deel.oorzaken[besluit].items():
                _schrijf(oorzaken[besluit], naam, rijen, plek, aantal)
        for besluit, rijen in deel.nog_niet.items():
            _schrijf(nog_niet, besluit, rijen, plek, aantal)
        for naam, rijen in deel.opnieuw.items():
            _schrijf(opnieuw, naam, rijen, plek, aantal)

    with ThreadPoolExecutor(DRADEN) as draden:
        lopend: deque = deque()
        for begin in range(0, aantal, DEELGROOTTE):
            plek = slice(begin, min(begin + DEELGROOTTE, aantal))
            lopend.append((plek, draden.submit(bereken_deel, plek)))
            if len(lopend) >= DRADEN:
                plek, deel = lopend.popleft()
                schrijf(plek, deel.result())
        while lopend:
            plek, deel = lopend.popleft()
            schrijf(plek, deel.result())
    # De oorzaken in de volgorde van `ONZEKER`, de besluiten in die van `besluiten`.
    oorzaken = {besluit: {naam: oorzaken[besluit][naam] for naam in ONZEKER if naam in oorzaken[besluit]}
                for besluit in besluiten}
    nog_niet = {besluit: nog_niet[besluit] for besluit in besluiten if besluit in nog_niet}
    return Beoordeling(peildatum, waarden, onbepaald, oorzaken, nog_niet, opnieuw)


def _schrijf(uitkomst: dict[str, numpy.ndarray], naam: str, deel: numpy.ndarray, plek: slice, aantal: int,
             elk_deel: bool = False) -> None:
    """Schrijf `deel` op `plek` in `uitkomst[naam]` (een array voor alle personen, nul/False tot hij gevuld
    is); een langere tekst in een later deel verbreedt het type, zoals `numpy.concatenate` zou doen. Met
    `elk_deel` (elk deel heeft deze waarde, dus elke rij wordt beschreven) zonder nullen vooraf: bij 1.000.000
    personen kostte het schrijven in de draad die de delen verzamelt, onder cProfile, 0,62 s met nullen en 0,46 s
    zonder (de geheugenpagina's worden nu pas bij het schrijven aangeraakt)."""
    uit = uitkomst.get(naam)
    if uit is None:
        uit = uitkomst[naam] = (numpy.empty if elk_deel else numpy.zeros)(aantal, dtype=deel.dtype)
    elif not numpy.can_cast(deel.dtype, uit.dtype, "safe"):
        uit = uitkomst[naam] = uit.astype(numpy.result_type(uit, deel))
    uit[plek] = deel


def _met_kegels(systeem, peildatum, invoer, leeg, ontbreekt, aantal, besluiten, met_gebeurtenissen, basis, plan):
    """`beoordeel` met kegels: de personen zelf (`basis`), dan de basis met proefwaarden voor wie iets mist
    (alleen waar dat iets verandert), dan per ontbrekend gegeven zijn andere proefwaarden."""
    waarden = {naam: _als_uitvoer(naam, basis[naam]) for naam in besluiten}
    onbepaald = {naam: numpy.zeros(aantal, dtype=bool) for naam in besluiten}
    oorzaken: dict[str, dict[str, numpy.ndarray]] = {naam: {} for naam in besluiten}
    nog_niet: dict[str, numpy.ndarray] = {}
    gebeurd = numpy.zeros(aantal, dtype=bool)  # wie een gebeurtenis mist
    # de varianten met gebeurtenissen vergelijken alleen datums: alleen wat die nodig hebben, wordt herberekend
    datums = [naam for naam in besluiten if waarden[naam].dtype.kind == "M"]
    datumplan = plan.voor(frozenset([*datums, PLICHT]))
    if met_gebeurtenissen:
        namen = [naam for naam in gebeurtenissen(systeem) if plan.kegel(frozenset([naam]))]
        ontbrekend = {naam: leeg.get(naam, numpy.ones(aantal, dtype=bool)) for naam in namen}
        rijen = numpy.flatnonzero(numpy.logical_or.reduce(list(ontbrekend.values()))) if namen else []
        if len(rijen):
            gebeurd[rijen] = True
            nieuw = _gebeurd(systeem, datumplan, peildatum, basis, rijen, namen, ontbrekend)
            for naam in datums:
                if naam in nieuw:
                    gevuld = numpy.zeros(aantal, dtype=bool)
                    gevuld[rijen] = bekend(als_datum(nieuw[naam])) & numpy.isnat(waarden[naam][rijen])
                    nog_niet[naam] = gevuld
    # De basis met proefwaarden: alleen rijen waar een eerste proefwaarde afwijkt van wat er staat.
    relevant = [naam for naam in ONZEKER if plan.kegel(frozenset([naam]))]
    eerste = {naam: _proefwaarde(systeem, naam, 0, peildatum) for naam in relevant}
    anders = {naam: ontbreekt[naam] & ~_gelijk(numpy.asarray(basis[naam]), eerste[naam]) for naam in relevant}
    anders = {naam: rijen for naam, rijen in anders.items() if rijen.any()}
    proefbasis = basis
    if anders:
        rijen = numpy.flatnonzero(numpy.logical_or.reduce(list(anders.values())))
        gewijzigd = {naam: numpy.where(r[rijen], eerste[naam], numpy.asarray(basis[naam])[rijen])
                     for naam, r in anders.items()}
        proefbasis = _Gelaagd(basis, rijen, herbereken(systeem, plan, peildatum, _rijen_van(basis, rijen),
                                                       len(rijen), gewijzigd))
    proef = (systeem, plan, peildatum, invoer, aantal)
    _proeven(proef, proefbasis, relevant, ontbreekt, besluiten, onbepaald, oorzaken)
    wie = {naam: ontbreekt[naam] & gebeurd for naam in relevant if _gekruist((naam,))}
    if any(rijen.any() for rijen in wie.values()):  # die proeven nog eens, nu met de gebeurtenissen (`beoordeel`)
        rijen = numpy.flatnonzero(numpy.logical_or.reduce(list(wie.values())))
        nieuw = _gebeurd(systeem, datumplan, peildatum, proefbasis, rijen, namen, ontbrekend)
        openbaar = [besluit for besluit in datums if besluit in publiek.BESLUITEN]
        leeg_nu = {besluit: numpy.isnat(waarden[besluit]) for besluit in openbaar}
        _proeven((systeem, datumplan, peildatum, invoer, aantal), _Gelaagd(proefbasis, rijen, nieuw),
                 list(wie), wie, openbaar, onbepaald, oorzaken, leeg_nu, alleen_plichtig=PLICHT in waarden)
    for besluit, rijen in nog_niet.items():
        rijen &= ~onbepaald[besluit]
    return Beoordeling(peildatum, waarden, onbepaald, oorzaken, nog_niet)


def _gebeurd(systeem, plan, peildatum: str, bron, rijen: numpy.ndarray, namen, ontbrekend) -> dict[str, numpy.ndarray]:
    """`rijen` van `bron` herberekend met elke niet gegeven gebeurtenis (`ontbrekend`) op de peildatum."""
    dag = numpy.datetime64(peildatum, "D")
    gewijzigd = {naam: numpy.where(ontbrekend[naam][rijen], dag, bron[naam][rijen]) for naam in namen}
    gezet = {naam: ontbrekend[naam][rijen] for naam in namen}
    gewijzigd.update(_feiten_bij_gebeurtenis(systeem, peildatum, gezet, _rijen_van(bron, rijen),
                                             lambda naam: bool(plan.kegel(frozenset([naam])))))
    return herbereken(systeem, plan, peildatum, _rijen_van(bron, rijen), len(rijen), gewijzigd)


def _proeven(proef, bron, namen, ontbreekt, besluiten, onbepaald, oorzaken, alleen=None,
             alleen_plichtig: bool = False) -> None:
    """Markeer wat onbepaald is: per ontbrekend gegeven van `namen` elke andere proefwaarde (en sommige samen op
    hun laatste, `publiek.SAMEN_VARIEREN`) op de rijen van `bron` die het missen, vergeleken met `bron`. Met
    `alleen` (per besluit de personen) alleen daar; met `alleen_plichtig` (de datums met gebeurtenissen) is een
    datum leeg waar de persoon in die variant niet aan de plicht hoeft te voldoen (`_niet_bij_wie_niet_plichtig`)."""
    systeem, plan, peildatum, invoer, aantal = proef

    def vergelijk(rijen, alle_rijen, nieuw, gevarieerd: tuple[str, ...]) -> None:
        # met `alleen_plichtig` kan ook een datum die zelf niet verandert, met de plicht vervallen
        oud = {besluit: bron[besluit][alle_rijen] for besluit in besluiten
               if besluit in nieuw or (alleen_plichtig and PLICHT in nieuw)}
        if alleen_plichtig:
            plicht_oud = bron[PLICHT][alle_rijen]
            plicht_nieuw = nieuw.get(PLICHT, plicht_oud)
            nieuw = {besluit: _leeg_zonder_plicht(besluit, nieuw.get(besluit, oud[besluit]), plicht_nieuw)
                     for besluit in oud}
            oud = {besluit: _leeg_zonder_plicht(besluit, waarde, plicht_oud) for besluit, waarde in oud.items()}
        _markeer(besluiten, oud, nieuw, rijen, gevarieerd, onbepaald, oorzaken, aantal, alleen)

    for naam in namen:
        rijen = numpy.flatnonzero(ontbreekt[naam])
        proeven = len(publiek.PROEFWAARDEN[naam]) - 1
        if not len(rijen) or not proeven:
            continue
        alle_rijen = numpy.tile(rijen, proeven)
        gewijzigd = {naam: numpy.concatenate([
            numpy.broadcast_to(_proefwaarden(systeem, naam, i, peildatum, invoer, rijen), len(rijen))
            for i in range(1, proeven + 1)])}
        vergelijk(rijen, alle_rijen, herbereken(systeem, plan, peildatum, _rijen_van(bron, alle_rijen),
                                                len(alle_rijen), gewijzigd), (naam,))
    for samen in _samen(namen):
        rijen = numpy.flatnonzero(numpy.logical_and.reduce([ontbreekt[naam] for naam in samen]))
        if not len(rijen):
            continue
        gewijzigd = {naam: numpy.array(numpy.broadcast_to(_proefwaarden(systeem, naam, -1, peildatum, invoer, rijen),
                                                          len(rijen))) for naam in samen}
        vergelijk(rijen, rijen, herbereken(systeem, plan, peildatum, _rijen_van(bron, rijen), len(rijen), gewijzigd),
                  samen)


def _rijen_van(bron, rijen: numpy.ndarray):
    """Hoe `snel.herbereken` een waarde van `bron` voor `rijen` ophaalt."""
    return lambda naam: bron[naam][rijen]


class _Gelaagd:
    """De waarden van `basis`, met voor `rijen` de herberekende waarden uit `nieuw`. Een kolom die `nieuw` heeft,
    wordt bij de eerste vraag één keer samengesteld (elke proef leest haar opnieuw, voor andere rijen); de andere
    zijn die van `basis`. Wie een kolom leest, krijgt een kopie van zijn rijen (`_rijen_van`)."""

    def __init__(self, basis, rijen: numpy.ndarray, nieuw: Mapping[str, numpy.ndarray]) -> None:
        self.basis, self.rijen, self.nieuw = basis, rijen, nieuw
        self.kolommen: dict[str, numpy.ndarray] = {}

    def __getitem__(self, naam: str) -> numpy.ndarray:
        kolom = self.kolommen.get(naam)
        if kolom is None:
            kolom = self.basis[naam]
            if naam in self.nieuw:
                kolom = kolom.copy()
                kolom[self.rijen] = self.nieuw[naam]
            self.kolommen[naam] = kolom
        return kolom


def _vergelijkbaar(naam: str, waarden) -> numpy.ndarray:
    """Waarden zoals ze vergeleken worden: geld op centen (zoals in de uitvoer), de rest zoals berekend."""
    waarden = numpy.asarray(waarden)
    return numpy.round(waarden.astype(numpy.float64), 2) if naam in publiek.GELD else waarden


def _gestapeld(systeem, peildatum, invoer, leeg, ontbreekt, aantal, besluiten, met_gebeurtenissen) -> Beoordeling:
    """`beoordeel` met de varianten als extra rijen in één berekening. Personen met hetzelfde stel ontbrekende
    gegevens vormen een groep die alleen die gegevens varieert."""
    groepen = _groepen(ontbreekt, aantal)
    blokken = [_varianten(systeem, peildatum, invoer, rijen, namen) for rijen, namen in groepen]
    if met_gebeurtenissen:
        groepen, blokken = _met_gebeurtenissen(systeem, peildatum, leeg, invoer, aantal, groepen, blokken)
    extra_rijen = sum(len(rijen) * len(varianten) for (rijen, _), (varianten, _) in zip(groepen, blokken, strict=True))
    samen = invoer
    if extra_rijen:
        # Elke extra rij is een kopie van een rij van de personen (`bron`), met in zijn blok de gevarieerde kolommen.
        bron = numpy.concatenate([numpy.arange(aantal)] + [numpy.tile(rijen, len(varianten))
                                                           for (rijen, _), (varianten, _) in zip(groepen, blokken,
                                                                                                 strict=True)])
        samen = {naam: waarden[bron] for naam, waarden in invoer.items()}
        begin = aantal
        for (rijen, _), (varianten, gevarieerd) in zip(groepen, blokken, strict=True):
            for naam, kolom in gevarieerd.items():
                if naam not in samen:
                    samen[naam] = _standaard(systeem, naam, aantal + extra_rijen)
                samen[naam][begin:begin + len(kolom)] = kolom
            begin += len(rijen) * len(varianten)
    uit = bereken(systeem, peildatum, samen, aantal + extra_rijen, besluiten)
    waarden = {naam: waarden[:aantal] for naam, waarden in uit.items()}
    onbepaald = {naam: numpy.zeros(aantal, dtype=bool) for naam in besluiten}
    oorzaken: dict[str, dict[str, numpy.ndarray]] = {naam: {} for naam in besluiten}
    soorten: dict[numpy.dtype, list[str]] = {}  # de besluiten per dtype: elke soort in één bewerking vergeleken
    for naam in besluiten:
        soorten.setdefault(uit[naam].dtype, []).append(naam)
    begin = aantal
    nog_niet: dict[str, numpy.ndarray] = {}
    for (rijen, _), (varianten, _) in zip(groepen, blokken, strict=True):
        n = len(rijen)
        if varianten[0][0] is _GEBEURTENISSEN:
            for namen in (namen for soort, namen in soorten.items() if soort.kind == "M"):
                gevuld = (~numpy.isnat(_stapel(uit, namen, slice(begin, begin + n)))
                          & numpy.isnat(_stapel(uit, namen, rijen)))
                for naam, rij in zip(namen, gevuld, strict=True):
                    nog_niet.setdefault(naam, numpy.zeros(aantal, dtype=bool))[rijen] = rij
            begin += n
            continue
        gekruist = varianten[0][0] is _GEKRUIST
        blok = slice(begin, begin + n * len(varianten))
        for soort, namen in soorten.items():
            if gekruist:  # de openbare datums, leeg waar die variant niet aan de plicht hoeft te voldoen
                namen = [naam for naam in namen if naam in publiek.BESLUITEN]
                if soort.kind != "M" or not namen:
                    continue
            # per besluit en variant waar die van de basis (de eerste variant) verschilt
            per_variant = _stapel(uit, namen, blok).reshape(len(namen), len(varianten), n)
            if gekruist and PLICHT in uit:
                plicht = uit[PLICHT][blok].reshape(len(varianten), n)
                per_variant = numpy.stack([_leeg_zonder_plicht(naam, waarden, plicht)
                                           for naam, waarden in zip(namen, per_variant, strict=True)])
            verschillen = ~_gelijk(per_variant[:, 1:], per_variant[:, :1])
            if gekruist:  # alleen waar de datum nu leeg is
                verschillen &= numpy.isnat(_stapel(uit, namen, rijen))[:, None, :]
            for b in numpy.flatnonzero(verschillen.any(axis=(1, 2))):
                besluit = namen[b]
                for (gevarieerd, _), verschil in zip(varianten[1:], verschillen[b], strict=True):
                    _oorzaak(besluit, rijen, verschil, _gevarieerd(gevarieerd), onbepaald, oorzaken, aantal)
        begin += n * len(varianten)
    nog_niet = {naam: nog_niet[naam] for naam in besluiten if naam in nog_niet}
    for besluit, rijen in nog_niet.items():
        rijen &= ~onbepaald[besluit]
    return Beoordeling(peildatum, waarden, onbepaald, oorzaken, nog_niet)


def _stapel(uit: Mapping[str, numpy.ndarray], namen: list[str], rijen) -> numpy.ndarray:
    """De waarden van besluiten `namen` op `rijen`, een rij per besluit."""
    return numpy.stack([uit[naam][rijen] for naam in namen])


_GEBEURTENISSEN = "gebeurtenissen"
_GEKRUIST = "gekruist"


def _met_gebeurtenissen(systeem, peildatum, leeg, invoer, aantal, groepen, blokken):
    """Voeg het blok toe met elke niet gegeven gebeurtenis op de peildatum (zie `beoordeel`)."""
    namen = gebeurtenissen(systeem)
    ontbrekend = {naam: leeg.get(naam, numpy.ones(aantal, dtype=bool)) for naam in namen}
    rijen = numpy.flatnonzero(numpy.logical_or.reduce([ontbrekend[naam] for naam in namen]))
    if not len(rijen):
        return groepen, blokken
    dag = numpy.datetime64(peildatum, "D")
    gevarieerd = {}
    for naam in namen:
        kolom = invoer[naam][rijen] if naam in invoer else _standaard(systeem, naam, len(rijen))
        kolom[ontbrekend[naam][rijen]] = dag
        gevarieerd[naam] = kolom
    gezet = {naam: ontbrekend[naam][rijen] for naam in namen}

    def huidig(naam: str) -> numpy.ndarray:
        return invoer[naam][rijen] if naam in invoer else _standaard(systeem, naam, len(rijen))

    gevarieerd.update(_feiten_bij_gebeurtenis(systeem, peildatum, gezet, huidig))
    gekruist_groepen, gekruist_blokken = [], []
    for (groep, ontbrekende), (varianten, kolommen) in zip(groepen, blokken, strict=True):
        plek = numpy.flatnonzero(numpy.isin(groep, rijen))
        # de basis, en de varianten van feiten over de persoon, ook samen (`_gekruist`)
        houd = [0] + [i for i, (naam, _) in enumerate(varianten) if _gekruist(_gevarieerd(naam))]
        if not len(plek) or len(houd) == 1:
            continue
        bij = numpy.searchsorted(rijen, groep[plek])
        kolom = {naam: numpy.tile(waarden[bij], len(houd)) for naam, waarden in gevarieerd.items()}
        kolom.update({naam: waarden.reshape(len(varianten), len(groep))[houd][:, plek].ravel()
                      for naam, waarden in kolommen.items()})
        gekruist_groepen.append((groep[plek], ontbrekende))
        gekruist_blokken.append(([(_GEKRUIST, 0), *(varianten[i] for i in houd[1:])], kolom))
    return ([*groepen, (rijen, []), *gekruist_groepen],
            [*blokken, ([(_GEBEURTENISSEN, 0)], gevarieerd), *gekruist_blokken])


def _feiten_bij_gebeurtenis(systeem, peildatum: str, gezet: Mapping[str, numpy.ndarray],
                            huidig: Callable[[str], numpy.ndarray],
                            gelezen: Callable[[str], bool] = lambda naam: True) -> dict[str, numpy.ndarray]:
    """De variant met de gebeurtenissen op de peildatum: een beschikking die daarin wordt bekendgemaakt
    (`gezet`: waar) heeft ook haar feiten (`publiek.FEITEN_UIT_BESCHIKKING`, een nieuwe termijn heeft een
    lengte); waar die niet gegeven zijn (`_niet_gegeven`, met de beschikking op de peildatum), hun eerste
    proefwaarde, zoals `_beschikking_zonder_standaard`. Alleen voor een beschikking die de variant zet (andere
    feiten hoeven er niet te zijn), en alleen een feit dat een gevraagd besluit leest (`gelezen`)."""
    uit = {}
    for naam, beschikking in publiek.FEITEN_UIT_BESCHIKKING.items():
        if beschikking in gezet and gezet[beschikking].any() and gelezen(naam):
            kolom = huidig(naam)
            rijen = gezet[beschikking] & _niet_gegeven(systeem, naam, kolom, numpy.datetime64(peildatum, "D"))
            uit[naam] = _met_eerste_proefwaarde(systeem, peildatum, naam, kolom, rijen)
    return uit


_BITS = 1 << numpy.arange(len(ONZEKER), dtype=numpy.int64)  # het patroon van ontbrekende gegevens: een bit per naam


def _groepen(ontbreekt: Mapping[str, numpy.ndarray], aantal: int) -> list[tuple[numpy.ndarray, list[str]]]:
    """[(rijen, ontbrekende namen)] per stel ontbrekende onzekere gegevens (alleen niet-lege stellen)."""
    ontbrekend = numpy.array([ontbreekt[naam] for naam in ONZEKER], dtype=numpy.int64).reshape(len(ONZEKER), aantal)
    patroon = _BITS @ ontbrekend
    uitkomst = []
    for waarde in numpy.unique(patroon[patroon > 0]):
        namen = [naam for bit, naam in enumerate(ONZEKER) if waarde >> bit & 1]
        uitkomst.append((numpy.flatnonzero(patroon == waarde), namen))
    return uitkomst


def _waarde(systeem, naam: str, waarde) -> numpy.ndarray:
    """Eén invoerwaarde (`None` = niet gegeven) als array van één in het dtype van de variabele; één keer per
    stelsel omgezet (bewaard op het stelsel, zie `hervormingen.afgeleid`)."""
    omgezet = afgeleid(systeem, "invoerwaarden", dict)
    sleutel = (naam, waarde)
    gevonden = omgezet.get(sleutel)
    if gevonden is None:
        if len(omgezet) >= 4096:  # proefdatums hangen van de peildatum af: begrensd
            omgezet.clear()
        gevonden = omgezet[sleutel] = invoerwaarden(systeem.get_variable(naam), [waarde])
    return gevonden


def _standaard(systeem, naam: str, aantal: int) -> numpy.ndarray:
    """`aantal` keer de standaardwaarde van een invoer (zoals `invoerwaarden` met alleen `None`)."""
    return numpy.repeat(_waarde(systeem, naam, None), aantal)


def _varianten(systeem, peildatum, invoer, rijen, namen):
    """Varianten voor een groep personen (`rijen`) die dezelfde onzekere gegevens (`namen`) missen:
    de basis (elk op zijn eerste proefwaarde) en per gegeven elke andere proefwaarde, als extra rijen. Geeft de
    varianten en de gevarieerde kolommen van het blok (de andere zijn die van de personen)."""
    varianten = [(None, 0)] + [(naam, i) for naam in namen for i in range(1, len(publiek.PROEFWAARDEN[naam]))]
    varianten += [(samen, -1) for samen in _samen(namen)]
    n = len(rijen)
    kolommen = {}
    for naam in namen:
        kolom = kolommen[naam] = numpy.empty(n * len(varianten), dtype=_standaard(systeem, naam, 1).dtype)
        for nummer, (gevarieerd, index) in enumerate(varianten):
            keuze = index if naam in _gevarieerd(gevarieerd) else 0
            kolom[nummer * n:(nummer + 1) * n] = _proefwaarden(systeem, naam, keuze, peildatum, invoer, rijen)
    return varianten, kolommen


def _samen(namen) -> list[tuple[str, ...]]:
    """De stellen van `publiek.SAMEN_VARIEREN` waarvan `namen` er minstens twee bevat: alleen die twee of meer."""
    stellen = (tuple(naam for naam in samen if naam in namen) for samen in publiek.SAMEN_VARIEREN)
    return [stel for stel in stellen if len(stel) > 1]


def _gevarieerd(gevarieerd) -> tuple[str, ...]:
    """De gegevens die een variant varieert: één naam, een stel (`_samen`), of geen (de basis)."""
    return () if gevarieerd is None else (gevarieerd,) if isinstance(gevarieerd, str) else gevarieerd


def _markeer(besluiten, oud, nieuw: Mapping[str, numpy.ndarray], rijen: numpy.ndarray, namen: tuple[str, ...],
             onbepaald: dict, oorzaken: dict, aantal: int, alleen=None) -> None:
    """Een besluit is onbepaald voor de personen `rijen` waar een herberekende waarde (`nieuw`, een of meer
    varianten na elkaar) verschilt van die van de proefbasis (`oud[besluit]` voor dezelfde rijen), met `namen`
    als oorzaak; met `alleen` (per besluit de personen) alleen daar."""
    for besluit in besluiten:
        if besluit not in nieuw:
            continue
        verschil = ~_gelijk(_vergelijkbaar(besluit, oud[besluit]), _vergelijkbaar(besluit, nieuw[besluit]))
        verschil = verschil.reshape(-1, len(rijen)).any(axis=0)
        if alleen is not None:
            verschil &= alleen[besluit][rijen]
        _oorzaak(besluit, rijen, verschil, namen, onbepaald, oorzaken, aantal)


def _oorzaak(besluit: str, rijen: numpy.ndarray, verschil: numpy.ndarray, namen: tuple[str, ...], onbepaald: dict,
             oorzaken: dict, aantal: int) -> None:
    """`besluit` is onbepaald voor `rijen` waar `verschil`, met `namen` als oorzaak. Een stel (`_samen`) alleen
    waar geen van zijn namen al oorzaak is: wat één gegeven alleen al verandert, heeft dat gegeven als oorzaak."""
    if len(namen) > 1:
        for naam in namen:
            if naam in oorzaken[besluit]:
                verschil = verschil & ~oorzaken[besluit][naam][rijen]
    if verschil.any():
        onbepaald[besluit][rijen] |= verschil
        for naam in namen:
            oorzaken[besluit].setdefault(naam, numpy.zeros(aantal, dtype=bool))[rijen] |= verschil


def _gelijk(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    if a.dtype.kind == "M":
        return (a == b) | (numpy.isnat(a) & numpy.isnat(b))
    return a == b


def invoernamen(systeem) -> tuple[str, ...]:
    """De invoer van de regels: die van het vocabulaire (`publiek.INVOER`) die het stelsel kent. Elke variabele zonder
    formule die voor altijd geldt (ETERNITY) staat erin (`tests/test_code_health.py`)."""
    return tuple(naam for naam in publiek.INVOER if naam in systeem.variables)


def afhankelijkheden(systeem) -> dict[str, frozenset[str]]:
    """Per besluit de invoervariabelen waar het (transitief) van afhangt, via een trace (onthouden
    op het stelsel zelf, zie `hervormingen.afgeleid`)."""
    return afgeleid(systeem, "afhankelijkheden", lambda: _afhankelijkheden(systeem))


def _afhankelijkheden(systeem) -> dict[str, frozenset[str]]:
    simulatie = SimulationBuilder().build_default_simulation(systeem, 1)
    simulatie.trace = True
    for naam in publiek.BESLUITEN:
        simulatie.calculate(naam, "2024-01-01")
    spoor = simulatie.tracer.get_flat_trace()
    directe = {sleutel.split("<")[0]: {d.split("<")[0] for d in knoop["dependencies"]}
               for sleutel, knoop in spoor.items()}
    invoer = set(invoernamen(systeem))

    def invoer_van(naam: str, gezien: set[str]) -> set[str]:
        if naam in gezien:
            return set()
        gezien.add(naam)
        gevonden = {naam} & invoer
        for afhankelijk in directe.get(naam, ()):
            gevonden |= invoer_van(afhankelijk, gezien)
        return gevonden

    return {naam: frozenset(invoer_van(naam, set())) for naam in publiek.BESLUITEN}
