"""The columnar batch contract: `POST /v1/beoordeling/kolommen` (issue 14).

Body `{"peildatum": "YYYY-MM-DD", "kolommen": {"<input>": [one value per person, null = not given]},
"hervorming": null}`, with an optional column `id` (the caller's references, echoed back as the answer's first
column). The answer has one column per decision (null where it has no value), per person two bit masks of the
decisions without a value, as the row batch's `status` tells them (bit j = `besluit_bits[j]`): `onbepaald`
(undetermined) and `nog_niet` (waiting for an event of the procedure; a null in neither does not apply), and
`oorzaken`: per person a bit mask of the missing facts and judgments that leave a decision undetermined (bit i =
`OORZAKEN[i]`, listed in the answer).
`Accept: application/vnd.apache.arrow.stream` gives one Arrow IPC record batch stream with a fixed schema per
system (the same column types whatever the values), `application/json` `{"besluiten": {...}, ...}`; the format
with the higher q-value in the Accept header is given (`gewenst`).

Validation is as strict as the typed API's (the same validators of `schemas`), checked per column with
numpy where possible; a column that fails the fast check is walked value by value with the validator to
name the rows (as the row batch: `fouten.MAX_FOUTEN` described, and one more entry when there are more). The
receipt hashes the number of persons and the validated columns (`ontvangstbewijs`): a column of nulls is the column
left out, 10.0 for a whole number or an amount is 10.
Persons are evaluated together by ONE call of `simulatie.beoordeel`.
"""

from __future__ import annotations

import re

import numpy
from inburgering_rules.api import fouten, randen, schemas
from inburgering_rules.datums import lees_iso
from inburgering_rules.api.service import (_ALLEEN_MET, _VOLGORDE, NOG_NIET, ONBEPAALD, STATUSSEN, json_kolom,
                                             lees_json, statuscodes, zonder_gc)
from pydantic_core import PydanticCustomError

from inburgering_rules import publiek, simulatie
from inburgering_rules.waarden import is_bedrag

ARROW = "application/vnd.apache.arrow.stream"
OORZAKEN = simulatie.ONZEKER
# The causes' bit mask: one bit per name of `OORZAKEN` (28; a new cause gets the next bit), so 32 bits (8 lost
# the bits from 8 on: the causes pip_zonder_informatie_derde_niet_mogelijk, leerroute_wijziging_bijzonder_geval
# and verhindering_niet_verwijtbaar; 16 would lose those from 16 on).
OORZAAK_TYPE = numpy.uint32
assert len(OORZAKEN) <= numpy.iinfo(OORZAAK_TYPE).bits, "one bit per cause"
# The masks of the decisions without a value (`onbepaald`, `nog_niet`): one bit per decision (47), as `uint64` in
# Arrow; in JSON a number up to 2**53 - 1, which every JSON reader holds exactly (a JavaScript number), so at most
# 53 decisions.
ONBEPAALD_TYPE = numpy.uint64
MAX_BESLUITEN = 53
assert len(publiek.BESLUITEN) <= MAX_BESLUITEN, "one exact JSON bit per decision"
ID = "id"  # the column of the caller's references (`schemas.kenmerk`), as `id` of a person in the row batch
_VELDEN = ("peildatum", "kolommen", "hervorming")
_DATUM_MIN = numpy.datetime64(f"{schemas.JAAR_MIN}-01-01", "D")
_DATUM_MAX = numpy.datetime64(f"{schemas.JAAR_MAX}-12-31", "D")


def _fout(pad: str, fout: PydanticCustomError) -> fouten.Fout:
    context = fout.context or {}
    return fouten.Fout(pad, context.get("nl", str(fout)), context.get("en", str(fout)), context.get("toegestaan"))


