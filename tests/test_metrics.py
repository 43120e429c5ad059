"""``/metrics``: Prometheus text whose numbers match what the service did."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.stack import running_stack

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def samples(text: str) -> dict[tuple[str, tuple], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def test_metrics_reflect_jobs_http_and_actors(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, upstream_calls_per_minute=100000, tenants=["acme"]) as stack:
        r = await stack.client.post("/ingest/run?tenant_id=acme&wait=true")
        job = await r.get_json()
        assert job["status"] == "completed"
        await stack.client.get("/tickets?tenant_id=acme&limit=5")
        r = await stack.client.get("/metrics")
        assert r.status_code == 200 and r.content_type.startswith("text/plain")
        m = samples((await r.get_data()).decode())
        assert m[("ticket_jobs", (("status", "completed"),))] == 1
        assert m[("ticket_ingested_total", (("outcome", "new"),))] == job["metrics"]["new"]
        assert m[("ticket_provider_calls_total", ())] == job["metrics"]["upstream_calls"]
        classified = sum(v for (name, labels), v in m.items() if name == "ticket_classified_total"
                         and labels[0][1].startswith("urgency_"))
        assert classified == job["metrics"]["new"]
        assert m[("http_requests_total", (("method", "POST"), ("route", "/ingest/run"), ("status", "200")))] == 1
        assert m[("ticket_notify_circuit_state", (("state", "closed"),))] == 1
        assert m[("supervisor_child_running", (("child", "notifier"), ("kind", "actor")))] == 1
        assert ("event_loop_lag_seconds", (("quantile", "0.99"),)) in m
        assert ("actor_mailbox_depth", (("actor", "ingest"),)) in m
        # the job's database work went through the process's background lane (one operation at a time)
        assert m[("ingest_db_operations_total", ())] > job["metrics"]["upstream_calls"]
        assert m[("read_admission_shed_on_arrival_total", ())] == 0
        pending_or_sent = sum(v for (name, labels), v in m.items() if name == "ticket_outbox_entries")
        assert pending_or_sent == job["metrics"]["notifications_queued"]


async def test_metrics_need_the_admin_key_or_the_metrics_token(store, provider, tmp_path):
    token = "metrics-" + "m" * 32
    async with running_stack(store, provider.url, tmp_path, metrics_token=token, tenants=["acme"]) as stack:
        tenant = await stack.tenant_client("acme")
        anonymous = await stack.anonymous().get("/metrics")
        assert anonymous.status_code == 401 and anonymous.headers["WWW-Authenticate"].startswith("Bearer")
        assert (await tenant.get("/metrics")).status_code == 403, "counts over every tenant are the operators'"
        scraper = stack.client_for(token)
        assert (await scraper.get("/metrics")).status_code == 200
        # the metrics token reads /metrics and nothing else
        assert (await scraper.get("/tickets?tenant_id=acme")).status_code == 403
        assert (await scraper.get("/supervisor")).status_code == 403
        text = (await (await stack.client.get("/metrics")).get_data()).decode()
        assert token not in text and stack.admin_key not in text and tenant.key not in text
