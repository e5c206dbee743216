#!/usr/bin/env bash
# Build the wheel, install it as the container does (requirements-runtime.lock with --require-hashes, then
# the wheel with --no-deps) into an empty venv outside the repository, check the venv holds exactly the
# runtime lock, and that the rules load, compute a decision and pass a folder of the YAML expert tests
# (`openfisca test` and `inburgering test`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$repo/.venv/bin/python" -m pip wheel --quiet --no-deps --no-build-isolation "$repo" -w "$tmp/dist"
"$repo/.venv/bin/python" -m venv --without-pip "$tmp/venv"  # the same Python as make test's venv
"$repo/.venv/bin/python" -m pip --python "$tmp/venv/bin/python" install --quiet --disable-pip-version-check \
    --require-hashes -r "$repo/requirements-runtime.lock"
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "$tmp"/dist/*.whl
"$tmp/venv/bin/python" "$repo/tools/check_lock.py" --installed "$repo/requirements-runtime.lock"
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
# OpenFisca's runner cannot read an expected "no date" (`geen`): those files are for inburgering test only
find "$tmp/yaml" -name geen_datum.yaml -exec mv {} {}.apart \;
"$tmp/venv/bin/openfisca" test --country-package inburgering_rules "$tmp/yaml" | tail -n 1
find "$tmp/yaml" -name geen_datum.yaml.apart -exec sh -c 'mv "$1" "${1%.apart}"' _ {} \;
# the lawyer's runner from the wheel (no law texts beside it: keywords are checked against the packaged article list, artikelen.json)
"$tmp/venv/bin/inburgering" test "$tmp/yaml" | tail -n 1
