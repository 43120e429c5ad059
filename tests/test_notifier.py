"""The notifier actor against the real database, with ``httpx.MockTransport`` as ``/notify``.

Each test runs the actor the way production does (``run_actor`` in a task group) on both
AnyIO backends. The endpoint is a plain function that records every call, so "no call
while the breaker is open" and "never the same entry twice" are counted, not inferred.
Most tests switch the actor's periodic poll off and drive rounds with ``ask(Poke())``,
which returns when the round is over. Where time matters, one fake clock drives the
breaker, the notifier's ``Retry-After`` pause and its wall time (leases, due times, waits),
so no test sleeps through a lease or an open period.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

import anyio
import httpx
import pytest

from actors.storage import outbox
from actors.rules.backoff import Backoff
from actors.rules.alert_schedule import SuccessModel
from actors.rules.circuit_breaker import CircuitBreaker, CircuitState
from actors.kit import ActorRef, run_actor
from actors.rules.clock import utcnow
from actors.notifier import Notifier, NotifierStats, Poke, ResetCircuit
from actors.storage.schema import NOTIFICATIONS
from tests.support.fake_clock import FakeClock

pytestmark = pytest.mark.anyio

TENANT = "acme"
URL = "http://notify.test/notify"


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

    def __init__(self, status: Reply = 200, delay: float | Callable[[], float] = 0.0,
                 headers: dict[str, str] | None = None,
                 while_called: Callable[[str], Awaitable[None]] | None = None) -> None:
        self.status = status
        #: awaited with the key while the call is in flight (to look at the outbox then)
        self.while_called = while_called
        self.delay = delay
        self.headers = headers or {}
        self.calls: list[dict] = []
        self.accepted: Counter[str] = Counter()
        self.in_flight: set[str] = set()
        self.overlaps: list[str] = []
        #: most calls answered at the same time
        self.max_in_flight = 0
        #: ``anyio.current_time()`` at each call
        self.times: list[float] = []

    def decide(self, number: int, key: str) -> int:
        return self.status(number) if callable(self.status) else self.status

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        key = request.headers.get("Idempotency-Key")
        number = len(self.calls)
        self.calls.append({"key": key, "body": httpx.Response(200, content=request.content).json()})
        self.times.append(anyio.current_time())
        if key in self.in_flight:
            self.overlaps.append(key)
        self.in_flight.add(key)
        self.max_in_flight = max(self.max_in_flight, len(self.in_flight))
        try:
            delay = self.delay() if callable(self.delay) else self.delay
            if delay:
                await anyio.sleep(delay)
            if self.while_called is not None:
                await self.while_called(key)
            status = self.decide(number, key)
        finally:
            self.in_flight.discard(key)
        if status < 300:
            self.accepted[key] += 1
            return httpx.Response(status, json={"accepted": True})
        return httpx.Response(status, json={"error": "nope"}, headers=self.headers)

    def calls_for(self, key: str) -> int:
        return sum(1 for call in self.calls if call["key"] == key)


class ReferenceSink(Sink):
    """The customer's provider: calls 1 and 2 for each alert fail with 500, later ones succeed."""

    def decide(self, number: int, key: str) -> int:
        return 500 if self.calls_for(key) <= 2 else 200


async def queue_alerts(store, n: int, tenant: str = TENANT, prefix: str = "T", *, now: datetime | None = None,
                       trigger: str = "outage", urgency: str = "high") -> list[str]:
    now = now or utcnow()
    requests = [outbox.alert_upsert(tenant, f"{prefix}{i:03d}", trigger, urgency, f"site down {i}", "job-1", now)
                for i in range(n)]
    assert await outbox.enqueue(store, requests) == n
    return [outbox.alert_key(tenant, f"{prefix}{i:03d}", trigger) for i in range(n)]


async def entry(store, key: str) -> dict:
    doc = await store[NOTIFICATIONS].find_one({"_id": key})
    assert doc is not None
    return doc


async def count(store, **filter) -> int:
    return await store[NOTIFICATIONS].count_documents(filter)


@asynccontextmanager
async def running_notifier(store, sink: Sink, *, owner: str = "owner-a", breaker: CircuitBreaker | None = None,
                           tick_seconds: float = math.inf, fake: FakeClock | None = None,
                           **options) -> AsyncIterator[tuple[Notifier, ActorRef]]:
    """A notifier actor served by ``run_actor``; ``tick_seconds=inf`` means rounds only on pokes.

    With ``fake``, that clock is the notifier's clock (and the default breaker's): nothing
    about time moves unless the test advances it.
    """
    options.setdefault("backoff", Backoff(base=0.0, cap=0.0, max_attempts=50))
    options.setdefault("timeout_seconds", 2.0)
    if fake is not None:
        options.update(clock=fake)
        breaker = breaker or CircuitBreaker("notify", clock=fake.monotonic)
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


