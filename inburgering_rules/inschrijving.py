"""Vanaf wanneer "de inburgeringsplichtige" in de BRP is ingeschreven, of hij als inburgeringsplichtige naar een
andere gemeente verhuisde (Bi 5.3 lid 3), naar welke dag de tekst van Bi 5.3 voor zijn PIP-termijn wordt
gekozen (I9, I38), en of hij op de dag van de kennisgeving al was ingeschreven (Bi 5.3 lid 1): één regel voor
de formules (`pip_uiterste_datum`, `maatschappelijke_begeleiding_startdatum`) en hun uitleg."""

from __future__ import annotations

import numpy

from inburgering_rules.datums import ONBEKEND, als_datum, bekend


def ingeschreven_als_plichtige(inschrijving, verkregen) -> numpy.ndarray:
    """De latere van de inschrijving in de BRP en de verkrijging van het verblijf: wie al in de BRP stond, wordt
    pas bij de verkrijging inburgeringsplichtig (Wi 3 lid 3: "De inburgeringsplicht ontstaat niet met
    terugwerkende kracht."). Een onbekende dag blijft onbekend."""
    return numpy.maximum(als_datum(inschrijving), als_datum(verkregen))


def verhuisd_als_plichtige(andere_gemeente, verkregen, pip) -> numpy.ndarray:
    """Bi 5.3 lid 3: de inschrijving in de andere gemeente is een verhuizing van "de inburgeringsplichtige, voor wie
    het persoonlijk plan inburgering en participatie is opgesteld" als zij op of na de verkrijging van het verblijf
    valt (Wi 3 lid 3: "De inburgeringsplicht ontstaat niet met terugwerkende kracht.") en het (eerste) PIP op of vóór
    die dag is vastgesteld; anders is zij geen verhuizing van lid 3 (de API weigert haar), dan onbekend: lid 1 geldt.
    Is de verkrijging niet bekend, dan blijft de inschrijving staan (niet stil "geen verhuizing"); een PIP dat niet
    is gegeven, is er niet (een gebeurtenis)."""
    andere_gemeente = als_datum(andere_gemeente)
    lid_3 = ~(andere_gemeente < als_datum(verkregen)) & (als_datum(pip) <= andere_gemeente)
    return numpy.where(lid_3, andere_gemeente, ONBEKEND)


def pip_regimedag(kennisgeving, inschrijving, andere_gemeente, tekst_2022, einde_2022) -> numpy.ndarray:
    """I9: de dag waarvan de tekst van Bi 5.3 de termijn bepaalt. Na een verhuizing van lid 3 de inschrijving in de
    andere gemeente ("binnen uiterlijk 10 weken na de datum van inschrijving ... in deze gemeente"). Anders telt de
    tekst 2022 vanaf de inschrijving en de tekst vanaf 2023 vanaf de kennisgeving (`tekst_2022(dagen)`: waar de tekst
    van die dag vanaf de inschrijving telt; `einde_2022`: de laatste dag van lid 1 naar die tekst). De tekst 2022 geldt
    als de inschrijving onder die tekst viel en de termijn ook onder die tekst eindigde (dan zijn onmiddellijke werking
    en het eerbiedigen van een lopende termijn het eens), of de kennisgeving ook onder die tekst viel: dan de dag van
    de inschrijving. Anders de tekst vanaf 2023: de latere van kennisgeving en inschrijving, of zonder kennisgeving
    (nog niet gedaan) de laatste dag van de termijn naar de tekst 2022, die dan al onder de latere tekst valt. Zonder
    enige dag `NaT`: dan geen termijn (niet een van 0 weken)."""
    kennisgeving, inschrijving, andere = als_datum(kennisgeving), als_datum(inschrijving), als_datum(andere_gemeente)
    oud = tekst_2022(inschrijving) & (tekst_2022(einde_2022) | tekst_2022(kennisgeving))
    later = numpy.fmax(kennisgeving, inschrijving)
    later = numpy.where(tekst_2022(later) & bekend(inschrijving), numpy.fmax(later, einde_2022), later)
    return numpy.where(bekend(andere), andere, numpy.where(oud, inschrijving, later))


def nog_niet_ingeschreven(asiel, kennisgeving, inschrijving) -> numpy.ndarray:
    """Bi 5.3 lid 1, tweede zin van de tekst vanaf 2023: een asielstatushouder die "op de datum van deze
    kennisgeving nog niet is ingeschreven" (ingeschreven als plichtige na de kennisgeving, of nog niet); dan
    telt de termijn vanaf de inschrijving. Zonder kennisgeving niet (de zin veronderstelt er een)."""
    kennisgeving = als_datum(kennisgeving)
    return asiel & bekend(kennisgeving) & ~(als_datum(inschrijving) <= kennisgeving)
