"""Een synthetische populatie voor wat-als-analyses: deterministisch (seed), gevectoriseerd met numpy.

**Synthetisch.** Geen enkele rij beschrijft een echt persoon. De verhoudingen zijn een plausibele mix
voor een analyse, geen statistiek: ze zijn gekozen om elk deel van de regels te raken, niet ontleend
aan CBS- of DUO-cijfers. Gebruik de uitkomsten om te zien *wat* een hervorming raakt en in welke
orde van grootte, niet als prognose.

De mix (fracties van `MIX`):

* asielstatushouders (vergunning asiel bepaalde tijd), de meesten met bijstand (ontzorgen);
* nareizende gezinsleden van asielstatushouders (regulier bepaalde tijd, gezinslid van een
  asielstatushouder), deels met bijstand;
* gezinsmigranten en overige niet-tijdelijke migranten (regulier bepaalde tijd);
* tijdelijke verblijfsdoelen (kennismigrant, studie, arbeid, ...): niet inburgeringsplichtig;
* EU/EER/Zwitserse burgers (gemeenschapsrecht): niet inburgeringsplichtig, soms vrijwillig;
* een rest: onbepaalde tijd, Wi 2013, jonger dan 16, pensioengerechtigd, verblijf vóór 2022.

Datums: verblijf verkregen tussen 2022-01-01 en 2026-12-31 (2 % in 2021); kennisgeving, inschrijving,
PIP, PVT/MAP en leerroute volgen met realistische vertragingen. De populatie beschrijft hele
trajecten, ook na vandaag: een wat-als-analyse kiest zelf haar peildatum. Voortgang: ongeveer 60 %
rondt het PVT binnen 18 maanden na de aanvang van de termijn af, 25 % later maar binnen de termijn,
de rest te laat of niet; vergelijkbaar voor de MAP (iets later) en de leerroute.

Het bestand is een CSV met een kolom `id` en een kolom per invoervariabele uit `publiek.INVOER`;
een lege cel betekent "niet gegeven". Datums zijn JJJJ-MM-DD, ja/nee is `true`/`false`.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

import numpy

from inburgering_rules import publiek
from inburgering_rules.datums import plus_dagen

BLOK = 100_000
BEGIN = numpy.datetime64("2022-01-01")
EINDE = numpy.datetime64("2026-12-31")
NIET = numpy.datetime64("NaT")

# categorie: fractie
MIX = {
    "asiel": 0.33,
    "nareis": 0.10,
    "gezin": 0.20,
    "overig_niet_tijdelijk": 0.04,
    "tijdelijk": 0.16,
    "eu": 0.12,
    "rest": 0.05,
}
ASIEL_LANDEN = ["SY", "ER", "AF", "TR", "YE", "SO", "IR", "IQ", "UA"]
GEZIN_LANDEN = ["TR", "MA", "IN", "CN", "US", "ID", "SR", "BR", "PH", "EG"]
EU_LANDEN = ["PL", "RO", "BG", "DE", "ES", "IT", "PT", "HU", "GR", "BE"]
TIJDELIJK = ["kennismigrant", "studie", "arbeid_in_loondienst", "europese_blauwe_kaart", "seizoenarbeid",
             "onderzoek", "gezinslid_van_tijdelijk_verblijvende", "uitwisseling"]

KOLOMMEN = (
    "geboortedatum", "nationaliteit", "verblijfsvergunning", "verblijfsdoel", "verblijf_verkregen_datum",
    "inburgeringsplichtig_wi2013", "familielid_eu_burger", "leerplichtig_geweest_jaren", "vrijstellend_diploma",
    "opleiding_naar_vrijstellend_diploma", "ontheffing", "kennisgeving_inburgeringsplicht_datum",
    "brp_inschrijving_datum", "pip_datum", "bijstand_recht_datum", "leerroute", "pvt_afgerond_datum",
    "map_afgerond_datum", "leerroute_behaald_datum", "nt2_lesuren_keurmerk", "lesuren_gevolgd",
    "alle_lessen_gevolgd", "taalonderdelen_behaald_aantal", "knm_behaald", "termijn_verlenging_maanden",
    "brede_intake_niet_verschenen_na_herhaalde_oproep", "pip_onvoldoende_medewerking", "boete_art_23_eerdere_aantal",
    "verwijtbaarheid", "gemeentelijke_boetes_opgelegd_bedrag", "bijstand_verlaagd_zelfde_gedraging",
    "verblijfsvergunning_niet_verlengd_of_ingetrokken",
)
assert set(KOLOMMEN) <= set(publiek.INVOER)


def _dagen(rng, n, laag, hoog) -> numpy.ndarray:
    return rng.integers(laag, hoog + 1, n)


def _maanden_na(rng, start, laag, hoog) -> numpy.ndarray:
    """Een dag `laag`-`hoog` maanden (uniform, in dagen) na `start`."""
    return plus_dagen(start, rng.integers(int(laag * 30.44), int(hoog * 30.44) + 1, start.shape[0]))


def blok(n: int, seed: int, eerste_id: int = 0) -> dict[str, numpy.ndarray]:
    """`n` synthetische personen als kolommen (datums `datetime64[D]` met NaT, ja/nee bool, tekst object)."""
    rng = numpy.random.default_rng([seed, eerste_id])
    categorie = rng.choice(len(MIX), n, p=list(MIX.values()))
    asiel, nareis, gezin, overig, tijdelijk, eu, rest = (categorie == i for i in range(len(MIX)))

    verblijf = plus_dagen(BEGIN, rng.integers(0, int((EINDE - BEGIN).astype(int)) + 1, n))
    voor_2022 = rng.random(n) < 0.02
    verblijf = numpy.where(voor_2022, plus_dagen(verblijf, -400), verblijf)
    leeftijd_dagen = (rng.gamma(4.5, 4.5, n) + 16.2).clip(16.1, 75) * 365.25
    kind = rest & (rng.random(n) < 0.25)
    oud = rest & ~kind & (rng.random(n) < 0.25)
    leeftijd_dagen = numpy.where(kind, rng.uniform(8, 15.9, n) * 365.25, leeftijd_dagen)
    leeftijd_dagen = numpy.where(oud, rng.uniform(68, 85, n) * 365.25, leeftijd_dagen)
    geboren = plus_dagen(verblijf, -leeftijd_dagen.astype("int64"))

    land = numpy.empty(n, dtype=object)
    land[:] = rng.choice(GEZIN_LANDEN, n)
    land[asiel | nareis] = rng.choice(ASIEL_LANDEN, int((asiel | nareis).sum()))
    land[eu] = rng.choice(EU_LANDEN, int(eu.sum()))

    vergunning = numpy.full(n, "regulier_bepaalde_tijd", dtype=object)
    vergunning[asiel] = "asiel_bepaalde_tijd"
    vergunning[eu] = "gemeenschapsrecht"
    onbepaald = rest & ~kind & ~oud & (rng.random(n) < 0.5)
    vergunning[onbepaald] = rng.choice(["regulier_onbepaalde_tijd", "asiel_onbepaalde_tijd"], int(onbepaald.sum()))
    vergunning[rest & kind] = rng.choice(["regulier_bepaalde_tijd", "asiel_bepaalde_tijd"], int((rest & kind).sum()))
    vergunning[rest & oud] = rng.choice(["regulier_bepaalde_tijd", "asiel_bepaalde_tijd"], int((rest & oud).sum()))

    doel = numpy.full(n, "gezinsmigratie", dtype=object)
    doel[asiel] = "overig_niet_tijdelijk"
    doel[nareis] = "gezinslid_van_asielstatushouder"
    doel[overig] = rng.choice(["overig_niet_tijdelijk", "geestelijk_bedienaar"], int(overig.sum()), p=[0.85, 0.15])
    doel[tijdelijk] = rng.choice(TIJDELIJK, int(tijdelijk.sum()))
    doel[eu] = "overig_niet_tijdelijk"
    wi2013 = rest & ~kind & ~oud & ~onbepaald

    # Procesdatums (gelden alleen als er een plicht is; voor anderen blijven ze meestal leeg)
    mogelijk_plichtig = asiel | nareis | gezin | overig | (rest & ~onbepaald)
    kennisgeving = numpy.where(mogelijk_plichtig, plus_dagen(verblijf, _dagen(rng, n, 14, 90)), NIET)
    inschrijving = numpy.where(asiel, plus_dagen(verblijf, _dagen(rng, n, 45, 270)), plus_dagen(verblijf, _dagen(rng, n, 0, 35)))
    inschrijving = numpy.where(eu | tijdelijk | mogelijk_plichtig, inschrijving, NIET)
    pip_start = numpy.maximum(kennisgeving, inschrijving)
    pip_vertraging = numpy.where(rng.random(n) < 0.75, rng.integers(21, 71, n), rng.integers(71, 220, n))
    pip = numpy.where(mogelijk_plichtig & (rng.random(n) < 0.95),
                      plus_dagen(pip_start, pip_vertraging), NIET)
    start = plus_dagen(pip, 1)

    bijstand = numpy.where(asiel & (rng.random(n) < 0.85), plus_dagen(inschrijving, _dagen(rng, n, 0, 30)), NIET)
    bijstand = numpy.where(nareis & (rng.random(n) < 0.45), plus_dagen(inschrijving, _dagen(rng, n, 0, 60)), bijstand)
    bijstand = numpy.where(gezin & (rng.random(n) < 0.08), plus_dagen(inschrijving, _dagen(rng, n, 30, 365)), bijstand)

    leerroute = numpy.where(
        numpy.isnat(pip), "nog_niet_vastgesteld",
        rng.choice(["b1_route", "onderwijsroute", "z_route", "nog_niet_vastgesteld"], n, p=[0.55, 0.10, 0.30, 0.05]),
    ).astype(object)
    jong = leeftijd_dagen < 28 * 365.25
    leerroute[(leerroute == "onderwijsroute") & ~jong] = "b1_route"

    # Voortgang PVT/MAP/leerroute (maanden na de aanvang van de termijn)
    u = rng.random(n)
    pvt = numpy.select([u < 0.60, u < 0.85, u < 0.93],
                       [_maanden_na(rng, start, 2, 17.5), _maanden_na(rng, start, 18.5, 35),
                        _maanden_na(rng, start, 37, 50)], NIET)
    u = rng.random(n)
    map_ = numpy.select([u < 0.45, u < 0.82, u < 0.90],
                        [_maanden_na(rng, start, 4, 17.5), _maanden_na(rng, start, 18.5, 35),
                         _maanden_na(rng, start, 37, 50)], NIET)
    map_ = numpy.where(leerroute == "onderwijsroute", NIET, map_)
    u = rng.random(n)
    behaald = numpy.select([u < 0.55, u < 0.80], [_maanden_na(rng, start, 12, 35), _maanden_na(rng, start, 37, 54)], NIET)
    verlenging = rng.choice([0, 6, 12], n, p=[0.88, 0.09, 0.03])

    medewerking = rng.random(n) < 0.06
    uit: dict[str, numpy.ndarray] = {
        "geboortedatum": geboren,
        "nationaliteit": land,
        "verblijfsvergunning": vergunning,
        "verblijfsdoel": doel,
        "verblijf_verkregen_datum": verblijf,
        "inburgeringsplichtig_wi2013": wi2013,
        "familielid_eu_burger": (gezin & (rng.random(n) < 0.03)),
        "leerplichtig_geweest_jaren": numpy.where(jong & (rng.random(n) < 0.05), rng.integers(8, 12, n), 0),
        "vrijstellend_diploma": rng.random(n) < 0.04,
        "opleiding_naar_vrijstellend_diploma": jong & (rng.random(n) < 0.02),
        "ontheffing": rng.choice(["geen", "volledig_belemmering", "gedeeltelijk_belemmering",
                                  "volledig_bijzondere_omstandigheden"], n, p=[0.95, 0.02, 0.02, 0.01]).astype(object),
        "kennisgeving_inburgeringsplicht_datum": kennisgeving,
        "brp_inschrijving_datum": inschrijving,
        "pip_datum": pip,
        "bijstand_recht_datum": bijstand,
        "leerroute": leerroute,
        "pvt_afgerond_datum": numpy.where(numpy.isnat(pip), NIET, pvt),
        "map_afgerond_datum": numpy.where(numpy.isnat(pip), NIET, map_),
        "leerroute_behaald_datum": numpy.where(numpy.isnat(pip), NIET, behaald),
        "nt2_lesuren_keurmerk": rng.integers(0, 900, n),
        "lesuren_gevolgd": rng.integers(0, 900, n),
        "alle_lessen_gevolgd": rng.random(n) < 0.6,
        "taalonderdelen_behaald_aantal": rng.integers(0, 5, n),
        "knm_behaald": rng.random(n) < 0.5,
        "termijn_verlenging_maanden": verlenging,
        "brede_intake_niet_verschenen_na_herhaalde_oproep": rng.random(n) < 0.02,
        "pip_onvoldoende_medewerking": medewerking,
        "boete_art_23_eerdere_aantal": numpy.where(medewerking, rng.choice([0, 0, 1, 2, 3], n), 0),
        "verwijtbaarheid": numpy.where(
            medewerking, rng.choice(["opzet", "grove_schuld", "geen_opzet_of_grove_schuld", "verminderd_verwijtbaar"],
                                    n, p=[0.2, 0.3, 0.4, 0.1]), "onbekend").astype(object),
        "gemeentelijke_boetes_opgelegd_bedrag": numpy.where(rng.random(n) < 0.03, rng.choice([50.0, 250.0, 300.0], n), 0.0),
        "bijstand_verlaagd_zelfde_gedraging": rng.random(n) < 0.01,
        "verblijfsvergunning_niet_verlengd_of_ingetrokken": rng.random(n) < 0.01,
    }
    return uit


def _tekst_van(waarde) -> str:
    if isinstance(waarde, (bool, numpy.bool_)):
        return "true" if waarde else "false"
    if isinstance(waarde, (float, numpy.floating)):
        return f"{waarde:.2f}".rstrip("0").rstrip(".")
    return str(waarde)


def _als_tekst(naam: str, waarden: numpy.ndarray) -> list[str]:
    """Een kolom als tekst: elke verschillende waarde één keer opgemaakt (datums via hun dagnummer)."""
    if waarden.dtype.kind == "M":
        leeg = numpy.isnat(waarden)
        dagen = numpy.where(leeg, 0, waarden.astype("int64"))
        laagste = int(dagen.min())
        tabel = numpy.datetime_as_string(numpy.arange(laagste, int(dagen.max()) + 1).astype("datetime64[D]"))
        tekst = tabel.astype(object)[dagen - laagste]
        tekst[leeg] = ""
        return tekst.tolist()
    if waarden.dtype == object:
        return waarden.tolist()
    if waarden.dtype == bool:
        return numpy.where(waarden, "true", "false").tolist()
    uniek, index = numpy.unique(waarden, return_inverse=True)
    return numpy.array([_tekst_van(w) for w in uniek.tolist()], dtype=object)[index].tolist()


def schrijf(pad: str | Path, aantal: int, seed: int = 2021, blok_grootte: int = BLOK) -> None:
    """Schrijf `aantal` synthetische personen naar een CSV (per blok, met begrensd geheugen)."""
    with open(pad, "w", newline="", encoding="utf-8") as uit:
        uit.write(",".join(("id", *KOLOMMEN)) + "\n")
        for begin in range(0, aantal, blok_grootte):
            n = min(blok_grootte, aantal - begin)
            kolommen = blok(n, seed, begin)
            teksten = [[str(i) for i in range(begin + 1, begin + n + 1)]]
            teksten += [_als_tekst(naam, kolommen[naam]) for naam in KOLOMMEN]
            buffer = io.StringIO()
            buffer.writelines(",".join(rij) + "\n" for rij in zip(*teksten, strict=True))
            uit.write(buffer.getvalue())


# -- lezen ---------------------------------------------------------------------------------------------

_WAAR = frozenset({"true", "1", "ja", "True", "TRUE"})
_JA_NEE = _WAAR | {"false", "0", "nee", "False", "FALSE"}


class PopulatieFout(ValueError):
    pass


def kop(pad: str | Path) -> list[str]:
    with open(pad, newline="", encoding="utf-8") as bestand:
        rij = next(csv.reader(bestand), None)
    if not rij:
        raise PopulatieFout(f"{pad}: leeg bestand / empty file")
    return rij


def tel_rijen(pad: str | Path) -> int:
    with open(pad, "rb") as bestand:
        regels = sum(stuk.count(b"\n") for stuk in iter(lambda: bestand.read(1 << 20), b""))
    return max(regels - 1, 0)


def _kolommen_uit_regels(pad, regels: list[str], eerste_regel: int, breedte: int) -> numpy.ndarray:
    """Regels (met newline) als object-array (rijen x kolommen) van tekst."""
    tekst = "".join(regels)
    if '"' not in tekst:
        velden = tekst.replace("\r\n", "\n").replace("\n", ",").split(",")[:-1]
        if len(velden) == len(regels) * breedte:
            return numpy.array(velden, dtype=object).reshape(len(regels), breedte)
    rijen = list(csv.reader(regels))
    for nummer, rij in enumerate(rijen):
        if len(rij) != breedte:
            regel = eerste_regel + nummer
            raise PopulatieFout(f"{pad}, regel {regel}: {len(rij)} velden, verwacht {breedte} / "
                                f"line {regel}: {len(rij)} fields, expected {breedte}")
    uit = numpy.empty((len(rijen), breedte), dtype=object)
    uit[:] = rijen
    return uit


def lees(pad: str | Path, blok_grootte: int = BLOK) -> Iterator[tuple[numpy.ndarray, dict[str, numpy.ndarray]]]:
    """Lees een populatie-CSV per blok: (ids, {invoer: object-array met tekst; "" = niet gegeven})."""
    namen = kop(pad)
    if namen[0] != "id":
        raise PopulatieFout(f"{pad}: de eerste kolom moet 'id' zijn / the first column must be 'id'")
    onbekend = [naam for naam in namen[1:] if naam not in publiek.INVOER]
    if onbekend:
        raise PopulatieFout(f"{pad}: onbekende kolommen / unknown columns: {', '.join(onbekend)}")
    if len(set(namen)) != len(namen):
        raise PopulatieFout(f"{pad}: dubbele kolommen / duplicate columns")
    with open(pad, newline="", encoding="utf-8") as bestand:
        bestand.readline()
        regel = 2
        while True:
            regels = list(itertools.islice(bestand, blok_grootte))
            regels = [r if r.endswith("\n") else r + "\n" for r in regels if r.strip()]
            if not regels:
                return
            tabel = _kolommen_uit_regels(pad, regels, regel, len(namen))
            regel += len(regels)
            yield tabel[:, 0], {naam: tabel[:, j] for j, naam in enumerate(namen) if j}


def typeer(systeem, kolommen: dict[str, numpy.ndarray]) -> dict[str, numpy.ndarray]:
    """Tekstkolommen als getypeerde invoerarrays, met precies de regels van `simulatie.als_arrays`.

    Elke verschillende waarde gaat één keer door `simulatie.als_arrays` (lege cel = None, ja/nee als
    bool, getallen als getal); daarna wordt per persoon alleen geïndexeerd. Zo blijft 1.000.000 personen
    snel en is de betekenis gelijk aan die van de API."""
    from inburgering_rules import simulatie

    uit = {}
    for naam, waarden in kolommen.items():
        codes: dict[str, int] = {}
        index = numpy.fromiter((codes.setdefault(w, len(codes)) for w in waarden.tolist()), dtype=numpy.int64,
                               count=len(waarden))
        uniek = list(codes)
        soort = systeem.get_variable(naam, check_existence=True).value_type
        if soort is bool:
            for w in uniek:
                if w not in _JA_NEE and w != "":
                    raise PopulatieFout(f"{naam}: {w!r} is geen ja/nee (true/false) / is not a boolean")
            gelezen = [None if w == "" else w in _WAAR for w in uniek]
        elif soort in (int, float):
            try:
                gelezen = [None if w == "" else (int(w) if soort is int else float(w)) for w in uniek]
            except ValueError as fout:
                raise PopulatieFout(f"{naam}: {fout}") from None
        else:
            gelezen = [None if w == "" else w for w in uniek]
        try:
            getypeerd = simulatie.als_arrays(systeem, {naam: gelezen})[naam]
        except (ValueError, TypeError) as fout:
            raise PopulatieFout(f"{naam}: {fout}") from None
        uit[naam] = getypeerd[index]
    return uit
