"""Tenant analytics against the real embedded server: the live pipeline and the rollups
answer exactly what a brute-force count over the inserted documents says, never count
another tenant or a deleted ticket, and agree with each other after any mix of writes."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pymongo import InsertOne

from actors.analytics import rollups
from actors.rules.clock import utcnow
from actors.analytics.rollups import rebuild_rollups, refresh_hours, rollup_stats
from actors.storage.schema import ROLLUPS, TICKETS
from actors.analytics.stats import HOUR, hour_of, live_pipeline, live_stats
from tests.support.ticket_docs import (
    KEYWORDS, SOURCES, comparable, expected_stats, millis, random_ticket, ticket_doc,
)

pytestmark = pytest.mark.anyio

TENANTS = ("alpha", "beta", "gamma")


async def seed(store, now: datetime) -> list[dict]:
    """Three tenants; beta's tickets come only from the 'fax' source, so a leak shows."""
    rng = random.Random(20240611)
    docs = []
    for n, tenant in enumerate(TENANTS):
        for i in range(120 + 40 * n):
            sources = ("fax",) if tenant == "beta" else SOURCES
            docs.append(random_ticket(rng, tenant, i, now, sources=sources))
    # edge cases: missing labels, empty customer, a ticket in the current hour, one a month old
    docs.append(ticket_doc("alpha", "EDGE-1", now, urgency=None, sentiment=None, status=None, customer_id="",
                           keywords=None))
    docs.append(ticket_doc("alpha", "EDGE-2", now - timedelta(days=30), status="escalated", urgency="high",
                           sentiment="negative", customer_id="cust-edge", keywords=["refund", "refund"]))
    await store[TICKETS].bulk_write([InsertOne(dict(d)) for d in docs])
    return docs


def plan_stages(explain: dict) -> list[str]:
    """Stage names of the winning plan of an aggregate or find explain, outermost first."""
    if "stages" in explain:
        explain = explain["stages"][0]["$cursor"]
    plan = explain["queryPlanner"]["winningPlan"]
    names = []
    stack = [plan]
    while stack:
        node = stack.pop()
        names.append(node["stage"])
        stack.extend(node.get("inputStages", []))
        if "inputStage" in node:
            stack.append(node["inputStage"])
    return names


def execution(explain: dict) -> dict:
    if "stages" in explain:
        explain = explain["stages"][0]["$cursor"]
    return explain["executionStats"]


async def test_live_stats_equal_brute_force_for_every_tenant(store):
    now = utcnow()
    docs = await seed(store, now)
    for tenant in TENANTS:
        answer = await live_stats(store, tenant, now)
        assert comparable(answer) == expected_stats(docs, tenant, now), tenant
        assert answer["computed_from"] == "live" and answer["generated_at"] == now


async def test_rollup_stats_equal_brute_force_after_rebuild(store):
    now = utcnow()
    docs = await seed(store, now)
    for tenant in TENANTS:
        assert await rollup_stats(store, tenant, now) is None  # never built: the caller goes live
        summary = await rebuild_rollups(store, tenant)
        assert summary.hours > 0
        answer = await rollup_stats(store, tenant, now)
        assert answer is not None and answer["computed_from"] == "rollups"
        assert comparable(answer) == expected_stats(docs, tenant, now), tenant


async def test_deleted_and_other_tenants_never_counted(store):
    now = utcnow()
    docs = await seed(store, now)
    await rebuild_rollups(store, "alpha")
    for answer in (await live_stats(store, "alpha", now), await rollup_stats(store, "alpha", now)):
        alpha_live = [d for d in docs if d["tenant_id"] == "alpha" and d["deleted_at"] is None]
        assert any(d["tenant_id"] == "alpha" and d["deleted_at"] is not None for d in docs)
        assert answer["total_tickets"] == len(alpha_live)
        assert "fax" not in answer["by_source"]  # beta's only source
        assert sum(answer["by_status"].values()) == len(alpha_live)
        assert answer["by_status"]["escalated"] == 1 and answer["by_status"]["unknown"] == 1
        assert answer["by_urgency"]["unknown"] == 1
        assert all(row["customer_id"] for row in answer["at_risk_customers"])  # "" is nobody


