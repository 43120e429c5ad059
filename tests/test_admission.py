"""Reads wait for a slot and answer 503 when none frees up; other requests are not held."""

from __future__ import annotations

import anyio
import pytest
from quart import Quart

from web.admission import install_admission

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def app_with_slow_read(slots: int, wait: float, release: anyio.Event) -> Quart:
    app = Quart("admission")
    install_admission(app, slots, wait_seconds=wait)
    from web.errors import install_error_handlers

    install_error_handlers(app)

    @app.get("/tickets", endpoint="tickets.tickets")
    async def slow():
        await release.wait()
        return {"ok": True}

    @app.get("/health", endpoint="system.health")
    async def health():
        return {"status": "ok"}

    return app


async def test_reads_beyond_the_slots_get_503_and_others_pass():
    release = anyio.Event()
    app = app_with_slow_read(slots=2, wait=0.2, release=release)
    client = app.test_client()
    answers: list[int] = []

    async def read():
        answers.append((await client.get("/tickets")).status_code)

    async with anyio.create_task_group() as tg:
        tg.start_soon(read)
        tg.start_soon(read)
        await anyio.sleep(0.05)
        third = await client.get("/tickets")  # both slots are held: waits 0.2 s, then 503
        assert third.status_code == 503
        assert third.headers["Retry-After"] == "1"
        assert (await third.get_json())["error"] == "busy"
        assert (await client.get("/health")).status_code == 200  # not a read: never held
        release.set()
    assert answers == [200, 200]
    # the slots were given back
    assert (await client.get("/tickets")).status_code == 200
