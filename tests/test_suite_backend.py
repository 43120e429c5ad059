"""Where the suite's databases live: the embedded server, or ``MONGO_URL``'s (docs/docker.md).

The rules are pure functions of the environment and checked as such; the database handling
runs against whichever server this session uses, so under ``docker compose exec app pytest``
it is checked on the stack's MongoDB with the app user's single-database rights.
"""

from __future__ import annotations

import os

import pytest
from pymongo import MongoClient

from tests.support.embedded_db import (
    APP_VARIABLES,
    SuiteDatabase,
    database_for_one_test,
    suite_database_from,
    suite_environment,
)

URL = "mongodb://u:p@db.example:27017/tickets?authSource=tickets"


def test_no_mongo_url_is_the_embedded_server():
    assert suite_database_from({}) == SuiteDatabase(None, None)
    assert not suite_database_from({"MONGO_URL": "  "}).external


def test_a_mongo_url_alone_is_a_fresh_database_per_test():
    assert suite_database_from({"MONGO_URL": URL}) == SuiteDatabase(URL, None)


def test_test_mongo_db_shares_one_database_of_its_own():
    got = suite_database_from({"MONGO_URL": URL, "MONGO_DB": "tickets", "TEST_MONGO_DB": "tickets_test"})
    assert got == SuiteDatabase(URL, "tickets_test") and got.external


@pytest.mark.parametrize("environ, says", [
    ({"TEST_MONGO_DB": "tickets_test"}, "MONGO_URL"),
    ({"MONGO_URL": URL, "TEST_MONGO_DB": "tickets"}, "dropped"),
    ({"MONGO_URL": URL, "MONGO_DB": "tickets_test", "TEST_MONGO_DB": "tickets_test"}, "not the app's MONGO_DB"),
])
def test_refuses_a_shared_database_that_could_be_someone_elses(environ, says):
    with pytest.raises(ValueError, match=says):
        suite_database_from(environ)


def test_the_apps_settings_never_reach_the_suite_but_the_server_does():
    container = {"PATH": "/usr/bin", "CI": "true", "ADMIN_API_KEY": "secret", "EXTERNAL_API_URL": "http://mock:9000",
                 "data_dir": "/tmp/x", "MOCK_ADMIN": "1", "TICKETS_API_KEY": "k", "MONGO_URL": URL,
                 "MONGO_DB": "tickets", "TEST_MONGO_DB": "tickets_test"}
    embedded = suite_environment(container, SuiteDatabase(), "tsession_1")
    assert embedded == {"PATH": "/usr/bin", "CI": "true", "TEST_MONGO_DB": "tickets_test"}
    shared = suite_environment(container, SuiteDatabase(URL, "tickets_test"), "tsession_1")
    assert {k: shared[k] for k in ("MONGO_URL", "MONGO_DB")} == {"MONGO_URL": URL, "MONGO_DB": "tickets_test"}
    own = suite_environment(container, SuiteDatabase(URL), "tsession_1")
    assert own["MONGO_DB"] == "tsession_1" and "ADMIN_API_KEY" not in own
    assert {"MONGO_URL", "ADMIN_API_KEY", "DATA_DIR", "TICKETS_URL", "APP_BIND"} <= APP_VARIABLES


def test_this_session_runs_with_that_environment(suite_database):
    assert not APP_VARIABLES & {name.upper() for name in os.environ} - {"MONGO_URL", "MONGO_DB"}
    assert os.environ.get("MONGO_URL") == suite_database.url
    if suite_database.shared_db:
        assert os.environ["MONGO_DB"] == suite_database.shared_db


def test_a_test_database_starts_empty_and_is_cleared_after(mongo_url, suite_database):
    with MongoClient(mongo_url, serverSelectionTimeoutMS=10_000) as client:
        names = []
        for n in range(2):
            with database_for_one_test(client, suite_database, f"suite_backend_{os.getpid()}_{n}") as name:
                names.append(name)
                assert client[name].list_collection_names() == [], "a test starts with nothing"
                client[name]["tickets"].insert_one({"n": n})
                client[name]["jobs"].create_index("tenant_id")
            assert client[name].list_collection_names() == [], "and leaves nothing"
        assert (names[0] == names[1]) == (suite_database.shared_db is not None)


@pytest.mark.parametrize("turn", [1, 2])
def test_db_name_is_empty_whoever_ran_before(db_name, mongo_url, turn):
    """Twice: on a shared database the second turn sees the first one's writes gone."""
    with MongoClient(mongo_url, serverSelectionTimeoutMS=10_000) as client:
        assert client[db_name].list_collection_names() == []
        client[db_name]["leftover"].insert_one({"turn": turn})


def test_embedded_only_tests_are_skipped_exactly_when_the_server_is_external(request, suite_database):
    marked = [item for item in request.session.items if item.get_closest_marker("embedded_only")]
    skipped = [item for item in marked if any(m.name == "skip" for m in item.iter_markers())]
    assert skipped == (marked if suite_database.external else [])
