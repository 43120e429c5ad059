"""The mock provider: its pieces in-process, its contract over real HTTP.

The HTTP tests share one long-lived mock (``provider``) for everything that does
not change tickets, resetting its counters and settings before each test, and a
second one (``editable``) for the admin create/patch/delete tests, so pagination
checks never race a test that adds tickets.
"""

from __future__ import annotations

import collections
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone

import httpx
import pytest

from mock_api.config import ConfigError, MockConfig, parse_latency
from mock_api.dataset import TENANTS, TICKET_FIELDS, MessageWriter, generate_tickets
from mock_api.phrasebook import HIGH_URGENCY
from mock_api.window import CallMeter, SlidingWindowLimiter
from tests.support.mock_process import MockApi, start_mock_api, stop, walk_listing

NOW = 1_795_000_000  # a fixed "server start" for in-process dataset tests
TICKETS = 1500
ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
BASELINE = {
    "rate_limit_per_minute": 100_000,
    "notify_failure_rate": 0.0,
    "notify_latency_ms": [0, 0],
    "page_failure_rate": 0.0,
    "page_latency_ms": [0, 0],
}
NOTIFY_BODY = {"ticket_id": "TCK-000001", "tenant_id": "acme", "urgency": "high", "reason": "legal threat"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- the sliding window, with a hand-driven clock --------------------------------------------


def test_limiter_allows_the_limit_then_says_when_a_slot_frees() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(3, clock=clock)
    for _ in range(3):
        assert limiter.try_acquire().allowed
        clock.now += 10
    # calls at 1000, 1010, 1020; now 1030: the first frees at 1060
    assert limiter.try_acquire() == (False, 30)
    clock.now = 1059.2
    assert limiter.try_acquire() == (False, 1)  # ceil(0.8), never 0
    clock.now = 1060.0
    assert limiter.try_acquire().allowed


def test_limiter_does_not_count_rejected_calls() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, clock=clock)
    assert limiter.try_acquire().allowed
    clock.now += 1
    assert limiter.try_acquire().allowed
    for _ in range(50):  # an impatient client hammering away
        clock.now += 0.5
        assert not limiter.try_acquire().allowed
    clock.now = 1060.0
    assert limiter.try_acquire().allowed
    assert limiter.in_window() == 2  # the call made at 1001 and the new one


def test_limiter_slides_instead_of_resetting_on_a_boundary() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(4, clock=clock)
    clock.now = 1059.0
    assert all(limiter.try_acquire().allowed for _ in range(4))
    clock.now = 1061.0  # a fixed per-minute bucket would have refilled here
    assert limiter.try_acquire() == (False, 58)


def test_lowering_the_limit_bites_at_once_and_retry_after_waits_for_enough_slots() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(5, clock=clock)
    for _ in range(5):
        limiter.try_acquire()
        clock.now += 1  # calls at 1000..1004
    limiter.limit = 2
    # four calls must leave before one fits: the fourth (1003) leaves at 1063
    assert limiter.try_acquire() == (False, 58)
    with pytest.raises(ValueError):
        limiter.limit = 0


def test_meter_finds_the_busiest_window_and_forgets_old_calls() -> None:
    clock = FakeClock()
    meter = CallMeter(clock=clock)
    for _ in range(10):  # 10 calls in 9 s
        meter.record()
        clock.now += 1
    clock.now += 100
    for _ in range(4):
        meter.record(rate_limited=True)
    assert meter.stats() == (14, 4, 10, 4)
    assert len(meter._recent) == 4  # memory is bounded by the window, not the history
    clock.now += 60
    assert meter.stats().calls_last_60s == 0
    meter.reset()
    assert meter.stats() == (0, 0, 0, 0)


def test_meter_max_spans_windows_that_do_not_start_on_a_call() -> None:
    clock = FakeClock()
    meter = CallMeter(clock=clock)
    for t in (0, 30, 50, 70, 95, 125):
        clock.now = 1000 + t
        meter.record()
    # (10, 70] holds 30, 50, 70; (35, 95] holds 50, 70, 95; never four in 60 s
    assert meter.stats().max_calls_in_any_60s == 3


# --- the dataset ------------------------------------------------------------------------------


def test_dataset_is_deterministic_and_seed_dependent() -> None:
    first = [t.to_json() for t in generate_tickets(500, 7, NOW)]
    assert first == [t.to_json() for t in generate_tickets(500, 7, NOW)]
    assert first != [t.to_json() for t in generate_tickets(500, 8, NOW)]


