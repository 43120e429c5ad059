"""One lane for the process's background database work: ingestion's writes go one at a time.

On one database, a page store (history, tickets, the outbox, the rollups: a few dozen round
trips) competes with the dashboard's reads for the same server. On the embedded server every
operation takes one storage-wide lock, so while three jobs stored pages at once, a read that
costs 2 ms alone waited behind three writes instead of one, reads held their admission slots
longer, and the ones that could not get a slot within their budget were answered ``503``
(``web/admission.py``; ``bench/README.md`` has the runs). Real MongoDB locks per document,
but the same queue forms in its I/O and CPU.

So every operation of the ingestion's store (:meth:`actors.storage.store.Store.in_lane`)
holds this lane while it runs: however many jobs a process runs, the database sees at most
one of their operations at a time, and a read waits behind at most one of them. A page store
alone takes ~0.1 s, so one lane carries the provider's budget (a page a second in all) with
room to spare; under a crowd of readers ingestion slows down before the readers do, which is
the customer's order (the dashboard first; ingestion resumes where it stopped and is paced by
the provider anyway). The lane is an ordinary ``anyio.Lock``: a job waiting for it is
cancelled like any other wait, and it is fair (first come, first served), so no job starves.

The rate limiter, the lock keeper, the cancel watch and the notifier keep the plain store:
their operations are small, and a lock refresh must never wait behind a page.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio


class BackgroundLane:
    """A process-wide lock for background database operations, with what it cost them."""

    def __init__(self) -> None:
        self._lock: anyio.Lock | None = None
        #: operations that went through the lane, and the seconds they waited for it in all
        self.operations = 0
        self.wait_seconds = 0.0

    @asynccontextmanager
    async def hold(self) -> AsyncIterator[None]:
        """Hold the lane for one operation."""
        if self._lock is None:  # created inside the event loop, on first use
            self._lock = anyio.Lock()
        arrived = time.monotonic()
        async with self._lock:
            self.operations += 1
            self.wait_seconds += time.monotonic() - arrived
            yield
