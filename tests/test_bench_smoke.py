"""Smoke run of the benchmark script (issue 5) with tiny sizes: it runs, starts and stops its
servers, and writes a report with the tables. Benchmarks are not timed unit tests: nothing here
asserts a speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_bench_smoke(tmp_path):
    uit = tmp_path / "BENCHMARKS.md"
    proces = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "bench" / "run.py"),
            "--smoke",
            "--out",
            str(uit),
            "--logmap",
            str(tmp_path / "logs"),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, fout = proces.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        proces.terminate()  # SIGTERM: the script stops its servers before exiting
        _, fout = proces.communicate(timeout=60)
        raise AssertionError("bench/run.py --smoke did not finish in 180 s: " + fout[-3000:]) from None
    assert proces.returncode == 0, fout[-3000:]
    tekst = uit.read_text()
    for kop in (
        "## Targets of issue 5",
        "## 1-2. Single requests",
        "## 3. Batches over HTTP",
        "## 4. In-process",
        "## 5. Cold start",
    ):
        assert kop in tekst
    assert "| raw | ours | `/calculate` | 4 | keep-alive |" in tekst
    assert "| raw | ours | `/v1/beoordeling` | 1 |" in tekst
    ruw = json.loads(uit.with_suffix(".json").read_text())
    assert all(rij["fouten"] == 0 for rij in ruw["enkelvoudig"])
    assert [rij["n"] for rij in ruw["batch"]] == [10, 50]
    assert "openfisca_mediaan_s" in ruw["batch"][0]
    assert all("kolommen_arrow_mediaan_s" in rij and "kolommen_json_mediaan_s" in rij for rij in ruw["batch"])
    assert "`POST /v1/beoordeling/kolommen`" in tekst
