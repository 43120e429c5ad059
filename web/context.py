"""What the web layer may reach: handed in by the supervisor, never imported globally."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from quart import current_app

from actors.kit import ActorRef
from actors.store import Store
from supervisor.config import Settings
from supervisor.events import EventLog


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    store: Store
    events: EventLog
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
