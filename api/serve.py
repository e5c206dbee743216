"""Entry point: `python -m inburgering_rules.api.serve`.

Environment: HOST (127.0.0.1), PORT (8000), WORKERS (1), LOG_LEVEL (INFO), plus the limits of
`instellingen.Instellingen` (MAX_BODY_BYTES, MAX_BATCH_SIZE, MAX_COLUMNAR_PERSONS, MAX_CALCULATE_PERSONS,
MAX_CALCULATIONS, MAX_TRACE_CALCULATIONS, REQUEST_TIMEOUT_SECONDS, GRACEFUL_SHUTDOWN_SECONDS, API_TOKEN, CORS_ORIGINS,
TRUSTED_HOSTS, LIMIT_CONCURRENCY, KEEP_ALIVE_TIMEOUT_SECONDS). A bad setting stops the start with one line
naming it. SIGTERM/SIGINT shut down gracefully. The memory allocator is set up here (`geheugen.stel_in`), so
nothing needs to be in the environment.
"""

from __future__ import annotations

import os
import sys

import uvicorn
from inburgering_rules import geheugen
from inburgering_rules.api.instellingen import Instellingen, OngeldigeInstelling, int_instelling
from inburgering_rules.api.logboek import log_config, stel_in


LOG_NIVEAUS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


def main() -> None:
    try:
        instellingen = uvicorn_instellingen()
        niveau = log_niveau()
    except OngeldigeInstelling as fout:
        sys.exit(f"inburgering-rules: invalid setting: {fout}")
    stel_in(niveau)
    geheugen.stel_in()  # before the workers start: they inherit the environment
    uvicorn.run(
        "inburgering_rules.api.app:create_app",
        log_config=log_config(niveau),  # applied in each worker process too
        log_level=niveau.lower(),
        **instellingen,
    )


def log_niveau() -> str:
    """LOG_LEVEL (INFO), one of `LOG_NIVEAUS` in any case."""
    niveau = os.environ.get("LOG_LEVEL", "").strip().upper() or "INFO"
    if niveau not in LOG_NIVEAUS:
        raise OngeldigeInstelling(f"LOG_LEVEL must be one of {', '.join(LOG_NIVEAUS)}, not {niveau!r}")
    return niveau


def uvicorn_instellingen() -> dict:
    """The uvicorn settings of the service (also used by the benchmark's HTTP floor, bench/echo_app.py).
    Reading the settings here fails fast on a bad limit, before any worker starts."""
    instellingen = Instellingen.uit_omgeving()
    return {
        "factory": True,
        "host": os.environ.get("HOST", "127.0.0.1"),
        "port": int_instelling("PORT", 8000, minimum=0, maximum=65535),  # 0: a free port
        "workers": int_instelling("WORKERS", 1),
        "access_log": False,
        "proxy_headers": False,
        "server_header": False,
        # Longer than the request timeout, so a request in flight at SIGTERM can finish.
        "timeout_graceful_shutdown": instellingen.shutdown_timeout,
        "limit_concurrency": instellingen.limit_concurrency,
        "timeout_keep_alive": instellingen.keep_alive_timeout,
    }


if __name__ == "__main__":
    main()
