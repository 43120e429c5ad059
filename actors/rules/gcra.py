"""Generic Cell Rate Algorithm for the provider budget shared by every app process.

GCRA keeps one number per budget, the theoretical arrival time (``tat``): when the next
call would be due if calls went out exactly every emission interval ``T``. A call may
start ``tau = (burst - 1) * T`` ahead of that, which is the burst. One float is the whole
state, so it fits in one MongoDB document and one atomic update, with no bucket refills
to reconcile across processes.

Callers use the *reserve-then-sleep* form: one ``find_one_and_update`` takes the next
slot and returns when it starts, then the caller sleeps until then, outside the
database. Waiting never holds a lock or polls, so each provider call costs exactly one
database round trip however contended the budget is; a check-and-retry loop
("decide, and if refused sleep and ask again") would cost one per refusal and lets
processes starve each other. ``decide`` is kept for callers that would rather give up
than wait, and as the textbook statement that ``reserve`` is tested against.

All times are wall-clock epoch seconds, because the state is shared between processes
whose monotonic clocks mean nothing to each other: their clocks must be NTP-synced, and
a skew of ``d`` seconds can let ``d / T`` extra calls through.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = [
    "Decision",
    "Gcra",
    "Reservation",
    "mongo_penalize_pipeline",
    "mongo_reserve_pipeline",
]

SECONDS_PER_MINUTE = 60.0


class Decision(NamedTuple):
    #: May the call start now?
    allowed: bool
    #: State to store: advanced by one interval if allowed, unchanged otherwise.
    new_tat: float
    #: Seconds until a call would be allowed; 0.0 when allowed.
    wait: float


class Reservation(NamedTuple):
    #: Epoch seconds at which the reserved call may start (never before ``now``).
    start_at: float
    #: State to store; the slot is taken whether or not the caller waits for it.
    new_tat: float


@dataclass(frozen=True, slots=True)
class Gcra:
    """The budget's parameters; the state (``tat``) lives in the database."""

    #: Calls allowed per minute on average (``UPSTREAM_CALLS_PER_MINUTE``).
    rate_per_minute: int
    #: Calls that may go out back to back after a quiet spell; 1 means strict spacing.
    burst: int = 1

    def __post_init__(self) -> None:
        if self.rate_per_minute < 1:
            raise ValueError("rate_per_minute must be at least 1")
        if self.burst < 1:
            raise ValueError("burst must be at least 1")

    @property
    def emission_interval(self) -> float:
        """``T``: seconds between calls at the steady rate."""
        return SECONDS_PER_MINUTE / self.rate_per_minute

    @property
    def tolerance(self) -> float:
        """``tau``: how far ahead of ``tat`` a call may start."""
        return (self.burst - 1) * self.emission_interval

    def decide(self, tat: float | None, now: float) -> Decision:
        """Standard GCRA test: allowed when ``tat - now <= tau``."""
        base = now if tat is None else max(tat, now)
        allow_at = base - self.tolerance
        if allow_at <= now:
            return Decision(True, base + self.emission_interval, 0.0)
        return Decision(False, base, allow_at - now)

    def held_tolerance(self, held: int = 0) -> float:
        """``tau`` less ``held`` slots of the burst, which such a reservation may not use."""
        return max(self.burst - 1 - held, 0) * self.emission_interval

    def reserve(self, tat: float | None, now: float, held: int = 0) -> Reservation:
        """Take the next slot unconditionally; the caller sleeps until ``start_at``.

        ``held`` slots of the burst are left for someone else: the reservation starts as if
        the burst were that much smaller. It can only start later than a full one, so every
        bound of the full budget still holds whatever mix of the two is used.
        """
        base = now if tat is None else max(tat, now)
        return Reservation(
            start_at=max(base - self.held_tolerance(held), now),
            new_tat=base + self.emission_interval,
        )

    def penalize(self, tat: float | None, now: float, retry_after: float) -> float:
        """New ``tat`` after a ``429``: no reservation starts before ``now + retry_after``.

        The tolerance is added because a call may start ``tau`` ahead of ``tat``; the
        provider just told us it is over budget, so no burst right after the pause.
        """
        return _penalized(now if tat is None else tat, now, retry_after, self.tolerance)

    def reserve_pipeline(self, now: float, held: int = 0) -> list[dict[str, Any]]:
        """``mongo_reserve_pipeline`` with this budget's interval and tolerance (less ``held``)."""
        return mongo_reserve_pipeline(now, self.emission_interval, self.held_tolerance(held))

    def penalize_pipeline(self, now: float, retry_after: float) -> list[dict[str, Any]]:
        """``mongo_penalize_pipeline`` with this budget's tolerance."""
        return mongo_penalize_pipeline(now, retry_after, self.tolerance)


def _penalized(tat: float, now: float, retry_after: float, tau: float) -> float:
    return max(tat, now + max(0.0, retry_after) + tau)


def mongo_reserve_pipeline(now: float, interval: float, tau: float) -> list[dict[str, Any]]:
    """Update pipeline doing ``Gcra.reserve`` atomically on the budget document.

    Use with ``find_one_and_update({"_id": ...}, pipeline, upsert=True,
    return_document=ReturnDocument.AFTER)`` and read ``start_at`` and ``tat`` from the
    result. ``start_at`` is computed in the first stage, from the old ``tat``, and the
    second stage moves ``tat``; two stages keep that order explicit instead of relying
    on how a server evaluates fields within one ``$set``. A missing document (first
    call, or after an upsert) behaves as ``tat = now``.
    """
    base = {"$max": [{"$ifNull": ["$tat", now]}, now]}
    return [
        {"$set": {"start_at": {"$max": [{"$subtract": [base, tau]}, now]}}},
        {"$set": {"tat": {"$add": [base, interval]}}},
    ]


def mongo_penalize_pipeline(
    now: float, retry_after: float, tau: float = 0.0
) -> list[dict[str, Any]]:
    """Update pipeline doing ``Gcra.penalize``: ``tat = max(tat, now + retry_after + tau)``.

    Pass the budget's ``tau`` (``Gcra.penalize_pipeline`` does): with a burst above one,
    ``tat = now + retry_after`` alone would let calls start ``tau`` early.
    """
    floor = now + max(0.0, retry_after) + tau
    return [{"$set": {"tat": {"$max": [{"$ifNull": ["$tat", floor]}, floor]}}}]