async def snapshot_shows(ref: ActorRef, condition: Callable[[NotifierStats], bool], timeout: float = 30.0) -> None:
    """The published snapshot follows the database write by one handling cycle: wait for it
    to show ``condition`` (a snapshot that never does fails the test) instead of reading it
    at the instant the rows land."""
    with anyio.fail_after(timeout):
        while not condition(stats(ref)):
            await anyio.sleep(0.01)


# -- delivery ---------------------------------------------------------------------------


async def test_due_entries_are_sent_once_each_with_their_key_as_idempotency_key(store):
    keys = await queue_alerts(store, 12)  # more than one batch of 8
    sink = Sink()
    async with running_notifier(store, sink) as (_, ref):
        async def all_sent():
            return await count(store, status="sent") == 12

        await poke_until(ref, all_sent)
        await snapshot_shows(ref, lambda s: s.sent == 12)
        assert stats(ref).failed == 0
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
        await snapshot_shows(ref, lambda s: s.failed == 2)
        assert stats(ref).sent == 0
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


async def test_408_is_retried_and_counts_as_a_failure(store):
    [key] = await queue_alerts(store, 1)
    breaker = CircuitBreaker("notify")
    async with running_notifier(store, Sink(status=408), breaker=breaker,
                                backoff=Backoff(base=60.0, cap=60.0)) as (_, ref):
        await poke(ref)
    doc = await entry(store, key)
    assert (doc["status"], doc["attempts"]) == ("pending", 1)
    assert breaker.snapshot().failures_in_window == 1


async def test_a_429_pauses_every_call_until_its_retry_after_and_uses_up_no_attempt(store):
    fake = FakeClock()
    [first, second] = await queue_alerts(store, 2, now=fake.now())
    throttling = True
    sink = Sink(status=lambda n: 429 if throttling else 200, headers={"Retry-After": "7"})
    breaker = CircuitBreaker("notify", clock=fake.monotonic)
    async with running_notifier(store, sink, breaker=breaker, fake=fake, concurrency=1) as (_, ref):
        await poke(ref)
        assert len(sink.calls) == 1
        throttled = await entry(store, sink.calls[0]["key"])
        assert (throttled["status"], throttled["attempts"], throttled["lease_until"]) == ("pending", 0, None)
        assert throttled["next_attempt_at"] == fake.now() + timedelta(seconds=7)
        assert breaker.snapshot().failures_in_window == 1  # a refused call is still a failed call
        assert stats(ref).throttled == 1 and stats(ref).paused_seconds == pytest.approx(7)
        throttling = False
        for _ in range(3):  # the other alert is due, but nothing may go out before Retry-After
            fake.advance(2.25)
            await poke(ref)
        assert len(sink.calls) == 1, "called /notify before Retry-After had passed"
        fake.advance(0.25)  # 7.0 s after the 429

        async def both_sent():
            return await count(store, status="sent") == 2

        await poke_until(ref, both_sent)
    assert sorted(sink.accepted) == sorted([first, second]) and set(sink.accepted.values()) == {1}
    assert stats(ref).paused_seconds == 0


async def test_a_call_past_its_timeout_is_a_failure(store):
    [key] = await queue_alerts(store, 1)
    sink = Sink(delay=5.0)
    breaker = CircuitBreaker("notify")
    async with running_notifier(store, sink, breaker=breaker, timeout_seconds=0.2,
                                backoff=Backoff(base=60.0, cap=60.0)) as (_, ref):
        with anyio.fail_after(4):  # the 5 s answer was cut off, not waited for
            await poke(ref)
        await snapshot_shows(ref, lambda s: s.failed == 1)
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
    breaker = CircuitBreaker("notify", clock=clock.monotonic)
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


def healthy_model() -> SuccessModel:
    """What a notifier believes after a while against an endpoint that mostly works."""
    model = SuccessModel()
    for n in range(model.cap + 1):
        for ok in (True, True, True, True, False):
            model.record(n, ok)
    return model


async def test_all_failing_opens_within_the_window_with_concurrent_calls(store):
    await queue_alerts(store, 30)
    sink = Sink(status=502, delay=0.02)
    breaker = CircuitBreaker("notify", clock=FakeClock().monotonic)
    async with running_notifier(store, sink, breaker=breaker, model=healthy_model()) as (_, ref):  # up to 8 at once
        await poke(ref)
        assert breaker.state is CircuitState.OPEN
        # no more calls out at once than the window absorbs: had they been made one after
        # the other, the last would have opened it all the same
        assert len(sink.calls) == breaker.failure_threshold
        assert 1 < sink.max_in_flight <= breaker.failure_threshold
        for _ in range(5):
            await poke(ref)
    assert len(sink.calls) == breaker.failure_threshold
    assert await count(store, status="pending") == 30


