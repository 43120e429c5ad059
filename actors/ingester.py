"""One ingester per running job: the page loop, and a final status however it ends.

The loop is ours (the customer's rule): ask the rate limiter for a slot, fetch page P,
store it, report progress, follow ``next_page`` until the provider says there is none.
Between pages it honours a cancel request (which may come from another process through
the job document) and a lost lock (fencing: it stops before writing anything more).

Everything the job accumulates (the ids it saw, its metrics) lives in this coroutine's
frame and dies with it; nothing is kept at module level (debug task C).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import anyio
import httpx
from anyio.abc import TaskStatus
from anyio.streams.memory import MemoryObjectSendStream

from actors.storage import job_log
from actors.storage import tenant_locks
from actors.rules.backoff import Backoff
from actors.storage.job_log import JobMetrics
from actors.kit import ActorError, ActorRef
from actors.lock_keeper import Hold, Release
from actors.notifier import Poke
from actors.storage.ticket_writes import RollupRefresh, process_page, soft_delete_missing
from actors.provider_client import Page, ProviderClient, ProviderError
from actors.storage.store import Store

log = logging.getLogger("tickets.ingester")


class LockLost(Exception):
    pass


@dataclass(frozen=True)
class IngestDeps:
    """What every job needs; built once by the root, shared read-only by all jobs."""

    store: Store
    http: httpx.AsyncClient
    provider_url: str
    rate_limiter: ActorRef
    lock_keeper: ActorRef
    notifier: ActorRef | None
    classifier: Any
    page_size: int = 100
    backoff: Backoff = field(default_factory=lambda: Backoff(base=0.5, cap=20.0, max_attempts=6))
    refresh_rollups: RollupRefresh | None = None


@dataclass(frozen=True)
class JobSpec:
    job_id: str
    tenant_id: str
    started_at: datetime


async def run_job(spec: JobSpec, deps: IngestDeps, *, task_status: TaskStatus[str] = anyio.TASK_STATUS_IGNORED) -> None:
    metrics = JobMetrics()
    lost = anyio.Event()
    await deps.lock_keeper.tell(Hold(spec.tenant_id, spec.job_id, lost))
    task_status.started(spec.job_id)
    status, error = "failed", None
    ctx = {"tenant_id": spec.tenant_id, "job_id": spec.job_id}
    log.info("job started", extra=ctx)
    try:
        status = await _pages(spec, deps, metrics, lost)
    except anyio.get_cancelled_exc_class():
        status, error = "cancelled", "stopped: the app is shutting down"
        raise
    except LockLost as exc:
        error = str(exc)
    except ProviderError as exc:
        error = f"provider: {exc}"
    except Exception as exc:  # recorded, not re-raised: a failed job is an outcome, not a crash
        error = f"{type(exc).__name__}: {exc}"
        log.exception("job crashed", extra=ctx)
    finally:
        with anyio.move_on_after(5, shield=True):
            try:
                await job_log.finish(deps.store, spec.job_id, status, metrics, error, spec.started_at)
            finally:
                # status first, then the lock: the janitor never sees a live job without one
                if not lost.is_set():
                    await tenant_locks.release(deps.store, spec.tenant_id, spec.job_id)
                try:
                    deps.lock_keeper.tell_nowait(Release(spec.tenant_id, spec.job_id))
                except ActorError:
                    pass  # the keeper then finds the lock no longer ours and forgets it
        log.info("job finished", extra={**ctx, "status": status, "error": error, **metrics.as_dict()})


class RollupBatch:
    """Hours whose rollups a job made stale, refreshed every few pages rather than each.

    A page's tickets spread over many hours of history, so refreshing after every page
    recomputed most of the tenant's hours each time (measured on the embedded server: as
    much work as storing the page, and more with the day and month levels). A refresh is
    idempotent and recomputes whole hours, so one refresh of the union of a batch's hours
    gives the same result for a fraction of the work. The dashboard's fast path lags a
    running job by at most 15 s, and the job refreshes what is left however it ends.
    """

    def __init__(self, deps: IngestDeps, tenant_id: str, every_pages: int = 10, every_seconds: float = 15.0) -> None:
        self._refresh = deps.refresh_rollups
        self._store = deps.store
        self._tenant = tenant_id
        self._every_pages = every_pages
        self._every_seconds = every_seconds
        self._hours: set[datetime] = set()
        self._pages = 0
        self._since = anyio.current_time()

    async def add(self, hours: set[datetime]) -> None:
        self._hours |= hours
        self._pages += 1
        if self._pages >= self._every_pages or anyio.current_time() - self._since >= self._every_seconds:
            await self.flush()

    async def flush(self) -> None:
        if self._refresh is not None and self._hours:
            hours, self._hours = self._hours, set()
            await self._refresh(self._store, self._tenant, hours)
        self._pages = 0
        self._since = anyio.current_time()


async def _pages(spec: JobSpec, deps: IngestDeps, metrics: JobMetrics, lost: anyio.Event) -> str:
    client = ProviderClient(deps.http, deps.provider_url, deps.rate_limiter, metrics, deps.backoff)
    rollups = RollupBatch(deps, spec.tenant_id)
    try:
        return await _page_loop(spec, deps, metrics, lost, client, rollups)
    finally:
        # the pages stored so far count, however the job ends
        with anyio.move_on_after(30, shield=True):
            try:
                await rollups.flush()
            except Exception:  # a refresh cut short leaves its hours pending: the next one redoes them
                log.warning("rollup refresh failed", extra={"tenant_id": spec.tenant_id, "job_id": spec.job_id})


@dataclass(frozen=True)
class _Fetched:
    page: int
    result: Page | None
    seconds: float
    error: BaseException | None = None


async def _prefetch(client: ProviderClient, tenant_id: str, page_size: int,
                    send: MemoryObjectSendStream[_Fetched]) -> None:
    """Fetch page N+1 while page N is being stored: the provider's budget, not our
    database, sets the pace. The handoff has no buffer, so the fetcher is never more than
    one page ahead and a job still holds at most one permit (fair sharing)."""
    page: int | None = 1
    async with send:
        while page is not None:
            started = time.perf_counter()
            try:
                result = await client.page(tenant_id, page, page_size)
            except Exception as exc:  # handed over as data so the loop fails with *this* error
                await send.send(_Fetched(page, None, time.perf_counter() - started, exc))
                return
            await send.send(_Fetched(page, result, time.perf_counter() - started))
            page = result.next_page


async def _page_loop(spec: JobSpec, deps: IngestDeps, metrics: JobMetrics, lost: anyio.Event,
                     client: ProviderClient, rollups: RollupBatch) -> str:
    seen: set[str] = set()
    total_pages = None
    send, receive = anyio.create_memory_object_stream[_Fetched](0)
    failure: Exception | None = None
    async with anyio.create_task_group() as tg, receive:
        tg.start_soon(_prefetch, client, spec.tenant_id, deps.page_size, send)
        try:
            async for fetched in receive:
                if fetched.error is not None:
                    raise fetched.error
                result = fetched.result
                assert result is not None
                # the page in hand is stored only if the job may still write
                if lost.is_set():
                    raise LockLost("lock lost to another job: stopped without writing")
                t1 = time.perf_counter()
                outcome = await process_page(deps.store, spec.tenant_id, spec.job_id, result.tickets, deps.classifier,
                                             metrics)
                await rollups.add(outcome.touched_hours)
                seen.update(outcome.seen_ids)
                metrics.pages += 1
                total_pages = result.total_pages(deps.page_size) or total_pages
                if total_pages is not None and metrics.pages > total_pages:
                    total_pages = metrics.pages  # the provider grew while we read it
                await job_log.report_progress(deps.store, spec.job_id, metrics.pages, total_pages, metrics)
                if outcome.alerts_queued and deps.notifier is not None:
                    _poke(deps.notifier)
                log.info("page stored", extra={"tenant_id": spec.tenant_id, "job_id": spec.job_id,
                                               "page": fetched.page, "tickets": len(result.tickets),
                                               "fetch_seconds": round(fetched.seconds, 3),
                                               "store_seconds": round(time.perf_counter() - t1, 3)})
                if result.next_page is not None and await job_log.cancel_requested(deps.store, spec.job_id):
                    return "cancelled"
        except Exception as exc:  # raised after the group, as itself, not wrapped in an ExceptionGroup
            failure = exc
        finally:
            tg.cancel_scope.cancel()  # a prefetched page we will not store is simply dropped
    if failure is not None:
        raise failure
    if lost.is_set():
        raise LockLost("lock lost to another job: stopped before deletions")
    await rollups.flush()
    await soft_delete_missing(deps.store, spec.tenant_id, spec.job_id, seen, metrics, deps.refresh_rollups)
    return "completed"


def _poke(notifier: ActorRef) -> None:
    try:
        notifier.tell_nowait(Poke())
    except ActorError:  # a full mailbox already means "work is waiting"; the poll catches up
        pass
