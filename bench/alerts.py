"""Alerts under a flaky ``/notify``: does ingestion slow down, and does every alert arrive once?

The ingester never calls ``/notify``: it queues outbox entries and the notifier delivers
them through the circuit breaker, so a failing, slow ``/notify`` should cost the ingestion
run nothing. Goal: the run with ``/notify`` failing 50 % and answering in 50-2000 ms takes
no longer than 110 % of the run with a healthy ``/notify``, and the mock's log shows every
high-urgency ticket's key accepted once, none twice.

One tenant (acme) is ingested twice by a real ``python -m supervisor``, each time into a
fresh database on one embedded server, against one mock whose ``/notify`` is reconfigured
between the phases. Two times per phase:

- ingestion wall time: ``POST /ingest/run`` until the job is final (the goal's "run");
- delivery wall time: the same start until no alert is pending any more (sent or dead).
  With the breaker as specified (open at 5 failures in 10 calls, for ``CIRCUIT_OPEN_SECONDS``)
  a 50 % failure rate opens it every few calls, so this one is dominated by open periods.

    python bench/alerts.py                       # 1,000 tickets, production breaker (30 s open)
    python bench/alerts.py --open-seconds 5      # shorter open periods: faster delivery

``--profile reference`` measures something else: how fast a real notifier gets alerts through
to the customer's own provider, which fails the first two calls for every alert, beside the
limit computed for the specified breaker (``bench/reference_alerts.py``, ``bench/alert_limit.py``):

    python bench/alerts.py --profile reference                # 30 alerts, at most 10 min
    python bench/alerts.py --profile reference --alerts 60 --minutes 15
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/alerts.py`

import httpx  # noqa: E402
from pymongo import MongoClient  # noqa: E402

from bench.app_process import machine_line, scratch_dir, start_app, start_job, wait_jobs  # noqa: E402
from bench.reference_alerts import run_reference  # noqa: E402
from bench.report import table, verdict  # noqa: E402
from tests.support.embedded_db import start_embedded_db  # noqa: E402
from tests.support.mock_process import start_mock_api  # noqa: E402

TENANT = "acme"
PHASES = (
    # name, failure rate, latency ms
    ("healthy", 0.0, (5, 50)),
    ("flaky", 0.5, (50, 2000)),
)


def outbox_counts(db) -> dict[str, int]:
    counts = {"pending": 0, "sent": 0, "dead": 0}
    for row in db.notifications.aggregate([{"$match": {"tenant_id": TENANT}},
                                           {"$group": {"_id": "$status", "n": {"$sum": 1}}}]):
        counts[row["_id"]] = row["n"]
    return counts


def run_phase(work: Path, db_url: str, mock_url: str, name: str, failure: float, latency: tuple[int, int],
              args: argparse.Namespace) -> dict:
    httpx.post(mock_url + "/admin/config", json={"notify_failure_rate": failure, "notify_latency_ms": list(latency)},
               timeout=5).raise_for_status()
    httpx.post(mock_url + "/admin/reset-counters", timeout=5).raise_for_status()
    db_name = f"bench_alerts_{name}"
    env = {"MONGO_DB": db_name, "UPSTREAM_CALLS_PER_MINUTE": str(args.rate)}
    if args.open_seconds is not None:
        env["CIRCUIT_OPEN_SECONDS"] = str(args.open_seconds)
    with start_app(work / name, mongo_url=db_url, provider_url=mock_url, env=env) as app, \
            httpx.Client(timeout=10) as client, MongoClient(db_url) as mongo:
        db = mongo[db_name]
        load_before = machine_line()
        started = time.monotonic()
        job_id = start_job(client, app.url, TENANT)
        job = wait_jobs(client, app.url, {TENANT: job_id}, args.timeout, 0.1)[TENANT]
        ingest_wall = (job["observed_at"] or time.monotonic()) - started
        delivered_at = None
        deadline = started + args.deliver_timeout
        while time.monotonic() < deadline:
            if outbox_counts(db)["pending"] == 0:
                delivered_at = time.monotonic()
                break
            time.sleep(0.2)
        circuit = client.get(app.url + "/circuit/notify/status").json()
        return {
            "name": name, "failure": failure, "latency": latency, "job": job, "ingest_wall": ingest_wall,
            "deliver_wall": None if delivered_at is None else delivered_at - started,
            "high": db.tickets.count_documents({"tenant_id": TENANT, "urgency": "high", "deleted_at": None}),
            "outbox": outbox_counts(db), "log": httpx.get(mock_url + "/notify/log", timeout=5).json(),
            "circuit": circuit, "load_before": load_before, "load_after": machine_line(),
        }


def report(phases: list[dict], args: argparse.Namespace) -> None:
    rows = []
    for p in phases:
        log, outbox, job, c = p["log"], p["outbox"], p["job"], p["circuit"]
        rows.append([
            p["name"], f"{p['failure']:.0%}", f"{p['latency'][0]}-{p['latency'][1]}", job.get("status"),
            job.get("total_pages"), f"{p['ingest_wall']:.2f}",
            "-" if p["deliver_wall"] is None else f"{p['deliver_wall']:.1f}",
            p["high"], (job.get("metrics") or {}).get("notifications_queued"), outbox["sent"], outbox["dead"],
            outbox["pending"], log["unique_keys"], log["duplicate_keys"], log["received"], log["failed"],
            c.get("short_circuited"),
        ])
    print(table(["/notify", "fails", "ms", "job", "pages", "ingest s", "deliver s", "high", "queued", "sent", "dead",
                 "pending", "unique keys", "dup keys", "calls", "failed calls", "short-circuited"], rows,
                title="\nPer phase (one tenant, acme)"))
    healthy, flaky = phases
    ratio = flaky["ingest_wall"] / healthy["ingest_wall"]
    deliver_ratio = (flaky["deliver_wall"] / healthy["deliver_wall"]
                     if flaky["deliver_wall"] and healthy["deliver_wall"] else None)
    n = flaky["high"]
    all_once = (flaky["outbox"]["sent"] == n and flaky["log"]["unique_keys"] == n
                and flaky["log"]["duplicate_keys"] == 0)
    summary = [
        ["ingestion wall, healthy /notify", f"{healthy['ingest_wall']:.2f} s", ""],
        ["ingestion wall, flaky /notify", f"{flaky['ingest_wall']:.2f} s", ""],
        ["ratio flaky / healthy (ingestion)", f"{ratio:.3f}", f"goal <= 1.10: {verdict(ratio <= 1.10)}"],
        ["delivery wall (all alerts out), healthy", "-" if healthy["deliver_wall"] is None
         else f"{healthy['deliver_wall']:.1f} s", ""],
        ["delivery wall (all alerts out), flaky", "-" if flaky["deliver_wall"] is None
         else f"{flaky['deliver_wall']:.1f} s", f"gave up after {args.deliver_timeout:.0f} s"
         if flaky["deliver_wall"] is None else ""],
        ["ratio flaky / healthy (delivery)", "-" if deliver_ratio is None else f"{deliver_ratio:.1f}",
         "informational: breaker open periods"],
        ["flaky: N high / sent / unique keys / duplicates",
         f"{n} / {flaky['outbox']['sent']} / {flaky['log']['unique_keys']} / {flaky['log']['duplicate_keys']}",
         f"every alert once: {verdict(all_once)}"],
        ["flaky: dead alerts", flaky["outbox"]["dead"], "after NOTIFY_MAX_ATTEMPTS (8) failures"],
        ["breaker open time", f"{args.open_seconds if args.open_seconds is not None else 30:g} s", ""],
        ["machine before / after flaky phase", flaky["load_before"], flaky["load_after"]],
    ]
    print(table(["measure", "value", "check"], summary, title="\nSummary"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1000, help="mock tickets, all tenants (1,000: acme ~400)")
    parser.add_argument("--rate", type=int, default=60, help="the app's provider budget, calls/min (60)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--open-seconds", type=float, default=None,
                        help="CIRCUIT_OPEN_SECONDS for the app (default: the app's, 30)")
    parser.add_argument("--timeout", type=float, default=600.0, help="give up on an ingestion run after this (s)")
    parser.add_argument("--deliver-timeout", type=float, default=900.0,
                        help="stop waiting for alerts to go out after this many seconds from the run's start")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (logs, database)")
    parser.add_argument("--profile", choices=("default", "reference"), default="default",
                        help="reference: the notifier alone against the customer's provider (see above)")
    parser.add_argument("--alerts", type=int, default=30, help="reference: alerts to deliver (30)")
    parser.add_argument("--minutes", type=float, default=10.0, help="reference: stop after this long (10)")
    args = parser.parse_args()
    if args.profile == "reference":
        if args.open_seconds is None:
            args.open_seconds = 30.0
        run_reference(args)
        return

    # the app's own budget (per database, so per phase) paces the provider calls; the mock's
    # limit is set out of the way so one phase's calls cannot slow the next one
    print(f"bench/alerts.py: mock --tickets {args.tickets}, UPSTREAM_CALLS_PER_MINUTE={args.rate}, tenant {TENANT}, "
          f"one app process (python -m supervisor), embedded database; "
          f"phases: " + ", ".join(f"{n} ({f:.0%} failures, {a}-{b} ms)" for n, f, (a, b) in PHASES))
    with scratch_dir("bench-alerts", args.keep) as work, \
            start_mock_api("--tickets", str(args.tickets), "--rate-limit-per-minute", "100000",
                           "--notify-failure-rate", "0", "--seed", str(args.seed)) as mock, \
            start_embedded_db(Path(work) / "db") as db:
        phases = []
        for name, failure, latency in PHASES:
            phases.append(run_phase(Path(work), db.url, mock.url, name, failure, latency, args))
            print(f"  {name}: ingestion {phases[-1]['ingest_wall']:.2f} s, outbox {phases[-1]['outbox']}", flush=True)
            time.sleep(max(2.0, 2 * 60.0 / args.rate))  # let the provider budget go idle between phases
        report(phases, args)


if __name__ == "__main__":
    main()
