"""An OTP-style supervisor on an AnyIO task group.

Semantics taken from Erlang/OTP rather than invented:

- ``permanent`` children are always restarted, ``transient`` ones only after a crash,
  ``temporary`` ones never (an ingestion job that failed must end as *failed*, not rerun).
- Restart intensity is counted per supervisor: more than ``max_restarts`` restarts within
  ``within_seconds`` escalates by raising :class:`Escalation` out of the task group, so the
  process exits non-zero and its orchestrator (systemd, Docker, Kubernetes) restarts it.
- Restarts back off exponentially so a child that dies at once does not spin.
- Children stop in reverse start order: the web server before the actors it talks to, the
  actors before the store they write with, the store before the database process.

Every start, crash, restart, stop and escalation goes to the :class:`EventLog`.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any, NamedTuple

import anyio
from anyio.abc import TaskGroup, TaskStatus

from supervisor.events import EventLog


class Restart(str, Enum):
    PERMANENT = "permanent"
    TRANSIENT = "transient"
    TEMPORARY = "temporary"


class Escalation(Exception):
    """A child crashed too often: give up and let the process exit non-zero."""


#: an async callable started with ``task_status=``; what it passes to ``started`` is the
#: child's handle (an ActorRef, a URL, a store), returned by :meth:`Supervisor.start_child`
StartFn = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class ChildSpec:
    name: str
    start: StartFn
    kind: str = "actor"
    restart: Restart = Restart.PERMANENT
    #: for a child that supervises others (the ingest supervisor): its live subtree
    subtree: Callable[[], list["ChildInfo"]] | None = None
    #: extra live facts for ``/supervisor`` (a process child's pid, say)
    details: Callable[[], dict[str, Any]] | None = None


class ChildInfo(NamedTuple):
    name: str
    kind: str
    state: str
    restarts: int
    last_error: str | None
    started_at: str | None
    restart: str
    children: tuple["ChildInfo", ...] = ()
    details: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        d = self._asdict()
        d["children"] = [c.as_dict() for c in self.children]
        return d


@dataclass(eq=False)
class _Child:
    spec: ChildSpec
    scope: anyio.CancelScope = field(default_factory=anyio.CancelScope)
    done: anyio.Event = field(default_factory=anyio.Event)
    state: str = "starting"
    restarts: int = 0
    last_error: str | None = None
    started_at: str | None = None
    value: Any = None


class _FirstStart:
    """Forwards the first ``started()`` to the real TaskStatus; later runs just record."""

    def __init__(self, status: TaskStatus[Any], child: _Child) -> None:
        self._status = status
        self._child = child
        self.done = False

    def started(self, value: Any = None) -> None:
        self._child.value = value
        self._child.state = "running"
        if not self.done:
            self.done = True
            self._status.started(value)


def describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Supervisor:
    def __init__(
        self,
        name: str,
        events: EventLog,
        *,
        max_restarts: int = 5,
        within_seconds: float = 60.0,
        backoff_base: float = 0.1,
        backoff_cap: float = 5.0,
        clock: Callable[[], float] = anyio.current_time,
    ) -> None:
        self.name = name
        self.events = events
        #: restarts allowed within ``within_seconds`` before escalating
        self.max_restarts = max_restarts
        self.within_seconds = within_seconds
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._clock = clock
        self._restart_times: deque[float] = deque()
        self._children: dict[str, _Child] = {}
        self._tg: TaskGroup | None = None

    async def __aenter__(self) -> "Supervisor":
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool | None:
        assert self._tg is not None
        if exc_type is None:
            await self.stop_all()
        else:
            self._tg.cancel_scope.cancel()
        try:
            return await self._tg.__aexit__(exc_type, exc, tb)
        finally:
            self._tg = None

    # -- children ------------------------------------------------------------------
    async def start_child(self, spec: ChildSpec) -> Any:
        """Start ``spec`` and return what it passed to ``task_status.started``."""
        if self._tg is None:
            raise RuntimeError(f"supervisor {self.name} is not running")
        if spec.name in self._children:
            raise ValueError(f"{self.name} already has a child named {spec.name!r}")
        child = _Child(spec)
        self._children[spec.name] = child
        try:
            return await self._tg.start(self._run_child, child)
        except BaseException:
            self._children.pop(spec.name, None)
            raise

    async def stop_child(self, name: str) -> None:
        child = self._children.get(name)
        if child is None or child.done.is_set():
            return  # already over: keep its final state ("stopped", "crashed") for tree()
        child.state = "stopping"
        child.scope.cancel()
        await child.done.wait()

    async def stop_all(self) -> None:
        """Stop children one by one, newest first."""
        for name in reversed(list(self._children)):
            with anyio.CancelScope(shield=True):
                await self.stop_child(name)

    def tree(self) -> list[ChildInfo]:
        infos = []
        for child in list(self._children.values()):
            sub = tuple(child.spec.subtree()) if child.spec.subtree else ()
            details = child.spec.details() if child.spec.details else None
            infos.append(
                ChildInfo(
                    child.spec.name, child.spec.kind, child.state, child.restarts,
                    child.last_error, child.started_at, child.spec.restart.value, sub, details,
                )
            )
        return infos

    def child_value(self, name: str) -> Any:
        child = self._children.get(name)
        return None if child is None else child.value

    # -- the restart loop ------------------------------------------------------------
    async def _run_child(self, child: _Child, *, task_status: TaskStatus[Any]) -> None:
        spec = child.spec
        status = _FirstStart(task_status, child)
        try:
            with child.scope:
                while True:
                    child.state = "starting"
                    child.started_at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
                    self.events.emit("start", child=spec.name, kind=spec.kind, supervisor=self.name, restarts=child.restarts)
                    error: Exception | None = None
                    try:
                        await spec.start(task_status=status)
                    except Exception as exc:  # a crash: decide below whether to restart
                        error = exc
                    if error is None:
                        if spec.restart is not Restart.PERMANENT:
                            child.state = "stopped"
                            self.events.emit("stop", child=spec.name, kind=spec.kind, supervisor=self.name, reason="normal")
                            return
                        child.last_error = "exited while permanent"
                    else:
                        child.last_error = describe(error)
                        self.events.emit("crash", child=spec.name, kind=spec.kind, supervisor=self.name, error=child.last_error)
                        if spec.restart is Restart.TEMPORARY or not status.done and spec.restart is not Restart.PERMANENT:
                            child.state = "crashed"
                            if not status.done:
                                raise error
                            return
                    delay = self._register_restart(spec.name)
                    child.state = "restarting"
                    await anyio.sleep(delay)
                    child.restarts += 1
                    self.events.emit("restart", child=spec.name, kind=spec.kind, supervisor=self.name, restarts=child.restarts, after_seconds=round(delay, 3))
            # leaving the scope after a cancel: an orderly stop
            if child.state != "crashed":
                child.state = "stopped"
                self.events.emit("stop", child=spec.name, kind=spec.kind, supervisor=self.name, reason="shutdown")
        finally:
            child.done.set()
            if spec.restart is Restart.TEMPORARY and self._children.get(spec.name) is child:
                # a finished job must not stay in memory: the event ring remembers it
                del self._children[spec.name]

    def _register_restart(self, name: str) -> float:
        now = self._clock()
        while self._restart_times and now - self._restart_times[0] > self.within_seconds:
            self._restart_times.popleft()
        self._restart_times.append(now)
        if len(self._restart_times) > self.max_restarts:
            self.events.emit("escalate", child=name, supervisor=self.name, restarts_in_window=len(self._restart_times), window_seconds=self.within_seconds)
            raise Escalation(f"{name}: more than {self.max_restarts} restarts in {self.within_seconds}s under {self.name}")
        recent = len(self._restart_times) - 1
        return min(self.backoff_cap, self.backoff_base * math.pow(2, recent))
