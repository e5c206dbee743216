"""Wat-als voor analisten (issue 4): populatie, vergelijking, uitvoer, opdrachtregel, expertsuite."""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy
import openpyxl
import pandas
import pytest

from inburgering_rules import cli, populatie, publiek, simulatie, whatif
from inburgering_rules.hervormingen import basissysteem, systeem_voor

AANTAL = 2500


@pytest.fixture(scope="module")
def pop(tmp_path_factory):
    pad = tmp_path_factory.mktemp("pop") / "pop.csv"
    populatie.schrijf(pad, AANTAL, seed=3, blok_grootte=1000)
    return pad


@pytest.fixture(scope="module")
def concept(pop, tmp_path_factory):
    uit = tmp_path_factory.mktemp("concept")
    return whatif.vergelijk(pop, "concept_wetsvoorstel_2019", uit, peildatum="2031-12-31", blok=1000, voortgang=False), uit


def test_populatie_deterministisch_en_synthetisch(tmp_path, pop):
    ander = tmp_path / "b.csv"
    populatie.schrijf(ander, AANTAL, seed=3, blok_grootte=1000)
    assert ander.read_bytes() == pop.read_bytes()
    populatie.schrijf(tmp_path / "c.csv", AANTAL, seed=4, blok_grootte=1000)
    assert (tmp_path / "c.csv").read_bytes() != pop.read_bytes()
    assert populatie.tel_rijen(pop) == AANTAL
    assert "Synthetisch" in populatie.__doc__


def test_populatie_mix(pop):
    invoer = {}
    for _ids, kolommen in populatie.lees(pop):
        for naam, waarden in populatie.typeer(basissysteem(), kolommen).items():
            invoer.setdefault(naam, []).append(waarden)
    invoer = {n: numpy.concatenate(w) for n, w in invoer.items()}
    uit = simulatie.bereken(basissysteem(), "2031-12-31", invoer, AANTAL)
    redenen = set(uit["reden_geen_inburgeringsplicht"].tolist())
    assert {"niet_van_toepassing", "tijdelijk_verblijfsdoel", "eu_eer_zwitserland", "jonger_dan_16"} <= redenen
    assert set(uit["doelgroep"].tolist()) >= {"asielstatushouder", "gezinsmigrant_of_overige_migrant"}
    assert 0.4 < uit["inburgeringsplichtig"].mean() < 0.8
    assert uit["ontzorgen_verplicht"].sum() > 0 and (uit["boete_art_24_bedrag"] > 0).sum() > 0
    jaren = invoer["verblijf_verkregen_datum"].astype("datetime64[Y]").astype(int) + 1970
    assert set(range(2022, 2027)) <= set(jaren.tolist())
    assert len(set(invoer["leerroute"].tolist())) == 4


def test_typeer_is_als_arrays(pop):
    ids, kolommen = next(populatie.lees(pop, 500))
    snel = populatie.typeer(basissysteem(), kolommen)
    lijsten = {}
    for naam, waarden in kolommen.items():
        soort = basissysteem().get_variable(naam).value_type
        lijsten[naam] = [None if w == "" else (w == "true" if soort is bool else w) for w in waarden.tolist()]
    referentie = simulatie.als_arrays(basissysteem(), lijsten)
    for naam in kolommen:
        assert snel[naam].dtype == referentie[naam].dtype and (snel[naam] == referentie[naam]).all(), naam


def test_one_read_of_a_block_serves_both_the_typed_input_and_beoordeel(pop):
    """whatif reads a block once (`lees_kolommen`); `als_gegeven` hands dates to `simulatie.beoordeel` typed, with NaT
    where not given, which it reads in one step instead of one date object at a time (about a third of a 100,000-person
    run), with the same answers as the object arrays with None it had before."""
    systeem = basissysteem()
    ids, kolommen = next(populatie.lees(pop, 500))
    kolommen["pip_datum"][::3] = ""                                 # also dates that are not given
    gelezen = populatie.lees_kolommen(systeem, kolommen)
    gegeven = populatie.als_gegeven(gelezen)
    als_objecten = {naam: numpy.array(waarden, dtype=object)[index] for naam, (waarden, index) in gelezen.items()}
    for naam, waarden in gegeven.items():
        datum = systeem.get_variable(naam).value_type.__name__ == "date"
        assert (waarden.dtype.kind == "M") == datum, naam
        leeg = numpy.isnat(waarden) if datum else numpy.equal(waarden, None)
        assert (leeg == numpy.equal(als_objecten[naam], None)).all(), naam
    for peildatum in ("2024-06-30", "2031-12-31"):
        a = simulatie.beoordeel(systeem, peildatum, gegeven, len(ids), whatif.BEREKEND)
        b = simulatie.beoordeel(systeem, peildatum, als_objecten, len(ids), whatif.BEREKEND)
        for naam in whatif.BEREKEND:
            assert simulatie._gelijk(a.waarden[naam], b.waarden[naam]).all(), naam
            assert (a.onbepaald[naam] == b.onbepaald[naam]).all(), naam


