"""The operators' routes: tenants, their API keys, their sync interval and rollups (admin key only).

A key's secret is in the answer to ``POST /admin/tenants/{T}/keys`` and nowhere else, ever:
the database keeps its SHA-256, listings show ``key_id``, and revocation takes the
``key_id``. Creating a key registers its tenant, so "make a tenant and give it a key" is
one call.
"""

from __future__ import annotations

import json
import re

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError
from quart import Blueprint, jsonify, request
from quart_schema import document_request, tag, validate_querystring

from actors.analytics import rollups
from actors.storage import api_keys, tenants
from web.access import admin_only
from web.context import ctx
from web.errors import ApiError
from web.params import Query, tenant_or_422
from web.scope import tenant_not_found

bp = Blueprint("admin", __name__)

KEY_ID = re.compile(r"^key_[0-9a-f]{16}$")
#: the secret is in this answer only: no cache, no intermediary keeps it
NO_STORE = {"Cache-Control": "no-store"}
#: the longest scheduled-sync interval a tenant may ask for: 30 days
MAX_SYNC_INTERVAL_SECONDS = 30 * 24 * 3600


class TenantsQuery(Query):
    limit: int = Field(1000, ge=1, le=10000)


@bp.get("/admin/tenants")
@admin_only
@tag(["admin"])
@validate_querystring(TenantsQuery)
async def tenant_list(query_args: TenantsQuery):
    """Registered tenants, by id."""
    return jsonify({"items": await tenants.listing(ctx().store, query_args.limit)})


class TenantSettings(BaseModel):
    """What ``PUT /admin/tenants/{T}`` may set; a field left out is left as it is."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: seconds between the tenant's scheduled syncs: null = the global ``SYNC_INTERVAL_SECONDS``,
    #: 0 = never scheduled (it still syncs on request)
    sync_interval_seconds: StrictInt | None = Field(None, ge=0, le=MAX_SYNC_INTERVAL_SECONDS)


async def _tenant_settings() -> TenantSettings:
    """The request's settings: no body (or an empty one) changes nothing."""
    raw = await request.get_data()
    if not raw.strip():
        return TenantSettings()
    try:
        body = json.loads(raw)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise ApiError(422, "invalid_body", 'the body must be a JSON object, e.g. {"sync_interval_seconds": 600}')
    try:
        return TenantSettings.model_validate(body)
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
        raise ApiError(422, "invalid_parameter", where) from None


@bp.put("/admin/tenants/<tenant_id>")
@admin_only
@tag(["admin"])
@document_request(TenantSettings)
async def register_tenant(tenant_id: str):
    """Register a tenant (idempotent): 201 when new, 200 when it already was. An optional body
    sets the tenant's scheduled-sync interval, ``{"sync_interval_seconds": int | null}``
    (null: the global setting, 0: not scheduled); the scheduler takes it on its next pass."""
    tenant_id = tenant_or_422(tenant_id)
    settings = await _tenant_settings()
    store = ctx().store
    created = await tenants.register(store, tenant_id)
    if "sync_interval_seconds" in settings.model_fields_set:
        await tenants.set_sync_interval(store, tenant_id, settings.sync_interval_seconds)
    return jsonify(await tenants.get(store, tenant_id)), 201 if created else 200


@bp.post("/admin/tenants/<tenant_id>/rollups/rebuild")
@admin_only
@tag(["admin"])
async def rebuild_rollups(tenant_id: str):
    """Recompute the tenant's stats rollups from its tickets now (safe beside a running job):
    200 ``{"tenant_id", "status": "rebuilt", "hours", "days", "seconds"}``."""
    tenant_id = tenant_or_422(tenant_id)
    store = ctx().store
    if not await tenants.exists(store, tenant_id):
        raise tenant_not_found(tenant_id)
    summary = await rollups.rebuild(store, tenant_id)
    return jsonify({"tenant_id": tenant_id, "status": "rebuilt", "hours": summary.hours, "days": summary.days,
                    "seconds": round(summary.seconds, 3)})


@bp.post("/admin/tenants/<tenant_id>/keys")
@admin_only
@tag(["admin"])
async def create_key(tenant_id: str):
    """A new key for the tenant (registered if new): ``key`` is shown in this answer only."""
    tenant_id = tenant_or_422(tenant_id)
    store = ctx().store
    await tenants.register(store, tenant_id)
    made = await api_keys.create(store, tenant_id)
    body = {"key_id": made["key_id"], "key": made["key"], "tenant_id": tenant_id, "created_at": made["created_at"]}
    return jsonify(body), 201, NO_STORE


@bp.get("/admin/tenants/<tenant_id>/keys")
@admin_only
@tag(["admin"])
async def key_list(tenant_id: str):
    """The tenant's keys, oldest first, revoked ones included: never a secret."""
    tenant_id = tenant_or_422(tenant_id)
    store = ctx().store
    if not await tenants.exists(store, tenant_id):
        raise tenant_not_found(tenant_id)
    return jsonify({"items": await api_keys.listing(store, tenant_id)})


@bp.delete("/admin/keys/<key_id>")
@admin_only
@tag(["admin"])
async def revoke_key(key_id: str):
    """Revoke a key and end its dashboard sessions; every process refuses it within 5 s."""
    revoked = await api_keys.revoke(ctx().store, key_id) if KEY_ID.fullmatch(key_id) else None
    if revoked is None:
        raise ApiError(404, "not_found", "no such key")
    return jsonify(revoked)
