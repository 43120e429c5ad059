"""The tenant dashboard: its HTML in-process, then a real browser over a real process.

The browser half serves the app the way production does (``python -m supervisor`` over HTTP,
on the session's database and a mock provider), fills tenant ``acme`` with one ingestion,
and opens the page in headless Chromium at a phone and a laptop width. The page asks for
the tenant's key and signs in (an HttpOnly session cookie); every number it then shows is
compared with the JSON API's answer read around the same moment, and the newest urgent
tickets with ``/tickets?urgency=high``. A session of one tenant cannot open another's
dashboard, and signing out ends it. Screenshots land in ``bench/out/``.
"""

from __future__ import annotations

from types import SimpleNamespace

import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from supervisor.processes import free_port
from tests.support.browser import LAPTOP, PHONE, Browser, FieldView, Viewport, headless_chromium
from tests.support.mock_process import start_mock_api
from tests.support.stack import running_stack
from web.app import create_app
from web.context import WebSettings
from web.routes_dashboard import render_page

ROOT = Path(__file__).resolve().parents[1]
#: the operators' key of the app these tests start
ADMIN_KEY = "tka_dashboard_tests_" + "d" * 40
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
SCREENSHOTS = ROOT / "bench" / "out"
TENANT = "acme"
#: a tenant whose only ticket is written to break out of HTML if the page ever parsed it
PROBE = "xss-probe"
PROBE_SUBJECT = '<img src=x onerror="window.__xss=1">Checkout is down'
PROBE_MESSAGE = "Urgent: outage since 9am, nobody can pay. <script>window.__xss=2</script>"
PROBE_CUSTOMER = "<em>vip</em>"
#: the tenant whose job the work panel starts, watches and cancels (nothing else ingests it)
JOBS_TENANT = "globex"


# ----------------------------------------------------------------------------- in-process


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Quart does not run on trio


@pytest.fixture
async def client():
    # The dashboard route reads no store or actor: the real app factory with settings only
    # is enough, and it proves `web.app` registers the blueprint.
    app = create_app(SimpleNamespace(settings=WebSettings()))  # type: ignore[arg-type]
    async with app.test_app() as test_app:
        yield test_app.test_client()