def test_vergelijk_concept(concept):
    uitkomst, uit = concept
    t = uitkomst.tellingen
    assert t.personen == AANTAL
    assert t.gewijzigd["pvt_uiterste_datum"] > 0 and t.gewijzigd["boete_art_24_bedrag"] > 0
    assert t.gewijzigd["inburgeringstermijn_einddatum"] == 0
    # de PVT-termijn schuift alleen naar voren
    assert all(int(k) < 0 for k, c in enumerate(t.schuif["pvt_uiterste_datum"], start=-whatif.SCHUIF_MAX) if c)
    # CSV: precies één regel per gewijzigd besluit per persoon, en de waarden kloppen met een eigen berekening
    with open(uit / "gewijzigde_personen.csv", encoding="utf-8") as bestand:
        rijen = list(csv.DictReader(bestand))
    assert len(rijen) == sum(t.gewijzigd.values())
    assert {r["besluit"] for r in rijen} == {n for n, c in t.gewijzigd.items() if c}
    eerste = next(r for r in rijen if r["besluit"] == "boete_art_24_bedrag")
    assert eerste["basis"] == "0.00" and eerste["hervorming"] == "340.00"
    # bedragen exact op de cent
    basis, hervormd = t.geld_centen["boete_art_24_bedrag"]
    assert hervormd > basis and hervormd % 34000 == 0
    # uitvoerbestanden
    for naam in ("samenvatting.md", "samenvatting.html", "samenvatting.json", "werklast_per_maand.csv",
                 "termijnen_verschuiving.png", "boetes_per_jaar.png", "ontzorgen_per_maand.png", "werklast_gemeente.png"):
        assert (uit / naam).stat().st_size > 0, naam
    assert (uit / "werklast_gemeente.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    gegevens = json.loads((uit / "samenvatting.json").read_text(encoding="utf-8"))
    assert gegevens["personen"] == AANTAL
    reeksen = gegevens["werklast_per_maand"]
    assert set(reeksen["basis"]) == set(whatif.REEKSEN)
    # het concept verandert niets aan intakes, PIP's, ontzorgen en begeleiding, wel aan de boetes
    for reeks in ("brede_intakes", "pips", "ontzorgen_actief", "begeleiding_actief"):
        assert reeksen["basis"][reeks] == reeksen["hervorming"][reeks]
    assert reeksen["basis"]["boetes"] != reeksen["hervorming"]["boetes"]
    assert sum(reeksen["basis"]["pips"]) == t.bekend["inburgeringstermijn_startdatum"][0]
    md = (uit / "samenvatting.md").read_text(encoding="utf-8")
    assert "pvt_uiterste_datum" in md and "werklast_gemeente.png" in md
    assert "<img" in (uit / "samenvatting.html").read_text(encoding="utf-8")
    tekst = whatif.samenvatting_tekst(uitkomst)
    assert "pvt_uiterste_datum" in tekst
    # Nederlandse notatie voor een Nederlandse lezer: 2.500 personen, 57,2 %, 1.234,56 euro (geen 2,500 of 57.2)
    assert f"| {AANTAL:_} personen".replace("_", ".") in tekst and "2,500" not in tekst and "2,500" not in md
    assert re.search(r"\(\d+,\d %\)", tekst) and re.search(r"\d\.\d{3},\d{2}", tekst)


def test_boetes_per_orgaan_en_jaar_tellen_op(concept):
    """Per jaar opgeteld = het totaal van de besluiten; DUO-boetes zijn art. 24 alleen, art. 25 apart (maximum)."""
    uitkomst, _ = concept
    t = uitkomst.tellingen
    for scenario, index in (("basis", 0), ("hervorming", 1)):
        assert int(t.boetes(scenario, "duo").sum()) == t.geld_centen["boete_art_24_bedrag"][index]
        assert int(t.boetes(scenario, "art_25_maximum").sum()) == t.geld_centen["boete_art_25_maximum_bedrag"][index]
        verwacht_college = t.geld_centen["boete_art_22_bedrag"][index] + t.geld_centen["boete_art_23_bedrag"][index]
        assert int(t.boetes(scenario, "college").sum()) == verwacht_college


def test_hervorming_zonder_effect_geeft_lege_vergelijking(pop, tmp_path):
    hervorming = {"parameters": {"ontzorgen.duur_maanden": {"2022-01-01": 6}}}
    uitkomst = whatif.vergelijk(pop, hervorming, tmp_path, blok=1000, voortgang=False, grafieken=False)
    assert uitkomst.tellingen.personen_gewijzigd == 0
    assert (tmp_path / "gewijzigde_personen.csv").read_text(encoding="utf-8").strip() == "persoon,besluit,basis,hervorming"


def test_actief_per_maand_is_brute_kracht():
    rng = numpy.random.default_rng(1)
    begin = numpy.datetime64("2021-06-01") + rng.integers(0, 2000, 400).astype("timedelta64[D]")
    einde = begin + rng.integers(-10, 500, 400).astype("timedelta64[D]")
    begin[::17] = numpy.datetime64("NaT")
    maanden = 40
    telling = whatif._actief(begin, einde, maanden)
    for m in range(maanden):
        eerste = (whatif.EERSTE_MAAND + m).astype("datetime64[D]")
        laatste = (whatif.EERSTE_MAAND + m + 1).astype("datetime64[D]") - 1
        assert telling[m] == int(((begin <= laatste) & (einde >= eerste) & (begin <= einde)).sum())


def test_gelijktijdige_analyses_gescheiden(pop, tmp_path):
    """Twee analyses tegelijk in threads (basis-gelijk en concept) = dezelfde uitkomsten als na elkaar."""
    def draai(args):
        hervorming, map_ = args
        return whatif.vergelijk(pop, hervorming, tmp_path / map_, blok=700, voortgang=False, grafieken=False).tellingen

    taken = [("vierjarige_termijn", "a"), ("concept_wetsvoorstel_2019", "b"), ("ontzorgen_twaalf_maanden", "c")]
    with ThreadPoolExecutor(3) as pool:
        samen = list(pool.map(draai, taken))
    na_elkaar = [draai((h, m + "2")) for h, m in taken]
    for a, b in zip(samen, na_elkaar, strict=True):
        assert a.gewijzigd == b.gewijzigd and a.geld_centen == b.geld_centen
    assert samen[0].gewijzigd["inburgeringstermijn_einddatum"] > 0 and samen[1].gewijzigd["inburgeringstermijn_einddatum"] == 0
    assert {n for n, c in samen[2].gewijzigd.items() if c} == {"ontzorgen_einddatum"}


@pytest.mark.parametrize(("tekst", "aantal"), [("100.000", 100_000), ("1.000.000", 1_000_000), ("100000", 100_000),
                                             ("100_000", 100_000), ("100.5", None), ("1.00", None), ("0", None)])
def test_an_amount_of_persons_may_be_written_as_the_tool_writes_it(tekst, aantal):
    """`inburgering populatie --aantal 100.000` (as the tool prints the number) was "not an integer" (a review)."""
    if aantal is None:
        with pytest.raises(argparse.ArgumentTypeError):
            cli._positief(tekst)
    else:
        assert cli._positief(tekst) == aantal


def test_cli_populatie_whatif_en_fouten(tmp_path, capsys):
    pad = tmp_path / "p.csv"
    assert cli.main(["populatie", "--aantal", "300", "--uit", str(pad), "--seed", "9"]) == 0
    assert populatie.tel_rijen(pad) == 300
    assert cli.main(["whatif", "--populatie", str(pad), "--hervorming", "ontzorgen_twaalf_maanden",
                     "--uit", str(tmp_path / "uit"), "--peildatum", "2030-06-30", "--geen-grafieken"]) == 0
    uitvoer = capsys.readouterr()
    assert "ontzorgen_einddatum" in uitvoer.out and "300 personen" in uitvoer.out
    assert "100,0 %" in uitvoer.err                                # voortgangsbalk op stderr, Nederlandse notatie
    assert "(synthetisch)" in uitvoer.out
    assert cli.main(["whatif", "--populatie", str(pad), "--hervorming", "bestaat_niet", "--uit", str(tmp_path)]) == 2
    assert "Onbekende hervorming" in capsys.readouterr().err
    eigen = tmp_path / "h.yaml"
    eigen.write_text("parameters:\n  termijnen.inburgeringstermijn_maanden:\n    2022-01-01: 4.5\n", encoding="utf-8")
    assert cli.main(["whatif", "--populatie", str(pad), "--hervorming", str(eigen), "--uit", str(tmp_path)]) == 2
    assert "termijnen.inburgeringstermijn_maanden" in capsys.readouterr().err
    slecht = tmp_path / "slecht.csv"
    slecht.write_text("id,schoenmaat\n1,42\n", encoding="utf-8")
    assert cli.main(["whatif", "--populatie", str(slecht), "--hervorming", "vierjarige_termijn", "--uit", str(tmp_path)]) == 2
    assert "schoenmaat" in capsys.readouterr().err
    assert cli.main(["whatif", "--populatie", str(tmp_path / "nee.csv"), "--hervorming", "vierjarige_termijn",
                     "--uit", str(tmp_path)]) == 2
    with pytest.raises(SystemExit):
        cli.main(["whatif", "--populatie", str(pad), "--hervorming", "vierjarige_termijn", "--uit", str(tmp_path),
                  "--peildatum", "2030-02-30"])


@pytest.mark.parametrize("formaten", ["csv", "csv,parquet,xlsx"])
def test_een_foute_rij_laat_geen_halve_uitvoer_achter(tmp_path, capsys, formaten):
    """Een datum die niet bestaat wordt pas bij het lezen gevonden: de uitvoer die al was begonnen gaat weg, en de
    map die ervoor werd gemaakt ook; een bestaande map houdt wat er al in stond."""
    pad = tmp_path / "p.csv"
    pad.write_text("id;geboortedatum;nationaliteit;verblijfsvergunning;verblijfsdoel;verblijf_verkregen_datum\n"
                   "1;02-11-1985;ER;asiel_bepaalde_tijd;overig_niet_tijdelijk;15-06-2023\n"
                   "2;30-02-1999;TR;regulier_bepaalde_tijd;gezinsmigratie;01-09-2024\n", encoding="utf-8")
    nieuw = tmp_path / "nieuw" / "uit"
    argv = ["whatif", "--populatie", str(pad), "--hervorming", "vierjarige_termijn", "--formaat", formaten,
            "--per-persoon", "--geen-grafieken"]
    assert cli.main([*argv, "--uit", str(nieuw)]) == 2
    assert "30-02-1999" in capsys.readouterr().err
    assert not nieuw.exists()
    bestaand = tmp_path / "bestaand"
    bestaand.mkdir()
    (bestaand / "notities.txt").write_text("van de analist", encoding="utf-8")
    assert cli.main([*argv, "--uit", str(bestaand)]) == 2
    assert [p.name for p in bestaand.iterdir()] == ["notities.txt"]


class _Klok:
    def __init__(self) -> None:
        self.nu = 0.0

    def __call__(self) -> float:
        return self.nu


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_moves_within_a_block_once_the_run_takes_a_second():
    """A run of one block (fewer persons than --blok) showed nothing until it was done; now each phase of the block
    moves the bar once the run has taken `STIL` seconds (a short run still shows only its end), on a terminal and,
    as before, a line per 10 % elsewhere."""
    klok, log = _Klok(), io.StringIO()
    balk = whatif.Voortgang(50_000, stroom=log, klok=klok)
    klok.nu = 0.5
    balk.fase(50_000, whatif.FASEN["gelezen"])
    assert log.getvalue() == ""                                    # under a second: quiet
    for klok.nu, fase in ((1.2, "basis"), (1.6, "hervorming")):
        balk.fase(50_000, whatif.FASEN[fase])
    klok.nu = 2.3
    balk.stap(50_000)
    regels = log.getvalue().splitlines()
    assert [r.split("]")[1].split("%")[0].strip() for r in regels] == ["55,0", "70,0", "100,0"]
    # the share of the work and the total; no count of persons done (it stood at 0 up to 70 %, a review)
    assert all(" % van 50.000 personen, " in r for r in regels) and "/50.000" not in log.getvalue()
    assert "klaar" not in log.getvalue() and "   1,2 s" in regels[0]
    scherm = _Terminal()
    balk = whatif.Voortgang(50_000, stroom=scherm, klok=klok)
    klok.nu += 1.5
    balk.fase(50_000, whatif.FASEN["basis"])
    balk.stap(50_000)
    tekst = scherm.getvalue()
    assert tekst.count("\r") == 2 and tekst.endswith("\n") and "55,0 %" in tekst


def test_a_one_block_whatif_shows_its_phases_on_stderr_only(tmp_path, pop, capsys, monkeypatch):
    monkeypatch.setattr(whatif.Voortgang, "STIL", 0.0)             # as if each phase took long
    assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", "vierjarige_termijn", "--uit", str(tmp_path),
                     "--geen-grafieken"]) == 0
    uitvoer = capsys.readouterr()
    standen = re.findall(r"\] +([\d,]+) % ", uitvoer.err)
    assert standen == ["40,0", "55,0", "70,0", "100,0"], uitvoer.err
    assert "[#" not in uitvoer.out and "(nog ~" not in uitvoer.out     # stdout stays the summary alone


