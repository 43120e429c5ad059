"""The notify circuit breaker and the durable alert outbox.

The breaker is shared by every tenant: a tenant may read its state (is my alert delayed?),
but its delivery counts are about everybody's alerts and only the admin key sees them, and
only the admin key may reset it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from quart import Blueprint, jsonify
from quart_schema import tag, validate_querystring

from actors.notifier import ResetCircuit
from actors.storage import outbox
from web.access import admin_only, tenant_scoped
from web.context import ctx
from web.errors import ApiError
from web.params import Query, TenantId
from web.scope import sees_everything, tenant_scope
from web.views import alert_view

bp = Blueprint("alerts", __name__)


class NotificationsQuery(Query):
    tenant_id: TenantId | None = None
    status: Literal["pending", "sent", "dead"] | None = None
    limit: int = Field(100, ge=1, le=1000)


def _notifier():
    notifier = ctx().notifier
    if notifier is None or notifier.snapshot is None:
        raise ApiError(503, "unavailable", "the notifier is not running")
    return notifier


@bp.get("/circuit/notify/status")
@tenant_scoped
@tag(["alerts"])
async def circuit_status():
    """The notify breaker: state, failures in the window, when it opened and may retry."""
    stats = _notifier().snapshot
    body = stats.breaker.to_status()
    if sees_everything():  # counts over every tenant's alerts: the operators'
        body.update(sent=stats.sent, failed=stats.failed, dead=stats.dead,
                    short_circuited=stats.breaker.short_circuited)
    return jsonify(body)


@bp.post("/circuit/notify/reset")
@admin_only
@tag(["alerts"])
async def circuit_reset():
    """Close the breaker by hand (after fixing the endpoint, say)."""
    snapshot = await _notifier().ask(ResetCircuit(), timeout=5.0, nowait=True)
    return jsonify(snapshot.to_status())


@bp.get("/notifications")
@tenant_scoped
@tag(["alerts"])
@validate_querystring(NotificationsQuery)
async def notifications(query_args: NotificationsQuery):
    """The tenant's alerts in the outbox, newest first, optionally by status."""
    tenant_id = tenant_scope(query_args.tenant_id)
    items = await outbox.list_for_tenant(ctx().store, tenant_id, query_args.status, query_args.limit)
    full = sees_everything()
    return jsonify({"items": [alert_view(item, full) for item in items]})
