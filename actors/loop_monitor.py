"""Event-loop lag: how late a timer fires. A blocked loop delays every request and every
actor at once, so this is the first number to look at when the service feels slow."""

from __future__ import annotations

from collections import deque
from typing import NamedTuple

import anyio

from actors.kit import Actor, ActorRef


class LoopLag(NamedTuple):
    samples: int
    last_seconds: float
    p50_seconds: float
    p99_seconds: float
    max_seconds: float


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class LoopMonitor(Actor[None]):
    def __init__(self, interval_seconds: float = 0.25, window: int = 240) -> None:
        self.tick_seconds = interval_seconds
        #: the last ``window`` lags (a minute at the default interval): bounded by design
        self._lags: deque[float] = deque(maxlen=window)
        self._expected = 0.0

    async def on_start(self, ref: ActorRef[None]) -> None:
        self._expected = anyio.current_time() + self.tick_seconds

    async def handle(self, message: None) -> LoopLag:
        return self.snapshot()

    async def on_tick(self) -> None:
        now = anyio.current_time()
        self._lags.append(max(0.0, now - self._expected))
        self._expected = now + self.tick_seconds

    def snapshot(self) -> LoopLag:
        values = list(self._lags)
        if not values:
            return LoopLag(0, 0.0, 0.0, 0.0, 0.0)
        return LoopLag(len(values), round(values[-1], 6), round(_quantile(values, 0.5), 6),
                       round(_quantile(values, 0.99), 6), round(max(values), 6))
