"""Tenant analytics: ``/tenants/{T}/stats`` from rollups, or live on request.

Both answers are counted inside MongoDB by one aggregation. By default the rollups answer,
also while a refresh is pending (a job is storing pages, or healing is due): then they are
the last consistent rollups plus whatever refreshes finished since, and the answer says how
old they are: ``as_of`` (when the figures were last known to cover every write) and
``stale_seconds`` (``generated_at - as_of``; 0 when nothing is pending). Pending hours never
send a request to the live pipeline, which reads every live ticket (seconds at 16,000 on the
embedded server). Only a tenant whose rollups were never built or are being rebuilt, so that
there is nothing consistent to answer from, is counted live; ``?source=live`` asks for it.
``computed_from`` says which one answered.

Answers carry a weak ``ETag`` and are cached per process (``web.answer_cache``): the
tenant's data version names them, plus the trend's hour, since the 24-hour trend moves with
the clock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from quart import Blueprint
from quart_schema import tag, validate_querystring

from actors.analytics.rollups import rollup_answer
from actors.analytics.stats import hour_of, live_stats
from actors.rules.clock import utcnow
from actors.storage.data_versions import DataVersion
from web.access import tenant_scoped
from web.answer_cache import answer
from web.context import ctx
from web.params import Query, tenant_or_422
from web.scope import tenant_scope

bp = Blueprint("stats", __name__)


class StatsQuery(Query):
    #: ``rollup`` (default): the fast path; ``live``: the reference pipeline over tickets
    source: Literal["rollup", "live"] = "rollup"


def with_age(body: dict[str, Any], as_of: datetime | None, consistent: bool) -> dict[str, Any]:
    generated = body["generated_at"]
    if consistent:
        as_of = generated
    body["as_of"] = as_of
    body["stale_seconds"] = None if as_of is None else round(max(0.0, (generated - as_of).total_seconds()), 3)
    return body


async def compute_stats(tenant_id: str, source: str) -> dict[str, Any]:
    store, now = ctx().store, utcnow()
    if source == "rollup":
        body, status = await rollup_answer(store, tenant_id, now, allow_stale=True)
        if body is not None:
            return with_age(body, status.get("as_of"), bool(status.get("consistent")))
    return with_age(await live_stats(store, tenant_id, now), None, True)


@bp.get("/tenants/<tenant_id>/stats")
@tenant_scoped
@tag(["analytics"])
@validate_querystring(StatsQuery)
async def stats(tenant_id: str, query_args: StatsQuery):
    """Counts by status, urgency, sentiment and source, the 24-hour trend, top keywords and
    the customers most at risk, over the tenant's live tickets; ``as_of`` and
    ``stale_seconds`` say how current the figures are. Carries a weak ``ETag``
    (``If-None-Match`` answers ``304`` while the tenant's data is unchanged)."""
    tenant_id = tenant_scope(tenant_or_422(tenant_id))

    async def figures(version: DataVersion) -> dict[str, Any]:
        return await compute_stats(tenant_id, query_args.source)

    query = (("source", query_args.source), ("hour", hour_of(utcnow()).isoformat()))
    return await answer("stats", tenant_id, query, figures)
