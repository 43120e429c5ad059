"""Health and introspection: /health (public), /supervisor and /supervisor/log (admin).

``/supervisor`` is everything the process's actors know: the tree, each mailbox, and each
actor's published snapshot in a documented shape (see ``SupervisorView``, also in
``/openapi.json``).

``/health`` answers anyone, so it must be cheap and say little: the statuses only (no
latencies, no error names, no addresses), and the probes behind it run at most once a
second per process however many callers ask (single flight: concurrent callers wait for
the one probe in progress and share its result). The admin key gets the details.
"""

from __future__ import annotations

import math
import time
from datetime import datetime, timezone
from typing import Any

import anyio
import httpx
from pydantic import BaseModel, Field
from quart import Blueprint, current_app, jsonify
from quart_schema import document_response, tag, validate_querystring

from actors.kit import ActorRef
from actors.rate_limiter import BURST, SAFETY_FACTOR
from actors.rules.gcra import Gcra
from actors.storage import outbox, schedules
from actors.storage.schema import RATE_LIMITS
from web.access import admin_only, public
from web.context import ctx
from web.params import Query
from web.redact import redact
from web.scope import sees_everything

bp = Blueprint("system", __name__)

#: a probe result younger than this is reused
HEALTH_MAX_AGE_SECONDS = 1.0
#: how many upcoming scheduled runs ``/supervisor`` lists
NEXT_RUNS = 10


