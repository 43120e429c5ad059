"""The durable alert outbox (``notifications``).

The ingester never calls ``/notify``: it inserts one document per alert, keyed by an
idempotency key (tenant, ticket, trigger), with ``$setOnInsert`` so a re-run never queues
the same alert twice. The notifier claims due entries with a lease (an atomic
``find_one_and_update``), so two processes never send the same entry at once, and an entry
whose sender died is simply claimed again once its lease runs out. The key travels as the
``Idempotency-Key`` header, so a retry after an unknown outcome cannot alert twice.

Each entry carries its ``severity`` (and ``priority``, its rank for sorting) so the
notifier's schedule can send legal, security/privacy and outage alerts first; entries
queued before that field existed get the same default from their urgency and reason
(``alert_schedule.priority``). ``wait_seconds`` records how long a sent alert waited.

Time is a parameter: every function that reads the clock takes ``now`` (default: the
wall clock), so leases and due times are tested with a fake clock instead of sleeps.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pymongo import UpdateOne

from actors.rules.alert_schedule import priority, severity_name
from actors.rules.clock import utcnow
from actors.storage import data_versions
from actors.storage.schema import NOTIFICATIONS
from actors.storage.store import Store

STATUSES = ("pending", "sent", "dead")


def alert_key(tenant_id: str, ticket_id: str, trigger: str) -> str:
    return f"{tenant_id}:{ticket_id}:{trigger}"


def alert_upsert(tenant_id: str, ticket_id: str, trigger: str, urgency: str, subject: str, job_id: str,
                 now: datetime) -> UpdateOne:
    key = alert_key(tenant_id, ticket_id, trigger)
    rank = priority(trigger, urgency)
    return UpdateOne(
        {"_id": key},
        {"$setOnInsert": {
            "key": key, "tenant_id": tenant_id, "ticket_id": ticket_id, "urgency": urgency, "reason": trigger,
            "severity": severity_name(rank), "priority": rank,
            "subject": subject[:200], "job_id": job_id, "status": "pending", "attempts": 0,
            "next_attempt_at": now, "lease_until": None, "lease_owner": None,
            "created_at": now, "sent_at": None, "last_error": None,
        }},
        upsert=True,
    )


async def enqueue(store: Store, requests: list[UpdateOne]) -> int:
    """Queue alerts; returns how many were new (an existing key is left untouched)."""
    if not requests:
        return 0
    result = await store[NOTIFICATIONS].bulk_write(requests, ordered=False)
    return result.upserted


def _claimable(now: datetime) -> dict[str, Any]:
    return {"status": "pending", "next_attempt_at": {"$lte": now},
            "$or": [{"lease_until": None}, {"lease_until": {"$lte": now}}]}


def _lease(owner: str, lease_seconds: float, now: datetime) -> dict[str, Any]:
    return {"$set": {"lease_until": now + timedelta(seconds=lease_seconds), "lease_owner": owner},
            "$inc": {"attempts": 1}}


async def claim(store: Store, owner: str, lease_seconds: float, now: datetime | None = None) -> dict | None:
    """Atomically take the oldest due entry for ``lease_seconds``; None when nothing is due."""
    now = now or utcnow()
    return await store[NOTIFICATIONS].find_one_and_update(
        _claimable(now), _lease(owner, lease_seconds, now), sort=[("next_attempt_at", 1)])


async def claim_key(store: Store, key: str, owner: str, lease_seconds: float, now: datetime | None = None) -> dict | None:
    """Atomically take this entry if it is still due and free (another process may have won it)."""
    now = now or utcnow()
    return await store[NOTIFICATIONS].find_one_and_update(
        {"_id": key, **_claimable(now)}, _lease(owner, lease_seconds, now))


#: what the schedule reads of a candidate
_CANDIDATE_FIELDS = {"_id": 1, "attempts": 1, "priority": 1, "urgency": 1, "reason": 1, "created_at": 1,
                     "next_attempt_at": 1}


async def candidates(store: Store, now: datetime, *, horizon_seconds: float, limit: int,
                     likely_attempts: list[int] | None = None, cap: int = 8) -> list[dict]:
    """Free pending entries due within ``horizon_seconds``: the most severe ``limit``, and the
    ``limit`` most likely to succeed (attempt counts in ``likely_attempts``, where ``cap`` and
    above share the last value; the most attempted when None), without repeats.

    Two bounded reads rather than the whole backlog: a schedule needs the head of each order.
    Entries without ``priority`` (queued before it existed) sort first here; the schedule
    ranks them by their urgency and reason.
    """
    base = {"status": "pending", "next_attempt_at": {"$lte": now + timedelta(seconds=horizon_seconds)},
            "$or": [{"lease_until": None}, {"lease_until": {"$lte": now}}]}
    coll = store[NOTIFICATIONS]
    severe = await coll.find(base, _CANDIDATE_FIELDS, sort=[("priority", 1), ("attempts", -1), ("created_at", 1)],
                             limit=limit)
    if not severe:
        return []  # the second read has the same filter (or a narrower one)
    if likely_attempts is None:
        likely = await coll.find(base, _CANDIDATE_FIELDS, sort=[("attempts", -1), ("priority", 1), ("created_at", 1)],
                                 limit=limit)
    elif likely_attempts:
        likely = await coll.find({**base, **_attempts_filter(likely_attempts, cap)}, _CANDIDATE_FIELDS,
                                 sort=[("priority", 1), ("created_at", 1)], limit=limit)
    else:
        likely = []
    merged = {doc["_id"]: doc for doc in likely}
    merged.update((doc["_id"], doc) for doc in severe)
    return list(merged.values())


def _attempts_filter(likely: list[int], cap: int) -> dict[str, Any]:
    """Attempt counts in ``likely``, where ``cap`` stands for "``cap`` or more" (the model's last cell)."""
    condition: dict[str, Any] = {}
    unlikely = [n for n in range(cap) if n not in likely]
    if unlikely:
        condition["$nin"] = unlikely
    if cap not in likely:
        condition["$lt"] = cap
    return {"attempts": condition} if condition else {}


async def mark_sent(store: Store, key: str, owner: str, now: datetime | None = None,
                    wait_seconds: float | None = None) -> None:
    """Sent: ``wait_seconds`` is how long the alert waited from queued to accepted."""
    await store[NOTIFICATIONS].update_one(
        {"_id": key, "lease_owner": owner},
        {"$set": {"status": "sent", "sent_at": now or utcnow(), "lease_until": None, "last_error": None,
                  "wait_seconds": wait_seconds}},
    )
    await data_versions.bump_for_alert(store, key, now)  # the alerts version, after the change


async def reschedule(store: Store, key: str, owner: str, delay_seconds: float, error: str, dead: bool,
                     now: datetime | None = None) -> None:
    now = now or utcnow()
    update: dict[str, Any] = {"lease_until": None, "last_error": error[:300]}
    if dead:
        update.update(status="dead", died_at=now)
    else:
        update["next_attempt_at"] = now + timedelta(seconds=delay_seconds)
    await store[NOTIFICATIONS].update_one({"_id": key, "lease_owner": owner}, {"$set": update})
    if dead:
        await data_versions.bump_for_alert(store, key, now)  # the alerts version, after the change


async def release_unsent(store: Store, key: str, owner: str, not_before: datetime | None = None) -> None:
    """Give back a claimed entry the provider did not process (breaker open, ``429``): no
    attempt is used up; ``not_before`` keeps it from coming due sooner (a ``Retry-After``)."""
    update: dict[str, Any] = {"lease_until": None}
    if not_before is not None:
        update["next_attempt_at"] = not_before
    await store[NOTIFICATIONS].update_one(
        {"_id": key, "lease_owner": owner}, {"$set": update, "$inc": {"attempts": -1}}
    )


async def list_for_tenant(store: Store, tenant_id: str, status: str | None, limit: int = 100) -> list[dict]:
    query: dict[str, Any] = {"tenant_id": tenant_id}
    if status:
        query["status"] = status
    return await store[NOTIFICATIONS].find(query, {"lease_owner": 0}, sort=[("created_at", -1)], limit=limit)


async def depth_by_status(store: Store) -> dict[str, int]:
    rows = await store[NOTIFICATIONS].aggregate([{"$group": {"_id": "$status", "n": {"$sum": 1}}}])
    counts = {status: 0 for status in STATUSES}
    counts.update({row["_id"]: row["n"] for row in rows if row["_id"] in counts})
    return counts
