"""Hervormingen (wat-als): benoemde hervormingen als code en hervormingen als data.

Een hervorming als data (JSON in de API, YAML op schijf)::

    {"parameters": {"termijnen.inburgeringstermijn_maanden": {"2022-01-01": 48}}}

Met `"basis": "<naam>"` bouwt ze voort op een benoemde hervorming (en mag ze diens eigen
parameters wijzigen, bijv. `pvt_map.pvt_termijn_maanden` van `concept_wetsvoorstel_2019`).
Een YAML-bestand mag daarnaast `naam`, `beschrijving_nl`, `beschrijving_en` en `artikelen`
bevatten; die tellen niet mee voor de vraag welk stelsel het is.

Betekenis van `{"<pad>": {"<datum>": waarde}}`: vanaf die dag geldt de waarde, tot de volgende
datum in de hervorming; latere waarden van het basisrecht voor die parameter vervallen.

Garanties:

* De hele hervorming wordt eerst gevalideerd (bestaat de naam, het pad, klopt de datum, het type en
  de eenheid); pas daarna wordt iets toegepast. Elke fout is een `HervormingFout` die het pad noemt.
* Elke hervorming krijgt haar eigen stelsel (een `openfisca_core.reforms.Reform`): parameters
  veranderen alleen via `Reform.modify_parameters` (op een diepe kopie), variabelen via
  `update_variable`. Het basisstelsel wordt nooit gewijzigd.
* Een hervorming als data is begrensd (`Grenzen`: datums per parameter, waarden per hervorming); wat
  erboven gaat wordt geweigerd vóór er iets wordt gecontroleerd of gebouwd. De waardenlijst van een
  parameter wordt in één gesorteerde doorgang gebouwd (`Parameter.update` per datum is kwadratisch).
* Stelsels worden bewaard in één begrensde LRU-cache onder de canonieke hash van de hervorming: een
  herhaalde hervorming kost geen herbouw. Per hash bouwt één thread (de anderen wachten op díe bouw);
  het slot van de cache wordt nooit vastgehouden tijdens het bouwen, dus andere hervormingen wachten niet.
* Alles wat per stelsel wordt afgeleid (API-metadata, afhankelijkheden, ...) hangt aan het stelsel zelf
  (`afgeleid`), niet in een globale cache: met het stelsel verdwijnt het uit het geheugen.
* `TaxBenefitSystem.get_parameters_at_instant` heeft in openfisca-core een `functools.lru_cache`
  (maxsize 128) die álle stelsels deelt: die zou tot 128 oude hervormde stelsels in leven houden.
  Een hervormd stelsel gebruikt daarom een eigen, begrensde cache per stelsel.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
import threading
from collections import OrderedDict
from concurrent.futures import Future
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml
from openfisca_core import periods
from openfisca_core.parameters import Parameter, ParameterAtInstant, ParameterNode, ParameterScale
from openfisca_core.periods import Instant, Period
from openfisca_core.reforms import Reform

from inburgering_rules import CountryTaxBenefitSystem, notatie
from inburgering_rules.notatie import bedoelde, kort
from inburgering_rules.enums import Verblijfsdoel
from inburgering_rules.instrumenten import grondslag, wet

__all__ = [
    "Grenzen", "HervormingFout", "afgeleid", "basissysteem", "benoemde_hervormingen", "canoniek",
    "lees_hervorming", "parameterpaden", "sleutel", "systeem_voor", "titel",
]

MAX_STELSELS = 32
_MAP = Path(__file__).resolve().parent
_NAAM = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_METADATA = ("naam", "beschrijving_nl", "beschrijving_en", "artikelen")


@dataclass(frozen=True)
class Grenzen:
    """Hoeveel een hervorming als data mag bevatten (de API leest ze uit haar instellingen)."""

    datums_per_parameter: int = 100
    waarden_per_hervorming: int = 1000


class HervormingFout(ValueError):
    """Een hervorming die niet bestaat of niet klopt; `pad` noemt wat er mis is, `toegestaan` (tweetalig of
    taalneutraal) wat daar mag."""

    def __init__(self, pad: str, nl: str, en: str, toegestaan: object = None) -> None:
        super().__init__(en)
        self.pad, self.nl, self.en, self.toegestaan = pad, nl, en, toegestaan


# -- het basisstelsel --------------------------------------------------------------------------

_BASIS_SLOT = threading.Lock()
_BASIS: list[CountryTaxBenefitSystem] = []


def basissysteem() -> CountryTaxBenefitSystem:
    """Het ene basisstelsel van het proces (ook bij gelijktijdige eerste aanroepen precies één)."""
    if not _BASIS:
        with _BASIS_SLOT:
            if not _BASIS:
                _BASIS.append(CountryTaxBenefitSystem())
    return _BASIS[0]


# -- eenheden en waarden ------------------------------------------------------------------------

# Bovengrenzen per eenheid: een hervorming mag de wet veranderen, niet de datumrekenkunde breken.
# Een parameter kan een eigen, lagere grens hebben (`maximum` in zijn metadata): een aantal dat de rekenkunde
# in een lus gebruikt (de werkdagen van Atw art. 2).
_GRENZEN = {"month": 1200, "week": 5200, "year": 100, "hour": 100_000, "count": 1000, "call": 1000, "day": 36_600,
            "percent": 1000, "EUR": 10_000_000}
# De eenheid van een parameter (`parameterpaden`, uit de metadata) in het Nederlands: die van een aantal of bedrag
# (ook in de meldingen hieronder) en de andere soorten, voor `inburgering hervormingen`.
EENHEID_NL = {"month": "maanden", "week": "weken", "year": "jaren", "hour": "uren", "count": "aantal",
              "call": "oproepen", "day": "dagen", "percent": "procent", "EUR": "euro", "boolean": "ja/nee",
              "date": "datum", "list of dates": "lijst van datums", "list": "lijst", "event": "gebeurtenis",
              "MM-DD": "dag van het jaar, MM-DD", "list of MM-DD": "lijst van dagen van het jaar, MM-DD",
              "number": "getal"}
_EENHEID_EN = {"count": "number", "call": "call"}
# Ondergrenzen per eenheid: een duur (maanden, weken, dagen, jaren) is ten minste 1; een inburgeringstermijn van 0
# maanden eindigde vóór hij begon. Een aantal, uren en een bedrag mogen 0 zijn, en zo ook een parameter met
# `minimum: 0` in zijn metadata (een leeftijd, een drempel, een aanloop die weg kan).
_DUUR = frozenset({"month", "week", "day", "year"})
_MM_DD = re.compile(r"^\d{2}-\d{2}$")
# De dagen waarop een waarde van een hervorming kan ingaan (`_canonieke_parameters`).
_VROEGST, _LAATST = "1900-01-01", "2199-12-31"
_ISO_LAND = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Soort:
    """Wat een parameter als waarde aanneemt: eenheid uit de metadata, of het type van de waarden."""

    eenheid: str
    toegestaan: tuple = ()          # voor `event`: de bestaande waarden
    maximum: int | None = None      # een eigen grens (metadata `maximum`), anders die van de eenheid
    minimum: int = 0                # de kleinste waarde van een aantal: 1 voor een duur (`_ondergrens`)


def _ondergrens(eenheid: str, metadata: Mapping) -> int:
    """De kleinste waarde die een hervorming een geheel aantal geeft: metadata `minimum`, anders 1 voor een duur
    (`_DUUR`), anders 0."""
    if "minimum" in metadata:
        return int(metadata["minimum"])
    return 1 if eenheid in _DUUR else 0


def _soort(parameter: Parameter) -> Soort:
    metadata = parameter.metadata or {}
    eenheid = metadata.get("unit")
    waarden = [p.value for p in parameter.values_list if p.value is not None]
    if eenheid == "event":
        return Soort("event", tuple(sorted({str(w) for w in waarden})))
    if eenheid:
        eenheid = "boolean" if eenheid == "bool" else str(eenheid)
        return Soort(eenheid, maximum=metadata.get("maximum"), minimum=_ondergrens(eenheid, metadata))
    if waarden and all(isinstance(w, bool) for w in waarden):
        return Soort("boolean")
    if waarden and all(isinstance(w, list) for w in waarden):
        return Soort("list")
    return Soort("number")


def _is_getal(waarde) -> bool:
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool) and math.isfinite(waarde)


# De eenheden van een geheel aantal (grenzen: `Soort.minimum`, `_bovengrens`).
_GEHEEL = ("month", "week", "year", "hour", "count", "call", "day")


def _bovengrens(soort: Soort) -> int:
    """De grootste waarde van een geheel aantal: de eigen grens van de parameter, anders die van de eenheid."""
    return soort.maximum if soort.maximum is not None else _GRENZEN[soort.eenheid]


def _toegestaan(soort: Soort, parameter_naam: str) -> object:
    """Wat een waarde van `soort` mag zijn, voor `HervormingFout.toegestaan` (taalneutraal of in beide talen)."""
    e = soort.eenheid
    if e in _GEHEEL:
        return f"{soort.minimum} .. {_bovengrens(soort)}"
    if e in ("EUR", "percent"):
        return f"0 .. {_GRENZEN[e]}"
    if parameter_naam.endswith("tijdelijke_verblijfsdoelen"):
        return list(Verblijfsdoel.__members__)
    return {"boolean": [True, False], "event": list(soort.toegestaan), "date": "JJJJ-MM-DD / YYYY-MM-DD",
            "list of dates": "[JJJJ-MM-DD, ...] / [YYYY-MM-DD, ...]", "MM-DD": "MM-DD", "list of MM-DD": "[MM-DD, ...]",
            "list": ("[ISO 3166-1 alpha-2, ...]" if parameter_naam.endswith("eu_eer_zwitserland")
                     else "[tekst, ...] / [string, ...]"),
            "number": "getal / number"}.get(e)


def _controleer_waarde(parameter_naam: str, soort: Soort, waarde, pad: str):
    """De waarde in de vorm die de formules verwachten, of een `HervormingFout` die zegt wat er mag."""
    def fout(nl: str, en: str):
        raise HervormingFout(pad, f"{parameter_naam}: {nl}{voorstel[0]}", f"{parameter_naam}: {en}{voorstel[1]}",
                             _toegestaan(soort, parameter_naam))

    e = soort.eenheid
    voorstel, gegeven = _voorstel(e, waarde), kort(repr(waarde))  # ook een waarde van 1 MB niet heel herhaald
    if waarde is None:
        fout("een waarde ontbreekt (null is niet toegestaan)", "a value is missing (null is not allowed)")
    if e in _GEHEEL:
        laagste, grens = soort.minimum, _bovengrens(soort)
        if not _is_getal(waarde) or float(waarde) != int(waarde) or waarde < laagste or waarde > grens:
            fout(f"verwacht een geheel aantal {EENHEID_NL[e]} van {laagste} tot en met {notatie.getal(grens)}, niet "
                 f"{gegeven}", f"expected a whole number of {_EENHEID_EN.get(e, e)}s from {laagste} to {grens:,}, "
                 f"not {gegeven}")
        return int(waarde)
    if e == "EUR":
        if not _is_getal(waarde) or waarde < 0 or waarde > _GRENZEN[e]:
            fout(f"verwacht een bedrag in euro van 0 tot en met {notatie.getal(_GRENZEN[e])}, niet {gegeven}",
                 f"expected an amount in euros from 0 to {_GRENZEN[e]:,}, not {gegeven}")
        if Decimal(str(waarde)).as_tuple().exponent < -2:
            fout(f"een bedrag is exact op de cent (ten hoogste twee decimalen), niet {gegeven}",
                 f"an amount is exact to the cent (at most two decimals), not {gegeven}")
        return int(waarde) if float(waarde).is_integer() else float(waarde)
    if e == "percent":
        if not _is_getal(waarde) or waarde < 0 or waarde > _GRENZEN[e]:
            fout(f"verwacht een percentage van 0 tot en met {notatie.getal(_GRENZEN[e])}, niet {gegeven}",
                 f"expected a percentage from 0 to {_GRENZEN[e]:,}, not {gegeven}")
        return int(waarde) if float(waarde).is_integer() else float(waarde)
    if e == "boolean":
        if not isinstance(waarde, bool):
            fout(f"verwacht true of false, niet {gegeven}", f"expected true or false, not {gegeven}")
        return waarde
    if e == "event":
        if waarde not in soort.toegestaan:
            fout(f"verwacht een van {list(soort.toegestaan)}, niet {gegeven}",
                 f"expected one of {list(soort.toegestaan)}, not {gegeven}")
        return waarde
    if e == "date":
        return _dag_tekst(waarde, fout)
    if e == "list of dates":
        if not isinstance(waarde, list):
            fout(f"verwacht een lijst met datums JJJJ-MM-DD, niet {gegeven}",
                 f"expected a list of dates YYYY-MM-DD, not {gegeven}")
        return sorted({_dag_tekst(w, fout) for w in waarde})
    if e == "MM-DD":
        return _maand_dag(waarde, fout)
    if e == "list of MM-DD":
        if not isinstance(waarde, list):
            fout(f"verwacht een lijst met dagen MM-DD, niet {gegeven}", f"expected a list of days MM-DD, not {gegeven}")
        return sorted({_maand_dag(w, fout) for w in waarde})
    if e == "list":
        if not isinstance(waarde, list) or not all(isinstance(w, str) for w in waarde):
            fout(f"verwacht een lijst met tekst, niet {gegeven}", f"expected a list of strings, not {gegeven}")
        if parameter_naam.endswith("tijdelijke_verblijfsdoelen"):
            onbekend = [w for w in waarde if w not in Verblijfsdoel.__members__]
            if onbekend:
                fout(f"onbekende verblijfsdoelen {onbekend}", f"unknown residence purposes {onbekend}")
        elif parameter_naam.endswith("eu_eer_zwitserland"):
            onbekend = [w for w in waarde if not _ISO_LAND.match(w)]
            if onbekend:
                fout(f"geen ISO 3166-1 alpha-2-codes: {onbekend}", f"not ISO 3166-1 alpha-2 codes: {onbekend}")
        return sorted(set(waarde))
    if e != "number":  # a unit in the parameters that this check does not know: refused, never any value
        fout(f"de eenheid {e!r} kan een hervorming niet wijzigen", f"a reform cannot change the unit {e!r}")
    if not _is_getal(waarde):
        fout(f"verwacht een getal, niet {gegeven}", f"expected a number, not {gegeven}")
    return waarde


def _voorstel(eenheid: str, waarde) -> tuple[str, str]:
    """(nl, en) ". Bedoelde u ...?" voor een getal of datum als tekst zoals een Nederlandse lezer het schrijft
    ("400,50", "01-01-2025"; `notatie.als_getal`, `notatie.als_iso`), of ("", "")."""
    if not isinstance(waarde, str):
        return "", ""
    if eenheid in _GRENZEN and (gelezen := notatie.als_getal(waarde, geheel=eenheid in _GEHEEL)):
        return f". Bedoelde u {gelezen} (een getal, zonder aanhalingstekens)?", \
            f". Did you mean {gelezen} (a number, without quotes)?"
    if eenheid == "date" and (gelezen := notatie.als_iso(waarde)):
        return f". Bedoelde u {gelezen}?", f". Did you mean {gelezen}?"
    return "", ""


def _dag_tekst(waarde, fout) -> str:
    """Een datum als JJJJ-MM-DD (ook een YAML-datum), anders `fout`."""
    tekst = waarde.isoformat() if isinstance(waarde, date) and not isinstance(waarde, datetime) else waarde
    if not isinstance(tekst, str) or _als_dag(tekst) is None:
        gegeven = kort(repr(waarde))
        fout(f"verwacht een datum JJJJ-MM-DD, niet {gegeven}", f"expected a date YYYY-MM-DD, not {gegeven}")
    return tekst


def _maand_dag(waarde, fout) -> str:
    """Een dag van het jaar als MM-DD (29 februari mag), anders `fout`."""
    if isinstance(waarde, str) and _MM_DD.match(waarde) and _als_dag(f"2000-{waarde}") is not None:
        return waarde
    gegeven = kort(repr(waarde))
    fout(f"verwacht een dag van het jaar MM-DD, niet {gegeven}", f"expected a day of the year MM-DD, not {gegeven}")


def _als_dag(tekst: str) -> date | None:
    if not _DATUM.match(tekst):
        return None
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        return None


# -- benoemde hervormingen -----------------------------------------------------------------------

@dataclass(frozen=True)
class NieuweParameter:
    """Een parameter die een benoemde hervorming aan de boom toevoegt (in YAML-vorm van OpenFisca). `laatste_dag`: de
    laatste dag waarvan de afleiding een waarde leest; een latere datum in een hervorming zou niets veranderen en wordt
    geweigerd (None: geen grens)."""

    pad: str
    data: dict
    laatste_dag: str | None = None


@dataclass(frozen=True)
class Benoemd:
    naam: str
    beschrijving_nl: str
    beschrijving_en: str
    artikelen: tuple[str, ...]                      # links van `wet()`
    parameters: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    nieuwe_parameters: tuple[NieuweParameter, ...] = ()
    variabelen: tuple[type, ...] = ()               # via `update_variable`
    afleiden: Callable[[ParameterNode], None] | None = None   # na de parameterwijzigingen
    afgeleid: tuple[str, ...] = ()                  # de paden die `afleiden` overschrijft: niet ook als data

    def publiek(self) -> dict:
        return {"naam": self.naam, "beschrijving_nl": self.beschrijving_nl, "beschrijving_en": self.beschrijving_en,
                "artikelen": [grondslag(link) for link in self.artikelen]}


def _artikel_link(tekst: str) -> str:
    """'Wi 11 lid 1' of 'Pw 56a lid 2' als link van `wet()`; een link blijft een link."""
    if tekst.startswith("http"):
        return tekst
    delen = tekst.split()
    if len(delen) == 4 and delen[2] == "lid":
        return wet(delen[0], delen[1], delen[3])
    if len(delen) == 2:
        return wet(delen[0], delen[1])
    raise ValueError(f"artikel {tekst!r}: verwacht 'Wi 11 lid 1' of 'Wi 24'")


def _benoemde() -> dict[str, Benoemd]:
    from inburgering_rules.hervormingen import concept_2019, indexering

    gevonden = {b.naam: b for b in (concept_2019.HERVORMING, indexering.HERVORMING)}
    for bestand in sorted(_MAP.glob("*.yaml")):
        data = yaml.safe_load(bestand.read_text(encoding="utf-8"))
        naam = data.get("naam") or bestand.stem
        gevonden[naam] = Benoemd(
            naam=naam, beschrijving_nl=data["beschrijving_nl"], beschrijving_en=data["beschrijving_en"],
            artikelen=tuple(_artikel_link(a) for a in data["artikelen"]), parameters=data.get("parameters") or {},
        )
    return gevonden


_BENOEMD: dict[str, Benoemd] = {}
_BENOEMD_SLOT = threading.Lock()


def _benoemd() -> dict[str, Benoemd]:
    if not _BENOEMD:
        with _BENOEMD_SLOT:
            if not _BENOEMD:
                _BENOEMD.update(_benoemde())
    return _BENOEMD


def benoemde_hervormingen() -> list[dict]:
    """[{naam, beschrijving_nl, beschrijving_en, artikelen: [{regeling, artikel, lid, url}]}]."""
    return [b.publiek() for b in sorted(_benoemd().values(), key=lambda b: b.naam)]


# -- validatie en canonieke vorm -------------------------------------------------------------------

def zoek_parameter(boom: ParameterNode, pad: str):
    """De parameter of knoop op `pad` ("termijnen.pip_weken") in `boom`; None als die er niet is."""
    knoop = boom
    for deel in pad.split("."):
        kinderen = getattr(knoop, "children", None)
        if not isinstance(kinderen, dict) or deel not in kinderen:
            return None
        knoop = kinderen[deel]
    return knoop


def _nieuwe_soorten(basis: Benoemd | None) -> dict[str, tuple[str, Soort]]:
    if basis is None:
        return {}
    uit = {}
    for nieuw in basis.nieuwe_parameters:
        parameter = Parameter(nieuw.pad, data=copy.deepcopy(nieuw.data))
        uit[nieuw.pad] = (nieuw.pad, _soort(parameter))
    return uit


def _laatste_dag(pad: str, basis: Benoemd | None) -> str | None:
    """De laatste dag waarvan `basis` de nieuwe parameter `pad` leest (`NieuweParameter.laatste_dag`), of None."""
    return next((n.laatste_dag for n in basis.nieuwe_parameters if n.pad == pad), None) if basis else None


# Wat een parameterpad mag zijn (de `toegestaan` van een fout erin).
_PADEN = "de paden van / the paths listed by: inburgering hervormingen"


def _eerste_dag(pad: str, basis: Benoemd | None) -> str:
    """De eerste dag die een hervorming van `pad` kan bedoelen (JJJJ-MM-DD): de inwerkingtreding van de wet, of de
    eerste waarde van de parameter als die eerder ligt (de Atw sinds 2010, de AOW-tabel sinds 2013). Een latere eerste
    waarde (een bepaling van 2023) mag naar de eerste dag van de wet worden vervroegd."""
    parameters = basissysteem().parameters
    begin = min(str(p.value) for p in parameters.inburgeringsplicht.inwerkingtreding_datum.values_list)
    knoop = None if _nieuwe_soorten(basis).get(pad) else zoek_parameter(parameters, pad)
    if isinstance(knoop, Parameter) and knoop.values_list:
        return min(begin, *(p.instant_str for p in knoop.values_list))
    return begin


def _soort_van_pad(pad: str, basis: Benoemd | None, foutpad: str) -> Soort:
    nieuw = _nieuwe_soorten(basis).get(pad)
    if nieuw:
        return nieuw[1]
    if not isinstance(pad, str):
        raise HervormingFout(foutpad, "Een parameterpad is tekst", "A parameter path is a string", _PADEN)
    if not pad:
        raise HervormingFout(foutpad, "Leeg parameterpad", "Empty parameter path", _PADEN)
    knoop = zoek_parameter(basissysteem().parameters, pad)
    if knoop is None:
        hint_nl, hint_en = _bedoelde_parameter(pad, basis)
        raise HervormingFout(foutpad, f"Onbekende parameter: {kort(pad)!r}.{hint_nl}",
                             f"Unknown parameter: {kort(pad)!r}.{hint_en}", _PADEN)
    if isinstance(knoop, ParameterScale) or not isinstance(knoop, Parameter):
        hint_nl, hint_en = _bedoelde_parameter(pad, basis)
        raise HervormingFout(foutpad, f"{kort(pad)!r} is geen parameter met waarden maar een groep.{hint_nl}",
                             f"{kort(pad)!r} is not a parameter with values but a group.{hint_en}", _PADEN)
    return _soort(knoop)


def _bedoelde_parameter(pad: str, basis: Benoemd | None) -> tuple[str, str]:
    """(nl, en) wat met een onbekend parameterpad (of een groep) bedoeld kan zijn, voor de API en de opdrachtregel:
    de dichtstbijzijnde paden (`notatie.bedoelde`), ook die alleen een andere benoemde hervorming invoert, met de
    `basis` die daarvoor nodig is."""
    eigen = [p["pad"] for p in parameterpaden(basis.naam if basis else None)]
    elders = {n.pad: b.naam for b in _benoemd().values() if b is not basis for n in b.nieuwe_parameters
              if n.pad not in eigen}
    if pad in elders:
        return (f' Die parameter bestaat alleen met "basis": "{elders[pad]}".',
                f' That parameter exists only with "basis": "{elders[pad]}".')
    nl, en = bedoelde(kort(pad), [*eigen, *elders])
    for elders_pad, naam in elders.items():  # a suggestion that needs a basis says which
        nl = re.sub(rf"\b{re.escape(elders_pad)}\b", f'{elders_pad} (met "basis": "{naam}")', nl)
        en = re.sub(rf"\b{re.escape(elders_pad)}\b", f'{elders_pad} (with "basis": "{naam}")', en)
    return nl, en


def _binnen_grenzen(parameters: Mapping, grenzen: Grenzen, prefix: str) -> None:
    """Te veel datums of waarden: geweigerd vóór er één waarde wordt gecontroleerd (`len` kost niets)."""
    totaal = 0
    for pad, waarden in parameters.items():
        aantal = len(waarden) if isinstance(waarden, Mapping) else 0
        if aantal > grenzen.datums_per_parameter:
            raise HervormingFout(f"{prefix}.{pad}", f"{kort(pad)}: {aantal} datums, ten hoogste "
                                 f"{grenzen.datums_per_parameter} per parameter", f"{kort(pad)}: {aantal} dates, at "
                                 f"most {grenzen.datums_per_parameter} per parameter",
                                 f"<= {grenzen.datums_per_parameter}")
        totaal += aantal
        if totaal > grenzen.waarden_per_hervorming:
            raise HervormingFout(prefix, f"Meer dan {grenzen.waarden_per_hervorming} waarden in de hervorming",
                                 f"More than {grenzen.waarden_per_hervorming} values in the reform",
                                 f"<= {grenzen.waarden_per_hervorming}")


def _canonieke_parameters(parameters, basis: Benoemd | None, prefix: str,
                          grenzen: Grenzen | None = None) -> dict[str, dict[str, Any]]:
    if parameters is None:
        return {}
    if not isinstance(parameters, Mapping):
        raise HervormingFout(prefix, "Verwacht een object {pad: {datum: waarde}}",
                             "Expected an object {path: {date: value}}",
                             "{pad: {datum: waarde}} / {path: {date: value}}")
    if grenzen is not None:
        _binnen_grenzen(parameters, grenzen, prefix)
    uit: dict[str, dict[str, Any]] = {}
    for pad, waarden in parameters.items():
        foutpad = f"{prefix}.{pad}"
        if basis is not None and pad in basis.afgeleid:
            raise HervormingFout(foutpad, f"{pad}: {basis.naam} leidt deze parameter zelf af en zou de waarde "
                                 "overschrijven; wijzig wat de afleiding gebruikt, of laat de basis weg",
                                 f"{pad}: {basis.naam} derives this parameter itself and would overwrite the value; "
                                 "change what the derivation uses, or leave the basis out")
        soort = _soort_van_pad(pad, basis, foutpad)
        if not isinstance(waarden, Mapping) or not waarden:
            raise HervormingFout(foutpad, f"{pad}: verwacht een object {{\"JJJJ-MM-DD\": waarde}} met ten minste één datum",
                                 f"{pad}: expected an object {{\"YYYY-MM-DD\": value}} with at least one date",
                                 '{"JJJJ-MM-DD": waarde} / {"YYYY-MM-DD": value}')
        per_dag = {}
        for dag, waarde in waarden.items():
            tekst = dag.isoformat() if isinstance(dag, date) and not isinstance(dag, datetime) else dag
            if not isinstance(tekst, str) or _als_dag(tekst) is None:
                nl, en = _voorstel("date", tekst)
                raise HervormingFout(f"{foutpad}.{dag}", f"{pad}: ongeldige datum {kort(dag)!r} (verwacht JJJJ-MM-DD)"
                                     f"{nl}", f"{pad}: invalid date {kort(dag)!r} (expected YYYY-MM-DD){en}",
                                     "JJJJ-MM-DD / YYYY-MM-DD")
            if tekst < _VROEGST or tekst > _LAATST:
                raise HervormingFout(f"{foutpad}.{tekst}", f"{pad}: datum {tekst} buiten {_VROEGST[:4]}-{_LAATST[:4]}",
                                     f"{pad}: date {tekst} outside {_VROEGST[:4]}-{_LAATST[:4]}",
                                     f"{_VROEGST} .. {_LAATST}")
            if tekst < (eerste := _eerste_dag(pad, basis)):
                raise HervormingFout(f"{foutpad}.{tekst}", f"{pad}: datum {tekst} ligt vóór {eerste}, de inwerkingtreding "
                                     "van de wet (of de eerste waarde van deze parameter als die eerder is); daarvóór "
                                     f"rekent de wet niet, dus zou de hervorming gelijk zijn aan een op {eerste}: kies "
                                     f"{eerste} of later",
                                     f"{pad}: date {tekst} is before {eerste}, the day the act entered into force (or "
                                     "this parameter's first value if earlier); the act computes nothing before it, so "
                                     f"the reform would equal one on {eerste}: choose {eerste} or later",
                                     f"{eerste} .. {_laatste_dag(pad, basis) or _LAATST}")
            if (laatste := _laatste_dag(pad, basis)) is not None and tekst > laatste:
                raise HervormingFout(f"{foutpad}.{tekst}", f"{pad}: datum {tekst} ligt na {laatste}, de laatste dag "
                                     f"waarvan {basis.naam} deze parameter leest; een waarde van later verandert niets: "
                                     f"kies {laatste} of eerder", f"{pad}: date {tekst} is after {laatste}, the last "
                                     f"day whose value {basis.naam} reads; a later value changes nothing: choose "
                                     f"{laatste} or earlier", f"{_eerste_dag(pad, basis)} .. {laatste}")
            per_dag[tekst] = _controleer_waarde(pad, soort, waarde, f"{foutpad}.{tekst}")
        uit[pad] = dict(sorted(per_dag.items()))
    return dict(sorted(uit.items()))


@dataclass(frozen=True)
class Canoniek:
    """Een gevalideerde hervorming: de benoemde basis (of None) en de parameterwijzigingen."""

    basis: str | None
    parameters: dict

    @property
    def leeg(self) -> bool:
        return self.basis is None and not self.parameters

    def json(self) -> str:
        return json.dumps({"basis": self.basis, "parameters": self.parameters}, sort_keys=True,
                          separators=(",", ":"), ensure_ascii=False)


def canoniek(hervorming, grenzen: Grenzen = Grenzen()) -> Canoniek:
    """Valideer een hervorming (naam, dict of None) als geheel, binnen `grenzen`; niets wordt toegepast."""
    if hervorming is None:
        return Canoniek(None, {})
    if isinstance(hervorming, str):
        if not _NAAM.match(hervorming) or hervorming not in _benoemd():
            bekend = ", ".join(sorted(_benoemd()))
            raise HervormingFout("hervorming", f"Onbekende hervorming: {kort(hervorming)!r} (bekend: {bekend})",
                                 f"Unknown reform: {kort(hervorming)!r} (known: {bekend})", sorted(_benoemd()))
        return Canoniek(hervorming, {})
    if not isinstance(hervorming, Mapping):
        raise HervormingFout("hervorming", "Een hervorming is een naam of een object {\"parameters\": ...}",
                             "A reform is a name or an object {\"parameters\": ...}",
                             [*sorted(_benoemd()), '{"parameters": ...}'])
    velden = ", ".join(("basis", "parameters", *_METADATA))
    for sleutelnaam in hervorming:
        if sleutelnaam not in ("parameters", "basis", *_METADATA):
            raise HervormingFout(f"hervorming.{kort(sleutelnaam)}", f"Onbekend veld {kort(sleutelnaam)!r} (toegestaan: "
                                 f"{velden})", f"Unknown field {kort(sleutelnaam)!r} (allowed: {velden})",
                                 ["basis", "parameters", *_METADATA])
    _metadata(hervorming)
    basisnaam = hervorming.get("basis")
    basis = None
    if basisnaam is not None:
        if not isinstance(basisnaam, str):
            raise HervormingFout("hervorming.basis", "De basis is de naam van een benoemde hervorming (tekst)",
                                 "The basis is the name of a named reform (a string)", sorted(_benoemd()))
        if basisnaam not in _benoemd():
            raise HervormingFout("hervorming.basis", f"Onbekende benoemde hervorming: {kort(basisnaam)!r}",
                                 f"Unknown named reform: {kort(basisnaam)!r}", sorted(_benoemd()))
        basis = _benoemd()[basisnaam]
    parameters = _canonieke_parameters(hervorming.get("parameters"), basis, "hervorming.parameters", grenzen)
    _eigen_naam(hervorming.get("naam"), basisnaam, parameters, grenzen)
    return Canoniek(basisnaam, parameters)


def _eigen_naam(naam, basisnaam: str | None, parameters: Mapping, grenzen: Grenzen | None) -> None:
    """De `naam` van een hervorming als data is die van een benoemde hervorming alleen als ze die hervorming is: die
    als basis zonder eigen wijziging, of precies haar wijzigingen (haar eigen bestand).
    `{"naam": "vierjarige_termijn"}` was het geldende recht, terwijl het ontvangstbewijs en de samenvatting die
    benoemde hervorming noemden (een review)."""
    if naam not in _benoemd():
        return
    benoemd = _benoemd()[naam]
    if naam == basisnaam and not parameters:
        return
    if basisnaam is None and benoemd.parameters and not benoemd.nieuwe_parameters and parameters == \
            _canonieke_parameters(benoemd.parameters, None, "hervorming.parameters", grenzen):
        return
    raise HervormingFout(
        "hervorming.naam",
        f"'{naam}' is de naam van een benoemde hervorming: pas haar toe met \"hervorming\": \"{naam}\" (op de "
        f"opdrachtregel --hervorming {naam}) of met \"basis\": \"{naam}\"; een hervorming als data met eigen "
        "wijzigingen krijgt een eigen naam",
        f"'{naam}' is the name of a named reform: apply it with \"hervorming\": \"{naam}\" (on the command line "
        f"--hervorming {naam}) or with \"basis\": \"{naam}\"; a reform as data with changes of its own gets a name "
        "of its own")


MAX_TEKST = {"naam": 100, "beschrijving_nl": 2000, "beschrijving_en": 2000}  # tekens
MAX_ARTIKELEN, MAX_ARTIKEL = 20, 100  # teksten, tekens per tekst


def _metadata(hervorming: Mapping) -> None:
    """De beschrijvende velden (`_METADATA`) van een hervorming als data: teksten van beperkte lengte, `artikelen` een
    korte lijst teksten. Ze komen terug in het ontvangstbewijs; een naam van 50.000 tekens of een object als naam
    werd zonder bezwaar aangenomen en teruggegeven."""
    for veld, lengte in MAX_TEKST.items():
        waarde = hervorming.get(veld)
        if waarde is not None and not (isinstance(waarde, str) and len(waarde) <= lengte):
            raise HervormingFout(f"hervorming.{veld}", f"{veld} moet een tekst van hoogstens {lengte} tekens zijn",
                                 f"{veld} must be a string of at most {lengte} characters")
    artikelen = hervorming.get("artikelen")
    if artikelen is not None and not (isinstance(artikelen, list) and len(artikelen) <= MAX_ARTIKELEN
                                      and all(isinstance(a, str) and len(a) <= MAX_ARTIKEL for a in artikelen)):
        raise HervormingFout("hervorming.artikelen",
                             f"artikelen moet een lijst van hoogstens {MAX_ARTIKELEN} teksten van hoogstens "
                             f"{MAX_ARTIKEL} tekens zijn", f"artikelen must be a list of at most {MAX_ARTIKELEN} "
                             f"strings of at most {MAX_ARTIKEL} characters")


def sleutel(hervorming) -> str:
    """De canonieke hash (sha256) van een hervorming; gelijk voor gelijke hervormingen."""
    return hashlib.sha256(canoniek(hervorming).json().encode()).hexdigest()


def titel(hervorming) -> str:
    """De titel van een hervorming in een samenvatting: de naam van een benoemde, anders haar eigen `naam`; zonder
    `naam` zegt ze waarop ze voortbouwt. Een hervorming met `basis` die zelf iets wijzigt is niet die benoemde: ze heet
    "hervorming als data op basis van <naam>", nooit alleen <naam>. Zonder hervorming: "basis"."""
    if hervorming is None:
        return "basis"
    if isinstance(hervorming, str):
        return hervorming
    if naam := hervorming.get("naam"):
        return str(naam)
    basis = hervorming.get("basis")
    if basis and not hervorming.get("parameters"):
        return str(basis)                          # precies de benoemde hervorming
    return f"hervorming als data op basis van {basis}" if basis else "hervorming als data"


def lees_hervorming(tekst: str):
    """Een hervorming uit de opdrachtregel: een naam, of een pad naar een YAML/JSON-bestand."""
    pad = Path(tekst)
    if pad.suffix.lower() in (".yaml", ".yml", ".json") or pad.is_file():
        if not pad.is_file():
            raise HervormingFout("hervorming", f"Bestand niet gevonden: {tekst}", f"File not found: {tekst}")
        try:
            data = yaml.safe_load(pad.read_text(encoding="utf-8"))
        except yaml.YAMLError as fout:
            raise HervormingFout("hervorming", f"{tekst} is geen geldige YAML: {fout}",
                                 f"{tekst} is not valid YAML: {fout}") from None
        return _datums_als_tekst(data)
    return tekst


def _datums_als_tekst(data):
    """YAML leest een 2024-01-01 zonder aanhalingstekens als datum: als tekst JJJJ-MM-DD, in sleutels en waarden, de
    vorm die een hervorming na het lezen overal heeft (de samenvatting van een wat-als is JSON)."""
    if isinstance(data, Mapping):
        return {_datums_als_tekst(sleutel): _datums_als_tekst(waarde) for sleutel, waarde in data.items()}
    if isinstance(data, list):
        return [_datums_als_tekst(waarde) for waarde in data]
    if isinstance(data, date) and not isinstance(data, datetime):
        return data.isoformat()
    return data


def parameterpaden(basis: str | None = None) -> list[dict]:
    """Alle parameters die een hervorming als data kan wijzigen: [{pad, eenheid, label, label_en}]."""
    uit = []
    for knoop in basissysteem().parameters.get_descendants():
        if isinstance(knoop, Parameter):
            metadata = knoop.metadata or {}
            uit.append({"pad": knoop.name, "eenheid": _soort(knoop).eenheid, "label": metadata.get("label"),
                        "label_en": metadata.get("label_en")})
    if basis is not None:
        for nieuw in _benoemd()[basis].nieuwe_parameters:
            metadata = nieuw.data.get("metadata", {})
            uit.append({"pad": nieuw.pad, "eenheid": metadata.get("unit"), "label": metadata.get("label"),
                        "label_en": metadata.get("label_en")})
    return sorted(uit, key=lambda p: p["pad"])


# -- bouwen ------------------------------------------------------------------------------------------

def _pas_toe(boom: ParameterNode, pad: str, waarden: Mapping[str, Any]) -> None:
    """Vanaf de eerste datum gelden de waarden van de hervorming; daarvóór blijft het basisrecht.

    Hetzelfde als `Parameter.update(start=dag)` per datum in oplopende volgorde, maar in één
    gesorteerde doorgang: `update` kopieert de hele lijst per datum (kwadratisch)."""
    parameter = zoek_parameter(boom, pad)
    dagen = sorted(waarden, reverse=True)             # `values_list` loopt af, zoals in OpenFisca
    nieuw = [ParameterAtInstant(f"{parameter.name}.{dag}", dag, data={"value": copy.deepcopy(waarden[dag])})
             for dag in dagen]
    parameter.values_list = nieuw + [p for p in parameter.values_list if p.instant_str < dagen[-1]]


def _voeg_toe(boom: ParameterNode, nieuw: NieuweParameter) -> None:
    *ouders, naam = nieuw.pad.split(".")
    knoop = boom
    for deel in ouders:
        knoop = knoop.children[deel]
    knoop.add_child(naam, Parameter(nieuw.pad, data=copy.deepcopy(nieuw.data)))


class Hervormd(Reform):
    """Een hervormd stelsel met een eigen cache van `get_parameters_at_instant` (zie de moduletekst)."""

    MAX_DAGEN = 512

    def __init__(self, baseline, vorm: Canoniek, basis: Benoemd | None) -> None:
        self._vorm, self._basis = vorm, basis
        self._per_dag: dict[Instant, Any] = {}
        self.name = titel({"basis": vorm.basis, "parameters": vorm.parameters})
        super().__init__(baseline)
        self.key = "hervorming_" + hashlib.sha256(vorm.json().encode()).hexdigest()[:16]

    def apply(self) -> None:
        basis, vorm = self._basis, self._vorm
        if basis is not None:
            for variabele in basis.variabelen:
                self.update_variable(variabele)

        def wijzig(parameters: ParameterNode) -> ParameterNode:
            if basis is not None:
                for nieuw in basis.nieuwe_parameters:
                    _voeg_toe(parameters, nieuw)
                for pad, waarden in _canonieke_parameters(basis.parameters, basis, f"{basis.naam}.parameters").items():
                    _pas_toe(parameters, pad, waarden)
            for pad, waarden in vorm.parameters.items():
                _pas_toe(parameters, pad, waarden)
            if basis is not None and basis.afleiden is not None:
                basis.afleiden(parameters)
            return parameters

        self.modify_parameters(modifier_function=wijzig)

    def get_parameters_at_instant(self, instant):
        if isinstance(instant, Period):
            instant = instant.start
        elif not isinstance(instant, Instant):
            instant = periods.instant(instant)
        gevonden = self._per_dag.get(instant)
        if gevonden is None:
            if len(self._per_dag) >= self.MAX_DAGEN:
                self._per_dag.clear()
            gevonden = self.parameters.get_at_instant(instant)
            self._per_dag[instant] = gevonden
        return gevonden


def _bouw(vorm: Canoniek) -> Hervormd:
    basis = _benoemd()[vorm.basis] if vorm.basis else None
    return Hervormd(basissysteem(), vorm, basis)


_SLOT = threading.Lock()
_STELSELS: OrderedDict[str, Hervormd] = OrderedDict()
_IN_BOUW: dict[str, Future] = {}


def systeem_voor(hervorming=None, grenzen: Grenzen = Grenzen()):
    """Het (gecachte) stelsel voor een hervorming: None, een naam of een dict.

    Een hervorming die niets wijzigt (`{}` of `{"parameters": {}}`) geeft het basisstelsel. Wie een
    hervorming vraagt die al gebouwd wordt, wacht op die ene bouw; andere hervormingen wachten niet."""
    vorm = canoniek(hervorming, grenzen)
    if vorm.leeg:
        return basissysteem()
    sleutelwaarde = hashlib.sha256(vorm.json().encode()).hexdigest()
    with _SLOT:
        systeem = _STELSELS.get(sleutelwaarde)
        if systeem is not None:
            _STELSELS.move_to_end(sleutelwaarde)
            return systeem
        bouw = _IN_BOUW.get(sleutelwaarde)
        bouwer = bouw is None
        if bouwer:
            bouw = _IN_BOUW[sleutelwaarde] = Future()
    if not bouwer:
        return bouw.result()
    try:
        systeem = _bouw(vorm)
        with _SLOT:
            _STELSELS[sleutelwaarde] = systeem
            while len(_STELSELS) > MAX_STELSELS:
                _STELSELS.popitem(last=False)
    except BaseException as fout:
        bouw.set_exception(fout)
        raise
    finally:
        with _SLOT:
            del _IN_BOUW[sleutelwaarde]
    bouw.set_result(systeem)
    return systeem


def afgeleid(systeem, naam: str, maak: Callable[[], Any]):
    """Iets dat uit een stelsel wordt afgeleid (metadata, afhankelijkheden), éénmaal, bewaard óp het stelsel.

    Zo leeft het precies zo lang als het stelsel (dat de LRU-cache van `systeem_voor` begrenst) en
    houdt geen globale cache een oud stelsel in leven."""
    opgeslagen = systeem.__dict__.setdefault("_afgeleid", {})
    if naam not in opgeslagen:
        opgeslagen.setdefault(naam, maak())
    return opgeslagen[naam]


def cache_info() -> dict:
    with _SLOT:
        return {"stelsels": len(_STELSELS), "maximum": MAX_STELSELS, "in_bouw": len(_IN_BOUW)}


def rond_op_centen(bedrag) -> float | int:
    """Een bedrag in euro's, half naar boven afgerond op de cent (voor afgeleide parameters)."""
    waarde = Decimal(str(bedrag)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return int(waarde) if waarde == waarde.to_integral_value() else float(waarde)
