"""Every error is ``{"error": code, "detail": text}`` with the right status.

An unexpected exception becomes a 500 carrying an error id that is also in the log line with
the traceback, so support can find it; the client never sees a stack trace.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from pymongo.errors import ConnectionFailure, PyMongoError, ServerSelectionTimeoutError
from quart import Quart, jsonify
from quart_schema import RequestSchemaValidationError
from werkzeug.exceptions import HTTPException

from actors.kit import ActorStopped, AskTimeout, MailboxFull

log = logging.getLogger("tickets.web")


class ApiError(Exception):
    """Raise from a route to answer with the contract's error shape."""

    def __init__(self, status: int, error: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.error = error
        self.detail = detail
        self.extra = extra
        self.headers: dict[str, str] = {}


def error_response(status: int, error: str, detail: str, headers: dict[str, str] | None = None, **extra: Any):
    body = {"error": error, "detail": detail, **extra}
    response = jsonify(body)
    response.status_code = status
    for k, v in (headers or {}).items():
        response.headers[k] = v
    return response


def _validation_detail(exc: RequestSchemaValidationError) -> str:
    err = exc.validation_error
    errors = getattr(err, "errors", None)
    if callable(errors):
        parts = []
        for e in errors():
            where = ".".join(str(x) for x in e.get("loc", ())) or "request"
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return "; ".join(parts)
    return str(err)


def query_timeout(exc: PyMongoError):
    # the driver's text names the server's address: it goes to the log, not to the client
    log.warning("query timed out", extra={"error": str(exc)[:300]})
    return error_response(503, "query_timeout", "the query took longer than this service allows; try again shortly",
                          {"Retry-After": "2"})


def install_error_handlers(app: Quart) -> None:
    @app.errorhandler(ApiError)
    async def api_error(exc: ApiError):
        return error_response(exc.status, exc.error, exc.detail, exc.headers, **exc.extra)

    @app.errorhandler(RequestSchemaValidationError)
    async def validation_error(exc: RequestSchemaValidationError):
        return error_response(422, "invalid_parameter", _validation_detail(exc))

    @app.errorhandler(HTTPException)
    async def http_error(exc: HTTPException):
        code = exc.code or 500
        names = {404: "not_found", 405: "method_not_allowed", 400: "bad_request", 413: "too_large"}
        return error_response(code, names.get(code, f"http_{code}"), exc.description or exc.name)

    @app.errorhandler(ConnectionFailure)
    async def database_down(exc: ConnectionFailure):
        if exc.timeout and not isinstance(exc, ServerSelectionTimeoutError):  # QUERY_TIMEOUT_MS ran out
            return query_timeout(exc)
        log.warning("database unavailable", extra={"error": str(exc)[:300]})
        return error_response(503, "database_unavailable", "MongoDB is not reachable; try again shortly", {"Retry-After": "2"})

    @app.errorhandler(PyMongoError)
    async def database_error(exc: PyMongoError):
        if exc.timeout:
            return query_timeout(exc)
        return await unexpected(exc)

    @app.errorhandler(MailboxFull)
    async def busy(exc: MailboxFull):
        return error_response(503, "busy", f"{exc} is busy; try again shortly", {"Retry-After": "1"})

    @app.errorhandler(AskTimeout)
    async def ask_timeout(exc: AskTimeout):
        return error_response(503, "timeout", str(exc), {"Retry-After": "1"})

    @app.errorhandler(ActorStopped)
    async def stopped(exc: ActorStopped):
        return error_response(503, "unavailable", f"{exc} is not running (shutting down or restarting)", {"Retry-After": "2"})

    @app.errorhandler(Exception)
    async def unexpected(exc: Exception):
        error_id = uuid.uuid4().hex[:12]
        log.error("unhandled error", exc_info=exc, extra={"error_id": error_id})
        return error_response(500, "internal_error", "unexpected error; quote error_id to support", error_id=error_id)
