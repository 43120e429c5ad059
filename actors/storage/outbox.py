"""The durable alert outbox (``notifications``).

The ingester never calls ``/notify``: it inserts one document per alert, keyed by an
idempotency key (tenant, ticket, trigger), with ``$setOnInsert`` so a re-run never queues
the same alert twice. The notifier claims due entries with a lease (an atomic
``find_one_and_update``), so two processes never send the same entry at once, and an entry
whose sender died is simply claimed again once its lease runs out. The key travels as the
``Idempotency-Key`` header, so a retry after an unknown outcome cannot alert twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pymongo import UpdateOne

from actors.rules.clock import utcnow
from actors.storage.schema import NOTIFICATIONS
from actors.storage.store import Store

STATUSES = ("pending", "sent", "dead")


def alert_key(tenant_id: str, ticket_id: str, trigger: str) -> str:
    return f"{tenant_id}:{ticket_id}:{trigger}"


def alert_upsert(tenant_id: str, ticket_id: str, trigger: str, urgency: str, subject: str, job_id: str,
                 now: datetime) -> UpdateOne:
    key = alert_key(tenant_id, ticket_id, trigger)
    return UpdateOne(
        {"_id": key},
        {"$setOnInsert": {
            "key": key, "tenant_id": tenant_id, "ticket_id": ticket_id, "urgency": urgency, "reason": trigger,
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


async def claim(store: Store, owner: str, lease_seconds: float) -> dict | None:
    """Atomically take the oldest due entry for ``lease_seconds``; None when nothing is due."""
    now = utcnow()
    return await store[NOTIFICATIONS].find_one_and_update(
        {"status": "pending", "next_attempt_at": {"$lte": now},
         "$or": [{"lease_until": None}, {"lease_until": {"$lte": now}}]},
        {"$set": {"lease_until": now + timedelta(seconds=lease_seconds), "lease_owner": owner},
         "$inc": {"attempts": 1}},
        sort=[("next_attempt_at", 1)],
    )


async def mark_sent(store: Store, key: str, owner: str) -> None:
    await store[NOTIFICATIONS].update_one(
        {"_id": key, "lease_owner": owner},
        {"$set": {"status": "sent", "sent_at": utcnow(), "lease_until": None, "last_error": None}},
    )


async def reschedule(store: Store, key: str, owner: str, delay_seconds: float, error: str, dead: bool) -> None:
    now = utcnow()
    update: dict[str, Any] = {"lease_until": None, "last_error": error[:300]}
    if dead:
        update.update(status="dead", died_at=now)
    else:
        update["next_attempt_at"] = now + timedelta(seconds=delay_seconds)
    await store[NOTIFICATIONS].update_one({"_id": key, "lease_owner": owner}, {"$set": update})


async def release_unsent(store: Store, key: str, owner: str) -> None:
    """Give back a claimed entry we did not try (breaker open): no attempt is used up."""
    await store[NOTIFICATIONS].update_one(
        {"_id": key, "lease_owner": owner}, {"$set": {"lease_until": None}, "$inc": {"attempts": -1}}
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
