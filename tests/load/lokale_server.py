"""A server started as `make run` starts it, on a free loopback port; for the load run and the workers test.

Only 127.0.0.1: nothing here ever talks to another address.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

WORTEL = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"


def vrije_poort() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """`HOST=127.0.0.1 PORT=<free> WORKERS=<n> python -m inburgering_rules.api.serve`, as `make run`."""

    def __init__(self, workers: int = 1, log: Path | None = None, omgeving: dict | None = None) -> None:
        self.poort = vrije_poort()
        self.url = f"http://{HOST}:{self.poort}"
        self.workers = workers
        self.logpad = log or Path(os.environ.get("TMPDIR", "/tmp")) / f"inburgering-server-{self.poort}.log"
        self.omgeving = {
            **os.environ,
            "HOST": HOST,
            "PORT": str(self.poort),
            "WORKERS": str(workers),
            "PYTHONDONTWRITEBYTECODE": "1",
            **(omgeving or {}),
        }
        self.proces: subprocess.Popen | None = None
        self._log = None

    def start(self, binnen: float = 120.0) -> Server:
        self._log = open(self.logpad, "wb")  # noqa: SIM115 (closed in stop)
        self.proces = subprocess.Popen(
            [sys.executable, "-m", "inburgering_rules.api.serve"],
            cwd=WORTEL,
            env=self.omgeving,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        einde = time.monotonic() + binnen
        while time.monotonic() < einde:
            if self.proces.poll() is not None:
                raise RuntimeError(f"server exited with {self.proces.returncode}: {self.log()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    if self.workers <= 1 or len(self.werkers()) >= self.workers:
                        return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server not up within {binnen} s: {self.log()[-2000:]}")

    def werkers(self) -> list[psutil.Process]:
        """The processes that serve requests: the server itself, or its worker children."""
        hoofd = psutil.Process(self.proces.pid)
        kinderen = [k for k in hoofd.children(recursive=True) if "multiprocessing.resource_tracker" not in
                    " ".join(_cmdline(k))]
        return kinderen if self.workers > 1 else [hoofd]

    def rss(self) -> int:
        """Resident memory of the whole server (main process and workers), in bytes."""
        totaal = 0
        try:
            hoofd = psutil.Process(self.proces.pid)
            for p in [hoofd, *hoofd.children(recursive=True)]:
                try:
                    totaal += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        return totaal

    def sigterm(self) -> None:
        if self.proces and self.proces.poll() is None:
            self.proces.send_signal(signal.SIGTERM)

    def wacht(self, binnen: float = 30.0) -> int | None:
        try:
            return self.proces.wait(binnen)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL of this process (only the one we started) if it did not stop in time."""
        code = None
        if self.proces is not None:
            self.sigterm()
            code = self.wacht(30)
            if code is None:
                self.proces.kill()
                self.proces.wait(10)
        if self._log:
            self._log.close()
        return code

    def log(self) -> str:
        try:
            return self.logpad.read_text(errors="replace")
        except OSError:
            return ""

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *_) -> None:
        self.stop()


def _cmdline(proces: psutil.Process) -> list[str]:
    try:
        return proces.cmdline()
    except psutil.Error:
        return []
