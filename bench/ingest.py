"""Ingestion pace against the provider's budget: how close to the calls' own time.

The provider allows R calls a minute, so C calls need ``C x 60 / R`` seconds: the calls' own
time. The ratio printed is ``elapsed / calls' own time`` (elapsed: first job start to last job
end), for one tenant alone and for three tenants at once sharing the one budget. Goals: 1.05
and 1.10. The app's own pacing is stretched by ``SAFETY_FACTOR`` on purpose (no 60-second
window may hold more than R calls), and the first two calls ride the GCRA burst, so a
ratio near ``SAFETY_FACTOR`` means no slot went unused.

What runs is the ingestion path as production assembles it, in this process: the rate
limiter and lock keeper actors, one ``run_job`` per tenant with the real classifier, rollup
refreshes and deletions, on the embedded database (its own process) against the mock
provider (its own process, limited to R calls a minute). No web layer: this bench measures
how jobs share and hand over the budget, and nothing else. Last, how long a cancel takes
while a job waits on a page fetch, a backoff sleep and a permit (the contract: 2 s).

    python bench/ingest.py            # 10,000 tickets at 60 calls/min: ~45 s + ~65 s
    python bench/ingest.py --quick    # 2,000 tickets at 60 calls/min: ~10 s + ~15 s
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/ingest.py`

import anyio  # noqa: E402
import httpx  # noqa: E402

from actors.analytics.rollups import mark_pending, refresh_hours  # noqa: E402
from actors.cancel_watch import CancelWatch  # noqa: E402
from actors.classify import ClassifyService  # noqa: E402
from actors.ingester import IngestDeps, JobSpec, run_job  # noqa: E402
from actors.kit import ActorRef, run_actor  # noqa: E402
from actors.lock_keeper import LockKeeper  # noqa: E402
from actors.rate_limiter import SAFETY_FACTOR, Penalize, PenaltyBoard, RateLimiter  # noqa: E402
from actors.storage import job_log, tenant_locks  # noqa: E402
from actors.storage.schema import ensure_indexes  # noqa: E402
from actors.storage.store import open_store  # noqa: E402
from bench.app_process import machine_line  # noqa: E402
from bench.report import table, verdict  # noqa: E402
from tests.support.embedded_db import start_embedded_db  # noqa: E402
from tests.support.mock_process import start_mock_api  # noqa: E402


@dataclass
class Phase:
    name: str
    tenants: list[str]
    goal: float
    jobs: list[dict]
    elapsed: float
    calls: int
    rate_limited: int
    max_60s: int


async def run_phase(name: str, tenants: list[str], goal: float, deps: IngestDeps, mock_url: str,
                    http: httpx.AsyncClient) -> Phase:
    before = (await http.get(mock_url + "/admin/stats")).json()
    specs = []
    for tenant in tenants:  # what the ingest actor does: the lock, then the job document
        job_id = uuid.uuid4().hex
        await tenant_locks.acquire(deps.store, tenant, job_id, "bench", 60)
        doc = job_log.new_job_document(job_id, tenant, "bench", deps.classifier.version)
        await job_log.create(deps.store, doc)
        specs.append(JobSpec(job_id, tenant, doc["started_at"]))
    started = time.monotonic()
    async with anyio.create_task_group() as tg:
        for spec in specs:
            tg.start_soon(run_job, spec, deps)
    elapsed = time.monotonic() - started
    after = (await http.get(mock_url + "/admin/stats")).json()
    jobs = [await job_log.get(deps.store, spec.job_id) for spec in specs]
    return Phase(name, tenants, goal, jobs, elapsed, after["calls_total"] - before["calls_total"],
                 after["rate_limited_total"] - before["rate_limited_total"], after["max_calls_in_any_60s"])


def print_phase(phase: Phase, rate: int) -> float:
    rows = []
    for job in phase.jobs:
        m = job["metrics"]
        rows.append([job["tenant_id"], job["status"], job["processed_pages"], m["upstream_calls"], m["rate_limited"],
                     job["duration_seconds"], m["rate_limit_wait_seconds"], m["fetch_seconds"], m["classify_seconds"],
                     m["write_seconds"], m["rollup_seconds"], m["deletion_seconds"]])
    print(table(["tenant", "status", "pages", "calls", "429", "job s", "budget wait s", "fetch s", "classify s",
                 "write s", "rollups s", "deletions s"], rows, title=f"\n{phase.name}: jobs"))
    own = phase.calls * 60.0 / rate
    ratio = phase.elapsed / own if own else float("nan")
    summary = [
        ["calls (the mock's count)", phase.calls, ""],
        [f"calls' own time: calls x {60 / rate:.3f} s", f"{own:.1f} s", ""],
        ["elapsed: first job start -> last job end", f"{phase.elapsed:.1f} s", ""],
        ["ratio elapsed / calls' own time", f"{ratio:.3f}", f"goal <= {phase.goal}: {verdict(ratio <= phase.goal)}"],
        ["the app's own pacing (SAFETY_FACTOR)", f"{SAFETY_FACTOR}", "the floor of the ratio, less the burst"],
        ["429s seen by the mock", phase.rate_limited, f"goal 0: {verdict(phase.rate_limited == 0)}"],
        ["mock max_calls_in_any_60s (whole run)", phase.max_60s, f"goal <= {rate}: {verdict(phase.max_60s <= rate)}"],
    ]
    print(table(["measure", "value", "check"], summary, title=f"{phase.name}: summary"))
    return ratio


async def bench(db_url: str, mock_url: str, rate: int) -> list[tuple[str, float]]:
    async with open_store(db_url, "bench_ingest", pool_size=20) as store, \
            httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=5.0)) as http:
        await ensure_indexes(store)
        with ActorRef("rate_limiter", 256) as limiter, ActorRef("lock_keeper", 64) as keeper, \
                ActorRef("cancel_watch", 64) as watch:
            async with anyio.create_task_group() as tg:
                await tg.start(run_actor, RateLimiter(store, rate), limiter)
                await tg.start(run_actor, LockKeeper(store, 60, 20), keeper)
                await tg.start(run_actor, CancelWatch(store), watch)
                deps = IngestDeps(store=store, http=http, provider_url=mock_url, rate_limiter=limiter,
                                  lock_keeper=keeper, cancel_watch=watch, notifier=None, classifier=ClassifyService(),
                                  refresh_rollups=refresh_hours, mark_rollups=mark_pending,
                                  penalties=PenaltyBoard(store))
                one = await run_phase("Phase 1: one tenant (acme)", ["acme"], 1.05, deps, mock_url, http)
                await anyio.sleep(max(2.0, 2 * 60.0 / rate))  # the budget goes idle: the same first-call rule
                three = await run_phase("Phase 2: three tenants at once", ["globex", "initech", "umbrella"], 1.10,
                                        deps, mock_url, http)
                ratios = [(phase.name, print_phase(phase, rate)) for phase in (one, three)]
                print_cancels(await cancel_latencies(deps, limiter, mock_url, http))
                tg.cancel_scope.cancel()
    return ratios


async def cancel_latency(deps: IngestDeps, tenant: str, stuck) -> float:
    """Seconds from the cancel request (the flag in MongoDB, as ``DELETE`` sets it from any
    process) to the job's final status, once ``await stuck()`` says it waits where we want."""
    job_id = uuid.uuid4().hex
    await tenant_locks.acquire(deps.store, tenant, job_id, "bench", 60)
    doc = job_log.new_job_document(job_id, tenant, "bench", deps.classifier.version)
    await job_log.create(deps.store, doc)
    async with anyio.create_task_group() as tg:
        tg.start_soon(run_job, JobSpec(job_id, tenant, doc["started_at"]), deps)
        with anyio.fail_after(60):
            while not await stuck():
                await anyio.sleep(0.01)
        asked = time.monotonic()
        await job_log.request_cancel(deps.store, job_id)
        while (await job_log.get(deps.store, job_id))["status"] == "running":
            await anyio.sleep(0.005)
        took = time.monotonic() - asked
    return took


