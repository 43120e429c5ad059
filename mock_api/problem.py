"""Error answers in the contract's one shape: ``{"error": code, "detail": text}``.

Clients branch on ``error`` (a stable code) and show ``detail`` (for humans), so
every refusal the mock makes, including Quart's own 404/405, goes through here.
"""

from __future__ import annotations

from collections.abc import Mapping

from quart import Response, jsonify


def problem(status: int, error: str, detail: str, headers: Mapping[str, str] | None = None) -> Response:
    response = jsonify({"error": error, "detail": detail})
    response.status_code = status
    response.headers.update(headers or {})
    return response
