"""Read load during ingestion, optionally with faults: latency, errors, and whether it heals.

Profile (issue 14): three tenants ingest continuously (acme, globex, initech; a finished job
is started again) against a provider at 60 calls/min with ``/notify`` failing 30 %, while 40
concurrent clients read ``/tickets`` (random filters, following ``next_cursor`` half of
the time) and ``/tenants/{T}/stats`` for all four tenants, for 90 s. umbrella is ingested
once before the clock starts, so the readers find tickets from the first second. Half the
readers behave like the dashboard in a browser: they send back the ``ETag`` they last got
for a URL in ``If-None-Match`` (a ``304`` is an answer served); the other half never do.
The goals of the issue are printed beside the figures (``--clients``/``--duration`` change
the profile; the goals are for the default one).

Sampled every 5 s from a separate thread: the app's RSS, MongoDB's open connections
(``serverStatus.connections.current``, including this bench's own sampler), mailbox
depths from ``/supervisor``, ``event_loop_lag_seconds`` from ``/metrics`` when the app
exports it, and ``/health``. Every second the latency of ``GET /supervisor`` is taken too:
it touches no database, so it is the event loop's queueing delay plus one round trip.
Client-side timings include this bench's own event loop, which shares the CPUs.

``--faults``: the app starts its own database (the child its supervisor restarts); at 20 %
of the run the database is killed with SIGKILL, and at 45 % the provider answers every
ticket page with 503 for 30 s. Reported: 503s against 500s (goal: no 500), how long until
``/health`` was 200 again, whether every ticket stored before the kill is still there, and
that every job ended in a final status.

    python bench/load.py                      # 90 s, 40 readers: the issue's profile
    python bench/load.py --quick              # 60 s
    python bench/load.py --faults --quick     # 60 s with a database kill and a provider outage
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sys
import threading
import time
from collections import Counter, defaultdict
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/load.py`

import anyio  # noqa: E402
import httpx  # noqa: E402
import psutil  # noqa: E402
from pymongo import MongoClient  # noqa: E402

from bench.app_process import (  # noqa: E402
    ADMIN_HEADERS, FINAL, MB, cpu_seconds, embedded_database, machine_line, register_tenants, scratch_dir, start_app,
)
from bench.report import mb, ms, percentile, table, verdict  # noqa: E402
from tests.support.embedded_db import start_embedded_db  # noqa: E402
from tests.support.mock_process import start_mock_api  # noqa: E402

READ_TENANTS = ("acme", "globex", "initech", "umbrella")
INGEST_TENANTS = ("acme", "globex", "initech")
PRELOAD_TENANT = "umbrella"
STATUSES = ("open", "pending", "resolved", "closed")
URGENCIES = ("high", "medium", "low")
SENTIMENTS = ("negative", "neutral", "positive")
SOURCES = ("email", "chat", "web", "phone", "api")
LAG_METRIC = re.compile(r'^event_loop_lag_seconds\{quantile="([^"]+)"\}\s+(\S+)$', re.M)
#: a reader's request slower than this counts as a timeout
REQUEST_TIMEOUT = 10.0
#: starting, watching and cancelling jobs: longer, a lost answer would lose track of a job
CONTROL_TIMEOUT = 30.0
#: answers that serve the request (a 304 is a complete answer to a conditional request)
SERVED = (200, 304)
#: the figures before issue 14 (40 readers, 90 s, same profile): requests served
BEFORE_SERVED, BEFORE_SECONDS = 632, 90.0
CACHE_METRIC = re.compile(r"^(answer_cache_hits|answer_cache_misses|answer_cache_coalesced|answer_not_modified|"
                          r"read_admission_shed|read_admission_shed_on_arrival|read_admission_admitted|read_admission_wait_seconds|"
                          r"read_admission_hold_seconds|answer_version_reads|answer_version_read_seconds|"
                          r"answer_version_queries|tickets_listing_pages|tickets_listing_windows|"
                          r"ingest_db_operations|ingest_db_lane_wait_seconds)_total\s+(\S+)$",
                          re.M)


@dataclass
class Observed:
    """Everything the clients and samplers saw; appended from one loop and two threads."""

    #: endpoint -> list of (t done, seconds, status); status is an int or "timeout"/"conn_error"
    requests: dict[str, list[tuple[float, float, object]]] = field(default_factory=lambda: defaultdict(list))
    #: (t, endpoint, status) for non-2xx answers, for the fault timeline
    errors: list[tuple[float, str, object]] = field(default_factory=list)
    samples: list[dict] = field(default_factory=list)
    #: (t, seconds, status) of GET /supervisor, once a second
    probe: list[tuple[float, float, object]] = field(default_factory=list)
    #: (t, status) of GET /health, once a second (for recovery)
    health: list[tuple[float, object]] = field(default_factory=list)
    #: tenant -> [(job_id, started_t)]
    jobs: dict[str, list[tuple[str, float]]] = field(default_factory=lambda: defaultdict(list))
    job_start_refusals: Counter = field(default_factory=Counter)
    #: (t, seconds, status) of every POST /ingest/run
    starts: list[tuple[float, float, object]] = field(default_factory=list)
    events: list[tuple[float, str]] = field(default_factory=list)
    t0: float = 0.0

    def t(self) -> float:
        return time.monotonic() - self.t0

    def event(self, text: str) -> None:
        self.events.append((self.t(), text))


# -- readers ---------------------------------------------------------------------------------
def ticket_params(rng: random.Random, tenant: str) -> dict[str, str]:
    params = {"tenant_id": tenant, "limit": str(rng.choice((10, 25, 50, 100)))}
    for name, values, chance in (("status", STATUSES, 0.3), ("urgency", URGENCIES, 0.3),
                                 ("sentiment", SENTIMENTS, 0.2), ("source", SOURCES, 0.15),
                                 ("requires_action", ("true", "false"), 0.15)):
        if rng.random() < chance:
            params[name] = rng.choice(values)
    if rng.random() < 0.1:
        params["customer_id"] = f"cust-{rng.randint(1, 40):04d}"
    return params


async def reader(n: int, client: httpx.AsyncClient, obs: Observed, deadline: float, max_requests: int) -> None:
    rng = random.Random(n)
    cursor_params: dict[str, str] | None = None
    conditional = n % 2 == 0  # a browser: revalidates with the ETag it holds
    #: what a browser's cache keeps per URL: the ETag and (for listings) the body's next_cursor
    held: dict[str, tuple[str, str | None]] = {}
    for _ in range(max_requests):
        if time.monotonic() >= deadline:
            return
        tenant = rng.choice(READ_TENANTS)
        if rng.random() < 0.25:
            endpoint, url, params = "/tenants/{T}/stats", f"/tenants/{tenant}/stats", {}
        elif cursor_params is not None and rng.random() < 0.5:
            endpoint, url, params = "/tickets (cursor)", "/tickets", cursor_params
        else:
            endpoint, url, params = "/tickets", "/tickets", ticket_params(rng, tenant)
        started = time.perf_counter()
        status: object
        key = url + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        headers = {"If-None-Match": held[key][0]} if conditional and key in held else {}
        nxt: str | None = None
        try:
            r = await client.get(url, params=params, headers=headers)
            status = r.status_code
            if status == 200:
                nxt = next_cursor_of(r.content) if url == "/tickets" else None
                if conditional and "ETag" in r.headers:
                    held[key] = (r.headers["ETag"], nxt)
            elif status == 304:
                nxt = held[key][1]
        except httpx.TimeoutException:
            status = "timeout"
        except httpx.HTTPError:
            status = "conn_error"
            await anyio.sleep(0.2)  # the app is away: do not spin
        elapsed = time.perf_counter() - started
        obs.requests[endpoint].append((obs.t(), elapsed, status))
        if status not in SERVED:
            obs.errors.append((obs.t(), endpoint, status))
        if endpoint != "/tenants/{T}/stats":
            cursor_params = {**{k: v for k, v in params.items() if k != "cursor"}, "cursor": nxt} if nxt else None


NEXT_CURSOR = re.compile(rb'"next_cursor":\s*(null|"([^"]*)")\s*}\s*$')


def next_cursor_of(body: bytes) -> str | None:
    """The listing's ``next_cursor`` (its last field) without parsing the whole page: the
    readers share the machine with the server, and JSON-decoding every page was a good part
    of this bench's own CPU."""
    found = NEXT_CURSOR.search(body[-2048:])
    if found is None:
        return json.loads(body).get("next_cursor")
    return found.group(2).decode() if found.group(2) is not None else None


