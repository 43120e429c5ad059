"""Ticket reads, scoped to one tenant: the one place a ticket query is built.

Every filter starts from ``{"tenant_id": tenant}`` and only ever adds plain equalities on
values checked here to be ``str`` or ``bool``: a client's ``{"$ne": ...}`` cannot become an
operator even if a caller forgets to validate, and no caller can forget the tenant because
there is no other way to build a ticket query.

**A listing page reads about ``limit`` tickets, not the tenant's.** The order is
``(created_at desc, external_id desc)``, with a keyset cursor. mongod stops an index walk
after ``limit`` rows, but the embedded server does not: it reads every key of the index
range, fetches every document, sorts, and only then cuts (measured: 5.6 s for 51 rows out of
100,000). So the listing asks for the page in *windows* of ``created_at``, newest first: each
window is one index range (an equality prefix plus one range on ``created_at``, the shape both
servers plan as a bounded range scan), sized from how many rows the windows before it gave,
so the rows read stay within a small factor of the rows wanted (``docs/indexes.md`` has the
``explain()`` figures). The first window starts at the tenant's newest ticket (a hint kept in
``data_versions``; wrong hints only cost time: the first window is open towards the future),
and a cursor carries the time span of the page that issued it, so the next page's first
window is sized right. Windows grow until the page is full or they pass 1970, and a last
window, open towards the past, picks up anything older: never a ticket missed.

Which index: the equality prefix is the tenant plus, when the query filters on one,
``customer_id``, ``urgency`` or ``status`` (the most selective first, each with its
``tenant_*_created`` index); otherwise ``deleted_at: null`` (``tenant_live_created``), or
nothing more for ``include_deleted`` (``tenant_created``). The other filters, the visibility
when a filter index is used, and the keyset's ``external_id`` bound are applied to the
window's rows in a second ``$match``: one index range per window, never a plan the embedded
server answers with a scan of every tenant (a top-level ``$or``, or an equality set no index
starts with).

Projections return what the API shows and nothing internal (``LISTING_FIELDS``).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
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
#: version 2 adds ``w``, the time span of the page that issued the cursor; version 1 is still read
CURSOR_VERSION = 2
MAX_CURSOR_LENGTH = 1024
NEWEST_FIRST = {"created_at": -1, "external_id": -1}
#: filters with an index of their own (``tenant_<field>_created``), most selective first
INDEXED_FILTERS = ("customer_id", "urgency", "status")
FILTERS = ("status", "urgency", "sentiment", "source", "customer_id", "requires_action")
#: what a listing returns of a ticket: what the API shows (``listing_view`` renames the id)
LISTING_FIELDS = ("external_id", "tenant_id", "source", "customer_id", "subject", "message", "status", "created_at",
                  "updated_at", "urgency", "sentiment", "requires_action", "reasons", "keywords", "deleted_at")
#: the database leaves out our bookkeeping. An exclusion, not the list above: the embedded
#: server builds an inclusion projection document by document in Python, and measured it at
#: about half the cost of the whole window; ``listing_view`` keeps exactly ``LISTING_FIELDS``,
#: so a field added to stored tickets later never leaks into the API unnoticed.
LISTING_PROJECTION = {"_id": 0, "last_job_id": 0, "ingested_at": 0, "changed_at": 0, "classifier_version": 0}

# -- window sizing (pure; tests/test_listing_plan.py) ---------------------------------------
#: the first window of a first page, back from the tenant's newest ticket
FIRST_WINDOW = timedelta(minutes=15)
MIN_WINDOW = timedelta(seconds=1)
#: a window is sized for this many times the rows still wanted, at the rate seen so far
MARGIN = 1.25
#: an empty window grows the span covered eightfold; a window is at most 15x the span before it
EMPTY_GROWTH = 8
MAX_GROWTH = 15
MIN_GROWTH = 0.25
#: windows below this are not asked for: the last window is open towards the past instead
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
#: windows per page at most, the open one included (each grows the span at least 1.25x)
MAX_WINDOWS = 24
#: a cursor's span hint is clamped to this (it only sizes the first window)
MAX_SPAN = timedelta(days=365 * 50)


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
        """The tenant and visibility."""
        query: dict[str, Any] = {"tenant_id": self.tenant_id}
        if not self.include_deleted:
            query["deleted_at"] = None
        return query

    def to_mongo(self) -> dict[str, Any]:
        """The whole filter: the scope plus one plain equality per given field."""
        query = self.scope()
        for name in FILTERS:
            value = getattr(self, name)
            if value is not None:
                query[name] = value
        return query

    def split(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """``(prefix, rest)``: the equalities an index range starts with, and the conditions
        applied to that range's rows (module docstring)."""
        whole = self.to_mongo()
        indexed = next((name for name in INDEXED_FILTERS if getattr(self, name) is not None), None)
        keys = ("tenant_id", indexed) if indexed else ("tenant_id", *(() if self.include_deleted else ("deleted_at",)))
        prefix = {key: whole[key] for key in keys}
        return prefix, {key: value for key, value in whole.items() if key not in prefix}

    def one(self, ticket_id: str) -> dict[str, Any]:
        """One ticket of this tenant by the provider's id (the unique key)."""
        return {**self.to_mongo(), "external_id": _plain("ticket_id", ticket_id)}

    def history_of(self, ticket_id: str) -> dict[str, Any]:
        """The ``ticket_history`` entries of one of this tenant's tickets."""
        return {"tenant_id": self.tenant_id, "ticket_id": _plain("ticket_id", ticket_id)}


