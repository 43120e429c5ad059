"""The ticket listing reads about ``limit`` tickets, whatever the tenant holds, and misses none.

The window sizing is pure and tested alone; then, on the embedded server (which never stops
an index walk early by itself), ``explain()`` of every window a page ran shows the documents
examined staying within a small factor of the rows asked for at 10,000 tickets, on the index
the filter names; and walks over awkward shapes of data (a year-long gap, tickets dated in
the future, a hundred tickets in one millisecond, soft-deleted ones, every filter) return
exactly what a brute-force sort of the inserted documents says.
"""

from __future__ import annotations

import base64
import json
import random
from datetime import datetime, timedelta

import pytest
from pymongo import InsertOne

from actors.rules.clock import utcnow
from actors.storage import data_versions
from actors.storage.schema import TICKETS
from actors.storage.ticket_queries import (
    FIRST_WINDOW, MAX_GROWTH, MIN_GROWTH, CursorError, Position, TicketFilter, encode_cursor, first_width,
    list_tickets, next_width, read_cursor,
)
from tests.support.ticket_docs import SOURCES, STATUSES, URGENCIES, insert_all, millis, ticket_doc

pytestmark = pytest.mark.anyio
HOUR = timedelta(hours=1)


# --- window sizing and cursors (pure) ---------------------------------------------------------

def test_first_window_is_the_default_or_the_previous_pages_span_scaled():
    assert first_width(51, 50, None) == FIRST_WINDOW
    assert first_width(51, 50, HOUR) == HOUR * (51 / 50) * 1.25
    assert first_width(11, 50, HOUR) < first_width(51, 50, HOUR)  # fewer rows still wanted, smaller window
    assert first_width(51, 50, timedelta(0)) == timedelta(seconds=1)  # a page within one instant


def test_next_window_grows_when_empty_and_follows_the_rate_seen():
    assert next_width(HOUR, 0, 51) == 7 * HOUR  # the span covered becomes 8x
    assert next_width(HOUR, 9, 40) == HOUR * 4 * 1.25  # at ~10 rows an hour, 40 more need ~4 h
    assert next_width(HOUR, 1, 200) == HOUR * MAX_GROWTH  # never a leap past 15x on thin evidence
    assert next_width(HOUR, 50, 1) == HOUR * MIN_GROWTH  # nor a crawl
    assert next_width(HOUR, 30, 21, last_empty=True) == 7 * HOUR  # the rows ran out: look much further back


def test_cursor_carries_the_page_span_and_old_cursors_still_read():
    created = datetime.fromisoformat("2024-05-01T10:00:00.123+00:00")
    position = read_cursor(encode_cursor(created, "TCK-1", 90 * HOUR))
    assert position == Position(created, "TCK-1", 90 * HOUR)
    v1 = base64.urlsafe_b64encode(b'{"v":1,"c":"2024-05-01T10:00:00.123+00:00","i":"TCK-1"}').decode().rstrip("=")
    assert read_cursor(v1) == Position(created, "TCK-1", None)

    def v2(w) -> str:
        raw = json.dumps({"v": 2, "c": "2024-05-01T10:00:00.123+00:00", "i": "x", "w": w}).encode()
        return base64.urlsafe_b64encode(raw).decode()

    for bad in (-1, "60", None, True, 1e300, [1]):
        with pytest.raises(CursorError):
            read_cursor(v2(bad))


# --- on the embedded server --------------------------------------------------------------------

def plan_of(explain: dict) -> tuple[int, list[str]]:
    """(documents examined, stage names with index names) of an aggregate explain."""
    cursor = explain["stages"][0]["$cursor"] if "stages" in explain else explain
    node, names = cursor["queryPlanner"]["winningPlan"], []
    while node:
        names.append(node["stage"] + (f"({node['indexName']})" if "indexName" in node else ""))
        node = node.get("inputStage")
    return cursor["executionStats"]["totalDocsExamined"], names


async def examined(store, flt: TicketFilter, limit: int, cursor: str | None, newest=None, oldest=None):
    trace: list[list[dict]] = []
    items, next_cursor = await list_tickets(store, flt, limit, cursor, newest=newest, oldest=oldest, trace=trace)
    total, indexes = 0, set()
    for pipeline in trace:
        explain = await store.command({"explain": {"aggregate": TICKETS, "pipeline": pipeline, "cursor": {}},
                                       "verbosity": "executionStats"})
        docs, stages = plan_of(explain)
        assert not any(stage.startswith("COLLSCAN") for stage in stages), stages
        total += docs
        indexes |= {stage for stage in stages if stage.startswith("IXSCAN")}
    return items, next_cursor, total, indexes


