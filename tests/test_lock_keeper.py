"""Tenant locks and the lock keeper on a fake clock, against the real embedded database, on
asyncio and trio: a 60-second TTL is tested by moving the clock, not by waiting for it."""

from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import timedelta

import anyio
import pytest

from actors.kit import ActorRef, run_actor
from actors.lock_keeper import Hold, LockKeeper, Release, RefreshNow
from actors.storage import tenant_locks
from actors.storage.schema import LOCKS
from tests.support.fake_clock import FakeClock

pytestmark = pytest.mark.anyio

TTL = 60.0


@asynccontextmanager
async def keeper(store, clock):
    with ActorRef("lock_keeper", 16) as ref:
        async with anyio.create_task_group() as tg:
            # refresh_seconds is huge: the test decides when a refresh happens (RefreshNow)
            await tg.start(run_actor, LockKeeper(store, TTL, 10_000, clock), ref)
            yield ref
            tg.cancel_scope.cancel()


async def test_a_lock_is_held_until_its_ttl_passes_on_the_clock(store):
    clock = FakeClock()
    taken = await tenant_locks.acquire(store, "acme", "job-1", "p1", TTL, now=clock.now())
    assert taken.expires_at == clock.now() + timedelta(seconds=TTL) and taken.previous_job_id is None
    with pytest.raises(tenant_locks.LockHeld) as held:
        await tenant_locks.acquire(store, "acme", "job-2", "p2", TTL, now=clock.now())
    assert held.value.job_id == "job-1"
    clock.advance(TTL - 1)
    with pytest.raises(tenant_locks.LockHeld):
        await tenant_locks.acquire(store, "acme", "job-2", "p2", TTL, now=clock.now())
    assert await tenant_locks.current(store, "acme", now=clock.now()) is not None
    clock.advance(1)  # exactly the TTL: free again, and the new holder learns whose lock lapsed
    assert await tenant_locks.current(store, "acme", now=clock.now()) is None
    again = await tenant_locks.acquire(store, "acme", "job-2", "p2", TTL, now=clock.now())
    assert again.previous_job_id == "job-1"


async def test_the_keeper_refreshes_what_it_holds_so_it_never_lapses(store):
    clock = FakeClock()
    await tenant_locks.acquire(store, "acme", "job-1", "p1", TTL, now=clock.now())
    lost = anyio.Event()
    async with keeper(store, clock) as ref:
        await ref.tell(Hold("acme", "job-1", lost))
        for _ in range(5):  # five TTLs go by, refreshed every 40 s
            clock.advance(40)
            await ref.ask(RefreshNow())
        lock = await store[LOCKS].find_one({"_id": "acme"})
        assert lock["expires_at"] == clock.now() + timedelta(seconds=TTL) and lock["job_id"] == "job-1"
        with pytest.raises(tenant_locks.LockHeld):
            await tenant_locks.acquire(store, "acme", "job-2", "p2", TTL, now=clock.now())
        assert not lost.is_set()
        assert (ref.snapshot.held, ref.snapshot.refreshes, ref.snapshot.lost) == (1, 5, 0)


async def test_a_lock_taken_over_after_expiry_fences_the_old_job(store):
    clock = FakeClock()
    await tenant_locks.acquire(store, "acme", "job-1", "p1", TTL, now=clock.now())
    lost = anyio.Event()
    async with keeper(store, clock) as ref:
        await ref.tell(Hold("acme", "job-1", lost))
        clock.advance(TTL + 1)  # job-1's process stalled past the TTL...
        await tenant_locks.acquire(store, "acme", "job-2", "p2", TTL, now=clock.now())  # ...and job-2 took over
        await ref.ask(RefreshNow())
        assert lost.is_set()
        assert (ref.snapshot.held, ref.snapshot.lost) == (0, 1)
        # the stale job can neither extend nor free the lock now
        assert not await tenant_locks.refresh(store, "acme", "job-1", TTL, now=clock.now())
        assert not await tenant_locks.release(store, "acme", "job-1", now=clock.now())
        assert (await store[LOCKS].find_one({"_id": "acme"}))["job_id"] == "job-2"


async def test_release_frees_only_our_own_lock_and_the_keeper_forgets_it(store):
    clock = FakeClock()
    await tenant_locks.acquire(store, "acme", "job-1", "p1", TTL, now=clock.now())
    async with keeper(store, clock) as ref:
        await ref.tell(Hold("acme", "job-1", anyio.Event()))
        await ref.ask(RefreshNow())
        assert await tenant_locks.release(store, "acme", "job-1", now=clock.now())
        await ref.tell(Release("acme", "job-1"))
        await ref.ask(RefreshNow())
        assert (ref.snapshot.held, ref.snapshot.refreshes) == (0, 1)
    assert await tenant_locks.current(store, "acme", now=clock.now()) is None
    taken = await tenant_locks.acquire(store, "acme", "job-2", "p2", TTL, now=clock.now())
    assert taken.previous_job_id is None  # released, not expired: nobody's job died


async def test_live_tenants_reads_many_locks_in_one_query(store):
    clock = FakeClock()
    await tenant_locks.acquire(store, "a", "j1", "p", TTL, now=clock.now())
    await tenant_locks.acquire(store, "b", "j2", "p", 10, now=clock.now())
    await tenant_locks.acquire(store, "c", "j3", "p", TTL, now=clock.now())
    await tenant_locks.release(store, "c", "j3", now=clock.now())
    clock.advance(30)
    assert await tenant_locks.live_tenants(store, ["a", "b", "c", "d"], now=clock.now()) == {"a"}
    assert sorted(await tenant_locks.known_tenants(store)) == ["a", "b", "c"]
