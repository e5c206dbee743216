"""The columnar batch contract: `POST /v1/beoordeling/kolommen` (issue 14).

Body `{"peildatum": "YYYY-MM-DD", "kolommen": {"<input>": [one value per person, null = not given]},
"hervorming": null}`. The answer has one column per decision (null where the decision is undetermined)
and `oorzaken`: per person a bit mask of the missing facts and judgments that leave a decision
undetermined (bit i = `OORZAKEN[i]`, listed in the answer). `Accept: application/vnd.apache.arrow.stream`
gives one Arrow IPC record batch stream, `application/json` (the default) `{"besluiten": {...}, ...}`.

Validation is as strict as the typed API's (the same validators of `schemas`), checked per column with
numpy where possible; a column that fails the fast check is walked value by value with the validator to
name the row. Persons are evaluated together by ONE call of `simulatie.beoordeel`.
"""

from __future__ import annotations

import numpy
from inburgering_rules.api import fouten, randen, schemas
from inburgering_rules.datums import lees_iso
from inburgering_rules.api.service import _ALLEEN_MET, _VOLGORDE, json_kolom, lees_json, zonder_gc
from pydantic_core import PydanticCustomError

from inburgering_rules import publiek, simulatie
from inburgering_rules.waarden import is_bedrag

ARROW = "application/vnd.apache.arrow.stream"
OORZAKEN = simulatie.ONZEKER
# The causes' bit mask: one bit per name of `OORZAKEN` (25; a new cause gets the next bit), so 32 bits (8 lost
# the bits from 8 on: the causes pip_zonder_informatie_derde_niet_mogelijk, leerroute_wijziging_bijzonder_geval
# and verhindering_niet_verwijtbaar; 16 would lose those from 16 on).
OORZAAK_TYPE = numpy.uint32
assert len(OORZAKEN) <= numpy.iinfo(OORZAAK_TYPE).bits, "one bit per cause"
_VELDEN = ("peildatum", "kolommen", "hervorming")
_DATUM_MIN = numpy.datetime64(f"{schemas.JAAR_MIN}-01-01", "D")
_DATUM_MAX = numpy.datetime64(f"{schemas.JAAR_MAX}-12-31", "D")


def _fout(pad: str, fout: PydanticCustomError) -> fouten.Fout:
    context = fout.context or {}
    return fouten.Fout(pad, context.get("nl", str(fout)), context.get("en", str(fout)), context.get("toegestaan"))


def _per_waarde(naam: str, waarden: list, valideer) -> None:
    """Walk the column with the typed API's validator; the first bad value is a 400 naming column and row."""
    for rij, waarde in enumerate(waarden):
        if waarde is not None:
            try:
                valideer(waarde)
            except PydanticCustomError as fout:
                raise fouten.ongeldig([_fout(fouten.pad(("kolommen", naam, rij)), fout)]) from None


def _typen(waarden: list) -> set:
    return set(map(type, waarden)) - {type(None)}


def _snel_geldig(aard: str, validator, waarden: list) -> bool:
    """True only when every value would pass the validator (numpy over the column); False means: walk it."""
    if aard == "bool":
        return _typen(waarden) <= {bool}
    if aard in ("enum", "str"):
        return _teksten_geldig(aard, validator, waarden)
    typen = _typen(waarden)
    if not typen:
        return True
    gegeven = [w for w in waarden if w is not None]
    if aard == "int":
        if typen != {int}:
            return False
        try:
            validator(max(gegeven))
            validator(min(gegeven))
        except PydanticCustomError:
            return False
        return True
    if aard == "geld":
        if not typen <= {int, float}:
            return False
        return bool(is_bedrag(numpy.array(gegeven, dtype=numpy.float64)).all())
    return False


def _teksten_geldig(aard: str, validator, waarden: list) -> bool:
    """`_snel_geldig` for a column of texts, from its distinct values (few: an enum's members, nationalities): a value
    that is not a text stays a distinct value of its own type (no text equals a number, a boolean or null), and an
    unhashable one (a list, an object) cannot be in a set. 100,000 persons: 5.7 -> 2 ms a column."""
    try:
        verschillend = set(waarden)
    except TypeError:
        return False
    verschillend.discard(None)
    if any(type(waarde) is not str for waarde in verschillend):
        return False
    if aard == "enum" or validator is schemas.nationaliteit:
        for waarde in verschillend:
            try:
                validator(waarde)
            except PydanticCustomError:
                return False
        return True
    return max(map(len, verschillend), default=0) <= schemas.MAX_TEKST


