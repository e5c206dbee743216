"""Wat een invoerwaarde mag zijn, in welke vorm ze ook komt (JSON van de API, een cel van een populatiebestand): de
grenzen van aantallen, bedragen op de cent en de landcodes. De API (`api/schemas.py`) en de lezer van een populatie
(`populatie.lees_kolom`) toetsen met deze regels; elk zegt de fout in zijn eigen vorm."""

from __future__ import annotations

import numpy
import pycountry

MAX_BEDRAG = 10_000_000

# Naast de officieel toegekende codes van ISO 3166-1 alpha-2: Kosovo als `XK` (de code die de EU en de Europese
# Commissie gebruiken) en staatloos als `XX` (door gebruikers toe te kennen; ICAO Doc 9303 schrijft `XXA`).
EXTRA_LANDEN = {"XK": "Kosovo", "XX": "staatloos / stateless"}
LANDEN = frozenset(land.alpha_2 for land in pycountry.countries) | frozenset(EXTRA_LANDEN)


def grens(naam: str) -> int:
    """De bovengrens van een aantal (de ondergrens is 0), naar de naam van de invoer."""
    if naam == "taalonderdelen_behaald_aantal":
        return 4
    for achtervoegsel, bovengrens in (("_jaren", 150), ("_maanden", 1200), ("_aantal", 1000), ("uren", 100_000)):
        if naam.endswith(achtervoegsel):
            return bovengrens
    return 1_000_000


def op_centen(waarde):
    """Hoogstens twee decimalen (binnen de ruis van een float: 0.1 + 0.2 is 30 cent); ook per element van een array."""
    centen = numpy.multiply(waarde, 100)
    return numpy.abs(numpy.round(centen) - centen) <= 1e-6


def is_bedrag(waarde):
    """Een bedrag in euro's: eindig, van 0 tot en met `MAX_BEDRAG`, in hele centen; ook per element van een array."""
    with numpy.errstate(over="ignore", invalid="ignore"):  # 1e308 * 100 is inf: geen bedrag, geen waarschuwing
        return numpy.isfinite(waarde) & (waarde >= 0) & (waarde <= MAX_BEDRAG) & op_centen(waarde)