def test_one_person_is_singular_everywhere_a_reader_reads_it(tmp_path, capsys):
    """A one-person file printed "1 personen" (a review)."""
    pad = tmp_path / "een.csv"
    assert cli.main(["populatie", "--aantal", "1", "--uit", str(pad)]) == 0
    assert cli.main(["whatif", "--populatie", str(pad), "--hervorming", "vierjarige_termijn", "--uit",
                     str(tmp_path / "uit"), "--geen-grafieken"]) == 0
    uitvoer = capsys.readouterr()
    assert "1 synthetische persoon geschreven" in uitvoer.out and "| 1 persoon (synthetisch)," in uitvoer.out
    assert "\n1 persoon in " in uitvoer.out and "% van 1 persoon," in uitvoer.err
    assert "1 personen" not in uitvoer.out + uitvoer.err
    assert "; 1 persoon (synthetisch" in (tmp_path / "uit" / "samenvatting.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("inhoud", "nl", "en"), [
    (b"id,pip_datum\n" + b"".join(b"%d,2023-01-01\n" % i for i in range(3000)) + b"x,\xff\n",
     "geen UTF-8 na regel", "not UTF-8 after line"),
    (b"\xff\n", "geen UTF-8; sla op als", "not UTF-8; save as"),
    (b"id,geboorte_datum\n1,2000-01-01\n", "onbekende kolommen: geboorte_datum (bedoelde u geboortedatum?)",
     "unknown columns: geboorte_datum (did you mean geboortedatum?)"),
    (b"id,pip_datum\n1,2023-01-01,x\n", "regel 2: 3 velden, verwacht 2", "line 2: 3 fields, expected 2"),
])
def test_a_cli_error_is_dutch_on_the_fout_line_and_english_on_the_error_line(tmp_path, capsys, inhoud, nl, en):
    """Both languages stood on both lines (`fout: ... geen UTF-8; ... / not UTF-8 ...`, a review)."""
    (tmp_path / "p.csv").write_bytes(inhoud)
    assert cli.main(["whatif", "--populatie", str(tmp_path / "p.csv"), "--hervorming", "vierjarige_termijn",
                     "--uit", str(tmp_path / "uit"), "--geen-voortgang"]) == 2
    fout, error = capsys.readouterr().err.splitlines()
    assert fout.startswith("fout: ongeldige populatie: ") and nl in fout and en not in fout and " / " not in fout
    assert error.startswith("error: invalid population: ") and en in error and nl not in error


