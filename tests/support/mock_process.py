"""Run ``python -m mock_api`` as a real child process for integration tests.

A real process on a real port, not an in-process app: it is what the app talks to
in production, so the tests exercise the CLI, the socket handover and signal
handling too. ``--port 0`` lets the kernel choose a free port with no race
between picking it and binding it; the mock prints the URL it got.
"""

from __future__ import annotations

import httpx

import contextlib
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

STARTUP_DEADLINE = 10.0  # seconds
EXIT_DEADLINE = 10.0  # seconds
LISTENING = re.compile(r"^mock_api listening on (http://\S+)$")
PROJECT_ROOT = Path(__file__).resolve().parents[2]


class MockStartError(RuntimeError):
    pass


@dataclass(frozen=True)
class MockApi:
    #: base URL, e.g. ``http://127.0.0.1:40123``
    url: str
    process: subprocess.Popen[str]
    _stderr: IO[bytes]

    def stderr(self) -> str:
        """What the mock wrote to stderr so far (tracebacks, Hypercorn's log)."""
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")


@contextlib.contextmanager
def start_mock_api(*args: str, profile: str | None = None) -> Iterator[MockApi]:
    """Start the mock with extra CLI ``args`` (and ``--profile``); stop it (SIGTERM, then SIGKILL) on exit."""
    command = [sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", "0", *args]
    if profile is not None:
        command += ["--profile", profile]
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        lines: queue.Queue[str | None] = queue.Queue()
        # A reader thread, because a blocking readline() cannot honour a deadline;
        # it drains stdout until EOF so the child can never block on a full pipe.
        reader = threading.Thread(target=_pump, args=(process, lines), daemon=True)
        reader.start()
        try:
            try:
                url = _wait_until_listening(process, lines)
            except MockStartError as error:
                stop(process)
                stderr.seek(0)
                raise MockStartError(f"{error}; stderr:\n{stderr.read().decode(errors='replace')}") from None
            yield MockApi(url, process, stderr)
        finally:
            stop(process)
            reader.join(EXIT_DEADLINE)
            assert process.stdout is not None
            process.stdout.close()


def stop(process: subprocess.Popen[str], *, interrupt: bool = False) -> int:
    """Signal this one process by pid (SIGTERM, or SIGINT) and reap it; returns its exit code."""
    if process.poll() is None:
        if interrupt:
            process.send_signal(signal.SIGINT)
        else:
            process.terminate()
        try:
            process.wait(EXIT_DEADLINE)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def _pump(process: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        lines.put(line)
    lines.put(None)


def _wait_until_listening(process: subprocess.Popen[str], lines: queue.Queue[str | None]) -> str:
    deadline = time.monotonic() + STARTUP_DEADLINE
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            break
        if line is None:
            raise MockStartError(f"mock_api exited with {process.wait()} before listening")
        if match := LISTENING.match(line.strip()):
            return match.group(1)
    raise MockStartError(f"mock_api did not report listening within {STARTUP_DEADLINE} s")


def walk_listing(client: httpx.Client, **params: object) -> tuple[list[dict], set[int]]:
    """Every ticket of a listing, walked page by page, and every ``total_count`` it reported."""
    tickets: list[dict] = []
    page: int | None = 1
    totals = set()
    while page is not None:
        response = client.get("/external/support-tickets", params={"page": page, "page_size": 100, **params})
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) == {"tickets", "next_page", "total_count"}
        tickets.extend(body["tickets"])
        totals.add(body["total_count"])
        page = body["next_page"]
    return tickets, totals