def test_dataset_shape() -> None:
    tickets = [t.to_json() for t in generate_tickets(10_000, 42, NOW)]
    assert all(tuple(t) == TICKET_FIELDS for t in tickets)
    ids = [t["id"] for t in tickets]
    assert ids == sorted(set(ids)) and ids[0] == "TCK-000001" and ids[-1] == "TCK-010000"
    assert {t["source"] for t in tickets} == {"email", "chat", "web", "phone", "api"}
    assert {t["status"] for t in tickets} == {"open", "pending", "resolved", "closed"}

    ages = []
    for t in tickets:
        assert ISO_Z.match(t["created_at"]) and ISO_Z.match(t["updated_at"])
        assert t["created_at"] <= t["updated_at"] <= _iso(NOW)
        ages.append(NOW - _epoch(t["created_at"]))
    assert max(ages) <= 30 * 86400
    assert sum(age < 86400 for age in ages) >= 0.05 * len(tickets)

    shares = collections.Counter(t["tenant_id"] for t in tickets)
    assert set(shares) == set(TENANTS)
    assert shares["acme"] > shares["globex"] > shares["initech"] > shares["umbrella"]
    for tenant in TENANTS:
        per_customer = collections.Counter(t["customer_id"] for t in tickets if t["tenant_id"] == tenant)
        assert 50 <= len(per_customer) <= 300
        assert per_customer.most_common(1)[0][1] >= 20  # some customers write a lot


def test_dataset_texts_are_varied_multilingual_and_about_one_in_eight_urgent() -> None:
    tickets = generate_tickets(10_000, 42, NOW)
    assert len({t.subject for t in tickets}) > 300
    assert len({(t.subject, t.message) for t in tickets}) > 5000
    text = "\n".join(f"{t.subject}\n{t.message}" for t in tickets)
    for phrase in ("my attorney will be in touch", "chargeback", "right to be forgotten",
                   "nobody can log in", "Production is returning 500s", "not urgent",
                   "The refund arrived", "I read your GDPR page", "refundable", "Out of office",
                   "Rechnung", "Gracias", "Merci"):
        assert phrase in text, phrase
    assert "{" not in text  # every template slot was filled

    writer = MessageWriter(random.Random(1))
    urgent = sum(writer.write()[0].name in HIGH_URGENCY for _ in range(20_000))
    assert 0.10 <= urgent / 20_000 <= 0.15


def test_ten_thousand_tickets_take_well_under_a_second() -> None:
    started = time.perf_counter()
    generate_tickets(10_000, 42, NOW)
    assert time.perf_counter() - started < 1.0


def test_config_rejects_bad_settings_without_changing_anything() -> None:
    config = MockConfig()
    with pytest.raises(ConfigError):
        config.update({"notify_failure_rate": 0.5, "page_failure_rate": 2})
    with pytest.raises(ConfigError):
        config.update({"tickets": 5})
    with pytest.raises(ConfigError):
        config.update({"notify_latency_ms": [300, 20]})
    assert config == MockConfig()
    config.update({"notify_latency_ms": [1, 2], "rate_limit_per_minute": 5})
    assert (config.notify_latency_ms, config.rate_limit_per_minute) == ((1, 2), 5)
    assert parse_latency("20-300") == (20, 300) and parse_latency("7") == (7, 7)
    with pytest.raises(ConfigError):
        parse_latency("fast")


# --- over HTTP ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def provider() -> Iterator[MockApi]:
    with start_mock_api("--tickets", str(TICKETS), "--seed", "42") as mock:
        yield mock


@pytest.fixture
def api(provider: MockApi) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=provider.url, timeout=10) as client:
        assert client.post("/admin/config", json=BASELINE).status_code == 200
        assert client.post("/admin/reset-counters").status_code == 200
        yield client


@pytest.fixture(scope="module")
def editable() -> Iterator[httpx.Client]:
    with start_mock_api("--tickets", "200", "--rate-limit-per-minute", "100000") as mock:
        with httpx.Client(base_url=mock.url, timeout=10) as client:
            yield client


def all_pages(client: httpx.Client, **params: object) -> tuple[list[dict], int]:
    """The default profile's listing: one ``total_count`` throughout a quiet walk."""
    tickets, totals = walk_listing(client, **params)
    assert len(totals) == 1
    return tickets, totals.pop()


