"""The FastAPI application: thin routes over `service.Dienst` and `openfisca_compat`.

`create_app()` is the factory uvicorn runs (`serve.py`). Middleware (plain ASGI) adds a request id, a JSON
access log (no personal data), the `Country-Package` headers and the optional bearer token; CORS is off
unless `CORS_ORIGINS` is set. `randen.py` adds the NL API Design Rules and security headers, trusted hosts,
the JSON content type and the 500 safety net. The hot POST routes skip FastAPI's router (`snelweg.py`), and
a small request is evaluated on the event loop once such work has shown to be quick (`werk.OpDeLus`).
"""

from __future__ import annotations

import asyncio
import gc
import hmac
import logging
import time
import uuid
from dataclasses import replace
from pathlib import Path

import anyio
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, RedirectResponse, Response
from inburgering_rules.api import docs, duo, fouten, kolommen, randen, schemas
from inburgering_rules.api.bundel import Bundelaar
from inburgering_rules.api.fouten import JSON, taal
from inburgering_rules.api.instellingen import Instellingen
from inburgering_rules.api.logboek import LOGGER
from inburgering_rules.api.openfisca_compat import Metadata, Rekenaar
from inburgering_rules.api.service import Dienst, json_bytes, lees_json
from inburgering_rules.api.snelweg import Snelweg, hot
from inburgering_rules.api.werk import OpDeLus, Teruggave, Werkplaats
from inburgering_rules.hervormingen import afgeleid, benoemde_hervormingen
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException

STATIC = Path(__file__).parent / "static"
# Open without the token: the health check, the contract and its documentation (ADR /core/publish-openapi),
# and the files of the web page (they hold no data; the page asks for the token when the API wants one).
_VRIJ_VAN_TOKEN = frozenset({"/health", *docs.OPENBAAR})
_PAGINA = frozenset({"/", *(f"/{bestand.name}" for bestand in STATIC.iterdir() if bestand.is_file())}
                    if STATIC.is_dir() else ())
# A request body up to this size is small (one person, a few for /calculate): read on the event loop, and
# evaluated there (bundled with concurrent ones) once such work has shown to be quick (`werk.OpDeLus`), as
# long as a bundle has at most KLEIN_BUNDEL persons (/v1/beoordeling) or requests (/calculate).
KLEIN = 16 * 1024
KLEIN_BUNDEL = 8
# The checks of every GET route that answers JSON (a POST route makes them in `lees_body`); not on the web page and
# the documentation pages.
JSON_GET = [Depends(randen.json_get)]


