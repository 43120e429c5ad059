"""What the web layer may reach: handed in by the supervisor, never imported globally.

Plain values and actor references only: ``web/`` imports storage, analytics and the
actors' message types, never the supervisor, so the app can be built around any store
and any set of actors (tests do exactly that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
from quart import current_app

from actors.kit import ActorRef
from actors.storage.store import Store


@dataclass(frozen=True)
class WebSettings:
    """The settings the web layer reads, as plain values (the supervisor fills them in)."""

    #: concurrent tenant-data reads per process; beyond, a read waits, then ``503``
    read_slots: int = 10
    #: SHA-256 (hex) of the admin key and of the metrics token: the secrets themselves stay out
    #: of everything the web layer holds, prints or logs. None: nobody has that role.
    admin_key_digest: str | None = None
    metrics_token_digest: str | None = None
    #: running jobs across all tenants and processes; past it ``POST /ingest/run`` is 429
    max_running_jobs: int = 32
    #: how long ``POST /ingest/run?wait=true`` holds the request before 202 + Location
    ingest_wait_seconds: float = 60.0
    #: lifetime of a dashboard session
    session_ttl_seconds: float = 8 * 3600.0
    #: a verified key is trusted this long without asking MongoDB: the revocation delay
    credential_cache_seconds: float = 2.0
    # -- the read path (web/answer_cache.py, web/admission.py) --------------------------------
    #: how long a read may wait for a slot before it is answered 503 + Retry-After
    read_wait_seconds: float = 1.0
    #: the per-process answer cache: entries, bytes, and how old an entry may be served
    answer_cache_entries: int = 512
    answer_cache_bytes: int = 4 * 1024 * 1024
    answer_cache_max_age_seconds: float = 60.0


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
    #: the rest of the tree's actors, for ``/supervisor``'s snapshots
    lock_keeper: ActorRef | None = None
    cancel_watch: ActorRef | None = None
    janitor: ActorRef | None = None
    scheduler: ActorRef | None = None
    #: set when the process begins to stop: open event streams end at once instead of
    #: holding Hypercorn's graceful shutdown for its whole timeout (None: never set)
    stopping: anyio.Event | None = None
    #: the answer cache (``web.answer_cache.AnswerCache``); None: the app makes its own
    answer_cache: Any = None
    #: the lane ingestion's database work goes through (``actors.storage.background_lane``), for /metrics
    background_lane: Any = None


def ctx() -> AppContext:
    return current_app.config["APP_CONTEXT"]
