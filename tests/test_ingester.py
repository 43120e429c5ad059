"""The ingester on its own, on asyncio and trio: the provider is a plain function behind
``httpx.MockTransport``, storage is the real embedded database, and the rate limiter and
lock keeper are the real actors.

What it must do, each with a test: walk the pages; honour a 429's Retry-After; retry a 5xx
and recover; stop writing when its lock is lost (fencing); end ``cancelled`` at once while it
waits for a permit, sleeps in backoff or fetches a page; fail, with the lock released and the
stored pages kept, when the provider pages endlessly, sends an oversized page or breaks
another trust bound, or when the job outlives its time limit (on a fake clock).

``IngestKit`` and ``FakeProvider`` are used by ``test_deletions.py`` and
``test_history_crash.py`` as well.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import math
import random
import time
import uuid
import warnings
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import pytest

from actors.cancel_watch import CancelWatch
from actors import ingester
from actors.ingester import IngestDeps, JobSpec, run_job
from actors.kit import ActorRef, run_actor
from actors.lock_keeper import LockKeeper, RefreshNow
from actors.provider_client import ProviderLimits
from actors.rate_limiter import Penalize, PenaltyBoard, RateLimiter
from actors.rules.backoff import Backoff
from actors.storage import job_log, tenant_locks
from actors.storage.schema import HISTORY, LOCKS, TICKETS
from tests.support.fake_clock import FakeClock
from tests.support.classifiers import KeywordClassifier

pytestmark = pytest.mark.anyio

TENANT = "acme"


# -- a provider as a plain function ---------------------------------------------------------

def make_ticket(i: int, tenant: str = TENANT, **fields: Any) -> dict:
    return {"id": f"T{i:05d}", "tenant_id": tenant, "source": "email", "customer_id": f"c{i % 5}",
            "subject": f"subject {i}", "message": f"message {i}", "status": "open",
            "created_at": "2030-01-01T09:00:00Z", "updated_at": "2030-01-01T10:00:00Z", **fields}


@dataclass
class FakeProvider:
    """Offset paging over one list, like the real ones; every behaviour a test needs is a knob.

    ``before(request, n)`` runs first for every ``/external`` call (``n`` counts them from 1)
    and may return a response to send instead (a 429, a 503, a huge body...).
    """

    tickets: list[dict] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    #: answer ``/external/deleted-tickets`` (False: 404, as a provider without one)
    has_deleted_list: bool = True
    before: Callable[[httpx.Request, int], Any] | None = None
    #: (monotonic time, path, status) of every call
    calls: list[tuple[float, str, int]] = field(default_factory=list)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        n = len(self.calls) + 1
        response = None
        if self.before is not None:
            response = self.before(request, n)
            if hasattr(response, "__await__"):
                response = await response
        if response is None:
            response = self.answer(request)
        self.calls.append((time.monotonic(), request.url.path, response.status_code))
        return response

    def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/external/support-tickets":
            page = int(request.url.params.get("page", "1"))
            size = int(request.url.params.get("page_size", "50"))
            chunk = self.tickets[(page - 1) * size: page * size]
            more = page * size < len(self.tickets)
            return httpx.Response(200, json={"tickets": chunk, "next_page": page + 1 if more else None,
                                             "total_count": len(self.tickets)})
        if path == "/external/deleted-tickets" and self.has_deleted_list:
            return httpx.Response(200, json={"deleted_ids": list(self.deleted)})
        if path.startswith("/external/support-tickets/"):
            wanted = path.rsplit("/", 1)[1]
            found = [t for t in self.tickets if t.get("id") == wanted]
            return httpx.Response(200, json=found[0]) if found else httpx.Response(404, json={"error": "not_found"})
        return httpx.Response(404, json={"error": "not_found"})

    def delete(self, ticket_id: str) -> None:
        self.tickets = [t for t in self.tickets if t.get("id") != ticket_id]
        self.deleted.append(ticket_id)

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.calls]


# -- the actors a job needs, started for one test -------------------------------------------

@dataclass
class IngestKit:
    deps: IngestDeps
    rate_limiter: ActorRef
    lock_keeper: ActorRef
    clock: Any

    async def start(self, tenant_id: str = TENANT) -> JobSpec:
        """What the ingest actor does before spawning: take the lock, write the job document."""
        job_id = uuid.uuid4().hex
        await tenant_locks.acquire(self.deps.store, tenant_id, job_id, "test", 60, now=self.clock.now())
        doc = job_log.new_job_document(job_id, tenant_id, "test", "test-1", now=self.clock.now())
        await job_log.create(self.deps.store, doc)
        return JobSpec(job_id, tenant_id, doc["started_at"])

    async def run(self, tenant_id: str = TENANT) -> dict:
        spec = await self.start(tenant_id)
        await run_job(spec, self.deps)
        return await job_log.get(self.deps.store, spec.job_id)


@asynccontextmanager
async def ingest_kit(store, provider: FakeProvider | None = None, *, url: str = "http://provider.test",
                     rate: int = 60_000, clock: Any = None, **overrides: Any):
    """Rate limiter, lock keeper and cancel watch running, deps built around ``provider`` (or a real ``url``)."""
    from actors.analytics.rollups import mark_pending, refresh_hours

    clock = clock or FakeClock()
    transport = provider.transport() if provider is not None else None
    async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(10.0)) as http:
        with ActorRef("rate_limiter", 256) as limiter_ref, ActorRef("lock_keeper", 64) as keeper_ref, \
                ActorRef("cancel_watch", 64) as watch_ref:
            async with anyio.create_task_group() as tg:
                await tg.start(run_actor, RateLimiter(store, rate), limiter_ref)
                await tg.start(run_actor, LockKeeper(store, 60, 20, clock), keeper_ref)
                await tg.start(run_actor, CancelWatch(store, 0.05), watch_ref)
                settings: dict[str, Any] = dict(
                    page_size=100, backoff=Backoff(base=0.01, cap=0.05, max_attempts=4),
                    refresh_rollups=refresh_hours, mark_rollups=mark_pending, penalties=PenaltyBoard(store),
                    clock=clock)
                settings.update(overrides)
                deps = IngestDeps(store=store, http=http, provider_url=url, rate_limiter=limiter_ref,
                                  lock_keeper=keeper_ref, cancel_watch=watch_ref, notifier=None,
                                  classifier=KeywordClassifier(), **settings)
                yield IngestKit(deps, limiter_ref, keeper_ref, clock)
                tg.cancel_scope.cancel()


async def stored_ids(store, tenant_id: str = TENANT, *, live: bool | None = None) -> set[str]:
    query: dict[str, Any] = {"tenant_id": tenant_id}
    if live is not None:
        query["deleted_at"] = None if live else {"$ne": None}
    return {doc["external_id"] for doc in await store[TICKETS].find(query, {"external_id": 1})}


async def lock_of(store, tenant_id: str = TENANT) -> dict:
    return await store[LOCKS].find_one({"_id": tenant_id})


async def run_cancelled_while(kit: IngestKit, waiting: Callable[[JobSpec], Any]) -> tuple[dict, float]:
    """Start a job, wait until ``await waiting(spec)`` says it is stuck where the test wants it,
    cancel it through the database (as ``DELETE`` does from any process); the final doc and
    the seconds it took to end."""
    spec = await kit.start()
    async with anyio.create_task_group() as tg:
        tg.start_soon(run_job, spec, kit.deps)
        with anyio.fail_after(20):
            while not await waiting(spec):
                await anyio.sleep(0.01)
        asked = time.monotonic()
        assert await job_log.request_cancel(kit.deps.store, spec.job_id) == "cancelling"
        with anyio.fail_after(20):  # generous: a busy machine; the contract's 2 s is shown in bench/
            while (await job_log.get(kit.deps.store, spec.job_id))["status"] == "running":
                await anyio.sleep(0.01)
        took = time.monotonic() - asked
    return await job_log.get(kit.deps.store, spec.job_id), took


async def _now(value: bool) -> bool:
    return value


class Longest(random.Random):
    """Full jitter that always draws the ceiling: the backoff sleep is as long as it can be."""

    def uniform(self, a: float, b: float) -> float:
        return b


# -- pages ------------------------------------------------------------------------------------

async def test_pages_are_walked_stored_and_a_rerun_changes_nothing(store):
    provider = FakeProvider([make_ticket(i) for i in range(250)] + [make_ticket(900, tenant="other")])
    async with ingest_kit(store, provider) as kit:
        job = await kit.run()
        assert job["status"] == "completed", job
        assert (job["processed_pages"], job["total_pages"], job["progress"]) == (3, 3, 100)
        m = job["metrics"]
        # a first run: nothing stored before it could have been deleted, so no deleted list
        assert (m["new"], m["other_tenant"], m["deleted"], m["upstream_calls"]) == (250, 1, 0, 3)
        assert provider.paths().count("/external/deleted-tickets") == 0
        assert len(await stored_ids(store)) == 250
        assert await store[HISTORY].count_documents({"tenant_id": TENANT, "action": "created"}) == 250
        assert (await lock_of(store))["job_id"] is None  # released
        again = await kit.run()
        assert (again["metrics"]["new"], again["metrics"]["unchanged"]) == (0, 250)
        assert provider.paths().count("/external/deleted-tickets") == 1
        assert await store[HISTORY].count_documents({"tenant_id": TENANT}) == 250


# -- 429 and 5xx ------------------------------------------------------------------------------

async def test_a_429_pauses_until_retry_after_and_the_job_completes(store):
    served: list[float] = []

    def before(request: httpx.Request, n: int):
        if n == 2:
            served.append(time.monotonic())
            return httpx.Response(429, headers={"Retry-After": "0.5"}, json={"error": "rate_limited"})
        return None

    provider = FakeProvider([make_ticket(i) for i in range(300)], before=before)
    async with ingest_kit(store, provider) as kit:
        job = await kit.run()
    assert job["status"] == "completed", job
    assert job["metrics"]["rate_limited"] == 1 and job["metrics"]["retries"] == 0
    later = [at for at, _, _ in provider.calls[2:]]
    assert later and min(later) >= served[0] + 0.5 - 0.005  # no call before Retry-After (wall vs monotonic: 5 ms)


async def test_5xx_is_retried_with_backoff_and_recovers(store):
    provider = FakeProvider([make_ticket(i) for i in range(150)],
                            before=lambda request, n: httpx.Response(503) if n in (2, 3) else None)
    async with ingest_kit(store, provider) as kit:
        job = await kit.run()
    assert job["status"] == "completed", job
    assert job["metrics"]["retries"] == 2 and len(await stored_ids(store)) == 150


async def test_a_provider_that_keeps_failing_fails_the_job_and_frees_the_lock(store):
    provider = FakeProvider([make_ticket(i) for i in range(150)],
                            before=lambda request, n: httpx.Response(503) if n >= 2 else None)
    async with ingest_kit(store, provider) as kit:
        job = await kit.run()
    assert job["status"] == "failed"
    assert "gave up after 4 attempts: HTTP 503" in job["error"]
    assert (await lock_of(store))["job_id"] is None
    assert len(await stored_ids(store)) == 100  # the first page stays
    assert job["metrics"]["deleted"] == 0


# -- fencing ----------------------------------------------------------------------------------

async def test_a_lost_lock_stops_the_job_without_writing_more(store):
    gate = anyio.Event()

    async def before(request: httpx.Request, n: int):
        if n == 2:
            await gate.wait()  # page 2 is in flight while the lock changes hands
        return None

    provider = FakeProvider([make_ticket(i) for i in range(300)], before=before)
    async with ingest_kit(store, provider) as kit:
        spec = await kit.start()
        async with anyio.create_task_group() as tg:
            tg.start_soon(run_job, spec, kit.deps)
            with anyio.fail_after(10):
                while len(provider.calls) < 1 or (await job_log.get(store, spec.job_id))["processed_pages"] < 1:
                    await anyio.sleep(0.01)
            # another job takes the tenant (as after an expiry); the keeper's next refresh finds out
            await store[LOCKS].update_one({"_id": TENANT}, {"$set": {"job_id": "intruder"}})
            await kit.lock_keeper.tell(RefreshNow())
            with anyio.fail_after(10):
                while (await job_log.get(store, spec.job_id))["status"] == "running":
                    await anyio.sleep(0.01)
            gate.set()
        job = await job_log.get(store, spec.job_id)
    assert job["status"] == "failed" and "lock lost" in job["error"]
    assert job["processed_pages"] == 1 and len(await stored_ids(store)) == 100
    assert (await lock_of(store))["job_id"] == "intruder"  # not ours to release
    assert kit.lock_keeper.snapshot.lost == 1


# -- cancel, whatever the job waits on -----------------------------------------------------------

async def test_cancel_while_waiting_for_a_permit(store):
    provider = FakeProvider([make_ticket(i) for i in range(300)])
    async with ingest_kit(store, provider) as kit:
        await kit.rate_limiter.ask(Penalize(120.0))  # the budget is paused for two minutes
        job, took = await run_cancelled_while(kit, lambda spec: _now(bool(kit.rate_limiter.snapshot.waiting)))
    assert job["status"] == "cancelled" and job["error"] is None
    assert provider.calls == [] and job["metrics"]["deleted"] == 0
    assert took < 20 and (await lock_of(store))["job_id"] is None


async def test_cancel_while_sleeping_in_backoff(store):
    provider = FakeProvider([make_ticket(i) for i in range(300)], before=lambda request, n: httpx.Response(503))
    async with ingest_kit(store, provider, backoff=Backoff(base=120, cap=120, max_attempts=5, rng=Longest())) as kit:
        job, took = await run_cancelled_while(kit, lambda spec: _now(len(provider.calls) >= 1))
    assert job["status"] == "cancelled"
    assert len(provider.calls) == 1  # never retried: the backoff sleep was cancelled


async def test_cancel_while_a_page_is_being_fetched_keeps_what_was_stored(store):
    started = []

    async def before(request: httpx.Request, n: int):
        started.append(n)
        if n == 2:
            await anyio.sleep_forever()  # page 2 never arrives
        return None

    async def stuck_on_page_two(spec: JobSpec) -> bool:
        return len(started) >= 2 and (await job_log.get(store, spec.job_id))["processed_pages"] >= 1

    provider = FakeProvider([make_ticket(i) for i in range(300)], before=before)
    provider.deleted.append("T00001")  # would be deleted by a complete run: a cancelled one must not
    async with ingest_kit(store, provider, limits=ProviderLimits(request_seconds=600)) as kit:
        job, took = await run_cancelled_while(kit, stuck_on_page_two)
    assert job["status"] == "cancelled"
    assert await stored_ids(store, live=True) >= {"T00000", "T00001"}
    assert "/external/deleted-tickets" not in provider.paths()


# -- trust bounds ---------------------------------------------------------------------------------

async def test_endless_paging_fails_the_job_with_the_lock_released(store):
    def endless(request: httpx.Request, n: int):
        page = int(request.url.params["page"])
        return httpx.Response(200, json={"tickets": [make_ticket(page)] if page == 1 else [],
                                         "next_page": page + 1, "total_count": 1})

    provider = FakeProvider(before=endless)
    async with ingest_kit(store, provider) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and "keeps paging" in job["error"], job
    assert len(provider.calls) <= 1 + 2 + 1  # one page allowed, plus the slack, plus the call that broke it
    assert (await lock_of(store))["job_id"] is None
    assert await stored_ids(store) == {"T00001"}


async def test_empty_pages_without_a_total_fail_the_job(store):
    provider = FakeProvider(before=lambda request, n: httpx.Response(
        200, json={"tickets": [], "next_page": int(request.url.params["page"]) + 1}))
    async with ingest_kit(store, provider) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and "empty but not the last" in job["error"]
    assert len(provider.calls) == 1


async def test_an_oversized_page_fails_the_job_keeping_the_pages_before_it(store):
    def big(request: httpx.Request, n: int):
        if n == 2:
            return httpx.Response(200, content=b'{"tickets": [' + b" " * 50_000 + b"]}",
                                  headers={"Content-Type": "application/json"})
        return None

    provider = FakeProvider([make_ticket(i) for i in range(300)], before=big)
    async with ingest_kit(store, provider, limits=ProviderLimits(max_body_bytes=40_000)) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and "40000-byte limit" in job["error"], job
    assert len(provider.calls) == 2  # not retried: the next answer would be as large
    assert len(await stored_ids(store)) == 100
    assert (await lock_of(store))["job_id"] is None


# Cutting a body short leaves httpx's own nested async generators to the garbage collector,
# which trio reports as a ResourceWarning; our generator is closed (``aclosing``), theirs are not ours.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_a_streamed_body_is_cut_at_the_cap_even_without_a_length(store):
    async def chunks():
        for _ in range(1000):
            yield b" " * 1000

    provider = FakeProvider(before=lambda request, n: httpx.Response(200, content=chunks()))
    async with ingest_kit(store, provider, limits=ProviderLimits(max_body_bytes=20_000)) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and "over the 20000-byte limit" in job["error"]


@pytest.mark.parametrize("shape, reason", [
    ("too_many", "more than page_size 100"),
    ("skips", "not 2"),
])
async def test_pages_that_break_the_listing_rules_fail_the_job(store, shape, reason):
    def odd(request: httpx.Request, n: int):
        if shape == "too_many":
            return httpx.Response(200, json={"tickets": [make_ticket(i) for i in range(101)], "next_page": None,
                                             "total_count": 101})
        return httpx.Response(200, json={"tickets": [make_ticket(1)], "next_page": 3, "total_count": 500})

    provider = FakeProvider(before=odd)
    async with ingest_kit(store, provider) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and reason in job["error"], job
    assert (await lock_of(store))["job_id"] is None


async def test_a_slow_request_meets_its_overall_deadline(store):
    async def slow(request: httpx.Request, n: int):
        await anyio.sleep(30)

    provider = FakeProvider(before=slow)
    async with ingest_kit(store, provider, limits=ProviderLimits(request_seconds=0.1),
                          backoff=Backoff(base=0.0, cap=0.0, max_attempts=2)) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and "gave up after 2 attempts: timeout" in job["error"], job


async def test_the_job_time_limit_runs_on_the_injected_clock(store):
    clock = FakeClock()

    def tick(request: httpx.Request, n: int):
        clock.advance(100)  # every call "takes" 100 s of job time; no real time passes
        return None

    provider = FakeProvider([make_ticket(i) for i in range(1000)], before=tick)
    async with ingest_kit(store, provider, clock=clock, job_max_seconds=250) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and "time limit of 250 s" in job["error"], job
    assert len(provider.calls) == 3 and job["duration_seconds"] == pytest.approx(300, abs=1)
    assert (await lock_of(store))["job_id"] is None


async def test_the_real_deadline_stops_a_job_stuck_anywhere(store):
    async def stuck(request: httpx.Request, n: int):
        await anyio.sleep_forever()

    provider = FakeProvider(before=stuck)
    async with ingest_kit(store, provider, job_max_seconds=0.3, limits=ProviderLimits(request_seconds=600)) as kit:
        job = await kit.run()
    assert job["status"] == "failed" and "time limit" in job["error"]


# -- deletions and malformed tickets ---------------------------------------------------------------

async def test_deletions_use_the_list_the_check_and_never_an_invalid_ticket(store):
    tickets = [make_ticket(i) for i in range(120)]
    provider = FakeProvider(tickets)
    async with ingest_kit(store, provider) as kit:
        assert (await kit.run())["status"] == "completed"
        provider.delete("T00003")                       # in the deleted list
        provider.tickets = [t for t in provider.tickets if t["id"] != "T00004"]  # gone, in no list: 404
        broken = dict(make_ticket(5), status=None)      # malformed this time: must stay as it was
        other = {"id": "X1", "tenant_id": "globex", "status": None}  # another tenant's malformed ticket
        provider.tickets = [broken if t["id"] == "T00005" else t for t in provider.tickets] + [other]
        job = await kit.run()
    assert job["status"] == "completed", job
    m = job["metrics"]
    assert (m["deleted"], m["deleted_by_list"], m["deleted_verified"], m["invalid"], m["other_tenant"]) == (2, 1, 1, 1, 1)
    assert await stored_ids(store, live=False) == {"T00003", "T00004"}
    kept = await store[TICKETS].find_one({"tenant_id": TENANT, "external_id": "T00005"})
    assert kept["deleted_at"] is None and kept["status"] == "open"
    assert await store["invalid_tickets"].count_documents({"tenant_id": TENANT}) == 1
    assert await store["invalid_tickets"].count_documents({"raw": {"$regex": "globex"}}) == 0
    entries = await store[HISTORY].find({"tenant_id": TENANT, "action": "deleted"})
    assert {(e["ticket_id"], e["reason"]) for e in entries} == {("T00003", "deleted_list"), ("T00004", "verified_404")}


async def test_a_first_run_skips_the_deleted_list_and_the_next_one_reads_it(store):
    """Nothing stored yet means nothing a deleted list could delete: the first run makes its
    page calls only; once tickets are stored, every run asks for the list again."""
    provider = FakeProvider([make_ticket(i) for i in range(120)])
    async with ingest_kit(store, provider) as kit:
        assert (await kit.run())["status"] == "completed"
        first = provider.paths()
        provider.calls.clear()
        provider.delete("T00007")
        job = await kit.run()
    assert first == ["/external/support-tickets"] * 2
    assert provider.paths() == ["/external/support-tickets"] * 2 + ["/external/deleted-tickets"]
    assert job["metrics"]["deleted_by_list"] == 1
    assert "T00007" in await stored_ids(store, live=False)


async def test_a_job_cancelled_at_its_first_query_leaves_no_stream_open(store):
    """The page stream between fetcher and storer is created after the job's first query: a
    cancel there (an operator, a shutdown) used to leave both ends open, which the garbage
    collector reported as a leak."""
    from actors.storage.job_log import JobMetrics

    async with ingest_kit(store, FakeProvider([make_ticket(i) for i in range(10)])) as kit:
        spec = await kit.start()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with anyio.CancelScope() as scope:
                scope.cancel()
                await ingester._work(spec, kit.deps, JobMetrics(), ingester.RollupBatch(kit.deps, TENANT))
            gc.collect()
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaks == []


async def test_a_ticket_skipped_by_shifting_pages_is_checked_and_kept(store):
    provider = FakeProvider([make_ticket(i) for i in range(300)], has_deleted_list=False)
    async with ingest_kit(store, provider) as kit:
        assert (await kit.run())["status"] == "completed"

        def shift(request: httpx.Request, n: int):
            if request.url.params.get("page") == "2" and "T00000" in {t["id"] for t in provider.tickets}:
                provider.tickets = provider.tickets[1:]  # deleted between pages 1 and 2: T00100 slides to page 1
            return None

        provider.before = shift
        job = await kit.run()
        # T00100 slid past the walk: missing, checked, alive. T00000 was seen before it went:
        # without a deleted list, its absence shows only on the next walk.
        assert job["status"] == "completed"
        assert (job["metrics"]["verified_live"], job["metrics"]["deleted"]) == (1, 0)
        assert await stored_ids(store, live=False) == set()
        job = await kit.run()
    assert (job["metrics"]["deleted_verified"], job["metrics"]["verified_live"]) == (1, 0)
    assert await stored_ids(store, live=False) == {"T00000"}


async def test_a_provider_without_the_single_ticket_endpoint_never_gets_its_404s_believed(store):
    """A 404 for the route, not the ticket: asked about a ticket the walk just saw, it says 404 too."""
    provider = FakeProvider([make_ticket(i) for i in range(150)], has_deleted_list=False)
    async with ingest_kit(store, provider) as kit:
        assert (await kit.run())["status"] == "completed"
        provider.tickets = provider.tickets[2:]  # two gone, in no list
        provider.before = lambda request, n: (httpx.Response(404, json={"error": "no such route"})
                                              if request.url.path.startswith("/external/support-tickets/") else None)
        job = await kit.run()
    assert job["status"] == "completed"
    assert (job["metrics"]["deleted"], job["metrics"]["deletions_deferred"]) == (0, 2)
    assert await stored_ids(store, live=False) == set()


# -- budget and shape -----------------------------------------------------------------------------

async def test_one_job_never_holds_more_than_three_pages(store):
    """One page stored, one buffered, one being fetched: memory per job stays bounded."""
    gate = anyio.Event()
    provider = FakeProvider([make_ticket(i) for i in range(1000)])
    async with ingest_kit(store, provider) as kit:
        original = kit.deps.mark_rollups

        async def slow_mark(*args):
            await gate.wait()
            await original(*args)

        kit.deps = dataclasses.replace(kit.deps, mark_rollups=slow_mark)
        spec = await kit.start()
        async with anyio.create_task_group() as tg:
            tg.start_soon(run_job, spec, kit.deps)
            # storing page 1 is blocked: fetching runs ahead by two pages, then waits
            with anyio.fail_after(10):
                while len(provider.calls) < 3:
                    await anyio.sleep(0.01)
            await anyio.sleep(0.2)  # room to overrun, if it would
            ahead = len(provider.calls)
            gate.set()
        job = await job_log.get(store, spec.job_id)
    assert ahead == 3, provider.paths()
    assert job["status"] == "completed" and job["processed_pages"] == 10


def test_fake_provider_pages_like_a_real_one():
    provider = FakeProvider([make_ticket(i) for i in range(5)])
    body = json.loads(provider.answer(httpx.Request("GET", "http://p/external/support-tickets?page=2&page_size=2")).content)
    assert [t["id"] for t in body["tickets"]] == ["T00002", "T00003"] and body["next_page"] == 3
    assert math.ceil(body["total_count"] / 2) == 3


async def test_the_rollup_batch_runs_on_the_injected_clock(store):
    """Every ten pages, or once fifteen seconds of the clock went by, whichever comes first."""
    from datetime import timedelta

    from actors.ingester import RollupBatch

    clock = FakeClock()
    refreshed: list[set] = []

    async def refresh(store, tenant_id, hours):
        refreshed.append(set(hours))

    hour = [clock.now().replace(minute=0, second=0, microsecond=0) - timedelta(hours=i) for i in range(20)]
    async with ingest_kit(store, FakeProvider(), clock=clock, refresh_rollups=refresh) as kit:
        batch = RollupBatch(kit.deps, TENANT)
        for i in range(9):
            await batch.add({hour[i]})
        assert refreshed == []
        await batch.add({hour[9]})
        assert refreshed == [set(hour[:10])]
        await batch.add({hour[10]})
        clock.advance(14.9)
        await batch.add({hour[11]})
        assert len(refreshed) == 1
        clock.advance(0.1)
        await batch.add({hour[12]})
        assert refreshed[1] == {hour[10], hour[11], hour[12]}
        await batch.flush()
        assert len(refreshed) == 2 and batch.flushes == 2  # nothing left: no empty refresh
