"""Bi 5.3 lid 5 (tekst 2022: lid 4): wat de inburgeringsplichtige vóór de vaststelling van zijn PIP deed, telt
niet mee voor het voldoen aan de inburgeringsplicht. Eén regel voor de formules (de meetellende afrondingsdagen),
de analyse (`whatif`) en de uitleg (I41). En de dag waarop de termijn na het PIP aanvangt (Wi 11 lid 2)."""

from __future__ import annotations

from functools import lru_cache

import numpy

from inburgering_rules.datums import ONBEKEND, als_datum, bekend, plus_dagen

# Per afrondingsdag (invoer) de variabele met de dag die meetelt voor het voldoen aan de plicht.
MEETELLEND = {
    "pvt_afgerond_datum": "pvt_meetellend_afgerond_datum",
    "map_afgerond_datum": "map_meetellend_afgerond_datum",
    "leerroute_behaald_datum": "leerroute_meetellend_behaald_datum",
}


def termijn_aanvang(pip) -> numpy.ndarray:
    """Wi 11 lid 2: "De termijn vangt aan op de dag na die van dagtekening van het persoonlijk plan inburgering en
    participatie"; `NaT` zonder PIP. Eén regel voor de termijn, de lening (I60), de populatie en de uitleg."""
    return plus_dagen(als_datum(pip), 1)


def na_pip(afgerond, pip) -> numpy.ndarray:
    """De afrondingsdag als die op of na de dag van het PIP (`pip_datum`) ligt; anders geen dag. Een onderdeel dat
    vóór die dag is afgerond "weegt niet mee", ook als het PIP er nog niet is: `pip_datum` is een gebeurtenis, niet
    gegeven betekent nog niet vastgesteld, dus alles wat al is gedaan ligt ervóór. Op de dag van het PIP zelf telt
    het mee (de wet rekent hier in dagen; "voorafgaand aan het vaststellen" is een eerdere dag)."""
    afgerond = als_datum(afgerond)
    return numpy.where(afgerond >= als_datum(pip), afgerond, ONBEKEND)


def opnieuw_nodig(afgerond, pip, dag) -> numpy.ndarray:
    """Waar een gegeven afronding op `dag` (de peildatum) niet meetelt, ook niet als het PIP (nog niet gegeven) op
    `dag` wordt vastgesteld: vóór het PIP gedaan, of pas na `dag` (die heeft op de peildatum nog niet plaatsgevonden,
    I30). Voor de plicht moet zij nog (opnieuw) gebeuren. Zo wacht het voldoen daarop (`simulatie.beoordeel`: de
    variant met de gebeurtenissen op de peildatum) in plaats van "niet van toepassing" te zijn."""
    afgerond, pip, dag = als_datum(afgerond), als_datum(pip), numpy.datetime64(dag, "D")
    pip = numpy.where(bekend(pip), pip, dag)
    return bekend(afgerond) & (~bekend(na_pip(afgerond, pip)) | (afgerond > dag))


@lru_cache(maxsize=8192)
def telt_op(afgerond: str, pip: str | None) -> bool:
    """`na_pip` voor één dag (ISO-tekst; `pip` None: nog geen PIP): of deze afronding meetelt. Voor de uitleg en de
    vertaling van DUO's gegevens, die de dagen van één persoon lezen (in een batch dezelfde paar dagen voor veel
    personen: onthouden)."""
    return bool(bekend(na_pip([afgerond], [pip or "NaT"]))[0])
