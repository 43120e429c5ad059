"""Request parameters as plain, validated strings: nothing a client sends becomes an operator.

The guard below runs right after authentication, before any view: a parameter name that is
not a plain identifier (``tenant_id[]``, ``status[$ne]``) or a parameter given twice is
``422``. Frameworks elsewhere turn ``a[]=x&a[]=y`` into a list and ``a=1&a=2`` into "the
last one"; here neither can sneak a second value past validation.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict
from quart import Quart, current_app, request

from actors.storage.ticket_queries import TENANT_PATTERN
from web.errors import ApiError

#: one definition of a valid tenant id, shared with the query builder
TENANT_RE = TENANT_PATTERN
#: what a query parameter's name may be: no brackets, dots or operators
PARAMETER_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")


def check_tenant(value: str) -> str:
    if not isinstance(value, str) or not TENANT_RE.fullmatch(value):
        raise ValueError("tenant_id must match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    return value


TenantId = Annotated[str, AfterValidator(check_tenant)]


class Query(BaseModel):
    """Base for query-string models: unknown parameters are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class TenantQuery(Query):
    #: optional with a tenant key (the key names the tenant); required with the admin key
    tenant_id: TenantId | None = None


def tenant_or_422(value: str | None) -> str:
    if value is None:
        raise ApiError(422, "invalid_parameter", "tenant_id: field required")
    try:
        return check_tenant(value)
    except ValueError as exc:
        raise ApiError(422, "invalid_parameter", f"tenant_id: {exc}") from None


def check_parameters() -> None:
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit is not None and (request.content_length or 0) > limit:
        # refused before any view: nothing here reads a body that large (and Quart stops
        # buffering past the limit whether or not a view reads it)
        raise ApiError(413, "too_large", f"request bodies are limited to {limit} bytes")
    for key in request.args:
        if not PARAMETER_NAME.fullmatch(key):
            raise ApiError(422, "invalid_parameter", f"{key[:64]}: not a parameter name (no brackets or operators)")
        if len(request.args.getlist(key)) > 1:
            # `?tenant_id=a&tenant_id=b` must never mean "a or b", nor silently "a"
            raise ApiError(422, "invalid_parameter", f"{key}: given more than once")


def install_parameter_guard(app: Quart) -> None:
    app.before_request(check_parameters)
