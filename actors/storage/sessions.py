"""Dashboard sessions (``sessions``): a browser's sign-in, stored as a hash with an expiry.

The dashboard exchanges a tenant key for a session once (``POST /session``), so the key is
not kept in the page: the browser holds only an HttpOnly cookie with a random token. As for
keys, only the token's SHA-256 is stored (the token is 256 random bits), and a TTL index
removes expired sessions. A session is worth no more than the key it came from: it is valid
only while that key is, and revoking the key ends its sessions.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from actors.rules.clock import utcnow
from actors.rules.tokens import digest
from actors.storage.schema import SESSIONS
from actors.storage.store import Store


async def create(store: Store, key_id: str, tenant_id: str, ttl_seconds: float) -> tuple[str, dict]:
    """A new session: the token for the cookie (shown once) and the stored document."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    doc = {"_id": digest(token), "key_id": key_id, "tenant_id": tenant_id, "created_at": now,
           "expires_at": now + timedelta(seconds=ttl_seconds)}
    await store[SESSIONS].insert_one(doc)
    return token, doc


async def find_live(store: Store, token: str) -> dict | None:
    """The unexpired session this token names: ``{"key_id", "tenant_id", "expires_at"}``, or None."""
    return await store[SESSIONS].find_one({"_id": digest(token), "expires_at": {"$gt": utcnow()}},
                                          {"_id": 0, "key_id": 1, "tenant_id": 1, "expires_at": 1})


async def end(store: Store, token: str) -> bool:
    return await store[SESSIONS].delete_many({"_id": digest(token)}) > 0


async def end_for_key(store: Store, key_id: str) -> int:
    return await store[SESSIONS].delete_many({"key_id": key_id})
