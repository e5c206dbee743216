"""Algemene termijnenwet (Atw): verlenging van een termijn die op een vrije dag eindigt.

Atw art. 1 lid 1: een in een wet gestelde termijn die op een zaterdag, zondag of algemeen
erkende feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die geen zaterdag,
zondag of algemeen erkende feestdag is. Atw art. 3 lid 1 noemt als algemeen erkende
feestdagen: Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide
Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd
(27 april; 26 april als 27 april op een zondag valt) en de vijfde mei.

De feestdagen worden berekend (Pasen met het Gregoriaanse algoritme van Meeus/Jones/Butcher),
niet opgesomd, zodat elk jaar klopt.
"""

from __future__ import annotations

import numpy

from inburgering_rules.datums import plus_dagen

BRON_ATW = "https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=3"


def eerste_paasdag(jaren) -> numpy.ndarray:
    """Eerste Paasdag per jaar (Gregoriaanse kalender), gevectoriseerd."""
    j = numpy.asarray(jaren, dtype=numpy.int64)
    a, b, c = j % 19, j // 100, j % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - de naam uit het algoritme
    m = (a + 11 * h + 22 * l) // 451
    maand = (h + l - 7 * m + 114) // 31
    dag = (h + l - 7 * m + 114) % 31 + 1
    return _datum(j, maand, dag)


def _datum(jaren, maanden, dagen) -> numpy.ndarray:
    jaar = (numpy.asarray(jaren) - 1970).astype("datetime64[Y]")
    maand = jaar.astype("datetime64[M]") + (numpy.asarray(maanden) - 1).astype("timedelta64[M]")
    return maand.astype("datetime64[D]") + (numpy.asarray(dagen) - 1).astype("timedelta64[D]")


def _is_zondag(datums) -> numpy.ndarray:
    return _weekdag(datums) == 6


def _weekdag(datums) -> numpy.ndarray:
    """0 = maandag … 6 = zondag (1970-01-01 was een donderdag)."""
    return (numpy.asarray(datums, dtype="datetime64[D]").astype(numpy.int64) + 3) % 7


def is_feestdag(datums) -> numpy.ndarray:
    """True waar een datum een algemeen erkende feestdag is (Atw art. 3 lid 1)."""
    datums = numpy.asarray(datums, dtype="datetime64[D]")
    jaren = datums.astype("datetime64[Y]").astype(numpy.int64) + 1970
    pasen = eerste_paasdag(jaren)
    koningsdag = _datum(jaren, 4, 27)
    koningsdag = numpy.where(_is_zondag(koningsdag), koningsdag - numpy.timedelta64(1, "D"), koningsdag)
    feestdagen = (
        _datum(jaren, 1, 1),
        plus_dagen(pasen, 1),
        plus_dagen(pasen, 39),
        plus_dagen(pasen, 50),
        koningsdag,
        _datum(jaren, 5, 5),
        _datum(jaren, 12, 25),
        _datum(jaren, 12, 26),
    )
    return numpy.logical_or.reduce([datums == f for f in feestdagen])


def is_vrije_dag(datums) -> numpy.ndarray:
    """Zaterdag, zondag of algemeen erkende feestdag."""
    return (_weekdag(datums) >= 5) | is_feestdag(datums)


def verleng_tot_werkdag(einddatums) -> numpy.ndarray:
    """Atw art. 1: schuif een einddatum op naar de eerstvolgende dag die geen vrije dag is."""
    datums = numpy.array(einddatums, dtype="datetime64[D]", copy=True, ndmin=1)
    for _ in range(10):  # hoogstens vier vrije dagen op rij (Kerst in een weekend)
        opschuiven = is_vrije_dag(datums) & ~numpy.isnat(datums)
        if not opschuiven.any():
            break
        datums[opschuiven] += numpy.timedelta64(1, "D")
    return datums
