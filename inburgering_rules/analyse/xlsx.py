"""Een werkblad als XLSX (Office Open XML, ECMA-376) schrijven, per blok van kolommen, zonder een object per cel.

openpyxl (write-only) maakte voor elke cel een Python-object en controleerde het: 11 us per cel, 1 ms per rij van
`per_persoon` (96 kolommen), 80 % van een wat-als met `--formaat xlsx --per-persoon`. Hier wordt de XML van een
blok per kolom opgebouwd (`RIJEN_PER_KEER` rijen tegelijk) en naar een tijdelijk bestand geschreven, dat bij het
sluiten in het zip-bestand gaat.

Wat er in de cellen staat, is wat openpyxl schreef (`tests/test_xlsx.py` leest beide terug), behalve waar hieronder
staat wat openpyxl anders deed:
* getallen als getal (een bedrag als `float` in euro, in de kortste schrijfwijze die hetzelfde getal teruggeeft:
  89597.82, niet 89597.82000000001 zoals openpyxl; NaN en oneindig: leeg); in een kolom met een bedrag (de naam
  eindigt op `_euro` of bevat `_bedrag`) met de notatie `#,##0.00`, zodat 950 als 950,00 leest;
* ja/nee als logische waarde (`TRUE`/`FALSE`, met een notatie die LibreOffice ze ook zo laat tonen en niet als 1/0);
* elke kolom zo breed als haar kop, en ten minste zo breed als een datum (anders toont een datum `###`);
* datums als Excel-dagnummer met de notatie `yyyy-mm-dd` (het stelsel van 1900, met Excels 29 februari 1900: een
  dag vóór 1 maart 1900 één lager); NaT leeg; een dag vóór 1900 of na 9999 kent Excel niet: die staat er als tekst
  JJJJ-MM-DD (openpyxl schreef een negatief dagnummer);
* tekst als tekst in de cel (`inlineStr`), ook wat met "=" begint (openpyxl maakte daar een formule van: een id uit
  een populatiebestand kon zo een formule worden); tekens die XML 1.0 niet toelaat, worden weggelaten (openpyxl brak
  dan af), en een tekst van meer dan 32.767 UTF-16-eenheden afgekapt (meer houdt een cel van Excel niet);
* een geheel getal exact (openpyxl schreef het met 16 cijfers, vanaf 2**53 als drijvende komma);
* leeg (None) als geen cel, een lege tekst als een tekstcel zonder inhoud.
"""

from __future__ import annotations

import contextlib
import math
import re
import shutil
import tempfile
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import numpy

_EPOCHE = numpy.datetime64("1899-12-30", "D")  # dagnummer 0 van Excel, vanaf 1 maart 1900
_MAART_1900 = numpy.datetime64("1900-03-01", "D")
_JAN_1900 = numpy.datetime64("1900-01-01", "D")
_LAATSTE_DAG = numpy.datetime64("9999-12-31", "D")  # de laatste dag die Excel kent
# niet toegestaan in XML 1.0: stuurtekens behalve tab en regeleinde, losse surrogaten, U+FFFE en U+FFFF
_NIET_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_TEKST = 32_767  # zoveel UTF-16-eenheden houdt een cel van Excel; wat langer is, wordt afgekapt (zoals openpyxl)
MAX_KOLOMMEN = 16_384  # A tot en met XFD
_VERBODEN_IN_NAAM = re.compile(r"[\[\]:*?/\\]")
_STIJL_DATUM, _STIJL_JA_NEE, _STIJL_GELD = 1, 2, 3  # de plaatsen in `cellXfs` van de notaties
_BREEDTE_MIN, _BREEDTE_MAX = 11, 60  # tekens: een datum jjjj-mm-dd past; een lange kop niet meer dan dit
RIJEN_PER_KEER = 2048  # zoveel rijen worden samen als tekst opgebouwd (`Werkblad.schrijf`)

_KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_HOOFD = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PAKKET = "http://schemas.openxmlformats.org/package/2006/relationships"
_SOORT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_VAST = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_SOORT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SOORT}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_SOORT}.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PAKKET}">'
        f'<Relationship Id="rId1" Type="{_RELATIES}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PAKKET}">'
        f'<Relationship Id="rId1" Type="{_RELATIES}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_RELATIES}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_HOOFD}">'
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
        '<numFmt numFmtId="165" formatCode="&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}