# -- ingestion driver ------------------------------------------------------------------------
async def ingest_driver(tenant: str, client: httpx.AsyncClient, obs: Observed, deadline: float) -> None:
    """Keep one job running for the tenant until the deadline; never more than one."""
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            r = await client.post("/ingest/run", params={"tenant_id": tenant})
            status: object = r.status_code
        except httpx.TimeoutException:
            status = "timeout"
        except httpx.HTTPError:
            status = "conn_error"
        obs.starts.append((obs.t(), time.perf_counter() - started, status))
        if status not in (202, 409):
            obs.job_start_refusals[f"{tenant} {status}"] += 1
            await anyio.sleep(2.0)
            continue
        job_id = r.json().get("job_id")
        if status == 409:
            # a job we did not see start (our POST timed out, yet the job began): adopt it
            obs.job_start_refusals[f"{tenant} 409"] += 1
            if not job_id or any(job_id == known for known, _ in obs.jobs[tenant]):
                await anyio.sleep(2.0)
                continue
        obs.jobs[tenant].append((job_id, obs.t()))
        while time.monotonic() < deadline:
            await anyio.sleep(2.0)
            try:
                p = await client.get(f"/ingest/progress/{job_id}")
            except httpx.HTTPError:
                continue
            if p.status_code == 200 and p.json()["status"] in FINAL:
                break


