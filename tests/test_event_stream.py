"""``GET /ingest/progress/{job_id}/events``: a job's progress as server-sent events.

Three layers, each with the real pieces it needs:

- the event itself (:func:`web.routes_events.progress_event`) and the stream's bounds
  (:class:`ProgressStream`: heartbeats, lifetime, a database outage, the process stopping),
  with a scripted job and a fake clock, on asyncio and trio;
- the route in the assembled app (Quart's test client) over a slowed-down mock provider:
  the events a job produces, decoded by the CLI's own SSE reader, end with the final status;
  tenant scoping; a cancel; a client that goes away; the per-process cap;
- the app served by Hypercorn: a stream open while the process stops ends at once, so the
  graceful shutdown never waits its timeout out.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import anyio
import httpx
import pytest

from supervisor.cli.client import _sse_payloads
from tests.support.mock_process import start_mock_api
from tests.support.stack import bearer, running_stack
from web.routes_events import (EXTENSION, KEEP_ALIVE, EventStreams, ProgressStream, StreamSettings, change_key,
                               progress_event)

T0 = datetime(2030, 1, 1, 12, 0, tzinfo=timezone.utc)
FINAL = ("completed", "failed", "cancelled", "abandoned")


def job(status: str = "running", pages: int = 0, total: int | None = None, fetched: int = 0, **extra) -> dict:
    return {"job_id": "j1", "tenant_id": "acme", "status": status, "progress": extra.pop("progress", 0),
            "processed_pages": pages, "total_pages": total, "started_at": T0, "finished_at": None,
            "metrics": {"fetched": fetched, "new": fetched}, "error": None, **extra}


def payloads(body: bytes | str) -> list[dict]:
    text = body.decode() if isinstance(body, bytes) else body
    return list(_sse_payloads(iter(text.split("\n"))))


# -- the event (pure) -----------------------------------------------------------------------
def test_an_event_carries_pages_tickets_rate_and_eta():
    event = progress_event(job(pages=4, total=10, fetched=200, progress=40), T0 + timedelta(seconds=8))
    assert {k: event[k] for k in ("status", "progress", "processed_pages", "total_pages", "tickets")} == {
        "status": "running", "progress": 40, "processed_pages": 4, "total_pages": 10, "tickets": 200}
    assert event["rate_per_second"] == 25.0  # 200 tickets in 8 s
    assert event["eta_seconds"] == 12.0  # 6 pages left at 2 s a page
    assert "metrics" not in event, "the running events stay small"


def test_before_anything_is_measurable_rate_and_eta_are_unknown():
    event = progress_event(job(), T0)
    assert event["rate_per_second"] is None and event["eta_seconds"] is None
    unknown_total = progress_event(job(pages=3, fetched=30), T0 + timedelta(seconds=3))
    assert unknown_total["eta_seconds"] is None and unknown_total["rate_per_second"] == 10.0


def test_a_final_event_has_eta_zero_the_metrics_and_a_rate_over_the_whole_run():
    done = job("completed", pages=10, total=10, fetched=500, progress=100, finished_at=T0 + timedelta(seconds=50))
    event = progress_event(done, T0 + timedelta(hours=1))  # read long after: the end time counts, not now
    assert event["eta_seconds"] == 0.0 and event["rate_per_second"] == 10.0
    assert event["metrics"] == {"fetched": 500, "new": 500}


def test_only_what_a_person_watches_makes_a_new_event():
    first = progress_event(job(pages=2, total=10, fetched=20), T0 + timedelta(seconds=2))
    later = progress_event(job(pages=2, total=10, fetched=20), T0 + timedelta(seconds=9))
    assert first["rate_per_second"] != later["rate_per_second"]
    assert change_key(first) == change_key(later), "the clock alone does not make an event"
    moved = progress_event(job(pages=3, total=10, fetched=30), T0 + timedelta(seconds=9))
    assert change_key(moved) != change_key(first)


# -- the stream's bounds, with a scripted job and a fake clock (both backends) ----------------
class Script:
    """The job as successive reads see it; each read moves the fake clock by ``step`` seconds."""

    def __init__(self, views: list, step: float = 1.0) -> None:
        self.views = views
        self.step = step
        self.now = 0.0
        self.reads = 0

    def clock(self) -> float:
        return self.now

    async def read(self) -> dict | None:
        self.reads += 1
        self.now += self.step
        view = self.views[min(self.reads - 1, len(self.views) - 1)]
        if isinstance(view, Exception):
            raise view
        return view


def stream(script: Script, settings: StreamSettings, stopping: anyio.Event | None = None,
           streams: EventStreams | None = None) -> ProgressStream:
    streams = streams or EventStreams(settings)
    first = script.views[0]
    script.views = script.views[1:] or script.views
    return ProgressStream(script.read, first, lambda value: json.dumps(value, default=str), streams, stopping,
                          clock=script.clock)


async def collect(progress: ProgressStream) -> list[bytes]:
    with anyio.fail_after(10):
        return [frame async for frame in progress.frames()]


QUICK = StreamSettings(poll_seconds=0, heartbeat_seconds=3.5, lifetime_seconds=100, outage_seconds=5)


@pytest.mark.anyio
async def test_the_stream_sends_changes_only_and_ends_with_the_final_status():
    script = Script([job(pages=0), job(pages=0), job(pages=1, total=3), job(pages=1, total=3), job(pages=2, total=3),
                     job("completed", pages=3, total=3, progress=100, finished_at=T0)])
    frames = await collect(stream(script, QUICK))
    assert frames[0].startswith(b"retry: "), "EventSource learns how long to wait before reconnecting"
    events = payloads(b"".join(frames))
    assert [(e["status"], e["processed_pages"]) for e in events] == [
        ("running", 0), ("running", 1), ("running", 2), ("completed", 3)]


@pytest.mark.anyio
async def test_a_quiet_job_gets_keep_alive_comments_and_the_stream_ends_at_its_lifetime():
    script = Script([job(pages=1, total=9)])  # never moves
    settings = StreamSettings(poll_seconds=0, heartbeat_seconds=3.5, lifetime_seconds=20, outage_seconds=5)
    frames = await collect(stream(script, settings))
    assert len(payloads(b"".join(frames))) == 1
    assert frames.count(KEEP_ALIVE) >= 4, frames  # about one per 3.5 s of silence over 20 s
    assert 18 <= script.reads <= 22, "it stopped polling at its lifetime, not before and not long after"


@pytest.mark.anyio
async def test_a_short_database_outage_is_ridden_out_a_long_one_ends_the_stream():
    blip = Script([job(pages=1, total=4), OSError("down"), OSError("down"), job(pages=2, total=4),
                   job("completed", pages=4, total=4, finished_at=T0)])
    events = payloads(b"".join(await collect(stream(blip, QUICK))))
    assert [e["processed_pages"] for e in events] == [1, 2, 4] and events[-1]["status"] == "completed"

    outage = Script([job(pages=1, total=4), OSError("down")])
    events = payloads(b"".join(await collect(stream(outage, QUICK))))
    assert [e["status"] for e in events] == ["running"], "ended without a final status: the client polls"
    assert outage.reads <= 8, "gave up after outage_seconds"


@pytest.mark.anyio
async def test_a_job_that_disappears_ends_the_stream():
    script = Script([job(pages=1, total=4), None])
    events = payloads(b"".join(await collect(stream(script, QUICK))))
    assert len(events) == 1


@pytest.mark.anyio
async def test_the_stream_ends_as_soon_as_the_process_begins_to_stop():
    stopping = anyio.Event()
    script = Script([job(pages=1, total=4)], step=0)  # a job that would run for ever
    settings = StreamSettings(poll_seconds=3600, heartbeat_seconds=3600, lifetime_seconds=7200)
    streams = EventStreams(settings)
    frames: list[bytes] = []

    async def listen() -> None:
        async for frame in stream(script, settings, stopping, streams).frames():
            frames.append(frame)

    with anyio.fail_after(10):  # an hour-long poll sleep: only the stop can end it in time
        async with anyio.create_task_group() as tg:
            tg.start_soon(listen)
            while not any(frame.startswith(b"data:") for frame in frames):
                await anyio.sleep(0.01)
            assert streams.open == 1
            stopping.set()
    assert len(payloads(b"".join(frames))) == 1
    assert streams.open == 0, "the stream gave its place back"


# -- the route, in the assembled app --------------------------------------------------------
@pytest.fixture(scope="module")
def slow_provider():
    """Pages take 150 ms: with 5 tickets a page, a job of acme's 120 tickets lasts a few seconds."""
    with start_mock_api("--tickets", "300", "--rate-limit-per-minute", "100000", "--page-latency-ms", "150-150",
                        "--notify-failure-rate", "0", "--notify-latency-ms", "1-5", "--seed", "5") as api:
        yield api


