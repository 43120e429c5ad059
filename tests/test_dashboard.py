"""The tenant dashboard: its HTML in-process, then a real browser over a real process.

The browser half serves the app the way production does (``python -m supervisor`` over HTTP,
on the session's database and a mock provider), fills tenant ``acme`` with one ingestion,
and opens the page in headless Chromium at a phone and a laptop width. Every number the page
shows is compared with the JSON API's answer read around the same moment, and the newest
urgent tickets with ``/tickets?urgency=high``. Screenshots land in ``bench/out/``.
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
from supervisor.config import Settings
from web.app import create_app
from web.routes_dashboard import render_page

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "bench" / "out"
TENANT = "acme"
#: a tenant whose only ticket is written to break out of HTML if the page ever parsed it
PROBE = "xss-probe"
PROBE_SUBJECT = '<img src=x onerror="window.__xss=1">Checkout is down'
PROBE_MESSAGE = "Urgent: outage since 9am, nobody can pay. <script>window.__xss=2</script>"
PROBE_CUSTOMER = "<em>vip</em>"


# ----------------------------------------------------------------------------- in-process


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Quart does not run on trio


@pytest.fixture
async def client():
    # The dashboard route reads no store or actor: the real app factory with settings only
    # is enough, and it proves `web.app` registers the blueprint.
    settings = Settings(mongo_url="unused", external_api_url="http://127.0.0.1:9")
    app = create_app(SimpleNamespace(settings=settings))  # type: ignore[arg-type]
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
    assert "__" + "TENANT_JSON" not in body and "__" + "CSP_NONCE" not in body
    assert 'data-tenant="&quot;acme.eu-1_b&quot;"' in body
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
    # the only requests the script makes are to this service's own API
    assert set(re.findall(r"fetch\(\s*([^,)]+)", script)) == {"url"}
    assert re.findall(r"`(/[^`]*)`", script) == ["/tenants/${enc}/stats", "/tickets?tenant_id=${enc}&urgency=high&limit=${URGENT_LIMIT}"]


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


# ----------------------------------------------------------------------------- the real stack


@contextmanager
def app_process(workdir: Path, **env: str) -> Iterator[str]:
    """``python -m supervisor`` on a free port; killed by pid on exit. Yields its base URL."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    environment = {**os.environ, "DATA_DIR": str(workdir / "var"), "APP_BIND": f"127.0.0.1:{port}",
                   "MOCK_API_PORT": str(free_port()), "PYTHONUNBUFFERED": "1", **env}
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
    response = httpx.post(f"{url}/ingest/run?tenant_id={tenant}&wait=true", timeout=90)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "completed", response.json()


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Browser]:
    # Before the app fixture in every signature: without Chromium we skip before starting anything.
    with headless_chromium(tmp_path_factory.mktemp("chromium")) as b:
        yield b


@pytest.fixture(scope="module")
def app_url(mongo_url, tmp_path_factory) -> Iterator[str]:
    with start_mock_api("--tickets", "300", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--seed", "11") as mock:
        created = (datetime.now(timezone.utc) - timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
        probe = httpx.post(f"{mock.url}/admin/tickets", json={
            "id": "XSS-1", "tenant_id": PROBE, "customer_id": PROBE_CUSTOMER, "subject": PROBE_SUBJECT,
            "message": PROBE_MESSAGE, "status": "open", "source": "web", "created_at": created})
        assert probe.status_code == 201, probe.text
        env = {"MONGO_URL": mongo_url, "MONGO_DB": f"dash_{uuid.uuid4().hex[:8]}", "EXTERNAL_API_URL": mock.url,
               "UPSTREAM_CALLS_PER_MINUTE": "6000"}
        with app_process(tmp_path_factory.mktemp("dashboard-app"), **env) as url:
            ingest(url, TENANT)
            ingest(url, PROBE)
            yield url


def api(url: str, path: str) -> dict:
    response = httpx.get(url + path, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()


def stats_now(url: str, tenant: str = TENANT) -> dict:
    body = api(url, f"/tenants/{tenant}/stats")
    body.pop("generated_at")
    return body


def open_dashboard(browser: Browser, url: str, tenant: str = TENANT) -> None:
    browser.console()  # drop messages from earlier pages
    browser.open(f"{url}/tenants/{tenant}/dashboard")
    browser.wait_for("document.body.dataset.state === 'ok'", 20, "the first successful refresh")


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
def test_numbers_shown_equal_the_api(browser, app_url, viewport: Viewport):
    browser.use_viewport(viewport)
    open_dashboard(browser, app_url)
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
def test_refreshes_by_itself_shows_an_api_failure_and_recovers(browser, app_url):
    browser.use_viewport(LAPTOP)
    open_dashboard(browser, app_url)
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
def test_ticket_text_is_shown_as_text_never_as_markup(browser, app_url):
    browser.use_viewport(LAPTOP)
    open_dashboard(browser, app_url, PROBE)
    assert browser.run("return [...document.querySelectorAll('#urgent-list .subject')]"
                       ".map((s) => s.textContent);") == [PROBE_SUBJECT]
    assert browser.run("return document.querySelector('#urgent-list .preview').textContent;") == PROBE_MESSAGE
    assert browser.run("return document.querySelector('#risk-rows td.customer').textContent;") == PROBE_CUSTOMER
    assert browser.run("return document.querySelectorAll('main img, main script, main em').length;") == 0
    assert browser.run("return window.__xss === undefined;")
    assert browser.fields()["total_tickets"].value == "1"
