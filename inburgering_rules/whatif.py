"""Wat-als: een populatie onder het basisrecht en onder een hervorming, gevectoriseerd en per blok.

`vergelijk()` leest een populatie-CSV (`populatie.py`: elke deelverzameling van de invoerkolommen, `,`
of `;`) per blok van 100.000 personen, beoordeelt elk blok met `simulatie.beoordeel` onder beide stelsels, en
houdt alleen tellingen bij; het geheugen blijft zo begrensd, ook bij 1.000.000 personen. Een besluit dat in een van
beide scenario's van een ontbrekend gegeven afhangt (onbepaald), telt voor die persoon in geen van beide mee: niet in
een som, een aantal, een verschil, een uitsplitsing of een werklast, zodat basis en hervorming over dezelfde personen
gaan; het staat apart als `onbepaald` per besluit en scenario, en in `per_persoon` als een lege cel. Beoordeeld zoals
`/v1/beoordeling/kolommen` het doet (zonder de variant met gebeurtenissen). Uitvoer in de map `uit`, elke tabel als
CSV en desgevraagd Parquet en XLSX (`analyse/formaten.py`):

* `gewijzigde_personen`: per persoon en besluit dat verschilt: `persoon,besluit,basis,hervorming`;
* `per_persoon` (`per_persoon=True`): één rij per persoon, `<besluit>_basis` en `<besluit>_hervorming`;
* `uitsplitsing`: per doelgroep, cohort (jaar van het verblijf) en gemeente;
* `boetes_per_jaar`: college (art. 22, 23), DUO (art. 24) en, apart, het art. 25-maximum;
* `werklast_per_maand`: de maandreeksen van de gemeente (basis en hervorming);
* `samenvatting.md`, `samenvatting.html`, `samenvatting.json` (bedragen als getallen in euro);
* grafieken (matplotlib, Agg): `termijnen_verschuiving.png`, `boetes_per_jaar.png`,
  `ontzorgen_per_maand.png`, `werklast_gemeente.png`.

Art. 25 geeft een maximum ("ten hoogste"), geen berekend bedrag: het staat overal apart en wordt nooit
bij de boetes opgeteld. Het resterende plafond van het college (Bi 7.1 lid 5) telt alleen bij wie inburgeringsplichtig
is (`ALLEEN_BIJ_PLICHT`): voor een ander loopt er geen termijn.

Werklast per maand (naar de procesbeschrijving van 2019 in `shared/seed`): de besluiten zijn op de
peildatum berekend; de maand van een gebeurtenis komt uit de datums van dezelfde persoon:

* brede intakes: de maand waarin de PIP-termijn begint (de latere van kennisgeving en inschrijving),
  voor wie inburgeringsplichtig is;
* PIP's: de maand van de dagtekening (de dag vóór `inburgeringstermijn_startdatum`);
* ontzorgen: actief van `ontzorgen_startdatum` tot en met `ontzorgen_einddatum`;
* maatschappelijke begeleiding: actief vanaf `maatschappelijke_begeleiding_startdatum` tot de persoon
  aan PVT, MAP en leerroute heeft voldaan, ten hoogste tot het einde van de (verlengde) termijn
  (zonder termijn: de termijn van Wi 11 lid 1 vanaf de start, `termijnen.inburgeringstermijn_maanden` zoals
  die toen gold in het stelsel van het scenario). De wet noemt geen einddatum: dit is een schatting van de
  werklast;
* PVT/MAP-deelnemers: vanaf de aanvang van de termijn tot afronding of de uiterste datum;
  "te laat": trajecten na hun uiterste datum die nog niet zijn afgerond;
* boetes: art. 24 op de dag na de eerst gemiste uiterste datum, art. 25 op de dag na het einde van
  de termijn; na een bekende boetebeschikking op de dag van de volgende boete; art. 22 en 23 hebben in
  de regels geen datum van de overtreding: art. 22 telt op de uiterste PIP-datum, art. 23
  `ART_23_SCHATTING_MAANDEN` na de aanvang van de termijn. Ontbreekt zo'n datum (bijv. nog geen PIP), dan
  telt de boete bij de intake of de verkrijging van het verblijf, zodat de boetes per jaar optellen tot het
  totaal; jaren na 2040 tellen bij 2040.

De peildatum geldt overal op dezelfde manier: wat erna ligt telt nergens; een boete die de regels op de peildatum
opleggen telt altijd, op haar geschatte dag maar nooit later dan de peildatum. Een boete van DUO die al is
opgelegd (een bekendgemaakte beschikking van art. 24 of 25 in de invoer) telt niet: zolang haar nieuwe termijn
loopt, leggen de regels geen volgende op (Wi 24 lid 3-4, I32). Een gedeeltelijke laatste maand of laatste jaar
heet zo (`volledig`). Bedragen zijn exact op de cent (som in centen).

Grenzen van deze telling (een schatting, geen prognose): per persoon en artikel telt één boete, die de regels op
de peildatum opleggen; de volgende boetes van Wi 24 lid 3-4 (na de nieuwe termijn, daarna iedere twee jaar) zijn
niet geprojecteerd. Het bedrag is dat van de peildatum, ook voor een boete die in een eerder jaar valt: een
hervorming die een bedrag vanaf een latere dag wijzigt, wijzigt hier elke boete van de run. "PVT/MAP te laat"
telt trajecten: wie het PVT en de MAP allebei te laat heeft, telt twee keer.
"""

from __future__ import annotations

import html
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy

from inburgering_rules import populatie, publiek, simulatie
from inburgering_rules.analyse.formaten import FORMATEN, GELD, Schrijver, controleer_formaten, schrijf_tabel
from inburgering_rules.datums import (
    NIET_GEGEVEN_DAG,
    ONBEKEND,
    als_datum,
    einde_termijn,
    na_maanden,
    plus_dagen,
)
from inburgering_rules.geld import CENT, centen, euros
from inburgering_rules.geldend_recht import aantal_op
from inburgering_rules.hervormingen import basissysteem, canoniek, systeem_voor, titel
from inburgering_rules.meetellen import MEETELLEND
from inburgering_rules.notatie import bedrag, datum_voluit, getal, getal_met

STANDAARD_PEILDATUM = "2031-12-31"
EERSTE_MAAND = numpy.datetime64("2022-01", "M")
JAREN = list(range(2022, 2041))
SCHUIF_MAX = 120  # maanden
# Een aanname van deze analyse, geen getal uit de wet: de wet geeft een art. 23-boete geen dag van de overtreding.
ART_23_SCHATTING_MAANDEN = 6
REEKSEN = {
    "brede_intakes": ("Brede intakes", "Broad intakes"),
    "pips": ("PIP's vastgesteld", "Integration plans (PIP)"),
    "ontzorgen_actief": ("Ontzorgen actief", "Active unburdening cases"),
    "ontzorgen_gestart": ("Ontzorgen gestart", "Unburdening cases started"),
    "begeleiding_actief": ("Maatschappelijke begeleiding actief", "Active social guidance cases"),
    "pvt_map_deelnemers": ("PVT/MAP-deelnemers", "PVT/MAP participants"),
    "pvt_map_te_laat": ("PVT/MAP te laat (open)", "PVT/MAP overdue (open)"),
    "boetes": ("Boetes art. 22-24 (aantal)", "Fines art. 22-24 (number)"),
    "art_25_mogelijk": ("Art. 25: boete mogelijk (aantal)", "Art. 25: fine possible (number)"),
}
REEKS_EENHEID = {r: ("personen (aantal)" if r.endswith(("actief", "deelnemers")) else
                     "trajecten (PVT en MAP apart)" if r.endswith("te_laat") else "aantal per maand")
                 for r in REEKSEN}
BOETE_ARTIKELEN = ("art_22", "art_23", "art_24", "art_25")
# Per block the decisions, and when a part counts as done (`meetellen`) for the workload and the fines' days.
BEREKEND = (*publiek.BESLUITEN, *MEETELLEND.values())
# groep: (artikelen, label): art. 25 geeft een maximum, geen bedrag; het wordt nooit bij boetes opgeteld
BOETE_GROEPEN = {
    "college": (("art_22", "art_23"), "Boetes college (art. 22, 23)"),
    "duo": (("art_24",), "Boetes DUO (art. 24)"),
    "art_25_maximum": (("art_25",), "Art. 25: maximum (ten hoogste)"),
}
SCENARIOS = ("basis", "hervorming")
# Hoe ver een blok is na elke fase (de voortgangsbalk), naar de rekentijd bij 100.000 personen: lezen (CSV en
# `lees_kolommen`) 40 %, elke beoordeling 15 %, tellen (`_verwerk`) de rest.
FASEN = {"gelezen": 0.4, "basis": 0.55, "hervorming": 0.7}
DIMENSIES = ("doelgroep", "cohort", "gemeente")
GEEN_GEMEENTE = "(niet gegeven)"
_MATEN = ("inburgeringsplichtig", "ontzorgen_verplicht", *(f"{g}_euro" for g in BOETE_GROEPEN))


# -- voortgang ------------------------------------------------------------------------------------------

