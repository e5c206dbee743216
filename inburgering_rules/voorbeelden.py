"""Example persons in the vocabulary's names, shared by the API docs, the tests and the benchmarks."""

PEILDATUM = "2024-05-01"

# An asylum permit holder with a PIP: obligated, every deadline running, every judgment given.
STATUSHOUDER = {
    "geboortedatum": "1990-04-12",
    "nationaliteit": "SY",
    "verblijfsvergunning": "asiel_bepaalde_tijd",
    "verblijfsdoel": "overig_niet_tijdelijk",
    "verblijf_verkregen_datum": "2023-09-01",
    "brp_inschrijving_datum": "2023-10-02",
    "kennisgeving_inburgeringsplicht_datum": "2023-10-16",
    "pip_datum": "2024-01-10",
    "leerroute": "b1_route",
    "grote_kans_diploma_na_taalschakeltraject": False,
    "examen_en_onderwijsroute_niet_haalbaar": False,
    "verwijtbaarheid": "opzet",
    "leerroute_wijziging_bijzonder_geval": False,
    "verhindering_niet_verwijtbaar": False,
}

# Ten decisions of every kind (bool, enum, date, money, int), asked in single-person `/calculate` examples.
CALCULATE_BESLUITEN = (
    "inburgeringsplichtig",
    "reden_geen_inburgeringsplicht",
    "doelgroep",
    "pip_uiterste_datum",
    "inburgeringstermijn_einddatum",
    "ontzorgen_startdatum",
    "boete_art_23_bedrag",
    "gemeentelijk_boeteplafond_resterend_bedrag",
    "z_route_cursusuren_vereist",
    "map_verplicht",
)
