"""Datumrekenen voor termijnen: één gevectoriseerde helper voor heel het pakket.

Conventie (gedocumenteerd in README en `docs/interpretaties.md`, getest in
`tests/test_datums.py`):

* Een datum die niet is opgegeven is `NIET_GEGEVEN` (0001-01-01) in de invoer en wordt in
  de formules meteen `ONBEKEND` (numpy `NaT`). Elke bewerking met `NaT` geeft `NaT` en elke
  vergelijking `False`; de API toont `NaT` als `null`.
* `na_maanden(s, n)`: de eerste dag ná een termijn van `n` maanden die op dag `s` begint:
  dezelfde dag van de maand, `n` maanden later; bestaat die dag niet (31 januari + 1 maand,
  29 februari + 12 maanden), dan de eerste dag van de maand daarna.
* `einde_termijn(s, n)`: de laatste dag die nog binnen de termijn valt, `na_maanden(s, n) - 1`.
  Voorbeelden: 2023-03-15 + 36 maanden eindigt op 2026-03-14; 2024-01-31 + 1 maand op
  2024-02-29; 2024-02-29 + 12 maanden op 2025-02-28.
* "binnen N weken na dag D" eindigt op D + 7N dagen (`plus_weken`).
* Een leeftijd van N jaar wordt bereikt op `na_maanden(geboortedatum, 12N)`: wie op
  29 februari is geboren, wordt in een gewoon jaar op 1 maart een jaar ouder.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from datetime import date
from functools import lru_cache, partial
from operator import is_

import numpy

NIET_GEGEVEN = date(1, 1, 1)
ONBEKEND = numpy.datetime64("NaT", "D")
_DAG = numpy.timedelta64(1, "D")
_MAAND = numpy.timedelta64(1, "M")


NIET_GEGEVEN_DAG = numpy.datetime64(NIET_GEGEVEN, "D")  # `NIET_GEGEVEN` in een `datetime64[D]`-kolom
# De dtypes als objecten: een dtype als tekst wordt bij elke aanroep opnieuw gelezen (een formule voor één persoon
# doet tientallen van zulke kleine bewerkingen, issue 14).
DAGEN = numpy.dtype("datetime64[D]")
_MAANDEN = numpy.dtype("datetime64[M]")
_GETALLEN = numpy.dtype(numpy.int64)


def als_datum(waarden) -> numpy.ndarray:
    """Invoerdatums als `datetime64[D]`, met `NIET_GEGEVEN` vervangen door `ONBEKEND`: een nieuwe array die niet
    mag worden gewijzigd (alleen-lezen). Elke formule die een datum leest, vraagt dit opnieuw aan dezelfde kolom;
    per kolom (een numpy-array) wordt het één keer gedaan en onthouden zo lang die kolom bestaat (issue 14: bij
    1.000.000 personen 0,9 s van 6 s)."""
    if type(waarden) is numpy.ndarray:
        gevonden = _ALS_DATUM.get(id(waarden))
        if gevonden is not None and gevonden[0]() is waarden:
            return gevonden[1]
        datums = _als_datum(waarden)
        sleutel = id(waarden)
        _ALS_DATUM[sleutel] = (weakref.ref(waarden, partial(_vergeet, _ALS_DATUM, sleutel)), datums)
        return datums
    return _als_datum(waarden)


_ALS_DATUM: dict[int, tuple] = {}


def _vergeet(onthouden: dict, sleutel: int, _verwijzing) -> None:
    """Weg met wat bij een kolom hoort zodra die kolom ophoudt te bestaan (vóór zijn plaats, zijn `id`, vrijkomt)."""
    onthouden.pop(sleutel, None)


_NIET_GEGEVEN_NUMMER = NIET_GEGEVEN_DAG.astype(numpy.int64)
_ONBEKEND_NUMMER = ONBEKEND.astype(numpy.int64)


def _als_datum(waarden) -> numpy.ndarray:
    datums = als_eigen_datums(waarden)
    datums.setflags(write=False)
    return datums


def als_eigen_datums(waarden) -> numpy.ndarray:
    """Als `als_datum`, maar een nieuwe, schrijfbare array die niet wordt onthouden (zoals een uitkomst die de
    aanroeper krijgt). Als dagnummers vergeleken en vervangen: drie keer sneller dan kopiëren en maskeren."""
    dagnummers = numpy.asarray(waarden, dtype=DAGEN).view(_GETALLEN)
    return numpy.where(dagnummers == _NIET_GEGEVEN_NUMMER, _ONBEKEND_NUMMER, dagnummers).view(DAGEN)


def lees_iso(waarden) -> numpy.ndarray | None:
    """Teksten `JJJJ-MM-DD` en `None` (een lijst, een tekst- of object-array) als `datetime64[D]`, `None` als NaT;
    None als een waarde iets anders is of een dag die niet bestaat.

    pyarrow leest de teksten in C, strikt: alleen deze vorm met ASCII-cijfers, in de proleptisch gregoriaanse
    kalender van numpy (getest op elke dag van de jaren 1 tot en met 9999). Gemeten bij 1.000.000 datums als lijst:
    55-110 ms (naar de belasting van de machine), twee tot vier keer sneller dan elke tekst apart of de cijfers met
    numpy."""
    teksten = als_arrow(waarden, "string")
    if teksten is None:
        return None
    import pyarrow
    import pyarrow.compute

    try:
        dagen = pyarrow.compute.cast(teksten, pyarrow.date32())
    except (pyarrow.ArrowException, TypeError, ValueError, OverflowError):
        return None
    uit = dagen.cast(pyarrow.int32()).fill_null(0).to_numpy(zero_copy_only=False).astype(numpy.int64).view(DAGEN)
    if dagen.null_count:
        uit[dagen.is_null().to_numpy(zero_copy_only=False)] = ONBEKEND
    return uit


def als_arrow(waarden, soort: str):
    """`waarden` (een lijst, of een array) als pyarrow-array van het type `pyarrow.<soort>()` (`None` is null), of
    None als pyarrow een waarde niet zo leest. Het type wordt gegeven, niet geraden: een waarde van een andere
    soort is meteen een fout (pyarrow zou anders objecten met verschillende namen seconden lang samenvoegen; een
    review: 6 s voor een body van 95 KB), en zo is er geen controle van elke waarde in Python vooraf nodig."""
    import pyarrow

    try:
        return pyarrow.array(waarden, type=getattr(pyarrow, soort)())
    except (pyarrow.ArrowException, TypeError, ValueError, OverflowError):
        return None


def datum(jaren, maanden, dagen) -> numpy.ndarray:
    """De datum van jaar, maand en dag, gevectoriseerd, in de (proleptisch gregoriaanse) kalender van numpy. Een
    dag voorbij het eind van de maand loopt door in de volgende maand (31 april is 1 mei)."""
    maand = _maandnummer(numpy.asarray(jaren), numpy.asarray(maanden)).astype("datetime64[M]")
    return maand.astype("datetime64[D]") + (numpy.asarray(dagen) - 1).astype("timedelta64[D]")


def _maandnummer(jaren, maanden):
    """Maand `maanden` (1-12) van jaar `jaren` als aantal maanden sinds januari 1970 (zoals `datetime64[M]`)."""
    return (jaren - 1970) * 12 + maanden - 1


def bekend(datums) -> numpy.ndarray:
    """True waar een datum bekend is (geen `NaT`)."""
    return ~numpy.isnat(numpy.asarray(datums, dtype=DAGEN))


@lru_cache(maxsize=1024)
def dag(period) -> numpy.datetime64:
    """De peildatum van een OpenFisca-periode als `datetime64[D]`; onthouden per periode (elke formule vraagt hem, en
    de periode omzetten kost tienmaal een opzoeking)."""
    return numpy.datetime64(period.start.date, "D")


def plus_dagen(datums, dagen) -> numpy.ndarray:
    stap = numpy.timedelta64(dagen, "D") if type(dagen) is int else numpy.asarray(dagen).astype("timedelta64[D]")
    return numpy.asarray(datums, dtype=DAGEN) + stap


def begin_na_bekendmaking(bekendmaking) -> numpy.ndarray:
    """De eerste dag van een termijn uit een beschikking: de dag na de bekendmaking (de nieuwe termijn van Wi 24
    lid 2 en 25 lid 2). `NaT` blijft `NaT`."""
    return plus_dagen(bekendmaking, 1)


def loopt_na_bekendmaking(bekendmaking, einde, peildatum) -> numpy.ndarray:
    """True waar een termijn uit een beschikking op `peildatum` loopt: vanaf de dag na de bekendmaking tot en
    met zijn laatste dag `einde` (de nieuwe termijn van Wi 24 lid 2 en 25 lid 2). Een onbekende dag: False."""
    begin = begin_na_bekendmaking(bekendmaking)
    return (begin <= peildatum) & (peildatum <= numpy.asarray(einde, dtype=DAGEN))


def plus_weken(datums, weken) -> numpy.ndarray:
    """De laatste dag van "binnen N weken na dag D": D + 7N dagen."""
    return plus_dagen(datums, numpy.asarray(weken) * 7)


def na_maanden(begin, maanden) -> numpy.ndarray:
    """De eerste dag na een termijn van `maanden` maanden die op `begin` start.

    Is het aantal maanden voor elke bekende begindag gelijk (een parameter), dan via een opzoektabel
    (`via_tabel`, issue 14); de definitie is `_na_maanden`."""
    begin = numpy.asarray(begin, dtype=DAGEN)
    aantal = enig_aantal(begin, maanden)
    if aantal is not None:
        return via_tabel(lambda datums: _na_maanden(datums, aantal), ("na_maanden", aantal), begin)
    return _na_maanden(begin, maanden)


def enig_aantal(dagen: numpy.ndarray, aantallen) -> int | None:
    """Het ene aantal (maanden, weken) dat voor elke bekende dag van `dagen` geldt, of None als dat verschilt
    (of geen geheel getal is). Zonder bekende dag: 0 (dan is elke uitkomst `NaT`). Een termijn van zo'n vast
    aantal is een functie van één datum en kan via een opzoektabel (`via_tabel`)."""
    if type(aantallen) is int and _INT64_MIN <= aantallen <= _INT64_MAX:  # een getal uit de formule: geen array nodig
        return aantallen if dagen.ndim == 1 else None
    aantallen = numpy.asarray(aantallen)
    if aantallen.dtype.kind not in "iu" or dagen.ndim != 1 or aantallen.shape not in ((), dagen.shape):
        return None
    bekend = aantallen if aantallen.ndim == 0 else aantallen[~numpy.isnat(dagen)]
    if bekend.size == 0:
        return 0
    eerste = int(bekend.flat[0])
    return eerste if aantallen.ndim == 0 or not numpy.count_nonzero(bekend != eerste) else None


_INT64_MIN, _INT64_MAX = int(numpy.iinfo(numpy.int64).min), int(numpy.iinfo(numpy.int64).max)


def _na_maanden(begin, maanden) -> numpy.ndarray:
    """Dezelfde dag van de maand, `maanden` maanden na `begin`; bestaat die dag niet, de eerste dag van de
    maand daarna."""
    begin = numpy.asarray(begin, dtype=DAGEN)
    beginmaand = begin.astype(_MAANDEN)
    dag_in_maand = begin - beginmaand.astype(DAGEN)
    doelmaand = beginmaand + numpy.asarray(maanden).astype("timedelta64[M]")
    eerste_van_doel = doelmaand.astype(DAGEN)
    eerste_daarna = (doelmaand + _MAAND).astype(DAGEN)
    kandidaat = eerste_van_doel + dag_in_maand
    return numpy.where(kandidaat < eerste_daarna, kandidaat, eerste_daarna)


def verjaardag(geboren, jaren) -> numpy.ndarray:
    """De dag waarop wie op `geboren` is geboren `jaren` jaar oud wordt: de eerste dag na een termijn van zoveel jaren
    die op de geboortedag start (`na_maanden`; geboren op 29 februari: 1 maart in een gewoon jaar, I19)."""
    return na_maanden(geboren, 12 * jaren)


def eerste_dag_volgende_maand(datums) -> numpy.ndarray:
    """De eerste dag van de maand na de maand van elke datum (31 januari en 1 januari: 1 februari); `NaT` blijft
    `NaT`."""
    maand = numpy.asarray(datums, dtype=DAGEN).astype(_MAANDEN)
    return (maand + _MAAND).astype(DAGEN)


def einde_termijn(begin, maanden) -> numpy.ndarray:
    """De laatste dag binnen een termijn van `maanden` maanden die op `begin` start."""
    return na_maanden(begin, maanden) - _DAG


# Opzoektabellen voor zware datumfuncties (issue 14). Een functie van één datum naar één waarde wordt
# één keer uitgerekend voor elke dag van `TABEL_VAN` tot `TABEL_TOT`; daarna is elke aanroep een
# indexering (ook voor `NaT`). Datums daarbuiten gaan naar de functie zelf. De sleutel bevat de parameters
# waar de functie van afhangt, zodat een hervorming die ze wijzigt vanzelf een nieuwe tabel krijgt.
# `tests/test_tabellen.py` bewijst dat tabel en functie op elke dag van het bereik gelijk zijn.
TABEL_VAN = numpy.datetime64("1900-01-01", "D")
TABEL_TOT = numpy.datetime64("2100-01-01", "D")
TABELLEN_AAN = True  # uit alleen in tests, om tabel en functie naast elkaar te zetten
_TABELLEN: dict[tuple, numpy.ndarray] = {}


def via_tabel(functie, sleutel: tuple, datums) -> numpy.ndarray:
    """`functie(datums)` via een opzoektabel; `sleutel` moet alles bevatten waar `functie` van afhangt.
    `NaT` (een onbekende datum) krijgt de uitkomst van `functie` voor `NaT`, één keer berekend."""
    datums = numpy.asarray(datums, dtype=DAGEN)
    if not TABELLEN_AAN or datums.ndim != 1:
        return functie(datums)
    tabel = _TABELLEN.get(sleutel)
    if tabel is None:
        if len(_TABELLEN) >= 64:  # oude hervormingen niet eindeloos bewaren
            _TABELLEN.clear()
        # de laatste plaats is die van NaT
        tabel = _TABELLEN[sleutel] = functie(numpy.append(numpy.arange(TABEL_VAN, TABEL_TOT), ONBEKEND))
    index = datums.view(_GETALLEN) - _EERSTE_DAG  # NaT is het kleinste int64: zeer negatief
    binnen = index.view(numpy.uint64) < len(tabel) - 1  # negatief wordt als uint64 zeer groot
    # `count_nonzero` in plaats van `.all()` en `.any()`: bij enkele rijen (één verzoek) een kwart van de tijd
    if numpy.count_nonzero(binnen) == len(binnen):
        return tabel[index]
    uitkomst = tabel[numpy.where(binnen, index, len(tabel) - 1)]  # eerst overal buiten: de plaats van NaT
    buiten = ~binnen & ~numpy.isnat(datums)
    if numpy.count_nonzero(buiten):
        uitkomst[buiten] = functie(datums[buiten])
    return uitkomst


_EERSTE_DAG = TABEL_VAN.astype(numpy.int64)


def sleutel_van(parameter) -> tuple:
    """De waarden van een gedateerde parameter als hashbare sleutel (voor `via_tabel`)."""
    return bij_parameter(parameter, "_sleutel", lambda waarden: tuple((p.instant_str, repr(p.value)) for p in waarden))


def bij_parameter(parameter, naam: str, afleiden):
    """`afleiden(waarden)` uit de waarde-objecten van een gedateerde parameter, onthouden op de parameter onder
    `naam` (`onthouden`): wijzigt de lijst (een hervorming, `update`), dan wordt het opnieuw afgeleid."""
    waarden = parameter.values_list
    return onthouden(parameter, naam, waarden, lambda: afleiden(waarden))


def onthouden(houder, naam: str, bronnen: Sequence, afleiden):
    """`afleiden()`, onthouden óp `houder` (een parameter of node: dus zo lang als diens stelsel bestaat) onder
    `naam`, bij precies de objecten `bronnen` waaruit het volgt (een kopie van de reeks: een lijst die daarna
    verandert, telt als andere bronnen); is er één een ander object, dan opnieuw."""
    gevonden = houder.__dict__.get(naam)
    if gevonden is None or len(gevonden[0]) != len(bronnen) or not all(map(is_, gevonden[0], bronnen)):
        gevonden = houder.__dict__[naam] = (tuple(bronnen), afleiden())
    return gevonden[1]
