"""The process root: one supervisor owns every child, started in dependency order.

See the package docstring for the tree. Signals turn into an orderly stop: the root
supervisor stops its children newest first (web, ingest, janitor, lock keeper, notifier,
rate limiter, store, mock provider, database).
"""

from __future__ import annotations

import functools
import logging
import signal
import sys

import anyio
import httpx
from pydantic import SecretStr

from supervisor.admin_key import resolve_admin_key, usage_hint
from supervisor.assembly import start_actors
from supervisor.config import Settings
from supervisor.embedded import embedded_database
from supervisor.events import EventLog
from supervisor.provider import mock_provider
from supervisor.resources import hold_store
from supervisor.tree import ChildSpec, Supervisor
from supervisor.web_server import behind_proxies, hypercorn_config, run_web

log = logging.getLogger("tickets.root")


async def watch_signals(stopping: anyio.Event) -> None:
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async for signum in signals:
            log.info("signal received, stopping", extra={"signal": signal.Signals(signum).name})
            stopping.set()


async def run_root(settings: Settings, stopping: anyio.Event | None = None) -> None:
    stopping = stopping or anyio.Event()
    events = EventLog()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    # before anything starts: a service that cannot authenticate its operators must not run
    admin_key, key_file = resolve_admin_key(settings)
    settings = settings.model_copy(update={"admin_api_key": SecretStr(admin_key)})
    async with anyio.create_task_group() as signals_tg:
        signals_tg.start_soon(watch_signals, stopping)
        async with httpx.AsyncClient(timeout=httpx.Timeout(5.0, connect=2.0)) as http:
            root = Supervisor("root", events, max_restarts=10, within_seconds=60)
            async with root:
                if settings.mongo_url:
                    mongo_url = settings.mongo_url
                else:
                    db = embedded_database(settings.data_dir)
                    # no ``details``: pids, URLs and log paths stay out of /supervisor
                    mongo_url = await root.start_child(ChildSpec("embedded_mongodb", db.run, kind="process"))
                if settings.external_api_url:
                    provider_url = settings.external_api_url.rstrip("/")
                else:
                    mock = mock_provider(settings.data_dir, settings.mock_api_port)
                    provider_url = await root.start_child(ChildSpec("mock_api", mock.run, kind="process"))
                store = await root.start_child(ChildSpec(
                    "store",
                    functools.partial(hold_store, mongo_url, settings.mongo_db, settings.mongo_pool_size, settings.mongo_timeout_ms),
                    kind="resource",
                ))
                app = await start_actors(root, settings, store, events, provider_url, http, stopping)
                config = hypercorn_config(settings.hypercorn_config, settings.app_bind)
                served = behind_proxies(app, settings.trusted_proxy_hops)
                url = await root.start_child(ChildSpec("web", functools.partial(run_web, served, config), kind="server"))
                log.info("ready", extra={"url": url, "mongo": mongo_url.split("@")[-1], "provider": provider_url})
                if key_file is not None:  # plain text on stdout: the one line a newcomer reads
                    print(usage_hint(key_file, url), file=sys.stdout, flush=True)
                await stopping.wait()
            signals_tg.cancel_scope.cancel()