async def test_an_endpoint_the_notifier_knows_nothing_about_is_tried_one_call_at_a_time(store):
    await queue_alerts(store, 30)
    sink = Sink(status=502, delay=0.02)
    breaker = CircuitBreaker("notify", clock=FakeClock().monotonic)
    async with running_notifier(store, sink, breaker=breaker) as (_, ref):
        with anyio.fail_after(10):
            while breaker.state is CircuitState.CLOSED:
                await poke(ref)
    assert len(sink.calls) == breaker.failure_threshold and sink.max_in_flight == 1


async def test_half_open_after_open_seconds_lets_one_probe_through(store):
    keys = await queue_alerts(store, 10)
    healthy = False
    # a slow answer: the other claimed entries ask the breaker while the probe is out
    sink = Sink(status=lambda n: 200 if healthy else 503, delay=0.02)
    clock = FakeClock()
    breaker = CircuitBreaker("notify", open_seconds=30.0, clock=clock.monotonic)
    async with running_notifier(store, sink, breaker=breaker) as (_, ref):
        with anyio.fail_after(10):
            while breaker.state is CircuitState.CLOSED:
                await poke(ref)
        made = len(sink.calls)
        clock.advance(29.9)
        await poke(ref)
        assert len(sink.calls) == made, "probe before the open period ended"

        clock.advance(0.2)
        assert breaker.state is CircuitState.HALF_OPEN
        attempts_before = {d["_id"]: d["attempts"] for d in await store[NOTIFICATIONS].find({})}
        await poke(ref)
        assert len(sink.calls) == made + 1, "half-open must let exactly one call through"
        # the probe failed: open again, on a new timer; only the probe was claimed
        assert breaker.state is CircuitState.OPEN
        assert breaker.snapshot().opened_at == clock.monotonic()
        probe = sink.calls[-1]["key"]
        after = {d["_id"]: d["attempts"] for d in await store[NOTIFICATIONS].find({})}
        assert after == {**attempts_before, probe: attempts_before[probe] + 1}
        assert attempts_before[probe] == max(attempts_before.values()), "the probe is the most attempted alert"
        assert stats(ref).returned_unsent == 0
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
    breaker = CircuitBreaker("notify", clock=FakeClock().monotonic)  # frozen: only a reset can close it
    async with running_notifier(store, sink, breaker=breaker) as (_, ref):
        with anyio.fail_after(10):
            while breaker.state is CircuitState.CLOSED:
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
            await snapshot_shows(ref_b, lambda b: stats(ref_a).sent + b.sent >= 60)
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
    fake = FakeClock()
    [key] = await queue_alerts(store, 1, now=fake.now())
    claimed = await outbox.claim(store, "ghost", lease_seconds=30.0, now=fake.now())  # then the ghost "dies"
    assert claimed["_id"] == key and claimed["attempts"] == 1
    assert claimed["lease_until"] == fake.now() + timedelta(seconds=30)
    sink = Sink()
    async with running_notifier(store, sink, owner="b", fake=fake) as (_, ref):
        fake.advance(29.9)
        await poke(ref)
        assert sink.calls == [], "sent while another owner's lease was valid"
        fake.advance(0.1)
        await poke(ref)
        assert sink.calls_for(key) == 1
    doc = await entry(store, key)
    assert (doc["status"], doc["attempts"], doc["lease_owner"]) == ("sent", 2, "b")
    # the ghost coming back late cannot undo or redo the delivery
    await outbox.reschedule(store, key, "ghost", 0.0, "late failure", dead=True)
    await outbox.release_unsent(store, key, "ghost")
    assert (await entry(store, key))["status"] == "sent"
    assert (await entry(store, key))["attempts"] == 2


async def test_the_notifier_leases_for_its_lease_seconds_on_its_clock(store):
    fake = FakeClock()
    [key] = await queue_alerts(store, 1, now=fake.now())
    seen: list[dict] = []

    async def look(key: str) -> None:
        seen.append(await entry(store, key))

    sink = Sink(status=503, while_called=look)
    async with running_notifier(store, sink, fake=fake, lease_seconds=42.0,
                                backoff=Backoff(base=60.0, cap=60.0, rng=CeilingRng())) as (_, ref):
        await poke(ref)
    assert (seen[0]["lease_owner"], seen[0]["lease_until"]) == ("owner-a", fake.now() + timedelta(seconds=42))
    doc = await entry(store, key)
    assert doc["lease_until"] is None and doc["next_attempt_at"] == fake.now() + timedelta(seconds=60)


