"""De verlenging na aanzienlijke inspanningen: welke voorwaarden van Bi 4.4 lid 2 en 3 vervuld zijn, en vanaf
wanneer een aanvraag kan worden ingediend (Bi 4.5 lid 1). Eén berekening voor
`verlenging_aanzienlijke_inspanning_mogelijk` en zijn uitleg."""

from __future__ import annotations

import numpy

from inburgering_rules.datums import na_maanden, plus_dagen


def aanvraag_vanaf(maanden: int, termijn_einde) -> numpy.ndarray:
    """Bi 4.5 lid 1: een aanvraag "kan niet eerder worden ingediend dan zes maanden voor het verstrijken van
    die termijn". De termijn verstrijkt aan het eind van zijn laatste dag: de eerste dag is `maanden` maanden
    vóór de dag daarna (`datums.na_maanden` terug; bestaat die dag niet, dan de eerste dag van de maand
    daarna). `NaT` blijft `NaT`."""
    return na_maanden(plus_dagen(termijn_einde, 1), -int(maanden))


def termijn_te_verlengen(termijn_start, voldaan, peildatum) -> numpy.ndarray:
    """Wi 12 lid 1: er is op de peildatum een termijn om te verlengen: hij is begonnen (Wi 11 lid 2: op de dag na
    het PIP) en aan de plicht is nog niet voldaan (een termijn van wie voldeed, loopt niet meer af). Eén toets voor
    beide gronden van verlenging."""
    return (termijn_start <= peildatum) & ~numpy.asarray(voldaan)


def aanzienlijke_inspanningen(p, b1_route, gezinsmigrant, lesuren, alle_lessen, taalonderdelen, knm, pvt_afgerond,
                              map_afgerond, peildatum) -> dict[str, numpy.ndarray]:
    """Bi 4.4 lid 2 en 3 per onderdeel, True waar vervuld (`p`: de parameters `termijnen` op de peildatum).
    "lessen" is lid 2 b, voor gezinsmigranten en overige migranten lid 3 (`gezinsmigrant`); lid 2 d met de
    afrondingen zoals ze meetellen (I41), op of vóór de peildatum."""
    return {
        "lid_2_a": numpy.asarray(b1_route),
        "lessen": numpy.where(gezinsmigrant, numpy.asarray(lesuren) >= p.verlenging_minimum_lesuren_gezinsmigrant,
                              alle_lessen),
        "lid_2_c": (numpy.asarray(taalonderdelen) >= p.verlenging_minimum_taalonderdelen) & knm,
        "lid_2_d": (pvt_afgerond <= peildatum) & (map_afgerond <= peildatum),
    }
