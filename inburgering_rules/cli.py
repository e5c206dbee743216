"""De opdrachtregel `inburgering` voor analisten (issue 4).

    inburgering populatie --aantal N --uit pop.csv [--seed S]
    inburgering whatif --populatie pop.csv --hervorming NAAM|bestand.yaml --uit MAP [--peildatum D]
                       [--formaat csv,parquet,xlsx] [--nl] [--per-persoon] [--blok N] [--geen-voortgang]
                       [--geen-grafieken]
    inburgering toets-hervorming NAAM|bestand.yaml [--alle-besluiten]
    inburgering hervormingen            # de benoemde hervormingen en elke parameter met zijn huidige waarde
    inburgering test PAD... [-n NAAM]   # YAML-tests met een rapport voor juristen (issue 13)

Fouten (onbekende hervorming, fout pad, ongeldige CSV) geven een duidelijke melding, Nederlands op de regel `fout:`
en Engels op de regel `error:`, en exitcode 2; geen traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from functools import partial
from pathlib import Path

from inburgering_rules import geheugen, publiek
from inburgering_rules.notatie import bedrag, datum_voluit, getal, getal_met

EXIT_FOUT = 2


def _fout(nl: str, en: str) -> int:
    print(f"fout: {nl}\nerror: {en}", file=sys.stderr)
    return EXIT_FOUT


def _datum(tekst: str) -> str:
    from inburgering_rules.populatie import _datum_tekst

    try:
        return _datum_tekst(tekst.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen datum JJJJ-MM-DD of DD-MM-JJJJ / not a date YYYY-MM-DD: {tekst!r}") from None


def _formaten(tekst: str) -> tuple[str, ...]:
    from inburgering_rules.analyse.formaten import FormaatFout, controleer_formaten

    try:
        return controleer_formaten([f.strip().lower() for f in tekst.split(",") if f.strip()] or ["csv"])
    except FormaatFout as fout:
        raise argparse.ArgumentTypeError(str(fout)) from None


# een aantal zoals dit programma het schrijft: 100.000 (een punt tussen elke drie cijfers), of 100_000, of 100000
_DUIZENDTALLEN = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+")


def _positief(tekst: str) -> int:
    try:
        waarde = int(tekst.replace(".", "") if _DUIZENDTALLEN.fullmatch(tekst) else tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal / not an integer: {tekst!r}") from None
    if waarde < 1 or waarde > 50_000_000:
        raise argparse.ArgumentTypeError("tussen 1 en 50.000.000 / between 1 and 50,000,000")
    return waarde


def parser() -> argparse.ArgumentParser:
    hoofd = argparse.ArgumentParser(prog="inburgering", description="Wat-als-analyses op de Wet inburgering 2021.")
    sub = hoofd.add_subparsers(dest="opdracht", required=True)

    p = sub.add_parser("populatie", help="maak een synthetische populatie (CSV)")
    p.add_argument("--aantal", type=_positief, required=True, help="aantal personen")
    p.add_argument("--uit", required=True, help="CSV-bestand om te schrijven")
    p.add_argument("--seed", type=int, default=2021, help="zaad van de toevalsgenerator (standaard 2021)")

    w = sub.add_parser("whatif", help="vergelijk basis en hervorming voor een populatie")
    w.add_argument("--populatie", required=True,
                   help="populatie (CSV met `,` of `;`, Parquet of XLSX) met elke deelverzameling van de invoerkolommen")
    w.add_argument("--hervorming", required=True, help="naam van een benoemde hervorming of een YAML/JSON-bestand")
    w.add_argument("--uit", required=True, help="map voor de uitvoer")
    w.add_argument("--peildatum", type=_datum, default=None, help="peildatum (standaard 2031-12-31)")
    w.add_argument("--formaat", type=_formaten, default=("csv",),
                   help="tabellen als csv, parquet en/of xlsx, met komma's gescheiden (standaard csv)")
    w.add_argument("--nl", action="store_true",
                   help="CSV-uitvoer voor een Nederlandse spreadsheet: ';' en decimale komma's")
    w.add_argument("--per-persoon", action="store_true",
                   help="ook per_persoon.*: één rij per persoon, basis en hervorming per besluit")
    w.add_argument("--blok", type=_positief, default=100_000, help="personen per blok (geheugen)")
    w.add_argument("--geen-voortgang", action="store_true", help="geen voortgangsbalk")
    w.add_argument("--geen-grafieken", action="store_true", help="geen PNG-grafieken")

    t = sub.add_parser("toets-hervorming", help="de YAML-expertsuite onder een hervorming: welke gevallen veranderen")
    t.add_argument("hervorming", help="naam van een benoemde hervorming of een YAML/JSON-bestand")
    t.add_argument("--yaml", default=None, help="map met YAML-tests (standaard tests/yaml)")
    t.add_argument("--alle-besluiten", action="store_true", help="vergelijk alle publieke besluiten, niet alleen de getoetste")

    sub.add_parser("hervormingen", help="toon de benoemde hervormingen en de parameterpaden")

    y = sub.add_parser("test", help="draai YAML-tests: verwacht/berekend met uitleg en grondslag, bestand en regel")
    y.add_argument("pad", nargs="+", help="YAML-bestanden of mappen (bijvoorbeeld tests/yaml)")
    y.add_argument("-n", "--naam", default=None, help="alleen tests waarvan bestandsnaam, naam of trefwoord dit bevat")
    y.add_argument("--streng", action="store_true",
                   help="ook mislukt waar de API een verwacht besluit onbepaald noemt: een feit dat de test niet "
                        "geeft, telt anders als zijn standaardwaarde (false, 0, geen datum)")
    return hoofd


def _hervorming(tekst: str):
    from inburgering_rules.hervormingen import canoniek, lees_hervorming

    hervorming = lees_hervorming(tekst)
    canoniek(hervorming)
    return hervorming


def _populatie(args) -> int:
    from inburgering_rules import populatie

    uit = Path(args.uit)
    if not uit.parent.exists():
        return _fout(f"map bestaat niet: {uit.parent}", f"folder does not exist: {uit.parent}")
    begin = time.perf_counter()
    populatie.schrijf(uit, args.aantal, seed=args.seed)
    print(f"{getal_met(args.aantal, 'synthetische persoon', 'synthetische personen')} geschreven naar {uit} "
          f"(seed {args.seed}) in "
          f"{getal(time.perf_counter() - begin, 1)} s")
    return 0


def _whatif(args) -> int:
    from inburgering_rules import whatif

    if not Path(args.populatie).is_file():
        return _fout(f"populatie niet gevonden: {args.populatie}", f"population not found: {args.populatie}")
    hervorming = _hervorming(args.hervorming)
    peildatum = args.peildatum or whatif.STANDAARD_PEILDATUM
    if fout := whatif.voor_de_wet(hervorming, peildatum):
        return _fout(*fout)
    uitkomst = whatif.vergelijk(args.populatie, hervorming, args.uit,
                                peildatum=peildatum, blok=args.blok,
                                voortgang=not args.geen_voortgang, grafieken=not args.geen_grafieken,
                                formaten=args.formaat, nl=args.nl, per_persoon=args.per_persoon)
    print(whatif.samenvatting_tekst(uitkomst))
    print(f"\nUitvoer in {args.uit}: " + ", ".join(sorted(p.name for p in uitkomst.bestanden.values())))
    print(f"{getal_met(uitkomst.tellingen.personen, 'persoon', 'personen')} in {getal(uitkomst.seconden, 1)} s")
    return 0


def _toets(args) -> int:
    from inburgering_rules import whatif
    from inburgering_rules.hervormingen import titel

    hervorming = _hervorming(args.hervorming)
    try:
        gevallen, wijzigingen = whatif.toets_hervorming(hervorming, args.yaml, args.alle_besluiten)
    except whatif.SuiteFout as fout:
        print(fout, file=sys.stderr)
        return _fout("de YAML-tests hierboven zijn fout; er is niets gerekend (inburgering test geeft "
                     "dezelfde meldingen)", "the YAML tests above are wrong; nothing was computed "
                     "(inburgering test gives the same messages)")
    geraakt = sorted({(w.bestand, w.geval) for w in wijzigingen})
    # zoals de samenvattingen haar noemen (`titel`: haar `naam`, of waarop ze voortbouwt), met het bestand erbij
    naam = titel(hervorming) + (f" ({args.hervorming})" if isinstance(hervorming, dict) else "")
    print(f"{gevallen} gevallen uit de YAML-expertsuite; {len(geraakt)} gevallen met een ander besluit onder "
          f"{naam} ({len(wijzigingen)} besluiten).")
    huidig = None
    for w in wijzigingen:
        if (w.bestand, w.geval) != huidig:
            huidig = (w.bestand, w.geval)
            print(f"\n{w.bestand}: {w.geval}")
        toon = partial(_toon, w.besluit)
        verwacht = "" if w.verwacht is None else f"   (verwacht in de suite: {toon(w.verwacht)})"
        print(f"  {w.besluit}: {toon(w.basis)} -> {toon(w.hervorming)}{verwacht}")
    return 0


def _toon(besluit: str, waarde) -> str:
    """Een waarde van `toets-hervorming` zoals een Nederlandse lezer haar leest: een bedrag als € 1.250,50 (was
    1250.5), een getal met een decimale komma; de rest zoals in de YAML-suite: `true`/`false`, en `geen` voor geen
    datum (stond er als Python's `False` en `None`)."""
    if waarde is None:
        return "geen"
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if besluit in publiek.GELD:
        try:
            return bedrag(float(waarde))  # ook zoals de suite het schrijft ("340")
        except ValueError:
            return str(waarde)
    if isinstance(waarde, float):
        return getal(waarde, 2)
    return str(waarde)


def _waarde(systeem, pad: str, dag: str):
    """De waarde van een parameter op `dag` ("-" als hij dan niet geldt)."""
    knoop = systeem.parameters(dag)
    try:
        for deel in pad.split("."):
            knoop = getattr(knoop, deel)
    except Exception:                              # noqa: BLE001 - een parameter die op die dag niet bestaat
        return "-"
    if hasattr(knoop, "tolist"):
        knoop = knoop.tolist()
    return "-" if knoop is None else knoop


def _eenheid(eenheid: str) -> str:
    """De eenheid van een parameter (`parameterpaden`: Engels, uit de metadata) zoals een Nederlandse lezer haar
    leest (`hervormingen.EENHEID_NL`)."""
    from inburgering_rules.hervormingen import EENHEID_NL

    return EENHEID_NL.get(eenheid, eenheid)


def _lijst(_args) -> int:
    from inburgering_rules.hervormingen import (
        basissysteem,
        benoemde_hervormingen,
        parameterpaden,
        systeem_voor,
    )

    vandaag = date.today().isoformat()
    for h in benoemde_hervormingen():
        artikelen = ", ".join(f"{a['regeling']} art. {a['artikel']}" + (f" lid {a['lid']}" if a["lid"] else "")
                              for a in h["artikelen"])
        print(f"{h['naam']}\n  {h['beschrijving_nl']}\n  artikelen: {artikelen}\n")
    paden = parameterpaden()
    print(f"Alle {len(paden)} parameters die een eigen hervorming mag zetten {{\"parameters\": {{pad: {{datum: waarde}}}}}},")
    print(f"met hun waarde op {datum_voluit(vandaag)}:")
    for p in paden:
        print(f"  {p['pad']} = {_waarde(basissysteem(), p['pad'], vandaag)}  [{_eenheid(p['eenheid'])}]  "
              f"{p['label'] or ''}")
    for h in benoemde_hervormingen():
        eigen = [p for p in parameterpaden(h["naam"]) if p["pad"] not in {q["pad"] for q in paden}]
        if eigen:
            print(f"Alleen met \"basis: {h['naam']}\" (waarde onder die hervorming):")
            for p in eigen:
                print(f"  {p['pad']} = {_waarde(systeem_voor(h['naam']), p['pad'], vandaag)}  "
                      f"[{_eenheid(p['eenheid'])}]  {p['label'] or ''}")
    return 0


def _test(args) -> int:
    from inburgering_rules import yamltest

    for pad in args.pad:
        if not Path(pad).exists():
            return _fout(f"niet gevonden: {pad}", f"not found: {pad}")
    return yamltest.draai(args.pad, naam=args.naam, streng=args.streng)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    geheugen.stel_in()
    from inburgering_rules.analyse.formaten import FormaatFout
    from inburgering_rules.hervormingen import HervormingFout
    from inburgering_rules.populatie import PopulatieFout

    try:
        return {"populatie": _populatie, "whatif": _whatif, "toets-hervorming": _toets,
                "hervormingen": _lijst, "test": _test}[args.opdracht](args)
    except HervormingFout as fout:
        return _fout(f"{fout.nl} (pad: {fout.pad})", f"{fout.en} (path: {fout.pad})")
    except PopulatieFout as fout:
        return _fout(f"ongeldige populatie: {fout.nl}", f"invalid population: {fout.en}")
    except FormaatFout as fout:
        return _fout(str(fout).split(" / ")[0], str(fout).split(" / ")[-1])
    except BrokenPipeError:                      # `inburgering ... | head`
        sys.stderr.close()
        return 0
    except OSError as fout:                      # geen bestand, geen map, een bestand waar een map moet, geen recht
        return _fout(f"bestand: {fout}", f"file: {fout}")
    except KeyboardInterrupt:
        return _fout("afgebroken", "interrupted")


if __name__ == "__main__":
    sys.exit(main())
