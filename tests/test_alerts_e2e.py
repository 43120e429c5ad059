"""Alerts end to end: ingestion queues them, the notifier delivers them to the real mock.

The app is assembled as in production (``running_stack``) around the test's database and
a mock provider process of this module's own, whose ``/notify`` the tests make flaky,
dead and healthy again through ``/admin/config``. The mock's ``/notify/log`` is the
witness: which keys it accepted, and whether any was accepted twice. The last test runs
``python -m supervisor`` as real processes and kills one with SIGKILL while alerts wait.

Against the customer's provider (``--profile reference``: calls 1 and 2 per ticket fail,
keys are ignored) a real notifier, alone and inside the assembled app, delivers a small
backlog: every alert once (the log counts per ticket), with three calls each. The breaker
keeps its rules (5 failures in the last 10 calls, then one probe); only its open period is
shortened, so the test takes seconds rather than minutes.
"""

from __future__ import annotations

import signal
import time
from datetime import datetime

import anyio
import httpx
import pytest
from pymongo import MongoClient

from actors.classify import ClassifyService
from actors.kit import ActorRef, run_actor
from actors.notifier import Notifier, Poke
from actors.rules.backoff import Backoff
from actors.rules.circuit_breaker import CircuitBreaker
from actors.rules.clock import utcnow
from actors.storage import outbox
from actors.storage.schema import NOTIFICATIONS, TICKETS
from tests.support.mock_process import start_mock_api
from tests.support.stack import running_stack
from tests.support.service_process import ADMIN, register_tenants, supervisor_process, wait_health

pytestmark = pytest.mark.anyio

#: a tenant of the generated data set: about ten of its tickets are high urgency with this seed
TENANT = "acme"
#: a tenant of our own, made of exactly ``len(OUTAGES)`` high-urgency tickets and a few others
SMALL = "failco"
OUTAGES = [("Production is down", f"Our whole site {name} is down since this morning, nothing works.")
           for name in ("shop", "api", "admin", "portal", "checkout", "search")]
CALM = [("Question about invoice", "Can you send me a copy of last month invoice? Thanks"),
        ("Feature idea", "It would be nice to export reports as CSV. Thanks for the great tool!")]
CONTRACT_STATUS_FIELDS = {"name", "state", "failures_in_window", "window_size", "failure_threshold", "opened_at",
                          "retry_at"}


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Quart's test client runs on asyncio only


