"""Who may call each route, declared next to the route and enforced in one place.

Every view carries one of these decorators, directly under its ``@bp.get(...)`` line::

    @bp.get("/tickets")
    @tenant_scoped
    async def tickets(...): ...

``web.auth`` reads the declaration in a single ``before_request`` and refuses the request
before the view runs; no view checks keys itself. A route without a declaration is treated
as admin-only (closed, not open), and ``tests/test_routes_declared.py`` walks the URL map and
fails on it, so a new route cannot forget.

=========  ==================================================================================
level      who
=========  ==================================================================================
public     anyone, no key (``/health``, ``/docs``, ``/openapi.json``, ``DELETE /session``, ``/favicon.ico``)
page       anyone; a key or session, if sent, scopes it (the dashboard page shell)
tenant     a tenant key or session (its own tenant only), or the admin key (any tenant)
admin      the admin key only (``/admin/*``, ``/supervisor*``, ``POST /circuit/notify/reset``)
metrics    the admin key or ``METRICS_TOKEN`` (``/metrics``)
=========  ==================================================================================
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from quart import Quart
from quart_schema import security_scheme

F = TypeVar("F", bound=Callable[..., Any])

ATTRIBUTE = "_tickets_access"


class Access(str, Enum):
    PUBLIC = "public"
    PAGE = "page"
    TENANT = "tenant"
    ADMIN = "admin"
    METRICS = "metrics"


#: routes the framework adds (quart_schema's API description): not ours to decorate
FRAMEWORK_ROUTES = {"openapi": Access.PUBLIC, "swagger_ui": Access.PUBLIC}
#: the OpenAPI security scheme every non-public route declares
BEARER = "bearer"


def access(level: Access) -> Callable[[F], F]:
    def declare(view: F) -> F:
        setattr(view, ATTRIBUTE, level)
        if level in (Access.PUBLIC, Access.PAGE):
            security_scheme([])(view)  # the API description shows no key is needed
        return view

    return declare


public = access(Access.PUBLIC)
page = access(Access.PAGE)
tenant_scoped = access(Access.TENANT)
admin_only = access(Access.ADMIN)
metrics_reader = access(Access.METRICS)


def declared(app: Quart, endpoint: str) -> Access | None:
    """The level declared for ``endpoint``; None when the route declared nothing."""
    level = getattr(app.view_functions.get(endpoint), ATTRIBUTE, None)
    return level if level is not None else FRAMEWORK_ROUTES.get(endpoint)
