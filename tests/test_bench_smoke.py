"""Smoke run of the benchmark script (issues 5 and 14) with tiny sizes: it runs, starts and stops its
servers (release 0.1.0 too, installed from git into a temporary folder), and writes a report with the
tables, the issue-14 targets and their profiles. Benchmarks are not timed unit tests: nothing here
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
        "## Targets of issue 14",
        "### Why the missed targets miss",
        "## Targets of issue 5",
        "## 1-2. Single requests",
        "## 3. Batches over HTTP",
        "## 4. In-process",
        "## 5. Cold start",
    ):
        assert kop in tekst
    assert tekst.index("## Targets of issue 14") < tekst.index("## Targets of issue 5")
    assert "| raw | ours | `/calculate` 5 | 4 | keep-alive |" in tekst
    assert "| raw | ours | `/calculate` 10 | 4 | keep-alive |" in tekst
    assert "| raw | openfisca serve | `/calculate` 5 | 1 |" in tekst
    assert "| raw | ours | `/v1/beoordeling` | 1 |" in tekst
    assert "`POST /v1/beoordeling/kolommen`" in tekst
    ruw = json.loads(uit.with_suffix(".json").read_text())
    assert all(rij["fouten"] == 0 for rij in ruw["enkelvoudig"])
    assert [rij["n"] for rij in ruw["batch"]] == [10, 50]
    assert "openfisca_mediaan_s" in ruw["batch"][0]
    assert all("kolommen_arrow_mediaan_s" in rij and "kolommen_json_mediaan_s" in rij for rij in ruw["batch"])
    assert {"beoordeel", "beoordeel_tiende", "beoordeel arrays", "beoordeel_tiende arrays"} <= set(ruw["inproces"])
    # Release 0.1.0 is installed from git into a temporary folder and timed; a shallow clone says why it is not.
    oud = ruw["uitgaven"]["0.1.0"]
    if "niet_gemeten" in oud:
        assert "not in this clone" in oud["niet_gemeten"], oud
    else:
        assert "| raw | release 0.1.0 | `/v1/beoordeling` | 4 | keep-alive |" in tekst
    # Every issue-14 target has a row, and each profile kind ran (in smoke: at the smoke's sizes).
    assert sum(r.startswith("| ") and " persons over HTTP, " in r for r in tekst.splitlines()) == 3
    assert {"route calculate5 1 20", "route beoordeling 1 20", "route kolommen-arrow 50 1",
            "route kolommen-json 50 1", "route batch 50 1", "inproces 1000 beoordeel lijsten",
            "inproces 1000 beoordeel arrays", "start"} == set(ruw["profielen"])
    assert all("this project's functions by cumulative time" in p for p in ruw["profielen"].values())