async def settle_jobs(client: httpx.AsyncClient, obs: Observed, timeout: float) -> tuple[dict[str, dict], float]:
    """Cancel jobs still running at the end, then wait (bounded) until every job is final."""
    ids = [job_id for runs in obs.jobs.values() for job_id, _ in runs]
    final: dict[str, dict] = {}
    started = time.monotonic()
    cancelled = False
    while time.monotonic() - started < timeout:
        for job_id in ids:
            if job_id in final:
                continue
            try:
                r = await client.get(f"/ingest/progress/{job_id}")
            except httpx.HTTPError:
                continue
            if r.status_code == 200 and r.json()["status"] in FINAL:
                final[job_id] = r.json()
        if len(final) == len(ids):
            break
        if not cancelled:
            cancelled = True
            for job_id in ids:
                if job_id not in final:
                    try:
                        await client.delete(f"/ingest/{job_id}")
                    except httpx.HTTPError:
                        pass
        await anyio.sleep(1.0)
    for job_id in ids:
        if job_id not in final:
            try:
                r = await client.get(f"/ingest/progress/{job_id}")
                final[job_id] = r.json() if r.status_code == 200 else {"status": f"HTTP {r.status_code}"}
            except httpx.HTTPError as exc:
                final[job_id] = {"status": type(exc).__name__}
    return final, time.monotonic() - started


# -- samplers (threads, so a busy client loop does not delay them as much) ------------------
def sampler(app_url: str, app_pid: int, mongo_url_of, db_pid_of, obs: Observed, stop: threading.Event,
            interval: float = 5.0, max_seconds: float = 7200.0) -> None:
    mongo: MongoClient | None = None
    mongo_url = None
    proc = psutil.Process(app_pid)
    began = time.monotonic()
    last: dict[str, tuple[float, float]] = {}

    def cpu_percent(name: str, pid: int | None) -> float | None:
        if pid is None:
            return None
        now, used = time.monotonic(), cpu_seconds(pid)
        if used is None:
            return None
        before = last.get(f"{name}:{pid}")
        last[f"{name}:{pid}"] = (now, used)
        return None if before is None else (used - before[1]) / (now - before[0]) * 100

    with httpx.Client(base_url=app_url, timeout=5, headers=ADMIN_HEADERS) as http:
        while not stop.is_set() and time.monotonic() - began < max_seconds:
            s: dict = {"t": obs.t()}
            try:
                s["rss"] = proc.memory_info().rss
            except psutil.Error:
                s["rss"] = None
            s["app_cpu"] = cpu_percent("app", app_pid)
            s["db_cpu"] = cpu_percent("db", db_pid_of())
            url = mongo_url_of()
            if url and url != mongo_url:
                if mongo is not None:
                    mongo.close()
                mongo_url = url
                mongo = MongoClient(url, maxPoolSize=1, serverSelectionTimeoutMS=1500, connectTimeoutMS=1500,
                                    socketTimeoutMS=3000, appname="bench-load-sampler")
            try:
                s["mongo_conns"] = mongo.admin.command("serverStatus")["connections"]["current"] if mongo else None
            except Exception:
                s["mongo_conns"] = None
            try:
                tree = http.get("/supervisor").json()
                s["mailboxes"] = {k: v["queued"] for k, v in tree.get("mailboxes", {}).items()}
            except (httpx.HTTPError, ValueError):
                s["mailboxes"] = None
            try:
                r = http.get("/metrics")
                lags = dict(LAG_METRIC.findall(r.text)) if r.status_code == 200 else {}
                s["lag_p99"] = float(lags["0.99"]) if "0.99" in lags else None
                s["lag_max"] = float(lags["1"]) if "1" in lags else None
                s["metrics_status"] = r.status_code
            except httpx.HTTPError:
                s["lag_p99"] = s["lag_max"] = s["metrics_status"] = None
            obs.samples.append(s)
            stop.wait(interval)
    if mongo is not None:
        mongo.close()


def prober(app_url: str, obs: Observed, stop: threading.Event, max_seconds: float = 7200.0) -> None:
    began = time.monotonic()
    with httpx.Client(base_url=app_url, timeout=5, headers=ADMIN_HEADERS) as http:
        while not stop.is_set() and time.monotonic() - began < max_seconds:
            started = time.perf_counter()
            try:
                status: object = http.get("/supervisor").status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            obs.probe.append((obs.t(), time.perf_counter() - started, status))
            try:
                obs.health.append((obs.t(), http.get("/health").status_code))
            except httpx.HTTPError as exc:
                obs.health.append((obs.t(), type(exc).__name__))
            stop.wait(1.0)


# -- faults ----------------------------------------------------------------------------------
def embedded_child(app_url: str) -> dict:
    # /supervisor shows no pids or addresses: found on the host instead
    return {"name": "embedded_mongodb", "details": embedded_database(app_url)}


def stored_ids(mongo_url: str, db_name: str) -> set[tuple[str, str]] | None:
    try:
        with MongoClient(mongo_url, serverSelectionTimeoutMS=3000, socketTimeoutMS=30000) as client:
            return {(d["tenant_id"], d["external_id"])
                    for d in client[db_name]["tickets"].find({}, {"_id": 0, "tenant_id": 1, "external_id": 1})}
    except Exception:
        return None


