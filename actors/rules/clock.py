"""Time as BSON stores it: UTC, milliseconds.

One place for it, so every writer truncates alike: a value with microseconds compares
newer than its own stored copy, and every run would "change" every ticket.
"""

from __future__ import annotations

from datetime import datetime, timezone


def to_millis(value: datetime) -> datetime:
    """BSON dates hold milliseconds: truncate, or every run would see a 'newer' updated_at."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def utcnow() -> datetime:
    """Now, in UTC milliseconds, so comparisons with stored values are exact."""
    return to_millis(datetime.now(timezone.utc))


def hour_of(value: datetime) -> datetime:
    """The UTC hour a moment falls in: the bucket of the hourly rollups and trend."""
    return to_millis(value).replace(minute=0, second=0, microsecond=0)
