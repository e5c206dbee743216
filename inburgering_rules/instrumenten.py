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
    trefwoord_voorvoegsel: str | None = None  # YAML-testtrefwoord: wi2021_art_ + artikel (5.3 -> 5_3)

    def trefwoord(self, artikel: str) -> str | None:
        """Het trefwoord van een artikel in YAML-tests (`bi2021_art_5_3`, `awb_art_6_7`), of None."""
        return self.trefwoord_voorvoegsel and self.trefwoord_voorvoegsel + re.sub(r"[.:]", "_", artikel)


INSTRUMENTEN = {
    i.afkorting: i
    for i in (
        Instrument("Wi", "Wet inburgering 2021", "BWBR0044770", "wi2021_art_"),
        Instrument("Bi", "Besluit inburgering 2021", "BWBR0045555", "bi2021_art_"),
        Instrument("Pw", "Participatiewet", "BWBR0015703", "pw_art_"),
        Instrument("Awb", "Algemene wet bestuursrecht", "BWBR0005537", "awb_art_"),
        Instrument("Atw", "Algemene termijnenwet", "BWBR0002448", "atw_art_"),
        Instrument("AOW", "Algemene Ouderdomswet", "BWBR0002221", "aow_art_"),
        Instrument("Vw", "Vreemdelingenwet 2000", "BWBR0011823"),
        Instrument("Wi2013", "Wet inburgering (2013)", "BWBR0020611"),
    )
}
PER_BWB = {i.bwb_id: i for i in INSTRUMENTEN.values()}
PER_TITEL = {i.titel: i for i in INSTRUMENTEN.values()}
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
    instrument = PER_BWB.get(bwb)
    return {
        "regeling": instrument.titel if instrument else bwb,
        "artikel": artikel,
        "lid": lid,
        "url": url,
    }
