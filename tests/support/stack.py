"""The app as production assembles it, around a test's store and provider, in-process.

``running_stack`` starts the same actors and Quart app that ``python -m supervisor``
starts (through ``supervisor.assembly``), minus Hypercorn: tests talk to the app through
Quart's test client, or run several stacks on one database to act as several processes.

Every stack has its own random admin key, and ``stack.client`` sends it by default, so a
test reads like an operator's session; ``stack.client_for(key)`` and ``stack.anonymous()``
act as a tenant or as nobody. ``tenants=(...)`` registers tenants before the test starts
(``POST /ingest/run`` is 404 for a tenant that is not registered). The scheduled sync is
off unless a test asks for it: a job started behind a test's back would answer its POSTs.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from actors.storage import api_keys, tenants as tenant_registry
from actors.storage.store import Store
from supervisor.assembly import start_actors
from supervisor.config import Settings
from supervisor.events import EventLog
from supervisor.tree import Supervisor


def new_admin_key() -> str:
    return "tka_test_" + secrets.token_urlsafe(32)


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


class KeyedClient:
    """A Quart test client that sends ``Authorization: Bearer <key>`` with every request.

    A request that passes its own ``Authorization`` header keeps it; ``key=None`` sends
    none (an anonymous caller, or one signed in by cookie). Anything else is the wrapped
    client's (its cookie jar, ``session_transaction``...).
    """

    def __init__(self, client: Any, key: str | None) -> None:
        self._client = client
        self.key = key

    def _headers(self, headers: Any) -> dict[str, str]:
        merged = dict(headers or {})
        if self.key is not None and not any(name.lower() == "authorization" for name in merged):
            merged.update(bearer(self.key))
        return merged

    async def open(self, path: str, *args: Any, headers: Any = None, **kwargs: Any) -> Any:
        return await self._client.open(path, *args, headers=self._headers(headers), **kwargs)

    async def get(self, path: str, **kwargs: Any) -> Any:
        return await self.open(path, method="GET", **kwargs)

    async def post(self, path: str, **kwargs: Any) -> Any:
        return await self.open(path, method="POST", **kwargs)

    async def put(self, path: str, **kwargs: Any) -> Any:
        return await self.open(path, method="PUT", **kwargs)

    async def patch(self, path: str, **kwargs: Any) -> Any:
        return await self.open(path, method="PATCH", **kwargs)

    async def delete(self, path: str, **kwargs: Any) -> Any:
        return await self.open(path, method="DELETE", **kwargs)

    async def head(self, path: str, **kwargs: Any) -> Any:
        return await self.open(path, method="HEAD", **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


@dataclass
class Stack:
    app: Any
    #: the operators' client: every request carries the admin key
    client: KeyedClient
    root: Supervisor
    store: Store
    settings: Settings
    events: EventLog
    admin_key: str

    def client_for(self, key: str | None) -> KeyedClient:
        """A fresh client (its own cookie jar) sending ``key``; None: no key at all."""
        return KeyedClient(self.app.test_client(), key)

    def anonymous(self) -> KeyedClient:
        return self.client_for(None)

    async def tenant_key(self, tenant_id: str) -> str:
        """A new key for ``tenant_id`` (registered if new), made through the admin API."""
        response = await self.client.post(f"/admin/tenants/{tenant_id}/keys")
        body = await response.get_json()
        assert response.status_code == 201, body
        return body["key"]

    async def tenant_client(self, tenant_id: str) -> KeyedClient:
        return self.client_for(await self.tenant_key(tenant_id))


async def register_tenants(store: Store, tenant_ids: Iterable[str]) -> None:
    for tenant_id in tenant_ids:
        await tenant_registry.register(store, tenant_id)


async def mint_tenant_key(store: Store, tenant_id: str) -> str:
    """A key straight from storage, for tests that build the app without a stack."""
    await tenant_registry.register(store, tenant_id)
    return (await api_keys.create(store, tenant_id))["key"]


@asynccontextmanager
async def running_stack(store: Store, provider_url: str, tmp_path: Path, tenants: Iterable[str] = (),
                        **overrides: Any):
    admin_key = overrides.pop("admin_api_key", None) or new_admin_key()
    overrides.setdefault("sync_interval_seconds", 0)
    settings = Settings(mongo_url="unused", external_api_url=provider_url, data_dir=tmp_path,
                        admin_api_key=admin_key, **overrides)
    await register_tenants(store, tenants)
    events = EventLog()
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=3.0)) as http:
        root = Supervisor("root", events)
        async with root:
            app = await start_actors(root, settings, store, events, provider_url, http)
            async with app.test_app() as test_app:
                client = KeyedClient(test_app.test_client(), admin_key)
                yield Stack(app, client, root, store, settings, events, admin_key)
