"""Exponential backoff with full jitter, and ``Retry-After`` parsing, for our own retries.

Full jitter (a delay drawn uniformly from ``[0, min(cap, base * 2**attempt)]``) rather
than exponential-plus-a-little-noise: when many ingesters or notifier leases fail at
the same moment (the provider restarted), capped exponential delays alone bring them
back in lockstep and the provider sees the same spike on every round. Spreading each
round over its whole interval breaks the herd up, and AWS's measurements of the
variants found full jitter doing the least total work for it.

This is about transient failures of a call (5xx, timeouts). Budget pauses (``429``) are
the rate limiter's business and take the provider's ``Retry-After`` instead.
"""

from __future__ import annotations

import math
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import NamedTuple

__all__ = ["Attempt", "Backoff", "parse_retry_after"]

_DELAY_SECONDS = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


class Attempt(NamedTuple):
    #: 0 for the first try, 1 for the first retry, ...
    number: int
    #: Seconds to sleep before this try; 0.0 for the first.
    delay: float
    #: No retry follows this one: on failure, give up (re-raise, mark the entry dead).
    last: bool


@dataclass(slots=True)
class Backoff:
    """Delays for one retry loop.

    ``rng`` is per instance, not the ``random`` module's shared generator, so a test
    can seed it and nothing else in the process moves its sequence::

        for attempt in backoff.attempts():
            await anyio.sleep(attempt.delay)
            try:
                return await fetch_page()
            except TransientError:
                if attempt.last:
                    raise
    """

    #: Ceiling of the first retry's delay, in seconds.
    base: float = 0.5
    #: Largest ceiling, in seconds, however many attempts failed.
    cap: float = 30.0
    #: Tries in all, the first included.
    max_attempts: int = 6
    #: Source of jitter; a fresh unseeded generator when None.
    rng: random.Random | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.base < 0 or self.cap < 0:
            raise ValueError("base and cap must not be negative")
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.rng is None:
            self.rng = random.Random()

    def ceiling(self, attempt: int) -> float:
        """Largest delay ``delay(attempt)`` can return: ``min(cap, base * 2**attempt)``."""
        if attempt < 0:
            raise ValueError("attempt must not be negative")
        try:
            return min(self.cap, self.base * 2.0**attempt)
        except OverflowError:  # attempt beyond ~1023: long past the cap anyway
            return self.cap

    def delay(self, attempt: int) -> float:
        """Jittered delay after ``attempt`` failures in a row less one (0-based).

        ``delay(0)`` is the wait after the first failure, ``delay(n)`` after n + 1.
        """
        assert self.rng is not None
        return self.rng.uniform(0.0, self.ceiling(attempt))

    def attempts(self) -> Iterator[Attempt]:
        """``max_attempts`` tries, each with the sleep that should precede it."""
        for number in range(self.max_attempts):
            delay = 0.0 if number == 0 else self.delay(number - 1)
            yield Attempt(number, delay, number == self.max_attempts - 1)


def parse_retry_after(value: str | None, now_wall: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header; None when absent or unreadable.

    Accepts delay-seconds (also with a fraction, which some servers send) and an
    HTTP-date, measured from ``now_wall`` (epoch seconds, default ``time.time()``).
    Negative values and dates in the past mean "now": 0.0. The result is not capped;
    a caller that must not stall on a hostile value caps it itself.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if _DELAY_SECONDS.fullmatch(text):
        seconds = float(text)
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:  # pragma: no cover - older Pythons returned None
        return None
    if when.tzinfo is None:  # "-0000" / no zone: HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    now = time.time() if now_wall is None else now_wall
    return max(0.0, when.timestamp() - now)
