"""Fuzzing the API contract: schemathesis against the app's own `/openapi.json`, every operation.

In `make test` a bounded, reproducible run (`FUZZ_EXAMPLES` examples per operation and mode, 30 by default:
a few hundred in all, in-process over ASGI, well under 90 s). `make fuzz` sets `FUZZ_LANG=1`: many more
examples per operation (`FUZZ_EXAMPLES`, default 1000) with a fresh random seed each run.

Each response must:
* never be a 5xx;
* conform to the schema: documented status code, documented content type, documented headers and a
  body valid against the documented response schema;
* reject schema-invalid input with a 4xx (`negative_data_rejection`);
* for every 4xx: be `application/problem+json` whose `status` is the HTTP status and which names at
  least one field path; carry an `X-Request-ID`; come back in bounded time.

Not checked: `positive_data_acceptance` (a schema-valid request may still be refused on meaning, e.g. an
unknown reform name or an inconsistent OpenFisca situation; those are 400 problems, not 2xx).
Pinned: schemathesis==4.32.5 (see requirements-dev.txt / requirements.lock).
"""

from __future__ import annotations

import collections
import os
import time

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in requirements-dev.txt")

from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from inburgering_rules.api.app import create_app  # noqa: E402
from inburgering_rules.api.instellingen import Instellingen  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

LANG = os.environ.get("FUZZ_LANG", "") not in ("", "0")
VOORBEELDEN = int(os.environ.get("FUZZ_EXAMPLES", "1000" if LANG else "30"))
MAX_SECONDEN = float(os.environ.get("FUZZ_MAX_RESPONSE_SECONDS", "10"))
PROBLEEM = "application/problem+json"

# Default limits, as `make run` serves them (MAX_* unset).
APP = create_app(Instellingen())
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP)

TELLING: collections.Counter = collections.Counter()


def problem_json_voor_4xx(ctx, response, case):
    """Every 4xx is an RFC 9457 problem naming a field path; every answer has a request id."""
    assert response.headers.get("x-request-id"), "no X-Request-ID header"
    if 400 <= response.status_code < 500:
        soort = (response.headers.get("content-type") or [""])[0]
        assert soort.startswith(PROBLEEM), f"4xx with content type {soort!r}"
        inhoud = response.json()
        assert inhoud["status"] == response.status_code, inhoud
        assert inhoud["titel"]["nl"] and inhoud["titel"]["en"], inhoud
        assert inhoud["fouten"] and all("pad" in f for f in inhoud["fouten"]), inhoud
    return None


def binnen_tijd(ctx, response, case):
    assert response.elapsed < MAX_SECONDEN, f"answer took {response.elapsed:.1f} s"
    return None


class _Verslag:
    """Prints the counts at the end of the run (`pytest_terminal_summary`)."""

    def __init__(self) -> None:
        self.begin = time.perf_counter()

    def pytest_terminal_summary(self, terminalreporter) -> None:
        totaal = sum(n for (soort, _), n in TELLING.items() if soort == "operatie")
        statussen = dict(sorted((s, n) for (soort, s), n in TELLING.items() if soort == "status"))
        terminalreporter.write_line(
            f"fuzz: {totaal} requests over {sum(1 for s, _ in TELLING if s == 'operatie')} operations "
            f"(at most {VOORBEELDEN} examples per operation and mode{', random seed' if LANG else ''}), "
            f"statuses {statussen}, {time.perf_counter() - self.begin:.1f} s"
        )


@pytest.fixture(scope="module", autouse=True)
def verslag(request):
    plugin = _Verslag()
    if not request.config.pluginmanager.is_registered(plugin):
        request.config.pluginmanager.register(plugin, "fuzz-verslag")
    yield


@SCHEMA.parametrize()
@settings(
    max_examples=VOORBEELDEN,
    deadline=None,
    database=None,
    derandomize=not LANG,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_contract(case):
    antwoord = case.call()
    TELLING["operatie", case.operation.label] += 1
    TELLING["status", antwoord.status_code] += 1
    case.validate_response(
        antwoord,
        excluded_checks=[positive_data_acceptance],
        additional_checks=[problem_json_voor_4xx, binnen_tijd],
    )