async def test_hourly_trend_is_24_zero_filled_hours_ending_now(store):
    now = utcnow()
    await store[TICKETS].bulk_write([
        InsertOne(ticket_doc("solo", "A", now)),
        InsertOne(ticket_doc("solo", "B", now - 5 * HOUR)),
        InsertOne(ticket_doc("solo", "C", now - 5 * HOUR, deleted_at=now)),
        InsertOne(ticket_doc("solo", "D", now - 24 * HOUR)),  # just outside the window
    ])
    await rebuild_rollups(store, "solo")
    for answer in (await live_stats(store, "solo", now), await rollup_stats(store, "solo", now)):
        trend = answer["hourly_trend"]
        assert len(trend) == 24
        assert trend[-1]["hour"] == hour_of(now) and trend[0]["hour"] == hour_of(now) - 23 * HOUR
        assert [t["hour"] for t in trend] == sorted(t["hour"] for t in trend)
        counts = {t["hour"]: t["count"] for t in trend}
        assert counts[hour_of(now)] == 1 and counts[hour_of(now) - 5 * HOUR] == 1
        assert sum(counts.values()) == 2
        assert answer["total_tickets"] == 3


async def test_empty_tenant_answers_zeros(store):
    now = utcnow()
    answer = await live_stats(store, "nobody", now)
    assert answer["total_tickets"] == 0 and answer["urgency_high_ratio"] == 0
    assert answer["by_urgency"] == {"high": 0, "medium": 0, "low": 0}
    assert [t["count"] for t in answer["hourly_trend"]] == [0] * 24
    assert answer["top_keywords"] == [] and answer["at_risk_customers"] == []
    await rebuild_rollups(store, "nobody")
    assert comparable(await rollup_stats(store, "nobody", now)) == comparable(answer)


async def test_stats_match_rides_an_index_not_a_collection_scan(store):
    now = utcnow()
    docs = await seed(store, now)
    explain = await store.command({"explain": {"aggregate": TICKETS, "pipeline": live_pipeline("alpha", now),
                                               "cursor": {}}, "verbosity": "executionStats"})
    stages = plan_stages(explain)
    assert "IXSCAN" in stages and "COLLSCAN" not in stages, stages
    # tight bounds: only alpha's live tickets are read, not other tenants' nor deleted ones
    alpha_live = sum(1 for d in docs if d["tenant_id"] == "alpha" and d["deleted_at"] is None)
    assert execution(explain)["totalDocsExamined"] == alpha_live


async def test_rollup_read_rides_an_index(store):
    now = utcnow()
    await seed(store, now)
    for tenant in TENANTS:
        await rebuild_rollups(store, tenant)
    explain = await store.command({"explain": {"aggregate": ROLLUPS, "pipeline": rollups.rollup_pipeline("alpha", now),
                                               "cursor": {}}, "verbosity": "executionStats"})
    stages = plan_stages(explain)
    assert "IXSCAN" in stages and "COLLSCAN" not in stages, stages
    months = await store[ROLLUPS].count_documents({"tenant_id": "alpha", "unit": "month"})
    assert 1 <= months <= 2  # three days of history
    assert execution(explain)["totalDocsExamined"] == months + 1  # the months and the meta document


