"""The OpenFisca web API (`/calculate`, `/trace`, `/variables`, ...) with openfisca-core's JSON shapes.

Same shapes as `openfisca_web_api` (its `loader.build_data` is reused for the metadata), with its
defects fixed: ISO dates, exact ints, euros rounded to the cent, real JSON types, problem+json errors.
The simulation is built from arrays (never the quadratic JSON builder) and each input must be given
for its variable's own period (openfisca-core #564: mixed periods across persons mix values):

* an ETERNITY input may be keyed by any period and is normalised to ETERNITY;
* any other variable must be keyed by one period of its own unit: a DAY decision asked for a month
  is a 400 naming the variable and the period;
* a value given for a computed variable must be given for every person of the request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy
from inburgering_rules.api import fouten, randen
from inburgering_rules.api.schemas import DATUM_VORM, JAAR_MAX, JAAR_MIN, validator_en_schema
from inburgering_rules.api.service import Stelsel, json_kolom, lees_json
from inburgering_rules.api.werk import controleer_stop
from openfisca_core import periods
from openfisca_core.simulations import SimulationBuilder
from openfisca_web_api.loader import build_data
from pydantic_core import PydanticCustomError

from inburgering_rules.datums import NIET_GEGEVEN
from inburgering_rules.simulatie import invoerwaarden
from inburgering_rules.snel import SnellePopulatie, als_periode, bereken_snel

ETERNITY = "eternity"
MAX_ID = 100  # characters of a person's id (the typed API allows 64 of a narrower set)
SENTINEL = NIET_GEGEVEN.isoformat()  # documented: a date input that is not given
# The period a variable defined per day, month or year takes (an error's `toegestaan`).
_PERIODEVORM = {"day": DATUM_VORM, "month": "JJJJ-MM / YYYY-MM", "year": "JJJJ / YYYY"}


class Metadata:
    """`build_data` once per system, on first use (the OpenAPI spec and every formula's source, for
    `/spec`, `/variables`, `/parameters` and `/entities` only), plus the listings keyed by base URL."""

    def __init__(self, systeem) -> None:
        self.systeem = systeem
        self.pakket = systeem.get_package_metadata()

    @cached_property
    def data(self) -> dict:
        return build_data(self.systeem)

    def parameters(self, basis: str) -> dict:
        return {
            p["id"]: {"description": p["description"], "href": f"{basis}parameter/{naam}"}
            for naam, p in self.data["parameters"].items()
            if p.get("subparams") is None
        }

    def parameter(self, pad: str) -> dict:
        parameter = self.data["parameters"].get(pad) or self.data["parameters"].get(pad.replace(".", "/"))
        if parameter is None:
            raise fouten.niet_gevonden("/parameter", "parameter", "parameter", pad)
        return parameter

    def variables(self, basis: str) -> dict:
        return {
            naam: {"description": v["description"], "href": f"{basis}variable/{naam}"}
            for naam, v in self.data["variables"].items()
        }

    def variable(self, naam: str) -> dict:
        variabele = self.data["variables"].get(naam)
        if variabele is None:
            raise fouten.niet_gevonden("/variable", "variabele", "variable", naam)
        return variabele

    def spec(self, basis: str) -> dict:
        return {**self.data["openAPI_spec"], "servers": [{"url": basis.rstrip("/")}]}


@dataclass
class Situatie:
    """A parsed `/calculate` body: persons, inputs per (variable, period), requested cells."""

    ids: list[str]
    invoer: dict[tuple[str, str], list] = field(default_factory=dict)
    gevraagd: list[tuple[str, str, str]] = field(default_factory=list)  # (id, variable, period key)

    def __post_init__(self) -> None:
        self.index = {id_: i for i, id_ in enumerate(self.ids)}


class Rekenaar:
    """`/calculate` and `/trace` on one system."""

    def __init__(self, stelsel: Stelsel, max_personen: int, max_berekeningen: int, max_spoor: int) -> None:
        """`max_spoor`: the requested values of a `/trace` (a trace is ~1,000x the answer of `/calculate`)."""
        self.stelsel, self.systeem = stelsel, stelsel.systeem
        self.max_personen, self.max_berekeningen, self.max_spoor = max_personen, max_berekeningen, max_spoor
        self.meervoud = {e.plural: e for e in self.systeem.entities}

    @cached_property
    def validatoren(self) -> dict:
        return {naam: validator_en_schema(v)[0] for naam, v in self.systeem.variables.items()}

    def calculate(self, body: bytes) -> dict:
        data, situatie = self.lees(body)
        return self.antwoord(data, situatie, self._uitkomsten(situatie))

    def lees(self, body: bytes) -> tuple[dict, Situatie]:
        """The parsed body and its checked `Situatie` (a 400 or 413 when it breaks the contract)."""
        data = randen.uniek(body, lees_json(body))
        return data, self._lees(data)

    @staticmethod
    def vorm(situatie: Situatie) -> object:
        """The key under which concurrent requests are evaluated together (`samen`): the same inputs and the
        same asked values, every input ETERNITY (the fast core). Any other request gets a key of its own."""
        if any(periode != "ETERNITY" for _, periode in situatie.invoer):
            return object()
        return tuple(sorted(situatie.invoer)), tuple(sorted(Rekenaar._cellen(situatie)))

    def samen(self, situaties: list[Situatie]) -> list[dict[tuple[str, str], list]]:
        """The asked values of several requests of one `vorm`, in one evaluation, split per request (the
        fast core evaluates each person on its own, so the values are those of one request at a time)."""
        if len(situaties) == 1:
            return [self._uitkomsten(situaties[0])]
        eerste = situaties[0]
        geheel = Situatie(
            ids=list(range(sum(len(s.ids) for s in situaties))),
            invoer={sleutel: [w for s in situaties for w in s.invoer[sleutel]] for sleutel in eerste.invoer},
            gevraagd=eerste.gevraagd,
        )
        uitkomsten, uit, begin = self._uitkomsten(geheel), [], 0
        for situatie in situaties:
            einde = begin + len(situatie.ids)
            uit.append({cel: waarden[begin:einde] for cel, waarden in uitkomsten.items()})
            begin = einde
        return uit

    def antwoord(self, data: dict, situatie: Situatie, uitkomsten: dict[tuple[str, str], list]) -> dict:
        """The request's JSON with each asked value filled in (openfisca's answer shape)."""
        uit = {
            meervoud: {id_: dict(persoon) for id_, persoon in personen.items()}
            for meervoud, personen in data.items()
        }
        for id_, naam, sleutel in situatie.gevraagd:
            cel = uit[self._persoon_meervoud][id_][naam] = dict(uit[self._persoon_meervoud][id_][naam])
            cel[sleutel] = uitkomsten[(naam, sleutel)][situatie.index[id_]]
        return uit

    def trace(self, body: bytes) -> dict:
        situatie = self._lees(randen.uniek(body, lees_json(body)))
        if len(situatie.gevraagd) > self.max_spoor:
            raise fouten.te_groot("Het aantal gevraagde waarden in een trace", "The number of requested values in a "
                                  "trace", self.max_spoor)
        simulatie = self._simulatie(situatie)
        simulatie.trace = True
        for naam, sleutel in self._cellen(situatie):
            controleer_stop()  # a request past its time limit stops here, not after every cell
            simulatie.calculate(naam, sleutel)
        spoor = {
            sleutel: self._knoop(sleutel, knoop)
            for sleutel, knoop in simulatie.tracer.get_flat_trace().items()
        }
        return {
            "trace": spoor,
            "entitiesDescription": {self._persoon_meervoud: situatie.ids},
            "requestedCalculations": [f"{naam}<{sleutel}>" for _, naam, sleutel in situatie.gevraagd],
        }

    # -- parsing -----------------------------------------------------------------------------
    @cached_property
    def _persoon_meervoud(self) -> str:
        return next(e.plural for e in self.systeem.entities if e.is_person)

    def _lees(self, data) -> Situatie:
        if not isinstance(data, dict):
            raise fouten.ongeldig(
                [fouten.Fout("/", "Moet een JSON-object zijn", "Must be a JSON object", list(self.meervoud))]
            )
        for sleutel in data:
            if sleutel not in self.meervoud:
                nl, en = (
                    ("Assen (axes) worden niet ondersteund", "Axes are not supported")
                    if sleutel == "axes"
                    else (f"Onbekende entiteit {fouten.kort(sleutel)!r}", f"Unknown entity {fouten.kort(sleutel)!r}")
                )
                raise fouten.ongeldig([fouten.Fout(fouten.pad([sleutel]), nl, en, list(self.meervoud))])
        personen = data.get(self._persoon_meervoud)
        if not isinstance(personen, dict) or not personen:
            raise fouten.ongeldig(
                [
                    fouten.Fout(
                        f"/{self._persoon_meervoud}",
                        "Moet een niet-leeg object zijn",
                        "Must be a non-empty object",
                        "{id: {variabele: {periode: waarde}}} / {id: {variable: {period: value}}}",
                    )
                ]
            )
        if len(personen) > self.max_personen:
            raise fouten.te_groot(
                "Het aantal personen",
                "The number of persons",
                self.max_personen,
                f"/{self._persoon_meervoud}",
            )
        for id_ in personen:  # each id is echoed in the answer (one of 100,000 characters was, whole)
            if not 1 <= len(id_) <= MAX_ID:
                raise fouten.ongeldig([fouten.Fout(
                    fouten.pad([self._persoon_meervoud, id_]), f"Een id heeft 1 tot {MAX_ID} tekens",
                    f"An id has 1 to {MAX_ID} characters", f"1 .. {MAX_ID}")])
        situatie = Situatie(ids=list(personen))
        for id_, persoon in personen.items():
            self._lees_persoon(situatie, id_, persoon)
        self._geen_gemengde_invoer(situatie)
        if len(situatie.gevraagd) > self.max_berekeningen:
            raise fouten.te_groot(
                "Het aantal gevraagde waarden", "The number of requested values", self.max_berekeningen
            )
        return situatie

    def _lees_persoon(self, situatie: Situatie, id_: str, persoon) -> None:
        basis = [self._persoon_meervoud, id_]
        if not isinstance(persoon, dict):
            raise fouten.ongeldig(
                [
                    fouten.Fout(
                        fouten.pad(basis),
                        "Moet een object zijn",
                        "Must be an object",
                        "{variabele: {periode: waarde}} / {variable: {period: value}}",
                    )
                ]
            )
        for naam, waarden in persoon.items():
            variabele = self.systeem.variables.get(naam)
            if variabele is None:
                raise fouten.niet_gevonden(fouten.pad([*basis, naam]), "variabele", "variable", naam)
            if not isinstance(waarden, dict) or not waarden:
                raise fouten.ongeldig(
                    [
                        fouten.Fout(
                            fouten.pad([*basis, naam]),
                            "Moet een object {periode: waarde} zijn",
                            "Must be an object {period: value}",
                            {"2024-05-01": None},
                        )
                    ]
                )
            for sleutel, waarde in waarden.items():
                pad = [*basis, naam, sleutel]
                periode = self._periode(variabele, sleutel, pad)
                if waarde is None:
                    situatie.gevraagd.append((id_, naam, sleutel))
                else:
                    self._zet(situatie, id_, naam, periode, self._waarde(naam, waarde, pad), pad)

    def _periode(self, variabele, sleutel: str, pad: list) -> str:
        try:
            periode = als_periode(sleutel)
        except Exception:  # openfisca raises several types for bad periods
            raise fouten.ongeldig(
                [
                    fouten.Fout(
                        fouten.pad(pad),
                        f"Ongeldige periode {fouten.kort(sleutel)!r}",
                        f"Invalid period {fouten.kort(sleutel)!r}",
                        "ETERNITY, YYYY, YYYY-MM, YYYY-MM-DD",
                    )
                ]
            ) from None
        if periode.unit != ETERNITY:
            self._binnen_jaren(periode, sleutel, pad)
        eenheid = variabele.definition_period
        if eenheid == ETERNITY:
            return "ETERNITY"
        if periode.unit != eenheid or periode.size != 1:
            nl, en = ((f"geen {eenheid.upper()}", f"not a {eenheid.upper()}") if periode.unit == ETERNITY else
                      (f"een {periode.unit.upper()} van {periode.size}", f"a {periode.unit.upper()} of {periode.size}"))
            gegeven = fouten.kort(sleutel)
            raise fouten.ongeldig(
                [
                    fouten.Fout(
                        fouten.pad(pad),
                        f"'{variabele.name}' is gedefinieerd per {eenheid.upper()}; periode {gegeven!r} is {nl}",
                        f"'{variabele.name}' is defined per {eenheid.upper()}; period {gegeven!r} is {en}",
                        _PERIODEVORM[eenheid],
                    )
                ]
            )
        return str(periode)

    @staticmethod
    def _binnen_jaren(periode, sleutel: str, pad: list) -> None:
        """A period within the years the API knows, as for dates (`schemas.JAAR_MIN`..`JAAR_MAX`): "0001-01-01" was
        a 500 as an input and "9999-12-31" a made-up answer. The end is only computed (microseconds) for a period
        longer than a day; one past year 9999 cannot be (ValueError, OverflowError)."""
        begin = eind = periode.start.year
        if JAAR_MIN <= begin <= JAAR_MAX and not (periode.unit == periods.DateUnit.DAY and periode.size == 1):
            try:
                eind = periode.stop.year
            except (ValueError, OverflowError):
                eind = None
        if not (JAAR_MIN <= begin <= JAAR_MAX and eind is not None and eind <= JAAR_MAX):
            raise fouten.ongeldig(
                [
                    fouten.Fout(
                        fouten.pad(pad),
                        f"Periode {fouten.kort(sleutel)!r} ligt niet tussen {JAAR_MIN} en {JAAR_MAX}",
                        f"Period {fouten.kort(sleutel)!r} is not between {JAAR_MIN} and {JAAR_MAX}",
                        f"{JAAR_MIN}-01-01 .. {JAAR_MAX}-12-31",
                    )
                ]
            )

    def _waarde(self, naam: str, waarde, pad: list):
        if waarde == SENTINEL and self.stelsel.soort[naam] == "datum":
            return None
        try:
            return self.validatoren[naam](waarde)
        except PydanticCustomError as fout:
            ctx = fout.context or {}
            raise fouten.ongeldig(
                [fouten.Fout(fouten.pad(pad), ctx["nl"], ctx["en"], ctx.get("toegestaan"))]
            ) from None

    def _zet(self, situatie: Situatie, id_: str, naam: str, periode: str, waarde, pad: list) -> None:
        kolom = situatie.invoer.setdefault((naam, periode), [_NIET_GENOEMD] * len(situatie.ids))
        i = situatie.index[id_]
        if kolom[i] is not _NIET_GENOEMD and kolom[i] != waarde:
            raise fouten.ongeldig(
                [
                    fouten.Fout(
                        fouten.pad(pad),
                        f"Tegenstrijdige waarden voor '{naam}'",
                        f"Conflicting values for '{naam}'",
                        "één waarde / one value",
                    )
                ]
            )
        kolom[i] = waarde

    def _geen_gemengde_invoer(self, situatie: Situatie) -> None:
        """A computed variable given for some persons only would overwrite the others' results."""
        for (naam, periode), kolom in situatie.invoer.items():
            if self.systeem.variables[naam].formulas and _NIET_GENOEMD in kolom:
                raise fouten.ongeldig(
                    [
                        fouten.Fout(
                            f"/{self._persoon_meervoud}/*/{naam}/{periode}",
                            f"'{naam}' wordt berekend; geef een waarde voor {periode} "
                            "voor alle personen of voor geen",
                            f"'{naam}' is computed; give a value for {periode} for every person or for none",
                            "alle of geen personen / all or no persons",
                        )
                    ]
                )

    # -- computing ---------------------------------------------------------------------------
    def _uitkomsten(self, situatie: Situatie) -> dict[tuple[str, str], list]:
        """The requested cells. With only ETERNITY inputs (the vocabulary's facts) the fast core of
        `inburgering_rules.snel` computes them (proven equal to a Simulation by tests/test_snel.py);
        inputs for other periods (e.g. a decision given as input) go through a real Simulation."""
        if all(periode == "ETERNITY" for _, periode in situatie.invoer):
            invoer = {naam: waarden for (naam, _), waarden in self._invoerarrays(situatie).items()}
            per_sleutel: dict[str, list[str]] = {}
            for naam, sleutel in self._cellen(situatie):
                per_sleutel.setdefault(sleutel, []).append(naam)
            if all(als_periode(sleutel).unit == periods.DateUnit.DAY and als_periode(sleutel).size == 1
                   for sleutel in per_sleutel):  # the usual case: decisions on a day, by the recorded plan
                uit = {}
                for sleutel, namen in per_sleutel.items():
                    controleer_stop()
                    dag = str(als_periode(sleutel).start)
                    waarden = bereken_snel(self.systeem, dag, invoer, len(situatie.ids), namen)
                    uit.update({(naam, sleutel): json_kolom(self.stelsel.soort[naam], waarden[naam]) for naam in namen})
                return uit
            persoon = SnellePopulatie(self.systeem, invoer, len(situatie.ids))  # inputs asked back: cheap per value
            return {
                (naam, sleutel): json_kolom(self.stelsel.soort[naam], persoon(naam, als_periode(sleutel)))
                for naam, sleutel in self._cellen(situatie)
            }
        simulatie = self._simulatie(situatie)
        return {sleutel: self._bereken(simulatie, *sleutel) for sleutel in self._cellen(situatie)}

    def _bereken(self, simulatie, naam: str, sleutel: str) -> list:
        controleer_stop()
        return json_kolom(self.stelsel.soort[naam], simulatie.calculate(naam, sleutel))

    def _invoerarrays(self, situatie: Situatie) -> dict[tuple[str, str], numpy.ndarray]:
        return {(naam, periode): self._invoerkolom(naam, [None if w is _NIET_GENOEMD else w for w in kolom])
                for (naam, periode), kolom in situatie.invoer.items()}

    def _invoerkolom(self, naam: str, waarden: list) -> numpy.ndarray:
        """The array of a value list (None: not given). A computed date given without a day (null, or OpenFisca's
        default day `SENTINEL`) is NaT, as its formula gives a date it cannot compute: the default day was read as
        a real day by the formulas that build on it (an inburgeringstermijn from 0001-01-01 ended 0003-12-31, a
        review), where an input's default day is "not given" to every formula (`datums.als_datum`)."""
        variabele = self.systeem.variables[naam]
        if variabele.formulas and self.stelsel.soort[naam] == "datum":
            return numpy.array(["NaT" if w is None else w for w in waarden], dtype="datetime64[D]")
        return invoerwaarden(variabele, waarden)

    def _simulatie(self, situatie: Situatie):
        simulatie = SimulationBuilder().build_default_simulation(self.systeem, len(situatie.ids))
        for (naam, periode), waarden in self._invoerarrays(situatie).items():
            simulatie.set_input(naam, periode, waarden)
        return simulatie

    @staticmethod
    def _cellen(situatie: Situatie) -> list[tuple[str, str]]:
        return list(dict.fromkeys((naam, sleutel) for _, naam, sleutel in situatie.gevraagd))

    def _knoop(self, sleutel: str, knoop: dict) -> dict:
        naam = sleutel.split("<", 1)[0]
        waarde = knoop["value"]
        return {
            **knoop,
            "value": None if waarde is None else json_kolom(self.stelsel.soort[naam], waarde),
            "parameters": {p: _param(w) for p, w in knoop["parameters"].items()},
        }


class _NietGenoemd:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<niet genoemd>"


_NIET_GENOEMD = _NietGenoemd()


def _param(waarde):
    """A parameter value read in a trace as plain JSON (float32 without noise)."""
    if isinstance(waarde, numpy.floating):
        return float(str(waarde))
    if isinstance(waarde, numpy.generic | numpy.ndarray):
        return waarde.tolist()
    return waarde
