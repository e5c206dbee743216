"""`kies`: de eerste keuze waarvan de voorwaarde geldt, per persoon (de opsomming "a, anders b, anders ..." van een
artikel, zoals `numpy.select`)."""

from __future__ import annotations

import numpy

# Tot zoveel personen een keten van `numpy.where`; daarboven `numpy.select`. Gemeten (issue 14): bij één persoon
# kost `numpy.select` met negen voorwaarden 45-60 µs aan eigen controles, de keten 10-20 µs; bij 131.072 personen is
# `numpy.select` met datums twee keer sneller (het schrijft in één array, de keten maakt er een per voorwaarde).
KETEN_TOT = 1024

_PYTHON_GETAL = (int, float, complex)  # blijft "zwak" bij het bepalen van het dtype (NEP 50), als in `numpy.select`


def kies(voorwaarden, keuzes, anders) -> numpy.ndarray:
    """Per persoon de keuze van de eerste voorwaarde die geldt, anders `anders`: `numpy.select(voorwaarden, keuzes,
    anders)`, met dezelfde uitkomst en hetzelfde dtype (`tests/test_kiezen.py`). Het dtype is dat van
    `numpy.select`, vooraf bepaald, en elke keuze wordt eerst daarin omgezet; wat de keten niet zo kan (een
    voorwaarde die geen ja/nee is, vormen die niet samengaan, een getal buiten het dtype), doet `numpy.select` zelf:
    dezelfde uitkomst of dezelfde fout."""
    if len(voorwaarden) != len(keuzes) or not voorwaarden or max(map(numpy.size, voorwaarden)) > KETEN_TOT:
        return numpy.select(voorwaarden, keuzes, anders)
    try:
        return _keten(voorwaarden, keuzes, anders)
    except (TypeError, ValueError, OverflowError):
        return numpy.select(voorwaarden, keuzes, anders)


def _keten(voorwaarden, keuzes, anders) -> numpy.ndarray:
    if type(anders) is int and all(type(keuze) is int for keuze in keuzes):
        # alleen Python-gehelen (de indexen van een enum): int64, zoals `numpy.select` ze kiest; een geheel buiten
        # int64 geeft een fout, en `numpy.select` zijn eigen
        uitkomst = numpy.asarray(anders)
        if uitkomst.dtype != numpy.int64:
            raise OverflowError(anders)
        for voorwaarde, keuze in zip(reversed(voorwaarden), reversed(keuzes), strict=True):
            uitkomst = numpy.where(_ja_nee(voorwaarde), keuze, uitkomst)
        return uitkomst
    keuzes = [keuze if type(keuze) in _PYTHON_GETAL else numpy.asarray(keuze) for keuze in keuzes]
    dtype = numpy.result_type(*keuzes, anders if type(anders) in _PYTHON_GETAL else numpy.asarray(anders))
    uitkomst = numpy.asarray(anders).astype(dtype)  # zoals `numpy.select` zijn standaard invult
    # van achter naar voren: de voorste voorwaarde die geldt, schrijft het laatst
    for voorwaarde, keuze in zip(reversed(voorwaarden), reversed(keuzes), strict=True):
        voorwaarde = _ja_nee(voorwaarde)
        # omgezet zoals `numpy.select` elke keuze in zijn uitkomst kopieert (`copyto`, "same_kind")
        keuze = numpy.asarray(keuze).astype(dtype, casting="same_kind", copy=False)
        uitkomst = numpy.where(voorwaarde, keuze, uitkomst)
    return uitkomst


def _ja_nee(voorwaarde) -> numpy.ndarray:
    voorwaarde = numpy.asarray(voorwaarde)
    if voorwaarde.dtype != bool:  # `numpy.select` weigert het, met zijn eigen fout
        raise TypeError("geen ja/nee")
    return voorwaarde