def test_pagination_reaches_every_ticket_exactly_once(api: httpx.Client) -> None:
    tickets, total = all_pages(api)
    ids = [t["id"] for t in tickets]
    assert total == len(ids) == len(set(ids)) == TICKETS
    assert ids == sorted(ids)
    assert all(tuple(t) == TICKET_FIELDS for t in tickets)
    first = api.get("/external/support-tickets").json()  # defaults: page 1, 50 per page
    assert len(first["tickets"]) == 50 and first["next_page"] == 2
    beyond = api.get("/external/support-tickets", params={"page": 99}).json()
    assert beyond == {"tickets": [], "next_page": None, "total_count": TICKETS}
    assert api.get("/admin/stats").json()["calls_total"] == 17


def test_tenant_filter(api: httpx.Client) -> None:
    seen = 0
    for tenant in TENANTS:
        tickets, total = all_pages(api, tenant_id=tenant)
        assert total == len(tickets) > 0
        assert {t["tenant_id"] for t in tickets} == {tenant}
        seen += total
    assert seen == TICKETS
    assert all_pages(api, tenant_id="nobody") == ([], 0)


@pytest.mark.parametrize("params", [
    {"page_size": 101}, {"page_size": 0}, {"page_size": "ten"}, {"page": 0}, {"page": "-1"},
    {"include_deleted": "maybe"}, {"tenant_id": "$ne"},
])
def test_malformed_query_is_422(api: httpx.Client, params: dict) -> None:
    response = api.get("/external/support-tickets", params=params)
    assert response.status_code == 422
    assert set(response.json()) == {"error", "detail"}


def test_same_seed_serves_same_tickets(provider: MockApi, api: httpx.Client) -> None:
    original, _ = all_pages(api)
    with start_mock_api("--tickets", str(TICKETS), "--seed", "42") as twin:
        with httpx.Client(base_url=twin.url) as client:
            again, _ = all_pages(client)
        assert stop(twin.process) == 0  # SIGTERM is a clean stop
        assert "Traceback" not in twin.stderr()
    with start_mock_api("--tickets", "50", "--seed", "43") as other:
        with httpx.Client(base_url=other.url) as client:
            different = client.get("/external/support-tickets").json()["tickets"]

    def content(ticket: dict) -> dict:
        return {k: v for k, v in ticket.items() if k not in ("created_at", "updated_at")}

    assert [content(t) for t in again] == [content(t) for t in original]
    # Timestamps hang off each start's clock: the whole set shifts by one amount.
    shifts = {_epoch(b["created_at"]) - _epoch(a["created_at"]) for a, b in zip(original, again)}
    shifts |= {_epoch(b["updated_at"]) - _epoch(a["updated_at"]) for a, b in zip(original, again)}
    assert len(shifts) == 1
    assert [content(t) for t in different] != [content(t) for t in original[:50]]


def test_rate_limit_answers_429_with_retry_after_and_stops_cleanly_on_sigint() -> None:
    with start_mock_api("--tickets", "100", "--rate-limit-per-minute", "5") as mock:
        with httpx.Client(base_url=mock.url) as client:
            statuses = [client.get("/external/support-tickets").status_code for _ in range(4)]
            statuses.append(client.get("/external/deleted-tickets").status_code)  # shares the budget
            assert statuses == [200] * 5
            limited = client.get("/external/support-tickets", params={"page": 2})
            assert limited.status_code == 429
            assert 1 <= int(limited.headers["Retry-After"]) <= 60
            assert limited.json()["error"] == "rate_limited"
            assert client.get("/external/deleted-tickets").status_code == 429
            # neither admin, health nor notify spend the budget
            assert client.get("/health").status_code == 200
            assert client.get("/admin/stats").json() == {
                "calls_total": 7, "calls_last_60s": 7, "max_calls_in_any_60s": 7,
                "rate_limited_total": 2, "rate_limit_per_minute": 5,
            }
            client.post("/admin/config", json={"rate_limit_per_minute": 100})
            assert client.get("/external/support-tickets").status_code == 200
            assert stop(mock.process, interrupt=True) == 0
        assert "Traceback" not in mock.stderr()


def test_reset_counters_refills_the_budget(api: httpx.Client) -> None:
    api.post("/admin/config", json={"rate_limit_per_minute": 2})
    assert [api.get("/external/deleted-tickets").status_code for _ in range(3)] == [200, 200, 429]
    api.post("/admin/reset-counters")
    assert api.get("/admin/stats").json()["calls_total"] == 0
    assert api.get("/external/deleted-tickets").status_code == 200


def test_injected_page_failures_are_503_and_count_as_calls(api: httpx.Client) -> None:
    api.post("/admin/config", json={"page_failure_rate": 1.0})
    response = api.get("/external/support-tickets")
    assert response.status_code == 503 and response.json()["error"] == "unavailable"
    api.post("/admin/config", json={"page_failure_rate": 0.0, "page_latency_ms": [150, 150]})
    started = time.perf_counter()
    assert api.get("/external/support-tickets").status_code == 200
    assert time.perf_counter() - started >= 0.15
    assert api.get("/admin/stats").json()["calls_total"] == 2


