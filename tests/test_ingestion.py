"""Ingestion end to end: the app (as assembled in production) against the real embedded
database and the mock provider over HTTP."""

from __future__ import annotations

import anyio
import httpx
import pytest

from actors.storage.schema import HISTORY, JOBS, LOCKS, TICKETS
from tests.support.mock_process import start_mock_api
from tests.support.stack import running_stack

pytestmark = pytest.mark.anyio

TENANT = "acme"


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Quart's test client runs on asyncio only


@pytest.fixture(scope="module")
def mock():
    """A provider of our own: these tests change its tickets and its failure rate."""
    with start_mock_api("--tickets", "400", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--notify-latency-ms", "1-3", "--seed", "11") as api:
        yield api


@pytest.fixture(autouse=True)
def healthy_mock(mock):
    httpx.post(mock.url + "/admin/config", json={"page_failure_rate": 0.0, "page_latency_ms": [0, 0]}).raise_for_status()
    yield


def provider_tickets(url: str, tenant: str) -> dict[str, dict]:
    out, page = {}, 1
    while page:
        body = httpx.get(url + "/external/support-tickets", params={"tenant_id": tenant, "page": page, "page_size": 100}).json()
        out.update({t["id"]: t for t in body["tickets"]})
        page = body["next_page"]
    return out


async def run_and_wait(client, tenant: str = TENANT) -> dict:
    response = await client.post(f"/ingest/run?tenant_id={tenant}&wait=true")
    assert response.status_code == 200, await response.get_data()
    return await response.get_json()


async def test_full_run_stores_exactly_the_tenants_tickets_and_reruns_change_nothing(store, mock, tmp_path):
    expected = provider_tickets(mock.url, TENANT)
    async with running_stack(store, mock.url, tmp_path, tenants=[TENANT]) as stack:
        job = await run_and_wait(stack.client)
        assert job["status"] == "completed", job
        assert job["metrics"]["new"] == len(expected)
        assert job["progress"] == 100 and job["processed_pages"] == job["total_pages"]
        stored = {d["external_id"]: d for d in await store[TICKETS].find({"tenant_id": TENANT})}
        assert set(stored) == set(expected)
        assert await store[TICKETS].count_documents({"tenant_id": {"$ne": TENANT}}) == 0
        for tid, t in expected.items():
            doc = stored[tid]
            for field in ("source", "customer_id", "subject", "message", "status"):
                assert doc[field] == t[field]
            assert doc["updated_at"].isoformat().startswith(t["updated_at"].rstrip("Z")[:19])
            assert doc["urgency"] in ("high", "medium", "low") and doc["deleted_at"] is None
        history_before = await store[HISTORY].count_documents({})
        for _ in range(3):
            again = await run_and_wait(stack.client)
            assert again["status"] == "completed"
            m = again["metrics"]
            assert (m["new"], m["updated"], m["deleted"], m["unchanged"]) == (0, 0, 0, len(expected))
        assert await store[HISTORY].count_documents({}) == history_before
        assert await store[TICKETS].count_documents({"tenant_id": TENANT}) == len(expected)


async def test_changes_and_deletions_are_detected_with_field_history(store, mock, tmp_path):
    async with running_stack(store, mock.url, tmp_path, tenants=["globex"]) as stack:
        assert (await run_and_wait(stack.client, "globex"))["status"] == "completed"
        ids = sorted(provider_tickets(mock.url, "globex"))
        changed, deleted = ids[:10], ids[10:15]
        for tid in changed:
            httpx.patch(f"{mock.url}/admin/tickets/{tid}", json={"subject": f"edited {tid}", "message": f"new text for {tid}"}).raise_for_status()
        for tid in deleted:
            httpx.delete(f"{mock.url}/admin/tickets/{tid}").raise_for_status()
        job = await run_and_wait(stack.client, "globex")
        assert job["status"] == "completed"
        assert job["metrics"]["updated"] == 10 and job["metrics"]["deleted"] == 5, job["metrics"]
        for tid in changed:
            entries = await store[HISTORY].find({"tenant_id": "globex", "ticket_id": tid, "action": "updated"})
            assert len(entries) == 1
            changes = entries[0]["changes"]
            assert changes["subject"]["new"] == f"edited {tid}" and changes["message"]["new"] == f"new text for {tid}"
            assert changes["updated_at"]["new"] > changes["updated_at"]["old"]
            assert entries[0]["job_id"] == job["job_id"]
        for tid in deleted:
            doc = await store[TICKETS].find_one({"tenant_id": "globex", "external_id": tid})
            assert doc["deleted_at"] is not None
            assert await store[HISTORY].count_documents({"ticket_id": tid, "action": "deleted"}) == 1
        # the deleted tickets never count as live again, and a further run changes nothing
        again = await run_and_wait(stack.client, "globex")
        assert (again["metrics"]["updated"], again["metrics"]["deleted"]) == (0, 0)


async def _concurrent_posts(clients, tenant: str, n: int = 10) -> list[tuple[int, dict]]:
    results: list[tuple[int, dict]] = []

    async def post(client):
        r = await client.post(f"/ingest/run?tenant_id={tenant}")
        results.append((r.status_code, await r.get_json()))

    async with anyio.create_task_group() as tg:
        for i in range(n):
            tg.start_soon(post, clients[i % len(clients)])
    return results


async def _wait_finished(store, job_id: str, timeout: float = 30.0) -> dict:
    with anyio.fail_after(timeout):
        while True:
            doc = await store[JOBS].find_one({"job_id": job_id})
            if doc["status"] != "running":
                return doc
            await anyio.sleep(0.05)


async def test_concurrent_posts_one_job_across_two_processes(store, mock, tmp_path):
    # small pages at 60 calls a minute: each job outlives the burst of POSTs by far
    async with running_stack(store, mock.url, tmp_path / "a", page_size=5, tenants=["initech"]) as a, \
            running_stack(store, mock.url, tmp_path / "b", page_size=5) as b:
        for repetition in range(20):
            clients = [a.client] if repetition < 10 else [a.client, b.client]
            results = await _concurrent_posts(clients, "initech")
            codes = sorted(code for code, _ in results)
            assert codes == [202] + [409] * 9, (repetition, codes)
            winner = next(body for code, body in results if code == 202)
            assert all(body["job_id"] == winner["job_id"] and body["error"] == "ingestion_running"
                       for code, body in results if code == 409)
            # stop it, and wait until the lock is free again before the next burst
            assert (await clients[-1].delete(f"/ingest/{winner['job_id']}")).status_code == 202
            assert (await _wait_finished(store, winner["job_id"]))["status"] == "cancelled"
            with anyio.fail_after(10):
                while (await (await a.client.get("/ingest/status?tenant_id=initech")).get_json())["running"]:
                    await anyio.sleep(0.02)
    assert await store[JOBS].count_documents({"tenant_id": "initech"}) == 20


async def test_cancel_mid_run_keeps_stored_pages_and_frees_the_lock(store, mock, tmp_path):
    httpx.post(mock.url + "/admin/config", json={"page_latency_ms": [150, 150]}).raise_for_status()
    async with running_stack(store, mock.url, tmp_path, page_size=5, tenants=["umbrella"]) as stack, \
            running_stack(store, mock.url, tmp_path / "other") as other:
        # a first complete run, then delete a ticket: a cancelled run must not soft-delete it
        first = await run_and_wait(stack.client, "umbrella")
        victim = sorted(provider_tickets(mock.url, "umbrella"))[0]
        httpx.delete(f"{mock.url}/admin/tickets/{victim}").raise_for_status()
        r = await stack.client.post("/ingest/run?tenant_id=umbrella")
        job_id = (await r.get_json())["job_id"]
        with anyio.fail_after(20):
            while (await store[JOBS].find_one({"job_id": job_id}))["processed_pages"] < 2:
                await anyio.sleep(0.05)
        # cancel through the *other* process: the request travels through MongoDB
        r = await other.client.delete(f"/ingest/{job_id}")
        assert r.status_code == 202 and (await r.get_json())["status"] == "cancelling"
        pages_at_cancel = (await store[JOBS].find_one({"job_id": job_id}))["processed_pages"]
        done = await _wait_finished(store, job_id)
        assert done["status"] == "cancelled"
        assert done["processed_pages"] <= pages_at_cancel + 1  # stops after the page in hand
        assert done["processed_pages"] < done["total_pages"]
        assert (await store[TICKETS].find_one({"tenant_id": "umbrella", "external_id": victim}))["deleted_at"] is None
        assert done["metrics"]["deleted"] == 0
        # the job's final status is written first, then its lock released (docs/architecture.md):
        # on a busy machine a reader can land in between, so wait for the lock, boundedly
        with anyio.fail_after(10):
            while (status := await (await stack.client.get("/ingest/status?tenant_id=umbrella")).get_json())["running"]:
                await anyio.sleep(0.05)
        assert status["last_job"]["status"] == "cancelled" and status["job_id"] is None
        r = await stack.client.delete(f"/ingest/{job_id}")
        assert r.status_code == 409
        assert first["status"] == "completed"


async def test_flaky_provider_still_completes_and_dead_provider_fails_cleanly(store, mock, tmp_path):
    httpx.post(mock.url + "/admin/config", json={"page_failure_rate": 0.3}).raise_for_status()
    async with running_stack(store, mock.url, tmp_path, page_size=20, provider_backoff_base=0.05, tenants=["acme"],
                             provider_backoff_cap=0.5) as stack:
        job = await run_and_wait(stack.client, "acme")
        assert job["status"] == "completed", job
        assert job["metrics"]["retries"] > 0
        httpx.post(mock.url + "/admin/config", json={"page_failure_rate": 1.0}).raise_for_status()
        job = await run_and_wait(stack.client, "acme")
        assert job["status"] == "failed"
        assert "HTTP 503" in job["error"] and "gave up" in job["error"]
        assert job["finished_at"] is not None and job["duration_seconds"] is not None
        lock = await store[LOCKS].find_one({"_id": "acme"})
        assert lock["job_id"] is None
        assert job["metrics"]["deleted"] == 0


async def test_bad_input_and_unknown_ids(store, mock, tmp_path):
    async with running_stack(store, mock.url, tmp_path) as stack:
        for query in ("", "?tenant_id=", "?tenant_id=a%20b", "?tenant_id=x&tenant_id=y", "?tenant_id=-bad",
                      "?tenant_id=acme&wait=maybe", "?tenant_id=acme&bogus=1"):
            r = await stack.client.post("/ingest/run" + query)
            assert r.status_code == 422, query
            body = await r.get_json()
            assert body["error"] == "invalid_parameter" and body["detail"]
        assert (await stack.client.get("/ingest/progress/nope")).status_code == 404
        assert (await stack.client.delete("/ingest/0123abcd")).status_code == 404
        r = await stack.client.get("/ingest/status?tenant_id=nobody")
        body = await r.get_json()
        assert body.pop("schedule")["next_run_at"] is None
        assert body == {"tenant_id": "nobody", "running": False, "job_id": None, "lock_expires_at": None,
                        "last_job": None}


async def test_wait_answers_only_once_the_lock_is_free_so_the_next_run_starts_at_once(store, mock, tmp_path):
    """A job writes its final status, then releases its lock: ``wait=true`` answers after both."""
    async with running_stack(store, mock.url, tmp_path, tenants=["hooli"]) as stack:
        for _ in range(3):
            job = await run_and_wait(stack.client, "hooli")
            assert job["status"] == "completed"
            assert await store[LOCKS].find_one({"_id": "hooli", "job_id": job["job_id"]}) is None
        again = await stack.client.post("/ingest/run?tenant_id=hooli")
        assert again.status_code == 202, await again.get_data()
        await run_and_wait_for(stack.client, (await again.get_json())["job_id"])


async def run_and_wait_for(client, job_id: str) -> None:
    with anyio.fail_after(60):
        while (await (await client.get(f"/ingest/progress/{job_id}")).get_json())["status"] == "running":
            await anyio.sleep(0.1)
