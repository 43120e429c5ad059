"""Long-lived resources as supervised children, so they stop in order with the rest.

The store is started after the database process and stopped after every actor that
writes with it: being a child of the root, it follows the reverse-start-order rule.
"""

from __future__ import annotations

import anyio
from anyio.abc import TaskStatus

from actors.storage.schema import ensure_indexes
from actors.storage.store import Store, open_store


async def hold_store(url: str, db_name: str, pool_size: int, timeout_ms: int, *,
                     task_status: TaskStatus[Store] = anyio.TASK_STATUS_IGNORED) -> None:
    async with open_store(url, db_name, pool_size=pool_size, selection_timeout_ms=timeout_ms) as store:
        # the database may still be warming up right after a restart: retry briefly
        with anyio.fail_after(60):
            while True:
                try:
                    await ensure_indexes(store)
                    break
                except Exception:
                    await anyio.sleep(0.5)
        task_status.started(store)
        await anyio.sleep_forever()
