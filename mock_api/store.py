"""The provider's ticket table, with the provider's rules for change.

Pages are served in id order from cached sorted views, one per filter, dropped
whenever a change could alter membership: paging through 10,000 tickets then costs
a slice, not a scan. Offset pagination is kept on purpose even though it shifts
under deletes, because real providers behave so and the ingester must cope.

``updated_at`` only ever moves forward, at least one second per change, even when
two changes land within the same second: timestamps have whole-second precision
and an ingester that syncs by ``updated_at`` must see every change as newer.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .dataset import Ticket, ticket_id

MAX_VIEWS = 64
DEFAULTS = {"source": "api", "customer_id": "cust-0000", "status": "open"}


class UnknownTicket(LookupError):
    pass


class TicketExists(Exception):
    pass


class TicketDeleted(Exception):
    pass


class Page(NamedTuple):
    tickets: list[Ticket]
    next_page: int | None
    total_count: int


class TicketStore:
    def __init__(self, tickets: Iterable[Ticket], wall_clock: Callable[[], float] = time.time) -> None:
        self._wall_clock = wall_clock
        self._by_id = {ticket.id: ticket for ticket in tickets}
        self._ids = sorted(self._by_id)
        self._next_number = len(self._ids) + 1
        #: (tenant or None, include_deleted) -> ids in order
        self._views: dict[tuple[str | None, bool], list[str]] = {}

    def live_count(self) -> int:
        return len(self._view(None, False))

    def get(self, id_: str) -> Ticket:
        try:
            return self._by_id[id_]
        except KeyError:
            raise UnknownTicket(id_) from None

    def page(self, number: int, size: int, tenant: str | None, include_deleted: bool) -> Page:
        ids = self._view(tenant, include_deleted)
        start = (number - 1) * size
        chunk = [self._by_id[id_] for id_ in ids[start:start + size]]
        more = start + size < len(ids)
        return Page(chunk, number + 1 if more else None, len(ids))

    def deleted_ids(self, tenant: str | None) -> list[str]:
        return [
            id_ for id_ in self._ids
            if self._by_id[id_].deleted and (tenant is None or self._by_id[id_].tenant_id == tenant)
        ]

    def create(self, fields: dict[str, object]) -> Ticket:
        """A new ticket; ``updated_at`` defaults to now so incremental syncs pick it up."""
        now = self._now()
        id_ = fields.pop("id", None) or self._fresh_id()
        if id_ in self._by_id:
            raise TicketExists(id_)
        created = fields.pop("created", now)
        updated = fields.pop("updated", max(now, created))
        if updated < created:
            raise ValueError("updated_at must not be before created_at")
        ticket = Ticket(id=id_, created=created, updated=updated, **{**DEFAULTS, **fields})
        self._by_id[id_] = ticket
        bisect.insort(self._ids, id_)
        self._views.clear()
        return ticket

    def patch(self, id_: str, changes: dict[str, object]) -> Ticket:
        ticket = self.get(id_)
        if ticket.deleted:
            raise TicketDeleted(id_)
        updated = max(self._now(), ticket.updated + 1)
        if changes.get("created", ticket.created) > updated:
            raise ValueError("created_at must not be after the new updated_at")
        for name, value in changes.items():
            setattr(ticket, name, value)
        ticket.updated = updated
        if "tenant_id" in changes:
            self._views.clear()
        return ticket

    def delete(self, id_: str) -> Ticket:
        """Idempotent: deleting twice is fine and moves ``updated_at`` only once."""
        ticket = self.get(id_)
        if not ticket.deleted:
            ticket.deleted = True
            ticket.updated = max(self._now(), ticket.updated + 1)
            self._views.clear()
        return ticket

    def _view(self, tenant: str | None, include_deleted: bool) -> list[str]:
        key = (tenant, include_deleted)
        view = self._views.get(key)
        if view is None:
            if len(self._views) >= MAX_VIEWS:  # tenant ids come from clients: stay bounded
                self._views.clear()
            view = self._views[key] = [
                id_ for id_ in self._ids
                if (include_deleted or not self._by_id[id_].deleted)
                and (tenant is None or self._by_id[id_].tenant_id == tenant)
            ]
        return view

    def _fresh_id(self) -> str:
        while ticket_id(self._next_number) in self._by_id:
            self._next_number += 1
        self._next_number += 1
        return ticket_id(self._next_number - 1)

    def _now(self) -> int:
        return int(self._wall_clock())
