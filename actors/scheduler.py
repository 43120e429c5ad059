"""The scheduler: every registered tenant syncs on its own, once per interval, from any process.

Each pass (every ``poll_seconds``, or on :class:`RunDue`):

1. **enrol**: a tenant registered since the last pass gets a schedule entry, its first run
   spread over the first tenth of its interval so a hundred new tenants do not start at once;
   a changed interval is taken up; tenants gone or turned off (interval 0) are dropped;
2. **settle**: scheduled jobs that ended have their outcome read from ``ingestion_logs`` and
   recorded (``/ingest/status`` shows it). A failed or abandoned run doubles the tenant's
   interval, up to a cap; a completed run resets it. A run that outlived its next slot moves
   that slot past its end (the slot is skipped, not run late back to back);
3. **claim and start**: each due entry is claimed by one atomic update in MongoDB (see
   ``storage/schedules.py``), so with several app processes each run happens once; the
   claimer asks the ``ingest`` actor for a job. A held lock (someone started one by hand)
   is not an error: the slot is skipped.

Every next run is jittered (+-10% of the interval) so tenants that started together drift
apart instead of hitting the provider in step forever.

Time comes from ``clock`` and randomness from ``rng``: tests drive passes with ``RunDue``
and a fake clock, and run in milliseconds.
"""

from __future__ import annotations

import logging
import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from actors.ingest import StartJob
from actors.kit import Actor, ActorRef
from actors.rules.clock import to_millis, utcnow
from actors.storage import schedules, tenant_locks
from actors.storage.store import Store
from actors.storage.tenant_locks import LockHeld

log = logging.getLogger("tickets.scheduler")

#: job statuses that count as a failed run (``cancelled`` is an operator's choice: neutral)
FAILED = ("failed", "abandoned")


@dataclass(frozen=True, slots=True)
class RunDue:
    """Run one pass now (tests, operators); replies with a :class:`PassReport`."""


SchedulerMsg = RunDue


@dataclass(frozen=True, slots=True)
class PassReport:
    #: (tenant_id, job_id) of every job started
    started: tuple[tuple[str, str], ...] = ()
    #: tenants whose due run was skipped because a job held the tenant
    skipped: tuple[str, ...] = ()
    #: tenants whose job could not be started (counted as a failure)
    not_started: tuple[str, ...] = ()
    #: (tenant_id, status) of scheduled jobs whose end was recorded
    settled: tuple[tuple[str, str], ...] = ()
    #: the pass stopped claiming because ``max_running_jobs`` jobs ran (the rest wait, unharmed)
    at_capacity: bool = False


class SchedulerStats(NamedTuple):
    interval_seconds: float
    passes: int
    started: int
    skipped: int
    not_started: int
    pass_errors: int


@dataclass(frozen=True, slots=True)
class SyncPolicy:
    """How far apart runs are: interval, jitter and backoff, as plain arithmetic."""

    #: the global interval; 0 turns scheduling off
    interval_seconds: float
    #: each next run lands within +-ratio of its interval; a first run within [0, ratio * interval]
    jitter_ratio: float = 0.1
    #: the backed-off interval never exceeds this (nor goes below the tenant's own interval)
    backoff_cap_seconds: float = 3600.0
    rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def tenant_interval(self, override: object) -> float:
        """The tenant's override when it is a number >= 0 (0: off), else the global interval."""
        if isinstance(override, (int, float)) and not isinstance(override, bool) and override >= 0:
            return float(override)
        return float(self.interval_seconds)

    def backed_off(self, interval: float, failures: int) -> float:
        if failures <= 0:
            return interval
        return min(max(interval, self.backoff_cap_seconds), interval * 2.0 ** min(failures, 32))

    def first_delay(self, interval: float) -> float:
        return self.rng.uniform(0.0, interval * self.jitter_ratio)

    def jittered(self, interval: float) -> float:
        return interval * self.rng.uniform(1.0 - self.jitter_ratio, 1.0 + self.jitter_ratio)