async def test_refresh_removes_buckets_that_became_empty(store):
    now = utcnow()
    old = now - timedelta(days=40)  # another day and another month

    async def buckets() -> dict[str, int]:
        return {unit: await store[ROLLUPS].count_documents({"tenant_id": "t1", "unit": unit})
                for unit in ("hour", "day", "month")}

    await store[TICKETS].bulk_write([InsertOne(ticket_doc("t1", "A", old)), InsertOne(ticket_doc("t1", "B", now))])
    await refresh_hours(store, "t1", [old, now])
    assert await buckets() == {"hour": 2, "day": 2, "month": 2}
    await store[TICKETS].update_one({"tenant_id": "t1", "external_id": "A"}, {"$set": {"deleted_at": now}})
    await refresh_hours(store, "t1", [old])
    assert await buckets() == {"hour": 1, "day": 1, "month": 1}
    answer = await rollup_stats(store, "t1", now)
    assert answer is not None and answer["total_tickets"] == 1


async def test_tenant_with_tickets_before_rollups_is_answered_live_until_rebuilt(store):
    now = utcnow()
    docs = [ticket_doc("legacy", f"L{i}", now - i * HOUR) for i in range(30)]
    await store[TICKETS].bulk_write([InsertOne(d) for d in docs])
    # a new page arrives through the ingester: its hour is refreshed, the other 29 are not
    new = ticket_doc("legacy", "NEW", now)
    await store[TICKETS].bulk_write([InsertOne(dict(new))])
    await refresh_hours(store, "legacy", [now])
    assert await rollup_stats(store, "legacy", now) is None
    await rebuild_rollups(store, "legacy")
    answer = await rollup_stats(store, "legacy", now)
    assert comparable(answer) == expected_stats(docs + [new], "legacy", now)


async def test_unfinished_refresh_is_declined_then_healed(store):
    now = utcnow()
    await store[TICKETS].bulk_write([InsertOne(ticket_doc("t2", "A", now))])
    await refresh_hours(store, "t2", [now])
    assert await rollup_stats(store, "t2", now) is not None
    # a refresh announced an hour and died before finishing it (cancelled, crashed)
    late = now - 50 * HOUR
    await store[TICKETS].bulk_write([InsertOne(ticket_doc("t2", "B", late))])
    await store[ROLLUPS].update_one({"_id": rollups._meta_id("t2")}, {"$addToSet": {"pending": hour_of(late)}})
    assert await rollup_stats(store, "t2", now) is None
    await refresh_hours(store, "t2", [now])  # any later refresh redoes the leftover hour
    answer = await rollup_stats(store, "t2", now)
    assert answer is not None and answer["total_tickets"] == 2


# --- property: after any mix of writes, each followed by the ingester's refresh, both agree


