"""Admission control: reads may use at most part of the connection pool, and shed, not queue.

Under a crowd of dashboard readers, every request and every actor would otherwise queue for
the same connections, and ingestion (lock refreshes, page writes, the budget) would wait
behind reads. Reads that reach the database therefore take a slot from a limiter sized to
part of the pool; the rest stays free for the actors and for starting or cancelling jobs.

When reads arrive faster than the database answers them, waiting longer only makes every
answer late: a request that cannot get a slot within ``wait_seconds`` (a short budget) is
answered ``503`` + ``Retry-After`` at once, and one whose expected wait (the requests
already waiting, times how long a slot is held on average, over the slots) exceeds the
budget is refused without waiting at all. ``Retry-After`` is that expected wait, rounded up.

Two kinds of reads:

- the cached answers (``/tickets``, ``/stats``: ``web.answer_cache``) take a slot only to
  compute a missing answer, inside the view: a cache hit, a ``304`` and a request waiting
  for an identical answer being computed never wait for a slot and are never shed;
- the other reads of tenant data (``READ_ENDPOINTS``) take one before the view runs.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from quart import Quart, current_app, request

from web.errors import ApiError

#: endpoints that read data and take a slot before the view (the heavy or numerous requests):
#: tenant data, job polling (a CLI following a job polls), and the operators' aggregations.
#: Admission runs after authentication, so a request without a valid key never takes a slot.
READ_ENDPOINTS = frozenset({
    "tickets.ticket", "tickets.history", "alerts.notifications", "ingest.job_list",
    "ingest.status", "ingest.progress", "metrics.metrics", "admin.tenant_list", "admin.key_list",
})
#: endpoints that admit themselves, only when they must compute (``web.answer_cache``)
SELF_ADMITTED = frozenset({"tickets.tickets", "stats.stats"})
#: the budget for getting a slot, unless the app's settings say otherwise
DEFAULT_WAIT_SECONDS = 1.0
#: weight of the newest hold time in the running average
EWMA_WEIGHT = 0.2


def busy(retry_after: float) -> ApiError:
    error = ApiError(503, "busy", "too many reads in progress; try again shortly")
    error.headers["Retry-After"] = str(max(1, math.ceil(retry_after)))
    return error


class ReadAdmission:
    """A limiter of ``slots`` reads that refuses rather than queue past ``wait_seconds``."""

    def __init__(self, slots: int, wait_seconds: float = DEFAULT_WAIT_SECONDS) -> None:
        self.slots = slots
        self.wait_seconds = wait_seconds
        self._limiter: anyio.CapacityLimiter | None = None
        #: requests waiting for a slot now
        self.waiting = 0
        #: running average of how long a slot is held, seconds
        self.hold_seconds = 0.0
        self.admitted = 0
        self.shed = 0
        #: of the shed: refused on arrival (expected wait past the budget) / after waiting it out
        self.shed_on_arrival = 0
        #: seconds spent waiting for slots and holding them, summed (averages in /metrics)
        self.wait_total = 0.0
        self.hold_total = 0.0

    def _get(self) -> anyio.CapacityLimiter:
        if self._limiter is None:  # created inside the event loop, on first use
            self._limiter = anyio.CapacityLimiter(self.slots)
        return self._limiter

    @property
    def in_use(self) -> int:
        return 0 if self._limiter is None else self._limiter.borrowed_tokens

    def expected_wait(self) -> float:
        """How long a newcomer would wait for a slot, from the queue ahead of it."""
        if self._get().available_tokens > 0:
            return 0.0
        return (self.waiting + 1) * self.hold_seconds / self.slots

    async def acquire(self) -> tuple[object, float]:
        """A slot (``release`` it), or :func:`busy` without waiting past the budget."""
        limiter = self._get()
        expected = self.expected_wait()
        if expected > self.wait_seconds:
            self.shed += 1
            self.shed_on_arrival += 1
            raise busy(expected)
        token = object()
        self.waiting += 1
        arrived = time.monotonic()
        try:
            with anyio.move_on_after(self.wait_seconds):
                await limiter.acquire_on_behalf_of(token)
                self.admitted += 1
                now = time.monotonic()
                self.wait_total += now - arrived
                return token, now
        finally:
            self.waiting -= 1
        self.shed += 1
        raise busy(max(self.expected_wait(), self.wait_seconds))

    def release(self, token: object, started: float) -> None:
        self._get().release_on_behalf_of(token)
        held = time.monotonic() - started
        self.hold_total += held
        self.hold_seconds += EWMA_WEIGHT * (held - self.hold_seconds)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        token, started = await self.acquire()
        try:
            yield
        finally:
            self.release(token, started)


def read_admission() -> ReadAdmission:
    return current_app.extensions["read_admission"]


def install_admission(app: Quart, slots: int, wait_seconds: float | None = None) -> None:
    if wait_seconds is None:
        context = app.config.get("APP_CONTEXT")
        wait_seconds = getattr(getattr(context, "settings", None), "read_wait_seconds", DEFAULT_WAIT_SECONDS)
    admission = app.extensions["read_admission"] = ReadAdmission(slots, wait_seconds)

    @app.before_request
    async def admit() -> None:
        if request.endpoint in READ_ENDPOINTS:
            request._admission = await admission.acquire()  # type: ignore[attr-defined]

    @app.teardown_request
    async def release(_exc: BaseException | None) -> None:
        held = getattr(request, "_admission", None)
        if held is not None:
            request._admission = None  # type: ignore[attr-defined]
            admission.release(*held)
