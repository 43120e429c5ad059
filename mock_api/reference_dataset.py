"""The reference profile's tickets: what the customer's own mock serves.

Its data differs from ours in the ways that break a naive ingester, so they are kept:

* one list for every tenant (the provider has no tenant filter), tenants spread evenly;
* about 5 % of tickets are deleted (hidden from listings unless asked for, listed by
  ``/external/deleted-tickets``);
* about 10 % are "modified": their ``updated_at`` is ``created_at`` plus 1 to 48 hours drawn
  again on every call (``drifted_updated_at``), so it can move backwards between two runs
  and may lie in the future; every other ticket has ``updated_at == created_at``.

Texts come from the same phrase book as the default data set, so the classifier finds the
same mix of urgent tickets (about one in eight) and alerts are queued.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .dataset import HISTORY, SOURCES, STATUSES, TENANTS, MessageWriter, Ticket, ticket_id

HOUR = 60 * 60  # seconds
DELETED_SHARE = 0.05
MODIFIED_SHARE = 0.10
#: ``updated_at - created_at`` of a modified ticket, drawn per call
DRIFT_SECONDS = (1 * HOUR, 48 * HOUR)


@dataclass(frozen=True)
class ReferenceData:
    tickets: list[Ticket]
    #: ids whose ``updated_at`` is drawn again on every call
    modified: frozenset[str]


def generate_reference_tickets(count: int, seed: int, now: int) -> ReferenceData:
    """``count`` tickets over the four tenants, created in the 30 days before ``now``, oldest first."""
    rng = random.Random(seed)
    writer = MessageWriter(rng)
    tenants = list(TENANTS)
    ages = sorted((rng.randrange(HISTORY) for _ in range(count)), reverse=True)
    tickets, modified = [], set()
    for number, age in enumerate(ages, start=1):
        _, subject, message = writer.write()
        created = now - age
        ticket = Ticket(
            id=ticket_id(number),
            tenant_id=rng.choice(tenants),
            source=rng.choice(SOURCES),
            customer_id=f"cust-{rng.randrange(1, 251):04d}",
            subject=subject,
            message=message,
            status=rng.choice(STATUSES),
            created=created,
            updated=created,
            deleted=rng.random() < DELETED_SHARE,
        )
        if rng.random() < MODIFIED_SHARE:
            modified.add(ticket.id)
        tickets.append(ticket)
    return ReferenceData(tickets, frozenset(modified))


def drifted_updated_at(ticket: Ticket, rng: random.Random) -> int:
    """A modified ticket's ``updated_at`` for this one call (epoch seconds)."""
    return ticket.created + rng.randint(*DRIFT_SECONDS)
