"""Keys, roles and dashboard sessions through the real app and the real database.

Without a valid key every non-public route is 401 with ``WWW-Authenticate: Bearer``; a
tenant key on an admin route is 403; keys are shown once and stored as hashes; a revoked
key is refused by every process within 5 s; a session is an HttpOnly, SameSite=Strict
cookie whose state-changing requests must come from the page itself; and no key ever
reaches a log line, an error body, ``/supervisor`` or ``/metrics``.
"""

from __future__ import annotations

import logging
import re

import anyio
import pytest

from actors.storage.schema import API_KEYS, SESSIONS
from tests.support.stack import bearer, running_stack
from web.auth import SESSION_COOKIE, CredentialCache, Principal

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def stack(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path, tenants=["acme"]) as s:
        yield s


def sample_url(rule: str) -> str:
    """A concrete URL for a route rule, with plausible values for its variables."""
    values = {"tenant_id": "acme", "job_id": "0123abcd", "ticket_id": "TCK-000001", "key_id": "key_0123456789abcdef"}
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m[1]], rule)


def non_public_routes(app) -> list[tuple[str, str]]:
    from web.access import Access, declared

    found = []
    for rule in app.url_map.iter_rules():
        if declared(app, rule.endpoint) in (Access.PUBLIC, Access.PAGE):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((method, sample_url(rule.rule)))
    return found


async def test_every_non_public_route_wants_a_key(stack):
    routes = non_public_routes(stack.app)
    assert len(routes) >= 20
    for key in (None, "tk_" + "x" * 43, stack.admin_key + "x"):
        client = stack.client_for(key)
        for method, url in routes:
            response = await client.open(url, method=method)
            assert response.status_code == 401, (key, method, url)
            assert response.headers["WWW-Authenticate"].startswith("Bearer"), (method, url)
            assert set(await response.get_json()) == {"error", "detail"}
    for header in ("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer a b c", "Bearer " + "é" * 40, "tk_" + "x" * 43):
        response = await stack.anonymous().get("/tickets", headers={"Authorization": header})
        assert response.status_code == 401, header
        assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


async def test_public_routes_answer_anyone_and_say_little(stack):
    anonymous = stack.anonymous()
    health = await anonymous.get("/health")
    body = await health.get_json()
    assert health.status_code == 200 and body["status"] == "ok"
    assert {name: set(dep) for name, dep in body["dependencies"].items()} == {
        "mongodb": {"status"}, "external_api": {"status"}, "notify_circuit": {"status", "state"}}
    detailed = await (await stack.client.get("/health")).get_json()
    assert "latency_ms" in detailed["dependencies"]["mongodb"], "the admin key sees the details"
    for url in ("/docs", "/openapi.json", "/tenants/acme/dashboard"):
        assert (await anonymous.get(url)).status_code == 200, url


async def test_tenant_key_is_403_on_admin_routes_and_works_on_its_own(stack):
    tenant = await stack.tenant_client("acme")
    for method, url in (("GET", "/supervisor"), ("GET", "/supervisor/log"), ("POST", "/circuit/notify/reset"),
                        ("GET", "/admin/tenants"), ("PUT", "/admin/tenants/acme"),
                        ("POST", "/admin/tenants/acme/keys"), ("GET", "/admin/tenants/acme/keys"),
                        ("DELETE", "/admin/keys/key_0123456789abcdef"), ("GET", "/metrics")):
        response = await tenant.open(url, method=method)
        assert response.status_code == 403, (method, url)
        assert (await response.get_json())["error"] == "forbidden"
    status = await tenant.get("/ingest/status")  # the key names the tenant
    assert status.status_code == 200 and (await status.get_json())["tenant_id"] == "acme"
    assert (await tenant.get("/ingest/status?tenant_id=acme")).status_code == 200
    who = await (await tenant.get("/session")).get_json()
    assert who == {"role": "tenant", "tenant_id": "acme", "via": "bearer"}
    # the admin key acts for any tenant, and must say which
    assert (await stack.client.get("/ingest/status")).status_code == 422
    assert (await stack.client.get("/ingest/status?tenant_id=acme")).status_code == 200


