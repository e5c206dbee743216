"""The lean path: the hot POST routes answered without FastAPI's router and dependency layer (issue 14).

`Snelweg` is the innermost middleware, so every concern of the service (`randen.Kopregels`, the request id
and access log, CORS, the token, `randen.Poortwachter`'s trusted hosts and 500 safety net) runs exactly as
it does for any other route: one implementation of each. A `POST` to a hot path without a query string calls
the SAME route function FastAPI would call (body limit, 415, timeouts, heavy slots, slow-reader cut-off live
in those functions), with `scope["route"]` set to FastAPI's route (the access log names its template), and a
`fouten.Probleem` becomes the same problem+json the app's exception handler writes. Everything else goes to
FastAPI unchanged: another method, a query string (FastAPI validates it), a `root_path`, any other path.
The routes stay registered in FastAPI, so the OpenAPI document does not change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute
from inburgering_rules.api import fouten

Routefunctie = Callable[[Request], Awaitable[Response]]


class Snelweg:
    def __init__(self, app, routes: dict[str, tuple[APIRoute, Routefunctie]]) -> None:
        """`routes`: path -> (FastAPI's route, its function); filled by `hot` once the routes exist."""
        self.app, self.routes = app, routes

    async def __call__(self, scope, receive, send) -> None:
        gewoon = scope["type"] == "http" and not (scope["query_string"] or scope.get("root_path"))
        if gewoon and scope["method"] == "POST" and (doel := self.routes.get(scope["path"])):
            scope["route"], functie = doel
            request = Request(scope, receive)
            try:
                antwoord = await functie(request)
            except fouten.Probleem as fout:
                antwoord = fouten.antwoord(request, fout)
            return await antwoord(scope, receive, send)
        await self.app(scope, receive, send)


def hot(app: FastAPI, functies: dict[str, Routefunctie]) -> dict[str, tuple[APIRoute, Routefunctie]]:
    """The `routes` of `Snelweg`: each path of `functies` with its POST route of `app`."""
    post = {r.path: r for r in app.routes if isinstance(r, APIRoute) and "POST" in r.methods}
    return {pad: (post[pad], functie) for pad, functie in functies.items()}
