"""Ticket reads: a tenant's tickets newest first, one ticket, its change history.

Parameters are validated into plain strings and booleans here; the query itself is built in
one place, :mod:`actors.storage.ticket_queries`, always scoped to the tenant.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StringConstraints
from quart import Blueprint, jsonify
from quart_schema import tag, validate_querystring

from actors.storage.ticket_queries import MAX_LIMIT, CursorError, TicketFilter, get_ticket, list_tickets, ticket_history
from web.context import ctx
from web.errors import ApiError
from web.params import Query, TenantId, TenantQuery

bp = Blueprint("tickets", __name__)


def _true_or_false(value: Any) -> Any:
    # pydantic's lax bool also takes yes/on/1/t...: a query flag is `true` or `false`
    if isinstance(value, str):
        if value.lower() not in ("true", "false"):
            raise ValueError("must be true or false")
        return value.lower() == "true"
    return value


Flag = Annotated[bool, BeforeValidator(_true_or_false)]
#: ticket labels are stored lower-case by the ingester
Label = Annotated[str, StringConstraints(min_length=1, max_length=64, strip_whitespace=True, to_lower=True)]
Identifier = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class TicketsQuery(Query):
    tenant_id: TenantId
    status: Label | None = None
    urgency: Literal["high", "medium", "low"] | None = None
    sentiment: Literal["negative", "neutral", "positive"] | None = None
    source: Label | None = None
    customer_id: Identifier | None = None
    requires_action: Flag | None = None
    include_deleted: Flag = False
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    #: ``next_cursor`` of the previous page, as given
    cursor: str | None = Field(None, min_length=1, max_length=1024)


def _not_found(ticket_id: str, tenant_id: str) -> ApiError:
    return ApiError(404, "not_found", f"tenant {tenant_id} has no ticket {ticket_id}")


@bp.get("/tickets")
@tag(["tickets"])
@validate_querystring(TicketsQuery)
async def tickets(query_args: TicketsQuery):
    """The tenant's tickets newest first, by keyset pages; soft-deleted ones only on request."""
    flt = TicketFilter(
        tenant_id=query_args.tenant_id, status=query_args.status, urgency=query_args.urgency,
        sentiment=query_args.sentiment, source=query_args.source, customer_id=query_args.customer_id,
        requires_action=query_args.requires_action, include_deleted=query_args.include_deleted,
    )
    try:
        items, next_cursor = await list_tickets(ctx().store, flt, query_args.limit, query_args.cursor)
    except CursorError as exc:
        raise ApiError(422, "invalid_parameter", f"cursor: {exc}; pass next_cursor from the previous page") from None
    return jsonify({"items": items, "next_cursor": next_cursor})


@bp.get("/tickets/<ticket_id>")
@tag(["tickets"])
@validate_querystring(TenantQuery)
async def ticket(ticket_id: str, query_args: TenantQuery):
    """One ticket by the provider's id; a soft-deleted one too, with its ``deleted_at``."""
    doc = await get_ticket(ctx().store, query_args.tenant_id, ticket_id)
    if doc is None:
        raise _not_found(ticket_id, query_args.tenant_id)
    return jsonify(doc)


@bp.get("/tickets/<ticket_id>/history")
@tag(["tickets"])
@validate_querystring(TenantQuery)
async def history(ticket_id: str, query_args: TenantQuery):
    """The ticket's field-level changes, oldest first."""
    entries = await ticket_history(ctx().store, query_args.tenant_id, ticket_id)
    if entries is None:
        raise _not_found(ticket_id, query_args.tenant_id)
    return jsonify({"ticket_id": ticket_id, "tenant_id": query_args.tenant_id, "history": entries})
