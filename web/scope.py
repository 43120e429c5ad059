"""Which tenant a request acts for: decided here, once, from the caller's key.

A tenant key acts for its own tenant: ``tenant_id`` may be omitted, and any other tenant
id answers ``404`` with exactly the body an unknown tenant gets, so a probe learns nothing
about which tenants exist. The admin key acts for any tenant and must name one. Lookups by
id (a job, a ticket) pass :func:`owner_filter` into the query itself: another tenant's
object is never read, so it cannot leak through a forgotten check afterwards.
"""

from __future__ import annotations

from web.auth import Principal, current_principal
from web.errors import ApiError


def tenant_not_found(tenant_id: str) -> ApiError:
    """The same body for a tenant that does not exist and one this key may not see.

    It does not even repeat the id asked for: a 404 body holds nothing of the other tenant.
    """
    return ApiError(404, "not_found", "no such tenant")


def tenant_scope(requested: str | None) -> str:
    """The tenant this request may act for, given the (validated) ``tenant_id`` it named."""
    principal = current_principal()
    if principal is None or principal.is_admin:
        if requested is None:
            raise ApiError(422, "invalid_parameter", "tenant_id: field required (an admin key acts for any tenant)")
        return requested
    if requested is None or requested == principal.tenant_id:
        return principal.tenant_id  # type: ignore[return-value]
    raise tenant_not_found(requested)


def owner_filter() -> str | None:
    """The tenant every by-id lookup must match; None for the admin key (any tenant)."""
    principal = current_principal()
    return None if principal is None or principal.is_admin else principal.tenant_id


def sees_everything() -> bool:
    """Admins see documents whole; tenants see them without other tenants' or internal facts."""
    principal: Principal | None = current_principal()
    return principal is not None and principal.is_admin
