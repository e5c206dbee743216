"""Structured JSON logs without personal data: only method, route, status, timing, sizes, request id."""

from __future__ import annotations

import logging
import sys
import time

import orjson

LOGGER = logging.getLogger("inburgering_rules.api")


class JsonFormatter(logging.Formatter):
    """One JSON object per line; extra fields come from `logging`'s `extra={"velden": {...}}`."""

    def format(self, record: logging.LogRecord) -> str:
        regel = {
            "tijd": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
            "niveau": record.levelname,
            "logger": record.name,
            "bericht": record.getMessage(),
        }
        regel.update(getattr(record, "velden", {}))
        if record.exc_info:
            regel["uitzondering"] = record.exc_info[0].__name__  # type only: messages may echo input
        return orjson.dumps(regel, default=str).decode()


class DodeWorker(logging.Filter):
    """uvicorn's supervisor reports a worker process that died at INFO ("Child process [pid] died") and starts
    a new one; an operator must see it, so the line is raised to WARNING."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING and str(record.msg).startswith("Child process [") \
                and str(record.msg).endswith("] died"):
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def log_config(niveau: str = "INFO") -> dict:
    """The same set-up as `stel_in`, as a `logging.config.dictConfig` dict: uvicorn applies it in every
    worker process (a worker started with WORKERS > 1 is a fresh interpreter that never ran `stel_in`)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "filters": {"dode_worker": {"()": DodeWorker}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr",
                       "filters": ["dode_worker"]}
        },
        "loggers": {
            **{
                naam: {"handlers": ["stderr"], "level": niveau, "propagate": False}
                for naam in ("inburgering_rules.api", "uvicorn", "uvicorn.error")
            },
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }


def stel_in(niveau: str = "INFO") -> None:
    """JSON lines on stderr for our logger and uvicorn's."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(DodeWorker())
    for naam in ("inburgering_rules.api", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(naam)
        logger.handlers[:] = [handler]
        logger.setLevel(niveau)
        logger.propagate = False
    logging.getLogger("uvicorn.access").disabled = True
