"""The rate limiter actor: one budget for provider calls, fairly shared by tenants.

The budget's state is one MongoDB document (GCRA's theoretical arrival time), moved by an
atomic pipeline update, so every app process sharing the database draws from the same 60
calls a minute. A ``429`` moves the shared state past ``Retry-After`` for everyone.

Fairness: callers queue per tenant. The actor reserves one slot at a time from the shared
budget, sleeps until it comes due, and only *then* picks who gets it: among the tenants
waiting at that moment, the one served least recently (a tenant not served lately first,
then the earliest request). Two tenants waiting alternate, k tenants take turns; a
100-ticket tenant that starts beside a 100,000-ticket one gets the very next slot, even when
the big job already holds its next request in line (it prefetches, and the burst gave it
the first two slots: plain round robin, by order of arrival in the queue, put the newcomer
behind that request, measured as two slots' wait for a one-page job). Picking at the slot's
time, not at the request's, is what lets a late arrival in.

A newcomer need not even wait for that slot: one slot of the burst (``HELD_FOR_NEWCOMERS``) is
left alone while only tenants already being served are waiting. Their next slot is not
reserved ahead; the loop sleeps until it comes due and reserves it then, as if the burst were
one smaller, so the held slot stays free in the shared budget and a newcomer's request, which
cuts that sleep short, takes it at once. Every reservation obeys the full budget, so the
bounds on calls per minute hold whatever the mix (``tests/test_gcra.py``).

Retry-After is a promise: after a ``429`` no call goes out, from any tenant or process, before
``Retry-After`` has passed. Moving the GCRA state forward covers slots reserved *after* the
penalty; slots reserved before it (a job already holds its permit, or sleeps until its slot)
are covered by :class:`PenaltyBoard`: the client that got the ``429`` notes the end of the
pause in this process's board at once (no await in between), the limiter writes it to the
shared document (``penalty_until``), and every client checks the board right before sending.
A permit that predates a penalty is void: its holder waits the pause out and asks again, so
the calls held back do not all go out together the moment it ends.

The slot loop runs as the actor's ``background`` task; requests arrive as messages. If the
database is briefly away the loop retries instead of crashing (a crash would drop the
queue). If the actor stops anyway, every waiter is woken with an error rather than left
hanging.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import anyio
from pymongo.errors import DuplicateKeyError

from actors.rules.gcra import Gcra
from actors.kit import Actor, ActorRef, ActorStopped
from actors.rules.timebase import SYSTEM_CLOCK, Clock
from actors.storage.schema import RATE_LIMITS
from actors.storage.store import Store

log = logging.getLogger("tickets.rate_limiter")

#: a burst of two: a budget left idle (a job busy storing its page) lets the next caller
#: in at once, so a small tenant arriving beside a big one need not wait a whole slot
BURST = 2
#: slots of the burst that only a newcomer may use (a tenant not served lately): a job running
#: alone, or jobs taking turns, leave it unused, so a small tenant arriving beside a big job
#: starts at once instead of waiting for the big job's next slot. Costs a job running alone
#: one slot, once (its second call waits one interval instead of going out with the first).
HELD_FOR_NEWCOMERS = 1
#: how far ahead of its slot an unhurried reservation is made (twice the database's recent
#: round trip, within these bounds): late by a round trip, every slot would be lost in part
MIN_LEAD_SECONDS = 0.01
MAX_LEAD_SECONDS = 0.25
EWMA_WEIGHT = 0.2
#: stretch the spacing so that, burst included, no 60-second window the provider looks at
#: holds more than the budget (59 calls at most at 60/min), with room for arrival jitter
SAFETY_FACTOR = 1.035
MAX_PENALTY_SECONDS = 300.0
#: how long the limiter remembers when a tenant without waiters was last served, and for how
#: many such tenants before it forgets the old ones (a bound on memory, not on fairness)
SERVED_MEMORY_SECONDS = 60.0
SERVED_MEMORY_TENANTS = 256
#: how long a caller may wait for its slot before giving up (many tenants, long penalties)
PERMIT_TIMEOUT_SECONDS = 900.0


@dataclass(eq=False)
class Grant:
    """One waiting caller; ``ready`` is set when its slot comes due (or the actor stops)."""

    tenant_id: str
    ready: anyio.Event = field(default_factory=anyio.Event)
    requested_at: float = field(default_factory=anyio.current_time)
    waited: float = 0.0
    #: set by the caller that gave up, so its slot goes to someone else
    abandoned: bool = False
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Acquire:
    tenant_id: str
    grant: Grant


@dataclass(frozen=True, slots=True)
class Penalize:
    retry_after: float
    tenant_id: str = ""


RateMsg = Acquire | Penalize


class RateLimiterStats(NamedTuple):
    permits: int
    penalties: int
    rate_per_minute: int
    waiting: dict[str, int]
    last_wait_seconds: float


class RateLimiter(Actor[RateMsg]):
    def __init__(self, store: Store, rate_per_minute: int, *, key: str = "provider",
                 wall_clock: Callable[[], float] = time.time) -> None:
        self._coll = store[RATE_LIMITS]
        self._rate = rate_per_minute
        self._gcra = Gcra(rate_per_minute / SAFETY_FACTOR, burst=BURST)
        self._key = key
        self._clock = wall_clock
        self._queues: dict[str, deque[Grant]] = {}
        #: when each tenant was last given a slot (``anyio.current_time``), forgotten after
        #: ``SERVED_MEMORY_SECONDS`` without waiters: a tenant back after that counts as new
        self._served: dict[str, float] = {}
        self._wake = anyio.Event()
        #: wall-clock time at which a reservation holding back ``HELD_FOR_NEWCOMERS`` would
        #: start, as this process last saw the budget (another process may have moved it on)
        self._next_due = 0.0
        #: running average of a reservation's round trip to the database, seconds
        self._round_trip = 0.0
        self._permits = 0
        self._penalties = 0
        self._last_wait = 0.0

    def snapshot(self) -> RateLimiterStats:
        waiting = {t: len(q) for t, q in self._queues.items()}
        return RateLimiterStats(self._permits, self._penalties, self._rate, waiting, round(self._last_wait, 3))

    async def handle(self, message: RateMsg) -> None:
        match message:
            case Acquire(tenant_id, grant):
                self._queues.setdefault(tenant_id, deque()).append(grant)
                self._wake.set()
            case Penalize(retry_after=seconds):
                seconds = min(max(seconds, 0.0), MAX_PENALTY_SECONDS)
                now = self._clock()
                try:
                    await self._upsert(self._gcra.penalize_pipeline(now, seconds) + penalty_stage(now + seconds))
                except Exception as exc:  # database away: a crash would drop every waiter's place
                    log.warning("cannot record a 429 penalty", extra={"error": str(exc)[:200]})
                    return
                self._penalties += 1
            case _:
                raise TypeError(f"rate limiter cannot handle {message!r}")

    async def background(self) -> None:
        while True:
            if not self._queues:
                self._wake = anyio.Event()
                await self._wake.wait()
                continue
            newcomer = self._newcomer_waiting()
            # reserve one round trip ahead, so the slot is not granted a round trip late
            lead = min(max(2 * self._round_trip, MIN_LEAD_SECONDS), MAX_LEAD_SECONDS)
            if not newcomer and await self._wait_for_newcomer_until(self._next_due - lead):
                continue  # woke early for a newcomer, or its next slot came due: look again
            try:
                now = self._clock()
                asked = anyio.current_time()
                doc = await self._upsert(self._gcra.reserve_pipeline(now, held=0 if newcomer else HELD_FOR_NEWCOMERS))
                self._round_trip += EWMA_WEIGHT * (anyio.current_time() - asked - self._round_trip)
            except Exception as exc:  # database away: keep the queue, try again shortly
                log.warning("cannot reserve a provider slot", extra={"error": str(exc)[:200]})
                await anyio.sleep(1.0)
                continue
            # when the next slot that leaves the held part of the burst alone comes due
            self._next_due = float(doc["tat"]) - self._gcra.held_tolerance(HELD_FOR_NEWCOMERS)
            wait = float(doc["start_at"]) - now
            if wait > 0:
                await anyio.sleep(wait)
            grant = self._next_grant()
            if grant is None:
                continue  # everyone who wanted this slot gave up: it goes unused
            grant.waited = anyio.current_time() - grant.requested_at
            self._last_wait = grant.waited
            self._permits += 1
            grant.ready.set()
            self.publish()  # the background loop is not a message: publish by hand

    def _newcomer_waiting(self) -> bool:
        """Is a tenant waiting that was not served within ``SERVED_MEMORY_SECONDS``?"""
        now = anyio.current_time()
        return any(now - self._served.get(t, float("-inf")) > SERVED_MEMORY_SECONDS for t in self._queues)

    async def _wait_for_newcomer_until(self, due: float) -> bool:
        """Sleep until ``due`` (wall clock) unless a newcomer asks first; False if ``due`` has passed.

        Only tenants already being served are waiting: their next slot is not reserved ahead
        (a reservation made now would take the held part of the burst's place in the budget,
        and a newcomer asking meanwhile would wait behind it), so wait for it here, and let a
        newcomer's request cut the wait short.
        """
        remaining = due - self._clock()
        if remaining <= 0:
            return False
        self._wake = anyio.Event()
        with anyio.move_on_after(remaining):
            await self._wake.wait()
        return True

    def _next_grant(self) -> Grant | None:
        """The head of the queue of the waiting tenant served least recently (module docstring)."""
        for tenant in list(self._queues):  # abandoned grants first: they must not hold a turn
            queue = self._queues[tenant]
            while queue and queue[0].abandoned:
                queue.popleft()
            if not queue:
                del self._queues[tenant]
        if not self._queues:
            return None
        never = float("-inf")
        tenant = min(self._queues, key=lambda t: (self._served.get(t, never), self._queues[t][0].requested_at))
        queue = self._queues[tenant]
        grant = queue.popleft()
        if not queue:
            del self._queues[tenant]
        now = anyio.current_time()
        self._served[tenant] = now
        if len(self._served) > len(self._queues) + SERVED_MEMORY_TENANTS:
            self._served = {t: at for t, at in self._served.items()
                            if t in self._queues or now - at < SERVED_MEMORY_SECONDS}
        return grant

    async def on_stop(self) -> None:
        for queue in self._queues.values():
            for grant in queue:
                grant.error = "rate limiter stopped"
                grant.ready.set()
        self._queues.clear()

    async def _upsert(self, pipeline: list) -> dict:
        # Two processes creating the document at the same instant: one insert wins, the
        # other gets a duplicate key and simply updates the document that now exists.
        try:
            return await self._coll.find_one_and_update({"_id": self._key}, pipeline, upsert=True)
        except DuplicateKeyError:
            return await self._coll.find_one_and_update({"_id": self._key}, pipeline, upsert=True)


def penalty_stage(until: float) -> list[dict]:
    """Pipeline stage: ``penalty_until = max(penalty_until, until)`` (epoch seconds)."""
    return [{"$set": {"penalty_until": {"$max": [{"$ifNull": ["$penalty_until", 0.0]}, until]}}}]


class PenaltyBoard:
    """The end of the provider's latest pause, as this process knows it and as all do.

    One per process, shared by every job (a plain object, not an actor: :meth:`note` must
    take effect before any other task runs, which a message cannot promise). Cross-process,
    the truth is ``penalty_until`` in the budget document, which the limiter writes on
    :class:`Penalize`; :meth:`hold` reads it right before each call.
    """

    def __init__(self, store: Store, *, key: str = "provider", clock: Clock = SYSTEM_CLOCK,
                 sleep: Callable[[float], Awaitable[None]] = anyio.sleep) -> None:
        self._coll = store[RATE_LIMITS]
        self._key = key
        self._clock = clock
        self._sleep = sleep
        self._until = 0.0
        #: calls held back because a pause started after their permit was granted
        self.held = 0

    def note(self, retry_after: float) -> float:
        """A ``429`` just arrived: no call from this process before ``retry_after`` has passed."""
        until = self._clock.wall() + min(max(retry_after, 0.0), MAX_PENALTY_SECONDS)
        self._until = max(self._until, until)
        return until

    async def shared_until(self) -> float:
        doc = await self._coll.find_one({"_id": self._key}, {"penalty_until": 1})
        return float((doc or {}).get("penalty_until") or 0.0)

    async def hold(self) -> float:
        """Wait until no pause is in force; returns the seconds waited (0.0: send now)."""
        waited = 0.0
        while True:
            try:
                shared = await self.shared_until()
            except Exception as exc:  # database away: what this process knows still holds
                log.warning("cannot read the shared provider pause", extra={"error": str(exc)[:200]})
                shared = 0.0
            wait = max(self._until, shared) - self._clock.wall()
            if wait <= 0:
                if waited:
                    self.held += 1
                return waited
            await self._sleep(wait)
            waited += wait


async def acquire_permit(limiter: ActorRef[RateMsg], tenant_id: str, timeout: float = PERMIT_TIMEOUT_SECONDS) -> float:
    """Wait for this caller's slot; returns the seconds spent waiting on the budget."""
    grant = Grant(tenant_id)
    try:
        await limiter.tell(Acquire(tenant_id, grant))
        with anyio.fail_after(timeout):
            await grant.ready.wait()
    except BaseException:
        grant.abandoned = True
        raise
    if grant.error:
        raise ActorStopped(f"{limiter.name}: {grant.error}")
    return grant.waited
