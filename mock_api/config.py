"""The mock's knobs, settable from the command line and, for tests, at runtime.

One mutable object rather than module globals: every app built by ``create_app``
owns its own, so two mocks in one process (or one test after another) never see
each other's settings. Runtime changes are validated as a whole before any is
applied, so a bad ``POST /admin/config`` leaves the mock exactly as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace


class ConfigError(ValueError):
    """A setting that the mock cannot honour; the message names it."""


#: ``default``: our provider (tenant filter, keyed ``/notify`` failing at random);
#: ``reference``: behaves as the customer's own mock (see ``reference_notify`` and
#: ``reference_dataset``): no tenant filter, deleted and drifting tickets, a ``/notify``
#: that fails the first two calls per ticket
PROFILES = ("default", "reference")
#: ``/notify`` latency of the reference profile unless given
REFERENCE_NOTIFY_LATENCY_MS = (100, 500)


@dataclass(slots=True)
class MockConfig:
    #: tickets generated at start
    tickets: int = 10_000
    #: seeds the dataset and the fault injection
    seed: int = 42
    #: accepted ``/external/*`` calls in any 60 s
    rate_limit_per_minute: int = 60
    #: share of ``/notify`` calls answered 5xx
    notify_failure_rate: float = 0.2
    #: each ``/notify`` answer is delayed uniformly within this range
    notify_latency_ms: tuple[int, int] = (20, 300)
    #: share of ticket pages answered 503
    page_failure_rate: float = 0.0
    #: each ticket page is delayed uniformly within this range
    page_latency_ms: tuple[int, int] = (0, 0)
    #: which provider to play (``PROFILES``); fixed at start
    profile: str = "default"

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise ConfigError(f"profile must be one of {', '.join(PROFILES)}")
        if self.tickets < 0:
            raise ConfigError("tickets must not be negative")
        limit = self.rate_limit_per_minute
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ConfigError("rate_limit_per_minute must be an integer of at least 1")
        for name in ("notify_failure_rate", "page_failure_rate"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ConfigError(f"{name} must be a number between 0 and 1")
        for name in ("notify_latency_ms", "page_latency_ms"):
            low, high = getattr(self, name)
            if not 0 <= low <= high:
                raise ConfigError(f"{name} must be [low, high] with 0 <= low <= high")

    #: the settings ``POST /admin/config`` may change
    RUNTIME = ("rate_limit_per_minute", "notify_failure_rate", "notify_latency_ms",
               "page_failure_rate", "page_latency_ms")

    def update(self, changes: Mapping[str, object]) -> None:
        unknown = set(changes) - set(self.RUNTIME)
        if unknown:
            raise ConfigError(f"cannot change {', '.join(sorted(unknown))} at runtime")
        values = dict(changes)
        for name in ("notify_latency_ms", "page_latency_ms"):
            if name in values:
                values[name] = _latency_pair(name, values[name])
        candidate = replace(self, **values)  # __post_init__ validates the whole
        for name in values:
            setattr(self, name, getattr(candidate, name))

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["notify_latency_ms"] = list(self.notify_latency_ms)
        data["page_latency_ms"] = list(self.page_latency_ms)
        return data


def _latency_pair(name: str, value: object) -> tuple[int, int]:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise ConfigError(f"{name} must be a list of two integers [low, high]")
    return (value[0], value[1])


def parse_latency(text: str) -> tuple[int, int]:
    """``"20-300"`` -> ``(20, 300)``; a single number means a fixed delay."""
    low, sep, high = text.partition("-")
    try:
        pair = (int(low), int(high if sep else low))
    except ValueError:
        raise ConfigError(f"latency must look like A-B in milliseconds, got {text!r}") from None
    if not 0 <= pair[0] <= pair[1]:
        raise ConfigError(f"latency must satisfy 0 <= A <= B, got {text!r}")
    return pair
