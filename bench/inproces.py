"""In-process evaluation of N persons, every decision; run in a fresh subprocess by `run.py`.

    python bench/inproces.py --n 1000000 --modus bereken|beoordeel|openfisca [--invoer lijsten|arrays]
                             [--profiel]

Columns are generated vectorised with numpy (seeded), about one person in ten with a needed fact or
a judgement missing. Modes:

* `bereken`: `simulatie.als_arrays` (lists with None -> typed arrays) + `simulatie.bereken` (fast core),
  all decisions of `publiek.BESLUITEN`;
* `beoordeel`: `simulatie.beoordeel` (the same plus the detection of undetermined decisions);
* `openfisca`: `simulatie.bereken(..., snel=False)`: a real OpenFisca `Simulation` built from arrays.

Inputs (`--invoer`): `lijsten` (default) are JSON-like lists (ISO date strings, None where not given), as the
columnar route reads them; `arrays` are what a pandas user passes: object arrays with None for strings and
enums, `datetime64[D]` with NaT for missing dates, bool, float and int arrays.

Before the timed stages, one warm-up run of the same mode on the first 5,000 persons (`opwarmen_s`; it loads
pyarrow, and pandas through it when installed, and builds the plans and caches of the peildatum). Prints one JSON
line: seconds and CPU seconds of the timed stages, and peak RSS (VmHWM of this process).
With `--profiel` the timed stages run under cProfile and the line carries its summary (`profiel.py`).
"""

from __future__ import annotations

import argparse
import json
import resource
import time

import numpy
from personen import _DOELEN, _LANDEN, _SCHULD
from profiel import AlleDraden


OPWARMEN = 5_000


def rss_mib(veld: str = "VmRSS:") -> float:
    with open("/proc/self/status") as f:
        for regel in f:
            if regel.startswith(veld):
                return int(regel.split()[1]) / 1024
    return float("nan")


def kolommen(n: int, seed: int = 2021, invoer: str = "lijsten") -> dict:
    rng = numpy.random.default_rng(seed)
    begin = numpy.datetime64("2022-01-01")

    def dagen(van, breed, weg=0.0):
        waarden = (van + rng.integers(0, breed, n)).astype("datetime64[D]")
        if weg:
            waarden[rng.random(n) < weg] = numpy.datetime64("NaT")
        return waarden

    verkregen = begin + rng.integers(0, 850, n)
    uit = {
        "geboortedatum": dagen(numpy.datetime64("1950-01-01"), 21900, 0.025),
        "nationaliteit": rng.choice(_LANDEN, n).astype(object),
        "verblijfsvergunning": rng.choice(
            [
                "asiel_bepaalde_tijd",
                "regulier_bepaalde_tijd",
                "gemeenschapsrecht",
                "regulier_onbepaalde_tijd",
                "geen",
            ],
            n,
            p=[0.3, 0.3, 0.15, 0.15, 0.1],
        ).astype(object),
        "verblijfsdoel": rng.choice(_DOELEN, n).astype(object),
        "verblijf_verkregen_datum": dagen(verkregen, 1, 0.025),
        "brp_inschrijving_datum": dagen(verkregen, 60),
        "kennisgeving_inburgeringsplicht_datum": dagen(verkregen + 5, 35, 0.2),
        "pip_datum": dagen(verkregen + 40, 160, 0.4),
        "bijstand_recht_datum": dagen(verkregen + 10, 80, 0.7),
        "leerroute": rng.choice(["nog_niet_vastgesteld", "b1_route", "onderwijsroute", "z_route"], n).astype(
            object
        ),
        "grote_kans_diploma_na_taalschakeltraject": rng.random(n) < 0.2,
        "examen_en_onderwijsroute_niet_haalbaar": rng.random(n) < 0.1,
        "pip_onvoldoende_medewerking": rng.random(n) < 0.2,
        "verwijtbaarheid": rng.choice(_SCHULD, n).astype(object),
        "gemeentelijke_boetes_opgelegd_bedrag": rng.choice([0.0, 37.5, 125.0, 250.0], n),
        "termijn_verlenging_maanden": rng.choice([0, 0, 0, 3, 6], n),
    }
    uit["verblijfsdoel"][rng.random(n) < 0.025] = None
    uit["verwijtbaarheid"][rng.random(n) < 0.025] = None
    if invoer == "arrays":
        return uit
    return {naam: _als_lijst(waarden) for naam, waarden in uit.items()}


