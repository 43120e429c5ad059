"""Two real app processes on one database: what must hold across processes does.

One job per tenant across both, one provider budget across both (the second process must
not double the rate), progress and cancel from either, and every alert sent exactly once
although both notifiers drain the same outbox.

Nothing here depends on the machine's speed: the test waits for conditions, and the budget
check is an upper bound (calls can never outrun the shared budget, however slow the machine).
How *close* to the budget the jobs run is a figure, printed by ``bench/ingest.py``.
"""

from __future__ import annotations

import time

import httpx
import pytest

from tests.support.mock_process import start_mock_api
from tests.support.service_process import ADMIN, register_tenants, supervisor_process, wait_health

RATE = 120  # calls per minute, shared
#: the GCRA burst (2) plus one call of arrival jitter
SLACK_CALLS = 3


def get(url: str, path: str) -> dict:
    return httpx.get(url + path, headers=ADMIN, timeout=10).json()


def wait_status(url: str, job_id: str, timeout: float = 30) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        doc = get(url, f"/ingest/progress/{job_id}")
        if doc["status"] != "running":
            return doc
        assert time.monotonic() < deadline, doc
        time.sleep(0.2)


def wait_calls(mock_url: str, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while (calls := httpx.get(mock_url + "/admin/stats").json()["calls_total"]) < at_least:
        assert time.monotonic() < deadline, calls
        time.sleep(0.2)
    return calls


@pytest.mark.slow
def test_lock_budget_cancel_and_alerts_hold_across_two_processes(tmp_path, mongo_url, db_name):
    with start_mock_api("--tickets", "600", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0.3",
                        "--notify-latency-ms", "5-30", "--seed", "3") as mock:
        env = {"MONGO_URL": mongo_url, "MONGO_DB": db_name, "EXTERNAL_API_URL": mock.url,
               "UPSTREAM_CALLS_PER_MINUTE": str(RATE), "PAGE_SIZE": "5", "CIRCUIT_OPEN_SECONDS": "1"}
        with supervisor_process(tmp_path / "a", **env) as (pa, a), supervisor_process(tmp_path / "b", **env) as (pb, b):
            wait_health(a, 60)
            wait_health(b, 60)
            register_tenants(a, "acme", "globex")
            httpx.post(mock.url + "/admin/reset-counters").raise_for_status()
            started = time.monotonic()
            first = httpx.post(a + "/ingest/run?tenant_id=acme", headers=ADMIN)
            assert first.status_code == 202
            job_a = first.json()["job_id"]
            clash = httpx.post(b + "/ingest/run?tenant_id=acme", headers=ADMIN)
            assert clash.status_code == 409 and clash.json()["job_id"] == job_a
            second = httpx.post(b + "/ingest/run?tenant_id=globex", headers=ADMIN)
            assert second.status_code == 202
            job_b = second.json()["job_id"]

            calls = wait_calls(mock.url, 20)
            elapsed = time.monotonic() - started
            # both jobs want far more pages than the budget allows in this time...
            assert get(b, f"/ingest/progress/{job_a}")["status"] == "running"
            assert get(a, f"/ingest/progress/{job_b}")["status"] == "running"
            # ...so the provider saw the shared budget, not one budget per process
            assert calls <= RATE / 60 * elapsed + SLACK_CALLS, (calls, elapsed)
            assert httpx.get(mock.url + "/admin/stats").json()["max_calls_in_any_60s"] <= RATE

            # progress and cancel from the other process
            assert httpx.delete(f"{b}/ingest/{job_a}", headers=ADMIN).status_code == 202
            assert httpx.delete(f"{a}/ingest/{job_b}", headers=ADMIN).status_code == 202
            assert wait_status(a, job_a)["status"] == "cancelled"
            assert wait_status(b, job_b)["status"] == "cancelled"

            # alerts queued by both jobs are delivered once, by whichever notifier claims them
            deadline = time.monotonic() + 90
            while True:
                pending = sum(len(get(a, f"/notifications?tenant_id={t}&status=pending")["items"])
                              for t in ("acme", "globex"))
                if pending == 0:
                    break
                assert time.monotonic() < deadline, f"{pending} alerts still pending"
                time.sleep(0.5)
            sent = sum(len(get(b, f"/notifications?tenant_id={t}&status=sent")["items"]) for t in ("acme", "globex"))
            log = httpx.get(mock.url + "/notify/log").json()
            assert sent > 0
            assert log["duplicate_keys"] == 0
            assert log["unique_keys"] == sent
            for process in (pa, pb):
                process.terminate()
                assert process.wait(10) == 0
