"""``GET /ingest/progress/{job_id}/events``: one job's progress as server-sent events.

The job may run in any app process, so the stream reads what every process shares: the
job's document in ``ingestion_logs``. It polls that one document by id every
``poll_seconds`` and writes a ``data:`` line (one JSON object) only when something a person
watches changed (status, pages, total pages, tickets, progress, a cancel asked for); rate
and ETA ride along, computed from the document's own timestamps so every process tells the
same story. The last event carries the final status (and the job's metrics), then the
stream ends.

Bounded on every side, because an open stream costs a connection and a query per poll:

- a ``: keep-alive`` comment after ``heartbeat_seconds`` of silence, so proxies and the
  CLI's read timeout (30 s) do not take a quiet job for a dead connection;
- a lifetime (``lifetime_seconds``): after it the stream ends without a final status and
  the client reconnects (``EventSource`` on its own, after ``retry:``; the CLI polls once
  and listens again), so no request lives forever;
- at most ``max_streams`` open per process (beyond, ``503`` + ``Retry-After``);
- it takes no read slot (``web.admission``): a dashboard left open must not hold a slot
  the reads of everyone else need; each poll is a single lookup by id;
- it ends when the client goes away (Quart cancels the response) and as soon as the
  process begins to stop (``AppContext.stopping``): Hypercorn's graceful shutdown never
  waits its timeout out on a stream;
- a database outage longer than ``outage_seconds`` ends it; a shorter one is ridden out.

Tenant-scoped exactly like ``/ingest/progress/{job_id}``: the lookup carries the caller's
tenant in its filter, so another tenant's job is ``404`` like one that never existed, and
each event is the tenant's view of the job (``web.views.job_view``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import anyio
from quart import Blueprint, Response, current_app, request
from quart_schema import tag

from actors.storage import job_log
from actors.storage.job_log import FINAL
from web.access import tenant_scoped
from web.context import ctx
from web.errors import ApiError
from web.routes_ingest import checked_job_id, job_not_found
from web.scope import owner_filter, sees_everything
from web.views import job_view

bp = Blueprint("events", __name__)
log = logging.getLogger("tickets.web.events")

#: where this process keeps its stream settings and count (``app.extensions``)
EXTENSION = "tickets_event_streams"
#: what an ``EventSource`` waits before reconnecting after a stream ended without a final status
RETRY_MILLISECONDS = 2000
KEEP_ALIVE = b": keep-alive\n\n"


@dataclass(frozen=True)
class StreamSettings:
    poll_seconds: float = 0.5
    heartbeat_seconds: float = 15.0
    lifetime_seconds: float = 600.0
    outage_seconds: float = 30.0
    max_streams: int = 100


@dataclass
class EventStreams:
    """This process's streams: their settings and how many are open now."""

    settings: StreamSettings = field(default_factory=StreamSettings)
    open: int = 0

    @property
    def full(self) -> bool:
        return self.open >= self.settings.max_streams


def event_streams() -> EventStreams:
    """The app's registry, made on first use (tests may install one with shorter times)."""
    return current_app.extensions.setdefault(EXTENSION, EventStreams())


# -- what one event says (pure) -----------------------------------------------------------

