"""``/supervisor`` shows what every actor knows, each in its documented shape, and nothing secret.

The assembled app (the same actors ``python -m supervisor`` runs) around a test's database
and the session's mock provider. After a job, the snapshots are compared with what the
database says happened; the shapes are compared with the models ``/openapi.json`` documents;
and the whole answer is searched for the keys, addresses and process facts it must not hold.
"""

from __future__ import annotations

import json
import os
import socket

import anyio
import pytest

from actors.cancel_watch import CancelWatchStats
from actors.ingest import IngestStats
from actors.janitor import JanitorStats, Sweep
from actors.lock_keeper import LockKeeperStats
from actors.loop_monitor import LoopLag
from actors.notifier import NotifierStats, SeverityWait
from actors.rate_limiter import RateLimiterStats
from actors.rules.circuit_breaker import CircuitSnapshot
from actors.scheduler import SchedulerStats
from actors.storage import api_keys, outbox
from tests.support.stack import running_stack
from web import routes_system
from web.app import create_app
from web.context import AppContext, WebSettings

pytestmark = pytest.mark.anyio

ACTORS = ("rate_limiter", "notifier", "lock_keeper", "cancel_watch", "janitor", "ingest", "loop_monitor",
          "scheduler")
SHAPES = {
    "rate_limiter": routes_system.RateLimiterSnapshot, "notifier": routes_system.NotifierSnapshot,
    "lock_keeper": routes_system.LockKeeperSnapshot, "cancel_watch": routes_system.CancelWatchSnapshot,
    "janitor": routes_system.JanitorSnapshot,
    "ingest": routes_system.IngestSnapshot, "loop_monitor": routes_system.LoopMonitorSnapshot,
    "scheduler": routes_system.SchedulerSnapshot,
}


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Quart runs on asyncio only


def app_context(stack) -> AppContext:
    return stack.app.config["APP_CONTEXT"]


async def supervisor(stack) -> dict:
    response = await stack.client.get("/supervisor")
    assert response.status_code == 200, await response.get_data()
    return await response.get_json()


# -- the shapes follow the actors' own snapshot types ----------------------------------------
@pytest.mark.parametrize(("shape", "stats"), [
    (routes_system.LockKeeperSnapshot, LockKeeperStats), (routes_system.JanitorSnapshot, JanitorStats),
    (routes_system.CancelWatchSnapshot, CancelWatchStats),
    (routes_system.IngestSnapshot, IngestStats), (routes_system.LoopMonitorSnapshot, LoopLag),
])
def test_a_plain_shape_is_its_actors_snapshot_field_for_field(shape, stats):
    # a field the actor renames or adds must be shown (or left out) on purpose
    assert set(shape.model_fields) == set(stats._fields)


def test_the_shapes_built_with_database_facts_name_fields_the_actors_publish():
    assert {"permits", "penalties", "rate_per_minute", "waiting", "last_wait_seconds"} <= set(RateLimiterStats._fields)
    notifier = {"sent", "failed", "dead", "returned_unsent", "throttled", "paused_seconds", "waits"}
    assert notifier <= set(NotifierStats._fields)
    assert set(routes_system.SeverityWaitSnapshot.model_fields) == set(SeverityWait._fields)
    breaker = set(routes_system.BreakerSnapshot.model_fields) - {"state", "opened_at", "retry_at"}
    assert breaker <= set(CircuitSnapshot._fields)
    scheduler = set(routes_system.SchedulerSnapshot.model_fields) - {"scheduled_tenants", "next_runs"}
    assert scheduler == set(SchedulerStats._fields)


