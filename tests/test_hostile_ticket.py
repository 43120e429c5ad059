"""A ticket any end customer can file must not freeze the service for every tenant.

Before the classifier was made linear, "Our app is down. " followed by capitals took
seconds to classify (minutes at 100,000 characters), on the event loop, so every request,
``/health`` and the lock refreshes of every tenant stalled meanwhile. Here a
100,000-character shouting ticket goes through a real ingestion (the mock provider, the
embedded database, the assembled app) while a ticker measures how late the event loop runs
and ``/health`` is asked again and again. The bound is a guard far above the expected cost
(the classification itself takes milliseconds), not a benchmark.
"""

from __future__ import annotations

import anyio
import httpx
import pytest

from actors.storage.schema import TICKETS
from tests.support.mock_process import start_mock_api
from tests.support.stack import running_stack

pytestmark = pytest.mark.anyio

TENANT = "shouty"
STALL_GUARD_SECONDS = 1.0


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Quart's test client runs on asyncio only


@pytest.fixture(scope="module")
def mock():
    with start_mock_api("--tickets", "50", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--notify-latency-ms", "1-3", "--seed", "5") as api:
        yield api


async def test_a_100k_character_shouting_ticket_is_ingested_without_stalling_anyone(store, mock, tmp_path):
    message = "Our app is down. " + "A" * 99_000 + " " + "WHY " * 200
    ticket = {"id": "SHOUT-1", "tenant_id": TENANT, "subject": "DOWN", "message": message[:100_000],
              "status": "open", "source": "email", "customer_id": "c-1"}
    httpx.post(mock.url + "/admin/tickets", json=ticket).raise_for_status()

    async with running_stack(store, mock.url, tmp_path, tenants=[TENANT]) as stack:
        worst_gap = 0.0
        health_codes: list[int] = []
        done = anyio.Event()

        async def ticker() -> None:
            nonlocal worst_gap
            while not done.is_set():
                before = anyio.current_time()
                await anyio.sleep(0.02)
                worst_gap = max(worst_gap, anyio.current_time() - before - 0.02)

        async def health() -> None:
            while not done.is_set():
                health_codes.append((await stack.client.get("/health")).status_code)
                await anyio.sleep(0.05)

        async with anyio.create_task_group() as tg:
            tg.start_soon(ticker)
            tg.start_soon(health)
            response = await stack.client.post(f"/ingest/run?tenant_id={TENANT}&wait=true")
            done.set()
        job = await response.get_json()

    assert response.status_code == 200 and job["status"] == "completed", job
    stored = await store[TICKETS].find_one({"tenant_id": TENANT, "external_id": "SHOUT-1"})
    assert stored is not None and stored["urgency"] == "high"
    assert any(reason.startswith("truncated") for reason in stored["reasons"]), stored["reasons"]
    assert health_codes and set(health_codes) == {200}
    assert worst_gap < STALL_GUARD_SECONDS, f"the event loop stalled for {worst_gap:.2f} s"
