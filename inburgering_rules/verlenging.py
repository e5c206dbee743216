"""Vanaf wanneer een aanvraag tot verlenging van de termijn kan worden ingediend (Bi 4.5 lid 1): één
berekening voor `verlenging_aanzienlijke_inspanning_mogelijk` en zijn uitleg."""

from __future__ import annotations

import numpy

from inburgering_rules.datums import na_maanden, plus_dagen


def aanvraag_vanaf(maanden: int, termijn_einde) -> numpy.ndarray:
    """Bi 4.5 lid 1: een aanvraag "kan niet eerder worden ingediend dan zes maanden voor het verstrijken van
    die termijn". De termijn verstrijkt aan het eind van zijn laatste dag: de eerste dag is `maanden` maanden
    vóór de dag daarna (`datums.na_maanden` terug; bestaat die dag niet, dan de eerste dag van de maand
    daarna). `NaT` blijft `NaT`."""
    return na_maanden(plus_dagen(termijn_einde, 1), -int(maanden))
