"""Where time comes from: one small interface, so a test can move time instead of waiting.

Three readings, because they answer different questions:

- ``now()``: a UTC datetime in BSON's millisecond precision, for what is stored (lock
  expiry, job start and end, rollup ``as_of``) and compared with stored values;
- ``wall()``: epoch seconds, for state shared between processes (the provider's
  ``Retry-After`` penalty): monotonic clocks of two processes mean nothing to each other;
- ``monotonic()``: seconds for intervals inside one process (a job's age, the rollup
  batch's period), immune to the wall clock being stepped.

Production code takes a ``clock`` argument defaulting to :data:`SYSTEM_CLOCK`; tests pass
``tests/support/fake_clock.FakeClock``, whose three readings move together when it is
advanced. Sleeping stays AnyIO's business: an actor's periodic work is a method a test
calls directly after advancing the fake clock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from actors.rules.clock import utcnow


class Clock(Protocol):
    def now(self) -> datetime:
        """UTC, milliseconds."""
        ...

    def wall(self) -> float:
        """Epoch seconds."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; only differences mean anything."""
        ...


@dataclass(frozen=True, slots=True)
class SystemClock:
    """The machine's clocks."""

    def now(self) -> datetime:
        return utcnow()

    def wall(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()


#: the clock every component uses unless a test hands it another (immutable, so sharing is safe)
SYSTEM_CLOCK: Clock = SystemClock()
