"""Admission control: reads may use at most part of the connection pool.

Under a crowd of dashboard readers, every request and every actor would otherwise queue for
the same connections, and ingestion (lock refreshes, page writes, the budget) would wait
behind reads. Reads therefore take a slot from a limiter sized to part of the pool; the
rest stays free for the actors and for starting or cancelling jobs. A read that cannot get
a slot within ``wait_seconds`` answers 503 with ``Retry-After`` instead of piling up.
"""

from __future__ import annotations

import anyio
from quart import Quart, request

from web.errors import ApiError

#: endpoints that read tenant data (the heavy, numerous requests)
READ_ENDPOINTS = frozenset({
    "tickets.tickets", "tickets.ticket", "tickets.history",
    "stats.stats", "alerts.notifications", "ingest.job_list",
})


def install_admission(app: Quart, slots: int, wait_seconds: float = 5.0) -> None:
    state: dict[str, anyio.CapacityLimiter] = {}

    @app.before_request
    async def admit() -> None:
        if request.endpoint not in READ_ENDPOINTS:
            return
        limiter = state.get("reads")
        if limiter is None:  # created inside the event loop, on first use
            limiter = state["reads"] = anyio.CapacityLimiter(slots)
        token = object()
        with anyio.move_on_after(wait_seconds):
            await limiter.acquire_on_behalf_of(token)
            request._admission = (limiter, token)  # type: ignore[attr-defined]
            return
        error = ApiError(503, "busy", "too many reads in progress; try again shortly")
        error.headers["Retry-After"] = "1"
        raise error

    @app.teardown_request
    async def release(_exc: BaseException | None) -> None:
        held = getattr(request, "_admission", None)
        if held is not None:
            limiter, token = held
            limiter.release_on_behalf_of(token)
