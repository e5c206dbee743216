"""Throughput of the vectorised core, for the capacity estimate in docs/deployment.md.

    python tests/load/meet_doorvoer.py [--sizes 1,100,1000,10000,100000] [--repeat 3]

Times `inburgering_rules.simulatie.beoordeel` (all decisions, missing facts marked) in this process,
one core, for populations drawn from the load run's pool (`run_load.maak_personen`: about 5 % miss a
needed fact, many miss a judgment, so the what-if variants are exercised). Prints persons per second
(best of `--repeat`) and the machine's load average, since a busy machine lowers the numbers.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_load import maak_personen  # noqa: E402

from inburgering_rules import publiek, simulatie  # noqa: E402
from inburgering_rules.hervormingen import basissysteem  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,100,1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--peildatum", default="2024-05-01")
    args = ap.parse_args(argv)
    systeem = basissysteem()
    pool = maak_personen(2000, 7)
    simulatie.beoordeel(systeem, args.peildatum, {"geboortedatum": ["1990-01-01"]}, 1)  # warm caches
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'persons':>8} {'best s':>9} {'persons/s':>11}")
    for n in (int(x) for x in args.sizes.split(",")):
        personen = [pool[i % len(pool)] for i in range(n)]
        namen = [naam for naam in publiek.INVOER if any(naam in p for p in pool)]
        kolommen = {naam: [p.get(naam) for p in personen] for naam in namen}
        beste = float("inf")
        for _ in range(args.repeat):
            begin = time.perf_counter()
            simulatie.beoordeel(systeem, args.peildatum, kolommen, n)
            beste = min(beste, time.perf_counter() - begin)
        print(f"{n:>8} {beste:>9.4f} {n / beste:>11.0f}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