def _per_waarde(naam: str, waarden: list, valideer, problemen: list[fouten.Fout]) -> list:
    """Walk the column with the typed API's validator: its values as the validator gives them (10.0 for a whole
    number is 10), and each bad value's error, naming column and row, added to `problemen`; the walk stops once
    more than `fouten.MAX_FOUTEN` are found (as the row batch: invalid input costs what the errors reported take)."""
    uit = []
    for rij, waarde in enumerate(waarden):
        if waarde is None:
            uit.append(None)
            continue
        try:
            uit.append(valideer(waarde))
        except PydanticCustomError as fout:
            problemen.append(_fout(fouten.pad(("kolommen", naam, rij)), fout))
            if len(problemen) > fouten.MAX_FOUTEN:
                break
    return uit


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


def _vorm(naam: str, waarden, aantal: int | None) -> None:
    """A column is a list as long as the first (a 400 naming it at once: its values cannot be walked)."""
    pad = fouten.pad(("kolommen", naam))  # a JSON pointer: "/" and "~" in a name escaped
    if not isinstance(waarden, list):
        raise fouten.ongeldig([fouten.Fout(pad, "Moet een lijst zijn (één waarde per persoon)",
                                           "Must be a list (one value per person)", "array")])
    if aantal is not None and len(waarden) != aantal:
        raise fouten.ongeldig([fouten.Fout(pad, f"Heeft {len(waarden)} waarden, de eerste kolom {aantal}",
                                           f"Has {len(waarden)} values, the first column {aantal}",
                                           f"{aantal} waarden / values")])


def _kolom(naam: str, waarden: list, dienst, problemen: list[fouten.Fout]) -> tuple[object, list]:
    """A checked column (dates as `datetime64[D]`, parsed once, here; the rest as given) and its values as the
    receipt hashes them (`_per_waarde`); a bad value's error is added to `problemen`."""
    if naam == ID:
        return None, _per_waarde(naam, waarden, schemas.kenmerk, problemen)
    validator = dienst.modellen.validatoren[naam]
    aard = dienst.basis.soort[naam]
    if aard == "datum":
        datums = _datums(waarden)
        if datums is not None:
            return datums, waarden
    elif _snel_geldig(aard, validator, waarden):
        return waarden, (list(map(schemas.als_bedrag, waarden)) if aard == "geld" else waarden)
    gelezen = _per_waarde(naam, waarden, validator, problemen)
    return gelezen, gelezen


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
    """A validated body: (system, peildatum, columns, number of persons, what the receipt hashes, the `id` column
    or None)."""
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
        if naam != ID and naam not in dienst.modellen.validatoren:
            raise fouten.ongeldig([fouten.onbekend(fouten.pad(("kolommen", naam)), naam, (ID, *dienst.modellen.invoer),
                                                   "invoer", "input")])
    eerste = next(iter(kolommen.values()))
    if isinstance(eerste, list) and len(eerste) > dienst.instellingen.max_kolommen:
        raise fouten.te_groot("Het aantal personen", "The number of persons", dienst.instellingen.max_kolommen,
                              "/kolommen")
    aantal = None
    for naam, waarden in kolommen.items():
        _vorm(naam, waarden, aantal)
        aantal = len(waarden)
    getypeerd, gelezen, problemen = {}, {}, []
    for naam, waarden in kolommen.items():
        getypeerd[naam], gelezen[naam] = _kolom(naam, waarden, dienst, problemen)
        if len(problemen) > fouten.MAX_FOUTEN:
            break
    if problemen:
        raise fouten.ten_hoogste(problemen, len(problemen), afgebroken=len(problemen) > fouten.MAX_FOUTEN)
    kenmerken = gelezen[ID] if ID in kolommen else None
    getypeerd.pop(ID, None)
    stelsel = dienst.stelsel(hervorming)
    _binnen_grenzen(stelsel, getypeerd, aantal)
    _plausibel(peildatum, getypeerd, aantal)
    # the receipt's input: the number of persons and the validated columns, a column of nulls as the column left out
    # (both: nobody gave it)
    invoer = {"peildatum": peildatum, "hervorming": hervorming, "aantal_personen": aantal,
              "kolommen": {naam: waarden for naam, waarden in gelezen.items() if any(w is not None for w in waarden)}}
    return stelsel, peildatum, getypeerd, aantal, invoer, kenmerken


