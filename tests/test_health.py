"""``/health`` follows its dependencies down and back up, with no restart of the app."""

from __future__ import annotations

import anyio
import pytest

from actors.storage.schema import ensure_indexes
from actors.storage.store import open_store
from tests.support.embedded_db import start_embedded_db
from tests.support.stack import running_stack

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def wait_for(client, status: int, timeout: float) -> dict:
    with anyio.fail_after(timeout):
        while True:
            r = await client.get("/health")
            if r.status_code == status:
                return await r.get_json()
            await anyio.sleep(0.1)


@pytest.mark.embedded_only("stops and restarts a database server of its own")
async def test_health_reports_a_database_that_goes_away_and_comes_back(tmp_path, provider):
    with start_embedded_db(tmp_path / "db") as db:
        async with open_store(db.url, "health", pool_size=5, selection_timeout_ms=1000) as store:
            await ensure_indexes(store)
            async with running_stack(store, provider.url, tmp_path) as stack:
                body = await wait_for(stack.client, 200, 10)
                assert body["status"] == "ok"
                assert body["dependencies"]["mongodb"]["status"] == "ok"
                assert body["dependencies"]["external_api"]["status"] == "ok"
                assert body["dependencies"]["notify_circuit"]["state"] == "closed"

                db.stop()
                body = await wait_for(stack.client, 503, 5)
                assert body["status"] == "degraded"
                assert body["dependencies"]["mongodb"]["status"] == "unavailable"
                assert body["dependencies"]["external_api"]["status"] == "ok"
                # a request that needs the database answers 503 quickly instead of hanging
                with anyio.fail_after(5):
                    r = await stack.client.get("/ingest/status?tenant_id=acme")
                assert r.status_code == 503 and (await r.get_json())["error"] == "database_unavailable"

                db.start()  # same port, same data
                body = await wait_for(stack.client, 200, 15)
                assert body["dependencies"]["mongodb"]["status"] == "ok"


async def test_health_reports_an_unreachable_provider(store, tmp_path):
    async with running_stack(store, "http://127.0.0.1:9", tmp_path) as stack:
        r = await stack.client.get("/health")
        assert r.status_code == 503
        body = await r.get_json()
        assert body["dependencies"]["external_api"]["status"] == "unavailable"
        assert body["dependencies"]["mongodb"]["status"] == "ok"


async def test_a_crowd_on_health_costs_one_probe_and_learns_only_statuses(store):
    """``/health`` is public: concurrent callers share one probe (at most one a second per
    process), and without the admin key the answer holds statuses only."""
    import httpx

    from web.app import create_app
    from web.context import AppContext, WebSettings, no_events

    probes = []

    def provider(request: httpx.Request) -> httpx.Response:
        probes.append(request.url.path)
        return httpx.Response(200, json={"status": "ok"})

    async with httpx.AsyncClient(transport=httpx.MockTransport(provider)) as http:
        context = AppContext(settings=WebSettings(), store=store, recent_events=no_events, tree=lambda: [],
                             provider_url="http://provider.invalid", http=http)
        client = create_app(context).test_client()
        answers = []

        async def ask() -> None:
            response = await client.get("/health")
            answers.append((response.status_code, await response.get_json()))

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(ask)
    assert len(answers) == 20 and all(status == 200 for status, _ in answers)
    assert len(probes) <= 2, f"{len(probes)} provider probes for 20 concurrent /health calls"
    body = answers[0][1]
    assert body["dependencies"]["mongodb"] == {"status": "ok"}
    assert body["dependencies"]["external_api"] == {"status": "ok"}
    assert "provider.invalid" not in repr(answers)
