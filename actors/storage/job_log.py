"""Ingestion jobs in ``ingestion_logs``: one document is a job's progress and audit record.

Because the document lives in MongoDB, progress and cancel requests work from any app
process: ``DELETE`` in process B sets ``cancel_requested`` and the ingester in process A
sees it within a fraction of a second (the ingester polls the flag while it works).
"""

from __future__ import annotations

import socket
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime

from actors.rules.clock import utcnow
from actors.storage.schema import JOBS
from actors.storage.store import Store

FINAL = ("completed", "failed", "cancelled", "abandoned")


def process_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class JobMetrics:
    """What one run did; every field is a count unless it says seconds."""

    pages: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reclassified: int = 0
    restored: int = 0
    deleted: int = 0
    #: of ``deleted``: named in the provider's deleted list / confirmed gone (404) one by one /
    #: missing from a walk whose view did not move
    deleted_by_list: int = 0
    deleted_verified: int = 0
    deleted_by_absence: int = 0
    #: stored tickets missing from the walk that the provider says still exist (offset paging
    #: shifted them past us), and missing ones left undecided for the next run
    verified_live: int = 0
    deletions_deferred: int = 0
    #: malformed tickets that are (or may be) this tenant's; of them, ``unattributed`` name no tenant
    invalid: int = 0
    unattributed: int = 0
    other_tenant: int = 0
    notifications_queued: int = 0
    upstream_calls: int = 0
    retries: int = 0
    rate_limited: int = 0
    rate_limit_wait_seconds: float = 0.0
    fetch_seconds: float = 0.0
    classify_seconds: float = 0.0
    write_seconds: float = 0.0
    #: refreshing the stats rollups of the pages stored (batched), and settling deletions
    rollup_seconds: float = 0.0
    deletion_seconds: float = 0.0
    #: tickets (re)classified this run, by label: urgency_high, sentiment_negative, requires_action...
    labels: dict[str, int] = field(default_factory=dict)

    def count_labels(self, urgency: str, sentiment: str, requires_action: bool) -> None:
        for key in (f"urgency_{urgency}", f"sentiment_{sentiment}") + (("requires_action",) if requires_action else ()):
            self.labels[key] = self.labels.get(key, 0) + 1

    def as_dict(self) -> dict:
        d = asdict(self)
        for key in ("rate_limit_wait_seconds", "fetch_seconds", "classify_seconds", "write_seconds", "rollup_seconds",
                    "deletion_seconds"):
            d[key] = round(d[key], 3)
        return d


def new_job_document(job_id: str, tenant_id: str, owner: str, classifier_version: str,
                     now: datetime | None = None) -> dict:
    return {
        "job_id": job_id,
        "tenant_id": tenant_id,
        "status": "running",
        "owner": owner,
        "started_at": now or utcnow(),
        "finished_at": None,
        "duration_seconds": None,
        "progress": 0,
        "total_pages": None,
        "processed_pages": 0,
        "cancel_requested": False,
        "classifier_version": classifier_version,
        "metrics": JobMetrics().as_dict(),
        "error": None,
    }


async def create(store: Store, doc: dict) -> None:
    await store[JOBS].insert_one(dict(doc))


async def get(store: Store, job_id: str, tenant_id: str | None = None) -> dict | None:
    """The job; with ``tenant_id``, only if it is that tenant's (the filter is in the query)."""
    return await store[JOBS].find_one(_by_id(job_id, tenant_id), {"_id": 0})


def _by_id(job_id: str, tenant_id: str | None) -> dict:
    return {"job_id": job_id} if tenant_id is None else {"job_id": job_id, "tenant_id": tenant_id}


async def newest(store: Store, tenant_id: str, limit: int = 50) -> list[dict]:
    return await store[JOBS].find({"tenant_id": tenant_id}, {"_id": 0}, sort=[("started_at", -1)], limit=limit)


async def cancel_flags(store: Store, job_ids: list[str]) -> tuple[set[str], set[str]]:
    """``(asked, over)``: which of these jobs have been asked to stop, and which are no longer
    running (or unknown); one query for all of them."""
    docs = await store[JOBS].find({"job_id": {"$in": job_ids}}, {"_id": 0, "job_id": 1, "status": 1,
                                                                 "cancel_requested": 1})
    asked = {doc["job_id"] for doc in docs if doc.get("cancel_requested")}
    running = {doc["job_id"] for doc in docs if doc.get("status") == "running"}
    return asked, set(job_ids) - running - asked


async def request_cancel(store: Store, job_id: str, tenant_id: str | None = None) -> str:
    """'cancelling' if the flag was set; 'ended' if the job already ended; 'unknown'.

    With ``tenant_id``, another tenant's job is 'unknown': it is neither found nor touched.
    """
    result = await store[JOBS].update_one(
        {**_by_id(job_id, tenant_id), "status": "running"},
        {"$set": {"cancel_requested": True, "cancel_requested_at": utcnow()}},
    )
    if result.matched:
        return "cancelling"
    return "ended" if await get(store, job_id, tenant_id) else "unknown"


async def report_progress(store: Store, job_id: str, processed: int, total: int | None, metrics: JobMetrics,
                          now: datetime | None = None) -> None:
    progress = 0 if not total else min(99, int(processed * 100 / total))
    await store[JOBS].update_one(
        {"job_id": job_id, "status": "running"},
        {
            "$set": {"total_pages": total, "progress": progress, "metrics": metrics.as_dict(),
                     "heartbeat_at": now or utcnow()},
            # $max keeps processed_pages monotonic even if two writers ever raced
            "$max": {"processed_pages": processed},
        },
    )


async def finish(store: Store, job_id: str, status: str, metrics: JobMetrics, error: str | None,
                 started_at: datetime, now: datetime | None = None) -> bool:
    now = now or utcnow()
    update: dict = {
        "status": status,
        "finished_at": now,
        "duration_seconds": round((now - started_at).total_seconds(), 3),
        "metrics": metrics.as_dict(),
        "error": error,
    }
    if status == "completed":
        update["progress"] = 100
    result = await store[JOBS].update_one({"job_id": job_id, "status": "running"}, {"$set": update})
    return result.matched == 1


async def mark_abandoned(store: Store, job_id: str, reason: str, now: datetime | None = None) -> bool:
    now = now or utcnow()
    result = await store[JOBS].update_one(
        {"job_id": job_id, "status": "running"},
        {"$set": {"status": "abandoned", "finished_at": now, "error": reason}},
    )
    return result.matched == 1


async def running(store: Store, limit: int = 200) -> list[dict]:
    return await store[JOBS].find({"status": "running"}, {"_id": 0, "job_id": 1, "tenant_id": 1, "started_at": 1}, limit=limit)
