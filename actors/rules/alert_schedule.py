"""Which alerts to send next, given what the notify breaker will still take.

Why this exists: a provider that fails the first two calls for every alert (the customer's
own mock does exactly that) makes two of every three calls fail, so the breaker (open at 5
failures among the last 10 calls, for 30 s, then one probe) must open again and again,
whatever we do. What we control is what each call is spent on. Handing every call to the
oldest due alert spends the probes and the closed-state calls on fresh alerts that cannot
succeed, so the breaker reopens at once and almost nothing is delivered. The rules here:

* **Probe with a likely success.** In ``half_open`` the one call goes to the alert whose next
  call is most likely to succeed (learned per number of failed attempts, the most attempted
  on a tie), so the breaker closes and its window starts empty.
* **Failures first while they are free, then successes.** With a fresh window, the first
  ``threshold - 1`` failures cannot open the breaker; once the window holds that many, only
  successes may follow until old failures slide out. So while there is room, the batch
  spends it on alerts whose next call will probably fail (that is how an alert becomes a
  likely success against such a provider), and when there is none, on likely successes,
  but only if enough are ready to slide a failure out of the window (six after four
  failures); fewer are kept for a later cycle, and the call that opens the breaker goes
  out now, on the alert closest to success, so the next probe has one. Mixing such
  cycles is what reaches the bound ``bench/alert_limit.py`` computes for the specified
  breaker against that provider (5.9 alerts a minute at 0.3 s a call; sending successes
  as soon as they are ready stays near 4.6).
* **No more calls in flight than the window can absorb** (``BreakerView.absorbable``): had
  they all failed, the last one would open the breaker exactly as sequential calls would.
  Calls admitted while closed and answered after it opened are not counted by the breaker,
  so a wider batch would get around it; this keeps the breaker's promise to the provider.
* **Learn before spending.** A call for an attempt count never seen before goes out alone
  while a failure is still free: after three calls the model knows what the provider does
  with calls 1, 2 and 3, without an open period spent finding out.
* **Most severe first** within each kind of call: legal, security/privacy and outage
  alerts, then other high-urgency ones, then the rest; older first within a severity.

Pure: no I/O, no clock (the caller says how soon each candidate comes due).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["BreakerView", "Candidate", "Plan", "SEVERITIES", "SuccessModel", "plan", "priority",
           "severity_name"]

#: severity names, most severe first; an entry's ``priority`` is the index here
SEVERITIES = ("critical", "high", "normal")
#: alert reasons (classifier categories) that are delivered before every other alert
CRITICAL_REASONS = frozenset({"legal_threat", "privacy", "security", "outage"})

#: a candidate whose next call succeeds with at least this estimate is a "likely success"
LIKELY = 0.5
#: how long a plan may wait for a likely success to come due rather than open the breaker
MAX_WAIT_SECONDS = 3.0

BreakerState = Literal["closed", "open", "half_open"]


def priority(reason: object, urgency: object) -> int:
    """0 critical, 1 high, 2 normal: from the alert's trigger and its ticket's urgency.

    Entries queued before severities existed carry both fields, so this is also the
    default for them.
    """
    if reason in CRITICAL_REASONS:
        return 0
    if urgency == "high":
        return 1
    return 2


def severity_name(rank: int) -> str:
    return SEVERITIES[min(max(rank, 0), len(SEVERITIES) - 1)]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An outbox entry as the schedule sees it."""

    key: str
    #: 0 critical .. 2 normal (see :func:`priority`)
    priority: int
    #: calls already made for this entry (all failed: it is still pending)
    attempts: int
    #: any increasing measure of age, e.g. epoch seconds of ``created_at`` (lower = older)
    created: float
    #: seconds until it is due; 0 or less means due now
    due_in: float = 0.0


@dataclass(frozen=True, slots=True)
class BreakerView:
    """What the schedule needs to know of the breaker: its state and its window."""

    state: BreakerState
    #: the outcomes in the window, oldest first (True for success)
    recent: tuple[bool, ...] = ()
    window: int = 10
    failure_threshold: int = 5

    def absorbable(self) -> int:
        """Failures in a row the breaker takes; the last of them opens it (a full window's
        oldest failure slides out as a new one comes in, so this can exceed threshold - count)."""
        recent = list(self.recent)
        for n in range(1, self.window + 2):
            recent = (recent + [False])[-self.window:]
            if recent.count(False) >= self.failure_threshold:
                return n
        return self.window + 1  # pragma: no cover - a threshold above the window is refused

    def successes_to_free(self) -> int:
        """Successes in a row after which a failure no longer opens the breaker (0: one doesn't now).

        With four failures in a fresh window that is six: the window is then full, and the
        next failure pushes the oldest one out as it comes in.
        """
        recent = self.recent
        for k in range(self.window + 1):
            if BreakerView(self.state, recent, self.window, self.failure_threshold).absorbable() >= 2:
                return k
            recent = (recent + (True,))[-self.window:]
        return self.window + 1  # pragma: no cover - a threshold above the window is refused


@dataclass(frozen=True, slots=True)
class Plan:
    """Send ``calls`` now (at once), or, when there are none, look again in ``wait_seconds``."""

    calls: tuple[Candidate, ...] = ()
    wait_seconds: float = 0.0


