"""Heavy work off the event loop: a bounded number of evaluations at once, each one stoppable.

A request that times out gets its 503 at once, but its slot stays taken until the thread has really
stopped: the evaluation checks `stop_aangevraagd()` between chunks of persons and gives up there. So
a client that retries after a timeout waits for a free slot instead of stacking work without limit.

Small work (one person) runs on the event loop itself once it has shown to be quick (`OpDeLus`): a thread
hop costs more than such an evaluation's overhead, and the loop is the only thread that does Python anyway.

Freed memory goes back to the operating system once the worker has had no heavy work for a moment
(`Teruggave`), not after each evaluation: a client sending batches one after another would otherwise
fault the same pages in again for every batch.
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from inburgering_rules import geheugen

_STOP = threading.local()


class Afgebroken(Exception):
    """The request's time ran out; the evaluation stops at the next check."""


def controleer_stop() -> None:
    """Raise `Afgebroken` when the request this thread works for has timed out (no-op elsewhere)."""
    stop = getattr(_STOP, "event", None)
    if stop is not None and stop.is_set():
        raise Afgebroken


class Teruggave:
    """Returns freed heap memory to the operating system (`geheugen.geef_terug`) once `NA` seconds have passed
    since the last heavy work or large answer (`plan`, called on the event loop when one ends) and no evaluation
    is running (`bezig`). Each `plan` moves the moment on.

    Why not at once: after a batch of 10,000 persons the trim hands back some 135 MB, which the next batch
    faults in again (34,500 page faults, 0.06-0.1 s of its 0.4 s). Why at all: an idle worker's RSS goes back
    down after a burst (docs/deployment.md)."""

    NA = 1.0

    def __init__(self, bezig: Callable[[], int]) -> None:
        self.bezig = bezig
        self._later: asyncio.TimerHandle | None = None

    def plan(self) -> None:
        if self._later is not None:
            self._later.cancel()
        self._later = asyncio.get_running_loop().call_later(self.NA, self._geef_terug)

    def _geef_terug(self) -> None:
        self._later = None
        if self.bezig():
            self.plan()  # the running evaluation plans again when it ends; this covers a stalled one
            return
        self.geef_terug()

    def geef_terug(self) -> None:
        """`geheugen.geef_terug` in a thread (a few milliseconds)."""
        try:
            asyncio.get_running_loop().run_in_executor(None, geheugen.geef_terug)
        except RuntimeError:  # the loop is shutting down its executor: the process's memory goes with it
            pass


class Werkplaats:
    """At most `plaatsen` evaluations run at once (in their own threads)."""

    def __init__(self, plaatsen: int) -> None:
        self.plaatsen = plaatsen
        self.bezig = 0  # evaluations whose thread has not finished yet (timed-out ones included)
        self._pool = ThreadPoolExecutor(plaatsen, thread_name_prefix="werk")
        self._vrij: asyncio.Semaphore | None = None
        self.teruggave = Teruggave(lambda: self.bezig)

    async def draai(self, functie, *args):
        """`functie(*args)` in a worker thread once a slot is free. Cancelling (the request timeout)
        asks the thread to stop; the slot is given back only when it has."""
        if self._vrij is None:
            self._vrij = asyncio.Semaphore(self.plaatsen)
        await self._vrij.acquire()
        self.bezig += 1
        stop = threading.Event()
        taak = asyncio.get_running_loop().run_in_executor(self._pool, _met_stop, stop, functie, args)
        try:
            return await asyncio.shield(taak)
        except asyncio.CancelledError:
            stop.set()
            raise
        finally:
            if taak.done():
                self._geef_vrij(taak)
            else:
                taak.add_done_callback(self._geef_vrij)

    def _geef_vrij(self, taak: asyncio.Future) -> None:
        if not taak.cancelled():
            taak.exception()  # retrieved, so an abandoned evaluation's Afgebroken is not logged as lost
        self.bezig -= 1
        self._vrij.release()
        self.teruggave.plan()  # the evaluation's arrays and dicts are freed by now


class OpDeLus:
    """Small work on the event loop (no thread hop) for a key whose work has shown to be quick.

    The first run for a key (a system, a `/calculate` calculator) goes through `anders` (a thread); once a run
    took at most `GRENS` seconds, the key's work runs inline; an inline run that takes longer sends the key
    back to threads. So a slow run (a cold cache, a stalled evaluation) holds up the loop at most once per key
    and a request timeout still ends a hung first run with a 503. Keys are held weakly (reforms expire)."""

    GRENS = 0.05

    def __init__(self) -> None:
        self._snel: weakref.WeakSet = weakref.WeakSet()

    async def draai(self, sleutel, anders, functie, *args):
        begin = time.perf_counter()
        if sleutel in self._snel:
            try:
                return functie(*args)
            finally:
                if time.perf_counter() - begin > self.GRENS:
                    self._snel.discard(sleutel)
        uitkomst = await anders(functie, *args)
        if time.perf_counter() - begin <= self.GRENS:
            self._snel.add(sleutel)
        return uitkomst


def _met_stop(stop: threading.Event, functie, args):
    _STOP.event = stop
    try:
        controleer_stop()
        return functie(*args)
    finally:
        _STOP.event = None
