"""Answers that are cheap to repeat: ETags from the tenant's data version, and a bounded cache.

A tenant's ``/tickets`` pages and ``/stats`` change only when its data does, and every write
that changes them moves the tenant's version (``actors/storage/data_versions.py``) after it
lands. So an answer is named by ``(route, tenant, version, normalised query)`` and:

- its weak ``ETag`` is a digest of that name: a client that sends it back in
  ``If-None-Match`` gets ``304 Not Modified`` after one primary-key read (the version), with
  no read slot taken and nothing else asked of the database;
- the same name keys a per-process LRU of serialised answers, bounded by entries, bytes and
  age, so repeated questions are answered from memory. Hits, misses, evictions and 304s are
  counted in ``/metrics``.

Never stale after an acknowledged write, in any process: a request reads the version
*before* it reads any data and files its answer under what it read, and writers bump the
version *after* their write. A request that starts after a write was acknowledged therefore
reads the new version, and no entry exists under it but answers computed after the write.
The age limit only bounds what a writer that forgot to bump could leave behind.

Version reads are shared too (:class:`VersionReads`): a request joins the next read that has
not been sent yet, never one already on its way (which could predate a write the caller saw
acknowledged), so under load one query answers the versions of every tenant asked meanwhile.

Identical misses arriving together are computed once (single flight): the others wait for
that answer instead of each taking a read slot to compute the same thing. Only the request
that computes takes a slot (``web.admission``), so hits, 304s and coalesced waiters are never
shed. The cache belongs to the app (``AppContext.answer_cache``, or one made per app on first
use): nothing here is module state.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

import anyio
from quart import Response, current_app, request

from actors.storage import data_versions
from actors.storage.data_versions import DataVersion
from web.admission import read_admission
from web.context import ctx

#: changes when an answer's format changes, so a browser's old ETag cannot match a new format
ANSWER_FORMAT = "1"
#: roughly what an entry costs beyond its body (key, headers, bookkeeping)
ENTRY_OVERHEAD = 512


@dataclass(frozen=True)
class Entry:
    body: bytes
    etag: str
    #: ``time.monotonic()`` when it was computed, for ``Age`` and the age limit
    stored_at: float

    @property
    def size(self) -> int:
        return len(self.body) + ENTRY_OVERHEAD


@dataclass
class _Flight:
    done: anyio.Event = field(default_factory=anyio.Event)
    entry: Entry | None = None
    error: BaseException | None = None


@dataclass
class _Batch:
    """Tenants whose versions one query will read; ``done`` when it has."""

    tenants: set[str] = field(default_factory=set)
    done: anyio.Event = field(default_factory=anyio.Event)
    versions: dict[str, DataVersion] | None = None
    error: Exception | None = None


class VersionReads:
    """At most one version query in flight per process; requests that arrive meanwhile gather
    into the next one, which is sent when the one in flight returns.

    Every request is answered by a query sent *after* it arrived, so it sees every write
    acknowledged before it arrived: the same guarantee as a read of its own, at a fraction
    of the queries when many requests arrive together (and a free connection each).
    """

    def __init__(self) -> None:
        self._gathering: _Batch | None = None
        self._in_flight: anyio.Event | None = None
        self.queries = 0

    async def current(self, store: Any, tenant_id: str) -> DataVersion:
        batch = self._gathering
        if batch is None:
            batch = self._gathering = _Batch()
            batch.tenants.add(tenant_id)
            await self._send(store, batch)
        else:
            batch.tenants.add(tenant_id)
            await batch.done.wait()
        if batch.error is not None:
            raise batch.error
        if batch.versions is None:  # the request that sent it went away first: read alone
            return await data_versions.current(store, tenant_id)
        return batch.versions[tenant_id]

    async def _send(self, store: Any, batch: _Batch) -> None:
        try:
            if self._in_flight is not None:
                await self._in_flight.wait()  # it may predate some of this batch: the next query is ours
            self._gathering = None  # from here on, newcomers gather the batch after this one
            self._in_flight = sent = anyio.Event()
            try:
                self.queries += 1
                batch.versions = await data_versions.current_many(store, batch.tenants)
            except Exception as exc:
                batch.error = exc
                raise
            finally:
                sent.set()
                if self._in_flight is sent:
                    self._in_flight = None
        finally:
            if self._gathering is batch:
                self._gathering = None
            batch.done.set()


class AnswerCache:
    """An LRU of serialised answers, bounded by ``max_entries``, ``max_bytes`` and ``max_age``."""

    def __init__(self, max_entries: int = 512, max_bytes: int = 4 * 1024 * 1024, max_age_seconds: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_age = max_age_seconds
        self._clock = clock
        self._entries: OrderedDict[Hashable, Entry] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        #: what computations learned that makes the next one cheaper (a listing's rows per second)
        self._hints: OrderedDict[Hashable, Any] = OrderedDict()
        #: per tenant, the newest version seen and its entries' keys and versions (``retire``)
        self._versions: OrderedDict[str, str] = OrderedDict()
        self._by_tenant: dict[str, dict[Hashable, str]] = {}
        self._tenant_of: dict[Hashable, str] = {}
        self.retired = 0
        self.bytes = 0
        self.hits = self.misses = self.evictions = self.expired = self.coalesced = self.not_modified = 0
        #: version reads and the seconds they took, summed: what every answer, even a hit, pays
        self.version_reads = 0
        self.version_seconds = 0.0
        self.versions = VersionReads()
        #: listing pages computed, and the windows (queries) they took (``ticket_queries``)
        self.listing_pages = 0
        self.listing_windows = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Hashable) -> Entry | None:
        entry = self._entries.get(key)
        if entry is not None and self._clock() - entry.stored_at > self.max_age:
            self._drop(key)
            self.expired += 1
            entry = None
        if entry is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key: Hashable, entry: Entry, owner: tuple[str, str] | None = None) -> None:
        """Keep ``entry``; ``owner``: the (tenant, version) it answers for, so ``retire`` finds it."""
        if entry.size > self.max_bytes // 8:
            return  # one answer may not push out most of the others
        if key in self._entries:
            self._drop(key)
        self._entries[key] = entry
        self.bytes += entry.size
        if owner is not None:
            tenant, version = owner
            self._by_tenant.setdefault(tenant, {})[key] = version
            self._tenant_of[key] = tenant
        while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
            self._drop(next(iter(self._entries)))
            self.evictions += 1

    def hint(self, key: Hashable) -> Any:
        return self._hints.get(key)

    def learn(self, key: Hashable, value: Any) -> None:
        """Keep a hint (bounded like the entries; a hint only ever changes cost, never answers)."""
        self._hints[key] = value
        self._hints.move_to_end(key)
        while len(self._hints) > max(self.max_entries, 1):
            self._hints.popitem(last=False)

    def retire(self, tenant: str, token: str) -> None:
        """The tenant's data is at version ``token`` now: its entries under other versions can
        never be asked for again by a request that reads this one, so they go at once instead
        of crowding the live ones out of the LRU."""
        if self._versions.get(tenant) == token:
            self._versions.move_to_end(tenant)
            return
        self._versions[tenant] = token
        self._versions.move_to_end(tenant)
        while len(self._versions) > max(self.max_entries, 1):
            self._versions.popitem(last=False)
        stale = [key for key, version in self._by_tenant.get(tenant, {}).items() if version != token]
        for key in stale:
            self._drop(key)
        self.retired += len(stale)

    def _drop(self, key: Hashable) -> None:
        self.bytes -= self._entries.pop(key).size
        tenant = self._tenant_of.pop(key, None)
        if tenant is not None:
            keys = self._by_tenant[tenant]
            del keys[key]
            if not keys:
                del self._by_tenant[tenant]

    def now(self) -> float:
        return self._clock()

    def age(self, entry: Entry) -> float:
        return self._clock() - entry.stored_at

    async def compute_once(self, key: Hashable, produce: Callable[[], Awaitable[Entry]],
                           owner: tuple[str, str] | None = None) -> Entry:
        """The entry for ``key``, computed by one caller while identical callers wait for it."""
        flight = self._flights.get(key)
        if flight is not None:
            await flight.done.wait()
            if flight.entry is not None:
                self.coalesced += 1
                return flight.entry
            if flight.error is not None:
                raise flight.error
            # the producer was cancelled (its client went away): compute it ourselves
        flight = self._flights[key] = _Flight()
        try:
            flight.entry = await produce()
            self.put(key, flight.entry, owner)
            return flight.entry
        except Exception as exc:
            flight.error = exc
            raise
        finally:
            if self._flights.get(key) is flight:
                del self._flights[key]
            flight.done.set()


def current_cache() -> AnswerCache:
    """This app's cache: the context's, or one made for the app from its settings."""
    extensions = current_app.extensions
    cache = extensions.get("answer_cache")
    if cache is None:
        context = ctx()
        settings = context.settings
        cache = context.answer_cache or AnswerCache(settings.answer_cache_entries, settings.answer_cache_bytes,
                                                    settings.answer_cache_max_age_seconds)
        extensions["answer_cache"] = cache
    return cache


def make_etag(name: tuple) -> str:
    digest = hashlib.sha256(json.dumps([ANSWER_FORMAT, *name], default=str).encode()).hexdigest()[:32]
    return f'W/"{digest}"'


def _opaque(tag: str) -> str:
    tag = tag.strip()
    return tag[2:] if tag.startswith("W/") else tag


def not_modified(if_none_match: str | None, etag: str) -> bool:
    """``If-None-Match`` names this answer (weak comparison, as RFC 9110 asks for it)."""
    if not if_none_match:
        return False
    wanted = _opaque(etag)
    return any(tag.strip() == "*" or _opaque(tag) == wanted for tag in if_none_match.split(","))


def _headers(etag: str) -> dict[str, str]:
    # private: per caller's key; no-cache: a browser revalidates every time (cheaply, with a 304)
    return {"ETag": etag, "Cache-Control": "private, no-cache", "Vary": "Authorization, Cookie"}


def _response(entry: Entry, cache: AnswerCache) -> Response:
    headers = _headers(entry.etag)
    headers["Age"] = str(int(cache.age(entry)))
    return Response(entry.body, status=200, mimetype="application/json", headers=headers)


Compute = Callable[[DataVersion], Awaitable[Any]]


async def answer(route: str, tenant_id: str, query: tuple, compute: Compute) -> Response:
    """The route's answer for ``query``: 304, from the cache, or computed once under a read slot.

    ``compute`` gets the version read for this answer and returns the JSON body.
    """
    cache = current_cache()
    started = time.perf_counter()
    version = await cache.versions.current(ctx().store, tenant_id)
    cache.version_reads += 1
    cache.version_seconds += time.perf_counter() - started
    name = (route, tenant_id, version.token, query)
    etag = make_etag(name)
    cache.retire(tenant_id, version.token)
    if not_modified(request.headers.get("If-None-Match"), etag):
        cache.not_modified += 1
        return Response(b"", status=304, headers=_headers(etag))
    entry = cache.get(name)
    if entry is None:
        async def produce() -> Entry:
            async with read_admission().slot():
                body = await compute(version)
            return Entry(current_app.json.dumps(body).encode(), etag, cache.now())

        entry = await cache.compute_once(name, produce, (tenant_id, version.token))
    return _response(entry, cache)
