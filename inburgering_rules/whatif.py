"""Wat-als: een populatie onder het basisrecht en onder een hervorming, gevectoriseerd en per blok.

`vergelijk()` leest een populatie-CSV (`populatie.py`) per blok van 100.000 personen, rekent elk blok
met `simulatie.bereken` onder beide stelsels, en houdt alleen tellingen bij; het geheugen blijft zo
begrensd, ook bij 1.000.000 personen. Uitvoer in de map `uit`:

* `gewijzigde_personen.csv`: per persoon en besluit dat verschilt: `persoon,besluit,basis,hervorming`;
* `samenvatting.md`, `samenvatting.html`, `samenvatting.json`: de tabel per besluit, de boetes per
  bevoegd orgaan en jaar, en de werklast per maand;
* `werklast_per_maand.csv`: de maandreeksen van de gemeente (basis en hervorming);
* grafieken (matplotlib, Agg): `termijnen_verschuiving.png`, `boetes_per_jaar.png`,
  `ontzorgen_per_maand.png`, `werklast_gemeente.png`.

Werklast per maand (naar de procesbeschrijving van 2019 in `shared/seed`): de besluiten zijn op de
peildatum berekend; de maand van een gebeurtenis komt uit de datums van dezelfde persoon:

* brede intakes: de maand waarin de PIP-termijn begint (de latere van kennisgeving en inschrijving),
  voor wie inburgeringsplichtig is;
* PIP's: de maand van de dagtekening (de dag vóór `inburgeringstermijn_startdatum`);
* ontzorgen: actief van `ontzorgen_startdatum` tot en met `ontzorgen_einddatum`;
* maatschappelijke begeleiding: actief vanaf `maatschappelijke_begeleiding_startdatum` tot de persoon
  aan PVT, MAP en leerroute heeft voldaan, ten hoogste tot het einde van de (verlengde) termijn
  (zonder termijn: 36 maanden). De wet noemt geen einddatum: dit is een schatting van de werklast;
* PVT/MAP-deelnemers: vanaf de aanvang van de termijn tot afronding of de uiterste datum;
  "te laat": trajecten na hun uiterste datum die nog niet zijn afgerond;
* boetes: art. 24 op de dag na de eerst gemiste uiterste datum, art. 25 op de dag na het einde van
  de termijn; art. 22 en 23 hebben in de regels geen datum van de overtreding: art. 22 telt op de
  uiterste PIP-datum, art. 23 zes maanden na de aanvang van de termijn (schatting). Ontbreekt zo'n
  datum (bijv. nog geen PIP), dan telt de boete bij de intake of de verkrijging van het verblijf, zodat
  de boetes per jaar optellen tot het totaal; jaren na 2040 tellen bij 2040.

Alles ná de peildatum valt buiten de maandreeksen. Bedragen zijn exact op de cent (som in centen).
"""

from __future__ import annotations

import html
import io
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy

from inburgering_rules import populatie, publiek, simulatie
from inburgering_rules.datums import NIET_GEGEVEN, ONBEKEND, einde_termijn, na_maanden, plus_dagen
from inburgering_rules.hervormingen import basissysteem, canoniek, systeem_voor

STANDAARD_PEILDATUM = "2031-12-31"
EERSTE_MAAND = numpy.datetime64("2022-01", "M")
JAREN = list(range(2022, 2041))
SCHUIF_MAX = 120  # maanden
REEKSEN = {
    "brede_intakes": ("Brede intakes", "Broad intakes"),
    "pips": ("PIP's vastgesteld", "Integration plans (PIP)"),
    "ontzorgen_actief": ("Ontzorgen actief", "Active unburdening cases"),
    "ontzorgen_gestart": ("Ontzorgen gestart", "Unburdening cases started"),
    "begeleiding_actief": ("Maatschappelijke begeleiding actief", "Active social guidance cases"),
    "pvt_map_deelnemers": ("PVT/MAP-deelnemers", "PVT/MAP participants"),
    "pvt_map_te_laat": ("PVT/MAP te laat (open)", "PVT/MAP overdue (open)"),
    "boetes": ("Boetes (aantal)", "Fines (number)"),
}
BOETE_ARTIKELEN = ("art_22", "art_23", "art_24", "art_25")


