"""Start and stop the servers under test: loopback only, stopped with SIGTERM by PID.

Every `Server` is registered in `LOPEND`; `stop_alle()` (called from `run.py` in a `finally`, at exit
and on SIGINT/SIGTERM) stops whatever is still running. A server that does not exit within the grace
period gets SIGKILL on its own process group (the script started it in a new session, so the group
id is its PID and holds only its own workers). On Linux each server also gets SIGTERM from the kernel
if the benchmark process itself dies (PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HOST = "127.0.0.1"
REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LOPEND: list[Server] = []
TIJDELIJK: list[Path] = []  # folders of earlier releases, removed by `stop_alle`


def _sterf_met_ouder() -> None:
    """In the child before exec: SIGTERM when the benchmark process dies (Linux PR_SET_PDEATHSIG),
    so even a killed run leaves no server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    def __init__(
        self, naam: str, argv: list[str], poort: int, env: dict | None = None, cwd: Path = REPO
    ) -> None:
        self.naam, self.argv, self.poort, self.cwd = naam, argv, poort, cwd
        self.env = {
            **os.environ,
            "HOST": HOST,
            "PORT": str(poort),
            "PYTHONDONTWRITEBYTECODE": "1",
            **(env or {}),
        }
        self.proces: subprocess.Popen | None = None
        self.log = None
        self.gestart = 0.0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.poort}"

    def start(self, logmap: Path) -> Server:
        logmap.mkdir(parents=True, exist_ok=True)
        self.log = open(logmap / f"{self.naam}.log", "ab")
        self.gestart = time.perf_counter()
        self.proces = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_sterf_met_ouder if sys.platform == "linux" else None,
        )
        LOPEND.append(self)
        return self

    def wacht(self, controle, timeout: float = 60.0, interval: float = 0.005) -> float:
        """Poll `controle(client, url)` until it returns True; seconds since `start` (the cold start)."""
        eind = time.perf_counter() + timeout
        with httpx.Client(timeout=5.0) as client:
            while time.perf_counter() < eind:
                if self.proces.poll() is not None:
                    raise RuntimeError(f"{self.naam} exited with {self.proces.returncode}; see its log")
                try:
                    if controle(client, self.url):
                        return time.perf_counter() - self.gestart
                except httpx.TransportError:
                    pass
                time.sleep(interval)
        raise TimeoutError(f"{self.naam} gave no correct answer within {timeout} s")

    def pids(self) -> list[int]:
        """The server's PID and its children (gunicorn/uvicorn workers)."""
        if self.proces is None:
            return []
        alle, rij = [], [self.proces.pid]
        while rij:
            pid = rij.pop()
            alle.append(pid)
            try:
                for taak in Path(f"/proc/{pid}/task").iterdir():
                    rij += [int(c) for c in (taak / "children").read_text().split()]
            except OSError:
                pass
        return alle

    def geheugen_mib(self) -> dict[str, float]:
        """RSS now and peak RSS (VmHWM), summed over the server's processes, in MiB."""
        rss = piek = 0
        for pid in self.pids():
            try:
                velden = dict(
                    regel.split(":", 1)
                    for regel in Path(f"/proc/{pid}/status").read_text().splitlines()
                    if ":" in regel
                )
            except OSError:
                continue
            rss += int(velden.get("VmRSS", "0 kB").split()[0])
            piek += int(velden.get("VmHWM", "0 kB").split()[0])
        return {"rss": rss / 1024, "piek": piek / 1024}

    def stop(self, grace: float = 20.0) -> None:
        if self.proces is None:
            return
        if self.proces.poll() is None:
            try:
                os.kill(self.proces.pid, signal.SIGTERM)
                self.proces.wait(grace)
            except subprocess.TimeoutExpired:
                os.killpg(self.proces.pid, signal.SIGKILL)  # its own group: pgid == its pid
                self.proces.wait(5)
            except ProcessLookupError:
                pass
        if self in LOPEND:
            LOPEND.remove(self)
        if self.log:
            self.log.close()
        self.proces = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def stop_alle() -> None:
    for server in list(LOPEND):
        try:
            server.stop()
        except Exception as fout:  # keep stopping the others
            print(f"stopping {server.naam} failed: {fout}", file=sys.stderr)
    while TIJDELIJK:
        shutil.rmtree(TIJDELIJK.pop(), ignore_errors=True)


