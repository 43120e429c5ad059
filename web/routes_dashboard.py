"""``GET /tenants/{T}/dashboard``: one self-contained HTML page over the JSON API.

The page carries its CSS and JS inline and draws its chart itself, so it works with no
network beyond this service; its script polls ``/tenants/{T}/stats`` and ``/tickets``.
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

from quart import Blueprint, Response
from quart_schema import tag

from web.params import tenant_or_422

bp = Blueprint("dashboard", __name__)

#: the template's two holes, filled in one pass so a value can never create a new hole
PLACEHOLDER = re.compile(r"__(TENANT_JSON|CSP_NONCE)__")


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


def render_page(tenant_id: str, nonce: str) -> str:
    template = files("web").joinpath("static").joinpath("dashboard.html").read_text(encoding="utf-8")
    values = {"TENANT_JSON": html.escape(json.dumps(tenant_id), quote=True), "CSP_NONCE": nonce}
    return PLACEHOLDER.sub(lambda match: values[match[1]], template)


@bp.get("/tenants/<tenant_id>/dashboard")
@tag(["analytics"])
async def dashboard(tenant_id: str) -> Response:
    """An HTML dashboard of the tenant's stats and newest urgent tickets, refreshed every 5 s."""
    tenant_id = tenant_or_422(tenant_id)
    nonce = secrets.token_urlsafe(18)
    response = Response(render_page(tenant_id, nonce), status=200, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = content_security_policy(nonce)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
