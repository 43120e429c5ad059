"""The OTP-style supervisor: restart kinds, restart intensity, stop order, and the tree.

Time is injected: restart windows run on a fake clock and backoff is zero, so nothing here
waits for real seconds. ``wait_all_tasks_blocked`` is how a test knows a crash has been
handled (the child restarted and is waiting again, or it is gone).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import anyio
import pytest
from anyio import wait_all_tasks_blocked as settle
from anyio.abc import TaskStatus

from actors.kit import Actor, ActorRef, run_actor
from supervisor.events import EventLog
from supervisor.tree import ChildInfo, ChildSpec, Escalation, Restart, Supervisor

pytestmark = pytest.mark.anyio


class FakeClock:
    """Stands in for ``anyio.current_time``: moves only when a test says so."""

    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Crasher:
    """A child whose runs each wait for ``crash()`` and then raise; counts its runs."""

    def __init__(self) -> None:
        self.runs = 0
        self._trigger: anyio.Event | None = None

    async def __call__(self, *, task_status: TaskStatus[Any]) -> None:
        self.runs += 1
        self._trigger = trigger = anyio.Event()
        task_status.started(f"run-{self.runs}")
        await trigger.wait()
        raise RuntimeError(f"crash {self.runs}")

    async def crash(self) -> None:
        """Crash the current run and wait until the supervisor has dealt with it."""
        assert self._trigger is not None
        self._trigger.set()
        await settle()


def scripted(*outcomes: str) -> tuple[Callable[..., Any], list[str]]:
    """A child whose n-th run does ``outcomes[n]`` right after ``started``:
    ``"crash"``, ``"return"`` or ``"wait"`` (until cancelled). Runs are logged."""
    log: list[str] = []

    async def start(*, task_status: TaskStatus[Any]) -> None:
        n = len(log)
        outcome = outcomes[min(n, len(outcomes) - 1)]
        log.append(outcome)
        task_status.started(f"value-{n + 1}")
        if outcome == "crash":
            raise RuntimeError(f"boom {n + 1}")
        if outcome == "wait":
            await anyio.sleep_forever()

    return start, log


def fast(events: EventLog, clock: FakeClock | None = None, **kwargs: Any) -> Supervisor:
    return Supervisor("test", events, backoff_base=0, clock=clock or FakeClock(), **kwargs)


def named(events: EventLog, event: str) -> list[dict[str, Any]]:
    return [e for e in events.recent(1_000) if e["event"] == event]


def find_escalation(exc: BaseException) -> Escalation | None:
    """Escalation arrives bare or inside (nested) exception groups, depending on where it rose."""
    if isinstance(exc, Escalation):
        return exc
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            found = find_escalation(inner)
            if found is not None:
                return found
    return None


def only(sup: Supervisor) -> ChildInfo:
    (info,) = sup.tree()
    return info


# -- restart kinds ------------------------------------------------------------------------
async def test_permanent_child_is_restarted_after_each_crash() -> None:
    events = EventLog()
    start, runs = scripted("crash", "crash", "wait")
    async with fast(events) as sup:
        assert await sup.start_child(ChildSpec("worker", start)) == "value-1"
        await settle()
        assert runs == ["crash", "crash", "wait"]
        info = only(sup)
        assert (info.state, info.restarts, info.last_error) == ("running", 2, "RuntimeError: boom 2")
        assert sup.child_value("worker") == "value-3"  # the latest run's handle

    crashes = named(events, "crash")
    assert [c["error"] for c in crashes] == ["RuntimeError: boom 1", "RuntimeError: boom 2"]
    assert all(c["child"] == "worker" and c["supervisor"] == "test" for c in crashes)
    assert [r["restarts"] for r in named(events, "restart")] == [1, 2]
    assert [e["event"] for e in events.recent()] == [
        "start", "crash", "restart", "start", "crash", "restart", "start", "stop",
    ]
    assert named(events, "stop")[0]["reason"] == "shutdown"


async def test_permanent_child_that_returns_is_restarted_too() -> None:
    events = EventLog()
    start, runs = scripted("return", "wait")
    async with fast(events) as sup:
        await sup.start_child(ChildSpec("worker", start))
        await settle()
        assert runs == ["return", "wait"]
        info = only(sup)
        assert (info.state, info.restarts, info.last_error) == ("running", 1, "exited while permanent")
    assert named(events, "crash") == []  # a return is not a crash, but it is not allowed either


class Fragile(Actor[str]):
    """Echoes asks; a ``"boom"`` tell crashes it."""

    async def handle(self, message: str) -> str:
        if message == "boom":
            raise ValueError("bad message")
        return message


async def test_a_crashed_actor_is_restarted_on_its_mailbox_and_its_own_error_is_logged() -> None:
    """How assembly runs actors: ``run_actor`` as a permanent child, one ref across restarts."""
    events = EventLog()
    ref: ActorRef[str] = ActorRef("fragile", 4)

    async def start(*, task_status: TaskStatus[Any]) -> None:
        await run_actor(Fragile(), ref, task_status=task_status)

    try:
        async with fast(events) as sup:
            assert await sup.start_child(ChildSpec("fragile", start)) is ref
            await ref.tell("boom")
            await settle()
            assert await ref.ask("still here") == "still here"  # the restarted run serves the same ref
            info = only(sup)
            assert (info.state, info.restarts) == ("running", 1)
            # the handler's error, not a task group wrapped around it
            assert info.last_error == "ValueError: bad message"
    finally:
        ref.close()
    assert [c["error"] for c in named(events, "crash")] == ["ValueError: bad message"]


async def test_transient_child_is_restarted_after_a_crash_but_not_after_a_return() -> None:
    events = EventLog()
    start, runs = scripted("crash", "return", "wait")
    async with fast(events) as sup:
        assert await sup.start_child(ChildSpec("job", start, restart=Restart.TRANSIENT)) == "value-1"
        await settle()
        assert runs == ["crash", "return"]  # never a third run
        info = only(sup)
        assert (info.state, info.restarts, info.restart) == ("stopped", 1, "transient")
        assert info.last_error == "RuntimeError: boom 1"
    stops = named(events, "stop")
    assert [s["reason"] for s in stops] == ["normal"]  # not stopped a second time on shutdown


async def test_transient_child_that_crashes_before_started_fails_start_child() -> None:
    events = EventLog()

    async def broken(*, task_status: TaskStatus[Any]) -> None:
        raise OSError("port in use")

    async with fast(events) as sup:
        with pytest.raises(OSError, match="port in use"):
            await sup.start_child(ChildSpec("web", broken, restart=Restart.TRANSIENT))
        assert sup.tree() == []
        # the name is free again: a corrected child can be started under it
        start, _ = scripted("wait")
        assert await sup.start_child(ChildSpec("web", start, restart=Restart.TRANSIENT)) == "value-1"
    assert named(events, "restart") == []


@pytest.mark.parametrize("outcome", ["crash", "return"])
async def test_temporary_child_is_never_restarted_and_leaves_the_tree(outcome: str) -> None:
    events = EventLog()
    start, runs = scripted(outcome, "wait")
    gate = anyio.Event()

    async def job(*, task_status: TaskStatus[Any]) -> None:
        task_status.started("job-handle")
        await gate.wait()
        await start(task_status=anyio.TASK_STATUS_IGNORED)

    async with fast(events) as sup:
        assert await sup.start_child(ChildSpec("ingester[a]", job, kind="ingester", restart=Restart.TEMPORARY)) == "job-handle"
        assert only(sup).state == "running"
        gate.set()
        await settle()
        assert runs == [outcome]
        assert sup.tree() == []  # a finished job does not stay in memory
        assert sup.child_value("ingester[a]") is None
    assert named(events, "restart") == []
    assert len(named(events, "crash")) == (1 if outcome == "crash" else 0)


# -- restart intensity ----------------------------------------------------------------------
async def test_too_many_restarts_in_the_window_escalate_out_of_the_supervisor() -> None:
    events = EventLog()
    start, runs = scripted("crash")  # crashes every time, right after started
    sup = fast(events, FakeClock(), max_restarts=3, within_seconds=10)
    with pytest.raises(BaseException) as info:
        async with sup:
            await sup.start_child(ChildSpec("flaky", start))
            await anyio.sleep_forever()
    escalation = find_escalation(info.value)
    assert escalation is not None, info.value
    assert "flaky" in str(escalation) and "more than 3 restarts" in str(escalation)
    assert len(runs) == 4  # the first run and 3 restarts; the 4th crash escalates
    (escalate,) = named(events, "escalate")
    assert (escalate["child"], escalate["restarts_in_window"], escalate["window_seconds"]) == ("flaky", 4, 10)


async def test_escalation_before_the_first_start_reaches_the_caller_of_start_child() -> None:
    events = EventLog()
    attempts = 0

    async def never_starts(*, task_status: TaskStatus[Any]) -> None:
        nonlocal attempts
        attempts += 1
        raise ConnectionRefusedError("database down")

    with pytest.raises(BaseException) as info:
        async with fast(events, max_restarts=2, within_seconds=60) as sup:
            await sup.start_child(ChildSpec("store", never_starts, kind="resource"))
    assert find_escalation(info.value) is not None
    assert attempts == 3
    assert all(c["error"] == "ConnectionRefusedError: database down" for c in named(events, "crash"))


async def test_restarts_spaced_wider_than_the_window_do_not_escalate() -> None:
    events = EventLog()
    clock = FakeClock()
    child = Crasher()
    async with fast(events, clock, max_restarts=1, within_seconds=10) as sup:
        await sup.start_child(ChildSpec("slow_flaky", child))
        for _ in range(4):
            await child.crash()
            clock.now += 11  # each earlier restart falls out of the window
        assert child.runs == 5
        assert only(sup).restarts == 4
        assert named(events, "escalate") == []
        assert only(sup).state == "running"


async def test_a_crash_inside_the_window_after_spaced_ones_escalates() -> None:
    events = EventLog()
    clock = FakeClock()
    child = Crasher()
    with pytest.raises(BaseException) as info:
        async with fast(events, clock, max_restarts=1, within_seconds=10) as sup:
            await sup.start_child(ChildSpec("flaky", child))
            await child.crash()
            clock.now += 11
            await child.crash()  # the first restart is out of the window: fine
            assert named(events, "escalate") == []
            clock.now += 5
            await child.crash()  # second restart within 10 s of the previous one
            await anyio.sleep_forever()
    assert find_escalation(info.value) is not None
    assert child.runs == 3


async def test_backoff_doubles_per_restart_in_the_window_up_to_the_cap() -> None:
    events = EventLog()
    start, runs = scripted("crash", "crash", "crash", "crash", "wait")
    sup = Supervisor("test", events, backoff_base=0.001, backoff_cap=0.004, clock=FakeClock(), max_restarts=10)
    async with sup:
        await sup.start_child(ChildSpec("worker", start))
        with anyio.fail_after(5):
            while len(runs) < 5:
                await anyio.sleep(0.005)
    assert [r["after_seconds"] for r in named(events, "restart")] == [0.001, 0.002, 0.004, 0.004]


# -- stopping ---------------------------------------------------------------------------------
def recording_child(name: str, stopped: list[str]) -> ChildSpec:
    async def start(*, task_status: TaskStatus[Any]) -> None:
        task_status.started(name)
        try:
            await anyio.sleep_forever()
        finally:
            stopped.append(name)

    return ChildSpec(name, start)


async def test_children_stop_in_reverse_start_order() -> None:
    events = EventLog()
    stopped: list[str] = []
    async with fast(events) as sup:
        for name in ("database", "store", "actors", "web"):
            await sup.start_child(recording_child(name, stopped))
    assert stopped == ["web", "actors", "store", "database"]
    assert [s["child"] for s in named(events, "stop")] == ["web", "actors", "store", "database"]


async def test_stop_all_stops_newest_first_and_leaves_them_stopped() -> None:
    events = EventLog()
    stopped: list[str] = []
    async with fast(events) as sup:
        for name in ("a", "b", "c"):
            await sup.start_child(recording_child(name, stopped))
        await sup.stop_all()
        assert stopped == ["c", "b", "a"]
        assert [i.state for i in sup.tree()] == ["stopped", "stopped", "stopped"]
    assert stopped == ["c", "b", "a"]  # leaving the block does not stop them twice


async def test_stop_child_stops_one_child_without_restarting_it() -> None:
    events = EventLog()
    stopped: list[str] = []
    async with fast(events) as sup:
        await sup.start_child(recording_child("a", stopped))
        await sup.start_child(recording_child("b", stopped))
        await sup.stop_child("a")
        assert stopped == ["a"]
        await settle()
        states = {i.name: (i.state, i.restarts) for i in sup.tree()}
        assert states == {"a": ("stopped", 0), "b": ("running", 0)}
        await sup.stop_child("no-such-child")  # a no-op, not an error
    assert named(events, "restart") == []


async def test_stop_child_during_restart_backoff_stops_at_once() -> None:
    events = EventLog()
    child = Crasher()
    # an hour of backoff: the test finishing at all shows the stop did not wait it out
    sup = Supervisor("test", events, backoff_base=3_600, backoff_cap=3_600, clock=FakeClock())
    async with sup:
        await sup.start_child(ChildSpec("worker", child))
        await child.crash()
        assert only(sup).state == "restarting"
        with anyio.fail_after(5):
            await sup.stop_child("worker")
        info = only(sup)
        assert (info.state, info.restarts) == ("stopped", 0)
    assert child.runs == 1
    assert named(events, "restart") == []


async def test_stop_child_on_a_finished_child_keeps_its_final_state() -> None:
    events = EventLog()
    start, _ = scripted("crash", "return")
    async with fast(events) as sup:
        await sup.start_child(ChildSpec("job", start, restart=Restart.TRANSIENT))
        await settle()
        assert only(sup).state == "stopped"
        await sup.stop_child("job")
        assert only(sup).state == "stopped"  # not "stopping" forever


async def test_start_child_refuses_duplicates_and_a_supervisor_that_is_not_running() -> None:
    events = EventLog()
    sup = fast(events)
    start, _ = scripted("wait")
    with pytest.raises(RuntimeError, match="not running"):
        await sup.start_child(ChildSpec("a", start))
    async with sup:
        await sup.start_child(ChildSpec("a", start))
        with pytest.raises(ValueError, match="already has a child named 'a'"):
            await sup.start_child(ChildSpec("a", start))


# -- the tree -----------------------------------------------------------------------------
async def test_tree_reports_each_childs_fields() -> None:
    events = EventLog()
    start, _ = scripted("crash", "wait")
    async with fast(events) as sup:
        await sup.start_child(ChildSpec("rate_limiter", start, kind="actor"))
        await settle()
        info = only(sup)
        assert info.name == "rate_limiter"
        assert info.kind == "actor"
        assert info.state == "running"
        assert info.restarts == 1
        assert info.last_error == "RuntimeError: boom 1"
        assert info.restart == "permanent"
        assert info.children == ()
        started = datetime.fromisoformat(info.started_at)
        assert started.tzinfo is not None
        as_dict = info.as_dict()
        assert {k: as_dict[k] for k in ("name", "kind", "state", "restarts", "last_error", "started_at",
                                         "restart", "children")} == {
            "name": "rate_limiter", "kind": "actor", "state": "running", "restarts": 1,
            "last_error": "RuntimeError: boom 1", "started_at": info.started_at, "restart": "permanent",
            "children": [],
        }


async def test_tree_shows_live_details_when_the_spec_has_them() -> None:
    events = EventLog()
    start, _ = scripted("wait")
    facts = {"pid": 4242}
    async with fast(events) as sup:
        await sup.start_child(ChildSpec("embedded_mongodb", start, kind="process", details=lambda: dict(facts)))
        await sup.start_child(ChildSpec("plain", scripted("wait")[0]))
        assert [i.details for i in sup.tree()] == [{"pid": 4242}, None]
        facts["pid"] = 4343  # read at each call, not frozen at start
        assert sup.tree()[0].as_dict()["details"] == {"pid": 4343}


async def test_subtree_shows_the_nested_supervisors_children() -> None:
    events = EventLog()
    inner_holder: list[Supervisor] = []

    async def ingest(*, task_status: TaskStatus[Any]) -> None:
        async with fast(events) as inner:
            inner_holder.append(inner)
            for job in ("ingester[a]", "ingester[b]"):
                start, _ = scripted("wait")
                await inner.start_child(ChildSpec(job, start, kind="ingester", restart=Restart.TEMPORARY))
            task_status.started(inner)
            await anyio.sleep_forever()

    def subtree() -> list[ChildInfo]:
        return inner_holder[0].tree() if inner_holder else []

    async with fast(events) as outer:
        inner = await outer.start_child(ChildSpec("ingest", ingest, kind="supervisor", subtree=subtree))
        assert inner is inner_holder[0]
        (info,) = outer.tree()
        assert (info.name, info.kind) == ("ingest", "supervisor")
        assert [(c.name, c.kind, c.state, c.restart) for c in info.children] == [
            ("ingester[a]", "ingester", "running", "temporary"),
            ("ingester[b]", "ingester", "running", "temporary"),
        ]
        assert [c["name"] for c in info.as_dict()["children"]] == ["ingester[a]", "ingester[b]"]

        await inner.stop_child("ingester[a]")  # temporary: gone from the subtree once stopped
        assert [c.name for c in outer.tree()[0].children] == ["ingester[b]"]
