"""The cancel watch: one query asks which of this process's running jobs were cancelled.

A cancel request may come from any app process (``DELETE /ingest/jobs/{id}`` sets
``cancel_requested`` in the job document), so a running job has to look at the database to
learn of it. Each job used to read its own document twice a second: with N jobs that is 2N
reads a second, each a turn on the database that every dashboard read waits behind
(``db_profile.py`` during ``load.py``: 4 % of the embedded server's time with three jobs).
This actor asks once per ``poll_seconds`` for all of them (``$in`` on the unique ``job_id``
index) and sets the event of each job it finds cancelled. A cancel takes effect as soon as
before; the reads no longer grow with the number of jobs. A job that ended is forgotten at
its ``Unwatch``, or at the next poll that finds it no longer running: the book never grows.

:meth:`CancelWatch.on_tick` never raises: with the database away it counts the error and
asks again at the next tick (a crash would restart the actor with an empty book, and the
jobs watched so far could no longer be cancelled).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

import anyio

from actors.kit import Actor
from actors.storage import job_log
from actors.storage.store import Store

log = logging.getLogger("tickets.cancel_watch")


@dataclass(frozen=True, slots=True)
class Watch:
    """Set ``cancelled`` when the job's cancel flag is seen."""

    job_id: str
    cancelled: anyio.Event


@dataclass(frozen=True, slots=True)
class Unwatch:
    job_id: str


CancelMsg = Watch | Unwatch


class CancelWatchStats(NamedTuple):
    watched: int
    polls: int
    cancelled: int
    poll_errors: int


class CancelWatch(Actor[CancelMsg]):
    def __init__(self, store: Store, poll_seconds: float = 0.5) -> None:
        self._store = store
        self.tick_seconds = poll_seconds
        self._watched: dict[str, anyio.Event] = {}
        self._polls = self._cancelled = self._errors = 0

    def snapshot(self) -> CancelWatchStats:
        return CancelWatchStats(len(self._watched), self._polls, self._cancelled, self._errors)

    async def handle(self, message: CancelMsg) -> None:
        match message:
            case Watch(job_id, cancelled):
                self._watched[job_id] = cancelled
            case Unwatch(job_id):
                self._watched.pop(job_id, None)
            case _:
                raise TypeError(f"cancel watch cannot handle {message!r}")

    async def on_tick(self) -> None:
        if not self._watched:
            return
        try:
            asked, over = await job_log.cancel_flags(self._store, list(self._watched))
        except Exception as exc:  # database away: the jobs' own writes fail too; ask again next tick
            self._errors += 1
            log.warning("cannot read the cancel flags", extra={"jobs": len(self._watched), "error": str(exc)[:200]})
            return
        self._polls += 1
        for job_id in asked:
            cancelled = self._watched.pop(job_id, None)
            if cancelled is not None:
                self._cancelled += 1
                cancelled.set()
        for job_id in over:  # ended without an Unwatch reaching us (a full mailbox): forget it
            self._watched.pop(job_id, None)
