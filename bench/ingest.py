"""Ingestion throughput against the provider's budget: how close to the floor, and no 429s.

The provider allows R calls a minute, so a run of P pages cannot finish before
``(P - 1) * 60 / R`` seconds (the first call is free on an idle budget): that is the
floor. The app spaces its calls with a shared GCRA budget, stretched by 2 % on purpose
(``SAFETY_FACTOR``), so the goal is a wall time within 5 % of the floor and no ``429``
after the first minute (the provider meters every call, including refused ones).

Phase 1: one tenant (acme, 40 % of the mock's tickets) alone.
Phase 2: three tenants at once (globex, initech, umbrella): they share one budget, so the
floor is the sum of their pages; the mock's ``max_calls_in_any_60s`` must stay <= R.

    python bench/ingest.py            # 10,000 tickets at 60 calls/min: ~40 s + ~60 s
    python bench/ingest.py --quick    # 2,000 tickets: ~8 s + ~12 s
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/ingest.py`

import httpx  # noqa: E402

from bench.app_process import cpu_seconds, machine_line, scratch_dir, start_app, start_job, wait_jobs  # noqa: E402
from actors.rate_limiter import SAFETY_FACTOR  # noqa: E402
from bench.report import table, verdict  # noqa: E402
from tests.support.embedded_db import start_embedded_db  # noqa: E402
from tests.support.mock_process import start_mock_api  # noqa: E402


class MockMeter:
    """Samples the mock's ``/admin/stats`` once a second, so a 429 gets a timestamp.

    ``/admin/*`` is not metered by the mock, so watching costs the budget nothing.
    """

    def __init__(self, mock_url: str, interval: float = 1.0, max_seconds: float = 3600.0) -> None:
        self._url = mock_url + "/admin/stats"
        self._interval = interval
        self._max_seconds = max_seconds
        self._stop = threading.Event()
        #: (monotonic time, stats dict)
        self.samples: list[tuple[float, dict]] = []
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "MockMeter":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        started = time.monotonic()
        with httpx.Client(timeout=5) as client:
            while not self._stop.is_set() and time.monotonic() - started < self._max_seconds:
                try:
                    self.samples.append((time.monotonic(), client.get(self._url).json()))
                except httpx.HTTPError:
                    pass
                self._stop.wait(self._interval)

    def now(self) -> dict:
        return httpx.get(self._url, timeout=5).json()

    def rate_limited_after(self, since: float, total_before: int) -> tuple[int, float | None]:
        """429s first seen more than 60 s after ``since``, and when the first 429 of the phase was seen."""
        first = None
        before_minute = total_before
        for at, stats in self.samples:
            if at < since:
                continue
            if stats["rate_limited_total"] > total_before and first is None:
                first = at - since
            if at <= since + 60:
                before_minute = max(before_minute, stats["rate_limited_total"])
        last = self.samples[-1][1]["rate_limited_total"] if self.samples else total_before
        return last - before_minute, first


def run_phase(client: httpx.Client, app_url: str, tenants: list[str], meter: MockMeter, rate: int,
              timeout: float, poll: float, pids: dict[str, int]) -> dict:
    before = meter.now()
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    load_before = machine_line()
    started = time.monotonic()
    job_ids = {tenant: start_job(client, app_url, tenant) for tenant in tenants}
    jobs = wait_jobs(client, app_url, job_ids, timeout, poll)
    ended = max((j["observed_at"] for j in jobs.values() if j["observed_at"]), default=time.monotonic())
    # the server's own timestamps: exact, whatever the polling interval
    server_wall = None
    if all(j.get("started_at") and j.get("finished_at") for j in jobs.values()):
        server_wall = (max(datetime.fromisoformat(j["finished_at"]) for j in jobs.values())
                       - min(datetime.fromisoformat(j["started_at"]) for j in jobs.values())).total_seconds()
    time.sleep(1.2)  # one more meter sample after the last call
    after = meter.now()
    pages = sum(j.get("total_pages") or 0 for j in jobs.values())
    interval = 60.0 / rate
    floor = max(pages - 1, 0) * interval
    wall = ended - started
    late_429, first_429 = meter.rate_limited_after(started, before["rate_limited_total"])
    cpu = {name: (cpu_seconds(pid) or 0.0) - (cpu_before[name] or 0.0) for name, pid in pids.items()}
    return {
        "cpu": cpu, "load_before": load_before, "load_after": machine_line(),
        "tenants": tenants, "jobs": jobs, "pages": pages, "floor": floor, "client_wall": wall,
        "wall": server_wall if server_wall is not None else wall,
        "calls": after["calls_total"] - before["calls_total"],
        "rate_limited": after["rate_limited_total"] - before["rate_limited_total"],
        "late_429": late_429, "first_429": first_429, "max_60s": after["max_calls_in_any_60s"],
    }


def print_phase(name: str, phase: dict, rate: int) -> None:
    rows = []
    spent = {"rate_limit_wait_seconds": 0.0, "fetch_seconds": 0.0, "classify_seconds": 0.0, "write_seconds": 0.0}
    for tenant, job in phase["jobs"].items():
        m = job.get("metrics") or {}
        for key in spent:
            spent[key] += m.get(key) or 0.0
        rows.append([tenant, job.get("status"), job.get("total_pages"), job.get("processed_pages"),
                     m.get("fetched"), m.get("new"), m.get("upstream_calls"), m.get("rate_limited"), m.get("retries"),
                     job.get("duration_seconds"), m.get("rate_limit_wait_seconds"), m.get("fetch_seconds"),
                     m.get("classify_seconds"), m.get("write_seconds")])
    print(table(["tenant", "status", "pages", "done", "fetched", "new", "calls", "429", "retries", "server s",
                 "budget wait s", "fetch s", "classify s", "write s"], rows, title=f"\n{name}: jobs"))
    pages = max(phase["pages"], 1)
    per_page = " / ".join(f"{spent[k] / pages:.2f}" for k in spent)
    ratio = phase["wall"] / phase["floor"] if phase["floor"] else None
    summary = [
        ["pages (all tenants)", phase["pages"], ""],
        [f"floor: (pages-1) x {60 / rate:.3f} s", f"{phase['floor']:.1f} s", ""],
        [f"app's own pacing: (pages-1) x {60 / rate * SAFETY_FACTOR:.3f} s", f"{phase['floor'] * SAFETY_FACTOR:.1f} s",
         f"SAFETY_FACTOR {SAFETY_FACTOR}: the best this app can do"],
        ["wall time (first job start -> last job end)", f"{phase['wall']:.1f} s", "server timestamps"],
        ["wall time seen by the client (POST -> final)", f"{phase['client_wall']:.1f} s", "includes polling delay"],
        ["wall / floor", "-" if ratio is None else f"{ratio:.3f}",
         "-" if ratio is None else f"goal <= 1.05: {verdict(ratio <= 1.05)}"],
        ["upstream calls (mock calls_total)", phase["calls"], f"{phase['calls'] - phase['pages']:+d} vs pages"],
        ["429s seen by the mock", phase["rate_limited"],
         "-" if phase["first_429"] is None else f"first after {phase['first_429']:.0f} s"],
        ["429s after the first minute", phase["late_429"], f"goal 0: {verdict(phase['late_429'] == 0)}"],
        ["mock max_calls_in_any_60s (whole run)", phase["max_60s"],
         f"goal <= {rate}: {verdict(phase['max_60s'] <= rate)}"],
        ["per page, s: budget wait / fetch / classify / write", per_page,
         "summed over jobs; write = DB round trips of the page"],
        ["wall per page", f"{phase['wall'] / pages:.2f} s", f"budget allows {60 / rate:.2f} s"],
        *([f"CPU seconds: {who}", f"{secs:.1f}", f"{secs / phase['wall'] * 100:.0f}% of one CPU"]
          for who, secs in phase["cpu"].items()),
        ["machine before", phase["load_before"], ""],
        ["machine after", phase["load_after"], ""],
    ]
    print(table(["measure", "value", "check"], summary, title=f"{name}: summary"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 tickets instead of 10,000 (about 25 s)")
    parser.add_argument("--tickets", type=int, help="mock tickets (default 10,000; --quick 2,000)")
    parser.add_argument("--rate", type=int, default=60, help="provider limit and app budget, calls/min (60)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--timeout", type=float, default=900.0, help="give up on a phase after this many seconds")
    parser.add_argument("--poll", type=float, default=1.0, help="seconds between progress polls per job (1.0)")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (logs, database)")
    args = parser.parse_args()
    tickets = args.tickets or (2_000 if args.quick else 10_000)

    print(f"bench/ingest.py: mock --tickets {tickets} --rate-limit-per-minute {args.rate}, "
          f"UPSTREAM_CALLS_PER_MINUTE={args.rate}, page_size 100, one app process, embedded database")
    with scratch_dir("bench-ingest", args.keep) as work, \
            start_mock_api("--tickets", str(tickets), "--rate-limit-per-minute", str(args.rate),
                           "--notify-failure-rate", "0", "--seed", str(args.seed)) as mock, \
            start_embedded_db(Path(work) / "db") as db, \
            start_app(Path(work) / "app", mongo_url=db.url, provider_url=mock.url,
                      env={"UPSTREAM_CALLS_PER_MINUTE": str(args.rate)}) as app, \
            httpx.Client(timeout=10) as client, \
            MockMeter(mock.url) as meter:
        httpx.post(mock.url + "/admin/reset-counters", timeout=5)
        pids = {"app": app.pid, "database": db.process.pid, "mock": mock.process.pid}
        one = run_phase(client, app.url, ["acme"], meter, args.rate, args.timeout, args.poll, pids)
        print_phase("Phase 1: one tenant (acme)", one, args.rate)
        # let the budget go idle, so phase 2's floor (first call free) is the same rule
        time.sleep(max(2.0, 2 * 60.0 / args.rate))
        three = run_phase(client, app.url, ["globex", "initech", "umbrella"], meter, args.rate, args.timeout, args.poll, pids)
        print_phase("Phase 2: three tenants at once", three, args.rate)
        print(f"\napp process alive at the end: {app.alive()}")


if __name__ == "__main__":
    main()
