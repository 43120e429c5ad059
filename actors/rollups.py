"""Hourly and daily rollups of a tenant's live tickets: ``/stats`` without reading tickets.

Two levels, both in ``ticket_rollups``, both recomputed by aggregations that ``$merge``:

- an **hour** document per (tenant, hour of ``created_at``): counts by status, urgency,
  sentiment and source, ``requires_action``, keyword counts and per-customer counters of
  open tickets. It is recomputed from ``tickets`` for each hour a write touched.
- a **day** document per (tenant, UTC day): the same counters summed over the day's hour
  documents, plus the day's per-hour totals for the trend. It is recomputed from hour
  documents (at most 24 each), never from tickets.

``/stats`` reads only day documents (about one per day of history, each a few hundred small
entries), so its cost does not grow with the number of tickets. Reading the hour documents
instead would mean ~720 heavy documents for 30 days of history: measured 420 ms at 100k
tickets on the embedded server, against the 200 ms goal. The day level is what keeps
the read fast; the hour level is what keeps a page's refresh cheap (a page touches an hour or
two, and recomputing a whole day from tickets would scan up to a day's tickets per page).

Every counter is recomputed from scratch, never incremented: a refresh is idempotent, so
repeating it (after a crash, or for hours that did not change) is always safe. A bucket is
first rewritten (``$merge``, tagged with this refresh's ``rev``), then its stale siblings are
pruned, so readers never see a bucket vanish and come back.

A ``meta`` document per tenant makes the fast path safe to trust:

- ``pending``: hours a refresh has announced but not finished. A refresh cut short (cancelled,
  crashed) leaves them there; the next refresh for the tenant redoes them, and until then
  :func:`rollup_stats` declines and the caller answers from the live pipeline.
- ``complete``: whether the rollups account for every live ticket. It is settled once, at the
  tenant's first refresh, by comparing the rollup total with a count of live tickets: true for
  a tenant whose tickets all arrived through refreshes, false for one whose tickets were
  written before rollups existed. :func:`rebuild_rollups` makes it true. We chose to rebuild
  explicitly (an operator or the supervisor calls it) rather than from inside a ``/stats``
  request: a rebuild of 100k tickets takes tens of seconds on the embedded server, too long
  for a request, while the live answer is always correct, just slower.

Refreshes of one tenant are serialised by the ingestion lock; a rebuild may overlap them
(its prune spares whatever was refreshed after it started).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import anyio
from bson import ObjectId

from actors.locks import utcnow
from actors.schema import ROLLUPS, TICKETS
from actors.stats import (
    DIMENSIONS, HAS_CUSTOMER, HOUR, IS_HIGH, IS_NEGATIVE, IS_OPEN, KEYWORDS, REQUIRES_ACTION, Tallies, at_risk_tail,
    hour_of, label, shape, top_keywords_tail, trend_window,
)
from actors.store import Store

log = logging.getLogger("tickets.rollups")

DAY = timedelta(days=1)
#: hours closer than this are recomputed by one aggregation over the span between them
COALESCE_GAP = 6 * HOUR
#: past this many separate spans, one span from the first to the last hour is cheaper
MAX_SPANS = 8
#: hours per step of a rebuild: bounds each aggregation's memory and each step's duration
REBUILD_STEP_HOURS = 72
#: a refresh finishes even if its caller is cancelled meanwhile, within this budget (seconds)
REFRESH_BUDGET = 30.0


def day_of(value: datetime) -> datetime:
    return hour_of(value).replace(hour=0)


def _meta_id(tenant_id: str) -> dict[str, str]:
    return {"t": tenant_id, "u": "meta"}


def _sum_entries(kind: str) -> dict[str, Any]:
    return {"$sum": {"$map": {"input": {"$filter": {"input": "$e", "cond": {"$eq": ["$$this.d", kind]}}},
                              "in": "$$this.n"}}}


def _entries_of(kinds: Any, shape_: dict[str, Any]) -> dict[str, Any]:
    cond = {"$in": ["$$this.d", kinds]} if isinstance(kinds, list) else {"$eq": ["$$this.d", kinds]}
    return {"$map": {"input": {"$filter": {"input": "$e", "cond": cond}}, "in": shape_}}


def _fold(tenant_id: str, unit: str, rev: ObjectId, now: datetime) -> list[dict[str, Any]]:
    """From unwound entries ``{b: bucket, e: {d, k, n, h?, g?}}`` to merged rollup documents.

    Both levels speak this one entry language (``d`` what is counted, ``k`` which label,
    ``n`` how many; customers add ``h`` open high-urgency and ``g`` open negative), so one
    fold serves tickets -> hours and hours -> days.
    """
    doc: dict[str, Any] = {
        "_id": {"t": {"$literal": tenant_id}, "u": {"$literal": unit}, "b": "$_id"},
        "tenant_id": {"$literal": tenant_id},
        "unit": {"$literal": unit},
        "day": {"$dateTrunc": {"date": "$_id", "unit": "day"}},
        "total": _sum_entries("total"),
        "requires_action": _sum_entries("requires_action"),
        "counts": _entries_of(list(DIMENSIONS), {"d": "$$this.d", "k": "$$this.k", "n": "$$this.n"}),
        "keywords": _entries_of("keyword", {"k": "$$this.k", "n": "$$this.n"}),
        "customers": _entries_of("customer", {"k": "$$this.k", "t": "$$this.n", "h": "$$this.h", "g": "$$this.g"}),
        "rev": {"$literal": rev},
        "refreshed_at": {"$literal": now},
    }
    if unit == "hour":
        doc["hour"] = "$_id"
    else:
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


def _hour_entries() -> dict[str, Any]:
    """What one hour document contributes to its day."""
    return {"$concatArrays": [
        [{"d": "total", "k": "", "n": "$total"}, {"d": "requires_action", "k": "", "n": "$requires_action"},
         {"d": "hour", "k": "$hour", "n": "$total"}],
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
    if len(spans) > MAX_SPANS:
        return [(spans[0][0], spans[-1][1])]
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
                                     {"_id": 0, "hour": 1, "rev": 1})
    stale = [doc["hour"] for doc in docs if doc.get("rev") != rev]
    if stale:
        await store[ROLLUPS].delete_many({"tenant_id": tenant_id, "hour": {"$in": stale}})


async def _recompute_days(store: Store, tenant_id: str, days: list[datetime], rev: ObjectId, now: datetime) -> None:
    rows = await store[ROLLUPS].aggregate([
        {"$match": {"tenant_id": tenant_id, "unit": "hour", "day": {"$in": days}}},
        {"$group": {"_id": "$day"}},
    ])
    present = sorted(row["_id"] for row in rows)
    empty = sorted(set(days) - set(present))
    if present:
        await store[ROLLUPS].aggregate([
            {"$match": {"tenant_id": tenant_id, "unit": "hour", "day": {"$in": present}}},
            {"$project": {"_id": 0, "b": "$day", "e": _hour_entries()}},
            *_fold(tenant_id, "day", rev, now),
        ])
    if empty:
        await store[ROLLUPS].delete_many({"tenant_id": tenant_id, "unit": "day", "day": {"$in": empty}})


async def _recompute(store: Store, tenant_id: str, hours: list[datetime], now: datetime) -> None:
    rev = ObjectId()
    days: set[datetime] = set()
    for start, end in _spans(hours):
        await _recompute_hours(store, tenant_id, start, end, rev, now)
        day = day_of(start)
        while day < end:
            days.add(day)
            day += DAY
    await _recompute_days(store, tenant_id, sorted(days), rev, now)


async def _covers_all_live_tickets(store: Store, tenant_id: str) -> bool:
    live = await store[TICKETS].count_documents({"tenant_id": tenant_id, "deleted_at": None})
    rows = await store[ROLLUPS].aggregate([
        {"$match": {"tenant_id": tenant_id, "unit": "day"}},
        {"$group": {"_id": None, "n": {"$sum": "$total"}}},
    ])
    return live == (rows[0]["n"] if rows else 0)


async def refresh_hours(store: Store, tenant_id: str, hours: Iterable[datetime]) -> None:
    """Recompute the rollups of these hours (UTC hour buckets of ``created_at``) and their days.

    The ingester calls it after each page and after soft deletes with the hours it touched;
    hours an earlier refresh left unfinished are redone too.
    """
    wanted = sorted({hour_of(h) for h in hours})
    if not wanted:
        return
    now = utcnow()
    todo = wanted
    with anyio.CancelScope(shield=True) as scope:
        # a half-done refresh would leave days disagreeing with their hours: finish it,
        # within a budget, even if our caller is being cancelled meanwhile
        scope.deadline = anyio.current_time() + REFRESH_BUDGET
        before = await store[ROLLUPS].find_one_and_update(
            {"_id": _meta_id(tenant_id)},
            {"$addToSet": {"pending": {"$each": wanted}},
             "$setOnInsert": {"tenant_id": tenant_id, "unit": "meta", "complete": None}},
            upsert=True, after=False,
        )
        todo = sorted(set(wanted) | {hour_of(h) for h in (before or {}).get("pending", [])})
        await _recompute(store, tenant_id, todo, now)
        settled: dict[str, Any] = {"refreshed_at": now}
        if before is None or before.get("complete") is None:
            settled["complete"] = await _covers_all_live_tickets(store, tenant_id)
        await store[ROLLUPS].update_one({"_id": _meta_id(tenant_id)}, {"$pullAll": {"pending": todo}, "$set": settled})
    if scope.cancelled_caught:
        log.warning("rollup refresh cut short; its hours stay pending until the next refresh",
                    extra={"tenant_id": tenant_id, "hours": len(todo)})


@dataclass(frozen=True)
class RebuildSummary:
    tenant_id: str
    hours: int
    days: int
    seconds: float


async def rebuild_rollups(store: Store, tenant_id: str) -> RebuildSummary:
    """Recompute every rollup of the tenant from its tickets (after data arrived without them).

    Steps of ``REBUILD_STEP_HOURS`` through the refresh's own code path, so memory per
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
    for i in range(0, len(hours), REBUILD_STEP_HOURS):
        await _recompute(store, tenant_id, hours[i:i + REBUILD_STEP_HOURS], utcnow())
    await store[ROLLUPS].delete_many({"tenant_id": tenant_id, "unit": {"$in": ["hour", "day"]},
                                      "refreshed_at": {"$lt": started}})
    await store[ROLLUPS].update_one({"_id": _meta_id(tenant_id)},
                                    {"$set": {"complete": True, "rebuilt_at": utcnow()}})
    days = len({day_of(h) for h in hours})
    return RebuildSummary(tenant_id, len(hours), days, anyio.current_time() - clock)


