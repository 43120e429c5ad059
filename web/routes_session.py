"""Dashboard sessions: a tenant key exchanged once for an HttpOnly cookie.

``POST /session`` with ``Authorization: Bearer <tenant key>`` answers ``204`` with the
cookie: ``HttpOnly`` (the page's script cannot read it, so an injected script cannot steal
it), ``SameSite=Strict`` (no other site's page sends it), ``Secure`` when the request came
over HTTPS, ``Path=/``, and a lifetime (``SESSION_TTL_SECONDS``). The cookie holds a random
token; MongoDB holds its hash. The admin key cannot open a session: a browser that held
admin power in a cookie would be a standing target for every page it visits.

``DELETE /session`` signs out (public, so a stale cookie can always be cleared);
``GET /session`` says who the credential is.
"""

from __future__ import annotations

from quart import Blueprint, Response, jsonify, request
from quart_schema import tag

from actors.storage import sessions
from web.access import public, tenant_scoped
from web.auth import SESSION_COOKIE, TOKEN, current_principal, forbidden, require_same_origin, unauthorized
from web.context import ctx

bp = Blueprint("session", __name__)


def _cookie_secure() -> bool:
    return request.scheme == "https"


@bp.post("/session")
@tenant_scoped
@tag(["session"])
async def sign_in():
    """Exchange a tenant key (bearer header) for a session cookie: 204 + Set-Cookie."""
    principal = current_principal()
    if principal is None or principal.via != "bearer":
        raise unauthorized("sign in with 'Authorization: Bearer <tenant key>'")
    if principal.role != "tenant":
        raise forbidden("sessions are for tenant keys; use the admin key as a bearer header")
    ttl = ctx().settings.session_ttl_seconds
    token, _ = await sessions.create(ctx().store, principal.key_id, principal.tenant_id, ttl)  # type: ignore[arg-type]
    response = Response(status=204)
    response.set_cookie(SESSION_COOKIE, token, max_age=int(ttl), path="/", secure=_cookie_secure(), httponly=True,
                        samesite="Strict")
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/session")
@tenant_scoped
@tag(["session"])
async def whoami():
    """Who this key or session is: ``role``, ``tenant_id``, and ``via`` (bearer or session)."""
    principal = current_principal()
    return jsonify({"role": principal.role, "tenant_id": principal.tenant_id, "via": principal.via})


@bp.delete("/session")
@public
@tag(["session"])
async def sign_out():
    """End this browser's session and clear its cookie: 204, whether or not it was valid."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        require_same_origin()  # another site must not be able to sign the user out either
        if TOKEN.fullmatch(token):
            await sessions.end(ctx().store, token)
    response = Response(status=204)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=_cookie_secure(), httponly=True, samesite="Strict")
    return response