class Voortgang:
    """Een voortgangsbalk op stderr (op een terminal met \\r; anders een regel per 10 %).

    `stap` telt de personen van een blok dat klaar is; `fase` zegt hoe ver het lopende blok is (`FASEN`), zodat ook een
    run van één blok (minder personen dan `--blok`) laat zien dat hij loopt. Zo'n tussenstand verschijnt pas na `STIL`
    seconden: een korte run toont alleen de stand na elk blok. De balk noemt het percentage van het werk en het totaal
    aantal personen, geen aantal personen klaar: dat bleef binnen een blok staan terwijl het percentage liep."""

    STIL = 1.0

    def __init__(self, totaal: int, aan: bool = True, stroom=None, klok=time.perf_counter) -> None:
        self.totaal, self.aan, self.stroom, self.klok = max(totaal, 1), aan, stroom or sys.stderr, klok
        self.gedaan, self.begin, self._laatste_tiende, self._breedte = 0, klok(), -1, 0
        self.tty = hasattr(self.stroom, "isatty") and self.stroom.isatty()

    def stap(self, aantal: int) -> None:
        self.gedaan += aantal
        self._toon(self.gedaan, self.klok() - self.begin)

    def fase(self, aantal: int, deel: float) -> None:
        """Het lopende blok van `aantal` personen is voor `deel` (0 tot 1) klaar."""
        if (verstreken := self.klok() - self.begin) >= self.STIL:
            self._toon(self.gedaan + deel * aantal, verstreken)

    def _toon(self, klaar: float, verstreken: float) -> None:
        if not self.aan:
            return
        deel = min(klaar / self.totaal, 1.0)
        rest = verstreken / deel - verstreken if deel > 0 else 0
        balk = "#" * int(deel * 30) + "-" * (30 - int(deel * 30))
        tekst = (f"[{balk}] {getal(deel * 100, 1):>5} % van {getal_met(self.totaal, 'persoon', 'personen')}, "
                 f"{getal(verstreken, 1):>5} s (nog ~{getal(round(rest)):>4} s)")
        if self.tty:
            self._breedte = max(self._breedte, len(tekst))
            self.stroom.write("\r" + tekst.ljust(self._breedte))
            if deel >= 1.0:
                self.stroom.write("\n")
        elif int(deel * 10) > self._laatste_tiende:
            self._laatste_tiende = int(deel * 10)
            self.stroom.write(tekst + "\n")
        self.stroom.flush()


# -- tellingen ------------------------------------------------------------------------------------------

def _is_datum(waarden) -> bool:
    return getattr(waarden, "dtype", None) is not None and waarden.dtype.kind == "M"


def _maand_index(datums: numpy.ndarray) -> numpy.ndarray:
    """Maandnummer sinds 2022-01 (NaT → een groot negatief getal)."""
    maanden = datums.astype("datetime64[M]")
    uit = (maanden - EERSTE_MAAND).astype(numpy.int64)
    return numpy.where(numpy.isnat(datums), -(10**9), uit)


def _tot(datums: numpy.ndarray, peildatum) -> numpy.ndarray:
    """Alleen wat op of vóór de peildatum ligt (later → NaT)."""
    return numpy.where(datums > peildatum, ONBEKEND, datums) if peildatum is not None else datums


def _gebeurtenissen(datums: numpy.ndarray, aantal_maanden: int, peildatum=None) -> numpy.ndarray:
    index = _maand_index(_tot(datums, peildatum))
    binnen = (index >= 0) & (index < aantal_maanden)
    return numpy.bincount(index[binnen], minlength=aantal_maanden)[:aantal_maanden].astype(numpy.int64)


def _actief(begin: numpy.ndarray, einde: numpy.ndarray, aantal_maanden: int, peildatum=None) -> numpy.ndarray:
    """Per maand: hoeveel intervallen [begin, einde] (dagen, inclusief) die maand raken; met een peildatum
    alleen het deel tot en met de peildatum."""
    if peildatum is not None:
        begin, einde = _tot(begin, peildatum), numpy.where(einde > peildatum, peildatum, einde)
    geldig = ~numpy.isnat(begin) & ~numpy.isnat(einde) & (begin <= einde)
    b = numpy.clip(_maand_index(begin[geldig]), 0, None)
    e = numpy.minimum(_maand_index(einde[geldig]), aantal_maanden - 1)
    raak = (b <= e) & (b < aantal_maanden) & (e >= 0)
    verschil = (numpy.bincount(b[raak], minlength=aantal_maanden + 1)[:aantal_maanden + 1]
                - numpy.bincount(e[raak] + 1, minlength=aantal_maanden + 1)[:aantal_maanden + 1])
    return numpy.cumsum(verschil)[:aantal_maanden].astype(numpy.int64)


def _min_datum(*reeksen) -> numpy.ndarray:
    """Het minimum per persoon, NaT genegeerd (alles NaT → NaT)."""
    uit = reeksen[0]
    for reeks in reeksen[1:]:
        uit = numpy.where(numpy.isnat(uit) | (~numpy.isnat(reeks) & (reeks < uit)), reeks, uit)
    return uit


def _max_datum(*reeksen) -> numpy.ndarray:
    uit = reeksen[0]
    for reeks in reeksen[1:]:
        uit = numpy.where(numpy.isnat(uit) | (~numpy.isnat(reeks) & (reeks > uit)), reeks, uit)
    return uit


def _eerste_bekende(*reeksen) -> numpy.ndarray:
    """Per persoon de eerste reeks met een bekende datum (een terugval voor geschatte datums)."""
    uit = numpy.broadcast_to(numpy.asarray(reeksen[-1], dtype="datetime64[D]"), numpy.shape(reeksen[0]))
    for reeks in reversed(reeksen[:-1]):
        uit = numpy.where(numpy.isnat(reeks), uit, reeks)
    return uit


def inwerkingtreding(hervorming=None, peildatum: str = STANDAARD_PEILDATUM) -> str:
    """De dag van inwerkingtreding van de wet in het stelsel van `hervorming` (JJJJ-MM-DD): een peildatum daarvóór
    heeft niets te vergelijken (de opdrachtregel weigert hem)."""
    return str(simulatie.inwerkingtreding(systeem_voor(hervorming), peildatum))


def voor_de_wet(hervorming, peildatum: str) -> tuple[str, str] | None:
    """(nl, en) als `peildatum` vóór de inwerkingtreding van de wet ligt: dan geldt er niets, en elk besluit zou een
    stille "nee" zijn; anders None. Voor de opdrachtregel en `analyse`."""
    if peildatum >= (begin := inwerkingtreding(hervorming, peildatum)):
        return None
    return (f"peildatum {peildatum} ligt vóór de inwerkingtreding van de wet ({begin}): er geldt dan niets; kies "
            f"{begin} of later",
            f"peildatum {peildatum} is before the act entered into force ({begin}): nothing applies; choose {begin} "
            "or later")


def boete_datums(systeem, invoer: dict, uit: dict, peildatum) -> dict[str, numpy.ndarray]:
    """De (geschatte) dag waarop elke boete kan worden opgelegd; NaT waar er geen boete is.

    De bedragen zijn op de peildatum berekend: een boete bestaat dus op de peildatum, en haar geschatte
    dag ligt nooit later (een latere schatting wordt de peildatum). Zonder bekende dag van de procedure of van
    het verblijf: de inwerkingtreding van de wet (van `systeem`)."""
    start = uit["inburgeringstermijn_startdatum"]
    einde = uit["inburgeringstermijn_einddatum"]
    pvt_einde, map_einde = uit["pvt_uiterste_datum"], uit["map_uiterste_datum"]
    pvt_te_laat = uit["pvt_verplicht"] & ~(uit[MEETELLEND["pvt_afgerond_datum"]] <= pvt_einde)
    map_te_laat = uit["map_verplicht"] & ~(uit[MEETELLEND["map_afgerond_datum"]] <= map_einde)
    art_24 = _min_datum(numpy.where(pvt_te_laat, plus_dagen(pvt_einde, 1), ONBEKEND),
                        numpy.where(map_te_laat, plus_dagen(map_einde, 1), ONBEKEND))
    intake = _max_datum(als_datum(invoer["kennisgeving_inburgeringsplicht_datum"]),
                        als_datum(invoer["brp_inschrijving_datum"]))
    verkregen = als_datum(invoer["verblijf_verkregen_datum"])
    terugval = _eerste_bekende(intake, verkregen, simulatie.inwerkingtreding(systeem, peildatum))
    art_22 = _eerste_bekende(uit["pip_uiterste_datum"], plus_dagen(start, -1), terugval)
    art_23 = _eerste_bekende(na_maanden(start, ART_23_SCHATTING_MAANDEN), uit["pip_uiterste_datum"], terugval)
    datums = {"art_22": art_22, "art_23": art_23, "art_24": _eerste_bekende(art_24, plus_dagen(einde, 1), terugval),
              "art_25": _eerste_bekende(plus_dagen(einde, 1), terugval)}
    for artikel in ("art_24", "art_25"):  # after a known decision the next fine's day (Wi 24 lid 3-4, 25 lid 2)
        bekendmaking = invoer.get(f"boete_{artikel}_bekendmaking_datum")
        if bekendmaking is not None:
            volgende = uit[publiek.BOETES[artikel]["termijnen"]["volgende_boete_mogelijk_vanaf"]]
            datums[artikel] = numpy.where(als_datum(bekendmaking) <= peildatum, volgende, datums[artikel])
    return {artikel: numpy.where(uit[publiek.BOETES[artikel]["besluit"]] > 0,
                                 numpy.minimum(datums[artikel], peildatum), ONBEKEND)
            for artikel in BOETE_ARTIKELEN}


