"""Child processes as supervised children: start, wait until ready, watch, stop by pid.

A process child calls ``task_status.started(url)`` only once its readiness probe passes,
so nothing talks to a server that is not listening yet. If the process exits on its own
the child raises :class:`ProcessExited`, and the supervisor restarts it (same port, so the
clients already holding the URL reconnect). On stop it gets SIGTERM, then SIGKILL after a
grace period, and is always waited for, so it never lingers as a zombie or an orphan.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import anyio
from anyio.abc import Process, TaskStatus


class ProcessExited(RuntimeError):
    pass


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


async def wait_for_tcp(host: str, port: int, deadline: float) -> None:
    while True:
        try:
            stream = await anyio.connect_tcp(host, port)
        except OSError:
            if anyio.current_time() > deadline:
                raise
            await anyio.sleep(0.05)
        else:
            await stream.aclose()
            return


@dataclass
class ProcessChild:
    """How to run one external server; :meth:`run` is the supervisor's start function."""

    name: str
    command: Sequence[str]
    #: returns once the server answers; gets the process so it can fail fast if it died
    ready: Callable[[Process], Awaitable[None]]
    url: str
    log_path: Path
    cwd: Path | None = None
    stop_grace_seconds: float = 5.0
    env: dict[str, str] | None = None
    #: pid of the running process, for ``/supervisor`` and for tests that kill it
    pid: int | None = field(default=None, init=False)

    def details(self) -> dict:
        return {"pid": self.pid, "url": self.url, "log": str(self.log_path)}

    async def run(self, *, task_status: TaskStatus[str] = anyio.TASK_STATUS_IGNORED) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            process = await anyio.open_process(guarded(self.command), stdin=None, stdout=log, stderr=log, cwd=self.cwd, env=self.env)
            self.pid = process.pid
            try:
                await self.ready(process)
                task_status.started(self.url)
                code = await process.wait()
                raise ProcessExited(f"{self.name} (pid {process.pid}) exited with code {code}")
            finally:
                self.pid = None
                with anyio.CancelScope(shield=True):
                    await stop_process(process, self.stop_grace_seconds)


def guarded(command: Sequence[str]) -> list[str]:
    """The command wrapped so it dies with this process, even after ``kill -9`` of it."""
    return [sys.executable, "-m", "supervisor.orphan_guard", str(os.getpid()), *command]


async def stop_process(process: Process, grace: float) -> None:
    if process.returncode is None:
        try:
            process.terminate()
        except ProcessLookupError:
            pass
        with anyio.move_on_after(grace):
            await process.wait()
        if process.returncode is None:
            try:
                process.kill()
            except ProcessLookupError:
                pass
            await process.wait()
    await process.aclose()