@dataclass(slots=True)
class SuccessModel:
    """Odds that an alert's next call succeeds, learned by how many calls it already failed.

    A Beta(1, 1) prior per attempt count: untried counts read 0.5, so an alert with more
    failed attempts than any seen before is tried as a probe (optimism under doubt), and
    a provider that fails the first two calls per alert is recognised after a few alerts.
    Counts at ``cap`` and beyond share one cell.
    """

    cap: int = 8
    _tries: list[int] = field(default_factory=list)
    _wins: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._tries = [0] * (self.cap + 1)
        self._wins = [0] * (self.cap + 1)

    def estimate(self, failed_attempts: int) -> float:
        cell = min(max(failed_attempts, 0), self.cap)
        return (self._wins[cell] + 1) / (self._tries[cell] + 2)

    def record(self, failed_attempts: int, succeeded: bool) -> None:
        """One call's outcome for an entry that had ``failed_attempts`` failed calls before it."""
        cell = min(max(failed_attempts, 0), self.cap)
        self._tries[cell] += 1
        self._wins[cell] += succeeded

    def tried(self, failed_attempts: int) -> bool:
        """Has any call been seen for an entry with this many failed attempts?"""
        return self._tries[min(max(failed_attempts, 0), self.cap)] > 0

    def likely(self, failed_attempts: int) -> bool:
        return self.estimate(failed_attempts) >= LIKELY

    def likely_attempts(self) -> list[int]:
        """Failed-attempt counts whose next call is a likely success (``cap`` means "or more")."""
        return [n for n in range(self.cap + 1) if self.likely(n)]

    def table(self) -> list[tuple[int, int, int]]:
        """(failed attempts, calls seen, successes) per cell, for snapshots."""
        return [(n, self._tries[n], self._wins[n]) for n in range(self.cap + 1) if self._tries[n]]


def plan(breaker: BreakerView, candidates: Iterable[Candidate], model: SuccessModel, limit: int,
         max_wait: float = MAX_WAIT_SECONDS) -> Plan:
    """What to send now; ``limit`` caps the batch (the notifier's concurrency)."""
    pool = list(candidates)
    if breaker.state == "open" or limit < 1 or not pool:
        return Plan()
    if breaker.state == "half_open":
        return _probe(pool, model, max_wait)
    return _closed_batch(breaker, pool, model, limit, max_wait)


def _odds(model: SuccessModel, c: Candidate) -> float:
    return model.estimate(c.attempts)


def _probe(pool: Sequence[Candidate], model: SuccessModel, max_wait: float) -> Plan:
    def best_first(c: Candidate) -> tuple:
        return (-_odds(model, c), -c.attempts, c.priority, c.created)

    due = sorted((c for c in pool if c.due_in <= 0), key=best_first)
    soon = sorted((c for c in pool if 0 < c.due_in <= max_wait), key=best_first)
    if soon and (not due or _odds(model, soon[0]) > _odds(model, due[0])):
        return Plan((), soon[0].due_in)
    return Plan((due[0],)) if due else Plan()


def _closed_batch(breaker: BreakerView, pool: list[Candidate], model: SuccessModel, limit: int,
                  max_wait: float) -> Plan:
    absorbable = breaker.absorbable()
    due = [c for c in pool if c.due_in <= 0]
    unknown = [c for c in pool if c.due_in <= max_wait and not model.tried(c.attempts)]
    if unknown and absorbable >= 2:
        # Nothing is known of this attempt count: one call alone, while a failure is free,
        # teaches the model what the provider does (say, that calls 1 and 2 fail) without
        # spending an open period on it. The most attempted first: that is what is unknown.
        first = min(unknown, key=lambda c: (-c.attempts, c.priority, c.created))
        return Plan((first,)) if first.due_in <= 0 else Plan((), first.due_in)
    # builds: the most severe alert, then the one closest to success, then the oldest
    builds = sorted((c for c in due if not model.likely(c.attempts)),
                    key=lambda c: (c.priority, -c.attempts, c.created))
    wins = sorted((c for c in due if model.likely(c.attempts)),
                  key=lambda c: (c.priority, -_odds(model, c), c.created))
    picked: list[Candidate] = []
    expected_failures = 0.0
    while len(picked) < min(limit, absorbable) and (builds or wins):
        if absorbable - 1 - expected_failures >= 1 - 1e-9:  # one more failure cannot open it
            choice = (builds or wins).pop(0)
        elif picked:
            break  # let the window see these outcomes first
        else:
            return _when_full(breaker, pool, builds, wins, model, max_wait)
        picked.append(choice)
        expected_failures += 1 - _odds(model, choice)
    return Plan(tuple(picked))


def _when_full(breaker: BreakerView, pool: Sequence[Candidate], builds: list[Candidate], wins: list[Candidate],
               model: SuccessModel, max_wait: float) -> Plan:
    """The next failure opens the breaker: free the window with successes, or open it now.

    Successes help only if enough follow in a row to slide a failure out of the window;
    fewer are better kept for a later cycle (they stay likely successes), so the failure
    that opens the breaker goes out now, while it still buys the most. With no failure
    left to spend (every alert is a likely success), successes go out anyway.
    """
    soon = sorted(c.due_in for c in pool if 0 < c.due_in <= max_wait and model.likely(c.attempts))
    enough = len(wins) + len(soon) >= breaker.successes_to_free()
    if wins and (enough or not builds):
        return Plan((wins[0],))
    if soon and (enough or not builds):
        return Plan((), soon[0])
    # The failure that opens the breaker: unavoidable progress, best spent on the alert
    # closest to success, so the probe after the open period has a likely success.
    coming = sorted((c for c in pool if c.due_in <= max_wait and not model.likely(c.attempts)),
                    key=lambda c: (c.priority, -c.attempts, c.created))
    if coming and coming[0].due_in > 0:
        return Plan((), coming[0].due_in)
    return Plan((builds[0],)) if builds else Plan()