class PageScan(HTMLParser):
    """Every attribute and every inline script/style text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.attributes: list[tuple[str, str, str]] = []
        self.inline: dict[str, list[str]] = {"script": [], "style": []}
        self.nonces: dict[str, list[str | None]] = {"script": [], "style": []}
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        if tag in self.inline:
            self._in = tag
            self.nonces[tag].append(dict(attrs).get("nonce"))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.inline[self._in].append(data)


async def get_page(client, tenant: str = TENANT):
    response = await client.get(f"/tenants/{tenant}/dashboard")
    return response, (await response.get_data(as_text=True))


@pytest.mark.anyio
async def test_serves_the_page_with_the_tenant_and_a_strict_policy(client):
    response, body = await get_page(client, "acme.eu-1_b")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "__" + "TENANT_JSON" not in body and "__" + "CSP_NONCE" not in body and "__" + "SESSION" not in body
    assert 'data-tenant="&quot;acme.eu-1_b&quot;"' in body
    assert 'data-session="false"' in body, "no session: the page asks for a key"
    scan = PageScan()
    scan.feed(body)
    nonce = re.search(r"script-src 'nonce-([^']+)'", response.headers["Content-Security-Policy"])[1]
    assert scan.nonces == {"script": [nonce], "style": [nonce]}, "every inline block must carry this response's nonce"
    policy = response.headers["Content-Security-Policy"]
    for directive in ("default-src 'none'", "connect-src 'self'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    again, _ = await get_page(client)
    assert again.headers["Content-Security-Policy"] != policy, "a nonce is per response"


@pytest.mark.anyio
async def test_page_references_no_external_host(client):
    _, body = await get_page(client)
    assert re.findall(r"(?i)https?:", body) == [], "the page must work offline: no http(s) URL at all"
    assert not re.search(r"(?i)(?:src|href|action|srcset|poster)\s*=\s*[\"']?\s*//", body), "protocol-relative URL"
    scan = PageScan()
    scan.feed(body)
    for tag, name, value in scan.attributes:
        if name in ("src", "href", "action", "srcset", "poster", "data", "formaction"):
            assert value.startswith("data:") or value.startswith("/") and not value.startswith("//"), (tag, name, value)
    css = "".join(scan.inline["style"])
    assert "@import" not in css and "url(" not in css, "CSS must not load anything"
    script = "".join(scan.inline["script"])
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script
    # the only requests the script makes are to this service's own API, through one helper
    assert set(re.findall(r"fetch\(\s*([^,)]+)", script)) == {"url"}
    assert re.findall(r"`(/[^`]*)`", script) == [
        "/tenants/${enc}/stats", "/tickets?tenant_id=${enc}&urgency=high&limit=${URGENT_LIMIT}",
        "/ingest/status?tenant_id=${enc}", "/ingest/jobs?tenant_id=${enc}&limit=${JOBS_LIMIT}",
        "/tenants/${enc}/outbox", "/ingest/run?tenant_id=${enc}",
        "/ingest/${encodeURIComponent(id)}", "/ingest/progress/${encodeURIComponent(id)}/events",
        "/tenants/${encodeURIComponent(who.tenant_id)}/dashboard"]
    # the job's live progress comes from its event stream, on this service, with the session cookie
    assert re.findall(r"new EventSource\(([^;]*)\);", script) == ["jobPaths.events(jobId)"]
    assert set(re.findall(r"call\(\"(/[^\"]*)\"", script)) == {"/session"}
    # the key is typed into a password field and never stored by the page
    assert "localStorage" not in script and "sessionStorage" not in script and "document.cookie" not in script
    assert ("input", "type", "password") in scan.attributes


@pytest.mark.anyio
@pytest.mark.parametrize("tenant", ["-acme", "a" * 65, "bad%20tenant", "%3Cscript%3E", "a$b", "caf%C3%A9", "a%22b"])
async def test_a_malformed_tenant_is_422_json_not_a_page(client, tenant):
    response = await client.get(f"/tenants/{tenant}/dashboard")
    assert response.status_code == 422
    assert response.mimetype == "application/json"
    body = await response.get_json()
    assert body["error"] == "invalid_parameter" and body["detail"].startswith("tenant_id")


def test_tenant_is_injected_as_inert_data_even_if_validation_were_bypassed():
    hostile = '"><script>alert(1)</script><div data-x=\'&amp;'
    page = render_page(hostile, "n0nce")
    attribute = re.search(r'<body data-tenant="([^"]*)"', page)[1]
    assert "<" not in attribute and ">" not in attribute and "'" not in attribute
    assert "alert(1)</script>" not in page
    import html
    import json
    assert json.loads(html.unescape(attribute)) == hostile
    assert render_page("a__CSP_NONCE__b", "n0nce").count("a__CSP_NONCE__b") == 1, "values are not re-expanded"


# ----------------------------------------------------------------------------- the work panel's sources
# What the page's work panel reads and sends, in the assembled app (Quart's test client).


async def ingest_status(client, tenant: str = "acme") -> dict:
    response = await client.get(f"/ingest/status?tenant_id={tenant}")
    assert response.status_code == 200, await response.get_data()
    return await response.get_json()


@pytest.mark.anyio
async def test_the_status_shows_the_schedule_and_the_admin_api_sets_the_interval(store, provider, tmp_path):
    from actors.scheduler import RunDue
    from actors.storage.schedules import SCHEDULE

    async with running_stack(store, provider.url, tmp_path, tenants=["acme"], sync_interval_seconds=86_400) as stack:
        scheduler = stack.app.config["APP_CONTEXT"].scheduler
        await scheduler.ask(RunDue())
        schedule = (await ingest_status(stack.client))["schedule"]
        assert schedule["interval_seconds"] == 86_400 and schedule["next_run_at"] is not None
        assert schedule["consecutive_failures"] == 0 and schedule["last_outcome"] is None

        response = await stack.client.put("/admin/tenants/acme", json={"sync_interval_seconds": 600})
        assert response.status_code == 200 and (await response.get_json())["sync_interval_seconds"] == 600
        await scheduler.ask(RunDue())
        assert (await ingest_status(stack.client))["schedule"]["interval_seconds"] == 600
        back = await stack.client.put("/admin/tenants/acme", json={"sync_interval_seconds": None})
        assert (await back.get_json())["sync_interval_seconds"] is None
        untouched = await stack.client.put("/admin/tenants/acme")  # no body: registers, changes nothing
        assert untouched.status_code == 200 and (await untouched.get_json())["sync_interval_seconds"] is None
        new = await stack.client.put("/admin/tenants/newco", json={"sync_interval_seconds": 0})
        assert new.status_code == 201 and (await new.get_json())["sync_interval_seconds"] == 0
        for bad in ({"sync_interval_seconds": -1}, {"sync_interval_seconds": "600"}, {"sync_interval_seconds": True},
                    {"sync_interval_seconds": 1.5}, {"sync_interval_seconds": 10 ** 9}, {"other": 1}, [600]):
            refused = await stack.client.put("/admin/tenants/acme", json=bad)
            assert refused.status_code == 422, bad
            assert set(await refused.get_json()) >= {"error", "detail"}
        acme = await stack.tenant_client("acme")
        assert (await acme.put("/admin/tenants/acme", json={"sync_interval_seconds": 1})).status_code == 403

        # why the last scheduled run ended: the operators' words for the admin, ours for the tenant
        outcome = {"job_id": None, "status": "not_started", "error": "KeyError: 'x' in /srv/app/worker.py",
                   "finished_at": None}
        await store[SCHEDULE].update_one({"_id": "acme"}, {"$set": {"last_outcome": outcome}})
        assert "/srv/app" in (await ingest_status(stack.client))["schedule"]["last_outcome"]["error"]
        seen = (await ingest_status(acme))["schedule"]["last_outcome"]
        assert seen["status"] == "not_started" and "/srv" not in seen["error"] and "KeyError" not in seen["error"]


@pytest.mark.anyio
async def test_the_outbox_summary_counts_the_tenants_alerts_only(store, provider, tmp_path):
    from actors.storage import outbox

    async with running_stack(store, provider.url, tmp_path, tenants=["acme", "globex"]) as stack:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        await outbox.enqueue(store, [
            outbox.alert_upsert("acme", f"T-{i}", "outage", "high", "down", "job", now - timedelta(minutes=i))
            for i in range(3)] + [outbox.alert_upsert("globex", "G-1", "outage", "high", "down", "job", now)])
        # freeze the outbox as the page will count it: one sent, one dead, one left pending
        await store["notifications"].update_one({"_id": outbox.alert_key("acme", "T-0", "outage")},
                                                {"$set": {"status": "sent"}})
        await store["notifications"].update_one({"_id": outbox.alert_key("acme", "T-1", "outage")},
                                                {"$set": {"status": "dead"}})
        acme, globex = await stack.tenant_client("acme"), await stack.tenant_client("globex")
        mine = await (await acme.get("/tenants/acme/outbox")).get_json()
        as_admin = await (await stack.client.get("/tenants/acme/outbox")).get_json()
        other = await globex.get("/tenants/acme/outbox")
    pending = mine["pending"]
    assert mine["sent"] + mine["dead"] + pending == 3 and mine["tenant_id"] == "acme"
    assert as_admin["sent"] + as_admin["dead"] + as_admin["pending"] == 3
    if pending:  # the notifier may have delivered it meanwhile; while it waits, its age is shown
        assert mine["oldest_pending_at"] is not None
    assert other.status_code == 404


@pytest.mark.anyio
async def test_the_rollup_rebuild_is_the_operators(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["umbrella"]) as stack:
        await stack.client.post("/ingest/run?tenant_id=umbrella&wait=true")
        before = await (await stack.client.get("/tenants/umbrella/stats")).get_json()
        rebuilt = await stack.client.post("/admin/tenants/umbrella/rollups/rebuild")
        body = await rebuilt.get_json()
        after = await (await stack.client.get("/tenants/umbrella/stats")).get_json()
        unknown = await stack.client.post("/admin/tenants/nobody/rollups/rebuild")
        tenant = await stack.tenant_client("umbrella")
        refused = await tenant.post("/admin/tenants/umbrella/rollups/rebuild")
    assert rebuilt.status_code == 200 and body["tenant_id"] == "umbrella" and body["status"] == "rebuilt"
    assert body["hours"] > 0 and body["days"] > 0 and body["seconds"] >= 0
    figures = ("total_tickets", "by_status", "by_urgency", "by_sentiment", "by_source", "requires_action",
               "hourly_trend", "top_keywords", "at_risk_customers")
    assert {k: after[k] for k in figures} == {k: before[k] for k in figures}, "rebuilt, the same figures"
    assert unknown.status_code == 404 and refused.status_code == 403


# ----------------------------------------------------------------------------- the real stack


@contextmanager
def app_process(workdir: Path, **env: str) -> Iterator[str]:
    """``python -m supervisor`` on a free port; killed by pid on exit. Yields its base URL."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    environment = {**os.environ, "DATA_DIR": str(workdir / "var"), "APP_BIND": f"127.0.0.1:{port}",
                   "MOCK_API_PORT": str(free_port()), "PYTHONUNBUFFERED": "1", "ADMIN_API_KEY": ADMIN_KEY,
                   "SYNC_INTERVAL_SECONDS": "0", **env}
    with open(workdir / "supervisor.log", "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "supervisor"], cwd=ROOT, env=environment,
                                   stdout=log, stderr=log)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_healthy(url, process, workdir / "supervisor.log")
            yield url
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the app exited with {process.returncode}:\n{log.read_text()[-3000:]}"
        try:
            if httpx.get(url + "/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"the app was not healthy within {timeout} s:\n{log.read_text()[-3000:]}")


def ingest(url: str, tenant: str) -> None:
    httpx.put(f"{url}/admin/tenants/{tenant}", headers=ADMIN, timeout=10).raise_for_status()
    response = httpx.post(f"{url}/ingest/run?tenant_id={tenant}&wait=true", timeout=90, headers=ADMIN)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "completed", response.json()


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Browser]:
    # Before the app fixture in every signature: without Chromium we skip before starting anything.
    with headless_chromium(tmp_path_factory.mktemp("chromium")) as b:
        yield b