async def cancel_latencies(deps: IngestDeps, limiter: ActorRef, mock_url: str, http: httpx.AsyncClient) -> list:
    async def calls() -> int:
        return (await http.get(mock_url + "/admin/stats")).json()["calls_total"]

    async def configure(**changes) -> None:
        (await http.post(mock_url + "/admin/config", json=changes)).raise_for_status()

    rows = []
    await configure(page_latency_ms=[20_000, 20_000])
    before = await calls()
    rows.append(["a page fetch (the provider takes 20 s)",
                 await cancel_latency(deps, "acme", lambda: _more(calls, before))])
    await configure(page_latency_ms=[0, 0], page_failure_rate=1.0)
    before = await calls()
    rows.append(["a retry's backoff sleep (every page 503)",
                 await cancel_latency(deps, "acme", lambda: _more(calls, before))])
    await configure(page_failure_rate=0.0)
    await limiter.ask(Penalize(120.0))  # as after a 429 with Retry-After: 120

    async def queued() -> bool:
        return bool(limiter.snapshot.waiting)

    rows.append(["a permit (the budget paused for 120 s)", await cancel_latency(deps, "acme", queued)])
    return rows


async def _more(calls, before: int) -> bool:
    await anyio.sleep(0.2)  # the call has gone out and is waiting (or failed and backs off)
    return await calls() > before


def print_cancels(rows: list) -> None:
    print(table(["while the job waits on", "cancel -> final status, s", "goal <= 2 s"],
                [[what, f"{took:.2f}", verdict(took <= 2.0)] for what, took in rows],
                title="\nCancel latency (the cancel watch reads the flags every 0.5 s)"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 tickets instead of 10,000")
    parser.add_argument("--tickets", type=int, help="mock tickets (default 10,000; --quick 2,000)")
    parser.add_argument("--rate", type=int, default=60, help="provider limit and app budget, calls/min (60)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    tickets = args.tickets or (2_000 if args.quick else 10_000)
    print(f"bench/ingest.py: mock --tickets {tickets} --rate-limit-per-minute {args.rate}, budget {args.rate}/min, "
          f"page_size 100, ingestion path in-process, embedded database; {machine_line()}")
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as work, \
            start_mock_api("--tickets", str(tickets), "--rate-limit-per-minute", str(args.rate),
                           "--notify-failure-rate", "0", "--seed", str(args.seed)) as mock, \
            start_embedded_db(Path(work) / "db") as db:
        httpx.post(mock.url + "/admin/reset-counters", timeout=5)
        ratios = anyio.run(bench, db.url, mock.url, args.rate)
    print("\n" + table(["phase", "elapsed / calls' own time"], [[name, f"{r:.3f}"] for name, r in ratios],
                       title="Ratios"))
    print(f"machine after: {machine_line()}")


if __name__ == "__main__":
    main()
