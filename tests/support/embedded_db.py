"""The database server the test session uses: the embedded one, or ``MONGO_URL``'s.

With ``MONGO_URL`` unset (``make test``), the embedded MongoDB-compatible server runs as a
real process for the session: started through ``secantusd-py`` (never imported), with the
same command line the supervisor uses, on a free port, and stopped by pid.

With ``MONGO_URL`` set (``docker compose exec app pytest``, or a developer's own MongoDB),
the suite uses that server and starts no embedded one. Every test still gets a database
nobody else touches (docs/docker.md, "The test suite against MongoDB"):

- by default a fresh database per test, dropped afterwards (the URL's user must be allowed
  to create and drop databases);
- with ``TEST_MONGO_DB`` set, every test uses that one database, and each starts and ends
  with it empty (every collection dropped). That is for a user allowed a single database,
  as the compose stack's app user is: compose sets ``TEST_MONGO_DB=<MONGO_DB>_test``, never
  the app's own database, and we refuse a name without ``test`` in it or the app's
  ``MONGO_DB``, since its collections are dropped.

Tests serially share the server; nothing here supports parallel workers on one shared
database.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from pymongo import MongoClient

from supervisor.config import OperatorSettings, Settings
from supervisor.embedded import embedded_command, mongo_url, ping
from supervisor.processes import free_port


@dataclass
class EmbeddedDb:
    url: str
    port: int
    process: subprocess.Popen
    data_dir: Path
    log_path: Path

    def start(self) -> None:
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(embedded_command(self.port, self.data_dir), stdout=log, stderr=log,
                                            cwd=self.data_dir)
        wait_ready(self.url, self.process)

    def stop(self) -> None:
        stop(self.process)


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"secantusd-py exited with {process.returncode}")
        try:
            ping(url, 500)
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def stop(process: subprocess.Popen, grace: float = 5.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def start_embedded_db(data_dir: Path) -> Iterator[EmbeddedDb]:
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    db = EmbeddedDb(mongo_url(port), port, None, data_dir, data_dir / "secantusd.log")  # type: ignore[arg-type]
    db.start()
    try:
        yield db
    finally:
        db.stop()


# -- which server, which databases ---------------------------------------------------------------

#: names the one database every test shares (on the server in MONGO_URL)
SHARED_DB_VARIABLE = "TEST_MONGO_DB"
#: the settings the app reads from the environment (``supervisor/config.py``), upper-cased, and
#: the mock provider's one switch; see :func:`suite_environment`
APP_VARIABLES = frozenset(name.upper() for name in (*Settings.model_fields, *OperatorSettings.model_fields)) | {
    "MOCK_ADMIN"}


@dataclass(frozen=True)
class SuiteDatabase:
    """Where the session's databases live, read once from the environment.

    ``url`` None: the embedded server. ``shared_db`` None: a database per test; otherwise the
    one database every test uses in turn.
    """

    url: str | None = None
    shared_db: str | None = None

    @property
    def external(self) -> bool:
        return self.url is not None


def suite_database_from(environ: Mapping[str, str]) -> SuiteDatabase:
    """``MONGO_URL`` and ``TEST_MONGO_DB`` as the session will use them; ``ValueError`` says
    what is wrong with a combination we refuse."""
    url = environ.get("MONGO_URL", "").strip() or None
    shared = environ.get(SHARED_DB_VARIABLE, "").strip() or None
    if shared is None:
        return SuiteDatabase(url)
    if url is None:
        raise ValueError(f"{SHARED_DB_VARIABLE}={shared} names a database on the server in MONGO_URL, "
                         "which is not set (unset both to use the embedded server)")
    if "test" not in shared.lower() or shared == environ.get("MONGO_DB", "").strip():
        raise ValueError(f"{SHARED_DB_VARIABLE}={shared}: every collection of it is dropped before and after "
                         "each test, so it must be a database of its own for tests (a name with 'test' in it, "
                         "not the app's MONGO_DB)")
    return SuiteDatabase(url, shared)


def suite_environment(environ: Mapping[str, str], database: SuiteDatabase, session_db: str) -> dict[str, str]:
    """The environment for the session and every process it starts.

    None of the app's settings pass through, whoever set them (the compose service's
    ``ADMIN_API_KEY``, ``EXTERNAL_API_URL``, ``DATA_DIR``..., or a developer's shell): each test
    gives its processes the settings it means, as on a clean machine. The one exception is
    the server: with an external one, ``MONGO_URL`` and a ``MONGO_DB`` of the session's (the
    shared database, or ``session_db``, dropped at the end) reach every process a test starts
    without naming them, so none of them ever starts an embedded server or opens the app's
    own database.
    """
    kept = {k: v for k, v in environ.items() if k.upper() not in APP_VARIABLES}
    if database.url is not None:
        kept.update(MONGO_URL=database.url, MONGO_DB=database.shared_db or session_db)
    return kept


def empty_database(client: MongoClient, name: str) -> None:
    """Drop every collection (indexes and all) of ``name``: what a fresh database would be.

    Collection by collection, since a user with ``readWrite`` on one database may not drop
    the database itself.
    """
    db = client[name]
    for collection in db.list_collection_names():
        if not collection.startswith("system."):
            db.drop_collection(collection)


@contextlib.contextmanager
def database_for_one_test(client: MongoClient | None, database: SuiteDatabase, fresh_name: str) -> Iterator[str]:
    """The name of a database only this test uses.

    The shared database, emptied before (a killed earlier run may have left data) and after;
    or ``fresh_name``, dropped afterwards on an external server (``client`` given) and left
    on the embedded one, whose data folder goes away with the session.
    """
    if database.shared_db is not None:
        assert client is not None, "a shared database is on an external server"
        empty_database(client, database.shared_db)
        try:
            yield database.shared_db
        finally:
            empty_database(client, database.shared_db)
        return
    try:
        yield fresh_name
    finally:
        if client is not None:
            client.drop_database(fresh_name)