def wait_ping(mongo_url: str, timeout: float) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            with MongoClient(mongo_url, serverSelectionTimeoutMS=1000) as client:
                client.admin.command("ping")
            return time.monotonic() - started
        except Exception:
            time.sleep(0.2)
    return None


async def fault_schedule(app_url: str, mock_url: str, db_name: str, duration: float, obs: Observed,
                         report: dict) -> None:
    kill_at, outage_at = 0.2 * duration, 0.45 * duration
    outage_seconds = min(30.0, 0.5 * duration)
    await anyio.sleep(max(0.0, kill_at - obs.t()))
    child = await anyio.to_thread.run_sync(embedded_child, app_url)
    pid, url = child["details"]["pid"], child["details"]["url"]
    report["db_url"] = url
    report["before_ids"] = await anyio.to_thread.run_sync(stored_ids, url, db_name)
    os.kill(pid, signal.SIGKILL)
    report["killed_at"] = obs.t()
    report["old_pid"] = pid
    obs.event(f"database pid {pid} killed (SIGKILL); {len(report['before_ids'] or ())} tickets stored before")
    report["db_back_after"] = await anyio.to_thread.run_sync(wait_ping, url, 60.0)
    report["after_kill_ids"] = await anyio.to_thread.run_sync(stored_ids, url, db_name)
    obs.event(f"database answering again after {report['db_back_after'] or float('nan'):.1f} s")
    await anyio.sleep(max(0.0, outage_at - obs.t()))
    async with httpx.AsyncClient(base_url=mock_url, timeout=5) as mock:
        await mock.post("/admin/config", json={"page_failure_rate": 1.0})
        obs.event(f"provider: every ticket page answers 503 for {outage_seconds:.0f} s")
        report["outage"] = (obs.t(), outage_seconds)
        with anyio.CancelScope(shield=True):  # the outage must end even if the run is cut short
            await anyio.sleep(outage_seconds)
            await mock.post("/admin/config", json={"page_failure_rate": 0.0})
        obs.event("provider: ticket pages answer normally again")


# -- the run ---------------------------------------------------------------------------------
async def drive(app_url: str, mock_url: str, args: argparse.Namespace, obs: Observed, report: dict) -> dict:
    limits = httpx.Limits(max_connections=args.clients + 10, max_keepalive_connections=args.clients + 10)
    async with httpx.AsyncClient(base_url=app_url, timeout=REQUEST_TIMEOUT, limits=limits,
                                 headers=ADMIN_HEADERS) as readers, \
            httpx.AsyncClient(base_url=app_url, timeout=CONTROL_TIMEOUT, headers=ADMIN_HEADERS) as control:
        deadline = time.monotonic() + args.duration
        obs.event(f"{args.clients} readers and {args.ingesting} ingesting tenants start (at {time.strftime('%H:%M:%S')})")
        async with anyio.create_task_group() as tg:
            for n in range(args.clients):
                tg.start_soon(reader, n, readers, obs, deadline, 10_000_000)
            for tenant in INGEST_TENANTS[:args.ingesting]:
                tg.start_soon(ingest_driver, tenant, control, obs, deadline)
            if args.faults:
                tg.start_soon(fault_schedule, app_url, mock_url, args.db_name, args.duration, obs, report)
        obs.event("load stopped; cancelling running jobs")
        final, settle_seconds = await settle_jobs(control, obs, args.settle_timeout)
        obs.event(f"jobs settled after {settle_seconds:.1f} s")
        return {"final": final, "settle_seconds": settle_seconds}


def preload(app_url: str, timeout: float) -> str:
    with httpx.Client(base_url=app_url, timeout=timeout + 10, headers=ADMIN_HEADERS) as client:
        r = client.post("/ingest/run", params={"tenant_id": PRELOAD_TENANT, "wait": "true"})
        if r.status_code != 200:
            return f"HTTP {r.status_code}"
        body = r.json()
        return f"{body['status']}, {body['metrics']['fetched']} tickets in {body['duration_seconds']:.1f} s"


def baseline(app_url: str, count: int = 10) -> str:
    """The reads one at a time before the load: what each kind of request costs on an idle app."""
    tenant = PRELOAD_TENANT
    kinds: list[tuple[str, str, dict[str, str]]] = [
        ("/tickets", "/tickets", {}),
        ("/tickets status=open", "/tickets", {"status": "open"}),
        ("/tickets urgency=high", "/tickets", {"urgency": "high"}),
        ("/tickets sentiment=negative", "/tickets", {"sentiment": "negative"}),
        ("/tickets source=chat", "/tickets", {"source": "chat"}),
        ("/tickets requires_action=true", "/tickets", {"requires_action": "true"}),
        ("/tickets customer_id=cust-0001", "/tickets", {"customer_id": "cust-0001"}),
        ("/tickets (next page)", "/tickets", {"cursor": ""}),
        ("/tenants/{T}/stats", f"/tenants/{tenant}/stats", {}),
    ]
    rows = []
    with httpx.Client(base_url=app_url, timeout=REQUEST_TIMEOUT, headers=ADMIN_HEADERS) as http:
        for name, url, extra in kinds:
            params = {"tenant_id": tenant, "limit": "50", **extra} if url == "/tickets" else {}
            if params.get("cursor") == "":
                params["cursor"] = http.get(url, params={"tenant_id": tenant, "limit": "50"}).json().get("next_cursor") or ""
            times = []
            for _ in range(count):
                started = time.perf_counter()
                r = http.get(url, params=params)
                if r.status_code == 200:
                    times.append(time.perf_counter() - started)
            rows.append([name, count, len(times), ms(percentile(times, 50)), ms(max(times) if times else None)])
    return table(["request", "requests", "200", "p50 ms", "max ms"], rows,
                 title=f"\nBaseline: one client, idle app, tenant {tenant} (limit 50)")


