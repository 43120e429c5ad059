"""How many alerts a minute the specified breaker lets through to the customer's provider.

The provider (``python -m mock_api --profile reference``) fails the first and second
``/notify`` call for every ticket and accepts the third; after 10 failures in a row it
answers 503 to everything for 30 s. Our breaker (``actors/rules/circuit_breaker.py``,
fixed by the spec) opens at 5 failures among the last 10 calls, stays open 30 s, then lets
one probe through: success closes it with an empty window, failure reopens it. Each alert
needs two failures and a success, so the breaker must open again and again; the question
is how many alerts each 30 s open period can be made to pay for.

**The bound.** Call a *cycle* one open period, its probe and the closed phase that follows
until the breaker opens again. The probe should be a success (a failed probe buys one
failure for 30 s). In the closed phase, with ``s`` successes, the most failures that fit
before the one that opens it is ``f(s) = 5 + 4 * floor(s / 6)`` (four failures, then six
successes slide them out, four more, ... and the fifth failure in a window opens it;
``max_failures`` below finds it by search). Over many cycles failures must equal twice the
successes (probe included), so the best mix of cycle shapes is a small linear programme
(``bound``): about 3.25 alerts per cycle, i.e. ``60 * 3.25 / (30 + 3 * 3.25 * call)`` a
minute, **5.9 a minute at 0.3 s per call**. Keeping no more calls in flight than the window
can still absorb (what the notifier does) makes concurrent calls no better than this.

**The schedules.** ``simulate`` replays a backlog against a model of that provider with the
real breaker on a fake clock, one call at a time (``call`` seconds each), the notifier's
retry backoff between attempts, and prints alerts a minute for: the order of work before
this change (oldest due first), one that spends its failures first (fewest attempts
first), one that always sends the most-attempted alert, the notifier's breaker-aware
schedule (``actors/rules/alert_schedule.py``) and the same without its hold-back (a ready
success goes out as soon as the window is full, instead of waiting until enough are ready
to free it).

    python bench/alert_limit.py                 # 300 alerts, 0.3 s a call
    python bench/alert_limit.py --call 0.3 --alerts 100
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for `python bench/alert_limit.py`

from actors.rules import alert_schedule  # noqa: E402
from actors.rules.alert_schedule import BreakerView, Candidate, SuccessModel  # noqa: E402
from actors.rules.backoff import Backoff  # noqa: E402
from actors.rules.circuit_breaker import CircuitBreaker  # noqa: E402
from bench.report import table  # noqa: E402

WINDOW, THRESHOLD, OPEN_SECONDS = 10, 5, 30.0
#: the provider: calls per ticket that fail, failures in a row before it locks up, for how long
FAILING_CALLS, LOCKUP_AFTER, LOCKUP_SECONDS = 2, 10, 30.0


# -- the bound ---------------------------------------------------------------------------------


def max_failures(successes: int, window: int = WINDOW, threshold: int = THRESHOLD) -> int:
    """Most failures a closed phase with ``successes`` successes can hold, the opening one included.

    Exhaustive over the breaker's window contents: a state is the last ``window`` outcomes and
    the successes spent so far; a failure that makes ``threshold`` in the window ends the phase.
    """
    best = -1
    frontier: dict[tuple[tuple[bool, ...], int], int] = {((), 0): 0}  # (window, successes) -> failures
    for _ in range(successes + 4 * (successes // 2 + 2) + threshold):
        grown: dict[tuple[tuple[bool, ...], int], int] = {}
        for (recent, s), f in frontier.items():
            failing = (recent + (False,))[-window:]
            if failing.count(False) >= threshold:
                if s == successes:
                    best = max(best, f + 1)
            elif f + 1 > grown.get((failing, s), -1):
                grown[(failing, s)] = f + 1
            if s < successes:
                passing = (recent + (True,))[-window:]
                if f > grown.get((passing, s + 1), -1):
                    grown[(passing, s + 1)] = f
        if not grown:
            break
        frontier = grown
    return best


@dataclass(frozen=True)
class Bound:
    alerts_per_cycle: float
    cycle_seconds: float
    per_minute: float
    shapes: str


def bound(call: float, open_seconds: float = OPEN_SECONDS, max_successes: int = 18) -> Bound:
    """Best mix of cycle shapes (successes ``1 + s``, failures ``f(s)``) with failures = 2 x successes."""
    shapes = [(1 + s, max_failures(s)) for s in range(max_successes + 1)]
    best = Bound(0.0, 0.0, 0.0, "")
    for i, (s1, f1) in enumerate(shapes):
        for s2, f2 in shapes[i:]:
            b1, b2 = f1 - 2 * s1, f2 - 2 * s2  # spare failures of each shape (may be negative)
            if b1 < 0 and b2 < 0:
                continue
            # weights w1, w2 >= 0 with w1 * b1 + w2 * b2 = 0 (or one shape alone with spare >= 0)
            w1, w2 = (1.0, 0.0) if b2 >= 0 and b1 >= 0 and s1 >= s2 else \
                     (0.0, 1.0) if b1 >= 0 and b2 >= 0 else \
                     (abs(b2), abs(b1))
            cycles = w1 + w2
            alerts = (w1 * s1 + w2 * s2) / cycles
            calls = (w1 * (s1 + f1) + w2 * (s2 + f2)) / cycles
            # spare failures are spent, not needed: count only the 3 calls each alert uses
            seconds = open_seconds + call * min(calls, 3 * alerts)
            rate = 60 * alerts / seconds
            if rate > best.per_minute:
                best = Bound(alerts, seconds, rate, f"{s1}S/{f1}F x {w1:g} + {s2}S/{f2}F x {w2:g}")
    return best


# -- the simulation ----------------------------------------------------------------------------


@dataclass
class SimAlert:
    key: str
    priority: int
    created: float
    attempts: int = 0
    due_at: float = 0.0
    sent_at: float | None = None


class ReferenceNotify:
    """The provider's ``/notify`` rule: per ticket, calls 1 and 2 fail; 10 failures in a row lock it up."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}
        self.in_a_row = 0
        self.locked_until = -1.0
        self.accepted: dict[str, int] = {}

    def call(self, key: str, now: float) -> int:
        if now < self.locked_until:
            return 503
        self.calls[key] = self.calls.get(key, 0) + 1
        if self.calls[key] <= FAILING_CALLS:
            self.in_a_row += 1
            if self.in_a_row >= LOCKUP_AFTER:
                self.locked_until, self.in_a_row = now + LOCKUP_SECONDS, 0
            return 500
        self.in_a_row = 0
        self.accepted[key] = self.accepted.get(key, 0) + 1
        return 200


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