class Verzonden(Response):
    """An answer serialised in the worker thread (whole, or in parts to be sent one after the other), sent in
    slices of `DEEL` bytes with backpressure.

    A client that does not take a slice within `lees_timeout` seconds is cut off (its connection is
    closed), so a reader that never reads cannot pin a large answer. A large answer, once sent, moves on
    the moment freed memory goes back to the operating system (`werk.Teruggave`)."""

    media_type = "application/json"
    DEEL = 64 * 1024
    GROOT = 4 * 1024 * 1024

    def __init__(
        self, inhoud: bytes | list[bytes | memoryview], lees_timeout: float, teruggave: Teruggave
    ) -> None:
        self.delen = [inhoud] if isinstance(inhoud, bytes) else inhoud
        self.lengte = sum(len(deel) for deel in self.delen)
        super().__init__(headers={"content-length": str(self.lengte)})
        self.lees_timeout, self.teruggave = lees_timeout, teruggave

    async def __call__(self, scope, receive, send) -> None:
        delen, self.delen = self.delen[::-1], []  # popped from the end: a part sent is let go
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        try:
            while delen:
                inhoud = delen.pop()
                for begin in range(0, len(inhoud), self.DEEL):
                    async with asyncio.timeout(self.lees_timeout):
                        deel = bytes(inhoud[begin : begin + self.DEEL])  # a slice of bytes is not copied again
                        await send({"type": "http.response.body", "body": deel, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except TimeoutError:
            LOGGER.warning("langzame lezer afgebroken", extra={"velden": {"bytes": self.lengte}})
            raise
        finally:
            if self.lengte >= self.GROOT:
                self.teruggave.plan()


async def lees_body(request: Request, limiet: int, alleen_json: bool = True) -> bytes:
    """The body, refused with 415 unless it is JSON and with 413 as soon as it exceeds `limiet` bytes; a query
    parameter the route does not know is a 400 first, and an Accept header that allows no JSON a 406
    (`randen.alleen_json`; `alleen_json=False` for a route that negotiates its own formats)."""
    randen.bekende_query(request)
    randen.json_vereist(request)
    if alleen_json:
        randen.alleen_json(request)
    lengte = request.headers.get("content-length", "")
    if lengte.isdigit() and int(lengte) > limiet:
        raise fouten.te_groot("De body", "The body", limiet)
    delen, totaal = [], 0
    async for deel in request.stream():
        totaal += len(deel)
        if totaal > limiet:
            raise fouten.te_groot("De body", "The body", limiet)
        delen.append(deel)
    return b"".join(delen)


def create_app(instellingen: Instellingen | None = None) -> FastAPI:
    dienst = Dienst(instellingen)
    instellingen = dienst.instellingen
    metadata = Metadata(dienst.basis.systeem)
    app = FastAPI(
        title="Wet inburgering 2021: beslisservice",
        version=dienst.metadata["version"],
        description=docs.BESCHRIJVING,
        default_response_class=JSON,
        openapi_tags=docs.TAGS,
        redirect_slashes=False,  # ADR /core/no-trailing-slash: `/v1/vergelijk/` is a 404, not a redirect
        generate_unique_id_function=lambda route: route.name,  # operationId = the route function's name
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # served below as a route of its own, with the checks of every JSON route (`JSON_GET`)
    )

    async def binnen_tijd(taak):
        """Await `taak`, bounded by the request timeout (503, never a hang). `asyncio.timeout`, not anyio's
        `fail_after`: the service runs on asyncio, and it costs half as much per request."""
        try:
            async with asyncio.timeout(instellingen.request_timeout):
                return await taak
        except TimeoutError:
            grens = instellingen.request_timeout
            raise fouten.Probleem(
                503,
                "time-out",
                "Berekening duurde te lang",
                "Calculation took too long",
                [fouten.Fout("/", f"Niet klaar binnen {grens} s", f"Not done within {grens} s")],
            ) from None

    werkplaats = Werkplaats(instellingen.max_zwaar)
    app.state.werkplaats = werkplaats

    async def draai(functie, *args):
        """CPU work in a slot of the `werkplaats`, bounded by the request timeout (stopped after it)."""
        return await binnen_tijd(werkplaats.draai(functie, *args))

    def verzonden(inhoud: bytes | list[bytes | memoryview]) -> Verzonden:
        return Verzonden(inhoud, instellingen.lees_timeout, werkplaats.teruggave)

    async def zwaar(functie, *args) -> Verzonden:
        """Heavy work (parsing, reform, evaluation and the JSON dump) via `draai`; the answer is sent
        in parts (`Verzonden`)."""
        return verzonden(await draai(lambda: json_bytes(functie(*args))))

    op_de_lus = OpDeLus()

    async def bundel_draai(bereken, stelsel, peildatum, personen, *rest):
        """A bundle of a few persons on the event loop (once quick, `OpDeLus`); a larger one in a thread."""
        if len(personen) > KLEIN_BUNDEL:
            return await anyio.to_thread.run_sync(bereken, stelsel, peildatum, personen, *rest)
        args = (stelsel, peildatum, personen, *rest)
        return await op_de_lus.draai(stelsel, anyio.to_thread.run_sync, bereken, *args)

    bundelaar = Bundelaar(dienst.resultaten, bundel_draai)
    reken_samen = Bundelaar(lambda basis, vorm, situaties, *_: basis.samen(situaties), bundel_draai)

    def rekenaar(hervorming: str | None) -> Rekenaar:
        stelsel = dienst.stelsel(hervorming, pad="?hervorming")
        grenzen = (instellingen.max_personen_calculate, instellingen.max_berekeningen, instellingen.max_spoor)
        return afgeleid(stelsel.systeem, f"api.rekenaar{grenzen}", lambda: Rekenaar(stelsel, *grenzen))

    snelweg: dict = {}  # filled below, once the routes exist
    app.add_middleware(Snelweg, routes=snelweg)  # innermost: every middleware below runs for it too
    app.add_middleware(randen.Poortwachter, vertrouwde_hosts=instellingen.trusted_hosts)
    _middleware(app, instellingen, metadata.pakket)
    app.add_middleware(randen.Kopregels)  # outermost: its headers are on every answer
    _foutafhandeling(app)

    @app.get("/health", tags=["beheer"], dependencies=JSON_GET)
    def health() -> dict:
        return {"status": "ok", "versie": dienst.metadata["version"], "regels_sha256": dienst.regels_sha256}

    def lees_beoordeling(body: bytes):
        return dienst.lees_beoordeling(randen.uniek(body, lees_json(body)))

    @app.post("/v1/beoordeling", tags=["beoordeling"], **docs.beoordeling(dienst))
    async def beoordeling(request: Request):
        body, gekozen = await lees_body(request, instellingen.max_body_bytes), taal(request)

        async def beoordeel() -> dict:
            # A small body without a reform is read on the event loop (no reform to build: microseconds);
            # anything else is parsed, and a reform built, in a thread inside the time limit.
            data = randen.uniek(body, lees_json(body)) if len(body) <= KLEIN else None
            if isinstance(data, dict) and data.get("hervorming") is None:
                verzoek = dienst.lees_beoordeling(data)
            else:
                verzoek = await anyio.to_thread.run_sync(lees_beoordeling, body, abandon_on_cancel=True)
            resultaat = await bundelaar.beoordeel(
                verzoek.stelsel, verzoek.peildatum, verzoek.persoon, gekozen, verzoek.toelichting
            )
            return {**resultaat, "ontvangstbewijs": dienst.ontvangstbewijs(verzoek.invoer, gekozen)}

        return JSON(await binnen_tijd(beoordeel()))

    @app.post("/v1/beoordeling/batch", tags=["beoordeling"], **docs.batch(dienst))
    async def batch(request: Request):
        body = await lees_body(request, instellingen.max_body_bytes)
        return verzonden(await draai(dienst.batch, body, taal(request)))

    @app.post("/v1/beoordeling/kolommen", tags=["beoordeling"], **docs.kolommen(dienst))
    async def beoordeling_kolommen(request: Request):
        body = await lees_body(request, instellingen.max_body_bytes, alleen_json=False)
        formaat = kolommen.gewenst(request.headers.get("accept", ""))
        if formaat != kolommen.ARROW:
            antwoord = await zwaar(kolommen.antwoord, dienst, body, formaat, taal(request))
        else:
            antwoord = Response(await draai(kolommen.antwoord, dienst, body, formaat, taal(request)), media_type=formaat)
        antwoord.headers["Vary"] = "Accept"  # the format followed it (RFC 9110 12.5.5); Kopregels adds Accept-Language
        return antwoord

    @app.post("/v1/vergelijk", tags=["hervormingen"], **docs.vergelijk(dienst))
    async def vergelijk(request: Request):
        body = await lees_body(request, instellingen.max_body_bytes)
        return await zwaar(dienst.vergelijk, body, taal(request))

    @app.get("/v1/hervormingen", tags=["hervormingen"], response_model=list[schemas.Hervormingsbeschrijving],
             dependencies=JSON_GET)
    def hervormingen() -> list[dict]:
        return benoemde_hervormingen()

    hervorming_query = Query(
        None,
        max_length=100,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Naam van een hervorming / name of a reform",
    )

    @app.post("/calculate", tags=["openfisca"], **docs.calculate())
    async def calculate(request: Request, hervorming: str | None = hervorming_query):
        body = await lees_body(request, instellingen.max_body_bytes)
        if hervorming is None and len(body) <= KLEIN:
            # A few persons: read on the event loop; concurrent requests of one shape in one evaluation,
            # on the event loop once quick (`bundel_draai`).
            basis = rekenaar(None)
            data, situatie = basis.lees(body)
            samen = reken_samen.beoordeel(basis, basis.vorm(situatie), situatie, "", False)
            inhoud = json_bytes(basis.antwoord(data, situatie, await binnen_tijd(samen)))
            return verzonden(inhoud)
        return await zwaar(lambda: rekenaar(hervorming).calculate(body))

    @app.post("/trace", tags=["openfisca"], **docs.calculate())
    async def trace(request: Request, hervorming: str | None = hervorming_query):
        body = await lees_body(request, instellingen.max_body_bytes)
        return await zwaar(lambda: rekenaar(hervorming).trace(body))

    @app.get("/entities", tags=["openfisca"], dependencies=JSON_GET)
    def entities() -> JSON:
        return JSON(metadata.data["entities"])

    @app.get("/variables", tags=["openfisca"], dependencies=JSON_GET)
    def variables(request: Request) -> JSON:
        return JSON(metadata.variables(str(request.base_url)))

    @app.get("/variable/{naam}", tags=["openfisca"], responses=docs.NIET_GEVONDEN, dependencies=JSON_GET)
    def variable(naam: str) -> JSON:
        return JSON(metadata.variable(naam))

    @app.get("/parameters", tags=["openfisca"], dependencies=JSON_GET)
    def parameters(request: Request) -> JSON:
        return JSON(metadata.parameters(str(request.base_url)))

    @app.get("/parameter/{pad:path}", tags=["openfisca"], responses=docs.NIET_GEVONDEN, dependencies=JSON_GET)
    def parameter(pad: str) -> JSON:
        return JSON(metadata.parameter(pad))

    @app.get("/spec", tags=["openfisca"], dependencies=JSON_GET)
    def spec(request: Request) -> JSON:
        return JSON(metadata.spec(str(request.base_url)))

    @app.get("/", include_in_schema=False)
    def root(request: Request):
        return _statisch(request) or RedirectResponse("/docs")

    snelweg.update(hot(app, {
        "/calculate": lambda request: calculate(request, None),
        "/v1/beoordeling": beoordeling,
        "/v1/beoordeling/batch": batch,
        "/v1/beoordeling/kolommen": beoordeling_kolommen,
    }))

    duo_dienst = duo.routes(app, dienst, bundelaar=bundelaar, lees_body=lees_body, taal=taal,
                            binnen_tijd=binnen_tijd, draai=draai, zwaar=zwaar, antwoord=JSON, klein=KLEIN)
    v1_document = docs.openapi(app, dienst, met_token=instellingen.api_token is not None)
    duo.openapi(app, duo_dienst)
    docs.enum_componenten(app, dienst)  # last: over every schema the others added
    docs.pagina_routes(app)

    @app.get("/v1/openapi.json", tags=["beheer"], summary="Dit contract / this contract (OpenAPI)",
             dependencies=JSON_GET)
    def openapi_v1() -> JSON:
        return JSON(v1_document())

    @app.get("/openapi.json", include_in_schema=False, dependencies=JSON_GET)
    def openapi_alle() -> JSON:
        """Every route's contract (FastAPI's own route for it takes no dependency)."""
        return JSON(app.openapi())

    # The rules, models and app live as long as the process: move them out of the collector's sight so that
    # no collection walks them again (issue 14; see BENCHMARKS.md).
    gc.collect()
    gc.freeze()
    return app


def _statisch(request: Request) -> FileResponse | None:
    """A file of the web page in `api/static/` for a GET no route answered (`/` is `index.html`)."""
    if request.method != "GET" or not STATIC.is_dir():
        return None
    try:
        pad = (STATIC / (request.url.path.lstrip("/") or "index.html")).resolve()
        if pad.is_file() and pad.is_relative_to(STATIC.resolve()):
            return FileResponse(pad)
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte: not a file of ours
        pass
    return None


def _middleware(app: FastAPI, instellingen: Instellingen, pakket: dict) -> None:
    """Outside in: request id and log line, then CORS, then the token check. So a CORS preflight is
    answered before the token is asked for, and a 401 carries the CORS headers a browser needs to read it.
    Plain ASGI (no `BaseHTTPMiddleware`: its task group and streams cost more than a small answer)."""
    token = instellingen.api_token.encode() if instellingen.api_token else None
    app.add_middleware(Tokencontrole, token=token)  # each added middleware wraps the ones before it
    if instellingen.cors_origins:
        app.add_middleware(
            randen.CORS,
            allow_origins=list(instellingen.cors_origins),
            allow_methods=["GET", "HEAD", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept-Language", "X-Request-ID"],
            expose_headers=["X-Request-ID", "API-Version"],
        )
    vaste_headers = [
        (b"country-package", pakket["name"].encode()),
        (b"country-package-version", pakket["version"].encode()),
    ]
    app.add_middleware(Verzoeklog, vaste_headers=vaste_headers)


class Tokencontrole:
    """The bearer token (when API_TOKEN is set) on everything but the open paths; else a 401 problem."""

    def __init__(self, app, token: bytes | None) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and self.token:
            request = Request(scope)
            pad = request.url.path
            open_ = pad in _VRIJ_VAN_TOKEN or (request.method == "GET" and pad in _PAGINA)
            if not open_ and not _token_klopt(request, self.token):
                antwoord = _probleem_antwoord(request, _NIET_GEAUTORISEERD)
                antwoord.headers["WWW-Authenticate"] = "Bearer"
                return await antwoord(scope, receive, send)
        await self.app(scope, receive, send)


_NIET_GEAUTORISEERD = fouten.Probleem(
    401,
    "niet-geautoriseerd",
    "Niet geautoriseerd",
    "Unauthorized",
    [fouten.Fout("/", "Bearer-token ontbreekt of klopt niet", "Bearer token missing or wrong",
                 "Authorization: Bearer <token>")],
)


class Verzoeklog:
    """The request id (the caller's `X-Request-ID` when it is safe to echo, else a fresh one) in
    `scope["state"]` and on the answer, the `Country-Package` headers, and one JSON access-log line per
    answer (route template, status, duration to the start of the answer; no personal data).

    A HEAD is answered as the GET of the same URL without its body (RFC 9110 9.3.2): same status and headers
    (`Content-Length` included), on every GET route, with no route of its own (the OpenAPI document does not
    change). The app gets a copy of the scope saying GET; the server's own scope keeps HEAD, so it sends no
    body either, and the log line says HEAD."""

    def __init__(self, app, vaste_headers: list[tuple[bytes, bytes]]) -> None:
        self.app, self.vaste_headers = app, vaste_headers

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        begin = time.perf_counter()
        head = scope["method"] == "HEAD"
        koppen = Headers(scope=scope)
        request_id = koppen.get("x-request-id", "")
        if not randen.veilige_request_id(request_id):
            request_id = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id  # shared with a HEAD's copy: what the app notes
        binnen = {**scope, "method": "GET"} if head else scope      # there (`fouten.TAAL`) reaches the outer layers

        async def verstuur(bericht) -> None:
            if bericht["type"] == "http.response.start":
                headers = MutableHeaders(raw=list(bericht.get("headers", ())))
                headers["X-Request-ID"] = request_id
                bericht = {**bericht, "headers": headers.raw + self.vaste_headers}
                if LOGGER.isEnabledFor(logging.INFO):
                    lengte = koppen.get("content-length", "")
                    velden = {
                        "request_id": request_id,
                        "methode": scope["method"],
                        "pad": randen.route(binnen),
                        "status": bericht["status"],
                        "duur_ms": round((time.perf_counter() - begin) * 1000, 2),
                        "body_bytes": int(lengte) if lengte.isdigit() else None,
                    }
                    LOGGER.info("verzoek", extra={"velden": velden})
            elif head and bericht.get("body"):
                bericht = {**bericht, "body": b""}
            await send(bericht)

        await self.app(binnen, receive, verstuur)


def _token_klopt(request: Request, token: bytes) -> bool:
    soort, _, waarde = request.headers.get("authorization", "").partition(" ")
    return soort.lower() == "bearer" and hmac.compare_digest(waarde.strip().encode(), token)


_probleem_antwoord = fouten.antwoord


def _foutafhandeling(app: FastAPI) -> None:
    @app.exception_handler(fouten.Probleem)
    async def probleem(request: Request, fout: fouten.Probleem):
        return _probleem_antwoord(request, fout)

    @app.exception_handler(RequestValidationError)
    async def validatie(request: Request, fout: RequestValidationError):
        lijst = [{k: v for k, v in f.items() if k != "input"} for f in fout.errors()]
        probleem = fouten.van_validatie(lijst, lambda loc: None)
        # a query parameter as the service names it elsewhere: "?hervorming", not "/query/hervorming"
        probleem.fouten = [replace(f, pad="?" + f.pad.removeprefix("/query/")) if f.pad.startswith("/query/") else f
                           for f in probleem.fouten]
        return _probleem_antwoord(request, probleem)

    @app.exception_handler(HTTPException)
    async def http(request: Request, fout: HTTPException):
        if fout.status_code == 404 and (bestand := _statisch(request)):
            return bestand
        nl, en = {
            404: ("Niet gevonden", "Not found"),
            405: ("Methode niet toegestaan", "Method not allowed"),
        }.get(fout.status_code, ("Fout in het verzoek", "Request error"))
        antwoord = _probleem_antwoord(
            request,
            fouten.Probleem(
                fout.status_code,
                "http",
                nl,
                en,
                [fouten.Fout(request.url.path[:200], nl, en, "zie / see /docs")],
            ),
        )
        koppen = dict(fout.headers or {})
        if "GET" in koppen.get("Allow", "").split(", "):  # every GET route answers HEAD too (`Verzoeklog`)
            koppen["Allow"] = koppen["Allow"].replace("GET", "GET, HEAD", 1)
        antwoord.headers.update(koppen)
        return antwoord
