"""Authentication: who is calling, checked once per request before any view runs.

A request carries ``Authorization: Bearer <key>`` or, from the dashboard, the session
cookie. The admin key and the metrics token are compared locally (their SHA-256 digests,
in constant time); a tenant key or session is one indexed read of its digest in MongoDB.

Verified credentials are remembered per process for ``credential_cache_seconds`` (2 s by
default, bounded in size): a dashboard polling every few seconds costs no extra query, and
a revoked key is still refused by every process within that time, because nothing is kept
longer. Only successes are cached: a flood of invented keys cannot fill the cache.

A route declares who may call it (``web.access``); :func:`install_auth` enforces it. No
key, a malformed one or an unknown one is ``401`` with ``WWW-Authenticate: Bearer``; a
valid key of the wrong role is ``403``. A request authenticated by the cookie that changes
anything must come from the page itself (``Origin`` of this host, or
``Sec-Fetch-Site: same-origin``), so another site cannot make a signed-in browser act.

Keys never reach a log line, an error body or a metric label: they are hashed on arrival
and only the digest travels further.
"""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from quart import Quart, current_app, g, request

from actors.storage import api_keys, sessions
from web.access import Access, declared
from web.context import ctx
from web.errors import ApiError

SESSION_COOKIE = "tickets_session"
#: what a bearer token may look like (ours are ``tk_`` + URL-safe base64); anything else is refused unread
TOKEN = re.compile(r"^[A-Za-z0-9._~+/=-]{16,256}$")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
Role = Literal["admin", "tenant", "metrics"]


@dataclass(frozen=True)
class Principal:
    """The caller, as the views see it (never the key itself)."""

    role: Role
    tenant_id: str | None = None
    key_id: str | None = None
    #: ``bearer`` (Authorization header) or ``session`` (the dashboard's cookie)
    via: Literal["bearer", "session"] = "bearer"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Credential:
    kind: Literal["bearer", "session"]
    secret: str


class CredentialCache:
    """Verified credentials by digest, each for at most ``ttl`` seconds, at most ``capacity``."""

    def __init__(self, ttl: float, capacity: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._capacity = capacity
        self._clock = clock
        self._entries: dict[str, tuple[Principal, float]] = {}

    def get(self, digest: str) -> Principal | None:
        entry = self._entries.get(digest)
        if entry is None:
            return None
        if entry[1] <= self._clock():
            del self._entries[digest]
            return None
        return entry[0]

    def put(self, digest: str, principal: Principal) -> None:
        now = self._clock()
        if len(self._entries) >= self._capacity:
            self._entries = {k: v for k, v in self._entries.items() if v[1] > now}
            while len(self._entries) >= self._capacity:  # still full of live entries: drop the oldest
                del self._entries[next(iter(self._entries))]
        self._entries[digest] = (principal, now + self._ttl)

    def __len__(self) -> int:
        return len(self._entries)


def unauthorized(detail: str, invalid_token: bool = False) -> ApiError:
    error = ApiError(401, "unauthorized", detail)
    challenge = 'Bearer realm="tickets"'
    error.headers["WWW-Authenticate"] = challenge + (', error="invalid_token"' if invalid_token else "")
    return error


def forbidden(detail: str) -> ApiError:
    return ApiError(403, "forbidden", detail)


def read_credential() -> Credential | None:
    """The request's credential; a malformed ``Authorization`` header is a 401 at once."""
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not TOKEN.fullmatch(token):
            raise unauthorized("malformed Authorization header: send 'Authorization: Bearer <key>'", True)
        return Credential("bearer", token)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie and TOKEN.fullmatch(cookie):
        return Credential("session", cookie)
    return None


def _same(digest: str, expected: str | None) -> bool:
    return expected is not None and hmac.compare_digest(digest, expected)


def local_principal(credential: Credential) -> Principal | None:
    """The admin key or the metrics token: no database involved."""
    if credential.kind != "bearer":
        return None
    digest = api_keys.digest(credential.secret)
    settings = ctx().settings
    if _same(digest, settings.admin_key_digest):
        return Principal("admin")
    if _same(digest, settings.metrics_token_digest):
        return Principal("metrics")
    return None


async def resolve(credential: Credential) -> Principal | None:
    """Who this credential is, or None if it is nobody (unknown, revoked, expired)."""
    found = local_principal(credential)
    if found is not None:
        return found
    cache: CredentialCache = current_app.extensions["tickets_credentials"]
    digest = credential.kind[0] + ":" + api_keys.digest(credential.secret)
    found = cache.get(digest)
    if found is not None:
        return found
    store = ctx().store
    if credential.kind == "bearer":
        key = await api_keys.find_active(store, credential.secret)
        found = Principal("tenant", key["tenant_id"], key["key_id"]) if key else None
    else:
        session = await sessions.find_live(store, credential.secret)
        if session is not None and await api_keys.is_active(store, session["key_id"]):
            found = Principal("tenant", session["tenant_id"], session["key_id"], via="session")
    if found is not None:
        cache.put(digest, found)
    return found


def require_same_origin() -> None:
    """A cookie-authenticated change must come from a page of this very host."""
    if request.headers.get("Sec-Fetch-Site") == "same-origin":
        return
    origin = request.headers.get("Origin")
    if origin and origin != "null" and urlsplit(origin).netloc == request.host:
        return
    raise forbidden("a request signed in by cookie must come from this site (Origin or Sec-Fetch-Site)")


async def authenticate() -> None:
    """The one check every request passes, by the level its route declared."""
    endpoint = request.endpoint
    g.principal = None
    if endpoint is None:  # no such route (404) or method (405): they answer on their own
        return
    level = declared(current_app, endpoint) or Access.ADMIN  # undeclared: closed, not open
    if level is Access.PUBLIC:
        # only the admin key counts here (a richer /health), and it needs no database
        if "Authorization" in request.headers:
            try:
                credential = read_credential()
            except ApiError:
                return
            g.principal = local_principal(credential) if credential else None
        return
    try:
        credential = read_credential()
    except ApiError:
        if level is Access.PAGE:
            return
        raise
    principal = await resolve(credential) if credential is not None else None
    if level is Access.PAGE:
        g.principal = principal
        return
    if principal is None:
        raise unauthorized("a valid API key is required: send 'Authorization: Bearer <key>'",
                           invalid_token=credential is not None)
    allowed = {Access.TENANT: ("admin", "tenant"), Access.ADMIN: ("admin",),
               Access.METRICS: ("admin", "metrics")}
    if principal.role not in allowed[level]:
        raise forbidden("this route needs an admin key" if level is Access.ADMIN
                        else "this key may not call this route")
    if principal.via == "session" and request.method in UNSAFE_METHODS:
        require_same_origin()
    g.principal = principal


def install_auth(app: Quart, cache_seconds: float) -> None:
    app.extensions["tickets_credentials"] = CredentialCache(cache_seconds)
    app.before_request(authenticate)


def current_principal() -> Principal | None:
    return g.get("principal")
