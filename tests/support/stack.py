"""The app as production assembles it, around a test's store and provider, in-process.

``running_stack`` starts the same actors and Quart app that ``python -m supervisor``
starts (through ``supervisor.assembly``), minus Hypercorn: tests talk to the app through
Quart's test client, or run several stacks on one database to act as several processes.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from actors.storage.store import Store
from supervisor.assembly import start_actors
from supervisor.config import Settings
from supervisor.events import EventLog
from supervisor.tree import Supervisor


@dataclass
class Stack:
    app: Any
    client: Any
    root: Supervisor
    store: Store
    settings: Settings
    events: EventLog


@asynccontextmanager
async def running_stack(store: Store, provider_url: str, tmp_path: Path, **overrides: Any):
    settings = Settings(mongo_url="unused", external_api_url=provider_url, data_dir=tmp_path, **overrides)
    events = EventLog()
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=3.0)) as http:
        root = Supervisor("root", events)
        async with root:
            app = await start_actors(root, settings, store, events, provider_url, http)
            async with app.test_app() as test_app:
                yield Stack(app, test_app.test_client(), root, store, settings, events)
