"""What ``/supervisor`` must not show even to operators: addresses, pids, file paths.

The supervision tree and its events carry error texts written by the driver and by child
processes ("embedded_mongodb (pid 4242) exited", "127.0.0.1:27017: connection refused",
a log file's path). An admin key can be phished or pasted into a ticket; the tree should
not also hand over where the database listens or where the logs are. The full texts stay
in the JSON log on the host.
"""

from __future__ import annotations

import re
from typing import Any

#: fields that only ever hold such facts
DROPPED_KEYS = frozenset({"details", "pid", "url", "log", "log_path", "mongo", "mongo_url", "provider_url"})
PATTERNS = (
    (re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE), "<url>"),
    (re.compile(r"\bpid\s*[=:]?\s*\d+", re.IGNORECASE), "pid <hidden>"),
    (re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b"), "<address>"),
    (re.compile(r"\blocalhost:\d+\b"), "<address>"),
    (re.compile(r"(?:/[\w.@-]+){3,}/?"), "<path>"),
)


def redact_text(text: str) -> str:
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact(value: Any) -> Any:
    """A copy of ``value`` (dicts, lists, strings) with addresses, pids and paths removed."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {k: redact(v) for k, v in value.items() if k not in DROPPED_KEYS}
    if isinstance(value, (list, tuple)):
        return [redact(v) for v in value]
    return value
