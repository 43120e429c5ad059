"""The store against the real embedded server, on both ways in.

The same test body runs on asyncio (``AsyncMongoClient``) and on trio (the sync client in
worker threads): if the two ever answer differently, one of these fails on one backend.
"""

from __future__ import annotations

import gc
import warnings
from datetime import datetime, timedelta, timezone

import anyio
import pytest
import sniffio
from pymongo import ASCENDING, DESCENDING, DeleteOne, IndexModel, InsertOne, UpdateOne
from pymongo.errors import BulkWriteError, ConnectionFailure, DuplicateKeyError, ServerSelectionTimeoutError

from actors.storage.schema import TICKETS
from actors.storage.store import UNAVAILABLE, Store, WriteSummary, open_store
from supervisor.processes import free_port

pytestmark = pytest.mark.anyio

UTC = timezone.utc


async def seed(store: Store, name: str = "items", n: int = 5) -> None:
    await store[name].bulk_write([InsertOne({"_id": i, "group": "odd" if i % 2 else "even", "n": i}) for i in range(n)])


async def test_backend_is_the_running_one(store: Store, anyio_backend: str) -> None:
    assert store.backend == anyio_backend == sniffio.current_async_library()
    assert store.pool_size == 10
    assert (await store.command("ping"))["ok"] == 1
    assert (await store.admin_command({"ping": 1}))["ok"] == 1
    assert store["items"] is store["items"]  # one Collection per name


async def test_insert_find_and_find_one(store: Store) -> None:
    items = store["items"]
    inserted = await items.insert_one({"_id": "a", "n": 1, "tags": ["x"]})
    assert inserted == "a"
    await seed(store, "more")
    assert await items.find_one({"_id": "a"}) == {"_id": "a", "n": 1, "tags": ["x"]}
    assert await items.find_one({"_id": "a"}, {"_id": 0, "n": 1}) == {"n": 1}
    assert await items.find_one({"_id": "missing"}) is None

    more = store["more"]
    assert await more.find_one({}, sort=[("n", DESCENDING)]) == {"_id": 4, "group": "even", "n": 4}
    found = await more.find({"group": "even"}, {"group": 0}, sort=[("n", DESCENDING)], limit=2)
    assert isinstance(found, list)  # plain data, never a cursor
    assert found == [{"_id": 4, "n": 4}, {"_id": 2, "n": 2}]
    assert [d["_id"] for d in await more.find({}, sort=[("n", ASCENDING)])] == [0, 1, 2, 3, 4]
    assert await more.find({"n": {"$gt": 100}}) == []


async def test_find_with_an_index_hint(store: Store) -> None:
    coll = store[TICKETS]  # indexes ensured by the fixture
    await coll.insert_one({"tenant_id": "t1", "external_id": "e1", "urgency": "high", "created_at": datetime.now(UTC)})
    found = await coll.find({"tenant_id": "t1", "urgency": "high"}, {"_id": 0, "external_id": 1},
                            hint="tenant_urgency_created")
    assert found == [{"external_id": "e1"}]


async def test_update_one_with_upsert_reports_what_happened(store: Store) -> None:
    coll = store["counters"]
    first = await coll.update_one({"_id": "c"}, {"$inc": {"n": 1}}, upsert=True)
    assert first == WriteSummary(matched=0, modified=0, upserted=1)
    second = await coll.update_one({"_id": "c"}, {"$inc": {"n": 1}}, upsert=True)
    assert second == WriteSummary(matched=1, modified=1, upserted=0)
    unchanged = await coll.update_one({"_id": "c"}, {"$set": {"n": 2}})
    assert unchanged == WriteSummary(matched=1, modified=0)
    missing = await coll.update_one({"_id": "nope"}, {"$set": {"n": 1}})
    assert missing == WriteSummary()
    assert await coll.find_one({"_id": "c"}) == {"_id": "c", "n": 2}


