"""`kies`: de eerste keuze waarvan de voorwaarde geldt, per persoon (de opsomming "a, anders b, anders ..." van een
artikel, zoals `numpy.select`)."""

from __future__ import annotations

import numpy

# Tot zoveel personen een keten van `numpy.where`; daarboven `numpy.select`. Gemeten (issue 14): bij één persoon
# kost `numpy.select` met negen voorwaarden 45-60 µs aan eigen controles, de keten 10-20 µs; bij 131.072 personen is
# `numpy.select` met datums twee keer sneller (het schrijft in één array, de keten maakt er een per voorwaarde).
KETEN_TOT = 1024


def kies(voorwaarden, keuzes, anders) -> numpy.ndarray:
    """Per persoon de keuze van de eerste voorwaarde die geldt, anders `anders`: `numpy.select(voorwaarden, keuzes,
    anders)`, met hetzelfde dtype en dezelfde uitkomst (`tests/test_kiezen.py`)."""
    if len(voorwaarden) != len(keuzes):
        raise ValueError("kies: evenveel voorwaarden als keuzes")
    if not voorwaarden or max(numpy.size(voorwaarde) for voorwaarde in voorwaarden) > KETEN_TOT:
        return numpy.select(voorwaarden, keuzes, anders)
    # van achter naar voren: de voorste voorwaarde die geldt, schrijft het laatst
    uitkomst = numpy.asarray(anders)
    for plaats, (voorwaarde, keuze) in enumerate(zip(reversed(voorwaarden), reversed(keuzes))):
        voorwaarde = numpy.asarray(voorwaarde)
        if voorwaarde.dtype != bool:  # zoals `numpy.select`: een voorwaarde is ja/nee, geen getal
            raise TypeError(f"kies: voorwaarde {len(voorwaarden) - 1 - plaats} is geen ja/nee-array")
        uitkomst = numpy.where(voorwaarde, keuze, uitkomst)
    return uitkomst
