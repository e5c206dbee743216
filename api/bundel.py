"""Bundling of concurrent single assessments into one vectorised evaluation.

While an evaluation for a (system, peildatum, language, toelichting) runs, new `/v1/beoordeling` requests with
the same key wait in a queue; the next evaluation takes all of them at once (up to `max_personen`).
At low load a request runs immediately; under load the cost per person drops sharply, because an
evaluation of N persons costs about as much as one. The answers are the same as one by one (the batch
equivalence the tests check).

A small evaluation may run on the event loop itself (`app.py`, `werk.OpDeLus`); then nothing is read while it
runs, so before each evaluation the requests the server has already received get two turns of the loop to
join, and when the previous evaluation served several requests (concurrent clients) the next one waits up to
`samen_wachten` seconds for as many: otherwise the first client to come back would always be evaluated alone.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Bundelaar:
    def __init__(
        self, bereken: Callable[..., list[dict]], draai, max_personen: int = 256, samen_wachten: float = 0.002
    ) -> None:
        """`bereken(stelsel, peildatum, personen, taal, toelichting)` runs via `draai` (thread or inline). The
        same holds for /calculate, with (calculator, shape of the request, situations, "", False)."""
        self.bereken, self.draai, self.max_personen = bereken, draai, max_personen
        self.samen_wachten = samen_wachten
        self._wachtrijen: dict[tuple, list[tuple[dict, asyncio.Future]]] = {}
        self._bezig: set[tuple] = set()
        self._erbij: dict[tuple, asyncio.Event] = {}  # set when a request joins the key's queue
        self._vorige = 1  # requests served by the last evaluation

    async def beoordeel(self, stelsel, peildatum: str, persoon: dict, taal: str, toelichting: bool = True) -> dict:
        sleutel = (stelsel, peildatum, taal, toelichting)
        toekomst = asyncio.get_running_loop().create_future()
        self._wachtrijen.setdefault(sleutel, []).append((persoon, toekomst))
        if erbij := self._erbij.get(sleutel):
            erbij.set()
        if sleutel not in self._bezig:
            self._bezig.add(sleutel)
            asyncio.get_running_loop().create_task(self._verwerk(sleutel))
        return await toekomst  # a cancelled (timed-out) request cancels only its own future

    async def _verwerk(self, sleutel: tuple) -> None:
        stelsel, peildatum, taal, toelichting = sleutel
        try:
            while True:
                await self._verzamel(sleutel)
                if not (wachtrij := self._neem(sleutel)):
                    break
                self._vorige = len(wachtrij)
                personen = [persoon for persoon, _ in wachtrij]
                try:
                    resultaten = await self.draai(self.bereken, stelsel, peildatum, personen, taal, toelichting)
                except asyncio.CancelledError:
                    for _, toekomst in wachtrij:
                        toekomst.cancel()
                    raise
                except Exception as fout:  # handed to every waiting request
                    for _, toekomst in wachtrij:
                        if not toekomst.done():
                            toekomst.set_exception(fout)
                    continue
                for (_, toekomst), resultaat in zip(wachtrij, resultaten, strict=True):
                    if not toekomst.done():
                        toekomst.set_result(resultaat)
        finally:
            self._bezig.discard(sleutel)

    async def _verzamel(self, sleutel: tuple) -> None:
        """Two turns of the loop (received requests join); then, after an evaluation that served several
        requests, up to `samen_wachten` seconds until as many are queued."""
        for _ in range(2):
            await asyncio.sleep(0)
        einde = asyncio.get_running_loop().time() + self.samen_wachten
        while 0 < len(self._wachtrijen.get(sleutel, ())) < min(self._vorige, self.max_personen):
            rest = einde - asyncio.get_running_loop().time()
            if rest <= 0:
                return
            erbij = self._erbij[sleutel] = asyncio.Event()
            try:
                await asyncio.wait_for(erbij.wait(), rest)
            except TimeoutError:
                return
            finally:
                self._erbij.pop(sleutel, None)

    def _neem(self, sleutel: tuple) -> list[tuple[dict, asyncio.Future]]:
        wachtrij = [(p, t) for p, t in self._wachtrijen.get(sleutel, []) if not t.done()]
        genomen, rest = wachtrij[: self.max_personen], wachtrij[self.max_personen :]
        if rest:
            self._wachtrijen[sleutel] = rest
        else:
            self._wachtrijen.pop(sleutel, None)
        return genomen
