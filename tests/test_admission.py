"""Reads wait for a slot, briefly, and answer 503 + Retry-After when none frees up in time, or
at once when the queue ahead could not be served within the budget; other requests are not
held. (Cached answers take a slot only to compute: ``tests/test_answer_cache.py``.)"""

from __future__ import annotations

import anyio
import pytest
from quart import Quart

from web.admission import install_admission

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def app_with_slow_read(slots: int, wait: float, release: anyio.Event) -> Quart:
    app = Quart("admission")
    install_admission(app, slots, wait_seconds=wait)
    from web.errors import install_error_handlers

    install_error_handlers(app)

    @app.get("/tickets/T-1", endpoint="tickets.ticket")
    async def slow():
        await release.wait()
        return {"ok": True}

    @app.get("/health", endpoint="system.health")
    async def health():
        return {"status": "ok"}

    return app


async def test_reads_beyond_the_slots_get_503_and_others_pass():
    release = anyio.Event()
    app = app_with_slow_read(slots=2, wait=0.2, release=release)
    admission = app.extensions["read_admission"]
    client = app.test_client()
    answers: list[int] = []

    async def read():
        answers.append((await client.get("/tickets/T-1")).status_code)

    async with anyio.create_task_group() as tg:
        tg.start_soon(read)
        tg.start_soon(read)
        await anyio.sleep(0.05)
        third = await client.get("/tickets/T-1")  # both slots are held: waits 0.2 s, then 503
        assert third.status_code == 503
        assert third.headers["Retry-After"] == "1"
        assert (await third.get_json())["error"] == "busy"
        assert (admission.shed, admission.shed_on_arrival) == (1, 0)  # it waited out its budget
        assert (await client.get("/health")).status_code == 200  # not a read: never held
        release.set()
    assert answers == [200, 200]
    # the slots were given back
    assert (await client.get("/tickets/T-1")).status_code == 200


async def test_a_read_the_queue_could_not_serve_within_the_budget_is_refused_without_waiting():
    release = anyio.Event()
    app = app_with_slow_read(slots=1, wait=30.0, release=release)
    admission = app.extensions["read_admission"]
    client = app.test_client()
    async with anyio.create_task_group() as tg:
        tg.start_soon(client.get, "/tickets/T-1")  # takes the only slot and keeps it
        with anyio.fail_after(10):
            while admission.in_use < 1:
                await anyio.sleep(0.01)
        admission.hold_seconds = 60.0  # a slot is held a minute on average: 60 s ahead, budget 30 s
        with anyio.fail_after(10):  # refused at once, not after the 30 s budget
            refused = await client.get("/tickets/T-1")
        assert refused.status_code == 503
        assert int(refused.headers["Retry-After"]) == 60  # the expected wait, not a constant
        assert admission.shed == 1 and admission.waiting == 0
        assert admission.shed_on_arrival == 1  # counted apart in /metrics
        release.set()
    admission.hold_seconds = 0.0
    assert (await client.get("/tickets/T-1")).status_code == 200


# --- bounded everything: running jobs, waits, query time, request bodies --------------------

from datetime import timedelta  # noqa: E402

import httpx  # noqa: E402

from actors.rules.clock import utcnow  # noqa: E402
from actors.storage import tenant_locks  # noqa: E402
from actors.storage.api_keys import digest  # noqa: E402
from tests.support.stack import KeyedClient, new_admin_key, running_stack  # noqa: E402
from tests.support.ticket_docs import insert_all, ticket_doc  # noqa: E402
from web.app import create_app  # noqa: E402
from web.context import AppContext, WebSettings, no_events  # noqa: E402


async def test_past_max_running_jobs_a_run_is_429_with_retry_after(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["acme", "globex"], max_running_jobs=2) as stack:
        # two jobs hold locks somewhere (any process): the service is full
        for tenant in ("elsewhere-1", "elsewhere-2"):
            await tenant_locks.acquire(store, tenant, f"job-{tenant}", "another-host:1", 60)
        response = await stack.client.post("/ingest/run?tenant_id=acme")
        assert response.status_code == 429, await response.get_json()
        assert int(response.headers["Retry-After"]) > 0
        assert (await response.get_json())["error"] == "too_many_jobs"
        await tenant_locks.release(store, "elsewhere-1", "job-elsewhere-1")
        assert (await stack.client.post("/ingest/run?tenant_id=acme")).status_code == 202


async def test_wait_true_gives_up_after_the_limit_with_202_and_location(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["acme"], ingest_wait_seconds=1,
                             page_size=1, upstream_calls_per_minute=30) as stack:
        with anyio.fail_after(30):
            response = await stack.client.post("/ingest/run?tenant_id=acme&wait=true")
        body = await response.get_json()
        assert response.status_code == 202, body
        assert response.headers["Location"] == f"/ingest/progress/{body['job_id']}"
        assert body["status"] == "running"
        assert (await stack.client.delete(f"/ingest/{body['job_id']}")).status_code == 202


async def test_a_query_over_its_time_limit_is_503_not_a_hung_request(store):
    now = utcnow()
    await insert_all(store, [ticket_doc("acme", f"T-{i}", now - timedelta(minutes=i)) for i in range(3000)])
    key = new_admin_key()
    async with httpx.AsyncClient() as http:
        context = AppContext(settings=WebSettings(admin_key_digest=digest(key)), store=store.with_timeout(0.001),
                             recent_events=no_events, tree=lambda: [], provider_url="http://127.0.0.1:9", http=http)
        client = KeyedClient(create_app(context).test_client(), key)
        with anyio.fail_after(10):
            response = await client.get("/tenants/acme/stats?source=live")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "2"
    body = await response.get_json()
    assert body["error"] == "query_timeout" and "127.0.0.1" not in body["detail"]


async def test_request_bodies_are_size_limited(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["acme"]) as stack:
        body = b"x" * (64 * 1024)  # Quart's test client sends no Content-Length of its own
        response = await stack.client.put("/admin/tenants/acme", data=body, headers={"Content-Length": str(len(body))})
        assert response.status_code == 413
        assert (await response.get_json())["error"] == "too_large"
