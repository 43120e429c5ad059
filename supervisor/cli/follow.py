"""Following one job to its end: the event stream (or polling), a progress view, Ctrl-C.

Updates come from ``GET /ingest/progress/{id}/events`` (server-sent events, one JSON
payload per change). A service without that endpoint answers ``404``, and the follower
polls ``GET /ingest/progress/{id}`` once a second instead; a stream that stalls or drops
is answered by one poll and a reconnect, so a restarted app process costs a second, not
the follow. Payloads are merged over what is known, so a stream that sends only the
fields that changed works as well as one that sends the whole job.

Ctrl-C pauses the view and asks whether to cancel the job (``DELETE /ingest/{id}``); the
follow then goes on until the job reports its final status, so the exit code says how it
really ended (130 once cancelled). Where nobody can answer (stdin is not a terminal),
Ctrl-C stops following and leaves the job running.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from rich.progress import BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn

from supervisor.cli.client import CommandError, ServiceClient, StreamInterrupted, StreamUnavailable
from supervisor.cli.render import Output

FINAL = ("completed", "failed", "cancelled", "abandoned")


class Detached(Exception):
    """The person stopped following; the job goes on."""


@dataclass(frozen=True)
class Snapshot:
    """One view of a job's progress, whatever shape the stream or the poll gave it."""

    job_id: str
    tenant_id: str
    status: str
    percent: float
    pages: int
    total_pages: int | None
    tickets: int
    #: tickets per second, and seconds to go; None until there is something to measure
    rate: float | None
    eta: float | None

    @property
    def final(self) -> bool:
        return self.status in FINAL


def _number(doc: dict, *keys: str) -> float | None:
    for key in keys:
        value = doc.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    return None


class RateMeter:
    """Tickets/s and ETA measured here, from the first update we saw (clock skew-free).

    The stream may carry its own rate and ETA (``rate_per_second``, ``eta_seconds``):
    those win when present.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._first: tuple[float, float, float] | None = None

    def snapshot(self, job_id: str, doc: dict) -> Snapshot:
        metrics = doc.get("metrics") if isinstance(doc.get("metrics"), dict) else {}
        tickets = _number(doc, "tickets", "tickets_fetched", "fetched") or _number(metrics, "fetched") or 0.0
        pages = _number(doc, "processed_pages", "pages") or 0.0
        total = _number(doc, "total_pages")
        status = str(doc.get("status") or "running")
        percent = 100.0 if status == "completed" else (_number(doc, "progress", "percent") or 0.0)
        now = self._clock()
        if self._first is None:
            self._first = (now, tickets, pages)
        started, tickets0, pages0 = self._first
        elapsed = now - started
        rate = _number(doc, "rate_per_second", "tickets_per_second", "rate")
        if rate is None and elapsed >= 1.0 and tickets > tickets0:
            rate = (tickets - tickets0) / elapsed
        eta = _number(doc, "eta_seconds", "eta")
        if eta is None and total and elapsed >= 1.0 and pages > pages0:
            eta = max(0.0, (total - pages) / ((pages - pages0) / elapsed))
        return Snapshot(job_id, str(doc.get("tenant_id") or "?"), status, percent, int(pages),
                        int(total) if total is not None else None, int(tickets), rate,
                        0.0 if status in FINAL else eta)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


def _rate(value: float | None) -> str:
    return "-/s" if value is None else f"{value:,.1f}/s"


def _pages(snap: Snapshot) -> str:
    return f"{snap.pages}/{snap.total_pages}" if snap.total_pages is not None else f"{snap.pages}/?"


class PlainView:
    """One line per visible change, at most one a second (and always the final one)."""

    def __init__(self, out: Output, every: float = 1.0) -> None:
        self._out = out
        self._every = every
        self._last: tuple[str, int] | None = None
        self._printed_at = 0.0

    def update(self, snap: Snapshot) -> None:
        key = (snap.status, int(snap.percent))
        now = time.monotonic()
        if key == self._last or (not snap.final and now - self._printed_at < self._every):
            return
        self._last, self._printed_at = key, now
        self._out.line(f"job {snap.job_id} {snap.tenant_id} {snap.status} {snap.percent:3.0f}%  pages {_pages(snap)}  "
                       f"tickets {snap.tickets}  {_rate(snap.rate)}  ETA {_duration(snap.eta)}")

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def close(self) -> None:
        pass


class BarView:
    """rich's progress bar: pages, tickets, tickets/s and ETA, redrawn in place."""

    def __init__(self, out: Output) -> None:
        self._progress = Progress(
            SpinnerColumn(finished_text="•"), TextColumn("[bold]{task.description}"), BarColumn(),
            TaskProgressColumn(), TextColumn("pages {task.fields[pages]}"), TextColumn("{task.fields[tickets]} tickets"),
            TextColumn("{task.fields[rate]}"), TextColumn("ETA {task.fields[eta]}"),
            console=out.console, transient=False, refresh_per_second=8,
        )
        self._task = self._progress.add_task("starting", total=100, pages="-", tickets=0, rate="-/s", eta="-")
        self._progress.start()

    def update(self, snap: Snapshot) -> None:
        self._progress.update(self._task, description=f"{snap.tenant_id} {snap.status}", completed=snap.percent,
                              pages=_pages(snap), tickets=snap.tickets, rate=_rate(snap.rate), eta=_duration(snap.eta))
        if snap.final:
            self._progress.refresh()

    def pause(self) -> None:
        self._progress.stop()

    def resume(self) -> None:
        self._progress.start()

    def close(self) -> None:
        self._progress.stop()


