"""The rate limiter against the real embedded server, on asyncio and trio: slots to the tenant
served least recently, one shared budget document, and Retry-After kept as a promise
(``httpx.MockTransport`` serves the 429s): no call from any tenant, or from another process,
before the pause is over."""

from __future__ import annotations

import time
from contextlib import asynccontextmanager

import anyio
import httpx
import pytest

from actors.kit import ActorRef, run_actor
from actors.rules.gcra import Gcra
from actors.provider_client import ProviderClient, ProviderError, ProviderLimits
from actors.rate_limiter import (
    BURST, MIN_LEAD_SECONDS, SAFETY_FACTOR, Acquire, Grant, Penalize, PenaltyBoard, RateLimiter,
    acquire_permit,
)
from actors.storage.job_log import JobMetrics
from actors.storage.schema import RATE_LIMITS
from tests.support.fake_clock import FakeClock

pytestmark = pytest.mark.anyio


@asynccontextmanager
async def running(limiter: RateLimiter):
    with ActorRef("rate_limiter", 64) as ref:
        async with anyio.create_task_group() as tg:
            await tg.start(run_actor, limiter, ref)
            yield ref
            tg.cancel_scope.cancel()


async def served_order(ref: ActorRef, tenants: list[str]) -> list[str]:
    """Queue one request per entry, in this order; the tenants in the order they were served."""
    grants = [Grant(t) for t in tenants]
    for grant in grants:
        await ref.tell(Acquire(grant.tenant_id, grant))
    for grant in grants:
        with anyio.fail_after(10):
            await grant.ready.wait()
    return [g.tenant_id for g in sorted(grants, key=lambda g: g.requested_at + g.waited)]


async def test_slots_take_turns_between_tenants_not_first_come(store):
    async with running(RateLimiter(store, 6000)) as ref:  # 10 ms slots
        # hold the budget for a moment so every request below is queued before a slot comes due
        await ref.tell(Penalize(0.3))
        order = await served_order(ref, ["big"] * 5 + ["mid"] * 2 + ["small"])
        assert order == ["big", "mid", "small", "big", "mid", "big", "big", "big"]
        assert ref.snapshot.permits == 8 and ref.snapshot.penalties == 1 and ref.snapshot.waiting == {}


async def test_a_newcomer_gets_the_next_slot_even_behind_a_prefetched_request(store):
    """The big job took the burst's two slots and already queued its next request when the small
    tenant asks: the small tenant, never served, goes first (round robin by arrival in the
    queue put it behind that request: a whole slot more for a one-page job)."""
    async with running(RateLimiter(store, 600)) as ref:  # 100 ms slots, a burst of two
        for _ in range(BURST):
            await acquire_permit(ref, "big", timeout=10)
        assert await served_order(ref, ["big", "small", "big"]) == ["small", "big", "big"]


async def test_a_newcomer_takes_the_held_slot_while_the_big_job_waits_for_its_own(store):
    """With the wall clock stopped, the big job (served twice: the burst less the held slot, then
    one interval later) waits for a slot that never comes due, and a newcomer asking meanwhile
    is served at once from the held part of the burst; the big job gets its slot when time moves."""
    clock = FakeClock()
    async with running(RateLimiter(store, 600, wall_clock=clock.wall)) as ref:  # 103.5 ms slots
        await acquire_permit(ref, "big", timeout=10)  # a newcomer's first call: at once
        waiting = Grant("big")
        await ref.tell(Acquire("big", waiting))  # next slot: one interval on, the clock is stopped
        await anyio.sleep(0.3)  # three intervals of real time: the burst would have served it
        assert not waiting.ready.is_set()
        newcomer = Grant("small")
        await ref.tell(Acquire("small", newcomer))
        with anyio.fail_after(10):
            await newcomer.ready.wait()
        assert not waiting.ready.is_set() and ref.snapshot.waiting == {"big": 1}
        clock.advance(60 / (600 / SAFETY_FACTOR) * 2)  # the newcomer's slot took the big job's place
        with anyio.fail_after(10):
            await waiting.ready.wait()
        assert ref.snapshot.permits == 3


async def test_an_unhurried_slot_is_reserved_a_little_before_it_comes_due(store):
    """A slot that is not reserved ahead is reserved ``MIN_LEAD_SECONDS`` (or twice the database's
    round trip) before it comes due, not once it has: else every such slot would be granted a
    round trip late. With the wall clock stopped just short of the big job's next slot, the
    slot is granted; without the lead it would wait for a clock that never gets there."""
    clock = FakeClock()
    async with running(RateLimiter(store, 600, wall_clock=clock.wall)) as ref:  # 103.5 ms slots
        await acquire_permit(ref, "big", timeout=10)  # a newcomer's first call: at once
        clock.advance(60 / (600 / SAFETY_FACTOR) - MIN_LEAD_SECONDS / 2)
        await acquire_permit(ref, "big", timeout=5)
        assert ref.snapshot.permits == 2


