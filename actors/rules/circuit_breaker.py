"""Circuit breaker for calls to an unreliable dependency (the provider's ``/notify``).

A plain synchronous state machine, deliberately free of I/O, locks and timers: the
notifier actor is its only user, one task calls it, and the clock is injected so tests
drive every transition without sleeping::

    closed --(failure_threshold failures among the last `window` calls)--> open
    open   --(open_seconds elapsed, next allow())-------------------------> half_open
    half_open --(the one probe succeeds)--> closed   (window cleared)
    half_open --(the one probe fails)-----> open     (new opened_at, new timer)

Every ``allow()`` that returns True must be followed by exactly one ``record_success()``
or ``record_failure()``. A call that times out, raises, or is cancelled is a failure:
record it in an ``except BaseException`` before re-raising, otherwise a lost half-open
probe would keep the breaker failing fast until ``reset()``.

Reading ``state`` never changes it. An open breaker whose timer has run out reads as
``half_open``: the next ``allow()`` admits a probe, and that is what an operator looking
at ``/circuit/notify/status`` wants to know. ``snapshot().retry_at`` still says since when.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, NamedTuple

import anyio

__all__ = ["CircuitBreaker", "CircuitOpenError", "CircuitSnapshot", "CircuitState"]


class CircuitState(enum.StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitOpenError(Exception):
    """Raised by callers that prefer an exception to checking ``allow()``.

    ``retry_at`` is a value of the breaker's clock (not wall time), so a caller can
    compute ``retry_at - clock()`` for a ``Retry-After`` or its next attempt.
    """

    def __init__(self, retry_at: float | None, name: str = "") -> None:
        self.retry_at = retry_at
        self.name = name
        where = f"circuit {name!r}" if name else "circuit"
        super().__init__(f"{where} is open; retry at clock {retry_at}")


class CircuitSnapshot(NamedTuple):
    """Immutable picture of a breaker, safe to hand to the web layer."""

    #: Which dependency the breaker guards (``"notify"``).
    name: str
    #: Effective state: an open breaker whose timer ran out reads ``HALF_OPEN``.
    state: CircuitState
    #: Failures among the last ``window_size`` recorded calls.
    failures_in_window: int
    #: How many recent calls the failure count looks at.
    window_size: int
    #: Failures in the window that open the breaker.
    failure_threshold: int
    #: Breaker clock when it last opened; None while closed.
    opened_at: float | None
    #: Breaker clock from which a probe is admitted; None while closed.
    retry_at: float | None
    #: Outcomes recorded since the breaker was built (``reset()`` keeps it).
    total_calls: int
    #: Failures recorded since the breaker was built.
    total_failures: int
    #: ``allow()`` calls refused without calling the dependency.
    short_circuited: int
    #: ``opened_at`` as an aware UTC datetime, for humans and JSON.
    opened_at_wall: datetime | None
    #: ``retry_at`` as an aware UTC datetime.
    retry_at_wall: datetime | None

    def to_status(self) -> dict[str, Any]:
        """The ``GET /circuit/notify/status`` body (the README's API table), times as ISO-8601."""
        return {
            "name": self.name,
            "state": self.state.value,
            "failures_in_window": self.failures_in_window,
            "window_size": self.window_size,
            "failure_threshold": self.failure_threshold,
            "opened_at": _iso(self.opened_at_wall),
            "retry_at": _iso(self.retry_at_wall),
        }


class CircuitBreaker:
    """Count recent outcomes; stop calling a dependency that mostly fails.

    ``clock`` is monotonic (AnyIO's event-loop clock by default) so wall-clock jumps
    cannot shorten or stretch the open period. ``wall_clock`` is only used to translate
    ``opened_at``/``retry_at`` into datetimes for snapshots: wall = now_wall - (now - t).
    """

    def __init__(
        self,
        name: str,
        window: int = 10,
        failure_threshold: int = 5,
        open_seconds: float = 30.0,
        clock: Callable[[], float] = anyio.current_time,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if window < 1:
            raise ValueError("window must be at least 1")
        if not 1 <= failure_threshold <= window:
            raise ValueError("failure_threshold must be between 1 and window")
        if open_seconds < 0:
            raise ValueError("open_seconds must not be negative")
        self.name = name
        self.window = window
        self.failure_threshold = failure_threshold
        self.open_seconds = open_seconds
        self._clock = clock
        self._wall_clock = wall_clock
        #: Recent outcomes, True for success; old ones fall out on their own.
        self._outcomes: deque[bool] = deque(maxlen=window)
        self._state = CircuitState.CLOSED
        self._opened_at: float | None = None
        self._total_calls = 0
        self._total_failures = 0
        self._short_circuited = 0

    def __repr__(self) -> str:
        return (
            f"<CircuitBreaker {self.name!r} [{self.state.value} | "
            f"{self._failures_in_window()}/{self.window} failed, "
            f"threshold {self.failure_threshold}]>"
        )

    @property
    def state(self) -> CircuitState:
        """Effective state; an expired ``OPEN`` reads ``HALF_OPEN`` (see module doc)."""
        if self._state is CircuitState.OPEN and self._clock() >= self._retry_at():
            return CircuitState.HALF_OPEN
        return self._state

    def allow(self) -> bool:
        """May the caller make one call now? False means fail fast, do not call."""
        if self._state is CircuitState.CLOSED:
            return True
        if self._state is CircuitState.OPEN and self._clock() >= self._retry_at():
            # The internal HALF_OPEN means "the one probe is out".
            self._state = CircuitState.HALF_OPEN
            return True
        self._short_circuited += 1
        return False

    def record_success(self) -> None:
        self._total_calls += 1
        if self._state is CircuitState.HALF_OPEN:
            self._close()
        elif self._state is CircuitState.CLOSED:
            self._outcomes.append(True)
        # OPEN: a call admitted before the breaker opened came back late; the timer,
        # not a straggler, decides when to try again.

    def record_failure(self) -> None:
        self._total_calls += 1
        self._total_failures += 1
        if self._state is CircuitState.HALF_OPEN:
            self._open()
        elif self._state is CircuitState.CLOSED:
            self._outcomes.append(False)
            if self._failures_in_window() >= self.failure_threshold:
                self._open()

    def reset(self) -> None:
        """Force CLOSED with an empty window (``POST /circuit/notify/reset``)."""
        self._close()

    def retry_after(self) -> float:
        """Seconds until a probe is admitted; 0.0 when a call would be allowed."""
        if self._state is CircuitState.OPEN:
            return max(0.0, self._retry_at() - self._clock())
        return 0.0

    def recent_outcomes(self) -> tuple[bool, ...]:
        """The outcomes the failure count looks at, oldest first (True for success).

        Read-only, for callers that plan their next calls around the window (the notifier's
        schedule): which failure slides out next matters as much as how many there are.
        """
        return tuple(self._outcomes)

    def open_error(self) -> CircuitOpenError:
        """The exception to raise after ``allow()`` said no."""
        retry_at = None if self._opened_at is None else self._retry_at()
        return CircuitOpenError(retry_at, self.name)

    def snapshot(self) -> CircuitSnapshot:
        now = self._clock()
        wall_now = self._wall_clock()
        opened_at = self._opened_at
        retry_at = None if opened_at is None else opened_at + self.open_seconds

        def wall(t: float | None) -> datetime | None:
            if t is None:
                return None
            return datetime.fromtimestamp(wall_now - (now - t), UTC)

        state = self._state
        if state is CircuitState.OPEN and retry_at is not None and now >= retry_at:
            state = CircuitState.HALF_OPEN
        return CircuitSnapshot(
            name=self.name,
            state=state,
            failures_in_window=self._failures_in_window(),
            window_size=self.window,
            failure_threshold=self.failure_threshold,
            opened_at=opened_at,
            retry_at=retry_at,
            total_calls=self._total_calls,
            total_failures=self._total_failures,
            short_circuited=self._short_circuited,
            opened_at_wall=wall(opened_at),
            retry_at_wall=wall(retry_at),
        )

    def _failures_in_window(self) -> int:
        return self._outcomes.count(False)

    def _retry_at(self) -> float:
        assert self._opened_at is not None
        return self._opened_at + self.open_seconds

    def _open(self) -> None:
        self._state = CircuitState.OPEN
        self._opened_at = self._clock()

    def _close(self) -> None:
        self._state = CircuitState.CLOSED
        self._opened_at = None
        self._outcomes.clear()


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")