@pytest.fixture(scope="module")
def mock():
    """A provider of our own: these tests change its ``/notify`` behaviour and its tickets."""
    with start_mock_api("--tickets", "200", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--notify-latency-ms", "1-5", "--seed", "7") as api:
        classifier = ClassifyService()
        for n, (subject, message) in enumerate(OUTAGES + CALM):
            assert (classifier.classify(subject, message).urgency == "high") == (n < len(OUTAGES))
            httpx.post(api.url + "/admin/tickets", json={
                "id": f"FC-{n}", "tenant_id": SMALL, "subject": subject, "message": message, "customer_id": f"c{n}",
            }).raise_for_status()
        yield api


@pytest.fixture(autouse=True)
def fresh_notify_log(mock):
    set_notify(mock, failure_rate=0.0, latency_ms=(1, 5))
    httpx.post(mock.url + "/admin/reset-counters").raise_for_status()


def set_notify(mock, *, failure_rate: float, latency_ms: tuple[int, int]) -> None:
    httpx.post(mock.url + "/admin/config", json={"notify_failure_rate": failure_rate,
                                                 "notify_latency_ms": list(latency_ms)}).raise_for_status()


async def notify_log(mock) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.get(mock.url + "/notify/log")
    r.raise_for_status()
    return r.json()


async def run_ingestion(client, tenant: str) -> dict:
    r = await client.post(f"/ingest/run?tenant_id={tenant}&wait=true")
    assert r.status_code == 200, await r.get_data()
    job = await r.get_json()
    assert job["status"] == "completed", job
    return job


async def notifications(client, tenant: str, status: str | None = None) -> list[dict]:
    query = f"/notifications?tenant_id={tenant}&limit=1000" + (f"&status={status}" if status else "")
    r = await client.get(query)
    assert r.status_code == 200, await r.get_data()
    return (await r.get_json())["items"]


async def circuit(client) -> dict:
    r = await client.get("/circuit/notify/status")
    assert r.status_code == 200
    return await r.get_json()


async def high_urgency_keys(store, tenant: str) -> set[str]:
    """The alerts the run should have queued: one per high-urgency ticket, by its trigger."""
    tickets = await store[TICKETS].find({"tenant_id": tenant, "urgency": "high"})
    assert tickets
    classifier = ClassifyService()
    return {f"{tenant}:{t['external_id']}:{classifier.classify(t['subject'], t['message']).alert_trigger}"
            for t in tickets}


async def wait_all_sent(client, tenant: str, n: int, timeout: float) -> None:
    with anyio.fail_after(timeout):
        while len(await notifications(client, tenant, "sent")) < n:
            await anyio.sleep(0.1)


def wall(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


async def test_half_failing_slow_notify_delivers_every_alert_exactly_once_and_reruns_queue_nothing(store, mock, tmp_path):
    set_notify(mock, failure_rate=0.5, latency_ms=(50, 2000))
    # More attempts than the default 8 (at 50 % failures one alert in 256 would die; dying is
    # covered below and in test_notifier) and retry delays capped at 2 s rather than 300 s:
    # one alert in 128 fails 7 times in a row, and its 7th delay alone may be 64 s.
    async with running_stack(store, mock.url, tmp_path, notify_timeout_seconds=3, circuit_open_seconds=1,
                             notify_max_attempts=30, notify_backoff_cap=2, tenants=[TENANT]) as stack:
        job = await run_ingestion(stack.client, TENANT)
        expected = await high_urgency_keys(store, TENANT)
        n = len(expected)
        assert job["metrics"]["notifications_queued"] == n
        assert {item["key"] for item in await notifications(stack.client, TENANT)} == expected

        await wait_all_sent(stack.client, TENANT, n, timeout=75)
        log = await notify_log(mock)
        assert (log["accepted"], log["unique_keys"], log["duplicate_keys"]) == (n, n, 0), log
        assert set(log["keys"]) == expected
        assert log["received"] == log["accepted"] + log["failed"]
        sent = await notifications(stack.client, TENANT, "sent")
        assert all(item["sent_at"] and item["attempts"] >= 1 and item["lease_until"] is None for item in sent)

        again = await run_ingestion(stack.client, TENANT)
        assert again["metrics"]["notifications_queued"] == 0
        assert await store[NOTIFICATIONS].count_documents({}) == n
        assert len(await notifications(stack.client, TENANT, "sent")) == n
        assert (await notify_log(mock))["accepted"] == n


async def test_dead_notify_opens_the_breaker_no_call_while_open_then_half_open_and_heal(store, mock, tmp_path):
    set_notify(mock, failure_rate=1.0, latency_ms=(20, 50))
    open_seconds = 2.0
    async with running_stack(store, mock.url, tmp_path, notify_timeout_seconds=3, circuit_open_seconds=open_seconds,
                             notify_max_attempts=30, notify_backoff_cap=1, tenants=[SMALL]) as stack:
        status = await circuit(stack.client)
        assert CONTRACT_STATUS_FIELDS <= set(status)
        assert (status["name"], status["state"], status["window_size"], status["failure_threshold"]) == \
            ("notify", "closed", 10, 5)
        assert status["opened_at"] is None and status["retry_at"] is None

        job = await run_ingestion(stack.client, SMALL)
        assert job["metrics"]["notifications_queued"] == len(OUTAGES)

        with anyio.fail_after(15):
            while (status := await circuit(stack.client))["state"] != "open":
                await anyio.sleep(0.05)
        log = await notify_log(mock)
        # 6 alerts, every call failing: at most 4 failures before the round that opens it,
        # which has at most 6 calls in flight
        assert 5 <= log["received"] <= 10, log
        assert log["accepted"] == 0 and log["failed"] == log["received"]
        assert status["failures_in_window"] >= 5
        opened_at, retry_at = wall(status["opened_at"]), wall(status["retry_at"])
        assert retry_at - opened_at == pytest.approx(open_seconds, abs=0.01)

        # open: fail fast, the mock hears nothing
        received_when_open = log["received"]
        while time.time() < retry_at - 0.1:
            assert (await notify_log(mock))["received"] == received_when_open, "called /notify while open"
            await anyio.sleep(0.1)

        # then one probe; it fails, so the breaker opens again on a new timer
        with anyio.fail_after(10):
            while (status := await circuit(stack.client))["opened_at"] is None or wall(status["opened_at"]) < retry_at:
                await anyio.sleep(0.05)
        assert status["state"] == "open"
        assert (await notify_log(mock))["received"] == received_when_open + 1

        set_notify(mock, failure_rate=0.0, latency_ms=(20, 50))
        await wait_all_sent(stack.client, SMALL, len(OUTAGES), timeout=20)
        assert (await circuit(stack.client))["state"] == "closed"
        log = await notify_log(mock)
        assert (log["accepted"], log["unique_keys"], log["duplicate_keys"]) == (len(OUTAGES), len(OUTAGES), 0), log
        assert await notifications(stack.client, SMALL, "pending") == []


async def test_reset_closes_an_open_breaker_and_pending_alerts_go_out(store, mock, tmp_path):
    set_notify(mock, failure_rate=1.0, latency_ms=(5, 20))
    async with running_stack(store, mock.url, tmp_path, circuit_open_seconds=600, notify_max_attempts=30,
                             tenants=[SMALL]) as stack:
        await run_ingestion(stack.client, SMALL)
        with anyio.fail_after(15):
            while (await circuit(stack.client))["state"] != "open":
                await anyio.sleep(0.05)
        set_notify(mock, failure_rate=0.0, latency_ms=(5, 20))

        r = await stack.client.post("/circuit/notify/reset")
        assert r.status_code == 200
        body = await r.get_json()
        assert CONTRACT_STATUS_FIELDS <= set(body)
        assert (body["state"], body["failures_in_window"], body["opened_at"], body["retry_at"]) == ("closed", 0, None, None)
        assert (await circuit(stack.client))["state"] == "closed"
        # without the reset these would wait 10 minutes
        await wait_all_sent(stack.client, SMALL, len(OUTAGES), timeout=20)
        log = await notify_log(mock)
        assert (log["unique_keys"], log["duplicate_keys"]) == (len(OUTAGES), 0)


async def test_notifications_list_filters_by_status_and_validates(store, mock, tmp_path):
    set_notify(mock, failure_rate=1.0, latency_ms=(20, 50))
    async with running_stack(store, mock.url, tmp_path, notify_max_attempts=1, circuit_open_seconds=0.5,
                             tenants=[SMALL]) as stack:
        await run_ingestion(stack.client, SMALL)
        with anyio.fail_after(20):
            while len(await notifications(stack.client, SMALL, "dead")) < len(OUTAGES):
                await anyio.sleep(0.1)
        dead = await notifications(stack.client, SMALL, "dead")
        assert {item["key"] for item in dead} == {f"{SMALL}:FC-{n}:outage" for n in range(len(OUTAGES))}
        for item in dead:
            assert (item["status"], item["attempts"], item["tenant_id"]) == ("dead", 1, SMALL)
            assert item["last_error"].startswith("HTTP 5") and item["died_at"]
            assert "lease_owner" not in item
        assert await notifications(stack.client, SMALL, "pending") == []
        assert await notifications(stack.client, SMALL, "sent") == []
        assert len(await notifications(stack.client, SMALL)) == len(OUTAGES)
        assert await notifications(stack.client, "globex") == []
        r = await stack.client.get(f"/notifications?tenant_id={SMALL}&limit=2")
        assert len((await r.get_json())["items"]) == 2

        for query in (f"tenant_id={SMALL}&status=bogus", f"tenant_id={SMALL}&status=", "status=dead",
                      "tenant_id=no%20spaces&status=dead", f"tenant_id={SMALL}&status[$ne]=sent",
                      f"tenant_id={SMALL}&limit=0"):
            r = await stack.client.get(f"/notifications?{query}")
            assert r.status_code == 422, query
            assert (await r.get_json())["error"] == "invalid_parameter"


@pytest.mark.slow
def test_kill_9_with_alerts_in_flight_then_restart_delivers_each_exactly_once(tmp_path, mongo_url, db_name):
    with start_mock_api("--tickets", "200", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "1",
                        "--notify-latency-ms", "400-800", "--seed", "7") as mock:
        env = {"MONGO_URL": mongo_url, "MONGO_DB": db_name, "EXTERNAL_API_URL": mock.url, "CIRCUIT_OPEN_SECONDS": "1",
               "NOTIFY_TIMEOUT_SECONDS": "2", "NOTIFY_MAX_ATTEMPTS": "50", "NOTIFY_BACKOFF_CAP": "2"}
        with supervisor_process(tmp_path / "a", **env) as (first, url):
            wait_health(url, 60)
            register_tenants(url, TENANT)
            job = httpx.post(url + f"/ingest/run?tenant_id={TENANT}&wait=true", timeout=60, headers=ADMIN).json()
            assert job["status"] == "completed", job
            n = job["metrics"]["notifications_queued"]
            assert n > 0
            deadline = time.monotonic() + 15
            while True:  # wait for calls in flight: received by the mock, not answered yet
                log = httpx.get(mock.url + "/notify/log").json()
                if log["received"] > log["failed"]:
                    break
                assert time.monotonic() < deadline
                time.sleep(0.02)
            first.send_signal(signal.SIGKILL)
            first.wait()
        with MongoClient(mongo_url, tz_aware=True) as client:
            entries = list(client[db_name][NOTIFICATIONS].find({"tenant_id": TENANT}))
        assert len(entries) == n and all(e["status"] == "pending" for e in entries)
        leased = [e for e in entries if e["lease_until"] is not None]
        assert leased, "the kill was meant to catch deliveries in flight"
        # let the mock answer (fail) what the dead process had sent before it heals
        deadline = time.monotonic() + 3
        while (log := httpx.get(mock.url + "/notify/log").json())["failed"] < log["received"]:
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert log["accepted"] == 0
        httpx.post(mock.url + "/admin/config", json={"notify_failure_rate": 0.0, "notify_latency_ms": [10, 50]}
                   ).raise_for_status()

        with supervisor_process(tmp_path / "b", **env) as (second, url):
            wait_health(url, 60)
            # the killed process's leases run out (timeout + 10 s), then its entries go out
            deadline = time.monotonic() + 60
            while len(httpx.get(url + f"/notifications?tenant_id={TENANT}&status=sent&limit=1000",
                                headers=ADMIN).json()["items"]) < n:
                assert time.monotonic() < deadline, "pending alerts were not delivered after the restart"
                time.sleep(0.2)
            log = httpx.get(mock.url + "/notify/log").json()
            assert (log["accepted"], log["unique_keys"], log["duplicate_keys"]) == (n, n, 0), log
            assert set(log["keys"]) == {e["_id"] for e in entries}
            second.send_signal(signal.SIGTERM)
            assert second.wait(10) == 0


# -- against the customer's own provider ---------------------------------------------------------

#: six alerts of three severities, queued least severe first
BACKLOG = [("REF-1", "refund_demand"), ("REF-2", "explicit_urgency"), ("REF-3", "chargeback"),
           ("REF-4", "outage"), ("REF-5", "legal_threat"), ("REF-6", "privacy")]


@pytest.fixture(scope="module")
def reference_mock():
    with start_mock_api("--tickets", "50", "--rate-limit-per-minute", "100000", profile="reference") as api:
        yield api


async def queue_backlog(store) -> set[str]:
    now = utcnow()
    await outbox.enqueue(store, [outbox.alert_upsert("acme", ticket, trigger, "high", f"about {ticket}", "job-r", now)
                                 for ticket, trigger in BACKLOG])
    return {ticket for ticket, _ in BACKLOG}


async def reference_log(mock) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.get(mock.url + "/notify/log")
    r.raise_for_status()
    return r.json()


async def check_delivered_once(store, mock, tickets: set[str]) -> None:
    log = await reference_log(mock)
    assert (log["unique_tickets"], log["duplicate_tickets"], set(log["tickets"])) == (len(tickets), 0, tickets), log
    assert log["accepted"] == len(tickets)
    assert log["received"] == 3 * len(tickets), "each alert takes exactly the three calls this provider needs"
    docs = await store[NOTIFICATIONS].find({})
    assert {(d["status"], d["attempts"]) for d in docs} == {("sent", 3)}
    assert all(d["wait_seconds"] >= 0 and d["severity"] in ("critical", "high") for d in docs)


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_a_real_notifier_delivers_a_backlog_to_the_reference_provider_once_each(store, reference_mock):
    httpx.post(reference_mock.url + "/admin/reset-counters").raise_for_status()
    tickets = await queue_backlog(store)
    breaker = CircuitBreaker("notify", window=10, failure_threshold=5, open_seconds=1.0)
    async with httpx.AsyncClient() as http:
        # a generous timeout: a call the provider answered but we gave up on would be sent again
        notifier = Notifier(store, http, reference_mock.url + "/notify", breaker, owner="e2e", timeout_seconds=15,
                            max_attempts=30, backoff=Backoff(base=0.2, cap=1.0, max_attempts=30))
        notifier.tick_seconds = 0.1
        ref: ActorRef = ActorRef("notifier-e2e")
        async with anyio.create_task_group() as tg:
            await tg.start(run_actor, notifier, ref)
            try:
                ref.tell_nowait(Poke())
                with anyio.fail_after(100):  # ~10 s on an idle machine
                    while await store[NOTIFICATIONS].count_documents({"status": "sent"}) < len(tickets):
                        await anyio.sleep(0.1)
            finally:
                tg.cancel_scope.cancel()
                ref.close()
    await check_delivered_once(store, reference_mock, tickets)
    assert notifier.model.estimate(2) > 0.5 > notifier.model.estimate(0)  # it learned the provider
    waits = {w.severity: w.sent for w in ref.snapshot.waits}
    assert waits == {"critical": 3, "high": 3}


async def test_the_assembled_app_delivers_a_backlog_to_the_reference_provider_once_each(store, reference_mock,
                                                                                       tmp_path):
    httpx.post(reference_mock.url + "/admin/reset-counters").raise_for_status()
    async with running_stack(store, reference_mock.url, tmp_path, circuit_open_seconds=1, notify_timeout_seconds=15,
                             notify_max_attempts=30, notify_backoff_base=0.2, notify_backoff_cap=1) as stack:
        tickets = await queue_backlog(store)
        await wait_all_sent(stack.client, "acme", len(tickets), timeout=100)
        items = await notifications(stack.client, "acme", "sent")
        assert {item["ticket_id"] for item in items} == tickets
        assert all(item["wait_seconds"] is not None for item in items)
    await check_delivered_once(store, reference_mock, tickets)