def werklast(systeem, invoer: dict, uit: dict, aantal_maanden: int, peildatum) -> dict[str, numpy.ndarray]:
    """De maandreeksen van `REEKSEN` voor één blok en één stelsel, tot en met de peildatum."""
    plichtig = uit["inburgeringsplichtig"]
    intake = _max_datum(als_datum(invoer["kennisgeving_inburgeringsplicht_datum"]),
                        als_datum(invoer["brp_inschrijving_datum"]))
    start, einde = uit["inburgeringstermijn_startdatum"], uit["inburgeringstermijn_einddatum"]
    # what counts as done (Bi 5.3 lid 5: not before the PIP), as the rules
    pvt_af, map_af = uit[MEETELLEND["pvt_afgerond_datum"]], uit[MEETELLEND["map_afgerond_datum"]]
    behaald = uit[MEETELLEND["leerroute_behaald_datum"]]
    # PVT/MAP: deelnemer vanaf de aanvang tot afronding (de dag ervoor) of de uiterste datum
    pvt_eind = numpy.where(uit["pvt_verplicht"], _min_datum(uit["pvt_uiterste_datum"], plus_dagen(pvt_af, -1)), ONBEKEND)
    map_eind = numpy.where(uit["map_verplicht"], _min_datum(uit["map_uiterste_datum"], plus_dagen(map_af, -1)), ONBEKEND)
    deelname_eind = _max_datum(pvt_eind, map_eind)
    pvt_laat_begin = numpy.where(uit["pvt_verplicht"] & ~(pvt_af <= uit["pvt_uiterste_datum"]),
                                 plus_dagen(uit["pvt_uiterste_datum"], 1), ONBEKEND)
    map_laat_begin = numpy.where(uit["map_verplicht"] & ~(map_af <= uit["map_uiterste_datum"]),
                                 plus_dagen(uit["map_uiterste_datum"], 1), ONBEKEND)
    ver_weg = numpy.datetime64("2100-01-01")
    # maatschappelijke begeleiding: tot voldaan (PVT, MAP indien verplicht, leerroute), ten hoogste tot het einde
    mb_start = uit["maatschappelijke_begeleiding_startdatum"]
    map_klaar = numpy.where(uit["map_verplicht"], map_af, numpy.datetime64("1900-01-01"))
    voldaan = numpy.where(numpy.isnat(pvt_af) | numpy.isnat(map_klaar) | numpy.isnat(behaald), ONBEKEND,
                          _max_datum(pvt_af, map_klaar, behaald))
    wi_11_lid_1 = aantal_op(systeem.parameters.termijnen.inburgeringstermijn_maanden, mb_start)
    mb_max = numpy.where(numpy.isnat(einde), einde_termijn(mb_start, wi_11_lid_1), einde)
    mb_einde = _min_datum(mb_max, voldaan)
    boetes = boete_datums(systeem, invoer, uit, peildatum)
    m, p = aantal_maanden, peildatum
    return {
        "brede_intakes": _gebeurtenissen(numpy.where(plichtig, intake, ONBEKEND), m, p),
        "pips": _gebeurtenissen(plus_dagen(start, -1), m, p),
        "ontzorgen_actief": _actief(uit["ontzorgen_startdatum"], uit["ontzorgen_einddatum"], m, p),
        "ontzorgen_gestart": _gebeurtenissen(uit["ontzorgen_startdatum"], m, p),
        "begeleiding_actief": _actief(mb_start, mb_einde, m, p),
        "pvt_map_deelnemers": _actief(start, deelname_eind, m, p),
        "pvt_map_te_laat": (_actief(pvt_laat_begin, numpy.where(numpy.isnat(pvt_af), ver_weg, plus_dagen(pvt_af, -1)), m, p)
                            + _actief(map_laat_begin, numpy.where(numpy.isnat(map_af), ver_weg, plus_dagen(map_af, -1)), m, p)),
        "boetes": sum(_gebeurtenissen(boetes[a], m, p) for a in ("art_22", "art_23", "art_24")),
        "art_25_mogelijk": _gebeurtenissen(boetes["art_25"], m, p),
    }


def _nul(aantal: int) -> numpy.ndarray:
    return numpy.zeros(aantal, dtype=numpy.int64)


# Een besluit dat alleen voor een inburgeringsplichtige betekenis heeft: het plafond van Bi 7.1 lid 5 geldt gedurende
# de termijn van Wi 11 (of de nieuwe termijn van Wi 24-25), die alleen voor hem loopt; de regels geven iedereen het
# bedrag. Het telt alleen bij wie in dat scenario plichtig is (de som), en als gewijzigd bij wie het in een van beide is.
ALLEEN_BIJ_PLICHT = frozenset({"gemeentelijk_boeteplafond_resterend_bedrag"})


@dataclass
class Tellingen:
    """Wat over alle blokken wordt opgeteld (klein: onafhankelijk van het aantal personen)."""

    aantal_maanden: int
    personen: int = 0
    personen_gewijzigd: int = 0
    personen_onbepaald: int = 0                            # met een onbepaald besluit, in een van beide scenario's
    personen_onbepaald_feit: int = 0                       # daarvan door een ontbrekend feit (niet alleen oordelen)
    personen_onbepaald_oordeel: int = 0                    # daarvan alleen door een ontbrekend oordeel
    onbepaald_door: Counter = field(default_factory=Counter)  # ontbrekend feit of oordeel -> personen
    gewijzigd: dict = field(default_factory=lambda: {naam: 0 for naam in publiek.BESLUITEN})
    geld_centen: dict = field(default_factory=dict)        # besluit -> [basis, hervorming]
    ja: dict = field(default_factory=dict)                 # bool-besluit -> [basis, hervorming]
    bekend: dict = field(default_factory=dict)             # datum-besluit -> [basis, hervorming]
    onbepaald: dict = field(default_factory=dict)          # besluit -> [basis, hervorming]: niet meegeteld
    schuif: dict = field(default_factory=dict)             # datum-besluit -> histogram (maanden)
    boetes_jaar: dict = field(default_factory=dict)        # scenario -> artikel -> [centen per jaar]
    boetes_aantal_jaar: dict = field(default_factory=dict)
    reeksen: dict = field(default_factory=dict)            # scenario -> reeks -> maandtelling
    uitsplitsing: dict = field(default_factory=dict)       # dimensie -> groep -> [maat]

    def __post_init__(self) -> None:
        for scenario in SCENARIOS:
            self.boetes_jaar[scenario] = {a: _nul(len(JAREN)) for a in BOETE_ARTIKELEN}
            self.boetes_aantal_jaar[scenario] = {a: _nul(len(JAREN)) for a in BOETE_ARTIKELEN}
            self.reeksen[scenario] = {r: _nul(self.aantal_maanden) for r in REEKSEN}
        self.uitsplitsing = {dimensie: {} for dimensie in DIMENSIES}

    def boetes(self, scenario: str, groep: str, aantal: bool = False) -> numpy.ndarray:
        """Per jaar de som (centen) of het aantal van een groep uit `BOETE_GROEPEN`."""
        bron = self.boetes_aantal_jaar if aantal else self.boetes_jaar
        return sum(bron[scenario][a] for a in BOETE_GROEPEN[groep][0])


def _met_soort(naam: str, waarden: numpy.ndarray) -> numpy.ndarray:
    """De waarden van één besluit in `gewijzigde_personen` (een kolom met besluiten van elke soort) als
    Python-waarden: een datum als `date` (NaT: None), een bedrag in euro op de cent (`float`), ja/nee als `bool`,
    anders tekst. CSV en Parquet schrijven ze als tekst (`formaten._los`), XLSX met hun soort: een review vond er
    alleen tekst, ook "340,00" met `--nl`, zodat een som in de spreadsheet 0 gaf."""
    if _is_datum(waarden):
        return waarden.astype("datetime64[D]").astype(object)
    if naam in publiek.GELD:
        return euros(centen(waarden)).astype(object)
    if waarden.dtype == bool:
        return waarden.astype(object)
    return waarden.astype(str).astype(object)


def _uitvoerkolom(naam: str, waarden: numpy.ndarray, onbepaald: numpy.ndarray) -> numpy.ndarray:
    """Een besluit (de waarden van de beoordeling zelf) als kolom voor de brede uitvoer: bedragen in euro op de cent,
    keuzes als tekst; een onbepaald besluit is een lege cel: NaN, NaT of None (`_parquet_soort` houdt het type vast)."""
    if naam in publiek.GELD:
        return numpy.where(onbepaald, numpy.nan, euros(centen(waarden)))
    if waarden.dtype.kind == "M":
        return numpy.where(onbepaald, ONBEKEND, waarden)
    if waarden.dtype.kind in "USO" or onbepaald.any():
        waarden = waarden.astype(object)
        waarden[onbepaald] = None
    return waarden


def _parquet_soort(naam: str, waarden: numpy.ndarray) -> str:
    """Het Parquet-type van een kolom van `per_persoon`, vast voor alle blokken: een blok waarin een besluit overal
    onbepaald is, heeft geen waarde om het uit af te leiden."""
    if naam in publiek.GELD:
        return GELD
    return {"M": "date32", "b": "bool", "i": "int64", "u": "int64", "f": "float64"}.get(waarden.dtype.kind, "string")


