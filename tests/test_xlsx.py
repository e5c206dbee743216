"""The XLSX writer (`inburgering_rules.analyse.xlsx`) against what openpyxl wrote before it: every cell read back
with openpyxl has the same value, data type and number format; and the cases openpyxl could not write."""

from __future__ import annotations

import math
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from xml.etree import ElementTree

import numpy
import openpyxl
import pytest

from inburgering_rules.analyse import xlsx
from inburgering_rules.analyse.formaten import Schrijver, schrijf_tabel

DAGEN = ["1900-01-01", "1900-02-28", "1900-03-01", "1970-01-01", "2022-01-01", "2024-02-29", "2025-12-31",
         "2099-12-31", "NaT"]


def kolommen(n: int = len(DAGEN)) -> dict[str, numpy.ndarray]:
    """Every kind of column the what-if writes: dates with NaT, money with NaN, counts, yes/no, and objects (text,
    yes/no or None)."""
    rng = numpy.random.default_rng(14)
    dagen = numpy.array((DAGEN * n)[:n], dtype="datetime64[D]")
    geld = numpy.round(rng.random(n) * 5000, 2)
    geld[::3] = numpy.nan
    geld[1] = 0.1 + 0.2  # not on a cent: written as it is
    tekst = numpy.array([None, "b1_route", "A & B <c> \"d\" 'e'", " met spatie ", "Súdwest-Fryslân", True, False,
                         "z_route", "1.000,50", ""] * n, dtype=object)[:n]
    return {
        "datum": dagen,
        "bedrag": geld,
        "aantal": numpy.arange(n, dtype=numpy.int64) * 1_000_003 - 7,
        "ja_nee": numpy.arange(n) % 2 == 0,
        "soort": tekst,
        "naam": numpy.array(["x", "é", "ü"] * n)[:n],
    }


def oud(pad, kolommen: dict[str, numpy.ndarray]) -> None:
    """What `formaten.Schrijver` wrote with openpyxl (write-only) until this writer: the reference."""

    def cellen(waarden):
        if waarden.dtype.kind == "M":
            return waarden.astype("datetime64[D]").astype(object).tolist()
        if waarden.dtype.kind == "f":
            return [None if w != w else w for w in waarden.tolist()]
        return waarden.tolist()

    boek = openpyxl.Workbook(write_only=True)
    blad = boek.create_sheet(pad.stem)
    blad.append(list(kolommen))
    for rij in zip(*(cellen(a) for a in kolommen.values()), strict=True):
        blad.append(rij)
    boek.save(pad)


def gelezen(pad) -> list[list[tuple]]:
    blad = openpyxl.load_workbook(pad).worksheets[0]
    return [[(c.value, c.data_type, c.number_format) for c in rij] for rij in blad.iter_rows()]


def nieuw(map_, kolommen, blok: int = 4):
    schrijver = Schrijver(map_ / "tabel", list(kolommen), ("xlsx",))
    n = len(next(iter(kolommen.values())))
    for begin in range(0, n, blok):
        schrijver.schrijf({k: v[begin:begin + blok] for k, v in kolommen.items()})
    return schrijver.sluit()["xlsx"]


@pytest.mark.parametrize("per_keer", [2048, 3])
def test_every_cell_reads_back_as_openpyxl_wrote_it(tmp_path, monkeypatch, per_keer):
    """Value, data type and number format of every cell (dates as Excel day numbers with yyyy-mm-dd, including
    Excel's 29 February 1900 on both sides of 1 March 1900), written in blocks of 4 rows, each built whole or 3 rows
    at a time (`RIJEN_PER_KEER`)."""
    monkeypatch.setattr(xlsx, "RIJEN_PER_KEER", per_keer)
    tabel = kolommen(50)
    oud(tmp_path / "tabel_oud.xlsx", tabel)
    pad = nieuw(tmp_path, tabel)
    ja_nee = '"TRUE";"TRUE";"FALSE"'  # what openpyxl did not write: LibreOffice showed its yes/no as 1/0
    assert {c[2] for rij in gelezen(pad) for c in rij if c[1] == "b"} == {ja_nee}
    # openpyxl wrote 16 digits: 0.1 + 0.2 read back as 0.3; this writer keeps the float exactly
    assert gelezen(pad)[2][1][0] == 0.1 + 0.2 != gelezen(tmp_path / "tabel_oud.xlsx")[2][1][0]
    zestien = [[(float(f"{w:.16g}") if type(w) is float else w, t, "General" if f == ja_nee else f) for w, t, f in rij]
               for rij in gelezen(pad)]
    assert zestien == gelezen(tmp_path / "tabel_oud.xlsx")
    assert openpyxl.load_workbook(pad).sheetnames == ["tabel"]


