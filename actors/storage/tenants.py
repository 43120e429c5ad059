"""The tenant registry (``tenants``): a tenant exists once an operator registered it.

Ingestion, the scheduler and key creation all start from this list, so an invented tenant
id cannot queue jobs on the shared provider budget: ``POST /ingest/run`` for a tenant that
is not here is ``404``. Registering is one upsert with ``$setOnInsert``: doing it twice, or
from two processes at once, leaves one document with its first ``created_at``.

One document per tenant::

    _id                     the tenant id
    created_at              when it was registered
    sync_interval_seconds   the scheduler's per-tenant interval (None: the global setting)
"""

from __future__ import annotations

from pymongo.errors import DuplicateKeyError

from actors.rules.clock import utcnow
from actors.storage.schema import TENANTS
from actors.storage.store import Store


async def register(store: Store, tenant_id: str) -> bool:
    """Make sure the tenant exists; True when this call created it."""
    try:
        result = await store[TENANTS].update_one(
            {"_id": tenant_id},
            {"$setOnInsert": {"created_at": utcnow(), "sync_interval_seconds": None}},
            upsert=True,
        )
    except DuplicateKeyError:  # two upserts at the same instant: the other one inserted it
        return False
    return result.upserted == 1


async def set_sync_interval(store: Store, tenant_id: str, seconds: int | None) -> bool:
    """Set the tenant's scheduler interval (None: back to the global setting; 0: never
    scheduled); False when the tenant is not registered. The scheduler reads it each pass."""
    result = await store[TENANTS].update_one({"_id": tenant_id}, {"$set": {"sync_interval_seconds": seconds}})
    return result.matched == 1


async def exists(store: Store, tenant_id: str) -> bool:
    return await store[TENANTS].find_one({"_id": tenant_id}, {"_id": 1}) is not None


async def get(store: Store, tenant_id: str) -> dict | None:
    doc = await store[TENANTS].find_one({"_id": tenant_id})
    return _view(doc) if doc is not None else None


async def listing(store: Store, limit: int = 1000) -> list[dict]:
    docs = await store[TENANTS].find({}, sort=[("_id", 1)], limit=limit)
    return [_view(doc) for doc in docs]


def _view(doc: dict) -> dict:
    return {"tenant_id": doc["_id"], "created_at": doc.get("created_at"),
            "sync_interval_seconds": doc.get("sync_interval_seconds")}
