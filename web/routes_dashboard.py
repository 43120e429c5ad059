"""``GET /tenants/{T}/dashboard``: one self-contained HTML page over the JSON API.

The page shell is public and holds no data: it asks for the tenant's key, exchanges it for
an HttpOnly session cookie (``POST /session``), forgets the key, and then polls
``/tenants/{T}/stats`` and ``/tickets`` with the cookie. A browser already signed in to
another tenant gets ``404`` here, exactly as for a tenant that does not exist.

It also shows the work: the running job's progress bar, fed by the job's event stream
(``EventSource`` on ``/ingest/progress/{id}/events``, authenticated by the same cookie), a
cancel button (``DELETE /ingest/{id}``) and a "sync now" button (``POST /ingest/run``),
the next scheduled sync (``/ingest/status``), the last jobs (``/ingest/jobs``) and the
alert outbox (``/tenants/{T}/outbox``, served here).

The page carries its CSS and JS inline and draws its chart itself, so it works with no
network beyond this service.
That lets the Content-Security-Policy forbid every other origin and allow only the inline
code we served with this response's nonce: even if ticket text ever reached the DOM as
markup, an injected ``<script>`` or ``onerror=`` would not run.

The tenant id is validated before anything else, then injected once as a JSON string inside
an HTML-escaped attribute (the script reads it with ``JSON.parse``), never spliced into code.
The file is read per request: it is small, and nothing module-level outlives a request.
"""

from __future__ import annotations

import html
import json
import re
import secrets
from importlib.resources import files

from quart import Blueprint, Response, jsonify
from quart_schema import hide, tag

from actors.storage.outbox import STATUSES
from actors.storage.schema import NOTIFICATIONS
from web.access import page, public, tenant_scoped
from web.auth import current_principal
from web.context import ctx
from web.params import tenant_or_422
from web.scope import tenant_scope

bp = Blueprint("dashboard", __name__)

#: the template's holes, filled in one pass so a value can never create a new hole
PLACEHOLDER = re.compile(r"__(TENANT_JSON|CSP_NONCE|SESSION)__")


def content_security_policy(nonce: str) -> str:
    return "; ".join([
        "default-src 'none'",
        f"script-src 'nonce-{nonce}'",
        f"style-src 'nonce-{nonce}'",
        "connect-src 'self'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ])


def render_page(tenant_id: str, nonce: str, signed_in: bool = False) -> str:
    """The page; ``signed_in`` when the request's session is this tenant's (the page then
    starts polling at once instead of asking for a key)."""
    template = files("web").joinpath("static").joinpath("dashboard.html").read_text(encoding="utf-8")
    values = {"TENANT_JSON": html.escape(json.dumps(tenant_id), quote=True), "CSP_NONCE": nonce,
              "SESSION": "true" if signed_in else "false"}
    return PLACEHOLDER.sub(lambda match: values[match[1]], template)


@bp.get("/tenants/<tenant_id>/outbox")
@tenant_scoped
@tag(["alerts"])
async def outbox_summary(tenant_id: str):
    """The tenant's alert outbox at a glance (the dashboard's panel): ``{"tenant_id", "pending",
    "sent", "dead", "oldest_pending_at"}``, the last being when the longest-waiting alert was
    queued (null when none waits). Counted in MongoDB on the outbox's tenant index."""
    tenant_id = tenant_scope(tenant_or_422(tenant_id))
    alerts = ctx().store[NOTIFICATIONS]
    body: dict = {"tenant_id": tenant_id}
    for status in STATUSES:
        body[status] = await alerts.count_documents({"tenant_id": tenant_id, "status": status})
    oldest = await alerts.find_one({"tenant_id": tenant_id, "status": "pending"}, {"_id": 0, "created_at": 1},
                                   sort=[("created_at", 1)])
    body["oldest_pending_at"] = oldest.get("created_at") if oldest else None
    return jsonify(body)


@bp.get("/tenants/<tenant_id>/dashboard")
@page
@tag(["analytics"])
async def dashboard(tenant_id: str) -> Response:
    """An HTML dashboard of the tenant's stats and newest urgent tickets, refreshed every 5 s;
    it signs in with a tenant key (``POST /session``)."""
    tenant_id = tenant_scope(tenant_or_422(tenant_id))
    principal = current_principal()
    signed_in = principal is not None and principal.via == "session" and principal.tenant_id == tenant_id
    nonce = secrets.token_urlsafe(18)
    response = Response(render_page(tenant_id, nonce, signed_in), status=200, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = content_security_policy(nonce)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.get("/favicon.ico")
@public
@hide
async def favicon() -> Response:
    """No icon, said without an error: a browser asks for ``/favicon.ico`` on every page that
    names none (``/health``, ``/docs``, a JSON answer opened in a tab), and a 404 there is a
    red line in the console of whoever is looking at the service."""
    response = Response(b"", status=204)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
