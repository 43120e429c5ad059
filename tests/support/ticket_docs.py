"""Stored ticket documents for analytics and listing tests, and the brute-force answers.

``expected_stats`` counts in Python over the documents a test inserted: that is the point of
a reference (the app itself never does this; it counts inside MongoDB).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from typing import Any

from pymongo import InsertOne
from pymongo.errors import BulkWriteError

from actors.analytics.stats import CLOSED_STATUSES, HOUR, KNOWN_LABELS, TOP_N, trend_window
from actors.storage.schema import TICKETS

STATUSES = ("open", "pending", "resolved", "closed")
URGENCIES = ("high", "medium", "low")
SENTIMENTS = ("negative", "neutral", "positive")
SOURCES = ("email", "chat", "web", "phone", "api")
KEYWORDS = ("refund", "outage", "login", "billing", "lawsuit", "gdpr", "slow", "invoice", "angry", "broken",
            "crash", "chargeback", "password")


def millis(value: datetime) -> datetime:
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def ticket_doc(tenant_id: str, external_id: str, created_at: datetime, **fields: Any) -> dict[str, Any]:
    """A ticket as the ingester stores it; ``fields`` override the defaults."""
    created_at = millis(created_at)
    doc = {
        "tenant_id": tenant_id, "external_id": external_id, "source": "email", "customer_id": "cust-1",
        "subject": f"subject {external_id}", "message": f"message of {external_id}", "status": "open",
        "created_at": created_at, "updated_at": created_at, "urgency": "low", "sentiment": "neutral",
        "requires_action": False, "reasons": [], "keywords": [], "classifier_version": "test-1",
        "deleted_at": None, "last_job_id": "job-test", "ingested_at": created_at, "changed_at": created_at,
    }
    doc.update(fields)
    return doc


def random_ticket(rng: random.Random, tenant_id: str, number: int, now: datetime, *,
                  span: timedelta = timedelta(days=3), customers: int = 12, deleted_share: float = 0.1,
                  sources: tuple[str, ...] = SOURCES) -> dict[str, Any]:
    created = now - timedelta(seconds=rng.randrange(int(span.total_seconds())))
    deleted = rng.random() < deleted_share
    return ticket_doc(
        tenant_id, f"TCK-{number:06d}", created,
        status=rng.choice(STATUSES), urgency=rng.choice(URGENCIES), sentiment=rng.choice(SENTIMENTS),
        source=rng.choice(sources), customer_id=f"cust-{rng.randrange(customers):03d}",
        requires_action=rng.random() < 0.3, keywords=rng.sample(KEYWORDS, rng.randrange(0, 4)),
        deleted_at=millis(now) if deleted else None,
    )


def _hour(value: datetime) -> datetime:
    return value.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)


def expected_stats(docs: list[dict[str, Any]], tenant_id: str, now: datetime) -> dict[str, Any]:
    """Every stats field except ``generated_at``/``computed_from``, by brute force."""
    live = [d for d in docs if d["tenant_id"] == tenant_id and d.get("deleted_at") is None]

    def breakdown(dimension: str) -> dict[str, int]:
        counted = Counter(d.get(dimension) if d.get(dimension) is not None else "unknown" for d in live)
        out = {name: 0 for name in KNOWN_LABELS[dimension]}
        out.update(counted)
        return out

    start, _ = trend_window(now)
    per_hour = Counter(_hour(d["created_at"]) for d in live)
    keywords = Counter(k for d in live for k in (d.get("keywords") or []))
    risk: dict[str, dict[str, int]] = defaultdict(lambda: {"open_high": 0, "negative": 0, "tickets": 0})
    for d in live:
        if (d.get("status") or "unknown") in CLOSED_STATUSES or not d.get("customer_id"):
            continue
        row = risk[d["customer_id"]]
        row["tickets"] += 1
        row["open_high"] += d.get("urgency") == "high"
        row["negative"] += d.get("sentiment") == "negative"
    at_risk = [{"customer_id": c, "score": 2 * r["open_high"] + r["negative"], **r} for c, r in risk.items()]
    at_risk = [r for r in at_risk if r["score"] > 0]
    at_risk.sort(key=lambda r: (-r["score"], -r["open_high"], -r["tickets"], r["customer_id"]))
    total = len(live)
    high = sum(d.get("urgency") == "high" for d in live)
    return {
        "tenant_id": tenant_id,
        "total_tickets": total,
        "by_status": breakdown("status"),
        "by_urgency": breakdown("urgency"),
        "by_sentiment": breakdown("sentiment"),
        "by_source": breakdown("source"),
        "urgency_high_ratio": round(high / total, 4) if total else 0.0,
        "requires_action": sum(d.get("requires_action") is True for d in live),
        "hourly_trend": [{"hour": start + i * HOUR, "count": per_hour.get(start + i * HOUR, 0)} for i in range(24)],
        "top_keywords": [{"keyword": k, "count": n}
                         for k, n in sorted(keywords.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]],
        "at_risk_customers": at_risk[:TOP_N],
    }


def comparable(stats: dict[str, Any]) -> dict[str, Any]:
    """A stats answer without the fields that say when and how it was computed."""
    return {k: v for k, v in stats.items()
            if k not in ("generated_at", "computed_from", "as_of", "stale_seconds", "rollups")}


async def insert_all(store: Any, docs: list[dict], batch: int = 1_000) -> None:
    """Seed in batches a loaded machine stores well inside the socket timeout. A batch that
    still times out is retried by the driver (a retryable write) after the first try landed:
    its duplicates are that first try, not a second copy, so they are let through."""
    for start in range(0, len(docs), batch):
        try:
            await store[TICKETS].bulk_write([InsertOne(d) for d in docs[start:start + batch]], ordered=False)
        except BulkWriteError as exc:
            if any(e.get("code") != 11000 for e in exc.details.get("writeErrors", [])):
                raise
    assert await store[TICKETS].count_documents({}) == len(docs)
