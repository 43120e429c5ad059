"""The notifier actor against the real database, with ``httpx.MockTransport`` as ``/notify``.

Each test runs the actor the way production does (``run_actor`` in a task group) on both
AnyIO backends. The endpoint is a plain function that records every call, so "no call
while the breaker is open" and "never the same entry twice" are counted, not inferred.
Most tests switch the actor's periodic poll off and drive rounds with ``ask(Poke())``,
which returns when the round is over; the breaker gets a fake clock where time matters.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta

import anyio
import httpx
import pytest

from actors.storage import outbox
from actors.rules.backoff import Backoff
from actors.rules.circuit_breaker import CircuitBreaker, CircuitState
from actors.kit import ActorRef, run_actor
from actors.rules.clock import utcnow
from actors.notifier import Notifier, NotifierStats, Poke, ResetCircuit
from actors.storage.schema import NOTIFICATIONS

pytestmark = pytest.mark.anyio

TENANT = "acme"
URL = "http://notify.test/notify"


class FakeClock:
    """The breaker's clock; it moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class CeilingRng(random.Random):
    """Jitter that always picks the top of the interval, so delays are exact."""

    def uniform(self, a: float, b: float) -> float:
        return b


Reply = int | Callable[[int], int]


class Sink:
    """``/notify`` as a function: records every call, answers with ``status``.

    ``status`` is a code, or a function of the call number (0-based) returning one.
    ``delay`` seconds pass before the answer. ``in_flight`` catches the same key being
    sent twice at once, which a lease must make impossible.
    """

    def __init__(self, status: Reply = 200, delay: float | Callable[[], float] = 0.0) -> None:
        self.status = status
        self.delay = delay
        self.calls: list[dict] = []
        self.accepted: Counter[str] = Counter()
        self.in_flight: set[str] = set()
        self.overlaps: list[str] = []
        #: ``anyio.current_time()`` at each call
        self.times: list[float] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        key = request.headers.get("Idempotency-Key")
        number = len(self.calls)
        self.calls.append({"key": key, "body": httpx.Response(200, content=request.content).json()})
        self.times.append(anyio.current_time())
        if key in self.in_flight:
            self.overlaps.append(key)
        self.in_flight.add(key)
        try:
            delay = self.delay() if callable(self.delay) else self.delay
            if delay:
                await anyio.sleep(delay)
            status = self.status(number) if callable(self.status) else self.status
        finally:
            self.in_flight.discard(key)
        if status < 300:
            self.accepted[key] += 1
            return httpx.Response(status, json={"accepted": True})
        return httpx.Response(status, json={"error": "nope"})

    def calls_for(self, key: str) -> int:
        return sum(1 for call in self.calls if call["key"] == key)


async def queue_alerts(store, n: int, tenant: str = TENANT, prefix: str = "T") -> list[str]:
    now = utcnow()
    requests = [outbox.alert_upsert(tenant, f"{prefix}{i:03d}", "outage", "high", f"site down {i}", "job-1", now)
                for i in range(n)]
    assert await outbox.enqueue(store, requests) == n
    return [outbox.alert_key(tenant, f"{prefix}{i:03d}", "outage") for i in range(n)]


async def entry(store, key: str) -> dict:
    doc = await store[NOTIFICATIONS].find_one({"_id": key})
    assert doc is not None
    return doc


async def count(store, **filter) -> int:
    return await store[NOTIFICATIONS].count_documents(filter)


@asynccontextmanager
async def running_notifier(store, sink: Sink, *, owner: str = "owner-a", breaker: CircuitBreaker | None = None,
                           tick_seconds: float = math.inf, **options) -> AsyncIterator[tuple[Notifier, ActorRef]]:
    """A notifier actor served by ``run_actor``; ``tick_seconds=inf`` means rounds only on pokes."""
    options.setdefault("backoff", Backoff(base=0.0, cap=0.0, max_attempts=50))
    options.setdefault("timeout_seconds", 2.0)
    async with httpx.AsyncClient(transport=httpx.MockTransport(sink)) as http:
        notifier = Notifier(store, http, URL, breaker or CircuitBreaker("notify"), owner=owner, **options)
        notifier.tick_seconds = tick_seconds
        ref: ActorRef = ActorRef(f"notifier-{owner}")
        async with anyio.create_task_group() as tg:
            await tg.start(run_actor, notifier, ref)
            try:
                yield notifier, ref
            finally:
                tg.cancel_scope.cancel()
                ref.close()


async def poke(ref: ActorRef) -> None:
    """One round, finished when this returns."""
    await ref.ask(Poke(), timeout=10)


async def poke_until(ref: ActorRef, done: Callable[[], Awaitable[bool]], timeout: float = 15.0) -> None:
    """Rounds until ``done()``; for entries that come due on their own (backoff, leases)."""
    with anyio.fail_after(timeout):
        while not await done():
            await poke(ref)
            await anyio.sleep(0.01)