# -- cursors ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Position:
    """Where a page starts: strictly after ``(created_at, external_id)``; ``span`` is the time
    the previous page covered (None: unknown), the size hint of the first window."""

    created_at: datetime
    external_id: str
    span: timedelta | None = None


def encode_cursor(created_at: datetime, external_id: str, span: timedelta | None = None) -> str:
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=timezone.utc)
    stamp = created_at.astimezone(timezone.utc).isoformat(timespec="milliseconds")
    seconds = 0.0 if span is None else round(min(max(span, timedelta(0)), MAX_SPAN).total_seconds(), 3)
    raw = json.dumps({"v": CURSOR_VERSION, "c": stamp, "i": external_id, "w": seconds}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _span_of(body: dict[str, Any]) -> timedelta | None:
    if body["v"] == 1:
        return None
    w = body["w"]
    if type(w) not in (int, float) or not math.isfinite(w) or not 0 <= w <= MAX_SPAN.total_seconds():
        raise ValueError("bad span")
    return timedelta(seconds=w)


def read_cursor(cursor: str) -> Position:
    """The position a cursor names; anything we did not issue is a :class:`CursorError`."""
    if type(cursor) is not str or not cursor or len(cursor) > MAX_CURSOR_LENGTH:
        raise CursorError("malformed cursor")
    try:
        raw = base64.b64decode(cursor + "=" * (-len(cursor) % 4), altchars=b"-_", validate=True)
        body = json.loads(raw.decode())
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise CursorError("malformed cursor") from None
    fields = {1: {"v", "c", "i"}, 2: {"v", "c", "i", "w"}}
    if not isinstance(body, dict) or type(body.get("v")) is not int or set(body) != fields.get(body["v"]):
        raise CursorError("malformed cursor")
    try:
        created_at = datetime.fromisoformat(_plain("cursor", body["c"], 64))
        _plain("cursor", body["i"])
        if created_at.tzinfo is None:
            raise ValueError("naive timestamp")
        # an offset at the edge of the calendar (0001-01-01T00:00+01:00) overflows here
        return Position(created_at.astimezone(timezone.utc), body["i"], _span_of(body))
    except (ValueError, OverflowError):
        raise CursorError("malformed cursor") from None


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    position = read_cursor(cursor)
    return position.created_at, position.external_id


def ticket_view(doc: dict[str, Any]) -> dict[str, Any]:
    """The API's ticket: ``ticket_id`` is the provider's id; our ``_id`` stays inside."""
    rest = {k: v for k, v in doc.items() if k not in ("_id", "external_id")}
    return {"ticket_id": doc["external_id"], **rest}


def listing_view(doc: dict[str, Any]) -> dict[str, Any]:
    """A ticket as a listing shows it: ``LISTING_FIELDS`` and nothing else."""
    return {"ticket_id": doc["external_id"], **{k: doc[k] for k in LISTING_FIELDS[1:] if k in doc}}


# -- windows ---------------------------------------------------------------------------------
def first_width(want: int, limit: int, span: timedelta | None) -> timedelta:
    """The first window: the previous page's span scaled to the rows wanted, else the default."""
    if span is None:
        return FIRST_WINDOW
    return max(MIN_WINDOW, span * (want / limit) * MARGIN)


def next_width(covered: timedelta, found: int, needed: int, last_empty: bool = False) -> timedelta:
    """The next window, given the span ``covered`` so far held ``found`` rows and ``needed``
    more are wanted: sized at the rate seen, within ``MIN_GROWTH``..``MAX_GROWTH`` x covered.

    The rate counts one row more than seen, so a window that was thin by chance does not
    send the next one far past what is needed. After an empty window (nothing found yet, or
    the rows ran out: the end of the tenant's history, or a gap in it) the span grows
    eightfold, so the listing's end is reached in a few steps.
    """
    if found == 0 or last_empty:
        return max(MIN_WINDOW, covered * (EMPTY_GROWTH - 1))
    estimate = covered * (needed / (found + 1)) * MARGIN
    return max(MIN_WINDOW, min(max(estimate, covered * MIN_GROWTH), covered * MAX_GROWTH))


def range_condition(lower: datetime | None, upper: datetime | None, *, upper_included: bool = False
                    ) -> dict[str, Any] | None:
    """``created_at`` in ``[lower, upper)`` (``[lower, upper]``); None bounds are open."""
    condition: dict[str, Any] = {}
    if lower is not None:
        condition["$gte"] = lower
    if upper is not None:
        condition["$lte" if upper_included else "$lt"] = upper
    return condition or None


def listing_pipeline(flt: TicketFilter, created_at: Any, limit: int, after: Position | None = None) -> list[dict]:
    """One window: ``created_at`` (a range condition, or None) on the filter's index prefix, the
    rest of the filter on its rows, newest first, at most ``limit``, projected.

    ``after``: the keyset position the window starts below; the window then includes the
    position's instant (``$lte``), and its rows at that instant must sort below the position's
    id. That condition is on the rows, not the index range: one range, one query, where a
    top-level ``$or`` would be a scan of every tenant on the embedded server.
    """
    prefix, rest = flt.split()
    if created_at is not None:
        prefix["created_at"] = created_at
    if after is not None:
        rest["$or"] = [{"created_at": {"$lt": after.created_at}}, {"external_id": {"$lt": after.external_id}}]
    stages: list[dict[str, Any]] = [{"$match": prefix}]
    if rest:
        stages.append({"$match": rest})
    return [*stages, {"$sort": NEWEST_FIRST}, {"$limit": limit}, {"$project": LISTING_PROJECTION}]


Runner = Callable[[list[dict]], Any]


async def _older(run: Runner, flt: TicketFilter, after: Position | None, anchor: datetime, width: timedelta,
                 want: int, oldest: datetime | None = None) -> list[dict]:
    """Rows after the position (all rows when None), newest first, window by window.

    A window that would reach ``oldest`` (the tenant's oldest ``created_at``, a hint) or 1970
    is asked open towards the past instead: the last one. Open, it is right even when the
    hint is not (it reads what is older, normally nothing).
    """
    docs: list[dict] = []
    covered = timedelta(0)
    floor = max(EARLIEST, oldest) if oldest is not None else EARLIEST
    upper = after.created_at if after is not None else None
    for _ in range(MAX_WINDOWS - 1):
        try:
            lower = anchor - covered - width
        except OverflowError:
            break
        if lower <= floor:
            break
        rows = await run(_window(flt, lower, upper, want - len(docs), after if not covered else None))
        docs += rows
        if len(docs) >= want:
            return docs
        covered, upper = covered + width, lower
        width = next_width(covered, len(docs), want - len(docs), last_empty=not rows)
    return docs + await run(_window(flt, None, upper, want - len(docs), after if not covered else None))


def _window(flt: TicketFilter, lower: datetime | None, upper: datetime | None, limit: int,
            after: Position | None) -> list[dict]:
    """The first window below a position includes the position's instant (``listing_pipeline``)."""
    condition = range_condition(lower, upper, upper_included=after is not None)
    return listing_pipeline(flt, condition, limit, after)


async def list_tickets(
    store: Store, flt: TicketFilter, limit: int = 50, cursor: str | None = None, *,
    newest: datetime | None = None, oldest: datetime | None = None, span: timedelta | None = None,
    trace: list[list[dict]] | None = None,
) -> tuple[list[dict], str | None]:
    """One page, newest first, and the cursor of the next page (``None`` on the last one).

    Hints, which change what is read, never what is answered: ``newest`` and ``oldest``, the
    tenant's newest and oldest ``created_at`` (``data_versions``); ``span``, the time a first page of ``limit`` rows of
    this filter covered last time (the caller remembers it; a cursor carries its own).
    ``trace`` collects every pipeline run, for ``explain()`` in tests and benches.
    """
    if type(limit) is not int or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
    position = read_cursor(cursor) if cursor is not None else None
    want = limit + 1  # one more than asked tells whether a next page exists

    async def run(pipeline: list[dict]) -> list[dict]:
        if trace is not None:
            trace.append(pipeline)
        return await store[TICKETS].aggregate(pipeline)

    if position is None:
        anchor = newest or datetime.now(timezone.utc)
        docs = await _older(run, flt, None, anchor, first_width(want, limit, span), want, oldest)
    else:
        width = first_width(want, limit, position.span)
        docs = await _older(run, flt, position, position.created_at, width, want, oldest)
    page = docs[:limit]
    next_cursor = None
    if len(docs) > limit:
        span = page[0]["created_at"] - page[-1]["created_at"]
        next_cursor = encode_cursor(page[-1]["created_at"], page[-1]["external_id"], span)
    return [listing_view(doc) for doc in page], next_cursor


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
