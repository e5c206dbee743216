"""Bundling of concurrent single assessments into one vectorised evaluation.

While an evaluation for a (system, peildatum, language, toelichting) runs, new `/v1/beoordeling` requests with
the same key wait in a queue; the next evaluation takes all of them at once (up to `max_personen`).
At low load a request runs immediately; under load the cost per person drops sharply, because an
evaluation of N persons costs about as much as one. The answers are the same as one by one (the batch
equivalence the tests check).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Bundelaar:
    def __init__(self, bereken: Callable[..., list[dict]], draai, max_personen: int = 256) -> None:
        """`bereken(stelsel, peildatum, personen, taal, toelichting)` runs in a thread via `draai`."""
        self.bereken, self.draai, self.max_personen = bereken, draai, max_personen
        self._wachtrijen: dict[tuple, list[tuple[dict, asyncio.Future]]] = {}
        self._bezig: set[tuple] = set()

    async def beoordeel(self, stelsel, peildatum: str, persoon: dict, taal: str, toelichting: bool = True) -> dict:
        sleutel = (stelsel, peildatum, taal, toelichting)
        toekomst = asyncio.get_running_loop().create_future()
        self._wachtrijen.setdefault(sleutel, []).append((persoon, toekomst))
        if sleutel not in self._bezig:
            self._bezig.add(sleutel)
            asyncio.get_running_loop().create_task(self._verwerk(sleutel))
        return await toekomst  # a cancelled (timed-out) request cancels only its own future

    async def _verwerk(self, sleutel: tuple) -> None:
        stelsel, peildatum, taal, toelichting = sleutel
        try:
            while wachtrij := self._neem(sleutel):
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

    def _neem(self, sleutel: tuple) -> list[tuple[dict, asyncio.Future]]:
        wachtrij = [(p, t) for p, t in self._wachtrijen.get(sleutel, []) if not t.done()]
        genomen, rest = wachtrij[: self.max_personen], wachtrij[self.max_personen :]
        if rest:
            self._wachtrijen[sleutel] = rest
        else:
            self._wachtrijen.pop(sleutel, None)
        return genomen