async def test_find_one_and_update_returns_after_or_before(store: Store) -> None:
    coll = store["counters"]
    created = await coll.find_one_and_update({"_id": "seq"}, {"$inc": {"n": 1}}, upsert=True)
    assert created == {"_id": "seq", "n": 1}
    after = await coll.find_one_and_update({"_id": "seq"}, {"$inc": {"n": 1}}, projection={"_id": 0})
    assert after == {"n": 2}
    before = await coll.find_one_and_update({"_id": "seq"}, {"$inc": {"n": 1}}, after=False)
    assert before == {"_id": "seq", "n": 2}
    assert await coll.find_one_and_update({"_id": "nope"}, {"$inc": {"n": 1}}) is None
    assert await coll.find_one_and_update({"_id": "nope"}, {"$inc": {"n": 1}}, after=False, upsert=True) is None
    assert await coll.count_documents({}) == 2


async def test_find_one_and_update_with_sort_takes_the_first_match(store: Store) -> None:
    await seed(store)
    claimed = await store["items"].find_one_and_update(
        {"group": "odd", "claimed": {"$exists": False}}, {"$set": {"claimed": True}}, sort=[("n", DESCENDING)],
    )
    assert claimed == {"_id": 3, "group": "odd", "n": 3, "claimed": True}


async def test_bulk_write_mixes_operations_and_counts_each(store: Store) -> None:
    coll = store["items"]
    await seed(store)
    summary = await coll.bulk_write([
        UpdateOne({"_id": 1}, {"$set": {"n": 10}}),
        UpdateOne({"_id": 2}, {"$set": {"n": 2}}),  # matched, not modified
        UpdateOne({"_id": 99}, {"$set": {"n": 99}}, upsert=True),
        InsertOne({"_id": 100, "n": 100}),
        DeleteOne({"_id": 0}),
    ])
    assert summary == WriteSummary(matched=2, modified=1, upserted=1, inserted=1, deleted=1)
    assert sorted(d["_id"] for d in await coll.find({})) == [1, 2, 3, 4, 99, 100]
    assert await coll.bulk_write([]) == WriteSummary()  # nothing to do is not an error


async def test_aggregate_returns_a_list(store: Store) -> None:
    await seed(store, n=6)
    result = await store["items"].aggregate([
        {"$group": {"_id": "$group", "total": {"$sum": "$n"}, "count": {"$sum": 1}}},
        {"$sort": {"_id": 1}},
    ])
    assert result == [{"_id": "even", "total": 6, "count": 3}, {"_id": "odd", "total": 9, "count": 3}]
    assert await store["items"].aggregate([{"$match": {"n": -1}}]) == []


async def test_count_update_many_and_delete_many(store: Store) -> None:
    coll = store["items"]
    await seed(store, n=6)
    assert await coll.count_documents({}) == 6
    assert await coll.count_documents({"group": "odd"}) == 3
    assert await coll.count_documents({}, limit=2) == 2
    assert await coll.update_many({"group": "odd"}, {"$set": {"flag": True}}) == WriteSummary(matched=3, modified=3)
    assert await coll.count_documents({"flag": True}) == 3
    assert await coll.delete_many({"n": {"$lt": 4}}) == 4
    assert await coll.count_documents({}) == 2
    assert await coll.delete_many({"n": {"$lt": 4}}) == 0
    await coll.drop()
    assert await coll.count_documents({}) == 0


async def test_create_indexes_and_a_unique_index_raises_duplicate_key(store: Store) -> None:
    coll = store["users"]
    names = await coll.create_indexes([
        IndexModel([("email", ASCENDING)], unique=True, name="email_unique"),
        IndexModel([("team", ASCENDING), ("joined", DESCENDING)], name="team_joined"),
    ])
    assert names == ["email_unique", "team_joined"]
    assert await coll.create_indexes([IndexModel([("email", ASCENDING)], unique=True, name="email_unique")]) == ["email_unique"]
    listed = await store.command({"listIndexes": "users"})
    assert {ix["name"] for ix in listed["cursor"]["firstBatch"]} >= {"_id_", "email_unique", "team_joined"}

    await coll.insert_one({"email": "a@example.com"})
    with pytest.raises(DuplicateKeyError) as info:
        await coll.insert_one({"email": "a@example.com"})
    assert info.value.code == 11000
    with pytest.raises(BulkWriteError) as bulk:
        await coll.bulk_write([InsertOne({"email": "b@example.com"}), InsertOne({"email": "a@example.com"})])
    assert [e["code"] for e in bulk.value.details["writeErrors"]] == [11000]
    assert await coll.count_documents({}) == 2  # unordered: the good insert went in


