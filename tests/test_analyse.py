"""Analysts' files and formats (issue 13): subsets of columns, Dutch CSVs, honest fine totals, the peildatum
applied the same way everywhere, Parquet/XLSX/JSON output, breakdowns and the pandas API."""

from __future__ import annotations

import csv
import json
import re
from decimal import Decimal

import numpy
import pandas
import pyarrow.parquet
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inburgering_rules import analyse, cli, populatie, publiek, simulatie, whatif
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.voorbeelden import STATUSHOUDER

AANTAL = 600
PEILDATUM = "2029-06-15"                 # midden in een maand en een jaar: gedeeltelijk


@pytest.fixture(scope="module")
def pop(tmp_path_factory):
    pad = tmp_path_factory.mktemp("pop") / "pop.csv"
    populatie.schrijf(pad, AANTAL, seed=11, blok_grootte=250)
    return pad


@pytest.fixture(scope="module")
def concept(pop, tmp_path_factory):
    uit = tmp_path_factory.mktemp("concept")
    uitkomst = whatif.vergelijk(pop, "concept_wetsvoorstel_2019", uit, peildatum=PEILDATUM, blok=250, voortgang=False,
                                formaten=("csv", "parquet", "xlsx"), per_persoon=True)
    return uitkomst, uit


def _tabel(pad) -> pandas.DataFrame:
    return pandas.read_csv(pad, dtype=str, keep_default_na=False)


def _schrijf(pad, df: pandas.DataFrame, sep=",") -> None:
    df.to_csv(pad, index=False, sep=sep)


# -- any subset of the columns ---------------------------------------------------------------------------

def test_issue_subset_without_kennisgeving_works(pop, tmp_path, capsys):
    """The issue's crash: a CSV without kennisgeving_inburgeringsplicht_datum."""
    df = _tabel(pop)[["id", "geboortedatum", "nationaliteit", "verblijfsvergunning", "verblijfsdoel",
                      "verblijf_verkregen_datum", "pip_datum"]]
    _schrijf(tmp_path / "deel.csv", df)
    assert cli.main(["whatif", "--populatie", str(tmp_path / "deel.csv"), "--hervorming", "vierjarige_termijn",
                     "--uit", str(tmp_path / "uit"), "--geen-voortgang", "--geen-grafieken"]) == 0
    out = capsys.readouterr().out
    assert f"{AANTAL:,} personen" in out and "inburgeringstermijn_einddatum" in out
    # without the kennisgeving and the BRP registration some decisions hang on them: said, not counted as "no"
    patroon = (r"let op: (\d+) personen hebben een onbepaald besluit: bij (\d+) door een ontbrekend feit, bij (\d+) "
               r"alleen door een ontbrekend oordeel van het college of de Minister \([^)]*\)(?:, bij (\d+) omdat)?")
    met, met_feit, met_oordeel, met_datum = (int(g or 0) for g in re.search(patroon, out).groups())
    _schrijf(tmp_path / "zonder.csv", df.drop(columns=["geboortedatum"]))
    assert cli.main(["whatif", "--populatie", str(tmp_path / "zonder.csv"), "--hervorming", "vierjarige_termijn",
                     "--uit", str(tmp_path / "uit2"), "--geen-voortgang", "--geen-grafieken"]) == 0
    uitvoer_zonder = capsys.readouterr().out
    zonder, zonder_feit, zonder_oordeel, zonder_datum = (int(g or 0)
                                                         for g in re.search(patroon, uitvoer_zonder).groups())
    assert 0 < met < zonder <= AANTAL
    # a review: the count was dominated by judgments nobody fills in; it is split, and a missing fact moves persons
    # from "only a judgment" to "a fact"
    assert met_feit + met_oordeel + met_datum == met and zonder_feit + zonder_oordeel + zonder_datum == zonder
    assert 0 < met_feit < zonder_feit == zonder
    samenvatting = json.loads((tmp_path / "uit2" / "samenvatting.json").read_text(encoding="utf-8"))
    assert samenvatting["personen_onbepaald_door_feit"] == zonder_feit
    # per cause, the most missing facts named in the warning: without a birth date nobody's duty is decided
    assert samenvatting["personen_onbepaald_per_oorzaak"]["geboortedatum"] == zonder
    assert "Meest ontbrekende feiten: `geboortedatum` (" in uitvoer_zonder
    # and without the completions' columns: every completion counts as not done, which is said (a review)
    assert ("let op: de populatie heeft geen kolom pvt_afgerond_datum, map_afgerond_datum, leerroute_behaald_datum:"
            in out)


def test_a_date_the_law_does_not_fix_is_no_missing_judgment(tmp_path, capsys):
    """A review: undetermined without any missing input (the loan's last day after a third art. 25 fine, I18) was
    counted as "only a judgment is missing". It is a group of its own; the person of geen_datum.yaml Geval 6."""
    kop = ("id,geboortedatum,nationaliteit,verblijfsvergunning,verblijfsdoel,verblijf_verkregen_datum,pip_datum,"
           "leerroute,boete_art_25_bekendmaking_datum,boete_art_25_aantal,pvt_afgerond_datum,map_afgerond_datum,"
           "leerroute_behaald_datum,leerroute_wijziging_bijzonder_geval,nt2_lesuren_keurmerk,"
           "verhindering_niet_verwijtbaar")
    rij = ("a,1992-04-20,TR,regulier_bepaalde_tijd,gezinsmigratie,2022-11-01,2023-03-14,b1_route,2030-06-01,3,"
           "2023-06-01,2023-06-01,,false,0,false")
    (tmp_path / "p.csv").write_text(f"{kop}\n{rij}\n", encoding="utf-8")
    assert cli.main(["whatif", "--populatie", str(tmp_path / "p.csv"), "--hervorming", "vierjarige_termijn",
                     "--peildatum", "2031-01-01", "--uit", str(tmp_path / "uit"), "--geen-voortgang",
                     "--geen-grafieken"]) == 0
    assert ("1 persoon heeft een onbepaald besluit: bij 0 door een ontbrekend feit, bij 0 alleen door een "
            "ontbrekend oordeel van het college of de Minister (een mens beslist; een populatie geeft het zelden), "
            "bij 1 omdat de wet de datum niet vastlegt (I18, I60)") in capsys.readouterr().out
    samenvatting = json.loads((tmp_path / "uit" / "samenvatting.json").read_text(encoding="utf-8"))
    assert samenvatting["personen_onbepaald_per_oorzaak"] == {}
    assert samenvatting["personen_onbepaald_alleen_door_oordeel"] == 0