def test_what_a_spreadsheet_shows_widths_money_and_the_shortest_float(tmp_path):
    """A review opened the files in LibreOffice: dates showed ### at the default width, yes/no as 1/0, 950 without
    cents, and the XML held 89597.82000000001 (16 digits) for 89597.82."""
    tabel = {"ontzorgen_startdatum_basis": numpy.array(["2029-08-27"], dtype="datetime64[D]"),
             "college_basis_euro": numpy.array([950.0]), "boete_art_24_bedrag_hervorming": numpy.array([89597.82]),
             "aantal": numpy.array([3]), "d": numpy.array([True])}
    pad = nieuw(tmp_path, tabel)
    blad = openpyxl.load_workbook(pad).worksheets[0]
    breedtes = {letter: blad.column_dimensions[letter].width for letter in "ABCDE"}
    assert breedtes == {"A": len("ontzorgen_startdatum_basis") + 2, "B": len("college_basis_euro") + 2,
                        "C": len("boete_art_24_bedrag_hervorming") + 2, "D": 11, "E": 11}
    assert [c.number_format for c in blad[2]] == ["yyyy-mm-dd", "#,##0.00", "#,##0.00", "General",
                                                  '"TRUE";"TRUE";"FALSE"']
    assert [c.number_format for c in blad[1]] == ["General"] * 5  # the header is text
    with zipfile.ZipFile(pad) as boek:
        xml = boek.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>89597.82</v>" in xml and xml.index("<cols>") < xml.index("<sheetData>")


def test_a_date_excel_cannot_hold_is_text_and_a_character_xml_cannot_hold_is_left_out(tmp_path):
    """openpyxl wrote a day before 1900 as a negative day number (Excel shows ####) and stopped at a control
    character (IllegalCharacterError): the day is now its ISO text, the character is left out; NaN, infinity and
    None are empty cells."""
    tabel = {
        "datum": numpy.array(["1899-12-31", "1850-06-01", "NaT"], dtype="datetime64[D]"),
        "tekst": numpy.array(["a\x00b\x1fc\td", None, "\x0b"], dtype=object),
        "getal": numpy.array([math.inf, -math.inf, math.nan]),
    }
    pad = nieuw(tmp_path, tabel)
    assert [[c[0] for c in rij] for rij in gelezen(pad)] == [
        ["datum", "tekst", "getal"], ["1899-12-31", "abc\td", None], ["1850-06-01", None, None], [None, None, None]]


def test_the_package_is_well_formed(tmp_path):
    """Every part is well-formed XML, the parts Excel needs are there (with a workbook view), the sheet is stored
    without Zip64 below its limit (as openpyxl did), rows and cells are numbered in order (r="A1"...), a text with a
    space at an end keeps it (xml:space), and pandas reads the table with the columns and rows given."""
    import pandas

    tabel = kolommen(30)
    pad = nieuw(tmp_path, tabel, blok=7)
    with zipfile.ZipFile(pad) as zip_:
        namen = set(zip_.namelist())
        assert namen == {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                         "xl/styles.xml", "xl/worksheets/sheet1.xml"}
        for naam in namen:
            ElementTree.fromstring(zip_.read(naam))
        assert zip_.getinfo("xl/worksheets/sheet1.xml").extract_version < zipfile.ZIP64_VERSION
        assert b"<bookViews><workbookView/></bookViews>" in zip_.read("xl/workbook.xml")
        ruw = zip_.read("xl/worksheets/sheet1.xml")
        blad = ElementTree.fromstring(ruw)
    assert b'<t xml:space="preserve"> met spatie </t>' in ruw
    ns = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    rijen = blad.findall("x:sheetData/x:row", ns)
    assert [r.get("r") for r in rijen] == [str(i) for i in range(1, 32)]
    for rij in rijen:
        plekken = [re.fullmatch(r"([A-Z]+)(\d+)", c.get("r")).groups() for c in rij.findall("x:c", ns)]
        assert {nummer for _, nummer in plekken} == {rij.get("r")}
        kolomnummers = [KOLOMMEN.index(letters) for letters, _ in plekken]
        assert kolomnummers == sorted(set(kolomnummers))
    gelezen_pandas = pandas.read_excel(pad)
    assert list(gelezen_pandas.columns) == list(tabel) and len(gelezen_pandas) == 30


KOLOMMEN = [xlsx.kolomletters(i) for i in range(100)]


