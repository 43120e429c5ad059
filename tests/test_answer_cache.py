"""Answers that are cheap to repeat, and never stale after an acknowledged write.

The cache itself (bounds, age, single flight) is tested alone with a fake clock; the rest
goes through the app on the embedded database: ETags and 304s, hits counted in ``/metrics``
and served without reading tickets, the data version moved by the real write paths, hits
and 304s answered while every read slot is taken, and two stacks on one database (two
processes) where a write acknowledged by one is seen by the other's very next read.
"""

from __future__ import annotations

import re
from datetime import timedelta

import anyio
import httpx
import pytest
from pymongo import InsertOne

from actors.classify import ClassifyService
from actors.rules.clock import utcnow
from actors.storage import data_versions, outbox
from actors.storage.api_keys import digest
from actors.storage.job_log import JobMetrics
from actors.storage.schema import DATA_VERSIONS, TICKETS
from actors.storage.ticket_writes import process_page, soft_delete
from actors.analytics.rollups import rebuild_rollups
from tests.support.mock_process import start_mock_api
from tests.support.stack import KeyedClient, new_admin_key, running_stack
from tests.support.ticket_docs import ticket_doc
from web.answer_cache import AnswerCache, Entry, VersionReads, make_etag, not_modified
from web.app import create_app
from web.context import AppContext, WebSettings, no_events

pytestmark = pytest.mark.anyio
WEB = pytest.mark.parametrize("anyio_backend", ["asyncio"])  # Quart's test client runs on asyncio only


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def entry(body: bytes, at: float = 100.0) -> Entry:
    return Entry(body, make_etag(("x", body.decode())), at)


# --- the cache alone ----------------------------------------------------------------------

def test_lru_keeps_within_entries_and_bytes_and_counts():
    cache = AnswerCache(max_entries=3, max_bytes=64 * 1024, clock=FakeClock())
    for n in range(5):
        cache.put(n, entry(b"x" * 10))
    assert len(cache) == 3 and cache.evictions == 2
    assert cache.get(0) is None and cache.get(4) is not None
    assert (cache.hits, cache.misses) == (1, 1)
    cache.get(2)  # 2 is now the most recent: 3 goes next
    cache.put(5, entry(b"y"))
    assert cache.get(3) is None and cache.get(2) is not None
    big = AnswerCache(max_entries=100, max_bytes=8 * 1024, clock=FakeClock())
    for n in range(50):
        big.put(n, entry(b"z" * 500))
    assert big.bytes <= 8 * 1024 and len(big) < 50  # bytes bound, whatever the entry count
    big.put("huge", entry(b"h" * 4000))  # more than an eighth of the budget: not kept
    assert big.get("huge") is None


def test_entries_expire_by_age():
    clock = FakeClock()
    cache = AnswerCache(max_age_seconds=60, clock=clock)
    cache.put("k", entry(b"1", at=clock()))
    clock.now += 59
    assert cache.get("k") is not None
    clock.now += 2
    assert cache.get("k") is None and cache.expired == 1 and len(cache) == 0 and cache.bytes == 0


def test_a_new_version_retires_the_tenants_older_entries_at_once():
    cache = AnswerCache(clock=FakeClock())
    cache.put("a1", entry(b"acme v1"), ("acme", "v1"))
    cache.put("a1-other", entry(b"acme v1, another question"), ("acme", "v1"))
    cache.put("g1", entry(b"globex v1"), ("globex", "v1"))
    cache.retire("acme", "v1")
    assert len(cache) == 3
    cache.retire("acme", "v2")
    assert cache.get("a1") is None and cache.get("a1-other") is None and cache.get("g1") is not None
    assert cache.retired == 2 and cache.bytes == entry(b"globex v1").size
    cache.put("a2", entry(b"acme v2"), ("acme", "v2"))
    cache.retire("acme", "v2")
    assert cache.get("a2") is not None


def test_if_none_match_comparison_is_weak_and_takes_lists():
    etag = make_etag(("tickets", "acme", "v.1", ()))
    assert etag.startswith('W/"')
    assert not_modified(etag, etag)
    assert not_modified(etag[2:], etag)  # the strong form of the same tag
    assert not_modified(f'W/"other", {etag}', etag)
    assert not_modified("*", etag)
    assert not not_modified('W/"other"', etag) and not not_modified(None, etag) and not not_modified("", etag)
    assert make_etag(("tickets", "acme", "v.2", ())) != etag


