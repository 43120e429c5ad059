"""``/external/*``: the ticket feed the ingester pages through, behind the shared limit.

The limiter runs in a ``before_request`` hook for the whole prefix, so every
``/external`` request is metered and limited alike, including ones that go on to
fail validation or hit an unknown path: a real provider's gateway counts before it
looks at the request, and the client's budget must account for its own mistakes.

In the ``reference`` profile the feed has no tenant filter (a ``tenant_id`` parameter is
ignored, whatever it holds) and ``total_count`` counts the list being paged, all tenants'
live tickets unless ``include_deleted=true``. ``GET /external/support-tickets/{id}`` serves
one ticket (``404`` when deleted) in both profiles, behind the same limit: the ingester uses
it to double-check tickets missing from a run.
"""

from __future__ import annotations

from quart import Quart, Response, request

from .problem import problem
from .state import ProviderState
from .store import UnknownTicket
from .ticket_fields import TENANT_ID

PREFIX = "/external/"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100


class QueryError(ValueError):
    pass


def register(app: Quart, state: ProviderState) -> None:
    _register_limit(app, state)
    _register_feed(app, state)


def _register_limit(app: Quart, state: ProviderState) -> None:
    @app.before_request
    async def rate_limit() -> Response | None:
        if not request.path.startswith(PREFIX):
            return None
        decision = state.limiter.try_acquire()
        state.meter.record(rate_limited=not decision.allowed)
        if decision.allowed:
            return None
        return problem(
            429, "rate_limited",
            f"more than {state.limiter.limit} calls in 60 s; retry in {decision.retry_after} s",
            {"Retry-After": str(decision.retry_after)},
        )

    @app.get("/rate-limit/status")
    async def rate_limit_status() -> dict:
        """Not under ``/external``: reading the budget does not spend it."""
        used = state.limiter.in_window()
        return {"limit": state.limiter.limit, "window_seconds": state.limiter.window_seconds,
                "current_requests": used, "remaining": max(0, state.limiter.limit - used)}


def _register_feed(app: Quart, state: ProviderState) -> None:
    @app.get("/external/support-tickets")
    async def support_tickets() -> Response | dict:
        try:
            page = _int_param("page", 1, minimum=1)
            size = _int_param("page_size", DEFAULT_PAGE_SIZE, minimum=1, maximum=MAX_PAGE_SIZE)
            tenant = None if state.reference else _tenant_param()
            include_deleted = _bool_param("include_deleted")
        except QueryError as error:
            return problem(422, "invalid_parameter", str(error))
        await state.delay(state.config.page_latency_ms)
        if state.unlucky(state.config.page_failure_rate):
            return problem(503, "unavailable", "injected page failure; try again")
        result = state.store.page(page, size, tenant, include_deleted)
        return {
            "tickets": [state.render(ticket) for ticket in result.tickets],
            "next_page": result.next_page,
            "total_count": result.total_count,
        }

    @app.get("/external/support-tickets/<ticket_id>")
    async def support_ticket(ticket_id: str) -> Response | dict:
        try:
            tenant = None if state.reference else _tenant_param()
        except QueryError as error:
            return problem(422, "invalid_parameter", str(error))
        try:
            ticket = state.store.get(ticket_id)
        except UnknownTicket:
            ticket = None
        if ticket is None or ticket.deleted or (tenant is not None and ticket.tenant_id != tenant):
            return problem(404, "ticket_not_found", f"no live ticket {ticket_id}")
        return state.render(ticket)

    @app.get("/external/deleted-tickets")
    async def deleted_tickets() -> Response | dict:
        try:
            tenant = None if state.reference else _tenant_param()
        except QueryError as error:
            return problem(422, "invalid_parameter", str(error))
        return {"deleted_ids": state.store.deleted_ids(tenant)}


def _int_param(name: str, default: int, *, minimum: int, maximum: int | None = None) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit():
        raise QueryError(f"{name} must be a whole number, got {raw!r}")
    value = int(raw)
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise QueryError(f"{name} must be {bounds}, got {value}")
    return value


def _tenant_param() -> str | None:
    raw = request.args.get("tenant_id")
    if raw is None:
        return None
    if not TENANT_ID.match(raw):
        raise QueryError("tenant_id must match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    return raw


def _bool_param(name: str) -> bool:
    raw = request.args.get(name, "false").lower()
    if raw not in ("true", "false", "1", "0"):
        raise QueryError(f"{name} must be true or false, got {raw!r}")
    return raw in ("true", "1")
