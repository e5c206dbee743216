"""A bounded, pure-Python load client (HTTP/1.1) for loopback servers.

Two clients: `raw` (default: a prepared request on a plain socket, reading the answer by its
Content-Length; about 3x cheaper per request than httpx, so it measures the server rather than the
client) and `httpx` (`httpx.Client`, what the issue's reference numbers used).

`meet()` sends exactly `aantal` requests from `gelijktijdig` threads, each with its own
connection/client. With `keepalive=True` a thread reuses one connection; with `keepalive=False` every
request carries `Connection: close`, so every request opens a new TCP connection (what gunicorn's sync
workers force on their side anyway). Latency is measured per request around `client.post`, up to
the last byte of the body; req/s is completed requests / wall time of the whole loop.
The client shares the two cores with the server: figures are conservative and comparable only
within one run.
"""

from __future__ import annotations

import re
import socket
import statistics
import threading
import time
from dataclasses import dataclass

import httpx


@dataclass
class Meting:
    latenties: list[float]  # seconds
    wand: float  # seconds
    fouten: int

    @property
    def req_s(self) -> float:
        return len(self.latenties) / self.wand if self.wand else 0.0

    def p(self, q: float) -> float:
        """Percentile q (0..100) in ms, nearest rank."""
        if not self.latenties:
            return float("nan")
        rij = sorted(self.latenties)
        return rij[min(len(rij) - 1, max(0, round(q / 100 * len(rij) + 0.5) - 1))] * 1000


_LENGTE = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)
_STATUS = re.compile(rb"HTTP/1\.[01] (\d{3})")


class RuwePost:
    """POST one prepared request over a plain socket; `keepalive=False` sends `Connection: close`
    and opens a new TCP connection per request."""

    def __init__(self, url: str, body: bytes, keepalive: bool, timeout: float) -> None:
        adres, _, pad = url.removeprefix("http://").partition("/")
        host, _, poort = adres.partition(":")
        self.adres, self.keepalive, self.timeout = (host, int(poort or 80)), keepalive, timeout
        kop = (
            f"POST /{pad} HTTP/1.1\r\nHost: {adres}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n" + ("" if keepalive else "Connection: close\r\n") + "\r\n"
        )
        self.verzoek = kop.encode() + body
        self.sok: socket.socket | None = None

    def _verbind(self) -> socket.socket:
        sok = socket.create_connection(self.adres, timeout=self.timeout)
        sok.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sok

    def post(self) -> tuple[int, bytes]:
        if self.sok is None:
            self.sok = self._verbind()
        sok = self.sok
        try:
            sok.sendall(self.verzoek)
            buf = bytearray()
            while (einde := buf.find(b"\r\n\r\n")) < 0:
                deel = sok.recv(262144)
                if not deel:
                    raise ConnectionError("closed before the headers")
                buf += deel
            kop = bytes(buf[:einde])
            lengte = _LENGTE.search(kop)
            if lengte is None:
                raise ConnectionError("no Content-Length in the answer")
            nodig = einde + 4 + int(lengte.group(1))
            while len(buf) < nodig:
                deel = sok.recv(max(262144, nodig - len(buf)))
                if not deel:
                    raise ConnectionError("closed mid-body")
                buf += deel
            if not self.keepalive or b"\r\nconnection: close" in kop.lower():
                self.sluit()
            return int(_STATUS.match(kop).group(1)), bytes(buf[einde + 4 : nodig])
        except BaseException:
            self.sluit()
            raise

    def sluit(self) -> None:
        if self.sok is not None:
            self.sok.close()
            self.sok = None


