"""Generate docs/invoer.md: every public input (`publiek.INVOER`) with its type as the API accepts it, its label,
what "not given" means for it, its legal basis and the DUO blocks that fill it (so the doc cannot drift).

Run: `make invoer` (tests/test_invoer_tabel.py checks the committed file is current).
Types and bounds come from the API's own schema (`api/schemas.py`), "not given" from the sets in
`inburgering_rules/publiek.py` and `simulatie.gebeurtenissen`, legal bases from `instrumenten.grondslag`.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from inburgering_rules import CountryTaxBenefitSystem, duo, publiek, simulatie
from inburgering_rules.api.schemas import JAAR_MAX, JAAR_MIN, soort, validator_en_schema
from inburgering_rules.hervormingen import zoek_parameter
from inburgering_rules.instrumenten import INSTRUMENTEN, PER_TITEL, grondslag
from inburgering_rules.meetellen import MEETELLEND
from inburgering_rules.notatie import getal
from inburgering_rules.waarden import EXTRA_LANDEN

# The topic folders under variables/, in the order of the law (plicht, vrijstelling, routes, termijnen, ...).
ONDERWERPEN = ("inburgeringsplicht", "vrijstelling_ontheffing", "leerroutes", "termijnen", "pvt_map",
               "maatschappelijke_begeleiding", "ontzorgen", "boetes", "lening")
WIE = {"college": "het college", "duo": "de Minister (DUO)"}
STANDAARD = {"bool": "nee", "int": "0", "geld": "€ 0"}

KOP = f"""# Invoer: elk gegeven dat de regels lezen

Gegenereerd door `make invoer` (`tools/invoer_tabel.py`) uit `inburgering_rules/publiek.py`, de variabelen onder
`variables/` en het schema van de API (`api/schemas.py`). Niet met de hand bewerken.

Een **invoer** is een feit, gebeurtenis of oordeel over één persoon dat de regels niet zelf berekenen maar dat de
aanroeper geeft: in `persoon` van `POST /v1/beoordeling` (en per persoon in de batch), als kolom van een eigen CSV
bij `inburgering whatif` ([analisten.md](analisten.md)) en onder `input` in een YAML-test. Hieronder staan alle
{len(publiek.INVOER)} invoernamen van het publieke vocabulaire, per onderwerp (de map van de variabele onder
`variables/`). Wat de regels eruit besluiten, staat per artikel in [artikelindex.md](artikelindex.md).

**Soort** is wat de API aanneemt, uit hetzelfde schema als `/openapi.json`: een datum als JJJJ-MM-DD (een bestaande
dag, jaar {JAAR_MIN} tot en met {JAAR_MAX}), ja/nee als `true` of `false`, een geheel getal of een bedrag in euro
(ten hoogste twee decimalen) binnen de genoemde grenzen, of een keuze uit de genoemde waarden.

**Niet gegeven** is een ontbrekende sleutel of `null` (in een CSV een lege cel of een ontbrekende kolom). Wat dat
betekent, legt `inburgering_rules/publiek.py` per invoer vast; de kolom "niet gegeven" zegt het:

- **nodig feit**: zonder dit feit is een besluit dat ervan afhangt `null` (onbepaald), en het feit staat onder
  `ontbrekende_gegevens`;
- **oordeel**: een discretionaire beslissing van het college of de Minister; hangt een besluit ervan af, dan is
  het onbepaald en staat het oordeel onder `menselijk_oordeel_nodig` (een mens beslist);
- **gebeurtenis** (een datum van de procedure): heeft (nog) niet plaatsgevonden, net als een dag na de peildatum;
  een besluit dat erop wacht, heeft de status `nog_niet` en noemt haar onder `wacht_op`;
- **alleen soms nodig**: een feit dat alleen nodig is waar een ander gegeven een bepaalde waarde heeft, bij wie
  jonger is dan een leeftijd uit de wet, of uit een beschikking die is bekendgemaakt; daar is het besluit zonder dat
  feit onbepaald (`ontbrekende_gegevens`), elders geldt de standaardwaarde;
- **overige feiten**: het ontbreken betekent iets (nee, 0, geen); de standaardwaarde is juridisch juist en maakt
  geen besluit onbepaald.

