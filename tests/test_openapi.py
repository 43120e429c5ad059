"""The API describes itself: every contract endpoint is in ``/openapi.json``, ``/docs`` serves."""

from __future__ import annotations

import pytest

from tests.support.stack import running_stack

pytestmark = pytest.mark.anyio

CONTRACT = {
    ("post", "/ingest/run"), ("get", "/ingest/status"), ("get", "/ingest/progress/{job_id}"),
    ("delete", "/ingest/{job_id}"), ("get", "/ingest/jobs"), ("get", "/tickets"), ("get", "/tickets/{ticket_id}"),
    ("get", "/tickets/{ticket_id}/history"), ("get", "/tenants/{tenant_id}/stats"), ("get", "/health"),
    ("get", "/circuit/notify/status"), ("post", "/circuit/notify/reset"), ("get", "/notifications"),
    ("get", "/supervisor"), ("get", "/supervisor/log"),
    ("post", "/admin/tenants/{tenant_id}/keys"), ("get", "/admin/tenants/{tenant_id}/keys"),
    ("delete", "/admin/keys/{key_id}"), ("post", "/session"), ("delete", "/session"),
}
#: the routes anyone may call: the description says they need no key
PUBLIC = {("get", "/health"), ("delete", "/session"), ("get", "/tenants/{tenant_id}/dashboard")}


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_openapi_lists_every_contract_endpoint_and_docs_render(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path) as stack:
        r = await stack.client.get("/openapi.json")
        assert r.status_code == 200
        spec = await r.get_json()
        described = {(method, path) for path, ops in spec["paths"].items() for method in ops}
        assert CONTRACT <= described, CONTRACT - described
        params = {p["name"] for p in spec["paths"]["/tickets"]["get"].get("parameters", [])}
        assert {"tenant_id", "status", "urgency", "limit", "cursor"} <= params
        # the bearer scheme is declared, required everywhere but on the public routes
        assert spec["components"]["securitySchemes"]["bearer"] == {"type": "http", "scheme": "bearer"}
        assert spec["security"] == [{"bearer": []}]
        for path, ops in spec["paths"].items():
            for method, op in ops.items():
                if (method, path) in PUBLIC:
                    assert op.get("security") == [], (method, path)
                else:
                    assert op.get("security") is None, (method, path)  # inherits the global bearer
        anonymous = stack.anonymous()
        assert (await anonymous.get("/openapi.json")).status_code == 200
        r = await anonymous.get("/docs")
        assert r.status_code == 200 and "swagger" in (await r.get_data()).decode().lower()
        # unknown routes answer the contract's error shape too
        r = await stack.client.get("/no/such/route")
        assert r.status_code == 404 and (await r.get_json())["error"] == "not_found"
