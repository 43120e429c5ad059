"""The janitor: jobs whose process died end as ``abandoned``.

A job is alive while its lock is refreshed. When the lock has expired, or another job
holds the tenant now, the process that ran the job is gone (or fenced) and the job's
``running`` document would otherwise lie forever: the janitor gives it a final status.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

from actors.storage import job_log
from actors.storage import tenant_locks
from actors.kit import Actor, ActorRef
from actors.rules.clock import utcnow
from actors.storage.schema import LOCKS
from actors.storage.store import Store

log = logging.getLogger("tickets.janitor")


@dataclass(frozen=True, slots=True)
class Sweep:
    """Sweep now (tests and operators); replies with the ids marked abandoned."""


class JanitorStats(NamedTuple):
    sweeps: int
    abandoned: int


class Janitor(Actor[Sweep]):
    def __init__(self, store: Store, interval_seconds: float = 15.0) -> None:
        self._store = store
        self.tick_seconds = interval_seconds
        self._sweeps = 0
        self._abandoned = 0

    def snapshot(self) -> JanitorStats:
        return JanitorStats(self._sweeps, self._abandoned)

    async def handle(self, message: Sweep) -> list[str]:
        return await self.sweep()

    async def on_tick(self) -> None:
        try:
            await self.sweep()
        except Exception as exc:  # the database may be away; the next tick tries again
            log.warning("sweep failed", extra={"error": str(exc)[:200]})

    async def sweep(self) -> list[str]:
        marked = []
        now = utcnow()
        for job in await job_log.running(self._store):
            lock = await self._store[LOCKS].find_one({"_id": job["tenant_id"]})
            alive = lock is not None and lock.get("job_id") == job["job_id"] and lock["expires_at"] > now
            if alive:
                continue
            reason = "process died: lock expired" if lock is None or lock.get("job_id") == job["job_id"] else (
                f"process died: lock taken over by job {lock.get('job_id')}")
            if await job_log.mark_abandoned(self._store, job["job_id"], reason):
                marked.append(job["job_id"])
                log.warning("job abandoned", extra={"job_id": job["job_id"], "tenant_id": job["tenant_id"], "reason": reason})
        self._sweeps += 1
        self._abandoned += len(marked)
        return marked