def test_admin_config_refuses_bad_settings(api: httpx.Client) -> None:
    for body in ({"rate_limit_per_minute": 0}, {"notify_failure_rate": 1.5},
                 {"notify_latency_ms": [5]}, {"seed": 1}, [1]):
        response = api.post("/admin/config", json=body)
        assert response.status_code == 422, body
    assert api.get("/admin/config").json()["rate_limit_per_minute"] == BASELINE["rate_limit_per_minute"]


def test_admin_create_patch_delete_show_in_the_feed(editable: httpx.Client) -> None:
    created = editable.post("/admin/tickets", json={
        "tenant_id": "testco", "subject": "Printer on fire", "message": "Really.", "customer_id": "cust-0001",
    })
    assert created.status_code == 201
    ticket = created.json()
    assert ticket["id"] == "TCK-000201" and ticket["status"] == "open"
    assert ticket["created_at"] == ticket["updated_at"]
    assert all_pages(editable, tenant_id="testco") == ([ticket], 1)

    first = editable.patch(f"/admin/tickets/{ticket['id']}", json={"status": "pending"}).json()
    second = editable.patch(f"/admin/tickets/{ticket['id']}", json={"subject": "Printer still on fire"}).json()
    # Within one second, still strictly forward: an ingester syncing by updated_at sees both.
    assert ticket["updated_at"] < first["updated_at"] < second["updated_at"]
    assert (second["status"], second["subject"], second["created_at"]) == (
        "pending", "Printer still on fire", ticket["created_at"])
    assert all_pages(editable, tenant_id="testco")[0] == [second]

    deleted = editable.delete(f"/admin/tickets/{ticket['id']}")
    assert deleted.status_code == 200 and deleted.json()["updated_at"] > second["updated_at"]
    assert editable.get("/external/deleted-tickets", params={"tenant_id": "testco"}).json() == {
        "deleted_ids": [ticket["id"]]}
    assert ticket["id"] in editable.get("/external/deleted-tickets").json()["deleted_ids"]
    assert all_pages(editable, tenant_id="testco") == ([], 0)
    with_deleted, _ = all_pages(editable, tenant_id="testco", include_deleted="true")
    assert [t["deleted"] for t in with_deleted] == [True]
    assert editable.get("/health").json() == {"status": "ok", "tickets": 200}
    assert editable.patch(f"/admin/tickets/{ticket['id']}", json={"status": "open"}).status_code == 409


def test_one_ticket_by_id_honours_the_tenant_and_counts_against_the_budget(api: httpx.Client) -> None:
    listed = api.get("/external/support-tickets", params={"page_size": 3}).json()["tickets"]
    for ticket in listed:
        assert api.get(f"/external/support-tickets/{ticket['id']}").json() == ticket
        same = api.get(f"/external/support-tickets/{ticket['id']}", params={"tenant_id": ticket["tenant_id"]})
        assert same.json() == ticket
    other = next(t for t in TENANTS if t != listed[0]["tenant_id"])
    r = api.get(f"/external/support-tickets/{listed[0]['id']}", params={"tenant_id": other})
    assert r.status_code == 404 and r.json()["error"] == "ticket_not_found"
    assert api.get("/external/support-tickets/TCK-999999").status_code == 404
    assert api.get("/external/support-tickets/TCK-000001", params={"tenant_id": "$ne"}).status_code == 422
    assert api.get("/admin/stats").json()["calls_total"] == 1 + 2 * 3 + 3


def test_one_deleted_ticket_is_404(editable: httpx.Client) -> None:
    created = editable.post("/admin/tickets", json={"tenant_id": "acme", "subject": "s", "message": "m"}).json()
    assert editable.get(f"/external/support-tickets/{created['id']}").status_code == 200
    editable.delete(f"/admin/tickets/{created['id']}")
    assert editable.get(f"/external/support-tickets/{created['id']}").status_code == 404