# -- voortgang ------------------------------------------------------------------------------------------

class Voortgang:
    """Een voortgangsbalk op stderr (op een terminal met \\r; anders een regel per 10 %)."""

    def __init__(self, totaal: int, aan: bool = True, stroom=None) -> None:
        self.totaal, self.aan, self.stroom = max(totaal, 1), aan, stroom or sys.stderr
        self.gedaan, self.begin, self._laatste_tiende = 0, time.perf_counter(), -1
        self.tty = hasattr(self.stroom, "isatty") and self.stroom.isatty()

    def stap(self, aantal: int) -> None:
        self.gedaan += aantal
        if not self.aan:
            return
        deel = min(self.gedaan / self.totaal, 1.0)
        verstreken = time.perf_counter() - self.begin
        rest = verstreken / deel - verstreken if deel > 0 else 0
        balk = "#" * int(deel * 30) + "-" * (30 - int(deel * 30))
        tekst = f"[{balk}] {deel:6.1%} {self.gedaan:,}/{self.totaal:,} personen, {verstreken:5.1f} s (nog ~{rest:4.0f} s)"
        if self.tty:
            self.stroom.write("\r" + tekst)
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


def _gebeurtenissen(datums: numpy.ndarray, aantal_maanden: int, gewicht=None) -> numpy.ndarray:
    index = _maand_index(datums)
    binnen = (index >= 0) & (index < aantal_maanden)
    gewichten = None if gewicht is None else numpy.asarray(gewicht)[binnen]
    return numpy.bincount(index[binnen], weights=gewichten, minlength=aantal_maanden)[:aantal_maanden].astype(numpy.int64)


def _actief(begin: numpy.ndarray, einde: numpy.ndarray, aantal_maanden: int) -> numpy.ndarray:
    """Per maand: hoeveel intervallen [begin, einde] (dagen, inclusief) die maand raken."""
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


def _datum(invoer, naam) -> numpy.ndarray:
    datums = invoer[naam]
    return numpy.where(datums == numpy.datetime64(NIET_GEGEVEN, "D"), ONBEKEND, datums)


def _centen(euros) -> numpy.ndarray:
    return numpy.round(numpy.asarray(euros, dtype=numpy.float64) * 100).astype(numpy.int64)


def boete_datums(invoer: dict, uit: dict) -> dict[str, numpy.ndarray]:
    """De (geschatte) dag waarop elke boete kan worden opgelegd; NaT waar er geen boete is."""
    start = uit["inburgeringstermijn_startdatum"]
    einde = uit["inburgeringstermijn_einddatum"]
    pvt_einde, map_einde = uit["pvt_uiterste_datum"], uit["map_uiterste_datum"]
    pvt_te_laat = uit["pvt_verplicht"] & ~(_datum(invoer, "pvt_afgerond_datum") <= pvt_einde)
    map_te_laat = uit["map_verplicht"] & ~(_datum(invoer, "map_afgerond_datum") <= map_einde)
    art_24 = _min_datum(numpy.where(pvt_te_laat, plus_dagen(pvt_einde, 1), ONBEKEND),
                        numpy.where(map_te_laat, plus_dagen(map_einde, 1), ONBEKEND))
    intake = _max_datum(_datum(invoer, "kennisgeving_inburgeringsplicht_datum"), _datum(invoer, "brp_inschrijving_datum"))
    terugval = _eerste_bekende(intake, _datum(invoer, "verblijf_verkregen_datum"), numpy.datetime64("2022-01-01"))
    art_22 = _eerste_bekende(uit["pip_uiterste_datum"], plus_dagen(start, -1), terugval)
    art_23 = _eerste_bekende(na_maanden(start, 6), uit["pip_uiterste_datum"], terugval)
    datums = {"art_22": art_22, "art_23": art_23, "art_24": _eerste_bekende(art_24, plus_dagen(einde, 1), terugval),
              "art_25": _eerste_bekende(plus_dagen(einde, 1), terugval)}
    return {artikel: numpy.where(uit[publiek.BOETES[artikel]["besluit"]] > 0, datums[artikel], ONBEKEND)
            for artikel in BOETE_ARTIKELEN}