def test_a_run_with_every_completion_column_does_not_warn_of_them(concept):
    uitkomst, _ = concept
    assert not [m for m in uitkomst.meldingen if "geen kolom" in m]


def test_the_html_summary_shows_code_as_code(concept):
    """The warnings came from the Markdown summary with their backticks as text (a review)."""
    uitkomst, uit = concept
    assert any("`" in m for m in uitkomst.meldingen)
    pagina = (uit / "samenvatting.html").read_text(encoding="utf-8")
    assert "<code>inburgering_rules.analyse.beoordeel</code>" in pagina and "`" not in pagina
    # under the fines per year, as in the guide (a review): every amount is the peildatum's
    assert "(zoals <code>boetes_geindexeerd</code>)" in pagina
    assert whatif.BEDRAG_OP_PEILDATUM in (uit / "samenvatting.md").read_text(encoding="utf-8")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kolommen=st.sets(st.sampled_from(publiek.INVOER), max_size=8))
def test_any_subset_of_columns_is_not_given_for_the_rest(pop, tmp_path_factory, kolommen):
    """A missing column means "not given" for every row: the same as an empty column."""
    map_ = tmp_path_factory.mktemp("deel")
    volledig = _tabel(pop).head(40)
    gekozen = [k for k in publiek.INVOER if k in kolommen and k in volledig.columns]
    _schrijf(map_ / "deel.csv", volledig[["id", *gekozen]])
    leeg = volledig[["id", *gekozen]].copy()
    for naam in publiek.INVOER:
        if naam not in gekozen:
            leeg[naam] = ""
    _schrijf(map_ / "leeg.csv", leeg)
    a = whatif.vergelijk(map_ / "deel.csv", "vierjarige_termijn", map_ / "a", voortgang=False, grafieken=False)
    b = whatif.vergelijk(map_ / "leeg.csv", "vierjarige_termijn", map_ / "b", voortgang=False, grafieken=False)
    assert a.tellingen.personen == 40 and a.tabel() == b.tabel()
    assert (map_ / "a" / "gewijzigde_personen.csv").read_text() == (map_ / "b" / "gewijzigde_personen.csv").read_text()


# -- Dutch files ------------------------------------------------------------------------------------------

def _nederlands(df: pandas.DataFrame) -> pandas.DataFrame:
    """As a Dutch spreadsheet saves it: dd-mm-jjjj dates, decimal commas, WAAR/ONWAAR."""
    uit = df.copy()
    for naam in uit.columns:
        uit[naam] = uit[naam].str.replace(r"^(\d{4})-(\d{2})-(\d{2})$", r"\3-\2-\1", regex=True)
    uit["gemeentelijke_boetes_opgelegd_bedrag"] = uit["gemeentelijke_boetes_opgelegd_bedrag"].str.replace(".", ",")
    uit["knm_behaald"] = uit["knm_behaald"].map({"true": "WAAR", "false": "ONWAAR"})
    return uit


def test_semicolon_csv_with_dutch_dates_and_decimal_commas_gives_the_same_answers(pop, tmp_path):
    df = _tabel(pop)
    df.loc[df.index[:50], "gemeentelijke_boetes_opgelegd_bedrag"] = "250.5"
    _schrijf(tmp_path / "iso.csv", df)
    nl = _nederlands(df)
    assert nl["geboortedatum"].str.match(r"^\d{2}-\d{2}-\d{4}$").all() and nl["gemeentelijke_boetes_opgelegd_bedrag"].str.contains(",").any()
    _schrijf(tmp_path / "nl.csv", nl, sep=";")
    assert populatie.opmaak(tmp_path / "nl.csv").nederlands and not populatie.opmaak(tmp_path / "iso.csv").nederlands
    a = whatif.vergelijk(tmp_path / "iso.csv", "concept_wetsvoorstel_2019", tmp_path / "a", voortgang=False, grafieken=False)
    b = whatif.vergelijk(tmp_path / "nl.csv", "concept_wetsvoorstel_2019", tmp_path / "b", voortgang=False, grafieken=False)
    assert a.tabel() == b.tabel() and a.tellingen.personen_gewijzigd > 0
    assert (tmp_path / "a" / "gewijzigde_personen.csv").read_text() == (tmp_path / "b" / "gewijzigde_personen.csv").read_text()


