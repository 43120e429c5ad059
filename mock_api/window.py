"""Sliding-window accounting for the provider's ``/external/*`` budget.

Two different questions are answered here, so there are two classes:

* :class:`SlidingWindowLimiter` decides. It remembers only the calls it *accepted*:
  a rejected call must not push the client's next free slot further away, or a
  client that retries eagerly would lock itself out for ever.
* :class:`CallMeter` observes. It counts *every* call, accepted or not, because its
  job is to grade the client's discipline: a well-behaved client never makes the
  limiter say no, so ``max_calls_in_any_60s`` should stay at or under the limit.

Both take the clock as a parameter so tests can drive time by hand instead of
sleeping through a minute.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from typing import NamedTuple

SECONDS = 1.0
WINDOW = 60 * SECONDS


class Decision(NamedTuple):
    """What the limiter said about one call."""

    #: the call may proceed (and now occupies a slot in the window)
    allowed: bool
    #: whole seconds until a slot frees; 0 when allowed, else at least 1
    retry_after: int


class SlidingWindowLimiter:
    """At most ``limit`` accepted calls in any ``window`` seconds.

    A true sliding log rather than a fixed bucket: a fixed per-minute bucket lets a
    client make ``2 * limit`` calls across a bucket boundary, which is exactly the
    burst a real provider punishes and the ingester has to learn to avoid.
    """

    def __init__(
        self,
        limit: int,
        window: float = WINDOW,
        clock: Callable[[], float] = time.monotonic,
        *,
        plus_one: bool = False,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._limit = limit
        self._window = window
        self._clock = clock
        #: the reference provider's ``Retry-After``: whole seconds until the slot frees, plus one
        self._plus_one = plus_one
        self._accepted: deque[float] = deque()

    @property
    def limit(self) -> int:
        return self._limit

    @limit.setter
    def limit(self, value: int) -> None:
        # The log is kept: lowering the limit at runtime must bite immediately,
        # as it would on a provider that tightened its quota.
        if value < 1:
            raise ValueError("limit must be at least 1")
        self._limit = value

    def try_acquire(self) -> Decision:
        now = self._clock()
        self._expire(now)
        if len(self._accepted) < self._limit:
            self._accepted.append(now)
            return Decision(True, 0)
        # The slot that frees first is the one taken by the oldest call still inside
        # the window that must drop out to bring us back under the limit.
        frees_at = self._accepted[len(self._accepted) - self._limit] + self._window
        if self._plus_one:
            return Decision(False, int(frees_at - now) + 1)
        return Decision(False, max(1, math.ceil(frees_at - now)))

    @property
    def window_seconds(self) -> float:
        return self._window

    def in_window(self) -> int:
        self._expire(self._clock())
        return len(self._accepted)

    def clear(self) -> None:
        self._accepted.clear()

    def _expire(self, now: float) -> None:
        horizon = now - self._window
        while self._accepted and self._accepted[0] <= horizon:
            self._accepted.popleft()


class MeterStats(NamedTuple):
    #: every call seen since start or the last reset
    calls_total: int
    #: calls in the 60 s ending now
    calls_last_60s: int
    #: the busiest 60 s seen so far
    max_calls_in_any_60s: int
    #: calls answered 429
    rate_limited_total: int


class CallMeter:
    """Counts calls and the busiest window without keeping history.

    The busiest window always ends on a call (slide any window right until its end
    hits one and it loses nothing), so checking the count each time a call arrives
    finds the exact maximum. Memory is bounded by the calls of the last window only.
    """

    def __init__(self, window: float = WINDOW, clock: Callable[[], float] = time.monotonic) -> None:
        self._window = window
        self._clock = clock
        self._recent: deque[float] = deque()
        self._total = 0
        self._max = 0
        self._rate_limited = 0

    def record(self, *, rate_limited: bool = False) -> None:
        now = self._clock()
        self._expire(now)
        self._recent.append(now)
        self._total += 1
        self._max = max(self._max, len(self._recent))
        if rate_limited:
            self._rate_limited += 1

    def stats(self) -> MeterStats:
        self._expire(self._clock())
        return MeterStats(self._total, len(self._recent), self._max, self._rate_limited)

    def reset(self) -> None:
        self._recent.clear()
        self._total = self._max = self._rate_limited = 0

    def _expire(self, now: float) -> None:
        horizon = now - self._window
        while self._recent and self._recent[0] <= horizon:
            self._recent.popleft()