# -- the report ------------------------------------------------------------------------------
def print_report(obs: Observed, args: argparse.Namespace, outcome: dict, report: dict, app_alive: bool,
                 rss_start: int, rss_end: int | None, final_health: object, tree_end: dict | None) -> None:
    statuses: Counter = Counter()
    rows = []
    for endpoint in sorted(obs.requests):
        results = obs.requests[endpoint]
        by = Counter(status for _, _, status in results)
        statuses.update(by)
        ok = [s for _, s, status in results if status in SERVED]
        others = ", ".join(f"{k} {v}" for k, v in sorted(by.items(), key=str) if k not in SERVED) or "-"
        rows.append([endpoint, len(results), by.get(200, 0), by.get(304, 0), others, ms(percentile(ok, 50)),
                     ms(percentile(ok, 95)), ms(percentile(ok, 99)), ms(max(ok) if ok else None)])
    print(table(["endpoint", "requests", "200", "304", "other answers", "p50 ms", "p95 ms", "p99 ms", "max ms"], rows,
                title="\nRequests (latency of 200 and 304 answers, measured by the clients)"))
    total = sum(statuses.values())
    print(table(["answer", "count", "share"],
                [[str(k), v, f"{v / total * 100:.2f}%"] for k, v in sorted(statuses.items(), key=str)],
                title="\nAnswers by status"))

    print(table(["t s", "RSS MB", "app CPU %", "DB CPU %", "mongo conns", "loop lag p99 ms", "mailboxes queued",
                 "req/s", "non-200"], _timeline(obs),
                title="\nTimeline (sampled about every 5 s; loop lag p99 from /metrics covers the app's last minute)"))

    probe_ok = [d for _, d, s in obs.probe if s == 200]
    conns = [s["mongo_conns"] for s in obs.samples if s.get("mongo_conns") is not None]
    lags = [s["lag_max"] for s in obs.samples if s.get("lag_max") is not None]
    depth = max((max(s["mailboxes"].values(), default=0) for s in obs.samples if s.get("mailboxes")), default=None)
    served = sum(1 for results in obs.requests.values() for _, _, status in results if status in SERVED)
    final = outcome["final"]
    job_status = Counter(doc.get("status") for doc in final.values())
    unfinished = [j for j, doc in final.items() if doc.get("status") not in FINAL]
    pages = sum(doc.get("processed_pages") or 0 for doc in final.values())
    waited = sum((doc.get("metrics") or {}).get("rate_limit_wait_seconds") or 0 for doc in final.values())
    written = sum((doc.get("metrics") or {}).get("write_seconds") or 0 for doc in final.values())
    summary = _goal_rows(obs, args, statuses, served, total, rss_start, rss_end, report) + [
        ["MongoDB connections min / max", f"{min(conns)} / {max(conns)}" if conns else "-",
         "serverStatus; includes the sampler's own"],
        ["GET /supervisor p50 / p99 / max ms",
         f"{ms(percentile(probe_ok, 50))} / {ms(percentile(probe_ok, 99))} / {ms(max(probe_ok) if probe_ok else None)}",
         "once a second: loop delay + one round trip"],
        ["event_loop_lag_seconds max (from /metrics)", ms(max(lags)) + " ms" if lags else "not exported", ""],
        ["deepest mailbox seen", depth if depth is not None else "-", "ingest, notifier, rate_limiter"],
        ["POST /ingest/run p50 / max ms",
         f"{ms(percentile([d for _, d, _ in obs.starts], 50))} / {ms(max((d for _, d, _ in obs.starts), default=None))}",
         ", ".join(f"{k} {v}" for k, v in sorted(Counter(st for _, _, st in obs.starts).items(), key=str))],
        ["ingestion jobs started", len(final), ", ".join(f"{k} {v}" for k, v in sorted(obs.job_start_refusals.items()))
         and "refused starts: " + ", ".join(f"{k} x{v}" for k, v in sorted(obs.job_start_refusals.items()))],
        ["job final statuses", ", ".join(f"{k} {v}" for k, v in sorted(job_status.items(), key=str)),
         f"settled {outcome['settle_seconds']:.1f} s after the load"],
        ["jobs not in a final status", len(unfinished), f"goal 0: {verdict(not unfinished)}"],
        ["pages ingested during the load", pages,
         f"{pages / args.duration * 60:.1f}/min; the budget allows {args.rate}/min"],
        ["per page: budget wait / write s", f"{waited / max(pages, 1):.2f} / {written / max(pages, 1):.2f}",
         "budget wait includes the rate limiter's DB round trip"],
        ["app process alive at the end", app_alive, f"/health {final_health}"],
    ]
    if args.faults:
        summary += _fault_rows(obs, report, tree_end)
    print(table(["measure", "value", "check"], summary, title="\nSummary"))
    failed = [(j, d.get("error")) for j, d in final.items() if d.get("status") in ("failed", "abandoned")]
    if failed:
        print("\nJobs that failed or were abandoned (error):")
        for job_id, error in failed[:20]:
            print(f"  {job_id[:8]}  {final[job_id].get('tenant_id')}  {final[job_id].get('status')}: {error}")
    print("\nEvents:")
    for at, text in obs.events:
        print(f"  t={at:6.1f} s  {text}")