def _datums(waarden: list) -> numpy.ndarray | None:
    """The column as `datetime64[D]` (NaT = not given) if every value is `YYYY-MM-DD`, a real date, in the years
    JAAR_MIN..JAAR_MAX; else None (walk it). Parsed once, here (`datums.lees_iso`, with pyarrow), from as many
    values as `simulatie.invoerkolom` reads with pyarrow: a short column is walked, so a small request never loads
    pyarrow (about 85 MB)."""
    if len(waarden) < simulatie.ARROW_VANAF:
        return None
    dagen = lees_iso(waarden)
    if dagen is None:
        return None
    gegeven = dagen[~numpy.isnat(dagen)]
    return dagen if (gegeven >= _DATUM_MIN).all() and (gegeven <= _DATUM_MAX).all() else None


def _kolom(naam: str, waarden, aantal: int | None, dienst):
    """A checked column: dates as `datetime64[D]` (parsed once, here), the rest as given."""
    pad = fouten.pad(("kolommen", naam))  # a JSON pointer: "/" and "~" in a name escaped
    if not isinstance(waarden, list):
        raise fouten.ongeldig([fouten.Fout(pad, "Moet een lijst zijn (één waarde per persoon)",
                                           "Must be a list (one value per person)", "array")])
    if aantal is not None and len(waarden) != aantal:
        raise fouten.ongeldig([fouten.Fout(pad, f"Heeft {len(waarden)} waarden, de eerste kolom {aantal}",
                                           f"Has {len(waarden)} values, the first column {aantal}",
                                           f"{aantal} waarden / values")])
    validator = dienst.modellen.validatoren[naam]
    aard = dienst.basis.soort[naam]
    if aard == "datum":
        datums = _datums(waarden)
        if datums is not None:
            return datums
    elif _snel_geldig(aard, validator, waarden):
        return waarden
    _per_waarde(naam, waarden, validator)
    return waarden


def _binnen_grenzen(stelsel, kolommen: dict, aantal: int) -> None:
    """`service.Stelsel.binnen_maxima` per column: every row above the deciding system's bound on the day its
    decision was made known (the largest bound without that day), at most `fouten.MAX_FOUTEN`."""
    problemen, aantal_fouten = [], 0
    for naam in stelsel.begrensd:
        if naam not in kolommen:
            continue
        dagen = kolommen.get(publiek.FEITEN_UIT_BESCHIKKING.get(naam, ""), [None] * aantal)
        boven = stelsel.boven_grens(naam, kolommen[naam], dagen)
        aantal_fouten += len(boven)
        for rij, grens in boven[: fouten.MAX_FOUTEN - len(problemen)]:
            problemen.append(schemas.boven_maximum(fouten.pad(("kolommen", naam, rij)), grens))
    if problemen:
        raise fouten.ten_hoogste(problemen, aantal_fouten)