def test_what_openpyxl_wrote_otherwise(tmp_path):
    """Where the writer deliberately differs from openpyxl: a text that begins with "=" or is an error code stays
    text (openpyxl made a formula or an error of it: an id from a population file could become a formula), an
    integer is exact (openpyxl wrote 16 digits), a day after 9999 is its ISO text like one before 1900, a text over
    Excel's 32,767 UTF-16 units is cut without splitting a character, a lone surrogate is left out; a date or Decimal
    in a column of objects is a date or a number."""
    lang = "x" * 40_000
    emoji = "\U0001F600" * 20_000  # 40,000 UTF-16 units
    tabel = {
        "tekst": numpy.array(["=1+1", "#N/A", lang, emoji, "a\ud800b", None], dtype=object),
        "getal": numpy.array([12_345_678_901_234_567, 2**53 + 1, -1, 0, 1, 2], dtype=numpy.int64),
        "datum": numpy.array(["10000-01-01", "9999-12-31", "NaT", "NaT", "NaT", "NaT"], dtype="datetime64[D]"),
        "object": numpy.array([date(2024, 2, 29), Decimal("12.34"), None, None, None, None], dtype=object),
    }
    rijen = gelezen(nieuw(tmp_path, tabel))
    assert [c[:2] for c in rijen[1]] == [("=1+1", "s"), (12_345_678_901_234_567, "n"), ("10000-01-01", "s"),
                                        (datetime(2024, 2, 29), "d")]
    assert [c[:2] for c in rijen[2][:2]] == [("#N/A", "s"), (2**53 + 1, "n")]
    assert rijen[2][2] == (datetime(9999, 12, 31), "d", "yyyy-mm-dd") and rijen[2][3] == (12.34, "n", "General")
    assert rijen[3][0][0] == "x" * 32_767
    assert rijen[4][0][0] == "\U0001F600" * 16_383  # 32,766 units: the next would split
    assert rijen[5][0][0] == "ab"


def test_a_bad_sheet_name_or_too_many_columns_is_refused_and_leaves_no_file(tmp_path):
    for stam, namen in (("a:b", ["a"]), ("'x", ["a"]), ("tabel", [f"k{i}" for i in range(xlsx.MAX_KOLOMMEN + 1)])):
        with pytest.raises(ValueError):
            Schrijver(tmp_path / stam, namen, ("csv", "xlsx"))
        assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("nummer", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"),
                                                  (701, "ZZ"), (702, "AAA"), (16383, "XFD")])
def test_column_letters(nummer, letters):
    assert xlsx.kolomletters(nummer) == letters


class _VolleSchijf:
    """A temporary file that is full after four writes (the beginning of the sheet, the column widths, the beginning of
    the sheet's data and its header row)."""

    def __init__(self, echt):
        self.echt, self.keer = echt, 0

    def write(self, data):
        self.keer += 1
        if self.keer > 4:
            raise OSError(28, "No space left on device")
        return self.echt.write(data)

    def __getattr__(self, naam):
        return getattr(self.echt, naam)


def test_a_failed_write_leaves_no_file(tmp_path, monkeypatch):
    """A write that fails midway (a full disk) and a close that fails: `Schrijver.weg` closes what it can and
    removes every file it began, CSV and XLSX, without raising a second error."""
    echt = xlsx.tempfile.TemporaryFile
    tijdelijk = []
    monkeypatch.setattr(xlsx.tempfile, "TemporaryFile", lambda: tijdelijk.append(_VolleSchijf(echt())) or tijdelijk[-1])
    schrijver = Schrijver(tmp_path / "tabel", ["a"], ("csv", "xlsx"))
    with pytest.raises(OSError):
        schrijver.schrijf({"a": numpy.array([1, 2])})
    schrijver.weg()
    assert list(tmp_path.iterdir()) == [] and tijdelijk[0].echt.closed


def test_a_failed_close_leaves_no_file(tmp_path, monkeypatch):
    """A zip file that cannot be written (a full disk): the workbook removes its half file and its temporary sheet
    itself, and `schrijf_tabel` (the what-if's small tables) leaves none of the table's files."""

    def vol(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", vol)
    schrijver = Schrijver(tmp_path / "tabel", ["a"], ("csv", "xlsx"))
    schrijver.schrijf({"a": numpy.array([1, 2])})
    with pytest.raises(OSError):
        schrijver.sluit()
    assert not (tmp_path / "tabel.xlsx").exists() and schrijver._boek._blad.closed
    schrijver.weg()
    with pytest.raises(OSError):
        schrijf_tabel(tmp_path / "klein", {"a": numpy.array([1])}, ("csv", "xlsx"))
    assert list(tmp_path.iterdir()) == []


def test_cleaning_up_goes_on_when_closing_fails(tmp_path, monkeypatch):
    """A close that fails during `Schrijver.weg` does not stop it: the other files are still removed."""
    schrijver = Schrijver(tmp_path / "tabel", ["a"], ("csv", "xlsx"))

    def kapot(self):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(xlsx.Werkblad, "weg", kapot)
    schrijver._csv.close = lambda: kapot(None)
    schrijver.weg()
    assert list(tmp_path.iterdir()) == []


def test_excels_text_limit_on_both_sides():
    """A text of exactly 32,767 UTF-16 units is kept whole, one unit more is cut to the limit (a character outside the
    BMP counts for two and is never split)."""
    assert xlsx._afgekapt("x" * xlsx.MAX_TEKST) == "x" * xlsx.MAX_TEKST
    assert xlsx._afgekapt("x" * (xlsx.MAX_TEKST + 1)) == "x" * xlsx.MAX_TEKST
    emoji = "\U0001F600"
    assert xlsx._afgekapt(emoji * 16_383 + "x") == emoji * 16_383 + "x"  # 32,767 units
    assert xlsx._afgekapt(emoji * 16_384) == emoji * 16_383  # 32,768 units
