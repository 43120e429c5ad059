"""The Quart app factory. Routes live in blueprints by concern; state lives in actors.

Before any view runs, every request passes, in this order: the timer of the HTTP metrics,
authentication against the route's declared access (``web.auth``), the parameter guard
(``web.params``), then admission control for reads (``web.admission``): a request without a
valid key is 401 whatever else is wrong with it, and never takes a read slot or reaches a
query beyond its key's lookup.
"""

from __future__ import annotations

from quart import Quart
from quart_schema import QuartSchema

from web.access import BEARER
from web.admission import install_admission
from web.auth import install_auth
from web.context import AppContext
from web.errors import install_error_handlers
from web.json import ApiJSONProvider
from web.metrics import HttpMetrics
from web.params import install_parameter_guard
from web import (routes_admin, routes_alerts, routes_dashboard, routes_events, routes_ingest, routes_metrics,
                 routes_session, routes_stats, routes_system, routes_tickets)

#: every route of the app, by concern; imported by name so a rename fails at import
BLUEPRINTS = (routes_system.bp, routes_ingest.bp, routes_events.bp, routes_tickets.bp, routes_stats.bp,
              routes_alerts.bp, routes_metrics.bp, routes_dashboard.bp, routes_admin.bp, routes_session.bp)
#: request bodies: the API takes none larger than a few hundred bytes
MAX_BODY_BYTES = 16 * 1024


def create_app(context: AppContext) -> Quart:
    # no static folder: nothing on disk is served except what a route reads on purpose
    app = Quart("ticket_service", static_folder=None)
    app.config["APP_CONTEXT"] = context
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    QuartSchema(
        app,
        info={"title": "Ticket service", "version": "1.0.0",
              "description": "Multi-tenant support tickets: ingestion, classification, alerts, analytics. "
                             "Every route but /health, /docs, /openapi.json and the dashboard page needs "
                             "'Authorization: Bearer <key>': a tenant key (its own tenant) or the admin key."},
        security_schemes={BEARER: {"type": "http", "scheme": "bearer"}},
        security=[{BEARER: []}],
        redoc_ui_path=None,
        scalar_ui_path=None,
    )
    # after QuartSchema, which installs its own provider: ours writes datetimes as ISO-8601 Z
    app.json_provider_class = ApiJSONProvider
    app.json = ApiJSONProvider(app)
    install_error_handlers(app)
    http_metrics = HttpMetrics()
    http_metrics.install(app)
    app.config["HTTP_METRICS"] = http_metrics
    install_auth(app, context.settings.credential_cache_seconds)
    install_parameter_guard(app)
    install_admission(app, context.settings.read_slots)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    return app