labels = st.fixed_dictionaries({
    "status": st.sampled_from(["open", "pending", "resolved", "closed", "escalated"]),
    "urgency": st.sampled_from(["high", "medium", "low", None]),
    "sentiment": st.sampled_from(["negative", "neutral", "positive"]),
    "source": st.sampled_from(["email", "chat", "web"]),
    "customer_id": st.sampled_from(["c1", "c2", "c3", ""]),
    "requires_action": st.booleans(),
    "keywords": st.lists(st.sampled_from(KEYWORDS[:5]), max_size=3, unique=True),
})
#: hours back from now: the trend window, its edge, older days, another month
ages = st.sampled_from([0, 1, 2, 5, 23, 24, 30, 47, 200, 24 * 40])
insert = st.tuples(st.just("insert"), st.lists(st.tuples(ages, st.integers(0, 3599), labels), min_size=1, max_size=4))
operation = st.one_of(
    insert,
    st.tuples(st.just("update"), st.integers(0, 1000), labels),  # a provider change: any fields
    st.tuples(st.just("status"), st.integers(0, 1000), st.sampled_from(["open", "resolved", "closed"])),
    st.tuples(st.just("reclassify"), st.integers(0, 1000), labels.map(
        lambda d: {k: d[k] for k in ("urgency", "sentiment", "requires_action", "keywords")})),
    st.tuples(st.just("move"), st.integers(0, 1000), ages),  # created_at corrected by the provider
    st.tuples(st.just("delete"), st.integers(0, 1000)),
    st.tuples(st.just("restore"), st.integers(0, 1000)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.tuples(insert, st.lists(operation, min_size=1, max_size=8)).map(lambda t: [t[0], *t[1]]))
async def test_rollups_equal_live_after_any_mix_of_writes(store, ops):
    tenant = f"p{uuid.uuid4().hex[:10]}"
    now = utcnow()
    tickets: list[dict] = []
    coll = store[TICKETS]
    for op in ops:
        kind = op[0]
        touched: set[datetime] = set()
        if kind == "insert":
            batch = []
            for age, second, fields in op[1]:
                created = millis(now - age * HOUR - timedelta(seconds=second))
                doc = ticket_doc(tenant, f"X{len(tickets) + len(batch)}", created, **fields)
                batch.append(doc)
                touched.add(hour_of(created))
            await coll.bulk_write([InsertOne(dict(d)) for d in batch])
            tickets.extend(batch)
        elif not tickets:
            continue
        else:
            doc = tickets[op[1] % len(tickets)]
            key = {"tenant_id": tenant, "external_id": doc["external_id"]}
            touched.add(hour_of(doc["created_at"]))
            if kind in ("update", "reclassify"):
                change = dict(op[2])
            elif kind == "status":
                change = {"status": op[2]}
            elif kind == "move":
                change = {"created_at": millis(now - op[2] * HOUR)}
                touched.add(hour_of(change["created_at"]))
            elif kind == "delete":
                change = {"deleted_at": now}
            else:
                change = {"deleted_at": None}
            await coll.update_one(key, {"$set": change})
            doc.update(change)
        await refresh_hours(store, tenant, touched)
        fast = await rollup_stats(store, tenant, now)
        assert fast is not None
        live = await live_stats(store, tenant, now)
        for name, value in comparable(live).items():
            assert fast[name] == value, (name, ops)
        assert comparable(live) == expected_stats(tickets, tenant, now)


async def test_rollups_follow_the_ingesters_page_cycle(store):
    """Through the real page cycle (classifier, change detection, soft deletes), with
    ``refresh_hours`` plugged in as the supervisor plugs it: the fast path stays exact."""
    from actors.classify import ClassifyService
    from actors.storage.job_log import JobMetrics
    from actors.storage.ticket_writes import process_page, soft_delete_missing

    tenant, now, classifier = "cycle", utcnow(), ClassifyService()

    def provider_ticket(i: int, **fields) -> dict:
        created = (now - i * 7 * HOUR).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {"id": f"P{i:03d}", "tenant_id": tenant, "source": ("email", "chat")[i % 2], "customer_id": f"c{i % 3}",
                "subject": ("Refund now or I dispute the charge", "Thanks", "Login broken, urgent")[i % 3],
                "message": ("I am angry, this is the third time.", "All good.", "Outage since this morning")[i % 3],
                "status": "open", "created_at": created, "updated_at": created, **fields}

    async def agree() -> None:
        fast = await rollup_stats(store, tenant, now)
        assert fast is not None
        assert comparable(fast) == comparable(await live_stats(store, tenant, now))

    tickets = [provider_ticket(i) for i in range(40)]
    for page in (tickets[:20], tickets[20:]):
        await process_page(store, tenant, "job-1", page, classifier, JobMetrics(), refresh_rollups=refresh_hours)
    await agree()
    later = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    changed = [dict(t, status="resolved", updated_at=later) for t in tickets[:5]]
    changed += [dict(t, subject="All fine now", message="thanks", updated_at=later) for t in tickets[5:10]]
    changed += [dict(tickets[10], created_at=tickets[30]["created_at"], updated_at=later)]  # moved to another hour
    await process_page(store, tenant, "job-2", changed, classifier, JobMetrics(), refresh_rollups=refresh_hours)
    await agree()
    seen = {t["id"] for t in tickets[:25]}
    await soft_delete_missing(store, tenant, "job-2", seen, JobMetrics(), refresh_rollups=refresh_hours)
    await agree()
    assert (await rollup_stats(store, tenant, now))["total_tickets"] == 25
