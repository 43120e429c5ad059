"""The read path on the embedded server, idle: ``/tickets`` pages, ``/stats``, misses and hits.

Seeds one tenant with 10,000 then 100,000 tickets shaped like the mock provider's (30 days
of history, 8 % of them in the last day, young tickets mostly open, Zipf-skewed customers),
plus other tenants' tickets as noise (20 % on top), by ``bulk_write`` batches of 5,000,
then rebuilds the tenant's rollups. At each size, through the app (Quart's test client, the
real routes, cache and admission; no network), ``--calls`` calls each after one warm-up:

- ``/tickets?limit=50`` first page, next page (by cursor) and ``status=open``, as a *miss*
  (the tenant's data version is bumped before every call, untimed: the first request after a
  change) and as a *hit* (the same question again), and a ``304`` (``If-None-Match``);
- ``/tenants/T/stats``: miss and hit;
- ``explain()`` of every window a listing page ran: documents examined against the 51 rows
  asked for (the embedded server reads a whole index range: this is the figure that says
  the listing stops early);
- a page's rollup refresh (100 tickets of the current hour changed): the ingester's overhead;
  and the same for 100 tickets spread over the month (a page of the reference provider);
- with ``--live``, the live stats pipeline too (minutes at 100k: it reads every live ticket).

Goals (issue 14): ``/tickets?limit=50`` p50 < 50 ms at 10k and < 80 ms at 100k; ``/stats`` p50
< 100 ms (miss) and < 20 ms (hit); documents examined within a small factor of the rows
asked for. Printed, not asserted.

    python bench/stats.py               # 10k then 100k: ~6 minutes, most of it seeding and rebuilding
    python bench/stats.py --quick       # 2k then 10k, 10 calls each: ~1 minute
    python bench/stats.py --sizes 16000 # any sizes
    python bench/stats.py --live        # also the live pipeline (slow at 100k)
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import itertools
import random
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/stats.py`

import anyio  # noqa: E402
import httpx  # noqa: E402
from pymongo import AsyncMongoClient, InsertOne, UpdateOne  # noqa: E402
from pymongo.errors import BulkWriteError  # noqa: E402

from actors.analytics.rollups import rebuild_rollups, refresh_hours, rollup_stats  # noqa: E402
from actors.analytics.stats import hour_of, live_stats  # noqa: E402
from actors.rules.clock import utcnow  # noqa: E402
from actors.storage import data_versions  # noqa: E402
from actors.storage.api_keys import digest  # noqa: E402
from actors.storage.schema import TICKETS, ensure_indexes  # noqa: E402
from actors.storage.store import Store, open_store  # noqa: E402
from actors.storage.ticket_queries import TicketFilter, list_tickets  # noqa: E402
from bench.app_process import scratch_dir  # noqa: E402
from bench.report import ms, percentile, table, verdict  # noqa: E402
from supervisor.embedded import embedded_command, mongo_url  # noqa: E402
from supervisor.processes import free_port  # noqa: E402
from tests.support.embedded_db import EmbeddedDb, wait_ready  # noqa: E402
from tests.support.ticket_docs import KEYWORDS, comparable, ticket_doc  # noqa: E402
from web.app import create_app  # noqa: E402
from web.context import AppContext, WebSettings, no_events  # noqa: E402

TENANT = "bench"
NOISE_TENANTS = ("noise-1", "noise-2", "noise-3")
NOISE_SHARE = 0.20
BATCH = 5_000
DAY = 86_400
HISTORY_DAYS = 30
RECENT_SHARE = 0.08
CUSTOMERS = 300
SOURCES, SOURCE_WEIGHTS = ("email", "chat", "web", "phone", "api"), (35, 20, 25, 10, 10)
STATUSES = ("open", "pending", "resolved", "closed")
STATUS_RECENT, STATUS_OLDER = (60, 30, 10, 0), (15, 15, 35, 35)
ADMIN_KEY = "tka_bench_stats_" + "x" * 32
#: p50 goals in seconds: (request, size or None for any size)
GOALS = {("/tickets?limit=50 miss", 10_000): 0.050, ("/tickets?limit=50 miss", 100_000): 0.080,
         ("/stats miss", None): 0.100, ("/stats hit", None): 0.020}
#: rows a listing page asks the database for (limit 50, plus one to know whether a next page exists)
WANT = 51


@contextlib.contextmanager
def embedded_db(data_dir: Path, cache_size: str) -> Iterator[EmbeddedDb]:
    """``start_embedded_db`` with another cache size: 100k tickets and their indexes outgrow 256M."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = embedded_command(port, data_dir)
    command[command.index("--cache-size") + 1] = cache_size
    log_path = data_dir / "secantusd.log"
    with open(log_path, "ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=log, cwd=data_dir)
    db = EmbeddedDb(mongo_url(port), port, process, data_dir, log_path)
    try:
        wait_ready(db.url, process)
        yield db
    finally:
        db.stop()


class Seeder:
    """Deterministic tickets; numbering continues across calls so sizes grow by adding."""

    def __init__(self, now: datetime, seed: int = 7) -> None:
        self.now = now
        self.rng = random.Random(seed)
        self.numbers: dict[str, itertools.count] = {}
        self.customer_cum = list(itertools.accumulate(1.0 / (rank ** 0.6) for rank in range(1, CUSTOMERS + 1)))

    def ticket(self, tenant: str) -> dict[str, Any]:
        rng = self.rng
        number = next(self.numbers.setdefault(tenant, itertools.count(1)))
        age = rng.randrange(DAY) if rng.random() < RECENT_SHARE else rng.randrange(HISTORY_DAYS * DAY)
        customer = min(bisect.bisect_right(self.customer_cum, rng.random() * self.customer_cum[-1]), CUSTOMERS - 1)
        status = rng.choices(STATUSES, STATUS_RECENT if age < DAY else STATUS_OLDER)[0]
        urgency = rng.choices(("high", "medium", "low"), (15, 35, 50))[0]
        sentiment = rng.choices(("negative", "neutral", "positive"), (30, 55, 15))[0]
        return ticket_doc(
            tenant, f"TCK-{number:07d}", self.now - timedelta(seconds=age),
            source=rng.choices(SOURCES, SOURCE_WEIGHTS)[0], customer_id=f"cust-{customer + 1:04d}", status=status,
            subject="Cannot log in after the update " + "x" * rng.randrange(10, 60),
            message="Hello, since this morning " + "lorem ipsum " * rng.randrange(10, 40),
            urgency=urgency, sentiment=sentiment, requires_action=urgency == "high" or rng.random() < 0.2,
            keywords=rng.sample(KEYWORDS, rng.choices((0, 1, 2, 3), (30, 40, 20, 10))[0]),
            deleted_at=self.now if rng.random() < 0.02 else None,
        )


async def insert(seeding: Any, docs: list[dict]) -> None:
    """Bulk inserts through the bench's own client: a 5,000-document batch can take longer than
    the app's 30 s socket timeout on a busy machine, and the driver would retry it."""
    for start in range(0, len(docs), BATCH):
        try:
            await seeding[TICKETS].bulk_write([InsertOne(d) for d in docs[start:start + BATCH]], ordered=False)
        except BulkWriteError as exc:
            # a retried batch meets the documents its first attempt wrote: they are there
            if any(error["code"] != 11000 for error in exc.details["writeErrors"]):
                raise RuntimeError(f"seeding failed: {exc.details['writeErrors'][0]['errmsg']}") from None


async def timed(call: Callable[[], Awaitable[Any]], n: int, before: Callable[[], Awaitable[Any]] | None = None
                ) -> list[float]:
    """``n`` timings of ``call`` after one warm-up; ``before`` runs untimed before each."""
    if before is not None:
        await before()
    await call()  # warm-up: connections, caches
    out = []
    for _ in range(n):
        if before is not None:
            await before()
        t0 = time.perf_counter()
        await call()
        out.append(time.perf_counter() - t0)
    return out


def stages_of(explain: dict) -> tuple[str, int, int]:
    cursor = explain["stages"][0]["$cursor"] if "stages" in explain else explain
    plan, names = cursor["queryPlanner"]["winningPlan"], []
    while plan:
        names.append(plan["stage"] + (f"({plan['indexName']})" if "indexName" in plan else ""))
        plan = plan.get("inputStage")
    stats = cursor["executionStats"]
    return " > ".join(names), stats["totalKeysExamined"], stats["totalDocsExamined"]


async def explain_listing(store: Store, size: int, newest: datetime | None) -> list[list[Any]]:
    """Documents examined by every window of a few listing pages (what the embedded server reads)."""
    first_items, cursor = await list_tickets(store, TicketFilter(TENANT), 50, newest=newest)
    cases = {
        "page 1": (TicketFilter(TENANT), None),
        "page 2 (cursor)": (TicketFilter(TENANT), cursor),
        "status=open page 1": (TicketFilter(TENANT, status="open"), None),
        "customer_id=cust-0007 page 1": (TicketFilter(TENANT, customer_id="cust-0007"), None),
        "sentiment=positive page 1 (no index)": (TicketFilter(TENANT, sentiment="positive"), None),
        "include_deleted page 1": (TicketFilter(TENANT, include_deleted=True), None),
    }
    rows = []
    for name, (flt, page_cursor) in cases.items():
        trace: list[list[dict]] = []
        items, _ = await list_tickets(store, flt, 50, page_cursor, newest=newest, trace=trace)
        keys = docs = 0
        plans = set()
        for pipeline in trace:
            explain = await store.command({"explain": {"aggregate": TICKETS, "pipeline": pipeline, "cursor": {}},
                                           "verbosity": "executionStats"})
            plan, k, d = stages_of(explain)
            keys, docs, plans = keys + k, docs + d, plans | {plan}
        rows.append([f"{size:,}", name, " / ".join(sorted(plans)), len(trace), len(items), keys, docs,
                     f"{docs / WANT:.1f}x"])
    return rows


async def page_refreshes(store: Store, seeding: Any, seeder: Seeder, n: int) -> list[float]:
    """One ingester page, n times: 100 tickets of the current hour change (not timed), then
    the hour is refreshed (timed: what rollups add to a page)."""
    hour = hour_of(seeder.now)
    fresh = [seeder.ticket(TENANT) | {"created_at": hour + timedelta(seconds=i)} for i in range(100)]
    await insert(seeding, fresh)
    await refresh_hours(store, TENANT, {hour})  # as the ingester would have
    samples = []
    for status in itertools.islice(itertools.cycle(["pending", "open"]), n):
        await store[TICKETS].bulk_write([UpdateOne({"tenant_id": TENANT, "external_id": d["external_id"]},
                                                   {"$set": {"status": status}}) for d in fresh])
        t0 = time.perf_counter()
        await refresh_hours(store, TENANT, {hour})
        samples.append(time.perf_counter() - t0)
    return samples


async def scattered_refreshes(store: Store, seeding: Any, n: int) -> list[float]:
    """One page of the reference provider, n times: 100 tickets spread over the whole month
    change (not timed), then their hours are refreshed (timed). A provider page is not one hour:
    this is the refresh a running job pays every few pages."""
    rng = random.Random(11)
    live = await seeding[TICKETS].find({"tenant_id": TENANT, "deleted_at": None},
                                       {"external_id": 1, "created_at": 1}).to_list(None)
    samples = []
    for status in itertools.islice(itertools.cycle(["pending", "open"]), n):
        page = rng.sample(live, min(100, len(live)))
        await store[TICKETS].bulk_write([UpdateOne({"tenant_id": TENANT, "external_id": d["external_id"]},
                                                   {"$set": {"status": status}}) for d in page])
        t0 = time.perf_counter()
        await refresh_hours(store, TENANT, {hour_of(d["created_at"]) for d in page})
        samples.append(time.perf_counter() - t0)
    return samples


def http_calls(client: Any, store: Store, cursor: str | None) -> dict[str, tuple[Callable, Callable | None]]:
    """name -> (the timed request, the untimed step before it: a version bump for misses)."""
    headers = {"Authorization": f"Bearer {ADMIN_KEY}"}
    etags: dict[str, str] = {}

    async def get(path: str, status: int = 200, conditional: bool = False) -> None:
        extra = {"If-None-Match": etags[path]} if conditional else {}
        response = await client.get(path, headers={**headers, **extra})
        assert response.status_code == status, (path, response.status_code, await response.get_data())
        etags[path] = response.headers.get("ETag", "")

    async def bump() -> None:
        await data_versions.bump(store, TENANT)

    first, nxt = f"/tickets?tenant_id={TENANT}&limit=50", f"/tickets?tenant_id={TENANT}&limit=50&cursor={cursor}"
    status_open, stats = f"/tickets?tenant_id={TENANT}&limit=50&status=open", f"/tenants/{TENANT}/stats"
    return {
        "/tickets?limit=50 miss": (lambda: get(first), bump),
        "/tickets?limit=50 hit": (lambda: get(first), None),
        "/tickets?limit=50 304": (lambda: get(first, 304, conditional=True), lambda: get(first)),
        "/tickets next page miss": (lambda: get(nxt), bump),
        "/tickets?status=open miss": (lambda: get(status_open), bump),
        "/stats miss": (lambda: get(stats), bump),
        "/stats hit": (lambda: get(stats), None),
    }


async def measure_size(store: Store, client: Any, size: int, args: argparse.Namespace) -> list[list[Any]]:
    newest = (await data_versions.current(store, TENANT)).newest
    _, cursor = await list_tickets(store, TicketFilter(TENANT), 50, newest=newest)
    rows = []
    for name, (call, before) in http_calls(client, store, cursor).items():
        samples = await timed(call, args.calls, before)
        goal = GOALS.get((name, size), GOALS.get((name, None)))
        p50 = percentile(samples, 50)
        rows.append([f"{size:,}", name, ms(p50), ms(percentile(samples, 95)), ms(goal) if goal else "-",
                     verdict(p50 < goal) if goal else "-"])
    if args.live:
        samples = await timed(lambda: live_stats(store, TENANT, utcnow()), max(3, args.calls // 5))
        rows.append([f"{size:,}", "live pipeline (function)", ms(percentile(samples, 50)),
                     ms(percentile(samples, 95)), "-", "-"])
    return rows


async def main(args: argparse.Namespace, url: str) -> None:
    now = utcnow()
    seeder = Seeder(now)
    results, plans, checks = [], [], []
    seeding_client: AsyncMongoClient = AsyncMongoClient(url, socketTimeoutMS=600_000, tz_aware=True)
    seeding = seeding_client["bench"]
    async with open_store(url, "bench", pool_size=10) as store, httpx.AsyncClient() as http:
        await ensure_indexes(store)
        app = create_app(AppContext(
            settings=WebSettings(admin_key_digest=digest(ADMIN_KEY)), store=store, recent_events=no_events,
            tree=lambda: [], provider_url="http://127.0.0.1:9", http=http))
        client = app.test_client()
        have = 0
        for size in args.sizes:
            t0 = time.perf_counter()
            docs = [seeder.ticket(TENANT) for _ in range(size - have)]
            noise = [seeder.ticket(NOISE_TENANTS[i % len(NOISE_TENANTS)])
                     for i in range(int((size - have) * NOISE_SHARE))]
            await insert(seeding, docs + noise)
            seeded = time.perf_counter() - t0
            have = size
            # what the ingester's writes would have announced: the newest ticket, a new version
            await data_versions.bump(store, TENANT, newest=max(d["created_at"] for d in docs))
            summary = await rebuild_rollups(store, TENANT)
            print(f"\n{size:,} tickets (+{int(size * NOISE_SHARE):,} noise): seeded in {seeded:.1f} s "
                  f"({(len(docs) + len(noise)) / seeded:,.0f}/s); rollups rebuilt in {summary.seconds:.1f} s "
                  f"({summary.hours} hours, {summary.days} days)", flush=True)
            plans += await explain_listing(store, size, (await data_versions.current(store, TENANT)).newest)
            if args.live:
                fast, live = await rollup_stats(store, TENANT, now), await live_stats(store, TENANT, now)
                checks.append((size, comparable(fast) == comparable(live), live["total_tickets"]))
            results += await measure_size(store, client, size, args)
            refresh = await page_refreshes(store, seeding, seeder, min(args.calls, 10))
            results.append([f"{size:,}", "page refresh (function)", ms(percentile(refresh, 50)),
                            ms(percentile(refresh, 95)), "-", "-"])
            scattered = await scattered_refreshes(store, seeding, min(args.calls, 10))
            results.append([f"{size:,}", "page refresh, 100 tickets over 30 days (function)",
                            ms(percentile(scattered, 50)), ms(percentile(scattered, 95)), "-", "-"])
    await seeding_client.close()
    print(table(["tickets", "listing", "winning plan(s)", "windows", "rows", "keys examined", "docs examined",
                 "docs / 51"], plans, title="\nexplain(executionStats) of every window of a /tickets?limit=50 page"))
    print(table(["tickets", "request", "p50 ms", "p95 ms", "goal p50 ms", "verdict"], results,
                title=f"\nThrough the app (test client), {args.calls} calls each; misses bump the version first"))
    for size, same, total in checks:
        print(f"{size:>7,} tickets: rollups answer == live answer: {same} (total_tickets {total:,})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2k then 10k tickets, 10 calls each")
    parser.add_argument("--sizes", type=int, nargs="+", help="tenant sizes, ascending (default 10000 100000)")
    parser.add_argument("--live", action="store_true", help="also time the live pipeline (slow at 100k)")
    parser.add_argument("--calls", type=int, default=None, help="calls per measurement (default 30, 10 with --quick)")
    parser.add_argument("--keep", action="store_true", help="keep the database files")
    parser.add_argument("--cache-size", default="1G",
                        help="embedded server cache (default 1G: with the supervisor's 256M, a bulk insert "
                             "stalled for over 10 minutes once the data reached ~255 MB)")
    ns = parser.parse_args()
    ns.sizes = ns.sizes or ((2_000, 10_000) if ns.quick else (10_000, 100_000))
    ns.calls = ns.calls or (10 if ns.quick else 30)
    with scratch_dir("bench-stats", ns.keep) as work, embedded_db(work / "db", ns.cache_size) as db:
        anyio.run(main, ns, db.url, backend="asyncio")