def werklast(invoer: dict, uit: dict, aantal_maanden: int) -> dict[str, numpy.ndarray]:
    """De maandreeksen van `REEKSEN` voor één blok en één stelsel."""
    plichtig = uit["inburgeringsplichtig"]
    intake = _max_datum(_datum(invoer, "kennisgeving_inburgeringsplicht_datum"), _datum(invoer, "brp_inschrijving_datum"))
    start, einde = uit["inburgeringstermijn_startdatum"], uit["inburgeringstermijn_einddatum"]
    pvt_af, map_af = _datum(invoer, "pvt_afgerond_datum"), _datum(invoer, "map_afgerond_datum")
    behaald = _datum(invoer, "leerroute_behaald_datum")
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
    mb_max = numpy.where(numpy.isnat(einde), einde_termijn(mb_start, 36), einde)
    mb_einde = _min_datum(mb_max, voldaan)
    boetes = boete_datums(invoer, uit)
    return {
        "brede_intakes": _gebeurtenissen(numpy.where(plichtig, intake, ONBEKEND), aantal_maanden),
        "pips": _gebeurtenissen(plus_dagen(start, -1), aantal_maanden),
        "ontzorgen_actief": _actief(uit["ontzorgen_startdatum"], uit["ontzorgen_einddatum"], aantal_maanden),
        "ontzorgen_gestart": _gebeurtenissen(uit["ontzorgen_startdatum"], aantal_maanden),
        "begeleiding_actief": _actief(mb_start, mb_einde, aantal_maanden),
        "pvt_map_deelnemers": _actief(start, deelname_eind, aantal_maanden),
        "pvt_map_te_laat": (_actief(pvt_laat_begin, numpy.where(numpy.isnat(pvt_af), ver_weg, plus_dagen(pvt_af, -1)), aantal_maanden)
                            + _actief(map_laat_begin, numpy.where(numpy.isnat(map_af), ver_weg, plus_dagen(map_af, -1)), aantal_maanden)),
        "boetes": sum(_gebeurtenissen(datums, aantal_maanden) for datums in boetes.values()),
    }


@dataclass
class Tellingen:
    """Wat over alle blokken wordt opgeteld (klein: onafhankelijk van het aantal personen)."""

    aantal_maanden: int
    personen: int = 0
    personen_gewijzigd: int = 0
    gewijzigd: dict = field(default_factory=lambda: {naam: 0 for naam in publiek.BESLUITEN})
    geld_centen: dict = field(default_factory=dict)        # besluit -> [basis, hervorming]
    ja: dict = field(default_factory=dict)                 # bool-besluit -> [basis, hervorming]
    bekend: dict = field(default_factory=dict)             # datum-besluit -> [basis, hervorming]
    schuif: dict = field(default_factory=dict)             # datum-besluit -> histogram (maanden)
    boetes_jaar: dict = field(default_factory=dict)        # scenario -> orgaan -> [centen per jaar]
    boetes_aantal_jaar: dict = field(default_factory=dict)
    reeksen: dict = field(default_factory=dict)            # scenario -> reeks -> maandtelling

    def __post_init__(self) -> None:
        for scenario in ("basis", "hervorming"):
            self.boetes_jaar[scenario] = {o: numpy.zeros(len(JAREN), dtype=numpy.int64) for o in ("college", "duo")}
            self.boetes_aantal_jaar[scenario] = {o: numpy.zeros(len(JAREN), dtype=numpy.int64) for o in ("college", "duo")}
            self.reeksen[scenario] = {r: numpy.zeros(self.aantal_maanden, dtype=numpy.int64) for r in REEKSEN}