async def test_keys_are_random_shown_once_and_stored_as_hashes(stack, store):
    made = await stack.client.post("/admin/tenants/globex/keys")
    body = await made.get_json()
    assert made.status_code == 201 and set(body) >= {"key_id", "key", "tenant_id"}
    assert body["tenant_id"] == "globex" and made.headers["Cache-Control"] == "no-store"
    key = body["key"]
    assert key.startswith("tk_") and len(key) >= 3 + 43  # 32 random bytes, URL-safe base64
    other = await (await stack.client.post("/admin/tenants/globex/keys")).get_json()
    assert other["key"] != key and other["key_id"] != body["key_id"]
    listing = await (await stack.client.get("/admin/tenants/globex/keys")).get_json()
    assert [item["key_id"] for item in listing["items"]] == [body["key_id"], other["key_id"]]
    assert all(set(item) == {"key_id", "tenant_id", "created_at", "revoked_at"} for item in listing["items"])
    stored = await store[API_KEYS].find({"tenant_id": "globex"})
    assert len(stored) == 2 and all(len(doc["hash"]) == 64 for doc in stored)
    assert key not in repr(stored) and key[3:] not in repr(stored), "only the hash is stored"
    tenants = await (await stack.client.get("/admin/tenants")).get_json()
    assert {"acme", "globex"} <= {t["tenant_id"] for t in tenants["items"]}, "a key registers its tenant"
    assert (await stack.client.get("/admin/tenants/nobody/keys")).status_code == 404
    assert (await stack.client.delete("/admin/keys/key_ffffffffffffffff")).status_code == 404
    assert (await stack.client.post("/admin/tenants/bad%20id/keys")).status_code == 422


async def test_a_revoked_key_is_refused_by_every_process_within_5_s(store, provider, tmp_path):
    async with running_stack(store, provider.url, tmp_path / "a", tenants=["acme"]) as a, \
            running_stack(store, provider.url, tmp_path / "b") as b:
        made = await (await a.client.post("/admin/tenants/acme/keys")).get_json()
        on_a, on_b = a.client_for(made["key"]), b.client_for(made["key"])
        signed_in = b.client_for(made["key"])
        assert (await signed_in.post("/session")).status_code == 204
        for client in (on_a, on_b, signed_in):  # every process has it cached now
            assert (await client.get("/ingest/status")).status_code == 200
        revoked = await a.client.delete(f"/admin/keys/{made['key_id']}")
        assert revoked.status_code == 200 and (await revoked.get_json())["revoked_at"] is not None
        cookie_only = b.client_for(None)
        cookie_only._client.cookie_jar = signed_in._client.cookie_jar
        with anyio.fail_after(5):  # the contract's bound; the cache lives 2 s
            for client in (on_a, on_b, cookie_only):
                while (await client.get("/ingest/status")).status_code != 401:
                    await anyio.sleep(0.1)
        again = await a.client.delete(f"/admin/keys/{made['key_id']}")
        assert (await again.get_json())["revoked_at"] == (await revoked.get_json())["revoked_at"], "idempotent"
        assert await store[SESSIONS].count_documents({"key_id": made["key_id"]}) == 0, "its sessions ended"


def set_cookie_attributes(response) -> dict[str, str]:
    header = response.headers["Set-Cookie"]
    parts = [p.strip() for p in header.split(";")]
    attributes = {p.split("=", 1)[0].lower(): (p.split("=", 1)[1] if "=" in p else "") for p in parts[1:]}
    attributes["__value__"] = parts[0].split("=", 1)[1]
    return attributes