# -- the schedule: what each call is spent on --------------------------------------------


async def test_the_half_open_probe_goes_to_the_most_attempted_alert(store):
    fake = FakeClock()
    keys = await queue_alerts(store, 4, now=fake.now())
    for key, attempts in zip(keys, (1, 3, 0, 2)):
        await store[NOTIFICATIONS].update_one({"_id": key}, {"$set": {"attempts": attempts}})
    breaker = CircuitBreaker("notify", clock=fake.monotonic)
    for _ in range(5):
        assert breaker.allow()
        breaker.record_failure()
    sink = Sink()
    async with running_notifier(store, sink, breaker=breaker, fake=fake) as (_, ref):
        await poke(ref)
        assert sink.calls == []
        fake.advance(breaker.open_seconds)
        await poke(ref)
        assert [call["key"] for call in sink.calls] == [keys[1]]
        assert breaker.state is CircuitState.CLOSED


async def test_alerts_go_out_most_severe_first_also_for_entries_queued_before_severities(store):
    fake = FakeClock()
    order = [("refund_demand", "high"), ("bug", "medium"), ("legal_threat", "high"), ("outage", "high"),
             ("explicit_urgency", "high"), ("privacy", "high")]
    keys = []
    for n, (trigger, urgency) in enumerate(order):  # queued oldest first, in this order
        fake.advance(1)
        keys += await queue_alerts(store, 1, prefix=f"S{n}-", now=fake.now(), trigger=trigger, urgency=urgency)
    legacy = outbox.alert_key(TENANT, "OLD", "legal_threat")
    fake.advance(1)
    await store[NOTIFICATIONS].insert_one({  # an entry written before severities existed
        "_id": legacy, "key": legacy, "tenant_id": TENANT, "ticket_id": "OLD", "urgency": "high",
        "reason": "legal_threat", "status": "pending", "attempts": 0, "next_attempt_at": fake.now(),
        "lease_until": None, "lease_owner": None, "created_at": fake.now(), "sent_at": None})
    assert (await entry(store, keys[2]))["severity"] == "critical"
    assert (await entry(store, keys[0]))["priority"] == 1
    sink = Sink()
    async with running_notifier(store, sink, fake=fake, concurrency=1) as (_, ref):
        async def all_sent():
            return await count(store, status="sent") == 7

        await poke_until(ref, all_sent)
        await snapshot_shows(ref, lambda s: sum(w.sent for w in s.waits) == 7)
        waits = {w.severity: w for w in stats(ref).waits}
    sent = [call["key"] for call in sink.calls]
    assert sent == [keys[2], keys[3], keys[5], legacy, keys[0], keys[4], keys[1]]
    assert {name: w.sent for name, w in waits.items()} == {"critical": 4, "high": 2, "normal": 1}
    for key in keys:
        doc = await entry(store, key)
        assert doc["wait_seconds"] == pytest.approx((doc["sent_at"] - doc["created_at"]).total_seconds())


async def test_wait_is_recorded_from_queued_to_sent(store):
    fake = FakeClock()
    [key] = await queue_alerts(store, 1, now=fake.now())
    async with running_notifier(store, Sink(), fake=fake) as (_, ref):
        fake.advance(12.5)
        await poke(ref)
        [wait] = stats(ref).waits
    doc = await entry(store, key)
    assert doc["wait_seconds"] == pytest.approx(12.5)
    assert wait == ("critical", 1, pytest.approx(12.5), pytest.approx(12.5))


async def test_a_provider_failing_calls_1_and_2_gets_every_alert_with_3_calls_and_no_wasted_probe(store):
    fake = FakeClock()
    keys = await queue_alerts(store, 12, now=fake.now())
    sink = ReferenceSink()
    breaker = CircuitBreaker("notify", clock=fake.monotonic)
    probes = []
    async with running_notifier(store, sink, breaker=breaker, fake=fake) as (notifier, ref):
        with anyio.fail_after(60):
            while await count(store, status="sent") < 12:
                if breaker.retry_after() > 0:
                    fake.advance(breaker.retry_after())
                half_open = breaker.state is CircuitState.HALF_OPEN
                made = len(sink.calls)
                await poke(ref)
                if half_open and len(sink.calls) > made:
                    probes.append(sink.accepted[sink.calls[-1]["key"]] == 1)
                assert sink.max_in_flight <= breaker.failure_threshold
    assert sink.accepted == Counter({key: 1 for key in keys})
    assert len(sink.calls) == 3 * 12
    assert probes and all(probes), "a probe was spent on an alert that could not succeed"
    assert notifier.model.estimate(2) > 0.5 > notifier.model.estimate(0)
    assert breaker.snapshot().total_failures == 24
