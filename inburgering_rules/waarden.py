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


# Gehele getallen met een eigen bereik (ondergrens, bovengrens); de rest loopt van 0 tot de grens van hun achtervoegsel.
_BEREIK = {
    "taalonderdelen_behaald_aantal": (0, 4),
    # een besluit dat OpenFisca's /calculate ook als invoer aanneemt: -1 jonger dan 16, 0 binnen de grenzen, 1
    # pensioengerechtigd (Wi 3 lid 1); het weigerde -1, een waarde die het zelf gaf (een review)
    "leeftijdsgrenzen_art_3": (-1, 1),
}


def ondergrens(naam: str) -> int:
    """De ondergrens van een geheel getal, naar zijn naam: 0, behalve waar `_BEREIK` een andere noemt."""
    return _BEREIK.get(naam, (0, 0))[0]


def grens(naam: str) -> int:
    """De bovengrens van een geheel getal (de ondergrens: `ondergrens`), naar de naam van de invoer."""
    if naam in _BEREIK:
        return _BEREIK[naam][1]
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