def test_toets_hervorming_noemt_de_gevallen(capsys):
    gevallen, wijzigingen = whatif.toets_hervorming("concept_wetsvoorstel_2019")
    assert gevallen > 300
    geraakt = {(w.geval.split(".")[0], w.besluit, w.basis, w.hervorming) for w in wijzigingen
               if w.bestand.endswith("pvt_map_plicht_en_termijn.yaml")}
    assert ("Geval 11", "pvt_uiterste_datum", "2026-03-14", "2024-09-14") in geraakt
    assert {w.besluit for w in wijzigingen} <= {"pvt_uiterste_datum", "boete_art_24_bedrag"}
    assert whatif.toets_hervorming({"parameters": {"boetes.art_24_bedrag": {"2022-01-01": 340}}})[1] == []
    assert cli.main(["toets-hervorming", "concept_wetsvoorstel_2019"]) == 0
    uit = capsys.readouterr().out
    assert "pvt_uiterste_datum: 2026-03-14 -> 2024-09-14" in uit
    # docs/analisten.md shows this output and the wide file's shape: both follow the suite and the decisions
    handleiding = (Path(__file__).resolve().parents[1] / "docs" / "analisten.md").read_text(encoding="utf-8")
    assert uit.splitlines()[0] in handleiding
    # every line the guide shows of it (a review: its amounts were still `0.0 -> 340.0`)
    blok = handleiding.split("$ inburgering toets-hervorming concept_wetsvoorstel_2019\n", 1)[1].split("```", 1)[0]
    assert [regel for regel in blok.splitlines() if regel != "..." and regel not in uit.splitlines()] == []
    assert f"(100000, {2 + 2 * len(publiek.BESLUITEN)})" in handleiding  # id, gewijzigd, basis and reform each


