"""Hypercorn as one child of the root supervisor.

Cancelling ``serve()`` while a request is in flight crashes Hypercorn (a 500 and exit code
1), so ``serve`` runs in a shielded scope and a cancellation of this child is turned into
setting the shutdown trigger: Hypercorn stops accepting, finishes in-flight requests within
``graceful_timeout`` and returns. Passing our own trigger turns off Hypercorn's signal
handling; the root watches SIGINT/SIGTERM itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

import anyio
from anyio.abc import TaskStatus
from hypercorn.asyncio import serve
from hypercorn.config import Config
from hypercorn.middleware import ProxyFixMiddleware

from supervisor.processes import wait_for_tcp


def hypercorn_config(toml_path: Path, bind: str | None) -> Config:
    config = Config.from_toml(str(toml_path)) if toml_path.exists() else Config()
    if bind:
        config.bind = [bind]
    # Hypercorn's own "-" loggers print plain text; hand it ours so every line is JSON.
    # Per-request access lines are left off: /metrics counts requests by route and status.
    config.errorlog = logging.getLogger("hypercorn.error")
    config.accesslog = None
    return config


def behind_proxies(app, trusted_hops: int):
    """The app as served: behind ``trusted_hops`` proxies, their X-Forwarded-* headers count.

    Only then does the app see the client's scheme and host (HTTPS at the proxy makes the
    session cookie ``Secure``, the dashboard's Origin check compares the public host). With
    no trusted proxy the headers are ignored: anyone could send them.
    """
    if trusted_hops <= 0:
        return app
    return ProxyFixMiddleware(app, mode="legacy", trusted_hops=trusted_hops)


def bound_address(config: Config) -> tuple[str, int]:
    host, _, port = config.bind[0].rpartition(":")
    return host.strip("[]") or "127.0.0.1", int(port)


async def run_web(app, config: Config, *, task_status: TaskStatus[str] = anyio.TASK_STATUS_IGNORED) -> None:
    shutdown = anyio.Event()
    finished = anyio.Event()
    failure: list[BaseException] = []
    ended_on_its_own = False

    async def serve_shielded() -> None:
        with anyio.CancelScope(shield=True):
            try:
                await serve(app, config, shutdown_trigger=shutdown.wait)
            except BaseException as exc:  # surfaced below as this child's crash
                failure.append(exc)
            finally:
                finished.set()

    host, port = bound_address(config)
    async with anyio.create_task_group() as tg:
        tg.start_soon(serve_shielded)
        try:
            with anyio.fail_after(15):
                while not finished.is_set():
                    try:
                        await wait_for_tcp(host if host != "0.0.0.0" else "127.0.0.1", port, anyio.current_time() + 0.2)
                        break
                    except OSError:
                        continue
            if finished.is_set():
                raise RuntimeError(f"web server stopped while starting: {failure[0] if failure else 'no error'}")
            task_status.started(f"http://{host}:{port}")
            await finished.wait()
            ended_on_its_own = True
        finally:
            shutdown.set()
            with anyio.CancelScope(shield=True), anyio.move_on_after(config.graceful_timeout + 3):
                await finished.wait()
    if failure:
        raise failure[0]
    if ended_on_its_own:
        raise RuntimeError("web server returned without being asked to stop")