def _tekst(naam: str, waarden: numpy.ndarray) -> list[str]:
    if _is_datum(waarden):
        tekst = numpy.datetime_as_string(waarden.astype("datetime64[D]"), unit="D").astype(object)
        tekst[numpy.isnat(waarden)] = ""
        return tekst.tolist()
    if naam in publiek.GELD:
        return [f"{c // 100}.{c % 100:02d}" for c in _centen(waarden).tolist()]
    if waarden.dtype == bool:
        return numpy.where(waarden, "true", "false").tolist()
    return [str(w) for w in waarden.tolist()]


def _verwerk(tellingen: Tellingen, ids, invoer, basis: dict, hervormd: dict, csv_uit) -> None:
    n = len(ids)
    tellingen.personen += n
    ergens = numpy.zeros(n, dtype=bool)
    regels = io.StringIO()
    for naam in publiek.BESLUITEN:
        a, b = basis[naam], hervormd[naam]
        verschil = ~simulatie._gelijk(a, b)
        aantal = int(verschil.sum())
        if naam in publiek.GELD:
            paar = tellingen.geld_centen.setdefault(naam, [0, 0])
            paar[0] += int(_centen(a).sum())
            paar[1] += int(_centen(b).sum())
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
        rijen = ids[verschil]
        regels.writelines(f"{p},{naam},{x},{y}\n" for p, x, y in
                          zip(rijen.tolist(), _tekst(naam, a[verschil]), _tekst(naam, b[verschil]), strict=True))
    tellingen.personen_gewijzigd += int(ergens.sum())
    csv_uit.write(regels.getvalue())
    for scenario, uit in (("basis", basis), ("hervorming", hervormd)):
        for reeks, waarden in werklast(invoer, uit, tellingen.aantal_maanden).items():
            tellingen.reeksen[scenario][reeks] += waarden
        for artikel, datums in boete_datums(invoer, uit).items():
            orgaan = publiek.BOETES[artikel]["bevoegd"]
            jaar = datums.astype("datetime64[Y]").astype(numpy.int64) + 1970
            index = numpy.where(numpy.isnat(datums), -1, numpy.clip(jaar - JAREN[0], 0, len(JAREN) - 1))
            binnen = index >= 0
            centen = _centen(uit[publiek.BOETES[artikel]["besluit"]])
            tellingen.boetes_jaar[scenario][orgaan] += numpy.bincount(
                index[binnen], weights=centen[binnen], minlength=len(JAREN))[:len(JAREN)].astype(numpy.int64)
            tellingen.boetes_aantal_jaar[scenario][orgaan] += numpy.bincount(index[binnen], minlength=len(JAREN))[:len(JAREN)]


# -- de vergelijking ------------------------------------------------------------------------------------

@dataclass
class Uitkomst:
    tellingen: Tellingen
    peildatum: str
    hervorming: object
    maanden: list[str]
    bestanden: dict[str, Path]
    seconden: float

    def tabel(self) -> list[dict]:
        t = self.tellingen
        rijen = []
        for naam in publiek.BESLUITEN:
            rij = {"besluit": naam, "gewijzigd": t.gewijzigd[naam],
                   "procent": round(100 * t.gewijzigd[naam] / t.personen, 2) if t.personen else 0.0}
            if naam in t.geld_centen:
                rij["basis"], rij["hervorming"] = (_euro(c) for c in t.geld_centen[naam])
            elif naam in t.ja:
                rij["basis"], rij["hervorming"] = t.ja[naam]
            elif naam in t.bekend:
                rij["basis"], rij["hervorming"] = t.bekend[naam]
            rijen.append(rij)
        return rijen


