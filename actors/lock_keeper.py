"""The lock keeper: refreshes the tenant locks this process holds, and fences.

One actor refreshes every held lock each ``refresh_seconds`` (a third of the TTL, so two
refreshes can fail before a lock lapses). If a refresh finds the lock owned by another job,
the holder's ``lost`` event is set and the ingester's work is cancelled at once (fencing).

Time is a parameter (``clock``): the TTL is counted on the clock's ``now()``, so a test
moves a fake clock past the TTL and calls :meth:`LockKeeper.on_tick` instead of waiting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

import anyio

from actors.kit import Actor
from actors.rules.timebase import SYSTEM_CLOCK, Clock
from actors.storage import tenant_locks
from actors.storage.store import Store

log = logging.getLogger("tickets.lock_keeper")


@dataclass(frozen=True, slots=True)
class Hold:
    tenant_id: str
    job_id: str
    lost: anyio.Event


@dataclass(frozen=True, slots=True)
class Release:
    tenant_id: str
    job_id: str


@dataclass(frozen=True, slots=True)
class RefreshNow:
    """Refresh at once (tests, and after the database comes back)."""


LockMsg = Hold | Release | RefreshNow


class LockKeeperStats(NamedTuple):
    held: int
    refreshes: int
    lost: int
    refresh_errors: int


class LockKeeper(Actor[LockMsg]):
    def __init__(self, store: Store, ttl_seconds: float, refresh_seconds: float, clock: Clock = SYSTEM_CLOCK) -> None:
        self._store = store
        self._ttl = ttl_seconds
        self._clock = clock
        self.tick_seconds = refresh_seconds
        self._held: dict[tuple[str, str], anyio.Event] = {}
        self._refreshes = self._lost = self._errors = 0

    def snapshot(self) -> LockKeeperStats:
        return LockKeeperStats(len(self._held), self._refreshes, self._lost, self._errors)

    async def handle(self, message: LockMsg) -> None:
        match message:
            case Hold(tenant_id, job_id, lost):
                self._held[(tenant_id, job_id)] = lost
            case Release(tenant_id, job_id):
                self._held.pop((tenant_id, job_id), None)
            case RefreshNow():
                await self.on_tick()

    async def on_tick(self) -> None:
        for (tenant_id, job_id), lost in list(self._held.items()):
            try:
                still_ours = await tenant_locks.refresh(self._store, tenant_id, job_id, self._ttl, now=self._clock.now())
            except Exception as exc:  # database away: keep the lock in our book and retry next tick
                self._errors += 1
                log.warning("lock refresh failed", extra={"tenant_id": tenant_id, "job_id": job_id, "error": str(exc)[:200]})
                continue
            self._refreshes += 1
            if not still_ours:
                self._lost += 1
                log.error("lock lost to another job", extra={"tenant_id": tenant_id, "job_id": job_id})
                lost.set()
                self._held.pop((tenant_id, job_id), None)
