"""Getallen, bedragen en termijnen zoals een lezer ze leest: Nederlands (1.234,56; € 2.400; drie jaar) of
Engels (1,234.56; €2,400; three years). Eén plek voor de uitleg van de API, de samenvattingen van `whatif`
en de meldingen van de opdrachtregel, ook voor de suggestie bij een verschreven naam (`bedoelde`) en voor het
terug lezen van een Nederlands getal (`getal_met_punt`: 1.250,50 is 1250.50; `dubbelzinnig`: 1.250 zonder notatie)
of een voorstel daarvoor (`als_getal`, `als_iso`: 14-03-2023 is 2023-03-14). Getest in `tests/test_notatie.py`."""

from __future__ import annotations

import difflib
import math
import re
from decimal import Decimal
from collections.abc import Sequence
from datetime import date

# Tot en met negen in woorden, daarboven in cijfers (zoals de teksten van de API altijd deden: "10 weken").
_WOORDEN = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_EENHEDEN = {  # (enkelvoud, meervoud) per taal
    "nl": {
        "dagen": ("dag", "dagen"),
        "weken": ("week", "weken"),
        "maanden": ("maand", "maanden"),
        "jaren": ("jaar", "jaar"),
    },
    "en": {
        "dagen": ("day", "days"),
        "weken": ("week", "weeks"),
        "maanden": ("month", "months"),
        "jaren": ("year", "years"),
    },
}


def getal_met(aantal: int, enkelvoud: str, meervoud: str, taal: str = "nl") -> str:
    """Een aantal met zijn woord in enkel- of meervoud: "1 persoon", "100.000 personen" (nl), "1,000 persons" (en)."""
    return f"{getal(aantal, taal=taal)} {enkelvoud if aantal == 1 else meervoud}"


def getal(waarde, decimalen: int = 0, taal: str = "nl") -> str:
    """Met scheiding van duizendtallen: 1.234.567 en 57,2 (nl); 1,234,567 en 57.2 (en)."""
    tekst = f"{waarde:,}" if isinstance(waarde, int) and not decimalen else f"{waarde:,.{decimalen}f}"
    return _nl(tekst) if taal == "nl" else tekst


def als_procent(waarde, taal: str = "nl") -> str:
    """Een percentage zoals het is, nooit afgerond: 75, 62,5 (nl) of 62.5 (en), 12,345 (een hervorming kan een
    breuk geven waar de wet hele procenten noemt; "62 %" naast een boete van 62,5 % las als een fout)."""
    waarde = float(waarde)
    if waarde.is_integer():
        return getal(int(waarde), 0, taal)
    tekst = format(Decimal(repr(waarde)), "f")  # de kortste tekst die precies deze waarde is, zonder 1e-07
    return tekst.replace(".", ",") if taal == "nl" else tekst


_NL_DUIZEND = re.compile(r"^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")  # een duizendtal begint niet met 0 (0.125)
_DUBBELZINNIG = re.compile(r"^-?[1-9]\d{0,2}\.\d{3}$")  # 0.125 kan geen duizendtal zijn


def getal_met_punt(tekst: str, nederlands: bool) -> str:
    """Een getal als tekst met een decimale punt: `250,50` is altijd 250.50 (een komma is nooit een
    duizendtal); in een Nederlandse CSV is `1.250` of `1.250,50` een getal met een punt als duizendtal."""
    if nederlands and _NL_DUIZEND.match(tekst):
        tekst = tekst.replace(".", "")
    return tekst.replace(",", ".") if tekst.count(",") == 1 and "." not in tekst else tekst


def als_getal(waarde, geheel: bool) -> str | None:
    """Het getal dat een tekst noemt, zoals een Nederlandse lezer het schrijft ("37,50", "€ 1.250,50", "12": een
    decimale komma, een punt als duizendtal, een euroteken), als voorstel in de schrijfwijze van een machine ("37.5",
    "1250.5"); None als de tekst geen getal is dat dit pakket aanneemt (0 of meer; `geheel`: een geheel getal)."""
    if not isinstance(waarde, str):
        return None
    try:
        getal_ = float(getal_met_punt(waarde.replace("€", "").strip(), nederlands=True))
    except ValueError:
        return None
    if not math.isfinite(getal_) or getal_ < 0 or (geheel and not getal_.is_integer()):
        return None
    return str(int(getal_)) if getal_.is_integer() else repr(getal_)