def test_toets_hervorming_names_a_file_by_its_naam_and_writes_amounts_in_dutch(tmp_path, capsys):
    """The run was titled after the file (`h.yaml`), not its `naam`, and printed `340.0 -> 400.0` (a review)."""
    tekst = ('naam: hogere_boete\nparameters:\n  boetes.art_24_bedrag:\n    "2022-01-01": 400\n'
             '  boetes.wi_26_maximum.art_24:\n    "2022-01-01": 400\n')
    (tmp_path / "h.yaml").write_text(tekst, encoding="utf-8")
    assert cli.main(["toets-hervorming", str(tmp_path / "h.yaml")]) == 0
    uit = capsys.readouterr().out
    assert "met een ander besluit onder hogere_boete (" in uit
    assert "  boete_art_24_bedrag: € 340,00 -> € 400,00   (verwacht in de suite: € 340,00)" in uit


def test_cli_lijst(capsys):
    """Elke parameter die een hervorming mag zetten staat erin, met zijn huidige waarde."""
    from inburgering_rules.hervormingen import parameterpaden

    assert cli.main(["hervormingen"]) == 0
    uit = capsys.readouterr().out
    assert "concept_wetsvoorstel_2019" in uit and "termijnen.inburgeringstermijn_maanden = 36  [maanden]" in uit
    # units and the day in Dutch (a review: [month], [call], [percent] and "op 2026-12-07")
    assert "boetes.brede_intake_oproepen_voor_afwezigheid = 3  [oproepen]" in uit and "  [procent]  " in uit
    assert not re.search(r"\[(month|call|percent|year|week|boolean|date)\]", uit)
    assert re.search(r"met hun waarde op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|"
                     r"oktober|november|december) \d{4}:", uit)
    assert "boetes.art_24_bedrag = 340" in uit and "pvt_map.pvt_termijn_maanden = 18" in uit
    for p in parameterpaden():
        assert f"  {p['pad']} = " in uit, p["pad"]
    assert f"Alle {len(parameterpaden())} parameters" in uit


