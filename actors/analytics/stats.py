"""Tenant analytics: the live reference pipeline, and the one shape both paths answer in.

``live_stats`` is ONE aggregation over ``tickets``: ``$match`` on the tenant's live tickets
(an index range on ``tenant_live_listing``) then one ``$facet`` whose branches count, all
inside MongoDB. Python only turns a handful of already-counted rows into the answer and
zero-fills at most 24 trend buckets. ``actors.analytics.rollups`` answers the same shape from hourly
and daily rollups; both go through :func:`shape`, and the definitions of what counts as
open, at risk or a keyword live here once, as expressions both pipelines embed, so the two
paths cannot drift apart (``tests/test_stats.py`` checks they agree after any mix of writes).

Definitions (also in ``docs/analytics.md``):

- every figure is over live tickets (``deleted_at`` null); a missing label counts as ``unknown``;
- ``hourly_trend``: tickets created in each of the 24 hours ending with the current UTC hour;
- ``top_keywords``: keyword occurrences (the classifier lists a keyword once per ticket);
- ``at_risk_customers``: over *open* tickets (status not ``resolved``/``closed``) with a
  customer id, ``score = 2 * open_high + negative`` where ``open_high`` counts high-urgency
  and ``negative`` negative-sentiment open tickets and ``tickets`` all open tickets of the
  customer; customers with score 0 are left out; highest score first, then ``open_high``,
  ``tickets``, ``customer_id``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from actors.rules.clock import hour_of
from actors.storage.schema import TICKETS
from actors.storage.store import Store

HOUR = timedelta(hours=1)
TREND_HOURS = 24
TOP_N = 10
#: statuses after which a ticket no longer puts its customer at risk
CLOSED_STATUSES = ("resolved", "closed")
#: breakdowns by these ticket fields; the listed labels are always present, zero when absent
KNOWN_LABELS: dict[str, tuple[str, ...]] = {
    "status": ("open", "pending", "resolved", "closed"),
    "urgency": ("high", "medium", "low"),
    "sentiment": ("negative", "neutral", "positive"),
    "source": (),
}
DIMENSIONS = tuple(KNOWN_LABELS)
UNKNOWN = "unknown"
#: at-risk score weights
HIGH_WEIGHT = 2
NEGATIVE_WEIGHT = 1


def label(field_name: str) -> dict[str, Any]:
    return {"$ifNull": [f"${field_name}", UNKNOWN]}


#: aggregation expressions over one ticket, shared by the live and the rollup pipelines
IS_OPEN = {"$not": [{"$in": [label("status"), list(CLOSED_STATUSES)]}]}
HAS_CUSTOMER = {"$not": [{"$in": [{"$ifNull": ["$customer_id", ""]}, [""]]}]}
IS_HIGH = {"$eq": ["$urgency", "high"]}
IS_NEGATIVE = {"$eq": ["$sentiment", "negative"]}
REQUIRES_ACTION = {"$eq": ["$requires_action", True]}
KEYWORDS = {"$ifNull": ["$keywords", []]}


def trend_window(now: datetime) -> tuple[datetime, datetime]:
    """``[start, end)`` of the 24 trend hours; the last one is the hour ``now`` is in."""
    end = hour_of(now) + HOUR
    return end - TREND_HOURS * HOUR, end


def top_keywords_tail() -> list[dict[str, Any]]:
    """From ``{_id: keyword, n}`` rows to the top ``TOP_N`` as ``{keyword, count}``."""
    return [
        {"$sort": {"n": -1, "_id": 1}},
        {"$limit": TOP_N},
        {"$project": {"_id": 0, "keyword": "$_id", "count": "$n"}},
    ]


def at_risk_tail() -> list[dict[str, Any]]:
    """From ``{_id: customer, open_high, negative, tickets}`` rows to the top ``TOP_N``."""
    return [
        {"$match": {"$or": [{"open_high": {"$gt": 0}}, {"negative": {"$gt": 0}}]}},  # score > 0
        {"$project": {"_id": 0, "customer_id": "$_id", "open_high": 1, "negative": 1, "tickets": 1,
                      "score": {"$add": [{"$multiply": [HIGH_WEIGHT, "$open_high"]},
                                         {"$multiply": [NEGATIVE_WEIGHT, "$negative"]}]}}},
        {"$sort": {"score": -1, "open_high": -1, "tickets": -1, "customer_id": 1}},
        {"$limit": TOP_N},
    ]


@dataclass
class Tallies:
    """What a pipeline counted, before it is shaped into the answer."""

    total: int = 0
    requires_action: int = 0
    #: dimension -> label -> count
    by: dict[str, dict[str, int]] = field(default_factory=dict)
    #: hour start -> tickets created in that hour (only hours inside the trend window)
    hourly: dict[datetime, int] = field(default_factory=dict)
    keywords: list[dict[str, Any]] = field(default_factory=list)
    at_risk: list[dict[str, Any]] = field(default_factory=list)


def _breakdown(dimension: str, counted: Mapping[str, int]) -> dict[str, int]:
    out = {name: 0 for name in KNOWN_LABELS[dimension]}
    out.update({str(k): int(n) for k, n in counted.items() if n})
    # biggest first: the order a dashboard shows them in
    return dict(sorted(out.items(), key=lambda item: (-item[1], item[0])))


def shape(tenant_id: str, tallies: Tallies, now: datetime, computed_from: str) -> dict[str, Any]:
    """The contract's answer; also how both paths are compared field by field."""
    start, _ = trend_window(now)
    high = tallies.by.get("urgency", {}).get("high", 0)
    hours = [start + i * HOUR for i in range(TREND_HOURS)]
    return {
        "tenant_id": tenant_id,
        "total_tickets": tallies.total,
        "by_status": _breakdown("status", tallies.by.get("status", {})),
        "by_urgency": _breakdown("urgency", tallies.by.get("urgency", {})),
        "by_sentiment": _breakdown("sentiment", tallies.by.get("sentiment", {})),
        "by_source": _breakdown("source", tallies.by.get("source", {})),
        "urgency_high_ratio": round(high / tallies.total, 4) if tallies.total else 0.0,
        "requires_action": tallies.requires_action,
        "hourly_trend": [{"hour": h, "count": tallies.hourly.get(h, 0)} for h in hours],
        "top_keywords": [{"keyword": row["keyword"], "count": int(row["count"])} for row in tallies.keywords],
        "at_risk_customers": [
            {"customer_id": row["customer_id"], "score": int(row["score"]), "open_high": int(row["open_high"]),
             "negative": int(row["negative"]), "tickets": int(row["tickets"])}
            for row in tallies.at_risk
        ],
        "generated_at": now,
        #: which path answered: "rollups" (the fast path) or "live" (the reference pipeline)
        "computed_from": computed_from,
    }