def _euro(centen: int) -> str:
    teken = "-" if centen < 0 else ""
    centen = abs(int(centen))
    return f"{teken}{centen // 100}.{centen % 100:02d}"


def _naam(hervorming) -> str:
    if isinstance(hervorming, str):
        return hervorming
    if isinstance(hervorming, dict):
        return hervorming.get("naam") or hervorming.get("basis") or "hervorming als data"
    return "basis"


def vergelijk(populatie_pad, hervorming, uit_map, peildatum: str = STANDAARD_PEILDATUM,
              blok: int = populatie.BLOK, voortgang: bool = True, grafieken: bool = True) -> Uitkomst:
    """Basis en hervorming voor een hele populatie-CSV; schrijft de uitvoer naar `uit_map`."""
    begin = time.perf_counter()
    canoniek(hervorming)                           # eerst valideren: HervormingFout vóór enig werk
    dag = numpy.datetime64(peildatum, "D")
    basis_stelsel, hervormd_stelsel = basissysteem(), systeem_voor(hervorming)
    uit_map = Path(uit_map)
    uit_map.mkdir(parents=True, exist_ok=True)
    aantal_maanden = max(int((dag.astype("datetime64[M]") - EERSTE_MAAND).astype(int)) + 1, 1)
    maanden = [str(EERSTE_MAAND + i) for i in range(aantal_maanden)]
    tellingen = Tellingen(aantal_maanden)
    balk = Voortgang(populatie.tel_rijen(populatie_pad), aan=voortgang)
    bestanden = {"gewijzigde_personen": uit_map / "gewijzigde_personen.csv"}
    with open(bestanden["gewijzigde_personen"], "w", encoding="utf-8", newline="") as csv_uit:
        csv_uit.write("persoon,besluit,basis,hervorming\n")
        for ids, kolommen in populatie.lees(populatie_pad, blok):
            invoer = populatie.typeer(basis_stelsel, kolommen)
            del kolommen
            n = len(ids)
            basis = simulatie.bereken(basis_stelsel, peildatum, invoer, n)
            hervormd = simulatie.bereken(hervormd_stelsel, peildatum, invoer, n)
            _verwerk(tellingen, ids, invoer, basis, hervormd, csv_uit)
            del basis, hervormd, invoer
            balk.stap(n)
    uitkomst = Uitkomst(tellingen, peildatum, hervorming, maanden, bestanden, 0.0)
    bestanden["werklast_per_maand"] = _schrijf_werklast(uitkomst, uit_map)
    if grafieken:
        bestanden.update(teken(uitkomst, uit_map))
    uitkomst.seconden = time.perf_counter() - begin
    bestanden.update(_schrijf_samenvatting(uitkomst, uit_map))
    return uitkomst


# -- uitvoer --------------------------------------------------------------------------------------------

def _schrijf_werklast(uitkomst: Uitkomst, uit_map: Path) -> Path:
    pad = uit_map / "werklast_per_maand.csv"
    reeksen = uitkomst.tellingen.reeksen
    kop = ["maand"] + [f"{r}_{s}" for r in REEKSEN for s in ("basis", "hervorming")]
    with open(pad, "w", encoding="utf-8") as uit:
        uit.write(",".join(kop) + "\n")
        for i, maand in enumerate(uitkomst.maanden):
            waarden = [str(int(reeksen[s][r][i])) for r in REEKSEN for s in ("basis", "hervorming")]
            uit.write(",".join([maand, *waarden]) + "\n")
    return pad