def _een_persoon_met_begeleiding(start: str) -> tuple[dict, dict]:
    """Invoer en uitkomsten voor `werklast` van één persoon: maatschappelijke begeleiding vanaf `start`, zonder
    PIP (dus zonder termijn) en zonder iets afgerond; verder niets."""
    nat = numpy.array(["NaT"], dtype="datetime64[D]")
    invoer = {naam: nat.copy() for naam in (
        "kennisgeving_inburgeringsplicht_datum", "brp_inschrijving_datum", "verblijf_verkregen_datum")}
    uit = {naam: nat.copy() for naam in (
        "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum", "pvt_uiterste_datum",
        "map_uiterste_datum", "ontzorgen_startdatum", "ontzorgen_einddatum", "pip_uiterste_datum",
        *whatif.MEETELLEND.values())}
    uit.update({naam: numpy.zeros(1, dtype=bool)
                for naam in ("inburgeringsplichtig", "pvt_verplicht", "map_verplicht")})
    uit.update({boete["besluit"]: numpy.zeros(1) for boete in whatif.publiek.BOETES.values()})
    uit["maatschappelijke_begeleiding_startdatum"] = numpy.array([start], dtype="datetime64[D]")
    return invoer, uit


def test_begeleiding_zonder_termijn_duurt_de_termijn_van_wi_11_lid_1_van_het_stelsel():
    """Zonder (verlengde) termijn telt de werklast maatschappelijke begeleiding tot het einde van de termijn van
    Wi 11 lid 1 vanaf de start, zoals `termijnen.inburgeringstermijn_maanden` in het stelsel van het scenario die
    geeft: 36 maanden in de basis, 48 onder `vierjarige_termijn`; geen getal in de code."""
    invoer, uit = _een_persoon_met_begeleiding("2022-03-15")
    peildatum = numpy.datetime64("2030-12-31")
    maanden = 120
    for hervorming, duur in ((None, 36), ("vierjarige_termijn", 48)):
        reeks = whatif.werklast(systeem_voor(hervorming), invoer, uit, maanden, peildatum)
        reeks = reeks["begeleiding_actief"]
        # 2022-03-15 + duur maanden - 1 dag: de maand van de start telt mee, de laatste dag ligt in maart
        assert reeks.tolist() == [0, 0] + [1] * (duur + 1) + [0] * (maanden - duur - 3), hervorming


def test_een_pvt_van_voor_het_pip_is_in_de_werklast_nog_open():
    """Bi 5.3 lid 5 (I41), zoals de regels: een PVT afgerond op de dag vóór het PIP telt niet, dus na de termijn
    is het te laat (open); op de dag van het PIP afgerond niet. De werklast leest wat meetelt (`BEREKEND`)."""
    systeem = basissysteem()
    persoon = {"geboortedatum": "1990-04-12", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
               "verblijf_verkregen_datum": "2023-09-01", "pip_datum": "2024-01-10", "leerroute": "b1_route",
               "map_afgerond_datum": "2024-03-01"}
    kolommen = {naam: [waarde, waarde] for naam, waarde in persoon.items()}
    kolommen["pvt_afgerond_datum"] = ["2024-01-09", "2024-01-10"]
    invoer = populatie.vul_aan(systeem, simulatie.als_arrays(systeem, kolommen), 2)
    peildatum = numpy.datetime64("2027-06-30")
    uit = simulatie.bereken(systeem, str(peildatum), invoer, 2, whatif.BEREKEND)
    assert uit["pvt_meetellend_afgerond_datum"].astype(str).tolist() == ["NaT", "2024-01-10"]
    te_laat = whatif.werklast(systeem, invoer, uit, 120, peildatum)["pvt_map_te_laat"]
    juni_2027 = (2027 - 2022) * 12 + 5
    assert te_laat[juni_2027] == 1


