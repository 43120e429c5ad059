"""Ingestion jobs: start, watch, cancel, audit. Every answer reads MongoDB, so it is the
same from whichever app process serves the request.

Each lookup by job id carries the caller's tenant in its filter (``web.scope``): with a
tenant key another tenant's job is not found, exactly like a job that never existed, and a
cancel request cannot even reach it. Starting a job is bounded twice: one job per tenant
(the tenant lock) and ``MAX_RUNNING_JOBS`` across all tenants and processes (``429``).
"""

from __future__ import annotations

import anyio
from pydantic import Field
from quart import Blueprint, jsonify
from quart_schema import tag, validate_querystring

from actors.ingest import StartJob
from actors.storage import job_log, schedules, tenant_locks, tenants
from actors.storage.tenant_locks import LockHeld
from web.access import tenant_scoped
from web.context import ctx
from web.errors import ApiError
from web.params import Query, TenantId, TenantQuery
from web.scope import owner_filter, sees_everything, tenant_not_found, tenant_scope
from web.views import job_view

bp = Blueprint("ingest", __name__)

#: how long ``?wait=true`` waits for a finished job's lock to be released (it is, at once, unless the
#: database failed just then; the lock then expires on its own)
RELEASE_GRACE_SECONDS = 5.0
#: how often ``?wait=true`` looks at the job document
WAIT_POLL_SECONDS = 0.25
#: what a client told to come back later waits, in seconds
BUSY_RETRY_AFTER = "5"


class RunQuery(Query):
    tenant_id: TenantId | None = None
    wait: bool = False


class JobsQuery(Query):
    tenant_id: TenantId | None = None
    limit: int = Field(50, ge=1, le=500)


async def _admit_job(tenant_id: str) -> None:
    store = ctx().store
    if not await tenants.exists(store, tenant_id):
        raise tenant_not_found(tenant_id)
    running = await tenant_locks.count_held(store)
    if running >= ctx().settings.max_running_jobs:
        error = ApiError(429, "too_many_jobs", f"{running} jobs are running, the most this service runs at once; "
                         "try again shortly")
        error.headers["Retry-After"] = BUSY_RETRY_AFTER
        raise error


async def _wait_for_end(job_id: str, tenant_id: str) -> dict | None:
    """The finished job, or None if it still runs after ``ingest_wait_seconds``.

    A job writes its final status, then releases its lock: the answer waits for the release
    too (at most ``RELEASE_GRACE_SECONDS``), so a client that starts the next run as soon as
    it has this one's result is not told ``409`` by the lock of the job it just watched end.
    """
    store = ctx().store
    ended_at: float | None = None
    with anyio.move_on_after(ctx().settings.ingest_wait_seconds):
        while True:
            current = await job_log.get(store, job_id, tenant_id)
            if current and current["status"] != "running":
                ended_at = ended_at if ended_at is not None else anyio.current_time()
                lock = await tenant_locks.current(store, tenant_id)
                if lock is None or lock.get("job_id") != job_id or \
                        anyio.current_time() - ended_at > RELEASE_GRACE_SECONDS:
                    return current
            await anyio.sleep(WAIT_POLL_SECONDS)
    return None


@bp.post("/ingest/run")
@tenant_scoped
@tag(["ingestion"])
@validate_querystring(RunQuery)
async def run(query_args: RunQuery):
    """Start an ingestion job for the tenant: 202 with the job, 409 while one runs, 429 when
    the service runs as many jobs as it may. ``wait=true`` answers when the job ends, or
    after 60 s with 202 and ``Location``."""
    tenant_id = tenant_scope(query_args.tenant_id)
    ingest = ctx().ingest
    if ingest is None:
        raise ApiError(503, "unavailable", "ingestion is not running in this process")
    await _admit_job(tenant_id)
    try:
        doc = await ingest.ask(StartJob(tenant_id), timeout=15.0, nowait=True)
    except LockHeld as held:
        raise ApiError(409, "ingestion_running", f"an ingestion job is already running for {held.tenant_id}",
                       job_id=held.job_id) from None
    job_id = doc["job_id"]
    location = {"Location": f"/ingest/progress/{job_id}"}
    if query_args.wait:
        finished = await _wait_for_end(job_id, tenant_id)
        if finished is not None:
            return jsonify(job_view(finished, sees_everything())), 200
        current = await job_log.get(ctx().store, job_id, tenant_id)
        return jsonify(job_view(current or doc, sees_everything())), 202, location
    body = {"job_id": job_id, "tenant_id": doc["tenant_id"], "status": "running"}
    return jsonify(body), 202, location