def _goal_rows(obs: Observed, args: argparse.Namespace, statuses: Counter, served: int, total: int,
               rss_start: int, rss_end: int | None, report: dict) -> list[list[object]]:
    """The issue's goals, each beside its figure."""
    five_hundreds = sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500 and k != 503)
    all_5xx = sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500)
    goal_served = 5 * BEFORE_SERVED / BEFORE_SECONDS * args.duration
    lag_p99 = [s["lag_p99"] for s in obs.samples if s.get("lag_p99") is not None]
    growth = None if rss_end is None else (rss_end - rss_start) / MB
    return [
        ["requests served (200 + 304)", served, f"{served / args.duration:.1f}/s over {args.duration:.0f} s; "
         f"goal >= {goal_served:,.0f} (5x {BEFORE_SERVED} in {BEFORE_SECONDS:.0f} s): {verdict(served >= goal_served)}"],
        ["of which 304 Not Modified", statuses.get(304, 0), "browsers revalidating with If-None-Match"],
        ["requests not served", total - served, ""],
        ["answers 5xx (503 included)", all_5xx, f"goal 0: {verdict(all_5xx == 0)}"],
        ["answers 500 (and other 5xx but 503)", five_hundreds, f"goal 0: {verdict(five_hundreds == 0)}"],
        ["answers 503", statuses.get(503, 0), "shed by admission (or faults)"],
        *_p95_rows(obs),
        ["app RSS start / end", f"{mb(rss_start)} / {mb(rss_end)} MB",
         "-" if growth is None else f"{growth:+.1f} MB; goal < 10 MB: {verdict(growth < 10)}"],
        ["event loop lag p99 (max of the 1-minute p99s)", ms(max(lag_p99)) + " ms" if lag_p99 else "not exported",
         f"goal < 50 ms: {verdict(max(lag_p99) < 0.050)}" if lag_p99 else ""],
        ["answer cache (from /metrics at the end)", report.get("cache_line", "-"), ""],
        *report.get("server_latency", []),
    ]


def _p95_rows(obs: Observed) -> list[list[object]]:
    """p95 of served answers per route (cursor pages are /tickets too), against the 1 s goal."""
    rows = []
    for route, endpoints in (("/tickets", ("/tickets", "/tickets (cursor)")), ("/tenants/{T}/stats", ("/tenants/{T}/stats",))):
        served = [s for e in endpoints for _, s, status in obs.requests.get(e, []) if status in SERVED]
        p95 = percentile(served, 95)
        rows.append([f"{route} p95", f"{ms(p95)} ms", f"goal < 1000 ms: {verdict(p95 is not None and p95 < 1.0)}"])
    return rows


BUCKET = re.compile(r'^http_request_duration_seconds_bucket\{le="([^"]+)",method="GET",route="([^"]+)"\}\s+(\S+)$', re.M)


def server_latency(app_url: str) -> list[list[object]]:
    """p50/p95 per route as the app measured it (its histogram: the bucket bounds the quantile
    falls in), without the bench client's own queueing."""
    try:
        text = httpx.get(app_url + "/metrics", headers=ADMIN_HEADERS, timeout=5).text
    except httpx.HTTPError:
        return []
    buckets: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for le, route, count in BUCKET.findall(text):
        buckets[route].append((float(le), float(count)))
    rows = []
    for route in ("/tickets", "/tenants/<tenant_id>/stats"):
        cumulative = sorted(buckets.get(route, []))
        total = cumulative[-1][1] if cumulative else 0

        def quantile(q: float) -> str:
            bound = next((le for le, n in cumulative if n >= q * total), None)
            return "-" if bound is None else ("> 10 s" if bound == float("inf") else f"<= {bound * 1000:.0f} ms")

        rows.append([f"{route} p50 / p95 (app's histogram)", f"{quantile(0.5)} / {quantile(0.95)}",
                     f"{total:,.0f} requests"])
    return rows


