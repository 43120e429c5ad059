"""One ingester per running job: the page loop, and a final status however it ends.

The loop is ours (the customer's rule): ask the rate limiter for a slot, fetch page P,
store it, report progress, follow ``next_page`` until the provider says there is none,
then settle deletions (a tenant's first run has none to settle, and skips the deleted list).
Three things may stop it at any moment, and each cancels the job's work scope at once,
whatever it is waiting on (a permit, a backoff sleep, a page, a write):

- a cancel request: it may come from another process, so it lives in the job document,
  which this process's cancel watch reads for all its jobs at once (``cancel_watch.py``).
  The job ends ``cancelled``, keeps what it stored, and never runs deletions;
- a lost lock (fencing): the lock keeper found another job holding the tenant; the job ends
  ``failed`` without writing more;
- the job's wall-clock limit (``job_max_seconds``), checked on the injected clock between
  calls and enforced by a real deadline: ``failed``.

A provider that breaks a trust bound (``rules/listing.py``, ``ProviderLimits``) fails the
job with the reason. However it ends, the status is written, then the lock released, then
the rollups of the pages stored so far refreshed (bounded, shielded).

Fetching runs one page ahead of storing, with one page of buffer: while a page is stored,
the next is fetched and the one after is already queued for a permit, so the shared budget
never waits on our database (and the last page's storing overlaps the deleted-list call).

Everything the job accumulates lives in this coroutine's frame and dies with it.
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

from actors.cancel_watch import Unwatch, Watch
from actors.kit import ActorError, ActorRef
from actors.lock_keeper import Hold, Release
from actors.notifier import Poke
from actors.provider_client import Page, ProviderClient, ProviderError, ProviderLimits
from actors.rate_limiter import PenaltyBoard
from actors.rules.backoff import Backoff
from actors.rules.listing import ListingError, ListingWatch, plan_deletions
from actors.rules.page_plan import plan_page, sort_page
from actors.rules.timebase import SYSTEM_CLOCK, Clock
from actors.storage import job_log, tenant_locks
from actors.storage.job_log import JobMetrics
from actors.storage.store import Store
from actors.storage.ticket_writes import (
    RollupRefresh, apply_plan, count_plan, count_sorted, has_live_tickets, live_tickets, read_stored, soft_delete,
    store_invalid,
)

log = logging.getLogger("tickets.ingester")


class JobTooLong(Exception):
    """The job outlived ``job_max_seconds`` on its clock (checked before each call)."""


@dataclass(frozen=True)
class IngestDeps:
    """What every job needs; built once by the root, shared read-only by all jobs."""

    store: Store
    http: httpx.AsyncClient
    provider_url: str
    rate_limiter: ActorRef
    lock_keeper: ActorRef
    #: tells each job when its cancel flag is set (one query for all of the process's jobs)
    cancel_watch: ActorRef
    notifier: ActorRef | None
    classifier: Any
    page_size: int = 100
    backoff: Backoff = field(default_factory=lambda: Backoff(base=0.5, cap=20.0, max_attempts=6))
    #: recompute rollup hours (after writes) / announce them stale (before writes)
    refresh_rollups: RollupRefresh | None = None
    mark_rollups: RollupRefresh | None = None
    #: this process's view of the provider's Retry-After pause (shared by all jobs)
    penalties: PenaltyBoard | None = None
    limits: ProviderLimits = field(default_factory=ProviderLimits)
    #: a job running longer than this ends ``failed`` (``JOB_MAX_SECONDS``)
    job_max_seconds: float = 3600.0
    #: stored tickets missing from a walk that are checked one by one (a call each)
    verify_limit: int = 20
    rollup_every_pages: int = 10
    rollup_every_seconds: float = 15.0
    clock: Clock = SYSTEM_CLOCK


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
    ctx = {"tenant_id": spec.tenant_id, "job_id": spec.job_id}
    log.info("job started", extra=ctx)
    rollups = RollupBatch(deps, spec.tenant_id, metrics)
    status, error = "failed", None
    try:
        status, error = await _supervised(spec, deps, metrics, lost, rollups)
    except anyio.get_cancelled_exc_class():
        status, error = "cancelled", "stopped: the app is shutting down"
        raise
    except Exception as exc:  # recorded, not re-raised: a failed job is an outcome, not a crash
        error = f"{type(exc).__name__}: {exc}"
        log.exception("job crashed", extra=ctx)
    finally:
        await _finish(spec, deps, metrics, lost, status, error)
        await _flush_rollups(rollups, ctx)
        log.info("job finished", extra={**ctx, "status": status, "error": error, **metrics.as_dict()})


async def _finish(spec: JobSpec, deps: IngestDeps, metrics: JobMetrics, lost: anyio.Event, status: str,
                  error: str | None) -> None:
    with anyio.move_on_after(5, shield=True):
        try:
            await job_log.finish(deps.store, spec.job_id, status, metrics, error, spec.started_at, now=deps.clock.now())
        finally:
            # status first, then the lock: the janitor never sees a live job without one
            if not lost.is_set():
                await tenant_locks.release(deps.store, spec.tenant_id, spec.job_id, now=deps.clock.now())
            try:
                deps.lock_keeper.tell_nowait(Release(spec.tenant_id, spec.job_id))
            except ActorError:
                pass  # the keeper then finds the lock no longer ours and forgets it


async def _flush_rollups(rollups: "RollupBatch", ctx: dict) -> None:
    """The pages stored so far count, however the job ended (a completed job flushed already)."""
    with anyio.move_on_after(30, shield=True):
        try:
            await rollups.flush()
        except Exception:  # its hours stay pending: the next refresh, or the janitor, redoes them
            log.warning("rollup refresh failed", extra=ctx)


# -- what may stop a job -------------------------------------------------------------------

@dataclass
class _Stop:
    """Why a watcher cancelled the work scope (None: it was not a watcher)."""

    reason: str | None = None


async def _supervised(spec: JobSpec, deps: IngestDeps, metrics: JobMetrics, lost: anyio.Event,
                      rollups: "RollupBatch") -> tuple[str, str | None]:
    stop = _Stop()
    failure: Exception | None = None
    status = "failed"
    async with anyio.create_task_group() as watchers:
        work = anyio.CancelScope(deadline=anyio.current_time() + deps.job_max_seconds)
        watchers.start_soon(_watch_cancel, deps, spec.job_id, work, stop)
        watchers.start_soon(_watch_lock, lost, work, stop)
        with work:
            try:
                status = await _work(spec, deps, metrics, rollups)
            except Exception as exc:  # raised below as itself, not wrapped in an ExceptionGroup
                failure = exc
        watchers.cancel_scope.cancel()
    if stop.reason == "cancelled":
        return "cancelled", None
    if stop.reason == "lock lost":
        return "failed", "lock lost to another job: stopped without writing more"
    if work.cancelled_caught:
        return "failed", f"job exceeded its time limit of {deps.job_max_seconds:g} s"
    if failure is not None:
        return "failed", _reason(failure, spec)
    return status, None


def _reason(exc: Exception, spec: JobSpec) -> str:
    if isinstance(exc, (ProviderError, ListingError)):
        return f"provider: {exc}"
    if isinstance(exc, JobTooLong):
        return str(exc)
    log.error("job failed", exc_info=exc, extra={"tenant_id": spec.tenant_id, "job_id": spec.job_id})
    return f"{type(exc).__name__}: {exc}"


async def _watch_cancel(deps: IngestDeps, job_id: str, work: anyio.CancelScope, stop: _Stop) -> None:
    requested = anyio.Event()
    await deps.cancel_watch.tell(Watch(job_id, requested))
    try:
        await requested.wait()
    finally:
        if not requested.is_set():  # the job ended otherwise; a found flag is already forgotten
            try:
                deps.cancel_watch.tell_nowait(Unwatch(job_id))
            except ActorError:
                pass  # a full mailbox: the watch's next poll finds the job no longer running
    stop.reason = stop.reason or "cancelled"
    work.cancel()


async def _watch_lock(lost: anyio.Event, work: anyio.CancelScope, stop: _Stop) -> None:
    await lost.wait()
    stop.reason = stop.reason or "lock lost"
    work.cancel()


# -- the work ------------------------------------------------------------------------------

class RollupBatch:
    """Hours whose rollups a job made stale, refreshed every few pages rather than each.

    A page's tickets spread over many hours of history, so refreshing after every page
    recomputed most of the tenant's hours each time (measured on the embedded server: as
    much work as storing the page, and more with the day and month levels). A refresh is
    idempotent and recomputes whole hours, so one refresh of the union of a batch's hours
    gives the same result for a fraction of the work. The hours are announced pending
    before each page's writes, so ``/stats`` knows how old the rollups are meanwhile.
    """

    def __init__(self, deps: IngestDeps, tenant_id: str, metrics: JobMetrics | None = None) -> None:
        self._refresh = deps.refresh_rollups
        self._metrics = metrics
        self._store = deps.store
        self._tenant = tenant_id
        self._every_pages = deps.rollup_every_pages
        self._every_seconds = deps.rollup_every_seconds
        self._clock = deps.clock
        self._hours: set[datetime] = set()
        self._pages = 0
        self._since = self._clock.monotonic()
        #: refreshes done (a test reads it)
        self.flushes = 0

    async def add(self, hours: set[datetime]) -> None:
        self._hours |= hours
        self._pages += 1
        if self._pages >= self._every_pages or self._clock.monotonic() - self._since >= self._every_seconds:
            await self.flush()

    async def flush(self) -> None:
        if self._refresh is not None and self._hours:
            hours, self._hours = self._hours, set()
            started = time.perf_counter()
            try:
                await self._refresh(self._store, self._tenant, hours)
            except BaseException:
                self._hours |= hours  # still owed (they also stay pending in the database)
                raise
            finally:
                if self._metrics is not None:
                    self._metrics.rollup_seconds += time.perf_counter() - started
            self.flushes += 1
        self._pages = 0
        self._since = self._clock.monotonic()


@dataclass
class _Walk:
    """What one walk of the listing learned."""

    watch: ListingWatch
    seen: set[str] = field(default_factory=set)
    #: this tenant's tickets on the latest page that had any: the likeliest to be alive still
    recent: list[str] = field(default_factory=list)
    invalid: set[str] = field(default_factory=set)
    #: the provider's deleted list, read after the last page (None: it has none)
    deleted: set[str] | None = None


@dataclass(frozen=True)
class _Fetched:
    page: int = 0
    result: Page | None = None
    seconds: float = 0.0
    deleted: set[str] | None = None
    error: Exception | None = None


async def _work(spec: JobSpec, deps: IngestDeps, metrics: JobMetrics, rollups: RollupBatch) -> str:
    client = ProviderClient(deps.http, deps.provider_url, deps.rate_limiter, metrics, deps.backoff,
                            penalties=deps.penalties, limits=deps.limits)
    walk = _Walk(ListingWatch(deps.page_size))
    # A tenant's first run stores only what its walk sees, and listings hide deleted tickets:
    # the deleted list could only name a ticket deleted between the page that showed it and
    # the end of the walk, which the next run finds like any deletion after a run. So the
    # first run skips that call: one call less for a tenant being onboarded beside busy ones.
    # (Asked before the streams exist: a cancel during the query leaves nothing open.)
    ask_deleted = await has_live_tickets(deps.store, spec.tenant_id)
    send, receive = anyio.create_memory_object_stream[_Fetched](1)
    failure: Exception | None = None
    # the fetcher closes ``send`` when it ends; this closes it if it never got to start
    with send:
        async with anyio.create_task_group() as tg, receive:
            tg.start_soon(_fetch_all, client, spec.tenant_id, deps, walk.watch, send, ask_deleted)
            try:
                async for fetched in receive:
                    if fetched.error is not None:
                        raise fetched.error
                    if fetched.result is None:
                        walk.deleted = fetched.deleted
                        continue
                    await _store_page(spec, deps, metrics, rollups, walk, fetched)
                    if fetched.result.next_page is None:
                        await rollups.flush()  # while the deleted list waits for its permit
            except Exception as exc:  # raised after the group, as itself, not wrapped in an ExceptionGroup
                failure = exc
            finally:
                tg.cancel_scope.cancel()  # a prefetched page we will not store is simply dropped
    if failure is not None:
        raise failure
    await rollups.flush()
    started = time.perf_counter()
    await _delete_gone(spec, deps, client, walk, metrics)
    metrics.deletion_seconds += time.perf_counter() - started
    return "completed"


async def _fetch_all(client: ProviderClient, tenant_id: str, deps: IngestDeps, watch: ListingWatch,
                     send: MemoryObjectSendStream[_Fetched], ask_deleted: bool = True) -> None:
    """Every page, then the deleted list (when ``ask_deleted``); errors are handed over as data so
    the loop fails with *this* error. With one page of buffer, the next permit is asked while a
    page is stored."""
    started = deps.clock.monotonic()
    page: int | None = 1
    async with send:
        try:
            while page is not None:
                _check_time(deps, started)
                t0 = time.perf_counter()
                result = await client.page(tenant_id, page, deps.page_size)
                watch.check(page, len(result.tickets), result.next_page, result.total_count)
                await send.send(_Fetched(page, result, time.perf_counter() - t0))
                page = result.next_page
            if ask_deleted:
                _check_time(deps, started)
                await send.send(_Fetched(deleted=await client.deleted_ids(tenant_id)))
        except Exception as exc:
            try:
                await send.send(_Fetched(error=exc))
            except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                pass  # the loop already ended, for its own reason


def _check_time(deps: IngestDeps, started: float) -> None:
    if deps.clock.monotonic() - started > deps.job_max_seconds:
        raise JobTooLong(f"job exceeded its time limit of {deps.job_max_seconds:g} s")


async def _store_page(spec: JobSpec, deps: IngestDeps, metrics: JobMetrics, rollups: RollupBatch, walk: _Walk,
                      fetched: _Fetched) -> None:
    """Validate (pure), plan (pure), apply (the writes), then progress."""
    assert fetched.result is not None
    t0 = time.perf_counter()
    now = deps.clock.now()
    page = sort_page(fetched.result.tickets, spec.tenant_id)
    count_sorted(metrics, page)
    walk.seen.update(page.valid)
    walk.recent = sorted(page.valid) or walk.recent
    walk.invalid.update(page.invalid_ids)
    await store_invalid(deps.store, spec.tenant_id, spec.job_id, page.invalid, now)
    stored = await read_stored(deps.store, spec.tenant_id, page.valid)
    c0 = time.perf_counter()
    plan = plan_page(spec.tenant_id, spec.job_id, page.valid, stored, deps.classifier, now)
    classify = time.perf_counter() - c0
    queued = await apply_plan(deps.store, spec.tenant_id, spec.job_id, plan, now, deps.mark_rollups)
    count_plan(metrics, plan, queued)
    metrics.classify_seconds += classify
    metrics.write_seconds += time.perf_counter() - t0 - classify
    await rollups.add(plan.touched_hours)
    metrics.pages += 1
    total = fetched.result.total_pages(deps.page_size)
    total = max(total, metrics.pages) if total is not None else None  # the provider may grow while we read
    await job_log.report_progress(deps.store, spec.job_id, metrics.pages, total, metrics, now=deps.clock.now())
    if queued and deps.notifier is not None:
        _poke(deps.notifier)
    log.info("page stored", extra={"tenant_id": spec.tenant_id, "job_id": spec.job_id, "page": fetched.page,
                                   "tickets": len(fetched.result.tickets), "fetch_seconds": round(fetched.seconds, 3),
                                   "store_seconds": round(time.perf_counter() - t0, 3)})


async def _delete_gone(spec: JobSpec, deps: IngestDeps, client: ProviderClient, walk: _Walk,
                       metrics: JobMetrics) -> None:
    """After a complete walk: soft-delete what is provably gone (``rules/listing.plan_deletions``)."""
    live = {doc["external_id"]: doc for doc in await live_tickets(deps.store, spec.tenant_id)}
    plan = plan_deletions(live, walk.seen, walk.invalid, walk.deleted, walk.watch.consistent, deps.verify_limit)
    verified: set[str] = set()
    undecided = 0
    to_verify = plan.to_verify if plan.to_verify and await _single_ticket_endpoint_works(spec, client, walk) else ()
    undecided += len(plan.to_verify) - len(to_verify)
    for ticket_id in to_verify:
        gone = await client.ticket_gone(spec.tenant_id, ticket_id)
        if gone is True:
            verified.add(ticket_id)
        elif gone is False:
            metrics.verified_live += 1
        else:
            undecided += 1
    metrics.deletions_deferred += len(plan.deferred) + undecided
    for reason, ids, counter in (("deleted_list", plan.by_list, "deleted_by_list"),
                                 ("verified_404", verified, "deleted_verified"),
                                 ("absent_from_consistent_walk", plan.by_absence, "deleted_by_absence")):
        if ids:
            await soft_delete(deps.store, spec.tenant_id, spec.job_id, [live[i] for i in sorted(ids)], metrics,
                              reason=reason, mark_rollups=deps.mark_rollups, refresh_rollups=deps.refresh_rollups,
                              now=deps.clock.now())
            setattr(metrics, counter, getattr(metrics, counter) + len(ids))


async def _single_ticket_endpoint_works(spec: JobSpec, client: ProviderClient, walk: _Walk) -> bool:
    """Only a 404 for a ticket means gone; a 404 for a *route* (a provider without the endpoint)
    would mean "gone" for every ticket asked about. A ticket this walk saw alive, from its latest
    page, must answer 200 before any 404 is believed (a second one is asked if the first was
    deleted meanwhile): a call or two, and only in a run that has tickets to check."""
    for probe in walk.recent[-2:]:
        if await client.ticket_gone(spec.tenant_id, probe) is False:
            return True
    return False


def _poke(notifier: ActorRef) -> None:
    try:
        notifier.tell_nowait(Poke())
    except ActorError:  # a full mailbox already means "work is waiting"; the poll catches up
        pass
