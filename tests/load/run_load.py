"""Bounded load and isolation run against a real server on loopback: `make load`.

    python tests/load/run_load.py [--requests 20000] [--clients 32] [--workers 1] [--max-seconds 900]

1. Starts the server as `make run` does (`python -m inburgering_rules.api.serve`) on a free port of
   127.0.0.1 (never another address), and waits for `/health`.
2. Builds a deterministic pool of persons (all kinds: status holders, family migrants, EU citizens, with
   and without missing facts) and computes every expected decision beforehand, in-process, with
   `inburgering_rules.simulatie.beoordeel` for the law in force and for each named reform that
   `GET /v1/hervormingen` lists (none listed: the reform part is skipped with a note).
3. Sends `--requests` requests from `--clients` concurrent clients, mixing `/v1/beoordeling` (law in
   force and reforms, three reference dates), `/v1/beoordeling/batch` and `/calculate` (with and without
   `?hervorming=`), and checks every decision of every answer against its expected value: an answer for
   another person, date or reform (a leak between concurrent requests) is an error.
4. Samples the server's resident memory (psutil, main process and workers) and requires less than
   `--max-growth` (10 %) growth from the end of the warm-up to the end of the run.
5. Checks the server's JSON log lines hold no personal data that was sent (birth dates, nationalities).
6. Issue 15 phase (`--distinct-reforms`, `--explained-batches`, `--slow-readers`): distinct inline
   reforms (each one new, spot-checked against an in-process evaluation), batches of `toelichting` at
   its limit, and clients that send a large batch and never read the answer. RSS must stay flat over
   the reforms (`--max-growth` from the end of the first fifth to the end), come back after the
   explained batches, the slow readers must be cut off (`SLOW_READER_SECONDS`) while `/health` and a
   normal batch are served.
7. Sends SIGTERM while a large batch is in flight: the batch must still be answered correctly and the
   server must exit 0 within its graceful-shutdown time, and refuse connections afterwards.

Bounded: at most `--requests` requests and `--max-seconds` seconds. Prints a report (also as JSON with
`--json PATH`) and exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import signal
import socket
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import httpx
import numpy
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lokale_server import Server  # noqa: E402

from inburgering_rules import publiek, simulatie  # noqa: E402
from inburgering_rules.hervormingen import basissysteem, systeem_voor  # noqa: E402

PEILDATUMS = ("2023-01-15", "2024-05-01", "2026-03-01")
# Decisions asked in /calculate (a request per person holds these at the peildatum).
CALCULATE_BESLUITEN = (
    "inburgeringsplichtig", "doelgroep", "inburgeringstermijn_einddatum", "pvt_uiterste_datum",
    "ontzorgen_einddatum", "boete_art_23_bedrag", "boete_art_25_maximum_bedrag",
    "reden_geen_inburgeringsplicht",
)
NATIONALITEITEN = ("SY", "ER", "TR", "MA", "AF", "UA", "IN", "CN", "PL", "DE", "US", "NL", "")


# -- persons and expected answers --------------------------------------------------------------

def _datum(rng: random.Random, van: date, tot: date) -> str:
    return (van + timedelta(days=rng.randrange((tot - van).days))).isoformat()


def maak_personen(aantal: int, seed: int) -> list[dict]:
    """A deterministic, varied pool: some complete, some with missing facts or judgments."""
    systeem = basissysteem()
    leden = {naam: list(systeem.variables[naam].possible_values.__members__)
             for naam in ("verblijfsvergunning", "verblijfsdoel", "leerroute", "ontheffing",
                          "verwijtbaarheid")}
    rng = random.Random(seed)
    personen = []
    for _ in range(aantal):
        verkregen = date.fromisoformat(_datum(rng, date(2019, 1, 1), date(2025, 12, 31)))
        p: dict = {
            "geboortedatum": _datum(rng, date(1950, 1, 1), date(2008, 12, 31)),
            "nationaliteit": rng.choice(NATIONALITEITEN),
            "verblijfsvergunning": rng.choice(
                ["asiel_bepaalde_tijd"] * 4 + ["regulier_bepaalde_tijd"] * 3 + leden["verblijfsvergunning"]),
            "verblijfsdoel": rng.choice(
                ["overig_niet_tijdelijk", "gezinsmigratie", "gezinslid_van_asielstatushouder"] * 3
                + leden["verblijfsdoel"]),
            "verblijf_verkregen_datum": verkregen.isoformat(),
        }
        if rng.random() < 0.8:
            kennisgeving = verkregen + timedelta(days=rng.randrange(5, 90))
            p["kennisgeving_inburgeringsplicht_datum"] = kennisgeving.isoformat()
            p["brp_inschrijving_datum"] = (verkregen + timedelta(days=rng.randrange(0, 60))).isoformat()
            if rng.random() < 0.7:
                pip = kennisgeving + timedelta(days=rng.randrange(20, 300))
                p["pip_datum"] = pip.isoformat()
                p["leerroute"] = rng.choice(leden["leerroute"])
                if rng.random() < 0.3:
                    p["pvt_afgerond_datum"] = (pip + timedelta(days=rng.randrange(30, 700))).isoformat()
                if rng.random() < 0.3:
                    p["map_afgerond_datum"] = (pip + timedelta(days=rng.randrange(30, 700))).isoformat()
        if rng.random() < 0.3:
            p["bijstand_recht_datum"] = (verkregen + timedelta(days=rng.randrange(0, 120))).isoformat()
        if rng.random() < 0.4:
            p["lesuren_gevolgd"] = rng.randrange(0, 1200)
            p["taalonderdelen_behaald_aantal"] = rng.randrange(0, 5)
            p["knm_behaald"] = rng.random() < 0.5
        if rng.random() < 0.3:
            p["brede_intake_niet_verschenen_na_herhaalde_oproep"] = rng.random() < 0.5
            p["pip_onvoldoende_medewerking"] = rng.random() < 0.5
            p["boete_art_23_eerdere_aantal"] = rng.randrange(0, 3)
            p["gemeentelijke_boetes_opgelegd_bedrag"] = rng.choice([0, 250, 340, 500.5, 1000])
        if rng.random() < 0.2:
            p["ontheffing"] = rng.choice(leden["ontheffing"])
        if rng.random() < 0.6:
            p["verwijtbaarheid"] = rng.choice(leden["verwijtbaarheid"])
            p["grote_kans_diploma_na_taalschakeltraject"] = rng.random() < 0.5
            p["examen_en_onderwijsroute_niet_haalbaar"] = rng.random() < 0.5
        for naam in publiek.NODIGE_FEITEN:  # some persons miss a fact: null decisions must match too
            if rng.random() < 0.05:
                p.pop(naam, None)
        personen.append(p)
    return personen


def volledig(persoon: dict) -> bool:
    """All needed facts and judgments given: /calculate (OpenFisca defaults) then equals /v1."""
    nodig = [n for n in simulatie.ONZEKER
             if n not in publiek.FEITEN_UIT_BESCHIKKING or persoon.get(publiek.FEITEN_UIT_BESCHIKKING[n])]
    return all(persoon.get(n) not in (None, publiek.ONBEKEND_ALS.get(n)) for n in nodig)


def als_json(waarde):
    if isinstance(waarde, numpy.datetime64):
        return None if numpy.isnat(waarde) else str(waarde.astype("datetime64[D]"))
    if isinstance(waarde, numpy.bool_ | bool):
        return bool(waarde)
    if isinstance(waarde, numpy.integer):
        return int(waarde)
    if isinstance(waarde, numpy.floating | float):
        return float(waarde)
    return str(waarde)


def verwacht(systeem, peildatum: str, personen: list[dict]) -> list[dict]:
    """The decisions per person (`None` where undetermined), from one `simulatie.beoordeel`."""
    invoer = [n for n in publiek.INVOER if any(n in p for p in personen)]
    kolommen = {n: [p.get(n) for p in personen] for n in invoer}
    besluiten = tuple(n for n in publiek.BESLUITEN if n in systeem.variables)
    b = simulatie.beoordeel(systeem, peildatum, kolommen, len(personen), besluiten)
    return [
        {n: None if b.onbepaald[n][i] else als_json(b.waarden[n][i]) for n in besluiten}
        for i in range(len(personen))
    ]


def gelijk(verwacht_, gekregen) -> bool:
    if verwacht_ is None or gekregen is None:
        return verwacht_ is None and gekregen is None
    if isinstance(verwacht_, bool) or isinstance(gekregen, bool):
        return type(verwacht_) is type(gekregen) and verwacht_ == gekregen
    if isinstance(verwacht_, float) or isinstance(gekregen, float):
        return isinstance(gekregen, int | float) and math.isclose(verwacht_, gekregen, abs_tol=0.005)
    return verwacht_ == gekregen


def verschillen(verwacht_: dict, gekregen: dict, namen) -> list[str]:
    return [f"{n}: expected {verwacht_[n]!r}, got {gekregen.get(n, '<missing>')!r}"
            for n in namen if not gelijk(verwacht_[n], gekregen.get(n))]


# -- the run -----------------------------------------------------------------------------------

@dataclass
class Uitslag:
    latenties: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statussen: Counter = field(default_factory=Counter)
    fouten: list[str] = field(default_factory=list)
    foutaantal: int = 0
    gecontroleerd: int = 0  # decisions compared
    klaar: int = 0
    voortgang: int = 0  # print a line every this many requests

    def fout(self, tekst: str) -> None:
        self.foutaantal += 1
        if len(self.fouten) < 20:
            self.fouten.append(tekst)


@dataclass
class Verzoek:
    soort: str
    methode: str
    pad: str
    body: bytes
    controle: object  # callable(answer json) -> list of differences


def plan(personen, verwachting, hervormingen, rng: random.Random, aantal: int):
    """`aantal` requests, a deterministic mix; `verwachting[(reform or None, peildatum)]` per person."""
    n = len(personen)
    stelsels = [None, *hervormingen]
    volledige = [i for i, p in enumerate(personen) if volledig(p)]

    def beoordeling(hervorming):
        i, peildatum = rng.randrange(n), rng.choice(PEILDATUMS)
        body = {"peildatum": peildatum, "persoon": personen[i]}
        if hervorming:
            body["hervorming"] = hervorming
        exp = verwachting[hervorming, peildatum][i]
        return Verzoek("beoordeling" + ("+hervorming" if hervorming else ""), "POST", "/v1/beoordeling",
                       orjson.dumps(body), lambda a: verschillen(exp, a["besluiten"], exp))

    def batch(hervorming):
        peildatum = rng.choice(PEILDATUMS)
        rijen = rng.sample(range(n), rng.randrange(2, 41))
        body = {"peildatum": peildatum, "personen": [personen[i] for i in rijen]}
        if hervorming:
            body["hervorming"] = hervorming
        exp = [verwachting[hervorming, peildatum][i] for i in rijen]

        def controle(a):
            if len(a["resultaten"]) != len(exp):
                return [f"{len(a['resultaten'])} results for {len(exp)} persons"]
            return [f"#{k} {v}" for k, (e, r) in enumerate(zip(exp, a["resultaten"], strict=True))
                    for v in verschillen(e, r["besluiten"], e)]

        return Verzoek("batch" + ("+hervorming" if hervorming else ""), "POST", "/v1/beoordeling/batch",
                       orjson.dumps(body), controle)

    def calculate(hervorming):
        peildatum = rng.choice(PEILDATUMS)
        rijen = rng.sample(volledige, min(len(volledige), rng.randrange(1, 6)))
        situatie = {"personen": {
            f"p{i}": {**{k: {"ETERNITY": v} for k, v in personen[i].items()},
                      **{b: {peildatum: None} for b in CALCULATE_BESLUITEN}}
            for i in rijen}}
        pad = "/calculate" + (f"?hervorming={hervorming}" if hervorming else "")

        def controle(a):
            uit = []
            for i in rijen:
                exp = verwachting[hervorming, peildatum][i]
                gekregen = {b: a["personen"][f"p{i}"][b][peildatum] for b in CALCULATE_BESLUITEN}
                uit += [f"p{i} {v}" for v in verschillen(exp, gekregen, CALCULATE_BESLUITEN)]
            return uit

        return Verzoek("calculate" + ("+hervorming" if hervorming else ""), "POST", pad,
                       orjson.dumps(situatie), controle)

    soorten = [(beoordeling, 0.55), (batch, 0.15), (calculate, 0.30)]
    for _ in range(aantal):
        maker = rng.choices([s for s, _ in soorten], [w for _, w in soorten])[0]
        # Half of all requests name a reform when there are reforms (each reform equally often).
        hervorming = rng.choice(stelsels[1:]) if hervormingen and rng.random() < 0.5 else None
        yield maker(hervorming)


async def stuur(client: httpx.AsyncClient, verzoeken, uitslag: Uitslag, einde: float) -> None:
    for verzoek in verzoeken:
        if time.monotonic() > einde:
            return
        begin = time.perf_counter()
        try:
            antwoord = await client.request(verzoek.methode, verzoek.pad, content=verzoek.body,
                                            headers={"content-type": "application/json"})
        except httpx.HTTPError as fout:
            uitslag.fout(f"{verzoek.soort}: {type(fout).__name__}: {fout}")
            uitslag.klaar += 1
            continue
        uitslag.latenties[verzoek.soort].append(time.perf_counter() - begin)
        uitslag.statussen[antwoord.status_code] += 1
        uitslag.klaar += 1
        if uitslag.voortgang and uitslag.klaar % uitslag.voortgang == 0:
            print(f"  {uitslag.klaar} requests, {uitslag.foutaantal} errors", flush=True)
        if antwoord.status_code != 200:
            uitslag.fout(f"{verzoek.soort} {verzoek.pad}: HTTP {antwoord.status_code}: {antwoord.text[:300]}")
            continue
        try:
            verschil = verzoek.controle(orjson.loads(antwoord.content))
        except Exception as fout:  # a malformed answer is an error of the run, not a crash of it
            verschil = [f"unreadable answer: {type(fout).__name__}: {fout}"]
        uitslag.gecontroleerd += 1
        if verschil:
            uitslag.fout(f"{verzoek.soort} {verzoek.pad}: wrong answer: {'; '.join(verschil[:3])}")


class Geheugen(threading.Thread):
    """Samples the server's RSS with the number of finished requests, until stopped."""

    def __init__(self, server: Server, uitslag: Uitslag, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.server, self.uitslag, self.interval = server, uitslag, interval
        self.metingen: list[tuple[float, int, int]] = []  # (seconds, requests done, rss)
        self._einde = threading.Event()

    def run(self) -> None:
        begin = time.monotonic()
        while not self._einde.is_set():
            self.metingen.append((time.monotonic() - begin, self.uitslag.klaar, self.server.rss()))
            self._einde.wait(self.interval)

    def stop(self) -> None:
        self._einde.set()
        self.join()


def percentiel(waarden: list[float], p: float) -> float:
    if not waarden:
        return float("nan")
    geordend = sorted(waarden)
    return geordend[min(len(geordend) - 1, int(round(p / 100 * (len(geordend) - 1))))]


def geheugenoordeel(metingen, totaal: int, opwarmen: int) -> dict:
    """RSS at the end of warm-up (median of the samples over the next 5 % of requests) vs the end
    (median of the samples over the last 5 %)."""
    venster = max(1, totaal // 20)
    na = [r for _, k, r in metingen if opwarmen <= k <= opwarmen + venster] or [metingen[0][2]]
    eind = [r for _, k, r in metingen if k >= totaal - venster] or [metingen[-1][2]]
    voor, achter = statistics.median(na), statistics.median(eind)
    verloop = []
    for deel in range(11):
        grens = totaal * deel // 10
        dichtst = min(metingen, key=lambda m: abs(m[1] - grens))
        verloop.append({"requests": dichtst[1], "rss_mib": round(dichtst[2] / 2**20, 1)})
    return {
        "rss_start_mib": round(metingen[0][2] / 2**20, 1),
        "rss_after_warmup_mib": round(voor / 2**20, 1),
        "rss_end_mib": round(achter / 2**20, 1),
        "rss_max_mib": round(max(r for _, _, r in metingen) / 2**20, 1),
        "growth_after_warmup": round(achter / voor - 1, 4),
        "over_time": verloop,
    }


PAD_REFORM = "termijnen.inburgeringstermijn_maanden"
TRAGE_LEZER_SECONDEN = 3


def zware_fase(server: Server, personen, args) -> dict:
    """Issue 15: distinct inline reforms, explained batches at their limit, slow readers."""
    uit: dict = {}
    rng = random.Random(args.seed + 15)
    volledig_ = [p for p in personen if volledig(p)][:3]

    def reform(k: int) -> dict:
        return {"parameters": {PAD_REFORM: {"2022-01-01": 12 + k % 100, f"{2023 + k // 100 % 50}-01-01": 37}}}

    async def hervormingen_sturen() -> dict:
        metingen, fout, gecontroleerd = [], 0, 0
        async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
            async def een(k: int) -> None:
                nonlocal fout, gecontroleerd
                peildatum = PEILDATUMS[1]
                body = {"peildatum": peildatum, "personen": volledig_, "hervorming": reform(k)}
                a = await client.post("/v1/beoordeling/batch", content=orjson.dumps(body),
                                      headers={"content-type": "application/json"})
                if a.status_code != 200:
                    fout += 1
                    return
                if k % 100 == 0:  # spot check against the same reform in-process
                    exp = verwacht(systeem_voor(reform(k)), peildatum, volledig_)
                    gecontroleerd += 1
                    fout += sum(bool(verschillen(e, r["besluiten"], e))
                                for e, r in zip(exp, a.json()["resultaten"], strict=True))

            for begin in range(0, args.distinct_reforms, 4):
                await asyncio.gather(*(een(k) for k in range(begin, min(begin + 4, args.distinct_reforms))))
                if begin % 100 == 0:
                    metingen.append((begin, server.rss()))
        return {"metingen": metingen, "fouten": fout, "gecontroleerd": gecontroleerd}

    t = time.perf_counter()
    r = asyncio.run(hervormingen_sturen())
    metingen = r["metingen"]
    na_vijfde = statistics.median([m for k, m in metingen if k >= args.distinct_reforms // 5][:3] or [metingen[0][1]])
    eind = statistics.median([m for _, m in metingen[-3:]])
    uit["distinct_reforms"] = {
        "reforms": args.distinct_reforms, "seconds": round(time.perf_counter() - t, 1), "errors": r["fouten"],
        "spot_checked": r["gecontroleerd"], "rss_after_first_fifth_mib": round(na_vijfde / 2**20, 1),
        "rss_end_mib": round(eind / 2**20, 1), "growth": round(eind / na_vijfde - 1, 4),
        "over_time": [(k, round(m / 2**20, 1)) for k, m in metingen[:: max(1, len(metingen) // 10)]],
    }

    # Explained batches at the limit (toelichting for MAX_EXPLAINED_PERSONS persons; one more is a 413).
    voor = server.rss()
    piek, statussen, grootte = voor, Counter(), 0
    body = orjson.dumps({"peildatum": PEILDATUMS[1], "personen": [{}] * 500, "toelichting": True})
    te_veel = orjson.dumps({"peildatum": PEILDATUMS[1], "personen": [{}] * 501, "toelichting": True})
    for _ in range(args.explained_batches):
        a = httpx.post(f"{server.url}/v1/beoordeling/batch", content=body, timeout=120,
                       headers={"content-type": "application/json"})
        statussen[a.status_code] += 1
        grootte = max(grootte, len(a.content))
        piek = max(piek, server.rss())
    statussen[httpx.post(f"{server.url}/v1/beoordeling/batch", content=te_veel, timeout=60,
                         headers={"content-type": "application/json"}).status_code] += 1
    time.sleep(1)
    uit["explained_batches"] = {
        "batches": args.explained_batches, "statuses": dict(statussen), "answer_mib": round(grootte / 2**20, 1),
        "rss_before_mib": round(voor / 2**20, 1), "rss_peak_mib": round(piek / 2**20, 1),
        "rss_after_mib": round(server.rss() / 2**20, 1),
    }

    # Slow readers: a large batch asked, nothing read; they must be cut off while others are served.
    groot = orjson.dumps({"peildatum": PEILDATUMS[1], "personen": [rng.choice(personen) for _ in range(2000)]})
    verzoek = (f"POST /v1/beoordeling/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(groot)}\r\n\r\n").encode() + groot
    lezers = []
    for _ in range(args.slow_readers):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.connect(("127.0.0.1", server.poort))
        s.sendall(verzoek)
        lezers.append(s)
    time.sleep(1)
    t = time.perf_counter()
    health = httpx.get(f"{server.url}/health", timeout=10).status_code
    normaal = httpx.post(f"{server.url}/v1/beoordeling/batch", timeout=60, headers={"content-type": "application/json"},
                         content=orjson.dumps({"peildatum": PEILDATUMS[1], "personen": volledig_})).status_code
    bediend = round(time.perf_counter() - t, 2)
    einde = time.monotonic() + 120  # the batches are computed (two slots), then cut off while sending
    while server.log().count("langzame lezer afgebroken") < args.slow_readers and time.monotonic() < einde:
        time.sleep(1)
    afgesloten = 0
    for s in lezers:
        s.settimeout(10)
        try:
            while s.recv(1 << 20):
                pass
            afgesloten += 1  # EOF: the server closed it
        except OSError:
            afgesloten += 1  # reset: closed as well
        finally:
            s.close()
    uit["slow_readers"] = {"readers": args.slow_readers, "cut_off": afgesloten, "health": health,
                           "normal_batch": normaal, "served_seconds": bediend,
                           "cut_off_logged": server.log().count("langzame lezer afgebroken")}
    uit["ok"] = (uit["distinct_reforms"]["errors"] == 0 and uit["distinct_reforms"]["growth"] < args.max_growth
                 and statussen == Counter({200: args.explained_batches, 413: 1})
                 and uit["slow_readers"]["cut_off_logged"] >= args.slow_readers
                 and health == 200 and normaal == 200)
    return uit


def afsluiten(server: Server, personen, verwachting, grootte: int) -> dict:
    """SIGTERM with a batch in flight: it is answered (correctly), the server exits 0 and is gone."""
    peildatum = PEILDATUMS[1]
    rijen = [i % len(personen) for i in range(grootte)]
    body = orjson.dumps({"peildatum": peildatum, "personen": [personen[i] for i in rijen]})
    uit: dict = {}

    def zend():
        begin = time.perf_counter()
        try:
            a = httpx.post(f"{server.url}/v1/beoordeling/batch", content=body, timeout=60,
                           headers={"content-type": "application/json"})
            uit["status"] = a.status_code
            if a.status_code == 200:
                res = a.json()["resultaten"]
                uit["wrong"] = sum(bool(verschillen(verwachting[None, peildatum][i], r["besluiten"],
                                                    verwachting[None, peildatum][i]))
                                   for i, r in zip(rijen, res, strict=True))
        except httpx.HTTPError as fout:
            uit["error"] = f"{type(fout).__name__}: {fout}"
        uit["seconds"] = round(time.perf_counter() - begin, 2)

    draad = threading.Thread(target=zend)
    draad.start()
    time.sleep(0.2)  # the batch is being read / computed
    begin = time.perf_counter()
    uit["in_flight_at_sigterm"] = draad.is_alive()
    server.sigterm()
    code = server.wacht(30)
    uit["exit_code"] = code
    uit["shutdown_seconds"] = round(time.perf_counter() - begin, 2)
    draad.join(60)
    try:
        httpx.get(f"{server.url}/health", timeout=2)
        uit["refuses_after"] = False
    except httpx.TransportError:
        uit["refuses_after"] = True
    # uvicorn re-raises the signal after its graceful shutdown, so "exited by SIGTERM" (-15) is the normal
    # end; what matters is that the in-flight batch was answered and the server says it finished.
    uit["finished_logged"] = "Finished server process" in server.log()
    uit["ok"] = (code in (0, -signal.SIGTERM) and uit.get("status") == 200 and uit.get("wrong") == 0
                 and uit["refuses_after"] and uit["finished_logged"] and uit["in_flight_at_sigterm"])
    return uit


def hervormingen_van(server: Server, maximum: int) -> tuple[list[str], str]:
    try:
        a = httpx.get(f"{server.url}/v1/hervormingen", timeout=10)
    except httpx.HTTPError as fout:
        return [], f"GET /v1/hervormingen failed ({fout}): reform part skipped"
    if a.status_code != 200:
        return [], f"GET /v1/hervormingen gave HTTP {a.status_code}: reform part skipped"
    data = a.json()
    items = data.get("hervormingen", list(data)) if isinstance(data, dict) else data
    namen = [i if isinstance(i, str) else i.get("naam") or i.get("name") for i in items]
    namen = [n for n in namen if n][:maximum]
    notitie = f"reforms: {', '.join(namen)}" if namen else "no named reforms listed: reform part skipped"
    return namen, notitie


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=int(os.environ.get("LOAD_REQUESTS", 20_000)))
    ap.add_argument("--clients", type=int, default=int(os.environ.get("LOAD_CLIENTS", 32)))
    ap.add_argument("--workers", type=int, default=int(os.environ.get("LOAD_WORKERS", 1)))
    ap.add_argument("--persons", type=int, default=600)
    ap.add_argument("--reforms", type=int, default=3, help="at most this many named reforms")
    ap.add_argument("--warmup", type=float, default=0.2, help="share of requests counted as warm-up")
    ap.add_argument("--max-growth", type=float, default=0.10)
    ap.add_argument("--max-seconds", type=float, default=float(os.environ.get("LOAD_MAX_SECONDS", 900)))
    ap.add_argument("--shutdown-batch", type=int, default=5000)
    ap.add_argument("--distinct-reforms", type=int, default=1500)
    ap.add_argument("--explained-batches", type=int, default=10)
    ap.add_argument("--slow-readers", type=int, default=4)
    ap.add_argument("--seed", type=int, default=2021)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    rapport: dict = {"requests_planned": args.requests, "clients": args.clients, "workers": args.workers}
    begin = time.perf_counter()
    personen = maak_personen(args.persons, args.seed)
    with Server(workers=args.workers, omgeving={"SLOW_READER_SECONDS": str(TRAGE_LEZER_SECONDEN)}) as server:
        rapport["server"] = server.url
        rapport["server_start_rss_mib"] = round(server.rss() / 2**20, 1)
        hervormingen, notitie = hervormingen_van(server, args.reforms)
        rapport["reforms"] = hervormingen
        rapport["reform_note"] = notitie
        print(f"server {server.url} (workers={args.workers}); {notitie}", flush=True)

        t = time.perf_counter()
        verwachting = {}
        for hervorming in [None, *hervormingen]:
            systeem = basissysteem() if hervorming is None else systeem_voor(hervorming)
            for peildatum in PEILDATUMS:
                verwachting[hervorming, peildatum] = verwacht(systeem, peildatum, personen)
        # Spot check: the vectorised expectation equals the one-by-one evaluation.
        for i in range(0, len(personen), max(1, len(personen) // 10)):
            een = verwacht(basissysteem(), PEILDATUMS[1], [personen[i]])[0]
            verschil = verschillen(een, verwachting[None, PEILDATUMS[1]][i], een)
            assert not verschil, f"expectation of person {i}: {verschil}"
        rapport["expected_seconds"] = round(time.perf_counter() - t, 1)

        uitslag = Uitslag(voortgang=max(1, args.requests // 10))
        rapport["load_average_before"] = round(os.getloadavg()[0], 2)
        rng = random.Random(args.seed)
        verzoeken = plan(personen, verwachting, hervormingen, rng, args.requests)
        geheugen = Geheugen(server, uitslag)
        geheugen.start()
        t = time.perf_counter()

        async def draai():
            # keepalive_expiry below the server's keep-alive timeout (uvicorn: 5 s), as any client or load
            # balancer in front of it must (else a reused connection can be closed under the request).
            limieten = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients,
                                    keepalive_expiry=2.0)
            async with httpx.AsyncClient(base_url=server.url, limits=limieten, timeout=60) as client:
                einde = time.monotonic() + args.max_seconds
                await asyncio.gather(*(stuur(client, verzoeken, uitslag, einde) for _ in range(args.clients)))

        asyncio.run(draai())
        duur = time.perf_counter() - t
        geheugen.stop()

        alle = [x for lijst in uitslag.latenties.values() for x in lijst]
        rapport.update({
            "load_average_after": round(os.getloadavg()[0], 2),
            "requests_done": uitslag.klaar,
            "seconds": round(duur, 1),
            "requests_per_second": round(uitslag.klaar / duur, 1),
            "statuses": dict(uitslag.statussen),
            "errors": uitslag.foutaantal,
            "first_errors": uitslag.fouten,
            "answers_checked": uitslag.gecontroleerd,
            "latency_ms": {
                soort: {"n": len(v), "p50": round(percentiel(v, 50) * 1000, 1),
                        "p99": round(percentiel(v, 99) * 1000, 1), "max": round(max(v) * 1000, 1)}
                for soort, v in sorted({**uitslag.latenties, "all": alle}.items()) if v
            },
            "memory": geheugenoordeel(geheugen.metingen, uitslag.klaar, int(uitslag.klaar * args.warmup)),
        })

        # Personal data sent must not be in the server's log (birth dates, nationalities as values).
        log = server.log()
        regels = [r for r in log.splitlines() if r.strip()]
        niet_json = sum(1 for r in regels if not r.lstrip().startswith("{"))
        datums = {p["geboortedatum"] for p in personen if "geboortedatum" in p}
        gelekt = sorted({d for d in datums if d in log}
                        | {f'"{p["nationaliteit"]}"' for p in personen if p.get("nationaliteit")
                           and f'"{p["nationaliteit"]}"' in log})
        rapport["log"] = {"lines": len(regels), "non_json_lines": niet_json,
                          "personal_data_found": gelekt[:10]}

        print("issue 15 phase: distinct reforms, explained batches, slow readers", flush=True)
        rapport["heavy"] = zware_fase(server, personen, args)
        rapport["shutdown"] = afsluiten(server, personen, verwachting, args.shutdown_batch)

    geheugen_ok = rapport["memory"]["growth_after_warmup"] < args.max_growth
    checks = {
        "all_requests_sent": rapport["requests_done"] == args.requests,
        "zero_errors": rapport["errors"] == 0,
        "memory_flat": geheugen_ok,
        "no_personal_data_in_log": not rapport["log"]["personal_data_found"],
        "reforms_explanations_slow_readers": rapport["heavy"]["ok"],
        "graceful_shutdown": rapport["shutdown"]["ok"],
    }
    rapport["checks"] = checks
    rapport["total_seconds"] = round(time.perf_counter() - begin, 1)
    druk(rapport)
    if args.json:
        args.json.write_text(json.dumps(rapport, indent=2))
    return 0 if all(checks.values()) else 1


def druk(r: dict) -> None:
    print(f"\nload: {r['requests_done']}/{r['requests_planned']} requests, {r['clients']} clients, "
          f"workers={r['workers']}, {r['seconds']} s, {r['requests_per_second']} req/s")
    print(f"  {r['reform_note']}; expected answers computed in {r['expected_seconds']} s")
    print(f"  machine load average {r['load_average_before']} before, {r['load_average_after']} after "
          "(2 cores; other work on the machine slows the run)")
    print(f"  statuses {r['statuses']}, errors {r['errors']}, answers checked {r['answers_checked']}")
    for fout in r["first_errors"][:10]:
        print(f"    ! {fout}")
    print("  latency (ms)        n      p50      p99      max")
    for soort, v in r["latency_ms"].items():
        print(f"  {soort:<18} {v['n']:>6} {v['p50']:>8} {v['p99']:>8} {v['max']:>8}")
    m = r["memory"]
    print(f"  RSS MiB: start {m['rss_start_mib']}, after warm-up {m['rss_after_warmup_mib']}, end "
          f"{m['rss_end_mib']}, max {m['rss_max_mib']}; growth after warm-up {m['growth_after_warmup']:.1%}")
    print("  RSS over time: " + ", ".join(f"{v['requests']}:{v['rss_mib']}" for v in m["over_time"]))
    print(f"  log: {r['log']}")
    for naam, waarde in r["heavy"].items():
        print(f"  {naam}: {waarde}")
    print(f"  shutdown: {r['shutdown']}")
    print("  checks: " + ", ".join(f"{k}={'ok' if v else 'FAILED'}" for k, v in r["checks"].items()))


if __name__ == "__main__":
    sys.exit(main())