@pytest.mark.parametrize(("kolom", "waarde", "nl", "en"), [
    ("pip_datum", "31-02-2024", "geen datum (JJJJ-MM-DD of DD-MM-JJJJ)", "is not a date"),
    ("pip_datum", "14/3/24", "geen datum", "is not a date"),
    ("knm_behaald", "misschien", "geen ja/nee", "is not a yes/no"),
    ("lesuren_gevolgd", "12,5", "geen geheel getal", "is not a whole number"),
    ("verblijfsdoel", "asiel", "toegestaan: ", "allowed: "),
    # the API's rules (`waarden`; a review found these accepted, the amount rounded without a word)
    ("lesuren_gevolgd", "-5", "geen geheel getal van 0 tot en met 1.000.000", "from 0 to 1,000,000"),
    ("termijn_verlenging_maanden", "1201", "van 0 tot en met 1.200", "from 0 to 1,200"),
    ("gemeentelijke_boetes_opgelegd_bedrag", "250,505", "in hele centen", "in whole cents"),
    ("gemeentelijke_boetes_opgelegd_bedrag", "-1", "geen bedrag van 0 tot en met 10.000.000", "not an amount"),
    ("nationaliteit", "Hongarije", "geen landcode van ISO 3166-1", "not an ISO 3166-1 country code"),
    ("nationaliteit", "hu", "geen landcode", "not an ISO 3166-1"),
])
def test_bad_value_names_row_and_column_in_dutch_and_english(pop, tmp_path, capsys, kolom, waarde, nl, en):
    df = _tabel(pop).head(20)
    df.loc[df.index[13], kolom] = waarde                 # data row 14 = line 15 of the file (header is line 1)
    _schrijf(tmp_path / "fout.csv", df, sep=";")
    assert cli.main(["whatif", "--populatie", str(tmp_path / "fout.csv"), "--hervorming", "vierjarige_termijn",
                     "--uit", str(tmp_path / "uit"), "--geen-voortgang"]) == 2
    err = capsys.readouterr().err
    assert f"regel 15, kolom '{kolom}': {waarde!r}" in err and f"line 15, column '{kolom}'" in err
    assert nl in err and en in err and "Traceback" not in err


@pytest.mark.parametrize(("kolom", "goed", "fout"), [
    ("termijn_verlenging_maanden", "1200", "1201"), ("lesuren_gevolgd", "0", "-1"),
    ("gemeentelijke_boetes_opgelegd_bedrag", "10000000", "10000000,01"),
    ("gemeentelijke_boetes_opgelegd_bedrag", "250,51", "250,505"), ("nationaliteit", "XK", "XY"),
])
def test_a_population_value_is_read_on_both_sides_of_the_apis_bound(kolom, goed, fout):
    systeem = basissysteem()
    gelezen, _ = populatie.lees_kolom(systeem, kolom, numpy.array([goed], dtype=object))
    assert gelezen == [float(goed.replace(",", ".")) if kolom.endswith("bedrag") else
                       goed if kolom == "nationaliteit" else int(goed)]
    with pytest.raises(populatie.PopulatieFout, match=f"kolom '{kolom}'"):
        populatie.lees_kolom(systeem, kolom, numpy.array([fout], dtype=object))


@pytest.mark.parametrize(("rij", "waarde", "nl", "en"), [
    (13, None, "regel 15: id 'synth-", "line 15: id 'synth-"),  # the id of row 3 (line 5) again
    (13, "", "regel 15: lege id", "line 15: empty id"),
])
def test_each_person_has_an_id_of_their_own(pop, tmp_path, capsys, rij, waarde, nl, en):
    """A duplicate or empty id was accepted: the changed persons could not be joined back (a review)."""
    df = _tabel(pop).head(20)
    df.loc[df.index[rij], "id"] = df["id"].iloc[3] if waarde is None else waarde
    _schrijf(tmp_path / "fout.csv", df)
    assert cli.main(["whatif", "--populatie", str(tmp_path / "fout.csv"), "--hervorming", "vierjarige_termijn",
                     "--uit", str(tmp_path / "uit"), "--geen-voortgang"]) == 2
    err = capsys.readouterr().err
    assert nl in err and en in err and "Traceback" not in err
    assert ("staat er al eerder in" in err) == (waarde is None)


