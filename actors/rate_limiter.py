"""The rate limiter actor: one budget for provider calls, across tenants and processes.

The budget's state is one MongoDB document (GCRA's theoretical arrival time), moved by an
atomic pipeline update, so every app process sharing the database draws from the same 60
calls a minute. The actor serialises this process's requests; it never sleeps itself: it
reserves the next slot in one round trip and answers with the start time, and the caller
sleeps until then. A ``429`` moves the shared state past ``Retry-After`` for everyone.

Fairness between tenants: a job holds at most one outstanding permit (it asks for the next
page only after storing the last), and slots are handed out in arrival order, so concurrent
jobs alternate slot by slot instead of the biggest tenant draining the budget first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import anyio
from pymongo.errors import DuplicateKeyError

from actors.gcra import Gcra
from actors.kit import Actor, ActorRef
from actors.schema import RATE_LIMITS
from actors.store import Store

#: stretch the spacing slightly: the provider counts arrivals, and network jitter can
#: bring two calls scheduled exactly 60 s apart closer than that
SAFETY_FACTOR = 1.02
MAX_PENALTY_SECONDS = 300.0


@dataclass(frozen=True, slots=True)
class Acquire:
    tenant_id: str


@dataclass(frozen=True, slots=True)
class Penalize:
    retry_after: float
    tenant_id: str = ""


RateMsg = Acquire | Penalize


class Permit(NamedTuple):
    #: wall-clock second at which the call may start
    start_at: float
    #: how long the caller must sleep before calling
    wait: float


class RateLimiterStats(NamedTuple):
    permits: int
    penalties: int
    rate_per_minute: int
    last_wait: float


class RateLimiter(Actor[RateMsg]):
    def __init__(self, store: Store, rate_per_minute: int, *, key: str = "provider",
                 wall_clock: Callable[[], float] = time.time) -> None:
        self._coll = store[RATE_LIMITS]
        self._rate = rate_per_minute
        self._gcra = Gcra(rate_per_minute / SAFETY_FACTOR)
        self._key = key
        self._clock = wall_clock
        self._permits = 0
        self._penalties = 0
        self._last_wait = 0.0
        self._ref: ActorRef | None = None

    async def on_start(self, ref: ActorRef[RateMsg]) -> None:
        self._ref = ref
        self._publish()

    def _publish(self) -> None:
        if self._ref is not None:
            self._ref.snapshot = RateLimiterStats(self._permits, self._penalties, self._rate, round(self._last_wait, 3))

    async def handle(self, message: RateMsg) -> Permit | None:
        match message:
            case Acquire():
                now = self._clock()
                doc = await self._upsert(self._gcra.reserve_pipeline(now))
                wait = max(0.0, float(doc["start_at"]) - now)
                self._permits += 1
                self._last_wait = wait
                self._publish()
                return Permit(float(doc["start_at"]), wait)
            case Penalize(retry_after=seconds):
                now = self._clock()
                seconds = min(max(seconds, 0.0), MAX_PENALTY_SECONDS)
                await self._upsert(self._gcra.penalize_pipeline(now, seconds))
                self._penalties += 1
                self._publish()
                return None
        raise TypeError(f"rate limiter cannot handle {message!r}")

    async def _upsert(self, pipeline: list) -> dict:
        # Two processes creating the document at the same instant: one insert wins, the
        # other gets a duplicate key and simply updates the document that now exists.
        try:
            return await self._coll.find_one_and_update({"_id": self._key}, pipeline, upsert=True)
        except DuplicateKeyError:
            return await self._coll.find_one_and_update({"_id": self._key}, pipeline, upsert=True)


async def acquire_permit(limiter: ActorRef[RateMsg], tenant_id: str, timeout: float = 30.0) -> float:
    """Wait for this caller's slot; returns the seconds spent waiting on the budget."""
    permit: Permit = await limiter.ask(Acquire(tenant_id), timeout=timeout)
    if permit.wait > 0:
        await anyio.sleep(permit.wait)
    return permit.wait
