"""The HTTP floor: a trivial FastAPI echo endpoint under the same uvicorn settings as our service.

`python bench/echo_app.py` reads HOST/PORT/WORKERS like `inburgering_rules.api.serve` and calls
`uvicorn.run` with the same keyword arguments (uvloop + httptools when installed, no access log,
no server header). `POST /echo` returns the request body unchanged as JSON.
"""

from __future__ import annotations

import os

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import Response
from inburgering_rules.api.serve import uvicorn_instellingen


def create_app() -> FastAPI:
    app = FastAPI()

    @app.post("/echo")
    async def echo(request: Request) -> Response:
        return Response(await request.body(), media_type="application/json")

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    return app


def main() -> None:
    uvicorn.run(
        "echo_app:create_app",
        app_dir=os.path.dirname(os.path.abspath(__file__)),
        log_config=None,
        log_level="warning",
        **uvicorn_instellingen(),
    )


if __name__ == "__main__":
    main()