def samenvatting_tekst(uitkomst: Uitkomst) -> str:
    """De tabel op stdout: per besluit dat ergens verschilt."""
    t = uitkomst.tellingen
    regels = [f"Hervorming: {_naam(uitkomst.hervorming)} | peildatum {uitkomst.peildatum} | "
              f"{t.personen:,} personen, {t.personen_gewijzigd:,} met een ander besluit "
              f"({100 * t.personen_gewijzigd / max(t.personen, 1):.1f} %)", ""]
    breedte = max(len(n) for n in publiek.BESLUITEN)
    regels.append(f"{'besluit':<{breedte}}  {'gewijzigd':>10}  {'%':>6}  {'basis':>16}  {'hervorming':>16}")
    for rij in uitkomst.tabel():
        if not rij["gewijzigd"]:
            continue
        regels.append(f"{rij['besluit']:<{breedte}}  {rij['gewijzigd']:>10,}  {rij['procent']:>6.2f}  "
                      f"{rij.get('basis', ''):>16}  {rij.get('hervorming', ''):>16}")
    regels.append("(basis/hervorming: som in euro voor bedragen, aantal ja voor ja/nee, aantal met een datum voor datums)")
    if len(regels) == 4:
        regels.append("(geen enkel besluit verschilt / no decision differs)")
    regels.append("")
    regels.append("Boetes per jaar (euro): " + "; ".join(
        f"{orgaan} {_euro(int(t.boetes_jaar['basis'][orgaan].sum()))} -> {_euro(int(t.boetes_jaar['hervorming'][orgaan].sum()))}"
        for orgaan in ("college", "duo")))
    return "\n".join(regels)


def _json(uitkomst: Uitkomst) -> dict:
    t = uitkomst.tellingen
    return {
        "hervorming": uitkomst.hervorming, "peildatum": uitkomst.peildatum, "personen": t.personen,
        "personen_gewijzigd": t.personen_gewijzigd, "seconden": round(uitkomst.seconden, 2),
        "besluiten": uitkomst.tabel(),
        "termijnverschuiving_maanden": {
            naam: {str(i - SCHUIF_MAX): int(c) for i, c in enumerate(h) if c} for naam, h in t.schuif.items()},
        "boetes_per_jaar": {s: {o: {str(j): {"bedrag": _euro(int(t.boetes_jaar[s][o][i])),
                                              "aantal": int(t.boetes_aantal_jaar[s][o][i])}
                                    for i, j in enumerate(JAREN) if t.boetes_aantal_jaar[s][o][i]}
                                for o in ("college", "duo")} for s in ("basis", "hervorming")},
        "werklast_per_maand": {"maanden": uitkomst.maanden,
                               **{s: {r: t.reeksen[s][r].tolist() for r in REEKSEN} for s in ("basis", "hervorming")}},
        "synthetisch": "De populatie is synthetisch (inburgering_rules.populatie); geen prognose.",
    }


def _boetetabel(t: Tellingen) -> list[list[str]]:
    rijen = []
    for i, jaar in enumerate(JAREN):
        cellen = [int(t.boetes_aantal_jaar[s][o][i]) for s in ("basis", "hervorming") for o in ("college", "duo")]
        if any(cellen):
            rijen.append([str(jaar)] + [_euro(int(t.boetes_jaar[s][o][i])) for s in ("basis", "hervorming")
                                        for o in ("college", "duo")])
    return rijen


