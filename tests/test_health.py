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
