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
        factory=True,
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", "8000")),
        workers=int(os.environ.get("WORKERS", "1")),
        log_config=None,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=15,
    )


if __name__ == "__main__":
    main()
