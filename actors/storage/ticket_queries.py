"""Ticket reads, scoped to one tenant: the one place a ticket query is built.

Every filter starts from ``{"tenant_id": tenant}`` and only ever adds plain equalities on
values checked here to be ``str`` or ``bool``: a client's ``{"$ne": ...}`` cannot become an
operator even if a caller forgets to validate, and no caller can forget the tenant because
there is no other way to build a ticket query.

Pagination is a keyset on ``(created_at desc, external_id desc)`` with an opaque cursor.
"After (c, i)" is the union of ``created_at == c and external_id < i`` and
``created_at < c``; we ask for the two pieces one after the other instead of as one
top-level ``$or``. Each piece is an equality prefix plus one range, which MongoDB answers
from ``tenant_live_listing`` / ``tenant_created`` without a sort, and which the embedded
server can plan at all (it answers any top-level ``$or`` with a collection scan across
every tenant).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from actors.storage.schema import HISTORY, TICKETS
from actors.storage.store import Store

#: same rule as the web layer's; repeated here so actors never import web
TENANT_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
URGENCIES = ("high", "medium", "low")
SENTIMENTS = ("negative", "neutral", "positive")
MAX_LIMIT = 200
#: longest provider id we look up; longer ones cannot exist (the ingester caps ids at 200)
MAX_ID_LENGTH = 200
CURSOR_VERSION = 1
MAX_CURSOR_LENGTH = 1024
NEWEST_FIRST = {"created_at": -1, "external_id": -1}


class CursorError(ValueError):
    """The client's cursor is not one we issued (or no longer parse): answer 422 on ``cursor``."""


def _plain(name: str, value: Any, max_length: int = MAX_ID_LENGTH) -> str:
    # `type(...) is str`: a str subclass could still carry surprises into BSON encoding
    if type(value) is not str or not value or len(value) > max_length:
        raise ValueError(f"{name} must be a non-empty string of at most {max_length} characters")
    return value


