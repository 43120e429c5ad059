"""The notifier: drains the alert outbox through the circuit breaker, spending each call well.

It never blocks ingestion: the ingester only inserts outbox documents and pokes it. Each
round reads the head of the backlog (the most severe entries and the ones most likely to
succeed), asks the schedule (``rules/alert_schedule.py``) what the breaker's window can take
now, claims exactly those entries (a lease each, so other processes skip them) and sends
them at once with the idempotency key as ``Idempotency-Key``. Failures are rescheduled with
exponential backoff and full jitter; after ``max_attempts`` an entry is ``dead``.

Why a schedule and not "oldest due first": against a provider that fails the first calls
for every alert, the breaker must keep opening, and what each call is spent on decides
whether anything gets through (see the schedule's docstring and ``bench/alert_limit.py``).
The notifier learns, per number of failed attempts, how often the next call succeeds
(``SuccessModel``), and the schedule probes and fills the window with that.

While the breaker is open no HTTP call is made. A ``429`` from ``/notify`` pauses every call
of this notifier until its ``Retry-After`` has passed, and hands the entry back without using
up an attempt (the provider did not process it). Time is injected (``clock``: its
``monotonic()`` for the pause, its ``now()`` for leases, due times and waits), so tests run
leases and pauses on a fake clock instead of waiting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

import anyio
import httpx

from actors.kit import Actor, ActorError
from actors.rules import alert_schedule
from actors.rules.alert_schedule import BreakerView, Candidate, SuccessModel, severity_name
from actors.rules.backoff import Backoff, parse_retry_after
from actors.rules.circuit_breaker import CircuitBreaker, CircuitSnapshot
from actors.rules.timebase import SYSTEM_CLOCK, Clock
from actors.storage import outbox
from actors.storage.store import Store

log = logging.getLogger("tickets.notifier")

#: a hostile ``Retry-After`` must not silence alerts for longer than this
MAX_PAUSE_SECONDS = 300.0


@dataclass(frozen=True, slots=True)
class Poke:
    """New alerts were queued (or a batch finished): drain what is due."""


@dataclass(frozen=True, slots=True)
class ResetCircuit:
    """Force the breaker closed; replies with its snapshot."""


NotifierMsg = Poke | ResetCircuit


class SeverityWait(NamedTuple):
    """How long this process's sent alerts of one severity waited, queued to accepted."""

    severity: str
    sent: int
    mean_seconds: float
    max_seconds: float


class NotifierStats(NamedTuple):
    breaker: CircuitSnapshot
    sent: int
    failed: int
    dead: int
    #: claimed but not sent (the breaker refused); the attempt was given back
    returned_unsent: int
    #: ``429`` answers from ``/notify``
    throttled: int = 0
    #: seconds left of a ``Retry-After`` pause (0 when calls may go out)
    paused_seconds: float = 0.0
    #: per severity, most severe first (only severities with sent alerts)
    waits: tuple[SeverityWait, ...] = ()


class _Outcome(NamedTuple):
    kind: str  # "sent", "rejected" (4xx, permanent), "throttled" (429), "failed"
    error: str | None = None
    retry_after: float | None = None