def stats(ref: ActorRef) -> NotifierStats:
    return ref.snapshot


# -- delivery ---------------------------------------------------------------------------


async def test_due_entries_are_sent_once_each_with_their_key_as_idempotency_key(store):
    keys = await queue_alerts(store, 12)  # more than one batch of 8
    sink = Sink()
    async with running_notifier(store, sink) as (_, ref):
        async def all_sent():
            return await count(store, status="sent") == 12

        await poke_until(ref, all_sent)
        assert stats(ref).sent == 12 and stats(ref).failed == 0
    assert Counter(call["key"] for call in sink.calls) == Counter({key: 1 for key in keys})
    for call in sink.calls:
        tenant, ticket, trigger = call["key"].split(":")
        assert call["body"] == {"ticket_id": ticket, "tenant_id": tenant, "urgency": "high", "reason": trigger}
    for key in keys:
        doc = await entry(store, key)
        assert (doc["status"], doc["attempts"], doc["lease_until"], doc["last_error"]) == ("sent", 1, None, None)
        assert doc["sent_at"] is not None
    assert len(await outbox.list_for_tenant(store, TENANT, "sent")) == 12
    assert await outbox.list_for_tenant(store, TENANT, "pending") == []


async def test_a_failure_is_rescheduled_with_exponential_backoff_and_the_same_key(store):
    [key] = await queue_alerts(store, 1)
    sink = Sink(status=503)
    backoff = Backoff(base=0.4, cap=30.0, max_attempts=8, rng=CeilingRng())
    async with running_notifier(store, sink, backoff=backoff) as (_, ref):
        before = utcnow()
        await poke(ref)
        first = await entry(store, key)
        assert (first["status"], first["attempts"], first["lease_until"]) == ("pending", 1, None)
        assert "503" in first["last_error"]
        # due 0.4 s after the failure: in the future, and not sooner than the backoff says
        assert first["next_attempt_at"] >= before + timedelta(seconds=0.4)
        assert first["next_attempt_at"] > utcnow()
        await poke(ref)
        assert len(sink.calls) == 1, "an entry that is not due yet must not be sent"

        async def tried_twice():
            return len(sink.calls) == 2

        await poke_until(ref, tried_twice)
        second = await entry(store, key)
        assert (second["status"], second["attempts"]) == ("pending", 2)
        # the second delay doubles: 0.8 s after the second failure
        assert second["next_attempt_at"] - first["next_attempt_at"] >= timedelta(seconds=0.8)
        assert stats(ref).failed == 2 and stats(ref).sent == 0
    assert [call["key"] for call in sink.calls] == [key, key]


async def test_after_max_attempts_the_entry_is_dead_and_listed_as_dead(store):
    [key] = await queue_alerts(store, 1)
    sink = Sink(status=500)
    async with running_notifier(store, sink, max_attempts=3) as (_, ref):
        async def dead():
            return (await entry(store, key))["status"] == "dead"

        await poke_until(ref, dead)
        for _ in range(3):
            await poke(ref)  # a dead entry is never claimed again
        assert stats(ref).dead == 1
    assert sink.calls_for(key) == 3
    doc = await entry(store, key)
    assert doc["attempts"] == 3 and doc["died_at"] is not None and "500" in doc["last_error"]
    assert [d["_id"] for d in await outbox.list_for_tenant(store, TENANT, "dead")] == [key]
    assert await outbox.list_for_tenant(store, TENANT, "pending") == []


@pytest.mark.parametrize("status", [400, 404, 422])
async def test_a_4xx_answer_is_dead_at_once_and_does_not_count_against_the_breaker(store, status):
    [key] = await queue_alerts(store, 1)
    sink = Sink(status=status)
    breaker = CircuitBreaker("notify")
    async with running_notifier(store, sink, breaker=breaker) as (_, ref):
        await poke(ref)
        await poke(ref)
    doc = await entry(store, key)
    assert (doc["status"], doc["attempts"]) == ("dead", 1)
    assert str(status) in doc["last_error"]
    assert len(sink.calls) == 1
    assert breaker.snapshot().failures_in_window == 0


@pytest.mark.parametrize("status", [408, 429])
async def test_408_and_429_are_retried_and_count_as_failures(store, status):
    [key] = await queue_alerts(store, 1)
    breaker = CircuitBreaker("notify")
    async with running_notifier(store, Sink(status=status), breaker=breaker,
                                backoff=Backoff(base=60.0, cap=60.0)) as (_, ref):
        await poke(ref)
    doc = await entry(store, key)
    assert (doc["status"], doc["attempts"]) == ("pending", 1)
    assert breaker.snapshot().failures_in_window == 1


