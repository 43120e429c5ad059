"""The reference profile's ``/notify`` rule: the customer's mock, call for call.

* It counts calls per ``ticket_id`` (idempotency keys are ignored): the first and second
  call for a ticket fail with ``500``, the third and later succeed.
* After ``LOCKUP_AFTER`` failures in a row it answers ``503`` to everything for
  ``LOCKUP_SECONDS``. Calls answered during that time are not counted for their ticket
  and do not extend it; when it ends, the run of failures starts again from zero.

So every alert costs at least three calls, two of which fail: the point of the profile is
to show what a client's circuit breaker and schedule make of that. The clock is injected
so tests step through a lock-up without waiting 30 s.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FAILING_CALLS = 2
LOCKUP_AFTER = 10
LOCKUP_SECONDS = 30.0


class ReferenceNotifyRule:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.reset()

    def reset(self) -> None:
        #: ticket id -> calls counted for it
        self._calls: dict[str, int] = {}
        self._failures_in_a_row = 0
        self._locked_until = float("-inf")

    def decide(self, ticket_id: str) -> int:
        """The status of one call for ``ticket_id``, and its effect on the counters."""
        now = self._clock()
        if now < self._locked_until:
            return 503
        calls = self._calls[ticket_id] = self._calls.get(ticket_id, 0) + 1
        if calls > FAILING_CALLS:
            self._failures_in_a_row = 0
            return 200
        self._failures_in_a_row += 1
        if self._failures_in_a_row >= LOCKUP_AFTER:
            self._locked_until = now + LOCKUP_SECONDS
            self._failures_in_a_row = 0
        return 500

    def calls_for(self, ticket_id: str) -> int:
        return self._calls.get(ticket_id, 0)

    def locked_for(self) -> float:
        """Seconds of lock-up left (0 when calls are counted)."""
        return max(0.0, self._locked_until - self._clock())