def rollup_pipeline(tenant_id: str, now: datetime) -> list[dict[str, Any]]:
    start, end = trend_window(now)
    day = {"$match": {"unit": "day"}}
    return [
        # the tenant's day documents and its meta document: one index range
        {"$match": {"tenant_id": tenant_id, "unit": {"$in": ["day", "meta"]}}},
        {"$facet": {
            "meta": [{"$match": {"unit": "meta"}}, {"$project": {"_id": 0, "complete": 1, "pending": 1}}],
            "totals": [day, {"$group": {"_id": None, "total": {"$sum": "$total"},
                                        "requires_action": {"$sum": "$requires_action"}}}],
            "counts": [day, {"$unwind": "$counts"},
                       {"$group": {"_id": {"d": "$counts.d", "k": "$counts.k"}, "n": {"$sum": "$counts.n"}}}],
            "hourly": [{"$match": {"unit": "day", "day": {"$gte": day_of(start)}}}, {"$unwind": "$hours"},
                       {"$match": {"hours.h": {"$gte": start, "$lt": end}}},
                       {"$project": {"_id": 0, "h": "$hours.h", "n": "$hours.n"}}],
            "keywords": [day, {"$unwind": "$keywords"},
                         {"$group": {"_id": "$keywords.k", "n": {"$sum": "$keywords.n"}}},
                         *top_keywords_tail()],
            "at_risk": [day, {"$unwind": "$customers"},
                        {"$group": {"_id": "$customers.k", "open_high": {"$sum": "$customers.h"},
                                    "negative": {"$sum": "$customers.g"}, "tickets": {"$sum": "$customers.t"}}},
                        *at_risk_tail()],
        }},
    ]


async def rollup_stats(store: Store, tenant_id: str, now: datetime) -> dict[str, Any] | None:
    """The stats answer from rollups by one aggregation, or ``None`` when they cannot be
    trusted for this tenant (never built, being rebuilt, or a refresh unfinished): the
    caller then answers from :func:`actors.stats.live_stats`."""
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
