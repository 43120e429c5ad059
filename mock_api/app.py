"""``create_app``: one self-contained mock provider per call.

The factory is the only way in, so there is no import-time state: a test can
build an app with a fake clock, and the CLI builds one from its flags.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from quart import Quart, Response
from werkzeug.exceptions import HTTPException

from . import admin_routes, external_routes, notify_routes
from .config import MockConfig
from .problem import problem
from .state import ProviderState

log = logging.getLogger(__name__)


def create_app(
    config: MockConfig | None = None,
    *,
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
    admin: bool = True,
) -> Quart:
    """``clock`` drives the rate window and the reference ``/notify`` lock-up; ``wall_clock``
    stamps tickets. ``admin=False`` leaves out ``/admin/*`` and ``/notify/log`` (404)."""
    state = ProviderState.build(config or MockConfig(), clock, wall_clock)
    app = Quart(__name__)
    app.json.sort_keys = False  # keep tickets in the contract's field order
    app.extensions["mock_api"] = state

    @app.get("/health")
    async def health() -> dict:
        return {"status": "ok", "tickets": state.store.live_count()}

    external_routes.register(app, state)
    notify_routes.register(app, state)
    if admin:
        admin_routes.register(app, state)
        notify_routes.register_log(app, state)

    @app.errorhandler(HTTPException)
    async def http_error(error: HTTPException) -> Response:
        name = (error.name or "error").lower().replace(" ", "_")
        return problem(error.code or 500, name, error.description or name)

    @app.errorhandler(Exception)
    async def crash(error: Exception) -> Response:
        log.exception("mock_api handler failed")
        return problem(500, "internal_error", f"{type(error).__name__}: {error}")

    return app