def _bepaald(uitkomst: simulatie.Beoordeling, onbepaald: dict[str, numpy.ndarray]) -> dict[str, numpy.ndarray]:
    """De waarden van een beoordeling, met elk besluit dat `onbepaald` is (in een van beide scenario's) op een waarde
    die nergens meetelt: geen datum, nee, geen bedrag, de doelgroep "onbepaald". Zo blijft het buiten elke som,
    telling en werklast, in beide scenario's; `Tellingen.onbepaald` telt het apart."""
    uit = {}
    for naam, waarden in uitkomst.waarden.items():
        onbepaald_hier = onbepaald[naam]
        if not onbepaald_hier.any():
            uit[naam] = waarden
        elif waarden.dtype.kind == "M":
            uit[naam] = numpy.where(onbepaald_hier, ONBEKEND, waarden)
        elif waarden.dtype.kind in "USO":
            uit[naam] = numpy.where(onbepaald_hier, ONBEPAALD, waarden.astype(object))
        else:
            uit[naam] = numpy.where(onbepaald_hier, numpy.zeros((), dtype=waarden.dtype), waarden)
    return uit


ONBEPAALD = "onbepaald"  # de groep van wie een onbepaalde doelgroep heeft (uitsplitsing)


def _maten(uit: dict) -> dict[str, numpy.ndarray]:
    """De maten van de uitsplitsing voor één stelsel (aantallen of centen per persoon)."""
    return {"inburgeringsplichtig": uit["inburgeringsplichtig"].astype(numpy.int64),
            "ontzorgen_verplicht": uit["ontzorgen_verplicht"].astype(numpy.int64),
            **{f"{groep}_euro": sum(centen(uit[publiek.BOETES[a]["besluit"]]) for a in artikelen)
               for groep, (artikelen, *_) in BOETE_GROEPEN.items()}}


def _groepen(ids, invoer, basis: dict, gemeente) -> dict[str, numpy.ndarray]:
    jaar = invoer["verblijf_verkregen_datum"]
    cohort = numpy.where(jaar == NIET_GEGEVEN_DAG, "onbekend",
                         numpy.datetime_as_string(jaar.astype("datetime64[Y]"), unit="Y"))
    if gemeente is None:
        gemeente = numpy.full(len(ids), "", dtype=object)
    gemeente = numpy.where(numpy.char.strip(gemeente.astype(str)) == "", GEEN_GEMEENTE, gemeente.astype(str))
    return {"doelgroep": basis["doelgroep"].astype(str), "cohort": cohort, "gemeente": gemeente}


def _verwerk(tellingen: Tellingen, ids, invoer, beoordelingen: tuple, uitvoer: dict, dag, gemeente,
             stelsels: tuple) -> None:
    """Tel één blok: `beoordelingen` zijn de `simulatie.Beoordeling` van basis en hervorming. Een onbepaald besluit
    telt nergens mee (`_bepaald`), alleen in `Tellingen.onbepaald`; een verschil telt alleen tussen twee bepaalde
    besluiten."""
    n = len(ids)
    tellingen.personen += n
    onbepaald = tuple(b.onbepaald for b in beoordelingen)
    in_een = {naam: onbepaald[0][naam] | onbepaald[1][naam] for naam in beoordelingen[0].onbepaald}
    basis, hervormd = (_bepaald(b, in_een) for b in beoordelingen)
    ergens = numpy.zeros(n, dtype=bool)
    ergens_onbepaald = numpy.zeros(n, dtype=bool)
    lang = []
    plichtig = basis["inburgeringsplichtig"].astype(bool), hervormd["inburgeringsplichtig"].astype(bool)
    for naam in publiek.BESLUITEN:
        a, b = basis[naam], hervormd[naam]
        oa, ob = onbepaald[0][naam], onbepaald[1][naam]
        paar = tellingen.onbepaald.setdefault(naam, [0, 0])
        paar[0] += int(oa.sum())
        paar[1] += int(ob.sum())
        ergens_onbepaald |= oa | ob
        verschil = ~simulatie._gelijk(a, b) & ~in_een[naam]
        if naam in ALLEEN_BIJ_PLICHT:
            verschil &= plichtig[0] | plichtig[1]
        aantal = int(verschil.sum())
        if naam in publiek.GELD:
            paar = tellingen.geld_centen.setdefault(naam, [0, 0])
            telt = plichtig if naam in ALLEEN_BIJ_PLICHT else (slice(None), slice(None))
            paar[0] += int(centen(a[telt[0]]).sum())
            paar[1] += int(centen(b[telt[1]]).sum())
        elif a.dtype == bool:
            paar = tellingen.ja.setdefault(naam, [0, 0])
            paar[0] += int(a.sum())
            paar[1] += int(b.sum())
        elif _is_datum(a):
            paar = tellingen.bekend.setdefault(naam, [0, 0])
            paar[0] += int((~numpy.isnat(a)).sum())
            paar[1] += int((~numpy.isnat(b)).sum())
        if not aantal:
            continue
        tellingen.gewijzigd[naam] += aantal
        ergens |= verschil
        if _is_datum(a):
            beide = verschil & ~numpy.isnat(a) & ~numpy.isnat(b)
            dagen = (b[beide] - a[beide]).astype(numpy.int64)
            maanden = numpy.clip(numpy.round(dagen / 30.4375).astype(numpy.int64), -SCHUIF_MAX, SCHUIF_MAX)
            histogram = tellingen.schuif.setdefault(naam, numpy.zeros(2 * SCHUIF_MAX + 1, dtype=numpy.int64))
            histogram += numpy.bincount(maanden + SCHUIF_MAX, minlength=2 * SCHUIF_MAX + 1)
        lang.append({"persoon": ids[verschil], "besluit": numpy.full(aantal, naam, dtype=object),
                     "basis": _met_soort(naam, a[verschil]), "hervorming": _met_soort(naam, b[verschil])})
    tellingen.personen_gewijzigd += int(ergens.sum())
    tellingen.personen_onbepaald += int(ergens_onbepaald.sum())
    # wie een besluit onbepaald heeft door een ontbrekend feit, en niet alleen doordat een oordeel ontbreekt (een mens
    # beslist: een populatie geeft het zelden, zodat het de telling anders overheerst; een review)
    door: dict[str, numpy.ndarray] = {}
    for beoordeling in beoordelingen:
        for naam in publiek.BESLUITEN:
            for oorzaak, rijen in beoordeling.oorzaken.get(naam, {}).items():
                door[oorzaak] = door[oorzaak] | rijen if oorzaak in door else rijen
    door_feit, door_oordeel = numpy.zeros(n, dtype=bool), numpy.zeros(n, dtype=bool)
    for oorzaak, rijen in door.items():
        rijen = rijen & ergens_onbepaald
        tellingen.onbepaald_door[oorzaak] += int(rijen.sum())
        if oorzaak in publiek.OORDELEN:
            door_oordeel |= rijen
        else:
            door_feit |= rijen
    # de rest mist niets: een datum die de wet niet vastlegt (`publiek.NIET_TE_DATEREN`, I18, I60)
    tellingen.personen_onbepaald_feit += int(door_feit.sum())
    tellingen.personen_onbepaald_oordeel += int((door_oordeel & ~door_feit).sum())
    if lang:
        uitvoer["gewijzigde_personen"].schrijf({k: numpy.concatenate([d[k] for d in lang]) for k in lang[0]})
    if "per_persoon" in uitvoer:
        if not uitvoer["per_persoon"].soorten:
            uitvoer["per_persoon"].soorten = {f"{naam}_{scenario}": _parquet_soort(naam, beoordelingen[0].waarden[naam])
                                              for naam in publiek.BESLUITEN for scenario in SCENARIOS}
        breed = {"id": ids, **({"gemeente": gemeente} if gemeente is not None else {}), "gewijzigd": ergens}
        for naam in publiek.BESLUITEN:
            for scenario, beoordeling, onbepaald_hier in zip(SCENARIOS, beoordelingen, onbepaald, strict=True):
                breed[f"{naam}_{scenario}"] = _uitvoerkolom(naam, beoordeling.waarden[naam], onbepaald_hier[naam])
        uitvoer["per_persoon"].schrijf(breed)
    maten = {"personen": numpy.ones(n, dtype=numpy.int64), "gewijzigd": ergens.astype(numpy.int64)}
    for scenario, uit, systeem in zip(SCENARIOS, (basis, hervormd), stelsels, strict=True):
        maten.update({f"{maat}_{scenario}": w for maat, w in _maten(uit).items()})
        for reeks, waarden in werklast(systeem, invoer, uit, tellingen.aantal_maanden, dag).items():
            tellingen.reeksen[scenario][reeks] += waarden
        for artikel, datums in boete_datums(systeem, invoer, uit, dag).items():
            jaar = datums.astype("datetime64[Y]").astype(numpy.int64) + 1970
            index = numpy.where(numpy.isnat(datums), -1, numpy.clip(jaar - JAREN[0], 0, len(JAREN) - 1))
            binnen = index >= 0
            bedragen = centen(uit[publiek.BOETES[artikel]["besluit"]])
            tellingen.boetes_jaar[scenario][artikel] += numpy.bincount(
                index[binnen], weights=bedragen[binnen], minlength=len(JAREN))[:len(JAREN)].astype(numpy.int64)
            tellingen.boetes_aantal_jaar[scenario][artikel] += numpy.bincount(index[binnen], minlength=len(JAREN))[:len(JAREN)]
    for dimensie, labels in _groepen(ids, invoer, basis, gemeente).items():
        uniek, index = numpy.unique(labels, return_inverse=True)
        sommen = numpy.stack([numpy.bincount(index, weights=w, minlength=len(uniek)).astype(numpy.int64)
                              for w in maten.values()], axis=1)
        groepen = tellingen.uitsplitsing[dimensie]
        for groep, rij in zip(uniek.tolist(), sommen, strict=True):
            groepen[groep] = groepen.get(groep, 0) + rij


