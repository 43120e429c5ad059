"""``/stats`` on the embedded server: the rollup fast path against the live pipeline.

Seeds one tenant with 10,000 then 100,000 tickets shaped like the mock provider's (30 days
of history, 8 % of them in the last day, young tickets mostly open, Zipf-skewed customers),
plus other tenants' tickets as noise (20 % on top), by ``bulk_write`` batches of 5,000,
then rebuilds the tenant's rollups. At each size it times, 30 calls each (after one warm-up):

- ``rollup_stats`` and ``live_stats`` called directly;
- ``GET /tenants/T/stats`` and ``GET /tenants/T/stats?source=live`` through Quart's test client;
- a page's rollup refresh (100 tickets of the current hour changed), the ingester's overhead.

Goals (the embedded server is 30-50x slower than mongod): fast path p50 < 150 ms at 10k and
< 200 ms at 100k; live path < 2 s at 10k. Printed, not asserted.

    python bench/stats.py               # 10k then 100k: ~25 minutes, 16 of them the live path at 100k
    python bench/stats.py --calls 10    # the same, 10 calls each: ~12 minutes
    python bench/stats.py --quick       # 2k then 10k, 10 calls each: ~3 minutes
    python bench/stats.py --explain     # also explain() before/after the indexes at the first size
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

from actors.rules.clock import utcnow  # noqa: E402
from actors.analytics.rollups import rebuild_rollups, refresh_hours, rollup_pipeline, rollup_stats  # noqa: E402
from actors.storage.schema import INDEXES, ROLLUPS, TICKETS, ensure_indexes  # noqa: E402
from actors.analytics.stats import hour_of, live_pipeline, live_stats  # noqa: E402
from actors.storage.store import Store, open_store  # noqa: E402
from actors.storage.ticket_queries import TicketFilter, after, listing_pipeline  # noqa: E402
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
#: goals in seconds, per (size, path): p50 for the fast path, p50 for the live path
GOALS = {(10_000, "rollups"): 0.150, (100_000, "rollups"): 0.200, (10_000, "live"): 2.0}
#: indexes on tickets this work added; "before" is the schema without them
ADDED = {"tenant_live_listing"}


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


async def timed(call: Callable[[], Awaitable[Any]], n: int) -> list[float]:
    await call()  # warm-up: connections, caches
    out = []
    for _ in range(n):
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


async def explain_rows(store: Store, config: str, now: datetime) -> list[list[Any]]:
    newest = await store[TICKETS].aggregate(listing_pipeline(TicketFilter(TENANT), {}, 51))
    same_instant, older = after(newest[-1]["created_at"], newest[-1]["external_id"])
    queries = {
        "stats $match (live pipeline)": (TICKETS, live_pipeline(TENANT, now)),
        "/tickets page 1": (TICKETS, listing_pipeline(TicketFilter(TENANT), {}, 51)),
        "/tickets next page, same instant": (TICKETS, listing_pipeline(TicketFilter(TENANT), same_instant, 51)),
        "/tickets next page, older": (TICKETS, listing_pipeline(TicketFilter(TENANT), older, 51)),
        "/tickets?status=open page 1": (TICKETS, listing_pipeline(TicketFilter(TENANT, status="open"), {}, 51)),
        "rollup read": (ROLLUPS, rollup_pipeline(TENANT, now)),
    }
    rows = []
    for name, (coll, pipeline) in queries.items():
        t0 = time.perf_counter()
        explain = await store.command({"explain": {"aggregate": coll, "pipeline": pipeline, "cursor": {}},
                                       "verbosity": "executionStats"})
        elapsed = time.perf_counter() - t0
        plan, keys, docs = stages_of(explain)
        rows.append([config, name, plan, keys, docs, ms(elapsed)])
    return rows


async def explain_before_after(store: Store, now: datetime) -> None:
    rows = []
    configs = {
        "no secondary index": [],
        "before (schema without tenant_live_listing)": [i for i in INDEXES[TICKETS] if i.document["name"] not in ADDED],
        "after (schema)": INDEXES[TICKETS],
    }
    for config, indexes in configs.items():
        await store.command({"dropIndexes": TICKETS, "index": "*"})
        if indexes:
            await store[TICKETS].create_indexes(indexes)
        rows += await explain_rows(store, config, now)
    print(table(["indexes", "query", "winning plan", "keys examined", "docs examined", "explain ms"], rows,
                title="\nexplain(executionStats) of the bench tenant's queries"))


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


async def main(args: argparse.Namespace, url: str) -> None:
    now = utcnow()
    seeder = Seeder(now)
    results, checks = [], []
    seeding_client: AsyncMongoClient = AsyncMongoClient(url, socketTimeoutMS=600_000, tz_aware=True)
    seeding = seeding_client["bench"]
    async with open_store(url, "bench", pool_size=10) as store, httpx.AsyncClient() as http:
        await ensure_indexes(store)
        app = create_app(AppContext(
            settings=WebSettings(), store=store, recent_events=no_events,
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
            summary = await rebuild_rollups(store, TENANT)
            print(f"\n{size:,} tickets (+{int(size * NOISE_SHARE):,} noise): seeded in {seeded:.1f} s "
                  f"({(len(docs) + len(noise)) / seeded:,.0f}/s); rollups rebuilt in {summary.seconds:.1f} s "
                  f"({summary.hours} hours, {summary.days} days)")
            if args.explain and size == args.sizes[0]:
                await explain_before_after(store, now)
            fast_answer, live_answer = await rollup_stats(store, TENANT, now), await live_stats(store, TENANT, now)
            checks.append((size, comparable(fast_answer) == comparable(live_answer), live_answer["total_tickets"]))

            async def http_get(path: str) -> None:
                response = await client.get(path)
                assert response.status_code == 200, await response.get_data()

            calls = {
                ("rollups", "function"): lambda: rollup_stats(store, TENANT, utcnow()),
                ("rollups", "HTTP"): lambda: http_get(f"/tenants/{TENANT}/stats"),
                ("live", "function"): lambda: live_stats(store, TENANT, utcnow()),
                ("live", "HTTP"): lambda: http_get(f"/tenants/{TENANT}/stats?source=live"),
            }
            for (path, via), call in calls.items():
                samples = await timed(call, args.calls)
                goal = GOALS.get((size, path))
                p50, p95 = percentile(samples, 50), percentile(samples, 95)
                results.append([f"{size:,}", path, via, ms(p50), ms(p95), ms(goal) if goal else "-",
                                verdict(p50 < goal) if goal else "-"])
            refresh = await page_refreshes(store, seeding, seeder, min(args.calls, 10))
            results.append([f"{size:,}", "page refresh", "function", ms(percentile(refresh, 50)),
                            ms(percentile(refresh, 95)), "-", "-"])
    await seeding_client.close()
    print(table(["tickets", "path", "via", "p50 ms", "p95 ms", "goal p50 ms", "verdict"], results,
                title=f"\n/stats, {args.calls} calls each"))
    by_key = {(r[0], r[1], r[2]): float(r[3]) for r in results}
    for size in args.sizes:
        for via in ("function", "HTTP"):
            ratio = by_key[(f"{size:,}", "live", via)] / by_key[(f"{size:,}", "rollups", via)]
            print(f"{size:>7,} tickets, {via:8}: live / rollups p50 = {ratio:.0f}x")
    for size, same, total in checks:
        print(f"{size:>7,} tickets: rollups answer == live answer: {same} (total_tickets {total:,})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2k then 10k tickets, 10 calls each")
    parser.add_argument("--explain", action="store_true", help="explain() before/after the indexes at the first size")
    parser.add_argument("--calls", type=int, default=None, help="calls per measurement (default 30, 10 with --quick)")
    parser.add_argument("--keep", action="store_true", help="keep the database files")
    parser.add_argument("--cache-size", default="1G",
                        help="embedded server cache (default 1G: with the supervisor's 256M, a bulk insert "
                             "stalled for over 10 minutes once the data reached ~255 MB)")
    ns = parser.parse_args()
    ns.sizes = (2_000, 10_000) if ns.quick else (10_000, 100_000)
    ns.calls = ns.calls or (10 if ns.quick else 30)
    with scratch_dir("bench-stats", ns.keep) as work, embedded_db(work / "db", ns.cache_size) as db:
        anyio.run(main, ns, db.url, backend="asyncio")
