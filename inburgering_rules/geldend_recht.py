"""Het recht zoals het gold op de dag van een gebeurtenis, per persoon.

OpenFisca kiest een parameterwaarde op de peildatum. Een termijn volgt echter de regel die
gold op de gebeurtenis die hem doet lopen (de kennisgeving, de inschrijving, de verkrijging
van het verblijf), en die dag verschilt per persoon. Deze helpers zoeken een gedateerde
parameter gevectoriseerd op per persoon.
"""

from __future__ import annotations

import numpy

from inburgering_rules.datums import bekend


def _perioden(parameter) -> list[tuple[numpy.datetime64, object]]:
    return _opgezocht(parameter)[1]


def _opgezocht(parameter) -> tuple[tuple, list, numpy.ndarray]:
    """[(begindatum, waarde)] oplopend; een waarde `None` beëindigt de parameter.

    Onthouden óp de parameter (en dus precies zo lang als diens stelsel bestaat), bij het stel
    waarde-objecten waaruit het is afgeleid: wijzigt de lijst, dan wordt het opnieuw afgeleid."""
    waarden = tuple(parameter.values_list)
    gevonden = parameter.__dict__.get("_geldend_recht")
    if gevonden is None or len(gevonden[0]) != len(waarden) or any(
            a is not b for a, b in zip(gevonden[0], waarden, strict=True)):
        perioden = sorted(((numpy.datetime64(p.instant_str, "D"), p.value) for p in waarden), key=lambda paar: paar[0])
        begins = numpy.array([begin for begin, _ in perioden], dtype="datetime64[D]")
        gevonden = parameter.__dict__["_geldend_recht"] = (waarden, perioden, begins)
    return gevonden


def waarde_op(parameter, datums, onbekend=numpy.nan) -> numpy.ndarray:
    """De waarde van een getal-parameter op elke datum; `onbekend` voor `NaT` of vóór de eerste."""
    _, perioden, begins = _opgezocht(parameter)
    waarden = numpy.array([onbekend if w is None else w for _, w in perioden] + [onbekend])
    datums = numpy.asarray(datums, dtype="datetime64[D]")
    index = numpy.searchsorted(begins, datums, side="right") - 1
    index = numpy.where((index < 0) | ~bekend(datums), len(perioden), index)
    return waarden[index]


def lijst_bevat_op(parameter, datums, sleutels, vertaal=lambda lijst: lijst) -> numpy.ndarray:
    """True waar de lijst-parameter zoals die gold op `datums` de `sleutels` bevat.

    `vertaal` zet de lijst om naar het type van `sleutels` (bijv. enum-namen naar indexen).
    """
    perioden = _perioden(parameter)
    datums = numpy.asarray(datums, dtype="datetime64[D]")
    uitkomst = numpy.zeros(datums.shape, dtype=bool)
    for nummer, (begin, lijst) in enumerate(perioden):
        einde = perioden[nummer + 1][0] if nummer + 1 < len(perioden) else None
        in_periode = datums >= begin if einde is None else (datums >= begin) & (datums < einde)
        if lijst:
            uitkomst |= in_periode & bevat(sleutels, vertaal(lijst))
    return uitkomst


def bevat(waarden, lijst) -> numpy.ndarray:
    """`numpy.isin(waarden, lijst)`; voor enkele personen als vergelijking met elk lid (isin sorteert eerst: bij
    één persoon zes keer zo duur)."""
    waarden, lijst = numpy.asarray(waarden), numpy.asarray(lijst)
    if waarden.size > 256:
        return numpy.isin(waarden, lijst)
    return (waarden[..., None] == lijst).any(axis=-1)
