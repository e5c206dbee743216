"""The memory settings the entry points make (`inburgering_rules.geheugen`, issue 14): glibc's malloc thresholds
and numpy's huge pages, set at run time for the process itself and in the environment for the processes it starts,
never over a value the user set."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from inburgering_rules import geheugen

NAMEN = [naam for naam, *_ in geheugen.MALLOC] + [geheugen.HUGEPAGE]
GLIBC = geheugen._LIBC is not None

# A fresh process: a 16 MiB numpy array before or after `stel_in`, and what glibc holds in mmapped blocks then.
_PROBE = """
import ctypes, json, os, sys
import numpy
from numpy._core import multiarray
from inburgering_rules import geheugen

class Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]

gezet = geheugen.stel_in() if sys.argv[1] == "ja" else {}
mallinfo2 = ctypes.CDLL(None).mallinfo2
mallinfo2.restype = Mallinfo2
voor = mallinfo2().hblkhd
blok = numpy.ones(16 * 1024 * 1024, dtype=numpy.uint8)
print(json.dumps({"gezet": gezet, "gemapt": mallinfo2().hblkhd - voor,
                  "hugepage": bool(multiarray._get_madvise_hugepage()),
                  "omgeving": {n: os.environ.get(n) for n in %r}}))
""" % (NAMEN,)


def _proef(stel_in: bool, **omgeving: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in NAMEN and k != "GLIBC_TUNABLES"} | omgeving
    uit = subprocess.run([sys.executable, "-c", _PROBE, "ja" if stel_in else "nee"], env=env, capture_output=True,
                         text=True, check=True)
    return json.loads(uit.stdout)


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc only")
def test_a_large_array_comes_from_the_heap_once_set_and_from_mmap_without():
    zonder, met = _proef(False), _proef(True)
    assert zonder["gemapt"] >= 16 * 1024 * 1024 and zonder["hugepage"] is True
    assert met["gemapt"] == 0 and met["hugepage"] is False
    assert met["gezet"] == {naam: str(waarde) for naam, _, _, waarde in geheugen.MALLOC} | {geheugen.HUGEPAGE: "0"}
    assert met["omgeving"] == met["gezet"]  # the processes it starts (uvicorn's workers) inherit them


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc only")
def test_a_value_the_user_set_is_left_alone():
    uit = _proef(True, MALLOC_MMAP_THRESHOLD_="131072", NUMPY_MADVISE_HUGEPAGE="1")
    assert "MALLOC_MMAP_THRESHOLD_" not in uit["gezet"] and geheugen.HUGEPAGE not in uit["gezet"]
    assert uit["omgeving"]["MALLOC_MMAP_THRESHOLD_"] == "131072" and uit["hugepage"] is True
    assert uit["gemapt"] >= 16 * 1024 * 1024  # glibc read the user's threshold at start: mmapped, as asked
    assert uit["omgeving"]["MALLOC_TOP_PAD_"] == str(64 * 1024 * 1024)  # the others are still set


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc only")
def test_a_tunable_the_user_set_is_left_alone_too():
    """`GLIBC_TUNABLES=glibc.malloc.mmap_threshold=...` is the user's choice as much as `MALLOC_MMAP_THRESHOLD_` (a
    review: `mallopt` overrode it, and the child processes' inherited variable won over it)."""
    uit = _proef(True, GLIBC_TUNABLES="glibc.malloc.mmap_threshold=131072")
    assert uit["gemapt"] >= 16 * 1024 * 1024 and uit["omgeving"]["MALLOC_MMAP_THRESHOLD_"] is None
    assert "MALLOC_MMAP_THRESHOLD_" not in uit["gezet"] and "MALLOC_TOP_PAD_" in uit["gezet"]


def test_without_a_c_library_nothing_is_set_for_malloc(monkeypatch):
    """Windows: `find_library("c")` finds none, and `ctypes.CDLL(None)` fails there (a review)."""
    monkeypatch.setattr(geheugen.ctypes.util, "find_library", lambda naam: None)
    assert geheugen._glibc() is None


def test_the_service_and_the_cli_set_it_up_before_they_work(monkeypatch, capsys):
    from inburgering_rules import cli
    from inburgering_rules.api import serve

    gedaan = []
    monkeypatch.setattr(geheugen, "stel_in", lambda: gedaan.append("stel_in") or {})
    monkeypatch.setattr(serve.uvicorn, "run", lambda *a, **k: gedaan.append("uvicorn.run"))
    serve.main()
    assert gedaan == ["stel_in", "uvicorn.run"]
    gedaan.clear()
    assert cli.main(["hervormingen"]) == 0 and gedaan == ["stel_in"]
    assert capsys.readouterr().out
