"""The store: one interface to MongoDB, two ways in.

PyMongo's ``AsyncMongoClient`` (the official successor of Motor) is asyncio-only, and the
customer wants the core to run on trio too. So the app's queries are written once against
:class:`Collection`, and :func:`open_store` picks the way in for the running backend:

- asyncio: ``AsyncMongoClient``, awaited directly;
- trio: PyMongo's sync ``MongoClient`` through ``anyio.to_thread.run_sync`` with a
  ``CapacityLimiter`` sized to the connection pool, so threads never outnumber connections.

This module is the only one that knows which backend runs. Everything returned is plain
data (dicts, lists, counts), never a cursor, so no caller can leak a server-side cursor.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import sniffio
from pymongo import AsyncMongoClient, MongoClient, ReturnDocument
from pymongo.errors import ConnectionFailure, ExecutionTimeout, PyMongoError

from actors.storage.background_lane import BackgroundLane

#: errors that mean "the database is not reachable right now" (answer 503, retry later)
UNAVAILABLE = (ConnectionFailure,)
#: a bounded call (``Store.with_timeout``) is cut off this long after its ``maxTimeMS``, so
#: the server's own, cleaner answer usually comes first
CLIENT_GRACE_SECONDS = 0.5


@dataclass(frozen=True)
class WriteSummary:
    matched: int = 0
    modified: int = 0
    upserted: int = 0
    inserted: int = 0
    deleted: int = 0


def client_options(pool_size: int, selection_timeout_ms: int) -> dict[str, Any]:
    """Bounded pool, short timeouts: a dead database must give a fast error, not a hang."""
    return {
        "maxPoolSize": pool_size,
        "minPoolSize": 0,
        "serverSelectionTimeoutMS": selection_timeout_ms,
        "connectTimeoutMS": selection_timeout_ms,
        "socketTimeoutMS": 30_000,
        "maxIdleTimeMS": 120_000,  # below the embedded server's 300 s idle cut-off
        "tz_aware": True,
        "appname": "ticket-service",
    }


class Collection:
    """The operations the app uses, identical on both backends."""

    def __init__(self, raw: Any, call: Callable[..., Any], max_time_ms: int | None = None) -> None:
        self._raw = raw
        self._call = call  # awaits an async method, or runs a sync one in a thread
        self.name: str = raw.name
        #: the server stops a read after this long (``maxTimeMS``); None: no limit
        self.max_time_ms = max_time_ms

    async def find_one(self, filter: Mapping[str, Any], projection: Any = None, sort: Any = None) -> dict | None:
        limit = {"max_time_ms": self.max_time_ms} if self.max_time_ms else {}
        return await self._call(self._raw.find_one, filter, projection, sort=sort, **limit)

    async def find(
        self, filter: Mapping[str, Any], projection: Any = None, *, sort: Any = None, limit: int = 0, hint: Any = None
    ) -> list[dict]:
        return await self._call(_find_list, self._raw, filter, projection, sort, limit, hint, self.max_time_ms)

    async def aggregate(self, pipeline: Sequence[Mapping[str, Any]], **kwargs: Any) -> list[dict]:
        if self.max_time_ms:
            kwargs.setdefault("maxTimeMS", self.max_time_ms)
        return await self._call(_aggregate_list, self._raw, list(pipeline), kwargs)

    async def count_documents(self, filter: Mapping[str, Any], **kwargs: Any) -> int:
        if self.max_time_ms:
            kwargs.setdefault("maxTimeMS", self.max_time_ms)
        return await self._call(self._raw.count_documents, filter, **kwargs)

    async def insert_one(self, doc: Mapping[str, Any]) -> Any:
        result = await self._call(self._raw.insert_one, doc)
        return result.inserted_id

    async def update_one(self, filter: Mapping[str, Any], update: Any, *, upsert: bool = False) -> WriteSummary:
        r = await self._call(self._raw.update_one, filter, update, upsert=upsert)
        return WriteSummary(r.matched_count, r.modified_count, 1 if r.upserted_id is not None else 0)

    async def update_many(self, filter: Mapping[str, Any], update: Any) -> WriteSummary:
        r = await self._call(self._raw.update_many, filter, update)
        return WriteSummary(r.matched_count, r.modified_count)

    async def delete_many(self, filter: Mapping[str, Any]) -> int:
        r = await self._call(self._raw.delete_many, filter)
        return r.deleted_count

    async def find_one_and_update(
        self, filter: Mapping[str, Any], update: Any, *, upsert: bool = False, after: bool = True,
        projection: Any = None, sort: Any = None,
    ) -> dict | None:
        return await self._call(
            self._raw.find_one_and_update, filter, update, projection=projection, sort=sort, upsert=upsert,
            return_document=ReturnDocument.AFTER if after else ReturnDocument.BEFORE,
        )

    async def bulk_write(self, requests: Sequence[Any], *, ordered: bool = False) -> WriteSummary:
        if not requests:
            return WriteSummary()
        r = await self._call(self._raw.bulk_write, list(requests), ordered=ordered)
        return WriteSummary(r.matched_count, r.modified_count, r.upserted_count, r.inserted_count, r.deleted_count)

    async def create_indexes(self, indexes: Sequence[Any]) -> list[str]:
        return await self._call(self._raw.create_indexes, list(indexes))

    async def drop(self) -> None:
        await self._call(self._raw.drop)


def _is_async(raw: Any) -> bool:
    return type(raw).__module__.startswith("pymongo.asynchronous")


def _find_list(raw: Any, filter: Any, projection: Any, sort: Any, limit: int, hint: Any,
               max_time_ms: int | None) -> Any:
    cursor = raw.find(filter, projection, sort=sort, limit=limit, max_time_ms=max_time_ms)
    if hint is not None:
        cursor = cursor.hint(hint)
    return cursor.to_list()


def _aggregate_list(raw: Any, pipeline: list, kwargs: dict) -> Any:
    if _is_async(raw):
        async def run() -> list[dict]:
            cursor = await raw.aggregate(pipeline, **kwargs)
            return await cursor.to_list()
        return run()
    return raw.aggregate(pipeline, **kwargs).to_list()


class Store:
    """One database handle for the process: the collections and ``command``."""

    def __init__(self, db: Any, call: Callable[..., Any], backend: str, pool_size: int,
                 max_time_ms: int | None = None) -> None:
        self._db = db
        self._call = call
        self._max_time_ms = max_time_ms
        self._collections: dict[str, Collection] = {}
        #: "asyncio" or "trio": which way in this store uses
        self.backend = backend
        self.pool_size = pool_size
        self.name: str = db.name

    def __getitem__(self, name: str) -> Collection:
        coll = self._collections.get(name)
        if coll is None:
            coll = self._collections[name] = Collection(self._db[name], self._call, self._max_time_ms)
        return coll

    async def command(self, command: str | Mapping[str, Any], **kwargs: Any) -> dict:
        return await self._call(self._db.command, command, **kwargs)

    async def admin_command(self, command: str | Mapping[str, Any], **kwargs: Any) -> dict:
        return await self._call(self._db.client.admin.command, command, **kwargs)

    def with_timeout(self, seconds: float) -> "Store":
        """The same database, every operation bounded to ``seconds`` (the web's view of it).

        Two bounds: every read carries ``maxTimeMS``, so the *server* stops working on it
        (its error has ``timeout`` true), and every call is also cut off on our side a
        little later, whatever it waits on (a full pool, a silent network), raising
        :class:`~pymongo.errors.ExecutionTimeout`. The web layer answers both with ``503``
        + ``Retry-After``. Each call has its own budget, so a request that polls
        (``?wait=true``) is not cut short by its own earlier queries.

        Not PyMongo's ``timeout()`` block: inside one, server selection also waits the
        whole budget, so with the database down every request would hang ``seconds``
        instead of failing after ``serverSelectionTimeoutMS``. The actors keep the untimed
        store: their work is bounded by the job limits.
        """
        call = self._call
        cut_off = seconds + CLIENT_GRACE_SECONDS

        async def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            with anyio.move_on_after(cut_off):
                return await call(fn, *args, **kwargs)
            raise ExecutionTimeout(f"no answer from the database within {cut_off:.1f} s", code=50)

        return Store(self._db, timed, self.backend, self.pool_size, max(1, round(seconds * 1000)))

    def in_lane(self, lane: BackgroundLane) -> "Store":
        """The same database, every operation holding ``lane`` while it runs (one at a time).

        For background work (ingestion): ``actors/storage/background_lane.py`` says why.
        """
        call = self._call

        async def in_turn(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            async with lane.hold():
                return await call(fn, *args, **kwargs)

        return Store(self._db, in_turn, self.backend, self.pool_size, self._max_time_ms)


@asynccontextmanager
async def open_store(url: str, db_name: str, *, pool_size: int = 20, selection_timeout_ms: int = 2000) -> AsyncIterator[Store]:
    """Open the process's one client; it is closed when the block exits, whatever happens."""
    options = client_options(pool_size, selection_timeout_ms)
    backend = sniffio.current_async_library()
    if backend == "asyncio":
        client: Any = AsyncMongoClient(url, **options)

        async def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            return await result if hasattr(result, "__await__") else result

        try:
            yield Store(client[db_name], call, backend, pool_size)
        finally:
            with anyio.CancelScope(shield=True):
                await client.close()
    else:
        client = MongoClient(url, **options)
        limiter = anyio.CapacityLimiter(pool_size)

        async def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs), limiter=limiter)

        try:
            yield Store(client[db_name], call, backend, pool_size)
        finally:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(client.close)


__all__ = ["Collection", "Store", "WriteSummary", "open_store", "UNAVAILABLE", "PyMongoError"]
