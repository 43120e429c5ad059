"""The README's first command as a newcomer runs it: no settings at all.

``make run`` is ``python -m supervisor`` from the repository with nothing set: ``DATA_DIR``
is the relative ``./var``, the embedded database and the mock provider are started as
children. Every other test sets absolute paths, so only these tests see what a fresh
clone sees. They run from a copy of the repository as working directory (only the ports
are chosen through the documented settings, so a running ``make run`` does not collide).
"""

from __future__ import annotations

import os
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest

from supervisor.processes import free_port
from tests.support.service_process import running_service, wait_health

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.embedded_only("runs the service with no settings at all: it starts its own embedded database")
UNSET = ("DATA_DIR", "MONGO_URL", "EXTERNAL_API_URL", "NOTIFY_URL", "HYPERCORN_CONFIG", "ADMIN_API_KEY")


def copy_of_repository(dest: Path) -> Path:
    ignore = shutil.ignore_patterns(".git", ".venv", "var", "__pycache__", "*.egg-info", "out")
    shutil.copytree(ROOT, dest, ignore=ignore)
    return dest


@contextmanager
def newcomer_run(cwd: Path, log_name: str = "run.log"):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env.update(APP_BIND=f"127.0.0.1:{port}", MOCK_API_PORT=str(free_port()), PYTHONUNBUFFERED="1")
    with running_service(cwd, env, cwd / log_name) as process:
        yield process, f"http://127.0.0.1:{port}"


def tail(cwd: Path) -> str:
    logs = [cwd / "run.log", *sorted((cwd / "var" / "logs").glob("*.log"))]
    return "\n".join(f"--- {p.name}\n" + p.read_text(errors="replace")[-2000:] for p in logs if p.exists())


def descendants(pid: int) -> list[psutil.Process]:
    return psutil.Process(pid).children(recursive=True)


def gone_within(processes: list[psutil.Process], seconds: float) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=seconds)
    return [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def stop_leftovers(processes: list[psutil.Process]) -> None:
    for p in processes:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass


@pytest.mark.slow
def test_fresh_copy_runs_with_no_settings_then_stops_on_ctrl_c_leaving_nothing(tmp_path):
    cwd = copy_of_repository(tmp_path / "clone")
    for attempt in ("first run", "second run on the same var/"):
        with newcomer_run(cwd) as (process, url):
            wait_health(url, 90, process=process, explain=lambda: tail(cwd))
            assert (cwd / "var" / "embedded").is_dir(), "DATA_DIR defaults to ./var of the working directory"
            children = descendants(process.pid)
            assert len(children) >= 2, f"{attempt}: expected the embedded database and the mock as children"
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=10) == 0, attempt
            left = gone_within(children, 10)
            stop_leftovers(left)
            assert not left, f"{attempt}: left behind {[p.cmdline() for p in left]}"


@pytest.mark.slow
def test_kill_9_of_the_supervisor_leaves_no_orphan(tmp_path):
    cwd = copy_of_repository(tmp_path / "clone")
    with newcomer_run(cwd) as (process, url):
        wait_health(url, 90, process=process, explain=lambda: tail(cwd))
        children = descendants(process.pid)
        assert len(children) >= 2
        process.kill()
        process.wait()
        left = gone_within(children, 10)
        stop_leftovers(left)
        assert not left, f"orphans after kill -9: {[p.cmdline() for p in left]}"
