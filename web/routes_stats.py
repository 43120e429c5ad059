"""Tenant analytics: ``/tenants/{T}/stats`` from rollups, or live on request.

Both answers are counted inside MongoDB by one aggregation. When the tenant's rollups cannot
be trusted yet (never built, being rebuilt, a refresh unfinished) the live pipeline answers
instead: slower, never wrong. ``computed_from`` says which one did.
"""

from __future__ import annotations

from typing import Literal

from quart import Blueprint, jsonify
from quart_schema import tag, validate_querystring

from actors.rules.clock import utcnow
from actors.analytics.rollups import rollup_stats
from actors.analytics.stats import live_stats
from web.context import ctx
from web.errors import ApiError
from web.params import Query, check_tenant

bp = Blueprint("stats", __name__)


class StatsQuery(Query):
    #: ``rollup`` (default): the fast path; ``live``: the reference pipeline over tickets
    source: Literal["rollup", "live"] = "rollup"


@bp.get("/tenants/<tenant_id>/stats")
@tag(["analytics"])
@validate_querystring(StatsQuery)
async def stats(tenant_id: str, query_args: StatsQuery):
    """Counts by status, urgency, sentiment and source, the 24-hour trend, top keywords and
    the customers most at risk, over the tenant's live tickets."""
    try:
        tenant_id = check_tenant(tenant_id)
    except ValueError as exc:
        raise ApiError(422, "invalid_parameter", f"tenant_id: {exc}") from None
    store, now = ctx().store, utcnow()
    body = None
    if query_args.source == "rollup":
        body = await rollup_stats(store, tenant_id, now)
    if body is None:
        body = await live_stats(store, tenant_id, now)
    return jsonify(body)