Policy = Callable[[CircuitBreaker, list[SimAlert], float, SuccessModel], list[SimAlert]]


def oldest_due(breaker, pending, now, model) -> list[SimAlert]:
    due = [a for a in pending if a.due_at <= now]
    return sorted(due, key=lambda a: (a.due_at, a.created))[:1]


def fewest_attempts(breaker, pending, now, model) -> list[SimAlert]:
    due = [a for a in pending if a.due_at <= now]
    return sorted(due, key=lambda a: (a.attempts, a.created))[:1]


def most_attempted(breaker, pending, now, model) -> list[SimAlert]:
    due = [a for a in pending if a.due_at <= now]
    return sorted(due, key=lambda a: (-a.attempts, a.created))[:1]


def breaker_aware(breaker, pending, now, model) -> list[SimAlert] | float:
    snap = breaker.snapshot()
    view = BreakerView(snap.state.value, breaker.recent_outcomes(), breaker.window, breaker.failure_threshold)
    by_key = {a.key: a for a in pending}
    candidates = [Candidate(a.key, a.priority, a.attempts, a.created, a.due_at - now) for a in pending]
    chosen = alert_schedule.plan(view, candidates, model, limit=8)
    if not chosen.calls:
        return chosen.wait_seconds
    return [by_key[c.key] for c in chosen.calls]