async def test_a_call_past_its_timeout_is_a_failure(store):
    [key] = await queue_alerts(store, 1)
    sink = Sink(delay=5.0)
    breaker = CircuitBreaker("notify")
    async with running_notifier(store, sink, breaker=breaker, timeout_seconds=0.2,
                                backoff=Backoff(base=60.0, cap=60.0)) as (_, ref):
        with anyio.fail_after(4):  # the 5 s answer was cut off, not waited for
            await poke(ref)
        assert stats(ref).failed == 1
    doc = await entry(store, key)
    assert (doc["status"], doc["attempts"]) == ("pending", 1)
    assert "timeout" in doc["last_error"]
    assert not sink.accepted
    assert breaker.snapshot().failures_in_window == 1


# -- the breaker ------------------------------------------------------------------------


async def test_breaker_opens_at_5_failures_in_the_last_10_calls_then_no_call_is_made(store):
    await queue_alerts(store, 20)
    # success, failure, success, failure, ...: the 5th failure is the 10th call
    sink = Sink(status=lambda n: 200 if n % 2 == 0 else 503)
    clock = FakeClock()
    breaker = CircuitBreaker("notify", clock=clock)
    async with running_notifier(store, sink, breaker=breaker, concurrency=1) as (_, ref):
        # one call per round, and a round is not started while the breaker is open: had it
        # opened before the 10th call, the calls would have stopped there
        with anyio.fail_after(10):
            while breaker.state is CircuitState.CLOSED:
                await poke(ref)
        assert len(sink.calls) == 10
        assert breaker.state is CircuitState.OPEN
        assert breaker.snapshot().failures_in_window == 5
        pending = await count(store, status="pending")
        attempts = {d["_id"]: d["attempts"] for d in await store[NOTIFICATIONS].find({})}
        for _ in range(5):
            await poke(ref)
            clock.advance(breaker.open_seconds / 10)  # still inside the open period
        assert len(sink.calls) == 10, "a call was made while the breaker was open"
        assert await count(store, status="pending") == pending
        assert {d["_id"]: d["attempts"] for d in await store[NOTIFICATIONS].find({})} == attempts
        assert stats(ref).breaker.state is CircuitState.OPEN


async def test_all_failing_opens_within_the_window_with_concurrent_calls(store):
    await queue_alerts(store, 30)
    sink = Sink(status=502)
    breaker = CircuitBreaker("notify", clock=FakeClock())
    async with running_notifier(store, sink, breaker=breaker) as (_, ref):  # 8 at once
        await poke(ref)
        assert breaker.state is CircuitState.OPEN
        calls_when_open = len(sink.calls)
        assert 5 <= calls_when_open <= breaker.window
        for _ in range(5):
            await poke(ref)
    assert len(sink.calls) == calls_when_open
    assert await count(store, status="pending") == 30


async def test_half_open_after_open_seconds_lets_one_probe_through(store):
    keys = await queue_alerts(store, 10)
    healthy = False
    # a slow answer: the other claimed entries ask the breaker while the probe is out
    sink = Sink(status=lambda n: 200 if healthy else 503, delay=0.02)
    clock = FakeClock()
    breaker = CircuitBreaker("notify", open_seconds=30.0, clock=clock)
    async with running_notifier(store, sink, breaker=breaker) as (_, ref):
        await poke(ref)
        assert breaker.state is CircuitState.OPEN
        made = len(sink.calls)
        clock.advance(29.9)
        await poke(ref)
        assert len(sink.calls) == made, "probe before the open period ended"

        clock.advance(0.2)
        assert breaker.state is CircuitState.HALF_OPEN
        attempts_before = {d["_id"]: d["attempts"] for d in await store[NOTIFICATIONS].find({})}
        await poke(ref)
        assert len(sink.calls) == made + 1, "half-open must let exactly one call through"
        # the probe failed: open again, on a new timer; entries claimed but not sent kept their attempts
        assert breaker.state is CircuitState.OPEN
        assert breaker.snapshot().opened_at == clock.now
        probe = sink.calls[-1]["key"]
        after = {d["_id"]: d["attempts"] for d in await store[NOTIFICATIONS].find({})}
        assert after == {**attempts_before, probe: attempts_before[probe] + 1}
        assert stats(ref).returned_unsent > 0
        await poke(ref)
        assert len(sink.calls) == made + 1

        healthy = True
        clock.advance(30.0)
        await poke(ref)
        assert len(sink.calls) == made + 2
        assert breaker.state is CircuitState.CLOSED

        async def all_sent():
            return await count(store, status="sent") == 10

        await poke_until(ref, all_sent)
    assert set(sink.accepted) == set(keys) and set(sink.accepted.values()) == {1}


