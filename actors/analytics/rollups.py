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

- ``pending``: hours whose tickets changed (or are about to) and whose rollups are not redone
  yet. The ingester announces a page's hours (:func:`mark_pending`) *before* writing its
  tickets, and a refresh withdraws them once recomputed; a crash anywhere in between leaves
  them announced, never silently wrong. ``gen`` counts announcements, so a refresh that was
  overtaken by a newer write withdraws nothing.
- ``complete``: whether the rollups account for every live ticket. It is settled once, at the
  tenant's first refresh, by comparing the rollup total with a count of live tickets: true for
  a tenant whose tickets all arrived through refreshes, false for one whose tickets were
  written before rollups existed. :func:`rebuild_rollups` makes it true.
- ``consistent_as_of``: the last moment the rollups were complete with nothing pending.

Healing: :func:`heal` (called from the janitor's sweep) redoes the pending hours of tenants no
job holds, and rebuilds incomplete ones, in the background; :func:`rebuild` does it on demand.
:func:`status` and :func:`rollup_stats` (``allow_stale=True``) let ``/stats`` answer from the
last rollups while a refresh is pending, saying how old they are, instead of the live pipeline.

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

from actors.rules.timebase import SYSTEM_CLOCK, Clock
from actors.storage import data_versions, tenant_locks
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
#: socket timeout)
STEP_HOURS = 24
#: days regrouped by one aggregation (a day document sums up to 24 hour documents)
DAY_STEP = 7
#: hours a refresh recomputes before it withdraws them from ``pending`` (a month and a
#: half): its progress survives an interruption, and days and months are regrouped once per
#: batch, not once per step
ROUND_HOURS = 45 * STEP_HOURS
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
    """Hours from tickets (``STEP_HOURS`` at a time), then their days (``DAY_STEP`` at a time),
    then, unless the caller batches them, their months; returns the months touched.

    Each parent is regrouped once per call, not once per step: a provider page spreads its
    tickets over the whole month, so a refresh's hours are scattered, and regrouping days and
    the month after every step of 24 hours did the same work over and over (a month regroup
    is the longest single operation of a refresh, and every read waits behind it).
    """
    rev = ObjectId()
    days: set[datetime] = set()
    for i in range(0, len(hours), STEP_HOURS):
        for start, end in _spans(hours[i:i + STEP_HOURS]):
            await _recompute_hours(store, tenant_id, start, end, rev, now)
            day = start_of("day", start)
            while day < end:
                days.add(day)
                day += DAY
    ordered = sorted(days)
    touched: set[datetime] = set()
    for i in range(0, len(ordered), DAY_STEP):
        touched.update(await _recompute_level(store, tenant_id, "day", ordered[i:i + DAY_STEP], rev, now))
    if months:
        await _recompute_level(store, tenant_id, "month", sorted(touched), rev, now)
    return sorted(touched)


async def _covers_all_live_tickets(store: Store, tenant_id: str) -> bool:
    live = await store[TICKETS].count_documents({"tenant_id": tenant_id, "deleted_at": None})
    rows = await store[ROLLUPS].aggregate([
        {"$match": {"tenant_id": tenant_id, "unit": "month"}},
        {"$group": {"_id": None, "n": {"$sum": "$total"}}},
    ])
    return live == (rows[0]["n"] if rows else 0)


async def mark_pending(store: Store, tenant_id: str, hours: Iterable[datetime]) -> None:
    """Announce, *before* writing tickets, the hours those writes will make stale.

    The fast path declines (or says how old it is) until a refresh has redone them, so a
    crash between the ticket writes and their refresh can never leave a wrong answer that
    looks current. ``gen`` counts announcements: a refresh withdraws its hours only if no
    announcement came in while it ran (a write it may have missed).
    """
    wanted = sorted({hour_of(h) for h in hours})
    if not wanted:
        return
    await store[ROLLUPS].update_one(
        {"_id": _meta_id(tenant_id)},
        {"$addToSet": {"pending": {"$each": wanted}}, "$inc": {"gen": 1},
         "$setOnInsert": {"tenant_id": tenant_id, "unit": "meta", "complete": None}},
        upsert=True,
    )


async def refresh_hours(store: Store, tenant_id: str, hours: Iterable[datetime], clock: Clock = SYSTEM_CLOCK) -> None:
    """Recompute the rollups of these hours (UTC hour buckets of ``created_at``), their days
    and months, and every hour still pending for the tenant (an earlier refresh cut short,
    or writes whose job crashed before refreshing).

    Not shielded from cancellation on purpose: hours leave ``pending`` only batch by batch,
    once their days and months are recomputed too, and only if no write was announced
    meanwhile (``gen`` unchanged), so an interrupted or overtaken refresh never leaves an
    answer that looks trustworthy and is not. When nothing is left pending, the rollups are
    consistent as of the end of this refresh (``consistent_as_of``).
    """
    wanted = sorted({hour_of(h) for h in hours})
    meta = _meta_id(tenant_id)
    doc = await store[ROLLUPS].find_one_and_update(
        {"_id": meta},
        {"$addToSet": {"pending": {"$each": wanted}},
         "$setOnInsert": {"tenant_id": tenant_id, "unit": "meta", "complete": None}},
        upsert=True,
    )
    todo = sorted({hour_of(h) for h in doc.get("pending", [])})
    gen = doc.get("gen", 0)
    withdrawn = True
    for i in range(0, len(todo), ROUND_HOURS):
        batch = todo[i:i + ROUND_HOURS]
        await _recompute(store, tenant_id, batch, clock.now())
        result = await store[ROLLUPS].update_one({"_id": meta, "gen": _gen_filter(gen)},
                                                 {"$pullAll": {"pending": batch}, "$set": {"refreshed_at": clock.now()}})
        withdrawn = withdrawn and result.matched == 1
    if doc.get("complete") is None:
        complete = await _covers_all_live_tickets(store, tenant_id)
        await store[ROLLUPS].update_one({"_id": meta, "complete": None}, {"$set": {"complete": complete}})
    if withdrawn:
        await store[ROLLUPS].update_one({"_id": meta, "gen": _gen_filter(gen), "pending": {"$size": 0}},
                                        {"$set": {"consistent_as_of": clock.now()}})
    await data_versions.bump(store, tenant_id, clock.now())  # after the refresh: web/answer_cache.py


def _gen_filter(gen: int) -> Any:
    # a meta document from before ``gen`` existed has none: match that as generation 0
    return gen if gen else {"$in": [0, None]}


@dataclass(frozen=True)
class RebuildSummary:
    tenant_id: str
    hours: int
    days: int
    seconds: float


async def rebuild_rollups(store: Store, tenant_id: str, clock: Clock = SYSTEM_CLOCK) -> RebuildSummary:
    """Recompute every rollup of the tenant from its tickets (after data arrived without them,
    or a crash left them incomplete).

    Batches of ``ROUND_HOURS`` through the refresh's own code path, so memory per
    aggregation stays bounded and there is one way to compute a bucket. While it runs the
    tenant is marked incomplete and ``/stats`` answers live. At the end, buckets it did not
    write and that no refresh rewrote meanwhile (tickets since deleted) are pruned, and the
    pending hours are withdrawn unless a write was announced while it ran.
    """
    started = clock.now()
    clock_started = clock.monotonic()
    doc = await store[ROLLUPS].find_one_and_update(
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
    for i in range(0, len(hours), ROUND_HOURS):
        months.update(await _recompute(store, tenant_id, hours[i:i + ROUND_HOURS], clock.now(), months=False))
    await _recompute_level(store, tenant_id, "month", sorted(months), ObjectId(), clock.now())
    await store[ROLLUPS].delete_many({"tenant_id": tenant_id, "unit": {"$in": list(PARENT)},
                                      "refreshed_at": {"$lt": started}})
    await _finish_rebuild(store, tenant_id, doc.get("gen", 0), clock)
    days = len({start_of("day", h) for h in hours})
    return RebuildSummary(tenant_id, len(hours), days, clock.monotonic() - clock_started)


async def _finish_rebuild(store: Store, tenant_id: str, gen: int, clock: Clock) -> None:
    meta = _meta_id(tenant_id)
    now = clock.now()
    await store[ROLLUPS].update_one({"_id": meta}, {"$set": {"complete": True, "rebuilt_at": now}})
    await store[ROLLUPS].update_one({"_id": meta, "gen": _gen_filter(gen)},
                                    {"$set": {"pending": [], "consistent_as_of": now, "refreshed_at": now}})
    await data_versions.bump(store, tenant_id, now)  # after the rebuild: web/answer_cache.py


# -- what the web layer calls ----------------------------------------------------------------

async def status(store: Store, tenant_id: str) -> dict[str, Any]:
    """How far ``/stats`` can trust the tenant's rollups.

    ``consistent``: they account for every live ticket and no write is pending; ``as_of``:
    the last moment they were known consistent (None: never); ``pending``: hour buckets
    announced stale and not yet redone; ``complete``: whether they were ever fully built
    (False: only :func:`rebuild` or the janitor's healing makes them usable again).
    """
    doc = await store[ROLLUPS].find_one({"_id": _meta_id(tenant_id)}) or {}
    return _status_of(tenant_id, doc)


def _status_of(tenant_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    pending = len(doc.get("pending") or [])
    complete = doc.get("complete")
    as_of = doc.get("consistent_as_of")
    if as_of is None and complete is True and doc.get("refreshed_at") is not None:
        as_of = doc.get("rebuilt_at") or doc.get("refreshed_at")  # a meta from before ``consistent_as_of``
    return {"tenant_id": tenant_id, "consistent": complete is True and pending == 0, "as_of": as_of,
            "pending": pending, "complete": complete, "rebuilding": doc.get("rebuild_started_at") is not None
            and complete is False}


async def rebuild(store: Store, tenant_id: str, clock: Clock = SYSTEM_CLOCK) -> RebuildSummary:
    """Rebuild the tenant's rollups now (the ``rollups rebuild T`` command); safe beside a job."""
    return await rebuild_rollups(store, tenant_id, clock)


async def heal(store: Store, clock: Clock = SYSTEM_CLOCK, *, max_tenants: int = 1,
               lease_seconds: float = 900.0) -> list[str]:
    """Redo the rollups of tenants left stale (pending hours) or incomplete, in the background.

    Only tenants no job holds (a running job refreshes its own hours at its end), found
    through the lock documents (one per tenant that ever ingested). A lease on the meta
    document keeps two processes from healing the same tenant at once. Returns the tenants
    healed; at most ``max_tenants`` per call, so one sweep stays short.
    """
    known = await tenant_locks.known_tenants(store)
    if not known:
        return []
    metas = await store[ROLLUPS].find({"_id": {"$in": [_meta_id(t) for t in known]}},
                                      {"tenant_id": 1, "pending": {"$slice": 1}, "complete": 1})
    dirty = [m for m in metas if m.get("pending") or m.get("complete") is False]
    if not dirty:
        return []
    busy = await tenant_locks.live_tenants(store, [m["tenant_id"] for m in dirty], clock.now())
    healed: list[str] = []
    for meta in dirty:
        if len(healed) >= max_tenants:
            break
        if meta["tenant_id"] not in busy and await _heal_one(store, meta, clock, lease_seconds):
            healed.append(meta["tenant_id"])
    return healed


async def _heal_one(store: Store, meta: dict[str, Any], clock: Clock, lease_seconds: float) -> bool:
    now = clock.now()
    claimed = await store[ROLLUPS].update_one(
        {"_id": meta["_id"], "$or": [{"healing_until": None}, {"healing_until": {"$lte": now}}]},
        {"$set": {"healing_until": now + timedelta(seconds=lease_seconds)}},
    )
    if claimed.matched != 1:
        return False  # another process is on it
    try:
        if meta.get("complete") is False:
            await rebuild_rollups(store, meta["tenant_id"], clock)
        else:
            await refresh_hours(store, meta["tenant_id"], [], clock)
    finally:
        with anyio.move_on_after(5, shield=True):
            await store[ROLLUPS].update_one({"_id": meta["_id"]}, {"$set": {"healing_until": None}})
    return True


def rollup_pipeline(tenant_id: str, now: datetime) -> list[dict[str, Any]]:
    start, end = trend_window(now)
    trend_days = sorted({bucket_id(tenant_id, "day", start_of("day", h)) for h in (start, end - HOUR)})
    month = {"$match": {"unit": "month"}}
    return [
        # the tenant's month documents and its meta document: one index range
        {"$match": {"tenant_id": tenant_id, "unit": {"$in": ["month", "meta"]}}},
        {"$facet": {
            "meta": [{"$match": {"unit": "meta"}},
                     {"$project": {"_id": 0, "complete": 1, "pending": 1, "consistent_as_of": 1, "refreshed_at": 1,
                                   "rebuilt_at": 1, "rebuild_started_at": 1}}],
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


async def rollup_stats(store: Store, tenant_id: str, now: datetime, *,
                       allow_stale: bool = False) -> dict[str, Any] | None:
    """The stats answer from rollups by one aggregation, or ``None`` when they cannot be
    trusted for this tenant: the caller then answers from
    :func:`actors.analytics.stats.live_stats`.

    By default "trusted" means consistent (complete, nothing pending). ``allow_stale=True``
    also answers while hours are pending (a job is storing pages, or healing is due), from
    the rollups as they stand; the answer then carries ``rollups`` = :func:`status`, whose
    ``as_of`` says how old the last consistent state is. Never built or being rebuilt:
    always ``None``.
    """
    answer, _ = await rollup_answer(store, tenant_id, now, allow_stale=allow_stale)
    return answer


async def rollup_answer(store: Store, tenant_id: str, now: datetime, *,
                        allow_stale: bool = False) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """:func:`rollup_stats` and :func:`status` from the same single aggregation."""
    result = await store[ROLLUPS].aggregate(rollup_pipeline(tenant_id, now))
    facets = result[0] if result else {}
    meta_status = _status_of(tenant_id, (facets.get("meta") or [{}])[0])
    usable = meta_status["consistent"] or (allow_stale and meta_status["complete"] is True)
    if not usable:
        return None, meta_status
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
    body = shape(tenant_id, tallies, now, "rollups")
    if allow_stale:
        body["rollups"] = meta_status
    return body, meta_status
