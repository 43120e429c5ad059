"""Tenant locks as MongoDB atomic operations (no lock library).

Taking a lock is ONE ``find_one_and_update(..., upsert=True)`` whose filter matches only a
free or expired lock document. When the lock is held, the filter matches nothing, the
upsert tries to insert a second document with the same ``_id`` and the server refuses with
a duplicate-key error: that error *is* the answer "held". There is no read-then-write, so
two processes (or two requests) can never both win.

Refresh and release filter on ``job_id`` too, so a job only ever extends or frees its own
lock: once another job has taken over an expired lock, the old one is fenced out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pymongo.errors import DuplicateKeyError

from actors.rules.clock import utcnow
from actors.storage.schema import LOCKS
from actors.storage.store import Store

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class LockHeld(Exception):
    def __init__(self, tenant_id: str, job_id: str | None) -> None:
        super().__init__(f"tenant {tenant_id} is locked by job {job_id}")
        self.tenant_id = tenant_id
        self.job_id = job_id


@dataclass(frozen=True)
class Acquired:
    expires_at: datetime
    #: the job that held the lock before it expired (its process presumably died)
    previous_job_id: str | None


async def acquire(store: Store, tenant_id: str, job_id: str, owner: str, ttl_seconds: float,
                  now: datetime | None = None) -> Acquired:
    now = now or utcnow()
    expires = now + timedelta(seconds=ttl_seconds)
    try:
        before = await store[LOCKS].find_one_and_update(
            {"_id": tenant_id, "expires_at": {"$lte": now}},
            {"$set": {"job_id": job_id, "owner": owner, "acquired_at": now, "refreshed_at": now, "expires_at": expires}},
            upsert=True,
            after=False,
        )
    except DuplicateKeyError:
        holder = await store[LOCKS].find_one({"_id": tenant_id}, {"job_id": 1})
        raise LockHeld(tenant_id, holder.get("job_id") if holder else None) from None
    return Acquired(expires, (before or {}).get("job_id"))


async def refresh(store: Store, tenant_id: str, job_id: str, ttl_seconds: float, now: datetime | None = None) -> bool:
    """Extend our lock; False means another job owns it now (we were fenced out)."""
    now = now or utcnow()
    result = await store[LOCKS].update_one(
        {"_id": tenant_id, "job_id": job_id},
        {"$set": {"expires_at": now + timedelta(seconds=ttl_seconds), "refreshed_at": now}},
    )
    return result.matched == 1


async def release(store: Store, tenant_id: str, job_id: str, now: datetime | None = None) -> bool:
    """Free the lock only if it is still ours."""
    now = now or utcnow()
    result = await store[LOCKS].update_one(
        {"_id": tenant_id, "job_id": job_id},
        {"$set": {"job_id": None, "owner": None, "expires_at": EPOCH, "released_at": now}},
    )
    return result.matched == 1


async def current(store: Store, tenant_id: str, now: datetime | None = None) -> dict | None:
    """The live lock of ``tenant_id``, or None when it is free or expired."""
    doc = await store[LOCKS].find_one({"_id": tenant_id, "expires_at": {"$gt": now or utcnow()}, "job_id": {"$ne": None}})
    return doc


def is_live(lock: dict | None, now: datetime) -> bool:
    """Whether this lock document (as read) still holds its tenant at ``now``."""
    return bool(lock) and lock.get("job_id") is not None and lock["expires_at"] > now


async def live_tenants(store: Store, tenants: list[str], now: datetime | None = None) -> set[str]:
    """Which of these tenants a job holds right now (one query)."""
    docs = await store[LOCKS].find({"_id": {"$in": tenants}, "expires_at": {"$gt": now or utcnow()},
                                    "job_id": {"$ne": None}}, {"_id": 1})
    return {doc["_id"] for doc in docs}


async def known_tenants(store: Store, limit: int = 10_000) -> list[str]:
    """Every tenant that ever took a lock (one small document each)."""
    return [doc["_id"] for doc in await store[LOCKS].find({}, {"_id": 1}, limit=limit)]


async def count_held(store: Store) -> int:
    """Live locks across every tenant and process: the number of jobs running now.

    ``POST /ingest/run`` compares it with ``MAX_RUNNING_JOBS``. Locks, not job documents,
    because a lock that is not refreshed expires on its own: a dead process's jobs stop
    counting after ``LOCK_TTL_SECONDS`` without anyone cleaning up.
    """
    return await store[LOCKS].count_documents({"expires_at": {"$gt": utcnow()}, "job_id": {"$ne": None}})