def cache_line(app_url: str) -> str:
    try:
        text = httpx.get(app_url + "/metrics", headers=ADMIN_HEADERS, timeout=5).text
    except httpx.HTTPError as exc:
        return type(exc).__name__
    found = {name: float(value) for name, value in CACHE_METRIC.findall(text)}
    hits, misses = found.get("answer_cache_hits", 0), found.get("answer_cache_misses", 0)
    ratio = hits / (hits + misses) if hits + misses else 0
    admitted = max(found.get("read_admission_admitted", 0), 1)
    held = re.search(r"^answer_cache_bytes\s+(\S+)$", text, re.M)
    return (f"{float(held.group(1)) / MB if held else 0:.1f} MB held; hits {hits:,.0f}, misses {misses:,.0f} ({ratio:.0%} hits; {found.get('answer_cache_coalesced', 0):,.0f} "
            f"coalesced), 304s {found.get('answer_not_modified', 0):,.0f}, shed {found.get('read_admission_shed', 0):,.0f} "
            f"({found.get('read_admission_shed_on_arrival', 0):,.0f} on arrival); "
            f"per admitted read: wait {found.get('read_admission_wait_seconds', 0) / admitted * 1000:.0f} ms, "
            f"hold {found.get('read_admission_hold_seconds', 0) / admitted * 1000:.0f} ms; version read "
            f"{found.get('answer_version_read_seconds', 0) / max(found.get('answer_version_reads', 0), 1) * 1000:.0f} ms "
            f"({found.get('answer_version_reads', 0):,.0f} reads, {found.get('answer_version_queries', 0):,.0f} queries); "
            f"windows per listing page "
            f"{found.get('tickets_listing_windows', 0) / max(found.get('tickets_listing_pages', 0), 1):.1f}; "
            f"ingestion's lane: {found.get('ingest_db_operations', 0):,.0f} operations, waited "
            f"{found.get('ingest_db_lane_wait_seconds', 0) / max(found.get('ingest_db_operations', 0), 1) * 1000:.0f} ms "
            f"on average")


