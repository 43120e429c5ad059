"""Wiring: build the actors in dependency order under the root and hand the app their refs.

Kept apart from ``root`` so tests can assemble the same actors and app around their own
store and provider, and exercise exactly what production runs.
"""

from __future__ import annotations


import anyio
import httpx
from anyio.abc import TaskStatus
from quart import Quart

from actors.rules.backoff import Backoff
from actors.rules.circuit_breaker import CircuitBreaker
from actors.classify import ClassifyService
from actors.analytics.rollups import mark_pending, refresh_hours
from actors.ingest import Ingest, IngestMsg
from actors.cancel_watch import CancelWatch
from actors.ingester import IngestDeps
from actors.janitor import Janitor
from actors.storage.job_log import process_owner
from actors.kit import ActorRef, run_actor
from actors.lock_keeper import LockKeeper
from actors.loop_monitor import LoopMonitor
from actors.notifier import Notifier
from actors.provider_client import ProviderLimits
from actors.rate_limiter import PenaltyBoard, RateLimiter
from actors.scheduler import Scheduler, SyncPolicy
from actors.storage import api_keys
from actors.storage.background_lane import BackgroundLane
from actors.storage.store import Store
from supervisor.config import Settings
from supervisor.events import EventLog
from supervisor.tree import ChildSpec, Restart, Supervisor
from web.app import create_app
from web.context import AppContext, WebSettings


class JobsView:
    """The live jobs for ``/supervisor``: set while the ingest child runs."""

    def __init__(self) -> None:
        self.supervisor: Supervisor | None = None

    def tree(self) -> list:
        return self.supervisor.tree() if self.supervisor is not None else []


def web_settings(settings: Settings) -> WebSettings:
    """The plain values the web layer reads; secrets only as their digests."""
    def digest(secret) -> str | None:
        return api_keys.digest(secret.get_secret_value()) if secret is not None and secret.get_secret_value() else None

    return WebSettings(
        read_slots=settings.read_slots, admin_key_digest=digest(settings.admin_api_key),
        metrics_token_digest=digest(settings.metrics_token), max_running_jobs=settings.max_running_jobs,
        ingest_wait_seconds=settings.ingest_wait_seconds, session_ttl_seconds=settings.session_ttl_seconds,
        read_wait_seconds=settings.web_read_wait_seconds, answer_cache_entries=settings.answer_cache_entries,
        answer_cache_bytes=int(settings.answer_cache_mb * 1024 * 1024),
        answer_cache_max_age_seconds=settings.answer_cache_max_age_seconds,
    )


async def run_ingest(deps: IngestDeps, events: EventLog, ref: ActorRef[IngestMsg], lock_ttl_seconds: float, owner: str,
                     view: JobsView, *, task_status: TaskStatus[ActorRef[IngestMsg]] = anyio.TASK_STATUS_IGNORED) -> None:
    """The ``ingest`` child: a supervisor of jobs wrapped around the actor that starts them."""
    async with Supervisor("ingest", events) as jobs_supervisor:
        async def spawn(name: str, start) -> None:
            await jobs_supervisor.start_child(ChildSpec(name, start, kind="ingester", restart=Restart.TEMPORARY))

        view.supervisor = jobs_supervisor
        try:
            actor = Ingest(spawn, lambda: len(jobs_supervisor.tree()), deps, lock_ttl_seconds, owner)
            await run_actor(actor, ref, task_status=task_status)
        finally:
            view.supervisor = None


def actor(name: str, make, capacity: int = 64) -> ChildSpec:
    """A child that runs one actor: ``make`` builds a fresh instance at every (re)start."""
    ref: ActorRef = ActorRef(name, capacity)

    async def start(*, task_status):
        # a restart builds a fresh instance: no state survives a crash
        try:
            await run_actor(make(), ref, task_status=task_status)
        except anyio.get_cancelled_exc_class():
            ref.close()  # stopped for good: pending asks fail instead of hanging
            raise

    return ChildSpec(name, start, kind="actor")


# ``stopping``, set when the process begins to stop, ends the app's open event streams at once
async def start_actors(root: Supervisor, settings: Settings, store: Store, events: EventLog, provider_url: str,
                       http: httpx.AsyncClient, stopping: anyio.Event | None = None) -> Quart:
    owner = process_owner()
    rate_limiter = await root.start_child(actor("rate_limiter", lambda: RateLimiter(store, settings.upstream_calls_per_minute), 256))
    notify_url = settings.resolved_notify_url(provider_url)
    notifier = await root.start_child(actor("notifier", lambda: Notifier(
        store, http, notify_url, CircuitBreaker("notify", settings.circuit_window, settings.circuit_failure_threshold,
                                                settings.circuit_open_seconds),
        owner=owner, timeout_seconds=settings.notify_timeout_seconds, max_attempts=settings.notify_max_attempts,
        backoff=Backoff(base=settings.notify_backoff_base, cap=settings.notify_backoff_cap,
                        max_attempts=settings.notify_max_attempts),
    ), 256))
    lock_keeper = await root.start_child(actor("lock_keeper", lambda: LockKeeper(store, settings.lock_ttl_seconds, settings.lock_refresh_seconds), 256))
    cancel_watch = await root.start_child(actor("cancel_watch", lambda: CancelWatch(store), 256))
    loop_monitor = await root.start_child(actor("loop_monitor", LoopMonitor, 4))
    janitor = await root.start_child(actor("janitor", lambda: Janitor(store, interval_seconds=min(15.0, settings.lock_ttl_seconds / 2))))

    # the jobs' database work goes one operation at a time: a read waits behind one write, not one per job
    lane = BackgroundLane()
    deps = IngestDeps(
        store=store.in_lane(lane), http=http, provider_url=provider_url, rate_limiter=rate_limiter, lock_keeper=lock_keeper,
        cancel_watch=cancel_watch, notifier=notifier, classifier=ClassifyService(), page_size=settings.page_size,
        refresh_rollups=refresh_hours,
        mark_rollups=mark_pending, penalties=PenaltyBoard(store), job_max_seconds=settings.job_max_seconds,
        limits=ProviderLimits(max_body_bytes=settings.provider_max_body_bytes),
        backoff=Backoff(base=settings.provider_backoff_base, cap=settings.provider_backoff_cap,
                        max_attempts=settings.provider_max_attempts),
    )
    view = JobsView()
    ingest_ref: ActorRef = ActorRef("ingest", 64)

    async def start_ingest(*, task_status):
        try:
            await run_ingest(deps, events, ingest_ref, settings.lock_ttl_seconds, owner, view, task_status=task_status)
        except anyio.get_cancelled_exc_class():
            ingest_ref.close()
            raise

    ingest = await root.start_child(ChildSpec("ingest", start_ingest, kind="supervisor", subtree=view.tree))
    # after ingest (it asks it for jobs); the schedule lives in MongoDB, so a restart loses nothing
    scheduler = await root.start_child(actor("scheduler", lambda: Scheduler(
        store, ingest, SyncPolicy(settings.sync_interval_seconds), owner=owner,
        max_running_jobs=settings.max_running_jobs)))
    context = AppContext(
        settings=web_settings(settings), store=store.with_timeout(settings.query_timeout_ms / 1000),
        recent_events=events.recent, tree=root.tree, provider_url=provider_url, http=http,
        ingest=ingest, notifier=notifier, rate_limiter=rate_limiter, loop_monitor=loop_monitor,
        lock_keeper=lock_keeper, cancel_watch=cancel_watch, janitor=janitor, scheduler=scheduler,
        stopping=stopping, background_lane=lane,
    )
    return create_app(context)