def _veld(naam: str, valideer, waarde):
    try:
        return valideer(waarde)
    except PydanticCustomError as fout:
        raise fouten.ongeldig([_fout(f"/{naam}", fout)]) from None


def beoordeel(stelsel, peildatum: str, kolommen: dict, aantal: int):
    """The evaluation with the events of the procedure (as the row batch: a date that depends on a missing fact about
    the person is undetermined, not empty), and per person the bit masks: the decisions without a value that are
    undetermined and those that wait for an event (`Opbouw`'s statuses `onbepaald` and `nog_niet`), and the causes."""
    besluiten = stelsel.besluiten
    beoordeling = simulatie.beoordeel(stelsel.systeem, peildatum, kolommen, aantal, besluiten, gebeurtenissen=True)
    onbepaald = numpy.array([beoordeling.onbepaald[naam] for naam in besluiten], dtype=bool).reshape(len(besluiten), aantal)
    datums = [j for j, naam in enumerate(besluiten) if stelsel.soort[naam] == "datum"]
    code = statuscodes(beoordeling, besluiten, datums, onbepaald)
    bit = (ONBEPAALD_TYPE(1) << numpy.arange(len(besluiten), dtype=ONBEPAALD_TYPE))[:, None]
    masker = {status: numpy.bitwise_or.reduce(numpy.where(code == STATUSSEN.index(status), bit, ONBEPAALD_TYPE(0)),
                                               axis=0)
              for status in (ONBEPAALD, NOG_NIET)}
    oorzaken = numpy.zeros(aantal, dtype=OORZAAK_TYPE)
    for per_besluit in beoordeling.oorzaken.values():
        for j, oorzaak in enumerate(OORZAKEN):
            if oorzaak in per_besluit:
                oorzaken |= per_besluit[oorzaak].astype(OORZAAK_TYPE) << OORZAAK_TYPE(j)
    return beoordeling, masker, oorzaken


def als_json(stelsel, beoordeling, masker, oorzaken, ontvangstbewijs: dict, kenmerken: list | None) -> dict:
    besluiten = {}
    for naam in stelsel.besluiten:
        waarden = json_kolom(stelsel.soort[naam], beoordeling.waarden[naam])
        for rij in numpy.flatnonzero(beoordeling.onbepaald[naam]).tolist():
            waarden[rij] = None
        besluiten[naam] = waarden
    return {"aantal_personen": len(oorzaken), **({ID: kenmerken} if kenmerken is not None else {}),
            "besluiten": besluiten, **{naam: bits.tolist() for naam, bits in masker.items()},
            "besluit_bits": list(stelsel.besluiten), "oorzaken": oorzaken.tolist(), "oorzaak_bits": list(OORZAKEN),
            "ontvangstbewijs": ontvangstbewijs}


def arrow_type(pyarrow, soort: str):
    """The Arrow type of a decision column, by its kind (`Stelsel.soort`), never by its values: a column that is
    null for every person (or a request of no persons) keeps its type, so the answers of two requests concatenate."""
    return {"enum": pyarrow.string(), "str": pyarrow.string(), "datum": pyarrow.date32(), "bool": pyarrow.bool_(),
            "int": pyarrow.int64(), "geld": pyarrow.float64()}[soort]


