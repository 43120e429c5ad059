"""The writes of one page, and of the end-of-run soft deletions, in an order a crash cannot split.

The decisions are made by the pure ``actors/rules/page_plan.py``; this module reads what it
needs (the stored versions of a page's ids, in one query) and applies a plan. Order of the
writes, each a single ``bulk_write``, and why:

1. rollup hours marked pending (when the caller asks): the ``/stats`` fast path must know it
   is stale *before* the tickets change, or a crash between the two leaves it wrong for good;
2. history, with deterministic ids (``page_plan.history_id``): a crash after this step
   leaves entries whose tickets were not written; the rerun finds the tickets unchanged,
   plans the same changes and writes the same ids again (an insert-once is dropped as a
   duplicate, a replace overwrites), so nothing is doubled and nothing is lost;
3. alerts, upserted by their idempotency key: same argument, a rerun repeats them harmlessly
   (written after the tickets, a crash in between would lose the alert for good: the rerun
   sees the ticket unchanged and never plans it again);
4. tickets: new ones inserted, changed ones updated.

History and tickets go in bulk writes of at most ``WRITE_CHUNK`` documents. The embedded
server runs every operation under one storage-wide lock, and a page's 100 inserts (each
maintaining eight indexes with _id) held it for ~400 ms under load: every read of every tenant
waited behind it. Chunks let reads in between; a crash between two chunks is the case above
(a rerun writes what is missing and drops what landed as a duplicate). The size is a trade:
while the jobs wrote side by side, chunks of 10 served more reads than 25; since the jobs'
operations go one at a time (``background_lane.py``), 25 does (fewer round trips per page,
each waiting its turn behind the readers: ``bench/README.md``).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pymongo import InsertOne, ReplaceOne, UpdateOne
from pymongo.errors import BulkWriteError

from actors.rules.clock import utcnow
from actors.rules.page_plan import (
    HistoryEntry, InvalidTicket, PagePlan, SortedPage, deletion_entry, hour_of, millis_or_min, plan_page, sort_page,
)
from actors.storage import data_versions, outbox
from actors.storage.job_log import JobMetrics
from actors.storage.schema import HISTORY, INVALID, TICKETS
from actors.storage.store import Store

__all__ = ["PageOutcome", "RollupRefresh", "apply_plan", "count_plan", "count_sorted", "hour_of", "live_tickets",
           "process_page", "read_stored", "soft_delete", "soft_delete_missing", "store_invalid", "write_history"]

#: fields read back from stored tickets to decide what changed
STORED_PROJECTION = {"_id": 0, "external_id": 1, "deleted_at": 1, "source": 1, "customer_id": 1, "subject": 1,
                     "message": 1, "status": 1, "created_at": 1, "updated_at": 1, "urgency": 1, "sentiment": 1,
                     "requires_action": 1, "reasons": 1, "keywords": 1, "classifier_version": 1, "changed_at": 1}
#: what a deletion needs of a live ticket: its id, its hour, and the state its history entry starts from
LIVE_PROJECTION = {"_id": 0, "external_id": 1, "created_at": 1, "changed_at": 1, "updated_at": 1,
                   "classifier_version": 1, "deleted_at": 1}
DUPLICATE_KEY = 11000
#: documents per bulk write of a page's tickets or history (see the module docstring)
WRITE_CHUNK = 25

#: called with the hour buckets a write touches: to mark them pending, or to refresh them
RollupRefresh = Callable[[Store, str, Iterable[datetime]], Awaitable[Any]]


async def read_stored(store: Store, tenant_id: str, ids: Iterable[str]) -> dict[str, dict]:
    """The stored versions of these ids, in one query."""
    wanted = list(ids)
    if not wanted:
        return {}
    docs = await store[TICKETS].find({"tenant_id": tenant_id, "external_id": {"$in": wanted}}, STORED_PROJECTION)
    return {doc["external_id"]: doc for doc in docs}


async def store_invalid(store: Store, tenant_id: str, job_id: str, invalid: list[InvalidTicket],
                        now: datetime | None = None) -> None:
    """Keep this tenant's malformed tickets aside, with the reason, for diagnosis."""
    if invalid:
        seen_at = now or utcnow()
        await store[INVALID].bulk_write([InsertOne({"tenant_id": tenant_id, "job_id": job_id, "ticket_id": t.ticket_id,
                                                    "reason": t.reason, "raw": t.raw, "seen_at": seen_at})
                                         for t in invalid])


async def apply_plan(store: Store, tenant_id: str, job_id: str, plan: PagePlan, now: datetime,
                     mark_rollups: RollupRefresh | None = None) -> int:
    """Write a page's plan (order in the module docstring); returns the alerts newly queued."""
    if plan.touched_hours and mark_rollups is not None:
        await mark_rollups(store, tenant_id, plan.touched_hours)
    await write_history(store, plan.history)
    queued = 0
    if plan.alerts:
        queued = await outbox.enqueue(store, [
            outbox.alert_upsert(tenant_id, a.ticket_id, a.trigger, a.urgency, a.subject, job_id, now) for a in plan.alerts
        ])
    writes: list[Any] = [InsertOne(doc) for doc in plan.inserts]
    writes += [UpdateOne(key, {"$set": fields}) for key, fields in plan.updates]
    await _bulk_in_chunks(store, TICKETS, writes)
    await data_versions.bump_after_page(store, tenant_id, plan, now)  # after the writes: web/answer_cache.py
    return queued


async def write_history(store: Store, entries: list[HistoryEntry]) -> None:
    ops = [ReplaceOne({"_id": e.id}, {"_id": e.id, **e.doc}, upsert=True) if e.replace else InsertOne({"_id": e.id, **e.doc})
           for e in entries]
    await _bulk_in_chunks(store, HISTORY, ops)


