"""Ticket reads: a tenant's tickets newest first, one ticket, its change history.

Parameters are validated into plain strings and booleans here; the query itself is built in
one place, :mod:`actors.storage.ticket_queries`, always scoped to the tenant, and the tenant
comes from the caller's key (``web.scope``): another tenant's ticket is simply not found.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StringConstraints
from quart import Blueprint, jsonify
from quart_schema import tag, validate_querystring

from actors.storage.data_versions import DataVersion
from actors.storage.ticket_queries import (
    MAX_LIMIT, CursorError, TicketFilter, get_ticket, list_tickets, read_cursor, ticket_history,
)
from web.access import tenant_scoped
from web.answer_cache import AnswerCache, answer, current_cache
from web.context import ctx
from web.errors import ApiError
from web.params import Query, TenantId, TenantQuery
from web.scope import tenant_scope

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
    tenant_id: TenantId | None = None
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
    # the same words for an unknown ticket and another tenant's, without repeating the id
    return ApiError(404, "not_found", "no such ticket")


def _density_key(flt: TicketFilter) -> tuple:
    return ("tickets-density", flt)


def learned_density(cache: AnswerCache, flt: TicketFilter) -> timedelta | None:
    """Time per row of this filter's first page last time, else of the tenant's unfiltered one
    (a filter is never denser than no filter): sizes the first window (``list_tickets``)."""
    unfiltered = TicketFilter(flt.tenant_id, include_deleted=flt.include_deleted)
    return cache.hint(_density_key(flt)) or cache.hint(_density_key(unfiltered))


def learn_density(cache: AnswerCache, flt: TicketFilter, items: list[dict]) -> None:
    if len(items) > 1:
        cache.learn(_density_key(flt), (items[0]["created_at"] - items[-1]["created_at"]) / (len(items) - 1))


@bp.get("/tickets")
@tenant_scoped
@tag(["tickets"])
@validate_querystring(TicketsQuery)
async def tickets(query_args: TicketsQuery):
    """The tenant's tickets newest first, by keyset pages; soft-deleted ones only on request.

    Carries a weak ``ETag``; ``If-None-Match`` with it answers ``304`` while the tenant's data
    is unchanged. Repeated pages are served from the process's answer cache."""
    flt = TicketFilter(
        tenant_id=tenant_scope(query_args.tenant_id), status=query_args.status, urgency=query_args.urgency,
        sentiment=query_args.sentiment, source=query_args.source, customer_id=query_args.customer_id,
        requires_action=query_args.requires_action, include_deleted=query_args.include_deleted,
    )
    if query_args.cursor is not None:
        try:
            read_cursor(query_args.cursor)  # a bad cursor is 422 before any database work
        except CursorError as exc:
            raise ApiError(422, "invalid_parameter", f"cursor: {exc}; pass next_cursor from the previous page") from None

    cache = current_cache()
    per_row = learned_density(cache, flt)

    async def page(version: DataVersion) -> dict:
        windows: list[list[dict]] = []
        items, next_cursor = await list_tickets(ctx().store, flt, query_args.limit, query_args.cursor,
                                                newest=version.newest, oldest=version.oldest,
                                                span=per_row and per_row * query_args.limit, trace=windows)
        cache.listing_pages += 1
        cache.listing_windows += len(windows)
        if query_args.cursor is None:
            learn_density(cache, flt, items)
        return {"items": items, "next_cursor": next_cursor}

    normalised = tuple(sorted((k, v) for k, v in query_args.model_dump().items() if k != "tenant_id"))
    return await answer("tickets", flt.tenant_id, normalised, page)


@bp.get("/tickets/<ticket_id>")
@tenant_scoped
@tag(["tickets"])
@validate_querystring(TenantQuery)
async def ticket(ticket_id: str, query_args: TenantQuery):
    """One ticket by the provider's id; a soft-deleted one too, with its ``deleted_at``."""
    tenant_id = tenant_scope(query_args.tenant_id)
    doc = await get_ticket(ctx().store, tenant_id, ticket_id)
    if doc is None:
        raise _not_found(ticket_id, tenant_id)
    return jsonify(doc)


@bp.get("/tickets/<ticket_id>/history")
@tenant_scoped
@tag(["tickets"])
@validate_querystring(TenantQuery)
async def history(ticket_id: str, query_args: TenantQuery):
    """The ticket's field-level changes, oldest first."""
    tenant_id = tenant_scope(query_args.tenant_id)
    entries = await ticket_history(ctx().store, tenant_id, ticket_id)
    if entries is None:
        raise _not_found(ticket_id, tenant_id)
    return jsonify({"ticket_id": ticket_id, "tenant_id": tenant_id, "history": entries})