@dataclass(frozen=True)
class Served:
    """The app under test and the mock provider it reads (the job test slows its pages down)."""

    url: str
    mock_url: str


@pytest.fixture(scope="module")
def served(mongo_url, tmp_path_factory) -> Iterator[Served]:
    with start_mock_api("--tickets", "300", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--seed", "11") as mock:
        created = (datetime.now(timezone.utc) - timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
        probe = httpx.post(f"{mock.url}/admin/tickets", json={
            "id": "XSS-1", "tenant_id": PROBE, "customer_id": PROBE_CUSTOMER, "subject": PROBE_SUBJECT,
            "message": PROBE_MESSAGE, "status": "open", "source": "web", "created_at": created})
        assert probe.status_code == 201, probe.text
        # small pages, so a job has enough of them for its bar to be seen moving
        env = {"MONGO_URL": mongo_url, "MONGO_DB": f"dash_{uuid.uuid4().hex[:8]}", "EXTERNAL_API_URL": mock.url,
               "UPSTREAM_CALLS_PER_MINUTE": "6000", "PAGE_SIZE": "5"}
        with app_process(tmp_path_factory.mktemp("dashboard-app"), **env) as url:
            ingest(url, TENANT)
            ingest(url, PROBE)
            yield Served(url, mock.url)


@pytest.fixture(scope="module")
def app_url(served) -> str:
    return served.url


@pytest.fixture(scope="module")
def keys(app_url) -> dict[str, str]:
    """A tenant key for each tenant of the page tests, made through the admin API."""
    made = {}
    for tenant in (TENANT, PROBE, JOBS_TENANT):
        response = httpx.post(f"{app_url}/admin/tenants/{tenant}/keys", headers=ADMIN, timeout=10)
        assert response.status_code == 201, response.text
        made[tenant] = response.json()["key"]
    return made


def api(url: str, path: str) -> dict:
    response = httpx.get(url + path, timeout=10, headers=ADMIN)
    assert response.status_code == 200, response.text
    return response.json()


def stats_now(url: str, tenant: str = TENANT) -> dict:
    body = api(url, f"/tenants/{tenant}/stats")
    body.pop("generated_at")
    return body


def sign_out_everywhere(browser: Browser, url: str) -> None:
    browser.open(f"{url}/health")  # cookies are deleted for the page's own site
    browser.driver.delete_all_cookies()


def sign_in(browser: Browser, key: str) -> None:
    """Type the key into the page's form, as a person would, and submit it."""
    from selenium.webdriver.common.by import By

    browser.wait_for("document.body.dataset.state === 'signed-out'", 20, "the sign-in form")
    field = browser.driver.find_element(By.ID, "api-key")
    field.send_keys(key)
    browser.driver.find_element(By.ID, "sign-in").click()


def open_dashboard(browser: Browser, url: str, key: str, tenant: str = TENANT) -> None:
    """A fresh sign-in to ``tenant``'s dashboard, waited for until its data is on screen."""
    sign_out_everywhere(browser, url)
    browser.console()  # drop messages from earlier pages
    browser.open(f"{url}/tenants/{tenant}/dashboard")
    sign_in(browser, key)
    browser.wait_for("document.body.dataset.state === 'ok'", 20, "the first successful refresh")
    assert browser.run("return document.getElementById('api-key').value;") == "", "the key is not kept"


def fetch_statuses(browser: Browser, *paths: str) -> list[int]:
    """What the page's own ``fetch`` gets (with its cookie) for each path."""
    return browser.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "Promise.all(arguments[0].map((p) => fetch(p, {cache: 'no-store'}).then((r) => r.status))).then(done);",
        list(paths))


def shown_int(field) -> int:
    """The number a field shows: its raw value, and the text must say the same."""
    assert field.visible and field.fits, field
    assert re.sub(r"\D", "", field.text) == field.value, f"text {field.text!r} does not show {field.value}"
    return int(field.value)


@dataclass(frozen=True)
class Snapshot:
    """The page and the API read around the same moment."""

    stats: dict
    urgent: list[dict]
    fields: dict[str, FieldView]
    ticket_ids: list[str]
    subjects: list[str]
    bars: list[list]
    customers: list[str]


READ_LISTS = """
const all = (selector, read) => [...document.querySelectorAll(selector)].map(read);
return {
  ticket_ids: all('#urgent-list [data-ticket-id]', (li) => li.dataset.ticketId),
  subjects: all('#urgent-list .subject', (s) => s.textContent),
  bars: all('#trend rect[data-count]', (r) => [r.dataset.hour, Number(r.dataset.count)]),
  customers: all('#risk-rows [data-customer-id]', (r) => r.dataset.customerId),
};
"""


def snapshot(browser: Browser, url: str) -> Snapshot:
    """Stats read before and after the page; retried if the data moved in between.

    Nothing ingests during these tests, but the 24-hour window rolls over on the hour:
    then the page may still show the previous window, and we wait for its next refresh.
    """
    for _ in range(3):
        before = stats_now(url)
        urgent = api(url, f"/tickets?tenant_id={TENANT}&urgency=high&limit=10")["items"]
        fields, lists = browser.fields(), browser.run(READ_LISTS)
        after = stats_now(url)
        if before == after and [hour for hour, _ in lists["bars"]] == [p["hour"] for p in after["hourly_trend"]]:
            return Snapshot(after, urgent, fields, **lists)
        shown = fields["updated_at"].value
        browser.wait_for(f"document.getElementById('updated-at').dataset.value !== {shown!r}", 15, "the next refresh")
    raise AssertionError("the stats kept changing while the page was read: is something ingesting?")


@pytest.mark.slow
@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=lambda v: v.name)
def test_numbers_shown_equal_the_api(browser, app_url, keys, viewport: Viewport):
    browser.use_viewport(viewport)
    open_dashboard(browser, app_url, keys[TENANT])
    seen = snapshot(browser, app_url)
    stats, urgent, fields = seen.stats, seen.urgent, seen.fields
    assert stats["total_tickets"] > 50, "the ingestion should have filled the tenant"

    assert shown_int(fields["total_tickets"]) == stats["total_tickets"]
    assert shown_int(fields["requires_action"]) == stats["requires_action"]
    ratio = fields["urgency_high_ratio"]
    assert ratio.visible and ratio.fits
    assert float(ratio.value) == stats["urgency_high_ratio"]
    assert abs(float(ratio.text.rstrip("%")) / 100 - stats["urgency_high_ratio"]) <= 0.0005 + 1e-9, ratio.text
    for breakdown in ("by_status", "by_urgency"):
        shown = {name.split(".", 1)[1]: shown_int(f) for name, f in fields.items() if name.startswith(breakdown + ".")}
        assert shown == stats[breakdown], breakdown
    trend = [point["count"] for point in stats["hourly_trend"]]
    assert shown_int(fields["hourly_trend.total"]) == sum(trend) > 0
    assert seen.bars == [[point["hour"], point["count"]] for point in stats["hourly_trend"]]

    assert seen.ticket_ids == [ticket["ticket_id"] for ticket in urgent] and len(urgent) == 10
    assert seen.subjects == [ticket["subject"] for ticket in urgent]
    assert seen.customers == [c["customer_id"] for c in stats["at_risk_customers"]] and seen.customers
    for i, customer in enumerate(stats["at_risk_customers"]):
        for key in ("open_high", "negative", "tickets", "score"):
            assert shown_int(fields[f"at_risk_customers.{i}.{key}"]) == customer[key]

    updated = fields["updated_at"]
    assert updated.visible and updated.fits and re.fullmatch(r"\d\d:\d\d:\d\d( [AP]M)?", updated.text), updated
    age = datetime.now(timezone.utc) - datetime.fromisoformat(updated.value.replace("Z", "+00:00"))
    assert age < timedelta(seconds=30)
    assert browser.run("return document.getElementById('error').hidden;")

    # responsive: nothing wider than the screen, and the grid lays out for the width
    assert browser.run("return document.documentElement.scrollWidth <= window.innerWidth;"), "horizontal scroll"
    boxes = browser.run("""
        const box = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.top]; };
        return {kpis: [...document.querySelectorAll('.kpi')].map((k) => k.getBoundingClientRect().top),
                trend: box('#trend-card'), urgency: box('#urgency-card'), urgent: box('#urgent-card'), risk: box('#risk-card')};
    """)
    if viewport.mobile:
        assert boxes["trend"][0] == boxes["urgency"][0] and boxes["trend"][1] < boxes["urgency"][1], "one column"
        assert len(set(boxes["kpis"])) == 2, "KPIs two by two"
    else:
        assert len(set(boxes["kpis"])) == 1, "KPIs on one row"
        assert boxes["trend"][1] == boxes["urgency"][1] and boxes["trend"][0] < boxes["urgency"][0], "chart beside urgency"
        assert boxes["urgent"][1] == boxes["risk"][1], "urgent tickets beside at-risk customers"

    # offline: every request went to this service, and the console is clean (no CSP violations)
    origins = browser.run("return performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);")
    assert set(origins) == {app_url}, origins
    problems = [m for m in browser.console() if m["level"] == "SEVERE"]
    assert problems == []
    browser.screenshot(SCREENSHOTS / f"dashboard-{viewport.name}.png")


