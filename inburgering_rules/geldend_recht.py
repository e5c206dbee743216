"""Het recht zoals het gold op de dag van een gebeurtenis, per persoon.

OpenFisca kiest een parameterwaarde op de peildatum. Een termijn volgt echter de regel die
gold op de gebeurtenis die hem doet lopen (de kennisgeving, de inschrijving, de verkrijging
van het verblijf), en die dag verschilt per persoon. Deze helpers zoeken een gedateerde
parameter gevectoriseerd op per persoon.
"""

from __future__ import annotations

import bisect

import numpy

from inburgering_rules.datums import DAGEN, bij_parameter


def perioden(parameter) -> list[tuple[numpy.datetime64, object]]:
    """[(begindatum, waarde)] van een parameter, oplopend (een waarde `None` beëindigt hem); onthouden."""
    return _opgezocht(parameter)[0]


def _opgezocht(parameter) -> tuple[list, numpy.ndarray, dict]:
    """[(begindatum, waarde)] oplopend (een waarde `None` beëindigt de parameter), de begindatums als array, en
    een plek voor wat `waarde_op` per `onbekend` en `vanaf_eerste` afleidt; onthouden op de parameter
    (`bij_parameter`)."""
    return bij_parameter(parameter, "_geldend_recht", _perioden_van)


def _perioden_van(waarden) -> tuple[list, numpy.ndarray, dict]:
    perioden = sorted(((numpy.datetime64(p.instant_str, "D"), p.value) for p in waarden), key=lambda paar: paar[0])
    return perioden, numpy.array([begin for begin, _ in perioden], dtype="datetime64[D]"), {}


def waarde_op(parameter, datums, onbekend=numpy.nan, vanaf_eerste: bool = False) -> numpy.ndarray:
    """De waarde van een getal-parameter op elke datum; `onbekend` voor `NaT` of vóór de eerste.

    `vanaf_eerste`: een dag vóór de eerste waarde krijgt de eerste waarde, voor een gebeurtenis van vóór de
    regel die toch onder die regel valt (een inschrijving in 2021 bij een plicht van 2022: de tekst zoals die
    in werking trad); alleen `NaT` is dan `onbekend`."""
    perioden, begins, opgezocht = _opgezocht(parameter)
    sleutel = (repr(onbekend), vanaf_eerste)  # nan is niet gelijk aan zichzelf
    gevonden = opgezocht.get(sleutel)
    if gevonden is None:
        # Plaats 0 is `onbekend`; plaats i de waarde vanaf de i-de begindatum. Met `vanaf_eerste` begint de
        # eerste periode bij de vroegste bekende dag (NaT is het kleinste int64, de dag erna al bekend).
        grenzen = begins.view(numpy.int64).copy()
        if vanaf_eerste and len(grenzen):
            grenzen[0] = numpy.iinfo(numpy.int64).min + 1
        waarden = numpy.array([onbekend] + [onbekend if w is None else w for _, w in perioden])
        gevonden = opgezocht[sleutel] = (grenzen, waarden, numpy.min_scalar_type(len(grenzen)))
    grenzen, waarden, soort = gevonden
    # De plaats is het aantal begindatums op of vóór de dag: een vergelijking per periode (een parameter heeft
    # er weinig) is bij 100.000 dagen tien keer sneller dan `searchsorted` op datums; bij enkele dagen (één
    # persoon met zijn varianten) is `searchsorted` één bewerking in plaats van twee per periode.
    dagen = numpy.asarray(datums, dtype=DAGEN).view(numpy.int64)
    if dagen.size <= _WEINIG:
        return waarden.take(grenzen.searchsorted(dagen, side="right"))
    plaats = numpy.zeros(dagen.shape, dtype=soort)
    for grens in grenzen:
        plaats += dagen >= grens
    return waarden.take(plaats)


_WEINIG = 64