def spread(tenant: str, n: int, now: datetime, days: int, rng: random.Random, prefix: str = "T") -> list[dict]:
    """n tickets over ``days`` days back from now, one in fifty soft-deleted."""
    return [ticket_doc(tenant, f"{prefix}-{i:06d}", now - timedelta(seconds=rng.randrange(days * 86400)),
                       status=rng.choice(STATUSES), urgency=rng.choice(URGENCIES), source=rng.choice(SOURCES),
                       customer_id=f"cust-{rng.randrange(300):03d}", deleted_at=now if rng.random() < 0.02 else None)
            for i in range(n)]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_page_examines_a_small_multiple_of_limit_at_10k_tickets(store):
    now, rng = utcnow(), random.Random(5)
    docs = spread("big", 10_000, now, 30, rng) + spread("other", 2_000, now, 30, rng)
    await insert_all(store, docs)
    newest = max(d["created_at"] for d in docs if d["tenant_id"] == "big")
    oldest = min(d["created_at"] for d in docs if d["tenant_id"] == "big")
    want = 51  # limit 50, plus one to know whether a next page exists
    cases = [
        (TicketFilter("big"), "tenant_live_created"),
        (TicketFilter("big", status="open"), "tenant_status_created"),
        (TicketFilter("big", urgency="high"), "tenant_urgency_created"),
        (TicketFilter("big", customer_id="cust-007"), "tenant_customer_created"),
        (TicketFilter("big", include_deleted=True), "tenant_created"),
    ]
    for flt, index in cases:
        cursor = None
        for page in range(3):
            items, cursor, docs_examined, indexes = await examined(store, flt, 50, cursor, newest, oldest)
            assert indexes == {f"IXSCAN({index})"}, (flt, indexes)
            if flt.customer_id is None:
                assert len(items) == 50 and cursor is not None
            # the tenant's 10,000 would be read by a plain sort + limit on this server
            assert docs_examined <= 4 * want, (flt, page, docs_examined)
            if cursor is None:
                break


def newest_first(docs: list[dict], flt: TicketFilter) -> list[str]:
    where = {k: v for k, v in flt.to_mongo().items() if k != "tenant_id"}
    chosen = [d for d in docs if d["tenant_id"] == flt.tenant_id and all(d.get(k) == v for k, v in where.items())]
    chosen.sort(key=lambda d: (d["created_at"], d["external_id"]), reverse=True)
    return [d["external_id"] for d in chosen]


async def walk(store, flt: TicketFilter, limit: int, newest=None, oldest=None, span=None) -> list[str]:
    ids, cursor = [], None
    while True:
        items, cursor = await list_tickets(store, flt, limit, cursor, newest=newest, oldest=oldest, span=span)
        ids += [item["ticket_id"] for item in items]
        assert len(ids) <= 5_000, "the walk does not end"
        if cursor is None:
            return ids


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_walks_over_awkward_data_miss_nothing_and_repeat_nothing(store):
    now, rng = utcnow(), random.Random(9)
    instant = millis(now - 3 * HOUR)
    docs = (
        spread("t", 300, now, 2, rng)  # recent and dense
        + spread("t", 200, now - timedelta(days=400), 30, rng, "OLD")  # a year's gap, then older ones
        + [ticket_doc("t", f"SAME-{i:03d}", instant, status="open") for i in range(120)]  # one millisecond
        + [ticket_doc("t", f"FUTURE-{i}", now + timedelta(days=i + 1), urgency="high") for i in range(3)]
        + [ticket_doc("t", "EPOCH", datetime.fromisoformat("1969-12-31T23:59:59+00:00"))]
        + spread("u", 300, now, 2, rng)  # another tenant: never listed
    )
    await store[TICKETS].bulk_write([InsertOne(d) for d in docs], ordered=False)
    filters = [TicketFilter("t"), TicketFilter("t", include_deleted=True), TicketFilter("t", status="open"),
               TicketFilter("t", urgency="high", source="chat"), TicketFilter("t", customer_id="cust-001"),
               TicketFilter("t", requires_action=False, status="closed")]
    for flt in filters:
        expected = newest_first(docs, flt)
        for limit in (7, 50, 200):
            assert await walk(store, flt, limit) == expected, (flt, limit)
    # hints that are wrong either way change nothing but the cost
    expected = newest_first(docs, TicketFilter("t"))
    for newest, oldest, span in ((now - timedelta(days=500), None, None), (now + timedelta(days=500), None, None),
                                 (None, now - timedelta(days=1), None), (None, now - timedelta(days=5000), None),
                                 (None, None, timedelta(seconds=1)), (None, None, timedelta(days=20000))):
        assert await walk(store, TicketFilter("t"), 50, newest, oldest, span) == expected, (newest, oldest, span)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_newest_hint_follows_the_writes(store):
    now = utcnow()
    await data_versions.bump(store, "t", newest=now - HOUR)
    await data_versions.bump(store, "t", newest=now - 2 * HOUR)  # $max: an older page does not move it back
    await data_versions.bump(store, "t")
    assert (await data_versions.current(store, "t")).newest == millis(now - HOUR)
