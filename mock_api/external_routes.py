"""``/external/*``: the ticket feed the ingester pages through, behind the shared limit.

The limiter runs in a ``before_request`` hook for the whole prefix, so every
``/external`` request is metered and limited alike, including ones that go on to
fail validation or hit an unknown path: a real provider's gateway counts before it
looks at the request, and the client's budget must account for its own mistakes.
"""

from __future__ import annotations

from quart import Quart, Response, request

from .problem import problem
from .state import ProviderState
from .ticket_fields import TENANT_ID

PREFIX = "/external/"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100


class QueryError(ValueError):
    pass


def register(app: Quart, state: ProviderState) -> None:
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

    @app.get("/external/support-tickets")
    async def support_tickets() -> Response | dict:
        try:
            page = _int_param("page", 1, minimum=1)
            size = _int_param("page_size", DEFAULT_PAGE_SIZE, minimum=1, maximum=MAX_PAGE_SIZE)
            tenant = _tenant_param()
            include_deleted = _bool_param("include_deleted")
        except QueryError as error:
            return problem(422, "invalid_parameter", str(error))
        await state.delay(state.config.page_latency_ms)
        if state.unlucky(state.config.page_failure_rate):
            return problem(503, "unavailable", "injected page failure; try again")
        result = state.store.page(page, size, tenant, include_deleted)
        return {
            "tickets": [ticket.to_json(show_deleted=True) for ticket in result.tickets],
            "next_page": result.next_page,
            "total_count": result.total_count,
        }

    @app.get("/external/deleted-tickets")
    async def deleted_tickets() -> Response | dict:
        try:
            tenant = _tenant_param()
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