async def _bulk_in_chunks(store: Store, collection: str, ops: list[Any]) -> None:
    for start in range(0, len(ops), WRITE_CHUNK):
        await _tolerating_duplicates(store[collection].bulk_write(ops[start:start + WRITE_CHUNK], ordered=False))


async def _tolerating_duplicates(write: Awaitable[Any]) -> None:
    """A duplicate key here means a rerun repeating a write that already landed: done already."""
    try:
        await write
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors", [])
        if not errors or any(e.get("code") != DUPLICATE_KEY for e in errors) or exc.details.get("writeConcernErrors"):
            raise


def count_sorted(metrics: JobMetrics, page: SortedPage) -> None:
    metrics.fetched += page.rows
    metrics.invalid += len(page.invalid) + page.unattributed
    metrics.other_tenant += page.other_tenant
    metrics.unattributed += page.unattributed


def count_plan(metrics: JobMetrics, plan: PagePlan, alerts_queued: int) -> None:
    c = plan.counts
    metrics.new += c.new
    metrics.updated += c.updated
    metrics.unchanged += c.unchanged
    metrics.reclassified += c.reclassified
    metrics.restored += c.restored
    for urgency, sentiment, requires_action in c.labels:
        metrics.count_labels(urgency, sentiment, requires_action)
    metrics.notifications_queued += alerts_queued


@dataclass
class PageOutcome:
    seen_ids: list[str] = field(default_factory=list)
    #: ids of malformed tickets on the page (never a reason to delete the stored one)
    invalid_ids: set[str] = field(default_factory=set)
    alerts_queued: int = 0
    #: hour buckets (of created_at) whose rollups this page made stale
    touched_hours: set[datetime] = field(default_factory=set)


async def process_page(
    store: Store, tenant_id: str, job_id: str, raw_tickets: list[Any], classifier: Any, metrics: JobMetrics,
    refresh_rollups: RollupRefresh | None = None, *, mark_rollups: RollupRefresh | None = None,
    now: datetime | None = None,
) -> PageOutcome:
    """Validate, plan and apply one page: the three steps in one call (the ingester calls
    them one by one, to time them; tests and tools call this)."""
    now = now or utcnow()
    page = sort_page(raw_tickets, tenant_id)
    count_sorted(metrics, page)
    await store_invalid(store, tenant_id, job_id, page.invalid, now)
    outcome = PageOutcome(seen_ids=list(page.valid), invalid_ids=page.invalid_ids)
    if not page.valid:
        return outcome
    started = time.perf_counter()
    stored = await read_stored(store, tenant_id, page.valid)
    c0 = time.perf_counter()
    plan = plan_page(tenant_id, job_id, page.valid, stored, classifier, now)
    classify = time.perf_counter() - c0
    outcome.alerts_queued = await apply_plan(store, tenant_id, job_id, plan, now, mark_rollups)
    count_plan(metrics, plan, outcome.alerts_queued)
    outcome.touched_hours = plan.touched_hours
    if plan.touched_hours and refresh_rollups is not None:
        await refresh_rollups(store, tenant_id, plan.touched_hours)
    metrics.classify_seconds += classify
    metrics.write_seconds += time.perf_counter() - started - classify
    return outcome


async def live_tickets(store: Store, tenant_id: str) -> list[dict]:
    """The tenant's stored live tickets, with what a deletion needs of each."""
    return await store[TICKETS].find({"tenant_id": tenant_id, "deleted_at": None}, LIVE_PROJECTION)


async def has_live_tickets(store: Store, tenant_id: str) -> bool:
    """Whether the tenant has any stored live ticket (one index lookup)."""
    return await store[TICKETS].find_one({"tenant_id": tenant_id, "deleted_at": None}, {"_id": 1}) is not None


async def soft_delete(store: Store, tenant_id: str, job_id: str, docs: list[dict], metrics: JobMetrics, *,
                      reason: str = "absent", mark_rollups: RollupRefresh | None = None,
                      refresh_rollups: RollupRefresh | None = None, batch: int = 1000,
                      now: datetime | None = None) -> int:
    """Set ``deleted_at`` on these live tickets: history first (deterministic ids), then the tickets."""
    now = now or utcnow()
    for start in range(0, len(docs), batch):
        chunk = docs[start:start + batch]
        hours = {hour_of(millis_or_min(doc.get("created_at"))) for doc in chunk}
        if mark_rollups is not None:
            await mark_rollups(store, tenant_id, hours)
        await write_history(store, [deletion_entry(tenant_id, job_id, doc, now, reason) for doc in chunk])
        await store[TICKETS].update_many(
            {"tenant_id": tenant_id, "external_id": {"$in": [doc["external_id"] for doc in chunk]}, "deleted_at": None},
            {"$set": {"deleted_at": now, "last_job_id": job_id, "changed_at": now}},
        )
        await data_versions.bump(store, tenant_id, now)  # after the write: web/answer_cache.py
        if refresh_rollups is not None:
            await refresh_rollups(store, tenant_id, hours)
    metrics.deleted += len(docs)
    return len(docs)


async def soft_delete_missing(
    store: Store, tenant_id: str, job_id: str, seen: set[str], metrics: JobMetrics,
    refresh_rollups: RollupRefresh | None = None, batch: int = 1000,
) -> int:
    """Soft-delete every live ticket not in ``seen``: deletion by absence alone.

    Only right when the caller knows its view was complete and consistent (a test, a tool);
    the ingester decides through ``actors/rules/listing.plan_deletions`` instead.
    """
    gone = [doc for doc in await live_tickets(store, tenant_id) if doc["external_id"] not in seen]
    return await soft_delete(store, tenant_id, job_id, gone, metrics, refresh_rollups=refresh_rollups, batch=batch)
