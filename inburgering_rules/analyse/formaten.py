"""Tabellen schrijven als CSV, Parquet en XLSX, per blok (begrensd geheugen), met dezelfde kolommen.

* CSV: UTF-8, `,` en een decimale punt; met `nl=True` zoals een Nederlandse spreadsheet het verwacht:
  UTF-8 met BOM, `;` tussen velden, een decimale komma en ja/nee als `WAAR`/`ONWAAR` (zo leest Excel in het
  Nederlands ze als waarheidswaarden; datums blijven JJJJ-MM-DD, dat leest het ook).
* Parquet (pyarrow): datums als `date32`, bedragen (kolommen van de soort `GELD`) als exacte decimalen in euro op
  de cent (`decimal128(15, 2)`: een som heeft geen float-ruis), lege waarden null.
* XLSX (`analyse.xlsx`: de XML per blok en per kolom, zonder object per cel): ten hoogste `XLSX_MAX_RIJEN` rijen;
  wat daarna komt wordt niet geschreven en gemeld (`afgekapt`): gebruik dan CSV of Parquet.

Kolommen zijn numpy-arrays: datums `datetime64[D]` (NaT = leeg), bool, gehele getallen, `float64`
(bedragen, al op de cent; NaN = leeg) of object (tekst, ja/nee; None = leeg).
"""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import numpy

from inburgering_rules.analyse.xlsx import Werkblad

FORMATEN = ("csv", "parquet", "xlsx")
XLSX_MAX_RIJEN = 1_048_575           # één rij van Excel is de kop
GELD = "geld"                        # de soort van een kolom met bedragen in euro (Parquet: exacte decimalen)
GELD_CIJFERS = 15                    # cijfers van een bedrag, twee na de komma: tot 10^13 euro


class FormaatFout(ValueError):
    pass


def controleer_formaten(formaten) -> tuple[str, ...]:
    onbekend = [f for f in formaten if f not in FORMATEN]
    if onbekend:
        raise FormaatFout(f"onbekend formaat {', '.join(onbekend)}; toegestaan: {', '.join(FORMATEN)} / "
                          f"unknown format {', '.join(onbekend)}; allowed: {', '.join(FORMATEN)}")
    if "parquet" in formaten:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise FormaatFout("parquet vraagt pyarrow: pip install 'inburgering-rules[analyse]' / "
                              "parquet needs pyarrow: pip install 'inburgering-rules[analyse]'") from None
    return tuple(dict.fromkeys(formaten))


# ja en nee in CSV: zoals JSON ze schrijft, of (`nl`) zoals Excel in het Nederlands ze leest en schrijft
_JA_NEE = {False: ("true", "false"), True: ("WAAR", "ONWAAR")}


def _tekst(waarden: numpy.ndarray, nl: bool) -> list[str]:
    if waarden.dtype.kind == "M":
        tekst = numpy.datetime_as_string(waarden.astype("datetime64[D]"), unit="D").astype(object)
        tekst[numpy.isnat(waarden)] = ""
        return tekst.tolist()
    if waarden.dtype == bool:
        return numpy.where(waarden, *_JA_NEE[nl]).tolist()
    if waarden.dtype.kind == "f":
        tekst = ["" if w != w else f"{w:.2f}" for w in waarden.tolist()]  # NaN (onbepaald): leeg
        return [t.replace(".", ",") for t in tekst] if nl else tekst
    return [_los(w, nl) for w in waarden.tolist()]


def _los(waarde, nl: bool) -> str:
    """Eén waarde van een object-kolom als tekst: None leeg, ja/nee `true`/`false` (met `nl` `WAAR`/`ONWAAR`), een
    bedrag op de cent (met `nl` een decimale komma), een datum JJJJ-MM-DD."""
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return _JA_NEE[nl][0 if waarde else 1]
    if isinstance(waarde, float):
        tekst = "" if waarde != waarde else f"{waarde:.2f}"
        return tekst.replace(".", ",") if nl else tekst
    return str(waarde)


def geld_als_arrow(euros: numpy.ndarray, leeg: numpy.ndarray | None = None):
    """Bedragen in euro (float64, al op de cent) als exacte decimalen (pyarrow `decimal128(GELD_CIJFERS, 2)`); NaN
    of `leeg` is null."""
    import pyarrow

    return pyarrow.array(euros, mask=leeg, from_pandas=True).cast(pyarrow.decimal128(GELD_CIJFERS, 2))


