"""Properties of the rules (hypothesis), for all dates 2022-2040."""

from datetime import date, timedelta

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st

from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.simulatie import beoordeel

SYSTEEM = basissysteem()
DAGEN = st.dates(min_value=date(2022, 1, 1), max_value=date(2040, 12, 31))
STATUSHOUDER = {"geboortedatum": "1990-01-01", "nationaliteit": "SY", "verblijfsvergunning": "asiel_bepaalde_tijd",
                "verblijf_verkregen_datum": "2022-01-01"}


def _een(persoon, peildatum):
    uitkomst = beoordeel(SYSTEEM, peildatum, {k: [v] for k, v in persoon.items()}, 1)
    return {naam: waarden[0] for naam, waarden in uitkomst.waarden.items()}


def _iso(waarde):
    return str(numpy.datetime64(waarde, "D"))


@settings(max_examples=60, deadline=None)
@given(DAGEN)
def test_termijn_duurt_precies_drie_jaar(pip):
    b = _een({**STATUSHOUDER, "pip_datum": pip.isoformat()}, "2041-01-01")
    start = date.fromisoformat(_iso(b["inburgeringstermijn_startdatum"]))
    einde = date.fromisoformat(_iso(b["inburgeringstermijn_einddatum"]))
    assert start == pip + timedelta(days=1)
    dag_na_einde = einde + timedelta(days=1)
    # three years to the day: the day after the term is the same calendar day three years on (or 1 March)
    assert (dag_na_einde.year, dag_na_einde.month, dag_na_einde.day) in (
        (start.year + 3, start.month, start.day), (start.year + 3, 3, 1))


@settings(max_examples=40, deadline=None)
@given(DAGEN, st.integers(min_value=0, max_value=400))
def test_later_pip_geeft_nooit_een_eerder_einde(pip, later):
    vroeg = _een({**STATUSHOUDER, "pip_datum": pip.isoformat()}, "2041-01-01")
    laat = _een({**STATUSHOUDER, "pip_datum": (pip + timedelta(days=later)).isoformat()}, "2041-01-01")
    assert laat["inburgeringstermijn_einddatum"] >= vroeg["inburgeringstermijn_einddatum"]


@settings(max_examples=40, deadline=None)
@given(DAGEN, DAGEN)
def test_ontzorgen_eindigt_binnen_zes_maanden(bijstand, peildatum):
    b = _een({**STATUSHOUDER, "bijstand_recht_datum": bijstand.isoformat()}, peildatum.isoformat())
    start, einde = b["ontzorgen_startdatum"], b["ontzorgen_einddatum"]
    assert _iso(start) == bijstand.isoformat()
    assert einde - start < numpy.timedelta64(184, "D")
    assert einde - start >= numpy.timedelta64(180, "D")
    assert bool(b["ontzorgen_actief"]) == (start <= numpy.datetime64(peildatum) <= einde)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 12), st.sampled_from(["opzet", "grove_schuld", "geen_opzet_of_grove_schuld", "verminderd_verwijtbaar"]),
       st.integers(0, 300000).map(lambda c: c / 100), st.booleans(), st.booleans(), DAGEN)
def test_geen_boete_boven_het_wettelijk_maximum_of_het_plafond(eerdere, verwijt, opgelegd, intake, pip_fout, peildatum):
    b = _een({**STATUSHOUDER, "pip_datum": "2022-02-01", "boete_art_23_eerdere_aantal": eerdere, "verwijtbaarheid": verwijt,
              "gemeentelijke_boetes_opgelegd_bedrag": opgelegd, "brede_intake_niet_verschenen_na_herhaalde_oproep": intake,
              "pip_onvoldoende_medewerking": pip_fout}, peildatum.isoformat())
    resterend = max(0.0, round(2400 - opgelegd, 2))
    assert b["gemeentelijk_boeteplafond_resterend_bedrag"] == resterend
    assert 0 <= b["boete_art_22_bedrag"] <= min(250, resterend)
    assert 0 <= b["boete_art_23_bedrag"] <= min(800, resterend)
    assert b["boete_art_24_bedrag"] in (0, 340)
    assert b["boete_art_25_maximum_bedrag"] in (0, 1000)
    for naam in ("boete_art_22_bedrag", "boete_art_23_bedrag", "gemeentelijk_boeteplafond_resterend_bedrag"):
        assert round(b[naam], 2) == b[naam]  # exact cents, no float noise


PERSONEN = st.lists(st.fixed_dictionaries({
    "geboortedatum": st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2012, 1, 1)).map(date.isoformat)),
    "nationaliteit": st.sampled_from(["SY", "PL", "ER", None]),
    "verblijfsvergunning": st.sampled_from(["asiel_bepaalde_tijd", "regulier_bepaalde_tijd", "gemeenschapsrecht", None]),
    "verblijfsdoel": st.sampled_from(["gezinsmigratie", "studie", "kennismigrant", None]),
    "verblijf_verkregen_datum": st.one_of(st.none(), DAGEN.map(date.isoformat)),
    "pip_datum": st.one_of(st.none(), DAGEN.map(date.isoformat)),
    "verwijtbaarheid": st.sampled_from(["opzet", None]),
    "pip_onvoldoende_medewerking": st.booleans(),
}), min_size=1, max_size=8)


def _als_lijst(uitkomst, i):
    return {naam: (str(w[i]), bool(uitkomst.onbepaald[naam][i])) for naam, w in uitkomst.waarden.items()}


@settings(max_examples=25, deadline=None)
@given(PERSONEN, st.randoms(use_true_random=False))
def test_batch_geeft_dezelfde_antwoorden_als_een_voor_een_in_elke_volgorde(personen, toeval):
    volgorde = list(range(len(personen)))
    toeval.shuffle(volgorde)
    geschud = [personen[i] for i in volgorde]
    kolommen = {naam: [p[naam] for p in geschud] for naam in geschud[0]}
    batch = beoordeel(SYSTEEM, "2025-06-01", kolommen, len(geschud))
    for positie, persoon in enumerate(geschud):
        los = beoordeel(SYSTEEM, "2025-06-01", {k: [v] for k, v in persoon.items()}, 1)
        assert _als_lijst(batch, positie) == _als_lijst(los, 0)
        for naam in batch.oorzaken:
            assert batch.ontbrekende_invoer(positie, naam) == los.ontbrekende_invoer(0, naam)
