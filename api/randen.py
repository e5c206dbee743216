"""The edges of the service: NL API Design Rules headers, security headers, trusted hosts, content type,
and the safety net that turns an unexpected exception into a logged 500 problem.

Two pure ASGI middlewares, so that every answer is covered, whoever wrote it:

* `Kopregels` (outermost) adds `API-Version` (ADR /core/version-header) and the security headers of ADR
  /core/transport/security-headers: `X-Content-Type-Options`, `Referrer-Policy`, a
  `Content-Security-Policy` with `frame-ancestors 'none'` (a page and its scripts from this origin only; an
  API answer loads nothing), `X-Frame-Options`, `Strict-Transport-Security` (honoured by browsers only over
  the TLS of the load balancer) and `Cache-Control: no-store` on every answer to a POST (they are about
  people). A header a route set itself is kept.
* `Poortwachter` (innermost, inside the request id, the access log and the token check) refuses a `Host`
  not in TRUSTED_HOSTS (400), and answers an unexpected exception with a 500 problem that carries the
  request id and gets its access-log line.

`json_vereist` refuses a body that is not `application/json` with 415 (a `text/plain` POST needs no CORS
preflight, so a hostile page could fire it); the app calls it before it reads any body.
"""

from __future__ import annotations

import re

from fastapi import Request
from inburgering_rules.api import fouten
from inburgering_rules.api.logboek import LOGGER

# The version of the /v1 contract (semver; ADR /core/semver). The major is in the base path (/v1).
API_VERSIE = "1.0.0"

CSP_API = "default-src 'none'; frame-ancestors 'none'"
CSP_PAGINA = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")
_CIJFERREEKS = re.compile(r"\d{8,}")


def veilige_request_id(waarde: str) -> bool:
    """A caller's `X-Request-ID` we may log and echo: a short token that cannot be personal data.

    Refused (a fresh id is used instead): anything outside [A-Za-z0-9._-], and a run of 8 or more digits
    once separators are dropped (a BSN `123456782`, `1234.56.782`, a birth date `1990-04-12`, a phone
    number). A UUID is always accepted. An e-mail address never passes the character set."""
    if _UUID.fullmatch(waarde):
        return True
    return bool(_REQUEST_ID.fullmatch(waarde)) and not _CIJFERREEKS.search(re.sub(r"[._-]", "", waarde))


class Kopregels:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        post = scope["method"] == "POST"

        async def verstuur(bericht) -> None:
            if bericht["type"] == "http.response.start":
                headers = list(bericht.get("headers", ()))
                namen = {naam.lower() for naam, _ in headers}
                html = any(n.lower() == b"content-type" and w.startswith(b"text/html") for n, w in headers)
                extra = {
                    b"api-version": API_VERSIE.encode(),
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"content-security-policy": (CSP_PAGINA if html else CSP_API).encode(),
                    b"x-frame-options": b"DENY",
                    b"strict-transport-security": b"max-age=31536000",
                }
                if post:
                    extra[b"cache-control"] = b"no-store"
                headers.extend((naam, waarde) for naam, waarde in extra.items() if naam not in namen)
                bericht = {**bericht, "headers": headers}
            await send(bericht)

        await self.app(scope, receive, verstuur)


def host_vertrouwd(host: str, vertrouwd: tuple[str, ...]) -> bool:
    """`host` (a Host header, maybe with a port) is one of `vertrouwd` ("*" any, "*.x.nl" subdomains)."""
    naam = host.rsplit(":", 1)[0] if host.count(":") == 1 or host.startswith("[") else host
    naam = naam.strip("[]").lower()
    return any(
        patroon == "*" or naam == patroon.lower() or (patroon.startswith("*.") and naam.endswith(patroon[1:].lower()))
        for patroon in vertrouwd
    )


class Poortwachter:
    def __init__(self, app, vertrouwde_hosts: tuple[str, ...]) -> None:
        self.app, self.vertrouwde_hosts = app, vertrouwde_hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        if not host_vertrouwd(request.headers.get("host", ""), self.vertrouwde_hosts):
            return await fouten.antwoord(request, ONBEKENDE_HOST)(scope, receive, send)
        begonnen = False

        async def verstuur(bericht) -> None:
            nonlocal begonnen
            begonnen = begonnen or bericht["type"] == "http.response.start"
            await send(bericht)

        try:
            await self.app(scope, receive, verstuur)
        except Exception as fout:
            LOGGER.error(
                "onverwachte fout",
                exc_info=(type(fout), None, None),  # the type only: a message may echo the input
                extra={"velden": {"request_id": scope.get("state", {}).get("request_id"), "pad": route(scope)}},
            )
            if begonnen:
                raise
            await fouten.antwoord(request, INTERNE_FOUT)(scope, receive, send)



def json_vereist(request: Request) -> None:
    """415 unless the body is declared `application/json` (a charset parameter is fine)."""
    soort = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if soort != "application/json":
        raise fouten.Probleem(
            415,
            "mediatype",
            "Mediatype niet ondersteund",
            "Unsupported media type",
            [fouten.Fout("/", f"Content-Type moet application/json zijn, niet {soort[:50]!r}",
                         f"Content-Type must be application/json, not {soort[:50]!r}", "application/json")],
        )


ONBEKENDE_HOST = fouten.Probleem(
    400,
    "onbekende-host",
    "Onbekende host",
    "Unknown host",
    [fouten.Fout("/", "Deze service antwoordt niet op deze host-naam",
                 "This service does not answer to this host name", "TRUSTED_HOSTS")],
)
INTERNE_FOUT = fouten.Probleem(
    500,
    "interne-fout",
    "Interne fout",
    "Internal error",
    [
        fouten.Fout(
            "/",
            "Er ging iets mis in de service; meld het request_id",
            "Something went wrong in the service; report the request_id",
        )
    ],
)


def route(scope) -> str:
    """The route template, not the concrete path: `/variable/{naam}` never logs which variable."""
    return getattr(scope.get("route"), "path", None) or "(onbekend)"