def _als_lijst(waarden: numpy.ndarray) -> list:
    """JSON-like: ISO date strings with None for NaT, Python scalars."""
    if waarden.dtype.kind == "M":
        tekst = waarden.astype(str).astype(object)
        tekst[numpy.isnat(waarden)] = None
        return tekst.tolist()
    return waarden.tolist()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--modus", choices=("bereken", "beoordeel", "openfisca"), default="bereken")
    parser.add_argument("--invoer", choices=("lijsten", "arrays"), default="lijsten")
    parser.add_argument("--profiel", action="store_true", help="run the timed stages under cProfile")
    args = parser.parse_args()

    t = time.perf_counter()
    from inburgering_rules import publiek, simulatie
    from inburgering_rules.hervormingen import basissysteem

    systeem = basissysteem()
    uit = {
        "n": args.n,
        "modus": args.modus,
        "invoer": args.invoer,
        "import_en_stelsel_s": time.perf_counter() - t,
    }
    t = time.perf_counter()
    kol = kolommen(args.n, invoer=args.invoer)
    uit["genereren_s"] = time.perf_counter() - t
    # Warm-up, as the HTTP rows have theirs: the same stage on the first OPWARMEN persons (it loads pyarrow, and pandas
    # through pyarrow when installed, and builds the plans and caches of the peildatum: one-time costs per process,
    # shown as `opwarmen_s`).
    t = time.perf_counter()
    deel = {naam: waarden[:OPWARMEN] for naam, waarden in kol.items()}
    if args.modus == "beoordeel":
        simulatie.beoordeel(systeem, "2024-05-01", deel, min(OPWARMEN, args.n))
    else:
        simulatie.bereken(systeem, "2024-05-01", simulatie.als_arrays(systeem, deel), min(OPWARMEN, args.n),
                          snel=args.modus == "bereken")
    del deel
    uit["opwarmen_s"] = time.perf_counter() - t
    uit["rss_voor_mib"] = rss_mib()
    if args.profiel:
        profiel = AlleDraden().__enter__()
    voor = resource.getrusage(resource.RUSAGE_SELF)
    t = time.perf_counter()
    if args.modus == "beoordeel":
        beoordeling = simulatie.beoordeel(systeem, "2024-05-01", kol, args.n)
        uit["beoordeel_s"] = time.perf_counter() - t
        uit["onbepaald_personen"] = int(numpy.logical_or.reduce(list(beoordeling.onbepaald.values())).sum())
        waarden = beoordeling.waarden
    else:
        invoer = simulatie.als_arrays(systeem, kol)
        uit["als_arrays_s"] = time.perf_counter() - t
        del kol
        t = time.perf_counter()
        waarden = simulatie.bereken(systeem, "2024-05-01", invoer, args.n, snel=args.modus == "bereken")
        uit["bereken_s"] = time.perf_counter() - t
    if args.profiel:
        profiel.__exit__(None, None, None)
        uit["profiel"] = f"{args.n:,} persons, `{args.modus}`, inputs as {args.invoer}\n" + profiel.tekst()
    uit["besluiten"] = len(waarden)
    uit["plichtig"] = int(numpy.asarray(waarden["inburgeringsplichtig"]).sum())
    uit["totaal_s"] = uit.get("beoordeel_s", 0) + uit.get("als_arrays_s", 0) + uit.get("bereken_s", 0)
    na = resource.getrusage(resource.RUSAGE_SELF)
    # VmHWM of this process: ru_maxrss would carry over the parent's peak across fork and exec.
    uit["piek_rss_mib"] = rss_mib("VmHWM:")
    # CPU seconds of the timed stages (user, system): on a shared machine the wall clock includes waiting.
    uit["cpu_user_s"], uit["cpu_sys_s"] = na.ru_utime - voor.ru_utime, na.ru_stime - voor.ru_stime
    assert uit["besluiten"] == len(publiek.BESLUITEN)
    print(json.dumps(uit))


if __name__ == "__main__":
    main()
