"""The ingest actor: starts jobs, and supervises one ingester per running job.

Starting a job is: take the tenant's lock (one atomic operation; a duplicate key means
another job holds it, from this process or any other), write the job's document, spawn the
ingester as a *temporary* child (a failed job ends as ``failed``; it is never rerun behind
the user's back). If the lock we took had expired under another job, that job's process
died: its document is marked ``abandoned`` at once rather than waiting for the janitor.
"""

from __future__ import annotations

import functools
import logging
import uuid
from dataclasses import dataclass
from typing import NamedTuple

import anyio
from anyio.abc import TaskStatus

from actors import jobs, locks
from actors.ingester import IngestDeps, JobSpec, run_job
from actors.kit import Actor, ActorRef, run_actor
from supervisor.events import EventLog
from supervisor.tree import ChildSpec, Restart, Supervisor

log = logging.getLogger("tickets.ingest")


@dataclass(frozen=True, slots=True)
class StartJob:
    tenant_id: str


IngestMsg = StartJob


class IngestStats(NamedTuple):
    started: int
    rejected: int
    running: int


class Ingest(Actor[IngestMsg]):
    def __init__(self, jobs_supervisor: Supervisor, deps: IngestDeps, lock_ttl_seconds: float, owner: str) -> None:
        self._jobs = jobs_supervisor
        self._deps = deps
        self._ttl = lock_ttl_seconds
        self._owner = owner
        self._started = 0
        self._rejected = 0

    def snapshot(self) -> IngestStats:
        return IngestStats(self._started, self._rejected, len(self._jobs.tree()))

    async def handle(self, message: IngestMsg) -> dict:
        match message:
            case StartJob(tenant_id):
                return await self._start(tenant_id)
        raise TypeError(f"ingest cannot handle {message!r}")

    async def _start(self, tenant_id: str) -> dict:
        store = self._deps.store
        job_id = uuid.uuid4().hex
        try:
            acquired = await locks.acquire(store, tenant_id, job_id, self._owner, self._ttl)
        except locks.LockHeld:
            self._rejected += 1
            raise
        try:
            if acquired.previous_job_id:
                await jobs.mark_abandoned(store, acquired.previous_job_id,
                                          f"process died: lock expired and was taken by job {job_id}")
            doc = jobs.new_job_document(job_id, tenant_id, self._owner, self._deps.classifier.version)
            await jobs.create(store, doc)
            spec = JobSpec(job_id, tenant_id, doc["started_at"])
            await self._jobs.start_child(ChildSpec(
                f"ingester[{tenant_id},{job_id[:8]}]", functools.partial(run_job, spec, self._deps),
                kind="ingester", restart=Restart.TEMPORARY,
            ))
        except BaseException:
            with anyio.move_on_after(2, shield=True):
                await locks.release(store, tenant_id, job_id)
            raise
        self._started += 1
        doc.pop("_id", None)
        return doc


class JobsView:
    """The live jobs for ``/supervisor``: set while the ingest child runs."""

    def __init__(self) -> None:
        self.supervisor: Supervisor | None = None

    def tree(self) -> list:
        return self.supervisor.tree() if self.supervisor is not None else []


async def run_ingest(deps: IngestDeps, events: EventLog, ref: ActorRef[IngestMsg], lock_ttl_seconds: float, owner: str,
                     view: JobsView, *, task_status: TaskStatus[ActorRef[IngestMsg]] = anyio.TASK_STATUS_IGNORED) -> None:
    """The ``ingest`` child: a supervisor of jobs wrapped around the actor that starts them."""
    async with Supervisor("ingest", events) as jobs_supervisor:
        view.supervisor = jobs_supervisor
        try:
            await run_actor(Ingest(jobs_supervisor, deps, lock_ttl_seconds, owner), ref, task_status=task_status)
        finally:
            view.supervisor = None
