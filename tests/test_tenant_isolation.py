"""With tenant A's key, every probe at tenant B is a 404 that says nothing of B.

Two tenants are ingested from the mock provider; B also has a job still running (small
pages on a slow budget). Then A's key, and A's dashboard session, try every way in to B:
its tickets, one ticket, its history, its job's progress and cancel, its status, audit
trail, alerts, stats and dashboard, a run for B. Each answer must be byte for byte the
answer for something that does not exist, hold none of B's ids, and leave B untouched.
A's own data works with the same key, and shows no operator or cross-tenant facts.
"""

from __future__ import annotations

import uuid

import anyio
import pytest

from actors.storage.schema import JOBS, NOTIFICATIONS, TICKETS
from tests.support.stack import bearer, running_stack

pytestmark = pytest.mark.anyio

A, B = "acme", "globex"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def world(store, provider, tmp_path):
    """A and B ingested (B's job id kept), then a B job left running in a second process
    that pages one ticket at a time on a slow budget."""
    async with running_stack(store, provider.url, tmp_path / "fast", tenants=[A, B],
                             upstream_calls_per_minute=100000) as stack, \
            running_stack(store, provider.url, tmp_path / "slow", page_size=1, upstream_calls_per_minute=30) as slow:
        done = {}
        for tenant in (A, B):
            response = await stack.client.post(f"/ingest/run?tenant_id={tenant}&wait=true")
            done[tenant] = await response.get_json()
            assert response.status_code == 200 and done[tenant]["status"] == "completed", done[tenant]
        running = await slow.client.post(f"/ingest/run?tenant_id={B}")
        assert running.status_code == 202
        b_running = (await running.get_json())["job_id"]
        b_ticket = (await store[TICKETS].find_one({"tenant_id": B}))["external_id"]
        assert await store[TICKETS].find_one({"tenant_id": A, "external_id": b_ticket}) is None
        yield stack, done, b_running, b_ticket
        await stack.client.delete(f"/ingest/{b_running}")


def probes(b_job: str, b_running: str, b_ticket: str) -> list[tuple[str, str, str]]:
    """(method, URL at B, the same URL at something that does not exist)."""
    nobody, no_job, no_ticket = "nobody-" + uuid.uuid4().hex[:6], uuid.uuid4().hex, "TCK-NOPE"
    return [
        ("GET", f"/tickets?tenant_id={B}", f"/tickets?tenant_id={nobody}"),
        ("GET", f"/tickets/{b_ticket}", f"/tickets/{no_ticket}"),
        ("GET", f"/tickets/{b_ticket}?tenant_id={B}", f"/tickets/{no_ticket}?tenant_id={nobody}"),
        ("GET", f"/tickets/{b_ticket}/history", f"/tickets/{no_ticket}/history"),
        ("GET", f"/tickets/{b_ticket}/history?tenant_id={B}", f"/tickets/{no_ticket}/history?tenant_id={nobody}"),
        ("GET", f"/ingest/progress/{b_job}", f"/ingest/progress/{no_job}"),
        ("GET", f"/ingest/progress/{b_running}", f"/ingest/progress/{no_job}"),
        ("DELETE", f"/ingest/{b_running}", f"/ingest/{no_job}"),
        ("DELETE", f"/ingest/{b_job}", f"/ingest/{no_job}"),
        ("GET", f"/ingest/status?tenant_id={B}", f"/ingest/status?tenant_id={nobody}"),
        ("GET", f"/ingest/jobs?tenant_id={B}", f"/ingest/jobs?tenant_id={nobody}"),
        ("POST", f"/ingest/run?tenant_id={B}", f"/ingest/run?tenant_id={nobody}"),
        ("GET", f"/notifications?tenant_id={B}", f"/notifications?tenant_id={nobody}"),
        ("GET", f"/tenants/{B}/stats", f"/tenants/{nobody}/stats"),
        ("GET", f"/tenants/{B}/stats?source=live", f"/tenants/{nobody}/stats?source=live"),
        ("GET", f"/tenants/{B}/dashboard", f"/tenants/{nobody}/dashboard"),
    ]


async def answer(client, method: str, url: str, **kwargs) -> tuple[int, bytes]:
    response = await client.open(url, method=method, **kwargs)
    return response.status_code, await response.get_data()


