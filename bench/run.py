"""Benchmark of issue 5: our service against `openfisca serve` and a FastAPI echo floor, in one run.

    python bench/run.py            # full run (about 8 minutes on 2 idle cores), writes BENCHMARKS.md
    python bench/run.py --smoke    # tiny sizes (CI, < 30 s), writes to --out

Everything runs on 127.0.0.1 with bounded request loops; every server is started by this script and
stopped with SIGTERM by PID (also on errors and Ctrl-C). See bench/README.md for what is measured.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import json
import os
import platform
import signal
import subprocess
import sys
import time
from datetime import datetime
from importlib import metadata
from pathlib import Path

import orjson

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

import laden  # noqa: E402
import personen as pers  # noqa: E402
import servers  # noqa: E402
from inburgering_rules import geheugen  # noqa: E402

REPO = HIER.parent
PAKKETTEN = (
    "inburgering-rules",
    "OpenFisca-Core",
    "numpy",
    "fastapi",
    "starlette",
    "pydantic",
    "uvicorn",
    "uvloop",
    "httptools",
    "orjson",
    "gunicorn",
    "Flask",
    "httpx",
)


def log(*tekst) -> None:
    print(f"[{time.strftime('%H:%M:%S')}]", *tekst, file=sys.stderr, flush=True)


# -- correctness checks (a timing of a wrong answer is worthless) ----------------------------------
def _iso(waarde):
    """openfisca-core prints computed dates as HTTP dates; ours are ISO."""
    if isinstance(waarde, str) and waarde.endswith(" GMT"):
        return datetime.strptime(waarde, "%a, %d %b %Y %H:%M:%S GMT").date().isoformat()
    return waarde


def normaliseer(inhoud: dict) -> dict:
    return {
        m: {i: {v: {p: _iso(w) for p, w in per.items()} for v, per in pp.items()} for i, pp in ps.items()}
        for m, ps in inhoud.items()
    }


def calculate_klopt(antwoord) -> bool:
    persoon = antwoord.json()["personen"]["p0"]
    return (
        persoon["inburgeringsplichtig"][pers.PEILDATUM] is True
        and _iso(persoon["inburgeringstermijn_einddatum"][pers.PEILDATUM]) == "2027-01-10"
    )


def beoordeling_klopt(antwoord) -> bool:
    besluiten = antwoord.json()["besluiten"]
    return (
        besluiten["inburgeringsplichtig"] is True
        and besluiten["inburgeringstermijn_einddatum"] == "2027-01-10"
    )


def post_controle(pad: str, body: bytes, klopt):
    def controle(client, url) -> bool:
        antwoord = client.post(url + pad, content=body, headers={"Content-Type": "application/json"})
        return antwoord.status_code == 200 and klopt(antwoord)

    return controle


# -- machine --------------------------------------------------------------------------------------
def machine() -> dict:
    cpu = "?"
    try:
        cpu = next(
            r.split(":", 1)[1].strip()
            for r in Path("/proc/cpuinfo").read_text().splitlines()
            if r.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    versies = {}
    for naam in PAKKETTEN:
        try:
            versies[naam] = metadata.version(naam)
        except metadata.PackageNotFoundError:
            versies[naam] = "-"
    geheugen = "?"
    try:
        kb = int(
            next(
                r for r in Path("/proc/meminfo").read_text().splitlines() if r.startswith("MemTotal")
            ).split()[1]
        )
        geheugen = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, timeout=5
        ).stdout.strip()
        vuil = subprocess.run(
            ["git", "status", "--porcelain", "--", "api", "inburgering_rules", "variables", "parameters"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
        commit += " (+ uncommitted changes)" if vuil else ""
    except (OSError, subprocess.SubprocessError):
        commit = "?"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "geheugen": geheugen,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versies": versies,
        "commit": commit,
        "load_voor": os.getloadavg(),
        "datum": dt.datetime.now().isoformat(timespec="seconds"),
    }


# -- phases ---------------------------------------------------------------------------------------
class Bench:
    def __init__(self, args) -> None:
        self.args = args
        self.logmap = Path(args.logmap)
        self.uit: dict = {
            "machine": machine(),
            "commando": " ".join(["python", "bench/run.py", *sys.argv[1:]]),
            "instellingen": {k: v for k, v in vars(args).items()},
            "besluiten": len(self._alle_besluiten()),
        }
        self.persoon = pers.STATUSHOUDER
        self.calc_body = orjson.dumps(pers.calculate_body([self.persoon], pers.CALCULATE_BESLUITEN))
        self.calc5_body = orjson.dumps(pers.calculate_body([self.persoon], pers.CALCULATE_VIJF))
        self.beoordeling_body = orjson.dumps(pers.beoordeling_body(self.persoon))
        self.servers: dict[str, servers.Server] = {}
        # Earlier releases served beside ours (issue 14: "today's server"); their bodies hold only the inputs
        # each release knows (set when it is installed).
        self.uitgaven = {naam: servers.Uitgave(naam, commit) for naam, commit in args.uitgaven}
        self.oude_bodies: dict[str, dict[str, bytes]] = {}

    def maak(self, naam: str) -> servers.Server:
        poort = servers.vrije_poort()
        if naam == "ons":
            return servers.onze_dienst(poort, servers.grote_limieten(max(self.args.batch)))
        if naam == "openfisca":
            return servers.openfisca_serve(poort)
        if naam in self.uitgaven:
            return self.uitgaven[naam].server(poort)
        return servers.echo(poort)

    def controle(self, naam: str):
        if naam == "echo":
            return post_controle("/echo", self.calc_body, lambda a: a.content == self.calc_body)
        return post_controle("/calculate", self.calc_body, calculate_klopt)

    # 5. cold start (the last start of each server stays up for the HTTP phases)
    def koude_start(self) -> None:
        uit = self.uit.setdefault("koude_start", {})
        for naam in ("ons", "openfisca", "echo"):
            tijden, na = [], []
            for ronde in range(self.args.koude_starts):
                server = self.maak(naam).start(self.logmap)
                tijden.append(server.wacht(self.controle(naam), timeout=120))
                if naam == "ons":  # then the first typed answer (lazy caches of that route)
                    t0 = time.perf_counter()
                    server.wacht(post_controle("/v1/beoordeling", self.beoordeling_body, beoordeling_klopt))
                    na.append(time.perf_counter() - t0)
                if ronde == self.args.koude_starts - 1:
                    self.servers[naam] = server
                else:
                    server.stop()
            uit[naam] = {"s": tijden, "mediaan_s": laden.mediaan(tijden)}
            if na:
                uit[naam]["eerste_beoordeling_daarna_s"] = laden.mediaan(na)
            log(f"cold start {naam}: {', '.join(f'{t:.2f}' for t in tijden)} s")
        # First /calculate answers of both implementations must agree (ISO dates on both sides).
        import httpx

        with httpx.Client(timeout=30, headers={"Content-Type": "application/json"}) as client:
            ons = client.post(self.servers["ons"].url + "/calculate", content=self.calc_body).json()
            hun = client.post(self.servers["openfisca"].url + "/calculate", content=self.calc_body).json()
            ons5 = client.post(self.servers["ons"].url + "/calculate", content=self.calc5_body).json()
            hun5 = client.post(self.servers["openfisca"].url + "/calculate", content=self.calc5_body).json()
        if ons != normaliseer(hun) or ons5 != normaliseer(hun5):
            raise RuntimeError(f"/calculate answers differ:\nours {ons}\nopenfisca {hun}")
        if "http" in self.args.fases:  # the releases serve only single requests
            self.oude_uitgaven()
        self.uit["geheugen_na_start_mib"] = {n: s.geheugen_mib() for n, s in self.servers.items()}

    def oude_uitgaven(self) -> None:
        """Install and start each earlier release; time it only when it answers what ours answers."""
        import httpx

        uit = self.uit.setdefault("uitgaven", {})
        for naam, uitgave in self.uitgaven.items():
            uit[naam] = {"commit": uitgave.commit}
            t0 = time.perf_counter()
            reden = uitgave.bereid()
            uit[naam]["installeren_s"] = time.perf_counter() - t0
            if reden is None:
                persoon = {k: v for k, v in self.persoon.items() if k in uitgave.invoer}
                uit[naam]["weggelaten_invoer"] = sorted(set(self.persoon) - set(persoon))
                bodies = {
                    "/calculate": orjson.dumps(pers.calculate_body([persoon], pers.CALCULATE_VIJF)),
                    "/v1/beoordeling": orjson.dumps(pers.beoordeling_body(persoon)),
                }
                server = self.maak(naam).start(self.logmap)
                try:
                    uit[naam]["koude_start_s"] = server.wacht(
                        post_controle("/calculate", bodies["/calculate"], calculate_klopt), timeout=120
                    )
                    reden = self._verschil(naam, server, bodies, httpx)
                except (RuntimeError, TimeoutError) as fout:  # it exited, or never answered correctly
                    reden = f"no correct answer: {fout}"
                if reden is None:
                    self.servers[naam], self.oude_bodies[naam] = server, bodies
                else:
                    server.stop()
            if reden:
                uit[naam]["niet_gemeten"] = reden
            log(f"release {naam} ({uitgave.commit}): {reden or 'answers checked, ready'}")

    def _verschil(self, naam: str, server, bodies: dict[str, bytes], httpx) -> str | None:
        """None when the release answers what ours answers: 200 with the checked person's decisions, every
        `/calculate` cell and every decision of its `/v1/beoordeling` that ours also has. Values that
        differ are listed in the report, not refused: rule changes made after that release (CHANGELOG)."""
        with httpx.Client(timeout=30, headers={"Content-Type": "application/json"}) as client:
            antwoorden = {
                pad: [client.post(s.url + pad, content=body) for s in (self.servers["ons"], server)]
                for pad, body in bodies.items()
            }
        for pad, (ons, hun) in antwoorden.items():
            if ons.status_code != 200 or hun.status_code != 200:
                return f"{pad}: HTTP {ons.status_code} (ours) / {hun.status_code} (release)"
        ons, hun = (a.json()["personen"]["p0"] for a in antwoorden["/calculate"])
        if set(ons) != set(hun) or not calculate_klopt(antwoorden["/calculate"][1]):
            return f"/calculate: not the cells ours answers ({sorted(set(ons) ^ set(hun))})"
        verschil = {b: (ons[b], hun[b]) for b in ons if ons[b] != hun[b]}
        ons, hun = (a.json()["besluiten"] for a in antwoorden["/v1/beoordeling"])
        if not beoordeling_klopt(antwoorden["/v1/beoordeling"][1]):
            return "/v1/beoordeling: not the checked person's decisions"
        verschil |= {b: (ons[b], hun[b]) for b in set(ons) & set(hun) if ons[b] != hun[b]}
        self.uit["uitgaven"][naam]["andere_waarden"] = {
            b: {"ons": o, "uitgave": h} for b, (o, h) in verschil.items()
        }
        self.uit["uitgaven"][naam]["gedeelde_besluiten"] = len(set(ons) & set(hun))
        return None

    # 1 + 2. single requests, interleaved per round
    def cellen(self) -> list[dict]:
        """Every (server, endpoint, clients, connection, client library) cell of the single-request table.

        `/calculate` is asked with 5 decisions (issue 14's target) and, labelled, with issue 5's 10; earlier
        releases get their own bodies and keep-alive rows only (their connection handling is ours)."""
        calc5 = {"body": self.calc5_body, "klopt": calculate_klopt, "besluiten": 5}
        calc10 = {"body": self.calc_body, "klopt": calculate_klopt, "besluiten": 10}
        beoordeling = {"body": self.beoordeling_body, "klopt": beoordeling_klopt, "besluiten": None}
        eind = {
            "ons": [("/calculate", calc5), ("/calculate", calc10), ("/v1/beoordeling", beoordeling)],
            "openfisca": [("/calculate", calc5), ("/calculate", calc10)],
            "echo": [("/echo", {"body": self.calc5_body, "klopt": None, "besluiten": None})],
        }
        for naam, bodies in self.oude_bodies.items():
            eind[naam] = [
                ("/calculate", calc5 | {"body": bodies["/calculate"]}),
                ("/v1/beoordeling", beoordeling | {"body": bodies["/v1/beoordeling"]}),
            ]
        cellen = []
        for klient in self.args.klienten:
            for gelijktijdig in self.args.clients:
                for keepalive in (True, False):
                    for server, paden in eind.items():
                        if not keepalive and (server == "openfisca" or server in self.uitgaven):
                            # gunicorn's sync worker closes every connection: one row; releases: keep-alive
                            continue
                        for pad, rest in paden:
                            if not keepalive and rest["besluiten"] == 10:
                                continue
                            verbinding = (
                                "new conn (server closes)"
                                if server == "openfisca"
                                else "keep-alive"
                                if keepalive
                                else "new conn"
                            )
                            cellen.append(
                                {
                                    "server": server,
                                    "pad": pad,
                                    "gelijktijdig": gelijktijdig,
                                    "keepalive": keepalive,
                                    "verbinding": verbinding,
                                    "klient": klient,
                                    **rest,
                                }
                            )
        if "raw" in self.args.klienten and "httpx" not in self.args.klienten and self.args.httpx_referentie:
            # The reference configuration: httpx, a new connection per request.
            for gelijktijdig in self.args.clients:
                for server, pad, rest in (
                    ("echo", "/echo", eind["echo"][0][1]),
                    ("ons", "/calculate", calc5),
                    ("openfisca", "/calculate", calc5),
                ):
                    cellen.append(
                        {
                            "server": server,
                            "pad": pad,
                            "gelijktijdig": gelijktijdig,
                            "keepalive": server == "openfisca",
                            "klient": "httpx",
                            "verbinding": "new conn (server closes)" if server == "openfisca" else "new conn",
                            **rest,
                        }
                    )
        return cellen

    @staticmethod
    def sleutel(cel: dict) -> str:
        return (
            f"{cel['klient']} {cel['server']} {cel['pad']} {cel['besluiten']} c={cel['gelijktijdig']} "
            f"{cel['verbinding']}"
        )

    def enkelvoudig(self) -> None:
        cellen = self.cellen()
        rondes: dict[str, list] = {}
        for ronde in range(self.args.rondes):
            for cel in cellen:
                m = laden.meet(
                    self.servers[cel["server"]].url + cel["pad"],
                    cel["body"],
                    self.args.verzoeken,
                    cel["gelijktijdig"],
                    cel["keepalive"],
                    cel["klopt"],
                    opwarmen=self.args.opwarmen,
                    klient=cel["klient"],
                )
                rondes.setdefault(self.sleutel(cel), []).append(
                    {
                        "p50": m.p(50),
                        "p99": m.p(99),
                        "req_s": m.req_s,
                        "fouten": m.fouten,
                        "n": len(m.latenties),
                    }
                )
            log(f"single requests: round {ronde + 1}/{self.args.rondes} done")
        rijen = []
        for cel in cellen:
            r = rondes[self.sleutel(cel)]
            rijen.append(
                {
                    k: cel[k]
                    for k in (
                        "server",
                        "pad",
                        "besluiten",
                        "gelijktijdig",
                        "verbinding",
                        "keepalive",
                        "klient",
                    )
                }
                | {k: laden.mediaan([x[k] for x in r]) for k in ("p50", "p99", "req_s")}
                | {"fouten": sum(x["fouten"] for x in r), "rondes": r}
            )
        self.uit["enkelvoudig"] = rijen
        self.uit["geheugen_na_enkelvoudig_mib"] = {n: s.geheugen_mib() for n, s in self.servers.items()}

    # 3. batches
    def batches(self) -> None:
        uit = self.uit.setdefault("batch", [])
        for n in self.args.batch:
            lijst = pers.personen(n)
            body = orjson.dumps(pers.batch_body(lijst))
            rondes = self.args.rondes if n <= 10_000 else self.args.rondes_groot
            tijden = []
            for _ in range(rondes):
                duur, inhoud = laden.groot(self.servers["ons"].url + "/v1/beoordeling/batch", body)
                gevonden = inhoud.count(b'"besluiten":')
                if gevonden != n:
                    raise RuntimeError(f"batch of {n}: {gevonden} results")
                tijden.append(duur)
            rij = {
                "n": n,
                "ons_s": tijden,
                "ons_mediaan_s": laden.mediaan(tijden),
                "body_mb": len(body) / 1e6,
                "antwoord_mb": len(inhoud) / 1e6,
                "ons_piek_rss_mib": self.servers["ons"].geheugen_mib()["piek"],
            }
            del inhoud
            log(f"batch {n} ours: {', '.join(f'{t:.2f}' for t in tijden)} s")
            self._kolommen(rij, lijst, rondes)
            if n <= self.args.openfisca_cap:
                body = orjson.dumps(pers.calculate_body(lijst, self._alle_besluiten()))
                tijden = []
                for _ in range(rondes if n <= 1_000 else 1):
                    duur, inhoud = laden.groot(self.servers["openfisca"].url + "/calculate", body)
                    if len(orjson.loads(inhoud)["personen"]) != n:
                        raise RuntimeError(f"openfisca /calculate of {n}: wrong answer")
                    tijden.append(duur)
                rij.update(
                    openfisca_s=tijden,
                    openfisca_mediaan_s=laden.mediaan(tijden),
                    openfisca_body_mb=len(body) / 1e6,
                    openfisca_antwoord_mb=len(inhoud) / 1e6,
                    openfisca_piek_rss_mib=self.servers["openfisca"].geheugen_mib()["piek"],
                )
                log(f"batch {n} openfisca: {', '.join(f'{t:.2f}' for t in tijden)} s")
            uit.append(rij)

    def _kolommen(self, rij: dict, lijst: list[dict], rondes: int) -> None:
        """The same persons through `POST /v1/beoordeling/kolommen`, columnar JSON and Arrow (issue 14)."""
        body = orjson.dumps(pers.kolommen_body(lijst))
        rij["kolommen_body_mb"] = len(body) / 1e6
        for soort, accept in (("json", "application/json"), ("arrow", "application/vnd.apache.arrow.stream")):
            # One small warm-up request first: the server imports pyarrow on its first Arrow answer (not at
            # start, which keeps the cold start as it was).
            laden.groot(
                self.servers["ons"].url + "/v1/beoordeling/kolommen",
                orjson.dumps({"peildatum": pers.PEILDATUM, "kolommen": {"geboortedatum": ["1990-01-01"]}}),
                accept=accept,
            )
            tijden = []
            for _ in range(rondes):
                duur, inhoud = laden.groot(
                    self.servers["ons"].url + "/v1/beoordeling/kolommen", body, accept=accept
                )
                tijden.append(duur)
            fout = _kolommen_fout(inhoud, soort, rij["n"], self._alle_besluiten())
            if fout:
                raise RuntimeError(f"kolommen {soort} of {rij['n']}: {fout}")
            rij[f"kolommen_{soort}_s"], rij[f"kolommen_{soort}_mediaan_s"] = tijden, laden.mediaan(tijden)
            rij[f"kolommen_{soort}_antwoord_mb"] = len(inhoud) / 1e6
            log(f"kolommen {soort} {rij['n']}: {', '.join(f'{t:.2f}' for t in tijden)} s")

    @staticmethod
    def _alle_besluiten() -> tuple[str, ...]:
        from inburgering_rules import publiek

        return publiek.BESLUITEN

    # 4. in-process
    def inproces(self) -> None:
        """Modes in fresh subprocesses. `beoordeel_tiende`: a tenth of the persons (issue 14: the step to
        the full size must be linear, <= 11x). Every `--invoer` (lists, numpy arrays) gets its own
        `beoordeel` rows."""
        uit = self.uit.setdefault("inproces", {})
        modi = [("bereken", "lijsten", self.args.rondes_inproces)]
        for invoer in self.args.invoer:
            achter = "" if invoer == "lijsten" else f" {invoer}"
            modi += [
                (f"beoordeel{achter}", invoer, self.args.rondes_inproces),
                (f"beoordeel_tiende{achter}", invoer, self.args.rondes_inproces),
            ]
        if not self.args.smoke:
            modi.append(("openfisca", "lijsten", 1))
        for sleutel, invoer, rondes in modi:
            modus = sleutel.split()[0]
            n = self.args.inproces // 10 if modus == "beoordeel_tiende" else self.args.inproces
            metingen = [inproces_meting(n, modus.removesuffix("_tiende"), invoer) for _ in range(rondes)]
            # The round with the median total, so its stages add up; all rounds are kept.
            samen = dict(sorted(metingen, key=lambda m: m["totaal_s"])[(len(metingen) - 1) // 2])
            samen["rondes"] = metingen
            uit[sleutel] = samen
            log(
                f"in-process {sleutel} n={n}: {samen['totaal_s']:.2f} s, peak {samen['piek_rss_mib']:.0f} MiB"
            )

    # why a missed issue-14 target misses
    def profielen(self) -> None:
        """A profile for every missed issue-14 target (in smoke: for every target, at the smoke's sizes)."""
        uit = self.uit.setdefault("profielen", {})
        for doel in doelen14(self.uit):
            wat = doel["profiel"]
            sleutel = " ".join(map(str, wat))
            if sleutel in uit or not (doel["oordeel"] == MISSED or self.args.smoke):
                continue
            t0 = time.perf_counter()
            try:
                uit[sleutel] = profiel(wat)
            except (
                RuntimeError,
                subprocess.SubprocessError,
            ) as fout:  # the timings stay; the report says why
                uit[sleutel] = f"profile failed: {fout}"
            log(f"profile {sleutel}: {time.perf_counter() - t0:.0f} s")

    def draai(self) -> dict:
        fases = self.args.fases
        try:
            if fases & {"http", "batch", "koud"}:
                self.koude_start()
            if "http" in fases:
                self.enkelvoudig()
            if "batch" in fases:
                self.batches()
        finally:
            servers.stop_alle()
        if "inproces" in fases:
            self.inproces()
        if self.args.profielen:
            self.profielen()
        self.uit["machine"]["load_na"] = os.getloadavg()
        return self.uit


def profiel(wat: tuple) -> str:
    """The text of one profile (`doelen14`'s tuples), each in a fresh process."""
    if wat[0] == "inproces":
        return inproces_meting(wat[1], wat[2], wat[3], profiel=True)["profiel"]
    argv = (
        ["start"]
        if wat[0] == "start"
        else ["route", "--soort", wat[1], "--n", str(wat[2]), "--aantal", str(wat[3])]
    )
    proces = subprocess.run(
        [sys.executable, str(HIER / "profiel.py"), *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
    )
    if proces.returncode:
        raise RuntimeError(proces.stderr[-2000:])
    return proces.stdout.strip()


def inproces_meting(n: int, modus: str, invoer: str, profiel: bool = False) -> dict:
    """One run of `bench/inproces.py` in a fresh process: its JSON line."""
    argv = [sys.executable, str(HIER / "inproces.py"), "--n", str(n), "--modus", modus, "--invoer", invoer]
    proces = subprocess.run(
        argv + ["--profiel"] * profiel, capture_output=True, text=True, cwd=REPO, timeout=1800
    )
    if proces.returncode:
        raise RuntimeError(f"inproces {modus} {invoer}: {proces.stderr[-2000:]}")
    return json.loads(proces.stdout.strip().splitlines()[-1])


# -- report ---------------------------------------------------------------------------------------
NAMEN = {"ons": "ours", "openfisca": "openfisca serve", "echo": "echo floor"}


def _naam(server: str) -> str:
    return NAMEN.get(server, f"release {server}")


def _eindpunt(rij: dict) -> str:
    besluiten = rij.get("besluiten", 10 if rij["pad"] == "/calculate" else None)  # older runs: issue 5's 10
    return f"`{rij['pad']}`" + (f" {besluiten}" if besluiten else "")


def _kolommen_fout(inhoud: bytes, soort: str, n: int, besluiten) -> str | None:
    """None when the columnar answer holds one value per person for every decision (and per-person causes)."""
    if soort == "json":
        antwoord = orjson.loads(inhoud)
        lengtes = {naam: len(kolom) for naam, kolom in antwoord["besluiten"].items()}
        lengtes["oorzaken"] = len(antwoord["oorzaken"])
    else:
        import pyarrow

        tabel = pyarrow.ipc.open_stream(inhoud).read_all()
        lengtes = {naam: len(tabel.column(naam)) for naam in tabel.column_names}
    ontbreekt = sorted(set(besluiten) - set(lengtes))
    fout = {naam: lengte for naam, lengte in lengtes.items() if lengte != n}
    if ontbreekt or fout:
        return f"decisions missing {ontbreekt}, columns not of {n} values {fout}"
    return None


def _f(x, d=1) -> str:
    return "-" if x is None or x != x else f"{x:,.{d}f}"


def _zoek(rijen, server, pad, c, verbinding_begint, klient="raw", besluiten=None):
    """The row of a cell; `/calculate` rows also by the number of decisions asked (5, or issue 5's 10)."""
    for r in rijen:
        if (
            r["server"] == server
            and r["pad"] == pad
            and r.get("besluiten", 10 if pad == "/calculate" else None)
            == (besluiten or (10 if pad == "/calculate" else None))
            and r["gelijktijdig"] == c
            and r["verbinding"].startswith(verbinding_begint)
            and r.get("klient", "raw") == klient
        ):
            return r
    return None


MET, MISSED, NIET = "**met**", "**missed**", "not measured"
NAN = float("nan")


def doelen14(uit: dict) -> list[dict]:
    """Issue 14's targets from this run's numbers: target, figure, verdict, and which profile explains a miss
    (a tuple for `Bench.profielen`: at the target's size, or at the smoke's sizes in a smoke run)."""
    a = uit["instellingen"]
    klein = a["smoke"]
    rijen, batch, ip = (
        uit.get("enkelvoudig", []),
        {r["n"]: r for r in uit.get("batch", [])},
        uit.get("inproces", {}),
    )
    res = []

    def doel(tekst, figuur, ok, profiel=None):
        oordeel = NIET if ok is None else MET if ok else MISSED
        res.append({"doel": tekst, "figuur": figuur, "oordeel": oordeel, "profiel": profiel})

    def route(soort, n):
        return ("route", soort, min(n, max(a["batch"])) if klein else n, 1)

    enkel = ("route", "calculate5", 1, 20 if klein else 300)
    ratio = []
    for c in a["clients"]:
        o = _zoek(rijen, "ons", "/calculate", c, "keep", besluiten=5)
        h = _zoek(rijen, "openfisca", "/calculate", c, "new", besluiten=5)
        if o and h:
            ratio.append((c, o["req_s"] / h["req_s"]))
    doel(
        "`/calculate` (one person, 5 decisions) >= 3.0x `openfisca serve` req/s at 1 and at 4 clients "
        "(ours keep-alive; openfisca's sync worker closes every connection)",
        ", ".join(f"{c} client{'s' * (c > 1)}: {v:.2f}x" for c, v in ratio) or "-",
        all(v >= 3.0 for _, v in ratio) if {c for c, _ in ratio} >= {1, 4} else None,
        enkel,
    )
    c4 = max(a["clients"])
    beoordeling = ("route", "beoordeling", 1, 20 if klein else 300)
    o = _zoek(rijen, "ons", "/v1/beoordeling", c4, "keep")
    vergeleken = []
    for naam, info in uit.get("uitgaven", {}).items():
        h = _zoek(rijen, naam, "/v1/beoordeling", c4, "keep")
        vergeleken.append(
            f"{o['req_s'] / h['req_s']:.2f}x {naam}"
            if o and h
            else f"{naam}: {info.get('niet_gemeten', 'not measured')}"
        )
    h = _zoek(rijen, "0.1.0", "/v1/beoordeling", c4, "keep")
    doel(
        f"`/v1/beoordeling` (all decisions with explanations) >= 2.5x today's server (release 0.1.0) "
        f"req/s at "
        f"{c4} clients, keep-alive",
        (f"{_f(o['req_s'], 0)} req/s; " if o else "")
        + ("; ".join(vergeleken) or "no earlier release measured"),
        o["req_s"] / h["req_s"] >= 2.5 if o and h else None,
        beoordeling,
    )
    doel(
        f"`/v1/beoordeling` p99 < 10 ms at {c4} clients, keep-alive",
        f"{_f(o['p99'], 2)} ms" if o else "-",
        o["p99"] < 10 if o else None,
        beoordeling,
    )
    for n, sleutel, grens, wat, soort in (
        (100_000, "kolommen_arrow_mediaan_s", 1.0, "columns, Arrow out", "kolommen-arrow"),
        (100_000, "kolommen_json_mediaan_s", 2.0, "columns, columnar JSON out", "kolommen-json"),
        (10_000, "ons_mediaan_s", 0.5, "row-JSON batch `/v1/beoordeling/batch`", "batch"),
    ):
        x = batch.get(n, {}).get(sleutel)
        doel(
            f"{n:,} persons over HTTP, {wat}, <= {grens:g} s (request sent to last byte received)",
            f"{_f(x, 2)} s" if x is not None else "-",
            x <= grens if x is not None else None,
            route(soort, n),
        )
    for invoer in a["invoer"]:
        achter = "" if invoer == "lijsten" else f" {invoer}"
        m, tiende = ip.get(f"beoordeel{achter}"), ip.get(f"beoordeel_tiende{achter}")
        groot = m is not None and m["n"] >= 1_000_000
        profiel = ("inproces", m["n"] if m else a["inproces"], "beoordeel", invoer)
        cpu = m and m.get("cpu_user_s", NAN) + m.get("cpu_sys_s", NAN)  # older saved runs lack CPU
        doel(
            f"1,000,000 persons in-process, `simulatie.beoordeel` (all decisions, undetermined "
            f"detection), inputs "
            f"as {invoer}, <= 5 s and <= 2 GB peak (after a warm-up on 5,000 persons in the same process)",
            f"{_f(m['totaal_s'], 2)} s ({_f(cpu, 1)} CPU s), {_f(m['piek_rss_mib'], 0)} MiB at "
            f"{m['n']:,} persons"
            if m
            else "-",
            m["totaal_s"] <= 5 and m["piek_rss_mib"] <= 2048 if groot else None,
            profiel,
        )
        stap = m["totaal_s"] / tiende["totaal_s"] if m and tiende else None
        cpu_stap = cpu / (tiende.get("cpu_user_s", NAN) + tiende.get("cpu_sys_s", NAN)) if stap else None
        doel(
            f"step from 100,000 to 1,000,000 persons in-process, inputs as {invoer}, <= 11x (linear)",
            f"{stap:.1f}x wall, {cpu_stap:.1f}x CPU ({tiende['n']:,} -> {m['n']:,})" if stap else "-",
            stap <= 11 if stap and groot else None,
            profiel,
        )
    k = uit.get("koude_start", {}).get("ons")
    doel(
        "cold start < 2 s (process start to first correct `/calculate` over HTTP)",
        f"{_f(k['mediaan_s'], 2)} s" if k else "-",
        k["mediaan_s"] < 2 if k else None,
        ("start",),
    )
    return res


def doelen(uit: dict) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) for every target of issue 5."""
    rijen = uit.get("enkelvoudig", [])
    res = []

    def oordeel(ok):
        return "n/a" if ok is None else ("**met**" if ok else "**missed**")

    if rijen:
        cs = sorted({r["gelijktijdig"] for r in rijen})
        verh = []
        for c in cs:
            o, h = (
                _zoek(rijen, "ons", "/calculate", c, "keep"),
                _zoek(rijen, "openfisca", "/calculate", c, "new"),
            )
            verh.append((c, o["req_s"] / h["req_s"] if h and h["req_s"] else float("nan")))
        res.append(
            (
                "`/calculate` req/s >= 1.5x `openfisca serve --workers 1` (each server's own connection "
                "handling; every concurrency)",
                ", ".join(f"{c} client{'s' * (c > 1)}: {v:.2f}x" for c, v in verh),
                oordeel(all(v >= 1.5 for _, v in verh)),
            )
        )
        c4 = max(cs)
        o = _zoek(rijen, "ons", "/calculate", c4, "keep")
        res.append(
            (
                f"`/calculate` p99 < 10 ms with {c4} concurrent clients",
                f"{_f(o['p99'], 2)} ms",
                oordeel(o["p99"] < 10),
            )
        )
        beste = max(
            (r for r in rijen if r["server"] == "ons" and r["pad"] == "/v1/beoordeling"),
            key=lambda r: r["req_s"],
        )
        res.append(
            (
                "`/v1/beoordeling` >= 500 req/s on one worker",
                f"best {_f(beste['req_s'])} req/s ({beste['gelijktijdig']} clients, {beste['verbinding']})",
                oordeel(beste["req_s"] >= 500),
            )
        )
        vloer = _zoek(rijen, "echo", "/echo", beste["gelijktijdig"], beste["verbinding"][:4])
        frac = vloer["req_s"] / beste["req_s"] if beste["req_s"] else float("inf")
        res.append(
            (
                "`/v1/beoordeling` within 2x of the HTTP floor (echo req/s / ours, same clients)",
                f"{frac:.1f}x slower than the echo floor",
                oordeel(frac <= 2),
            )
        )
    for rij in uit.get("batch", []):
        grens = {10_000: 1.0, 100_000: 8.0}.get(rij["n"])
        if grens:
            res.append(
                (
                    f"{rij['n']:,}-person batch over HTTP <= {grens:g} s",
                    f"{_f(rij['ons_mediaan_s'], 2)} s",
                    oordeel(rij["ons_mediaan_s"] <= grens),
                )
            )
    for modus, naam in (
        ("beoordeel", "`simulatie.beoordeel` (all decisions + undetermined detection)"),
        ("bereken", "`als_arrays` + `bereken` (all decisions)"),
    ):
        m = uit.get("inproces", {}).get(modus)
        if m:
            n = m["n"]
            ok = m["totaal_s"] <= 10 and m["piek_rss_mib"] <= 4096 if n >= 1_000_000 else None
            res.append(
                (
                    f"{n:,} persons in-process <= 10 s and <= 4 GB peak: {naam}",
                    f"{_f(m['totaal_s'], 2)} s, {_f(m['piek_rss_mib'], 0)} MiB",
                    oordeel(ok),
                )
            )
    k = uit.get("koude_start", {}).get("ons")
    if k:
        res.append(
            (
                "cold start < 2 s (process start to first correct `/calculate` over HTTP)",
                f"{_f(k['mediaan_s'], 2)} s",
                oordeel(k["mediaan_s"] < 2),
            )
        )
    return res


def markdown(uit: dict) -> str:
    m, a = uit["machine"], uit["instellingen"]
    r = [
        "# Benchmarks (issues 5 and 14)",
        "",
        "Written by `bench/run.py`; do not edit by hand. How and what is measured: `bench/README.md`.",
        "",
        "## Targets of issue 14",
        "",
        "All figures from this one run (ratios against `openfisca serve` and the earlier releases too: the "
        "machine is shared, so compare within a run). *not measured*: the run did not cover that size "
        "or phase.",
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
    ]
    if a.get("rapport_uit"):
        r[-2:-2] = [
            f"**Rendered from the saved run of {m['datum']} (commit {m['commit']}), older than this report's "
            "code**: rows that run did not measure say *not measured*, and no profiles were taken.",
            "",
        ]
    d14 = doelen14(uit)
    r += [f"| {d['doel']} | {d['figuur']} | {d['oordeel']} |" for d in d14]
    r.append("")
    profielen = uit.get("profielen", {})
    if profielen:
        r += [
            "### Why the missed targets miss",
            "",
            "cProfile of the work behind each missed target, run after the timings in a fresh process "
            "(`bench/"
            "profiel.py`: the route through the ASGI app in-process, every thread; `bench/inproces.py "
            "--profiel`)."
            " Seconds under the profiler are inflated; read the shares.",
            "",
        ]
        for sleutel, tekst in profielen.items():
            namen = [d["doel"] for d in d14 if d["profiel"] and " ".join(map(str, d["profiel"])) == sleutel]
            r += [f"For: {'; '.join(namen) or sleutel}", "", "```", tekst, "```", ""]
    r += [
        "## Machine and command",
        "",
        f"* {m['datum']}, commit {m['commit']}",
        f"* {m['nproc']} CPUs ({m['cpu']}), {m['geheugen']} RAM, {m['platform']}",
        f"* Python {m['python']}; " + ", ".join(f"{k} {v}" for k, v in m["versies"].items()),
        f"* load average before / after: {', '.join(f'{x:.2f}' for x in m['load_voor'])} / "
        f"{', '.join(f'{x:.2f}' for x in m.get('load_na', ()))}",
        f"* command: `{uit['commando']}`",
        f"* single requests: {a['rondes']} rounds x {a['verzoeken']} requests per cell "
        f"(after {a['opwarmen']} "
        "warm-up requests), cells interleaved per round; medians of the round values. Client: threads in one "
        "process on the same 2 cores as the server (raw sockets; httpx for the reference rows). One worker "
        "everywhere.",
        "* all servers on 127.0.0.1: ours `python -m inburgering_rules.api.serve` (uvicorn, WORKERS=1), "
        "`openfisca serve -c inburgering_rules --workers 1` (gunicorn sync worker, Flask), the echo floor "
        "`bench/echo_app.py` (FastAPI `POST /echo` returning the body, under the same `uvicorn.run` "
        "settings as ours)",
    ]
    for naam, x in uit.get("uitgaven", {}).items():
        r.append(
            f"* release {naam} (commit {x['commit']}): "
            + (
                f"not measured: {x['niet_gemeten']}"
                if "niet_gemeten" in x
                else f"`git archive` into a temporary folder, installed there with pip "
                f"({_f(x['installeren_s'], 1)} s), "
                "started like ours with PYTHONPATH on it, one start "
                f"({_f(x['koude_start_s'], 2)} s to its first correct `/calculate`); its bodies leave "
                f"out the inputs it "
                f"does not know ({', '.join(x['weggelaten_invoer']) or 'none'}); checked before timing: "
                f"it answers "
                f"every `/calculate` cell and the {x['gedeelde_besluiten']} `/v1/beoordeling` decisions "
                f"it shares with "
                "ours; values that differ from ours (rule changes made since, see CHANGELOG): "
                + (
                    ", ".join(
                        f"{b} {v['uitgave']} (ours {v['ons']})"
                        for b, v in sorted(x["andere_waarden"].items())
                    )
                    or "none"
                )
            )
        )
    r += ["", "## Targets of issue 5", "", "| target | measured | verdict |", "|---|---|---|"]
    r += [f"| {d} | {g} | {v} |" for d, g, v in doelen(uit)]
    r.append("")
    rijen = uit.get("enkelvoudig")
    if rijen:
        r += [
            "## 1-2. Single requests (one person)",
            "",
            f"`/calculate` body: one person ({len(pers.STATUSHOUDER)} inputs as ETERNITY), "
            f"{len(pers.CALCULATE_VIJF)} decisions asked for {pers.PEILDATUM} (issue 14's body: "
            f"{', '.join(pers.CALCULATE_VIJF)}), or, labelled *10*, issue 5's "
            f"{len(pers.CALCULATE_BESLUITEN)} "
            f"(also {', '.join(pers.CALCULATE_BESLUITEN[5:])}). "
            if any(x.get("besluiten") == 5 for x in rijen)
            else "`/calculate` body: one person, issue 5's 10 decisions (a run before issue 14). "
            "`/v1/beoordeling`: the same person, "
            "all decisions with "
            "explanations (`toelichting`), missing-data detection and receipt. Echo: the `/calculate` body "
            "echoed back. *new conn*: `Connection: close` on every request (a new TCP connection each time, "
            "what gunicorn's sync worker always does). Client *raw*: a prepared request on a plain socket "
            "(the default; it costs about a third of httpx per request, so the floor is the server's, "
            "not the "
            "client's); *httpx*: `httpx.Client`, the issue's reference configuration. "
            "Ratios compare rows of the "
            "same client. *vs 0.1.0*: against release 0.1.0 (the server issue 14 calls today's), same "
            "endpoint, "
            "clients and connection.",
            "",
            "| client | server | endpoint | clients | connection | p50 ms | p99 ms | req/s | vs openfisca | "
            "vs 0.1.0 | fraction of echo floor | errors |",
            "|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for x in sorted(
            rijen,
            key=lambda x: (
                x["klient"] != "raw",
                x["gelijktijdig"],
                not x["keepalive"],
                x["server"] not in ("ons", "openfisca", "echo"),
                x["server"],
                x["pad"],
                x.get("besluiten") or 0,
            ),
        ):
            kl, besluiten = x["klient"], x.get("besluiten")
            hun = _zoek(rijen, "openfisca", "/calculate", x["gelijktijdig"], "new", kl, besluiten)
            oud = _zoek(rijen, "0.1.0", x["pad"], x["gelijktijdig"], x["verbinding"][:4], kl, besluiten)
            vloer = _zoek(rijen, "echo", "/echo", x["gelijktijdig"], x["verbinding"][:4], kl) or _zoek(
                rijen, "echo", "/echo", x["gelijktijdig"], "new", kl
            )
            vs = f"{x['req_s'] / hun['req_s']:.2f}x" if hun and x["pad"] == "/calculate" else ""
            vs_oud = f"{x['req_s'] / oud['req_s']:.2f}x" if oud and x["server"] != "0.1.0" else ""
            fr = f"{x['req_s'] / vloer['req_s']:.2f}" if vloer and x["server"] != "echo" else ""
            r.append(
                f"| {kl} | {_naam(x['server'])} | {_eindpunt(x)} | {x['gelijktijdig']} | {x['verbinding']} | "
                f"{_f(x['p50'], 2)} | {_f(x['p99'], 2)} | {_f(x['req_s'], 0)} | {vs} | {vs_oud} | {fr} | "
                f"{x['fouten']} |"
            )
        r += ["", "Per-round req/s (spread):", ""]
        for x in rijen:
            r.append(
                f"* {x['klient']} {_naam(x['server'])} {_eindpunt(x)} c={x['gelijktijdig']} "
                f"{x['verbinding']}: " + ", ".join(_f(y["req_s"], 0) for y in x["rondes"])
            )
        r.append("")
    b = uit.get("batch")
    if b:
        cap = a["openfisca_cap"]
        r += [
            "## 3. Batches over HTTP",
            "",
            "Ours: `POST /v1/beoordeling/batch` (all decisions, missing-data detection, no `toelichting`), "
            "server started with MAX_BATCH_SIZE raised for the 100,000 batch. "
            "openfisca serve: `POST /calculate` "
            f"for the same persons with all "
            f"{str(uit['besluiten']) + ' ' if 'besluiten' in uit else ''}decisions asked, **capped at "
            f"{cap:,} persons** (its JSON builder and per-cell result loop are quadratic; a missing input "
            "silently takes its default there, no undetermined detection). "
            "Time: request sent to last byte of "
            "the answer, one fresh connection, the client does not parse. "
            "Peak RSS: the server process's VmHWM "
            "after the batch (cumulative).",
            "",
            "| persons | ours s (median) | ours rounds | req MB | answer MB | ours peak RSS MiB | "
            "openfisca s | openfisca rounds | openfisca answer MB | openfisca peak RSS MiB | ratio |",
            "|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|",
        ]
        for x in b:
            hun = x.get("openfisca_mediaan_s")
            r.append(
                f"| {x['n']:,} | {_f(x['ons_mediaan_s'], 2)} | {', '.join(_f(t, 2) for t in x['ons_s'])} | "
                f"{_f(x['body_mb'])} | {_f(x['antwoord_mb'])} | {_f(x['ons_piek_rss_mib'], 0)} | "
                + (
                    f"{_f(hun, 2)} | {', '.join(_f(t, 2) for t in x['openfisca_s'])} | "
                    f"{_f(x['openfisca_antwoord_mb'])} | {_f(x['openfisca_piek_rss_mib'], 0)} | "
                    f"{hun / x['ons_mediaan_s']:.1f}x |"
                    if hun
                    else f"not run (cap {cap:,}) | | | | |"
                )
            )
        r += [
            "",
            "Columnar (issue 14): `POST /v1/beoordeling/kolommen`, the same persons as columns, one column "
            "per decision back (null where there is no value; undetermined and waiting decisions and the causes "
            "as bit masks), as columnar JSON and as one Arrow IPC stream, MAX_COLUMNAR_PERSONS raised for the "
            "100,000 batch (default 50,000). Same timing as above.",
            "",
            "| persons | req MB | JSON s (median) | JSON rounds | JSON MB | Arrow s (median) | Arrow rounds "
            "| Arrow MB |",
            "|---:|---:|---:|---|---:|---:|---|---:|",
        ]
        for x in b:
            if "kolommen_json_s" in x:
                r.append(
                    f"| {x['n']:,} | {_f(x['kolommen_body_mb'])} | {_f(x['kolommen_json_mediaan_s'], 2)} | "
                    f"{', '.join(_f(t, 2) for t in x['kolommen_json_s'])} | "
                    f"{_f(x['kolommen_json_antwoord_mb'])} | {_f(x['kolommen_arrow_mediaan_s'], 2)} | "
                    f"{', '.join(_f(t, 2) for t in x['kolommen_arrow_s'])} | "
                    f"{_f(x['kolommen_arrow_antwoord_mb'])} |"
                )
        r.append("")
    ip = uit.get("inproces")
    if ip:
        r += [
            "## 4. In-process, every decision",
            "",
            "`python bench/inproces.py --n N --modus M` in a fresh process per round; columns generated "
            "with numpy (about 10% of persons lack a needed fact or judgement); the timed stages follow one "
            "warm-up run of the same mode on 5,000 persons (warm-up s: it loads pyarrow, and pandas through "
            "it, and builds the plans and caches of the peildatum); "
            "the round with the median total "
            "is shown, all rounds are in the JSON. Peak = VmHWM of that process (includes the input lists; "
            "`ru_maxrss` would include the benchmark parent's peak, inherited across fork and exec). "
            "CPU = user and system seconds of the timed stages (on a shared machine the wall clock includes "
            "waiting).",
            "",
            "| mode | persons | rounds | warm-up s | als_arrays s | compute s | total s | total s, all rounds | "
            "RSS before MiB | peak RSS MiB | per person µs | CPU user s | CPU sys s |",
            "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
        ]
        namen = {
            "bereken": "`als_arrays` + `bereken` (fast core)",
            "beoordeel": "`beoordeel` (+ undetermined detection)",
            "beoordeel_tiende": "`beoordeel`, a tenth of the persons (issue 14: linear step)",
            "beoordeel arrays": "`beoordeel`, inputs as numpy arrays (what a pandas user passes)",
            "beoordeel_tiende arrays": "`beoordeel`, inputs as numpy arrays, a tenth of the persons",
            "openfisca": "`als_arrays` + `bereken(snel=False)` (OpenFisca Simulation from arrays)",
        }
        for modus, x in ip.items():
            if modus not in namen:
                continue
            reken = x.get("bereken_s", x.get("beoordeel_s"))
            r.append(
                f"| {namen[modus]} | {x['n']:,.0f} | {len(x['rondes'])} | {_f(x.get('opwarmen_s'), 2)} | "
                f"{_f(x.get('als_arrays_s'), 2)} | "
                f"{_f(reken, 2)} | {_f(x['totaal_s'], 2)} | "
                f"{', '.join(_f(y['totaal_s'], 2) for y in x['rondes'])} | "
                f"{_f(x['rss_voor_mib'], 0)} | "
                f"{_f(x['piek_rss_mib'], 0)} | {_f(x['totaal_s'] / x['n'] * 1e6, 2)} | "
                f"{_f(x.get('cpu_user_s'), 2)} | {_f(x.get('cpu_sys_s'), 2)} |"
            )
        lijst, arrays = ip.get("beoordeel"), ip.get("beoordeel arrays")
        if lijst and arrays:
            gelijk = all(lijst[k] == arrays[k] for k in ("plichtig", "onbepaald_personen"))
            r += [
                "",
                f"Inputs as arrays against inputs as lists (the same persons): obliged "
                f"{arrays['plichtig']:,} / {lijst['plichtig']:,}, persons with an undetermined decision "
                f"{arrays['onbepaald_personen']:,} / {lijst['onbepaald_personen']:,}: "
                + (
                    "the same answers."
                    if gelijk
                    else "**the answers differ**: `beoordeel` does not yet read "
                    "these arrays as it reads lists."
                ),
            ]
        r.append("")
    k = uit.get("koude_start")
    if k:
        r += [
            "## 5. Cold start",
            "",
            "`Popen` to the first correct answer over HTTP (polled every 5 ms): `/calculate` with the "
            "single-person body (ours, openfisca serve), `/echo` for the floor.",
            "",
            "| server | median s | runs s |",
            "|---|---:|---|",
        ]
        for naam, x in k.items():
            r.append(f"| {_naam(naam)} | {_f(x['mediaan_s'], 2)} | {', '.join(_f(t, 2) for t in x['s'])} |")
        if "eerste_beoordeling_daarna_s" in k.get("ons", {}):
            r += [
                "",
                "Ours, first `/v1/beoordeling` right after that: "
                f"{_f(k['ons']['eerste_beoordeling_daarna_s'] * 1000, 0)} ms.",
            ]
        r.append("")
    g = uit.get("geheugen_na_enkelvoudig_mib") or uit.get("geheugen_na_start_mib")
    if g:
        r += [
            "## Server memory",
            "",
            "| server | RSS after start MiB | RSS after single requests MiB |",
            "|---|---:|---:|",
        ]
        for naam in g:
            start = uit.get("geheugen_na_start_mib", {}).get(naam, {})
            r.append(f"| {_naam(naam)} | {_f(start.get('rss'), 0)} | {_f(g[naam]['rss'], 0)} |")
        r.append("")
    return "\n".join(r)


def parse(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--smoke", action="store_true", help="tiny sizes for CI (< 30 s)")
    p.add_argument("--rondes", "--rounds", type=int, default=5, help="rounds of single requests and batches")
    p.add_argument(
        "--rondes-groot", "--rounds-large", type=int, default=3, help="rounds for batches > 10,000"
    )
    p.add_argument("--rondes-inproces", "--rounds-inprocess", type=int, default=3)
    p.add_argument("--verzoeken", "--requests", type=int, default=300, help="requests per cell per round")
    p.add_argument("--opwarmen", "--warmup", type=int, default=20)
    p.add_argument("--clients", type=lambda s: [int(x) for x in s.split(",")], default=[1, 4])
    p.add_argument(
        "--klienten",
        "--client-libs",
        type=lambda s: s.split(","),
        default=["raw"],
        help="load clients for the table: raw (socket, default), httpx, or raw,httpx",
    )
    p.add_argument(
        "--geen-httpx-referentie",
        "--no-httpx-reference",
        dest="httpx_referentie",
        action="store_false",
        help="skip the httpx new-connection reference rows",
    )
    p.add_argument("--batch", type=lambda s: [int(x) for x in s.split(",")], default=[1_000, 10_000, 100_000])
    p.add_argument("--openfisca-cap", type=int, default=10_000)
    p.add_argument("--inproces", "--inprocess", type=int, default=1_000_000)
    p.add_argument("--koude-starts", "--cold-starts", type=int, default=5)
    p.add_argument(
        "--fases",
        "--phases",
        type=lambda s: set(s.split(",")),
        default={"koud", "http", "batch", "inproces"},
        help="koud,http,batch,inproces",
    )
    p.add_argument(
        "--uitgaven",
        "--releases",
        type=lambda s: [tuple(x.split("=", 1)) for x in s.split(",") if x],
        default=None,
        help="earlier releases served beside ours, name=commit,... (default 0.1.0=7a3b2c7,0.2.0=6318b48, "
        "smoke: 0.1.0 only; '' for none)",
    )
    p.add_argument(
        "--invoer",
        "--inputs",
        type=lambda s: s.split(","),
        default=["lijsten"],
        help="in-process inputs for `beoordeel`: lijsten (JSON-like lists), arrays (numpy), lijsten,arrays",
    )
    p.add_argument(
        "--geen-profielen",
        "--no-profiles",
        dest="profielen",
        action="store_false",
        help="skip the profiles of missed issue-14 targets",
    )
    p.add_argument(
        "--rapport-uit",
        "--report-from",
        default=None,
        help="write --out from a saved results JSON (e.g. bench/uitkomsten.json) without measuring",
    )
    p.add_argument("--out", default=str(REPO / "BENCHMARKS.md"))
    p.add_argument(
        "--json", default=None, help="raw results (default: bench/uitkomsten.json, smoke: next to --out)"
    )
    p.add_argument("--logmap", default="/tmp/inburgering-bench-logs")
    args = p.parse_args(argv)
    if args.smoke:
        args.rondes, args.rondes_groot, args.rondes_inproces = 1, 1, 1
        args.verzoeken, args.opwarmen, args.koude_starts = 20, 4, 1
        args.batch, args.openfisca_cap, args.inproces = [10, 50], 10, 1_000
        args.httpx_referentie = False
        args.invoer = ["lijsten", "arrays"]
    if args.uitgaven is None:
        args.uitgaven = [("0.1.0", "7a3b2c7")] if args.smoke else [("0.1.0", "7a3b2c7"), ("0.2.0", "6318b48")]
    if args.json is None:
        args.json = str(Path(args.out).with_suffix(".json")) if args.smoke else str(HIER / "uitkomsten.json")
    return args


def main(argv=None) -> int:
    args = parse(argv)
    if args.rapport_uit:  # re-render a saved run with this script's report code: nothing is measured
        uit = json.loads(Path(args.rapport_uit).read_text())
        uit["instellingen"] = {**vars(parse([])), **uit["instellingen"], "rapport_uit": args.rapport_uit}
        Path(args.out).write_text(markdown(uit) + f"\nWhole run: {uit['duur_s']:.0f} s.\n")
        log(f"wrote {args.out} from {args.rapport_uit}")
        return 0
    atexit.register(servers.stop_alle)
    geheugen.stel_in()  # the environment every server and in-process run inherits, as `make run` and the CLI have it

    def op_signaal(nummer, _frame):
        servers.stop_alle()
        raise SystemExit(128 + nummer)

    signal.signal(signal.SIGTERM, op_signaal)
    signal.signal(signal.SIGINT, op_signaal)
    begin = time.perf_counter()
    uit = Bench(args).draai()
    uit["duur_s"] = time.perf_counter() - begin
    tekst = markdown(uit) + f"\nWhole run: {uit['duur_s']:.0f} s.\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(tekst)
    Path(args.json).write_text(json.dumps(uit, indent=1, default=str))
    print(tekst)
    log(f"wrote {args.out} and {args.json} in {uit['duur_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
