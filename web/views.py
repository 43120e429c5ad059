"""What a tenant is shown of shared documents; the admin key sees them whole.

A job or alert document is also an operator's record: it names the process that ran it
(``owner``), carries raw exception text, and counts tickets of *other* tenants the provider
returned. A tenant sees its own facts only:

- no ``owner``, ``lease_owner``, ``lease_until``: which host and pid worked on it is ours;
- ``error`` only when it is one of our own sentences (a provider failure, a lost lock, a
  cancel...), with URLs cut out; anything else (a Python exception's text) becomes a
  generic sentence, the details staying in the log and in the admin's view;
- no ``other_tenant`` / ``unattributed`` counts: they are about other tenants' tickets.
"""

from __future__ import annotations

import re
from typing import Any

#: job errors written by our own code, safe to show the tenant (prefixes)
OWN_JOB_ERRORS = ("provider", "lock lost", "process died", "stopped", "cancelled", "job ")
#: per-job counts about tickets that are not the tenant's
OTHER_TENANTS_METRICS = ("other_tenant", "unattributed")
URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
INTERNAL_ERROR = "internal error; the operators have the details"


def _public_error(error: Any) -> str | None:
    if error is None:
        return None
    text = str(error)
    if not text.lower().startswith(OWN_JOB_ERRORS):
        return INTERNAL_ERROR
    return URL.sub("<url>", text)[:500]


def job_view(doc: dict, full: bool) -> dict:
    view = {k: v for k, v in doc.items() if k != "_id"}
    view.setdefault("progress", 0)
    if full:
        return view
    view.pop("owner", None)
    view["error"] = _public_error(view.get("error"))
    metrics = view.get("metrics")
    if isinstance(metrics, dict):
        view["metrics"] = {k: v for k, v in metrics.items() if k not in OTHER_TENANTS_METRICS}
    return view


def _delivery_error(error: Any) -> str | None:
    if error is None:
        return None
    match = re.match(r"(HTTP \d{3}|timeout after [0-9.]+ ?s)", str(error))
    return match[1] if match else "delivery failed"


def alert_view(doc: dict, full: bool) -> dict:
    view = dict(doc)
    view["key"] = view.pop("_id", view.get("key"))
    if full:
        return view
    for internal in ("lease_owner", "lease_until"):
        view.pop(internal, None)
    view["last_error"] = _delivery_error(view.get("last_error"))
    return view
