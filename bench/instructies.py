"""Instructions per request, counted by valgrind, for the working tree beside an earlier commit.

    python bench/instructies.py --soort calculate5|calculate10|beoordeling [--n 40] [--tegen 0c83b47]

The machines this project is measured on move 25-40 % in speed from one minute to the next, so a change of a few
per cent in the CPU of one request does not show in wall or CPU time, not even in interleaved runs. The number of
instructions a request executes hardly moves: valgrind's callgrind counts them (about 50 times slower than a
normal run). Each tree runs in its own process: the app is built, 30 requests warm it up, and the requests go
through the ASGI app in-process (no sockets, no HTTP client). Counting is switched on around `n` requests and again
around `2n` requests in a second process (`callgrind_control -i on|off`); the difference divided by `n` is what one
request costs, without start-up and warm-up. `--tegen` installs that commit in a temporary folder, as the benchmark
installs the earlier releases (`servers.Uitgave`). Needs valgrind, which nothing else here does; `make test` does not
run this.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HIER = Path(__file__).resolve().parent
SOORTEN = ("calculate5", "calculate10", "beoordeling")


def _werker(soort: str, aantal: int, onder: str) -> None:
    """In the counted process: build the app, warm up, then `aantal` requests with counting switched on. `onder`:
    the folder the package must come from (the working tree, or the commit's temporary folder)."""
    sys.path.insert(0, str(HIER))
    import profiel

    import inburgering_rules
    from inburgering_rules.api.app import create_app

    if not Path(inburgering_rules.__file__).resolve().is_relative_to(Path(onder).resolve()):
        raise SystemExit(f"inburgering_rules comes from {inburgering_rules.__file__}, not from {onder}: run this with "
                         "the .venv of this clone (`make venv`)")

    app = create_app()
    pad, body, accept = profiel._body(soort, 1)
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": pad, "raw_path": pad.encode(), "query_string": b"", "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"), (b"accept", accept.encode()),
                    (b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000),
    }

    async def verzoek() -> None:
        gelezen, status = False, []

        async def ontvang():
            nonlocal gelezen
            if not gelezen:
                gelezen = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.Event().wait()  # the client never disconnects

        async def verstuur(bericht):
            if bericht["type"] == "http.response.start":
                status.append(bericht["status"])

        await app({**scope, "state": {}}, ontvang, verstuur)
        if status != [200]:
            raise SystemExit(f"{pad}: status {status}")

    async def reeks(n: int) -> None:
        for _ in range(n):
            await verzoek()

    asyncio.run(reeks(30))
    schakel = shutil.which("callgrind_control")
    subprocess.run([schakel, "-i", "on", str(os.getpid())], check=True, capture_output=True)
    asyncio.run(reeks(aantal))
    subprocess.run([schakel, "-i", "off", str(os.getpid())], check=True, capture_output=True)


def _tel(soort: str, aantal: int, omgeving: dict, onder: Path, map_: Path) -> int:
    """Instructions of `aantal` requests in a fresh process under callgrind, the package from `onder`."""
    uit = map_ / f"callgrind.{aantal}.out"
    opdracht = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={uit}",
                sys.executable, str(Path(__file__).resolve()), "--werker", str(onder), "--soort", soort,
                "--n", str(aantal)]
    proces = subprocess.run(opdracht, env=omgeving, cwd=map_, capture_output=True, text=True, timeout=3600)
    if proces.returncode:
        raise SystemExit(f"valgrind failed:\n{proces.stderr[-2000:]}")
    totaal = [regel for regel in uit.read_text().splitlines() if regel.startswith("totals:")]
    return int(totaal[0].split()[1])


def per_verzoek(soort: str, n: int, omgeving: dict, onder: Path) -> float:
    """Instructions per request: the runs of `n` and `2 n` requests (in parallel), their difference over `n`."""
    with tempfile.TemporaryDirectory(prefix="inburgering-instructies-") as tijdelijk, ThreadPoolExecutor(2) as draden:
        kort, lang = draden.map(lambda a: _tel(soort, a, omgeving, onder, Path(tijdelijk)), (n, 2 * n))
    return (lang - kort) / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--soort", choices=SOORTEN, default="beoordeling")
    parser.add_argument("--n", type=int, default=40, help="requests counted (and twice as many in the second run)")
    parser.add_argument("--tegen", metavar="COMMIT", help="also count this commit, installed in a temporary folder")
    parser.add_argument("--werker", metavar="MAP", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.werker:
        return _werker(args.soort, args.n, args.werker)
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        raise SystemExit("valgrind (with callgrind_control) is needed: e.g. apt-get install valgrind")
    sys.path.insert(0, str(HIER))
    import servers

    rijen = []
    try:
        if args.tegen:
            uitgave = servers.Uitgave(args.tegen, args.tegen)
            if fout := uitgave.bereid():
                raise SystemExit(fout)
            rijen.append((args.tegen, per_verzoek(args.soort, args.n, uitgave.omgeving(), uitgave.map)))
        rijen.append(("working tree", per_verzoek(args.soort, args.n, dict(os.environ), HIER.parent)))
    finally:
        servers.stop_alle()
    eerste, basis = rijen[0]
    for naam, instructies in rijen:
        verhouding = f"  ({instructies / basis:.3f}x {eerste})" if naam != eerste else ""
        print(f"{args.soort}, {naam}: {instructies / 1e6:.2f} M instructions per request{verhouding}")


if __name__ == "__main__":
    main()