# -- the live answer -------------------------------------------------------------------------
async def test_every_actor_is_shown_in_its_shape_and_agrees_with_what_happened(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["umbrella"]) as stack:
        done = await (await stack.client.post("/ingest/run?tenant_id=umbrella&wait=true")).get_json()
        assert done["status"] == "completed"
        await app_context(stack).janitor.ask(Sweep())
        body = await supervisor(stack)
        depth = await outbox.depth_by_status(store)
    actors = body["actors"]
    assert set(actors) == set(ACTORS) and all(actors[name] is not None for name in ACTORS), actors
    for name, shape in SHAPES.items():
        assert set(actors[name]) == set(shape.model_fields), name
        shape.model_validate(actors[name])  # the documented types hold
    assert actors["ingest"]["started"] >= 1 and actors["ingest"]["running"] == 0
    calls = done["metrics"]["upstream_calls"]
    assert actors["rate_limiter"]["permits"] >= calls > 0 and actors["rate_limiter"]["queued"] == 0
    assert actors["rate_limiter"]["next_slot_at"] is not None, "the shared budget has been used"
    assert actors["lock_keeper"]["held"] == 0, "the job released its lock"
    assert actors["cancel_watch"]["cancelled"] == 0 and actors["cancel_watch"]["poll_errors"] == 0
    assert actors["janitor"]["sweeps"] >= 1 and actors["janitor"]["last_sweep_at"] is not None
    notifier = actors["notifier"]
    assert notifier["breaker"]["state"] == "closed" and notifier["outbox"] == depth
    assert actors["loop_monitor"]["samples"] >= 0 and actors["loop_monitor"]["max_seconds"] >= 0
    assert actors["scheduler"]["interval_seconds"] == 0 and actors["scheduler"]["next_runs"] == []
    assert set(body["mailboxes"]) == set(ACTORS)
    assert {"name", "kind", "children", "mailboxes", "actors"} <= set(body)
    assert {c["name"] for c in body["children"]} >= set(ACTORS)


async def test_the_scheduler_shows_its_next_runs_soonest_first(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["acme", "globex", "initech"],
                             sync_interval_seconds=86_400) as stack:
        with anyio.fail_after(30):
            # the count of tenants and of passes are published by different steps: wait for both
            while True:
                scheduler = (await supervisor(stack))["actors"]["scheduler"]
                if scheduler["scheduled_tenants"] == 3 and scheduler["passes"] >= 1:
                    break
                await anyio.sleep(0.1)
    runs = scheduler["next_runs"]
    assert {run["tenant_id"] for run in runs} == {"acme", "globex", "initech"}
    assert [run["next_run_at"] for run in runs] == sorted(run["next_run_at"] for run in runs)
    assert scheduler["interval_seconds"] == 86_400


async def test_nothing_secret_and_nothing_about_the_host_is_shown(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["umbrella"]) as stack:
        await stack.client.post("/ingest/run?tenant_id=umbrella&wait=true")
        text = json.dumps(await supervisor(stack))
        tenant = await stack.tenant_client("umbrella")
        assert (await tenant.get("/supervisor")).status_code == 403
        assert (await stack.anonymous().get("/supervisor")).status_code == 401
    for secret in (stack.admin_key, provider.url, "127.0.0.1", f":{os.getpid()}", socket.gethostname(), str(tmp_path)):
        assert secret not in text, secret
    assert '"pid"' not in text and '"url"' not in text and "mongodb://" not in text


async def test_an_actor_that_is_not_running_is_null(store):
    admin_key = "tka_snapshots_" + "s" * 40
    context = AppContext(settings=WebSettings(admin_key_digest=api_keys.digest(admin_key)), store=store,
                         recent_events=lambda limit: [], tree=lambda: [], provider_url="http://provider.invalid",
                         http=None)  # type: ignore[arg-type]
    app = create_app(context)
    async with app.test_app() as test_app:
        response = await test_app.test_client().get("/supervisor", headers={"Authorization": f"Bearer {admin_key}"})
        body = await response.get_json()
    assert response.status_code == 200
    assert body["actors"] == {name: None for name in ACTORS} and body["mailboxes"] == {} and body["children"] == []


async def test_the_shapes_are_documented(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path) as stack:
        spec = await (await stack.client.get("/openapi.json")).get_json()
    answer = spec["paths"]["/supervisor"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert set(answer["properties"]) == {"name", "kind", "children", "mailboxes", "actors"}
    assert answer["properties"]["actors"]["$ref"].endswith("/ActorSnapshots")
    schemas = spec["components"]["schemas"]
    for shape in (*SHAPES.values(), routes_system.ActorSnapshots, routes_system.BreakerSnapshot):
        assert shape.__name__ in schemas, shape.__name__
    assert "next_slot_at" in schemas["RateLimiterSnapshot"]["properties"]
    assert schemas["RateLimiterSnapshot"]["properties"]["next_slot_at"].get("description")
