"""The cancel watch against the real embedded server, on asyncio and trio: one query per poll
for every watched job, whichever process set the flag; ended jobs are forgotten."""

from __future__ import annotations

from contextlib import asynccontextmanager

import anyio
import pytest

from actors.cancel_watch import CancelWatch, Unwatch, Watch
from actors.kit import ActorRef, run_actor
from actors.storage import job_log

pytestmark = pytest.mark.anyio


@asynccontextmanager
async def watching(store, poll_seconds: float = 0.05):
    with ActorRef("cancel_watch", 64) as ref:
        async with anyio.create_task_group() as tg:
            await tg.start(run_actor, CancelWatch(store, poll_seconds), ref)
            yield ref
            tg.cancel_scope.cancel()


async def new_job(store, tenant_id: str) -> dict:
    doc = job_log.new_job_document(f"job-{tenant_id}", tenant_id, "test", "test-1")
    await job_log.create(store, doc)
    return doc


async def wait_for(ref: ActorRef, check) -> None:
    with anyio.fail_after(10):
        while not check(ref.snapshot):
            await anyio.sleep(0.02)


async def test_only_the_cancelled_job_is_told_and_forgotten(store):
    jobs = [(await new_job(store, tenant))["job_id"] for tenant in ("acme", "globex", "initech")]
    events = {job: anyio.Event() for job in jobs}
    async with watching(store) as ref:
        for job in jobs:
            await ref.tell(Watch(job, events[job]))
        await wait_for(ref, lambda s: s.polls >= 2)
        assert not any(event.is_set() for event in events.values())
        # as DELETE does, from whichever process
        assert await job_log.request_cancel(store, jobs[1]) == "cancelling"
        with anyio.fail_after(10):
            await events[jobs[1]].wait()
        await wait_for(ref, lambda s: s.cancelled == 1)
        assert ref.snapshot.watched == 2
        assert not events[jobs[0]].is_set() and not events[jobs[2]].is_set()
        await ref.tell(Unwatch(jobs[0]))
        await wait_for(ref, lambda s: s.watched == 1)


async def test_a_job_that_ended_without_unwatch_is_dropped_at_the_next_poll(store):
    job = await new_job(store, "acme")
    async with watching(store) as ref:
        await ref.tell(Watch(job["job_id"], anyio.Event()))
        await ref.tell(Watch("never-created", anyio.Event()))
        await wait_for(ref, lambda s: s.polls >= 1)
        assert ref.snapshot.watched == 1  # the unknown job is dropped, the running one kept
        await job_log.finish(store, job["job_id"], "completed", job_log.JobMetrics(), None, job["started_at"])
        await wait_for(ref, lambda s: s.watched == 0)
        assert ref.snapshot.cancelled == 0 and ref.snapshot.poll_errors == 0


async def test_nothing_watched_asks_nothing(store):
    async with watching(store) as ref:
        await anyio.sleep(0.3)
        assert ref.snapshot.polls == 0
