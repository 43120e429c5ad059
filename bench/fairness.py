"""Fairness: does a small tenant wait behind a big one that started at the same moment?

A 100-ticket tenant is ingested alone (solo), then again (a fresh tenant of the same size)
together with a 10,000-ticket tenant started a few milliseconds before it, which is the
worst case: the big job asks for the first budget slot. Both share one provider budget and
one database. The goal: the small tenant's time to completion together is at most twice
its solo time. Once the small job has ended, the big one is cancelled: only the overlap
matters, and this keeps the bench short. A tenant's first run makes one call per page (the
provider's deleted list is skipped: nothing is stored yet that could have been deleted). The
budget holds one slot of its burst back for a newcomer (``HELD_FOR_NEWCOMERS``), so the small
tenant's first call goes out at once; after that the two jobs take turns, the big one first
(it was served first), so a k-page tenant needs 2k-1 slots beside it against k-1 alone.

The mock's tenants have fixed shares, so the small tenants' tickets are created through
``POST /admin/tickets`` and the mock is made big enough that acme holds ~10,000
(``--tickets 25000``). Each trial uses fresh small tenants (``tiny-s1`` solo, ``tiny-t1``
together, ...) so both runs insert 100 new tickets; times are the server's
(``duration_seconds``: job start to job end).

    python bench/fairness.py            # provider and app at 60 calls/min, 3 trials
    python bench/fairness.py --quick    # 600 calls/min on both, 1 trial
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/fairness.py`

import httpx  # noqa: E402

from actors.rate_limiter import SAFETY_FACTOR  # noqa: E402
from bench.app_process import (  # noqa: E402
    ADMIN_HEADERS, FINAL, machine_line, scratch_dir, start_app, start_job, wait_jobs,
)
from bench.report import table, verdict  # noqa: E402
from tests.support.embedded_db import start_embedded_db  # noqa: E402
from tests.support.mock_process import start_mock_api  # noqa: E402

BIG = "acme"
SUBJECTS = ("Cannot log in to the dashboard", "Invoice shows the wrong amount", "Export to CSV is slow",
            "Password reset email never arrives", "Feature request: dark mode")
MESSAGES = ("Since this morning none of our team can log in; we get an error page. Case {n}.",
            "Our last invoice charged us twice for the same seats. Please correct it. Ref {n}.",
            "Exporting 2,000 rows takes several minutes. Is this expected? Ticket {n}.",
            "I asked for a password reset three times and nothing arrived. Attempt {n}.",
            "It would be lovely to have a dark theme for late shifts. Idea {n}.")


def create_tenant(client: httpx.Client, mock_url: str, tenant: str, count: int) -> None:
    for n in range(count):
        r = client.post(f"{mock_url}/admin/tickets", json={
            "tenant_id": tenant, "subject": SUBJECTS[n % len(SUBJECTS)], "message": MESSAGES[n % len(MESSAGES)].format(n=n),
            "customer_id": f"cust-{n % 7 + 1:04d}", "source": "email", "status": "open"})
        if r.status_code != 201:
            raise RuntimeError(f"POST /admin/tickets for {tenant}: {r.status_code} {r.text[:200]}")


def server_seconds(job: dict) -> float | None:
    return job.get("duration_seconds")


def cancel_and_wait(client: httpx.Client, app_url: str, job_id: str, timeout: float = 120.0) -> str:
    client.delete(f"{app_url}/ingest/{job_id}")
    deadline = time.monotonic() + timeout
    status = "?"
    while time.monotonic() < deadline:
        status = client.get(f"{app_url}/ingest/progress/{job_id}").json()["status"]
        if status in FINAL:
            return status
        time.sleep(0.25)
    return status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="600 calls/min on the mock and the app, 1 trial")
    parser.add_argument("--rate", type=int, help="provider limit and app budget, calls/min (60; --quick 600)")
    parser.add_argument("--trials", type=int, help="solo/together pairs (default 3; --quick 1)")
    parser.add_argument("--small", type=int, default=100, help="tickets of the small tenant (100)")
    parser.add_argument("--tickets", type=int, default=25_000, help="mock tickets; acme gets ~40 %% (25,000)")
    parser.add_argument("--page-size", type=int, default=100, help="PAGE_SIZE of the app (100)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--keep", action="store_true", help="keep the work dir (logs, database)")
    args = parser.parse_args()
    rate = args.rate or (600 if args.quick else 60)
    trials = args.trials or (1 if args.quick else 3)
    interval = 60.0 / rate

    print(f"bench/fairness.py: big tenant {BIG} (mock --tickets {args.tickets}), small tenants of {args.small} tickets, "
          f"{rate} calls/min on the mock and the app, PAGE_SIZE {args.page_size}, {trials} trial(s)")
    print(f"machine: {machine_line()}")
    rows = []
    ratios = []
    with scratch_dir("bench-fairness", args.keep) as work, \
            start_mock_api("--tickets", str(args.tickets), "--rate-limit-per-minute", str(rate),
                           "--notify-failure-rate", "0", "--seed", str(args.seed)) as mock, \
            start_embedded_db(work / "db") as db, \
            start_app(work / "app", mongo_url=db.url, provider_url=mock.url,
                      env={"UPSTREAM_CALLS_PER_MINUTE": str(rate), "PAGE_SIZE": str(args.page_size)}) as app, \
            httpx.Client(timeout=30, headers=ADMIN_HEADERS) as client:
        for trial in range(1, trials + 1):
            solo_tenant, together_tenant = f"tiny-s{trial}", f"tiny-t{trial}"
            for tenant in (solo_tenant, together_tenant):
                create_tenant(client, mock.url, tenant, args.small)

            time.sleep(max(2.0, 3 * interval))  # an idle budget, the same start for both runs
            solo = wait_jobs(client, app.url, {solo_tenant: start_job(client, app.url, solo_tenant)}, 600, 0.1)[solo_tenant]

            time.sleep(max(2.0, 3 * interval))
            big_id = start_job(client, app.url, BIG)
            small_id = start_job(client, app.url, together_tenant)
            together = wait_jobs(client, app.url, {together_tenant: small_id}, 600, 0.1)[together_tenant]
            big_now = client.get(f"{app.url}/ingest/progress/{big_id}").json()
            big_status = cancel_and_wait(client, app.url, big_id)

            s, t = server_seconds(solo), server_seconds(together)
            ratio = t / s if s and t else None
            if ratio is not None:
                ratios.append(ratio)
            rows.append([trial, solo.get("status"), solo.get("total_pages"), s, together.get("status"), t,
                         (together.get("metrics") or {}).get("rate_limit_wait_seconds"),
                         "-" if ratio is None else f"{ratio:.2f}",
                         f"{big_now.get('processed_pages')} pages, then {big_status}"])

    print(table(["trial", "solo", "pages", "solo s", "together", "together s", "budget wait s", "ratio",
                 f"big tenant ({BIG}) meanwhile"], rows, title="\nSmall tenant: time to completion (server)"))
    median = statistics.median(ratios) if ratios else None
    small_pages = next((r[2] for r in rows if isinstance(r[2], int)), None)
    ideal = f"{(2 * small_pages - 1) / (small_pages - 1):.2f}" if small_pages and small_pages > 1 else "1.00"
    summary = [
        ["ratio together / solo (median)", "-" if median is None else f"{median:.2f}",
         "-" if median is None else f"goal <= 2: {verdict(median <= 2)}"],
        ["ratio worst", f"{max(ratios):.2f}" if ratios else "-", ""],
        ["one budget slot", f"{interval * SAFETY_FACTOR:.2f} s",
         "60/rate x SAFETY_FACTOR: what a fair scheduler adds per page of the small tenant"],
        ["ratio of a perfectly fair alternation", ideal,
         "k pages: solo, the first call at once, then k-1 slots; together, the first at once (the "
         "held slot), then 2k-1 slots taking turns (the burst is repaid first)"],
    ]
    print(table(["measure", "value", "note"], summary, title="\nSummary"))
    print(f"machine: {machine_line()}")


if __name__ == "__main__":
    main()