async def test_every_probe_at_another_tenant_is_the_404_of_nothing(world, store):
    stack, done, b_running, b_ticket = world
    a_key = await stack.tenant_key(A)
    as_a = stack.client_for(a_key)
    browser = stack.client_for(None)  # A signed in by cookie, as the dashboard is
    assert (await browser.post("/session", headers=bearer(a_key))).status_code == 204
    same_origin = {"Origin": "http://localhost"}
    b_secrets = {B, b_ticket, done[B]["job_id"], b_running}
    finished_before = await store[JOBS].find_one({"job_id": done[B]["job_id"]})
    for method, at_b, at_nothing in probes(done[B]["job_id"], b_running, b_ticket):
        for client in (as_a, browser):
            status, body = await answer(client, method, at_b, headers=same_origin)
            assert status == 404, (method, at_b, body)
            assert (status, body) == await answer(client, method, at_nothing, headers=same_origin), (method, at_b)
            assert not any(secret.encode() in body for secret in b_secrets), (method, at_b, body)
    assert await store[JOBS].find_one({"job_id": done[B]["job_id"]}) == finished_before, "B's job was not touched"
    still = await store[JOBS].find_one({"job_id": b_running})
    assert still["status"] == "running" and not still["cancel_requested"], "B's running job was not cancelled"


async def test_the_tenants_own_data_works_with_its_key_and_shows_no_operator_facts(world, store):
    stack, done, _, _ = world
    as_a = stack.client_for(await stack.tenant_key(A))
    tickets = await (await as_a.get("/tickets?limit=200")).get_json()
    assert tickets["items"] and {t["tenant_id"] for t in tickets["items"]} == {A}
    one = tickets["items"][0]["ticket_id"]
    assert (await as_a.get(f"/tickets/{one}")).status_code == 200
    assert (await as_a.get(f"/tickets/{one}/history")).status_code == 200
    stats = await (await as_a.get(f"/tenants/{A}/stats")).get_json()
    assert stats["tenant_id"] == A and stats["total_tickets"] == len(
        await store[TICKETS].find({"tenant_id": A, "deleted_at": None}))
    assert (await as_a.get(f"/tenants/{A}/dashboard")).status_code == 200

    job = await (await as_a.get(f"/ingest/progress/{done[A]['job_id']}")).get_json()
    admin_view = await (await stack.client.get(f"/ingest/progress/{done[A]['job_id']}")).get_json()
    assert "owner" in admin_view and "other_tenant" in admin_view["metrics"], "admins see everything"
    assert "owner" not in job, "which host and pid ran it is the operators' business"
    assert "other_tenant" not in job["metrics"] and "unattributed" not in job["metrics"]
    trail = await (await as_a.get("/ingest/jobs")).get_json()
    assert trail["items"] and all("owner" not in j and "other_tenant" not in j["metrics"] for j in trail["items"])
    status = await (await as_a.get("/ingest/status")).get_json()
    assert status["last_job"] is not None and "owner" not in status["last_job"]

    alerts = await (await as_a.get("/notifications")).get_json()
    queued = await store[NOTIFICATIONS].count_documents({"tenant_id": A})
    assert len(alerts["items"]) == queued
    assert all("lease_owner" not in a and "lease_until" not in a for a in alerts["items"])
    circuit = await (await as_a.get("/circuit/notify/status")).get_json()
    assert "state" in circuit and "sent" not in circuit, "delivery counts cover every tenant"
    assert "sent" in await (await stack.client.get("/circuit/notify/status")).get_json()


async def test_a_raw_internal_error_is_shown_to_the_tenant_as_a_sentence(world, store):
    stack, done, _, _ = world
    job_id = done[A]["job_id"]
    await store[JOBS].update_one({"job_id": job_id}, {"$set": {
        "error": "ServerSelectionTimeoutError: db-7.internal:27017: [Errno 111] Connection refused"}})
    as_a = stack.client_for(await stack.tenant_key(A))
    shown = (await (await as_a.get(f"/ingest/progress/{job_id}")).get_json())["error"]
    assert "db-7" not in shown and "Errno" not in shown and shown.startswith("internal error")
    await store[JOBS].update_one({"job_id": job_id}, {"$set": {
        "error": "provider: /external/support-tickets page 3: HTTP 503 from http://10.0.0.5:9000/x"}})
    shown = (await (await as_a.get(f"/ingest/progress/{job_id}")).get_json())["error"]
    assert shown.startswith("provider: ") and "HTTP 503" in shown and "10.0.0.5" not in shown
    full = (await (await stack.client.get(f"/ingest/progress/{job_id}")).get_json())["error"]
    assert "10.0.0.5" in full, "the admin key sees the raw text"


async def test_a_run_for_an_unregistered_tenant_is_404_even_for_the_admin(world):
    stack, _, _, _ = world
    response = await stack.client.post("/ingest/run?tenant_id=invented")
    assert response.status_code == 404 and (await response.get_json())["error"] == "not_found"
    with anyio.fail_after(10):
        assert (await stack.client.put("/admin/tenants/invented")).status_code == 201
        assert (await stack.client.put("/admin/tenants/invented")).status_code == 200
    assert (await stack.client.post("/ingest/run?tenant_id=invented")).status_code == 202
