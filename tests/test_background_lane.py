"""The background lane: the jobs' database operations go one at a time (``actors/storage/background_lane.py``).

Both backends: the lane is an ``anyio.Lock``, and the store's way in differs per backend.
"""

from __future__ import annotations

import anyio
import pytest

from actors.storage.background_lane import BackgroundLane

pytestmark = pytest.mark.anyio


async def test_the_lane_lets_one_operation_in_at_a_time():
    lane = BackgroundLane()
    inside, most = 0, 0

    async def operation() -> None:
        nonlocal inside, most
        async with lane.hold():
            inside += 1
            most = max(most, inside)
            for _ in range(3):  # give every other task the chance to barge in
                await anyio.lowlevel.checkpoint()
            inside -= 1

    async with anyio.create_task_group() as tg:
        for _ in range(20):
            tg.start_soon(operation)
    assert most == 1
    assert lane.operations == 20


async def test_a_store_in_the_lane_waits_for_it_and_a_wait_can_be_cancelled(store):
    """An operation of the lane's store is not sent while the lane is held elsewhere (a page of
    another job); it goes once the lane is free. A job cancelled while it waits leaves no trace."""
    lane = BackgroundLane()
    background = store.in_lane(lane)
    inserted = anyio.Event()

    async def insert(doc_id: str) -> None:
        await background["lane_probe"].insert_one({"_id": doc_id})
        inserted.set()

    async with anyio.create_task_group() as tg:
        async with lane.hold():
            tg.start_soon(insert, "waited")
            with anyio.move_on_after(0.5):  # without the lane the insert lands in milliseconds
                await inserted.wait()
            assert not inserted.is_set()
            assert await store["lane_probe"].count_documents({}) == 0
    assert await store["lane_probe"].count_documents({"_id": "waited"}) == 1

    async with lane.hold():
        async with anyio.create_task_group() as tg:
            tg.start_soon(insert, "cancelled")
            await anyio.sleep(0.1)
            tg.cancel_scope.cancel()
    assert await store["lane_probe"].count_documents({"_id": "cancelled"}) == 0
    assert lane.operations == 3  # the test's two holds and the waited insert; the cancelled one never got in