def seconds(value: float) -> timedelta:
    return timedelta(seconds=value)


class Scheduler(Actor[SchedulerMsg]):
    def __init__(self, store: Store, ingest: ActorRef[Any], policy: SyncPolicy, *, owner: str,
                 poll_seconds: float | None = None, lease_seconds: float = 120.0, ask_timeout: float = 15.0,
                 max_starts_per_pass: int = 100, max_running_jobs: int | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._ingest = ingest
        self._policy = policy
        self._owner = owner
        self._lease = lease_seconds
        self._ask_timeout = ask_timeout
        self._max_starts = max_starts_per_pass
        self._max_running = max_running_jobs
        self._clock = clock
        if poll_seconds is None:  # ten looks per interval, never more often than 20 a second nor rarer than every 5 s
            poll_seconds = min(5.0, max(0.05, policy.interval_seconds / 10))
        self.tick_seconds = poll_seconds if policy.interval_seconds > 0 else math.inf
        self._indexed = False
        self._passes = self._started = self._skipped = self._not_started = self._errors = 0

    def snapshot(self) -> SchedulerStats:
        return SchedulerStats(self._policy.interval_seconds, self._passes, self._started, self._skipped,
                              self._not_started, self._errors)

    async def handle(self, message: SchedulerMsg) -> PassReport:
        match message:
            case RunDue():
                return await self.run_pass()
        raise TypeError(f"scheduler cannot handle {message!r}")

    async def on_tick(self) -> None:
        try:
            await self.run_pass()
        except Exception as exc:  # the database may be away: the next tick tries again
            self._errors += 1
            log.warning("scheduling pass failed", extra={"error": str(exc)[:200]})

    def _now(self) -> datetime:
        return to_millis(self._clock())

    async def run_pass(self) -> PassReport:
        if self._policy.interval_seconds <= 0:
            return PassReport()
        if not self._indexed:
            await schedules.ensure_indexes(self._store)
            self._indexed = True
        now = self._now()
        intervals = {tenant: self._policy.tenant_interval(override)
                     for tenant, override in (await schedules.registered(self._store)).items()}
        await self._enrol({t: i for t, i in intervals.items() if i > 0}, now)
        settled = await self._settle(now)
        started: list[tuple[str, str]] = []
        skipped: list[str] = []
        not_started: list[str] = []
        at_capacity = False
        for _ in range(self._max_starts):
            if self._max_running is not None and await tenant_locks.count_held(self._store) >= self._max_running:
                at_capacity = True  # as POST /ingest/run answers 429: due entries stay due for the next pass
                break
            claim_id = uuid.uuid4().hex
            entry = await schedules.claim_due(self._store, now, now + seconds(self._lease), claim_id, self._owner)
            if entry is None:
                break
            tenant = entry["_id"]
            match await self._start(entry, claim_id, intervals.get(tenant, 0.0), now):
                case ("started", str(job_id)):
                    started.append((tenant, job_id))
                case ("skipped", _):
                    skipped.append(tenant)
                case ("not_started", _):
                    not_started.append(tenant)
        self._passes += 1
        self._started += len(started)
        self._skipped += len(skipped)
        self._not_started += len(not_started)
        return PassReport(tuple(started), tuple(skipped), tuple(not_started), tuple(settled), at_capacity)

    async def _enrol(self, intervals: dict[str, float], now: datetime) -> None:
        known = await schedules.entries(self._store)
        for tenant, interval in intervals.items():
            entry = known.get(tenant)
            first = now + seconds(self._policy.first_delay(interval))
            if entry is None:
                if await schedules.add(self._store, tenant, first, interval, now):
                    log.info("tenant scheduled", extra={"tenant_id": tenant, "interval_seconds": interval})
            elif entry.get("base_interval_seconds") != interval:
                await schedules.retime(self._store, tenant, interval, first)
        gone = set(known) - set(intervals)
        if gone:
            await schedules.remove(self._store, gone)

    async def _settle(self, now: datetime) -> list[tuple[str, str]]:
        """Read how each pending scheduled job ended, and let failures push the next run out."""
        entries = await schedules.pending(self._store)
        jobs = await schedules.jobs(self._store, [e["pending_job_id"] for e in entries])
        settled = []
        for entry in entries:
            job = jobs.get(entry["pending_job_id"], {"job_id": entry["pending_job_id"], "status": "missing",
                                                     "error": "job document not found", "finished_at": now})
            if job.get("status") == "running":
                continue
            if await self._settle_one(entry, job, now):
                settled.append((entry["_id"], job["status"]))
        return settled

    async def _settle_one(self, entry: dict, job: dict, now: datetime) -> bool:
        before = int(entry.get("consecutive_failures") or 0)
        status = job["status"]
        failures = before + 1 if status in FAILED else 0 if status == "completed" else before
        base = float(entry.get("base_interval_seconds") or self._policy.interval_seconds)
        interval = self._policy.backed_off(base, failures)
        next_run_at: datetime = entry["next_run_at"]
        started_at = entry.get("last_started_at") or now
        if failures != before:
            next_run_at = started_at + seconds(self._policy.jittered(interval))
        finished_at = job.get("finished_at") or now
        if next_run_at < finished_at:
            # the slot came while the job still ran: skip it rather than run again back to back
            missed = math.floor((finished_at - next_run_at).total_seconds() / max(interval, 1.0)) + 1
            next_run_at = next_run_at + seconds(missed * max(interval, 1.0))
        outcome = {"job_id": job["job_id"], "status": status, "error": job.get("error"), "finished_at": finished_at}
        done = await schedules.settle(self._store, entry["_id"], job["job_id"], outcome, consecutive_failures=failures,
                                      interval_seconds=interval, next_run_at=next_run_at)
        if done and status != "completed":
            log.info("scheduled run ended", extra={"tenant_id": entry["_id"], "job_id": job["job_id"], "status": status,
                                                   "consecutive_failures": failures})
        return done

    async def _start(self, entry: dict, claim_id: str, base: float, now: datetime) -> tuple[str, str | None]:
        """Ask for a job for the claimed tenant; returns (what happened, job id)."""
        tenant = entry["_id"]
        if base <= 0:  # unregistered or turned off since the claim's read: drop it
            await schedules.remove(self._store, [tenant])
            return "gone", None
        failures = int(entry.get("consecutive_failures") or 0)
        interval = self._policy.backed_off(base, failures)
        next_run_at = now + seconds(self._policy.jittered(interval))
        try:
            job = await self._ingest.ask(StartJob(tenant), timeout=self._ask_timeout)
        except LockHeld as held:
            await schedules.reschedule(self._store, tenant, claim_id, next_run_at, interval_seconds=interval,
                                       last_skip={"at": now, "job_id": held.job_id})
            return "skipped", None
        except Exception as exc:  # noqa: BLE001 - whatever refused the start, back off and say why
            failures += 1
            interval = self._policy.backed_off(base, failures)
            error = f"{type(exc).__name__}: {exc}"[:300]
            await schedules.reschedule(
                self._store, tenant, claim_id, now + seconds(self._policy.jittered(interval)),
                interval_seconds=interval, consecutive_failures=failures,
                last_outcome={"job_id": None, "status": "not_started", "error": error, "finished_at": now})
            log.warning("scheduled run not started", extra={"tenant_id": tenant, "error": error})
            return "not_started", None
        job_id = job["job_id"]
        await schedules.reschedule(self._store, tenant, claim_id, next_run_at, interval_seconds=interval,
                                   pending_job_id=job_id, last_scheduled_job_id=job_id, last_started_at=now)
        return "started", job_id