async def test_identical_misses_are_computed_once(anyio_backend):
    cache = AnswerCache(clock=FakeClock())
    calls = 0
    release = anyio.Event()

    async def produce() -> Entry:
        nonlocal calls
        calls += 1
        await release.wait()
        return entry(b"answer")

    got: list[Entry] = []

    async def ask() -> None:
        got.append(await cache.compute_once("k", produce))

    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(ask)
        await anyio.wait_all_tasks_blocked()
        release.set()
    assert calls == 1 and len(got) == 5 and all(g.body == b"answer" for g in got)
    assert cache.coalesced == 4 and cache.get("k") is not None


async def test_a_failed_computation_fails_its_waiters_and_is_not_kept(anyio_backend):
    cache = AnswerCache(clock=FakeClock())
    release = anyio.Event()

    async def produce() -> Entry:
        await release.wait()
        raise RuntimeError("database went away")

    errors: list[str] = []

    async def ask() -> None:
        try:
            await cache.compute_once("k", produce)
        except RuntimeError as exc:
            errors.append(str(exc))

    async with anyio.create_task_group() as tg:
        for _ in range(3):
            tg.start_soon(ask)
        await anyio.wait_all_tasks_blocked()
        release.set()
    assert errors == ["database went away"] * 3 and len(cache) == 0


class SlowVersions:
    """A ``data_versions`` collection whose queries wait until released, and a counter a
    test moves as a writer would: just enough store for :class:`VersionReads`."""

    def __init__(self) -> None:
        self.v = 1
        self.sent: list[anyio.Event] = []

    def __getitem__(self, name: str) -> "SlowVersions":
        return self

    async def find(self, query: dict, projection: dict) -> list[dict]:
        seen = self.v  # the value when the query reaches the database
        gate = anyio.Event()
        self.sent.append(gate)
        await gate.wait()
        return [{"_id": tenant, "v": seen} for tenant in query["_id"]["$in"]]


async def test_a_version_read_never_answers_a_request_that_arrived_after_it_was_sent(anyio_backend):
    store, reads = SlowVersions(), VersionReads()
    got: dict[str, str] = {}

    async def ask(name: str, tenant: str) -> None:
        got[name] = (await reads.current(store, tenant)).token

    async with anyio.create_task_group() as tg:
        tg.start_soon(ask, "early", "acme")
        await anyio.wait_all_tasks_blocked()
        assert len(store.sent) == 1  # on its way, with v=1
        store.v = 2  # a write is acknowledged now
        for name, tenant in (("late-acme", "acme"), ("late-globex", "globex"), ("late-again", "acme")):
            tg.start_soon(ask, name, tenant)
        await anyio.wait_all_tasks_blocked()
        assert len(store.sent) == 1  # the late ones wait for the next query, they do not join this one
        store.sent[0].set()
        await anyio.wait_all_tasks_blocked()
        assert len(store.sent) == 2  # one query for all three late requests, both tenants
        store.sent[1].set()
    assert got == {"early": ".1", "late-acme": ".2", "late-globex": ".2", "late-again": ".2"}
    assert reads.queries == 2


# --- through the app ------------------------------------------------------------------------

ADMIN = new_admin_key()


@pytest.fixture
async def app_for(store):
    """``app_for(**settings)``: the app around the test's database, and an admin client."""
    async with httpx.AsyncClient() as http:
        def make(**settings):
            context = AppContext(settings=WebSettings(admin_key_digest=digest(ADMIN), **settings), store=store,
                                 recent_events=no_events, tree=lambda: [], provider_url="http://127.0.0.1:9", http=http)
            app = create_app(context)
            return app, KeyedClient(app.test_client(), ADMIN)
        yield make


BASE = utcnow().replace(microsecond=0)


def provider_ticket(n: int, tenant: str = "acme", **fields) -> dict:
    created = (BASE - timedelta(minutes=n)).isoformat().replace("+00:00", "Z")
    return {"id": f"TCK-{n:04d}", "tenant_id": tenant, "source": "email", "customer_id": f"c{n % 3}",
            "subject": f"subject {n}", "message": f"message {n}", "status": "open", "created_at": created,
            "updated_at": created, **fields}


async def store_page(store, tickets: list[dict], tenant: str = "acme") -> None:
    """A page written the way the ingester writes it (plan, history, alerts, tickets, version)."""
    await process_page(store, tenant, "job-test", tickets, ClassifyService(), JobMetrics())


async def metric(client, name: str) -> float:
    text = (await (await client.get("/metrics")).get_data()).decode()
    found = re.search(rf"^{name} (\S+)$", text, re.M)
    assert found, name
    return float(found.group(1))


