# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test test-yaml test-py test-wheel browser-deps spectral-deps artikelindex bench bench-smoke fuzz load check-lock clean

$(VENV)/.geinstalleerd: requirements.txt requirements-dev.txt pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

venv: $(VENV)/.geinstalleerd

run: venv
	HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) $(PY) -m inburgering_rules.api.serve

test: venv browser-deps spectral-deps check-lock test-yaml test-py test-wheel

test-yaml: venv
	$(VENV)/bin/openfisca test --country-package inburgering_rules tests/yaml

test-py: venv
	$(PY) -m pytest tests

# Debian's chromium for the browser tests (tests/browser skip with a message when it is absent).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed: the browser tests will be skipped"

# Spectral (npm, pinned with hashes in spectral/package-lock.json) for the NL API Design Rules lint in
# tests/api/test_adr_spectral.py; node and npm from Debian's packages when absent.
spectral-deps: spectral/node_modules/.installed

spectral/node_modules/.installed: spectral/package.json spectral/package-lock.json
	@command -v npm >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null)
	cd spectral && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test-wheel: venv
	bash tools/test_wheel.sh

artikelindex: venv
	$(PY) tools/artikelindex.py > docs/artikelindex.md

# Benchmarks against `openfisca serve` on this machine (about 20 minutes); writes BENCHMARKS.md.
bench: venv
	$(PY) bench/run.py

bench-smoke: venv
	$(PY) bench/run.py --smoke --out /tmp/inburgering-bench-smoke/BENCHMARKS.md

# Long contract fuzzing (schemathesis, 1000 examples per operation; the bounded run is in make test).
fuzz: venv
	FUZZ_LANG=1 $(PY) -m pytest tests/fuzz/test_fuzz_api.py

# Bounded load and isolation test on loopback (20,000 requests, 32 clients; see tests/load/run_load.py).
load: venv
	$(PY) tests/load/run_load.py

check-lock:
	$(PYTHON) tools/check_lock.py

clean:
	rm -rf $(VENV) build dist *.egg-info