def _plausibel(peildatum: str, kolommen: dict, aantal: int) -> None:
    """`service.plausibel` per column: a birth date after the peildatum or after another date, the impossible
    orders of `service._VOLGORDE` and an input without the one it needs (`service._ALLEEN_MET`); a 400
    naming column and row (`fouten.ten_hoogste`: the first described, all counted)."""
    datums = {naam: waarden if isinstance(waarden, numpy.ndarray)
              else numpy.array(["NaT" if w is None else w for w in waarden], dtype="datetime64[D]")
              for naam, waarden in kolommen.items() if naam == "geboortedatum" or naam.endswith("_datum")}
    problemen, aantal_fouten = [], 0

    def meld(naam, rijen, nl, en, toegestaan):
        nonlocal aantal_fouten
        rijen = numpy.flatnonzero(rijen)
        aantal_fouten += len(rijen)
        for rij in rijen[: fouten.MAX_FOUTEN - len(problemen)]:
            problemen.append(fouten.Fout(fouten.pad(("kolommen", naam, rij)), nl(rij), en(rij), toegestaan(rij)))

    geboren = datums.get("geboortedatum")
    if geboren is not None:
        meld("geboortedatum", geboren > numpy.datetime64(peildatum, "D"),
             lambda r: f"Geboortedatum {geboren[r]} ligt na de peildatum {peildatum}",
             lambda r: f"Date of birth {geboren[r]} is after the peildatum {peildatum}", lambda r: f"<= {peildatum}")
        for naam, kolom in datums.items():
            if naam != "geboortedatum":
                meld(naam, kolom < geboren, lambda r, n=naam, k=kolom: f"{n} ({k[r]}) ligt vóór de geboortedatum ({geboren[r]})",
                     lambda r, n=naam, k=kolom: f"{n} ({k[r]}) is before the date of birth ({geboren[r]})",
                     lambda r: f">= geboortedatum ({geboren[r]})")
    for eerder, later, nl, en in _VOLGORDE:
        if eerder in datums and later in datums:
            a, b = datums[eerder], datums[later]
            meld(later, b < a, lambda r, a=a, b=b, e=eerder, l=later, t=nl: f"{t}: {l} {b[r]} < {e} {a[r]}",
                 lambda r, a=a, b=b, e=eerder, l=later, t=en: f"{t}: {l} {b[r]} < {e} {a[r]}", lambda r, e=eerder: f">= {e}")
    for veld, nodig, nl, en, toegestaan in _ALLEEN_MET:
        if veld in kolommen:
            gegeven = (~numpy.isnat(datums[veld]) if veld in datums else
                       numpy.array([0 if w is None else w for w in kolommen[veld]], dtype=numpy.int64) > 0)
            zonder = numpy.isnat(datums[nodig]) if nodig in datums else numpy.ones(aantal, dtype=bool)
            meld(veld, gegeven & zonder, lambda r, t=nl, d=nodig: f"{t} ({d})",
                 lambda r, t=en, d=nodig: f"{t} ({d})", lambda r, a=toegestaan: a)
    if problemen:
        raise fouten.ten_hoogste(problemen, aantal_fouten)


def lees(dienst, body: bytes):
    """A validated body: (system, peildatum, columns, number of persons, what the receipt hashes)."""
    data = randen.uniek(body, lees_json(body))
    if not isinstance(data, dict):
        raise fouten.ongeldig([fouten.Fout("/", "Moet een object zijn", "Must be an object", list(_VELDEN))])
    onbekend = [naam for naam in data if naam not in _VELDEN]
    if onbekend:
        raise fouten.ongeldig([fouten.onbekend(fouten.pad(onbekend[:1]), onbekend[0], _VELDEN)])
    for naam in ("peildatum", "kolommen"):
        if naam not in data:
            raise fouten.ongeldig([fouten.Fout(f"/{naam}", "Verplicht veld ontbreekt", "Required field is missing",
                                               {"peildatum": schemas.DATUM_VORM, "kolommen": "object"}[naam])])
    peildatum = _veld("peildatum", schemas.datum, data["peildatum"])
    hervorming = _veld("hervorming", schemas.hervorming, data.get("hervorming"))
    kolommen = data["kolommen"]
    if not isinstance(kolommen, dict) or not kolommen:
        raise fouten.ongeldig([fouten.Fout("/kolommen", "Moet een object met ten minste één kolom zijn",
                                           "Must be an object with at least one column", list(dienst.modellen.invoer))])
    for naam in kolommen:
        if naam not in dienst.modellen.validatoren:
            raise fouten.ongeldig([fouten.onbekend(fouten.pad(("kolommen", naam)), naam, dienst.modellen.invoer,
                                                   "invoer", "input")])
    eerste = next(iter(kolommen.values()))
    if isinstance(eerste, list) and len(eerste) > dienst.instellingen.max_batch:
        raise fouten.te_groot("Het aantal personen", "The number of persons", dienst.instellingen.max_batch, "/kolommen")
    aantal, getypeerd = None, {}
    for naam, waarden in kolommen.items():
        getypeerd[naam] = _kolom(naam, waarden, aantal, dienst)
        aantal = len(waarden)
    stelsel = dienst.stelsel(hervorming)
    _binnen_grenzen(stelsel, getypeerd, aantal)
    _plausibel(peildatum, getypeerd, aantal)
    return stelsel, peildatum, getypeerd, aantal, {"peildatum": peildatum, "kolommen": kolommen, "hervorming": hervorming}


