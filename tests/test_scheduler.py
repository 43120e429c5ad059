"""The scheduler against the real embedded database, on both backends, with a fake clock.

The ``ingest`` actor is stood in for by a tiny actor served on a real :class:`ActorRef`:
it takes the real tenant lock and writes a real ``ingestion_logs`` document, so a skipped
run, a settled outcome and two schedulers racing are all decided by MongoDB, as in
production. Passes are driven with ``RunDue`` and the clock moves by hand: no sleeps.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone

import anyio
import pytest

from actors.ingest import StartJob
from actors.kit import Actor, ActorRef, run_actor
from actors.scheduler import PassReport, RunDue, Scheduler, SyncPolicy
from actors.storage import job_log, schedules, tenant_locks
from actors.storage.job_log import JobMetrics
from actors.storage.store import Store

pytestmark = pytest.mark.anyio

T0 = datetime(2030, 1, 1, 12, 0, tzinfo=timezone.utc)


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


class FakeIngest(Actor[StartJob]):
    """Starts 'jobs' the way ``Ingest`` does (lock, then document) without running them."""

    def __init__(self, store: Store, clock: FakeClock, started: list[tuple[str, str]],
                 refuse: set[str] | None = None) -> None:
        self._store = store
        self._clock = clock
        self.started = started
        self.refuse = refuse if refuse is not None else set()

    async def handle(self, message: StartJob) -> dict:
        tenant = message.tenant_id
        if tenant in self.refuse:
            raise RuntimeError(f"provider for {tenant} is misconfigured")
        job_id = uuid.uuid4().hex
        await tenant_locks.acquire(self._store, tenant, job_id, "test", 600)  # LockHeld goes back to the asker
        doc = job_log.new_job_document(job_id, tenant, "test", "v1")
        doc["started_at"] = self._clock()
        await job_log.create(self._store, doc)
        self.started.append((tenant, job_id))
        doc.pop("_id", None)
        return doc


@asynccontextmanager
async def serving(*pairs: tuple[Actor, ActorRef]) -> AsyncIterator[None]:
    try:
        async with anyio.create_task_group() as tg:
            for actor, ref in pairs:
                await tg.start(run_actor, actor, ref)
            yield
            tg.cancel_scope.cancel()
    finally:
        for _, ref in pairs:
            ref.close()


async def register(store: Store, *tenants: str, interval: int | None = None) -> None:
    for tenant in tenants:
        await store[schedules.TENANTS].update_one(
            {"_id": tenant}, {"$set": {"created_at": T0, "sync_interval_seconds": interval}}, upsert=True)


async def end_job(store: Store, tenant: str, job_id: str, status: str, at: datetime, error: str | None = None) -> None:
    """The job ends as an ingester would end it: final status, then the lock freed."""
    await job_log.finish(store, job_id, status, JobMetrics(), error, at - timedelta(seconds=1))
    await store["ingestion_logs"].update_one({"job_id": job_id}, {"$set": {"finished_at": at}})
    await tenant_locks.release(store, tenant, job_id)


def policy(interval: float, *, jitter: float = 0.1, cap: float = 3600.0, seed: int = 1) -> SyncPolicy:
    return SyncPolicy(interval, jitter_ratio=jitter, backoff_cap_seconds=cap, rng=random.Random(seed))


@asynccontextmanager
async def one_scheduler(store: Store, sync: SyncPolicy, clock: FakeClock, refuse: set[str] | None = None,
                        max_running_jobs: int | None = None):
    started: list[tuple[str, str]] = []
    ingest = FakeIngest(store, clock, started, refuse)
    ingest_ref: ActorRef = ActorRef("ingest", 16)
    scheduler = Scheduler(store, ingest_ref, sync, owner="p1", poll_seconds=3600, clock=clock,
                          max_running_jobs=max_running_jobs)
    ref: ActorRef = ActorRef("scheduler", 8)
    async with serving((ingest, ingest_ref), (scheduler, ref)):
        yield ref, started


async def run_due(ref: ActorRef) -> PassReport:
    return await ref.ask(RunDue(), timeout=30)


async def test_due_tenants_start_then_wait_for_their_next_interval(store):
    clock = FakeClock()
    await register(store, "acme", "globex", "initech")
    async with one_scheduler(store, policy(100), clock) as (ref, started):
        first = await run_due(ref)  # enrols: first runs within the first tenth of the interval
        clock.advance(10)
        report = await run_due(ref)
        assert sorted(t for t, _ in first.started + report.started) == ["acme", "globex", "initech"]
        assert (await run_due(ref)).started == ()  # nothing is due twice
        for tenant, job_id in started:
            await end_job(store, tenant, job_id, "completed", clock.advance(1))
        settled = await run_due(ref)
        assert sorted(settled.settled) == [("acme", "completed"), ("globex", "completed"), ("initech", "completed")]
        assert settled.started == ()
        clock.advance(115)  # past the interval plus its jitter
        again = await run_due(ref)
        assert sorted(t for t, _ in again.started) == ["acme", "globex", "initech"]
        status = await schedules.status(store, "acme")
        acme_jobs = [j for t, j in started if t == "acme"]
        assert status["last_scheduled_job_id"] == acme_jobs[-1]
        assert status["last_outcome"]["status"] == "completed" and status["last_outcome"]["job_id"] == acme_jobs[0]
        assert status["interval_seconds"] == 100 and status["consecutive_failures"] == 0
        assert clock.now + timedelta(seconds=90) <= status["next_run_at"] <= clock.now + timedelta(seconds=110)


async def test_a_held_lock_skips_the_run_without_error(store):
    clock = FakeClock()
    await register(store, "acme")
    await tenant_locks.acquire(store, "acme", "manual0001", "operator", 600)  # someone ran it by hand
    async with one_scheduler(store, policy(100), clock) as (ref, started):
        await run_due(ref)
        clock.advance(10)
        report = await run_due(ref)
        assert report.skipped == ("acme",) and report.started == () and report.not_started == ()
        entry = await store[schedules.SCHEDULE].find_one({"_id": "acme"})
        assert entry["last_skip"]["job_id"] == "manual0001"
        assert entry["consecutive_failures"] == 0 and entry["claim_id"] is None
        assert clock.now + timedelta(seconds=90) <= entry["next_run_at"] <= clock.now + timedelta(seconds=110)
        await tenant_locks.release(store, "acme", "manual0001")
        clock.advance(110)
        assert [t for t, _ in (await run_due(ref)).started] == ["acme"]


async def test_jitter_spreads_first_runs_and_keeps_next_runs_within_bounds(store):
    clock = FakeClock()
    tenants = [f"t{i:02d}" for i in range(40)]
    await register(store, *tenants)
    async with one_scheduler(store, policy(1000, seed=7), clock) as (ref, started):
        await run_due(ref)
        firsts = [e["next_run_at"] for e in await store[schedules.SCHEDULE].find({}) if e["_id"] not in dict(started)]
        firsts += [T0] * len(started)  # any due at once started already
        assert all(T0 <= at <= T0 + timedelta(seconds=100) for at in firsts)
        assert max(firsts) - min(firsts) > timedelta(seconds=50), "first runs must not start together"
        clock.advance(100)
        await run_due(ref)
        assert sorted(t for t, _ in started) == tenants
        nexts = [e["next_run_at"] for e in await store[schedules.SCHEDULE].find({})]
        # every run started in this pass, at clock.now: the next one within +-10% of 1000 s after it
        assert all(clock.now + timedelta(seconds=900) <= at <= clock.now + timedelta(seconds=1100) for at in nexts)
        assert len(set(nexts)) > 30


def test_policy_bounds_hold_at_the_extremes():
    class Extremes(random.Random):
        def __init__(self, pick: str) -> None:
            super().__init__()
            self.pick = pick

        def uniform(self, a: float, b: float) -> float:
            return a if self.pick == "low" else b

    for pick in ("low", "high"):
        sync = SyncPolicy(300, jitter_ratio=0.1, backoff_cap_seconds=1000, rng=Extremes(pick))
        assert sync.jittered(300) == pytest.approx(270 if pick == "low" else 330)
        assert sync.first_delay(300) == pytest.approx(0 if pick == "low" else 30)
    sync = SyncPolicy(300, backoff_cap_seconds=1000)
    assert [sync.backed_off(300, n) for n in range(5)] == [300, 600, 1000, 1000, 1000]
    assert sync.backed_off(5000, 3) == 5000  # a cap below the tenant's own interval never shortens it
    assert sync.backed_off(300, 10_000) == 1000
    assert [sync.tenant_interval(v) for v in (None, 60, 0, -5, True, "x")] == [300, 60, 0, 300, 300, 300]


async def test_failed_runs_back_off_up_to_the_cap_and_a_success_resets(store):
    clock = FakeClock()
    await register(store, "acme")
    async with one_scheduler(store, policy(100, jitter=0.0, cap=350), clock) as (ref, started):
        await run_due(ref)  # jitter 0: the first run is due at once
        intervals = []
        for _ in range(3):
            assert len(started) == len(intervals) + 1, "one run per due slot"
            tenant, job_id = started[-1]
            run_started = clock.now
            await end_job(store, tenant, job_id, "failed", clock.advance(5), error="provider answered 500 six times")
            await run_due(ref)
            status = await schedules.status(store, "acme")
            intervals.append(status["interval_seconds"])
            assert status["last_outcome"] == {"job_id": job_id, "status": "failed", "error": "provider answered 500 six times",
                                              "finished_at": clock.now}
            assert status["next_run_at"] == run_started + timedelta(seconds=status["interval_seconds"])
            clock.now = status["next_run_at"] - timedelta(seconds=1)
            assert (await run_due(ref)).started == (), "not before the backed-off time"
            clock.advance(1)
            await run_due(ref)
        assert intervals == [200, 350, 350]
        assert (await schedules.status(store, "acme"))["consecutive_failures"] == 3
        tenant, job_id = started[-1]
        run_started = clock.now
        await end_job(store, tenant, job_id, "completed", clock.advance(5))
        await run_due(ref)
        status = await schedules.status(store, "acme")
        assert status["consecutive_failures"] == 0 and status["interval_seconds"] == 100
        assert status["next_run_at"] == run_started + timedelta(seconds=100)


async def test_a_start_that_fails_counts_as_a_failure_and_says_why(store):
    clock = FakeClock()
    await register(store, "acme")
    async with one_scheduler(store, policy(100, jitter=0.0), clock, refuse={"acme"}) as (ref, started):
        report = await run_due(ref)
        assert report.not_started == ("acme",) and started == []
        status = await schedules.status(store, "acme")
        assert status["last_outcome"]["status"] == "not_started"
        assert "misconfigured" in status["last_outcome"]["error"]
        assert status["consecutive_failures"] == 1 and status["interval_seconds"] == 200
        assert status["next_run_at"] == clock.now + timedelta(seconds=200)


async def test_a_run_longer_than_its_interval_skips_the_slots_it_overran(store):
    clock = FakeClock()
    await register(store, "acme")
    async with one_scheduler(store, policy(100, jitter=0.0), clock) as (ref, started):
        await run_due(ref)
        clock.advance(250)
        assert (await run_due(ref)).started == (), "the job still runs"
        _, job_id = started[0]
        await end_job(store, "acme", job_id, "completed", clock.now)
        report = await run_due(ref)
        assert report.settled == (("acme", "completed"),) and report.started == ()
        status = await schedules.status(store, "acme")
        assert status["next_run_at"] == T0 + timedelta(seconds=300)


async def test_past_max_running_jobs_due_runs_wait_for_room_without_penalty(store):
    clock = FakeClock()
    await register(store, "a", "b", "c", "d")
    async with one_scheduler(store, policy(100, jitter=0.0), clock, max_running_jobs=2) as (ref, started):
        report = await run_due(ref)
        assert len(report.started) == 2 and report.at_capacity
        waiting = {"a", "b", "c", "d"} - {t for t, _ in started}
        assert [(await schedules.status(store, t))["consecutive_failures"] for t in sorted(waiting)] == [0, 0]
        assert (await run_due(ref)).started == ()
        for tenant, job_id in list(started):
            await end_job(store, tenant, job_id, "completed", clock.advance(1))
        report = await run_due(ref)
        assert {t for t, _ in report.started} == waiting and report.at_capacity


async def test_two_schedulers_on_one_database_start_each_due_run_once(store):
    clock = FakeClock()
    tenants = [f"t{i:02d}" for i in range(12)]
    await register(store, *tenants)
    started: list[tuple[str, str]] = []
    pairs: list[tuple[Actor, ActorRef]] = []
    schedulers = []
    for n in (1, 2):
        ingest_ref: ActorRef = ActorRef(f"ingest{n}", 16)
        pairs.append((FakeIngest(store, clock, started), ingest_ref))
        ref: ActorRef = ActorRef(f"scheduler{n}", 8)
        pairs.append((Scheduler(store, ingest_ref, policy(100, seed=n), owner=f"p{n}", poll_seconds=3600, clock=clock), ref))
        schedulers.append(ref)
    async with serving(*pairs):
        await run_due(schedulers[0])  # enrol: first runs within [T0, T0 + 10]
        for round_ in range(3):
            reports: list[PassReport] = []

            async def pass_of(ref: ActorRef) -> None:
                reports.append(await run_due(ref))

            clock.advance(120)
            for _ in range(3):  # several racing passes per slot: still one start per tenant
                async with anyio.create_task_group() as tg:
                    for ref in schedulers:
                        tg.start_soon(pass_of, ref)
            assert sorted(t for t, _ in started) == sorted(tenants * (round_ + 1))
            assert all(r.skipped == () and r.not_started == () for r in reports), "no scheduler tried a taken run"
            for tenant, job_id in started[-len(tenants):]:
                await end_job(store, tenant, job_id, "completed", clock.now)
        assert len({job for _, job in started}) == len(started)


async def test_interval_zero_turns_it_off_globally_and_per_tenant(store):
    clock = FakeClock()
    await register(store, "acme", "globex")
    async with one_scheduler(store, policy(0), clock) as (ref, started):
        clock.advance(10_000)
        assert await run_due(ref) == PassReport()
        assert started == [] and await store[schedules.SCHEDULE].find({}) == []
    await register(store, "globex", interval=0)
    async with one_scheduler(store, policy(100, jitter=0.0), clock) as (ref, started):
        await run_due(ref)
        assert [t for t, _ in started] == ["acme"]
        assert (await schedules.status(store, "globex")) == schedules.NOT_SCHEDULED
        await register(store, "acme", interval=0)  # turned off later: its entry goes
        await run_due(ref)
        assert await store[schedules.SCHEDULE].find({}) == []


async def test_a_per_tenant_interval_applies_and_a_change_is_taken_up(store):
    clock = FakeClock()
    await register(store, "acme", interval=1000)
    async with one_scheduler(store, policy(100, jitter=0.0), clock) as (ref, started):
        await run_due(ref)
        assert (await schedules.status(store, "acme"))["interval_seconds"] == 1000
        _, job_id = started[0]
        await end_job(store, "acme", job_id, "completed", clock.advance(1))
        await register(store, "acme", interval=30)
        # the entry takes the new interval, so the next run comes now rather than in 1000 s
        assert [t for t, _ in (await run_due(ref)).started] == ["acme"]
        status = await schedules.status(store, "acme")
        assert status["interval_seconds"] == 30 and status["next_run_at"] == clock.now + timedelta(seconds=30)


async def test_the_actor_schedules_by_itself_on_its_tick(store):
    """No RunDue here: the real clock and the kit's tick start the first run."""
    await register(store, "acme")
    started: list[tuple[str, str]] = []
    clock = FakeClock()
    ingest_ref: ActorRef = ActorRef("ingest", 16)
    scheduler = Scheduler(store, ingest_ref, policy(1.0, jitter=0.0), owner="p1", poll_seconds=0.02)
    ref: ActorRef = ActorRef("scheduler", 8)
    async with serving((FakeIngest(store, clock, started), ingest_ref), (scheduler, ref)):
        with anyio.fail_after(20):
            while ref.snapshot is None or ref.snapshot.started < 1:  # published after the pass
                await anyio.sleep(0.02)
        assert [t for t, _ in started][:1] == ["acme"] and ref.snapshot.pass_errors == 0


async def test_status_of_an_unknown_tenant_is_all_empty(store):
    assert await schedules.status(store, "nobody") == {
        "next_run_at": None, "interval_seconds": None, "last_scheduled_job_id": None, "last_outcome": None,
        "consecutive_failures": 0}


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # the assembled app includes Quart: asyncio only
async def test_the_assembled_service_syncs_a_registered_tenant_on_its_own(store, provider, tmp_path):
    """As production wires it: the root starts the scheduler, which asks the real ingest actor."""
    from tests.support.stack import running_stack

    await register(store, "umbrella")
    async with running_stack(store, provider.url, tmp_path, sync_interval_seconds=2) as stack:
        names = [child.name for child in stack.root.tree()]
        assert names.index("scheduler") > names.index("ingest")
        with anyio.fail_after(60):
            while (await schedules.status(store, "umbrella"))["last_outcome"] is None:
                await anyio.sleep(0.1)
        status = await schedules.status(store, "umbrella")
        assert status["last_outcome"]["status"] == "completed", status
        job = await job_log.get(store, status["last_outcome"]["job_id"])
        assert job["tenant_id"] == "umbrella" and job["metrics"]["fetched"] > 0
