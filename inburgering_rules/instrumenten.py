"""Register van de regelingen waarop dit pakket steunt, en hun links naar wetten.overheid.nl.

Elke `reference` van een variabele is een Juriconnect-link per artikel en lid
(`https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=3&lid=1`). `grondslag()` leest zo'n
link terug als {regeling, artikel, lid, url}, zodat de API de grondslag van elk besluit toont.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Instrument:
    afkorting: str
    titel: str
    bwb_id: str


INSTRUMENTEN = {
    i.afkorting: i
    for i in (
        Instrument("Wi", "Wet inburgering 2021", "BWBR0044770"),
        Instrument("Bi", "Besluit inburgering 2021", "BWBR0045555"),
        Instrument("Pw", "Participatiewet", "BWBR0015703"),
        Instrument("Awb", "Algemene wet bestuursrecht", "BWBR0005537"),
        Instrument("Atw", "Algemene termijnenwet", "BWBR0002448"),
        Instrument("AOW", "Algemene Ouderdomswet", "BWBR0002221"),
        Instrument("Vw", "Vreemdelingenwet 2000", "BWBR0011823"),
        Instrument("Wi2013", "Wet inburgering (2013)", "BWBR0020611"),
    )
}
_PER_BWB = {i.bwb_id: i for i in INSTRUMENTEN.values()}
_JCI = re.compile(r"jci1\.3:c:(BWBR\d+)&artikel=([^&]+)(?:&lid=([^&]+))?")


def wet(afkorting: str, artikel: str, lid: int | str | None = None) -> str:
    """Juriconnect-link naar een artikel (en lid) van een regeling uit het register."""
    bwb = INSTRUMENTEN[afkorting].bwb_id
    link = f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={artikel}"
    return link if lid is None else f"{link}&lid={lid}"


def grondslag(url: str) -> dict[str, str | None]:
    """{regeling, artikel, lid, url} uit een link van `wet()`."""
    gevonden = _JCI.search(url)
    if not gevonden:
        return {"regeling": None, "artikel": None, "lid": None, "url": url}
    bwb, artikel, lid = gevonden.groups()
    instrument = _PER_BWB.get(bwb)
    return {
        "regeling": instrument.titel if instrument else bwb,
        "artikel": artikel,
        "lid": lid,
        "url": url,
    }
