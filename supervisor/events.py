"""Structured event log: JSON lines on stderr plus a bounded in-memory ring.

The ring is what ``GET /supervisor/log`` serves; it is bounded so a crash loop cannot grow
memory. The JSON lines go through stdlib logging so an operator's log shipper sees the same
events with the same fields.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import deque
from datetime import datetime, timezone
from typing import Any

LOGGER_NAME = "tickets"
#: attribute names a LogRecord already has; an event field by that name is prefixed
_RESERVED = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime", "event"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts``, ``level``, ``logger``, ``event`` and any extras."""

    _skip = _RESERVED - {"event"}

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in self._skip and not key.startswith("_"):
                payload[key] = value
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


def configure_logging(level: str = "INFO") -> None:
    """Route every logger through one JSON handler on stderr (idempotent)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tickets_json", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler._tickets_json = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # Hypercorn's access log is noisy at INFO and duplicates our request metrics.
    logging.getLogger("hypercorn.access").setLevel(logging.WARNING)


class EventLog:
    """Supervision events: start, crash (with the error), restart, stop, escalate."""

    def __init__(self, capacity: int = 500, logger: logging.Logger | None = None) -> None:
        self._ring: deque[dict[str, Any]] = deque(maxlen=capacity)
        self._log = logger or logging.getLogger(f"{LOGGER_NAME}.supervisor")
        self._seq = 0

    def emit(self, event: str, **fields: Any) -> dict[str, Any]:
        self._seq += 1
        record = {
            "seq": self._seq,
            "ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "event": event,
            **fields,
        }
        self._ring.append(record)
        level = logging.ERROR if event in {"crash", "escalate"} else logging.INFO
        self._log.log(level, event, extra={(f"f_{k}" if k in _RESERVED else k): v for k, v in fields.items()})
        return record

    def recent(self, limit: int = 100) -> list[dict[str, Any]]:
        """The newest ``limit`` events, newest last."""
        if limit <= 0:
            return []
        items = list(self._ring)
        return items[-limit:]

    def __len__(self) -> int:
        return len(self._ring)
