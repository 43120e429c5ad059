"""JSON for API responses: ISO-8601 UTC datetimes with ``Z``, ObjectIds as strings."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from bson import ObjectId
from quart.json.provider import DefaultJSONProvider


def iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ApiJSONProvider(DefaultJSONProvider):
    sort_keys = False

    @staticmethod
    def default(value: Any) -> Any:
        if isinstance(value, datetime):
            return iso(value)
        if isinstance(value, ObjectId):
            return str(value)
        if isinstance(value, tuple) and hasattr(value, "_asdict"):
            return value._asdict()
        return DefaultJSONProvider.default(value)
