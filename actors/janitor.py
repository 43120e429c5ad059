"""The janitor: jobs whose process died end as ``abandoned``, and rollups they left stale heal.

A job is alive while its lock is refreshed. When the lock has expired, or another job
holds the tenant now, the process that ran the job is gone (or fenced) and the job's
``running`` document would otherwise lie forever: the janitor gives it a final status.

A job that died between announcing a page's rollup hours and refreshing them leaves the
tenant's rollups pending; so does a refresh cut short. Healing runs beside the sweeps, as the
actor's ``background`` loop (a rebuild may take minutes; the sweeps must not wait for it), one
tenant at a time (``actors/analytics/rollups.heal``: only tenants no job holds, under a lease
so two processes never heal the same one).

Time is a parameter (``clock``): a lock's expiry is judged on the clock's ``now()``, so a
test moves a fake clock instead of waiting for a TTL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import anyio

from actors.analytics import rollups
from actors.kit import Actor
from actors.rules.timebase import SYSTEM_CLOCK, Clock
from actors.storage import job_log
from actors.storage.schema import LOCKS
from actors.storage.store import Store

log = logging.getLogger("tickets.janitor")


@dataclass(frozen=True, slots=True)
class Sweep:
    """Sweep now (tests and operators); replies with the ids marked abandoned."""


class JanitorStats(NamedTuple):
    sweeps: int
    abandoned: int
    #: tenants whose rollups this janitor rebuilt or refreshed
    healed: int
    #: when the last sweep ran (None: none yet)
    last_sweep_at: datetime | None = None


class Janitor(Actor[Sweep]):
    def __init__(self, store: Store, interval_seconds: float = 15.0, *, clock: Clock = SYSTEM_CLOCK,
                 heal_rollups: bool = True) -> None:
        self._store = store
        self.tick_seconds = interval_seconds
        self._clock = clock
        self._sweeps = 0
        self._abandoned = 0
        self._healed = 0
        self._last_sweep: datetime | None = None
        self.background = self._heal_loop if heal_rollups else None

    def snapshot(self) -> JanitorStats:
        return JanitorStats(self._sweeps, self._abandoned, self._healed, self._last_sweep)

    async def handle(self, message: Sweep) -> list[str]:
        return await self.sweep()

    async def on_tick(self) -> None:
        try:
            await self.sweep()
        except Exception as exc:  # the database may be away; the next tick tries again
            log.warning("sweep failed", extra={"error": str(exc)[:200]})

    async def _heal_loop(self) -> None:
        while True:
            await anyio.sleep(self.tick_seconds)
            try:
                healed = await self.heal()
            except Exception as exc:  # its lease lapses; a later round (here or elsewhere) retries
                log.warning("rollup healing failed", extra={"error": str(exc)[:200]})
                continue
            if healed:
                self.publish()

    async def sweep(self) -> list[str]:
        marked = []
        now = self._clock.now()
        for job in await job_log.running(self._store):
            lock = await self._store[LOCKS].find_one({"_id": job["tenant_id"]})
            alive = lock is not None and lock.get("job_id") == job["job_id"] and lock["expires_at"] > now
            if alive:
                continue
            reason = "process died: lock expired" if lock is None or lock.get("job_id") == job["job_id"] else (
                f"process died: lock taken over by job {lock.get('job_id')}")
            if await job_log.mark_abandoned(self._store, job["job_id"], reason, now=now):
                marked.append(job["job_id"])
                log.warning("job abandoned", extra={"job_id": job["job_id"], "tenant_id": job["tenant_id"], "reason": reason})
        self._sweeps += 1
        self._abandoned += len(marked)
        self._last_sweep = now
        return marked

    async def heal(self) -> list[str]:
        """Heal at most one tenant's stale or incomplete rollups; returns the tenants healed."""
        healed = await rollups.heal(self._store, self._clock, max_tenants=1)
        for tenant_id in healed:
            log.info("rollups healed", extra={"tenant_id": tenant_id})
        self._healed += len(healed)
        return healed