@pytest.mark.slow
def test_refreshes_by_itself_shows_an_api_failure_and_recovers(browser, app_url, keys):
    browser.use_viewport(LAPTOP)
    open_dashboard(browser, app_url, keys[TENANT])
    first = browser.fields()["updated_at"].value
    browser.wait_for(f"document.getElementById('updated-at').dataset.value !== {first!r}", 15, "an automatic refresh")

    browser.block_urls(f"*/tenants/{TENANT}/stats*")
    try:
        browser.wait_for("document.body.dataset.state === 'error'", 15, "the error state")
        banner = browser.run("const e = document.getElementById('error');"
                             " return {hidden: e.hidden, height: e.getBoundingClientRect().height, text: e.textContent};")
        assert not banner["hidden"] and banner["height"] > 0
        assert "stats" in banner["text"] and "retrying" in banner["text"], banner["text"]
        assert browser.run("return document.getElementById('status-text').textContent;") == "Refresh failed"
        # the last good numbers stay on screen, marked stale rather than blanked
        assert browser.run("return document.body.classList.contains('stale');")
        assert browser.fields()["total_tickets"].value == str(stats_now(app_url)["total_tickets"])
    finally:
        browser.block_urls()
    browser.wait_for("document.body.dataset.state === 'ok'", 15, "recovery after the API came back")
    assert browser.run("return document.getElementById('error').hidden"
                       " && !document.body.classList.contains('stale');")