@dataclass(frozen=True)
class TicketFilter:
    """What a ticket listing may be narrowed by; the tenant is not optional."""

    tenant_id: str
    status: str | None = None
    urgency: str | None = None
    sentiment: str | None = None
    source: str | None = None
    customer_id: str | None = None
    requires_action: bool | None = None
    #: soft-deleted tickets are hidden unless asked for
    include_deleted: bool = False

    def __post_init__(self) -> None:
        if type(self.tenant_id) is not str or not TENANT_PATTERN.fullmatch(self.tenant_id):
            raise ValueError("tenant_id must match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
        for name in ("status", "source", "customer_id"):
            value = getattr(self, name)
            if value is not None:
                _plain(name, value)
        if self.urgency is not None and self.urgency not in URGENCIES:
            raise ValueError(f"urgency must be one of {', '.join(URGENCIES)}")
        if self.sentiment is not None and self.sentiment not in SENTIMENTS:
            raise ValueError(f"sentiment must be one of {', '.join(SENTIMENTS)}")
        if self.requires_action is not None and type(self.requires_action) is not bool:
            raise ValueError("requires_action must be a bool")
        if type(self.include_deleted) is not bool:
            raise ValueError("include_deleted must be a bool")

    def scope(self) -> dict[str, Any]:
        """The tenant and visibility: the equality prefix every ticket index starts with."""
        query: dict[str, Any] = {"tenant_id": self.tenant_id}
        if not self.include_deleted:
            query["deleted_at"] = None
        return query

    def to_mongo(self) -> dict[str, Any]:
        """The whole filter: the scope plus one plain equality per given field."""
        query = self.scope()
        for name in ("status", "urgency", "sentiment", "source", "customer_id", "requires_action"):
            value = getattr(self, name)
            if value is not None:
                query[name] = value
        return query

    def one(self, ticket_id: str) -> dict[str, Any]:
        """One ticket of this tenant by the provider's id (the unique key)."""
        return {**self.to_mongo(), "external_id": _plain("ticket_id", ticket_id)}

    def history_of(self, ticket_id: str) -> dict[str, Any]:
        """The ``ticket_history`` entries of one of this tenant's tickets."""
        return {"tenant_id": self.tenant_id, "ticket_id": _plain("ticket_id", ticket_id)}


def encode_cursor(created_at: datetime, external_id: str) -> str:
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=timezone.utc)
    stamp = created_at.astimezone(timezone.utc).isoformat(timespec="milliseconds")
    raw = json.dumps({"v": CURSOR_VERSION, "c": stamp, "i": external_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """The position a cursor names; anything we did not issue is a :class:`CursorError`."""
    if type(cursor) is not str or not cursor or len(cursor) > MAX_CURSOR_LENGTH:
        raise CursorError("malformed cursor")
    try:
        raw = base64.b64decode(cursor + "=" * (-len(cursor) % 4), altchars=b"-_", validate=True)
        body = json.loads(raw.decode())
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise CursorError("malformed cursor") from None
    if not isinstance(body, dict) or set(body) != {"v", "c", "i"} or body["v"] != CURSOR_VERSION:
        raise CursorError("malformed cursor")
    stamp, external_id = body["c"], body["i"]
    try:
        created_at = datetime.fromisoformat(_plain("cursor", stamp, 64))
        _plain("cursor", external_id)
    except ValueError:
        raise CursorError("malformed cursor") from None
    if created_at.tzinfo is None:
        raise CursorError("malformed cursor")
    return created_at.astimezone(timezone.utc), external_id


def ticket_view(doc: dict[str, Any]) -> dict[str, Any]:
    """The API's ticket: ``ticket_id`` is the provider's id; our ``_id`` stays inside."""
    rest = {k: v for k, v in doc.items() if k not in ("_id", "external_id")}
    return {"ticket_id": doc["external_id"], **rest}


def listing_pipeline(flt: TicketFilter, position: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    return [
        # scope + position first: an equality prefix and one range, i.e. an index range scan
        {"$match": {**flt.scope(), **position}},
        {"$match": flt.to_mongo()},
        {"$sort": NEWEST_FIRST},
        {"$limit": limit},
        {"$project": {"_id": 0}},
    ]


def after(created_at: datetime, external_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The two pieces of "after this position", in the order they come in the listing."""
    return {"created_at": created_at, "external_id": {"$lt": external_id}}, {"created_at": {"$lt": created_at}}


async def _newest(store: Store, flt: TicketFilter, position: dict[str, Any], limit: int) -> list[dict]:
    return await store[TICKETS].aggregate(listing_pipeline(flt, position, limit))


async def list_tickets(
    store: Store, flt: TicketFilter, limit: int = 50, cursor: str | None = None,
) -> tuple[list[dict], str | None]:
    """One page, newest first, and the cursor of the next page (``None`` on the last one)."""
    if type(limit) is not int or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
    want = limit + 1  # one more than asked tells whether a next page exists
    if cursor is None:
        docs = await _newest(store, flt, {}, want)
    else:
        same_instant, older = after(*decode_cursor(cursor))
        docs = await _newest(store, flt, same_instant, want)
        if len(docs) < want:
            docs += await _newest(store, flt, older, want - len(docs))
    page = docs[:limit]
    next_cursor = encode_cursor(page[-1]["created_at"], page[-1]["external_id"]) if len(docs) > limit else None
    return [ticket_view(doc) for doc in page], next_cursor


async def get_ticket(store: Store, tenant_id: str, ticket_id: str) -> dict | None:
    """The tenant's ticket, soft-deleted or not (``deleted_at`` says which); ``None`` if unknown."""
    try:
        query = TicketFilter(tenant_id, include_deleted=True).one(ticket_id)
    except ValueError:
        return None  # an id that cannot exist is simply not found
    doc = await store[TICKETS].find_one(query, {"_id": 0})
    return ticket_view(doc) if doc is not None else None


async def ticket_history(store: Store, tenant_id: str, ticket_id: str) -> list[dict] | None:
    """The ticket's changes oldest first; ``None`` when the tenant has no such ticket."""
    if await get_ticket(store, tenant_id, ticket_id) is None:
        return None
    rows = await store[HISTORY].find(
        TicketFilter(tenant_id, include_deleted=True).history_of(ticket_id),
        {"_id": 0, "changed_at": 1, "action": 1, "changes": 1, "job_id": 1},
        sort=[("changed_at", 1), ("_id", 1)],
    )
    return [{"changed_at": row.get("changed_at"), "action": row.get("action"), "changes": row.get("changes") or {},
             "job_id": row.get("job_id")} for row in rows]
