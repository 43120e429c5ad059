"""One page of one job: validate, keep the tenant's own, classify, diff, write.

Round trips per page are constant, whatever the page size: one read of the stored
versions of the page's ids, one ``bulk_write`` of new and changed tickets, one of their
history, one of new alerts, one rollup refresh. A ticket is rewritten only when the
provider's ``updated_at`` is newer, or when our classifier version changed.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from pymongo import InsertOne, UpdateOne

from actors.storage import outbox
from actors.storage.job_log import JobMetrics
from actors.rules.clock import utcnow
from actors.storage.schema import HISTORY, INVALID, TICKETS
from actors.storage.store import Store
from actors.rules.clock import to_millis
from actors.rules.provider_ticket import ProviderTicket, diff, label_fields, provider_fields, validate

#: fields read back from stored tickets to decide what changed
STORED_PROJECTION = {"_id": 0, "external_id": 1, "deleted_at": 1, "source": 1, "customer_id": 1, "subject": 1,
                     "message": 1, "status": 1, "created_at": 1, "updated_at": 1, "urgency": 1, "sentiment": 1,
                     "requires_action": 1, "reasons": 1, "keywords": 1, "classifier_version": 1}

#: called with the hour buckets a write touched, so analytics rollups stay current
RollupRefresh = Callable[[Store, str, Iterable[datetime]], Awaitable[Any]]


@dataclass
class PageOutcome:
    seen_ids: list[str] = field(default_factory=list)
    alerts_queued: int = 0
    #: hour buckets (of created_at) whose rollups this page made stale
    touched_hours: set[datetime] = field(default_factory=set)


def hour_of(value: datetime) -> datetime:
    return value.replace(minute=0, second=0, microsecond=0)


async def process_page(
    store: Store, tenant_id: str, job_id: str, raw_tickets: list[Any], classifier: Any, metrics: JobMetrics,
    refresh_rollups: RollupRefresh | None = None,
) -> PageOutcome:
    outcome = PageOutcome()
    now = utcnow()
    metrics.fetched += len(raw_tickets)

    # 1. validate; a malformed ticket is kept aside with its reason, never fatal
    valid: dict[str, ProviderTicket] = {}
    invalid_docs = []
    for raw in raw_tickets:
        ticket, reason = validate(raw)
        if ticket is None:
            metrics.invalid += 1
            invalid_docs.append(InsertOne({"tenant_id": tenant_id, "job_id": job_id, "reason": reason,
                                           "raw": repr(raw)[:2000], "seen_at": now}))
            continue
        if ticket.tenant_id != tenant_id:
            metrics.other_tenant += 1  # the provider may return every tenant's tickets
            continue
        seen = valid.get(ticket.id)
        if seen is None or ticket.updated_at > seen.updated_at:
            valid[ticket.id] = ticket
    if invalid_docs:
        await store[INVALID].bulk_write(invalid_docs)
    outcome.seen_ids = list(valid)
    if not valid:
        return outcome

    # 2. the stored versions of this page's ids, in one query
    started = time.perf_counter()
    stored = {
        doc["external_id"]: doc
        for doc in await store[TICKETS].find({"tenant_id": tenant_id, "external_id": {"$in": list(valid)}}, STORED_PROJECTION)
    }
    writes: list[UpdateOne | InsertOne] = []
    history: list[InsertOne] = []
    alerts: list[UpdateOne] = []
    touched_hours: set[datetime] = set()
    classify_seconds = 0.0
    version = classifier.version

    for ticket_id, ticket in valid.items():
        old = stored.get(ticket_id)
        fields = provider_fields(ticket)
        if old is not None:
            newer = ticket.updated_at > _millis(old.get("updated_at"))
            restored = old.get("deleted_at") is not None
            stale_labels = old.get("classifier_version") != version
            if not (newer or restored or stale_labels):
                metrics.unchanged += 1
                continue
        c0 = time.perf_counter()
        labels_obj = classifier.classify(ticket.subject, ticket.message)
        classify_seconds += time.perf_counter() - c0
        labels = label_fields(labels_obj, version)
        metrics.count_labels(labels["urgency"], labels["sentiment"], labels["requires_action"])
        key = {"tenant_id": tenant_id, "external_id": ticket_id}
        if old is None:
            # a plain insert: we just read that it is not stored, and the tenant lock keeps
            # other writers out (an upsert costs the embedded server twice as much)
            writes.append(InsertOne({**key, **fields, **labels, "deleted_at": None, "last_job_id": job_id,
                                     "ingested_at": now, "changed_at": now}))
            history.append(InsertOne({**key, "ticket_id": ticket_id, "changed_at": now, "action": "created",
                                      "changes": {}, "job_id": job_id}))
            metrics.new += 1
            became_high = labels["urgency"] == "high"
        else:
            changes = diff(old, {**fields, **labels})
            if old.get("deleted_at") is not None:
                action = "restored"
                changes["deleted_at"] = {"old": old["deleted_at"], "new": None}
                metrics.restored += 1
            elif ticket.updated_at > _millis(old.get("updated_at")):
                action = "updated"
                metrics.updated += 1
            else:
                action = "reclassified"
                metrics.reclassified += 1
            writes.append(UpdateOne(key, {"$set": {**fields, **labels, "deleted_at": None, "last_job_id": job_id,
                                                   "changed_at": now}}))
            history.append(InsertOne({**key, "ticket_id": ticket_id, "changed_at": now, "action": action,
                                      "changes": changes, "job_id": job_id}))
            became_high = labels["urgency"] == "high" and old.get("urgency") != "high"
            touched_hours.add(hour_of(_millis(old["created_at"])))
        touched_hours.add(hour_of(ticket.created_at))
        if became_high:
            trigger = labels_obj.alert_trigger or "high_urgency"
            alerts.append(outbox.alert_upsert(tenant_id, ticket_id, trigger, labels["urgency"], ticket.subject, job_id, now))
    metrics.classify_seconds += classify_seconds

    if writes:
        await store[TICKETS].bulk_write(writes, ordered=False)
    if history:
        await store[HISTORY].bulk_write(history, ordered=False)
    if alerts:
        queued = await outbox.enqueue(store, alerts)
        metrics.notifications_queued += queued
        outcome.alerts_queued = queued
    outcome.touched_hours = touched_hours
    if touched_hours and refresh_rollups is not None:
        await refresh_rollups(store, tenant_id, touched_hours)
    metrics.write_seconds += time.perf_counter() - started - classify_seconds
    return outcome


async def soft_delete_missing(
    store: Store, tenant_id: str, job_id: str, seen: set[str], metrics: JobMetrics,
    refresh_rollups: RollupRefresh | None = None, batch: int = 1000,
) -> int:
    """After a complete run: tickets the provider no longer has get ``deleted_at``."""
    live = await store[TICKETS].find({"tenant_id": tenant_id, "deleted_at": None}, {"_id": 0, "external_id": 1, "created_at": 1})
    gone = [doc for doc in live if doc["external_id"] not in seen]
    now = utcnow()
    for start in range(0, len(gone), batch):
        chunk = gone[start:start + batch]
        ids = [doc["external_id"] for doc in chunk]
        await store[TICKETS].update_many(
            {"tenant_id": tenant_id, "external_id": {"$in": ids}, "deleted_at": None},
            {"$set": {"deleted_at": now, "last_job_id": job_id, "changed_at": now}},
        )
        await store[HISTORY].bulk_write([
            InsertOne({"tenant_id": tenant_id, "external_id": i, "ticket_id": i, "changed_at": now, "action": "deleted",
                       "changes": {"deleted_at": {"old": None, "new": now}}, "job_id": job_id})
            for i in ids
        ])
        if refresh_rollups is not None:
            await refresh_rollups(store, tenant_id, {hour_of(_millis(doc["created_at"])) for doc in chunk})
    metrics.deleted += len(gone)
    return len(gone)


def _millis(value: datetime | None) -> datetime:
    return to_millis(value) if value is not None else datetime.min.replace(tzinfo=timezone.utc)