def test_a_next_duo_fine_is_dated_on_the_day_it_becomes_possible():
    """After a known art. 24 decision (2027-08-02, new term of 6 months) the next fine counts from
    volgende_boete_art_24_mogelijk_vanaf (2028-02-03, Wi 24 lid 3), not from the first missed deadline of 2026;
    while the new term runs there is none. The day before the decision the fine is the first one, on that missed
    deadline (2026-03-15)."""

    systeem = basissysteem()
    persoon = {"geboortedatum": "1992-04-20", "nationaliteit": "TR", "verblijfsvergunning": "regulier_bepaalde_tijd",
               "verblijfsdoel": "gezinsmigratie", "verblijf_verkregen_datum": "2022-11-01", "pip_datum": "2023-03-14",
               "leerroute": "b1_route", "boete_art_24_bekendmaking_datum": "2027-08-02", "boete_art_24_aantal": 1,
               "boete_art_24_nieuwe_termijn_maanden": 6}
    kolommen = {naam: numpy.array([str(waarde)], dtype=object) for naam, waarde in persoon.items()}
    invoer = populatie.vul_aan(systeem, populatie.typeer(systeem, kolommen), 1)
    for peildatum, dag in (("2027-08-01", "2026-03-15"), ("2028-01-01", "NaT"), ("2029-06-01", "2028-02-03")):
        uit = simulatie.bereken(systeem, peildatum, invoer, 1, whatif.BEREKEND)
        assert str(whatif.boete_datums(systeem, invoer, uit, numpy.datetime64(peildatum))["art_24"][0]) == dag


def test_het_plafond_van_het_college_telt_alleen_bij_wie_plichtig_is(pop, tmp_path):
    """Bi 7.1 lid 5 geldt gedurende de termijn van Wi 11, die alleen voor een inburgeringsplichtige loopt: het
    resterende plafond van wie niet plichtig is, telt niet in de som en niet als gewijzigd (`ALLEEN_BIJ_PLICHT`)."""
    t = whatif.vergelijk(pop, "boetes_geindexeerd", tmp_path, blok=1000, voortgang=False, grafieken=False).tellingen
    naam = "gemeentelijk_boeteplafond_resterend_bedrag"
    plichtig_basis, plichtig_hervorming = t.ja["inburgeringsplichtig"]
    assert plichtig_basis < t.personen  # de populatie heeft ook wie niet plichtig is
    assert 0 < t.gewijzigd[naam] <= max(plichtig_basis, plichtig_hervorming)
    assert 0 < t.geld_centen[naam][0] <= 240_000 * plichtig_basis
    assert t.personen_gewijzigd < t.personen


def test_cli_reform_with_unquoted_dates_a_peildatum_before_the_act_and_an_old_folder(tmp_path, pop, capsys):
    """A reform written as YAML users do (an unquoted date is a YAML date) runs to its summary (was: a traceback
    after all the work, a half-written folder); a date before the parameter's first value and a peildatum before the
    act are refused naming them; an existing folder's old charts are not linked in the new summary."""
    eigen = tmp_path / "ongequoot.yaml"
    eigen.write_text("parameters:\n  termijnen.pip_weken:\n    2024-01-01: 8\n", encoding="utf-8")
    uit = tmp_path / "uit"
    assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", str(eigen), "--uit", str(uit),
                     "--geen-voortgang"]) == 0
    samenvatting = json.loads((uit / "samenvatting.json").read_text(encoding="utf-8"))
    assert samenvatting["hervorming"] == {"parameters": {"termijnen.pip_weken": {"2024-01-01": 8}}}
    (uit / "oud.png").write_bytes(b"")  # left by an earlier run
    assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", str(eigen), "--uit", str(uit),
                     "--geen-voortgang", "--geen-grafieken"]) == 0
    assert "oud.png" not in (uit / "samenvatting.md").read_text(encoding="utf-8")
    capsys.readouterr()
    vroeg = tmp_path / "vroeg.yaml"
    vroeg.write_text('parameters:\n  termijnen.pip_weken:\n    "2019-01-01": 8\n', encoding="utf-8")
    assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", str(vroeg), "--uit", str(tmp_path / "v")]) == 2
    assert "2019-01-01" in capsys.readouterr().err
    assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", "vierjarige_termijn", "--uit",
                     str(tmp_path / "p"), "--peildatum", "2021-12-31"]) == 2
    fout = capsys.readouterr().err
    assert "2021-12-31" in fout and "2022-01-01" in fout
    assert not (tmp_path / "v").exists() and not (tmp_path / "p").exists()


