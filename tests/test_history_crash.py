"""A page's ticket writes and their history cannot be split by a crash.

History is written first, with ids that name the stored state a change starts from
(``rules/page_plan.history_id``); then alerts; then tickets. A crash between history and
tickets leaves history for changes not applied; the rerun plans the same changes from the
same stored state and writes the same ids again, so afterwards every change has exactly one
entry, and no ticket changed without one.

Two ways to crash between the two writes: the database killed (SIGKILL) and restarted, on a
private embedded server; and an injected failure at the same point, on both backends.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import anyio
import pytest
from pymongo.errors import AutoReconnect, PyMongoError

from actors.storage.job_log import JobMetrics
from actors.storage.schema import HISTORY, NOTIFICATIONS, TICKETS, ensure_indexes
from actors.storage.store import open_store
from actors.storage.ticket_writes import WRITE_CHUNK, process_page
from tests.support.embedded_db import start_embedded_db
from tests.support.classifiers import KeywordClassifier
from tests.test_ingester import make_ticket

pytestmark = pytest.mark.anyio

TENANT = "acme"


class CrashBeforeTickets:
    """The real store, except that the tickets' ``bulk_write`` first runs ``crash`` (which
    kills the database or raises): exactly the point between the history write and the
    ticket write."""

    def __init__(self, store: Any, crash, writes_before: int = 0) -> None:
        self._store = store
        self._crash = crash
        #: ticket bulk writes let through first (a page's tickets go in chunks)
        self.writes_left = writes_before

    def __getitem__(self, name: str) -> Any:
        coll = self._store[name]
        return _Crashing(coll, self) if name == TICKETS else coll


class _Crashing:
    def __init__(self, coll: Any, owner: CrashBeforeTickets) -> None:
        self._coll = coll
        self._owner = owner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._coll, name)

    async def bulk_write(self, requests, **kwargs):
        if self._owner.writes_left <= 0:
            await self._owner._crash()
        self._owner.writes_left -= 1
        return await self._coll.bulk_write(requests, **kwargs)


def first_run() -> list[dict]:
    return [make_ticket(i) for i in range(20)]


def second_run(updated_at: str = "2030-01-02T10:00:00Z") -> list[dict]:
    """Five tickets changed (one now urgent), five new ones."""
    changed = [make_ticket(i, status="closed", updated_at=updated_at) for i in range(5)]
    changed[0]["subject"] = "URGENT: site down"
    return changed + [make_ticket(i) for i in range(5, 20)] + [make_ticket(i) for i in range(100, 105)]


async def check_nothing_lost(store) -> None:
    tickets = {d["external_id"]: d for d in await store[TICKETS].find({"tenant_id": TENANT})}
    history = await store[HISTORY].find({"tenant_id": TENANT})
    per_ticket = Counter((h["ticket_id"], h["action"]) for h in history)
    # every ticket was created once, and every applied change has exactly one entry
    assert {t for (t, action) in per_ticket if action == "created"} == set(tickets)
    assert all(n == 1 for n in per_ticket.values()), per_ticket
    changed = {t for (t, action) in per_ticket if action == "updated"}
    assert changed == {f"T{i:05d}" for i in range(5)}
    assert all(tickets[t]["status"] == "closed" for t in changed)
    # the entry of each change ends in the state the ticket is in
    for entry in history:
        if entry["action"] == "updated":
            assert entry["changes"]["status"]["new"] == tickets[entry["ticket_id"]]["status"]
            assert entry["changes"]["updated_at"]["new"] == tickets[entry["ticket_id"]]["updated_at"]
    assert await store[NOTIFICATIONS].count_documents({"ticket_id": "T00000"}) == 1


async def test_an_injected_failure_between_history_and_tickets_loses_nothing(store):
    clf = KeywordClassifier()
    await process_page(store, TENANT, "job-1", first_run(), clf, JobMetrics())

    async def database_gone() -> None:
        raise AutoReconnect("connection closed (injected between the history and the ticket writes)")

    with pytest.raises(PyMongoError):
        await process_page(CrashBeforeTickets(store, database_gone), TENANT, "job-2", second_run(), clf, JobMetrics())
    # the crash left history for changes the tickets do not show yet...
    assert await store[HISTORY].count_documents({"job_id": "job-2"}) == 10
    assert await store[TICKETS].count_documents({"tenant_id": TENANT}) == 20
    # ...and the rerun (which even sees a newer version of the changed tickets) repairs it
    m = JobMetrics()
    await process_page(store, TENANT, "job-3", second_run("2030-01-03T10:00:00Z"), clf, m)
    assert (m.new, m.updated) == (5, 5)
    await check_nothing_lost(store)
    # the rerun's entries replaced the crashed job's for the changes, and kept its "created" ones
    jobs = Counter((h["action"], h["job_id"]) for h in await store[HISTORY].find({"tenant_id": TENANT}))
    assert jobs[("updated", "job-3")] == 5 and jobs[("created", "job-2")] == 5
    # a third run with nothing new writes nothing
    again = JobMetrics()
    await process_page(store, TENANT, "job-4", second_run("2030-01-03T10:00:00Z"), clf, again)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 25)
    await check_nothing_lost(store)


async def test_a_failure_between_two_chunks_of_a_pages_tickets_loses_nothing(store):
    """A page's tickets go in chunks of ``WRITE_CHUNK`` (short holds of the embedded server's
    lock): a crash after the first chunk leaves part of the page written, and the rerun
    writes the rest without doubling a ticket, a history entry or an alert."""
    assert WRITE_CHUNK < 60
    clf = KeywordClassifier()
    page = [make_ticket(i) for i in range(60)]
    page[59]["subject"] = "URGENT: site down"

    async def database_gone() -> None:
        raise AutoReconnect("connection closed (injected between two ticket chunks)")

    with pytest.raises(PyMongoError):
        await process_page(CrashBeforeTickets(store, database_gone, writes_before=1), TENANT, "job-1", page, clf,
                           JobMetrics())
    assert await store[TICKETS].count_documents({"tenant_id": TENANT}) == WRITE_CHUNK
    assert await store[HISTORY].count_documents({"job_id": "job-1"}) == 60  # history goes first, whole
    m = JobMetrics()
    await process_page(store, TENANT, "job-2", page, clf, m)
    assert (m.new, m.unchanged) == (60 - WRITE_CHUNK, WRITE_CHUNK)
    tickets = await store[TICKETS].find({"tenant_id": TENANT})
    assert sorted(t["external_id"] for t in tickets) == sorted(t["id"] for t in page)
    created = Counter(h["ticket_id"] for h in await store[HISTORY].find({"tenant_id": TENANT, "action": "created"}))
    assert set(created) == {t["id"] for t in page} and set(created.values()) == {1}
    assert await store[NOTIFICATIONS].count_documents({"ticket_id": page[59]["id"]}) == 1


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # one process kill is enough; the logic is the same on trio
@pytest.mark.embedded_only("kills a database server of its own")
async def test_the_database_killed_between_history_and_tickets_loses_nothing(tmp_path, anyio_backend):
    """A real SIGKILL of the database right after the history write was acknowledged.

    The embedded server, like mongod with ``j: false``, may lose the last acknowledged writes
    on a kill, but only as a suffix of the log (measured here: a later write never survives an
    earlier one), which is why history goes first. ``fsync`` before the kill makes the test
    take the interesting branch every time: history durable, tickets never written.
    """
    with start_embedded_db(tmp_path / "db") as db:
        async with open_store(db.url, "crash", pool_size=4, selection_timeout_ms=1000) as store:
            await ensure_indexes(store)
            clf = KeywordClassifier()
            await process_page(store, TENANT, "job-1", first_run(), clf, JobMetrics())

            async def kill_database() -> None:
                await store.admin_command("fsync")  # what was acknowledged so far is on disk...
                db.process.kill()  # ...then SIGKILL: no clean shutdown
                await anyio.to_thread.run_sync(db.process.wait)

            with pytest.raises(PyMongoError):
                await process_page(CrashBeforeTickets(store, kill_database), TENANT, "job-2", second_run(), clf,
                                   JobMetrics())
            await anyio.to_thread.run_sync(db.start)  # same data directory, same port
            assert await store[HISTORY].count_documents({"job_id": "job-2"}) == 10
            assert await store[TICKETS].count_documents({"tenant_id": TENANT}) == 20
            await process_page(store, TENANT, "job-3", second_run(), clf, JobMetrics())
            await check_nothing_lost(store)