def meet(
    url: str,
    body: bytes,
    aantal: int,
    gelijktijdig: int = 1,
    keepalive: bool = True,
    controle=None,
    opwarmen: int = 10,
    timeout: float = 60.0,
    klient: str = "raw",
) -> Meting:
    """POST `body` to `url` `aantal` times; `controle(response)` (optional) is checked on the warm-up
    (with httpx); the raw client checks the status of every timed request."""
    if klient == "raw":
        meet(url, body, max(1, opwarmen), 1, keepalive, controle, 0, timeout, "httpx")  # warm-up + check
        return _meet_ruw(url, body, aantal, gelijktijdig, keepalive, timeout)
    headers = {"Content-Type": "application/json"}
    if not keepalive:
        headers["Connection"] = "close"
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1 if keepalive else 0)
    clients = [httpx.Client(timeout=timeout, limits=limits, headers=headers) for _ in range(gelijktijdig)]
    try:
        for client in clients:
            for _ in range(max(1, opwarmen // gelijktijdig)):
                antwoord = client.post(url, content=body)
                if antwoord.status_code != 200 or (controle and not controle(antwoord)):
                    raise RuntimeError(f"{url}: wrong answer {antwoord.status_code} {antwoord.text[:300]}")

        def verstuur(i: int) -> bool:
            try:
                return clients[i].post(url, content=body).status_code == 200
            except httpx.HTTPError:
                return False

        return _parallel(aantal, gelijktijdig, verstuur)
    finally:
        for client in clients:
            client.close()


def _meet_ruw(
    url: str, body: bytes, aantal: int, gelijktijdig: int, keepalive: bool, timeout: float
) -> Meting:
    klanten = [RuwePost(url, body, keepalive, timeout) for _ in range(gelijktijdig)]

    def verstuur(i: int) -> bool:
        try:
            return klanten[i].post()[0] == 200
        except Exception:  # noqa: BLE001 - counted as an error, the loop goes on
            return False

    try:
        return _parallel(aantal, gelijktijdig, verstuur)
    finally:
        for klant in klanten:
            klant.sluit()


def _parallel(aantal: int, gelijktijdig: int, verstuur) -> Meting:
    """`aantal` timed calls of `verstuur(client_index) -> ok`, spread over `gelijktijdig` threads that
    start together; latencies of the successful calls, wall time, and the number of failures."""
    per_draad = [
        aantal // gelijktijdig + (1 if i < aantal % gelijktijdig else 0) for i in range(gelijktijdig)
    ]
    latenties: list[list[float]] = [[] for _ in range(gelijktijdig)]
    fouten = [0] * gelijktijdig
    start = threading.Barrier(gelijktijdig + 1)

    def draad(i: int) -> None:
        rij, klok = latenties[i], time.perf_counter
        start.wait()
        for _ in range(per_draad[i]):
            t0 = klok()
            if verstuur(i):
                rij.append(klok() - t0)
            else:
                fouten[i] += 1

    draden = [threading.Thread(target=draad, args=(i,), daemon=True) for i in range(gelijktijdig)]
    for d in draden:
        d.start()
    start.wait()
    t0 = time.perf_counter()
    for d in draden:
        d.join()
    return Meting([x for rij in latenties for x in rij], time.perf_counter() - t0, sum(fouten))


def groot(
    url: str, body: bytes, timeout: float = 1800.0, accept: str = "application/json"
) -> tuple[float, bytes]:
    """One large request on a fresh connection: seconds to the last byte of the answer, and the answer.
    The body is read as it arrives (as sent: the server sets no content encoding) and joined after the
    clock stops, so the time is the server's and the wire's, not the client assembling 100 MB."""
    delen = []
    with httpx.Client(timeout=timeout) as client:
        t0 = time.perf_counter()
        headers = {"Content-Type": "application/json", "Accept": accept}
        with client.stream("POST", url, content=body, headers=headers) as antwoord:
            delen.extend(antwoord.iter_raw())
        duur = time.perf_counter() - t0
    inhoud = b"".join(delen)
    if antwoord.status_code != 200:
        raise RuntimeError(f"{url}: {antwoord.status_code} {inhoud[:300]!r}")
    return duur, inhoud


def mediaan(waarden) -> float:
    waarden = [w for w in waarden if w == w]
    return statistics.median(waarden) if waarden else float("nan")
