"""The operators' key: from ``ADMIN_API_KEY``, or generated once for a development machine.

With a real MongoDB (``MONGO_URL``) the key must be given: a production service that made up
its own key would print or store a secret nobody chose to trust, so it refuses to start
and says what to set. With the embedded database (``make run`` on a laptop) the first start
generates a key, keeps it in ``DATA_DIR/admin_api_key`` (mode 0600, created exclusively so
two starts cannot race to different keys) and every start prints the one line a newcomer
needs. The line names the file, never the key: logs are shipped and kept, the file is not.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from supervisor.config import Settings

FILE_NAME = "admin_api_key"
ADMIN_KEY_PREFIX = "tka_"
#: a shorter ADMIN_API_KEY is refused: the key is the whole defence of the admin routes
MIN_LENGTH = 32


class AdminKeyError(RuntimeError):
    """The admin key is missing or unusable; the message says what to do."""


def resolve_admin_key(settings: Settings) -> tuple[str, Path | None]:
    """The admin key, and the file it was read from (None when it came from the environment)."""
    given = settings.admin_api_key.get_secret_value().strip() if settings.admin_api_key else ""
    if given:
        if len(given) < MIN_LENGTH:
            raise AdminKeyError(f"ADMIN_API_KEY is shorter than {MIN_LENGTH} characters; generate one with: "
                                "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'")
        return given, None
    if settings.mongo_url:
        raise AdminKeyError("MONGO_URL is set but ADMIN_API_KEY is not: set ADMIN_API_KEY (32+ random characters, "
                            "e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(32))') "
                            "and give the same key to every app process")
    path = settings.data_dir / FILE_NAME
    return read_or_create(path), path


def read_or_create(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read(path)
    with os.fdopen(fd, "w") as handle:
        handle.write(ADMIN_KEY_PREFIX + secrets.token_urlsafe(32) + "\n")
    return _read(path)


def _read(path: Path) -> str:
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        os.chmod(path, 0o600)  # someone loosened it: the key is the operators' alone
    key = path.read_text().strip()
    if len(key) < MIN_LENGTH:
        raise AdminKeyError(f"{path} holds no usable key: delete it and start again to generate a new one")
    return key


def usage_hint(path: Path, app_url: str) -> str:
    """The one line printed at start: how to use the key, without the key itself."""
    shown = os.path.relpath(path) if path.is_relative_to(Path.cwd()) else str(path)
    return (f"admin key in {shown} (mode 0600): export TICKETS_API_KEY=$(cat {shown}); "
            f"curl -s -H \"Authorization: Bearer $TICKETS_API_KEY\" -XPOST {app_url}/admin/tenants/acme/keys")
