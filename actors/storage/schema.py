"""Collections and their indexes, ensured at startup (idempotent).

Each index names the query it serves; ``docs/indexes.md`` shows the ``explain()`` plans.
"""

from __future__ import annotations

from pymongo import ASCENDING as ASC, DESCENDING as DESC, IndexModel

from actors.storage.store import Store

TICKETS = "tickets"
HISTORY = "ticket_history"
JOBS = "ingestion_logs"
LOCKS = "ingest_locks"
NOTIFICATIONS = "notifications"
RATE_LIMITS = "rate_limits"
ROLLUPS = "ticket_rollups"
INVALID = "invalid_tickets"
#: the tenant boundary (docs/security.md): registered tenants, their API keys, dashboard sessions
TENANTS = "tenants"
API_KEYS = "api_keys"
SESSIONS = "sessions"
#: one small document per tenant whose counter moves with its data (``data_versions.py``); ``_id`` = tenant
DATA_VERSIONS = "data_versions"

INDEXES: dict[str, list[IndexModel]] = {
    TICKETS: [
        # identity and idempotency: one document per provider ticket per tenant
        IndexModel([("tenant_id", ASC), ("external_id", ASC)], unique=True, name="tenant_external_unique"),
        # listing newest first, keyset pagination on (created_at, external_id)
        IndexModel([("tenant_id", ASC), ("created_at", DESC), ("external_id", DESC)], name="tenant_created"),
        # soft-deletion sweep and stats: live tickets of a tenant
        IndexModel([("tenant_id", ASC), ("deleted_at", ASC), ("created_at", DESC)], name="tenant_live_created"),
        # common dashboard filters
        IndexModel([("tenant_id", ASC), ("urgency", ASC), ("created_at", DESC)], name="tenant_urgency_created"),
        IndexModel([("tenant_id", ASC), ("status", ASC), ("created_at", DESC)], name="tenant_status_created"),
        IndexModel([("tenant_id", ASC), ("customer_id", ASC), ("created_at", DESC)], name="tenant_customer_created"),
        # /tickets (live only) newest first with its tie-break, keyset pages; /stats $match;
        # rollup refresh ranges (docs/indexes.md). Supersedes tenant_live_created (a prefix).
        IndexModel([("tenant_id", ASC), ("deleted_at", ASC), ("created_at", DESC), ("external_id", DESC)],
                   name="tenant_live_listing"),
    ],
    HISTORY: [
        IndexModel([("tenant_id", ASC), ("ticket_id", ASC), ("changed_at", ASC)], name="tenant_ticket_changed"),
        IndexModel([("job_id", ASC)], name="job"),
    ],
    JOBS: [
        IndexModel([("job_id", ASC)], unique=True, name="job_id_unique"),
        IndexModel([("tenant_id", ASC), ("started_at", DESC)], name="tenant_started"),
        IndexModel([("status", ASC), ("tenant_id", ASC)], name="status_tenant"),
    ],
    NOTIFICATIONS: [
        IndexModel([("status", ASC), ("next_attempt_at", ASC)], name="due"),
        IndexModel([("tenant_id", ASC), ("status", ASC), ("created_at", DESC)], name="tenant_status_created"),
    ],
    INVALID: [
        IndexModel([("tenant_id", ASC), ("job_id", ASC)], name="tenant_job"),
    ],
    ROLLUPS: [
        IndexModel([("tenant_id", ASC), ("hour", ASC)], name="tenant_hour"),
        # /stats reads the tenant's month and meta documents; a refresh reads the hours of some
        # days and the days of some months (``parent`` = the bucket a document sums into)
        IndexModel([("tenant_id", ASC), ("unit", ASC), ("parent", ASC)], name="tenant_unit_parent"),
    ],
    # tenants: ``_id`` is the tenant id, nothing else is looked up
    API_KEYS: [
        # every authenticated request: the key's hash names at most one key
        IndexModel([("hash", ASC)], unique=True, name="hash_unique"),
        # GET /admin/tenants/{T}/keys
        IndexModel([("tenant_id", ASC), ("created_at", ASC)], name="tenant_created"),
    ],
    SESSIONS: [
        # ``_id`` is the session's hash (the lookup); expired sessions are removed by the server
        IndexModel([("expires_at", ASC)], expireAfterSeconds=0, name="expiry"),
        # revoking a key ends the sessions opened with it
        IndexModel([("key_id", ASC)], name="key"),
    ],
}


async def ensure_indexes(store: Store) -> None:
    for name, indexes in INDEXES.items():
        await store[name].create_indexes(indexes)
