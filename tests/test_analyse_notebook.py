"""The worked example notebook (docs/analyse_voorbeeld.ipynb) runs on the project's own interpreter and
gives the numbers the guide quotes."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "analyse_voorbeeld.ipynb"


def _tekst(cel) -> str:
    delen = []
    for uitvoer in cel.get("outputs", []):
        delen.append(uitvoer.get("text", ""))
        delen.append(uitvoer.get("data", {}).get("text/plain", ""))
    return "".join(delen)


def test_notebook_runs_and_shows_the_analysis(tmp_path, monkeypatch):
    from ipykernel.kernelspec import write_kernel_spec

    shutil.copy(NOTEBOOK, tmp_path)
    nb = nbformat.read(tmp_path / NOTEBOOK.name, as_version=4)
    # the kernel is this interpreter (the project's .venv), whatever kernels the machine has installed
    spec = write_kernel_spec(tmp_path / "jupyter" / "kernels" / "inburgering-venv")
    assert sys.executable in (Path(spec) / "kernel.json").read_text()
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    NotebookClient(nb, timeout=300, kernel_name="inburgering-venv",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    uitvoer = [_tekst(cel) for cel in nb.cells if cel.cell_type == "code"]
    # what the notebook shows a reader is what it gives today (re-run it and save its outputs after a rule change)
    opgeslagen = [_tekst(cel) for cel in nbformat.read(NOTEBOOK, as_version=4).cells if cel.cell_type == "code"]
    assert uitvoer == opgeslagen, [(a, b) for a, b in zip(opgeslagen, uitvoer, strict=True) if a != b][:1]
    assert not any(u.get("output_type") == "error" for cel in nb.cells for u in cel.get("outputs", []))
    assert "(2000, 32)" in uitvoer[0]
    assert "asielstatushouder" in uitvoer[2] and "art_25_maximum_euro" in uitvoer[2]
    # an undetermined doelgroep is a group of its own: pandas' groupby drops an empty key by default (dropna=True)
    assert "groupby('doelgroep') telt 1979 van de 2000 personen" in uitvoer[3]
    assert re.search(r"^onbepaald +21$", uitvoer[3], re.MULTILINE)
    assert "personen met een ander besluit:" in uitvoer[4] and "extra art. 24-boetes van DUO: €" in uitvoer[4]
    # over the persons determined in both scenarios, in Dutch (a review: the sum took the undetermined ones in
    # the reform only, € 105,400.00)
    assert "extra art. 24-boetes van DUO: € 104.380,00, 5 personen onbepaald" in uitvoer[4]
    assert "nieuwe_art_24_boetes" in uitvoer[5] and "2022" in uitvoer[5]
    assert (tmp_path / "vergelijking.parquet").stat().st_size > 0


def test_the_guide_keeps_undetermined_rows_in_its_breakdown():
    """The guide's breakdown counts an undetermined doelgroep (<NA>) as a group; a bare `groupby("doelgroep")` drops
    those persons without a word (pandas' dropna=True). The notebook shows it on data with gaps (above)."""
    handleiding = (NOTEBOOK.parent / "analisten.md").read_text(encoding="utf-8")
    regels = [regel for regel in handleiding.splitlines() if ".groupby(" in regel]
    assert regels and all('fillna("onbepaald")' in r or "dropna=False" in r for r in regels), regels