def _veld(naam: str, valideer, waarde):
    try:
        return valideer(waarde)
    except PydanticCustomError as fout:
        raise fouten.ongeldig([_fout(f"/{naam}", fout)]) from None


def beoordeel(stelsel, peildatum: str, kolommen: dict, aantal: int):
    """Per decision (values, undetermined mask) and the causes bit mask per person."""
    beoordeling = simulatie.beoordeel(stelsel.systeem, peildatum, kolommen, aantal, stelsel.besluiten)
    oorzaken = numpy.zeros(aantal, dtype=OORZAAK_TYPE)
    for per_besluit in beoordeling.oorzaken.values():
        for naam, rijen in per_besluit.items():
            oorzaken |= rijen.astype(OORZAAK_TYPE) << OORZAAK_TYPE(OORZAKEN.index(naam))
    return beoordeling, oorzaken


def als_json(stelsel, beoordeling, oorzaken, ontvangstbewijs: dict) -> dict:
    besluiten = {}
    for naam in stelsel.besluiten:
        waarden = json_kolom(stelsel.soort[naam], beoordeling.waarden[naam])
        for rij in numpy.flatnonzero(beoordeling.onbepaald[naam]).tolist():
            waarden[rij] = None
        besluiten[naam] = waarden
    return {"aantal_personen": len(oorzaken), "besluiten": besluiten, "oorzaken": oorzaken.tolist(),
            "oorzaak_bits": list(OORZAKEN), "ontvangstbewijs": ontvangstbewijs}


def als_arrow(stelsel, beoordeling, oorzaken, ontvangstbewijs: dict) -> bytes:
    """One Arrow IPC stream with one record batch: a column per decision, then `oorzaken` (uint32)."""
    import pyarrow  # only this route needs it; keeps the service's cold start unchanged

    kolommen, namen = [], []
    for naam in stelsel.besluiten:
        waarden, onbepaald = beoordeling.waarden[naam], beoordeling.onbepaald[naam]
        if waarden.dtype.kind == "M":
            onbepaald = onbepaald | numpy.isnat(waarden)
        kolommen.append(pyarrow.array(waarden, mask=onbepaald))
        namen.append(naam)
    kolommen.append(pyarrow.array(oorzaken))
    namen.append("oorzaken")
    metadata = {"oorzaak_bits": ",".join(OORZAKEN), "regels_sha256": ontvangstbewijs["regels_sha256"],
                "invoer_sha256": ontvangstbewijs["invoer_sha256"], "peildatum": ontvangstbewijs["peildatum"]}
    batch = pyarrow.record_batch(kolommen, names=namen, metadata=metadata)
    uit = pyarrow.BufferOutputStream()
    with pyarrow.ipc.new_stream(uit, batch.schema) as schrijver:
        schrijver.write_batch(batch)
    return uit.getvalue().to_pybytes()


def antwoord(dienst, body: bytes, formaat: str, taal: str):
    """The whole route off the event loop: validate, evaluate, build the answer (JSON dict or Arrow bytes)."""
    with zonder_gc():
        stelsel, peildatum, kolommen, aantal, invoer = lees(dienst, body)
        beoordeling, oorzaken = beoordeel(stelsel, peildatum, kolommen, aantal)
        ontvangstbewijs = dienst.ontvangstbewijs(invoer, taal)
        maak = als_arrow if formaat == ARROW else als_json
        return maak(stelsel, beoordeling, oorzaken, ontvangstbewijs)


def gewenst(accept: str) -> str:
    """The answer format from the Accept header (`randen.aanvaard`): Arrow when asked for, else JSON when allowed
    (`randen.JSON_AANVAARD`, or no header); 406 for neither (also when every part is refused with q=0)."""
    soorten = randen.aanvaard(accept)
    if soorten is not None and ARROW in soorten:
        return ARROW
    if randen.staat_json_toe(soorten):
        return "application/json"
    raise randen.niet_aanvaardbaar(["application/json", ARROW])