def eager_successes(breaker, pending, now, model) -> list[SimAlert] | float:
    """The schedule without its hold-back: a ready success goes out as soon as the window is full."""
    view = BreakerView(breaker.state.value, breaker.recent_outcomes(), breaker.window, breaker.failure_threshold)
    ready = [a for a in pending if a.due_at <= now and model.likely(a.attempts)]
    if view.state == "closed" and view.absorbable() == 1 and ready:
        return [min(ready, key=lambda a: (a.priority, a.created))]
    return breaker_aware(breaker, pending, now, model)


POLICIES: dict[str, Policy] = {
    "oldest due first (before)": oldest_due,
    "fewest attempts first": fewest_attempts,
    "most attempted first": most_attempted,
    "breaker-aware, successes at once": eager_successes,
    "breaker-aware (alert_schedule)": breaker_aware,
}


@dataclass(frozen=True)
class SimResult:
    delivered: int
    seconds: float
    calls: int
    duplicates: int
    lockups: int

    @property
    def per_minute(self) -> float:
        return 60 * self.delivered / self.seconds if self.seconds else 0.0


def simulate(policy: Policy, alerts: int = 300, call: float = 0.3, seed: int = 1,
             max_seconds: float = 6 * 3600) -> SimResult:
    clock = Clock()
    breaker = CircuitBreaker("notify", WINDOW, THRESHOLD, OPEN_SECONDS, clock=clock)
    backoff = Backoff(base=1.0, cap=300.0, max_attempts=1000, rng=random.Random(seed))
    provider, model = ReferenceNotify(), SuccessModel()
    rng = random.Random(seed)
    pending = [SimAlert(f"T{i:04d}", rng.choice((0, 1, 1, 2)), float(i) / 1000) for i in range(alerts)]
    calls = lockups = 0
    last_sent = 0.0
    while pending and clock.now < max_seconds:
        if breaker.retry_after() > 0:
            clock.now += breaker.retry_after()
            continue
        batch = policy(breaker, pending, clock.now, model)
        if isinstance(batch, float) or not batch:
            wait = batch if isinstance(batch, float) and batch > 0 else None
            clock.now = clock.now + wait if wait else min(a.due_at for a in pending)
            continue
        for alert in batch:
            if not breaker.allow():
                break
            status = provider.call(alert.key, clock.now)
            lockups += status == 503
            clock.now += call
            calls += 1
            model.record(alert.attempts, status == 200)
            if status == 200:
                breaker.record_success()
                alert.sent_at = last_sent = clock.now
                pending.remove(alert)
            else:
                breaker.record_failure()
                alert.attempts += 1
                alert.due_at = clock.now + backoff.delay(alert.attempts - 1)
    delivered = alerts - len(pending)
    duplicates = sum(n - 1 for n in provider.accepted.values())
    return SimResult(delivered, last_sent, calls, duplicates, lockups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=300)
    parser.add_argument("--call", type=float, default=0.3, help="seconds per /notify call")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    best = bound(args.call)
    print(f"bound: {best.per_minute:.2f} alerts/min at {args.call:g} s a call "
          f"({best.alerts_per_cycle:.2f} alerts per {best.cycle_seconds:.1f} s cycle; shapes {best.shapes})")
    rows = []
    for name, policy in POLICIES.items():
        r = simulate(policy, args.alerts, args.call, args.seed)
        rows.append([name, r.delivered, f"{r.seconds / 60:.1f}", f"{r.per_minute:.2f}", r.calls, r.duplicates,
                     r.lockups])
    print(table(["schedule", "delivered", "minutes", "alerts/min", "calls", "duplicates", "503s"], rows,
                title=f"\n{args.alerts} alerts, {args.call:g} s a call, breaker {THRESHOLD} of {WINDOW} / "
                      f"{OPEN_SECONDS:g} s, provider fails calls 1-{FAILING_CALLS} per ticket"))


if __name__ == "__main__":
    main()