# -- de vergelijking ------------------------------------------------------------------------------------

@dataclass
class Uitkomst:
    tellingen: Tellingen
    peildatum: str
    hervorming: object
    maanden: list[str]
    bestanden: dict[str, Path]
    seconden: float
    synthetisch: bool = True
    meldingen: list[str] = field(default_factory=list)

    @property
    def laatste_maand_volledig(self) -> bool:
        dag = numpy.datetime64(self.peildatum, "D")
        return bool((dag + 1).astype("datetime64[M]") != dag.astype("datetime64[M]"))

    @property
    def laatste_jaar_volledig(self) -> bool:
        return self.peildatum[5:] == "12-31"

    def tabel(self) -> list[dict]:
        """Per besluit: gewijzigd, procent, en basis/hervorming (euro als getal, aantal ja, aantal met een datum)."""
        t = self.tellingen
        rijen = []
        for naam in publiek.BESLUITEN:
            rij = {"besluit": naam, "gewijzigd": t.gewijzigd[naam],
                   "procent": round(100 * t.gewijzigd[naam] / t.personen, 2) if t.personen else 0.0}
            if naam in t.geld_centen:
                rij["basis"], rij["hervorming"] = (c / CENT for c in t.geld_centen[naam])
                rij["eenheid"] = "euro (maximum)" if naam == "boete_art_25_maximum_bedrag" else "euro"
            elif naam in t.ja:
                rij["basis"], rij["hervorming"] = t.ja[naam]
                rij["eenheid"] = "aantal ja"
            elif naam in t.bekend:
                rij["basis"], rij["hervorming"] = t.bekend[naam]
                rij["eenheid"] = "aantal met een datum"
            rij["onbepaald_basis"], rij["onbepaald_hervorming"] = t.onbepaald.get(naam, (0, 0))
            rijen.append(rij)
        return rijen


def _euro(centen: int) -> str:
    teken = "-" if centen < 0 else ""
    centen = abs(int(centen))
    return f"{teken}{centen // CENT}.{centen % CENT:02d}"


# Wat `vergelijk` in zijn map schrijft: de tabellen (elk formaat), de samenvatting en de grafieken. Een eerdere run in
# dezelfde map laat niets achter dat niet bij deze run hoort (`_oude_uitvoer_weg`); andere bestanden blijven staan.
TABELLEN = ("gewijzigde_personen", "per_persoon", "werklast_per_maand", "boetes_per_jaar", "uitsplitsing")
GRAFIEKEN = ("termijnen_verschuiving", "boetes_per_jaar", "ontzorgen_per_maand", "werklast_gemeente")


def _oude_uitvoer_weg(uit_map: Path) -> None:
    """Haal de uitvoer van een eerdere run uit `uit_map` (alleen de namen die `vergelijk` schrijft): een
    `per_persoon.parquet` of grafiek van een andere hervorming zou anders naast de nieuwe samenvatting staan."""
    namen = [f"{stam}.{formaat}" for stam in TABELLEN for formaat in FORMATEN]
    namen += [f"samenvatting.{soort}" for soort in ("md", "html", "json")] + [f"{g}.png" for g in GRAFIEKEN]
    for naam in namen:
        (uit_map / naam).unlink(missing_ok=True)


def vergelijk(populatie_pad, hervorming, uit_map, peildatum: str = STANDAARD_PEILDATUM,
              blok: int = populatie.BLOK, voortgang: bool = True, grafieken: bool = True,
              formaten=("csv",), nl: bool = False, per_persoon: bool = False) -> Uitkomst:
    """Basis en hervorming voor een hele populatie-CSV; schrijft de uitvoer naar `uit_map`.

    `formaten`: een deelverzameling van csv, parquet, xlsx voor elke tabel; `nl`: CSV zoals een Nederlandse
    spreadsheet hem leest (`;`, decimale komma); `per_persoon`: ook het brede bestand `per_persoon.*`."""
    begin = time.perf_counter()
    canoniek(hervorming)                           # eerst valideren: HervormingFout vóór enig werk
    formaten = controleer_formaten(formaten)
    populatie.controleer_kolommen(populatie.kop(populatie_pad), str(populatie_pad))
    populatie.opmaak(populatie_pad)                # een bestand dat geen UTF-8 is: de melding vóór enig werk
    dag = numpy.datetime64(peildatum, "D")
    basis_stelsel, hervormd_stelsel = basissysteem(), systeem_voor(hervorming)
    uit_map = Path(uit_map)
    nieuwe_map = not uit_map.exists()
    uit_map.mkdir(parents=True, exist_ok=True)
    _oude_uitvoer_weg(uit_map)
    aantal_maanden = max(int((dag.astype("datetime64[M]") - EERSTE_MAAND).astype(int)) + 1, 1)
    maanden = [str(EERSTE_MAAND + i) for i in range(aantal_maanden)]
    tellingen = Tellingen(aantal_maanden)
    balk = Voortgang(populatie.tel_rijen(populatie_pad), aan=voortgang)
    met_gemeente = "gemeente" in populatie.kop(populatie_pad)
    uitvoer = {"gewijzigde_personen": Schrijver(uit_map / "gewijzigde_personen",
                                                ["persoon", "besluit", "basis", "hervorming"], formaten, nl)}
    # Parquet: een kolom met besluiten van elke soort is tekst
    uitvoer["gewijzigde_personen"].soorten = {"basis": "string", "hervorming": "string"}
    if per_persoon:
        kolommen = ["id"] + (["gemeente"] if met_gemeente else []) + ["gewijzigd"]
        kolommen += [f"{naam}_{s}" for naam in publiek.BESLUITEN for s in SCENARIOS]
        uitvoer["per_persoon"] = Schrijver(uit_map / "per_persoon", kolommen, formaten, nl)
    synthetisch = True
    try:
        for ids, kolommen, gelezen in populatie.lees_getypeerd(basis_stelsel, populatie_pad, blok):
            n = len(ids)
            invoer = populatie.vul_aan(basis_stelsel, populatie.getypeerd(basis_stelsel, gelezen), n)
            gemeente = kolommen.get("gemeente")
            del kolommen
            synthetisch &= bool(numpy.char.startswith(ids.astype(str), populatie.SYNTHETISCH).all())
            # None (een datum: NaT) = niet gegeven: wat ervan afhangt is onbepaald, geen stille "nee"
            gegeven = populatie.als_gegeven(gelezen)
            balk.fase(n, FASEN["gelezen"])
            beoordelingen = []
            for scenario, stelsel in zip(SCENARIOS, (basis_stelsel, hervormd_stelsel), strict=True):
                beoordelingen.append(simulatie.beoordeel(stelsel, peildatum, gegeven, n, BEREKEND))
                balk.fase(n, FASEN[scenario])
            beoordelingen = tuple(beoordelingen)
            _verwerk(tellingen, ids, invoer, beoordelingen, uitvoer, dag, gemeente, (basis_stelsel, hervormd_stelsel))
            del beoordelingen, invoer, gegeven
            balk.stap(n)
        bestanden = {}
        for naam, schrijver in uitvoer.items():
            bestanden.update({f"{naam}_{f}": pad for f, pad in schrijver.sluit().items()})
    except BaseException:  # een foute rij verderop, een volle schijf: geen halve uitvoer, ook niet de map ervoor
        for schrijver in uitvoer.values():
            schrijver.weg()
        if nieuwe_map and not any(uit_map.iterdir()):
            uit_map.rmdir()
        raise
    uitkomst = Uitkomst(tellingen, peildatum, hervorming, maanden, bestanden, 0.0, synthetisch)
    for naam, schrijver in uitvoer.items():
        if schrijver.afgekapt:
            uitkomst.meldingen.append(f"{naam}.xlsx: {getal(schrijver.afgekapt)} rijen pasten niet in Excel en "
                                      "staan alleen in CSV/Parquet / rows did not fit in Excel")
    if tellingen.personen_onbepaald:
        feit, oordeel = tellingen.personen_onbepaald_feit, tellingen.personen_onbepaald_oordeel
        datum = tellingen.personen_onbepaald - feit - oordeel
        meest = [(naam, aantal) for naam, aantal in tellingen.onbepaald_door.most_common()
                 if naam not in publiek.OORDELEN][:3]

        def feiten(taal: str) -> str:
            return ", ".join(f"`{naam}` ({getal(aantal, taal=taal)})" for naam, aantal in meest)

        uitkomst.meldingen.append(
            f"{getal_met(tellingen.personen_onbepaald, 'persoon heeft', 'personen hebben')} een onbepaald besluit: bij "
            f"{getal(feit)} door een "
            f"ontbrekend feit, bij {getal(oordeel)} alleen door een ontbrekend oordeel van het college of de Minister "
            "(een mens beslist; een populatie geeft het zelden)"
            + (f", bij {getal(datum)} omdat de wet de datum niet vastlegt (I18, I60)" if datum else "")
            + ". Het telt in geen van beide scenario's mee en staat per besluit onder 'onbepaald' (samenvatting.md, "
            ".html, .json); `inburgering_rules.analyse.beoordeel` noemt per persoon welke"
            + (f". Meest ontbrekende feiten: {feiten('nl')}" if meest else "")
            + f" / {getal_met(tellingen.personen_onbepaald, 'person has', 'persons have', 'en')} an undetermined "
            "decision: "
            f"{getal(feit, taal='en')} for a missing fact, {getal(oordeel, taal='en')} only for a missing judgment of "
            "the college or the Minister"
            + (f", {getal(datum, taal='en')} because the law fixes no date (I18, I60)" if datum else "")
            + "; counted in neither scenario, listed per decision under 'onbepaald' in the summary files"
            + (f". Facts missing most: {feiten('en')}" if meest else ""))
    if afwezig := [naam for naam in MEETELLEND if naam not in populatie.kop(populatie_pad)]:
        # een afronding die niet is gegeven, heeft niet plaatsgevonden (geen "onbepaald"): zonder de kolom geldt dat
        # voor iedereen, en daaruit volgen boetes van DUO en het niet voldoen (een review: zo'n run telde ze mee)
        uitkomst.meldingen.append(
            f"de populatie heeft geen kolom {', '.join(afwezig)}: zonder kolom telt een afronding voor iedereen als "
            "niet gebeurd, en de boetes van DUO en het voldoen volgen daaruit / without its column a completion "
            "counts as not done for everyone, and DUO's fines and meeting the duty follow from it")
    bestanden.update(_schrijf_tabellen(uitkomst, uit_map, formaten, nl))
    if grafieken:
        bestanden.update(teken(uitkomst, uit_map))
    uitkomst.seconden = time.perf_counter() - begin
    bestanden.update(_schrijf_samenvatting(uitkomst, uit_map))
    return uitkomst