def als_iso(tekst: str) -> str | None:
    """'14-03-2023', '14/3/2023' of '2023-3-14' als JJJJ-MM-DD, als het een bestaande dag is; anders None (een
    voorstel voor wie een datum schreef zoals een Nederlandse lezer)."""
    if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", tekst.strip()):
        dag, maand, jaar = m.groups()
    elif m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", tekst.strip()):
        jaar, maand, dag = m.groups()
    else:
        return None
    try:
        return date(int(jaar), int(maand), int(dag)).isoformat()
    except ValueError:
        return None


def dubbelzinnig(tekst: str) -> bool:
    """Of een getal zonder de notatie niet te lezen is: `1.250` is 1250 met een punt als duizendtal (Nederlands) en
    1,25 met een decimale punt. `1.250,50`, `1.250.000` en `1250.5` zijn elk maar op één manier te lezen."""
    return bool(_DUBBELZINNIG.match(tekst))


def bedrag(euros, taal: str = "nl", centen: bool = True) -> str:
    """€ 1.234,56 (nl) of €1,234.56 (en); `centen=False` voor een heel bedrag uit de wet: € 2.400 of €2,400.
    (Zonder omweg via `getal`: de uitleg schrijft zo'n twintig bedragen per persoon.)"""
    tekst = f"{euros:,.2f}" if centen else f"{euros:,.0f}"
    return "€ " + _nl(tekst) if taal == "nl" else "€" + tekst


def _nl(tekst: str) -> str:
    """Engelse scheidingstekens naar Nederlandse: 1,234.5 -> 1.234,5."""
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def duur(aantal: int, eenheid: str, taal: str = "nl") -> str:
    """Een termijn in woorden: "zes weken", "drie jaar" (36 maanden), "anderhalf jaar" (18), "10 weken".
    Een aantal maanden dat een geheel aantal jaren is, heet in jaren."""
    aantal = int(aantal)
    if eenheid == "maanden" and aantal == 18:
        return "anderhalf jaar" if taal == "nl" else "one and a half years"
    if eenheid == "maanden" and aantal and aantal % 12 == 0:
        aantal, eenheid = aantal // 12, "jaren"
    woord = _WOORDEN[taal][aantal] if 0 <= aantal < 10 else str(aantal)
    enkelvoud, meervoud = _EENHEDEN[taal][eenheid]
    return f"{woord} {enkelvoud if aantal == 1 else meervoud}"


_MAANDEN = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def datum_voluit(dag: str, taal: str = "nl") -> str:
    """Een dag (JJJJ-MM-DD) voluit: "1 januari 2022" (nl) of "1 January 2022" (en); een dag van het jaar (MM-DD)
    zonder jaar: "15 juni" (een Nederlandse lezer leest 06-15 als dag 6 van maand 15)."""
    *jaar, maand, dag_ = dag[:10].split("-")
    return " ".join([str(int(dag_)), _MAANDEN[taal][int(maand) - 1], *jaar])


def hoofdletter(tekst: str) -> str:
    """De eerste letter als hoofdletter (een zin die met een termijn begint)."""
    return tekst[:1].upper() + tekst[1:]


def bedoelde(waarde: str, opties: Sequence[str]) -> tuple[str, str]:
    """(' Bedoelde u X?', ' Did you mean X?') with the closest options (substring, then difflib), or ''. For the
    YAML runner and the API's errors alike."""
    klein = waarde.lower()
    treffers = [o for o in opties if len(klein) >= 3 and klein in o.lower()][:3]
    treffers = treffers or difflib.get_close_matches(waarde, list(opties), n=2, cutoff=0.6)
    if not treffers:
        return "", ""
    return f" Bedoelde u {' of '.join(treffers)}?", f" Did you mean {' or '.join(treffers)}?"


# Hoeveel tekens een melding van een gegeven naam (een pad, een datum, een sleutel, een waarde) herhaalt: een naam van
# 1 MB gaf een fout van 4 MB (de naam in het pad, in beide talen en in `detail`).
MAX_NAAM = 100


def kort(naam) -> str:
    """`naam` als tekst van hoogstens `MAX_NAAM` tekens; een ingekorte eindigt op '…'. De ene plek waar een melding
    (van een hervorming, en in de API `fouten.pad`) een gegeven naam inkort."""
    tekst = str(naam)
    return tekst if len(tekst) <= MAX_NAAM else tekst[: MAX_NAAM - 1] + "…"