def test_admin_edits_of_generated_tickets_and_refusals(editable: httpx.Client) -> None:
    before = editable.get("/external/support-tickets", params={"page_size": 1}).json()["tickets"][0]
    after = editable.patch(f"/admin/tickets/{before['id']}", json={"status": "closed"}).json()
    assert after["updated_at"] > before["updated_at"] and after["status"] == "closed"
    custom = editable.post("/admin/tickets", json={
        "id": "EXT-1", "tenant_id": "testco2", "subject": "s", "message": "m",
        "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-02T00:00:00Z"})
    assert custom.status_code == 201 and custom.json()["updated_at"] == "2026-01-02T00:00:00Z"

    refusals = [
        (editable.patch("/admin/tickets/TCK-999999", json={"status": "open"}), 404),
        (editable.delete("/admin/tickets/TCK-999999"), 404),
        (editable.patch(f"/admin/tickets/{before['id']}", json={"updated_at": "2030-01-01T00:00:00Z"}), 422),
        (editable.patch(f"/admin/tickets/{before['id']}", json={"status": "on fire"}), 422),
        (editable.post("/admin/tickets", json={"tenant_id": "acme"}), 422),
        (editable.post("/admin/tickets", json={"tenant_id": "a b", "subject": "s", "message": "m"}), 422),
        (editable.post("/admin/tickets", json={"tenant_id": "x", "subject": "s", "message": "m",
                                               "created_at": "2026-01-01T00:00:00"}), 422),
        (editable.post("/admin/tickets", json={"id": "EXT-1", "tenant_id": "x", "subject": "s", "message": "m"}), 409),
    ]
    for response, status in refusals:
        assert response.status_code == status, response.text
        assert set(response.json()) == {"error", "detail"}


def test_notify_is_idempotent_and_logged(api: httpx.Client) -> None:
    first = api.post("/notify", json=NOTIFY_BODY, headers={"Idempotency-Key": "alert-1"})
    assert first.json() == {"accepted": True, "idempotency_key": "alert-1", "duplicate": False}
    repeat = api.post("/notify", json=NOTIFY_BODY, headers={"Idempotency-Key": "alert-1"})
    assert repeat.status_code == 200 and repeat.json()["duplicate"] is True
    api.post("/notify", json=NOTIFY_BODY, headers={"Idempotency-Key": "alert-2"})

    assert api.post("/notify", json=NOTIFY_BODY).status_code == 400
    assert api.post("/notify", json={"ticket_id": "x"}, headers={"Idempotency-Key": "k"}).status_code == 422
    assert api.post("/notify", content=b"{nope", headers={"Idempotency-Key": "k"}).status_code == 422

    api.post("/admin/config", json={"notify_failure_rate": 1.0})
    failed = api.post("/notify", json=NOTIFY_BODY, headers={"Idempotency-Key": "alert-3"})
    assert failed.status_code >= 500 and failed.json()["error"] == "notify_failed"
    api.post("/admin/config", json={"notify_failure_rate": 0.0})
    retried = api.post("/notify", json=NOTIFY_BODY, headers={"Idempotency-Key": "alert-3"})
    assert retried.json()["duplicate"] is False  # a failed attempt delivered nothing

    assert api.get("/notify/log").json() == {
        "received": 5, "accepted": 4, "unique_keys": 3, "duplicate_keys": 1, "failed": 1,
        "invalid": 3, "keys": ["alert-1", "alert-2", "alert-3"],
    }
    assert api.get("/admin/stats").json()["calls_total"] == 0  # notify is not an /external call


def test_notify_latency_and_failure_rate_take_effect(api: httpx.Client) -> None:
    api.post("/admin/config", json={"notify_latency_ms": [200, 200], "notify_failure_rate": 0.5})
    started = time.perf_counter()
    statuses = [api.post("/notify", json=NOTIFY_BODY, headers={"Idempotency-Key": f"k{i}"}).status_code
                for i in range(4)]
    assert time.perf_counter() - started >= 0.8
    api.post("/admin/config", json={"notify_latency_ms": [0, 0]})
    statuses += [api.post("/notify", json=NOTIFY_BODY, headers={"Idempotency-Key": f"k{i}"}).status_code
                 for i in range(4, 60)]
    log = api.get("/notify/log").json()
    assert log["failed"] == sum(s >= 500 for s in statuses)
    assert 10 <= log["failed"] <= 50
    assert log["accepted"] == log["unique_keys"] == statuses.count(200)


def test_unknown_routes_answer_json(api: httpx.Client) -> None:
    for response in (api.get("/nowhere"), api.post("/health")):
        assert response.status_code in (404, 405)
        assert set(response.json()) == {"error", "detail"}


def test_cli_refuses_bad_arguments() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mock_api", "--port", "0", "--notify-latency-ms", "300-20"],
        capture_output=True, text=True, timeout=20,
    )
    assert result.returncode == 2 and "latency" in result.stderr
    assert "Traceback" not in result.stderr


def _epoch(text: str) -> int:
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp())


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
