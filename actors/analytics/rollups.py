"""Rollups of a tenant's live tickets by hour, day and month: ``/stats`` without tickets.

Three levels in ``ticket_rollups``, each recomputed by an aggregation that ``$merge``s:

- **hour** (tenant, UTC hour of ``created_at``): counts by status, urgency, sentiment and
  source, ``total``, ``requires_action``, keyword counts, and per customer the open
  tickets, open high-urgency and open negative ones. Recomputed from ``tickets`` for each
  hour a write touched.
- **day**: the same counters summed over the day's hour documents (at most 24), plus the
  day's per-hour totals for the trend.
- **month**: the same counters summed over the month's day documents (at most 31).

``/stats`` reads the month documents (one per month of history), the meta document, and the
one or two day documents the 24-hour trend overlaps (looked up by ``_id``): one aggregation
whose cost does not grow with the number of tickets. Why three levels, measured on the
embedded server with 30 days of history (``docs/analytics.md``): summing ~720 hour
documents per request took 420 ms at 100k tickets, and summing 31 day documents still left
~9k per-customer entries to group (~20 us each, ~200 ms), against a 200 ms goal. The
hour level keeps a page's refresh cheap (a page touches an hour or two; recomputing a day
from tickets would scan a day of tickets per page); the price of the month level is paid
per refresh instead (regrouping up to 31 day documents), off the request path.

Every counter is recomputed from scratch, never incremented: a refresh is idempotent, so
repeating it (after a crash, or for hours that did not change) is always safe. A bucket is
first rewritten (``$merge``, tagged with this refresh's ``rev``), then stale buckets are
pruned, so readers never see a bucket vanish and come back.

A ``meta`` document per tenant says whether the fast path can be trusted:

- ``pending``: hours a refresh announced but did not finish. A refresh cut short (cancelled,
  crashed) leaves them there; the next refresh for the tenant redoes them, and until then
  :func:`rollup_stats` declines and the caller answers from the live pipeline.
- ``complete``: whether the rollups account for every live ticket. It is settled once, at the
  tenant's first refresh, by comparing the rollup total with a count of live tickets: true for
  a tenant whose tickets all arrived through refreshes, false for one whose tickets were
  written before rollups existed. :func:`rebuild_rollups` makes it true. We chose to rebuild
  explicitly (an operator or the supervisor calls it) rather than from inside a ``/stats``
  request: a rebuild of 100k tickets takes minutes on the embedded server, too long for a
  request, while the live answer is always correct, just slower.

Refreshes of one tenant are serialised by the ingestion lock; a rebuild may overlap them
(its prune spares whatever was refreshed after it started).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import anyio
from bson import ObjectId

from actors.rules.clock import utcnow
from actors.storage.schema import ROLLUPS, TICKETS
from actors.analytics.stats import (
    DIMENSIONS, HAS_CUSTOMER, HOUR, IS_HIGH, IS_NEGATIVE, IS_OPEN, KEYWORDS, REQUIRES_ACTION, Tallies, at_risk_tail,
    hour_of, label, shape, top_keywords_tail, trend_window,
)
from actors.storage.store import Store

DAY = timedelta(days=1)
#: the level each level sums into
PARENT = {"hour": "day", "day": "month", "month": None}
CHILD = {"day": "hour", "month": "day"}
#: hours closer than this are recomputed by one aggregation over the span between them
COALESCE_GAP = 6 * HOUR
#: hours per step of a refresh or rebuild: bounds each aggregation (a day of a 100k-ticket
#: tenant is ~3k tickets, a few seconds on the embedded server, well inside the driver's 30 s
#: socket timeout), and a refresh records each step's progress, so it resumes, not restarts
STEP_HOURS = 24
ID_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def start_of(unit: str, value: datetime) -> datetime:
    value = hour_of(value)
    if unit == "hour":
        return value
    value = value.replace(hour=0)
    return value if unit == "day" else value.replace(day=1)


def _meta_id(tenant_id: str) -> str:
    # String ids, "acme|hour|2024-06-01T10:00:00Z": `$merge` finds its target by `_id`, and the
    # embedded server serves only a scalar `_id` from the primary key (a subdocument `_id`
    # cost a collection scan per merged bucket). Tenant ids cannot contain "|".
    return f"{tenant_id}|meta"


def bucket_id(tenant_id: str, unit: str, start: datetime) -> str:
    return f"{tenant_id}|{unit}|{start.strftime(ID_FORMAT)}"


def _bucket_id_expr(tenant_id: str, unit: str) -> dict[str, Any]:
    return {"$concat": [{"$literal": f"{tenant_id}|{unit}|"}, {"$dateToString": {"date": "$_id", "format": ID_FORMAT}}]}


def _sum_entries(kind: str) -> dict[str, Any]:
    return {"$sum": {"$map": {"input": {"$filter": {"input": "$e", "cond": {"$eq": ["$$this.d", kind]}}},
                              "in": "$$this.n"}}}


def _entries_of(kinds: Any, shape_: dict[str, Any]) -> dict[str, Any]:
    cond = {"$in": ["$$this.d", kinds]} if isinstance(kinds, list) else {"$eq": ["$$this.d", kinds]}
    return {"$map": {"input": {"$filter": {"input": "$e", "cond": cond}}, "in": shape_}}


def _fold(tenant_id: str, unit: str, rev: ObjectId, now: datetime) -> list[dict[str, Any]]:
    """From unwound entries ``{b: bucket start, e: {d, k, n, h?, g?}}`` to merged rollups.

    Every level speaks this one entry language (``d`` what is counted, ``k`` which label,
    ``n`` how many; customers add ``h`` open high-urgency and ``g`` open negative), so one
    fold serves tickets -> hours, hours -> days and days -> months.
    """
    parent = PARENT[unit]
    doc: dict[str, Any] = {
        "_id": _bucket_id_expr(tenant_id, unit),
        "tenant_id": {"$literal": tenant_id},
        "unit": {"$literal": unit},
        unit: "$_id",
        "parent": {"$dateTrunc": {"date": "$_id", "unit": parent}} if parent else {"$literal": None},
        "total": _sum_entries("total"),
        "requires_action": _sum_entries("requires_action"),
        "counts": _entries_of(list(DIMENSIONS), {"d": "$$this.d", "k": "$$this.k", "n": "$$this.n"}),
        "keywords": _entries_of("keyword", {"k": "$$this.k", "n": "$$this.n"}),
        "customers": _entries_of("customer", {"k": "$$this.k", "t": "$$this.n", "h": "$$this.h", "g": "$$this.g"}),
        "rev": {"$literal": rev},
        "refreshed_at": {"$literal": now},
    }
    if unit == "day":
        doc["hours"] = _entries_of("hour", {"h": "$$this.k", "n": "$$this.n"})
    return [
        {"$unwind": "$e"},
        {"$group": {"_id": {"b": "$b", "d": "$e.d", "k": "$e.k"},
                    "n": {"$sum": "$e.n"}, "h": {"$sum": "$e.h"}, "g": {"$sum": "$e.g"}}},
        {"$group": {"_id": "$_id.b", "e": {"$push": {"d": "$_id.d", "k": "$_id.k", "n": "$n", "h": "$h", "g": "$g"}}}},
        {"$project": doc},
        {"$merge": {"into": ROLLUPS, "on": "_id", "whenMatched": "replace", "whenNotMatched": "insert"}},
    ]


def _ticket_entries() -> dict[str, Any]:
    """What one live ticket contributes to its hour."""
    return {"$concatArrays": [
        [{"d": "total", "k": "", "n": 1}, *({"d": d, "k": label(d), "n": 1} for d in DIMENSIONS)],
        {"$cond": [REQUIRES_ACTION, [{"d": "requires_action", "k": "", "n": 1}], []]},
        {"$map": {"input": KEYWORDS, "in": {"d": "keyword", "k": "$$this", "n": 1}}},
        {"$cond": [{"$and": [IS_OPEN, HAS_CUSTOMER]},
                   [{"d": "customer", "k": "$customer_id", "n": 1,
                     "h": {"$cond": [IS_HIGH, 1, 0]}, "g": {"$cond": [IS_NEGATIVE, 1, 0]}}],
                   []]},
    ]}


def _child_entries(child: str) -> dict[str, Any]:
    """What one rollup document contributes to its parent (an hour also its trend point)."""
    trend = [{"d": "hour", "k": "$hour", "n": "$total"}] if child == "hour" else []
    return {"$concatArrays": [
        [{"d": "total", "k": "", "n": "$total"}, {"d": "requires_action", "k": "", "n": "$requires_action"}, *trend],
        "$counts",
        {"$map": {"input": "$keywords", "in": {"d": "keyword", "k": "$$this.k", "n": "$$this.n"}}},
        {"$map": {"input": "$customers",
                  "in": {"d": "customer", "k": "$$this.k", "n": "$$this.t", "h": "$$this.h", "g": "$$this.g"}}},
    ]}


def _spans(hours: list[datetime]) -> list[tuple[datetime, datetime]]:
    """Sorted hours as few ``[start, end)`` spans; recomputing an extra hour is harmless."""
    spans: list[list[datetime]] = []
    for h in hours:
        if spans and h - spans[-1][1] <= COALESCE_GAP:
            spans[-1][1] = h + HOUR
        else:
            spans.append([h, h + HOUR])
    return [(start, end) for start, end in spans]


async def _recompute_hours(store: Store, tenant_id: str, start: datetime, end: datetime, rev: ObjectId,
                           now: datetime) -> None:
    await store[TICKETS].aggregate([
        # equality prefix + one range: an index range scan of the tenant's live tickets
        {"$match": {"tenant_id": tenant_id, "deleted_at": None, "created_at": {"$gte": start, "$lt": end}}},
        {"$project": {"_id": 0, "b": {"$dateTrunc": {"date": "$created_at", "unit": "hour"}}, "e": _ticket_entries()}},
        *_fold(tenant_id, "hour", rev, now),
    ])
    # hours of the span not rewritten just now have no live ticket left
    docs = await store[ROLLUPS].find({"tenant_id": tenant_id, "hour": {"$gte": start, "$lt": end}},
                                     {"_id": 1, "rev": 1})
    stale = [doc["_id"] for doc in docs if doc.get("rev") != rev]
    if stale:
        await store[ROLLUPS].delete_many({"_id": {"$in": stale}})


async def _recompute_level(store: Store, tenant_id: str, unit: str, buckets: list[datetime], rev: ObjectId,
                           now: datetime) -> list[datetime]:
    """Recompute these day or month buckets from their children; the parents they touch."""
    child = CHILD[unit]
    children = {"tenant_id": tenant_id, "unit": child, "parent": {"$in": buckets}}
    rows = await store[ROLLUPS].aggregate([{"$match": children}, {"$group": {"_id": "$parent"}}])
    present = sorted(row["_id"] for row in rows)
    if present:
        await store[ROLLUPS].aggregate([
            {"$match": {**children, "parent": {"$in": present}}},
            {"$project": {"_id": 0, "b": "$parent", "e": _child_entries(child)}},
            *_fold(tenant_id, unit, rev, now),
        ])
    empty = set(buckets) - set(present)
    if empty:
        await store[ROLLUPS].delete_many({"_id": {"$in": [bucket_id(tenant_id, unit, b) for b in sorted(empty)]}})
    parent = PARENT[unit]
    return sorted({start_of(parent, b) for b in buckets}) if parent else []


async def _recompute(store: Store, tenant_id: str, hours: list[datetime], now: datetime, *,
                     months: bool = True) -> list[datetime]:
    """Hours from tickets, then their days, then (unless the caller batches them) their months;
    returns the months touched."""
    rev = ObjectId()
    days: set[datetime] = set()
    for start, end in _spans(hours):
        await _recompute_hours(store, tenant_id, start, end, rev, now)
        day = start_of("day", start)
        while day < end:
            days.add(day)
            day += DAY
    touched = await _recompute_level(store, tenant_id, "day", sorted(days), rev, now)
    if months:
        await _recompute_level(store, tenant_id, "month", touched, rev, now)
    return touched


async def _covers_all_live_tickets(store: Store, tenant_id: str) -> bool:
    live = await store[TICKETS].count_documents({"tenant_id": tenant_id, "deleted_at": None})
    rows = await store[ROLLUPS].aggregate([
        {"$match": {"tenant_id": tenant_id, "unit": "month"}},
        {"$group": {"_id": None, "n": {"$sum": "$total"}}},
    ])
    return live == (rows[0]["n"] if rows else 0)


async def refresh_hours(store: Store, tenant_id: str, hours: Iterable[datetime]) -> None:
    """Recompute the rollups of these hours (UTC hour buckets of ``created_at``), their days
    and months. The ingester calls it after each page and after soft deletes with the hours it
    touched; hours an earlier refresh left unfinished are redone too.

    Not shielded from cancellation on purpose: the hours are announced as ``pending`` first
    and withdrawn step by step once their days and months are recomputed too, so an
    interrupted refresh never leaves an answer that looks trustworthy and is not.
    """
    wanted = sorted({hour_of(h) for h in hours})
    if not wanted:
        return
    meta = _meta_id(tenant_id)
    before = await store[ROLLUPS].find_one_and_update(
        {"_id": meta},
        {"$addToSet": {"pending": {"$each": wanted}},
         "$setOnInsert": {"tenant_id": tenant_id, "unit": "meta", "complete": None}},
        upsert=True, after=False,
    )
    todo = sorted(set(wanted) | {hour_of(h) for h in (before or {}).get("pending", [])})
    for i in range(0, len(todo), STEP_HOURS):
        step = todo[i:i + STEP_HOURS]
        await _recompute(store, tenant_id, step, utcnow())
        await store[ROLLUPS].update_one({"_id": meta},
                                        {"$pullAll": {"pending": step}, "$set": {"refreshed_at": utcnow()}})
    if before is None or before.get("complete") is None:
        complete = await _covers_all_live_tickets(store, tenant_id)
        await store[ROLLUPS].update_one({"_id": meta, "complete": None}, {"$set": {"complete": complete}})


@dataclass(frozen=True)
class RebuildSummary:
    tenant_id: str
    hours: int
    days: int
    seconds: float


async def rebuild_rollups(store: Store, tenant_id: str) -> RebuildSummary:
    """Recompute every rollup of the tenant from its tickets (after data arrived without them).

    Steps of ``STEP_HOURS`` through the refresh's own code path, so memory per
    aggregation stays bounded and there is one way to compute a bucket. While it runs the
    tenant is marked incomplete and ``/stats`` answers live. At the end, buckets it did not
    write and that no refresh rewrote meanwhile (tickets since deleted) are pruned.
    """
    started = utcnow()
    clock = anyio.current_time()
    await store[ROLLUPS].update_one(
        {"_id": _meta_id(tenant_id)},
        {"$set": {"complete": False, "rebuild_started_at": started},
         "$setOnInsert": {"tenant_id": tenant_id, "unit": "meta", "pending": []}},
        upsert=True,
    )
    rows = await store[TICKETS].aggregate([
        {"$match": {"tenant_id": tenant_id, "deleted_at": None}},
        {"$group": {"_id": {"$dateTrunc": {"date": "$created_at", "unit": "hour"}}}},
        {"$sort": {"_id": 1}},
    ])
    hours = [hour_of(row["_id"]) for row in rows]
    months: set[datetime] = set()
    for i in range(0, len(hours), STEP_HOURS):
        months.update(await _recompute(store, tenant_id, hours[i:i + STEP_HOURS], utcnow(), months=False))
    await _recompute_level(store, tenant_id, "month", sorted(months), ObjectId(), utcnow())
    await store[ROLLUPS].delete_many({"tenant_id": tenant_id, "unit": {"$in": list(PARENT)},
                                      "refreshed_at": {"$lt": started}})
    await store[ROLLUPS].update_one({"_id": _meta_id(tenant_id)},
                                    {"$set": {"complete": True, "rebuilt_at": utcnow()}})
    days = len({start_of("day", h) for h in hours})
    return RebuildSummary(tenant_id, len(hours), days, anyio.current_time() - clock)


def rollup_pipeline(tenant_id: str, now: datetime) -> list[dict[str, Any]]:
    start, end = trend_window(now)
    trend_days = sorted({bucket_id(tenant_id, "day", start_of("day", h)) for h in (start, end - HOUR)})
    month = {"$match": {"unit": "month"}}
    return [
        # the tenant's month documents and its meta document: one index range
        {"$match": {"tenant_id": tenant_id, "unit": {"$in": ["month", "meta"]}}},
        {"$facet": {
            "meta": [{"$match": {"unit": "meta"}}, {"$project": {"_id": 0, "complete": 1, "pending": 1}}],
            "totals": [month, {"$group": {"_id": None, "total": {"$sum": "$total"},
                                          "requires_action": {"$sum": "$requires_action"}}}],
            "counts": [month, {"$project": {"_id": 0, "counts": 1}}, {"$unwind": "$counts"},
                       {"$group": {"_id": {"d": "$counts.d", "k": "$counts.k"}, "n": {"$sum": "$counts.n"}}}],
            "keywords": [month, {"$project": {"_id": 0, "keywords": 1}}, {"$unwind": "$keywords"},
                         {"$group": {"_id": "$keywords.k", "n": {"$sum": "$keywords.n"}}},
                         *top_keywords_tail()],
            "at_risk": [month, {"$project": {"_id": 0, "customers": 1}}, {"$unwind": "$customers"},
                        {"$group": {"_id": "$customers.k", "open_high": {"$sum": "$customers.h"},
                                    "negative": {"$sum": "$customers.g"}, "tickets": {"$sum": "$customers.t"}}},
                        *at_risk_tail()],
            # the one or two days the trend overlaps, by primary key; only their hours are kept
            # before unwinding (the embedded server copies the whole document per element)
            "hourly": [{"$match": {"unit": "meta"}},
                       {"$project": {"_id": 0, "days": {"$literal": trend_days}}},
                       {"$lookup": {"from": ROLLUPS, "localField": "days", "foreignField": "_id", "as": "day"}},
                       {"$project": {"hours": {"$filter": {
                           "input": {"$reduce": {"input": "$day", "initialValue": [],
                                                 "in": {"$concatArrays": ["$$value", "$$this.hours"]}}},
                           "cond": {"$and": [{"$gte": ["$$this.h", start]}, {"$lt": ["$$this.h", end]}]}}}}},
                       {"$unwind": "$hours"},
                       {"$project": {"h": "$hours.h", "n": "$hours.n"}}],
        }},
    ]


async def rollup_stats(store: Store, tenant_id: str, now: datetime) -> dict[str, Any] | None:
    """The stats answer from rollups by one aggregation, or ``None`` when they cannot be
    trusted for this tenant (never built, being rebuilt, or a refresh unfinished): the
    caller then answers from :func:`actors.analytics.stats.live_stats`."""
    result = await store[ROLLUPS].aggregate(rollup_pipeline(tenant_id, now))
    facets = result[0] if result else {}
    meta = (facets.get("meta") or [{}])[0]
    if meta.get("complete") is not True or meta.get("pending"):
        return None
    totals = (facets.get("totals") or [{}])[0]
    by: dict[str, dict[str, int]] = {}
    for row in facets.get("counts", []):
        by.setdefault(row["_id"]["d"], {})[row["_id"]["k"]] = row["n"]
    tallies = Tallies(
        total=int(totals.get("total", 0)),
        requires_action=int(totals.get("requires_action", 0)),
        by=by,
        hourly={hour_of(row["h"]): int(row["n"]) for row in facets.get("hourly", [])},
        keywords=facets.get("keywords", []),
        at_risk=facets.get("at_risk", []),
    )
    return shape(tenant_id, tallies, now, "rollups")