def _aware(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def progress_event(view: dict, now: datetime) -> dict:
    """The event for one view of the job: what the CLI's bar and the dashboard's show.

    ``rate_per_second`` is tickets fetched per second since the job started (None before a
    measurable time passed); ``eta_seconds`` extrapolates the pages still to fetch at the
    pace so far (None until a page is stored and the total is known; 0 once final).
    """
    metrics = view.get("metrics") if isinstance(view.get("metrics"), dict) else {}
    tickets = int(metrics.get("fetched") or 0)
    pages = int(view.get("processed_pages") or 0)
    total = view.get("total_pages")
    status = view.get("status")
    started = _aware(view.get("started_at"))
    end = _aware(view.get("finished_at")) or now
    elapsed = (end - started).total_seconds() if started is not None else None
    rate = round(tickets / elapsed, 2) if elapsed is not None and elapsed > 0 else None
    if status in FINAL:
        eta: float | None = 0.0
    elif elapsed and pages > 0 and isinstance(total, int) and total > 0:
        eta = round(max(0, total - pages) * elapsed / pages, 1)
    else:
        eta = None
    event = {"job_id": view.get("job_id"), "tenant_id": view.get("tenant_id"), "status": status,
             "progress": view.get("progress", 0), "processed_pages": pages, "total_pages": total,
             "tickets": tickets, "rate_per_second": rate, "eta_seconds": eta,
             "cancel_requested": bool(view.get("cancel_requested")), "started_at": view.get("started_at"),
             "finished_at": view.get("finished_at"), "error": view.get("error")}
    if status in FINAL:
        event["metrics"] = metrics
    return event


def change_key(event: dict) -> tuple:
    """What must differ for a new event to be sent (rate and ETA move with the clock alone)."""
    return (event["status"], event["progress"], event["processed_pages"], event["total_pages"], event["tickets"],
            event["cancel_requested"])


def data_frame(text: str) -> bytes:
    # one ``data:`` line: the JSON encoder escapes newlines inside strings, so none can split it
    return b"data: " + text.encode("utf-8") + b"\n\n"


# -- the stream ----------------------------------------------------------------------------

class ProgressStream:
    """Polls the job's view and turns it into SSE frames until the job ends (or a bound hits)."""

    def __init__(self, read: Callable[[], Awaitable[dict | None]], first: dict, dumps: Callable[[object], str],
                 streams: EventStreams, stopping: anyio.Event | None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._read = read
        self._first: dict | None = first
        self._dumps = dumps
        self._streams = streams
        self._settings = streams.settings
        self._stopping = stopping
        self._clock = clock
        self._failing_since: float | None = None

    async def frames(self) -> AsyncIterator[bytes]:
        self._streams.open += 1
        try:
            yield f"retry: {RETRY_MILLISECONDS}\n\n".encode()
            async for frame in self._changes():
                yield frame
        finally:
            self._streams.open -= 1

    async def _changes(self) -> AsyncIterator[bytes]:
        settings = self._settings
        started = last_write = self._clock()
        last_key: tuple | None = None
        while True:
            view = await self._next_view()
            if view is None and self._failing_since is None:
                return  # the job's document is gone
            if view is not None:
                event = progress_event(view, datetime.now(timezone.utc))
                if change_key(event) != last_key:
                    last_key, last_write = change_key(event), self._clock()
                    yield data_frame(self._dumps(event))
                if event["status"] in FINAL:
                    return
            now = self._clock()
            if now - started >= settings.lifetime_seconds or self._outage_too_long(now):
                return
            if now - last_write >= settings.heartbeat_seconds:
                last_write = now
                yield KEEP_ALIVE
            if await self._stopped_within(settings.poll_seconds):
                return

    async def _next_view(self) -> dict | None:
        """The job's view now; None when it is gone, or (with ``_failing_since`` set) unreadable."""
        if self._first is not None:
            view, self._first = self._first, None
            return view
        try:
            view = await self._read()
        except Exception as exc:  # the database is away: ride it out, up to ``outage_seconds``
            if self._failing_since is None:
                self._failing_since = self._clock()
                log.warning("event stream cannot read its job", extra={"error": str(exc)[:200]})
            return None
        self._failing_since = None
        return view

    def _outage_too_long(self, now: float) -> bool:
        return self._failing_since is not None and now - self._failing_since >= self._settings.outage_seconds

    async def _stopped_within(self, seconds: float) -> bool:
        """Wait ``seconds``; True at once if the process begins to stop meanwhile."""
        if self._stopping is None:
            await anyio.sleep(seconds)
            return False
        with anyio.move_on_after(seconds):
            await self._stopping.wait()
            return True
        return False


@bp.get("/ingest/progress/<job_id>/events")
@tenant_scoped
@tag(["ingestion"])
async def progress_events(job_id: str) -> Response:
    """The job's progress as server-sent events (``text/event-stream``): one ``data:`` JSON line
    per change (``status``, ``progress``, ``processed_pages``, ``total_pages``, ``tickets``,
    ``rate_per_second``, ``eta_seconds``...), the last one with the final status; then the
    stream ends. Keep-alive comments every 15 s; a stream lasts at most 10 minutes (reconnect)."""
    job_id = checked_job_id(job_id)
    store, owner, full = ctx().store, owner_filter(), sees_everything()
    doc = await job_log.get(store, job_id, owner)
    if doc is None:
        raise job_not_found()
    streams = event_streams()
    if streams.full:
        error = ApiError(503, "busy", "too many progress streams are open; poll /ingest/progress/{job_id} instead")
        error.headers["Retry-After"] = "5"
        raise error

    async def read() -> dict | None:
        found = await job_log.get(store, job_id, owner)
        return job_view(found, full) if found is not None else None

    if request.method == "HEAD":  # the headers alone: no stream to hold open for nobody to read
        return _event_stream_response(b"")
    # the body runs after this request's context is gone: it holds plain values only
    stream = ProgressStream(read, job_view(doc, full), current_app.json.dumps, streams, ctx().stopping)
    return _event_stream_response(stream.frames())


def _event_stream_response(body: AsyncIterator[bytes] | bytes) -> Response:
    response = Response(body, status=200, content_type="text/event-stream; charset=utf-8")
    response.timeout = None  # bounded by the stream's own lifetime, not Quart's response timeout
    response.headers["Cache-Control"] = "no-cache, no-store"
    response.headers["X-Accel-Buffering"] = "no"  # nginx: pass each event on at once
    return response