Of een besluit werkelijk van een ontbrekend nodig feit, oordeel of soms nodig feit afhangt, toetst de beslis-API
door het opnieuw te berekenen met proefwaarden van dat gegeven: verandert de uitkomst, dan is het onbepaald. Een
YAML-test rekent met de standaardwaarde van wat ontbreekt; `inburgering test` meldt het waar de API een verwacht
besluit onbepaald zou noemen.

**Grondslag**: de artikelen en leden uit de `reference` van de variabele, met een link naar wetten.overheid.nl (de
leden zoals de tekst van vandaag ze nummert). **DUO-blok**: de blokken van DUO's antwoorden die deze invoer vullen bij
`POST /v1/beoordeling/duo`; welke velden en met welke regels staat in [duo.md](duo.md).
"""


def _cel(tekst: object) -> str:
    return str(tekst).replace("|", "\\|").replace("\n", " ")


def _namen(namen) -> str:
    return ", ".join(f"`{n}`" for n in namen)


def _soort(systeem, naam: str) -> str:
    """The type as the API's schema publishes it (`validator_en_schema` with the system: the law's bounds)."""
    variabele = systeem.variables[naam]
    aard, schema = soort(variabele), validator_en_schema(variabele, systeem)[1]
    if aard == "enum":
        return f"keuze: {_namen(schema['enum'])}"
    if aard == "datum":
        return "datum JJJJ-MM-DD"
    if aard == "bool":
        return "ja/nee"
    if aard == "str":
        extra = ", ".join(f"{code} = {land}" for code, land in EXTRA_LANDEN.items())
        return f"landcode `{schema['pattern']}`: ISO 3166-1 alpha-2 ({extra}) of `\"\"`"
    grenzen = f"{getal(schema['minimum'])} t/m {getal(schema['maximum'])}"
    if aard == "geld":
        return f"bedrag in euro, {grenzen}, op de cent"
    wet = publiek.WETTELIJK_MAXIMUM.get(naam)
    return f"geheel getal {grenzen}" + (f" (de grens van de wet: parameter `{wet}`)" if wet else "")


def _standaard(systeem, naam: str) -> str:
    variabele = systeem.variables[naam]
    aard = soort(variabele)
    return f"`{variabele.default_value.name}`" if aard == "enum" else STANDAARD[aard]


def _waarde(ander: str, waarde) -> str:
    if waarde == publiek.GEGEVEN:
        return f"waar `{ander}` gegeven is"
    return f"waar `{ander}` = " + ("ja" if waarde is True else f"`{waarde}`")


def _leeftijd(systeem, pad: str) -> str:
    laatste = zoek_parameter(systeem.parameters, pad).values_list[0]
    return f"{laatste.value} jaar (parameter `{pad}`, vanaf {laatste.instant_str})"


def niet_gegeven(systeem, naam: str, gebeurtenissen: tuple[str, ...]) -> str:
    """What "not given" means for one input, from the sets of `publiek` (and `simulatie.gebeurtenissen`)."""
    sleutel, soort_invoer = "`ontbrekende_gegevens`", None
    if naam in publiek.OORDELEN:
        sleutel = "`menselijk_oordeel_nodig`"
        soort_invoer = f"Oordeel van {WIE[publiek.OORDELEN[naam]]}, een mens beslist"
    elif naam in publiek.NODIGE_FEITEN:
        soort_invoer = "Nodig feit"
    elif naam in publiek.FEITEN_UIT_INTAKE:
        soort_invoer = "Wat de persoon in de brede intake aangaf (niet gegeven is niet nee)"
    waar = [_waarde(ander, waarde) for ander, waarde in publiek.FEITEN_ALLEEN_BIJ.get(naam, ())]
    if naam in publiek.FEITEN_UIT_BESCHIKKING:
        waar.append(_waarde(publiek.FEITEN_UIT_BESCHIKKING[naam], publiek.GEGEVEN))
    if naam in publiek.FEITEN_TOT_LEEFTIJD:
        waar.append(f"bij wie op de peildatum jonger is dan {_leeftijd(systeem, publiek.FEITEN_TOT_LEEFTIJD[naam])} "
                    "of van wie `geboortedatum` ontbreekt")
    if waar:
        zinnen = [f"{soort_invoer + '; a' if soort_invoer else 'A'}lleen nodig {' of '.join(waar)}: daar is een "
                  f"besluit dat ervan afhangt onbepaald ({sleutel}); elders {_standaard(systeem, naam)}."]
    elif soort_invoer:
        zinnen = [f"{soort_invoer}: een besluit dat ervan afhangt is onbepaald ({sleutel})."]
    elif naam in gebeurtenissen:
        zinnen = ["Gebeurtenis: (nog) niet plaatsgevonden (`wacht_op`)."]
    else:
        zinnen = [f"Geldt als {_standaard(systeem, naam)}."]
    if naam in publiek.BLIJKT_UIT_LEERROUTE:
        zinnen.append("Blijkt uit de leerroute van een PIP op of vóór de peildatum; dan ontbreekt het niet.")
    if naam in publiek.VERVANGEN_DOOR:
        zinnen.append(f"Niet gevraagd waar de preciezere feiten {_namen(publiek.VERVANGEN_DOOR[naam])} gegeven zijn.")
    if naam in publiek.ONBEKEND_ALS:
        onbekend = publiek.ONBEKEND_ALS[naam]
        zinnen.append(f"De waarde `{onbekend if onbekend != '' else chr(34) * 2}` telt als niet gegeven.")
    if naam in MEETELLEND:
        zinnen.append(f"Telt voor het voldoen alleen mee op of na `{publiek.GEBEURTENIS_NA[naam]}` (Bi 5.3 lid 5).")
    elif naam in publiek.GEBEURTENIS_NA:
        zinnen.append(f"Komt pas na `{publiek.GEBEURTENIS_NA[naam]}`.")
    if naam in publiek.GEBEURTENIS_ALLEEN_ALS:
        zinnen.append(f"Een besluit wacht er alleen op waar `{publiek.GEBEURTENIS_ALLEEN_ALS[naam]}`.")
    return " ".join(zinnen)


def _grondslag(links) -> str:
    """The legal bases as links: `[Wi 3 lid 1](https://wetten.overheid.nl/...)`."""
    delen = []
    for link in links:
        g = grondslag(link)
        instrument = PER_TITEL.get(g["regeling"])
        naam = instrument.afkorting if instrument else g["regeling"]
        delen.append(f"[{naam} {g['artikel']}{' lid ' + g['lid'] if g['lid'] else ''}]({g['url']})")
    return ", ".join(delen)


def main() -> int:
    systeem = CountryTaxBenefitSystem()
    gebeurtenissen = simulatie.gebeurtenissen(systeem)
    uit_duo = defaultdict(dict)  # input -> the DUO blocks that fill it, in duo.VELDEN's order
    for veld in duo.VELDEN:
        for naam in (veld.invoer or "").split(","):
            if naam.strip():
                uit_duo[naam.strip()][f"`{veld.blok}`"] = None
    per_onderwerp = defaultdict(list)
    for naam in publiek.INVOER:
        onderwerp = Path(systeem.variables[naam].introspection_data[0]).parent.name
        assert onderwerp in ONDERWERPEN, f"{naam}: topic folder {onderwerp} is not in ONDERWERPEN"
        per_onderwerp[onderwerp].append(naam)
    gebruikt = {grondslag(link)["regeling"] for naam in publiek.INVOER for link in systeem.variables[naam].reference}
    regels = [KOP, "Afkortingen: " + "; ".join(f"{i.afkorting} = {i.titel}" for i in INSTRUMENTEN.values()
                                               if i.titel in gebruikt) + "."]
    for onderwerp in ONDERWERPEN:
        namen = per_onderwerp[onderwerp]
        regels += ["", f"## {onderwerp} ({len(namen)})", ""]
        if not namen:
            regels.append("Geen eigen invoer: de besluiten van dit onderwerp volgen uit de invoer van de andere "
                          "onderwerpen.")
            continue
        regels += ["| invoer | soort | omschrijving | niet gegeven | grondslag | DUO-blok |",
                   "|---|---|---|---|---|---|"]
        for naam in namen:
            variabele = systeem.variables[naam]
            regels.append(f"| `{naam}` | {_soort(systeem, naam)} | {_cel(variabele.label)} | "
                          f"{_cel(niet_gegeven(systeem, naam, gebeurtenissen))} | {_grondslag(variabele.reference)} | "
                          f"{', '.join(uit_duo[naam]) or '-'} |")
    sys.stdout.write("\n".join(regels) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
