"""The fast core (`snel.py`) gives exactly the answers of an OpenFisca `Simulation`."""

from datetime import date

import numpy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inburgering_rules import enums, publiek, snel
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.simulatie import als_arrays, bereken
from inburgering_rules.snel import bereken_snel

SYSTEEM = basissysteem()
DATUMS = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)))


def _leden(enum):
    return st.one_of(st.none(), st.sampled_from([lid.name for lid in enum]))


PERSOON_VELDEN = {
    "geboortedatum": DATUMS,
    "nationaliteit": st.sampled_from(["SY", "PL", "TR", "NO", "", "ER"]),
    "verblijfsvergunning": _leden(enums.Verblijfsvergunning),
    "verblijfsdoel": _leden(enums.Verblijfsdoel),
    "verblijf_verkregen_datum": DATUMS,
    "inburgeringsplichtig_wi2013": st.booleans(),
    "leerplichtig_geweest_jaren": st.integers(0, 12),
    "brp_inschrijving_onafgebroken_jaren": st.integers(0, 12),
    "werk_of_vrijwilligerswerk_jaren": st.integers(0, 8),
    "b1_spreken_luisteren_vastgesteld": st.booleans(),
    "ontheffing": _leden(enums.Ontheffing),
    "kennisgeving_inburgeringsplicht_datum": DATUMS,
    "brp_inschrijving_datum": DATUMS,
    "pip_datum": DATUMS,
    "pip_bekendmaking_datum": DATUMS,
    "bijstand_recht_datum": DATUMS,
    "leerroute": _leden(enums.Leerroute),
    "wil_vervolgonderwijs": st.booleans(),
    "grote_kans_diploma_na_taalschakeltraject": st.booleans(),
    "examen_en_onderwijsroute_niet_haalbaar": st.booleans(),
    "pvt_afgerond_datum": DATUMS,
    "map_afgerond_datum": DATUMS,
    "leerroute_behaald_datum": DATUMS,
    "nt2_lesuren_keurmerk": st.integers(0, 900),
    "lesuren_gevolgd": st.integers(0, 900),
    "alle_lessen_gevolgd": st.booleans(),
    "taalonderdelen_behaald_aantal": st.integers(0, 4),
    "knm_behaald": st.booleans(),
    "z_route_cursusuren": st.integers(0, 900),
    "z_route_participatie_uren": st.integers(0, 900),
    "z_route_pvt_map_uren": st.integers(0, 200),
    "z_route_eindgesprek_gevoerd": st.booleans(),
    "termijn_verlenging_maanden": st.integers(0, 24),
    "brede_intake_niet_verschenen_na_herhaalde_oproep": st.booleans(),
    "pip_onvoldoende_medewerking": st.booleans(),
    "boete_art_23_eerdere_aantal": st.integers(0, 6),
    "verwijtbaarheid": _leden(enums.Verwijtbaarheid),
    "gemeentelijke_boetes_opgelegd_bedrag": st.sampled_from([0, 37.5, 250, 1234.56, 2400, 2600]),
    "bijstand_verlaagd_zelfde_gedraging": st.booleans(),
    "bijstand_verlaagd_gedraging_art_23": st.booleans(),
    "bijstand_verlaagd_gedraging_art_24": st.booleans(),
    "verblijfsvergunning_niet_verlengd_of_ingetrokken": st.booleans(),
}
PERSOON = st.fixed_dictionaries(PERSOON_VELDEN)


def _gelijk(a, b):
    if a.dtype.kind == "M":
        return bool(numpy.all((a == b) | (numpy.isnat(a) & numpy.isnat(b))))
    return bool(numpy.all(a == b))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PERSOON, min_size=1, max_size=20), st.dates(min_value=date(2021, 6, 1), max_value=date(2032, 12, 31)))
def test_snel_gelijk_aan_openfisca(personen, peildatum):
    kolommen = {naam: [p[naam] for p in personen] for naam in personen[0]}
    invoer = als_arrays(SYSTEEM, kolommen)
    dag = peildatum.isoformat()
    snel = bereken(SYSTEEM, dag, invoer, len(personen))
    referentie = bereken(SYSTEEM, dag, invoer, len(personen), snel=False)
    for naam in publiek.BESLUITEN:
        assert _gelijk(snel[naam], referentie[naam]), (naam, snel[naam], referentie[naam])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PERSOON, min_size=1, max_size=20), st.dates(min_value=date(2021, 6, 1), max_value=date(2032, 12, 31)),
       st.sets(st.sampled_from(sorted(PERSOON_VELDEN)), max_size=6),
       st.sets(st.sampled_from(sorted(PERSOON_VELDEN)), max_size=6))
