"""Packaging: the repository keeps `variables/`, `parameters/` and `api/` beside the package
(the design card's layout); the wheel carries them inside `inburgering_rules`, so an installed
package works without the repository (`inburgering_rules.bronmap`)."""

from pathlib import Path

from setuptools import setup

HIER = Path(__file__).parent
MAPPINGEN = {"inburgering_rules": "inburgering_rules", "inburgering_rules.variables": "variables",
             "inburgering_rules.parameters": "parameters", "inburgering_rules.api": "api"}


def pakketten() -> dict[str, str]:
    """Every folder below the mapped roots, as a (namespace) package name -> folder."""
    gevonden = {}
    for naam, map_ in MAPPINGEN.items():
        for sub in [HIER / map_, *sorted(p for p in (HIER / map_).rglob("*") if p.is_dir())]:
            if "__pycache__" in sub.parts:
                continue
            relatief = sub.relative_to(HIER / map_).parts
            gevonden[".".join((naam, *relatief))] = str(sub.relative_to(HIER))
    return gevonden


PAKKETTEN = pakketten()
setup(packages=list(PAKKETTEN), package_dir=PAKKETTEN)