class Uitgave:
    """An earlier release of this project, served beside ours: `git archive <commit>` into a temporary folder,
    installed there with pip (no network, no dependencies, nothing written to the project venv) and started
    like ours with PYTHONPATH pointing at it. The folder is removed by `stop_alle`."""

    def __init__(self, naam: str, commit: str) -> None:
        self.naam, self.commit = naam, commit
        self.map: Path | None = None
        self.invoer: tuple[str, ...] = ()  # the input names that release knows

    def bereid(self) -> str | None:
        """Export and install; None when ready, otherwise why not (e.g. a shallow clone lacks the commit)."""
        bestaat = subprocess.run(
            ["git", "cat-file", "-e", f"{self.commit}^{{commit}}"], cwd=REPO, capture_output=True, timeout=30
        )
        if bestaat.returncode:
            return f"commit {self.commit} is not in this clone (shallow clone?)"
        self.map = Path(tempfile.mkdtemp(prefix=f"inburgering-bench-{self.naam}-"))
        TIJDELIJK.append(self.map)
        bron = self.map / "src"
        bron.mkdir()
        archief = subprocess.run(["git", "archive", self.commit], cwd=REPO, capture_output=True, timeout=120)
        uitpakken = subprocess.run(["tar", "-x", "-C", str(bron)], input=archief.stdout, capture_output=True)
        pip = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                "--no-build-isolation",
                "--no-index",
                "--target",
                str(self.map / "site"),
                str(bron),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if archief.returncode or uitpakken.returncode or pip.returncode:
            fout = archief.stderr or uitpakken.stderr or pip.stderr
            return f"could not install {self.commit}: {fout[-500:]}"
        namen = subprocess.run(
            [
                sys.executable,
                "-c",
                "import json; from inburgering_rules import publiek; print(json.dumps(publiek.INVOER))",
            ],
            cwd=self.map,
            env=self.omgeving(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if namen.returncode:
            return f"release {self.commit} does not import: {namen.stderr[-500:]}"
        self.invoer = tuple(json.loads(namen.stdout))
        return None

    def omgeving(self) -> dict:
        return {**os.environ, "PYTHONPATH": str(self.map / "site")}

    def server(self, poort: int) -> Server:
        # cwd is the temporary folder: `python -m` puts the cwd first on sys.path, so not the repository.
        return Server(
            self.naam,
            [sys.executable, "-m", "inburgering_rules.api.serve"],
            poort,
            {"WORKERS": "1", "LOG_LEVEL": "WARNING", "PYTHONPATH": str(self.map / "site")},
            cwd=self.map,
        )


def grote_limieten(personen: int) -> dict[str, str]:
    """Our service's limits raised so a batch of `personen` is accepted (defaults: 10,000 persons in rows, 50,000 in
    columns, 32 MiB)."""
    return {
        "MAX_BATCH_SIZE": str(max(personen, 10_000)),
        "MAX_COLUMNAR_PERSONS": str(max(personen, 50_000)),
        "MAX_BODY_BYTES": str(1 << 30),
        "REQUEST_TIMEOUT_SECONDS": "1800",
        "GRACEFUL_SHUTDOWN_SECONDS": "1810",  # must exceed the request timeout
    }


def onze_dienst(poort: int, env: dict | None = None) -> Server:
    return Server(
        "ons",
        [sys.executable, "-m", "inburgering_rules.api.serve"],
        poort,
        {"WORKERS": "1", "LOG_LEVEL": "WARNING", **(env or {})},
    )


def openfisca_serve(poort: int) -> Server:
    openfisca = BIN / "openfisca"
    argv = (
        [str(openfisca)]
        if openfisca.exists()
        else [sys.executable, "-m", "openfisca_core.scripts.openfisca_command"]
    )
    return Server(
        "openfisca",
        [
            *argv,
            "serve",
            "-c",
            "inburgering_rules",
            "--workers",
            "1",
            "--port",
            str(poort),
            "--bind",
            f"{HOST}:{poort}",
        ],
        poort,
    )


def echo(poort: int) -> Server:
    return Server("echo", [sys.executable, str(REPO / "bench" / "echo_app.py")], poort, {"WORKERS": "1"})
