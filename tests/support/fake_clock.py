"""One fake clock for every test that wants time to move without waiting for it.

It satisfies :class:`actors.rules.timebase.Clock` (``now``, ``wall``, ``monotonic``): the
three readings move together, and only when the test calls :meth:`FakeClock.advance`.
Code that must *wait* on it (an outbox lease, a retry delay) can ``await clock.sleep(s)``:
the sleeper wakes once the test has advanced the clock past its deadline, so a test of a
60-second lock TTL runs in milliseconds on asyncio and trio alike.

    clock = FakeClock()
    keeper = LockKeeper(store, ttl_seconds=60, refresh_seconds=20, clock=clock)
    clock.advance(61)          # the lock expired: no real time passed
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import anyio
from anyio.lowlevel import checkpoint

#: a fixed, recognisable starting instant (milliseconds only, as BSON keeps them)
START = datetime(2030, 1, 1, 12, 0, 0, tzinfo=timezone.utc)


class FakeClock:
    def __init__(self, start: datetime = START, monotonic_start: float = 1_000.0) -> None:
        self._start = start
        self._mono_start = monotonic_start
        self._elapsed = 0.0
        #: (deadline in elapsed seconds, event) of tasks sleeping on this clock
        self._sleepers: list[tuple[float, anyio.Event]] = []

    # -- readings ---------------------------------------------------------------------
    def now(self) -> datetime:
        value = self._start + timedelta(seconds=self._elapsed)
        return value.replace(microsecond=value.microsecond // 1000 * 1000)

    def wall(self) -> float:
        return self._start.timestamp() + self._elapsed

    def monotonic(self) -> float:
        return self._mono_start + self._elapsed

    @property
    def elapsed(self) -> float:
        """Seconds advanced since the clock was made."""
        return self._elapsed

    # -- moving it --------------------------------------------------------------------
    def advance(self, seconds: float) -> None:
        """Move time forward and wake every sleeper whose deadline has now passed."""
        if seconds < 0:
            raise ValueError("time does not go backwards")
        self._elapsed += seconds
        due = [event for deadline, event in self._sleepers if deadline <= self._elapsed]
        self._sleepers = [(d, e) for d, e in self._sleepers if d > self._elapsed]
        for event in due:
            event.set()

    async def sleep(self, seconds: float) -> None:
        """Return once the clock has been advanced by ``seconds`` (at once if not positive)."""
        if seconds <= 0:
            await checkpoint()
            return
        event = anyio.Event()
        self._sleepers.append((self._elapsed + seconds, event))
        await event.wait()

    @property
    def sleepers(self) -> int:
        """Tasks waiting on this clock (a test advances once they are all asleep)."""
        return len(self._sleepers)
