"""Session-wide fixtures.

Every async test runs on both AnyIO backends unless it narrows ``anyio_backend`` itself
(web tests pin asyncio: Quart does not run on trio). Integration tests talk to real
servers on 127.0.0.1: the embedded database and the mock provider, each started once per
session as a separate process; every test gets a database of its own.
"""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

import pytest

from tests.support.embedded_db import start_embedded_db
from tests.support.mock_process import start_mock_api


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param


@pytest.fixture(scope="session")
def embedded_db(tmp_path_factory):
    with start_embedded_db(tmp_path_factory.mktemp("secantus")) as db:
        yield db


@pytest.fixture(scope="session")
def mongo_url(embedded_db) -> str:
    return embedded_db.url


_db_counter = itertools.count()


@pytest.fixture
def db_name() -> str:
    return f"t{next(_db_counter)}_{uuid.uuid4().hex[:8]}"


@pytest.fixture
async def store(mongo_url, db_name):
    from actors.storage.schema import ensure_indexes
    from actors.storage.store import open_store

    async with open_store(mongo_url, db_name, pool_size=10) as s:
        await ensure_indexes(s)
        yield s


@pytest.fixture(scope="session")
def provider():
    """A fast, generous mock provider shared by the session (tests must not reconfigure it)."""
    with start_mock_api("--tickets", "600", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--notify-latency-ms", "1-5", "--seed", "7") as api:
        yield api
