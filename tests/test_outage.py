"""Actors that touch MongoDB on a tell must ride out a database outage, not crash-loop
(ten crashes in a minute would escalate and take the whole process down)."""

from __future__ import annotations

import anyio
import httpx
import pytest

from actors.rules.circuit_breaker import CircuitBreaker
from actors.kit import ActorRef, run_actor
from actors.notifier import Notifier, Poke
from actors.rate_limiter import Penalize, RateLimiter
from actors.storage.schema import ensure_indexes
from actors.storage.store import open_store
from tests.support.embedded_db import start_embedded_db

pytestmark = pytest.mark.anyio


def refuse(request: httpx.Request) -> httpx.Response:
    return httpx.Response(503)


@pytest.mark.embedded_only("stops a database server of its own")
async def test_notifier_and_rate_limiter_survive_tells_while_the_database_is_down(tmp_path):
    with start_embedded_db(tmp_path / "db") as db:
        async with open_store(db.url, "outage", pool_size=4, selection_timeout_ms=300) as store:
            await ensure_indexes(store)
            async with httpx.AsyncClient(transport=httpx.MockTransport(refuse)) as http:
                notifier = Notifier(store, http, "http://notify.invalid/notify", CircuitBreaker("notify"), owner="t")
                with ActorRef("notifier", 16) as n_ref, ActorRef("rate_limiter", 16) as r_ref:
                    async with anyio.create_task_group() as tg:
                        await tg.start(run_actor, notifier, n_ref)
                        await tg.start(run_actor, RateLimiter(store, 600), r_ref)
                        db.stop()
                        for _ in range(3):
                            await n_ref.tell(Poke())
                            await r_ref.tell(Penalize(1.0))
                        # round trips prove both actors handled the tells and are still serving
                        with anyio.fail_after(20):
                            await n_ref.ask(Poke(), timeout=20)
                            await r_ref.ask(Penalize(0.0), timeout=20)
                        assert r_ref.snapshot.penalties == 0  # nothing could be recorded...
                        db.start()
                        with anyio.fail_after(30):  # the driver rediscovers the server on its own
                            while r_ref.snapshot.penalties == 0:  # ...until the database came back
                                await r_ref.ask(Penalize(0.0), timeout=20)
                                await anyio.sleep(0.2)
                        tg.cancel_scope.cancel()
