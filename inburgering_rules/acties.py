"""Wie moet wat doen, en wanneer: de termijnen van het pakket als handelingen.

Per termijn-besluit (een datum) staat hier wie moet of mag handelen (het college, DUO namens de
Minister, of de inburgeringsplichtige), wat die handeling is, en welk feit laat zien dat ze is
verricht. Zo kan de beslis-API per persoon zeggen wat er na de peildatum komt (`volgende_acties`)
en welke termijnen al zijn verstreken zonder dat de handeling plaatsvond (`verlopen`).

* `soort="uiterste"`: de handeling moet uiterlijk op die dag gebeuren (een uiterste datum);
* `soort="vanaf"`: de handeling kan vanaf die dag (bijvoorbeeld een volgende boete);
* `gedaan`: de invoer of de berekende variabele met de datum waarop de handeling plaatsvond en meetelt (een PVT
  of MAP van vóór het PIP telt niet, Bi 5.3 lid 5); `None` als de handeling niet als feit wordt vastgelegd
  (bezwaar maken is een recht, geen plicht).

Alleen termijnen die in het stelsel bestaan tellen mee; zo blijft de tabel geldig voor
hervormingen die besluiten weglaten.
"""

from __future__ import annotations

from dataclasses import dataclass

COLLEGE, DUO, PERSOON = "college", "duo", "inburgeringsplichtige"


@dataclass(frozen=True)
class Actie:
    wie: str
    nl: str
    en: str
    soort: str = "uiterste"
    gedaan: str | None = None


ACTIES: dict[str, Actie] = {
    "pip_uiterste_datum": Actie(COLLEGE, "het persoonlijk plan inburgering en participatie (PIP) vaststellen",
                                "adopt the personal integration plan (PIP)", gedaan="pip_vastgesteld_datum"),
    "pip_bezwaartermijn_einddatum": Actie(PERSOON, "bezwaar maken tegen het PIP (kan)",
                                          "object to the PIP (optional)"),
    "maatschappelijke_begeleiding_startdatum": Actie(COLLEGE, "maatschappelijke begeleiding aanbieden",
                                                     "offer social guidance", soort="vanaf"),
    "ontzorgen_startdatum": Actie(COLLEGE, "vaste lasten inhouden op de bijstand (ontzorgen)",
                                  "pay fixed costs from social assistance ('ontzorgen')", soort="vanaf"),
    # Pw 56a lid 2 verbindt de verplichting aan zes maanden; daarna kan het college alleen op grond van art. 57 Pw
    # ("Indien en zolang er gegronde redenen zijn ...") betalingen in naam van de belanghebbende verrichten.
    "ontzorgen_einddatum": Actie(COLLEGE, "de vaste lasten in naam van de belanghebbende betalen tot en met deze dag "
                                 "(Pw 56a lid 2); daarna alleen bij gegronde redenen (Pw 57)",
                                 "pay the fixed costs on the person's behalf up to and including this day "
                                 "(Pw 56a(2)); afterwards only on well-founded grounds (Pw 57)"),
    # Bi 5.4 lid 1: "met dien verstande dat gedurende het gehele inburgeringstraject de onderwijsroute kan worden
    # gewijzigd in de B1-route" (een review: na deze dag leek elke wijziging voorbij)
    "leerroute_wijziging_uiterste_datum": Actie(COLLEGE, "de leerroute zo nodig wijzigen (kan; van de onderwijsroute "
                                                "naar de B1-route ook daarna, Bi 5.4 lid 1)",
                                                "change the learning route if needed (optional; from the education "
                                                "route to the B1 route also afterwards, Bi 5.4(1))"),
    "pvt_uiterste_datum": Actie(PERSOON, "het participatieverklaringstraject (PVT) afronden",
                                "complete the participation statement (PVT)", gedaan="pvt_meetellend_afgerond_datum"),
    "map_uiterste_datum": Actie(PERSOON, "de module Arbeidsmarkt en Participatie (MAP) afronden",
                                "complete the labour market module (MAP)", gedaan="map_meetellend_afgerond_datum"),
    "inburgeringstermijn_einddatum": Actie(PERSOON, "aan de inburgeringsplicht voldoen",
                                           "meet the integration obligation",
                                           gedaan="inburgeringsplicht_voldaan_datum"),
    "leenrecht_einddatum": Actie(PERSOON, "een lening bij DUO aanvragen (kan)", "apply for a DUO loan (optional)"),
    "boete_art_22_nieuwe_termijn_uiterste_datum": Actie(COLLEGE, "de nieuwe termijn na de boete van art. 22 laten "
                                                        "eindigen", "end the new term after the art. 22 fine"),
    # Wi 24 lid 2, 25 lid 2: binnen de nieuwe termijn "alsnog" afronden of behalen
    "nieuwe_termijn_art_24_einddatum": Actie(PERSOON, "het PVT of de MAP afronden, wat nog niet is afgerond "
                                             "(nieuwe termijn)", "complete the PVT or the MAP, whichever is not yet "
                                             "done (new term)",
                                             gedaan="pvt_en_map_afgerond_datum"),
    "nieuwe_termijn_art_25_einddatum": Actie(PERSOON, "de leerroute behalen (nieuwe termijn)",
                                             "complete the learning route (new term)",
                                             gedaan="leerroute_meetellend_behaald_datum"),
    "volgende_boete_art_24_mogelijk_vanaf": Actie(DUO, "een volgende boete (art. 24) opleggen als het PVT of de "
                                                  "MAP nog niet is afgerond", "impose the next art. 24 fine if "
                                                  "the PVT or MAP is still not done", soort="vanaf"),
    "volgende_boete_art_25_mogelijk_vanaf": Actie(DUO, "een volgende boete (art. 25) opleggen als de leerroute "
                                                  "nog niet is behaald", "impose the next art. 25 fine if the "
                                                  "route is still not completed", soort="vanaf"),
    "boete_art_24_bezwaartermijn_einddatum": Actie(PERSOON, "bezwaar maken tegen de boete van art. 24 (kan)",
                                                   "object to the art. 24 fine (optional)"),
    "boete_art_25_bezwaartermijn_einddatum": Actie(PERSOON, "bezwaar maken tegen de boete van art. 25 (kan)",
                                                   "object to the art. 25 fine (optional)"),
    # de datum zegt niet of er geleend is (I35)
    "lening_terugbetaling_startdatum": Actie(PERSOON, "beginnen met het terugbetalen van de lening, als die is "
                                                      "verstrekt", "start repaying the loan, if one was paid out",
                                             soort="vanaf"),
}


def verlopen(datum: str, gedaan_op: str | None, peildatum: str) -> bool:
    """Een uiterste datum is verlopen als hij vóór de peildatum ligt en de handeling niet uiterlijk
    op die dag plaatsvond (ISO-datums vergelijken als tekst)."""
    return datum < peildatum and (gedaan_op is None or gedaan_op > datum)
