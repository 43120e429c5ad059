"""Deterministic synthetic tickets: same seed, same tickets.

Everything random comes from one ``random.Random(seed)`` so two mock processes
started with the same seed serve the same data, which is what lets tests and
demos compare runs. Timestamps are the one thing tied to the clock: they are
offsets (whole seconds) back from ``now``, so a dashboard's "last 24 hours" always
has something in it; two runs differ only by the shift between their ``now``.

Ids follow creation order (``TCK-000001`` is the oldest) the way a real ticketing
system numbers them, and customers are drawn from a skewed distribution so a few
customers have many tickets: the "at risk customers" analytics need such people.
"""

from __future__ import annotations

import bisect
import itertools
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass

from .phrasebook import GREETINGS, SIGN_OFFS, SLOTS, SUBJECT_PREFIXES, THEMES, Theme

DAY = 24 * 60 * 60  # seconds
HISTORY = 30 * DAY
#: share of tickets placed in the last day on top of the uniform spread
RECENT_SHARE = 0.08

#: tenant -> (share of tickets, number of customers)
TENANTS: dict[str, tuple[float, int]] = {
    "acme": (0.40, 300),
    "globex": (0.30, 200),
    "initech": (0.20, 120),
    "umbrella": (0.10, 60),
}
SOURCES = ("email", "chat", "web", "phone", "api")
SOURCE_WEIGHTS = (35, 20, 25, 10, 10)
STATUSES = ("open", "pending", "resolved", "closed")
#: young tickets are mostly still open, old ones mostly done
STATUS_WEIGHTS_RECENT = (60, 30, 10, 0)
STATUS_WEIGHTS_OLDER = (15, 15, 35, 35)

TICKET_FIELDS = (
    "id", "tenant_id", "source", "customer_id", "subject", "message", "status",
    "created_at", "updated_at",
)


def format_timestamp(epoch_seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch_seconds))


def ticket_id(number: int) -> str:
    return f"TCK-{number:06d}"


@dataclass(slots=True)
class Ticket:
    """A provider ticket; times are kept as epoch seconds and rendered on output."""

    id: str
    tenant_id: str
    source: str
    customer_id: str
    subject: str
    message: str
    status: str
    created: int
    updated: int
    deleted: bool = False

    def to_json(self, *, show_deleted: bool = False) -> dict[str, object]:
        body: dict[str, object] = {
            "id": self.id,
            "tenant_id": self.tenant_id,
            "source": self.source,
            "customer_id": self.customer_id,
            "subject": self.subject,
            "message": self.message,
            "status": self.status,
            "created_at": format_timestamp(self.created),
            "updated_at": format_timestamp(self.updated),
        }
        if show_deleted and self.deleted:
            body["deleted"] = True
        return body


class _Slots(dict[str, str]):
    """Fills only the slots a template uses, once each, so a subject and its body agree."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self._rng = rng

    def __missing__(self, key: str) -> str:
        value = self[key] = self._rng.choice(SLOTS[key])
        return value


def _cumulative(weights: Sequence[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng: random.Random, items: Sequence, cum: list[float]):
    # min(): float rounding may land a draw exactly on the total
    return items[min(bisect.bisect_right(cum, rng.random() * cum[-1]), len(items) - 1)]


class MessageWriter:
    """Composes subjects and messages; public so tests can check the theme mix directly."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._theme_cum = _cumulative([t.weight for t in THEMES])

    def write(self) -> tuple[Theme, str, str]:
        rng = self._rng
        theme: Theme = _pick(rng, THEMES, self._theme_cum)
        slots = _Slots(rng)
        subjects, bodies = rng.choice(theme.stories)
        subject = rng.choice(subjects).format_map(slots)
        if rng.random() < 0.12:
            subject = rng.choice(SUBJECT_PREFIXES) + subject
        body = rng.choice(bodies).format_map(slots)
        if theme.language is not None:
            greeting = rng.choice(GREETINGS[theme.language]).format_map(slots)
            sign_off = rng.choice(SIGN_OFFS[theme.language]).format_map(slots)
            body = "\n\n".join(part for part in (greeting, body, sign_off) if part)
        return theme, subject, body


def generate_tickets(count: int, seed: int, now: int) -> list[Ticket]:
    """``count`` tickets spread over the 30 days before ``now`` (epoch seconds), oldest first."""
    rng = random.Random(seed)
    writer = MessageWriter(rng)
    tenants = list(TENANTS)
    tenant_cum = _cumulative([share for share, _ in TENANTS.values()])
    # Zipf-like weights: customer 1 of a tenant writes far more than customer 200.
    customer_cum = {
        tenant: _cumulative([1.0 / (rank ** 0.6) for rank in range(1, customers + 1)])
        for tenant, (_, customers) in TENANTS.items()
    }
    source_cum = _cumulative(SOURCE_WEIGHTS)
    recent_cum = _cumulative(STATUS_WEIGHTS_RECENT)
    older_cum = _cumulative(STATUS_WEIGHTS_OLDER)

    ages = sorted(
        (rng.randrange(DAY) if rng.random() < RECENT_SHARE else rng.randrange(HISTORY)
         for _ in range(count)),
        reverse=True,
    )
    tickets = []
    for number, age in enumerate(ages, start=1):
        tenant = _pick(rng, tenants, tenant_cum)
        customer = _pick(rng, range(1, len(customer_cum[tenant]) + 1), customer_cum[tenant])
        _, subject, message = writer.write()
        status = _pick(rng, STATUSES, recent_cum if age < DAY else older_cum)
        created = now - age
        # Skewed towards early updates; open tickets have often not been touched.
        touched = 0 if status == "open" and rng.random() < 0.6 else int(rng.random() ** 2 * age)
        tickets.append(Ticket(
            id=ticket_id(number),
            tenant_id=tenant,
            source=_pick(rng, SOURCES, source_cum),
            customer_id=f"cust-{customer:04d}",
            subject=subject,
            message=message,
            status=status,
            created=created,
            updated=created + touched,
        ))
    return tickets
