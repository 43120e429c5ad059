"""``python -m mock_api --profile reference``: the customer's own provider, as our tests see it.

Its rules (issue 12): one ticket list for all tenants (any ``tenant_id`` ignored), about 5 %
deleted and hidden unless asked for, about 10 % whose ``updated_at`` drifts on every call,
one 60-call sliding window over ``/external/*`` with ``Retry-After`` = seconds until the oldest
call leaves plus one, and a ``/notify`` that fails calls 1 and 2 per ticket and locks up for
30 s after 10 failures in a row. The pieces with time in them are driven by a fake clock
in-process; the rest runs over real HTTP against a real ``python -m mock_api`` process.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import httpx
import pytest

from mock_api import MockConfig, create_app
from mock_api.__main__ import admin_allowed
from mock_api.dataset import TENANTS
from mock_api.reference_dataset import generate_reference_tickets
from mock_api.reference_notify import LOCKUP_SECONDS, ReferenceNotifyRule
from mock_api.window import SlidingWindowLimiter
from tests.support.mock_process import MockApi, start_mock_api, walk_listing

HOUR = 3600
NOW = 1_795_000_000


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def epoch(iso: str) -> int:
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())


# -- in-process: data set, notify rule, Retry-After, admin switch -------------------------------


def test_generator_spreads_10000_tickets_over_4_tenants_with_5_percent_deleted_and_10_modified():
    data = generate_reference_tickets(10_000, 42, NOW)
    assert len(data.tickets) == 10_000
    by_tenant = {t: sum(1 for x in data.tickets if x.tenant_id == t) for t in TENANTS}
    assert set(by_tenant) == set(TENANTS) and min(by_tenant.values()) > 1500
    deleted = sum(t.deleted for t in data.tickets)
    assert 350 <= deleted <= 650
    assert 800 <= len(data.modified) <= 1200
    assert all(t.updated == t.created for t in data.tickets)  # the drift is drawn per call
    assert generate_reference_tickets(300, 42, NOW) == generate_reference_tickets(300, 42, NOW)
    assert generate_reference_tickets(300, 43, NOW).tickets != generate_reference_tickets(300, 42, NOW).tickets


def test_notify_rule_fails_calls_1_and_2_per_ticket_then_accepts():
    rule = ReferenceNotifyRule(FakeClock())
    assert [rule.decide("A") for _ in range(4)] == [500, 500, 200, 200]
    assert [rule.decide("B"), rule.decide("A"), rule.decide("B"), rule.decide("B")] == [500, 200, 500, 200]


def test_ten_failures_in_a_row_lock_everything_up_for_30_s_without_counting_calls():
    clock = FakeClock()
    rule = ReferenceNotifyRule(clock)
    for n in range(5):
        assert [rule.decide(f"T{n}"), rule.decide(f"T{n}")] == [500, 500]  # failures 1-10
    assert rule.decide("T0") == 503, "T0's third call would succeed, but it is locked up"
    clock.now += LOCKUP_SECONDS - 0.1
    assert rule.decide("T9") == 503
    assert rule.locked_for() == pytest.approx(0.1)
    clock.now += 0.1
    assert rule.calls_for("T0") == 2 and rule.calls_for("T9") == 0  # 503s were not counted
    assert rule.decide("T0") == 200


def test_a_success_breaks_the_run_of_failures():
    rule = ReferenceNotifyRule(FakeClock())
    for n in range(4):
        rule.decide(f"F{n}"), rule.decide(f"F{n}")  # 8 failures
    rule.decide("X")  # 9
    assert rule.decide("F0") == 200  # its third call: the run is broken
    assert [rule.decide("Y"), rule.decide("Y"), rule.decide("Z")] == [500, 500, 500]  # 3, not 12


def test_retry_after_is_seconds_until_the_oldest_call_leaves_plus_one():
    clock = FakeClock()
    reference = SlidingWindowLimiter(3, clock=clock, plus_one=True)
    ours = SlidingWindowLimiter(3, clock=clock)
    for _ in range(3):
        assert reference.try_acquire().allowed and ours.try_acquire().allowed
        clock.now += 10
    # calls at 1000, 1010, 1020; now 1030: the oldest leaves at 1060
    assert reference.try_acquire() == (False, 31)
    assert ours.try_acquire() == (False, 30)
    clock.now = 1059.5
    assert reference.try_acquire() == (False, 1)
    clock.now = 1060.0
    assert reference.try_acquire().allowed


@pytest.mark.parametrize(("host", "env", "allowed"), [
    ("127.0.0.1", {}, True), ("::1", {}, True), ("localhost", {}, True),
    ("0.0.0.0", {}, False), ("10.1.2.3", {}, False), ("mock-external-api", {}, False),
    ("0.0.0.0", {"MOCK_ADMIN": "1"}, True), ("0.0.0.0", {"MOCK_ADMIN": "true"}, False),
])
def test_admin_routes_only_on_loopback_or_with_mock_admin_1(host, env, allowed):
    assert admin_allowed(host, env) is allowed


@pytest.mark.parametrize("profile", ["default", "reference"])
def test_without_admin_the_admin_and_log_routes_do_not_exist(profile):
    def rules(admin: bool) -> set[str]:
        app = create_app(MockConfig(tickets=5, profile=profile), admin=admin)
        return {rule.rule for rule in app.url_map.iter_rules()}

    public = {"/health", "/rate-limit/status", "/notify", "/external/support-tickets",
              "/external/support-tickets/<ticket_id>", "/external/deleted-tickets"}
    hooks = {"/admin/stats", "/admin/tickets", "/admin/tickets/<ticket_id>", "/admin/config",
             "/admin/reset-counters", "/notify/log"}
    assert public <= rules(False) and not hooks & rules(False)
    assert public | hooks <= rules(True)


# -- over HTTP ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference() -> Iterator[MockApi]:
    """10,000 tickets (the default), the reference latency; a budget out of the way."""
    with start_mock_api("--rate-limit-per-minute", "100000", profile="reference") as mock:
        yield mock


@pytest.fixture
def api(reference: MockApi) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=reference.url, timeout=10) as client:
        assert client.post("/admin/reset-counters").status_code == 200
        yield client


def test_one_list_for_all_tenants_offset_paged_with_deleted_hidden(api: httpx.Client):
    live, totals = walk_listing(api)
    everything, all_totals = walk_listing(api, include_deleted="true")
    ids = [t["id"] for t in live]
    assert totals == {len(live)} and len(set(ids)) == len(ids)
    assert all_totals == {len(everything)}
    assert {t["tenant_id"] for t in live} == set(TENANTS)
    deleted = {t["id"] for t in everything if t.get("deleted")}
    assert 0.035 < len(deleted) / len(everything) < 0.065
    assert set(ids) == {t["id"] for t in everything} - deleted
    assert api.get("/external/deleted-tickets").json() == {"deleted_ids": sorted(deleted)}
    # any tenant_id is ignored, even one our own provider would refuse
    for tenant in ("acme", "nobody", "$ne"):
        r = api.get("/external/support-tickets", params={"tenant_id": tenant, "page_size": 100})
        assert r.status_code == 200 and r.json()["total_count"] == len(live)
        assert [t["id"] for t in r.json()["tickets"]] == ids[:100]
        assert api.get("/external/deleted-tickets", params={"tenant_id": tenant}).json()["deleted_ids"] == \
            sorted(deleted)
    first = api.get("/external/support-tickets").json()
    assert len(first["tickets"]) == 50 and first["next_page"] == 2
    for bad in ({"page_size": 101}, {"page_size": 0}, {"page": 0}):
        assert api.get("/external/support-tickets", params=bad).status_code == 422


def test_about_10_percent_drift_1_to_48_hours_drawn_again_on_every_call(api: httpx.Client):
    first = api.get("/external/support-tickets", params={"page_size": 100, "page": 3}).json()["tickets"]
    drifting = set()
    for _ in range(3):
        again = api.get("/external/support-tickets", params={"page_size": 100, "page": 3}).json()["tickets"]
        drifting |= {a["id"] for a, b in zip(first, again) if a["updated_at"] != b["updated_at"]}
    assert drifting, "a modified ticket's updated_at must be drawn again per call"
    everything, _ = walk_listing(api, include_deleted="true")
    modified = [t for t in everything if t["updated_at"] != t["created_at"]]
    assert 0.08 < len(modified) / len(everything) < 0.12
    for ticket in modified:
        assert HOUR <= epoch(ticket["updated_at"]) - epoch(ticket["created_at"]) <= 48 * HOUR
    assert drifting <= {t["id"] for t in modified}


def test_one_ticket_by_id_and_404_when_deleted_or_unknown(api: httpx.Client):
    everything, _ = walk_listing(api, include_deleted="true")
    live = next(t for t in everything if not t.get("deleted") and t["updated_at"] == t["created_at"])
    gone = next(t for t in everything if t.get("deleted"))
    r = api.get(f"/external/support-tickets/{live['id']}", params={"tenant_id": "someone-else"})
    assert r.status_code == 200 and r.json() == live
    for missing in (gone["id"], "TCK-999999"):
        r = api.get(f"/external/support-tickets/{missing}")
        assert r.status_code == 404 and r.json()["error"] == "ticket_not_found"
    stats = api.get("/admin/stats").json()
    assert stats["calls_total"] >= 4  # the single-ticket calls count against the budget too


def test_notify_counts_calls_per_ticket_ignores_keys_and_logs_duplicates(api: httpx.Client):
    def notify(ticket: str, key: str | None = None) -> int:
        headers = {"Idempotency-Key": key} if key else {}
        body = {"ticket_id": ticket, "tenant_id": "acme", "urgency": "high", "reason": "outage"}
        return api.post("/notify", json=body, headers=headers).status_code

    started = time.monotonic()
    assert [notify("N-1", "k1"), notify("N-1", "k2"), notify("N-1", "k3")] == [500, 500, 200]
    assert time.monotonic() - started >= 0.3, "each call waits at least 0.1 s"
    assert notify("N-1", "k3") == 200  # the same key again: alerted again, keys are ignored
    assert [notify("N-2", "k3"), notify("N-2"), notify("N-2")] == [500, 500, 200]  # no key needed
    assert api.post("/notify", json={"tenant_id": "acme"}).status_code == 422
    log = api.get("/notify/log").json()
    assert (log["received"], log["accepted"], log["failed"], log["invalid"]) == (7, 3, 4, 1)
    assert (log["unique_tickets"], log["duplicate_tickets"], log["tickets"]) == (2, 1, ["N-1", "N-2"])
    assert (log["unique_keys"], log["duplicate_keys"]) == (2, 1)


def test_ten_failures_in_a_row_answer_503_to_everything(api: httpx.Client):
    body = {"tenant_id": "acme", "urgency": "high", "reason": "outage"}
    for n in range(5):
        for _ in range(2):
            assert api.post("/notify", json={**body, "ticket_id": f"L-{n}"}).status_code == 500
    assert api.post("/notify", json={**body, "ticket_id": "L-0"}).status_code == 503
    assert api.post("/notify", json={**body, "ticket_id": "fresh"}).status_code == 503
    api.post("/admin/reset-counters")  # also ends the lock-up, for the tests after this one
    assert api.post("/notify", json={**body, "ticket_id": "L-0"}).status_code == 500


def test_health_and_rate_limit_status_are_free(api: httpx.Client):
    assert api.get("/health").json()["status"] == "ok"
    api.get("/external/deleted-tickets")
    status = api.get("/rate-limit/status").json()
    assert status == {"limit": 100000, "window_seconds": 60.0, "current_requests": 1, "remaining": 99999}
    assert api.get("/admin/stats").json()["calls_total"] == 1


def test_admin_create_patch_delete_work_and_a_patched_ticket_stops_drifting(api: httpx.Client):
    before = api.get("/external/support-tickets").json()["total_count"]
    r = api.post("/admin/tickets", json={"id": "REF-NEW", "tenant_id": "initech", "subject": "Down",
                                         "message": "Everything is down"})
    assert r.status_code == 201
    assert api.get("/external/support-tickets").json()["total_count"] == before + 1
    assert api.get("/external/support-tickets/REF-NEW").json()["tenant_id"] == "initech"

    everything, _ = walk_listing(api, include_deleted="true")
    drifting = next(t for t in everything if not t.get("deleted") and t["updated_at"] != t["created_at"])
    patched = api.patch(f"/admin/tickets/{drifting['id']}", json={"status": "closed"})
    assert patched.status_code == 200
    views = {api.get(f"/external/support-tickets/{drifting['id']}").json()["updated_at"] for _ in range(3)}
    assert views == {patched.json()["updated_at"]}

    assert api.delete("/admin/tickets/REF-NEW").status_code == 200
    assert api.get("/external/support-tickets/REF-NEW").status_code == 404
    assert "REF-NEW" in api.get("/external/deleted-tickets").json()["deleted_ids"]
    assert api.get("/external/support-tickets").json()["total_count"] == before


def test_one_window_of_calls_over_every_external_route_then_429_with_retry_after():
    with start_mock_api("--tickets", "100", "--rate-limit-per-minute", "5", profile="reference") as mock, \
            httpx.Client(base_url=mock.url, timeout=10) as client:
        started = time.monotonic()
        paths = ["/external/support-tickets", "/external/deleted-tickets", "/external/support-tickets/TCK-000001",
                 "/external/support-tickets?page=2", "/external/support-tickets/nope"]
        assert [client.get(p).status_code for p in paths] in ([200, 200, 200, 200, 404], [200, 200, 404, 200, 404])
        refused = client.get("/external/deleted-tickets")
        elapsed = time.monotonic() - started
        assert refused.status_code == 429
        assert 60 - elapsed < int(refused.headers["Retry-After"]) <= 61
        assert client.get("/rate-limit/status").json() == {
            "limit": 5, "window_seconds": 60.0, "current_requests": 5, "remaining": 0}
        stats = client.get("/admin/stats").json()
        assert (stats["calls_total"], stats["rate_limited_total"]) == (6, 1)