# -- uitvoer --------------------------------------------------------------------------------------------

def _schrijf_tabellen(uitkomst: Uitkomst, uit_map: Path, formaten, nl: bool) -> dict[str, Path]:
    """werklast_per_maand, boetes_per_jaar en uitsplitsing in elk gevraagd formaat."""
    t = uitkomst.tellingen
    volledig = numpy.ones(len(uitkomst.maanden), dtype=bool)
    volledig[-1] = uitkomst.laatste_maand_volledig
    werklast = {"maand": numpy.array(uitkomst.maanden, dtype=object), "volledig": volledig,
                **{f"{r}_{s}": t.reeksen[s][r] for r in REEKSEN for s in SCENARIOS}}
    jaren = [j for j in JAREN if j <= int(uitkomst.peildatum[:4])] or JAREN[:1]
    boetes = {"jaar": numpy.array(jaren), "volledig": numpy.array([j < int(uitkomst.peildatum[:4])
                                                                    or uitkomst.laatste_jaar_volledig for j in jaren])}
    for groep in BOETE_GROEPEN:
        for s in SCENARIOS:
            boetes[f"{groep}_{s}_euro"] = t.boetes(s, groep)[:len(jaren)] / CENT
            boetes[f"{groep}_{s}_aantal"] = t.boetes(s, groep, aantal=True)[:len(jaren)]
    maten = ["personen", "gewijzigd"] + [f"{m}_{s}" for s in SCENARIOS for m in _MATEN]
    rijen = [(dimensie, groep, rij) for dimensie in DIMENSIES for groep, rij in sorted(t.uitsplitsing[dimensie].items())]
    uitsplitsing = {"dimensie": numpy.array([r[0] for r in rijen], dtype=object),
                    "groep": numpy.array([r[1] for r in rijen], dtype=object)}
    for i, maat in enumerate(maten):
        waarden = numpy.array([r[2][i] for r in rijen], dtype=numpy.int64)
        if "_euro_" in maat:                       # college_euro_basis -> college_basis_euro
            uitsplitsing[maat.replace("_euro_", "_") + "_euro"] = waarden / CENT
        else:
            uitsplitsing[maat] = waarden
    bestanden = {}
    for naam, kolommen in (("werklast_per_maand", werklast), ("boetes_per_jaar", boetes), ("uitsplitsing", uitsplitsing)):
        paden, _ = schrijf_tabel(uit_map / naam, kolommen, formaten, nl,
                                 {k: GELD for k in kolommen if k.endswith("_euro")})
        bestanden.update({f"{naam}_{f}": pad for f, pad in paden.items()})
    return bestanden


def _geld(centen: int) -> str:
    """Een som in centen als euro's voor een Nederlandse lezer: 1.234.567,89."""
    return getal(centen / CENT, 2)


def _procent(deel: int, geheel: int) -> str:
    return f"{getal(100 * deel / max(geheel, 1), 1)} %"


def _cel(rij: dict, sleutel: str) -> str:
    """Basis of hervorming in een tabel: een som in euro op de cent, anders een aantal."""
    waarde = rij.get(sleutel, "")
    if "euro" in rij.get("eenheid", ""):
        return _geld(round(waarde * CENT))
    return getal(waarde) if isinstance(waarde, int) else str(waarde)


def _onbepaald(rij: dict) -> str:
    """"basis / hervorming" onbepaald (niet meegeteld), of leeg als er geen is."""
    paar = rij.get("onbepaald_basis", 0), rij.get("onbepaald_hervorming", 0)
    return f"{getal(paar[0])} / {getal(paar[1])}" if any(paar) else ""


def _boeteregels(t: Tellingen) -> list[str]:
    return [f"{BOETE_GROEPEN[g][1]}: {_geld(int(t.boetes('basis', g).sum()))} -> {_geld(int(t.boetes('hervorming', g).sum()))}"
            for g in BOETE_GROEPEN]


def samenvatting_tekst(uitkomst: Uitkomst) -> str:
    """De tabel op stdout: per besluit dat ergens verschilt."""
    t = uitkomst.tellingen
    regels = [f"Hervorming: {titel(uitkomst.hervorming)} | peildatum {datum_voluit(uitkomst.peildatum)} | "
              f"{getal_met(t.personen, 'persoon', 'personen')}{' (synthetisch)' if uitkomst.synthetisch else ''}, "
              f"{getal(t.personen_gewijzigd)} met een ander besluit "
              f"({_procent(t.personen_gewijzigd, t.personen)})", ""]
    breedte = max(len(n) for n in publiek.BESLUITEN)
    regels.append(f"{'besluit':<{breedte}}  {'gewijzigd':>10}  {'%':>6}  {'basis':>16}  {'hervorming':>16}  "
                  f"{'onbepaald':>15}")
    for rij in uitkomst.tabel():
        if not rij["gewijzigd"]:
            continue
        basis, hervormd = (_cel(rij, k) for k in ("basis", "hervorming"))
        regels.append(f"{rij['besluit']:<{breedte}}  {getal(rij['gewijzigd']):>10}  {getal(rij['procent'], 2):>6}  "
                      f"{basis:>16}  {hervormd:>16}  {_onbepaald(rij):>15}")
    regels.append("(basis/hervorming: som in euro voor bedragen, aantal ja voor ja/nee, aantal met een datum voor "
                  "datums, over wie in beide bepaald is; onbepaald: basis / hervorming, niet meegeteld; elk onbepaald "
                  "besluit staat in samenvatting.md)")
    if len(regels) == 4:
        regels.append("(geen enkel besluit verschilt / no decision differs)")
    regels += ["", f"Euro, opgeteld tot en met de peildatum {datum_voluit(uitkomst.peildatum)}:"]
    regels += ["  " + r for r in _boeteregels(t)]
    regels += ["  (art. 25: het wettelijke maximum per persoon, geen berekende boete / a legal maximum, not a fine)"]
    regels += [f"let op: {m}" for m in uitkomst.meldingen]
    return "\n".join(regels)


def _json(uitkomst: Uitkomst) -> dict:
    t = uitkomst.tellingen

    def per_jaar(scenario: str, groep: str) -> dict:
        bedrag, aantal = t.boetes(scenario, groep), t.boetes(scenario, groep, aantal=True)
        return {str(j): {"bedrag": int(bedrag[i]) / CENT, "aantal": int(aantal[i])}
                for i, j in enumerate(JAREN) if aantal[i]}

    return {
        "hervorming": uitkomst.hervorming, "peildatum": uitkomst.peildatum, "personen": t.personen,
        "personen_gewijzigd": t.personen_gewijzigd, "personen_onbepaald": t.personen_onbepaald,
        "personen_onbepaald_door_feit": t.personen_onbepaald_feit,
        "personen_onbepaald_alleen_door_oordeel": t.personen_onbepaald_oordeel,
        "personen_onbepaald_per_oorzaak": dict(t.onbepaald_door.most_common()),
        "seconden": round(uitkomst.seconden, 2), "eenheid_bedragen": "euro",
        "besluiten": uitkomst.tabel(),
        "termijnverschuiving_maanden": {
            naam: {str(i - SCHUIF_MAX): int(c) for i, c in enumerate(h) if c} for naam, h in t.schuif.items()},
        "boetes_per_jaar": {s: {g: per_jaar(s, g) for g in ("college", "duo")} for s in SCENARIOS},
        "art_25_maximum_per_jaar": {s: per_jaar(s, "art_25_maximum") for s in SCENARIOS},
        "laatste_jaar_volledig": uitkomst.laatste_jaar_volledig,
        "werklast_per_maand": {"maanden": uitkomst.maanden, "laatste_maand_volledig": uitkomst.laatste_maand_volledig,
                               **{s: {r: t.reeksen[s][r].tolist() for r in REEKSEN} for s in SCENARIOS}},
        "synthetisch": uitkomst.synthetisch,
        "meldingen": uitkomst.meldingen,
    }


