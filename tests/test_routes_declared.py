"""Every route says who may call it, and the declarations are the contract's.

The walk over ``app.url_map`` is what keeps a future route from forgetting: a route added
without ``@public`` / ``@tenant_scoped`` / ``@admin_only`` / ``@metrics_reader`` / ``@page``
fails here, and until it is fixed the app treats it as admin-only (closed, not open).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from web.access import Access, declared
from web.app import create_app
from web.context import WebSettings

pytestmark = pytest.mark.anyio

#: (method, rule) -> level, for every route that is not tenant-scoped
NOT_TENANT = {
    ("GET", "/health"): Access.PUBLIC,
    ("GET", "/favicon.ico"): Access.PUBLIC,
    ("GET", "/docs"): Access.PUBLIC,
    ("GET", "/openapi.json"): Access.PUBLIC,
    ("DELETE", "/session"): Access.PUBLIC,
    ("GET", "/tenants/<tenant_id>/dashboard"): Access.PAGE,
    ("GET", "/metrics"): Access.METRICS,
    ("GET", "/supervisor"): Access.ADMIN,
    ("GET", "/supervisor/log"): Access.ADMIN,
    ("POST", "/circuit/notify/reset"): Access.ADMIN,
}


@pytest.fixture
def anyio_backend():
    return "asyncio"


def build_app():
    return create_app(SimpleNamespace(settings=WebSettings()))  # type: ignore[arg-type]


def routes(app) -> list[tuple[str, str, str]]:
    found = []
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((method, rule.rule, rule.endpoint))
    return found


def test_every_route_declares_who_may_call_it():
    app = build_app()
    undeclared = [f"{method} {rule} ({endpoint})" for method, rule, endpoint in routes(app)
                  if declared(app, endpoint) is None]
    assert undeclared == [], "declare these with a decorator from web.access"


def test_declarations_match_the_contract():
    app = build_app()
    for method, rule, endpoint in routes(app):
        if rule.startswith("/admin/"):
            expected = Access.ADMIN
        else:
            expected = NOT_TENANT.get((method, rule), Access.TENANT)
        assert declared(app, endpoint) is expected, (method, rule)
    assert not any(rule.startswith("/static") for _, rule, _ in routes(app)), "no static folder is served"


async def test_a_route_that_forgets_is_found_and_closed_meanwhile():
    app = build_app()

    @app.get("/forgotten")
    async def forgotten():
        return {"secret": "tenant data"}

    assert ("GET", "/forgotten", "forgotten") in routes(app)
    assert declared(app, "forgotten") is None  # the walk above would list it
    response = await app.test_client().get("/forgotten")
    assert response.status_code == 401, "an undeclared route is admin-only, not open"
    assert "tenant data" not in (await response.get_data(as_text=True))


async def test_the_browsers_favicon_request_is_answered_without_an_error():
    """Browsers ask for ``/favicon.ico`` on any page that names no icon (``/health`` opened in
    a tab): a 404 there is a console error on the dashboard test's browser and a user's."""
    response = await build_app().test_client().get("/favicon.ico")
    assert response.status_code == 204 and await response.get_data() == b""
