"""Errors keep the contract's shape; an unexpected one is a 500 whose id is in the log."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest

from web.access import public
from web.app import create_app
from web.context import WebSettings

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def app():
    app = create_app(SimpleNamespace(settings=WebSettings()))  # type: ignore[arg-type]

    @app.get("/boom")
    @public
    async def boom():
        raise RuntimeError("secret internals: password=hunter2")

    return app


async def test_unexpected_error_is_500_with_an_id_that_is_logged_and_no_internals(app, caplog):
    caplog.set_level(logging.ERROR, logger="tickets.web")
    r = await app.test_client().get("/boom")
    assert r.status_code == 500
    body = await r.get_json()
    assert body["error"] == "internal_error" and len(body["error_id"]) == 12
    assert "hunter2" not in (await r.get_data()).decode() and "Traceback" not in body["detail"]
    logged = [rec for rec in caplog.records if getattr(rec, "error_id", None) == body["error_id"]]
    assert logged and logged[0].exc_info is not None  # the traceback stays in the log


async def test_method_not_allowed_and_unknown_route_keep_the_shape(app):
    client = app.test_client()
    r = await client.delete("/health")
    assert r.status_code == 405 and (await r.get_json())["error"] == "method_not_allowed"
    r = await client.get("/nowhere")
    assert r.status_code == 404 and set(await r.get_json()) == {"error", "detail"}
