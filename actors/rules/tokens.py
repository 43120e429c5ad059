"""The stored form of a secret (an API key or a session token).

Secrets are 256-bit random values, so one SHA-256 is enough: there is nothing to guess from
the digest, and a slow password hash would only add latency to every request. Keys and
sessions share this one definition, so a lookup can never hash one way and store another.
"""

from __future__ import annotations

import hashlib


def digest(secret: str) -> str:
    """Hex SHA-256 of the secret's UTF-8 bytes."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()
