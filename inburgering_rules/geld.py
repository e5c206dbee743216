"""Bedragen in hele centen: één plek voor het omrekenen van euro's (formules, wat-als).

Een formule rekent in centen (int64) en zet pas aan het eind om naar euro's, zodat 37,50 exact 37,50 blijft.
Afronden op de cent gaat half naar even, zoals `numpy.round` (`tests/test_geld.py`).
"""

from __future__ import annotations

import numpy

CENT = 100  # centen in een euro


def centen(euros):
    """Euro's als hele centen (int64). Een los getal (een parameter) zonder array-omweg: dezelfde afronding
    (Python's `round` op een float is ook half naar even), een numpy-getal als uitkomst."""
    if type(euros) is int or type(euros) is float:
        return numpy.int64(round(euros * CENT))
    return numpy.round(numpy.asarray(euros, dtype=numpy.float64) * CENT).astype(numpy.int64)


def euros(centen_) -> numpy.ndarray:
    """Hele centen als euro's (float64: op de cent exact zoals JSON ze toont)."""
    return numpy.asarray(centen_, dtype=numpy.float64) / CENT


def deel(centen_, procent) -> numpy.ndarray:
    """`procent` % van bedragen in hele centen, op de cent afgerond (half naar even, als `centen`): 75 % van
    € 52,02 is € 39,02 (39,015 afgerond), niet afgekapt tot € 39,01."""
    return numpy.round(numpy.asarray(centen_, dtype=numpy.float64) * procent / 100).astype(numpy.int64)