async def _schedule(tenant_id: str, full: bool) -> dict:
    """The tenant's sync schedule; a tenant sees why its last run ended in our words only."""
    schedule = await schedules.status(ctx().store, tenant_id)
    outcome = schedule.get("last_outcome")
    if isinstance(outcome, dict) and not full:
        # the scheduler copies the job's error: filtered exactly as the job's own is
        schedule["last_outcome"] = {**outcome, "error": job_view({"error": outcome.get("error")}, False)["error"]}
    return schedule


@bp.get("/ingest/status")
@tenant_scoped
@tag(["ingestion"])
@validate_querystring(TenantQuery)
async def status(query_args: TenantQuery):
    """Whether a job holds the tenant's lock now, the tenant's last job, and its sync schedule:
    ``schedule`` = ``{"next_run_at", "interval_seconds", "last_scheduled_job_id", "last_outcome":
    {"job_id", "status", "error", "finished_at"} or null, "consecutive_failures"}`` (all null
    while the tenant is not scheduled)."""
    tenant_id = tenant_scope(query_args.tenant_id)
    store = ctx().store
    full = sees_everything()
    lock = await tenant_locks.current(store, tenant_id)
    newest = await job_log.newest(store, tenant_id, limit=1)
    return jsonify({
        "tenant_id": tenant_id,
        "running": lock is not None,
        "job_id": lock.get("job_id") if lock else None,
        "lock_expires_at": lock.get("expires_at") if lock else None,
        "last_job": job_view(newest[0], full) if newest else None,
        "schedule": await _schedule(tenant_id, full),
    })


def job_not_found() -> ApiError:
    # the same words for an unknown job and another tenant's, without repeating the id
    return ApiError(404, "not_found", "no such job")


def checked_job_id(job_id: str) -> str:
    """A job id as we make them (hex, at most 64 characters); anything else is simply not found."""
    if not (1 <= len(job_id) <= 64) or not job_id.isalnum():
        raise job_not_found()
    return job_id


@bp.get("/ingest/progress/<job_id>")
@tenant_scoped
@tag(["ingestion"])
async def progress(job_id: str):
    """The job's status, progress (0-100), pages and metrics."""
    doc = await job_log.get(ctx().store, checked_job_id(job_id), owner_filter())
    if doc is None:
        raise job_not_found()
    return jsonify(job_view(doc, sees_everything()))


@bp.delete("/ingest/<job_id>")
@tenant_scoped
@tag(["ingestion"])
async def cancel(job_id: str):
    """Ask a running job to stop after the page in hand is stored; it ends ``cancelled``."""
    owner = owner_filter()
    outcome = await job_log.request_cancel(ctx().store, checked_job_id(job_id), owner)
    if outcome == "unknown":
        raise job_not_found()
    if outcome == "ended":
        doc = await job_log.get(ctx().store, job_id, owner)
        raise ApiError(409, "job_not_running", f"job {job_id} already ended", job_status=doc["status"] if doc else None)
    return jsonify({"job_id": job_id, "status": "cancelling"}), 202


@bp.get("/ingest/jobs")
@tenant_scoped
@tag(["ingestion"])
@validate_querystring(JobsQuery)
async def job_list(query_args: JobsQuery):
    """The tenant's ingestion audit trail, newest first."""
    items = await job_log.newest(ctx().store, tenant_scope(query_args.tenant_id), limit=query_args.limit)
    full = sees_everything()
    return jsonify({"items": [job_view(d, full) for d in items]})
