"""The rate limiter against the real embedded server, on asyncio and trio."""

from __future__ import annotations

from contextlib import asynccontextmanager

import anyio
import pytest

from actors.kit import ActorRef, run_actor
from actors.rules.gcra import Gcra
from actors.rate_limiter import BURST, SAFETY_FACTOR, Acquire, Grant, Penalize, RateLimiter, acquire_permit
from actors.storage.schema import RATE_LIMITS

pytestmark = pytest.mark.anyio


@asynccontextmanager
async def running(limiter: RateLimiter):
    with ActorRef("rate_limiter", 64) as ref:
        async with anyio.create_task_group() as tg:
            await tg.start(run_actor, limiter, ref)
            yield ref
            tg.cancel_scope.cancel()


async def test_slots_go_round_robin_between_tenants_not_first_come(store):
    async with running(RateLimiter(store, 6000)) as ref:  # 10 ms slots
        # hold the budget for a moment so every request below is queued before a slot comes due
        await ref.tell(Penalize(0.3))
        grants = [Grant(t) for t in ["big"] * 5 + ["mid"] * 2 + ["small"]]
        for grant in grants:
            await ref.tell(Acquire(grant.tenant_id, grant))
        for grant in grants:
            with anyio.fail_after(10):
                await grant.ready.wait()
        order = [g.tenant_id for g in sorted(grants, key=lambda g: g.requested_at + g.waited)]
        assert order == ["big", "mid", "small", "big", "mid", "big", "big", "big"]
        assert ref.snapshot.permits == 8 and ref.snapshot.penalties == 1 and ref.snapshot.waiting == {}


async def test_budget_state_is_one_shared_document(store):
    async with running(RateLimiter(store, 6000, wall_clock=lambda: 1_000.0)) as ref:
        for _ in range(4):
            await acquire_permit(ref, "acme", timeout=10)
        doc = await store[RATE_LIMITS].find_one({"_id": "provider"})
        interval = 60 / (6000 / SAFETY_FACTOR)
        # four reservations from one frozen instant: the arrival time moved four intervals
        assert doc["tat"] == pytest.approx(1_000.0 + 4 * interval)
        await ref.tell(Penalize(30.0))
        await ref.ask(Penalize(0.0))  # a round trip, so the penalty above is applied
        doc = await store[RATE_LIMITS].find_one({"_id": "provider"})
        assert doc["tat"] >= 1_030.0


async def test_a_caller_that_gives_up_leaves_its_slot_to_others(store):
    async with running(RateLimiter(store, 6000)) as ref:
        await ref.tell(Penalize(0.3))
        with pytest.raises(TimeoutError):
            await acquire_permit(ref, "quitter", timeout=0.05)
        waited = await acquire_permit(ref, "stayer", timeout=10)
        assert waited >= 0
        assert ref.snapshot.permits == 1  # the abandoned request never got a slot


async def test_waiters_are_woken_with_an_error_when_the_limiter_stops(store):
    outcome: list[BaseException] = []
    with ActorRef("rate_limiter", 64) as ref:

        async def waiter():
            try:
                await acquire_permit(ref, "acme", timeout=10)
            except Exception as exc:
                outcome.append(exc)

        async with anyio.create_task_group() as outer:
            async with anyio.create_task_group() as tg:
                await tg.start(run_actor, RateLimiter(store, 6000), ref)
                await ref.tell(Penalize(30))
                outer.start_soon(waiter)
                with anyio.fail_after(5):
                    while not ref.snapshot.waiting:
                        await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
    assert len(outcome) == 1 and "stopped" in str(outcome[0])


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # pure arithmetic: one backend is enough
@pytest.mark.parametrize("gaps", [[0.0] * 200, [0.0, 3.0] * 100, [0.5, 0.0, 0.0, 7.0] * 50, [61.0, 0.0] * 100])
async def test_the_configured_budget_never_puts_more_than_59_calls_in_a_minute(gaps):
    """At 60/min the burst of two plus the safety stretch leave one call of room for jitter."""
    gcra = Gcra(60 / SAFETY_FACTOR, burst=BURST)
    tat, now, starts = None, 0.0, []
    for gap in gaps:  # a caller asks `gap` seconds after its previous call started
        now += gap
        reservation = gcra.reserve(tat, now)
        tat, now = reservation.new_tat, reservation.start_at
        starts.append(now)
    for i, first in enumerate(starts):
        in_window = sum(1 for s in starts[i:] if s < first + 60.0)
        assert in_window <= 59, (first, in_window)
