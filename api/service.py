"""Service layer of the typed decision API: validation, one vectorised evaluation, answer assembly.

Routes stay thin: they hand the raw body to `Dienst.beoordeling` and serialise what comes back, or to
`Dienst.batch`, which gives the JSON in parts. A batch is evaluated with one call of `simulatie.beoordeel`
over columns per `PERSONEN_PER_DEEL` persons.
"""

from __future__ import annotations

import gc
import hashlib
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import repeat
from operator import itemgetter

import numpy
import orjson
from inburgering_rules.api import fouten, randen
from inburgering_rules.api.fouten import json_bytes
from inburgering_rules.api.instellingen import Instellingen
from inburgering_rules.api.schemas import Modellen, boven_maximum, modellen, soort, verwacht
from inburgering_rules.api.uitleg import EN, EN_LEDEN, GELEZEN, Bron, uitleg
from inburgering_rules.api.werk import controleer_stop
from openfisca_core.indexed_enums import Enum, EnumArray
from pydantic import BaseModel, ValidationError

from inburgering_rules import acties, bronmap, publiek, simulatie
from inburgering_rules.datums import NIET_GEGEVEN_DAG
from inburgering_rules.hervormingen import (
    Grenzen,
    HervormingFout,
    afgeleid,
    basissysteem,
    systeem_voor,
)
from inburgering_rules.instrumenten import anders_genummerd, grondslag, grondslagen, wet

# Per decision: decided, not applicable to this person, waiting for an event of the procedure, or
# undetermined because a fact or judgment is missing (named in ontbrekende_gegevens/menselijk_oordeel_nodig).
BESLOTEN, NIET_VAN_TOEPASSING, NOG_NIET, ONBEPAALD = "besloten", "niet_van_toepassing", "nog_niet", "onbepaald"
STATUSSEN = (BESLOTEN, NIET_VAN_TOEPASSING, NOG_NIET, ONBEPAALD)
_STATUSSEN = numpy.array(STATUSSEN, dtype=object)
_DATUM_EN_BESLUIT = itemgetter(0, 1)

# Dates that belong to the person rather than to the procedure: not on the timeline.
GEEN_GEBEURTENIS = frozenset({"geboortedatum"})
# Persons per evaluation of a batch: a batch of the default maximum (10,000) in one evaluation, assessed with
# cones (above `simulatie.KEGELS_VANAF`): 10,000 persons 0.135 -> 0.105 s in-process against parts of 4,096.
PERSONEN_PER_DEEL = 16_384
# Answers built and dumped at a time (`Dienst.batch`); between two a timed-out request stops
# (`werk.controleer_stop`). About 10 MB of JSON, below glibc's mmap threshold (Makefile), so each buffer reuses the
# heap instead of faulting in fresh pages; only these answers' objects are alive at once.
ANTWOORDEN_PER_JSON_DEEL = 1024


def regels_sha256() -> str:
    """sha256 over the rules: every variables/*.py and parameters/*.yaml file, by relative path."""
    teller = hashlib.sha256()
    for map_, patroon in (("variables", "*.py"), ("parameters", "*.yaml")):
        wortel = bronmap(map_)
        for pad in sorted(wortel.rglob(patroon), key=lambda p: p.relative_to(wortel).as_posix()):
            if "__pycache__" not in pad.parts:
                teller.update(f"{map_}/{pad.relative_to(wortel).as_posix()}\0".encode())
                teller.update(pad.read_bytes() + b"\0")
    return teller.hexdigest()


