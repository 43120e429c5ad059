"""Ingestion jobs: start, watch, cancel, audit. Every answer reads MongoDB, so it is the
same from whichever app process serves the request."""

from __future__ import annotations

import anyio
from pydantic import Field
from quart import Blueprint, jsonify
from quart_schema import tag, validate_querystring

from actors.storage import job_log
from actors.storage import tenant_locks
from actors.ingest import StartJob
from actors.storage.tenant_locks import LockHeld
from web.context import ctx
from web.errors import ApiError
from web.params import Query, TenantId, TenantQuery

bp = Blueprint("ingest", __name__)

#: how long ``?wait=true`` holds a request before answering with the running job
WAIT_LIMIT_SECONDS = 1800.0


class RunQuery(Query):
    tenant_id: TenantId
    wait: bool = False


class JobsQuery(Query):
    tenant_id: TenantId
    limit: int = Field(50, ge=1, le=500)


def job_view(doc: dict) -> dict:
    doc = {k: v for k, v in doc.items() if k != "_id"}
    doc.setdefault("progress", 0)
    return doc


@bp.post("/ingest/run")
@tag(["ingestion"])
@validate_querystring(RunQuery)
async def run(query_args: RunQuery):
    """Start an ingestion job for the tenant: 202 with the job, or 409 while one runs."""
    ingest = ctx().ingest
    if ingest is None:
        raise ApiError(503, "unavailable", "ingestion is not running in this process")
    try:
        doc = await ingest.ask(StartJob(query_args.tenant_id), timeout=15.0, nowait=True)
    except LockHeld as held:
        raise ApiError(409, "ingestion_running", f"an ingestion job is already running for {held.tenant_id}",
                       job_id=held.job_id) from None
    job_id = doc["job_id"]
    if query_args.wait:
        with anyio.move_on_after(WAIT_LIMIT_SECONDS):
            while True:
                current = await job_log.get(ctx().store, job_id)
                if current and current["status"] != "running":
                    return jsonify(job_view(current)), 200
                await anyio.sleep(0.25)
        current = await job_log.get(ctx().store, job_id)
        return jsonify(job_view(current or doc)), 202, {"Location": f"/ingest/progress/{job_id}"}
    body = {"job_id": job_id, "tenant_id": doc["tenant_id"], "status": "running"}
    return jsonify(body), 202, {"Location": f"/ingest/progress/{job_id}"}


@bp.get("/ingest/status")
@tag(["ingestion"])
@validate_querystring(TenantQuery)
async def status(query_args: TenantQuery):
    """Whether a job holds the tenant's lock now, and the tenant's last job."""
    store = ctx().store
    lock = await tenant_locks.current(store, query_args.tenant_id)
    newest = await job_log.newest(store, query_args.tenant_id, limit=1)
    return jsonify({
        "tenant_id": query_args.tenant_id,
        "running": lock is not None,
        "job_id": lock.get("job_id") if lock else None,
        "lock_expires_at": lock.get("expires_at") if lock else None,
        "last_job": job_view(newest[0]) if newest else None,
    })


def _job_id(job_id: str) -> str:
    if not (1 <= len(job_id) <= 64) or not job_id.isalnum():
        raise ApiError(404, "not_found", f"no job {job_id!r}")
    return job_id


@bp.get("/ingest/progress/<job_id>")
@tag(["ingestion"])
async def progress(job_id: str):
    """The job's status, progress (0-100), pages and metrics."""
    doc = await job_log.get(ctx().store, _job_id(job_id))
    if doc is None:
        raise ApiError(404, "not_found", f"no job {job_id!r}")
    return jsonify(job_view(doc))


@bp.delete("/ingest/<job_id>")
@tag(["ingestion"])
async def cancel(job_id: str):
    """Ask a running job to stop after the page in hand is stored; it ends ``cancelled``."""
    outcome = await job_log.request_cancel(ctx().store, _job_id(job_id))
    if outcome == "unknown":
        raise ApiError(404, "not_found", f"no job {job_id!r}")
    if outcome == "ended":
        doc = await job_log.get(ctx().store, job_id)
        raise ApiError(409, "job_not_running", f"job {job_id} already ended", job_status=doc["status"] if doc else None)
    return jsonify({"job_id": job_id, "status": "cancelling"}), 202


@bp.get("/ingest/jobs")
@tag(["ingestion"])
@validate_querystring(JobsQuery)
async def job_list(query_args: JobsQuery):
    """The tenant's ingestion audit trail, newest first."""
    items = await job_log.newest(ctx().store, query_args.tenant_id, limit=query_args.limit)
    return jsonify({"items": [job_view(d) for d in items]})
