"""API keys (``api_keys``): random secrets, stored only as their SHA-256.

A key is ``tk_`` plus 32 random bytes (``secrets.token_urlsafe``): 256 bits, so nobody
guesses one and a dictionary of likely keys does not exist. That is why a plain, fast
SHA-256 is the right hash here, unlike for passwords: slow hashes (bcrypt, scrypt) exist to
make guessing *low-entropy* secrets expensive, and here guessing is already hopeless, while
every request must verify its key in microseconds. The hash is the lookup key (a unique
index), so verifying is one indexed read, and a stolen copy of the collection holds
nothing anyone can authenticate with.

The secret is returned once, by :func:`create`; afterwards only ``key_id`` names it (in
listings, in revocation). Revocation sets ``revoked_at`` and ends the key's dashboard
sessions; the web layer's cache of verified keys lives at most a few seconds, so every
process refuses a revoked key within that time.

The admin key is not stored here: it comes from the environment (``ADMIN_API_KEY``).
"""

from __future__ import annotations

import secrets

from actors.rules.clock import utcnow
from actors.rules.tokens import digest
from actors.storage import sessions
from actors.storage.schema import API_KEYS
from actors.storage.store import Store

#: every tenant key starts with this, so a leaked one is recognisable (secret scanners, logs)
TENANT_KEY_PREFIX = "tk_"
#: what a listing shows: never the hash, never the secret
PUBLIC_FIELDS = {"_id": 0, "key_id": 1, "tenant_id": 1, "created_at": 1, "revoked_at": 1}


def new_secret(prefix: str = TENANT_KEY_PREFIX) -> str:
    return prefix + secrets.token_urlsafe(32)


async def create(store: Store, tenant_id: str) -> dict:
    """A new key for ``tenant_id``: ``{"key_id", "key", "tenant_id", "created_at"}``.

    The caller shows ``key`` once and forgets it: only its digest is written.
    """
    secret = new_secret()
    key_id = "key_" + secrets.token_hex(8)
    now = utcnow()
    await store[API_KEYS].insert_one({"_id": key_id, "key_id": key_id, "tenant_id": tenant_id,
                                      "hash": digest(secret), "created_at": now, "revoked_at": None})
    return {"key_id": key_id, "key": secret, "tenant_id": tenant_id, "created_at": now}


async def listing(store: Store, tenant_id: str, limit: int = 1000) -> list[dict]:
    return await store[API_KEYS].find({"tenant_id": tenant_id}, PUBLIC_FIELDS, sort=[("created_at", 1)], limit=limit)


async def revoke(store: Store, key_id: str) -> dict | None:
    """Revoke a key (idempotent: a second call keeps the first ``revoked_at``); None if unknown."""
    await store[API_KEYS].update_one({"_id": key_id, "revoked_at": None}, {"$set": {"revoked_at": utcnow()}})
    doc = await store[API_KEYS].find_one({"_id": key_id}, PUBLIC_FIELDS)
    if doc is not None:
        await sessions.end_for_key(store, key_id)
    return doc


async def find_active(store: Store, secret: str) -> dict | None:
    """The live key whose secret this is: ``{"key_id", "tenant_id"}``, or None."""
    return await store[API_KEYS].find_one({"hash": digest(secret), "revoked_at": None},
                                          {"_id": 0, "key_id": 1, "tenant_id": 1})


async def is_active(store: Store, key_id: str) -> bool:
    return await store[API_KEYS].find_one({"_id": key_id, "revoked_at": None}, {"_id": 1}) is not None
