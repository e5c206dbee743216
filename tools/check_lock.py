"""Check the lock files (exit 1 on drift). Standard library only, so it runs before anything is installed.

    python tools/check_lock.py                     # the lock files against the pins
    python tools/check_lock.py --installed LOCK    # the running interpreter's packages against LOCK
    python tools/check_lock.py --audit LOCK        # pip-audit on LOCK (needs pip-audit, from the dev venv)

Every `name==version` of requirements.txt, requirements-dev.txt and pyproject.toml's dependencies must be
in requirements.lock at the same version, and every entry of the lock must carry at least one sha256 hash.
requirements-runtime.lock (what `make run` and the container install) must hold every pin of
requirements.txt and be a subset of requirements.lock with the same versions and hashes.

`--installed` compares the environment with the lock both ways: every installed distribution (except this
project) at the lock's version, every locked package installed. `make venv` and `make run` run it after
installing, `make check-lock` on the existing venv, so a venv that drifted from the lock fails the build.

`--audit` fails on a known vulnerability. When pip-audit cannot reach its database (PyPI's per-release JSON
API or OSV; on this project's machine only PyPI's package index is reachable) it says so plainly, names how
many packages were not audited, and does not fail: an unreachable database is not a finding.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

WORTEL = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;#\\]+)")


def norm(naam: str) -> str:
    return re.sub(r"[-_.]+", "-", naam).lower()


def pins(regels) -> dict[str, str]:
    return {norm(m[1]): m[2] for regel in regels if (m := PIN.match(regel))}


HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")


def lock(pad: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    """The lock's versions and hashes per package."""
    versies: dict[str, str] = {}
    hashes: dict[str, set[str]] = {}
    naam = None
    for regel in pad.read_text().splitlines():
        if m := PIN.match(regel):
            naam = norm(m[1])
            versies[naam] = m[2]
            hashes[naam] = set()
        if naam:
            hashes[naam].update(HASH.findall(regel))
    return versies, hashes


def pins_kloppen() -> int:
    versies, hashes = lock(WORTEL / "requirements.lock")
    looptijd, looptijd_hashes = lock(WORTEL / "requirements-runtime.lock")
    gevraagd: dict[str, tuple[str, str]] = {}
    for bestand in ("requirements.txt", "requirements-dev.txt"):
        for naam, versie in pins((WORTEL / bestand).read_text().splitlines()).items():
            gevraagd[naam] = (versie, bestand)
    project = tomllib.loads((WORTEL / "pyproject.toml").read_text())["project"]
    afhankelijk = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        afhankelijk += extra
    for naam, versie in pins(afhankelijk).items():
        gevraagd.setdefault(naam, (versie, "pyproject.toml"))
    fouten = [f"{naam}: no sha256 hash in requirements.lock" for naam, h in hashes.items() if not h]
    for naam, versie in sorted(looptijd.items()):
        if versies.get(naam) != versie or looptijd_hashes[naam] != hashes.get(naam):
            fouten.append(f"{naam}: requirements-runtime.lock differs from requirements.lock")
    for naam, versie in pins((WORTEL / "requirements.txt").read_text().splitlines()).items():
        if looptijd.get(naam) != versie:
            fouten.append(f"{naam}=={versie} (requirements.txt) is not in requirements-runtime.lock")
    for naam, (versie, bestand) in sorted(gevraagd.items()):
        if naam not in versies:
            fouten.append(f"{naam}=={versie} ({bestand}) is missing from requirements.lock")
        elif versies[naam] != versie:
            fouten.append(f"{naam}: {bestand} pins {versie}, requirements.lock has {versies[naam]}")
    for regel in fouten:
        print(regel, file=sys.stderr)
    if fouten:
        print("requirements.lock is out of date: regenerate it (see its header)", file=sys.stderr)
        return 1
    print(f"requirements.lock: {len(versies)} packages, all hashed; {len(gevraagd)} pins match; "
          f"requirements-runtime.lock: {len(looptijd)} of them")
    return 0


def geinstalleerd_klopt(pad: Path) -> int:
    """The running interpreter's distributions against the lock `pad`, both ways."""
    versies, _ = lock(pad)
    project = norm(tomllib.loads((WORTEL / "pyproject.toml").read_text())["project"]["name"])
    aanwezig = {norm(d.metadata["Name"]): d.version for d in metadata.distributions() if d.metadata["Name"]}
    aanwezig.pop(project, None)
    fouten = [f"{naam}=={versie} is installed but not in {pad.name}"
              for naam, versie in sorted(aanwezig.items()) if naam not in versies]
    fouten += [f"{naam}: {pad.name} has {versie}, installed is {aanwezig[naam]}"
               for naam, versie in sorted(versies.items()) if naam in aanwezig and aanwezig[naam] != versie]
    fouten += [f"{naam}=={versie} ({pad.name}) is not installed"
               for naam, versie in sorted(versies.items()) if naam not in aanwezig]
    for regel in fouten:
        print(regel, file=sys.stderr)
    if fouten:
        print(f"{sys.prefix} has drifted from {pad.name}: remove it and run make again", file=sys.stderr)
        return 1
    print(f"{sys.prefix}: the {len(aanwezig)} installed packages are exactly {pad.name}")
    return 0


def audit(pad: Path) -> int:
    """pip-audit on the lock; a finding fails, an unreachable database is reported and does not."""
    opdracht = [sys.executable, "-m", "pip_audit", "--requirement", str(pad), "--require-hashes",
                "--disable-pip", "--progress-spinner", "off", "--format", "json"]
    proces = subprocess.run(opdracht, capture_output=True, text=True, timeout=600)
    try:
        verslag = json.loads(proces.stdout)
    except ValueError:
        laatste = (proces.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"pip-audit could not reach its vulnerability database, {pad.name} was NOT audited: {laatste}")
        return 0
    lekken = [(d["name"], d.get("version"), v["id"], v.get("fix_versions"))
              for d in verslag["dependencies"] for v in d.get("vulns", [])]
    overgeslagen = [d["name"] for d in verslag["dependencies"] if d.get("skip_reason")]
    for naam, versie, code, herstel in lekken:
        print(f"{naam}=={versie}: {code} (fixed in {', '.join(herstel or []) or 'no release yet'})", file=sys.stderr)
    gecontroleerd = len(verslag["dependencies"]) - len(overgeslagen)
    print(f"pip-audit {pad.name}: {gecontroleerd} packages audited, {len(lekken)} known vulnerabilities")
    if overgeslagen:
        reden = next(d["skip_reason"] for d in verslag["dependencies"] if d.get("skip_reason"))
        print(f"pip-audit {pad.name}: {len(overgeslagen)} of {len(verslag['dependencies'])} packages were NOT "
              f"audited: its vulnerability database could not be reached for them (first: {reden})")
    return 1 if lekken else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    groep = parser.add_mutually_exclusive_group()
    groep.add_argument("--installed", type=Path, metavar="LOCK")
    groep.add_argument("--audit", type=Path, metavar="LOCK")
    argumenten = parser.parse_args()
    if argumenten.installed:
        return geinstalleerd_klopt(argumenten.installed)
    if argumenten.audit:
        return audit(argumenten.audit)
    return pins_kloppen()


if __name__ == "__main__":
    sys.exit(main())
