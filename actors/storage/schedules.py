"""The sync schedule in MongoDB: one entry per registered tenant, claimed atomically.

Several app processes each run a scheduler, and a tenant must still sync once per interval,
not once per process. So the schedule is not in memory: ``sync_schedule`` holds one entry
per tenant with its ``next_run_at``, and a scheduler starts a run only after ONE
``find_one_and_update`` whose filter matches a *due* entry moved that entry's
``next_run_at`` forward (a lease). A second scheduler running the same query at the same
instant finds nothing due: there is no read-then-write to race.

Entry fields::

    _id                     tenant id
    base_interval_seconds   the tenant's interval (its override, or the global setting)
    interval_seconds        the interval in force: the base, doubled per failure up to a cap
    next_run_at             when the next run is due (a lease while a scheduler holds it)
    consecutive_failures    failed scheduled runs in a row (0 after a success)
    pending_job_id          the scheduled job not yet settled (its outcome unread)
    last_scheduled_job_id   the latest job the scheduler started
    last_started_at         when it started
    last_outcome            why the last scheduled run ended: {job_id, status, error, finished_at}
    last_skip               the last due run skipped because a job held the tenant: {at, job_id}
    claim_id, claimed_by, claimed_at   who holds the entry's lease

The policy (how long an interval is, jitter, backoff) is the scheduler actor's; this module
only stores and claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pymongo import ASCENDING as ASC, IndexModel
from pymongo.errors import DuplicateKeyError

from actors.storage.schema import JOBS
from actors.storage.store import Store

SCHEDULE = "sync_schedule"
#: registered tenants, one document each: ``{_id, created_at, sync_interval_seconds: int | None}``
TENANTS = "tenants"

INDEXES = [
    # the claim: due entries whose last scheduled job has been settled, soonest first
    IndexModel([("pending_job_id", ASC), ("next_run_at", ASC)], name="due"),
]

#: what ``status`` answers for a tenant the scheduler does not know (yet)
NOT_SCHEDULED = {"next_run_at": None, "interval_seconds": None, "last_scheduled_job_id": None,
                 "last_outcome": None, "consecutive_failures": 0}


async def ensure_indexes(store: Store) -> None:
    await store[SCHEDULE].create_indexes(INDEXES)


async def registered(store: Store) -> dict[str, object]:
    """Every registered tenant with its interval override (None: the global interval)."""
    docs = await store[TENANTS].find({}, {"_id": 1, "sync_interval_seconds": 1})
    return {doc["_id"]: doc.get("sync_interval_seconds") for doc in docs if isinstance(doc.get("_id"), str)}


async def entries(store: Store) -> dict[str, dict]:
    """The schedule as it stands, without outcomes: ``{tenant_id: entry}``."""
    docs = await store[SCHEDULE].find({}, {"_id": 1, "base_interval_seconds": 1, "next_run_at": 1})
    return {doc["_id"]: doc for doc in docs}


async def add(store: Store, tenant_id: str, next_run_at: datetime, interval_seconds: float, now: datetime) -> bool:
    """Enrol a tenant; False when it already had an entry (another scheduler was first).

    ``$setOnInsert`` with an upsert: an existing entry is left exactly as it is.
    """
    fields = {"base_interval_seconds": interval_seconds, "interval_seconds": interval_seconds,
              "next_run_at": next_run_at, "consecutive_failures": 0, "pending_job_id": None,
              "last_scheduled_job_id": None, "last_started_at": None, "last_outcome": None, "last_skip": None,
              "claim_id": None, "created_at": now}
    try:
        result = await store[SCHEDULE].update_one({"_id": tenant_id}, {"$setOnInsert": fields}, upsert=True)
    except DuplicateKeyError:  # two upserts at once: the other one inserted it
        return False
    return result.upserted == 1


async def retime(store: Store, tenant_id: str, interval_seconds: float, next_run_at: datetime) -> bool:
    """The tenant's interval changed: take the new one, and its next run no later than ``next_run_at``."""
    result = await store[SCHEDULE].update_one(
        {"_id": tenant_id, "base_interval_seconds": {"$ne": interval_seconds}},
        {"$set": {"base_interval_seconds": interval_seconds, "interval_seconds": interval_seconds},
         "$min": {"next_run_at": next_run_at}},
    )
    return result.matched == 1


async def remove(store: Store, tenant_ids: Iterable[str]) -> int:
    """Drop the entries of tenants that are gone or turned off."""
    ids = list(tenant_ids)
    return await store[SCHEDULE].delete_many({"_id": {"$in": ids}}) if ids else 0


async def claim_due(store: Store, now: datetime, lease_until: datetime, claim_id: str, owner: str) -> dict | None:
    """Take the soonest due entry, or None when nothing is due.

    The one atomic step that makes a run happen once across processes: the filter matches
    only an entry due now with no unsettled job, and the update moves it to ``lease_until``
    so nobody else matches it. If the claimer dies, the entry is due again after the lease.
    """
    return await store[SCHEDULE].find_one_and_update(
        {"next_run_at": {"$lte": now}, "pending_job_id": None},
        {"$set": {"next_run_at": lease_until, "claim_id": claim_id, "claimed_by": owner, "claimed_at": now}},
        sort=[("next_run_at", ASC)],
    )


async def reschedule(store: Store, tenant_id: str, claim_id: str, next_run_at: datetime, **fields: object) -> bool:
    """End our claim: set the next run (and what happened); a no-op if the claim was lost."""
    result = await store[SCHEDULE].update_one(
        {"_id": tenant_id, "claim_id": claim_id},
        {"$set": {"next_run_at": next_run_at, "claim_id": None, **fields}},
    )
    return result.matched == 1


async def pending(store: Store) -> list[dict]:
    """Entries whose scheduled job's outcome is not read yet."""
    return await store[SCHEDULE].find({"pending_job_id": {"$ne": None}})


async def jobs(store: Store, job_ids: Iterable[str]) -> dict[str, dict]:
    """The ``ingestion_logs`` documents of these jobs, by id."""
    ids = list(job_ids)
    if not ids:
        return {}
    docs = await store[JOBS].find({"job_id": {"$in": ids}},
                                  {"_id": 0, "job_id": 1, "status": 1, "error": 1, "started_at": 1, "finished_at": 1})
    return {doc["job_id"]: doc for doc in docs}


async def settle(store: Store, tenant_id: str, job_id: str, outcome: dict, **fields: object) -> bool:
    """Record how the pending job ended; only one settler wins (the filter names the job)."""
    result = await store[SCHEDULE].update_one(
        {"_id": tenant_id, "pending_job_id": job_id},
        {"$set": {"pending_job_id": None, "last_outcome": outcome, **fields}},
    )
    return result.matched == 1


async def status(store: Store, tenant_id: str) -> dict:
    """The tenant's schedule for ``/ingest/status``.

    ``{"next_run_at", "interval_seconds", "last_scheduled_job_id", "last_outcome",
    "consecutive_failures"}``; ``last_outcome`` is ``{"job_id", "status", "error",
    "finished_at"}`` (status ``not_started`` when the scheduler could not start it) or None.
    All None (and 0 failures) for a tenant that is not scheduled.
    """
    doc = await store[SCHEDULE].find_one({"_id": tenant_id})
    if doc is None:
        return dict(NOT_SCHEDULED)
    return {key: doc.get(key, default) for key, default in NOT_SCHEDULED.items()}
