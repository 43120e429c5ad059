"""The page cycle against the real embedded server, on asyncio and trio: what gets written,
what is recorded as history, what is queued as an alert, and what is left alone."""

from __future__ import annotations


import pytest

from actors.storage.job_log import JobMetrics
from actors.storage.ticket_writes import process_page, soft_delete_missing
from actors.storage.schema import HISTORY, INVALID, NOTIFICATIONS, TICKETS
from tests.support.classifiers import KeywordClassifier

pytestmark = pytest.mark.anyio


def ticket(i: int, tenant: str = "t1", updated: str = "2026-11-01T10:00:00.123456Z", **fields) -> dict:
    return {"id": f"T{i}", "tenant_id": tenant, "source": "email", "customer_id": f"c{i % 3}",
            "subject": f"subject {i}", "message": f"message {i}", "status": "open",
            "created_at": "2026-11-01T09:00:00Z", "updated_at": updated, **fields}


async def test_new_unchanged_updated_reclassified_and_alerts(store):
    v1 = KeywordClassifier("v1")
    page = [ticket(1), ticket(2, subject="URGENT: site down"), ticket(3), ticket(9, tenant="other"),
            {"id": "broken"}, "not even an object"]
    m = JobMetrics()
    out = await process_page(store, "t1", "job1", page, v1, m)
    assert sorted(out.seen_ids) == ["T1", "T2", "T3"]
    assert (m.new, m.invalid, m.unattributed, m.other_tenant, m.notifications_queued) == (3, 2, 2, 1, 1)
    # malformed tickets that name no tenant may be anyone's: counted, never stored under t1
    assert await store[INVALID].count_documents({"tenant_id": "t1", "job_id": "job1"}) == 0
    assert await store[TICKETS].count_documents({"tenant_id": "other"}) == 0
    alert = await store[NOTIFICATIONS].find_one({"ticket_id": "T2"})
    assert alert["_id"] == "t1:T2:explicit_urgency" and alert["status"] == "pending"

    # the same page again: microsecond timestamps must not look newer than what BSON kept
    m = JobMetrics()
    await process_page(store, "t1", "job2", page, v1, m)
    assert (m.new, m.updated, m.unchanged, m.notifications_queued) == (0, 0, 3, 0)
    assert await store[HISTORY].count_documents({"job_id": "job2"}) == 0

    # a newer updated_at: field-level history; becoming high queues exactly one alert
    m = JobMetrics()
    changed = [ticket(1, updated="2026-11-02T10:00:00Z", subject="urgent now", status="pending"), ticket(2), ticket(3)]
    await process_page(store, "t1", "job3", changed, v1, m)
    assert (m.updated, m.unchanged, m.notifications_queued) == (1, 2, 1)
    entry = await store[HISTORY].find_one({"job_id": "job3"})
    assert entry["action"] == "updated" and entry["ticket_id"] == "T1"
    assert entry["changes"]["status"] == {"old": "open", "new": "pending"}
    assert entry["changes"]["urgency"] == {"old": "low", "new": "high"}
    assert await store[NOTIFICATIONS].count_documents({}) == 2

    # a new classifier version reclassifies unchanged tickets, with history saying so
    v2 = KeywordClassifier("v2", high_word="subject")
    m = JobMetrics()
    await process_page(store, "t1", "job4", changed, v2, m)
    assert m.reclassified == 3 and m.updated == 0
    entries = await store[HISTORY].find({"job_id": "job4"})
    assert {e["action"] for e in entries} == {"reclassified"}
    assert all(e["changes"]["classifier_version"] == {"old": "v1", "new": "v2"} for e in entries)
    docs = await store[TICKETS].find({"tenant_id": "t1"})
    assert {d["classifier_version"] for d in docs} == {"v2"}


async def test_soft_delete_and_restore(store):
    clf = KeywordClassifier("v1")
    await process_page(store, "t1", "j1", [ticket(1), ticket(2), ticket(3)], clf, JobMetrics())
    m = JobMetrics()
    assert await soft_delete_missing(store, "t1", "j2", {"T1", "T3"}, m) == 1
    gone = await store[TICKETS].find_one({"external_id": "T2"})
    assert gone["deleted_at"] is not None and m.deleted == 1
    assert await store[HISTORY].count_documents({"ticket_id": "T2", "action": "deleted"}) == 1
    # deleting again finds nothing new
    assert await soft_delete_missing(store, "t1", "j3", {"T1", "T3"}, JobMetrics()) == 0
    # the provider has it again: restored, with history
    m = JobMetrics()
    await process_page(store, "t1", "j4", [ticket(2)], clf, m)
    assert m.restored == 1
    back = await store[TICKETS].find_one({"external_id": "T2"})
    assert back["deleted_at"] is None
    restored = await store[HISTORY].find_one({"ticket_id": "T2", "action": "restored"})
    assert restored["changes"]["deleted_at"]["new"] is None


async def test_duplicates_in_a_page_keep_the_newest(store):
    clf = KeywordClassifier("v1")
    page = [ticket(1, updated="2026-11-01T10:00:00Z", subject="old"), ticket(1, updated="2026-11-03T10:00:00Z", subject="new")]
    m = JobMetrics()
    await process_page(store, "t1", "j1", page, clf, m)
    assert m.new == 1
    assert (await store[TICKETS].find_one({"external_id": "T1"}))["subject"] == "new"