def stack_for(store, provider, tmp_path):
    return running_stack(store, provider.url, tmp_path, tenants=["acme", "globex"], page_size=5,
                         upstream_calls_per_minute=100000)


async def start_job(client, tenant: str = "acme") -> str:
    response = await client.post(f"/ingest/run?tenant_id={tenant}")
    assert response.status_code == 202, await response.get_data()
    return (await response.get_json())["job_id"]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_a_job_streams_its_progress_to_the_final_status(store, slow_provider, tmp_path):
    async with stack_for(store, slow_provider, tmp_path) as stack:
        job_id = await start_job(stack.client)
        response = await stack.client.get(f"/ingest/progress/{job_id}/events")
        assert response.status_code == 200
        assert response.mimetype == "text/event-stream"
        assert "no-cache" in response.headers["Cache-Control"]
        events = payloads(await response.get_data())
        final = (await (await stack.client.get(f"/ingest/progress/{job_id}")).get_json())
    assert events[-1]["status"] == "completed" == final["status"]
    assert all(e["status"] == "running" for e in events[:-1])
    pages = [e["processed_pages"] for e in events]
    assert pages == sorted(pages) and len(set(pages)) >= 3, "the bar moved page by page"
    assert all(change_key(a) != change_key(b) for a, b in zip(events, events[1:])), "one event per change"
    last = events[-1]
    assert last["progress"] == 100 and last["processed_pages"] == last["total_pages"] == final["total_pages"]
    assert last["tickets"] == final["metrics"]["fetched"] > 0 and last["eta_seconds"] == 0
    assert last["rate_per_second"] > 0 and last["metrics"]["fetched"] == last["tickets"]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_an_ended_job_streams_its_final_event_alone(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["acme"]) as stack:
        done = await (await stack.client.post("/ingest/run?tenant_id=acme&wait=true")).get_json()
        events = payloads(await (await stack.client.get(f"/ingest/progress/{done['job_id']}/events")).get_data())
    assert len(events) == 1 and events[0]["status"] == "completed" and events[0]["job_id"] == done["job_id"]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_a_tenant_streams_its_own_jobs_only(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["acme", "globex"]) as stack:
        done = await (await stack.client.post("/ingest/run?tenant_id=acme&wait=true")).get_json()
        path = f"/ingest/progress/{done['job_id']}/events"
        acme, globex = await stack.tenant_client("acme"), await stack.tenant_client("globex")
        own = await acme.get(path)
        assert own.status_code == 200 and payloads(await own.get_data())[-1]["status"] == "completed"
        other = await globex.get(path)
        unknown = await globex.get("/ingest/progress/0123456789abcdef0123456789abcdef/events")
        assert other.status_code == unknown.status_code == 404
        assert await other.get_json() == await unknown.get_json(), "another tenant's job looks like no job"
        for bad in ("not-hex!", "a" * 65, "%24ne"):
            assert (await acme.get(f"/ingest/progress/{bad}/events")).status_code == 404
        assert (await stack.anonymous().get(path)).status_code == 401
        view = payloads(await own.get_data())[-1]
        assert "owner" not in view and "other_tenant" not in view["metrics"], "the tenant's view of the job"


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_a_cancel_ends_the_stream_with_cancelled(store, slow_provider, tmp_path):
    async with stack_for(store, slow_provider, tmp_path) as stack:
        key = await stack.tenant_key("acme")
        job_id = await start_job(stack.client_for(key))
        seen: list[dict] = []
        async with stack.client.request(f"/ingest/progress/{job_id}/events", headers=bearer(key)) as connection:
            await connection.send_complete()
            buffer = ""
            with anyio.fail_after(60):
                while not seen or seen[-1]["status"] not in FINAL:
                    try:
                        buffer += (await connection.receive()).decode()
                    except Exception:  # the body ended
                        break
                    seen = payloads(buffer)
                    if len(seen) == 2:  # it is moving: stop it
                        cancel = await stack.client_for(key).delete(f"/ingest/{job_id}")
                        assert cancel.status_code == 202
    assert seen[-1]["status"] == "cancelled"
    assert 0 < seen[-1]["processed_pages"] < seen[-1]["total_pages"]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_a_client_that_goes_away_frees_its_stream_and_the_cap_is_kept(store, slow_provider, tmp_path):
    async with stack_for(store, slow_provider, tmp_path) as stack:
        job_id = await start_job(stack.client)
        path = f"/ingest/progress/{job_id}/events"
        streams: EventStreams = stack.app.extensions.setdefault(EXTENSION, EventStreams())
        with anyio.fail_after(10):  # HEAD: the headers, not a stream held open for nobody
            head = await stack.client.head(path)
        assert head.status_code == 200 and head.mimetype == "text/event-stream" and streams.open == 0
        assert (await (await stack.client.get(f"/ingest/progress/{job_id}")).get_json())["status"] == "running", \
            "HEAD answered at once, not when the job ended"
        async with stack.client.request(path, headers=bearer(stack.admin_key)) as connection:
            await connection.send_complete()
            with anyio.fail_after(20):
                first = b""
                while b"data:" not in first:
                    first += await connection.receive()
            assert streams.open == 1
            await connection.disconnect()
        with anyio.fail_after(10):
            while streams.open:
                await anyio.sleep(0.01)
        stack.app.extensions[EXTENSION] = EventStreams(StreamSettings(max_streams=0))
        full = await stack.client.get(path)
        assert full.status_code == 503 and full.headers["Retry-After"]
        assert (await full.get_json())["error"] == "busy"
        await stack.client.delete(f"/ingest/{job_id}")


