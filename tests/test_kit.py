"""The actor kit: mailbox semantics, failure rules, ticks, stopping, and the stats gauge.

Ordering comes from events and ``wait_all_tasks_blocked``, never from sleeps: a test that
passes because a sleep was long enough is a test that fails on a busy CI machine.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import pytest
from anyio import wait_all_tasks_blocked

from actors.kit import Actor, ActorError, ActorRef, ActorStopped, AskTimeout, MailboxFull, MailboxStats, run_actor

pytestmark = pytest.mark.anyio


# -- messages: one frozen dataclass each, dispatched with match ---------------------------
@dataclass(frozen=True)
class Add:
    n: int


@dataclass(frozen=True)
class Get:
    pass


@dataclass(frozen=True)
class Boom:
    text: str


@dataclass(frozen=True)
class Hold:
    """Keeps the actor busy until ``gate`` is set; ``entered`` says it started handling."""

    entered: anyio.Event
    gate: anyio.Event


@dataclass(frozen=True)
class Nap:
    seconds: float


CounterMsg = Add | Get | Boom | Hold | Nap


@dataclass(frozen=True)
class CounterSnapshot:
    total: int
    handled: int


class Counter(Actor[CounterMsg]):
    def __init__(self) -> None:
        self.total = 0
        self.started = anyio.Event()
        self.stopped = anyio.Event()
        self.ref: ActorRef[CounterMsg] | None = None

    async def on_start(self, ref: ActorRef[CounterMsg]) -> None:
        self.ref = ref
        ref.snapshot = CounterSnapshot(0, 0)
        self.started.set()

    async def handle(self, message: CounterMsg) -> Any:
        match message:
            case Add(n):
                self.total += n
                assert self.ref is not None
                self.ref.snapshot = CounterSnapshot(self.total, self.ref.handled + 1)
                return self.total
            case Get():
                return self.total
            case Boom(text):
                raise ValueError(text)
            case Hold(entered, gate):
                entered.set()
                await gate.wait()
                return "released"
            case Nap(seconds):
                await anyio.sleep(seconds)
                return "rested"

    async def on_stop(self) -> None:
        self.stopped.set()


@asynccontextmanager
async def running(actor: Actor[Any], ref: ActorRef[Any]) -> AsyncIterator[ActorRef[Any]]:
    """Run ``actor`` on ``ref`` for the block; cancel it afterwards and close the mailbox."""
    try:
        async with anyio.create_task_group() as tg:
            assert await tg.start(run_actor, actor, ref) is ref
            yield ref
            tg.cancel_scope.cancel()
    finally:
        ref.close()


def hold() -> Hold:
    return Hold(anyio.Event(), anyio.Event())


# -- round trips --------------------------------------------------------------------------
async def test_tells_are_handled_in_order_before_a_later_ask() -> None:
    async with running(Counter(), ActorRef("counter", 8)) as ref:
        await ref.tell(Add(2))
        ref.tell_nowait(Add(3))
        assert await ref.ask(Get()) == 5
        assert await ref.ask(Add(10)) == 15


async def test_ask_timeout_raises_ask_timeout_and_the_actor_lives_on() -> None:
    async with running(Counter(), ActorRef("counter", 8)) as ref:
        with pytest.raises(AskTimeout, match="did not answer Nap") as info:
            await ref.ask(Nap(0.3), timeout=0.02)
        assert isinstance(info.value, TimeoutError)  # callers may catch the builtin
        # the late reply goes nowhere (the asker left); the next ask still gets its answer
        assert await ref.ask(Add(1)) == 1
        assert ref.stats().handled == 2


async def test_exception_in_an_ask_goes_back_to_the_caller_and_the_actor_keeps_serving() -> None:
    actor = Counter()
    async with running(actor, ActorRef("counter", 8)) as ref:
        with pytest.raises(ValueError, match="bad input"):
            await ref.ask(Boom("bad input"))
        assert await ref.ask(Add(4)) == 4
        assert ref.stats().failed_asks == 1
        assert not actor.stopped.is_set()


async def test_exception_in_a_tell_ends_run_actor_with_that_exception() -> None:
    actor = Counter()
    ref: ActorRef[CounterMsg] = ActorRef("counter", 8)
    ref.tell_nowait(Add(1))
    ref.tell_nowait(Boom("tell failed"))
    ref.tell_nowait(Add(100))
    try:
        with pytest.raises(ValueError, match="tell failed"):
            await run_actor(actor, ref)
        assert actor.total == 1
        assert actor.stopped.is_set()  # on_stop runs on a crash too
        # the rest of the mailbox waits for the next run (the supervisor's restart)
        assert ref.stats().queued == 1
    finally:
        ref.close()


async def test_a_restarted_actor_serves_the_same_mailbox_with_fresh_state() -> None:
    ref: ActorRef[CounterMsg] = ActorRef("counter", 8)
    ref.tell_nowait(Add(7))
    ref.tell_nowait(Boom("crash"))
    ref.tell_nowait(Add(5))
    try:
        with pytest.raises(ValueError):
            await run_actor(Counter(), ref)
    except BaseException:
        ref.close()
        raise
    async with running(Counter(), ref):
        assert await ref.ask(Get()) == 5  # not 12: nothing survives the crashed run


# -- backpressure -----------------------------------------------------------------------
async def test_full_mailbox_refuses_tell_nowait_and_blocks_tell_until_consumed() -> None:
    capacity = 3
    busy = hold()
    async with running(Counter(), ActorRef("counter", capacity)) as ref:
        await ref.tell(busy)
        await busy.entered.wait()  # the actor is inside a handler: nothing leaves the mailbox
        for _ in range(capacity):
            ref.tell_nowait(Add(1))
        assert ref.stats().queued == capacity
        with pytest.raises(MailboxFull):
            ref.tell_nowait(Add(1))

        delivered = anyio.Event()

        async def blocking_tell() -> None:
            await ref.tell(Add(10))
            delivered.set()

        async with anyio.create_task_group() as tg:
            tg.start_soon(blocking_tell)
            await wait_all_tasks_blocked()
            assert not delivered.is_set()  # still waiting for space
            assert ref.stats().queued == capacity
            busy.gate.set()
            with anyio.fail_after(5):
                await delivered.wait()
        assert await ref.ask(Get()) == capacity + 10


async def test_ask_nowait_on_a_full_mailbox_raises_mailbox_full() -> None:
    busy = hold()
    async with running(Counter(), ActorRef("counter", 1)) as ref:
        await ref.tell(busy)
        await busy.entered.wait()
        ref.tell_nowait(Add(1))
        with pytest.raises(MailboxFull):
            await ref.ask(Get(), nowait=True)
        # a waiting ask on a full mailbox is bounded by its timeout too
        with pytest.raises(AskTimeout):
            await ref.ask(Get(), timeout=0.02)
        busy.gate.set()
        assert await ref.ask(Get()) == 1  # waits for the space the actor frees
        assert await ref.ask(Get(), nowait=True) == 1  # an empty mailbox takes it at once
    gc.collect()  # an undelivered ask must not leave an unclosed reply stream behind


async def test_mailbox_full_and_actor_stopped_are_actor_errors() -> None:
    assert issubclass(MailboxFull, ActorError)
    assert issubclass(ActorStopped, ActorError)
    assert issubclass(AskTimeout, ActorError)


# -- ticks --------------------------------------------------------------------------------
class Ticker(Actor[Get]):
    tick_seconds = 0.005

    def __init__(self, wanted: int) -> None:
        self.ticks = 0
        self.wanted = wanted
        self.enough = anyio.Event()

    async def handle(self, message: Get) -> int:
        return self.ticks

    async def on_tick(self) -> None:
        self.ticks += 1
        if self.ticks >= self.wanted:
            self.enough.set()


async def test_on_tick_runs_while_the_mailbox_is_quiet() -> None:
    actor = Ticker(wanted=3)
    async with running(actor, ActorRef("ticker", 4)) as ref:
        with anyio.fail_after(5):
            await actor.enough.wait()
        assert await ref.ask(Get()) >= 3


async def test_no_tick_by_default() -> None:
    actor = Counter()
    assert actor.tick_seconds == float("inf")


class FailingTicker(Actor[Get]):
    tick_seconds = 0.001

    async def handle(self, message: Get) -> None:
        return None

    async def on_tick(self) -> None:
        raise RuntimeError("tick failed")


async def test_an_exception_in_on_tick_crashes_the_actor() -> None:
    ref: ActorRef[Get] = ActorRef("ticker", 4)
    try:
        with anyio.fail_after(5), pytest.raises(RuntimeError, match="tick failed"):
            await run_actor(FailingTicker(), ref)
    finally:
        ref.close()


# -- stopping -----------------------------------------------------------------------------
async def test_cancellation_runs_on_stop_and_close_fails_pending_asks() -> None:
    actor = Counter()
    ref: ActorRef[CounterMsg] = ActorRef("counter", 4)
    busy = hold()
    outcomes: dict[str, BaseException | Any] = {}

    async def ask_into(key: str, message: CounterMsg) -> None:
        try:
            outcomes[key] = await ref.ask(message, timeout=10)
        except ActorError as exc:
            outcomes[key] = exc

    async with anyio.create_task_group() as outer:
        async with anyio.create_task_group() as inner:
            await inner.start(run_actor, actor, ref)
            outer.start_soon(ask_into, "in_flight", busy)
            await busy.entered.wait()
            outer.start_soon(ask_into, "queued", Get())
            await wait_all_tasks_blocked()
            assert ref.stats().queued == 1
            inner.cancel_scope.cancel()
        assert actor.stopped.is_set()
        # the ask being handled loses its reply stream with the cancelled handler
        await wait_all_tasks_blocked()
        assert isinstance(outcomes.get("in_flight"), ActorStopped)
        # the queued ask would wait for a restart; closing the ref fails it at once
        assert "queued" not in outcomes
        ref.close()
    assert isinstance(outcomes["queued"], ActorStopped)

    with pytest.raises(ActorStopped):
        await ref.tell(Add(1))
    with pytest.raises(ActorStopped):
        ref.tell_nowait(Add(1))
    with pytest.raises(ActorStopped):
        await ref.ask(Get())
    gc.collect()


async def test_close_while_running_ends_run_actor_normally() -> None:
    actor = Counter()
    ref: ActorRef[CounterMsg] = ActorRef("counter", 4)
    async with anyio.create_task_group() as tg:
        await tg.start(run_actor, actor, ref)
        assert await ref.ask(Add(1)) == 1
        ref.close()  # the actor sees end-of-stream and returns: no exception, no cancel
    assert actor.stopped.is_set()


async def test_close_while_a_handler_runs_ends_run_actor_normally() -> None:
    actor = Counter()
    ref: ActorRef[CounterMsg] = ActorRef("counter", 4)
    busy = hold()
    async with anyio.create_task_group() as tg:
        await tg.start(run_actor, actor, ref)
        await ref.tell(busy)
        await busy.entered.wait()
        ref.close()
        busy.gate.set()  # the handler finishes, then the actor finds its mailbox closed
    assert actor.stopped.is_set()
    gc.collect()


# -- stats and snapshot -------------------------------------------------------------------
async def test_stats_count_queued_handled_and_failed_asks() -> None:
    ref: ActorRef[CounterMsg] = ActorRef("counter", 5)
    assert ref.stats() == MailboxStats(queued=0, capacity=5, handled=0, failed_asks=0)
    for n in (1, 2, 3):
        ref.tell_nowait(Add(n))
    assert ref.stats() == MailboxStats(queued=3, capacity=5, handled=0, failed_asks=0)
    async with running(Counter(), ref):
        with pytest.raises(ValueError):
            await ref.ask(Boom("x"))
        assert await ref.ask(Get()) == 6
        # 3 tells + a failed ask + a good ask; a failed ask still counts as handled
        assert ref.stats() == MailboxStats(queued=0, capacity=5, handled=5, failed_asks=1)
        assert ref.stats()._asdict() == {"queued": 0, "capacity": 5, "handled": 5, "failed_asks": 1}


async def test_snapshot_is_published_on_start_and_after_each_change() -> None:
    ref: ActorRef[CounterMsg] = ActorRef("counter", 4)
    assert ref.snapshot is None
    async with running(Counter(), ref):
        assert ref.snapshot == CounterSnapshot(0, 0)  # published before started() returned
        before = ref.snapshot
        await ref.ask(Add(4))
        assert ref.snapshot == CounterSnapshot(4, 1)
        assert before == CounterSnapshot(0, 0)  # readers holding the old one see it unchanged
