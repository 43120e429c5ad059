"""The notifier: drains the alert outbox through the circuit breaker.

It never blocks ingestion: the ingester only inserts outbox documents and pokes it. Each
round claims up to ``concurrency`` due entries (a lease each, so other processes skip
them), sends them concurrently with the idempotency key as ``Idempotency-Key``, and
reschedules failures with exponential backoff and full jitter; after ``max_attempts`` an
entry is ``dead`` and visible. A round handles one batch, then the actor pokes itself, so
``ResetCircuit`` and status reads interleave with a long backlog.

While the breaker is open no HTTP call is made: a claimed entry is handed back untouched
(its attempt count restored) and draining pauses until the breaker admits a probe.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

import anyio
import httpx

from actors.storage import outbox
from actors.rules.backoff import Backoff
from actors.rules.circuit_breaker import CircuitBreaker, CircuitSnapshot
from actors.kit import Actor, ActorError, ActorRef
from actors.storage.store import Store

log = logging.getLogger("tickets.notifier")


@dataclass(frozen=True, slots=True)
class Poke:
    """New alerts were queued (or a batch finished): drain what is due."""


@dataclass(frozen=True, slots=True)
class ResetCircuit:
    """Force the breaker closed; replies with its snapshot."""


NotifierMsg = Poke | ResetCircuit


class NotifierStats(NamedTuple):
    breaker: CircuitSnapshot
    sent: int
    failed: int
    dead: int
    returned_unsent: int


class Notifier(Actor[NotifierMsg]):
    #: poll even without pokes: retries come due, other processes queue alerts
    tick_seconds = 1.0

    def __init__(self, store: Store, http: httpx.AsyncClient, notify_url: str, breaker: CircuitBreaker, *, owner: str,
                 timeout_seconds: float = 5.0, max_attempts: int = 8, concurrency: int = 8,
                 backoff: Backoff | None = None) -> None:
        self._store = store
        self._http = http
        self._url = notify_url
        self.breaker = breaker
        self._owner = owner
        self._timeout = timeout_seconds
        self._max_attempts = max_attempts
        self._concurrency = concurrency
        self._backoff = backoff or Backoff(base=1.0, cap=300.0, max_attempts=max_attempts)
        self._sent = self._failed = self._dead = self._returned = 0

    def snapshot(self) -> NotifierStats:
        return NotifierStats(self.breaker.snapshot(), self._sent, self._failed, self._dead, self._returned)

    async def handle(self, message: NotifierMsg) -> CircuitSnapshot | None:
        match message:
            case Poke():
                await self.on_tick()  # same guard: a database outage must not crash-loop us
                return None
            case ResetCircuit():
                self.breaker.reset()
                self._poke_self()
                return self.breaker.snapshot()
        raise TypeError(f"notifier cannot handle {message!r}")

    async def on_tick(self) -> None:
        try:
            await self._round()
        except Exception as exc:  # database away: try again next tick rather than crash-loop
            log.warning("outbox round failed", extra={"error": str(exc)[:200]})

    async def _round(self) -> None:
        if self.breaker.retry_after() > 0:
            return  # open: claiming now would only hand the entries back
        claimed = []
        for _ in range(self._concurrency):
            entry = await outbox.claim(self._store, self._owner, self._timeout + 10)
            if entry is None:
                break
            claimed.append(entry)
        if not claimed:
            return
        async with anyio.create_task_group() as tg:
            for entry in claimed:
                tg.start_soon(self._deliver, entry)
        self.publish()
        if len(claimed) == self._concurrency and self.breaker.retry_after() == 0:
            self._poke_self()

    def _poke_self(self) -> None:
        if self.ref is not None:
            try:
                self.ref.tell_nowait(Poke())
            except ActorError:
                pass

    async def _deliver(self, entry: dict) -> None:
        key = entry["_id"]
        if not self.breaker.allow():
            self._returned += 1
            await outbox.release_unsent(self._store, key, self._owner)
            return
        error = None
        permanent = False
        try:
            with anyio.fail_after(self._timeout):
                response = await self._http.post(
                    self._url,
                    json={"ticket_id": entry["ticket_id"], "tenant_id": entry["tenant_id"],
                          "urgency": entry["urgency"], "reason": entry["reason"]},
                    headers={"Idempotency-Key": key},
                    timeout=self._timeout,
                )
            if response.status_code < 300:
                self.breaker.record_success()
            elif 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                # the endpoint answered; our request is wrong and will stay wrong
                self.breaker.record_success()
                error, permanent = f"HTTP {response.status_code}: {response.text[:200]}", True
            else:
                self.breaker.record_failure()
                error = f"HTTP {response.status_code}"
        except TimeoutError:
            self.breaker.record_failure()
            error = f"timeout after {self._timeout}s"
        except httpx.HTTPError as exc:
            self.breaker.record_failure()
            error = f"{type(exc).__name__}: {exc}"
        except BaseException:
            self.breaker.record_failure()  # every allowed call gets exactly one outcome
            raise
        if error is None:
            self._sent += 1
            await outbox.mark_sent(self._store, key, self._owner)
            return
        self._failed += 1
        attempts = int(entry.get("attempts", 1))
        dead = permanent or attempts >= self._max_attempts
        self._dead += dead
        await outbox.reschedule(self._store, key, self._owner, self._backoff.delay(attempts - 1), error, dead)
        log.info("alert delivery failed", extra={"key": key, "tenant_id": entry["tenant_id"], "attempt": attempts,
                                                 "dead": dead, "error": error})
