"""Service settings, read once from the environment (all limits are configurable)."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field


def _int(naam: str, standaard: int, minimum: int = 1) -> int:
    waarde = os.environ.get(naam, "").strip()
    if not waarde:
        return standaard
    getal = int(waarde)
    if getal < minimum:
        raise ValueError(f"{naam} must be at least {minimum}, not {getal}")
    return getal


def _float(naam: str, standaard: float) -> float:
    waarde = os.environ.get(naam, "").strip()
    if not waarde:
        return standaard
    getal = float(waarde)
    if not math.isfinite(getal) or getal <= 0:
        raise ValueError(f"{naam} must be a positive number of seconds, not {waarde!r}")
    return getal


def _lijst(naam: str) -> tuple[str, ...]:
    return tuple(deel.strip() for deel in os.environ.get(naam, "").split(",") if deel.strip())


@dataclass(frozen=True)
class Instellingen:
    """Limits and switches. Environment variable names are given per field."""

    max_body_bytes: int = 32 * 1024 * 1024  # MAX_BODY_BYTES
    max_batch: int = 10_000  # MAX_BATCH_SIZE (persons per batch request)
    max_personen_calculate: int = 1_000  # MAX_CALCULATE_PERSONS (persons in /calculate, /trace)
    max_berekeningen: int = 10_000  # MAX_CALCULATIONS (requested values in /calculate)
    request_timeout: float = 30.0  # REQUEST_TIMEOUT_SECONDS
    max_hervorming_datums: int = 100  # MAX_REFORM_DATES (dates per parameter in an inline reform)
    max_hervorming_waarden: int = 1_000  # MAX_REFORM_VALUES (dated values in one inline reform)
    max_toelichting: int = 500  # MAX_EXPLAINED_PERSONS (persons in a batch with `toelichting: true`)
    max_zwaar: int = 2  # MAX_CONCURRENT_HEAVY (batch, vergelijk, calculate, trace at once per worker)
    lees_timeout: float = 30.0  # SLOW_READER_SECONDS (a client that reads none of a 64 KB part is cut off)
    api_token: str | None = None  # API_TOKEN (unset: no authentication)
    cors_origins: tuple[str, ...] = field(default=())  # CORS_ORIGINS (comma separated; unset: CORS off)
    # Connections (uvicorn, per worker): beyond LIMIT_CONCURRENCY open connections or running requests a
    # request gets 503 at once instead of queueing; an idle keep-alive connection is closed after
    # KEEP_ALIVE_TIMEOUT_SECONDS. uvicorn has no timeout for a client that trickles its headers or body:
    # the reverse proxy (deploy/nginx.conf, docs/deployment.md) cuts those off.
    limit_concurrency: int = 100  # LIMIT_CONCURRENCY
    keep_alive_timeout: int = 5  # KEEP_ALIVE_TIMEOUT_SECONDS

    @classmethod
    def uit_omgeving(cls) -> Instellingen:
        return cls(
            max_body_bytes=_int("MAX_BODY_BYTES", cls.max_body_bytes),
            max_batch=_int("MAX_BATCH_SIZE", cls.max_batch),
            max_personen_calculate=_int("MAX_CALCULATE_PERSONS", cls.max_personen_calculate),
            max_berekeningen=_int("MAX_CALCULATIONS", cls.max_berekeningen),
            request_timeout=_float("REQUEST_TIMEOUT_SECONDS", cls.request_timeout),
            max_hervorming_datums=_int("MAX_REFORM_DATES", cls.max_hervorming_datums),
            max_hervorming_waarden=_int("MAX_REFORM_VALUES", cls.max_hervorming_waarden),
            max_toelichting=_int("MAX_EXPLAINED_PERSONS", cls.max_toelichting, minimum=0),
            max_zwaar=_int("MAX_CONCURRENT_HEAVY", cls.max_zwaar),
            lees_timeout=_float("SLOW_READER_SECONDS", cls.lees_timeout),
            api_token=os.environ.get("API_TOKEN") or None,
            cors_origins=_lijst("CORS_ORIGINS"),
            limit_concurrency=_int("LIMIT_CONCURRENCY", cls.limit_concurrency),
            keep_alive_timeout=_int("KEEP_ALIVE_TIMEOUT_SECONDS", cls.keep_alive_timeout),
        )