def _schrijf_samenvatting(uitkomst: Uitkomst, uit_map: Path) -> dict[str, Path]:
    t = uitkomst.tellingen
    gegevens = _json(uitkomst)
    (uit_map / "samenvatting.json").write_text(json.dumps(gegevens, indent=1, ensure_ascii=False, default=str),
                                               encoding="utf-8")
    besluiten = [r for r in uitkomst.tabel() if r["gewijzigd"]]
    plaatjes = [p.name for p in sorted(uit_map.glob("*.png"))]
    boetes = _boetetabel(t)
    kop_boetes = ["jaar", "college basis", "DUO basis", "college hervorming", "DUO hervorming"]
    md = [f"# Wat-als: {_naam(uitkomst.hervorming)}", "",
          f"Peildatum {uitkomst.peildatum}; {t.personen:,} personen (synthetisch, zie `inburgering_rules/populatie.py`); "
          f"{t.personen_gewijzigd:,} personen ({100 * t.personen_gewijzigd / max(t.personen, 1):.1f} %) krijgen ten minste "
          f"één ander besluit. Rekentijd {uitkomst.seconden:.1f} s.", "",
          "## Besluiten die verschillen", "",
          "| besluit | gewijzigd | % | basis | hervorming |", "|---|---:|---:|---:|---:|"]
    md += [f"| `{r['besluit']}` | {r['gewijzigd']:,} | {r['procent']:.2f} | {r.get('basis', '')} | {r.get('hervorming', '')} |"
           for r in besluiten] or ["| (geen) | 0 | 0 | | |"]
    md += ["", "Basis/hervorming: voor bedragen de som in euro, voor ja/nee het aantal ja, voor datums het aantal "
               "personen met een datum.", "", "## Boetes per bevoegd orgaan en jaar (euro)", "",
           "| " + " | ".join(kop_boetes) + " |", "|---|---:|---:|---:|---:|"]
    md += ["| " + " | ".join(r) + " |" for r in boetes]
    md += ["", "## Grafieken", ""] + [f"![{p}]({p})" for p in plaatjes]
    md += ["", "Per persoon: `gewijzigde_personen.csv`; de werklast per maand: `werklast_per_maand.csv`.", ""]
    (uit_map / "samenvatting.md").write_text("\n".join(md), encoding="utf-8")

    def rij(cellen, tag="td"):
        return "<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in cellen) + "</tr>"

    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
         f"<title>Wat-als: {html.escape(_naam(uitkomst.hervorming))}</title>",
         "<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}"
         "td:not(:first-child){text-align:right}img{max-width:100%}</style></head><body>",
         f"<h1>Wat-als: {html.escape(_naam(uitkomst.hervorming))}</h1>",
         f"<p>Peildatum {html.escape(uitkomst.peildatum)}; {t.personen:,} personen (synthetisch); "
         f"{t.personen_gewijzigd:,} met ten minste één ander besluit.</p>",
         "<h2>Besluiten die verschillen</h2><table>", rij(["besluit", "gewijzigd", "%", "basis", "hervorming"], "th")]
    h += [rij([r["besluit"], f"{r['gewijzigd']:,}", f"{r['procent']:.2f}", r.get("basis", ""), r.get("hervorming", "")])
          for r in besluiten]
    h += ["</table><h2>Boetes per bevoegd orgaan en jaar (euro)</h2><table>", rij(kop_boetes, "th")]
    h += [rij(r) for r in boetes]
    h += ["</table><h2>Grafieken</h2>"] + [f"<p><img src='{html.escape(p)}' alt='{html.escape(p)}'></p>" for p in plaatjes]
    h += ["</body></html>"]
    (uit_map / "samenvatting.html").write_text("\n".join(h), encoding="utf-8")
    return {"samenvatting_md": uit_map / "samenvatting.md", "samenvatting_html": uit_map / "samenvatting.html",
            "samenvatting_json": uit_map / "samenvatting.json"}


