"""``GET /metrics`` in Prometheus text format: for the admin key or ``METRICS_TOKEN``.

The numbers cover every tenant, so a tenant key may not read them.
"""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST
from quart import Blueprint, current_app
from quart_schema import hide

from web.access import metrics_reader
from web.context import ctx
from web.metrics import scrape

bp = Blueprint("metrics", __name__)


@bp.get("/metrics")
@metrics_reader
@hide
async def metrics():
    body = await scrape(ctx(), current_app.config["HTTP_METRICS"])
    return body, 200, {"Content-Type": CONTENT_TYPE_LATEST}