async def test_budget_state_is_one_shared_document(store):
    async with running(RateLimiter(store, 6000, wall_clock=lambda: 1_000.0)) as ref:
        for tenant in ("acme", "globex", "initech", "umbrella"):  # newcomers: none waits for its slot
            await acquire_permit(ref, tenant, timeout=10)
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


# -- Retry-After is a promise -----------------------------------------------------------------

def _provider_with_one_429(retry_after: str, on_call: int = 1):
    """A provider behind ``httpx.MockTransport`` that answers one call with 429; the times of
    every call (monotonic) and of the 429 are recorded."""
    calls: list[float] = []
    refused: list[float] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        if len(calls) == on_call:
            refused.append(calls[-1])
            return httpx.Response(429, headers={"Retry-After": retry_after}, json={"error": "rate_limited"})
        return httpx.Response(200, json={"tickets": [], "next_page": None, "total_count": 0})

    return httpx.MockTransport(handle), calls, refused


async def test_after_a_429_no_tenant_of_this_process_calls_before_retry_after(store):
    transport, calls, refused = _provider_with_one_429("0.5", on_call=3)
    board = PenaltyBoard(store)
    async with running(RateLimiter(store, 60_000)) as ref, httpx.AsyncClient(transport=transport) as http:
        async def tenant(name: str) -> None:
            client = ProviderClient(http, "http://p", ref, JobMetrics(), penalties=board)
            for page in range(1, 5):
                await client.page(name, page, 10)

        async with anyio.create_task_group() as tg:
            for name in ("a", "b", "c"):
                tg.start_soon(tenant, name)
    assert len(refused) == 1 and len(calls) == 13  # 12 pages, one of them asked twice
    after = [at for at in calls if at > refused[0]]
    assert after and min(after) >= refused[0] + 0.5 - 0.01, [round(a - refused[0], 3) for a in after]


async def test_a_permit_granted_before_the_429_is_held_back(store):
    """The permit came first, then the pause: the holder still waits the pause out."""
    transport, calls, refused = _provider_with_one_429("0.4")
    clock = FakeClock()  # the pause is measured on a clock that moves only when the board sleeps

    async def sleep(seconds: float) -> None:
        clock.advance(seconds)

    board = PenaltyBoard(store, clock=clock, sleep=sleep)
    async with running(RateLimiter(store, 60_000)) as ref, httpx.AsyncClient(transport=transport) as http:
        await acquire_permit(ref, "early", timeout=10)  # "early" holds a permit, about to send...
        with pytest.raises(ProviderError):  # ...while "late" is refused (429, then it gives up)
            await ProviderClient(http, "http://p", ref, JobMetrics(), penalties=board,
                                 limits=ProviderLimits(max_rate_limited=0)).page("late", 1, 10)
        waited = await board.hold()  # what "early" does right before sending
    assert waited == pytest.approx(0.4) and board.held == 1


async def test_another_process_sees_the_pause_through_the_database(store):
    """Two limiters and two boards on one database stand for two app processes."""
    transport, calls, refused = _provider_with_one_429("0.5")
    first, second = PenaltyBoard(store), PenaltyBoard(store)
    async with running(RateLimiter(store, 60_000)) as ref_a, running(RateLimiter(store, 60_000)) as ref_b, \
            httpx.AsyncClient(transport=transport) as http:
        client_a = ProviderClient(http, "http://p", ref_a, JobMetrics(), penalties=first)
        await client_a.page("acme", 1, 10)  # 429, recorded for everyone, then the retry succeeds
        assert await second.shared_until() >= time.time() - 1  # the pause is in the shared document
        client_b = ProviderClient(http, "http://p", ref_b, JobMetrics(), penalties=second)
        await client_b.page("globex", 1, 10)
        assert await second.hold() == 0.0  # over by now
    assert len(calls) == 3 and min(calls[1:]) >= refused[0] + 0.5 - 0.01


async def test_a_board_reading_a_pause_from_another_process_waits_for_it(store):
    async with running(RateLimiter(store, 60_000)) as ref:
        await ref.ask(Penalize(0.3))  # process A's limiter records a 429's pause
        board_b = PenaltyBoard(store)  # process B never saw the 429 itself
        started = time.monotonic()
        waited = await board_b.hold()
    assert waited > 0.2 and time.monotonic() - started >= waited - 0.01
