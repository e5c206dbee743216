# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# The interpreter: PYTHON if given, else the first of python3, python3.13, python3.12, python3.11 that is
# Python 3.11 to 3.13 (what pyproject.toml's requires-python allows).
ifeq ($(origin PYTHON),undefined)
PYTHON := $(firstword $(foreach p,python3 python3.13 python3.12 python3.11,$(shell $(p) -c 'import sys; print("$(p)" if (3, 11) <= sys.version_info[:2] <= (3, 13) else "")' 2>/dev/null)))
endif
PYTHON_OK = @[ -n "$(PYTHON)" ] && $(PYTHON) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2>/dev/null \
	|| { echo "Python 3.11, 3.12 or 3.13 is needed (found: $(or $(PYTHON),none)): install one, e.g. apt-get install python3.12, or run make PYTHON=/path/to/python3.12"; exit 1; }
VENV := .venv
PY := $(VENV)/bin/python
RUN_VENV := .venv-run
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 1
export PYTHONDONTWRITEBYTECODE := 1
PIP := -m pip install --quiet --disable-pip-version-check
# The pip block of a lock (`pip==` and its hashes): each venv first gets the locked pip, then the lock. The pip that
# `python -m venv` bundles differs per Python build, and pip 23.2 (CPython 3.11.7's) refuses a locked requirement
# asked with an extra (pip-audit's CacheControl[filecache]) in --require-hashes mode.
PIP_BLOK := awk '/^pip==/{p=1} p{print} p&&!/\\$$/{exit}'

.PHONY: venv run test test-yaml test-py test-wheel browser-deps proxy-deps spectral-deps artikelindex bench bench-smoke fuzz load check-lock lock audit clean

# Both venvs are installed only from the hashed locks (--require-hashes), then checked against them; a new lock
# rebuilds the venv from scratch, so nothing installed earlier lingers.
# .venv: development and tests (requirements.lock, every pin of requirements-dev.txt).
$(VENV)/.geinstalleerd: requirements.lock pyproject.toml setup.py
	$(PYTHON_OK)
	rm -rf $(VENV) && $(PYTHON) -m venv $(VENV)
	$(PIP_BLOK) requirements.lock > $(VENV)/pip.lock
	$(PY) $(PIP) --require-hashes -r $(VENV)/pip.lock
	$(PY) $(PIP) --require-hashes -r requirements.lock
	$(PY) $(PIP) --no-deps --no-build-isolation -e .
	$(PY) tools/check_lock.py --installed requirements.lock
	touch $@

# .venv-run: only what serves (requirements-runtime.lock); no test, benchmark or web-API extras.
$(RUN_VENV)/.geinstalleerd: requirements-runtime.lock pyproject.toml setup.py
	$(PYTHON_OK)
	rm -rf $(RUN_VENV) && $(PYTHON) -m venv $(RUN_VENV)
	$(PIP_BLOK) requirements-runtime.lock > $(RUN_VENV)/pip.lock
	$(RUN_VENV)/bin/python $(PIP) --require-hashes -r $(RUN_VENV)/pip.lock
	$(RUN_VENV)/bin/python $(PIP) --require-hashes -r requirements-runtime.lock
	$(RUN_VENV)/bin/python $(PIP) --no-deps --no-build-isolation -e .
	$(RUN_VENV)/bin/python tools/check_lock.py --installed requirements-runtime.lock
	touch $@

# `make venv`: only .venv, which the analysts' `.venv/bin/inburgering` (whatif, populatie, test) needs;
# `make run` makes .venv-run only.
venv: $(VENV)/.geinstalleerd

run: $(RUN_VENV)/.geinstalleerd
	HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) $(RUN_VENV)/bin/python -m inburgering_rules.api.serve

# `make test` first regenerates docs/artikelindex.md and docs/invoer.md, so new YAML tests or inputs never fail the
# suite for a stale doc; CI (.ci/run) then fails when the regenerated index differs from the committed one.
test: venv browser-deps proxy-deps spectral-deps check-lock audit artikelindex invoer test-yaml test-py test-wheel

# The YAML expert tests through `openfisca test`'s loader, with a report a lawyer reads (inburgering_rules/yamltest.py),
# strict: an expectation the typed API calls undetermined fails, unless the case is marked `standaard_bedoeld`.
test-yaml: venv
	$(VENV)/bin/inburgering test --streng tests/yaml

test-py: venv
	$(PY) -m pytest tests

# Debian's chromium for the browser tests (tests/browser skip with a message when it is absent).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed: the browser tests will be skipped"

# Debian's nginx for the reverse-proxy test (tests/test_install_proxy.py skips with a message when it is absent).
proxy-deps:
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null) || echo "nginx could not be installed: the reverse-proxy test will be skipped"

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
	$(PY) tools/artikelindex.py > docs/artikelindex.md.nieuw && mv docs/artikelindex.md.nieuw docs/artikelindex.md

.PHONY: invoer
invoer: venv
	$(PY) tools/invoer_tabel.py > docs/invoer.md.nieuw && mv docs/invoer.md.nieuw docs/invoer.md

# Benchmarks against `openfisca serve` on this machine (about 8 minutes on 2 idle cores); writes BENCHMARKS.md.
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

# The locks against the pins, and the test venv against the lock.
check-lock: venv
	$(PY) tools/check_lock.py
	$(PY) tools/check_lock.py --installed requirements.lock

# Regenerate both locks after changing a pin (requirements.txt, requirements-dev.txt, pyproject.toml): pip-tools
# from the dev venv, sha256 hashes of every file PyPI has for each pinned version (all platforms and Pythons);
# unchanged pins stay. Then `make test` rebuilds the venv from the new lock and checks it resolves for 3.12/3.13.
LOCK_FLAGS := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links --no-emit-index-url \
	--annotation-style=line
LOCK_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(PY) -m piptools compile $(LOCK_FLAGS)
# A lock is replaced only when its content changed, so an unchanged lock does not rebuild the venvs.
lock: venv
	cp requirements.lock $(VENV)/lock.tmp && $(LOCK_COMPILE) -o $(VENV)/lock.tmp requirements-dev.txt
	cmp -s $(VENV)/lock.tmp requirements.lock || cp $(VENV)/lock.tmp requirements.lock
	cp requirements-runtime.lock $(VENV)/lock.tmp && $(LOCK_COMPILE) -c requirements.lock -o $(VENV)/lock.tmp requirements.txt
	cmp -s $(VENV)/lock.tmp requirements-runtime.lock || cp $(VENV)/lock.tmp requirements-runtime.lock
	rm $(VENV)/lock.tmp
	$(PY) tools/check_lock.py

# Known vulnerabilities in requirements.lock (the runtime lock is a subset of it) with pip-audit; says plainly
# when its database cannot be reached, and does not fail then.
audit: venv
	$(PY) tools/check_lock.py --audit requirements.lock

clean:
	rm -rf $(VENV) $(RUN_VENV) build dist *.egg-info
