"""Request parameters as plain, validated strings: nothing a client sends becomes an operator."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from actors.storage.ticket_queries import TENANT_PATTERN
from web.errors import ApiError

#: one definition of a valid tenant id, shared with the query builder
TENANT_RE = TENANT_PATTERN


def check_tenant(value: str) -> str:
    if not isinstance(value, str) or not TENANT_RE.fullmatch(value):
        raise ValueError("tenant_id must match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    return value


TenantId = Annotated[str, AfterValidator(check_tenant)]


class Query(BaseModel):
    """Base for query-string models: unknown parameters are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class TenantQuery(Query):
    tenant_id: TenantId


def tenant_or_422(value: str | None) -> str:
    if value is None:
        raise ApiError(422, "invalid_parameter", "tenant_id: field required")
    try:
        return check_tenant(value)
    except ValueError as exc:
        raise ApiError(422, "invalid_parameter", f"tenant_id: {exc}") from None