class Schrijver:
    """Schrijft een tabel naar `stam`.csv/.parquet/.xlsx; `schrijf(kolommen)` per blok, dan `sluit()`."""

    def __init__(self, stam: Path, kolommen: list[str], formaten=("csv",), nl: bool = False) -> None:
        self.kolommen, self.nl, self.rijen, self.afgekapt = kolommen, nl, 0, 0
        # Parquet-type per kolom ("bool", "int64", "date32", ..., of GELD) waar de waarden van een blok het niet zeggen
        # (een kolom die in het eerste blok overal leeg is, een bedrag); de rest volgt uit het eerste blok
        self.soorten: dict[str, str] = {}
        self.paden = {f: Path(f"{stam}.{f}") for f in controleer_formaten(formaten)}
        self._csv = self._parquet = self._boek = None
        if "csv" in self.paden:
            # met `nl` met een BOM: zo leest Excel in het Nederlands UTF-8 (Súdwest-Fryslân) en niet Windows-1252
            self._csv = open(self.paden["csv"], "w", encoding="utf-8-sig" if nl else "utf-8", newline="")
            self._scheiding = ";" if nl else ","
            csv.writer(self._csv, delimiter=self._scheiding, lineterminator="\n").writerow(kolommen)
        if "xlsx" in self.paden:
            try:
                self._boek = Werkblad(self.paden["xlsx"], stam.name)
                self._boek.kop(kolommen)
            except BaseException:
                self.weg()  # niet de CSV laten staan
                raise

    def schrijf(self, kolommen: dict[str, numpy.ndarray]) -> None:
        arrays = [numpy.asarray(kolommen[k]) for k in self.kolommen]
        n = len(arrays[0]) if arrays else 0
        if self._csv is not None:
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=self._scheiding, lineterminator="\n").writerows(
                zip(*(_tekst(a, self.nl) for a in arrays), strict=True))
            self._csv.write(buffer.getvalue())
        if "parquet" in self.paden:
            import pyarrow
            import pyarrow.parquet

            # een object-kolom van het soort "string" als tekst, zoals in CSV zonder `nl` (None blijft null): zo ook
            # een kolom met waarden van elke soort (`gewijzigde_personen`: datums, bedragen, ja/nee en keuzes)
            voor_parquet = [numpy.array([None if w is None else _los(w, False) for w in a.tolist()], dtype=object)
                            if a.dtype == object and self.soorten.get(k) == "string" else a
                            for k, a in zip(self.kolommen, arrays, strict=True)]
            tabel = pyarrow.table({k: geld_als_arrow(a) if self.soorten.get(k) == GELD else
                                   pyarrow.array(a.astype(str) if a.dtype.kind == "U" else a, from_pandas=True,
                                                 type=pyarrow.type_for_alias(self.soorten[k]) if k in self.soorten
                                                 else None)
                                   for k, a in zip(self.kolommen, voor_parquet, strict=True)})
            if self._parquet is None:
                self._parquet = pyarrow.parquet.ParquetWriter(self.paden["parquet"], tabel.schema)
            self._parquet.write_table(tabel.cast(self._parquet.schema))
        if self._boek is not None:
            ruimte = max(XLSX_MAX_RIJEN - self.rijen, 0)
            self._boek.schrijf([a[:ruimte] for a in arrays])
            self.afgekapt += max(n - ruimte, 0)
        self.rijen += n

    def sluit(self) -> dict[str, Path]:
        if self._csv is not None:
            self._csv.close()
        if "parquet" in self.paden:
            if self._parquet is None:     # geen enkele rij: toch een bestand met de kolommen
                import pyarrow
                import pyarrow.parquet

                pyarrow.parquet.write_table(pyarrow.table({k: pyarrow.array([], pyarrow.string())
                                                           for k in self.kolommen}), self.paden["parquet"])
            else:
                self._parquet.close()
        if self._boek is not None:
            self._boek.sluit()
        return self.paden

    def weg(self) -> None:
        """Na een fout: de open bestanden dicht en weg, zodat er geen half bestand blijft staan; ook als dichtdoen
        zelf mislukt (een volle schijf), want de fout die ertoe leidde, is de fout die telt."""
        for dicht in (self._csv and self._csv.close, self._parquet and self._parquet.close,
                      self._boek and self._boek.weg):
            if dicht:
                with contextlib.suppress(Exception):
                    dicht()
        for pad in self.paden.values():
            pad.unlink(missing_ok=True)


def schrijf_tabel(stam: Path, kolommen: dict[str, numpy.ndarray], formaten=("csv",), nl: bool = False,
                  soorten: dict[str, str] | None = None):
    """Een kleine tabel in één keer; (paden, aantal rijen dat niet in XLSX paste). Mislukt dat, dan blijft er
    niets van de tabel staan. `soorten`: zoals `Schrijver.soorten`."""
    schrijver = Schrijver(stam, list(kolommen), formaten, nl)
    schrijver.soorten = dict(soorten or {})
    try:
        schrijver.schrijf(kolommen)
        return schrijver.sluit(), schrijver.afgekapt
    except BaseException:
        schrijver.weg()
        raise
