"""Benoemde hervorming `boetes_geindexeerd`: alle boetebedragen jaarlijks geïndexeerd met een percentage.

Op 1 januari van elk jaar vanaf 2025 tot en met 2035 worden de bedragen van Wi 26 lid 1 (`boetes.wi_26_maximum`,
`boetes.art_25_maximum`) en Bi 7.1-7.2
(en het plafond van € 2.400 van Bi 7.1 lid 5; de lagere plafonds tijdens een nieuwe termijn niet)
vermenigvuldigd met (1 + p/100), met p de waarde van `boetes.indexering_procent` op die dag (standaard 2 %). Basis: het bedrag dat op 2024-12-31 gold.
Elk bedrag wordt half naar boven afgerond op de cent. Wijzigen: `{"basis": "boetes_geindexeerd",
"parameters": {"boetes.indexering_procent": {"2025-01-01": 3.5}}}`.
"""

from __future__ import annotations

from decimal import Decimal

from openfisca_core import periods

from inburgering_rules.instrumenten import wet

BEDRAGEN = ("art_22_bedrag", "art_23_basisbedrag", "art_23_maximum", "art_24_bedrag", "art_25_maximum",
            "wi_26_maximum.art_22", "wi_26_maximum.art_23", "wi_26_maximum.art_24", "gemeentelijk_plafond_termijn")
EERSTE_JAAR, LAATSTE_JAAR = 2025, 2035


def afleiden(parameters) -> None:
    from inburgering_rules.hervormingen import rond_op_centen, zoek_parameter

    boetes = parameters.boetes
    procent = boetes.children["indexering_procent"]
    bedragen = {naam: zoek_parameter(parameters, f"boetes.{naam}") for naam in BEDRAGEN}
    basis = {naam: Decimal(str(knoop(f"{EERSTE_JAAR - 1}-12-31"))) for naam, knoop in bedragen.items()}
    factor = Decimal(1)
    for jaar in range(EERSTE_JAAR, LAATSTE_JAAR + 1):
        factor *= 1 + Decimal(str(procent(f"{jaar}-01-01"))) / 100
        for naam, knoop in bedragen.items():
            knoop.update(start=periods.instant(f"{jaar}-01-01"), value=rond_op_centen(basis[naam] * factor))


def _hervorming():
    from inburgering_rules.hervormingen import Benoemd, NieuweParameter

    referentie = [{"title": "Wet inburgering 2021, art. 26 lid 1 (hervorming: indexering)", "href": wet("Wi", "26", 1)}]
    return Benoemd(
        naam="boetes_geindexeerd",
        beschrijving_nl=("Alle boetebedragen (art. 22-25, Bi 7.1-7.2) en het gemeentelijke plafond worden op "
                         "1 januari van 2025 tot en met 2035 geïndexeerd met boetes.indexering_procent "
                         "(standaard 2 % per jaar), afgerond op de cent; de plafonds tijdens een nieuwe termijn "
                         "(Bi 7.1 lid 5 a-d) niet."),
        beschrijving_en=("All fine amounts (art. 22-25, Bi 7.1-7.2) and the municipal cap are indexed on 1 January "
                         "of 2025 to 2035 by boetes.indexering_procent (default 2% a year), rounded to the cent; the "
                         "caps during a new term (Bi 7.1(5)(a)-(d)) are not."),
        artikelen=(wet("Wi", "26", 1), wet("Bi", "7.1", 1), wet("Bi", "7.1", 2), wet("Bi", "7.1", 3),
                   wet("Bi", "7.1", 5), wet("Bi", "7.2", 1)),
        nieuwe_parameters=(NieuweParameter("boetes.indexering_procent", {
            "description": "Jaarlijkse indexering van de boetebedragen (procent), op 1 januari",
            "metadata": {"label": "Indexering boetes", "label_en": "Indexation of fines", "unit": "percent",
                         "reference": referentie},
            "values": {"2025-01-01": {"value": 2, "metadata": {"reference": referentie}}},
        }, laatste_dag=f"{LAATSTE_JAAR}-01-01"),),  # `afleiden` reads it on 1 January up to the last year
        afleiden=afleiden,
        afgeleid=tuple(f"boetes.{naam}" for naam in BEDRAGEN),
    )


HERVORMING = _hervorming()
