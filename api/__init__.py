"""The decision service over HTTP: OpenFisca-compatible endpoints plus the typed decision API.

`create_app()` in `app.py` builds the FastAPI application; `serve.py` runs it under uvicorn.
"""