def _timeline(obs: Observed) -> list[list[object]]:
    """One row per sample; requests are counted in the window that ends at the sample."""
    done = [(t, status) for results in obs.requests.values() for t, _, status in results]
    rows = []
    previous = 0.0
    for s in obs.samples:
        window = [status for t, status in done if previous <= t < s["t"]]
        bad = Counter(status for status in window if status not in SERVED)
        mailboxes = s.get("mailboxes")
        span = s["t"] - previous
        rows.append([f"{s['t']:.0f}", mb(s.get("rss")), _pct(s.get("app_cpu")), _pct(s.get("db_cpu")),
                     "down" if s.get("mongo_conns") is None else s["mongo_conns"],
                     ms(s.get("lag_p99")),
                     "-" if mailboxes is None else " ".join(f"{k}={v}" for k, v in mailboxes.items()),
                     f"{len(window) / span:.0f}" if span > 0 and window else "0",
                     " ".join(f"{k}:{v}" for k, v in sorted(bad.items(), key=str)) or "-"])
        previous = s["t"]
    return rows


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _fault_rows(obs: Observed, report: dict, tree_end: dict | None) -> list[list[object]]:
    rows: list[list[object]] = []
    killed = report.get("killed_at")
    if killed is None:
        return [["database kill", "did not happen", "run too short?"]]
    back = next((t for t, status in obs.health if t > killed and status == 200
                 and any(t2 > killed and s2 != 200 for t2, s2 in obs.health if t2 < t)), None)
    unhealthy = [t for t, status in obs.health if t > killed and status != 200]
    window_5xx = Counter(status for t, _, status in obs.errors if killed <= t <= killed + 60)
    before, after = report.get("before_ids"), report.get("after_kill_ids")
    lost = None if before is None or after is None else len(before - after)
    rows += [
        ["database killed at", f"t={killed:.1f} s", f"pid {report.get('old_pid')}"],
        ["database answering pings again", "-" if report.get("db_back_after") is None
         else f"{report['db_back_after']:.1f} s later", "restarted by the app's supervisor"],
        ["/health 200 again", "never unhealthy in the 1 s probes" if not unhealthy
         else ("not by the end" if back is None else f"{back - killed:.1f} s after the kill"), ""],
        ["answers in the minute after the kill", ", ".join(f"{k} {v}" for k, v in sorted(window_5xx.items(), key=str)) or "all 200", ""],
        ["tickets stored before the kill", "-" if before is None else len(before), ""],
        ["of those, missing after the restart", "-" if lost is None else lost, f"goal 0: {verdict(lost == 0)}"],
    ]
    if tree_end is not None:
        child = next((c for c in tree_end["children"] if c["name"] == "embedded_mongodb"), None)
        if child is not None:
            rows.append(["embedded_mongodb at the end", f"{child['state']}, restarts {child['restarts']}",
                         f"pid {(child.get('details') or {}).get('pid')} (was {report.get('old_pid')})"])
        others = [c["name"] for c in tree_end["children"] if c["state"] != "running"]
        rows.append(["children not running at the end", ", ".join(others) or "none", ""])
    if "outage" in report:
        start, length = report["outage"]
        in_outage = Counter(status for t, _, status in obs.errors if start <= t <= start + length + 5)
        rows.append(["reader answers during the provider outage",
                     ", ".join(f"{k} {v}" for k, v in sorted(in_outage.items(), key=str)) or "all 200",
                     "reads should not depend on the provider"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 s instead of 90 s")
    parser.add_argument("--duration", type=float, help="seconds of load (default 90; --quick 60)")
    parser.add_argument("--clients", type=int, default=40, help="concurrent readers (40)")
    parser.add_argument("--faults", action="store_true", help="kill the database once and take the provider down for 30 s")
    parser.add_argument("--tickets", type=int, default=10_000, help="mock tickets (10,000)")
    parser.add_argument("--rate", type=int, default=60, help="provider limit and app budget, calls/min (60)")
    parser.add_argument("--notify-failure-rate", type=float, default=0.3)
    parser.add_argument("--no-preload", action="store_true", help=f"do not ingest {PRELOAD_TENANT} before the clock starts")
    parser.add_argument("--settle-timeout", type=float, help="seconds to wait for jobs to end after the load "
                        "(default 30; --faults 150: a job cut off by the database waits out its lock TTL)")
    parser.add_argument("--ingesting", type=int, default=3, choices=range(0, 4),
                        help="tenants ingesting during the load (3; 0: reads only)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--app-env", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for the app (repeatable), e.g. WEB_READ_SLOTS=4")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (logs, database)")
    args = parser.parse_args()
    args.duration = args.duration or (60.0 if args.quick else 90.0)
    args.settle_timeout = args.settle_timeout or (150.0 if args.faults else 30.0)
    args.db_name = "tickets"

    print(f"bench/load.py: {args.duration:.0f} s, {args.clients} readers, "
          f"ingesting {', '.join(INGEST_TENANTS[:args.ingesting]) or 'nothing'}, "
          f"mock --tickets {args.tickets} --rate-limit-per-minute {args.rate} --notify-failure-rate "
          f"{args.notify_failure_rate}{', FAULTS' if args.faults else ''}")
    print(f"machine: {machine_line()}")
    obs, report = Observed(), {}
    with scratch_dir("bench-load", args.keep) as work, ExitStack() as stack:
        mock = stack.enter_context(start_mock_api(
            "--tickets", str(args.tickets), "--rate-limit-per-minute", str(args.rate),
            "--notify-failure-rate", str(args.notify_failure_rate), "--seed", str(args.seed)))
        db = None if args.faults else stack.enter_context(start_embedded_db(work / "db"))
        app = stack.enter_context(start_app(work / "app", mongo_url=db.url if db else None, provider_url=mock.url,
                                            env={"UPSTREAM_CALLS_PER_MINUTE": str(args.rate),
                                                 **dict(item.split("=", 1) for item in args.app_env)}))
        mongo_url = db.url if db else embedded_child(app.url)["details"]["url"]
        register_tenants(app.url, *READ_TENANTS, *INGEST_TENANTS, PRELOAD_TENANT)

        def current_mongo_url() -> str:
            return report.get("db_url") or mongo_url

        if not args.no_preload:
            print(f"preload {PRELOAD_TENANT}: {preload(app.url, 600)}")
        rss_start = app.rss_bytes()
        stop = threading.Event()
        def current_db_pid() -> int | None:
            if db is not None:
                return db.process.pid
            try:
                return embedded_child(app.url)["details"].get("pid")
            except (httpx.HTTPError, StopIteration, KeyError, ValueError):
                return None

        print(baseline(app.url))
        threads = [threading.Thread(target=sampler, args=(app.url, app.pid, current_mongo_url, current_db_pid, obs, stop),
                                    daemon=True),
                   threading.Thread(target=prober, args=(app.url, obs, stop), daemon=True)]
        obs.t0 = time.monotonic()
        for thread in threads:
            thread.start()
        try:
            outcome = anyio.run(drive, app.url, mock.url, args, obs, report)
        finally:
            stop.set()
            for thread in threads:
                thread.join(10)
        alive = app.alive()
        rss_end = app.rss_bytes() if alive else None
        report["cache_line"] = cache_line(app.url) if alive else "-"
        report["server_latency"] = server_latency(app.url) if alive else []
        try:
            final_health: object = httpx.get(app.url + "/health", timeout=5).status_code
            tree_end = httpx.get(app.url + "/supervisor", timeout=5, headers=ADMIN_HEADERS).json()
        except httpx.HTTPError as exc:
            final_health, tree_end = type(exc).__name__, None
        if args.faults and report.get("before_ids") is not None:
            after_end = stored_ids(current_mongo_url(), args.db_name)
            report["after_end_missing"] = None if after_end is None else len(report["before_ids"] - after_end)
    print_report(obs, args, outcome, report, alive, rss_start, rss_end, final_health, tree_end)
    if args.faults:
        print(f"tickets stored before the kill and missing at the end: {report.get('after_end_missing', '-')}")
    print(f"machine: {machine_line()}")


if __name__ == "__main__":
    main()
