"""The embedded MongoDB-compatible server as a real process for the test session.

Started through ``secantusd-py`` (never imported), with the same command line the
supervisor uses, on a free port, and stopped by pid.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from supervisor.embedded import embedded_command, mongo_url, ping
from supervisor.processes import free_port


@dataclass
class EmbeddedDb:
    url: str
    port: int
    process: subprocess.Popen
    data_dir: Path
    log_path: Path

    def start(self) -> None:
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(embedded_command(self.port, self.data_dir), stdout=log, stderr=log,
                                            cwd=self.data_dir)
        wait_ready(self.url, self.process)

    def stop(self) -> None:
        stop(self.process)


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"secantusd-py exited with {process.returncode}")
        try:
            ping(url, 500)
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def stop(process: subprocess.Popen, grace: float = 5.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def start_embedded_db(data_dir: Path) -> Iterator[EmbeddedDb]:
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    db = EmbeddedDb(mongo_url(port), port, None, data_dir, data_dir / "secantusd.log")  # type: ignore[arg-type]
    db.start()
    try:
        yield db
    finally:
        db.stop()