class QuietView(PlainView):
    """``--json``: nothing until the end."""

    def update(self, snap: Snapshot) -> None:
        pass


def updates(client: ServiceClient, job_id: str, poll_seconds: float = 1.0) -> Iterator[dict]:
    """The job's state after every change, ending with its final state."""
    state: dict[str, Any] = {"job_id": job_id}
    streaming = True
    while True:
        if streaming:
            try:
                with client.events(job_id) as events:
                    for payload in events:
                        state = {**state, **payload}
                        yield state
                        if state.get("status") in FINAL:
                            return
            except StreamUnavailable:
                streaming = False
            except StreamInterrupted:
                pass
        state = {**state, **client.call("GET", f"/ingest/progress/{job_id}")}
        yield state
        if state.get("status") in FINAL:
            return
        time.sleep(poll_seconds)


def ask_to_cancel(out: Output, job_id: str, stdin: Any = None) -> bool:
    """Ctrl-C: cancel the job? True for yes, False for no (keep following).

    Raises :class:`Detached` when nobody can answer (stdin not a terminal, or closed) and
    on a second Ctrl-C at the question: the person wants out, the job goes on.
    """
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        raise Detached(job_id)
    out.err.print(f"Cancel job {job_id}? [y/N] ", end="", markup=False)
    try:
        answer = stdin.readline()
    except KeyboardInterrupt:
        raise Detached(job_id) from None
    if not answer:
        raise Detached(job_id)
    return answer.strip().lower() in ("y", "yes")


def follow(client: ServiceClient, job_id: str, out: Output, view: PlainView | BarView) -> dict:
    """Watch ``job_id`` until it ends and return its final document."""
    meter = RateMeter()
    try:
        while True:
            try:
                for state in updates(client, job_id):
                    snap = meter.snapshot(job_id, state)
                    view.update(snap)
                    if snap.final:
                        return _final_document(client, job_id, state)
            except KeyboardInterrupt:
                view.pause()
                if ask_to_cancel(out, job_id):
                    _cancel(client, job_id, out)
                else:
                    out.note(f"following job {job_id} again (Ctrl-C to stop)")
                view.resume()
    finally:
        view.close()


def _cancel(client: ServiceClient, job_id: str, out: Output) -> None:
    try:
        client.call("DELETE", f"/ingest/{job_id}", ok=(202,))
        out.note(f"cancelling job {job_id}: it stops within seconds, keeping what it stored")
    except CommandError as exc:
        if exc.status != 409:  # 409: it ended meanwhile; its final status comes next
            raise


def _final_document(client: ServiceClient, job_id: str, state: dict) -> dict:
    try:
        return client.call("GET", f"/ingest/progress/{job_id}")
    except CommandError:
        return state