async def test_a_second_lock_taker_gets_duplicate_key_not_none(store: Store) -> None:
    """The ingest lock pattern: one upsert whose filter matches only a free or expired lock."""
    locks = store["locks"]
    now = datetime.now(UTC)

    async def take(job: str) -> dict | None:
        return await locks.find_one_and_update(
            {"_id": "tenant_a", "expires_at": {"$lt": now}},
            {"$set": {"job": job, "expires_at": now + timedelta(seconds=60)}},
            upsert=True,
        )

    assert (await take("job-1"))["job"] == "job-1"
    with pytest.raises(DuplicateKeyError):
        await take("job-2")


async def test_unique_index_from_the_schema_holds(store: Store) -> None:
    tickets = store[TICKETS]
    await tickets.insert_one({"tenant_id": "t1", "external_id": "x"})
    await tickets.insert_one({"tenant_id": "t2", "external_id": "x"})  # other tenant: fine
    with pytest.raises(DuplicateKeyError):
        await tickets.insert_one({"tenant_id": "t1", "external_id": "x"})


async def test_datetimes_come_back_tz_aware(store: Store) -> None:
    coll = store["times"]
    aware = datetime(2024, 5, 1, 12, 30, 15, 123000, tzinfo=UTC)
    other_zone = datetime(2024, 5, 1, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    await coll.insert_one({"_id": 1, "at": aware, "other": other_zone})
    doc = await coll.find_one({"_id": 1})
    assert doc is not None
    assert doc["at"] == aware and doc["at"].tzinfo is not None
    assert doc["other"] == other_zone and doc["other"].utcoffset() == timedelta(0)  # stored as UTC
    (agg,) = await coll.aggregate([{"$project": {"hour": {"$dateTrunc": {"date": "$at", "unit": "hour"}}}}])
    assert agg["hour"] == datetime(2024, 5, 1, 12, tzinfo=UTC)
    (found,) = await coll.find({"at": {"$gte": aware - timedelta(seconds=1)}})
    assert found["at"].tzinfo is not None


async def test_concurrent_calls_beyond_the_pool_size_all_complete(store: Store) -> None:
    await seed(store, n=3)
    results: list[int] = []

    async def count() -> None:
        results.append(await store["items"].count_documents({}))

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            for _ in range(store.pool_size * 3):
                tg.start_soon(count)
    assert results == [3] * (store.pool_size * 3)


async def test_an_unreachable_server_fails_fast_with_connection_failure() -> None:
    port = free_port()  # bound and released: nothing listens there
    async with open_store(f"mongodb://127.0.0.1:{port}/", "nowhere", pool_size=2, selection_timeout_ms=300) as store:
        with pytest.raises(ServerSelectionTimeoutError) as info:
            await store["items"].find_one({})
        assert isinstance(info.value, ConnectionFailure)
        assert isinstance(info.value, UNAVAILABLE)  # what the web layer maps to 503
        with pytest.raises(ConnectionFailure):
            await store["items"].insert_one({"x": 1})
    # PyMongo's async monitor leaks the socket of a connect that close() cancels mid-way
    # (PYTHON-5867, mongodb/mongo-python-driver#2858). Collect it here, where it is expected,
    # rather than let its ResourceWarning fail whichever test the GC happens to run in.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "unclosed <socket.socket", ResourceWarning)
        gc.collect()
