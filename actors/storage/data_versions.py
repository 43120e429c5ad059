"""One small counter per tenant that moves whenever the tenant's answers may have changed.

``data_versions`` holds ``{_id: tenant_id, v: int, alerts: int, at: datetime, epoch: ObjectId}``.
Every write path that changes what ``/tickets`` or ``/stats`` answer (a page's ticket writes,
soft deletions, a rollup refresh or rebuild) calls :func:`bump` *after* its data write: one
atomic ``$inc`` with ``upsert``. An alert that was sent or gave up moves ``alerts`` instead
(:func:`bump_for_alert`): the tenant's alerts have a version of their own, because neither
``/tickets`` nor ``/stats`` shows them, and a notifier delivering a backlog would otherwise
retire every cached answer of the tenant several times a second.

Why after: a reader reads the version first, then the data, and files its answer under
the version it read. If the bump came first, a reader could read the new version, then the
old data, and keep a stale answer under the new version for good. Bumped after, the worst
a reader can do is file *newer* data under the old version, which the bump then retires.
So once a writer's call has returned (its write acknowledged), every reader in every
process that reads the version sees the new number and computes afresh: that is the whole
consistency argument of the web's answer cache and ETags, and it needs no clock.

``epoch`` is drawn when the document is first created: a database that is wiped or restored
starts its counters again at 1, and the epoch keeps those numbers from ever meaning an
answer a process (or a browser's ETag) remembers from before.

``newest`` and ``oldest`` (``$max`` and ``$min`` of the ``created_at`` the pages wrote) are
hints for the ticket listing: where its first window starts, and past which its last window
may be left open. Only ever hints: a listing is right whatever they say (``ticket_queries``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bson import ObjectId

from actors.rules.clock import utcnow
from actors.storage.schema import DATA_VERSIONS
from actors.storage.store import Store

#: the version of a tenant nothing was ever written for (no document yet)
NEVER_WRITTEN = "0"


@dataclass(frozen=True)
class DataVersion:
    #: opaque: equal tokens mean the same tickets and rollups
    token: str
    #: the newest and oldest ``created_at`` any write announced (hints, None when unknown)
    newest: datetime | None = None
    oldest: datetime | None = None


async def bump(store: Store, tenant_id: str, now: datetime | None = None, *, newest: datetime | None = None,
               oldest: datetime | None = None) -> None:
    """Move the tenant's version on; call it after the data write it announces."""
    update: dict[str, Any] = {"$inc": {"v": 1}, "$set": {"at": now or utcnow()}, "$setOnInsert": {"epoch": ObjectId()}}
    if newest is not None:
        update["$max"] = {"newest": newest}
    if oldest is not None:
        update["$min"] = {"oldest": oldest}
    await store[DATA_VERSIONS].update_one({"_id": tenant_id}, update, upsert=True)


def created_range(docs: Iterable[Mapping[str, Any]]) -> tuple[datetime | None, datetime | None]:
    """``(oldest, newest)`` of the documents' ``created_at``."""
    stamps = [doc["created_at"] for doc in docs if isinstance(doc.get("created_at"), datetime)]
    return (min(stamps), max(stamps)) if stamps else (None, None)


async def bump_after_page(store: Store, tenant_id: str, plan: Any, now: datetime | None = None) -> None:
    """:func:`bump` after a page's writes (a ``PagePlan``), if it wrote anything."""
    if plan.inserts or plan.updates or plan.alerts:
        oldest, newest = created_range([*plan.inserts, *(fields for _key, fields in plan.updates)])
        await bump(store, tenant_id, now, newest=newest, oldest=oldest)


def tenant_of_alert(key: str) -> str:
    """The tenant of an outbox key (``tenant:ticket:trigger``; tenant ids never hold ``:``)."""
    return key.split(":", 1)[0]


async def bump_for_alert(store: Store, key: str, now: datetime | None = None) -> None:
    """Move the alerts version of the tenant an alert belongs to (the outbox knows alerts by key)."""
    await store[DATA_VERSIONS].update_one(
        {"_id": tenant_of_alert(key)},
        {"$inc": {"alerts": 1}, "$set": {"alerts_at": now or utcnow()}, "$setOnInsert": {"epoch": ObjectId()}},
        upsert=True,
    )


def _version_of(doc: Mapping[str, Any] | None) -> DataVersion:
    if doc is None:
        return DataVersion(NEVER_WRITTEN)
    newest, oldest = (doc.get(name) for name in ("newest", "oldest"))
    return DataVersion(f"{doc.get('epoch') or ''}.{doc.get('v', 0)}", newest if isinstance(newest, datetime) else None,
                       oldest if isinstance(oldest, datetime) else None)


_FIELDS = {"v": 1, "epoch": 1, "newest": 1, "oldest": 1}


async def current_many(store: Store, tenant_ids: Iterable[str]) -> dict[str, DataVersion]:
    """The versions of several tenants in one query (by primary key)."""
    wanted = sorted(set(tenant_ids))
    docs = await store[DATA_VERSIONS].find({"_id": {"$in": wanted}}, _FIELDS)
    found = {doc["_id"]: doc for doc in docs}
    return {tenant: _version_of(found.get(tenant)) for tenant in wanted}


async def current(store: Store, tenant_id: str) -> DataVersion:
    """The tenant's version. One primary-key lookup: what every cached answer costs."""
    return _version_of(await store[DATA_VERSIONS].find_one({"_id": tenant_id}, _FIELDS))