class Notifier(Actor[NotifierMsg]):
    #: poll even without pokes: retries come due, other processes queue alerts
    tick_seconds = 1.0

    def __init__(self, store: Store, http: httpx.AsyncClient, notify_url: str, breaker: CircuitBreaker, *, owner: str,
                 timeout_seconds: float = 5.0, max_attempts: int = 8, concurrency: int = 8,
                 backoff: Backoff | None = None, lease_seconds: float | None = None,
                 clock: Clock = SYSTEM_CLOCK, model: SuccessModel | None = None) -> None:
        self._store = store
        self._http = http
        self._url = notify_url
        self.breaker = breaker
        self._owner = owner
        self._timeout = timeout_seconds
        self._max_attempts = max_attempts
        self._concurrency = concurrency
        self._backoff = backoff or Backoff(base=1.0, cap=300.0, max_attempts=max_attempts)
        #: a lease outlives the call it covers, so only a dead sender's entries come free
        self._lease = lease_seconds if lease_seconds is not None else timeout_seconds + 10
        self._now = clock.now
        self._clock = clock.monotonic
        self.model = model or SuccessModel()
        self._paused_until = float("-inf")
        self._sent = self._failed = self._dead = self._returned = self._throttled = 0
        #: priority -> (sent, total wait, max wait)
        self._waits: dict[int, tuple[int, float, float]] = {}

    def snapshot(self) -> NotifierStats:
        waits = tuple(SeverityWait(severity_name(rank), n, total / n, top)
                      for rank, (n, total, top) in sorted(self._waits.items()))
        return NotifierStats(self.breaker.snapshot(), self._sent, self._failed, self._dead, self._returned,
                             self._throttled, self._pause_left(), waits)

    async def handle(self, message: NotifierMsg) -> CircuitSnapshot | None:
        match message:
            case Poke():
                await self.on_tick()  # same guard: a database outage must not crash-loop us
                return None
            case ResetCircuit():
                self.breaker.reset()
                self._poke_self()
                return self.breaker.snapshot()
        raise TypeError(f"notifier cannot handle {message!r}")

    async def on_tick(self) -> None:
        try:
            await self._round()
        except Exception as exc:  # database away: try again next tick rather than crash-loop
            log.warning("outbox round failed", extra={"error": str(exc)[:200]})

    # -- one round ------------------------------------------------------------------------

    async def _round(self) -> None:
        if self._pause_left() > 0 or self.breaker.retry_after() > 0:
            return  # no call may go out: claiming now would only hand the entries back
        now = self._now()
        docs = await outbox.candidates(self._store, now, horizon_seconds=alert_schedule.MAX_WAIT_SECONDS,
                                       limit=max(16, 2 * self._concurrency),
                                       likely_attempts=self.model.likely_attempts(), cap=self.model.cap)
        decision = alert_schedule.plan(self._breaker_view(), [_candidate(doc, now) for doc in docs], self.model,
                                       self._concurrency)
        claimed = []
        for chosen in decision.calls:
            entry = await outbox.claim_key(self._store, chosen.key, self._owner, self._lease, now)
            if entry is not None:  # None: another process took it since we looked
                claimed.append(entry)
        if not claimed:
            return
        async with anyio.create_task_group() as tg:
            for entry in claimed:
                tg.start_soon(self._deliver, entry)
        self.publish()
        if self.breaker.retry_after() == 0 and self._pause_left() == 0:
            self._poke_self()  # more may be due; a poke lets status reads interleave

    def _breaker_view(self) -> BreakerView:
        b = self.breaker
        return BreakerView(b.state.value, b.recent_outcomes(), b.window, b.failure_threshold)

    def _pause_left(self) -> float:
        return max(0.0, self._paused_until - self._clock())

    def _poke_self(self) -> None:
        if self.ref is not None:
            try:
                self.ref.tell_nowait(Poke())
            except ActorError:
                pass

    # -- one entry ------------------------------------------------------------------------

    async def _deliver(self, entry: dict) -> None:
        key = entry["_id"]
        if not self.breaker.allow():
            self._returned += 1
            await outbox.release_unsent(self._store, key, self._owner)
            return
        try:
            outcome = await self._call(entry)
        except BaseException:
            self.breaker.record_failure()  # every allowed call gets exactly one outcome
            raise
        failed_before = int(entry.get("attempts", 1)) - 1
        if outcome.kind in ("sent", "rejected"):
            self.breaker.record_success()  # the endpoint answered
        else:
            self.breaker.record_failure()
        if outcome.kind in ("sent", "failed"):
            self.model.record(failed_before, outcome.kind == "sent")
        if outcome.kind == "sent":
            await self._sent_ok(entry)
        elif outcome.kind == "throttled":
            await self._throttled_by(entry, outcome.retry_after)
        else:
            await self._failed_with(entry, outcome.error or "failed", permanent=outcome.kind == "rejected")

    async def _call(self, entry: dict) -> _Outcome:
        try:
            with anyio.fail_after(self._timeout):
                response = await self._http.post(
                    self._url,
                    json={"ticket_id": entry["ticket_id"], "tenant_id": entry["tenant_id"],
                          "urgency": entry["urgency"], "reason": entry["reason"]},
                    headers={"Idempotency-Key": entry["_id"]},
                    timeout=self._timeout,
                )
        except TimeoutError:
            return _Outcome("failed", f"timeout after {self._timeout}s")
        except httpx.HTTPError as exc:
            return _Outcome("failed", f"{type(exc).__name__}: {exc}")
        status = response.status_code
        if status < 300:
            return _Outcome("sent")
        if status == 429:
            return _Outcome("throttled", "HTTP 429", parse_retry_after(response.headers.get("Retry-After")))
        if 400 <= status < 500 and status != 408:
            # the endpoint answered; our request is wrong and will stay wrong
            return _Outcome("rejected", f"HTTP {status}: {response.text[:200]}")
        return _Outcome("failed", f"HTTP {status}")

    async def _sent_ok(self, entry: dict) -> None:
        now = self._now()
        created = entry.get("created_at")
        wait = max(0.0, (now - created).total_seconds()) if isinstance(created, datetime) else None
        self._sent += 1
        if wait is not None:
            rank = _candidate(entry, now).priority
            n, total, top = self._waits.get(rank, (0, 0.0, 0.0))
            self._waits[rank] = (n + 1, total + wait, max(top, wait))
        await outbox.mark_sent(self._store, entry["_id"], self._owner, now, wait)

    async def _throttled_by(self, entry: dict, retry_after: float | None) -> None:
        """No call from this notifier before ``Retry-After``; the entry keeps its attempts."""
        pause = min(MAX_PAUSE_SECONDS, retry_after if retry_after is not None else self._backoff.ceiling(0))
        self._throttled += 1
        self._paused_until = max(self._paused_until, self._clock() + pause)
        await outbox.release_unsent(self._store, entry["_id"], self._owner,
                                    not_before=self._now() + timedelta(seconds=pause))
        log.info("notify throttled", extra={"key": entry["_id"], "retry_after": pause})

    async def _failed_with(self, entry: dict, error: str, *, permanent: bool) -> None:
        attempts = int(entry.get("attempts", 1))
        dead = permanent or attempts >= self._max_attempts
        self._failed += 1
        self._dead += dead
        await outbox.reschedule(self._store, entry["_id"], self._owner, self._backoff.delay(attempts - 1), error, dead,
                                self._now())
        log.info("alert delivery failed", extra={"key": entry["_id"], "tenant_id": entry["tenant_id"],
                                                 "attempt": attempts, "dead": dead, "error": error})


def _candidate(doc: dict, now: datetime) -> Candidate:
    """An outbox document as the schedule sees it; old entries without ``priority`` get the default."""
    rank = doc.get("priority")
    if not isinstance(rank, int) or isinstance(rank, bool):
        rank = alert_schedule.priority(doc.get("reason"), doc.get("urgency"))
    created = doc.get("created_at")
    due = doc.get("next_attempt_at")
    return Candidate(
        key=doc["_id"], priority=rank, attempts=int(doc.get("attempts", 0)),
        created=created.timestamp() if isinstance(created, datetime) else 0.0,
        due_in=(due - now).total_seconds() if isinstance(due, datetime) else 0.0,
    )
