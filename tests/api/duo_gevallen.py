"""Example DUO blocks written from DUO's documented schemas (../shared/duo-m2m/interface.md, events.md).

Per key of the body's `duo` object a list of blocks; together they use every member of every DUO enum the
mapping knows, and every event id. `test_duo_schema.py` checks each against the schema facts of interface.md.
"""

from __future__ import annotations

BLOKKEN = {
    "inburgeringsplicht": [
        {"indicatorInburgeringsplicht": True, "begindatum": "2023-09-01", "wijzigingsdatum": "2023-10-16",
         "datumKennisgevingInburgeringsplicht": "2023-10-16"},
        {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Volledige ontheffing",
         "begindatum": "2023-09-01", "einddatum": "2025-03-01"},
        {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Volledige vrijstelling"},
        {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Inburgeringsplicht voldaan"},
        {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Verblijfsdoel gewijzigd"},
        {"indicatorInburgeringsplicht": False,
         "redenGeenInburgeringsplicht": "Vertrek uit Nederland langer dan een jaar"},
        {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Overlijden"},
        {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Overig"},
        {"indicatorInburgeringsplicht": False, "redenGeenInburgeringsplicht": "Tijdelijke vrijstelling"},
    ],
    "doelgroep": [
        {"indeling": "Asielstatushouder", "begindatum": "2023-09-01", "gedetailleerdeDoelgroep": "Asielstatushouder",
         "asielrechtenWijzigingVerblijfsdoel": "Asielrechten toegekend"},
        {"indeling": "Asielstatushouder", "gedetailleerdeDoelgroep": "Gezinshereniger met Asielstatushouder",
         "asielrechtenWijzigingVerblijfsdoel": "Behoud asielrechten"},
        {"indeling": "Asielstatushouder", "gedetailleerdeDoelgroep": "Gezinsvormer met Asielstatushouder"},
        {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Gezinshereniger",
         "asielrechtenWijzigingVerblijfsdoel": "Op verzoek behoud rechten van gezins- en overige migrant"},
        {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Gezinsvormer",
         "asielrechtenWijzigingVerblijfsdoel": "Op verzoek rechten van gezins- en overige migrant toegekend"},
        {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Geestelijk bedienaar"},
        {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Overig"},
    ],
    "inburgeringstermijn": [
        {"startdatum": "2024-01-11", "einddatum": "2027-01-10"},
        {"startdatum": "2024-01-11", "einddatum": "2027-07-10", "wijzigingsdatum": "2026-11-15",
         "verlengingsgrondcode": "NV", "verlengingsgrondomschrijving": "Niet verwijtbaar"},
    ],
    "pip": [
        {"gemeentecode": "0363", "pip": {"dagtekeningPip": "2024-01-10", "leerroute": "B", "niveau": "B1",
                                         "geschatteIntensiteitB1Route": 20, "indicatorMagOpleidingAfmaken": True,
                                         "indicatorAlfabetiseringsonderwijs": "A"}},
        {"gemeentecode": "0344", "pip": {"dagtekeningPip": "2024-02-01", "leerroute": "O", "niveau": "A2",
                                         "indicatorAlfabetiseringsonderwijs": "AA"}},
        {"gemeentecode": "0599", "pip": {"dagtekeningPip": "2024-03-05", "leerroute": "Z",
                                         "indicatorAlfabetiseringsonderwijs": "NVT"}},
    ],
    "vrijstellingen": [
        {"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "DIP", "datumOordeel": "2024-02-01"}},
        {"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "DOC"}},
        {"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "INB"}},
        {"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "AVI"}},
        {"GeheleVrijstelling": {"oordeel": "Afwijzing", "reden": "DIP", "datumOordeel": "2024-02-01"}},
        {"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "INS", "datumOordeel": "2024-02-01",
                                    "startdatum": "2024-02-01", "einddatum": "2026-07-31"}},
        {"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "OPL", "startdatum": "2024-09-01"}},
        {"GedeeltelijkeVrijstelling": {"reden": "GED", "oordeel": "Toekenning", "examenonderdeel": "LE",
                                       "examenniveau": "B1"}},
        {"GedeeltelijkeVrijstelling": {"reden": "GED", "oordeel": "Toekenning", "examenonderdeel": "LU",
                                       "examenniveau": "A2"}},
        {"GedeeltelijkeVrijstelling": {"reden": "GED", "oordeel": "Afwijzing", "examenonderdeel": "SC"}},
        {"GedeeltelijkeVrijstelling": {"reden": "GED", "oordeel": "Toekenning", "examenonderdeel": "SP",
                                       "datumOordeel": "2024-05-02"}},
    ],
    "ontheffingen": [
        {"GeheleOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "MED"}},
        {"GeheleOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "BIO"}},
        {"GeheleOntheffing": {"oordeel": "Afwijzing", "datumOordeel": "2024-06-01", "grond": "MED"}},
        {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "MED",
                                     "examenonderdeel": "KNM", "urenBelastbaarheidParticipatieactiviteit": 400}},
        {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "BIO",
                                     "examenonderdeel": "LE"}},
        {"GedeeltelijkeOntheffing": {"oordeel": "Afwijzing", "datumOordeel": "2024-06-01", "grond": "MED",
                                     "examenonderdeel": "LU"}},
        {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "MED",
                                     "examenonderdeel": "SC"}},
        {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-06-01", "grond": "MED",
                                     "examenonderdeel": "SP", "urenBelastbaarheidParticipatieactiviteit": 0}},
    ],
    "pvt": [{"datumOndertekeningPvt": "2024-03-20"}],
    "map": [{"datumEindgesprekMap": "2025-06-12"}],
    "boetes": [{"bedrag": 340, "datum": "2027-08-02"}, {"bedrag": 500, "datum": "2027-08-02"},
               {"bedrag": 1250.0, "datum": "2029-09-01"}],
    "verlengingen": [
        {"beoordelingAanvraag": "Toegekend", "datumBeoordeling": "2026-11-15", "ontvangstdatum": "2026-10-01"},
        {"beoordelingAanvraag": "Afgewezen", "datumBeoordeling": "2026-08-01", "ontvangstdatum": "2026-06-01"},
        {"beoordelingAanvraag": "InBehandeling", "ontvangstdatum": "2026-11-20"},
    ],
    "gebeurtenissen": [
        {"registratieDatumTijd": f"2024-03-{dag:02d}T09:15:00{'.250Z' if dag % 3 else '+01:00'}",
         "gebeurtenisId": code, **({"bsn": "123456782"} if dag % 2 else {"vNummer": 1234567890})}
        for dag, code in enumerate(
            ("SS101", "SS128", "SS139", "SS129", "SS120", "SS121", "SS124", "SS125", "SS109", "SS110",
             "SS111", "SS106", "SS107", "SS108", "SS137", "SS131", "SS102", "SS199", "SS103", "SS104",
             "SS130", "SS113", "SS114", "SS115", "SS116", "SS117", "SS118", "SS119"), start=1)
    ],
    "examens": [
        {"examendatum": "2025-05-20", "resultaat": "Geslaagd", "onderdeel": "KNM"},
        {"examendatum": "2025-06-03", "resultaat": "Geslaagd", "onderdeel": "LE", "niveau": "A2"},
        {"examendatum": "2025-06-03", "resultaat": "Gezakt", "onderdeel": "LU", "niveau": "B1"},
        {"examendatum": "2025-06-04", "resultaat": "Geslaagd", "onderdeel": "SC", "niveau": "B2"},
        {"examendatum": "2025-06-04", "resultaat": "Geen", "redenGeenResultaat": "Verwijtbaar", "onderdeel": "SP"},
        {"examendatum": "2025-07-01", "resultaat": "Geen", "redenGeenResultaat": "Nietverwijtbaar",
         "onderdeel": "SP"},
        {"examendatum": "2025-07-02", "resultaat": "Geen", "redenGeenResultaat": "Afgemeld", "onderdeel": "KNM"},
        {"examendatum": "2025-07-03", "resultaat": "Geen", "redenGeenResultaat": "Absent", "onderdeel": "LU"},
    ],
}
