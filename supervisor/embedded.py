"""The embedded MongoDB-compatible server (SecantusDB) for development and tests.

SecantusDB is GPL-2.0, so it only ever runs as a separate process through its
``secantusd-py`` command; nothing here imports it. Its CLI auto-discovers a
``./secantusd.toml``; we pass ``--config`` with a file of our own so a stray file in the
working directory can never change our server.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import anyio
from anyio.abc import Process
from pymongo import MongoClient

from supervisor.processes import ProcessChild, ProcessExited, free_port, wait_for_tcp

CONFIG_TEXT = "# Written by the ticket service: settings come from the command line.\n"


def secantusd_executable() -> str:
    beside = Path(sys.executable).with_name("secantusd-py")
    found = str(beside) if beside.exists() else shutil.which("secantusd-py")
    if not found:
        raise RuntimeError("secantusd-py not found: run `make venv` (it installs the embedded extra)")
    return found


def embedded_command(port: int, data_dir: Path) -> list[str]:
    data_dir.mkdir(parents=True, exist_ok=True)
    config = data_dir / "secantusd.toml"
    config.write_text(CONFIG_TEXT)
    return [
        secantusd_executable(), "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
        "--storage-path", str(data_dir / "db"), "--log-level", "WARNING", "--cache-size", "1G",
    ]


def mongo_url(port: int) -> str:
    return f"mongodb://127.0.0.1:{port}/?directConnection=true"


def ping(url: str, timeout_ms: int = 1000) -> None:
    client: MongoClient = MongoClient(url, serverSelectionTimeoutMS=timeout_ms, connectTimeoutMS=timeout_ms)
    try:
        client.admin.command("ping")
    finally:
        client.close()


async def wait_until_pingable(url: str, port: int, process: Process | None, timeout: float = 30.0) -> None:
    deadline = anyio.current_time() + timeout
    while True:
        if process is not None and process.returncode is not None:
            raise ProcessExited(f"embedded database exited with code {process.returncode} while starting")
        try:
            await wait_for_tcp("127.0.0.1", port, anyio.current_time() + 0.5)
            await anyio.to_thread.run_sync(ping, url)
            return
        except Exception:
            if anyio.current_time() > deadline:
                raise
            await anyio.sleep(0.1)


def embedded_database(data_dir: Path, port: int | None = None) -> ProcessChild:
    port = port or free_port()
    url = mongo_url(port)

    async def ready(process: Process) -> None:
        await wait_until_pingable(url, port, process)

    return ProcessChild(
        name="embedded_mongodb",
        command=embedded_command(port, data_dir / "embedded"),
        ready=ready,
        url=url,
        log_path=data_dir / "logs" / "embedded_mongodb.log",
        cwd=data_dir / "embedded",
    )
