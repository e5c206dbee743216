"""Check that requirements.lock still matches the pins: `python tools/check_lock.py` (exit 1 on drift).

Every `name==version` of requirements.txt, requirements-dev.txt and pyproject.toml's dependencies must be
in requirements.lock at the same version, and every entry of the lock must carry at least one sha256 hash.
requirements-runtime.lock (the container's install) must hold every pin of requirements.txt and be a
subset of requirements.lock with the same versions and hashes. Standard library only, so it runs before
anything is installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
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


def main() -> int:
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


if __name__ == "__main__":
    sys.exit(main())
