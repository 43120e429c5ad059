"""Session-wide fixtures.

Every async test runs on both AnyIO backends unless it narrows ``anyio_backend`` itself
(web tests pin asyncio: Quart does not run on trio). Integration tests talk to real
servers on 127.0.0.1: the database and the mock provider, each started once per session as
a separate process; every test gets a database of its own.

The database server is the embedded one, unless ``MONGO_URL`` is set: then it is that
server and no embedded one starts (``tests/support/embedded_db.py``; with
``TEST_MONGO_DB`` every test uses that one database, emptied before and after it). Tests
that need the embedded server's own process (they kill it, or run the service with no
settings at all) carry ``@pytest.mark.embedded_only("why")`` and are skipped then.
The app's own settings in the environment never reach the tests (``suite_environment``).
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator

import pytest
from pymongo import MongoClient

from tests.support.embedded_db import (
    SuiteDatabase,
    database_for_one_test,
    empty_database,
    start_embedded_db,
    suite_database_from,
    suite_environment,
)
from tests.support.mock_process import start_mock_api

DATABASE = pytest.StashKey[SuiteDatabase]()
#: MONGO_DB of the processes tests start without naming a database (external server only)
SESSION_DB = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "embedded_only(why): needs the embedded server's own process; skipped when MONGO_URL is set")
    try:
        database = suite_database_from(os.environ)
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None
    config.stash[DATABASE] = database
    config.stash[SESSION_DB] = f"tsession_{uuid.uuid4().hex[:8]}"
    wanted = suite_environment(os.environ, database, config.stash[SESSION_DB])
    for name in set(os.environ) - set(wanted):
        del os.environ[name]
    os.environ.update(wanted)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.stash[DATABASE].external:
        return
    for item in items:
        marker = item.get_closest_marker("embedded_only")
        if marker is not None:
            why = marker.args[0] if marker.args else "needs the embedded server's own process"
            item.add_marker(pytest.mark.skip(
                reason=f"embedded server only ({why}): MONGO_URL is set, the suite uses that server"))


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param


@pytest.fixture(scope="session")
def suite_database(pytestconfig) -> SuiteDatabase:
    return pytestconfig.stash[DATABASE]


@pytest.fixture(scope="session")
def embedded_db(tmp_path_factory):
    with start_embedded_db(tmp_path_factory.mktemp("secantus")) as db:
        yield db


@pytest.fixture(scope="session")
def mongo_url(request, suite_database) -> str:
    """``MONGO_URL`` when set (no embedded server is started), else the embedded server's."""
    if suite_database.url is not None:
        return suite_database.url
    return request.getfixturevalue("embedded_db").url


@pytest.fixture(scope="session", autouse=True)
def database_admin(suite_database, pytestconfig) -> Iterator[MongoClient | None]:
    """A plain client that empties and drops test databases on an external server (None on
    the embedded one). At the end of the session it also clears the database the processes
    tests started without naming one have used."""
    if suite_database.url is None:
        yield None
        return
    with MongoClient(suite_database.url, serverSelectionTimeoutMS=10_000, tz_aware=True) as client:
        yield client
        if suite_database.shared_db is not None:
            empty_database(client, suite_database.shared_db)
        else:
            client.drop_database(pytestconfig.stash[SESSION_DB])


_db_counter = itertools.count()


@pytest.fixture
def db_name(suite_database, database_admin) -> Iterator[str]:
    with database_for_one_test(database_admin, suite_database, f"t{next(_db_counter)}_{uuid.uuid4().hex[:8]}") as name:
        yield name


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