def _boetetabel(uitkomst: Uitkomst) -> list[list[str]]:
    t, rijen = uitkomst.tellingen, []
    for i, jaar in enumerate(JAREN):
        cellen = [int(t.boetes(s, g, aantal=True)[i]) for s in SCENARIOS for g in BOETE_GROEPEN]
        if any(cellen):
            deel = jaar == int(uitkomst.peildatum[:4]) and not uitkomst.laatste_jaar_volledig
            rijen.append([f"{jaar}{f' (t/m {datum_voluit(uitkomst.peildatum[5:])})' if deel else ''}"]
                         + [_geld(int(t.boetes(s, g)[i])) for g in BOETE_GROEPEN for s in SCENARIOS])
    return rijen


def _bron(uitkomst: Uitkomst) -> str:
    return ("synthetisch, zie `inburgering_rules/populatie.py`; geen prognose" if uitkomst.synthetisch
            else "eigen populatie")


def _schrijf_samenvatting(uitkomst: Uitkomst, uit_map: Path) -> dict[str, Path]:
    t = uitkomst.tellingen
    gegevens = _json(uitkomst)
    (uit_map / "samenvatting.json").write_text(json.dumps(gegevens, indent=1, ensure_ascii=False, default=str),
                                               encoding="utf-8")
    besluiten = [r for r in uitkomst.tabel() if r["gewijzigd"] or _onbepaald(r)]
    plaatjes = sorted(p.name for p in uitkomst.bestanden.values() if p.suffix == ".png")  # of this run only
    boetes = _boetetabel(uitkomst)
    kop_boetes = ["jaar"] + [f"{BOETE_GROEPEN[g][1]}, {s}" for g in BOETE_GROEPEN for s in SCENARIOS]
    md = [f"# Wat-als: {titel(uitkomst.hervorming)}", "",
          f"Peildatum {datum_voluit(uitkomst.peildatum)}; {getal_met(t.personen, 'persoon', 'personen')} "
          f"({_bron(uitkomst)}); ten minste één ander besluit voor "
          f"{getal_met(t.personen_gewijzigd, 'persoon', 'personen')} ({_procent(t.personen_gewijzigd, t.personen)}). "
          f"Rekentijd {getal(uitkomst.seconden, 1)} s.", ""]
    md += [f"* let op: {m}" for m in uitkomst.meldingen] + ([""] if uitkomst.meldingen else [])
    md += ["## Besluiten die verschillen of onbepaald zijn", "",
           "Basis en hervorming tellen over wie in beide bepaald is; onbepaald (basis / hervorming) hangt van een "
           "ontbrekend gegeven af en telt in geen van beide mee.", "",
           "| besluit | gewijzigd | % | basis | hervorming | eenheid | onbepaald |",
           "|---|---:|---:|---:|---:|---|---:|"]
    md += [f"| `{r['besluit']}` | {getal(r['gewijzigd'])} | {getal(r['procent'], 2)} | {_cel(r, 'basis')} | "
           f"{_cel(r, 'hervorming')} | {r.get('eenheid', '')} | {_onbepaald(r)} |" for r in besluiten] \
        or ["| (geen) | 0 | 0 | | | | |"]
    md += ["", "## Boetes per jaar (euro, tot en met de peildatum)", "",
           "Boetes: de bedragen die de regels op de peildatum opleggen (college: art. 22 en 23; DUO: art. 24). "
           "Art. 25 is een **maximum** per persoon (ten hoogste), geen berekende boete: apart, nooit opgeteld. "
           + BEDRAG_OP_PEILDATUM, "",
           "| " + " | ".join(kop_boetes) + " |", "|---" + "|---:" * (len(kop_boetes) - 1) + "|"]
    md += ["| " + " | ".join(r) + " |" for r in boetes]
    md += ["", "## Grafieken", ""] + [f"![{p}]({p})" for p in plaatjes]
    md += ["", "Bestanden: " + ", ".join(sorted(f"`{p.name}`" for p in uitkomst.bestanden.values())), ""]
    (uit_map / "samenvatting.md").write_text("\n".join(md), encoding="utf-8")

    def rij(cellen, tag="td"):
        return "<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in cellen) + "</tr>"

    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
         f"<title>Wat-als: {html.escape(titel(uitkomst.hervorming))}</title>",
         "<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}"
         "td:not(:first-child){text-align:right}img{max-width:100%}</style></head><body>",
         f"<h1>Wat-als: {html.escape(titel(uitkomst.hervorming))}</h1>",
         f"<p>Peildatum {datum_voluit(uitkomst.peildatum)}; {getal_met(t.personen, 'persoon', 'personen')} "
         f"({_html_tekst(_bron(uitkomst))}); {getal(t.personen_gewijzigd)} met ten minste één ander besluit.</p>"]
    h += [f"<p><strong>Let op:</strong> {_html_tekst(m)}</p>" for m in uitkomst.meldingen]
    h += ["<h2>Besluiten die verschillen of onbepaald zijn</h2><p>Basis en hervorming tellen over wie in beide bepaald "
          "is; onbepaald (basis / hervorming) hangt van een ontbrekend gegeven af en telt in geen van beide mee.</p>"
          "<table>",
          rij(["besluit", "gewijzigd", "%", "basis", "hervorming", "eenheid", "onbepaald"], "th")]
    h += [rij([r["besluit"], getal(r["gewijzigd"]), getal(r["procent"], 2), _cel(r, "basis"), _cel(r, "hervorming"),
               r.get("eenheid", ""), _onbepaald(r)]) for r in besluiten]
    h += ["</table><h2>Boetes per jaar (euro, tot en met de peildatum)</h2>",
          "<p>Art. 25 is een maximum per persoon (ten hoogste), geen berekende boete: apart, nooit opgeteld. "
          f"{_html_tekst(BEDRAG_OP_PEILDATUM)}</p><table>",
          rij(kop_boetes, "th")]
    h += [rij(r) for r in boetes]
    h += ["</table><h2>Grafieken</h2>"] + [f"<p><img src='{html.escape(p)}' alt='{html.escape(p)}'></p>" for p in plaatjes]
    h += ["</body></html>"]
    (uit_map / "samenvatting.html").write_text("\n".join(h), encoding="utf-8")
    return {"samenvatting_md": uit_map / "samenvatting.md", "samenvatting_html": uit_map / "samenvatting.html",
            "samenvatting_json": uit_map / "samenvatting.json"}


# Onder elke tabel van boetes per jaar (zoals in docs/analisten.md; een review: alleen de handleiding zei het)
BEDRAG_OP_PEILDATUM = ("Elk bedrag is dat van de peildatum, ook voor een boete in een eerder jaar: een hervorming die "
                       "een bedrag pas vanaf een latere dag wijzigt (zoals `boetes_geindexeerd`), wijzigt "
                       "hier elke boete; kijk dan naar de jaren na die dag.")


def _html_tekst(tekst: str) -> str:
    """Een melding van de Markdown-samenvatting in HTML: `naam` als <code>naam</code> (een review: de backticks stonden
    er letterlijk), de rest ontsnapt."""
    delen = html.escape(tekst).split("`")
    if len(delen) % 2 == 0:  # een oneven aantal backticks: geen paren, laat ze staan
        return html.escape(tekst)
    return "".join(f"<code>{deel}</code>" if i % 2 else deel for i, deel in enumerate(delen))


def _onderschrift(fig, uitkomst: Uitkomst) -> None:
    """Onder elke grafiek: de peildatum en, bij een synthetische populatie, dat zij synthetisch is."""
    tekst = f"Peildatum {datum_voluit(uitkomst.peildatum)}; alles tot en met de peildatum."
    if uitkomst.synthetisch:
        tekst += " Synthetische populatie (inburgering_rules/populatie.py): geen echte personen, geen prognose."
    fig.text(0.01, 0.005, tekst, fontsize=8, ha="left", va="bottom", color="#444")


def _markeer_peildatum(ax, uitkomst: Uitkomst) -> None:
    """Een gedeeltelijke laatste maand: gearceerd, met de peildatum erbij."""
    if uitkomst.laatste_maand_volledig:
        return
    begin = numpy.datetime64(uitkomst.maanden[-1], "M").astype("datetime64[D]")
    ax.axvspan(begin, numpy.datetime64(uitkomst.peildatum, "D"), color="#999", alpha=0.25, hatch="//", lw=0,
               label=f"gedeeltelijke maand (t/m {datum_voluit(uitkomst.peildatum)})")


