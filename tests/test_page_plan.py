"""The pure steps of a page and of a walk, as tables, with no database: what ``sort_page``
keeps and sets aside, what ``plan_page`` decides per ticket, the history ids that make a
rerun harmless, the listing's trust bounds and what ``plan_deletions`` may delete."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actors.rules.listing import ListingError, ListingWatch, plan_deletions
from actors.rules.page_plan import change_kind, deletion_entry, history_id, hour_of, plan_page, sort_page, state_marker
from actors.rules.provider_ticket import validate
from tests.support.classifiers import KeywordClassifier

NOW = datetime(2030, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)
T9 = datetime(2030, 1, 1, 9, tzinfo=timezone.utc)
T10 = datetime(2030, 1, 1, 10, tzinfo=timezone.utc)


def raw(i: int, tenant: str = "t1", **fields) -> dict:
    return {"id": f"T{i}", "tenant_id": tenant, "subject": f"s{i}", "message": "m", "status": "open",
            "created_at": "2030-01-01T09:30:00Z", "updated_at": "2030-01-01T10:00:00Z", **fields}


def stored(i: int, **fields) -> dict:
    return {"external_id": f"T{i}", "source": "unknown", "customer_id": "", "subject": f"s{i}", "message": "m",
            "status": "open", "created_at": T9.replace(minute=30), "updated_at": T10, "urgency": "low",
            "sentiment": "neutral", "requires_action": False, "reasons": [], "keywords": [],
            "classifier_version": "v2", "deleted_at": None, "changed_at": T10, **fields}


def ticket(i: int, **fields):
    parsed, reason = validate(raw(i, **fields))
    assert parsed is not None, reason
    return parsed


# -- sort_page ----------------------------------------------------------------------------------

@pytest.mark.parametrize("item, kept, invalid, invalid_ids, other, unattributed", [
    (raw(1), {"T1"}, 0, set(), 0, 0),
    (raw(1, tenant="t2"), set(), 0, set(), 1, 0),
    (raw(1, status=None), set(), 1, {"T1"}, 0, 0),                 # ours, malformed: kept aside
    (raw(1, tenant="t2", status=None), set(), 0, {"T1"}, 1, 0),    # another tenant's malformed: not ours to keep
    ({"id": "T1", "status": "open"}, set(), 0, {"T1"}, 0, 1),      # no tenant: may be anyone's
    ({"id": 7, "tenant_id": "t1"}, set(), 1, {"7"}, 0, 0),         # numeric id still protects the stored ticket
    ("not an object", set(), 0, set(), 0, 1),
    ({"id": ["x"], "tenant_id": ["t1"]}, set(), 0, set(), 0, 1),
])
def test_sort_page(item, kept, invalid, invalid_ids, other, unattributed):
    page = sort_page([item], "t1")
    assert set(page.valid) == kept
    assert (len(page.invalid), page.invalid_ids, page.other_tenant, page.unattributed, page.rows) == (
        invalid, invalid_ids, other, unattributed, 1)


def test_sort_page_keeps_the_newest_duplicate():
    page = sort_page([raw(1, subject="new", updated_at="2030-01-03T00:00:00Z"), raw(1, subject="old")], "t1")
    assert page.valid["T1"].subject == "new" and page.rows == 2


# -- plan_page ----------------------------------------------------------------------------------

@pytest.mark.parametrize("old, fields, expected", [
    (None, {}, "created"),
    (stored(1), {}, None),
    (stored(1), {"updated_at": "2030-01-01T11:00:00Z"}, "updated"),
    (stored(1), {"updated_at": "2030-01-01T09:00:00Z"}, None),     # moved backwards: not a change
    (stored(1, classifier_version="v1"), {}, "reclassified"),
    (stored(1, deleted_at=T10), {}, "restored"),
    (stored(1, updated_at=None), {}, "updated"),                    # a stored doc without a date: any is newer
])
def test_change_kind(old, fields, expected):
    assert change_kind(old, ticket(1, **fields), "v2") == expected


def test_plan_for_a_mixed_page():
    valid = {t.id: t for t in (ticket(1), ticket(2, subject="site down"), ticket(3), ticket(4),
                               ticket(5, updated_at="2030-01-01T12:00:00Z", subject="down again"))}
    olds = {"T3": stored(3), "T4": stored(4, deleted_at=T10), "T5": stored(5, created_at=T9.replace(day=5))}
    plan = plan_page("t1", "job", valid, olds, KeywordClassifier("v2", high_word="down", trigger="outage"), NOW)
    c = plan.counts
    assert (c.new, c.updated, c.unchanged, c.restored, c.reclassified) == (2, 1, 1, 1, 0)
    assert [doc["external_id"] for doc in plan.inserts] == ["T1", "T2"]
    assert [key["external_id"] for key, _ in plan.updates] == ["T4", "T5"]
    assert all(fields["deleted_at"] is None and fields["changed_at"] == NOW for _, fields in plan.updates)
    actions = {e.doc["ticket_id"]: (e.doc["action"], e.replace) for e in plan.history}
    assert actions == {"T1": ("created", False), "T2": ("created", False), "T4": ("restored", True),
                       "T5": ("updated", True)}
    restored = next(e for e in plan.history if e.doc["ticket_id"] == "T4")
    assert restored.doc["changes"] == {"deleted_at": {"old": T10, "new": None}}
    updated = next(e for e in plan.history if e.doc["ticket_id"] == "T5")
    assert set(updated.doc["changes"]) >= {"subject", "updated_at", "urgency", "created_at"}
    assert [(a.ticket_id, a.trigger) for a in plan.alerts] == [("T2", "outage"), ("T5", "outage")]
    # the new tickets' hour, and both hours of the ticket whose created_at moved
    assert plan.touched_hours == {hour_of(T9), hour_of(T9.replace(day=5))}


def test_an_unchanged_page_plans_nothing():
    plan = plan_page("t1", "job", {"T1": ticket(1)}, {"T1": stored(1)}, KeywordClassifier("v2", high_word="down", trigger="outage"), NOW)
    assert plan.empty and not plan.history and not plan.alerts and plan.touched_hours == set()
    assert plan.counts.unchanged == 1


def test_no_second_alert_for_a_ticket_already_high():
    plan = plan_page("t1", "job", {"T1": ticket(1, subject="down", updated_at="2030-01-01T12:00:00Z")},
                     {"T1": stored(1, urgency="high")}, KeywordClassifier("v2", high_word="down", trigger="outage"), NOW)
    assert plan.counts.updated == 1 and plan.alerts == []


# -- history ids: a rerun writes the same ids ------------------------------------------------------

def test_history_ids_name_the_state_a_change_starts_from():
    assert history_id("t1", "T1", None) == "t1|T1|new"
    assert history_id("t1", "T1", stored(1)) == "t1|T1|c20300101T100000.000"
    legacy = {k: v for k, v in stored(1).items() if k != "changed_at"}
    assert state_marker(legacy) == "u20300101T100000.000|vv2|d-"
    # two plans from the same stored state (a crashed job, then its rerun that sees a newer
    # version) share the id: the rerun's entry replaces the crashed one's
    first = plan_page("t1", "j1", {"T1": ticket(1, updated_at="2030-01-01T11:00:00Z")}, {"T1": stored(1)}, KeywordClassifier("v2", high_word="down", trigger="outage"), NOW)
    rerun = plan_page("t1", "j2", {"T1": ticket(1, updated_at="2030-01-01T12:00:00Z")}, {"T1": stored(1)}, KeywordClassifier("v2", high_word="down", trigger="outage"), NOW)
    assert first.history[0].id == rerun.history[0].id and rerun.history[0].replace
    # once the change is applied (changed_at moves), the next change gets a new id
    after = plan_page("t1", "j3", {"T1": ticket(1, updated_at="2030-01-01T13:00:00Z")},
                      {"T1": stored(1, changed_at=NOW)}, KeywordClassifier("v2", high_word="down", trigger="outage"), NOW)
    assert after.history[0].id != first.history[0].id


def test_deletion_entry_uses_the_same_rule():
    entry = deletion_entry("t1", "job", stored(1), NOW, "deleted_list")
    assert entry.id == history_id("t1", "T1", stored(1)) and entry.replace
    assert entry.doc["action"] == "deleted" and entry.doc["reason"] == "deleted_list"


# -- the listing's trust bounds ------------------------------------------------------------------

@pytest.mark.parametrize("pages, error", [
    ([(1, 100, 2, 250), (2, 100, 3, 250), (3, 50, None, 250)], None),
    ([(1, 101, None, 101)], "more than page_size"),
    ([(1, 100, 3, 500)], "not 2"),
    ([(1, 100, 1, 500)], "not 2"),
    ([(1, 0, 2, 0), (2, 0, 3, 0), (3, 0, 4, 0)], "keeps paging"),      # 0 tickets: 1 page + 2 of slack
    ([(1, 0, 2, None)], "empty but not the last"),
    ([(1, 100, 2, None), (2, 100, 3, None), (3, 5, None, None)], None),  # no total, but pages are full
    ([(1, 100, 2, 100), (2, 100, 3, 200), (3, 100, 4, 300), (4, 3, None, 303)], None),  # grows as we read
])
def test_listing_bounds(pages, error):
    watch = ListingWatch(page_size=100)
    if error is None:
        for page in pages:
            watch.check(*page)
        assert watch.finished
    else:
        with pytest.raises(ListingError, match=error):
            for page in pages:
                watch.check(*page)


@pytest.mark.parametrize("pages, consistent", [
    ([(1, 100, 2, 150), (2, 50, None, 150)], True),
    ([(1, 100, 2, 150), (2, 49, None, 149)], False),     # a deletion while we read
    ([(1, 100, 2, 150), (2, 49, None, 150)], False),     # total unchanged, a row missing: a delete plus a create
    ([(1, 100, 2, None), (2, 50, None, None)], False),   # nothing to compare with
    ([(1, 100, 2, 150)], False),                         # not finished
])
def test_listing_consistency(pages, consistent):
    watch = ListingWatch(page_size=100)
    for page in pages:
        watch.check(*page)
    assert watch.consistent is consistent


# -- what may be deleted ---------------------------------------------------------------------------

LIVE = {"A", "B", "C", "D", "E"}


@pytest.mark.parametrize("seen, invalid, deleted_list, consistent, limit, by_list, by_absence, verify, deferred", [
    # the provider's list decides what it names; seen and malformed tickets are never missing
    (LIVE, set(), {"A", "Z"}, False, 5, {"A"}, set(), (), ()),
    ({"A", "B", "C"}, {"D"}, None, False, 5, set(), set(), ("E",), ()),
    # few missing: each is checked, however consistent the view
    ({"A", "B"}, set(), set(), True, 5, set(), set(), ("C", "D", "E"), ()),
    # many missing: a consistent view is trusted, a moving one checks some and defers the rest
    ({"A"}, set(), set(), True, 2, set(), {"B", "C", "D", "E"}, (), ()),
    ({"A"}, set(), set(), False, 2, set(), set(), ("B", "C"), ("D", "E")),
    ({"A"}, {"B"}, {"C"}, False, 0, {"C"}, set(), (), ("D", "E")),
])
def test_plan_deletions(seen, invalid, deleted_list, consistent, limit, by_list, by_absence, verify, deferred):
    plan = plan_deletions(LIVE, seen, invalid, deleted_list, consistent, limit)
    assert (set(plan.by_list), set(plan.by_absence), plan.to_verify, plan.deferred) == (
        by_list, by_absence, verify, deferred)
