"""What ``/notify`` received, so tests can prove the app's alerts are exactly-once.

Retries are the app's business; the provider's promise is that an idempotency key
it already accepted is acknowledged again (``duplicate: true``) instead of alerting
twice. ``duplicate_keys`` counts those repeats, so "every alert delivered once"
reads as ``unique_keys`` equal to the number of alerts the app meant to send.

The reference profile ignores keys: an accepted call alerts, whatever its key. So the
log also counts accepted calls per ``ticket_id`` (``ticket_stats``): there, "delivered
once" reads as ``duplicate_tickets == 0``.
"""

from __future__ import annotations

from typing import NamedTuple


class NotifyStats(NamedTuple):
    #: well-formed calls that reached the fault injection
    received: int
    #: calls answered 200, repeats included
    accepted: int
    #: distinct keys accepted
    unique_keys: int
    #: accepted calls whose key had already been accepted
    duplicate_keys: int
    #: calls answered with an injected 5xx
    failed: int
    #: calls refused as malformed (no key, bad body)
    invalid: int


class TicketStats(NamedTuple):
    #: distinct ticket ids accepted at least once
    unique_tickets: int
    #: accepted calls for a ticket id already accepted (an alert the customer saw twice)
    duplicate_tickets: int
    #: accepted ticket ids, in order of first acceptance
    tickets: list[str]


class NotifyLog:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._received = self._accepted = self._duplicates = self._failed = self._invalid = 0
        #: accepted key -> the payload first accepted with it, in acceptance order
        self._keys: dict[str, dict[str, str]] = {}
        #: accepted ticket id -> accepted calls
        self._tickets: dict[str, int] = {}

    def invalid(self) -> None:
        self._invalid += 1

    def received(self) -> None:
        self._received += 1

    def failed(self) -> None:
        self._failed += 1

    def accept(self, key: str, payload: dict[str, str]) -> bool:
        """Record an accepted call; True when the key had been accepted before."""
        self._accepted += 1
        ticket = payload.get("ticket_id", "")
        self._tickets[ticket] = self._tickets.get(ticket, 0) + 1
        if key in self._keys:
            self._duplicates += 1
            return True
        self._keys[key] = payload
        return False

    def stats(self) -> NotifyStats:
        return NotifyStats(self._received, self._accepted, len(self._keys), self._duplicates,
                           self._failed, self._invalid)

    def ticket_stats(self) -> TicketStats:
        return TicketStats(len(self._tickets), sum(n - 1 for n in self._tickets.values()), list(self._tickets))

    def keys(self) -> list[str]:
        return list(self._keys)

    def payloads(self) -> list[dict[str, str]]:
        return [{"idempotency_key": key, **payload} for key, payload in self._keys.items()]