async def test_the_actor_half_opens_on_its_own_with_the_real_clock(store):
    await queue_alerts(store, 10)
    sink = Sink(status=lambda n: 503 if n < 5 else 200)
    breaker = CircuitBreaker("notify", open_seconds=0.3)
    async with running_notifier(store, sink, breaker=breaker, tick_seconds=0.05, concurrency=1) as (_, ref):
        await poke(ref)  # the first failure; ticks do the rest

        async def all_sent():
            return await count(store, status="sent") == 10

        with anyio.fail_after(15):
            while not await all_sent():
                await anyio.sleep(0.05)
        assert breaker.snapshot().total_failures == 5
    # the 5th failure opened the breaker; nothing was called for open_seconds after it
    assert sink.times[5] - sink.times[4] >= 0.3


async def test_reset_circuit_closes_the_breaker_and_draining_resumes(store):
    await queue_alerts(store, 12)
    healthy = False
    sink = Sink(status=lambda n: 200 if healthy else 500)
    breaker = CircuitBreaker("notify", clock=FakeClock())  # frozen: only a reset can close it
    async with running_notifier(store, sink, breaker=breaker) as (_, ref):
        await poke(ref)
        assert stats(ref).breaker.state is CircuitState.OPEN
        made = len(sink.calls)
        await poke(ref)
        assert len(sink.calls) == made

        healthy = True
        snapshot = await ref.ask(ResetCircuit(), timeout=10)
        assert snapshot.state is CircuitState.CLOSED and snapshot.failures_in_window == 0
        assert snapshot.opened_at is None and snapshot.retry_at is None
        assert stats(ref).breaker.state is CircuitState.CLOSED

        async def all_sent():
            return await count(store, status="sent") == 12

        await poke_until(ref, all_sent)
    assert set(sink.accepted.values()) == {1} and len(sink.accepted) == 12


# -- leases: several processes, one outbox ---------------------------------------------


async def test_two_notifiers_on_one_outbox_never_send_the_same_entry_twice(store):
    keys = await queue_alerts(store, 60)
    rng = random.Random(3)
    sink = Sink(delay=lambda: rng.uniform(0.0, 0.02))
    async with running_notifier(store, sink, owner="a", tick_seconds=0.02) as (_, ref_a):
        async with running_notifier(store, sink, owner="b", tick_seconds=0.02) as (_, ref_b):
            ref_a.tell_nowait(Poke())
            ref_b.tell_nowait(Poke())
            with anyio.fail_after(30):
                while await count(store, status="sent") < 60:
                    await anyio.sleep(0.05)
            sent_by = (stats(ref_a).sent, stats(ref_b).sent)
    assert Counter(call["key"] for call in sink.calls) == Counter({key: 1 for key in keys})
    assert sink.overlaps == []
    assert sum(sent_by) == 60


async def test_two_notifiers_with_failures_never_overlap_and_deliver_each_once(store):
    keys = await queue_alerts(store, 40)
    rng = random.Random(5)
    sink = Sink(status=lambda n: 503 if rng.random() < 0.3 else 200, delay=lambda: rng.uniform(0.0, 0.02))

    def lenient() -> CircuitBreaker:  # this test is about leases, not about the breaker
        return CircuitBreaker("notify", window=10, failure_threshold=10, open_seconds=0.05)

    async with running_notifier(store, sink, owner="a", breaker=lenient(), tick_seconds=0.02) as _:
        async with running_notifier(store, sink, owner="b", breaker=lenient(), tick_seconds=0.02) as _:
            with anyio.fail_after(30):
                while await count(store, status="sent") < 40:
                    await anyio.sleep(0.05)
    assert sink.overlaps == []
    assert sink.accepted == Counter({key: 1 for key in keys})


async def test_an_expired_lease_lets_another_owner_send_the_entry_of_a_dead_owner(store):
    [key] = await queue_alerts(store, 1)
    claimed = await outbox.claim(store, "ghost", lease_seconds=1.0)  # then the ghost "dies"
    assert claimed["_id"] == key and claimed["attempts"] == 1
    sink = Sink()
    async with running_notifier(store, sink, owner="b", tick_seconds=0.05) as (_, ref):
        await poke(ref)
        assert sink.calls == [], "sent while another owner's lease was valid"
        with anyio.fail_after(10):
            while (await entry(store, key))["status"] != "sent":
                await anyio.sleep(0.05)
    doc = await entry(store, key)
    assert doc["attempts"] == 2 and doc["lease_owner"] == "b"
    assert sink.calls_for(key) == 1
    # the ghost coming back late cannot undo or redo the delivery
    await outbox.reschedule(store, key, "ghost", 0.0, "late failure", dead=True)
    await outbox.release_unsent(store, key, "ghost")
    assert (await entry(store, key))["status"] == "sent"
    assert (await entry(store, key))["attempts"] == 2
