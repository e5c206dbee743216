# The decision service as a container: see docs/deployment.md.
# Not built by `make test` or CI (the project's machines have no container runtime); the same steps are
# what `make test-wheel` and tests/load/test_workers.py exercise without a container.
#
#   docker build -t inburgering-rules .
#   docker run --rm -p 8000:8000 -e WORKERS=2 -e TRUSTED_HOSTS=localhost,127.0.0.1,inburgering.example.nl inburgering-rules
#
# Stage 1 builds the wheel with the pinned build tools (requirements.lock: every package with hashes).
FROM python:3.11-slim AS bouw
WORKDIR /src
COPY requirements.lock ./
RUN python -m pip install --no-cache-dir --require-hashes -r requirements.lock
COPY pyproject.toml setup.py README.md ./
COPY inburgering_rules inburgering_rules
COPY variables variables
COPY parameters parameters
COPY api api
RUN python -m pip wheel --no-cache-dir --no-deps --no-build-isolation -w /wheels .

# Stage 2: only what runs (requirements-runtime.lock, hashed) and the wheel; no compiler, no tests, no root.
FROM python:3.11-slim
COPY requirements-runtime.lock /tmp/
RUN python -m pip install --no-cache-dir --require-hashes -r /tmp/requirements-runtime.lock \
    && rm /tmp/requirements-runtime.lock
COPY --from=bouw /wheels/ /tmp/wheels/
RUN python -m pip install --no-cache-dir --no-deps /tmp/wheels/*.whl && rm -r /tmp/wheels \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin inburgering
# HOST 0.0.0.0 inside the container only; publish the port to a load balancer, not to the internet.
ENV HOST=0.0.0.0 \
    PORT=8000 \
    WORKERS=2 \
    LOG_LEVEL=INFO \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
USER inburgering
WORKDIR /tmp
EXPOSE 8000
# uvicorn drains in-flight requests on SIGTERM (up to GRACEFUL_SHUTDOWN_SECONDS, 40 s): give the container
# at least 45 s to stop (docker stop -t 45; Kubernetes terminationGracePeriodSeconds: 45).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ['PORT'], timeout=3)"]
CMD ["python", "-m", "inburgering_rules.api.serve"]
