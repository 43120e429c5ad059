"""Everything one running mock knows, in one object owned by its app.

Keeping the state here rather than at module level is what lets tests build fresh
apps side by side and lets ``POST /admin/config`` retune a live mock: handlers
read the settings on every call instead of capturing them at start.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .config import MockConfig
from .dataset import generate_tickets
from .notify_log import NotifyLog
from .store import TicketStore
from .window import CallMeter, SlidingWindowLimiter

MILLISECONDS = 1 / 1000  # seconds
#: xor-ed into the seed so faults do not replay the dataset's random stream
FAULT_SEED_SALT = 0x5EED


@dataclass
class ProviderState:
    config: MockConfig
    store: TicketStore
    limiter: SlidingWindowLimiter
    meter: CallMeter
    notify_log: NotifyLog = field(default_factory=NotifyLog)
    faults: random.Random = field(default_factory=random.Random)

    @classmethod
    def build(
        cls,
        config: MockConfig,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> ProviderState:
        tickets = generate_tickets(config.tickets, config.seed, int(wall_clock()))
        return cls(
            config=config,
            store=TicketStore(tickets, wall_clock),
            limiter=SlidingWindowLimiter(config.rate_limit_per_minute, clock=clock),
            meter=CallMeter(clock=clock),
            faults=random.Random(config.seed ^ FAULT_SEED_SALT),
        )

    def reconfigure(self, changes: dict[str, object]) -> None:
        self.config.update(changes)
        self.limiter.limit = self.config.rate_limit_per_minute

    def reset_counters(self) -> None:
        """Also empties the limiter's window, so the next test starts with a full budget."""
        self.notify_log.reset()
        self.meter.reset()
        self.limiter.clear()

    def unlucky(self, rate: float) -> bool:
        return rate > 0 and self.faults.random() < rate

    async def delay(self, latency_ms: tuple[int, int]) -> None:
        low, high = latency_ms
        if high > 0:
            await asyncio.sleep(self.faults.uniform(low, high) * MILLISECONDS)
