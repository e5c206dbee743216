"""Service settings, read once from the environment (all limits are configurable).

Every setting is checked when it is made (`Instellingen.__post_init__`): a bad value stops the service at
start with one line naming the environment variable, never a service that half works.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field


class OngeldigeInstelling(ValueError):
    """A setting that cannot work; the message names the environment variable and what is allowed."""


def int_instelling(naam: str, standaard: int, minimum: int = 1, maximum: int | None = None) -> int:
    waarde = os.environ.get(naam, "").strip()
    if not waarde:
        return standaard
    try:
        getal = int(waarde)
    except ValueError:
        raise OngeldigeInstelling(f"{naam} must be a whole number, not {waarde!r}") from None
    if getal < minimum:
        raise OngeldigeInstelling(f"{naam} must be at least {minimum}, not {getal}")
    if maximum is not None and getal > maximum:
        raise OngeldigeInstelling(f"{naam} must be at most {maximum}, not {getal}")
    return getal


def _float(naam: str, standaard: float) -> float:
    waarde = os.environ.get(naam, "").strip()
    if not waarde:
        return standaard
    try:
        return float(waarde)
    except ValueError:
        raise OngeldigeInstelling(f"{naam} must be a number of seconds, not {waarde!r}") from None


def _lijst(naam: str, standaard: tuple[str, ...] = ()) -> tuple[str, ...]:
    if naam not in os.environ:
        return standaard
    return tuple(deel.strip() for deel in os.environ[naam].split(",") if deel.strip())


# Host names a local service answers to when TRUSTED_HOSTS is not set.
LOKALE_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class Instellingen:
    """Limits and switches. Environment variable names are given per field."""

    max_body_bytes: int = 32 * 1024 * 1024  # MAX_BODY_BYTES
    max_batch: int = 10_000  # MAX_BATCH_SIZE (persons per batch request)
    # MAX_COLUMNAR_PERSONS (persons per `/v1/beoordeling/kolommen` request): two at once stay within a worker's
    # 600 MB (docs/deployment.md); some 4.7 KB a person a request above that
    max_kolommen: int = 50_000
    max_personen_calculate: int = 1_000  # MAX_CALCULATE_PERSONS (persons in /calculate, /trace)
    max_berekeningen: int = 10_000  # MAX_CALCULATIONS (requested values in /calculate)
    max_spoor: int = 1_000  # MAX_TRACE_CALCULATIONS (requested values in /trace: ~3 KB and ~3 ms of trace each)
    request_timeout: float = 30.0  # REQUEST_TIMEOUT_SECONDS
    max_hervorming_datums: int = 100  # MAX_REFORM_DATES (dates per parameter in an inline reform)
    max_hervorming_waarden: int = 1_000  # MAX_REFORM_VALUES (dated values in one inline reform)
    max_toelichting: int = 500  # MAX_EXPLAINED_PERSONS (persons in a batch with `toelichting: true`)
    max_zwaar: int = 2  # MAX_CONCURRENT_HEAVY (batch, vergelijk, calculate, trace at once per worker)
    lees_timeout: float = 30.0  # SLOW_READER_SECONDS (a client that reads none of a 64 KB part is cut off)
    shutdown_timeout: float = 40.0  # GRACEFUL_SHUTDOWN_SECONDS (must exceed the request timeout)
    api_token: str | None = None  # API_TOKEN (unset: no authentication)
    cors_origins: tuple[str, ...] = field(default=())  # CORS_ORIGINS (comma separated; unset: CORS off)
    # Connections (uvicorn, per worker): beyond LIMIT_CONCURRENCY open connections or running requests a
    # request gets 503 at once instead of queueing; an idle keep-alive connection is closed after
    # KEEP_ALIVE_TIMEOUT_SECONDS. uvicorn has no timeout for a client that trickles its headers or body:
    # the reverse proxy (deploy/nginx.conf, docs/deployment.md) cuts those off.
    limit_concurrency: int = 100  # LIMIT_CONCURRENCY
    keep_alive_timeout: int = 5  # KEEP_ALIVE_TIMEOUT_SECONDS
    # TRUSTED_HOSTS (comma separated host names the service answers to; "*" = any). Unset in the
    # environment: the local names (LOKALE_HOSTS). Built in code without it: any host.
    trusted_hosts: tuple[str, ...] = field(default=("*",))

    def __post_init__(self) -> None:
        if not (math.isfinite(self.request_timeout) and self.request_timeout > 0):
            raise OngeldigeInstelling(
                f"REQUEST_TIMEOUT_SECONDS must be a finite number of seconds above 0, not {self.request_timeout}"
            )
        if not (math.isfinite(self.lees_timeout) and self.lees_timeout > 0):
            raise OngeldigeInstelling(
                f"SLOW_READER_SECONDS must be a finite number of seconds above 0, not {self.lees_timeout}"
            )
        if not (math.isfinite(self.shutdown_timeout) and self.shutdown_timeout > self.request_timeout):
            raise OngeldigeInstelling(
                f"GRACEFUL_SHUTDOWN_SECONDS ({self.shutdown_timeout}) must be finite and longer than "
                f"REQUEST_TIMEOUT_SECONDS ({self.request_timeout}): a request in flight at shutdown must "
                "be able to finish"
            )
        if self.api_token is not None and (
            self.api_token != self.api_token.strip() or not self.api_token.isprintable() or " " in self.api_token
        ):
            raise OngeldigeInstelling(
                "API_TOKEN must not contain spaces, line breaks or other control characters "
                "(a trailing newline from a secrets file is a common cause: strip it)"
            )
        if not self.trusted_hosts:
            raise OngeldigeInstelling('TRUSTED_HOSTS must name at least one host (or "*" for any host)')

    @classmethod
    def uit_omgeving(cls) -> Instellingen:
        return cls(
            max_body_bytes=int_instelling("MAX_BODY_BYTES", cls.max_body_bytes),
            max_batch=int_instelling("MAX_BATCH_SIZE", cls.max_batch),
            max_kolommen=int_instelling("MAX_COLUMNAR_PERSONS", cls.max_kolommen),
            max_personen_calculate=int_instelling("MAX_CALCULATE_PERSONS", cls.max_personen_calculate),
            max_berekeningen=int_instelling("MAX_CALCULATIONS", cls.max_berekeningen),
            max_spoor=int_instelling("MAX_TRACE_CALCULATIONS", cls.max_spoor),
            request_timeout=_float("REQUEST_TIMEOUT_SECONDS", cls.request_timeout),
            max_hervorming_datums=int_instelling("MAX_REFORM_DATES", cls.max_hervorming_datums),
            max_hervorming_waarden=int_instelling("MAX_REFORM_VALUES", cls.max_hervorming_waarden),
            max_toelichting=int_instelling("MAX_EXPLAINED_PERSONS", cls.max_toelichting, minimum=0),
            max_zwaar=int_instelling("MAX_CONCURRENT_HEAVY", cls.max_zwaar),
            lees_timeout=_float("SLOW_READER_SECONDS", cls.lees_timeout),
            shutdown_timeout=_float("GRACEFUL_SHUTDOWN_SECONDS", cls.shutdown_timeout),
            api_token=os.environ.get("API_TOKEN") or None,
            cors_origins=_lijst("CORS_ORIGINS"),
            trusted_hosts=_lijst("TRUSTED_HOSTS", LOKALE_HOSTS),
            limit_concurrency=int_instelling("LIMIT_CONCURRENCY", cls.limit_concurrency),
            keep_alive_timeout=int_instelling("KEEP_ALIVE_TIMEOUT_SECONDS", cls.keep_alive_timeout),
        )