# -- the app served by Hypercorn: a stop does not wait for open streams ------------------------
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_an_open_stream_does_not_hold_the_graceful_shutdown(store, slow_provider, tmp_path):
    from hypercorn.config import Config

    from actors.storage import tenants
    from supervisor.assembly import start_actors
    from supervisor.config import Settings
    from supervisor.events import EventLog
    from supervisor.processes import free_port
    from supervisor.tree import Supervisor
    from supervisor.web_server import run_web
    from tests.support.stack import new_admin_key

    admin_key = new_admin_key()
    settings = Settings(mongo_url="unused", external_api_url=slow_provider.url, data_dir=tmp_path,
                        admin_api_key=admin_key, sync_interval_seconds=0, page_size=5,
                        upstream_calls_per_minute=100000)
    await tenants.register(store, "acme")
    config = Config()
    config.bind = [f"127.0.0.1:{free_port()}"]
    config.graceful_timeout = 120  # waited out, this would fail the fail_after below
    stopping = anyio.Event()
    web = anyio.CancelScope()
    seen: list[dict] = []

    async def serve(*, task_status) -> None:
        with web:
            await run_web(app, config, task_status=task_status)

    async with httpx.AsyncClient(timeout=30, headers=bearer(admin_key)) as http:
        async with Supervisor("root", EventLog()) as root:
            app = await start_actors(root, settings, store, EventLog(), slow_provider.url, http, stopping)
            with anyio.fail_after(60):
                async with anyio.create_task_group() as tg:
                    url = await tg.start(serve)
                    job_id = (await http.post(f"{url}/ingest/run", params={"tenant_id": "acme"})).json()["job_id"]
                    async with http.stream("GET", f"{url}/ingest/progress/{job_id}/events") as response:
                        assert response.status_code == 200
                        async for line in response.aiter_lines():  # a protocol error here fails the test
                            seen += list(_sse_payloads(iter([line, ""])))
                            if seen and not stopping.is_set():
                                stopping.set()  # what the root does first on SIGTERM,
                                web.cancel()  # then it stops the web child: Hypercorn's graceful shutdown
                # leaving the task group waited for Hypercorn to finish: well within its 120 s
    assert seen and seen[-1]["status"] == "running", "the stream ended because the process stopped, not the job"
