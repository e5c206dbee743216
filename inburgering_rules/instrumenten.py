"""Register van de regelingen waarop dit pakket steunt, en hun links naar wetten.overheid.nl.

Elke `reference` van een variabele is een Juriconnect-link per artikel en lid
(`https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=3&lid=1`). `grondslag()` leest zo'n
link terug als {regeling, artikel, lid, url}, zodat de API de grondslag van elk besluit toont.

De links noemen de leden zoals de tekst van vandaag ze nummert. Waar een artikel later is vernummerd of is
aangevuld (`VERNUMMERD`), noemt `grondslag(url, dag)` het lid zoals de tekst op die dag het nummerde, met een link
naar die tekst (`&g=`, de geldigheidsdatum van Juriconnect), en laat een lid weg dat toen niet bestond (I58).
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
    eerste_tekst: str | None = None  # de dag van de eerste tekst (een link op een eerdere dag opent die)

    def trefwoord(self, artikel: str) -> str | None:
        """Het trefwoord van een artikel in YAML-tests (`bi2021_art_5_3`, `awb_art_6_7`), of None."""
        return self.trefwoord_voorvoegsel and self.trefwoord_voorvoegsel + re.sub(r"[.:]", "_", artikel)


INSTRUMENTEN = {
    i.afkorting: i
    for i in (
        Instrument("Wi", "Wet inburgering 2021", "BWBR0044770", "wi2021_art_", "2022-01-01"),
        Instrument("Bi", "Besluit inburgering 2021", "BWBR0045555", "bi2021_art_", "2022-01-01"),
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


@dataclass(frozen=True)
class Vernummering:
    """Vóór `vanaf` nummerde de tekst de leden van een artikel anders: per lid van vandaag het lid van toen, None
    als het toen niet bestond (een lid dat hier niet staat, had hetzelfde nummer). `nieuw`: het hele artikel
    bestond toen niet."""

    vanaf: str
    leden: dict[str, str | None]
    nieuw: bool = False


# Per (regeling, artikel) de vernummeringen, oudste eerst; afgeleid uit de teksten in ../shared/law/text en daar
# tegen getoetst (`tests/test_instrumenten.py`: elk lid dat een regel noemt, in elke tekst).
VERNUMMERD: dict[tuple[str, str], tuple[Vernummering, ...]] = {
    # Stb. 2022, 489: Bi 4.3 lid 2 (niet vrijstellende opleiding), 5.3 lid 2 (informatie van een derde) en 5.4
    # lid 2 (na die opleiding) ingevoegd; de leden erna schoven een plaats op.
    ("Bi", "4.3"): (Vernummering("2023-01-01", {"2": None, "3": "2"}),),
    ("Bi", "5.3"): (Vernummering("2023-01-01", {"2": None, "3": "2", "4": "3", "5": "4", "6": "5"}),),
    ("Bi", "5.4"): (Vernummering("2023-01-01", {"2": None, "3": "2", "4": "3"}),),
    # Stb. 2022, 487: Wi 54 lid 3 tot en met 7 toegevoegd.
    ("Wi", "54"): (Vernummering("2023-01-01", {"3": None, "4": None, "5": None, "6": None, "7": None}),),
    # De tekst van 2025-09-01: Bi 3.14 lid 9 en 10 toegevoegd, Bi 6.2a ingevoegd.
    ("Bi", "3.14"): (Vernummering("2025-09-01", {"9": None, "10": None}),),
    ("Bi", "6.2a"): (Vernummering("2025-09-01", {}, nieuw=True),),
}
# De dag vanaf wanneer elke tekst nummert als die van vandaag: daarvóór kan een link anders zijn.
LAATST_VERNUMMERD = max(v.vanaf for reeks in VERNUMMERD.values() for v in reeks)


def anders_genummerd(dag: str | None) -> bool:
    """Of de tekst op `dag` (JJJJ-MM-DD) een geciteerd artikel anders nummert dan die van vandaag (`VERNUMMERD`)."""
    return dag is not None and dag < LAATST_VERNUMMERD


def grondslag(url: str, dag: str | None = None) -> dict[str, str | None] | None:
    """{regeling, artikel, lid, url} uit een link van `wet()`, zoals de tekst op `dag` (JJJJ-MM-DD) het nummerde
    (`VERNUMMERD`): het lid van toen en een link naar die tekst; None als dat lid of artikel toen niet bestond.
    Zonder `dag`, of op een dag zonder latere vernummering: de link zelf."""
    gevonden = _JCI.search(url)
    if not gevonden:
        return {"regeling": None, "artikel": None, "lid": None, "url": url}
    bwb, artikel, lid = gevonden.groups()
    instrument = PER_BWB.get(bwb)
    if anders_genummerd(dag) and instrument is not None:
        latere = [v for v in VERNUMMERD.get((instrument.afkorting, artikel), ()) if dag < v.vanaf]
        if latere:
            for vernummering in reversed(latere):  # van de tekst van vandaag terug naar die van `dag`
                if vernummering.nieuw:
                    return None
                if lid is not None and (lid := vernummering.leden.get(lid, lid)) is None:
                    return None
            tekst = max(dag, instrument.eerste_tekst or dag)
            url = f"{wet(instrument.afkorting, artikel, lid)}&g={tekst}"
    return {
        "regeling": instrument.titel if instrument else bwb,
        "artikel": artikel,
        "lid": lid,
        "url": url,
    }


def grondslagen(urls, dag: str | None = None) -> list[dict[str, str | None]]:
    """`grondslag` van elke link op `dag`, zonder wat toen niet bestond."""
    return [g for url in urls if (g := grondslag(url, dag)) is not None]