def teken(uitkomst: Uitkomst, uit_map: Path) -> dict[str, Path]:
    """De vier grafieken (matplotlib met de Agg-backend: geen scherm nodig)."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    t = uitkomst.tellingen
    naam = titel(uitkomst.hervorming)
    maanden = numpy.array(uitkomst.maanden, dtype="datetime64[M]").astype("datetime64[D]")
    euro = matplotlib.ticker.FuncFormatter(lambda v, _: bedrag(v, centen=False))
    bestanden = {}

    def bewaar(fig, sleutel: str) -> None:
        _onderschrift(fig, uitkomst)
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        bestanden[sleutel] = uit_map / f"{sleutel}.png"
        fig.savefig(bestanden[sleutel], dpi=110)
        plt.close(fig)

    def datumas(ax) -> None:
        ax.xaxis.set_major_locator(matplotlib.dates.YearLocator())
        ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%Y"))
        ax.tick_params(axis="x", labelbottom=True, labelsize=8)
        ax.set_xlabel("maand")
        _markeer_peildatum(ax, uitkomst)

    def aantallen(ax) -> None:
        """Een y-as met aantallen: hele getallen met een punt als duizendtal (2.000), zoals de euro-assen."""
        ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: getal(round(v))))

    # 1. termijnverschuiving
    fig, ax = plt.subplots(figsize=(9, 4.5))
    if t.schuif:
        verschuivingen = numpy.arange(-SCHUIF_MAX, SCHUIF_MAX + 1)
        gebruikt = numpy.flatnonzero(sum(t.schuif.values()))
        lo, hi = verschuivingen[gebruikt.min()] - 1, verschuivingen[gebruikt.max()] + 1
        breedte = 0.8 / len(t.schuif)
        for i, (besluit, histogram) in enumerate(sorted(t.schuif.items())):
            ax.bar(verschuivingen + (i - (len(t.schuif) - 1) / 2) * breedte, histogram, width=breedte, label=besluit)
        ax.set_xlim(lo - 0.5, hi + 0.5)
        ax.legend(fontsize=8)
    else:
        ax.text(0.5, 0.5, "Geen termijn verschuift / no deadline moves", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("verschuiving in maanden (hervorming − basis)")
    ax.set_ylabel("personen (aantal)")
    aantallen(ax)
    ax.set_title(f"Termijnen die verschuiven — {naam} (peildatum {datum_voluit(uitkomst.peildatum)})")
    bewaar(fig, "termijnen_verschuiving")

    # 2. boetes per jaar; art. 25-maxima in een eigen paneel, nooit opgeteld bij de boetes
    jaren = [j for j in JAREN if j <= int(uitkomst.peildatum[:4])] or JAREN[:1]
    x = numpy.arange(len(jaren))
    etiketten = [str(j) if j < int(uitkomst.peildatum[:4]) or uitkomst.laatste_jaar_volledig
                 else f"{j}\n(t/m {datum_voluit(uitkomst.peildatum[5:])})" for j in jaren]
    fig, (boven, onder) = plt.subplots(2, 1, figsize=(9, 7.5))
    staven = [("basis", "college", "#9ecae1"), ("basis", "duo", "#3182bd"),
              ("hervorming", "college", "#fdae6b"), ("hervorming", "duo", "#e6550d")]
    for i, (scenario, groep, kleur) in enumerate(staven):
        boven.bar(x + (i - 1.5) * 0.2, t.boetes(scenario, groep)[:len(jaren)] / CENT, width=0.2, color=kleur,
                  label=f"{BOETE_GROEPEN[groep][1]} — {scenario}")
    for i, (scenario, kleur) in enumerate((("basis", "#756bb1"), ("hervorming", "#e6550d"))):
        onder.bar(x + (i - 0.5) * 0.35, t.boetes(scenario, "art_25_maximum")[:len(jaren)] / CENT, width=0.35,
                  color="none", edgecolor=kleur, hatch="//", label=f"art. 25: maximum — {scenario}")
    boven.set_title(f"Boetes per jaar (berekend) — {naam}")
    onder.set_title("Art. 25: maximumbedragen per jaar (ten hoogste; geen opgelegde boetes)")
    for ax in (boven, onder):
        ax.set_xticks(x, etiketten, fontsize=8)
        ax.set_xlabel("jaar (van de overtreding, geschat)")
        ax.set_ylabel("euro per jaar")
        ax.yaxis.set_major_formatter(euro)
        ax.legend(fontsize=8)
    bewaar(fig, "boetes_per_jaar")

    # 3. ontzorgen per maand
    fig, ax = plt.subplots(figsize=(9, 4.5))
    for scenario, stijl in (("basis", "-"), ("hervorming", "--")):
        ax.plot(maanden, t.reeksen[scenario]["ontzorgen_actief"], stijl, label=f"actief — {scenario}")
        ax.plot(maanden, t.reeksen[scenario]["ontzorgen_gestart"], stijl, alpha=0.5, label=f"gestart — {scenario}")
    ax.set_ylabel("personen per maand (aantal)")
    aantallen(ax)
    ax.set_title(f"Ontzorgen per maand (Pw 56a) — {naam}")
    datumas(ax)
    ax.legend(fontsize=8)
    bewaar(fig, "ontzorgen_per_maand")

    # 4. werklast van de gemeente: elk paneel met eigen datumas en eenheid
    reeksen = [r for r in REEKSEN if r != "ontzorgen_gestart"]
    fig, assen = plt.subplots((len(reeksen) + 1) // 2, 2, figsize=(11, 13))
    for ax, reeks in zip(assen.flat, reeksen, strict=False):
        ax.plot(maanden, t.reeksen["basis"][reeks], "-", color="#3182bd", label="basis")
        ax.plot(maanden, t.reeksen["hervorming"][reeks], "--", color="#e6550d", label="hervorming")
        ax.set_title(REEKSEN[reeks][0], fontsize=10)
        ax.set_ylabel(REEKS_EENHEID[reeks], fontsize=8)
        aantallen(ax)
        ax.tick_params(labelsize=8)
        datumas(ax)
    for ax in list(assen.flat)[len(reeksen):]:
        ax.axis("off")
    assen.flat[0].legend(fontsize=8)
    fig.suptitle(f"Werklast van de gemeente per maand — basis tegen {naam}")
    bewaar(fig, "werklast_gemeente")
    return bestanden


# -- de YAML-expertsuite onder een hervorming ------------------------------------------------------------

@dataclass(frozen=True)
class Wijziging:
    bestand: str
    geval: str
    besluit: str
    basis: object
    hervorming: object
    verwacht: object


class SuiteFout(ValueError):
    """Gevallen in de YAML-suite die `inburgering test` weigert (met bestand en regel): er wordt niets gerekend."""


def _yaml_map() -> Path:
    from inburgering_rules import bronmap

    kandidaat = bronmap("tests") / "yaml"
    return kandidaat if kandidaat.is_dir() else Path.cwd() / "tests" / "yaml"


def _als_waarde(waarden: numpy.ndarray):
    waarde = waarden[0]
    if _is_datum(waarden):
        return None if numpy.isnat(waarde) else str(waarde)
    if isinstance(waarde, numpy.generic):
        return waarde.item()
    return waarde


def toets_hervorming(hervorming, yaml_map: str | Path | None = None, alle_besluiten: bool = False) -> tuple[int, list[Wijziging]]:
    """Draai de YAML-expertsuite onder basis en hervorming; (aantal gevallen, wat verandert).

    Vergelijkt de besluiten die een geval toetst (`output`), of met `alle_besluiten` ook alle publieke
    besluiten. Een geval dat `inburgering test` weigert (een onbekende variabele of enumwaarde, `nee` voor
    een ja/nee) geeft `SuiteFout` met dezelfde meldingen, voordat er iets wordt gerekend."""
    import yaml

    from inburgering_rules.yamltest import weigering

    canoniek(hervorming)
    basis_stelsel, hervormd_stelsel = basissysteem(), systeem_voor(hervorming)
    yaml_map = Path(yaml_map) if yaml_map else _yaml_map()
    if not yaml_map.is_dir():
        raise FileNotFoundError(f"Geen YAML-testmap / no YAML test folder: {yaml_map}")
    bestanden = sorted(yaml_map.rglob("*.yaml"))
    if fouten := weigering(bestanden, basis_stelsel):
        raise SuiteFout(fouten)
    gevallen, wijzigingen = 0, []
    for bestand in bestanden:
        data = yaml.safe_load(bestand.read_text(encoding="utf-8")) or []
        for geval in data if isinstance(data, list) else [data]:
            gevallen += 1
            peildatum = str(geval["period"])
            invoer = simulatie.als_arrays(basis_stelsel, {n: [w] for n, w in (geval.get("input") or {}).items()})
            besluiten = list(geval.get("output") or {})
            if alle_besluiten:
                besluiten += [b for b in publiek.BESLUITEN if b not in besluiten]
            a = simulatie.bereken(basis_stelsel, peildatum, invoer, 1, besluiten)
            b = simulatie.bereken(hervormd_stelsel, peildatum, invoer, 1, besluiten)
            for besluit in besluiten:
                if not simulatie._gelijk(a[besluit], b[besluit])[0]:
                    verwacht = (geval.get("output") or {}).get(besluit)
                    wijzigingen.append(Wijziging(str(bestand.relative_to(yaml_map)), geval.get("name", ""), besluit,
                                                 _als_waarde(a[besluit]), _als_waarde(b[besluit]),
                                                 verwacht))  # as YAML read it; `cli._toon` writes it
    return gevallen, wijzigingen