def teken(uitkomst: Uitkomst, uit_map: Path) -> dict[str, Path]:
    """De vier grafieken (matplotlib met de Agg-backend: geen scherm nodig)."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    t = uitkomst.tellingen
    naam = _naam(uitkomst.hervorming)
    maanden = numpy.array(uitkomst.maanden, dtype="datetime64[M]").astype("datetime64[D]")
    bestanden = {}

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
    ax.set_ylabel("personen")
    ax.set_title(f"Termijnen die verschuiven — {naam}")
    fig.tight_layout()
    bestanden["termijnen_verschuiving"] = uit_map / "termijnen_verschuiving.png"
    fig.savefig(bestanden["termijnen_verschuiving"], dpi=110)
    plt.close(fig)

    # 2. boetes per orgaan en jaar
    fig, ax = plt.subplots(figsize=(9, 4.5))
    totaal = sum(t.boetes_aantal_jaar[s][o] for s in ("basis", "hervorming") for o in ("college", "duo"))
    gebruikt = numpy.flatnonzero(totaal)
    tot = int(gebruikt.max()) + 1 if gebruikt.size else len(JAREN)
    x = numpy.arange(tot)
    staven = [("basis", "college", "#9ecae1"), ("basis", "duo", "#3182bd"),
              ("hervorming", "college", "#fdae6b"), ("hervorming", "duo", "#e6550d")]
    for i, (scenario, orgaan, kleur) in enumerate(staven):
        ax.bar(x + (i - 1.5) * 0.2, t.boetes_jaar[scenario][orgaan][:tot] / 100, width=0.2, color=kleur,
               label=f"{'college' if orgaan == 'college' else 'DUO'} — {scenario}")
    ax.set_xticks(x, [str(j) for j in JAREN[:tot]], fontsize=8)
    ax.set_ylabel("euro")
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}".replace(",", ".")))
    ax.set_title(f"Boetes per bevoegd orgaan en jaar — {naam}")
    ax.legend(fontsize=8)
    fig.tight_layout()
    bestanden["boetes_per_jaar"] = uit_map / "boetes_per_jaar.png"
    fig.savefig(bestanden["boetes_per_jaar"], dpi=110)
    plt.close(fig)

    # 3. ontzorgen per maand
    fig, ax = plt.subplots(figsize=(9, 4.5))
    for scenario, stijl in (("basis", "-"), ("hervorming", "--")):
        ax.plot(maanden, t.reeksen[scenario]["ontzorgen_actief"], stijl, label=f"actief — {scenario}")
        ax.plot(maanden, t.reeksen[scenario]["ontzorgen_gestart"], stijl, alpha=0.5, label=f"gestart — {scenario}")
    ax.set_ylabel("personen")
    ax.set_title(f"Ontzorgen per maand (Pw 56a) — {naam}")
    ax.legend(fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    bestanden["ontzorgen_per_maand"] = uit_map / "ontzorgen_per_maand.png"
    fig.savefig(bestanden["ontzorgen_per_maand"], dpi=110)
    plt.close(fig)

    # 4. werklast van de gemeente
    reeksen = [r for r in REEKSEN if r != "ontzorgen_gestart"]
    fig, assen = plt.subplots(4, 2, figsize=(11, 11), sharex=True)
    for ax, reeks in zip(assen.flat, reeksen, strict=False):
        ax.plot(maanden, t.reeksen["basis"][reeks], "-", color="#3182bd", label="basis")
        ax.plot(maanden, t.reeksen["hervorming"][reeks], "--", color="#e6550d", label="hervorming")
        ax.set_title(REEKSEN[reeks][0], fontsize=10)
        ax.tick_params(labelsize=8)
    for ax in list(assen.flat)[len(reeksen):]:
        ax.axis("off")
    assen.flat[0].legend(fontsize=8)
    fig.suptitle(f"Werklast van de gemeente per maand — basis tegen {naam}")
    fig.autofmt_xdate()
    fig.tight_layout()
    bestanden["werklast_gemeente"] = uit_map / "werklast_gemeente.png"
    fig.savefig(bestanden["werklast_gemeente"], dpi=110)
    plt.close(fig)
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
    besluiten."""
    import yaml

    canoniek(hervorming)
    basis_stelsel, hervormd_stelsel = basissysteem(), systeem_voor(hervorming)
    yaml_map = Path(yaml_map) if yaml_map else _yaml_map()
    if not yaml_map.is_dir():
        raise FileNotFoundError(f"Geen YAML-testmap / no YAML test folder: {yaml_map}")
    gevallen, wijzigingen = 0, []
    for bestand in sorted(yaml_map.rglob("*.yaml")):
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
                                                 None if verwacht is None else str(verwacht)))
    return gevallen, wijzigingen