def _count_by(expression: Any) -> list[dict[str, Any]]:
    return [{"$group": {"_id": expression, "n": {"$sum": 1}}}]


def live_pipeline(tenant_id: str, now: datetime) -> list[dict[str, Any]]:
    start, end = trend_window(now)
    facets: dict[str, list[dict[str, Any]]] = {
        "total": [{"$count": "n"}],
        "requires_action": [{"$match": {"requires_action": True}}, {"$count": "n"}],
        **{dimension: _count_by(label(dimension)) for dimension in DIMENSIONS},
        "hourly": [
            {"$match": {"created_at": {"$gte": start, "$lt": end}}},
            *_count_by({"$dateTrunc": {"date": "$created_at", "unit": "hour"}}),
        ],
        "keywords": [
            {"$unwind": "$keywords"},
            *_count_by("$keywords"),
            *top_keywords_tail(),
        ],
        "at_risk": [
            {"$match": {"$expr": {"$and": [IS_OPEN, HAS_CUSTOMER]}}},
            {"$group": {
                "_id": "$customer_id",
                "open_high": {"$sum": {"$cond": [IS_HIGH, 1, 0]}},
                "negative": {"$sum": {"$cond": [IS_NEGATIVE, 1, 0]}},
                "tickets": {"$sum": 1},
            }},
            *at_risk_tail(),
        ],
    }
    return [
        {"$match": {"tenant_id": tenant_id, "deleted_at": None}},
        {"$facet": facets},
    ]


def _single(rows: Sequence[Mapping[str, Any]]) -> int:
    return int(rows[0]["n"]) if rows else 0


async def live_stats(store: Store, tenant_id: str, now: datetime) -> dict[str, Any]:
    """The reference answer, counted over ``tickets`` by one aggregation."""
    result = await store[TICKETS].aggregate(live_pipeline(tenant_id, now))
    facets = result[0] if result else {}
    tallies = Tallies(
        total=_single(facets.get("total", [])),
        requires_action=_single(facets.get("requires_action", [])),
        by={dimension: {row["_id"]: row["n"] for row in facets.get(dimension, [])} for dimension in DIMENSIONS},
        hourly={hour_of(row["_id"]): int(row["n"]) for row in facets.get("hourly", [])},
        keywords=facets.get("keywords", []),
        at_risk=facets.get("at_risk", []),
    )
    return shape(tenant_id, tallies, now, "live")
