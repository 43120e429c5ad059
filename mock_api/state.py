"""Everything one running mock knows, in one object owned by its app.

Keeping the state here rather than at module level is what lets tests build fresh
apps side by side and lets ``POST /admin/config`` retune a live mock: handlers
read the settings on every call instead of capturing them at start.

The profile is chosen once, here: ``reference`` builds its own data set, a limiter
whose ``Retry-After`` follows the customer's mock, and the per-ticket ``/notify`` rule.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .config import MockConfig
from .dataset import Ticket, format_timestamp, generate_tickets
from .notify_log import NotifyLog
from .reference_dataset import drifted_updated_at, generate_reference_tickets
from .reference_notify import ReferenceNotifyRule
from .store import TicketStore
from .window import CallMeter, SlidingWindowLimiter

MILLISECONDS = 1 / 1000  # seconds
#: xor-ed into the seed so faults do not replay the dataset's random stream
FAULT_SEED_SALT = 0x5EED
#: and so the reference profile's drifting ``updated_at`` gets a stream of its own
DRIFT_SEED_SALT = 0xD21F7


@dataclass
class ProviderState:
    config: MockConfig
    store: TicketStore
    limiter: SlidingWindowLimiter
    meter: CallMeter
    notify_log: NotifyLog = field(default_factory=NotifyLog)
    faults: random.Random = field(default_factory=random.Random)
    #: reference profile: ids whose ``updated_at`` is drawn again on every call
    modified: set[str] = field(default_factory=set)
    drift: random.Random = field(default_factory=random.Random)
    #: reference profile: the per-ticket ``/notify`` rule (None in the default profile)
    notify_rule: ReferenceNotifyRule | None = None

    @classmethod
    def build(
        cls,
        config: MockConfig,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> ProviderState:
        reference = config.profile == "reference"
        if reference:
            data = generate_reference_tickets(config.tickets, config.seed, int(wall_clock()))
            tickets, modified = data.tickets, set(data.modified)
        else:
            tickets, modified = generate_tickets(config.tickets, config.seed, int(wall_clock())), set()
        return cls(
            config=config,
            store=TicketStore(tickets, wall_clock),
            limiter=SlidingWindowLimiter(config.rate_limit_per_minute, clock=clock, plus_one=reference),
            meter=CallMeter(clock=clock),
            faults=random.Random(config.seed ^ FAULT_SEED_SALT),
            modified=modified,
            drift=random.Random(config.seed ^ DRIFT_SEED_SALT),
            notify_rule=ReferenceNotifyRule(clock) if reference else None,
        )

    @property
    def reference(self) -> bool:
        return self.config.profile == "reference"

    def render(self, ticket: Ticket) -> dict[str, object]:
        """A ticket as the feed serves it; a modified reference ticket drifts on every call."""
        body = ticket.to_json(show_deleted=True)
        if ticket.id in self.modified:
            body["updated_at"] = format_timestamp(drifted_updated_at(ticket, self.drift))
        return body

    def settle(self, ticket_id: str) -> None:
        """An admin edit is a definite change: the ticket stops drifting."""
        self.modified.discard(ticket_id)

    def reconfigure(self, changes: dict[str, object]) -> None:
        self.config.update(changes)
        self.limiter.limit = self.config.rate_limit_per_minute

    def reset_counters(self) -> None:
        """Also empties the limiter's window, so the next test starts with a full budget,
        and forgets the reference ``/notify`` rule's counts."""
        self.notify_log.reset()
        self.meter.reset()
        self.limiter.clear()
        if self.notify_rule is not None:
            self.notify_rule.reset()

    def unlucky(self, rate: float) -> bool:
        return rate > 0 and self.faults.random() < rate

    async def delay(self, latency_ms: tuple[int, int]) -> None:
        low, high = latency_ms
        if high > 0:
            await asyncio.sleep(self.faults.uniform(low, high) * MILLISECONDS)