def test_vast_rekenplan_gelijk_aan_zonder_plan(personen, peildatum, weg, weg_bij_opname):
    """Issue 14: the recorded evaluation plan gives the answers of the recursive evaluation, also when it was
    recorded with another set of given inputs (one plan serves every set: an input given skips its default step,
    one not given takes it) and before the entry into force (other formulas)."""
    dag = peildatum.isoformat()

    def invoer(zonder):
        return als_arrays(SYSTEEM, {naam: [p[naam] for p in personen] for naam in personen[0] if naam not in zonder})

    snel._PLANNEN.pop(SYSTEEM, None)
    bereken_snel(SYSTEEM, dag, invoer(weg_bij_opname), len(personen), publiek.BESLUITEN)  # records the plan
    zonder = bereken_snel(SYSTEEM, dag, invoer(weg), len(personen), publiek.BESLUITEN, plan=False)
    met = bereken_snel(SYSTEEM, dag, invoer(weg), len(personen), publiek.BESLUITEN)
    assert len(snel._PLANNEN[SYSTEEM]) == 1  # the same plan for both sets of inputs
    for naam in publiek.BESLUITEN:
        assert _gelijk(_ruw(met[naam]), _ruw(zonder[naam])), naam


def test_er_is_een_plan_na_de_eerste_berekening():
    invoer = als_arrays(SYSTEEM, {"geboortedatum": ["1990-01-01"]})
    bereken_snel(SYSTEEM, "2021-12-31", invoer, 1, ("inburgeringsplichtig",))
    bereken_snel(SYSTEEM, "2024-05-01", invoer, 1, ("inburgeringsplichtig",))
    sleutels = [s for s in snel._PLANNEN[SYSTEEM] if s[0] == ("inburgeringsplichtig",) and s[1] == ()]
    assert len({s[2] for s in sleutels}) == 2  # before and after 2022-01-01: other formulas, other plans


def _ruw(waarden):
    return numpy.asarray(waarden) if not hasattr(waarden, "decode_to_str") else waarden.decode_to_str()


def test_enum_indexes_become_what_openfisca_encode_makes_of_them():
    """`_als_type` takes a formula's indexes (as `kiezen.kies` returns them) straight to an `EnumArray`: the same codes
    as `Enum.encode`, and the same error for an index that is no member."""
    import pytest
    from openfisca_core.indexed_enums import EnumEncodingError, EnumMemberNotFoundError

    persoon = snel.SnellePopulatie(SYSTEEM, {}, 3)
    variabele = SYSTEEM.variables["doelgroep"]
    for indexen in ([0, 1, 2], [2, 2, 0], [-1, 0, 1], []):
        for dtype in (numpy.int64, numpy.int16) + ((numpy.uint8,) if min(indexen, default=0) >= 0 else ()):
            waarden = numpy.array(indexen, dtype=numpy.int64).astype(dtype)
            verwacht = enums.Doelgroep.encode(numpy.asarray(waarden))
            gekregen = persoon._als_type(variabele, waarden)
            assert type(gekregen) is type(verwacht) and gekregen.possible_values is verwacht.possible_values
            assert gekregen.dtype == verwacht.dtype and gekregen.tolist() == verwacht.tolist()
    with pytest.raises(EnumMemberNotFoundError):
        persoon._als_type(variabele, numpy.array([0, 3, 1]))
    with pytest.raises(EnumEncodingError):  # a type Enum.encode does not read as indexes (a review)
        persoon._als_type(variabele, numpy.array([0, 1, 2], dtype=numpy.longlong))


def test_the_default_of_an_input_not_given_is_shared_read_only_up_to_the_bound_only():
    """`snel._standaard`: `default_array` kept per variable and row count up to `_STANDAARD_TOT` (the same read-only
    array each time), a fresh writable one above it; the values are OpenFisca's either way."""
    for naam in ("verblijfsdoel", "pip_datum", "familielid_eu_burger", "termijn_verlenging_maanden"):
        variabele = SYSTEEM.variables[naam]
        for aantal in (1, snel._STANDAARD_TOT, snel._STANDAARD_TOT + 1):
            eerste, tweede = snel._standaard(variabele, aantal), snel._standaard(variabele, aantal)
            verwacht = variabele.default_array(aantal)
            assert type(eerste) is type(verwacht) and eerste.dtype == verwacht.dtype
            assert eerste.tolist() == verwacht.tolist()
            gedeeld = aantal <= snel._STANDAARD_TOT
            assert (eerste is tweede) is gedeeld and eerste.flags.writeable is not gedeeld
