"""Hervormingen (wat-als): benoemde hervormingen als code en hervormingen als data.

STUB: wordt uitgewerkt in issue 4. `systeem_voor(None)` geeft het basisstelsel.
"""

from __future__ import annotations

from functools import lru_cache

from inburgering_rules import CountryTaxBenefitSystem


class HervormingFout(ValueError):
    """Een hervorming die niet bestaat of niet klopt; `pad` noemt wat er mis is."""

    def __init__(self, pad: str, nl: str, en: str) -> None:
        super().__init__(en)
        self.pad, self.nl, self.en = pad, nl, en


@lru_cache(maxsize=1)
def basissysteem() -> CountryTaxBenefitSystem:
    return CountryTaxBenefitSystem()


def systeem_voor(hervorming=None):
    """Het (gecachte) stelsel voor een hervorming: None, een naam of een dict."""
    if hervorming is None:
        return basissysteem()
    raise HervormingFout("hervorming", f"Onbekende hervorming: {hervorming!r}", f"Unknown reform: {hervorming!r}")
