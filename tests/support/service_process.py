"""``python -m supervisor`` as a real process for tests: start it, wait for it, stop it by pid.

One harness for every test that runs the whole service (the runnable-stack checks, two
processes on one database, alerts across a kill, the operator commands): the app gets
``ADMIN_API_KEY`` (send ``headers=ADMIN``) and the scheduled sync is off unless a test sets
it; ``register_tenants`` registers tenants through the admin API, as an operator would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import httpx
import psutil

from supervisor.processes import free_port

ROOT = Path(__file__).resolve().parents[2]
#: the admin key of every app these tests start (a test machine's throwaway secret)
ADMIN_KEY = "tka_process_tests_" + "k" * 40
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


@contextmanager
def supervisor_process(tmp_path: Path, **env: str):
    """``python -m supervisor``; ``ADMIN_API_KEY=""`` in ``env`` starts it without one."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    port = free_port()
    environment = {**os.environ, "DATA_DIR": str(tmp_path / "var"), "APP_BIND": f"127.0.0.1:{port}",
                   "MOCK_API_PORT": str(free_port()), "PYTHONUNBUFFERED": "1", "ADMIN_API_KEY": ADMIN_KEY,
                   "SYNC_INTERVAL_SECONDS": "0", **env}
    if not environment["ADMIN_API_KEY"]:
        del environment["ADMIN_API_KEY"]
    with running_service(ROOT, environment, tmp_path / "supervisor.log") as process:
        yield process, f"http://127.0.0.1:{port}"


@contextmanager
def running_service(cwd: Path, environment: dict[str, str], log_path: Path):
    """``python -m supervisor`` in ``cwd`` with exactly ``environment``; killed by pid if still running at exit."""
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "supervisor"], cwd=cwd, env=environment, stdout=log,
                                   stderr=log)
        try:
            yield process
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def wait_health(url: str, timeout: float, want: int = 200, *, process: subprocess.Popen | None = None,
                explain: Callable[[], str] = lambda: "") -> dict:
    """Poll ``/health`` until it answers ``want``; fail at once if ``process`` exits meanwhile."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"exited with {process.returncode} before /health answered {want}\n{explain()}")
        try:
            r = httpx.get(url + "/health", timeout=6)
            last = r.status_code
            if r.status_code == want:
                return r.json()
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.2)
    raise AssertionError(f"/health never answered {want} within {timeout}s (last: {last})\n{explain()}")


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0): check its state
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


def register_tenants(url: str, *tenants: str) -> None:
    for tenant in tenants:
        httpx.put(f"{url}/admin/tenants/{tenant}", headers=ADMIN, timeout=10).raise_for_status()


def child_pids(process: subprocess.Popen) -> dict[str, int]:
    """The supervisor's server children by what they run (``/supervisor`` shows no pids)."""
    found = {}
    for child in psutil.Process(process.pid).children():  # the guard execs: a child is the server
        try:
            command = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if "secantusd" in command:
            found["embedded_mongodb"] = child.pid
        elif "mock_api" in command:
            found["mock_api"] = child.pid
    return found