async def _probe_mongo(result: dict) -> None:
    started = time.perf_counter()
    try:
        with anyio.fail_after(2.5):
            await ctx().store.admin_command("ping")
        result["mongodb"] = {"status": "ok", "latency_ms": round((time.perf_counter() - started) * 1000, 1)}
    except Exception as exc:  # any failure means "not usable now"
        result["mongodb"] = {"status": "unavailable", "error": type(exc).__name__,
                             "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


async def _probe_provider(result: dict) -> None:
    started = time.perf_counter()
    url = ctx().provider_url.rstrip("/") + "/health"
    try:
        response = await ctx().http.get(url, timeout=2.0)
        ok = response.status_code == 200
        result["external_api"] = {"status": "ok" if ok else "unavailable", "http_status": response.status_code,
                                  "latency_ms": round((time.perf_counter() - started) * 1000, 1)}
    except httpx.HTTPError as exc:
        result["external_api"] = {"status": "unavailable", "error": type(exc).__name__,
                                  "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


class HealthProbe:
    """The last probe of MongoDB and the provider, refreshed at most every ``max_age`` s."""

    def __init__(self, max_age: float = HEALTH_MAX_AGE_SECONDS) -> None:
        self._max_age = max_age
        self._deps: dict = {}
        self._at = -math.inf
        self._lock: anyio.Lock | None = None  # made inside the event loop, on first use

    async def dependencies(self) -> dict:
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            if anyio.current_time() - self._at >= self._max_age:
                deps: dict = {}
                async with anyio.create_task_group() as tg:
                    tg.start_soon(_probe_mongo, deps)
                    tg.start_soon(_probe_provider, deps)
                self._deps, self._at = deps, anyio.current_time()
            return dict(self._deps)


def _statuses_only(deps: dict) -> dict:
    public_view = {name: {"status": dep.get("status")} for name, dep in deps.items() if name != "notify_circuit"}
    circuit = deps["notify_circuit"]
    state = circuit.get("state")
    public_view["notify_circuit"] = {"status": circuit.get("status", "ok" if state == "closed" else state),
                                     "state": state}
    return public_view


@bp.get("/health")
@public
@tag(["system"])
async def health():
    """MongoDB and the provider, probed concurrently with short timeouts; 503 if either is down.
    Statuses only; the admin key also gets latencies and error names."""
    probe: HealthProbe = current_app.extensions.setdefault("tickets_health", HealthProbe())
    deps = await probe.dependencies()
    notifier = ctx().notifier
    breaker = getattr(notifier.snapshot, "breaker", None) if notifier is not None else None
    deps["notify_circuit"] = breaker.to_status() if breaker is not None else {"status": "not_running"}
    healthy = deps["mongodb"]["status"] == "ok" and deps["external_api"]["status"] == "ok"
    body = {"status": "ok" if healthy else "degraded",
            "dependencies": deps if sees_everything() else _statuses_only(deps)}
    return jsonify(body), 200 if healthy else 503


# -- /supervisor: the tree and what every actor knows --------------------------------------
#
# Each actor publishes an immutable snapshot (``ActorRef.snapshot``) after every message and
# tick; ``/supervisor`` shows them all, each in a documented shape built field by field from
# the snapshot (a whitelist: nothing an actor adds later leaks out by itself). A few facts
# the actors do not hold are read from MongoDB, where every process shares them: the
# provider budget's next slot, the outbox counts and the schedule's next runs. No secret,
# pid, URL or path is in any of these shapes, and the whole body still passes ``redact``.


class RateLimiterSnapshot(BaseModel):
    """``rate_limiter``: the provider budget, shared by every process through MongoDB."""

    rate_per_minute: int = Field(description="UPSTREAM_CALLS_PER_MINUTE")
    permits: int = Field(description="slots this process granted since it started")
    penalties: int = Field(description="provider 429 pauses this process recorded")
    queued: int = Field(description="callers of this process waiting for a slot, all tenants")
    waiting: dict[str, int] = Field(description="waiting callers by tenant (the one served least recently goes next)")
    last_wait_seconds: float = Field(description="how long the last granted caller waited")
    next_slot_at: datetime | None = Field(description="earliest start of a new call, any process (null: never used)")
    paused_until: datetime | None = Field(description="a provider 429 pause in force for everyone, or null")


class BreakerSnapshot(BaseModel):
    """The notify circuit breaker (``GET /circuit/notify/status`` plus its counters)."""

    state: str = Field(description="closed, open or half_open")
    failures_in_window: int
    window_size: int
    failure_threshold: int
    opened_at: str | None = Field(description="ISO-8601; null while closed")
    retry_at: str | None = Field(description="ISO-8601: when a probe call is let through; null while closed")
    total_calls: int
    total_failures: int
    short_circuited: int = Field(description="calls refused without calling /notify")


class SeverityWaitSnapshot(BaseModel):
    severity: str
    sent: int
    mean_seconds: float
    max_seconds: float


class OutboxCounts(BaseModel):
    """The durable alert outbox, every tenant and process (MongoDB)."""

    pending: int
    sent: int
    dead: int


class NotifierSnapshot(BaseModel):
    """``notifier``: delivery from the outbox through the breaker."""

    breaker: BreakerSnapshot
    sent: int = Field(description="alerts this process delivered")
    failed: int = Field(description="failed attempts (retried later)")
    dead: int = Field(description="alerts given up after the last attempt")
    returned_unsent: int = Field(description="claimed, then handed back because the breaker refused")
    throttled: int = Field(description="429 answers from /notify")
    paused_seconds: float = Field(description="what is left of a Retry-After pause (0: sending)")
    waits: list[SeverityWaitSnapshot] = Field(description="queued-to-accepted waits by severity, most severe first")
    outbox: OutboxCounts | None = Field(description="null when MongoDB did not answer")


class LockKeeperSnapshot(BaseModel):
    """``lock_keeper``: the tenant locks this process's jobs hold, refreshed before their TTL."""

    held: int
    refreshes: int
    lost: int = Field(description="locks found taken over at refresh (their jobs were stopped)")
    refresh_errors: int


class CancelWatchSnapshot(BaseModel):
    """``cancel_watch``: this process's running jobs, whose cancel flags it reads in one query."""

    watched: int
    polls: int
    cancelled: int = Field(description="jobs it found asked to stop (each then ended cancelled)")
    poll_errors: int


class JanitorSnapshot(BaseModel):
    """``janitor``: jobs of dead processes marked abandoned; stale rollups healed."""

    sweeps: int
    abandoned: int
    healed: int = Field(description="tenants whose rollups it rebuilt or refreshed")
    last_sweep_at: datetime | None


class IngestSnapshot(BaseModel):
    """``ingest``: job starts in this process."""

    started: int
    rejected: int = Field(description="refused because the tenant already had a running job")
    running: int = Field(description="ingesters running in this process now")


class LoopMonitorSnapshot(BaseModel):
    """``loop_monitor``: how late the event loop wakes up (over the last minute)."""

    samples: int
    last_seconds: float
    p50_seconds: float
    p99_seconds: float
    max_seconds: float


class ScheduledRun(BaseModel):
    tenant_id: str
    next_run_at: datetime | None


class SchedulerSnapshot(BaseModel):
    """``scheduler``: scheduled syncs (this process's passes; the schedule itself is shared)."""

    interval_seconds: float = Field(description="SYNC_INTERVAL_SECONDS (0: off)")
    passes: int
    started: int
    skipped: int = Field(description="due runs skipped because a job held the tenant")
    not_started: int
    pass_errors: int
    scheduled_tenants: int | None = Field(description="tenants in the shared schedule (null: MongoDB did not answer)")
    next_runs: list[ScheduledRun] = Field(description=f"the soonest {NEXT_RUNS} runs due, soonest first")


class ActorSnapshots(BaseModel):
    """Every actor's snapshot; null for an actor not running in this process."""

    rate_limiter: RateLimiterSnapshot | None = None
    notifier: NotifierSnapshot | None = None
    lock_keeper: LockKeeperSnapshot | None = None
    cancel_watch: CancelWatchSnapshot | None = None
    janitor: JanitorSnapshot | None = None
    ingest: IngestSnapshot | None = None
    loop_monitor: LoopMonitorSnapshot | None = None
    scheduler: SchedulerSnapshot | None = None


class MailboxSnapshot(BaseModel):
    queued: int
    capacity: int
    handled: int
    failed_asks: int


class SupervisorView(BaseModel):
    """``GET /supervisor``."""

    name: str
    kind: str
    children: list[dict[str, Any]] = Field(description="name, kind, state, restarts, last_error, started_at, "
                                                       "restart, children (nested)")
    mailboxes: dict[str, MailboxSnapshot]
    actors: ActorSnapshots


async def _rate_limiter(snapshot: Any) -> RateLimiterSnapshot:
    next_slot = paused = None
    try:
        doc = await ctx().store[RATE_LIMITS].find_one({"_id": "provider"}, {"tat": 1, "penalty_until": 1}) or {}
    except Exception:  # the budget's document is a detail: the rest of the snapshot stands
        doc = {}
    now = time.time()
    if isinstance(doc.get("tat"), (int, float)):
        tolerance = Gcra(snapshot.rate_per_minute / SAFETY_FACTOR, burst=BURST).tolerance
        next_slot = _epoch(max(now, float(doc["tat"]) - tolerance))
    if isinstance(doc.get("penalty_until"), (int, float)) and doc["penalty_until"] > now:
        paused = _epoch(float(doc["penalty_until"]))
    return RateLimiterSnapshot(rate_per_minute=snapshot.rate_per_minute, permits=snapshot.permits,
                               penalties=snapshot.penalties, queued=sum(snapshot.waiting.values()),
                               waiting=dict(snapshot.waiting), last_wait_seconds=snapshot.last_wait_seconds,
                               next_slot_at=next_slot, paused_until=paused)


def _epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


async def _notifier(snapshot: Any) -> NotifierSnapshot:
    try:
        outbox_counts: OutboxCounts | None = OutboxCounts(**await outbox.depth_by_status(ctx().store))
    except Exception:
        outbox_counts = None
    breaker = snapshot.breaker
    status = breaker.to_status()
    return NotifierSnapshot(
        breaker=BreakerSnapshot(state=status["state"], failures_in_window=breaker.failures_in_window,
                                window_size=breaker.window_size, failure_threshold=breaker.failure_threshold,
                                opened_at=status["opened_at"], retry_at=status["retry_at"],
                                total_calls=breaker.total_calls, total_failures=breaker.total_failures,
                                short_circuited=breaker.short_circuited),
        sent=snapshot.sent, failed=snapshot.failed, dead=snapshot.dead, returned_unsent=snapshot.returned_unsent,
        throttled=snapshot.throttled, paused_seconds=round(snapshot.paused_seconds, 3),
        waits=[SeverityWaitSnapshot(severity=w.severity, sent=w.sent, mean_seconds=round(w.mean_seconds, 3),
                                    max_seconds=round(w.max_seconds, 3)) for w in snapshot.waits],
        outbox=outbox_counts)


async def _scheduler(snapshot: Any) -> SchedulerSnapshot:
    try:
        entries = await schedules.entries(ctx().store)
    except Exception:
        entries = None
    runs = sorted(((tenant, entry.get("next_run_at")) for tenant, entry in (entries or {}).items()),
                  key=lambda run: (run[1] is None, run[1] or datetime.min.replace(tzinfo=timezone.utc)))
    return SchedulerSnapshot(
        interval_seconds=snapshot.interval_seconds, passes=snapshot.passes, started=snapshot.started,
        skipped=snapshot.skipped, not_started=snapshot.not_started, pass_errors=snapshot.pass_errors,
        scheduled_tenants=len(entries) if entries is not None else None,
        next_runs=[ScheduledRun(tenant_id=tenant, next_run_at=at) for tenant, at in runs[:NEXT_RUNS]])


def _fields(model: type[BaseModel], snapshot: Any) -> BaseModel:
    """A model from the snapshot's fields of the same names (and only those)."""
    return model(**{name: getattr(snapshot, name) for name in model.model_fields})


def _published(ref: ActorRef | None) -> Any:
    return ref.snapshot if ref is not None else None


async def actor_snapshots() -> ActorSnapshots:
    """What every actor published, in its documented shape."""
    context = ctx()
    with_facts = {"rate_limiter": (context.rate_limiter, _rate_limiter), "notifier": (context.notifier, _notifier),
                  "scheduler": (context.scheduler, _scheduler)}
    plain = {"lock_keeper": (context.lock_keeper, LockKeeperSnapshot),
             "cancel_watch": (context.cancel_watch, CancelWatchSnapshot), "janitor": (context.janitor, JanitorSnapshot),
             "ingest": (context.ingest, IngestSnapshot), "loop_monitor": (context.loop_monitor, LoopMonitorSnapshot)}
    views: dict[str, BaseModel | None] = {}
    for name, (ref, build) in with_facts.items():
        snapshot = _published(ref)
        views[name] = await build(snapshot) if snapshot is not None else None
    for name, (ref, model) in plain.items():
        snapshot = _published(ref)
        views[name] = _fields(model, snapshot) if snapshot is not None else None
    ingest = views["ingest"]
    if isinstance(ingest, IngestSnapshot):
        # published when a job starts, not when it ends: the tree counts the ingesters now
        jobs = [child for node in context.tree() if node.name == "ingest" for child in node.children]
        views["ingest"] = ingest.model_copy(update={"running": sum(1 for job in jobs if job.state == "running")})
    return ActorSnapshots(**views)


@bp.get("/supervisor")
@admin_only
@tag(["system"])
@document_response(SupervisorView)
async def supervisor_tree():
    """The actor tree as it stands (name, kind, state, restarts, last error, started_at), each
    actor's mailbox, and every actor's snapshot in a documented shape (``actors``)."""
    context = ctx()
    children = [info.as_dict() for info in context.tree()]
    refs = (context.rate_limiter, context.notifier, context.lock_keeper, context.cancel_watch, context.loop_monitor,
            context.janitor, context.ingest, context.scheduler)
    mailboxes = {ref.name: MailboxSnapshot(**ref.stats()._asdict()) for ref in refs if ref is not None}
    view = SupervisorView(name="root", kind="supervisor", children=children, mailboxes=mailboxes,
                          actors=await actor_snapshots())
    return jsonify(redact(view.model_dump()))


class LogQuery(Query):
    limit: int = Field(100, ge=1, le=1000)


@bp.get("/supervisor/log")
@admin_only
@tag(["system"])
@validate_querystring(LogQuery)
async def supervisor_log(query_args: LogQuery):
    """Recent supervision events (start, crash, restart, stop, escalate), newest last."""
    return jsonify({"items": redact(ctx().recent_events(query_args.limit))})
