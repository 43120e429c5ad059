"""Memory of the app process over many ingestion runs: does anything outlive its job?

Each job builds up state (the ids it saw, its metrics, its supervisor entry, its HTTP
responses) that must die with it. After warm-up runs (imports, pools, caches that fill
once), 100 more small runs should leave RSS where it was: the goal is growth < 5 MB.

RSS is read by psutil from outside the process, so the app runs without tracemalloc
(which itself costs memory and would hide the figure it measures). Runs are small
(``--tickets 200``: one page a tenant) and fast (no budget: the mock and the app both
allow 100,000 calls a minute); each run goes through the whole job path (lock, job
document, page cycle, rollups, outbox, release). A few provider tickets are changed
before every run so runs also write updates and history, not only "unchanged".

    python bench/memory.py            # 10 warm-up + 100 measured runs
    python bench/memory.py --quick    # 5 warm-up + 20 measured runs
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/memory.py`

import httpx  # noqa: E402
import psutil  # noqa: E402

from bench.app_process import ADMIN_HEADERS, MB, machine_line, register_tenants, scratch_dir, start_app  # noqa: E402
from bench.report import mb, table, verdict  # noqa: E402
from tests.support.embedded_db import start_embedded_db  # noqa: E402
from tests.support.mock_process import start_mock_api  # noqa: E402

TENANTS = ("acme", "globex", "initech", "umbrella")
STATUSES = ("open", "pending", "resolved", "closed")
UNLIMITED = "100000"


def tenant_ticket_ids(client: httpx.Client, mock_url: str) -> dict[str, list[str]]:
    """The provider's ids per tenant (the mock's budget is unlimited here, so reading costs nothing)."""
    ids: dict[str, list[str]] = {t: [] for t in TENANTS}
    for page in range(1, 1000):
        body = client.get(f"{mock_url}/external/support-tickets", params={"page": page, "page_size": 100}).json()
        for ticket in body["tickets"]:
            ids.setdefault(ticket["tenant_id"], []).append(ticket["id"])
        if body["next_page"] is None:
            break
    return ids


def churn(client: httpx.Client, mock_url: str, ids: list[str], count: int, rng: random.Random, run: int) -> None:
    for ticket_id in rng.sample(ids, min(count, len(ids))):
        client.patch(f"{mock_url}/admin/tickets/{ticket_id}",
                     json={"status": STATUSES[run % len(STATUSES)], "message": f"Follow-up {run}: still waiting on this."})


def one_run(client: httpx.Client, app_url: str, tenant: str) -> dict:
    for _ in range(50):  # a 409 only while the previous job releases its lock
        r = client.post(f"{app_url}/ingest/run", params={"tenant_id": tenant, "wait": "true"}, timeout=120)
        if r.status_code != 409:
            break
        time.sleep(0.1)
    if r.status_code != 200:
        return {"status": f"HTTP {r.status_code}"}
    return r.json()


def sample(proc: psutil.Process) -> dict:
    full = proc.memory_full_info()
    return {"rss": full.rss, "uss": full.uss, "fds": proc.num_fds(), "threads": proc.num_threads()}


def slope_kb_per_run(points: list[tuple[int, int]]) -> float:
    """Least-squares slope of RSS over run number: steadier than two end points."""
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    var = sum((x - mx) ** 2 for x, _ in points)
    return 0.0 if var == 0 else sum((x - mx) * (y - my) for x, y in points) / var / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 warm-up + 20 measured runs")
    parser.add_argument("--warmup", type=int, help="warm-up runs (default 10; --quick 5)")
    parser.add_argument("--runs", type=int, help="measured runs (default 100; --quick 20)")
    parser.add_argument("--tickets", type=int, default=200, help="mock tickets (200: one page a tenant)")
    parser.add_argument("--churn", type=int, default=5, help="provider tickets changed before each run (5)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--keep", action="store_true", help="keep the work dir (logs, database)")
    args = parser.parse_args()
    warmup = args.warmup if args.warmup is not None else (5 if args.quick else 10)
    runs = args.runs if args.runs is not None else (20 if args.quick else 100)
    rng = random.Random(args.seed)

    print(f"bench/memory.py: {warmup} warm-up + {runs} measured sequential runs, tenants {', '.join(TENANTS)} in turn, "
          f"mock --tickets {args.tickets}, {args.churn} tickets changed per run, budget {UNLIMITED}/min")
    print(f"machine: {machine_line()}")
    with scratch_dir("bench-memory", args.keep) as work, \
            start_mock_api("--tickets", str(args.tickets), "--rate-limit-per-minute", UNLIMITED,
                           "--notify-failure-rate", "0.2", "--notify-latency-ms", "1-5", "--seed", str(args.seed)) as mock, \
            start_embedded_db(work / "db") as db, \
            start_app(work / "app", mongo_url=db.url, provider_url=mock.url,
                      env={"UPSTREAM_CALLS_PER_MINUTE": UNLIMITED}) as app, \
            httpx.Client(timeout=30, headers=ADMIN_HEADERS) as client:
        register_tenants(app.url, *TENANTS)
        proc = psutil.Process(app.pid)
        tracing = "PYTHONTRACEMALLOC" in proc.environ()
        ids = tenant_ticket_ids(client, mock.url)
        tenants = itertools.cycle(TENANTS)
        time.sleep(1.0)
        start = sample(proc)
        statuses: dict[str, int] = {}
        durations: list[float] = []
        series: list[list[object]] = []
        points: list[tuple[int, int]] = []
        after_warmup = start
        began = time.monotonic()
        for n in range(1, warmup + runs + 1):
            tenant = next(tenants)
            churn(client, mock.url, ids.get(tenant, []), args.churn, rng, n)
            job = one_run(client, app.url, tenant)
            statuses[job.get("status", "?")] = statuses.get(job.get("status", "?"), 0) + 1
            if job.get("duration_seconds") is not None:
                durations.append(job["duration_seconds"])
            now = sample(proc)
            if n == warmup:
                time.sleep(1.0)
                after_warmup = now = sample(proc)
            if n > warmup:
                points.append((n, now["rss"]))
            if n == warmup or n % 10 == 0 or n == warmup + runs:
                series.append([n, "warm-up" if n <= warmup else "measured", mb(now["rss"]), mb(now["uss"]),
                               now["fds"], now["threads"]])
        time.sleep(1.0)
        end = sample(proc)
        tree = httpx.get(app.url + "/supervisor", timeout=5, headers=ADMIN_HEADERS).json()
        live_jobs = sum(len(c.get("children", [])) for c in tree["children"] if c["name"] == "ingest")
        elapsed = time.monotonic() - began

    print(table(["run", "phase", "RSS MB", "USS MB", "fds", "threads"], series, title="\nRSS of the app process"))
    growth = end["rss"] - after_warmup["rss"]
    rows = [
        ["RSS at start (healthy, no job yet)", f"{mb(start['rss'])} MB", ""],
        [f"RSS after {warmup} warm-up runs", f"{mb(after_warmup['rss'])} MB", ""],
        [f"RSS after {runs} more runs", f"{mb(end['rss'])} MB", ""],
        ["growth over the measured runs", f"{growth / MB:+.2f} MB", f"goal < 5 MB: {verdict(growth < 5 * MB)}"],
        ["trend (least squares)", f"{slope_kb_per_run(points):+.1f} KB/run", ""],
        ["USS growth over the measured runs", f"{(end['uss'] - after_warmup['uss']) / MB:+.2f} MB", ""],
        ["open fds: start / after warm-up / end", f"{start['fds']} / {after_warmup['fds']} / {end['fds']}", ""],
        ["threads: start / after warm-up / end",
         f"{start['threads']} / {after_warmup['threads']} / {end['threads']}", ""],
        ["job statuses", ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())), ""],
        ["job duration (server) median",
         f"{sorted(durations)[len(durations) // 2]:.3f} s" if durations else "-", f"{elapsed:.0f} s for all runs"],
        ["ingesters left in /supervisor", live_jobs, "finished jobs must leave the tree"],
        ["tracemalloc in the app", "on" if tracing else "off", "RSS read from outside by psutil"],
    ]
    print(table(["measure", "value", "check"], rows, title="\nSummary"))
    print(f"machine: {machine_line()}")


if __name__ == "__main__":
    main()
