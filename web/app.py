"""The Quart app factory. Routes live in blueprints by concern; state lives in actors."""

from __future__ import annotations

from quart import Quart, request
from quart_schema import QuartSchema

from web.admission import install_admission
from web.context import AppContext
from web.errors import ApiError, install_error_handlers
from web.json import ApiJSONProvider
from web.metrics import HttpMetrics
from web import (routes_alerts, routes_dashboard, routes_ingest, routes_metrics, routes_stats, routes_system,
                 routes_tickets)

#: every route of the app, by concern; imported by name so a rename fails at import
BLUEPRINTS = (routes_system.bp, routes_ingest.bp, routes_tickets.bp, routes_stats.bp, routes_alerts.bp,
              routes_metrics.bp, routes_dashboard.bp)


def create_app(context: AppContext) -> Quart:
    app = Quart("ticket_service")
    app.config["APP_CONTEXT"] = context
    app.config["MAX_CONTENT_LENGTH"] = 1 << 20
    QuartSchema(
        app,
        info={"title": "Ticket service", "version": "1.0.0",
              "description": "Multi-tenant support tickets: ingestion, classification, alerts, analytics."},
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
    install_admission(app, context.settings.read_slots)

    @app.before_request
    async def reject_repeated_parameters():
        # `?tenant_id=a&tenant_id=b` must never mean "a or b", nor silently "a".
        for key in request.args:
            if len(request.args.getlist(key)) > 1:
                raise ApiError(422, "invalid_parameter", f"{key}: given more than once")

    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    return app