def kolomletters(nummer: int) -> str:
    """De letters van kolom `nummer` (0: A, 25: Z, 26: AA)."""
    letters = ""
    nummer += 1
    while nummer:
        nummer, rest = divmod(nummer - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _afgekapt(waarde: str) -> str:
    """Ten hoogste `MAX_TEKST` UTF-16-eenheden (een teken buiten het BMP telt voor twee), zonder een teken te delen."""
    if len(waarde) * 2 <= MAX_TEKST:
        return waarde
    eenheden = 0
    for i, teken in enumerate(waarde):
        eenheden += 2 if teken > "\uffff" else 1
        if eenheden > MAX_TEKST:
            return waarde[:i]
    return waarde


def _tekst(plek: str, waarde: str) -> str:
    """Een cel met tekst; een lege tekst als een tekstcel zonder inhoud (zoals openpyxl)."""
    waarde = escape(_afgekapt(_NIET_IN_XML.sub("", waarde)))
    if not waarde:
        return f'<c r="{plek}" t="inlineStr"/>'
    behoud = ' xml:space="preserve"' if waarde[:1].isspace() or waarde[-1:].isspace() else ""
    return f'<c r="{plek}" t="inlineStr"><is><t{behoud}>{waarde}</t></is></c>'


def _cel(letter: str, rij: int, waarde) -> str:
    """Eén cel van een kolom van Python-objecten (tekst, ja/nee, getal, datum of None)."""
    plek = f"{letter}{rij}"
    if waarde is None:
        return ""
    if isinstance(waarde, bool | numpy.bool_):
        return f'<c r="{plek}" s="{_STIJL_JA_NEE}" t="b"><v>{int(waarde)}</v></c>'
    if isinstance(waarde, int | numpy.integer):
        return f'<c r="{plek}"><v>{int(waarde)}</v></c>'
    if isinstance(waarde, float | numpy.floating | Decimal):
        return f'<c r="{plek}"><v>{float(waarde)!r}</v></c>' if math.isfinite(waarde) else ""
    if isinstance(waarde, date | numpy.datetime64):
        return cellen(numpy.array([waarde], dtype="datetime64[D]"), letter, rij)[0]
    return _tekst(plek, str(waarde))


def cellen(waarden: numpy.ndarray, letter: str, eerste_rij: int, geld: bool = False) -> list[str]:
    """De cellen van één kolom voor de rijen vanaf `eerste_rij` (1 is de kop), als XML; "" waar de cel leeg is.
    `geld`: getallen met de notatie van een bedrag (`_STIJL_GELD`)."""
    rijen = range(eerste_rij, eerste_rij + len(waarden))
    stijl = f' s="{_STIJL_GELD}"' if geld else ""
    soort = waarden.dtype.kind
    if soort == "M":
        dagen = waarden.astype("datetime64[D]")
        nummers = (dagen - _EPOCHE).astype(numpy.int64) - (dagen < _MAART_1900)
        geldig = ~numpy.isnat(dagen)
        uit = [f'<c r="{letter}{r}" s="{_STIJL_DATUM}"><v>{n}</v></c>' if g else ""
               for r, n, g in zip(rijen, nummers.tolist(), geldig.tolist(), strict=True)]
        for i in numpy.flatnonzero(geldig & ((dagen < _JAN_1900) | (dagen > _LAATSTE_DAG))).tolist():
            uit[i] = _tekst(f"{letter}{rijen[i]}", str(dagen[i]))
        return uit
    if soort == "b":
        return [f'<c r="{letter}{r}" s="{_STIJL_JA_NEE}" t="b"><v>{int(w)}</v></c>'
                for r, w in zip(rijen, waarden.tolist(), strict=True)]
    if soort in "iu":
        return [f'<c r="{letter}{r}"{stijl}><v>{w}</v></c>' for r, w in zip(rijen, waarden.tolist(), strict=True)]
    if soort == "f":
        return [f'<c r="{letter}{r}"{stijl}><v>{w!r}</v></c>' if math.isfinite(w) else ""
                for r, w in zip(rijen, waarden.astype(numpy.float64).tolist(), strict=True)]
    return [_cel(letter, r, w) for r, w in zip(rijen, waarden.tolist(), strict=True)]


def _bladnaam(naam: str) -> str:
    """De naam van het werkblad: ten hoogste 31 tekens, niet leeg, zonder [ ] : * ? / \\ en niet begin of eind '."""
    naam = naam[:31]
    if not naam or _VERBODEN_IN_NAAM.search(naam) or naam[0] == "'" or naam[-1] == "'":
        raise ValueError(f"ongeldige naam voor een werkblad / invalid sheet name: {naam!r}")
    return naam


class Werkblad:
    """Een XLSX-bestand met één werkblad `naam` (ten hoogste 31 tekens), rij voor rij geschreven: `kop(namen)`, dan
    `schrijf(kolommen)` per blok, dan `sluit()`; na een fout `weg()`. De XML van het werkblad gaat eerst naar een
    tijdelijk bestand en bij `sluit()` in het zip-bestand, met de kop van zip 2.0 zolang hij onder 2 GiB blijft en
    alleen daarboven die van Zip64 (zoals openpyxl)."""

    def __init__(self, pad: Path, naam: str) -> None:
        self.pad, self.rijen, self._naam = pad, 0, _bladnaam(naam)
        self._blad = tempfile.TemporaryFile()
        self._blad.write(f'{_KOP}<worksheet xmlns="{_HOOFD}">'.encode())
        self._letters: list[str] = []
        self._geld: list[bool] = []
        self._open = False  # <sheetData> geschreven (na de kolombreedtes van `kop`)

    def kop(self, namen: list[str]) -> None:
        """De kop (rij 1); elke kolom zo breed als haar naam, tussen `_BREEDTE_MIN` en `_BREEDTE_MAX` tekens."""
        if len(namen) > MAX_KOLOMMEN:
            raise ValueError(f"meer dan {MAX_KOLOMMEN} kolommen / more than {MAX_KOLOMMEN} columns: {len(namen)}")
        if not self._open and namen:
            breedtes = "".join(
                f'<col min="{i}" max="{i}" width="{min(max(len(naam) + 2, _BREEDTE_MIN), _BREEDTE_MAX)}" '
                'customWidth="1"/>' for i, naam in enumerate(namen, start=1))
            self._blad.write(f"<cols>{breedtes}</cols>".encode())
        self._letters = [kolomletters(i) for i in range(len(namen))]
        self._geld = [naam.endswith("_euro") or "_bedrag" in naam for naam in namen]
        self.schrijf([numpy.array(namen, dtype=object)[i:i + 1] for i in range(len(namen))])

    def schrijf(self, kolommen: list[numpy.ndarray]) -> None:
        """Rijen achter de vorige: elke kolom een array van even lang; per `RIJEN_PER_KEER` rijen opgebouwd en
        geschreven, zodat de tekst van een groot blok niet in één keer in het geheugen staat."""
        n = len(kolommen[0]) if kolommen else 0
        if any(len(waarden) != n for waarden in kolommen):
            raise ValueError("kolommen van ongelijke lengte / columns of unequal length")
        self._begin_data()
        for begin in range(0, n, RIJEN_PER_KEER):
            eerste = self.rijen + 1
            per_kolom = [cellen(waarden[begin:begin + RIJEN_PER_KEER], letter, eerste, geld and self.rijen > 0)
                         for waarden, letter, geld in zip(kolommen, self._letters, self._geld, strict=True)]
            rijen = [f'<row r="{r}">{"".join(rij)}</row>'
                     for r, rij in enumerate(zip(*per_kolom, strict=True), start=eerste)]
            self._blad.write("".join(rijen).encode())
            self.rijen += len(rijen)

    def _begin_data(self) -> None:
        if not self._open:
            self._blad.write(b"<sheetData>")
            self._open = True

    def sluit(self) -> None:
        """Het zip-bestand: de vaste delen, het werkboek en het werkblad uit het tijdelijke bestand."""
        self._begin_data()
        self._blad.write(b"</sheetData></worksheet>")
        grootte = self._blad.tell()
        self._blad.seek(0)
        try:
            with zipfile.ZipFile(self.pad, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as boek:
                for deel, inhoud in _VAST.items():
                    boek.writestr(deel, _KOP + inhoud)
                boek.writestr("xl/workbook.xml", _KOP + (
                    f'<workbook xmlns="{_HOOFD}" xmlns:r="{_RELATIES}"><bookViews><workbookView/></bookViews><sheets>'
                    f'<sheet name="{escape(self._naam, {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/></sheets>'
                    "</workbook>"))
                with boek.open("xl/worksheets/sheet1.xml", "w", force_zip64=grootte > zipfile.ZIP64_LIMIT) as blad:
                    shutil.copyfileobj(self._blad, blad, 1 << 20)
        except BaseException:
            self.weg()
            raise
        self._blad.close()

    def weg(self) -> None:
        """Na een fout: het tijdelijke bestand dicht (en daarmee weg) en geen half XLSX-bestand."""
        with contextlib.suppress(OSError):
            self._blad.close()
        self.pad.unlink(missing_ok=True)
