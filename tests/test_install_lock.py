"""Installs (issue 11 §1, issue 15 §7): the hashed locks install on every supported Python, the check of
an installed environment against a lock finds drift, and `make` names the Python to install when none fits.

The resolution check asks PyPI (pip's own resolver, `--dry-run`, wheels only, `--require-hashes`) whether
every lock installs completely for CPython 3.12 and 3.13 on this platform; the venv of `make test` itself
is the 3.11 check. Without network it is skipped with a message.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import shutil
import socket
import subprocess
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

WORTEL = Path(__file__).resolve().parent.parent
LOCKS = ("requirements.lock", "requirements-runtime.lock")


def _pypi_bereikbaar() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
        return True
    except OSError:
        return False


def _norm(naam: str) -> str:
    return re.sub(r"[-_.]+", "-", naam).lower()


def _pakketten(lock: str) -> set[str]:
    regels = (WORTEL / lock).read_text().splitlines()
    return {_norm(r.split("==")[0]) for r in regels if r[:1].isalnum() and "==" in r}


@pytest.mark.parametrize("versie", ["3.12", "3.13"])
@pytest.mark.parametrize("lock", LOCKS)
def test_lock_installs_on_python(lock, versie, tmp_path):
    if not _pypi_bereikbaar():
        pytest.skip(f"PyPI is not reachable: did not check that {lock} installs on Python {versie}")
    rapport = tmp_path / "rapport.json"
    proces = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
         "--disable-pip-version-check", "--only-binary=:all:", "--python-version", versie,
         "--require-hashes", "-r", str(WORTEL / lock), "--report", str(rapport)],
        capture_output=True, text=True, timeout=900,
    )
    assert proces.returncode == 0, proces.stderr[-3000:]
    namen = {_norm(p["metadata"]["name"]) for p in json.loads(rapport.read_text())["install"]}
    assert namen == _pakketten(lock)


def test_requires_python_is_3_11_to_3_13():
    project = tomllib.loads((WORTEL / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.11,<3.14"


def _controleer(lock: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(WORTEL / "tools" / "check_lock.py"), "--installed", str(lock)],
                          capture_output=True, text=True, timeout=60)


def test_installed_environment_matches_the_lock():
    proces = _controleer(WORTEL / "requirements.lock")
    assert proces.returncode == 0, proces.stderr


def test_drift_from_the_lock_is_found(tmp_path):
    tekst = (WORTEL / "requirements.lock").read_text()
    assert "\nnumpy==2.4.6 " in tekst and "\nwheel==" in tekst
    tekst = tekst.replace("\nnumpy==2.4.6 ", "\nnumpy==2.4.5 ").replace("\nwheel==", "\nniet-geinstalleerd==1.0\nwheel==")
    tekst = "\n".join(r for r in tekst.splitlines() if not r.startswith("pytest=="))
    (tmp_path / "lock").write_text(tekst)
    proces = _controleer(tmp_path / "lock")
    assert proces.returncode == 1
    assert "numpy: lock has 2.4.5, installed is 2.4.6" in proces.stderr
    assert "niet-geinstalleerd==1.0 (lock) is not installed" in proces.stderr
    assert "pytest==9.2.0 is installed but not in lock" in proces.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("python", ["/bin/false", ""])
def test_make_says_which_python_to_install(python, tmp_path):
    """No Python 3.11 to 3.13 (one given that is not, or none on PATH): one line saying what to install."""
    omgeving = {**os.environ, "PATH": "/nonexistent"} if not python else dict(os.environ)
    proces = subprocess.run(
        [shutil.which("make"), "--no-print-directory", f"VENV={tmp_path}/venv", "venv",
         *([f"PYTHON={python}"] if python else [])],
        cwd=WORTEL, capture_output=True, text=True, env=omgeving, timeout=60,
    )
    assert proces.returncode != 0 and not (tmp_path / "venv").exists()
    regels = [r for r in proces.stdout.splitlines() if r.strip()]
    assert len(regels) == 1 and regels[0].startswith("Python 3.11, 3.12 or 3.13 is needed"), proces.stdout
    assert f"found: {python or 'none'}" in regels[0] and "PYTHON=" in regels[0]


def _check_lock_module():
    return SimpleNamespace(**runpy.run_path(str(WORTEL / "tools" / "check_lock.py")))  # not run as main


@pytest.mark.parametrize(("uitvoer", "code", "tekst"), [
    # pip-audit's answer where its database is unreachable (as on this project's machine), a finding, a crash
    ('{"dependencies": [{"name": "numpy", "skip_reason": "Dependency not found on PyPI"}]}', 0,
     "1 of 1 packages were NOT audited"),
    ('{"dependencies": [{"name": "gunicorn", "version": "22.0.0", "vulns": [{"id": "GHSA-x", '
     '"fix_versions": ["23.0.0"]}]}]}', 1, "1 known vulnerabilities"),
    ("", 0, "could not reach its vulnerability database, requirements.lock was NOT audited"),
])
def test_audit_fails_on_a_finding_and_says_when_it_could_not_audit(monkeypatch, capsys, uitvoer, code, tekst):
    check_lock = _check_lock_module()
    monkeypatch.setattr(check_lock.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(
        a, 1 if code or not uitvoer else 0, stdout=uitvoer, stderr="ConnectionError: api.osv.dev"))
    assert check_lock.audit(WORTEL / "requirements.lock") == code
    assert tekst in capsys.readouterr().out