async def test_a_session_is_an_httponly_strict_cookie_for_tenant_keys_only(stack, store):
    key = await stack.tenant_key("acme")
    browser = stack.client_for(None)
    response = await browser.post("/session", headers=bearer(key))
    assert response.status_code == 204
    cookie = set_cookie_attributes(response)
    assert response.headers["Set-Cookie"].startswith(f"{SESSION_COOKIE}=")
    assert "httponly" in cookie and cookie["samesite"] == "Strict" and cookie["path"] == "/"
    assert "secure" not in cookie, "plain HTTP: a Secure cookie would never come back"
    assert int(cookie["max-age"]) > 0
    token = cookie["__value__"]
    assert token not in repr(await store[SESSIONS].find({})), "the session is stored as a hash"
    who = await (await browser.get("/session")).get_json()
    assert who == {"role": "tenant", "tenant_id": "acme", "via": "session"}
    assert (await browser.get("/tenants/acme/stats")).status_code == 200

    over_https = await stack.client_for(None).post("/session", headers=bearer(key), scheme="https")
    assert "secure" in set_cookie_attributes(over_https)
    refused = await stack.client_for(None).post("/session")  # the admin key cannot open one
    assert (await stack.client.post("/session")).status_code == 403
    assert refused.status_code == 401


async def test_cookie_requests_that_change_things_must_come_from_the_page(stack):
    key = await stack.tenant_key("acme")
    browser = stack.client_for(None)
    assert (await browser.post("/session", headers=bearer(key))).status_code == 204
    for headers in ({}, {"Origin": "https://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}):
        response = await browser.post("/ingest/run", headers=headers)
        assert response.status_code == 403, headers
        assert "site" in (await response.get_json())["detail"]
    same_site = await browser.post("/ingest/run", headers={"Origin": "http://localhost"})
    assert same_site.status_code == 202, await same_site.get_json()
    job_id = (await same_site.get_json())["job_id"]
    cancelled = await browser.delete(f"/ingest/{job_id}", headers={"Sec-Fetch-Site": "same-origin"})
    assert cancelled.status_code in (202, 409)
    # reading needs no Origin: a cross-site page cannot read the answer anyway (no CORS)
    assert (await browser.get("/ingest/status")).status_code == 200
    # signing out: refused from elsewhere, then the session is gone
    assert (await browser.delete("/session", headers={"Origin": "https://evil.example"})).status_code == 403
    signed_out = await browser.delete("/session", headers={"Origin": "http://localhost"})
    assert signed_out.status_code == 204 and "max-age=0" in signed_out.headers["Set-Cookie"].lower()
    assert (await browser.get("/ingest/status")).status_code == 401
    assert (await stack.client_for(None).delete("/session")).status_code == 204, "signing out is always possible"


async def test_keys_never_reach_logs_errors_supervisor_or_metrics(stack, caplog):
    caplog.set_level(logging.DEBUG)
    key = await stack.tenant_key("acme")
    tenant = stack.client_for(key)
    assert (await tenant.post("/session")).status_code == 204
    bodies = []
    for client, method, url in ((tenant, "GET", "/tickets"), (tenant, "GET", "/metrics"),
                                (stack.client_for(key + "x"), "GET", "/tickets"),
                                (stack.client_for(stack.admin_key[:-1]), "GET", "/supervisor"),
                                (stack.client, "GET", "/supervisor"), (stack.client, "GET", "/supervisor/log?limit=1000"),
                                (stack.client, "GET", "/metrics"), (stack.client, "GET", "/admin/tenants/acme/keys")):
        response = await client.open(url, method=method)
        bodies.append(await response.get_data(as_text=True))
    text = "\n".join(bodies) + "\n".join(record.getMessage() + repr(record.__dict__) for record in caplog.records)
    for secret in (key, key[3:], stack.admin_key):
        assert secret not in text


def test_the_credential_cache_forgets_after_its_ttl_and_stays_bounded():
    now = [0.0]
    cache = CredentialCache(ttl=2.0, capacity=3, clock=lambda: now[0])
    alice = Principal("tenant", "acme", "key_1")
    cache.put("a", alice)
    now[0] = 1.9
    assert cache.get("a") == alice
    now[0] = 2.0
    assert cache.get("a") is None, "a revoked key must not outlive the TTL anywhere"
    for i in range(10):
        cache.put(f"k{i}", alice)
        assert len(cache) <= 3
    assert cache.get("k9") == alice and cache.get("k0") is None, "the oldest entries go first"
