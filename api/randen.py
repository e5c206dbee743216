"""The edges of the service: NL API Design Rules headers, security headers, trusted hosts, content type,
and the safety net that turns an unexpected exception into a logged 500 problem.

Two pure ASGI middlewares, so that every answer is covered, whoever wrote it:

* `Kopregels` (outermost) adds `API-Version` (ADR /core/version-header), `Content-Language` with `Vary:
  Accept-Language` where the answer's texts followed Accept-Language (problems, the `/v1` assessments), and the
  security headers of ADR /core/transport/security-headers: `X-Content-Type-Options`, `Referrer-Policy`, a
  `Content-Security-Policy` with `frame-ancestors 'none'` (a page and its scripts from this origin only; an
  API answer loads nothing), `X-Frame-Options`, `Strict-Transport-Security` (honoured by browsers only over
  the TLS of the load balancer) and `Cache-Control: no-store` on every answer to a POST (they are about
  people). A header a route set itself is kept.
* `Poortwachter` (innermost, inside the request id, the access log and the token check) refuses a `Host`
  not in TRUSTED_HOSTS (400), and answers an unexpected exception with a 500 problem that carries the
  request id and gets its access-log line.

`CORS` is Starlette's CORS layer with a refused preflight answered as a problem (below).

`alleen_json` refuses with 406 a request whose `Accept` allows no JSON answer (`aanvaard` reads the header; the
columnar route, which also answers Arrow, negotiates with it too); `bekende_query` refuses a query parameter the route
does not declare with 400. Both are checked by every route that answers JSON: the POST routes as they read the body
(`app.lees_body`), the GET routes as a dependency (`json_get`); the web page and the documentation pages are left
alone. `json_vereist` refuses a body that is not `application/json` with 415 (a `text/plain` POST needs no CORS
preflight, so a hostile page could fire it); the app calls it before it reads any body. `uniek` refuses a body
with a name twice in one object with 400 (orjson, which reads the bodies, silently keeps the last value): cheaply
where it can prove there is none, else with the standard library's parser (`unieke_sleutels`), which names where.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import orjson
from fastapi import Request
from fastapi.middleware.cors import CORSMiddleware
from inburgering_rules.api import fouten
from inburgering_rules.api.logboek import LOGGER
from starlette.datastructures import Headers

# The version of the /v1 contract (semver; ADR /core/semver). The major is in the base path (/v1).
API_VERSIE = "1.1.0"

CSP_API = "default-src 'none'; frame-ancestors 'none'"
CSP_PAGINA = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")
_CIJFERREEKS = re.compile(r"[0-9]{8,}")
# three numbers joined by separators, as a date is written (14-3-87, 1987.3.14); a case number has fewer
_DATUMVORM = re.compile(r"(?<![0-9])[0-9]{1,4}[._-][0-9]{1,2}[._-][0-9]{1,4}(?![0-9])")


def veilige_request_id(waarde: str) -> bool:
    """A caller's `X-Request-ID` we may log and echo: a short token that cannot be personal data.

    Refused (a fresh id is used instead): anything outside [A-Za-z0-9._-], a run of 8 or more digits
    once separators are dropped (a BSN `123456782`, `1234.56.782`, a birth date `1990-04-12`, a phone
    number), and three numbers joined as a date is written (`14-3-87`, `1987-3-14`). A UUID is always
    accepted. An e-mail address never passes the character set. A name (`FatimaZahra`) cannot be told
    from a token: docs/deployment.md asks callers for opaque ids."""
    if _UUID.fullmatch(waarde):
        return True
    return (bool(_REQUEST_ID.fullmatch(waarde)) and not _CIJFERREEKS.search(re.sub(r"[._-]", "", waarde))
            and not _DATUMVORM.search(waarde))


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
                if (taal := scope.get("state", {}).get(fouten.TAAL)) is not None:
                    _taal_erbij(headers, taal)
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


def _taal_erbij(headers: list, taal: str) -> None:
    """`Content-Language` and `Vary: Accept-Language` on an answer whose texts followed Accept-Language (the route
    or the problem asked `fouten.taal`): RFC 9110 (8.5, 12.5.5), so a cache gives no Dutch answer to who asked for
    English, and the client knows which it got."""
    headers.append((b"content-language", taal.encode()))
    for plek, (naam, waarde) in enumerate(headers):
        if naam.lower() == b"vary":
            headers[plek] = (naam, waarde + b", Accept-Language")
            return
    headers.append((b"vary", b"Accept-Language"))


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


class CORS(CORSMiddleware):
    """Starlette's CORS layer, but a preflight it refuses (400) is an `application/problem+json` problem in Dutch
    and English, naming what was refused (origin, method, headers, private network) and what is allowed, instead
    of its plain-text "Disallowed CORS origin". Starlette still decides and sets the CORS headers."""

    def preflight_response(self, request_headers: Headers):
        antwoord = super().preflight_response(request_headers)
        if antwoord.status_code < 400:
            return antwoord
        koppen = {k: v for k, v in antwoord.headers.items() if k not in ("content-type", "content-length")}
        return _Geweigerd(self._weigering(request_headers, antwoord.status_code), koppen)

    def _weigering(self, koppen: Headers, status: int) -> fouten.Probleem:
        lijst = []
        herkomst, methode = koppen["origin"], koppen["access-control-request-method"]
        if not self.is_allowed_origin(origin=herkomst):
            herkomsten = [*self.allow_origins, *([self.allow_origin_regex.pattern] if self.allow_origin_regex else [])]
            lijst.append(fouten.Fout("/", f"Origin {fouten.kort(herkomst)!r} is niet toegestaan",
                                     f"Origin {fouten.kort(herkomst)!r} is not allowed", herkomsten))
        if methode not in self.allow_methods:
            lijst.append(fouten.Fout("/", f"Methode {fouten.kort(methode)!r} is niet toegestaan",
                                     f"Method {fouten.kort(methode)!r} is not allowed", list(self.allow_methods)))
        gevraagd = koppen.get("access-control-request-headers")
        if gevraagd is not None and not self.allow_all_headers:
            vreemd = [h.strip() for h in gevraagd.lower().split(",") if h.strip() not in self.allow_headers]
            if vreemd:
                namen = ", ".join(map(repr, vreemd[:10]))[:200]
                lijst.append(fouten.Fout("/", f"Header(s) niet toegestaan: {namen}", f"Header(s) not allowed: {namen}",
                                         list(self.allow_headers)))
        if "access-control-request-private-network" in koppen and not self.allow_private_network:
            lijst.append(fouten.Fout("/", "Toegang tot een privénetwerk is niet toegestaan",
                                     "Private network access is not allowed"))
        if not lijst:  # a refusal of a kind this Starlette knows and this code does not
            lijst.append(fouten.Fout("/", "Dit CORS-preflightverzoek is niet toegestaan",
                                     "This CORS preflight request is not allowed"))
        return fouten.Probleem(status, "cors", "CORS-verzoek geweigerd", "CORS request refused", lijst)


class _Geweigerd:
    """A refused preflight as an ASGI answer: the problem in the caller's language, with Starlette's CORS headers."""

    def __init__(self, probleem: fouten.Probleem, koppen: dict[str, str]) -> None:
        self.probleem, self.koppen = probleem, koppen

    async def __call__(self, scope, receive, send) -> None:
        antwoord = fouten.antwoord(Request(scope), self.probleem)
        antwoord.headers.update(self.koppen)
        await antwoord(scope, receive, send)


def json_vereist(request: Request) -> None:
    """415 unless the body is declared `application/json`. A charset parameter has no effect (RFC 8259 section 11:
    JSON between systems is UTF-8); a body that is not UTF-8 is a 400 saying so (`service.lees_json`)."""
    soort = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if soort != "application/json":
        raise fouten.Probleem(
            415,
            "mediatype",
            "Mediatype niet ondersteund",
            "Unsupported media type",
            [fouten.Fout("/", f"Content-Type moet application/json zijn, niet {fouten.kort(soort)!r}",
                         f"Content-Type must be application/json, not {fouten.kort(soort)!r}", "application/json")],
        )


# What an Accept header must allow for a JSON answer (a problem is JSON too).
JSON_AANVAARD = frozenset({"application/json", "application/problem+json", "application/*", "*/*"})


def soort_en_q(deel: str) -> tuple[str, float]:
    """The media type of one part of an Accept header, lower case, and its q-value: 1 when not given or not a
    number, at most 1, and a q below 0 is 0 (refused)."""
    soort, *kenmerken = (k.strip().lower() for k in deel.split(";"))
    q = 1.0
    for kenmerk in kenmerken:
        if kenmerk.startswith("q="):
            try:
                q = float(kenmerk[2:])
            except ValueError:
                q = 1.0
            q = 1.0 if q != q else min(max(q, 0.0), 1.0)  # NaN: not a number
    return soort, q


def _aanvaard(deel: str) -> str:
    """The media type of one part of an Accept header, lower case; "" when empty or refused with `q=0`."""
    soort, q = soort_en_q(deel)
    return soort if q > 0 else ""


def aanvaard(accept: str) -> list[str] | None:
    """The media types an Accept header allows (its first 500 characters), lower case, without those refused with
    `q=0`; None for an empty header, which allows any."""
    delen = [deel for deel in accept[:500].split(",") if deel.strip()]
    return [soort for deel in delen if (soort := _aanvaard(deel))] if delen else None


def niet_aanvaardbaar(soorten: list[str]) -> fouten.Probleem:
    """406: the Accept header allows none of `soorten`, the formats the route answers in."""
    return fouten.Probleem(406, "niet-aanvaardbaar", "Antwoordformaat niet beschikbaar", "Answer format not available",
                           [fouten.Fout("/", f"Accept moet {' of '.join(soorten)} toestaan",
                                        f"Accept must allow {' or '.join(soorten)}", soorten)])


@lru_cache(maxsize=256)
def _json_aanvaard(accept: str) -> bool:
    """Whether an Accept header (its first 500 characters) allows JSON; per header once (a browser's takes some 8 us
    to read, and callers send few different ones)."""
    return staat_json_toe(aanvaard(accept))


def staat_json_toe(soorten) -> bool:
    """Whether the media types of an Accept header (`aanvaard`; None: no header) allow a JSON answer."""
    return soorten is None or not JSON_AANVAARD.isdisjoint(soorten)


def alleen_json(request: Request) -> None:
    """406 unless the Accept header, when given, allows JSON (`JSON_AANVAARD`): a JSON-only route answered JSON to
    `Accept: application/vnd.apache.arrow.stream` while the columnar route refused what it cannot give. About a
    microsecond a request (`_json_aanvaard`)."""
    if not _json_aanvaard(request.headers.get("accept", "")[:500]):
        raise niet_aanvaardbaar(["application/json"])


async def json_get(request: Request) -> None:
    """The dependency of every GET route that answers JSON: the checks a POST route makes as it reads its body
    (`bekende_query`, `alleen_json`). Async, so FastAPI runs it on the event loop."""
    bekende_query(request)
    alleen_json(request)


def bekende_query(request: Request) -> None:
    """400 for a query parameter the route does not declare, or one given twice. FastAPI ignores an unknown one and
    takes the last of a repeated one: `/v1/beoordeling?hervorming=x` was answered under the current law, as if asked."""
    if not request.scope.get("query_string"):
        return
    route = request.scope.get("route")
    bekend = sorted(p.alias for p in route.dependant.query_params) if route is not None else []
    gezien: set[str] = set()
    for naam, _ in request.query_params.multi_items():
        if naam not in bekend or naam in gezien:
            kort = fouten.kort(naam)
            nl, en = ((f"Queryparameter {kort!r} is hier onbekend", f"Query parameter {kort!r} is not known here")
                      if naam not in bekend else
                      (f"Queryparameter {kort!r} staat er twee keer", f"Query parameter {kort!r} is given twice"))
            raise fouten.ongeldig([fouten.Fout(f"?{kort}", nl, en, bekend or "geen / none")])
        gezien.add(naam)


class _Dubbel(Exception):
    """An object of the body has a name twice (not a ValueError: that means "not JSON")."""


def _geen_dubbele(paren: list) -> None:
    if len(paren) > 1 and len(dict(paren)) != len(paren):
        raise _Dubbel
    # None, not the object: the check keeps no copy of the body's objects


def uniek(body: bytes, data, tekst_met_dubbelpunt: bool = False):
    """`data`, what orjson read from `body`, after a 400 when `body` has a name twice in one object. Cheap: every
    name of `body` is followed by a ':', so `body` has at least as many ':' as names; orjson keeps the last of each
    name, so `data` has fewer names than `body` exactly when one was given twice. Equal counts (the names of `data`
    counted where `_namen` looks) prove there is none. 100,000 persons in columns: 4 ms.

    A ':' in a text (DUO's timestamps, `2024-01-10T09:30:00`) makes that count differ. Then `data` is written out
    again: orjson writes every ':' of a name and of a text as it is, and `body` holds all of that plus, for each name
    given twice, at least that name's ':'. So equal counts prove there is none too, unless a ':' in `body` was written
    as an escape (`\\u003a`). Writing out costs more than the count of names where texts have no ':' (100,000
    persons in columns: 40 ms), so it comes second, and less where they do: `tekst_met_dubbelpunt` (the DUO routes)
    skips the count of names (a DUO batch of 10,000 persons: about 330 -> 50 ms). When neither decides, the full check
    (`unieke_sleutels`), which also names where."""
    dubbelpunten = body.count(b":")
    if not tekst_met_dubbelpunt and dubbelpunten == _namen(data):
        return data
    if b"\\u003" not in body and dubbelpunten == _dubbelpunten_uitgeschreven(data):
        return data
    unieke_sleutels(body)
    return data


def _dubbelpunten_uitgeschreven(data) -> int | None:
    """The ':' of `data` written out by orjson; None when it cannot (it writes up to 254 levels, reads 1,024)."""
    try:
        return orjson.dumps(data).count(b":")
    except orjson.JSONEncodeError:
        return None


def _namen(data) -> int:
    """The names of the objects in `data` reached through objects and through lists that begin with an object or a
    list: a list of values (a column of 100,000) is not walked, so an object later in it is not counted."""
    aantal, stapel = 0, [data]
    while stapel:
        knoop = stapel.pop()
        if type(knoop) is dict:
            aantal += len(knoop)
            stapel.extend([w for w in knoop.values() if type(w) is dict or type(w) is list])
        elif type(knoop) is list and knoop and (type(knoop[0]) is dict or type(knoop[0]) is list):
            stapel.extend([w for w in knoop if type(w) is dict or type(w) is list])
    return aantal


def unieke_sleutels(body: bytes) -> None:
    """A 400 naming the path of every name (up to `fouten.MAX_FOUTEN`) given twice in one object of `body`:
    `{"peildatum": "2025-01-01", "peildatum": "2026-01-01"}` was read as its last value without a word. The
    standard library's parser looks at each object's names: a second parse (about 50 ms for a batch of 10,000
    persons), where `uniek` cannot decide cheaply. A body that is not JSON passes: the route's parser says why, as it
    always did."""
    try:
        json.loads(body, object_pairs_hook=_geen_dubbele)
    except _Dubbel:
        try:
            raise fouten.ongeldig(_dubbele_namen(body)) from None
        except RecursionError:
            raise fouten.ongeldig([_TE_DIEP]) from None
    except RecursionError:  # orjson reads up to 1,024 levels, this parser fewer: no body of this API nests so deep
        raise fouten.ongeldig([_TE_DIEP]) from None
    except ValueError:
        return


_TE_DIEP = fouten.Fout("/", "JSON is te diep genest", "JSON is nested too deeply",
                       "minder diep genest / nested less deeply")


def _dubbele_namen(body: bytes) -> list[fouten.Fout]:
    """Where `body` has a name twice: parsed once more, keeping the objects, to give their paths."""
    dubbel: dict[int, tuple[dict, list[str]]] = {}  # the object itself is kept: a freed one's id can come back

    def object_(paren: list) -> dict:
        uit = dict(paren)
        if len(uit) != len(paren):
            namen = [naam for naam, _ in paren]
            dubbel[id(uit)] = (uit, list(dict.fromkeys(n for i, n in enumerate(namen) if n in namen[:i])))
        return uit

    stapel: list[tuple[tuple, object]] = [((), json.loads(body, object_pairs_hook=object_))]
    uit = []
    while stapel and len(uit) < fouten.MAX_FOUTEN:
        plek, knoop = stapel.pop()
        if isinstance(knoop, dict):
            gevonden = dubbel.get(id(knoop))
            uit.extend(
                fouten.Fout(fouten.pad((*plek, naam)), f"Naam {fouten.kort(naam)!r} staat meer dan eens in dit object",
                            f"Name {fouten.kort(naam)!r} is given more than once in this object",
                            "elke naam één keer / each name once")
                for naam in (gevonden[1] if gevonden and gevonden[0] is knoop else ())
            )
            stapel.extend(((*plek, naam), waarde) for naam, waarde in reversed(knoop.items()))
        elif isinstance(knoop, list):
            stapel.extend(((*plek, i), waarde) for i, waarde in reversed(list(enumerate(knoop))))
    return uit[: fouten.MAX_FOUTEN]


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