@WEB
async def test_etag_304_and_a_new_answer_after_a_write(store, app_for):
    _app, client = app_for()
    await store_page(store, [provider_ticket(n) for n in range(5)])
    first = await client.get("/tickets?tenant_id=acme&limit=10")
    etag = first.headers["ETag"]
    assert first.status_code == 200 and etag.startswith('W/"')
    assert "no-cache" in first.headers["Cache-Control"]
    again = await client.get("/tickets?tenant_id=acme&limit=10", headers={"If-None-Match": etag})
    assert again.status_code == 304 and await again.get_data() == b"" and again.headers["ETag"] == etag
    # another question about the same data has another ETag
    other = await client.get("/tickets?tenant_id=acme&limit=3")
    assert other.headers["ETag"] != etag
    assert (await client.get("/tickets?tenant_id=acme&limit=3&status=open")).headers["ETag"] != other.headers["ETag"]
    await store_page(store, [provider_ticket(99, subject="brand new")])
    changed = await client.get("/tickets?tenant_id=acme&limit=10", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert "TCK-0099" in [item["ticket_id"] for item in (await changed.get_json())["items"]]
    stats = await client.get("/tenants/acme/stats")
    assert stats.status_code == 200
    assert (await client.get("/tenants/acme/stats", headers={"If-None-Match": stats.headers["ETag"]})).status_code == 304
    assert await metric(client, "answer_not_modified_total") == 2


@WEB
async def test_a_repeated_question_is_a_hit_that_reads_no_tickets(store, app_for):
    _app, client = app_for()
    await store_page(store, [provider_ticket(n) for n in range(3)])
    first = await (await client.get("/tickets?tenant_id=acme")).get_json()
    hits = await metric(client, "answer_cache_hits_total")
    # a writer that does not bump (not one of ours): the cache does not see it, so a hit is
    # proof that the answer came from memory and not from the tickets
    await store[TICKETS].bulk_write([InsertOne(ticket_doc("acme", "SNEAKED-IN", utcnow()))])
    second = await client.get("/tickets?tenant_id=acme")
    assert await second.get_json() == first
    assert "Age" in second.headers
    assert await metric(client, "answer_cache_hits_total") == hits + 1
    assert await metric(client, "answer_cache_entries") >= 1
    # our writers bump: the next read computes afresh
    await data_versions.bump(store, "acme")
    third = await (await client.get("/tickets?tenant_id=acme")).get_json()
    assert "SNEAKED-IN" in [item["ticket_id"] for item in third["items"]]


@WEB
async def test_every_write_path_moves_the_version(store):
    async def version() -> str:
        return (await data_versions.current(store, "acme")).token

    assert await version() == data_versions.NEVER_WRITTEN
    await store_page(store, [provider_ticket(n) for n in range(3)])
    after_page = await version()
    doc = await store[DATA_VERSIONS].find_one({"_id": "acme"})
    assert doc["newest"] is not None  # the listing's first-window hint
    await store_page(store, [provider_ticket(n) for n in range(3)])  # nothing changed: nothing to announce
    assert await version() == after_page
    live = await store[TICKETS].find({"tenant_id": "acme", "external_id": "TCK-0001"})
    await soft_delete(store, "acme", "job-test", live, JobMetrics())
    after_delete = await version()
    assert after_delete != after_page
    await rebuild_rollups(store, "acme")
    assert await version() != after_delete
    other = await data_versions.current(store, "globex")
    assert other.token == data_versions.NEVER_WRITTEN  # versions are per tenant


@WEB
async def test_alert_status_changes_move_the_alerts_version_not_the_answers(store):
    await store_page(store, [provider_ticket(1)])
    before = await data_versions.current(store, "acme")
    now = utcnow()
    await outbox.enqueue(store, [outbox.alert_upsert("acme", "TCK-0001", "outage", "high", "down", "job-test", now),
                                 outbox.alert_upsert("acme", "TCK-0002", "outage", "high", "down", "job-test", now)])
    first = await outbox.claim(store, "me", 60)
    await outbox.mark_sent(store, first["_id"], "me")
    second = await outbox.claim(store, "me", 60)
    await outbox.reschedule(store, second["_id"], "me", 0, "gave up", dead=True)
    doc = await store[DATA_VERSIONS].find_one({"_id": "acme"})
    assert doc["alerts"] == 2  # sent, then dead: each status change moved it
    assert await data_versions.current(store, "acme") == before  # /tickets and /stats answers stay cached


@WEB
async def test_the_oldest_and_newest_hints_follow_the_writes(store):
    await store_page(store, [provider_ticket(n) for n in (5, 10)])
    first = await data_versions.current(store, "acme")
    assert first.oldest == BASE - timedelta(minutes=10) and first.newest == BASE - timedelta(minutes=5)
    await store_page(store, [provider_ticket(n) for n in (1, 7)])  # newer and in between
    second = await data_versions.current(store, "acme")
    assert second.oldest == BASE - timedelta(minutes=10) and second.newest == BASE - timedelta(minutes=1)


@WEB
async def test_hits_and_304s_are_served_while_every_read_slot_is_taken(store, app_for):
    app, client = app_for(read_slots=1, read_wait_seconds=0.2)
    await store_page(store, [provider_ticket(n) for n in range(3)])
    warm = await client.get("/tickets?tenant_id=acme")
    assert warm.status_code == 200
    admission = app.extensions["read_admission"]
    held = await admission.acquire()  # the only slot, as a slow read would hold it
    try:
        hit = await client.get("/tickets?tenant_id=acme")
        assert hit.status_code == 200 and await hit.get_json() == await warm.get_json()
        revalidated = await client.get("/tickets?tenant_id=acme", headers={"If-None-Match": warm.headers["ETag"]})
        assert revalidated.status_code == 304
        miss = await client.get("/tickets?tenant_id=acme&limit=7")  # must compute: needs a slot
        assert miss.status_code == 503 and int(miss.headers["Retry-After"]) >= 1
        assert (await miss.get_json())["error"] == "busy"
    finally:
        admission.release(*held)
    assert (await client.get("/tickets?tenant_id=acme&limit=7")).status_code == 200
    assert await metric(client, "read_admission_shed_total") == 1


@WEB
async def test_stats_answer_from_rollups_while_a_refresh_is_pending_and_say_how_old(store, app_for):
    _app, client = app_for()
    await store_page(store, [provider_ticket(n) for n in range(4)])
    await rebuild_rollups(store, "acme")
    fresh = await (await client.get("/tenants/acme/stats")).get_json()
    assert fresh["computed_from"] == "rollups" and fresh["stale_seconds"] == 0 and fresh["total_tickets"] == 4
    # a job announces hours and stores a page, its refresh not yet run (the ingester batches them)
    from actors.analytics.rollups import mark_pending
    await mark_pending(store, "acme", [utcnow()])
    await store_page(store, [provider_ticket(50)])
    stale = await (await client.get("/tenants/acme/stats")).get_json()
    assert stale["computed_from"] == "rollups"  # not the live pipeline
    assert stale["total_tickets"] == 4  # the last consistent figures...
    # ...and how old they are: as of the rebuild, the last moment they were consistent
    assert stale["as_of"] == stale["rollups"]["as_of"] <= fresh["as_of"] and stale["stale_seconds"] > 0
    assert stale["rollups"]["pending"] == 1
    live = await (await client.get("/tenants/acme/stats?source=live")).get_json()
    assert live["computed_from"] == "live" and live["total_tickets"] == 5


# --- two processes on one database -----------------------------------------------------------

@WEB
async def test_a_write_acknowledged_by_one_process_is_seen_by_the_others_next_read(store, tmp_path):
    with start_mock_api("--tickets", "40", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--notify-latency-ms", "1-3", "--seed", "11") as mock:
        async with running_stack(store, mock.url, tmp_path / "a", tenants=["acme"]) as writer, \
                running_stack(store, mock.url, tmp_path / "b") as reader:
            async def ingest() -> None:
                with anyio.fail_after(60):
                    response = await writer.client.post("/ingest/run?tenant_id=acme&wait=true")
                assert response.status_code == 200, await response.get_json()
                assert (await response.get_json())["status"] == "completed"

            async def read() -> tuple[dict, dict, str]:
                tickets = await reader.client.get("/tickets?tenant_id=acme&limit=200")
                stats = await reader.client.get("/tenants/acme/stats")
                assert tickets.status_code == stats.status_code == 200
                return await tickets.get_json(), await stats.get_json(), tickets.headers["ETag"]

            await ingest()
            before, stats_before, etag = await read()
            assert (await read())[0] == before  # the reader's second read is served from its cache
            hits = await metric(reader.client, "answer_cache_hits_total")
            assert hits >= 2
            async with httpx.AsyncClient(base_url=mock.url) as provider:
                created = await provider.post("/admin/tickets", json={
                    "id": "NEW-1", "tenant_id": "acme", "subject": "Checkout is down", "message": "all payments fail"})
                assert created.status_code == 201
                changed = before["items"][-1]["ticket_id"]
                assert (await provider.patch(f"/admin/tickets/{changed}", json={"subject": "edited"})).status_code == 200
            await ingest()  # acknowledged by the writer process
            after, stats_after, etag_after = await read()
            ids = {item["ticket_id"]: item for item in after["items"]}
            assert "NEW-1" in ids and ids[changed]["subject"] == "edited"
            assert stats_after["total_tickets"] == stats_before["total_tickets"] + 1
            assert etag_after != etag
            revalidated = await reader.client.get("/tickets?tenant_id=acme&limit=200", headers={"If-None-Match": etag})
            assert revalidated.status_code == 200
