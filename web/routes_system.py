"""Health and introspection: /health, /supervisor, /supervisor/log."""

from __future__ import annotations

import time

import anyio
import httpx
from pydantic import Field
from quart import Blueprint, jsonify
from quart_schema import tag, validate_querystring

from web.context import ctx
from web.params import Query

bp = Blueprint("system", __name__)


async def _probe_mongo(result: dict) -> None:
    started = time.perf_counter()
    try:
        with anyio.fail_after(2.5):
            await ctx().store.admin_command("ping")
        result["mongodb"] = {"status": "ok", "latency_ms": round((time.perf_counter() - started) * 1000, 1)}
    except Exception as exc:  # any failure means "not usable now"
        result["mongodb"] = {"status": "unavailable", "error": type(exc).__name__,
                             "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


async def _probe_provider(result: dict) -> None:
    started = time.perf_counter()
    url = ctx().provider_url.rstrip("/") + "/health"
    try:
        response = await ctx().http.get(url, timeout=2.0)
        ok = response.status_code == 200
        result["external_api"] = {"status": "ok" if ok else "unavailable", "http_status": response.status_code,
                                  "latency_ms": round((time.perf_counter() - started) * 1000, 1)}
    except httpx.HTTPError as exc:
        result["external_api"] = {"status": "unavailable", "error": type(exc).__name__,
                                  "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


@bp.get("/health")
@tag(["system"])
async def health():
    """MongoDB and the provider, probed concurrently with short timeouts; 503 if either is down."""
    deps: dict = {}
    async with anyio.create_task_group() as tg:
        tg.start_soon(_probe_mongo, deps)
        tg.start_soon(_probe_provider, deps)
    notifier = ctx().notifier
    breaker = getattr(notifier.snapshot, "breaker", None) if notifier is not None else None
    deps["notify_circuit"] = breaker.to_status() if breaker is not None else {"status": "not_running"}
    healthy = deps["mongodb"]["status"] == "ok" and deps["external_api"]["status"] == "ok"
    body = {"status": "ok" if healthy else "degraded", "dependencies": deps}
    return jsonify(body), 200 if healthy else 503


@bp.get("/supervisor")
@tag(["system"])
async def supervisor_tree():
    """The actor tree as it stands: name, kind, state, restarts, last error, started_at."""
    children = [info.as_dict() for info in ctx().tree()]
    mailboxes = {}
    for ref in (ctx().ingest, ctx().notifier, ctx().rate_limiter):
        if ref is not None:
            mailboxes[ref.name] = ref.stats()._asdict()
    return jsonify({"name": "root", "kind": "supervisor", "children": children, "mailboxes": mailboxes})


class LogQuery(Query):
    limit: int = Field(100, ge=1, le=1000)


@bp.get("/supervisor/log")
@tag(["system"])
@validate_querystring(LogQuery)
async def supervisor_log(query_args: LogQuery):
    """Recent supervision events (start, crash, restart, stop, escalate), newest last."""
    return jsonify({"items": ctx().recent_events(query_args.limit)})