def als_arrow(stelsel, beoordeling, masker, oorzaken, ontvangstbewijs: dict, kenmerken: list | None) -> bytes:
    """One Arrow IPC stream with one record batch: `id` when given, a column per decision, then `oorzaken` (uint32),
    `onbepaald` and `nog_niet` (uint64)."""
    import pyarrow  # only this route needs it; keeps the service's cold start unchanged

    kolommen, namen = [], []
    if kenmerken is not None:
        kolommen.append(pyarrow.array(kenmerken, type=pyarrow.string()))
        namen.append(ID)
    for naam in stelsel.besluiten:
        waarden, leeg = beoordeling.waarden[naam], beoordeling.onbepaald[naam]
        if waarden.dtype.kind == "M":
            leeg = leeg | numpy.isnat(waarden)
        kolommen.append(pyarrow.array(waarden, mask=leeg, type=arrow_type(pyarrow, stelsel.soort[naam])))
        namen.append(naam)
    kolommen.append(pyarrow.array(oorzaken))
    namen.append("oorzaken")
    for naam, bits in masker.items():  # they came later: last, so no column moves
        kolommen.append(pyarrow.array(bits))
        namen.append(naam)
    metadata = {"besluit_bits": ",".join(stelsel.besluiten), "oorzaak_bits": ",".join(OORZAKEN),
                "regels_sha256": ontvangstbewijs["regels_sha256"], "invoer_sha256": ontvangstbewijs["invoer_sha256"],
                "peildatum": ontvangstbewijs["peildatum"]}
    batch = pyarrow.record_batch(kolommen, names=namen, metadata=metadata)
    uit = pyarrow.BufferOutputStream()
    with pyarrow.ipc.new_stream(uit, batch.schema) as schrijver:
        schrijver.write_batch(batch)
    return uit.getvalue().to_pybytes()


def antwoord(dienst, body: bytes, formaat: str, taal: str):
    """The whole route off the event loop: validate, evaluate, build the answer (JSON dict or Arrow bytes)."""
    with zonder_gc():
        stelsel, peildatum, kolommen, aantal, invoer, kenmerken = lees(dienst, body)
        beoordeling, masker, oorzaken = beoordeel(stelsel, peildatum, kolommen, aantal)
        ontvangstbewijs = dienst.ontvangstbewijs(invoer, taal)
        maak = als_arrow if formaat == ARROW else als_json
        return maak(stelsel, beoordeling, masker, oorzaken, ontvangstbewijs, kenmerken)


# The parts of an Accept header: split at the commas outside a quoted parameter value (`;foo="a,b"`).
_DELEN = re.compile(r',(?=(?:[^"]*"[^"]*")*[^"]*$)')
_JSON = "application/json"


def _q(soorten: dict[str, float], formaat: str) -> tuple[float, int]:
    """The q-value of `formaat` in an Accept header's media ranges (`soorten`), from the most specific range that
    matches it (RFC 9110 12.5.1: the type itself, then `application/*`, then `*/*`), and how specific (2, 1, 0;
    -1 when none matches)."""
    for specifiek, bereik in ((2, formaat), (1, "application/*"), (0, "*/*")):
        if bereik in soorten:
            return soorten[bereik], specifiek
    return 0.0, -1


def gewenst(accept: str) -> str:
    """The answer format from the Accept header: the one with the higher q-value (RFC 9110 12.5.1, each from the most
    specific range that matches it; no header: JSON). On equal q the more specific match wins, and when both are
    named, Arrow (it is only ever asked for by name); a wildcard alone gives JSON. 406 when both have q=0."""
    soorten: dict[str, float] = {}
    for deel in _DELEN.split(accept[:500]):
        if deel.strip():
            soort, q = randen.soort_en_q(deel)
            soorten[soort] = max(q, soorten.get(soort, 0.0))
    if not soorten:  # no header (or only commas): any format, so the default
        return _JSON
    json, arrow = _q(soorten, _JSON), _q(soorten, ARROW)
    if soorten.get("application/problem+json", 0.0) > json[0]:  # JSON by its problem type (`randen.JSON_AANVAARD`)
        json = (soorten["application/problem+json"], 1)
    if arrow[0] > 0 and (arrow > json or arrow == json == (arrow[0], 2)):
        return ARROW
    if json[0] > 0:
        return _JSON
    raise randen.niet_aanvaardbaar([_JSON, ARROW])