def test_the_summary_of_a_reform_built_on_a_named_one_names_that_reform(tmp_path, pop, capsys):
    """`basis: concept_wetsvoorstel_2019` with its own PVT term is another reform than the concept: stdout, the
    Markdown and HTML summaries and the charts say so (was: "Wat-als: concept_wetsvoorstel_2019")."""
    eigen = tmp_path / "pvt_12.yaml"
    eigen.write_text('basis: concept_wetsvoorstel_2019\nparameters:\n  pvt_map.pvt_termijn_maanden:\n'
                     '    "2022-01-01": 12\n', encoding="utf-8")
    uit = tmp_path / "uit"
    assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", str(eigen), "--uit", str(uit),
                     "--geen-voortgang", "--geen-grafieken"]) == 0
    titel = "hervorming als data op basis van concept_wetsvoorstel_2019"
    assert capsys.readouterr().out.startswith(f"Hervorming: {titel} |")
    assert (uit / "samenvatting.md").read_text(encoding="utf-8").startswith(f"# Wat-als: {titel}\n")
    assert f"<h1>Wat-als: {titel}</h1>" in (uit / "samenvatting.html").read_text(encoding="utf-8")
    eigen.write_text("naam: pvt_twaalf_maanden\n" + eigen.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main(["whatif", "--populatie", str(pop), "--hervorming", str(eigen), "--uit", str(uit),
                     "--geen-voortgang", "--geen-grafieken"]) == 0
    assert capsys.readouterr().out.startswith("Hervorming: pvt_twaalf_maanden |")


def test_een_volle_schijf_bij_het_sluiten_laat_geen_halve_uitvoer_achter(tmp_path, monkeypatch):
    """Kan het XLSX-bestand van een tabel per persoon niet worden geschreven (een volle schijf), dan gaat de uitvoer
    weg zoals bij een foute rij, ook de CSV die al klaar was, en de map die ervoor werd gemaakt."""
    import zipfile

    from inburgering_rules import whatif

    pad = tmp_path / "p.csv"
    pad.write_text("id;geboortedatum;nationaliteit;verblijfsvergunning;verblijfsdoel;verblijf_verkregen_datum\n"
                   "1;02-11-1985;ER;asiel_bepaalde_tijd;overig_niet_tijdelijk;15-06-2023\n", encoding="utf-8")

    def vol(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", vol)
    nieuw = tmp_path / "nieuw"
    with pytest.raises(OSError):
        whatif.vergelijk(pad, "vierjarige_termijn", nieuw, voortgang=False, grafieken=False,
                         formaten=("csv", "xlsx"), per_persoon=True)
    assert not nieuw.exists()


def test_gewijzigde_personen_in_xlsx_keeps_dates_and_amounts_typed(tmp_path):
    """A review opened the XLSX: `gewijzigde_personen` held only text (a date as text, "340,00" with `--nl`), so a sum
    in the spreadsheet gave 0. XLSX now has a date and a number in euro; CSV keeps its text (a decimal comma with
    `nl`) and Parquet a text column with a decimal point, whatever `nl`."""
    pad = tmp_path / "p.csv"
    populatie.schrijf(pad, 2000, seed=5, blok_grootte=1000)
    soorten: dict[str, set] = {}
    for hervorming in ("boetes_geindexeerd", "concept_wetsvoorstel_2019"):  # amounts; dates
        uit = tmp_path / hervorming
        whatif.vergelijk(pad, hervorming, uit, voortgang=False, grafieken=False,
                         formaten=("csv", "parquet", "xlsx"), nl=True)
        blad = openpyxl.load_workbook(uit / "gewijzigde_personen.xlsx").worksheets[0]
        rijen = [[c.value for c in rij] for rij in blad.iter_rows()]
        assert rijen[0] == ["persoon", "besluit", "basis", "hervorming"]
        for _, besluit, basis, nieuw in rijen[1:]:
            soorten.setdefault(besluit, set()).update({type(basis), type(nieuw)} - {type(None)})
    geld = [b for b in soorten if b in publiek.GELD]
    datums = [b for b in soorten if basissysteem().variables[b].dtype == "datetime64[D]"]
    assert geld and datums, soorten
    assert all(soorten[b] <= {float, int} for b in geld) and all(soorten[b] == {datetime.datetime} for b in datums)
    csv_tekst = (tmp_path / "boetes_geindexeerd" / "gewijzigde_personen.csv").read_text(encoding="utf-8-sig")
    bedrag = next(r for r in csv_tekst.splitlines()[1:] if r.split(";")[1] in publiek.GELD).split(";")[2]
    assert re.fullmatch(r"[0-9]+,[0-9]{2}", bedrag), bedrag
    tabel = pandas.read_parquet(tmp_path / "boetes_geindexeerd" / "gewijzigde_personen.parquet")
    bedragen = tabel.loc[tabel["besluit"].isin(publiek.GELD), "basis"]
    assert len(bedragen) and bedragen.str.fullmatch(r"[0-9]+\.[0-9]{2}").all()


def test_toets_hervorming_writes_yes_no_and_no_date_as_the_suite_does(capsys):
    """`False -> True` and `2026-09-14 -> None` were Python's notation (a review); the suite writes `false` and `geen`."""
    from inburgering_rules.cli import _toon

    assert [_toon("pvt_uiterste_datum", None), _toon("vrijgesteld", False), _toon("vrijgesteld", True)] == [
        "geen", "false", "true"]
    assert _toon("boete_art_24_bedrag", 340.0) == "€ 340,00" and _toon("pvt_uiterste_datum", "2026-03-14") == "2026-03-14"
    # the suite's expected value as the suite writes it (it came as Python's `True` through `str`)
    assert cli.main(["toets-hervorming", "vierjarige_termijn", "--alle-besluiten"]) == 0
    uit = capsys.readouterr().out
    assert "(verwacht in de suite: true)" in uit or "(verwacht in de suite: false)" in uit
    assert "True" not in uit and "False" not in uit and "None" not in uit
