"""Why a missed target misses: a cProfile of the work behind it, run by `run.py` in a fresh subprocess.

    python bench/profiel.py route --soort beoordeling|calculate5|batch|kolommen-json|kolommen-arrow --n N
    python bench/profiel.py start          # import of the app and `create_app()` (the cold start's own work)

`route` sends the body through the ASGI app in this process (httpx's ASGI transport, no sockets): `--aantal`
requests of one person, or one request of `--n` persons for the batch routes. Every thread is profiled (the
service runs its heavy work in worker threads): `threading.setprofile` gives each new thread its own
profiler, and the stats are merged. Prints the top functions of this project by cumulative time and the
top functions overall by own time (`samenvatting`; `inproces.py --profiel` prints the same).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import sys
import threading
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
REPO = HIER.parent
sys.path.insert(0, str(HIER))
WACHTEN = (
    "'poll' of",
    "'acquire' of",
    "'get' of '_queue",
    "'send' of",
    "'sendall' of",
    "time.sleep",
    "_lsprof",
)
EIGEN = tuple(str(REPO / m) + os.sep for m in ("inburgering_rules", "api", "variables"))


def samenvatting(stats: pstats.Stats, totaal_s: float, cpu_s: float, top: int = 10) -> str:
    """Top `top` of this project's functions by cumulative time, then the top 8 of all by own time (waiting
    for a lock, a socket or a sleep left out: threads idle there)."""

    def regel(sleutel, waarden) -> str:
        bestand, lijn, functie = sleutel
        _, ncalls, eigen, cumulatief, _ = waarden
        if bestand.startswith(str(REPO)):
            bestand = os.path.relpath(bestand, REPO)
        elif os.sep in bestand:
            bestand = "/".join(Path(bestand).parts[-2:])
        return f"{cumulatief:9.3f} {eigen:9.3f} {ncalls:9d}  {bestand}:{lijn}({functie})"

    rijen = stats.stats.items()
    eigen = sorted((r for r in rijen if r[0][0].startswith(EIGEN)), key=lambda r: -r[1][3])[:top]
    zelf = sorted((r for r in rijen if not any(w in r[0][2] for w in WACHTEN)), key=lambda r: -r[1][2])[:8]
    kop = f"{'cum s':>9} {'own s':>9} {'calls':>9}  function"
    return "\n".join(
        [
            f"wall {totaal_s:.2f} s, CPU {cpu_s:.2f} s (under the profiler: slower than unprofiled)",
            f"this project's functions by cumulative time (top {top}):",
            kop,
            *(regel(*r) for r in eigen),
            "all functions by own time (top 8):",
            kop,
            *(regel(*r) for r in zelf),
        ]
    )


class AlleDraden:
    """cProfile of this thread and of every thread started while it runs (merged at the end)."""

    def __init__(self) -> None:
        self.profielen: list[cProfile.Profile] = []

    def _nieuwe_draad(self, *_) -> None:
        profiel = cProfile.Profile()  # replaces this hook in that thread
        self.profielen.append(profiel)
        profiel.enable()

    def __enter__(self) -> AlleDraden:
        threading.setprofile(self._nieuwe_draad)
        self._nieuwe_draad()
        self.begin()
        return self

    def begin(self) -> None:
        """Forget what was recorded so far (a warm-up): threads started by it stay profiled."""
        for profiel in self.profielen:
            profiel.clear()
        self.t0, self.c0 = time.perf_counter(), time.process_time()

    def __exit__(self, *exc) -> None:
        threading.setprofile(None)
        self.profielen[0].disable()
        self.totaal_s, self.cpu_s = time.perf_counter() - self.t0, time.process_time() - self.c0

    def tekst(self) -> str:
        stats = pstats.Stats(self.profielen[0])
        for profiel in self.profielen[1:]:
            profiel.create_stats()
            if profiel.stats:  # a thread that recorded nothing cannot be added
                stats.add(profiel)
        return samenvatting(stats, self.totaal_s, self.cpu_s)


def _body(soort: str, n: int) -> tuple[str, bytes, str]:
    import orjson
    import personen as pers

    if soort in ("calculate5", "calculate10"):
        besluiten = pers.CALCULATE_VIJF if soort == "calculate5" else pers.CALCULATE_BESLUITEN
        return (
            "/calculate",
            orjson.dumps(pers.calculate_body([pers.STATUSHOUDER], besluiten)),
            "application/json",
        )
    if soort == "beoordeling":
        return "/v1/beoordeling", orjson.dumps(pers.beoordeling_body(pers.STATUSHOUDER)), "application/json"
    lijst = pers.personen(n)
    if soort == "batch":
        return "/v1/beoordeling/batch", orjson.dumps(pers.batch_body(lijst)), "application/json"
    accept = "application/vnd.apache.arrow.stream" if soort == "kolommen-arrow" else "application/json"
    return "/v1/beoordeling/kolommen", orjson.dumps(pers.kolommen_body(lijst)), accept


async def _stuur(app, pad: str, body: bytes, accept: str, aantal: int) -> None:
    import httpx

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=1800) as client:
        for _ in range(aantal):
            antwoord = await client.post(
                pad, content=body, headers={"Content-Type": "application/json", "Accept": accept}
            )
            if antwoord.status_code != 200:
                raise RuntimeError(f"{pad}: {antwoord.status_code} {antwoord.text[:300]}")


def route(soort: str, n: int, aantal: int) -> str:
    import servers

    os.environ.update(servers.grote_limieten(n))  # as for the benchmark's server
    from inburgering_rules.api.app import create_app

    app = create_app()
    pad, body, accept = _body(soort, n)
    with AlleDraden() as profiel:  # from the warm-up on, so the service's worker threads are profiled too
        asyncio.run(_stuur(app, pad, body, accept, 3))  # lazy caches and imports are not the steady state
        profiel.begin()
        asyncio.run(_stuur(app, pad, body, accept, aantal))
    per = f"{aantal} requests" if aantal > 1 else "1 request"
    return (
        f"{pad} ({soort}, {n:,} person{'s' * (n > 1)}), {per}, in-process through the ASGI app\n"
        + profiel.tekst()
    )


def start() -> str:
    with AlleDraden() as profiel:
        from inburgering_rules.api.app import create_app

        create_app()
    return "import of the app and create_app()\n" + profiel.tekst()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("wat", choices=("route", "start"))
    parser.add_argument(
        "--soort",
        choices=("calculate5", "calculate10", "beoordeling", "batch", "kolommen-json", "kolommen-arrow"),
    )
    parser.add_argument("--n", type=int, default=1)
    parser.add_argument("--aantal", type=int, default=1, help="requests (single-person routes)")
    args = parser.parse_args()
    print(route(args.soort, args.n, args.aantal) if args.wat == "route" else start())


if __name__ == "__main__":
    main()
