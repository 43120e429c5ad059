"""The ingest actor: starts jobs, and supervises one ingester per running job.

Starting a job is: take the tenant's lock (one atomic operation; a duplicate key means
another job holds it, from this process or any other), write the job's document, spawn the
ingester as a *temporary* child (a failed job ends as ``failed``; it is never rerun behind
the user's back). If the lock we took had expired under another job, that job's process
died: its document is marked ``abandoned`` at once rather than waiting for the janitor.

The supervisor of jobs is handed in as two plain callables (``spawn`` and ``running``):
actors never import the supervisor, so they can be run and tested without it.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

import anyio

from actors.ingester import IngestDeps, JobSpec, run_job
from actors.kit import Actor
from actors.storage import job_log, tenant_locks

log = logging.getLogger("tickets.ingest")


@dataclass(frozen=True, slots=True)
class StartJob:
    tenant_id: str


IngestMsg = StartJob


class IngestStats(NamedTuple):
    started: int
    rejected: int
    running: int


#: start one job as a temporary child: ``await spawn(name, start)``, where ``start`` takes ``task_status``
SpawnJob = Callable[[str, Callable[..., Awaitable[Any]]], Awaitable[Any]]


class Ingest(Actor[IngestMsg]):
    def __init__(self, spawn: SpawnJob, running: Callable[[], int], deps: IngestDeps, lock_ttl_seconds: float,
                 owner: str) -> None:
        self._spawn = spawn
        self._running = running
        self._deps = deps
        self._ttl = lock_ttl_seconds
        self._owner = owner
        self._started = 0
        self._rejected = 0

    def snapshot(self) -> IngestStats:
        return IngestStats(self._started, self._rejected, self._running())

    async def handle(self, message: IngestMsg) -> dict:
        match message:
            case StartJob(tenant_id):
                return await self._start(tenant_id)
        raise TypeError(f"ingest cannot handle {message!r}")

    async def _start(self, tenant_id: str) -> dict:
        store = self._deps.store
        job_id = uuid.uuid4().hex
        try:
            acquired = await tenant_locks.acquire(store, tenant_id, job_id, self._owner, self._ttl,
                                                  now=self._deps.clock.now())
        except tenant_locks.LockHeld:
            self._rejected += 1
            raise
        try:
            if acquired.previous_job_id:
                await job_log.mark_abandoned(store, acquired.previous_job_id,
                                             f"process died: lock expired and was taken by job {job_id}",
                                             now=self._deps.clock.now())
            doc = job_log.new_job_document(job_id, tenant_id, self._owner, self._deps.classifier.version,
                                           now=self._deps.clock.now())
            await job_log.create(store, doc)
            spec = JobSpec(job_id, tenant_id, doc["started_at"])
            await self._spawn(f"ingester[{tenant_id},{job_id[:8]}]", functools.partial(run_job, spec, self._deps))
        except BaseException:
            with anyio.move_on_after(2, shield=True):
                await tenant_locks.release(store, tenant_id, job_id)
            raise
        self._started += 1
        doc.pop("_id", None)
        return doc