def aantal_op(parameter, datums) -> numpy.ndarray:
    """Een aantal uit de wet (weken, maanden, jaren) zoals het gold op elke dag van `datums`, als gehele
    getallen: de dag van de gebeurtenis die een termijn doet lopen. Een dag vóór de eerste waarde krijgt de
    regel zoals die in werking trad (`vanaf_eerste`); een onbekende dag 0 (de termijn blijft dan `NaT`)."""
    return waarde_op(parameter, datums, onbekend=0, vanaf_eerste=True).astype(numpy.int64)


def waarde_op_dag(parameter, dag: str | None, vanaf_eerste: bool = False):
    """`waarde_op` voor één dag als tekst (JJJJ-MM-DD): de waarde die op `dag` gold; None zonder dag, vóór de
    eerste waarde (met `vanaf_eerste`: de eerste waarde) of na het einde van de parameter. Voor zinnen die een
    getal uit de wet noemen (de uitleg)."""
    periode = _periode_op_dag(parameter, dag, vanaf_eerste)
    return None if periode is None else periode[1]


def begin_op_dag(parameter, dag: str | None, vanaf_eerste: bool = False) -> str | None:
    """De eerste dag (JJJJ-MM-DD) van de waarde die op `dag` gold: sinds wanneer die tekst geldt; None zonder
    dag of vóór de eerste waarde (met `vanaf_eerste`: de eerste)."""
    periode = _periode_op_dag(parameter, dag, vanaf_eerste)
    return None if periode is None else str(periode[0])


def _periode_op_dag(parameter, dag: str | None, vanaf_eerste: bool = False) -> tuple | None:
    """(begindatum, waarde) van de periode waarin `dag` valt; None zonder dag of vóór de eerste (met
    `vanaf_eerste`: de eerste)."""
    if not dag:
        return None
    perioden, begins, _ = _opgezocht(parameter)
    plek = bisect.bisect_right(begins, numpy.datetime64(dag, "D")) - 1
    if vanaf_eerste:
        plek = max(plek, 0)
    return perioden[plek] if plek >= 0 else None


def lijst_bevat_op(parameter, datums, sleutels, vertaal=lambda lijst: lijst) -> numpy.ndarray:
    """True waar de lijst-parameter zoals die gold op `datums` de `sleutels` bevat.

    `vertaal` zet de lijst om naar het type van `sleutels` (bijv. enum-namen naar indexen).
    """
    gelden = perioden(parameter)
    datums = numpy.asarray(datums, dtype="datetime64[D]")
    uitkomst = numpy.zeros(datums.shape, dtype=bool)
    for nummer, (begin, lijst) in enumerate(gelden):
        einde = gelden[nummer + 1][0] if nummer + 1 < len(gelden) else None
        in_periode = datums >= begin if einde is None else (datums >= begin) & (datums < einde)
        if lijst:
            uitkomst |= in_periode & bevat(sleutels, vertaal(lijst))
    return uitkomst


def bevat(waarden, lijst) -> numpy.ndarray:
    """`numpy.isin(waarden, lijst)`; voor enkele personen als vergelijking met elk lid (isin sorteert eerst: bij
    één persoon zes keer zo duur). Teksten als objecten (een tekstvariabele, zoals de nationaliteit): per waarde
    opgezocht in een verzameling (131.072 personen: 7 ms; als tekst-array met isin 42 ms): als Python-waarde, dus
    b"PL" of "PL\\x00" is niet "PL" (de API aanvaardt alleen twee hoofdletters)."""
    waarden, lijst = numpy.asarray(waarden), numpy.asarray(lijst)
    if waarden.dtype == object:
        leden = frozenset(lijst.tolist())
        return numpy.fromiter(map(leden.__contains__, waarden.ravel()), dtype=bool,
                              count=waarden.size).reshape(waarden.shape)
    if waarden.size > 256:
        return numpy.isin(waarden, lijst)
    return (waarden[..., None] == lijst).any(axis=-1)
