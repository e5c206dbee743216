#!/usr/bin/env bash
# Build the wheel, install it into an empty venv outside the repository, and check that the rules
# load, compute a decision and pass a folder of the YAML expert tests from there (`openfisca test` and
# `inburgering test`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$repo/.venv/bin/python" -m pip wheel --quiet --no-deps --no-build-isolation "$repo" -w "$tmp/dist"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$tmp"/dist/*.whl
cp -r "$repo/tests/yaml/termijnen" "$tmp/yaml"
cd "$tmp"
"$tmp/venv/bin/python" - <<'PY'
import inburgering_rules, numpy
from inburgering_rules.hervormingen import basissysteem
from inburgering_rules.simulatie import beoordeel
assert "site-packages" in inburgering_rules.__file__, inburgering_rules.__file__
uitkomst = beoordeel(basissysteem(), "2024-05-01", {"pip_datum": ["2023-03-14"], "geboortedatum": ["1990-01-01"],
    "nationaliteit": ["SY"], "verblijfsvergunning": ["asiel_bepaalde_tijd"], "verblijf_verkregen_datum": ["2023-01-01"]}, 1)
assert uitkomst.waarden["inburgeringstermijn_einddatum"][0] == numpy.datetime64("2026-03-14"), uitkomst.waarden
import inburgering_rules.api.app  # the service ships in the wheel too
print("wheel OK:", inburgering_rules.__file__)
PY
"$tmp/venv/bin/openfisca" test --country-package inburgering_rules "$tmp/yaml" | tail -n 1
# the lawyer's runner from the wheel (no law texts beside it: keywords are checked by prefix and shape)
"$tmp/venv/bin/inburgering" test "$tmp/yaml" | tail -n 1
