"""The janitor on a fake clock, against the real embedded database, on asyncio and trio:
jobs whose lock lapsed end ``abandoned``, and rollups a dead job left stale heal in the
background (what ``/stats`` and ``rollups rebuild T`` rely on: ``rollups.status``,
``rollups.rebuild``, ``rollup_stats(..., allow_stale=True)``)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from actors.analytics import rollups
from actors.analytics.rollups import mark_pending, refresh_hours, rollup_stats
from actors.analytics.stats import live_stats
from actors.janitor import Janitor
from actors.storage import job_log, tenant_locks
from actors.storage.job_log import JobMetrics
from actors.storage.schema import ROLLUPS
from actors.storage.ticket_writes import process_page
from tests.support.fake_clock import FakeClock
from tests.support.ticket_docs import comparable
from tests.support.classifiers import KeywordClassifier

pytestmark = pytest.mark.anyio

TTL = 60


async def running_job(store, clock, tenant_id: str, job_id: str, ttl: float = TTL) -> None:
    await tenant_locks.acquire(store, tenant_id, job_id, "p", ttl, now=clock.now())
    await job_log.create(store, job_log.new_job_document(job_id, tenant_id, "p", "v", now=clock.now()))


async def test_only_jobs_whose_lock_lapsed_or_changed_hands_are_abandoned(store):
    clock = FakeClock()
    janitor = Janitor(store, clock=clock, heal_rollups=False)
    await running_job(store, clock, "alive", "job-a", ttl=600)
    await running_job(store, clock, "stalled", "job-b")
    await running_job(store, clock, "taken", "job-c")
    assert await janitor.sweep() == []  # every lock is still live
    clock.advance(TTL + 1)
    await tenant_locks.acquire(store, "taken", "job-d", "p2", TTL, now=clock.now())
    await job_log.create(store, job_log.new_job_document("job-d", "taken", "p2", "v", now=clock.now()))
    assert sorted(await janitor.sweep()) == ["job-b", "job-c"]
    reasons = {d["job_id"]: (d["status"], d["error"]) for d in await job_log.newest(store, "stalled") +
               await job_log.newest(store, "taken") + await job_log.newest(store, "alive")}
    assert reasons["job-a"] == ("running", None)
    assert reasons["job-b"] == ("abandoned", "process died: lock expired")
    assert reasons["job-c"] == ("abandoned", "process died: lock taken over by job job-d")
    assert reasons["job-d"] == ("running", None)
    assert await janitor.sweep() == []  # a final status is final
    assert janitor.snapshot() == (3, 2, 0, clock.now())  # sweeps, abandoned, healed, last sweep


# -- rollups that heal -------------------------------------------------------------------------

def page_of(n: int, tenant: str = "t1", start: int = 0) -> list[dict]:
    return [{"id": f"P{i:03d}", "tenant_id": tenant, "subject": "urgent" if i % 4 == 0 else "hello",
             "message": "m", "status": ("open", "closed")[i % 2], "customer_id": f"c{i % 3}",
             "created_at": f"2030-01-0{1 + i % 3}T{i % 24:02d}:00:00Z", "updated_at": "2030-01-04T00:00:00Z"}
            for i in range(start, start + n)]


async def crashed_job(store, clock, tenant: str, pages: list[list[dict]]) -> None:
    """A job that announced and wrote its pages, then died before refreshing its rollups."""
    await running_job(store, clock, tenant, "dead-job")
    for page in pages:
        await process_page(store, tenant, "dead-job", page, KeywordClassifier(), JobMetrics(), mark_rollups=mark_pending)


async def agrees_with_live(store, tenant: str) -> None:
    now = FakeClock().now()
    fast = await rollup_stats(store, tenant, now)
    assert fast is not None
    assert comparable(fast) == comparable(await live_stats(store, tenant, now))


async def test_rollups_left_pending_by_a_dead_job_heal_once_its_lock_lapses(store):
    clock = FakeClock()
    await crashed_job(store, clock, "t1", [page_of(30)])
    status = await rollups.status(store, "t1")
    assert status["consistent"] is False and status["pending"] > 0 and status["as_of"] is None
    assert await rollup_stats(store, "t1", clock.now()) is None
    janitor = Janitor(store, clock=clock)
    assert await janitor.heal() == []  # the job's lock is live: its job would refresh them
    clock.advance(TTL + 1)
    assert await janitor.heal() == ["t1"]
    status = await rollups.status(store, "t1")
    assert (status["consistent"], status["pending"], status["complete"]) == (True, 0, True)
    assert status["as_of"] is not None
    await agrees_with_live(store, "t1")
    assert await janitor.heal() == [] and janitor.snapshot().healed == 1


async def test_an_incomplete_tenant_is_rebuilt_in_the_background(store):
    clock = FakeClock()
    # tickets written before rollups existed: the first refresh finds its totals short
    await process_page(store, "legacy", "old-job", page_of(20, "legacy"), KeywordClassifier(), JobMetrics())
    await tenant_locks.acquire(store, "legacy", "old-job", "p", TTL, now=clock.now())
    await process_page(store, "legacy", "old-job", page_of(5, "legacy", start=20), KeywordClassifier(), JobMetrics(),
                       refresh_rollups=refresh_hours)
    assert (await rollups.status(store, "legacy"))["complete"] is False
    clock.advance(TTL + 1)
    assert await Janitor(store, clock=clock).heal() == ["legacy"]
    assert (await rollups.status(store, "legacy"))["consistent"] is True
    await agrees_with_live(store, "legacy")


async def test_two_healers_never_work_on_the_same_tenant(store):
    clock = FakeClock()
    await crashed_job(store, clock, "t2", [page_of(10, "t2")])
    clock.advance(TTL + 1)
    # another process holds the lease on t2 for the next 15 minutes
    await store[ROLLUPS].update_one({"_id": "t2|meta"}, {"$set": {"healing_until": clock.now() + timedelta(minutes=15)}})
    assert await rollups.heal(store, clock) == []
    clock.advance(15 * 60)  # that process died mid-way: its lease lapses, and t2 heals here
    assert await rollups.heal(store, clock) == ["t2"]
    assert (await store[ROLLUPS].find_one({"_id": "t2|meta"}))["healing_until"] is None


async def test_a_stale_answer_says_how_old_it_is(store):
    clock = FakeClock()
    await process_page(store, "t3", "job-1", page_of(12, "t3"), KeywordClassifier(), JobMetrics(),
                       mark_rollups=mark_pending, refresh_rollups=refresh_hours)
    before = await rollups.status(store, "t3")
    assert before["consistent"] is True and before["as_of"] is not None
    # a job is storing more pages: announced, written, not refreshed yet
    await process_page(store, "t3", "job-2", page_of(6, "t3", start=12), KeywordClassifier(), JobMetrics(),
                       mark_rollups=mark_pending)
    assert await rollup_stats(store, "t3", clock.now()) is None  # not consistent: the default declines
    stale = await rollup_stats(store, "t3", clock.now(), allow_stale=True)
    assert stale is not None and stale["total_tickets"] == 12  # the rollups as they stand
    assert stale["rollups"]["consistent"] is False and stale["rollups"]["pending"] > 0
    assert stale["rollups"]["as_of"] == before["as_of"]
    summary = await rollups.rebuild(store, "t3")  # on demand: the ``rollups rebuild T`` command
    assert summary.tenant_id == "t3" and summary.hours > 0
    after = await rollups.status(store, "t3")
    assert after["consistent"] is True and after["as_of"] >= before["as_of"]
    await agrees_with_live(store, "t3")


async def test_a_refresh_overtaken_by_a_newer_write_leaves_its_hours_pending(store, monkeypatch):
    """A write announced while a refresh runs may have been missed by it: the refresh must not
    withdraw the hours (``gen``), so the answer never looks consistent when it is not."""
    await process_page(store, "t4", "job-1", page_of(8, "t4"), KeywordClassifier(), JobMetrics(),
                       mark_rollups=mark_pending, refresh_rollups=refresh_hours)
    original = rollups._recompute
    announced = []

    async def with_a_write_in_between(*args, **kwargs):
        result = await original(*args, **kwargs)
        if not announced:  # a writer announces (and writes) while the refresh is between steps
            announced.append(True)
            await mark_pending(store, "t4", [FakeClock().now()])
        return result

    monkeypatch.setattr(rollups, "_recompute", with_a_write_in_between)
    await mark_pending(store, "t4", [FakeClock().now() - timedelta(days=1)])
    await refresh_hours(store, "t4", [])
    status = await rollups.status(store, "t4")
    assert announced and status["consistent"] is False and status["pending"] >= 1
    monkeypatch.undo()
    await refresh_hours(store, "t4", [])  # the next refresh settles it
    assert (await rollups.status(store, "t4"))["consistent"] is True