def sha256_json(waarde) -> str:
    return hashlib.sha256(orjson.dumps(waarde, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _id(persoon: dict) -> dict:
    return {"id": persoon["id"]} if "id" in persoon else {}


# Pairs of dates that cannot be in this order: (earlier, later, nl, en). A birth date must precede every other date.
_VOLGORDE = (
    ("verblijf_verkregen_datum", "pip_datum", "Het PIP ligt vóór het verkrijgen van het verblijf",
     "The PIP predates the residence"),
    ("verblijf_verkregen_datum", "kennisgeving_inburgeringsplicht_datum",
     "De kennisgeving van de plicht ligt vóór het verkrijgen van het verblijf",
     "The notification of the obligation predates the residence"),
    ("pip_datum", "pip_bekendmaking_datum", "Het PIP is bekendgemaakt vóór zijn dagtekening",
     "The PIP was made known before its date"),
    # Bi 5.3 lid 3: a move of the obligated person, after the PIP was drawn up (`verhuisd_als_plichtige`)
    ("verblijf_verkregen_datum", "brp_inschrijving_andere_gemeente_datum",
     "De inschrijving in de andere gemeente na een verhuizing ligt vóór het verkrijgen van het verblijf",
     "The registration in the other municipality after a move predates the residence"),
    ("pip_datum", "brp_inschrijving_andere_gemeente_datum",
     "De verhuizing ligt vóór het (eerste) PIP; lid 3 geldt na het opstellen ervan, daarvóór is de inschrijving in de "
     "nieuwe gemeente brp_inschrijving_datum",
     "The move predates the (first) PIP; para 3 applies after it was drawn up, before it the registration in the new "
     "municipality is brp_inschrijving_datum"),
    ("brp_inschrijving_andere_gemeente_datum", "pip_andere_gemeente_datum",
     "Het PIP van de andere gemeente ligt vóór de inschrijving in die gemeente",
     "The other municipality's PIP predates the registration there"),
)


# Inputs that only mean something with another (field, needed, nl, en, allowed): a number of fines imposed needs the
# day the latest was made known (without it: none imposed, the contract; otherwise the next fine, Wi 24 lid 3-4,
# would be read from a decision without a day), and so does the second art. 22 fine (lid 3, after the first's new
# term); the other municipality's PIP needs the move, and the move the first PIP (Bi 5.3 lid 3).
_ALLEEN_MET = (
    *((f"boete_art_{artikel}_aantal", f"boete_art_{artikel}_bekendmaking_datum",
       f"Er zijn boetes van art. {artikel} opgelegd, maar de dag van bekendmaking van de laatste ontbreekt",
       f"Art. {artikel} fines were imposed, but the day the latest was made known is missing",
       f"0, of met boete_art_{artikel}_bekendmaking_datum / 0, or with boete_art_{artikel}_bekendmaking_datum")
      for artikel in ("24", "25")),
    ("boete_art_22_lid_3_opgelegd", "boete_art_22_bekendmaking_datum",
     "De boete van art. 22 lid 3 volgt op een eerste art. 22-boetebeschikking, maar de dag van bekendmaking daarvan "
     "ontbreekt", "The fine of art. 22(3) follows a first art. 22 fine decision, but the day it was made known is "
     "missing", "false, of met boete_art_22_bekendmaking_datum / false, or with boete_art_22_bekendmaking_datum"),
    ("pip_andere_gemeente_datum", "brp_inschrijving_andere_gemeente_datum",
     "Een PIP van de andere gemeente zonder de inschrijving daar na de verhuizing",
     "A PIP of the other municipality without the registration there after the move",
     "alleen met brp_inschrijving_andere_gemeente_datum / only with brp_inschrijving_andere_gemeente_datum"),
    ("brp_inschrijving_andere_gemeente_datum", "pip_datum",
     "Een verhuizing van Bi 5.3 lid 3 volgt op het (eerste) PIP, maar dat ontbreekt; vóór het PIP is de inschrijving "
     "in de nieuwe gemeente brp_inschrijving_datum",
     "A move of Bi 5.3(3) follows the (first) PIP, which is missing; before the PIP the registration in the new "
     "municipality is brp_inschrijving_datum", "alleen met pip_datum / only with pip_datum"),
)


def plausibel(peildatum: str, personen: list[dict], pad: str) -> None:
    """Refuse facts that cannot all be true, with a 400 naming the fields: a birth date after the peildatum
    or after another date of the person, the impossible orders of `_VOLGORDE`, and an input without the one it needs
    (`_ALLEEN_MET`: a number of fines without the day of the latest, the other municipality's PIP without the move)."""
    problemen = []
    for index, persoon in enumerate(personen):
        plek = pad.format(index)
        geboren = persoon.get("geboortedatum")
        if geboren and geboren > peildatum:
            problemen.append(fouten.Fout(f"{plek}/geboortedatum", f"Geboortedatum {geboren} ligt na de peildatum "
                                         f"{peildatum}", f"Date of birth {geboren} is after the peildatum {peildatum}",
                                         f"<= {peildatum}"))
        for naam, waarde in (persoon.items() if geboren else ()):
            # the comparison first: it is rarely true (a name ending in _datum holds an ISO date)
            if type(waarde) is str and waarde < geboren and naam.endswith("_datum"):
                problemen.append(fouten.Fout(f"{plek}/{naam}", f"{naam} ({waarde}) ligt vóór de geboortedatum "
                                             f"({geboren})", f"{naam} ({waarde}) is before the date of birth "
                                             f"({geboren})", f">= geboortedatum ({geboren})"))
        for eerder, later, nl, en in _VOLGORDE:
            if persoon.get(eerder) and persoon.get(later) and persoon[later] < persoon[eerder]:
                problemen.append(fouten.Fout(f"{plek}/{later}", f"{nl}: {later} {persoon[later]} < {eerder} "
                                             f"{persoon[eerder]}", f"{en}: {later} {persoon[later]} < {eerder} "
                                             f"{persoon[eerder]}", f">= {eerder}"))
        for veld, nodig, nl, en, toegestaan in _ALLEEN_MET:
            if persoon.get(veld) and not persoon.get(nodig):
                problemen.append(fouten.Fout(f"{plek}/{veld}", f"{nl} ({nodig})", f"{en} ({nodig})", toegestaan))
    if problemen:
        raise fouten.ten_hoogste(problemen)


def lees_json(body: bytes):
    """The body as JSON; a 400 in both languages saying why not (`fouten.ongeldige_json`)."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as fout:
        raise fouten.ongeldige_json(body, fout) from None


class _ZonderGc:
    """The collector's pause shared by every thread: the first to enter records whether the collector was on and turns
    it off, the last to leave turns it back on (if it was). A review found the former unlocked version racing: a
    request that read "off" while another's pause ended could turn it off for the life of the process. Heavy requests
    that overlap without a gap keep it paused; so that cyclic garbage of the other requests cannot pile up meanwhile,
    a pause that ends while another goes on collects once it has lasted `LANG` seconds (then counts anew)."""

    LANG = 30.0

    def __init__(self) -> None:
        self._slot, self._binnen, self._was_aan, self._sinds = threading.Lock(), 0, False, 0.0

    def __enter__(self) -> None:
        with self._slot:
            if not self._binnen:
                self._was_aan, self._sinds = gc.isenabled(), time.monotonic()
                gc.disable()
            self._binnen += 1

    def __exit__(self, *_) -> None:
        with self._slot:
            self._binnen -= 1
            if not self._binnen:
                if self._was_aan:
                    gc.enable()
                return
            lang = self._was_aan and time.monotonic() - self._sinds >= self.LANG
            if lang:
                self._sinds = time.monotonic()
        if lang:  # outside the lock: a collection takes a while, and other pauses may begin or end meanwhile
            gc.collect()


_ZONDER_GC = _ZonderGc()


def zonder_gc() -> _ZonderGc:
    """Pause the cyclic garbage collector while a large request makes millions of small objects (parsed JSON,
    answer dicts; they hold no cycles). Otherwise every generation threshold walks the growing young objects and
    a batch goes super-linear: 10,000 persons cost 36 % less CPU with it (BENCHMARKS.md). Nested or concurrent
    use is safe: the collector stays paused until the last pause ends (`_ZonderGc`)."""
    return _ZONDER_GC


_GEEN_DAG = frozenset({"NaT", str(NIET_GEGEVEN_DAG)})


def json_kolom(aard: str, waarden) -> list:
    """A column of values as JSON: enum names, ISO dates (NaT and OpenFisca's default day for a date no formula
    gives, 0001-01-01, -> None: never a real-looking day), euros rounded to the cent (whole euros as ints),
    float32 without noise, exact ints and booleans."""
    if isinstance(waarden, EnumArray):
        return waarden.decode_to_str().tolist()
    if aard == "datum" and len(waarden) <= 64:
        return [None if d in _GEEN_DAG else d for d in numpy.datetime_as_string(waarden, unit="D").tolist()]
    if aard == "datum":  # few distinct days: each is formatted once
        dagen, index = numpy.unique(numpy.asarray(waarden, dtype="datetime64[D]"), return_inverse=True)
        teksten = numpy.datetime_as_string(dagen, unit="D").astype(object)
        teksten[numpy.isnat(dagen) | (dagen == NIET_GEGEVEN_DAG)] = None
        return teksten[index.reshape(-1)].tolist()
    if aard == "geld":
        bedragen = numpy.round(waarden.astype(numpy.float64), 2)
        uit, heel = bedragen.astype(object), bedragen == numpy.floor(bedragen)
        uit[heel] = bedragen[heel].astype(numpy.int64).astype(object)
        return uit.tolist()
    if aard == "float":
        return [float(x) for x in waarden.astype(str).tolist()]
    if aard == "str":
        return [str(x) for x in waarden.tolist()]
    return waarden.tolist()


def leeg_in_json(aard: str, waarden) -> numpy.ndarray:
    """Where `json_kolom` gives None: a date without a day (NaT, or OpenFisca's default day 0001-01-01); no other
    kind of value is ever None."""
    if aard == "datum" and not isinstance(waarden, EnumArray):
        dagen = numpy.asarray(waarden, dtype="datetime64[D]")
        return numpy.isnat(dagen) | (dagen == NIET_GEGEVEN_DAG)
    return numpy.zeros(len(waarden), dtype=bool)


# Rules evaluated with the decisions but no part of the answer: what an explanation reads (`uitleg.GELEZEN`) and the
# day whose text a legal basis cites (`publiek.TEKST_VAN`).
_GEEN_DEEL = GELEZEN | frozenset(publiek.TEKST_VAN.values())


class Stelsel:
    """A tax-benefit system (baseline or reform) with its metadata computed once."""

    def __init__(self, systeem) -> None:
        self.systeem = systeem
        variabelen = systeem.variables
        self.besluiten = tuple(naam for naam in publiek.BESLUITEN if naam in variabelen)
        self.acties = {naam: actie for naam, actie in acties.ACTIES.items() if naam in self.besluiten}
        # The decisions plus the legal conditions of the fines (`publiek.BOETE_VOORWAARDEN`), the rules that say
        # whether an act counts as done (`acties.Actie.gedaan` with a formula) and those an explanation reads
        # (`uitleg.GELEZEN`), in one evaluation.
        voorwaarden = {v.variabele for vs in publiek.BOETE_VOORWAARDEN.values() for v in vs if v.variabele in variabelen}
        gedaan = {a.gedaan for a in self.acties.values() if a.gedaan in variabelen and variabelen[a.gedaan].formulas}
        gelezen = {naam for naam in _GEEN_DEEL if naam in variabelen}
        self.berekend = self.besluiten + tuple(sorted((voorwaarden | gedaan | gelezen) - set(self.besluiten)))
        self.soort = {naam: soort(v) for naam, v in variabelen.items()}
        self.labels = {naam: (v.label or naam).strip() for naam, v in variabelen.items()}
        self.leden = {
            (naam, lid.name): lid.value
            for naam, v in variabelen.items()
            if v.value_type is Enum
            for lid in v.possible_values
        }
        self.leden_en = {
            (naam, lid.name): EN_LEDEN.get(v.possible_values.__name__, {}).get(lid.name, lid.name)
            for naam, v in variabelen.items()
            if v.value_type is Enum
            for lid in v.possible_values
        }
        self._referenties = {naam: tuple(v.reference or ()) for naam, v in variabelen.items()}
        # the legal basis of each rule as the text of today numbers it; `grondslag_op` for another day
        self.grondslag = {naam: grondslagen(links) for naam, links in self._referenties.items()}
        self._grondslag_op: dict[str, dict[str, list[dict]]] = {}
        self._grondslag_van: dict[tuple[str, str], list[dict]] = {}
        self.datums = tuple(
            naam
            for naam in (*publiek.INVOER, *self.besluiten)
            if naam in variabelen and self.soort[naam] == "datum" and naam not in GEEN_GEBEURTENIS
        )
        # the inputs bounded by a number of the law (`publiek.WETTELIJK_MAXIMUM`), checked per request
        self.begrensd = tuple(n for n in publiek.WETTELIJK_MAXIMUM if n in variabelen)
        self._vast: dict[tuple[str, bool, str | None], Vast] = {}
        self._uitleg: dict[str, dict] = {}

    def boven_grens(self, naam: str, waarden, dagen) -> list[tuple[int, int]]:
        """(row, bound) for every given value of bounded input `naam` above this system's bound on the day its
        decision was made known (`dagen`, ISO text or None per row; as the rule applies it), without that day
        the largest it ever is (`simulatie.grens_voor_invoer`)."""
        gegeven = numpy.array([w is not None for w in waarden], dtype=bool)
        getallen = numpy.array([w or 0 for w in waarden], dtype=numpy.int64)  # compared where given
        grens = simulatie.grens_voor_invoer(self.systeem, naam, ["NaT" if d is None else d for d in dagen])
        return [(rij, int(grens[rij])) for rij in numpy.flatnonzero(gegeven & (getallen > grens)).tolist()]

    def binnen_maxima(self, personen: list[dict], pad: str) -> None:
        """A 400 naming every input above this system's bound (`boven_grens`) at `pad` ("/personen/{}": each),
        person by person."""
        problemen = []
        for j, naam in enumerate(self.begrensd):
            waarden = [p.get(naam) for p in personen]
            if waarden.count(None) == len(waarden):  # given by none of them: no value above the bound
                continue
            dag = publiek.FEITEN_UIT_BESCHIKKING.get(naam, "")
            dagen = [p.get(dag) for p in personen]
            for i, grens in self.boven_grens(naam, waarden, dagen):
                problemen.append((i, j, boven_maximum(f"{pad.format(i)}/{naam}", grens)))
        if problemen:
            problemen.sort(key=lambda probleem: probleem[:2])
            raise fouten.ten_hoogste([fout for _, _, fout in problemen])

    @cached_property
    def afhankelijk(self) -> dict[str, tuple[str, ...]]:
        """Per decision the inputs it depends on (transitively), sorted."""
        return {
            naam: tuple(sorted(invoer)) for naam, invoer in simulatie.afhankelijkheden(self.systeem).items()
        }

    def label(self, naam: str, taal: str) -> str:
        return self.labels.get(naam, naam) if taal == "nl" else EN.get(naam, naam)

    def uitleg_wet(self, peildatum: str) -> dict:
        """What the explanations look up in this system's law on `peildatum` that depends on nothing else
        (`uitleg.Bron.wet` without a person's day), and per set of given input names which of them each decision
        reads (`uitleg.Bron._gegeven_voor`): kept across requests. A fixed set of sentences and parameters (a few
        dozen entries) and one entry per set of names; bounded anyway: 16 peildata, 2,048 entries each."""
        gevonden = self._uitleg.get(peildatum)
        if gevonden is None or len(gevonden) > 2048:
            if len(self._uitleg) >= 16:
                self._uitleg.clear()
            gevonden = self._uitleg[peildatum] = {}
        return gevonden

    def grondslag_op(self, dag: str | None) -> dict[str, list[dict]]:
        """The legal basis of each rule as the text in force on `dag` numbers it (`instrumenten.VERNUMMERD`, I58):
        `grondslag` without a day or from the last renumbering on; before it one dict per day (links open that day's
        text), up to 16 days (then the cache starts again)."""
        if _tijdvak(dag) is None:
            return self.grondslag
        if (gevonden := self._grondslag_op.get(dag)) is None:
            if len(self._grondslag_op) >= 16:
                self._grondslag_op.clear()
            gevonden = self._grondslag_op[dag] = {
                naam: grondslagen(links, dag) for naam, links in self._referenties.items()}
        return gevonden

    def grondslag_van(self, naam: str, dag: str) -> list[dict]:
        """`grondslag_op(dag)[naam]` for one rule, without building the others (a person's own day, I58); before
        the last renumbering kept for 4,096 (rule, day) pairs."""
        if _tijdvak(dag) is None:
            return self.grondslag[naam]
        if (gevonden := self._grondslag_van.get((naam, dag))) is None:
            if len(self._grondslag_van) >= 4096:
                self._grondslag_van.clear()
            gevonden = self._grondslag_van[(naam, dag)] = grondslagen(self._referenties[naam], dag)
        return gevonden

    def vast(self, taal: str, toelichting: bool, peildatum: str | None = None) -> Vast:
        """The constant parts of this system's answers on `peildatum` (built on first use; a race builds an equal
        one). Their legal bases follow the text of that day (`grondslag_op`; the actions carry them also without
        `toelichting`): from the last renumbering on one `Vast` for every day, before it one per day, up to 20 in
        all (then only the one for today's numbering is kept). Never iterated while another thread may insert: the
        cache is replaced, not changed, on pruning."""
        sleutel = (taal, toelichting, _tijdvak(peildatum))
        if (gevonden := self._vast.get(sleutel)) is None:
            gevonden = Vast(self, taal, toelichting, sleutel[2])
            if len(self._vast) >= 20:
                self._vast = {s: v for s, v in list(self._vast.items()) if s[2] is None}
            self._vast[sleutel] = gevonden
        return gevonden


def _tijdvak(dag: str | None) -> str | None:
    """The day whose text an answer cites, if that text numbers a cited article otherwise than today's text
    (`instrumenten.anders_genummerd`); None when today's numbering holds."""
    return dag if anders_genummerd(dag) else None


@dataclass(frozen=True)
class Verzoek:
    stelsel: Stelsel
    peildatum: str
    persoon: dict
    invoer: dict
    toelichting: bool = True


class Dienst:
    """The decision service: one per process, shared by all requests (holds no request state)."""

    def __init__(self, instellingen: Instellingen | None = None) -> None:
        self.instellingen = instellingen or Instellingen.uit_omgeving()
        self.basis = Stelsel(basissysteem())
        self.modellen: Modellen = modellen(basissysteem())
        self.metadata = basissysteem().get_package_metadata()
        self.regels_sha256 = regels_sha256()
        self.grenzen = Grenzen(self.instellingen.max_hervorming_datums, self.instellingen.max_hervorming_waarden)

    # -- reforms -----------------------------------------------------------------------------
    def stelsel(self, hervorming, pad: str = "/hervorming") -> Stelsel:
        """The (cached) system of a reform; a bad or too large reform is a 400 naming its path.

        The `Stelsel` lives on its system (`hervormingen.afgeleid`), so the one bounded cache of systems
        decides how long both live."""
        if hervorming is None:
            return self.basis
        try:
            systeem = systeem_voor(hervorming, self.grenzen)
        except HervormingFout as fout:
            # `fout.pad` joins its keys with dots, and a parameter path has dots itself: the parameter is
            # found back among the keys the caller gave, to point at the key as given (RFC 6901).
            binnen = fout.pad.removeprefix("hervorming").removeprefix(".")
            delen, nl, en = [binnen] if binnen else [], fout.nl, fout.en
            parameters = hervorming.get("parameters") if isinstance(hervorming, dict) else None
            if binnen.startswith("parameters.") and isinstance(parameters, dict):
                rest = binnen.removeprefix("parameters.")
                passend = [s for s in parameters if isinstance(s, str) and (rest + ".").startswith(s + ".")]
                if (sleutel := max(passend, key=len, default=None)) is not None:  # "" is a key too (RFC 6901)
                    delen = ["parameters", sleutel, *([rest[len(sleutel) + 1 :]] if rest != sleutel else [])]
            waar = pad + (fouten.pad(delen) if delen else "")
            raise fouten.ongeldig([fouten.Fout(waar, nl, en, fout.toegestaan)]) from None
        if systeem is self.basis.systeem:
            return self.basis
        return afgeleid(systeem, "api.stelsel", lambda: Stelsel(systeem))

    # -- typed API ---------------------------------------------------------------------------
    def _valideer(self, model, data):
        self._niet_te_veel_namen(data, model)
        return self._model(model, data)

    def _model(self, model, data):
        try:
            return model.model_validate(data)
        except ValidationError as fout:
            raise fouten.van_validatie(
                fout.errors(include_input=False, include_url=False), partial(self.modellen.velden_voor, model),
                verwacht=partial(verwacht, model),
            ) from None

    def _personen(self, model, personen: list) -> list[dict]:
        """The persons of a batch validated one by one, as dicts of their given inputs (`Modellen.gegeven`;
        pydantic names what is wrong with an invalid one), stopping once `fouten.MAX_FOUTEN` errors are found:
        invalid input costs what it takes to find the errors that are reported, not a list of every error
        (a 16 MB batch of wrong types took 12 s and 780 MB to refuse). Also faster when all is valid."""
        gevonden, goed, velden_voor = [], [], partial(self.modellen.velden_voor, model)
        for i, persoon in enumerate(personen):
            if (gegeven := self.modellen.gegeven(persoon)) is not None:
                goed.append(gegeven)
                continue
            try:
                goed.append(self.modellen.persoon.model_validate(persoon).model_dump(exclude_none=True))
            except ValidationError as fout:
                for f in fout.errors(include_input=False, include_url=False):
                    gevonden.append({**f, "loc": ("personen", i, *f["loc"])})
                if len(gevonden) > fouten.MAX_FOUTEN:
                    raise fouten.van_validatie(gevonden, velden_voor, afgebroken=True)
        if gevonden:
            raise fouten.van_validatie(gevonden, velden_voor)
        return goed

    def _niet_te_veel_namen(self, data, model=None) -> None:
        """An object with more names than the model knows is refused before pydantic walks it: validating
        a million unknown keys holds the GIL for seconds and so stalls every request of the worker. A body
        with too many names is told the fields of its `model` (`api/duo.py` checks without one: none)."""
        if not isinstance(data, dict):
            return
        grens = len(self.modellen.invoer)
        personen = data.get("personen") if isinstance(data.get("personen"), list) else []
        paden = [("/persoon", data.get("persoon")),  # the path of a person written only if he has too many
                 *((f"/personen/{i}", p) for i, p in enumerate(personen) if isinstance(p, dict) and len(p) > grens)]
        for pad, persoon in paden:
            if isinstance(persoon, dict) and len(persoon) > grens:
                toegestaan = list(self.modellen.invoer)
                fout = fouten.Fout(pad, f"Meer dan {grens} namen", f"More than {grens} names", toegestaan)
                raise fouten.ongeldig([fout])
        if len(data) > 16:
            toegestaan = list(self.modellen.velden_voor(model, ())) if model else None
            fout = fouten.Fout("/", "Te veel namen", "Too many names", toegestaan)
            raise fouten.ongeldig([fout])

    def lees_beoordeling(self, body) -> Verzoek:
        """A validated `/v1/beoordeling` body (raw bytes, or what the caller parsed already, which is never
        parsed again: a body that is one JSON string holding a request is refused as not an object): its
        system, peildatum, person and what the receipt hashes."""
        data = lees_json(body) if isinstance(body, bytes | bytearray | memoryview) else body
        verzoek = self._valideer(self.modellen.verzoek, data)
        persoon = verzoek.persoon.model_dump(exclude_none=True)
        stelsel = self.stelsel(verzoek.hervorming)
        stelsel.binnen_maxima([persoon], "/persoon")
        plausibel(verzoek.peildatum, [persoon], "/persoon")
        invoer = {"peildatum": verzoek.peildatum, "persoon": persoon, "hervorming": verzoek.hervorming}
        return Verzoek(stelsel, verzoek.peildatum, persoon, invoer, verzoek.toelichting)

    def beoordeling(self, body: bytes, taal: str) -> dict:
        """One person, synchronously (the app bundles concurrent requests with `bundel.Bundelaar`)."""
        verzoek = self.lees_beoordeling(body)
        resultaat = self.resultaten(
            verzoek.stelsel, verzoek.peildatum, [verzoek.persoon], taal, verzoek.toelichting
        )[0]
        return {**resultaat, "ontvangstbewijs": self.ontvangstbewijs(verzoek.invoer, taal)}

    def _lees_personen(self, model, body: bytes) -> tuple[BaseModel, list[dict]]:
        """A validated body with `personen`, and its persons as dicts of their given inputs (validated first,
        so their errors come first; the model itself is validated with an empty `personen`, so its own
        `personen` stays empty). More than `max_batch` persons is a 413, and so is asking `toelichting` for
        more than `max_toelichting` persons (the explanations are ~30 KB a person). A name twice in one object is a
        400 first (`randen.uniek`: 10,000 persons 14 ms, where a second parse with the standard library took 53 ms)."""
        data = randen.uniek(body, lees_json(body))
        self.batchgrenzen(data)
        self._niet_te_veel_namen(data, model)
        if not (isinstance(data, dict) and isinstance(data.get("personen"), list)):
            self._model(model, data)  # `personen` must be a list: pydantic refuses the body and says why
            raise AssertionError("a body without a list of personen passed the model")
        personen = self._personen(model, data["personen"])
        return self._model(model, {**data, "personen": []}), personen

    def batchgrenzen(self, data) -> None:
        """413 for more than `max_batch` persons, or `toelichting` for more than `max_toelichting`."""
        if isinstance(data, dict) and isinstance(data.get("personen"), list):
            aantal = len(data["personen"])
            if aantal > self.instellingen.max_batch:
                raise fouten.te_groot(
                    "Het aantal personen", "The number of persons", self.instellingen.max_batch, "/personen"
                )
            if data.get("toelichting") is True and aantal > self.instellingen.max_toelichting:
                raise fouten.te_groot(
                    "Het aantal personen met toelichting",
                    "The number of persons with toelichting (explanations)",
                    self.instellingen.max_toelichting,
                    "/toelichting",
                )

    def batch(self, body: bytes, taal: str) -> list[bytes | memoryview]:
        """The `/v1/beoordeling/batch` answer as JSON in parts, to be sent one after the other
        (`{"resultaten": [...], "ontvangstbewijs": {...}}` once joined). Each part's answers are dumped as
        soon as they are built and then dropped, so the answer objects of every person are never held at once,
        nor one buffer of the whole answer beside the parts: for 10,000 persons (a 99 MB answer) 70 MiB above
        the service's own memory, where building the whole answer and then dumping it took 180 MiB.
        `Verzonden` lets go of each part once it is sent. What many persons share (statuses, fines) is dumped
        once per part (`Opbouw`, `als_json`): 10,000 persons in-process 0.65-0.69 -> 0.48-0.53 s."""
        with zonder_gc():
            verzoek, personen = self._lees_personen(self.modellen.batchverzoek, body)
            stelsel = self.stelsel(verzoek.hervorming)
            stelsel.binnen_maxima(personen, "/personen/{}")
            plausibel(verzoek.peildatum, personen, "/personen/{}")
            delen = [b'{"resultaten":[']
            for antwoorden in self._per_deel(
                stelsel, verzoek.peildatum, personen, taal, verzoek.toelichting, als_json=True
            ):
                if len(delen) > 1:
                    delen.append(b",")
                delen.append(memoryview(json_bytes(antwoorden))[1:-1])  # without the brackets, not copied
            invoer = {"peildatum": verzoek.peildatum, "personen": personen, "hervorming": verzoek.hervorming}
            delen.append(b'],"ontvangstbewijs":' + json_bytes(self.ontvangstbewijs(invoer, taal)) + b"}")
            return delen

    def vergelijk(self, body: bytes, taal: str) -> dict:
        """Baseline and reform side by side: per person the decisions that differ in value or status (with both
        statuses), and per decision a count of the persons whose outcome changed (both sides determined) and of those
        where a side is undetermined, so the change is not known. The collector paused (`zonder_gc`), as for the
        batches: two evaluations of up to `max_batch` persons."""
        with zonder_gc():
            verzoek, personen = self._lees_personen(self.modellen.vergelijkverzoek, body)
            hervormd = self.stelsel(verzoek.hervorming)
            if hervormd is self.basis:  # null, {} or {"parameters": {}}: the law compared with itself
                raise fouten.ongeldig([fouten.Fout(
                    "/hervorming",
                    "Vergelijken vraagt een hervorming die iets wijzigt; deze laat het recht zoals het is",
                    "A comparison needs a reform that changes something; this one leaves the law as it is",
                    "een naam uit GET /v1/hervormingen of {\"parameters\": {...}} / a name from GET /v1/hervormingen "
                    "or {\"parameters\": {...}}")])
            hervormd.binnen_maxima(personen, "/personen/{}")  # above its own, the base says "niet te bepalen"
            plausibel(verzoek.peildatum, personen, "/personen/{}")
            basis = self.resultaten(self.basis, verzoek.peildatum, personen, taal, False)
            nieuw = self.resultaten(hervormd, verzoek.peildatum, personen, taal, False)
            samenvatting: dict[str, int] = {}
            onbepaald: dict[str, int] = {}
            verschillend = []
            for index, (b, h) in enumerate(zip(basis, nieuw, strict=True)):
                verschillen = {
                    naam: {"basis": b["besluiten"].get(naam), "hervorming": waarde,
                           "status": {"basis": b["status"][naam], "hervorming": h["status"][naam]}}
                    for naam, waarde in h["besluiten"].items()
                    if b["besluiten"].get(naam) != waarde or b["status"][naam] != h["status"][naam]
                }
                for naam, verschil in verschillen.items():
                    # a side that is undetermined makes the difference unknown: counted apart (a review found it
                    # counted as a change, where `whatif` leaves it out)
                    telling = onbepaald if ONBEPAALD in verschil["status"].values() else samenvatting
                    telling[naam] = telling.get(naam, 0) + 1
                if verschillen:
                    verschillend.append({"index": index, **_id(personen[index]), "verschillen": verschillen})
            invoer = {"peildatum": verzoek.peildatum, "personen": personen, "hervorming": verzoek.hervorming}
            return {
                "aantal_personen": len(personen),
                "samenvatting": dict(sorted(samenvatting.items())),
                "onbepaald": dict(sorted(onbepaald.items())),
                "personen": verschillend,
                "ontvangstbewijs": self.ontvangstbewijs(invoer, taal),
            }

    def ontvangstbewijs(self, invoer: dict, taal: str) -> dict:
        return {
            "pakket": self.metadata["name"],
            "versie": self.metadata["version"],
            "regels_sha256": self.regels_sha256,
            "peildatum": invoer["peildatum"],
            "invoer_sha256": sha256_json(invoer),
            "hervorming": invoer["hervorming"],
            "taal": taal,
        }

    def resultaten(
        self, stelsel: Stelsel, peildatum: str, personen: list[dict], taal: str, toelichting: bool
    ) -> list[dict]:
        """The answers for `personen` (dicts of given inputs)."""
        delen = self._per_deel(stelsel, peildatum, personen, taal, toelichting)
        return [antwoord for antwoorden in delen for antwoord in antwoorden]

    def _per_deel(
        self, stelsel: Stelsel, peildatum: str, personen: list[dict], taal: str, toelichting: bool,
        als_json: bool = False,
    ):
        """The answers in lists of at most `ANTWOORDEN_PER_JSON_DEEL`, evaluated per `PERSONEN_PER_DEEL`
        persons, each part one vectorised `simulatie.beoordeel`; a timed-out request stops between two lists.
        `als_json`: the answers are only dumped with orjson (`Opbouw`: parts shared by many persons as
        `orjson.Fragment`)."""
        for begin in range(0, len(personen), PERSONEN_PER_DEEL):
            controleer_stop()
            deel = personen[begin : begin + PERSONEN_PER_DEEL]
            gegeven = set().union(*deel)
            kolommen = {naam: list(map(dict.get, deel, repeat(naam))) for naam in self.modellen.invoer
                        if naam in gegeven}
            beoordeling = simulatie.beoordeel(
                stelsel.systeem, peildatum, kolommen, len(deel), stelsel.berekend, gebeurtenissen=True
            )
            waarden = {
                naam: json_kolom(stelsel.soort[naam], beoordeling.waarden[naam]) for naam in stelsel.berekend
            }
            opbouw = Opbouw(stelsel, peildatum, beoordeling, waarden, kolommen, taal, toelichting, als_json)
            for van in range(0, len(deel), ANTWOORDEN_PER_JSON_DEEL):
                controleer_stop()
                tot = min(van + ANTWOORDEN_PER_JSON_DEEL, len(deel))
                yield [opbouw.resultaat(i, deel[i]) for i in range(van, tot)]


class Vast:
    """The parts of the answers that are the same for every person of one system, language and choice
    of `toelichting`, built once (`Stelsel.vast`): the labels, legal bases and wording of the timeline,
    the actions and the fines. Per person only the holes are filled. The same (never mutated) objects
    are shared by every answer that contains them."""

    def __init__(self, stelsel: Stelsel, taal: str, toelichting: bool, dag: str | None = None) -> None:
        """`dag`: the text whose numbering the legal bases follow (`Stelsel.grondslag_op`); None: today's."""
        self.grondslag = basis = stelsel.grondslag_op(dag)
        plek = {naam: j for j, naam in enumerate(stelsel.berekend)}
        # Decisions that apply the text of another day (`publiek.TEKST_VAN`): the place of that day in the row.
        self.tekstdag = {naam: plek[dag_van] for naam, dag_van in publiek.TEKST_VAN.items()
                         if naam in plek and dag_van in plek}
        besluit = {naam: j for naam, j in plek.items() if j < len(stelsel.besluiten)}
        gebeurtenissen = frozenset(simulatie.gebeurtenissen(stelsel.systeem))
        # Per decision the events of the procedure it may wait for (`wacht_op`: those not given).
        self.wacht_op = {
            naam: [n for n in stelsel.afhankelijk.get(naam, ())
                   if n in gebeurtenissen and n not in publiek.WACHT_NIET_OP.get(naam, ())]
            for naam in stelsel.besluiten
        }
        # (with the events they follow: who waits for a DUO fine decision without a PIP, waits for the PIP, `_eerst`)
        self.gebeurtenissen = tuple(dict.fromkeys(
            [n for namen in self.wacht_op.values() for n in namen]
            + [eerder for n, eerder in publiek.GEBEURTENIS_NA.items() if n in gebeurtenissen]))
        # Timeline, in `stelsel.datums` order: (place of the decision or None, input name, item without date).
        self.tijdlijn = []
        for naam in stelsel.datums:
            item = {"naam": naam, "soort": "termijn" if naam in besluit else "feit",
                    "omschrijving": stelsel.label(naam, taal)}
            if toelichting:
                item["grondslag"] = basis[naam]
            self.tijdlijn.append((besluit.get(naam), naam, item))
        # The timeline's places of decisions (`tijdlijn_berekend`, with `tijdlijn_besluit` their places in the row)
        # and of facts (`tijdlijn_invoer`, the input names `tijdlijn_feiten`), as index arrays.
        berekend = [(v, j) for v, (j, _, _) in enumerate(self.tijdlijn) if j is not None]
        feiten = [(v, naam) for v, (j, naam, _) in enumerate(self.tijdlijn) if j is None]
        self.tijdlijn_berekend = numpy.array([v for v, _ in berekend], dtype=numpy.intp)
        self.tijdlijn_besluit = numpy.array([j for _, j in berekend], dtype=numpy.intp)
        self.tijdlijn_invoer = numpy.array([v for v, _ in feiten], dtype=numpy.intp)
        self.tijdlijn_feiten = tuple(naam for _, naam in feiten)
        # Where the decisions are that say whether a completion is required (`publiek.GEBEURTENIS_ALLEEN_ALS`).
        self.verplicht = tuple((gebeurtenis, besluit[naam]) for gebeurtenis, naam
                               in publiek.GEBEURTENIS_ALLEEN_ALS.items() if naam in besluit)
        # Actions: (place, the act's fact, its place if computed, can be passed, head, legal bases).
        self.acties = [
            (
                besluit[naam], actie.gedaan, plek.get(actie.gedaan),
                actie.soort == "uiterste" and bool(actie.gedaan),
                {"besluit": naam, "wie": actie.wie, "soort": actie.soort,
                 "handeling": actie.nl if taal == "nl" else actie.en},
                basis[naam],
            )
            for naam, actie in stelsel.acties.items()
        ]
        self.actie_besluit = numpy.array([actie[0] for actie in self.acties], dtype=numpy.intp)
        # The places of the decisions that are dates.
        self.datum_besluit = numpy.array(
            [j for j, naam in enumerate(stelsel.besluiten) if stelsel.soort[naam] == "datum"], dtype=numpy.intp)
        # Fines: (key, place of the amount, head, [(place or None, name, vereist, item per vervuld)],
        # [(term, place)]).
        self.boetes = []
        for sleutel, boete in publiek.BOETES.items():
            naam = boete["besluit"]
            if naam not in besluit:
                continue
            kop = {"artikel": boete["artikel"], "bevoegd": boete["bevoegd"], "besluit": naam,
                   "soort": "maximum" if "maximum" in naam else "bedrag"}
            voorwaarden = [
                (plek.get(v.variabele), v.variabele, v.vereist, {
                    vervuld: {"voorwaarde": v.variabele, "omschrijving": v.nl if taal == "nl" else v.en,
                              "vervuld": vervuld, "grondslag": grondslag(wet(*v.artikel), dag)}
                    for vervuld in (None, True, False)
                })
                for v in publiek.BOETE_VOORWAARDEN.get(sleutel, ())
                if v.variabele in stelsel.soort
            ]
            termijnen = [(s, besluit[t]) for s, t in boete["termijnen"].items() if t in besluit]
            self.boetes.append((sleutel, besluit[naam], kop, voorwaarden, termijnen))
        # What the fines of a person are made of: the values at these places of his row and these inputs.
        # Equal values give equal fines: a column holds one type per value (`json_kolom`: whole euros as int).
        plekken = sorted({p for _, j, _, vs, ts in self.boetes for p in (j, *(v[0] for v in vs), *(t for _, t in ts))
                          if p is not None})
        invoer = tuple(dict.fromkeys(v[1] for _, _, _, vs, _ in self.boetes for v in vs if v[0] is None))
        # (`itemgetter` of one place gives the bare value: then a tuple)
        lees = itemgetter(*plekken) if len(plekken) > 1 else lambda rij: tuple(rij[p] for p in plekken)

        def boete_staat(rij: tuple, gegeven: dict) -> tuple:
            return (lees(rij), *[gegeven.get(naam) for naam in invoer])

        self.boete_staat = boete_staat


def statuscodes(beoordeling: simulatie.Beoordeling, besluiten: Sequence[str], datum_besluit,
                onbepaald: numpy.ndarray) -> numpy.ndarray:
    """Per decision x person (`onbepaald`: the undetermined marks in that shape; `datum_besluit`: the places of the
    dates) the status as an index into `_STATUSSEN`: 0 besloten, 1 niet van toepassing (no value: only a date can be
    None in JSON, `leeg_in_json`), 2 nog niet (no value, waiting for an event), 3 onbepaald. The one rule behind the
    answers' `status` (`Opbouw`) and the columnar route's masks (`kolommen.beoordeel`)."""
    code = onbepaald.astype(numpy.int8)
    if len(datum_besluit):  # all dates at once
        datums = numpy.array([beoordeling.waarden[besluiten[j]] for j in datum_besluit])
        code[datum_besluit] |= leeg_in_json("datum", datums)
    wacht = numpy.zeros(code.shape, dtype=bool)
    if nog := [j for j, naam in enumerate(besluiten) if naam in beoordeling.nog_niet]:
        wacht[nog] = numpy.array([beoordeling.nog_niet[besluiten[j]] for j in nog])
    wacht &= (code == 1) & ~onbepaald
    code[wacht] = 2
    code[onbepaald] = 3
    return code


def _eerst(gebeurtenis: str, invoer: dict) -> str:
    """The event that must come first: `gebeurtenis`, or the one it follows (`publiek.GEBEURTENIS_NA`) if that is
    not given either, and so on."""
    while (eerder := publiek.GEBEURTENIS_NA.get(gebeurtenis)) is not None and eerder not in invoer:
        gebeurtenis = eerder
    return gebeurtenis


def _groepen(matrix: numpy.ndarray) -> tuple[list[numpy.ndarray], list[int]]:
    """The distinct columns of `matrix` (name x person), and per person the index of his: each column's bytes
    as one key (`numpy.unique(axis=...)` sorts, 6x slower)."""
    rijen = numpy.ascontiguousarray(matrix.T)
    sleutels = rijen.view(numpy.dtype((numpy.void, rijen.shape[1] * rijen.itemsize))).reshape(-1).tolist()
    eerste: dict[bytes, int] = {}
    welke = [eerste.setdefault(sleutel, len(eerste)) for sleutel in sleutels]
    return [numpy.frombuffer(sleutel, dtype=rijen.dtype) for sleutel in eerste], welke


def _leeg_in(waarden: list, leeg: numpy.ndarray) -> list:
    """A copy of `waarden` with None where `leeg` is true (undetermined values are few: only those are visited;
    a comprehension over every value took 18 of the 53 ms of `Opbouw` for 10,000 persons)."""
    uit = list(waarden)
    for i in numpy.flatnonzero(leeg).tolist():
        uit[i] = None
    return uit


def _per_persoon(namen, groepen: tuple[list[numpy.ndarray], list[int]], van: int = 0) -> list[list]:
    """Per person the names whose cell is true, in order, from `groepen` (`_groepen` of a matrix name x person,
    `namen` for its rows from `van`); persons in the same group share one (never mutated) list."""
    soorten, welke = groepen
    tot = van + len(namen)
    lijsten = [[namen[j] for j in numpy.flatnonzero(soort[van:tot]).tolist()] for soort in soorten]
    return [lijsten[k] for k in welke]


class Opbouw:
    """Assembles the answer for each person of one evaluation.

    What is the same for every person comes from `Vast`; what is the same work for every person is done per
    column (values with undetermined ones emptied, statuses, who waits for an event), the rest per person.
    Without `toelichting` (the batch default) the per-person explanations and the legal bases,
    the same for everyone and large, are left out: `uitleg` and `grondslag` everywhere.
    `als_json`: the answers are only dumped with orjson, so what persons share (the statuses; without
    `toelichting` the fines) is put in as JSON made once (`orjson.Fragment`); the bytes are the same
    (`tests/api/test_antwoorden_vast.py`)."""

    def __init__(
        self,
        stelsel: Stelsel,
        peildatum: str,
        beoordeling: simulatie.Beoordeling,
        waarden: dict[str, list],
        invoer: dict[str, list],
        taal: str,
        toelichting: bool,
        als_json: bool = False,
    ) -> None:
        """`waarden`: per computed name its column as JSON values (`json_kolom`); `invoer`: per input given by
        any of the persons its column (None: not given). A person's dict (`resultaat`) holds only the inputs given,
        never None (`Modellen.gegeven`, `model_dump(exclude_none=True)`): "given" is the same in both."""
        self.stelsel, self.beoordeling, self.taal = stelsel, beoordeling, taal
        self._waarden = waarden  # as computed, undetermined ones too (`uitleg.Bron.ruw`)
        self.peildatum = peildatum
        self.met_toelichting = toelichting
        # the explanations' lookups in the law: those of the system and peildatum kept across requests, those of
        # a person's day for these persons only
        self._wet, self._wet_per_dag = (stelsel.uitleg_wet(peildatum) if toelichting else {}), {}
        self.vast = stelsel.vast(taal, toelichting, peildatum)
        berekend, besluiten = stelsel.berekend, stelsel.besluiten
        # Matrices decision x person: undetermined, and (for the decisions) the status as an index into `_STATUSSEN`.
        onbepaald = numpy.array([beoordeling.onbepaald[naam] for naam in berekend], dtype=bool)
        ergens = onbepaald.any(axis=1).tolist()
        kolommen = [_leeg_in(waarden[naam], rij) if ergens[j] else waarden[naam]
                    for j, (naam, rij) in enumerate(zip(berekend, onbepaald, strict=True))]
        # Per person the values of `berekend` in order, None where undetermined.
        self.rijen = list(zip(*kolommen, strict=True))
        n, vast = len(self.rijen), self.vast
        code = statuscodes(beoordeling, besluiten, vast.datum_besluit, onbepaald[: len(besluiten)])
        # Per person the status of each decision; persons with the same statuses share one (never mutated) dict,
        # and for JSON one `orjson.Fragment` of it.
        soorten, welke = _groepen(code)
        statussen = [dict(zip(besluiten, _STATUSSEN[rij].tolist(), strict=True)) for rij in soorten]
        uit = [orjson.Fragment(orjson.dumps(status)) for status in statussen] if als_json else statussen
        self.status, self.status_uit = [statussen[k] for k in welke], [uit[k] for k in welke]
        # For JSON without explanations: the fines of persons in the same state, dumped once (`_boetes`).
        self._boetes_json: dict[tuple, orjson.Fragment] | None = {} if als_json and not toelichting else None
        # Where the persons gave the inputs the timeline and the wait lists read: a row per input given by any of
        # them, and a last row for those given by none.
        gelezen = [naam for naam in dict.fromkeys((*vast.tijdlijn_feiten, *vast.gebeurtenissen)) if naam in invoer]
        alle = numpy.zeros((len(gelezen) + 1, n), dtype=bool)
        alle[:-1] = numpy.fromiter((w is not None for naam in gelezen for w in invoer[naam]), dtype=bool,
                                   count=len(gelezen) * n).reshape(len(gelezen), n)
        rij_van = {naam: r for r, naam in enumerate(gelezen)}

        def gegeven(namen: tuple[str, ...]) -> numpy.ndarray:
            """Where the persons gave these inputs (name x person)."""
            return alle[[rij_van.get(naam, -1) for naam in namen]]

        # Per person the actions and the places of the timeline that have a date (shared lists), so the
        # person's loops only visit those: a person has some 6 of the 37 dates of the timeline.
        datum = code == 0
        tijdlijn = numpy.empty((len(vast.tijdlijn), n), dtype=bool)
        tijdlijn[vast.tijdlijn_berekend] = datum[vast.tijdlijn_besluit]
        tijdlijn[vast.tijdlijn_invoer] = gegeven(vast.tijdlijn_feiten)
        groepen = _groepen(numpy.vstack([datum[vast.actie_besluit], tijdlijn]))
        self._met_actie = _per_persoon(vast.acties, groepen)
        self._in_tijdlijn = _per_persoon(range(len(vast.tijdlijn)), groepen, van=len(vast.acties))
        self.onbepaald = _per_persoon(berekend, _groepen(onbepaald))
        # What is missing (`ontbreekt` and the answer's two lists of it) is the same for persons alike in which values
        # are undetermined and by which missing inputs: one kind each, built once (`_missend`).
        oorzaken = [rijen for besluit in berekend for rijen in beoordeling.oorzaken.get(besluit, {}).values()]
        self._missend_soort = _groepen(numpy.vstack([onbepaald, *oorzaken]))[1]
        self._missend: dict[int, tuple[dict[str, list[str]], list[dict], list[dict]]] = {}
        # Per person the completions given that do not count (Bi 5.3 lid 5): a decision waits for them as well.
        opnieuw = tuple(beoordeling.opnieuw)
        matrix = numpy.array([beoordeling.opnieuw[naam] for naam in opnieuw], dtype=bool).reshape(len(opnieuw), n)
        self._opnieuw = _per_persoon(opnieuw, _groepen(matrix)) if opnieuw else None
        # Who waits for what (`_wacht`) is the same for persons alike in: the decisions that wait for an event,
        # the events given, the completions that do not count and those not needed (`publiek.GEBEURTENIS_ALLEEN_ALS`:
        # the decision that requires the part is false). One kind each; the first rows give `nog_niet`.
        niet_nodig = numpy.array([[w is False for w in kolommen[j]] for _, j in vast.verplicht], dtype=bool)
        wacht = code == STATUSSEN.index(NOG_NIET)
        groepen = _groepen(numpy.vstack(
            [wacht, gegeven(vast.gebeurtenissen), matrix, niet_nodig.reshape(len(vast.verplicht), n)]))
        self.nog_niet = _per_persoon(besluiten, groepen)
        self._wacht_soort = groepen[1]
        self._wacht_op: dict[int, dict[str, list[str]]] = {}

    def resultaat(self, i: int, invoer: dict) -> dict:
        stelsel, rij = self.stelsel, self.rijen[i]
        besluiten = dict(zip(stelsel.besluiten, rij))  # `rij` goes on with the fines' conditions
        onbepaald = self.onbepaald[i]
        ontbreekt, ontbrekende_gegevens, menselijk_oordeel_nodig = self._missend_van(i, onbepaald)
        status = self.status[i]
        wacht_op = self._wacht(i, invoer) if self.nog_niet[i] else {}
        uit = {"id": invoer["id"]} if "id" in invoer else {}
        uit["besluiten"] = besluiten
        uit["status"] = self.status_uit[i]
        if wacht_op:
            uit["wacht_op"] = wacht_op
        bron = None
        if self.met_toelichting:
            bron = Bron(  # the templates read every computed value (e.g. `plicht_te_voldoen`, a fine's condition)
                stelsel.labels, stelsel.leden, dict(zip(stelsel.berekend, rij)), invoer, stelsel.afhankelijk,
                stelsel.leden_en,
                wacht_op, parameters=stelsel.systeem.parameters, peildatum=self.peildatum, gedeeld=self._wet,
                per_dag=self._wet_per_dag, onbepaald=onbepaald, ruw=lambda naam: self._waarden[naam][i],
            )
            uit["toelichting"] = {
                naam: self._toelichting(naam, besluiten[naam], ontbreekt.get(naam, []), bron, status[naam], rij)
                for naam in stelsel.besluiten
            }
        uit["boetes"] = self._boetes(rij, invoer, bron, ontbreekt)
        uit["tijdlijn"] = self._tijdlijn(i, rij, invoer)
        uit["volgende_acties"], uit["verlopen"] = self._acties(i, rij, invoer)
        uit["ontbrekende_gegevens"] = ontbrekende_gegevens
        uit["menselijk_oordeel_nodig"] = menselijk_oordeel_nodig
        return uit

    def _missend_van(self, i: int, onbepaald: list[str]) -> tuple[dict[str, list[str]], list[dict], list[dict]]:
        """Per undetermined value the missing inputs that make it so, and the answer's lists of missing facts and
        judgments; shared by the persons of one kind (`_missend_soort`, never mutated)."""
        soort = self._missend_soort[i]
        if (gevonden := self._missend.get(soort)) is None:
            # what only an explanation or a legal basis reads (`_GEEN_DEEL`) is no part of the answer, so not in
            # `nodig_voor` either
            ontbreekt = {naam: self.beoordeling.ontbrekende_invoer(i, naam) for naam in onbepaald
                         if naam not in _GEEN_DEEL}
            gevonden = self._missend[soort] = (
                ontbreekt, self._ontbrekend(ontbreekt, oordelen=False), self._ontbrekend(ontbreekt, oordelen=True))
        return gevonden

    def _wacht(self, i: int, invoer: dict) -> dict[str, list[str]]:
        """Per decision that waits, the events of its procedure not given, or given but not counting (Bi 5.3
        lid 5: to be done again), that can come first: for one that only follows another not given
        (`publiek.GEBEURTENIS_NA`: a DUO fine decision follows the PIP), that other; not a completion of a part the
        person need not do (`publiek.GEBEURTENIS_ALLEEN_ALS`); one shared dict per kind of person (`_wacht_soort`)."""
        soort = self._wacht_soort[i]
        if (wacht_op := self._wacht_op.get(soort)) is None:
            opnieuw = self._opnieuw[i] if self._opnieuw else ()
            rij = self.rijen[i]
            niet_nodig = tuple(gebeurtenis for gebeurtenis, j in self.vast.verplicht if rij[j] is False)
            wacht_op = self._wacht_op[soort] = {}
            for naam in self.nog_niet[i]:
                nog = [n for n in self.vast.wacht_op[naam]
                       if (n not in invoer or n in opnieuw) and n not in niet_nodig]
                wacht_op[naam] = list(dict.fromkeys(_eerst(n, invoer) for n in nog))
        return wacht_op

    def _acties(self, i: int, rij: tuple, invoer: dict) -> tuple[list[dict], list[dict]]:
        """The deadlines on or after the peildatum (who acts, what), and those passed without the act."""
        volgende, verlopen = [], []
        for j, gedaan, j_gedaan, uiterste, kop, basis in self._met_actie[i]:
            datum = rij[j]
            if kop["besluit"] in self.vast.tekstdag:
                basis = self._grondslag(kop["besluit"], rij)
            gedaan_op = ((j_gedaan is not None and rij[j_gedaan]) or invoer.get(gedaan)) if gedaan else None
            if gedaan_op is not None and gedaan_op > self.peildatum:  # not yet happened on the peildatum (I30)
                gedaan_op = None
            if datum >= self.peildatum and gedaan_op is None:
                volgende.append((datum, kop["besluit"], {"datum": datum, **kop, "grondslag": basis}))
            if uiterste and acties.verlopen(datum, gedaan_op, self.peildatum):
                item = {"datum": datum, **kop, "gedaan_op": gedaan_op, "grondslag": basis}
                verlopen.append((datum, kop["besluit"], item))
        volgende.sort(key=_DATUM_EN_BESLUIT)
        verlopen.sort(key=_DATUM_EN_BESLUIT)
        return [item for _, _, item in volgende], [item for _, _, item in verlopen]

    def _grondslag(self, naam: str, rij: tuple) -> list[dict]:
        """The legal basis of decision `naam` for this person: as the text of the day it applies numbers it
        (`publiek.TEKST_VAN`, I58), else, or when that day is undetermined, not given or after the peildatum (not
        yet happened, I30), as the peildatum's text numbers it."""
        j = self.vast.tekstdag.get(naam)
        if j is None or rij[j] is None or rij[j] >= self.peildatum:
            return self.vast.grondslag[naam]
        return self.stelsel.grondslag_van(naam, rij[j])

    def _toelichting(self, naam: str, waarde, ontbreekt: list[str], bron: Bron, status: str, rij: tuple) -> dict:
        return {
            "grondslag": self._grondslag(naam, rij),
            "uitleg": uitleg(naam, waarde, ontbreekt, bron, self.stelsel.soort[naam] == "geld", status),
        }

    def _boetes(self, rij: tuple, invoer: dict, bron: Bron | None, ontbreekt: dict) -> dict | orjson.Fragment:
        """Per fine its amount, terms and legal conditions, each met (true), not met (false) or undetermined
        (null). For JSON without explanations the fines depend only on the values `Vast.boete_staat` reads, and
        persons share few of them (10 in a batch of 10,000, 42 % of its JSON): their JSON is made once per
        state."""
        if self._boetes_json is None:
            return self._boetes_uit(rij, invoer, bron, ontbreekt)
        staat = self.vast.boete_staat(rij, invoer)
        if (json := self._boetes_json.get(staat)) is None:
            json = self._boetes_json[staat] = orjson.Fragment(orjson.dumps(self._boetes_uit(rij, invoer, None, {})))
        return json

    def _boetes_uit(self, rij: tuple, invoer: dict, bron: Bron | None, ontbreekt: dict) -> dict:
        uit = {}
        for sleutel, j, kop, voorwaarden, termijnen in self.vast.boetes:
            bedrag = rij[j]
            vervuld = []
            for plek, naam, vereist, items in voorwaarden:
                waarde = rij[plek] if plek is not None else invoer.get(naam)
                vervuld.append(items[None if waarde is None else bool(waarde) == vereist])
            boete = uit[sleutel] = {
                **kop,
                "bedrag": bedrag,
                "voorwaarden_vervuld": None if bedrag is None else bedrag > 0,
                "voorwaarden": vervuld,
                "termijnen": {s: rij[t] for s, t in termijnen},
            }
            if bron is not None:
                naam = kop["besluit"]
                boete["grondslag"] = self.vast.grondslag[naam]
                boete["uitleg"] = uitleg(naam, bedrag, ontbreekt.get(naam, []), bron, geld=True)
        return uit

    def _tijdlijn(self, i: int, rij: tuple, invoer: dict) -> list[dict]:
        tijdlijn = self.vast.tijdlijn
        items = []
        for volgorde in self._in_tijdlijn[i]:
            j, naam, _ = tijdlijn[volgorde]
            items.append((rij[j] if j is not None else invoer[naam], volgorde))
        items.sort()
        uit = [{"datum": datum, **tijdlijn[volgorde][2]} for datum, volgorde in items]
        if self.met_toelichting and self.vast.tekstdag:
            for item in uit:
                if item["naam"] in self.vast.tekstdag:
                    item["grondslag"] = self._grondslag(item["naam"], rij)
        return uit

    def _ontbrekend(self, ontbreekt: dict[str, list[str]], oordelen: bool) -> list[dict]:
        if not ontbreekt:
            return []
        nodig: dict[str, list[str]] = {}
        for besluit, namen in ontbreekt.items():
            for naam in namen:
                if (naam in publiek.OORDELEN) == oordelen:
                    nodig.setdefault(naam, []).append(besluit)
        sleutel = "oordeel" if oordelen else "invoer"
        return [
            {
                sleutel: naam,
                **({"wie": publiek.OORDELEN[naam]} if oordelen else {}),
                "omschrijving": self.stelsel.label(naam, self.taal),
                "nodig_voor": besluiten,
            }
            for naam, besluiten in sorted(nodig.items())
        ]