@pytest.mark.slow
def test_ticket_text_is_shown_as_text_never_as_markup(browser, app_url, keys):
    browser.use_viewport(LAPTOP)
    open_dashboard(browser, app_url, keys[PROBE], PROBE)
    assert browser.run("return [...document.querySelectorAll('#urgent-list .subject')]"
                       ".map((s) => s.textContent);") == [PROBE_SUBJECT]
    assert browser.run("return document.querySelector('#urgent-list .preview').textContent;") == PROBE_MESSAGE
    assert browser.run("return document.querySelector('#risk-rows td.customer').textContent;") == PROBE_CUSTOMER
    assert browser.run("return document.querySelectorAll('main img, main script, main em').length;") == 0
    assert browser.run("return window.__xss === undefined;")
    assert browser.fields()["total_tickets"].value == "1"


@pytest.mark.slow
def test_a_session_sees_its_tenant_only_and_signing_out_ends_it(browser, app_url, keys):
    browser.use_viewport(LAPTOP)
    sign_out_everywhere(browser, app_url)
    browser.open(f"{app_url}/tenants/{TENANT}/dashboard")
    sign_in(browser, "tk_" + "w" * 43)
    browser.wait_for("!document.getElementById('signin-error').hidden", 10, "the refusal of a wrong key")
    assert "not valid" in browser.run("return document.getElementById('signin-error').textContent;")
    assert browser.run("return document.body.dataset.state;") == "signed-out"
    browser.screenshot(SCREENSHOTS / "dashboard-sign-in.png")

    open_dashboard(browser, app_url, keys[TENANT])
    assert "tickets_session" not in browser.run("return document.cookie;"), "HttpOnly: no script reads it"
    cookie = next(c for c in browser.driver.get_cookies() if c["name"] == "tickets_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    # the session is tenant A's: B's dashboard and data are 404, as for a tenant that does not exist
    assert fetch_statuses(browser, f"/tenants/{PROBE}/dashboard", f"/tenants/{PROBE}/stats",
                          f"/tickets?tenant_id={PROBE}", "/tenants/no-such-tenant/dashboard",
                          f"/tenants/{TENANT}/stats") == [404, 404, 404, 404, 200]
    browser.open(f"{app_url}/tenants/{PROBE}/dashboard")
    text = browser.run("return document.body.textContent;")
    assert "not_found" in text and "Support dashboard" not in text and "XSS-1" not in text
    # back to its own page: still signed in, no key asked for
    browser.open(f"{app_url}/tenants/{TENANT}/dashboard")
    browser.wait_for("document.body.dataset.state === 'ok'", 20, "the signed-in page")

    browser.run("document.getElementById('sign-out').click();")
    browser.wait_for("document.body.dataset.state === 'signed-out'", 20, "the sign-in form after signing out")
    assert fetch_statuses(browser, f"/tenants/{TENANT}/stats") == [401]
    assert not [c for c in browser.driver.get_cookies() if c["name"] == "tickets_session"]


# ----------------------------------------------------------------------------- the work panel

JOB_FIELD = "document.querySelector('[data-field=\"{}\"]').dataset.value"


def job_field(browser: Browser, name: str) -> str | None:
    return browser.run(f"return {JOB_FIELD.format(name)} ?? null;")


def bar_width(browser: Browser) -> float:
    return browser.run("return document.getElementById('job-fill').getBoundingClientRect().width;")


@contextmanager
def slow_pages(mock_url: str, milliseconds: int) -> Iterator[None]:
    """Every provider page takes ``milliseconds`` while inside (the mock's runtime setting)."""
    response = httpx.post(f"{mock_url}/admin/config", json={"page_latency_ms": [milliseconds, milliseconds]},
                          timeout=10)
    assert response.status_code == 200, response.text
    try:
        yield
    finally:
        httpx.post(f"{mock_url}/admin/config", json={"page_latency_ms": [0, 0]}, timeout=10)


@pytest.mark.slow
def test_the_dashboard_starts_a_job_watches_its_bar_move_and_cancels_it(browser, served, keys):
    """The work panel: "Sync now", the bar fed by the job's event stream, "Cancel job", and
    the final status, the last jobs and the outbox, all through the session cookie."""
    browser.use_viewport(LAPTOP)
    ingest(served.url, JOBS_TENANT)  # a first, fast run: the page shows its tickets and its last job
    done = api(served.url, f"/ingest/jobs?tenant_id={JOBS_TENANT}")["items"][0]
    with slow_pages(served.mock_url, 700):  # ~18 pages of 5 tickets: a dozen seconds to watch
        open_dashboard(browser, served.url, keys[JOBS_TENANT], JOBS_TENANT)
        fields = browser.fields()
        assert fields["job.status"].text == "completed" and fields["job.progress"].value == "100"
        assert fields["schedule.next_run_at"].text == "not scheduled"
        assert browser.run("return document.querySelector('#job-rows tr').dataset.jobId;") == done["job_id"]
        outbox = api(served.url, f"/tenants/{JOBS_TENANT}/outbox")
        # alerts move from pending to sent meanwhile; how many there are does not change
        shown = {status: shown_int(fields[f"outbox.{status}"]) for status in ("pending", "sent", "dead")}
        assert sum(shown.values()) == outbox["pending"] + outbox["sent"] + outbox["dead"] > 0, (shown, outbox)
        browser.run("document.getElementById('sync-now').click();")
        browser.wait_for(f"{JOB_FIELD.format('job.status')} === 'running'", 20, "the job started")
        browser.wait_for(f"Number({JOB_FIELD.format('job.progress')}) > 0", 40, "the bar's first step")
        first, first_width = int(job_field(browser, "job.progress")), bar_width(browser)
        browser.wait_for(f"Number({JOB_FIELD.format('job.progress')}) > {first}", 40, "the bar moving on")
        browser.wait_for(f"document.getElementById('job-fill').getBoundingClientRect().width > {first_width}", 10,
                         "the bar drawn wider")
        status = api(served.url, f"/ingest/status?tenant_id={JOBS_TENANT}")
        assert status["running"] and browser.run("return document.getElementById('job-id').textContent;") == \
            f"job {status['job_id']}"
        assert re.fullmatch(r"\d+ / \d+", browser.fields()["job.pages"].text), browser.fields()["job.pages"]
        browser.screenshot(SCREENSHOTS / "dashboard-job.png")

        browser.run("document.getElementById('cancel-job').click();")
        browser.wait_for(f"{JOB_FIELD.format('job.status')} === 'cancelled'", 30, "the cancelled status")
    # the bar was fed by the job's event stream (the 5-second poll only names the running job)
    card = browser.run("const c = document.getElementById('sync-card').dataset;"
                       " return {source: c.source, events: Number(c.streamEvents)};")
    assert card["source"] == "stream" and card["events"] >= 3, card
    assert browser.fields()["job.status"].text == "cancelled" and int(job_field(browser, "job.progress")) < 100
    assert api(served.url, f"/ingest/progress/{status['job_id']}")["status"] == "cancelled"
    browser.wait_for("(document.querySelector('#job-rows tr[data-job-id]') || {dataset: {}}).dataset.status"
                     " === 'cancelled'", 15, "the cancelled job at the top of the last jobs")
    assert browser.run("return document.querySelector('#job-rows tr').dataset.jobId;") == status["job_id"]
    assert browser.run("return document.getElementById('cancel-job').disabled;"), "nothing left to cancel"
    origins = browser.run("return performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);")
    assert set(origins) == {served.url}, origins
    assert [m for m in browser.console() if m["level"] == "SEVERE"] == [], "no CSP violation, no failed request"
