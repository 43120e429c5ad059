"""What the web layer may reach: handed in by the supervisor, never imported globally.

Plain values and actor references only: ``web/`` imports storage, analytics and the
actors' message types, never the supervisor, so the app can be built around any store
and any set of actors (tests do exactly that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from quart import current_app

from actors.kit import ActorRef
from actors.storage.store import Store


@dataclass(frozen=True)
class WebSettings:
    """The settings the web layer reads, as plain values (the supervisor fills them in)."""

    #: concurrent tenant-data reads per process; beyond, a read waits, then ``503``
    read_slots: int = 10


def no_events(limit: int) -> list[dict[str, Any]]:
    return []


@dataclass(frozen=True)
class AppContext:
    settings: WebSettings
    store: Store
    #: recent supervision events, newest last (``EventLog.recent``)
    recent_events: Callable[[int], list[dict[str, Any]]]
    #: the live supervision tree (``Supervisor.tree``), serialised by ``/supervisor``
    tree: Callable[[], list[Any]]
    provider_url: str
    #: the process's client for health probes of the provider (owned by the root)
    http: httpx.AsyncClient
    ingest: ActorRef | None = None
    notifier: ActorRef | None = None
    rate_limiter: ActorRef | None = None
    #: the event-loop lag monitor (its snapshot is a ``LoopLag``)
    loop_monitor: ActorRef | None = None


def ctx() -> AppContext:
    return current_app.config["APP_CONTEXT"]