def test_unknown_column_suggests_the_name(pop, tmp_path, capsys):
    df = _tabel(pop).head(5).rename(columns={"geboortedatum": "geboorte_datum"})
    _schrijf(tmp_path / "fout.csv", df)
    assert cli.main(["whatif", "--populatie", str(tmp_path / "fout.csv"), "--hervorming", "vierjarige_termijn",
                     "--uit", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert "geboorte_datum (bedoelde u geboortedatum?)" in err and "geboorte_datum (did you mean geboortedatum?)" in err


def test_parquet_and_xlsx_populations_give_the_same_answers_as_csv(pop, tmp_path):
    df = _tabel(pop).head(200)
    _schrijf(tmp_path / "pop.csv", df)
    df.to_parquet(tmp_path / "pop.parquet", index=False)
    excel = df.copy()                                     # as Excel types them: dates, numbers, booleans
    excel["pip_datum"] = pandas.to_datetime(excel["pip_datum"].replace("", None))
    excel["lesuren_gevolgd"] = excel["lesuren_gevolgd"].astype(int)
    excel["knm_behaald"] = excel["knm_behaald"] == "true"
    excel.to_excel(tmp_path / "pop.xlsx", index=False)
    uitkomsten = {}
    for soort in ("csv", "parquet", "xlsx"):
        assert populatie.tel_rijen(tmp_path / f"pop.{soort}") == 200
        uitkomst = whatif.vergelijk(tmp_path / f"pop.{soort}", "concept_wetsvoorstel_2019", tmp_path / soort,
                                    voortgang=False, grafieken=False)
        uitkomsten[soort] = (uitkomst.tabel(), (tmp_path / soort / "gewijzigde_personen.csv").read_text())
    assert uitkomsten["csv"] == uitkomsten["parquet"] == uitkomsten["xlsx"]
    assert uitkomsten["csv"][0][0]["besluit"] == "inburgeringsplichtig"


def test_nl_output_is_semicolons_and_decimal_commas(pop, tmp_path):
    whatif.vergelijk(pop, "concept_wetsvoorstel_2019", tmp_path, peildatum=PEILDATUM, voortgang=False,
                     grafieken=False, nl=True)
    assert (tmp_path / "boetes_per_jaar.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    with open(tmp_path / "boetes_per_jaar.csv", encoding="utf-8-sig") as bestand:
        rijen = list(csv.reader(bestand, delimiter=";"))
    assert rijen[0][:2] == ["jaar", "volledig"] and all(re.fullmatch(r"\d+,\d\d", r[2]) for r in rijen[1:])
    # yes/no as Excel in Dutch reads them (a review: true/false, which it reads as text)
    assert {r[1] for r in rijen[1:]} == {"WAAR", "ONWAAR"}


# -- honest totals, one peildatum -------------------------------------------------------------------------

def test_duo_total_is_art_24_only_and_art_25_maxima_are_separate_and_labelled(concept):
    uitkomst, uit = concept
    t = uitkomst.tellingen
    art_24 = t.geld_centen["boete_art_24_bedrag"][0]
    art_25 = t.geld_centen["boete_art_25_maximum_bedrag"][0]
    assert art_24 > 0 and art_25 > 0
    gegevens = json.loads((uit / "samenvatting.json").read_text(encoding="utf-8"))
    duo = sum(j["bedrag"] for j in gegevens["boetes_per_jaar"]["basis"]["duo"].values())
    maxima = sum(j["bedrag"] for j in gegevens["art_25_maximum_per_jaar"]["basis"].values())
    assert round(duo * 100) == art_24 and round(maxima * 100) == art_25
    tekst = whatif.samenvatting_tekst(uitkomst)
    assert "Boetes DUO (art. 24)" in tekst and "Art. 25: maximum (ten hoogste)" in tekst
    assert "maximum" in (uit / "samenvatting.md").read_text(encoding="utf-8")
    boetes = _tabel(uit / "boetes_per_jaar.csv")
    assert round(boetes["duo_basis_euro"].astype(float).sum() * 100) == art_24
    assert round(boetes["art_25_maximum_basis_euro"].astype(float).sum() * 100) == art_25


def test_peildatum_is_applied_the_same_way_in_every_table(concept):
    """Every fine computed on the peildatum is counted once in the year table and once in the months, never
    after the peildatum; the peildatum's month and year are marked partial."""
    uitkomst, uit = concept
    t = uitkomst.tellingen
    for scenario in whatif.SCENARIOS:
        per_maand = int(t.reeksen[scenario]["boetes"].sum())
        per_jaar = sum(int(t.boetes(scenario, g, aantal=True).sum()) for g in ("college", "duo"))
        assert per_maand == per_jaar > 0
        assert int(t.reeksen[scenario]["art_25_mogelijk"].sum()) == int(t.boetes(scenario, "art_25_maximum", aantal=True).sum())
    boetes = _tabel(uit / "boetes_per_jaar.csv")
    assert boetes["jaar"].astype(int).max() <= 2029 and boetes["volledig"].tolist()[-1] == "false"
    werklast = _tabel(uit / "werklast_per_maand.csv")
    assert werklast["maand"].tolist()[-1] == "2029-06" and werklast["volledig"].tolist()[-2:] == ["true", "false"]
    gegevens = json.loads((uit / "samenvatting.json").read_text(encoding="utf-8"))
    assert gegevens["werklast_per_maand"]["laatste_maand_volledig"] is False
    # as a Dutch reader reads a day (06-15 read as day 6 of month 15, a review); machine-readable files keep ISO
    md = (uit / "samenvatting.md").read_text(encoding="utf-8")
    assert "| 2029 (t/m 15 juni) |" in md and "Peildatum 15 juni 2029;" in md and "06-15" not in md
    assert "<p>Peildatum 15 juni 2029;" in (uit / "samenvatting.html").read_text(encoding="utf-8")
    assert gegevens["peildatum"] == PEILDATUM
    assert "Peildatum 15 juni 2029" not in whatif.samenvatting_tekst(uitkomst)  # lower case there, in the sentence
    assert "peildatum 15 juni 2029 |" in whatif.samenvatting_tekst(uitkomst)


def test_events_after_the_peildatum_in_its_own_month_do_not_count():
    dag = numpy.datetime64("2022-03-15")
    datums = numpy.array(["2022-03-10", "2022-03-15", "2022-03-16", "NaT"], dtype="datetime64[D]")
    assert whatif._gebeurtenissen(datums, 3, dag).tolist() == [0, 0, 2]
    begin = numpy.array(["2022-01-10", "2022-03-20"], dtype="datetime64[D]")
    einde = numpy.array(["2022-12-31", "2022-12-31"], dtype="datetime64[D]")
    assert whatif._actief(begin, einde, 3, dag).tolist() == [1, 1, 1]


# -- formats ----------------------------------------------------------------------------------------------

def test_parquet_and_xlsx_hold_the_same_tables_as_csv(concept):
    _, uit = concept
    for naam in ("uitsplitsing", "boetes_per_jaar", "werklast_per_maand", "gewijzigde_personen", "per_persoon"):
        uit_csv = pandas.read_csv(uit / f"{naam}.csv")
        for andere in (pandas.read_parquet(uit / f"{naam}.parquet"), pandas.read_excel(uit / f"{naam}.xlsx")):
            assert list(andere.columns) == list(uit_csv.columns) and len(andere) == len(uit_csv), naam
    parquet = pandas.read_parquet(uit / "per_persoon.parquet")
    assert str(parquet["inburgeringsplichtig_basis"].dtype) == "bool"
    # money is exact decimals on the cent, in every table, and sums to what the CSV says
    for naam, kolom in (("per_persoon", "boete_art_24_bedrag_basis"), ("boetes_per_jaar", "college_basis_euro"),
                        ("uitsplitsing", "college_basis_euro")):
        schema = pyarrow.parquet.read_schema(uit / f"{naam}.parquet")
        assert schema.field(kolom).type == pyarrow.decimal128(15, 2), naam
        som = pandas.read_parquet(uit / f"{naam}.parquet")[kolom].sum()
        uit_csv = Decimal(str(pandas.read_csv(uit / f"{naam}.csv")[kolom].sum())).quantize(Decimal("0.01"))
        assert isinstance(som, Decimal) and som == uit_csv > 0, naam


def test_rows_that_do_not_fit_in_excel_are_reported(pop, tmp_path, monkeypatch):
    from inburgering_rules.analyse import formaten

    monkeypatch.setattr(formaten, "XLSX_MAX_RIJEN", 100)
    uitkomst = whatif.vergelijk(pop, "vierjarige_termijn", tmp_path, voortgang=False, grafieken=False,
                                formaten=("csv", "xlsx"), per_persoon=True)
    assert len(pandas.read_excel(tmp_path / "per_persoon.xlsx")) == 100
    assert len(pandas.read_csv(tmp_path / "per_persoon.csv")) == AANTAL
    assert any(m.startswith(f"per_persoon.xlsx: {AANTAL - 100:,} rijen") for m in uitkomst.meldingen)


def test_json_money_is_numbers(concept):
    _, uit = concept
    gegevens = json.loads((uit / "samenvatting.json").read_text(encoding="utf-8"))
    rij = next(r for r in gegevens["besluiten"] if r["besluit"] == "boete_art_24_bedrag")
    assert isinstance(rij["basis"], (int, float)) and rij["eenheid"] == "euro"
    jaar = next(iter(gegevens["boetes_per_jaar"]["basis"]["college"].values()))
    assert isinstance(jaar["bedrag"], (int, float)) and isinstance(jaar["aantal"], int)
    assert gegevens["synthetisch"] is True


def test_wide_file_is_one_row_per_person_with_baseline_and_reform(concept, pop):
    uitkomst, uit = concept
    breed = pandas.read_parquet(uit / "per_persoon.parquet")
    assert len(breed) == AANTAL and breed["id"].is_unique
    for naam in publiek.BESLUITEN:
        assert f"{naam}_basis" in breed and f"{naam}_hervorming" in breed
    assert int(breed["gewijzigd"].sum()) == uitkomst.tellingen.personen_gewijzigd
    assert (breed["pvt_uiterste_datum_basis"].map(str) != breed["pvt_uiterste_datum_hervorming"].map(str)).sum() \
        == uitkomst.tellingen.gewijzigd["pvt_uiterste_datum"]


def test_breakdowns_add_up_and_carry_gemeente(pop, tmp_path):
    df = _tabel(pop)
    df.insert(1, "gemeente", numpy.where(numpy.arange(len(df)) % 3 == 0, "Utrecht",
                                         numpy.where(numpy.arange(len(df)) % 3 == 1, "Zwolle", "")))
    _schrijf(tmp_path / "pop.csv", df)
    uitkomst = whatif.vergelijk(tmp_path / "pop.csv", "concept_wetsvoorstel_2019", tmp_path / "uit", peildatum=PEILDATUM,
                                voortgang=False, grafieken=False, per_persoon=True)
    uitsplitsing = pandas.read_csv(tmp_path / "uit" / "uitsplitsing.csv", keep_default_na=False)
    for dimensie in whatif.DIMENSIES:
        deel = uitsplitsing[uitsplitsing["dimensie"] == dimensie]
        assert deel["personen"].sum() == AANTAL and deel["gewijzigd"].sum() == uitkomst.tellingen.personen_gewijzigd
        assert round(deel["duo_basis_euro"].sum() * 100) == uitkomst.tellingen.geld_centen["boete_art_24_bedrag"][0]
    gemeenten = uitsplitsing[uitsplitsing["dimensie"] == "gemeente"].set_index("groep")["personen"].to_dict()
    assert gemeenten == {"(niet gegeven)": 200, "Utrecht": 200, "Zwolle": 200}
    assert set(uitsplitsing[uitsplitsing["dimensie"] == "cohort"]["groep"]) >= {"2022", "2026"}
    assert "asielstatushouder" in set(uitsplitsing[uitsplitsing["dimensie"] == "doelgroep"]["groep"])
    breed = pandas.read_csv(tmp_path / "uit" / "per_persoon.csv", keep_default_na=False)
    assert breed["gemeente"].tolist()[:3] == ["Utrecht", "Zwolle", ""]


def test_unknown_format_is_refused(pop, tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli.main(["whatif", "--populatie", str(pop), "--hervorming", "vierjarige_termijn", "--uit", str(tmp_path),
                  "--formaat", "csv,ods"])
    assert "onbekend formaat ods" in capsys.readouterr().err


# -- charts -----------------------------------------------------------------------------------------------

def test_charts_have_dates_units_and_a_synthetic_caption(concept, tmp_path, monkeypatch):
    import matplotlib.figure

    figuren = []
    origineel = matplotlib.figure.Figure.savefig
    monkeypatch.setattr(matplotlib.figure.Figure, "savefig",
                        lambda fig, *a, **k: (figuren.append(fig), origineel(fig, *a, **k))[1])
    uitkomst, _ = concept
    whatif.teken(uitkomst, tmp_path)
    assert len(figuren) == 4
    for fig in figuren:
        fig.canvas.draw()
        onderschrift = " ".join(t.get_text() for t in fig.texts)
        assert "Synthetische populatie" in onderschrift and "Peildatum 15 juni 2029;" in onderschrift
        for ax in fig.axes:
            if not ax.axison:
                continue
            assert ax.get_ylabel(), ax.get_title()
            assert any(t.get_text() for t in ax.get_xticklabels()), ax.get_title()
    werklast = figuren[3]
    for ax in (a for a in werklast.axes if a.axison):
        assert {t.get_text() for t in ax.get_xticklabels()} >= {"2023", "2028"}, ax.get_title()
    boetes = figuren[1]
    assert "maximum" in boetes.axes[1].get_title() and "euro" in boetes.axes[1].get_ylabel()
    assert [t.get_text() for t in boetes.axes[0].get_xticklabels()][-1] == "2029\n(t/m 15 juni)"
    # counts with a Dutch thousands point, like the euro axes (a review: 2000 next to € 2.000.000)
    for fig in (figuren[0], figuren[2], werklast):
        for ax in (a for a in fig.axes if a.axison):
            assert ax.yaxis.get_major_formatter()(2000, 0) == "2.000", ax.get_title()


def test_own_population_has_no_synthetic_caption(pop, tmp_path):
    df = _tabel(pop).head(30)
    df["id"] = [f"p{i}" for i in range(30)]
    _schrijf(tmp_path / "eigen.csv", df)
    uitkomst = whatif.vergelijk(tmp_path / "eigen.csv", "vierjarige_termijn", tmp_path / "uit", voortgang=False,
                                grafieken=False)
    assert not uitkomst.synthetisch and "synthetisch" not in whatif.samenvatting_tekst(uitkomst)
    assert "eigen populatie" in (tmp_path / "uit" / "samenvatting.md").read_text(encoding="utf-8")


# -- the pandas API ---------------------------------------------------------------------------------------

def test_beoordeel_matches_the_vectorised_engine_and_keeps_the_index(pop):
    df = _tabel(pop).head(200).set_index("id")
    uit = analyse.beoordeel(df, PEILDATUM)
    assert list(uit.index) == list(df.index) and list(uit.columns) == [*publiek.BESLUITEN, "onbepaald"]
    systeem = basissysteem()
    invoer = populatie.typeer(systeem, {k: df[k].to_numpy(dtype=object) for k in df.columns})
    referentie = simulatie.bereken(systeem, PEILDATUM, populatie.vul_aan(systeem, invoer, len(df)), len(df))
    for naam in ("inburgeringsplichtig", "doelgroep", "pvt_uiterste_datum", "boete_art_24_bedrag"):
        kolom = uit[naam]
        bepaald = kolom.notna().to_numpy()
        assert bepaald.mean() > 0.5, naam
        verwacht = referentie[naam][bepaald]
        gekregen = kolom[bepaald].to_numpy(dtype=verwacht.dtype if verwacht.dtype.kind != "M" else "datetime64[D]")
        assert (gekregen == verwacht).all() or naam == "pvt_uiterste_datum" and (
            (gekregen == verwacht) | (numpy.isnat(gekregen) & numpy.isnat(verwacht))).all(), naam


def test_beoordeel_marks_decisions_that_depend_on_a_missing_fact_as_na():
    df = pandas.DataFrame({"verblijfsvergunning": ["asiel_bepaalde_tijd", "asiel_bepaalde_tijd"],
                           "verblijfsdoel": ["overig_niet_tijdelijk", "overig_niet_tijdelijk"],
                           "nationaliteit": ["SY", "SY"],
                           "verblijf_verkregen_datum": pandas.to_datetime(["2023-01-01", "2023-01-01"]),
                           "geboortedatum": [pandas.Timestamp("1990-01-01"), pandas.NaT],
                           "pip_datum": ["14-03-2023", None]}, index=["a", "b"])
    uit = analyse.beoordeel(df, "2024-05-01")
    assert bool(uit.loc["a", "inburgeringsplichtig"]) is True
    assert uit.loc["a", "inburgeringstermijn_einddatum"] == pandas.Timestamp("2026-03-14")
    assert pandas.isna(uit.loc["b", "inburgeringsplichtig"])
    # an undetermined date is told apart from "no date": the `onbepaald` column names it
    assert pandas.isna(uit.loc["a", "ontzorgen_startdatum"]) and "ontzorgen_startdatum" not in uit.loc["a", "onbepaald"]
    # judgments not given: the college's (Wi 9; Bi 5.4 lid 3) and the Minister's (Bi 4.3 lid 1); what the
    # person indicated in the brede intake (Wi 8 lid 1, I40); and the route the PIP set (Wi 15 lid 1 a, I44): the
    # MAP is not for the onderwijsroute (Wi 8 lid 3); in the B1 route the hours open lowering to A2 (Bi 5.5, I44)
    assert set(uit.loc["a", "onbepaald"].split()) == {"z_route_mogelijk", "leerroute_wijziging_uiterste_datum",
                                                      "verlenging_niet_verwijtbaar_mogelijk", "onderwijsroute_mogelijk",
                                                      "map_verplicht", "map_uiterste_datum", "afschalen_naar_a2_mogelijk"}
    assert "inburgeringsplichtig" in uit.loc["b", "onbepaald"].split()
    assert "inburgeringstermijn_einddatum" not in uit.loc["b", "onbepaald"].split()  # no PIP: no date either way


def test_money_is_exact_decimal_so_sums_have_no_float_noise():
    """A review: money columns were float64 euros, so `sum()` showed float noise. They are decimals to the cent
    (pyarrow decimal128), undetermined stays empty, and a sum or a groupby sum is exact."""
    from decimal import Decimal

    df = pandas.DataFrame([{**STATUSHOUDER, "gemeentelijke_boetes_opgelegd_bedrag": b} for b in ("0.1", "0.2", "0,29")]
                          + [{**STATUSHOUDER, "pip_onvoldoende_medewerking": True}])  # a fine: the college judges
    kolom = analyse.beoordeel(df, "2024-05-01")["gemeentelijk_boeteplafond_resterend_bedrag"]
    assert str(kolom.dtype) == "decimal128(15, 2)[pyarrow]" and kolom.isna().tolist() == [False, False, False, True]
    plafond = kolom[0] + Decimal("0.1")
    assert kolom[1] == plafond - Decimal("0.2") and kolom[2] == plafond - Decimal("0.29")
    assert kolom.sum() == 3 * plafond - Decimal("0.59") and str(kolom.sum()).endswith(".41")
    assert kolom.groupby([1, 1, 2, 2]).sum().tolist() == [2 * plafond - Decimal("0.3"), plafond - Decimal("0.29")]


def test_every_input_the_api_takes_is_a_population_column():
    """A review: two inputs /v1 takes (Wi 22 lid 3, Wi 14 lid 1-2) were refused as unknown population columns."""
    from inburgering_rules.api.service import Dienst

    invoer = Dienst().modellen.invoer
    assert "brede_intake_oproepen_zonder_verschijnen_aantal" in invoer
    populatie.controleer_kolommen(["id", *invoer], "pop.csv")
    assert set(invoer) == set(publiek.INVOER)


def test_vergelijk_is_wide_and_flags_changes(pop):
    df = _tabel(pop).head(150)
    breed = analyse.vergelijk(df, PEILDATUM, "concept_wetsvoorstel_2019")
    assert len(breed) == 150 and breed["gewijzigd"].sum() > 0
    assert (breed["pvt_uiterste_datum_basis"] != breed["pvt_uiterste_datum_hervorming"]).fillna(False).sum() > 0
    assert {"doelgroep_basis", "doelgroep_hervorming"} <= set(breed.columns)


def test_a_dutch_file_gives_the_same_amounts_in_python_as_on_the_command_line(tmp_path, capsys):
    """A review: `inburgering whatif` read `1.250` in a `;` file as EUR 1,250, the documented pandas route as EUR 1.25,
    silently. `analyse.lees` reads a file as the command line does; text that is ambiguous without its notation is
    refused with row and column, unless the notation is given."""
    kop = ("id;gemeente;geboortedatum;nationaliteit;verblijfsvergunning;verblijfsdoel;verblijf_verkregen_datum;"
           "pip_datum;kennisgeving_inburgeringsplicht_datum;brp_inschrijving_datum;"
           "gemeentelijke_boetes_opgelegd_bedrag")
    rijen = ["1;Utrecht;14-03-1990;SY;asiel_bepaalde_tijd;overig_niet_tijdelijk;01-02-2023;14-03-2023;01-03-2023;"
             "01-03-2023;1.250", "2;Zwolle;02-11-1985;ER;asiel_bepaalde_tijd;overig_niet_tijdelijk;15-06-2023;"
             "14-08-2023;01-07-2023;01-07-2023;250,50"]
    pad = tmp_path / "nl.csv"
    pad.write_text("\n".join([kop, *rijen]) + "\n", encoding="utf-8")
    assert cli.main(["whatif", "--populatie", str(pad), "--hervorming", "vierjarige_termijn", "--uit",
                     str(tmp_path / "uit"), "--peildatum", "2024-06-15", "--per-persoon", "--geen-grafieken",
                     "--geen-voortgang"]) == 0
    capsys.readouterr()
    plafond = "gemeentelijk_boeteplafond_resterend_bedrag"
    cli_bedragen = [Decimal(b) for b in _tabel(tmp_path / "uit" / "per_persoon.csv")[f"{plafond}_basis"]]
    df = analyse.lees(pad)
    assert df["gemeentelijke_boetes_opgelegd_bedrag"].tolist() == [1250.0, 250.5]
    assert df["id"].tolist() == ["1", "2"] and df["gemeente"].tolist() == ["Utrecht", "Zwolle"]
    assert analyse.beoordeel(df, "2024-06-15")[plafond].tolist() == cli_bedragen == [Decimal("1150"),
                                                                                      Decimal("2149.50")]
    assert analyse.vergelijk(df, "2024-06-15", "vierjarige_termijn")[f"{plafond}_basis"].tolist() == cli_bedragen
    # the text route: the ambiguous `1.250` is an error naming row and column, never EUR 1.25
    tekst = pandas.read_csv(pad, dtype=str, keep_default_na=False, sep=";")
    with pytest.raises(populatie.PopulatieFout,
                       match=r"rij 0 van het DataFrame \(positie, vanaf 0\), kolom 'gemeentelijke_boetes_opgelegd_bedrag': "
                             r"'1.250' is dubbelzinnig.*analyse.lees.*row 0 of the DataFrame \(position, from 0\), "
                             r"column 'gemeentelijke_boetes_opgelegd_bedrag'"):
        analyse.beoordeel(tekst, "2024-06-15")
    assert analyse.beoordeel(tekst, "2024-06-15", nederlands=True)[plafond].tolist() == cli_bedragen
    assert analyse.beoordeel(tekst, "2024-06-15", nederlands=False)[plafond].tolist()[0] == Decimal("2398.75")
    # what is read one way only needs no notation: a Dutch amount with cents, a decimal point
    eenduidig = tekst.assign(gemeentelijke_boetes_opgelegd_bedrag=["1.250,00", "250.50"])
    assert analyse.beoordeel(eenduidig, "2024-06-15")[plafond].tolist() == cli_bedragen
    # a whole number is as ambiguous as an amount
    with pytest.raises(populatie.PopulatieFout, match="kolom 'lesuren_gevolgd': '1.000' is dubbelzinnig"):
        analyse.beoordeel(eenduidig.assign(lesuren_gevolgd=["1.000", "0"]), "2024-06-15")


def test_lees_gives_the_command_lines_errors(tmp_path):
    (tmp_path / "fout.csv").write_text("id;pip_datum\n1;14-03-2023\n2;31-02-2023\n", encoding="utf-8")
    with pytest.raises(populatie.PopulatieFout, match="regel 3, kolom 'pip_datum': '31-02-2023' is geen datum"):
        analyse.lees(tmp_path / "fout.csv")
    (tmp_path / "kolom.csv").write_text("id,schoenmaat\n1,42\n", encoding="utf-8")
    with pytest.raises(populatie.PopulatieFout, match="onbekende kolommen: schoenmaat"):
        analyse.lees(tmp_path / "kolom.csv")


def test_beoordeel_bad_input_is_a_clear_error():
    with pytest.raises(populatie.PopulatieFout, match="kolom 'pip_datum'.*geen datum"):
        analyse.beoordeel(pandas.DataFrame({"pip_datum": ["2023-03-14", "morgen"]}), "2024-01-01")
    with pytest.raises(populatie.PopulatieFout, match="schoenmaat"):
        analyse.beoordeel(pandas.DataFrame({"schoenmaat": [42]}), "2024-01-01")
    # a peildatum that is no date was pandas' English-only error; one before the act answered "no" for everyone
    with pytest.raises(populatie.PopulatieFout, match="geen datum.*not a date"):
        analyse.beoordeel(pandas.DataFrame({"pip_datum": ["2023-03-14"]}), "morgen")
    with pytest.raises(populatie.PopulatieFout, match="vóór de inwerkingtreding.*2022-01-01"):
        analyse.beoordeel(pandas.DataFrame({"pip_datum": ["2023-03-14"]}), "2019-01-01")
    assert len(analyse.beoordeel(pandas.DataFrame({"pip_datum": ["2023-03-14"]}), "2022-01-01")) == 1


def test_whatif_counts_no_undetermined_decision_and_agrees_with_analyse(concept, pop):
    """A decision that hangs on a missing input was counted as if decided (a review: 467 art. 24 fines of people
    without a learning route, EUR 158,780 too much in the 100k example). Now each total is over the persons for whom
    the decision is decided in both scenarios, as `analyse.beoordeel` gives them, and the undetermined are counted
    per decision and scenario."""
    uitkomst, _ = concept
    df = _tabel(pop)
    uit = {"basis": analyse.beoordeel(df, PEILDATUM),
           "hervorming": analyse.beoordeel(df, PEILDATUM, "concept_wetsvoorstel_2019")}
    rijen = {rij["besluit"]: rij for rij in uitkomst.tabel()}
    assert uitkomst.tellingen.personen_onbepaald > 0
    onbepaald = {s: u["onbepaald"].str.split().apply(set) for s, u in uit.items()}
    for naam in publiek.BESLUITEN:
        per_scenario = {s: lijst.apply(lambda namen, n=naam: n in namen).to_numpy(bool)
                        for s, lijst in onbepaald.items()}
        beide = ~(per_scenario["basis"] | per_scenario["hervorming"])
        for scenario, kolom in ((s, u[naam]) for s, u in uit.items()):
            rij = rijen[naam]
            assert rij[f"onbepaald_{scenario}"] == int(per_scenario[scenario].sum()), (scenario, naam)
            if naam in publiek.GELD:
                telt = beide.copy()
                if naam in whatif.ALLEEN_BIJ_PLICHT:
                    telt &= uit[scenario]["inburgeringsplichtig"].fillna(False).to_numpy(bool)
                assert round(rij[scenario], 2) == round(float(kolom[telt].sum()), 2), (scenario, naam)
            elif kolom.dtype == "boolean":
                assert rij[scenario] == int(kolom[beide].fillna(False).sum()), (scenario, naam)
            elif kolom.dtype.kind == "M":
                assert rij[scenario] == int(kolom[beide].notna().sum()), (scenario, naam)


def test_the_wide_file_leaves_every_undetermined_cell_empty(concept, pop):
    """Undetermined integers and choices were written as 0 and as the text "onbepaald" (a review); every kind of
    decision is an empty cell now, and the Parquet types hold for a block where a decision is empty everywhere."""
    uitkomst, uit = concept
    breed = pandas.read_parquet(uit / "per_persoon.parquet")
    beoordeeld = analyse.beoordeel(_tabel(pop), PEILDATUM)
    for naam in publiek.BESLUITEN:
        leeg = beoordeeld["onbepaald"].str.split().apply(lambda namen, n=naam: n in namen).to_numpy(bool)
        assert breed[f"{naam}_basis"][leeg].isna().all(), naam
    assert (breed["vrijstellingsgrond_basis"] != "onbepaald").all()

def test_an_output_path_that_is_a_file_is_a_clear_error(pop, tmp_path, capsys):
    """`--uit` naming an existing file was a Python traceback (FileExistsError): now a message in both languages."""
    bestand = tmp_path / "bestaat.txt"
    bestand.write_text("x")
    for uit in (bestand, bestand / "sub"):
        assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", "vierjarige_termijn", "--uit", str(uit),
                         "--geen-voortgang", "--geen-grafieken"]) == 2
        fout = capsys.readouterr().err
        assert "bestand:" in fout and "file:" in fout and "Traceback" not in fout


def test_a_second_run_in_the_same_folder_leaves_nothing_of_the_first(pop, tmp_path):
    """Re-running into a folder kept the first run's `per_persoon.*` and charts beside the new summary (a review);
    every file `vergelijk` writes is one of its known names, and those of an earlier run are removed first, while
    other files stay."""
    eerste = whatif.vergelijk(pop, "concept_wetsvoorstel_2019", tmp_path, peildatum=PEILDATUM, voortgang=False,
                              formaten=("csv", "parquet"), per_persoon=True)
    namen = {p.name for p in eerste.bestanden.values()}
    bekend = {f"{stam}.{f}" for stam in whatif.TABELLEN for f in ("csv", "parquet", "xlsx")}
    bekend |= {f"samenvatting.{s}" for s in ("md", "html", "json")} | {f"{g}.png" for g in whatif.GRAFIEKEN}
    assert namen <= bekend and "per_persoon.parquet" in namen and "werklast_gemeente.png" in namen
    (tmp_path / "eigen.txt").write_text("van de analist")
    tweede = whatif.vergelijk(pop, "vierjarige_termijn", tmp_path, peildatum=PEILDATUM, voortgang=False,
                              grafieken=False)
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in tweede.bestanden.values()} | {"eigen.txt"}
