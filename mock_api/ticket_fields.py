"""Checks on the ticket fields a test sends to ``/admin/tickets``.

The mock is what the ingester learns the provider's data from, so it must not
serve tickets the real provider never would (a status outside the four, a tenant
id the app would reject, a timestamp without a zone). Rejecting them at the door
keeps every page the mock serves valid.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from .dataset import SOURCES, STATUSES

TENANT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
TICKET_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

#: what PATCH may change; ``id`` names the ticket and ``updated_at`` is the provider's to move
EDITABLE = frozenset({"tenant_id", "source", "customer_id", "subject", "message", "status", "created_at"})
#: what POST may also set
CREATABLE = EDITABLE | {"id", "updated_at"}


class TicketInputError(ValueError):
    """The body cannot become a ticket; the message says which field and why."""


def ticket_changes(body: object, *, creating: bool) -> dict[str, object]:
    """Validated ``Ticket`` attribute values (timestamps become epoch seconds)."""
    if not isinstance(body, Mapping):
        raise TicketInputError("the body must be a JSON object")
    allowed = CREATABLE if creating else EDITABLE
    refused = sorted(set(body) - allowed)
    if refused:
        raise TicketInputError(f"unknown or read-only fields: {', '.join(refused)}")
    changes: dict[str, object] = {}
    for name, value in body.items():
        if not isinstance(value, str):
            raise TicketInputError(f"{name} must be a string")
        if name in ("created_at", "updated_at"):
            changes[name.removesuffix("_at")] = _timestamp(name, value)
            continue
        _check(name, value)
        changes[name] = value
    return changes


def _check(name: str, value: str) -> None:
    if name == "tenant_id" and not TENANT_ID.match(value):
        raise TicketInputError("tenant_id must match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    if name == "id" and not TICKET_ID.match(value):
        raise TicketInputError("id must be 1-64 letters, digits, '_', '.' or '-'")
    if name == "source" and value not in SOURCES:
        raise TicketInputError(f"source must be one of {', '.join(SOURCES)}")
    if name == "status" and value not in STATUSES:
        raise TicketInputError(f"status must be one of {', '.join(STATUSES)}")
    if name in ("subject", "message", "customer_id") and not value.strip():
        raise TicketInputError(f"{name} must not be blank")


def _timestamp(name: str, value: str) -> int:
    """Whole epoch seconds; a zone is required because a naive time is ambiguous."""
    try:
        moment = datetime.fromisoformat(value.removesuffix("Z") + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise TicketInputError(f"{name} must be ISO-8601 with a zone, e.g. 2026-11-28T10:00:00Z")
    return int(moment.timestamp())
