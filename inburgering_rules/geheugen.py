"""Het geheugen van het proces (issue 14): glibc's malloc en numpy's huge pages, op één plek.

`stel_in` roepen de ingangen aan (de dienst `python -m inburgering_rules.api.serve`, de opdrachtregel
`inburgering`, de benchmarks), zodat wie ze start niets in de omgeving hoeft te zetten:

- glibc's malloc houdt grote tijdelijke arrays (tot 32 MiB) op de heap in plaats van elk een eigen mmap/munmap,
  en geeft vrijgekomen geheugen niet na elke batch terug (`MALLOC_MMAP_THRESHOLD_`, `MALLOC_TRIM_THRESHOLD_`,
  `MALLOC_TOP_PAD_`): 1.000.000 personen in het proces ongeveer 20 % minder systeemtijd, een batch van 10.000
  personen over HTTP 0,68 -> 0,53 s (bench/README.md);
- numpy vraagt de kernel niet om transparante huge pages voor elke grote array (`NUMPY_MADVISE_HUGEPAGE=0`): met
  de kernelinstelling `defrag=madvise` compacteert de kernel anders bij elke fout eerst het geheugen (1.000.000
  personen: 2,0-3,2 s systeemtijd, zonder 0,4-0,5 s).

glibc leest zijn omgevingsvariabelen bij de start van het proces en numpy de zijne bij de import; dit proces is dan
al begonnen, dus `stel_in` zet de waarden nu (`mallopt`, numpy's eigen schakelaar) en daarnaast in `os.environ`,
voor de processen die het start (uvicorn's workers). Een waarde die de gebruiker zelf in de omgeving zette (ook als
tunable in `GLIBC_TUNABLES`), blijft staan: die gold al vanaf de start. Buiten glibc (macOS, musl, Windows) doet het
voor malloc niets.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

# De omgevingsvariabele van glibc, zijn tunable (`GLIBC_TUNABLES`), de parameter van `mallopt` (malloc.h) en de waarde.
MALLOC = (
    ("MALLOC_MMAP_THRESHOLD_", "glibc.malloc.mmap_threshold", -3, 32 * 1024 * 1024),  # M_MMAP_THRESHOLD
    ("MALLOC_TRIM_THRESHOLD_", "glibc.malloc.trim_threshold", -1, 256 * 1024 * 1024),  # M_TRIM_THRESHOLD
    ("MALLOC_TOP_PAD_", "glibc.malloc.top_pad", -2, 64 * 1024 * 1024),  # M_TOP_PAD
)
HUGEPAGE = "NUMPY_MADVISE_HUGEPAGE"


def _glibc():
    """glibc, of None (een andere C-bibliotheek, of geen: Windows vindt er geen)."""
    naam = ctypes.util.find_library("c")
    if naam is None:
        return None
    try:
        libc = ctypes.CDLL(naam)
    except OSError:
        return None
    return libc if hasattr(libc, "gnu_get_libc_version") else None


def _zelf_gezet(variabele: str, tunable: str) -> bool:
    """Of de gebruiker deze instelling zelf koos: als omgevingsvariabele, of als tunable in `GLIBC_TUNABLES`
    (`glibc.malloc.top_pad=...:...`)."""
    tunables = os.environ.get("GLIBC_TUNABLES", "")
    return variabele in os.environ or any(deel.split("=")[0] == tunable for deel in tunables.split(":"))


_LIBC = _glibc()


def stel_in() -> dict[str, str]:
    """Zet elke instelling die niet in de omgeving staat, voor dit proces en (via `os.environ`) voor de processen
    die het start. Geeft wat het zette (naam -> waarde)."""
    gezet = {}
    if _LIBC is not None:
        for naam, tunable, parameter, waarde in MALLOC:
            if not _zelf_gezet(naam, tunable) and _LIBC.mallopt(parameter, waarde) == 1:
                gezet[naam] = os.environ[naam] = str(waarde)
    if HUGEPAGE not in os.environ:
        numpy = sys.modules.get("numpy")  # al geïmporteerd: de variabele komt voor dit proces te laat
        schakelaar = getattr(getattr(getattr(numpy, "_core", None), "multiarray", None), "_set_madvise_hugepage", None)
        if schakelaar is not None:
            schakelaar(False)
        gezet[HUGEPAGE] = os.environ[HUGEPAGE] = "0"
    return gezet


def geef_terug() -> None:
    """Geef vrijgekomen heapgeheugen terug aan het besturingssysteem (glibc's `malloc_trim`; elders niets).

    Na een grote berekening houdt glibc de vrijgekomen pagina's in zijn arena's, zodat het RSS van een worker op
    zijn piek zou blijven; de dienst roept dit aan als het zware werk even stil ligt (`api/werk.py`, `Teruggave`;
    enkele milliseconden)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)
