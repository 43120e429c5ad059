"""The mock provider as a child process, for ``make run`` without ``EXTERNAL_API_URL``."""

from __future__ import annotations

import sys
from pathlib import Path

import anyio
import httpx
from anyio.abc import Process

from supervisor.processes import ProcessChild, ProcessExited


async def wait_for_health(url: str, process: Process | None, timeout: float = 30.0) -> None:
    deadline = anyio.current_time() + timeout
    async with httpx.AsyncClient(timeout=1.0) as client:
        while True:
            if process is not None and process.returncode is not None:
                raise ProcessExited(f"mock provider exited with code {process.returncode} while starting")
            try:
                response = await client.get(url + "/health")
                if response.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if anyio.current_time() > deadline:
                raise TimeoutError(f"mock provider at {url} not healthy after {timeout}s")
            await anyio.sleep(0.1)


def mock_provider(data_dir: Path, port: int, extra_args: list[str] | None = None) -> ProcessChild:
    url = f"http://127.0.0.1:{port}"

    async def ready(process: Process) -> None:
        await wait_for_health(url, process)

    return ProcessChild(
        name="mock_api",
        command=[sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", str(port), *(extra_args or [])],
        ready=ready,
        url=url,
        log_path=data_dir / "logs" / "mock_api.log",
    )
