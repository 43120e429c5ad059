"""The operator commands: what each one asks the service, and how it answers the person.

``python -m supervisor <command>`` and the ``tickets`` console script both land in
:func:`main`. Every command talks to a running service over HTTP (``TICKETS_URL``) with
the key in ``TICKETS_API_KEY``; ``--json`` prints the service's answer for scripts.
Exit codes: 0 done (a job completed), 1 failed or refused (one line on stderr says why),
130 cancelled or interrupted.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import TextIO
from urllib.parse import quote

from supervisor.cli.client import CANCELLED, FAILED, OK, CommandError, ServiceClient
from supervisor.cli.follow import BarView, Detached, PlainView, QuietView, _duration, follow
from supervisor.cli.parser import build_parser
from supervisor.cli.render import Output, sparkline, when

Command = Callable[[argparse.Namespace, ServiceClient, Output], int]


def seg(value: str) -> str:
    """A path segment as typed, never a path: ``../x`` stays one (invalid) id."""
    return quote(value, safe="")


def exit_code(status: str) -> int:
    return OK if status == "completed" else CANCELLED if status == "cancelled" else FAILED


def cmd_ingest(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    tenant = args.tenant
    try:
        started = client.call("POST", "/ingest/run", params={"tenant_id": tenant}, ok=(200, 202))
        job_id = started["job_id"]
    except CommandError as exc:
        running = exc.body.get("job_id") if exc.status == 409 and isinstance(exc.body, dict) else None
        if running is None:
            raise
        if not args.follow:
            raise CommandError(f"a job is already running for {tenant}: {running} "
                               f"(follow it with: ingest {tenant} --follow)", FAILED, 409, exc.body) from None
        out.note(f"a job is already running for {tenant}: following {running}")
        job_id, started = running, {"job_id": running, "tenant_id": tenant, "status": "running"}
    if not args.follow:
        if args.json:
            out.data(started)
        else:
            out.line(f"started job {job_id} for {tenant}")
            out.note(f"watch it with: ingest {tenant} --follow")
        return OK
    view = QuietView(out) if args.json else BarView(out) if out.tty else PlainView(out)
    try:
        job = follow(client, job_id, out, view)
    except Detached:
        out.note(f"stopped following; job {job_id} keeps running (stop it with: cancel {job_id})")
        return CANCELLED
    status = str(job.get("status"))
    if args.json:
        out.data(job)
    else:
        out.line(job_summary(job))
    if status not in ("completed", "cancelled"):
        out.error(f"job {job_id} {status}: {job.get('error') or 'no reason given'}")
    return exit_code(status)


def job_summary(job: dict) -> str:
    m = job.get("metrics") or {}
    return (f"{job.get('status')} job {job.get('job_id')} for {job.get('tenant_id')} in "
            f"{_duration(job.get('duration_seconds'))}: {m.get('pages', 0)} pages, {m.get('fetched', 0)} fetched, "
            f"{m.get('new', 0)} new, {m.get('updated', 0)} updated, {m.get('deleted', 0)} deleted, "
            f"{m.get('notifications_queued', 0)} alerts queued")


def cmd_jobs(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    body = client.call("GET", "/ingest/jobs", params={"tenant_id": args.tenant, "limit": args.limit})
    if args.json:
        out.data(body)
        return OK
    rows = []
    for job in body.get("items", []):
        m = job.get("metrics") or {}
        pages = f"{job.get('processed_pages', 0)}/{job.get('total_pages') if job.get('total_pages') is not None else '?'}"
        rows.append((job.get("job_id"), job.get("status"), when(job.get("started_at")),
                     _duration(job.get("duration_seconds")), pages, m.get("fetched"), m.get("new"), m.get("updated"),
                     m.get("deleted"), (job.get("error") or "")[:80] or None))
    out.table(("job", "status", "started (UTC)", "took", "pages", "fetched", "new", "updated", "deleted", "error"),
              rows, title=f"jobs of {args.tenant}, newest first")
    if not rows:
        out.note(f"no jobs yet for {args.tenant}")
    return OK


def cmd_cancel(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    try:
        body = client.call("DELETE", f"/ingest/{seg(args.job)}", ok=(202,))
    except CommandError as exc:
        if exc.status == 409:
            ended = exc.body.get("job_status") if isinstance(exc.body, dict) else None
            raise CommandError(f"job {args.job} already ended" + (f" ({ended})" if ended else ""), FAILED, 409,
                               exc.body) from None
        raise
    if args.json:
        out.data(body)
    else:
        out.line(f"cancelling job {args.job}: it stops within seconds, keeping what it stored")
    return OK


def cmd_stats(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    stats = client.call("GET", f"/tenants/{seg(args.tenant)}/stats")
    if args.json:
        out.data(stats)
        return OK
    ratio = stats.get("urgency_high_ratio")
    out.table(("tenant", "tickets", "high urgency", "requires action", "generated (UTC)"),
              [(stats.get("tenant_id"), stats.get("total_tickets"),
                f"{ratio:.1%}" if isinstance(ratio, (int, float)) else ratio, stats.get("requires_action"),
                when(stats.get("generated_at")))], title=f"stats of {args.tenant}")
    for key in ("by_status", "by_urgency", "by_sentiment", "by_source"):
        counts = stats.get(key) or {}
        rows = sorted(counts.items(), key=lambda kv: -kv[1]) if isinstance(counts, dict) else []
        out.table((key.removeprefix("by_"), "tickets"), rows)
    trend = [h.get("count", 0) for h in stats.get("hourly_trend") or []]
    if trend:
        out.line(f"last 24 h, oldest first: {sparkline(trend)}  (peak {max(trend)}/h, total {sum(trend)})")
    keywords = stats.get("top_keywords") or []
    if keywords:
        out.table(("keyword", "count"), [(k.get("keyword"), k.get("count")) for k in keywords], title="top keywords")
    customers = stats.get("at_risk_customers") or []
    if customers:
        columns = list(customers[0].keys())
        out.table(columns, [[c.get(col) for col in columns] for c in customers], title="customers at risk")
    return OK


def cmd_tree(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    tree = client.call("GET", "/supervisor")
    if args.json:
        out.data(tree)
    else:
        out.tree(tree)
    return OK


def log_line(event: dict) -> str:
    rest = "  ".join(f"{k}={v}" for k, v in event.items() if k not in ("seq", "ts", "event"))
    return f"{when(event.get('ts'))}  {event.get('event')}  {rest}".rstrip()


def cmd_log(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    items = client.call("GET", "/supervisor/log", params={"limit": args.limit}).get("items", [])
    if args.json and not args.follow:
        out.data({"items": items})
        return OK
    last_seq = -1
    while True:
        if items and max(e.get("seq", 0) for e in items) < last_seq:
            last_seq = -1  # the service restarted: its numbering starts again
        for event in items:
            if event.get("seq", 0) <= last_seq:
                continue
            if args.json:
                out.data_line(event)
            else:
                out.line(log_line(event))
        last_seq = max([last_seq] + [e.get("seq", 0) for e in items])
        if not args.follow:
            return OK
        time.sleep(args.interval)
        items = client.call("GET", "/supervisor/log", params={"limit": 1000}).get("items", [])


def cmd_keys_create(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    body = client.call("POST", f"/admin/tenants/{seg(args.tenant)}/keys", ok=(200, 201))
    if args.json:
        out.data(body)
        return OK
    out.table(("key_id", "tenant", "key"), [(body.get("key_id"), body.get("tenant_id"), body.get("key"))])
    out.note("the key is shown only now: store it (for the commands: export TICKETS_API_KEY=<key>)")
    return OK


def cmd_keys_list(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    items = list_keys(client, args.tenant)
    if args.json:
        out.data({"items": items})
        return OK
    out.table(("key_id", "tenant", "created (UTC)", "revoked (UTC)"),
              [(k.get("key_id"), k.get("tenant_id"), when(k.get("created_at")), when(k.get("revoked_at")))
               for k in items], title=f"keys of {args.tenant}" if args.tenant else "keys of every tenant")
    return OK


def list_keys(client: ServiceClient, tenant: str | None) -> list[dict]:
    """One tenant's keys; without a tenant, every tenant's.

    For every tenant the contract names no endpoint, so: ``GET /admin/keys`` if the service
    has it, else ``GET /admin/tenants`` and each tenant's list, else a clear refusal.
    """
    if tenant:
        return client.call("GET", f"/admin/tenants/{seg(tenant)}/keys").get("items", [])
    for path in ("/admin/keys", "/admin/tenants"):
        try:
            body = client.call("GET", path)
        except CommandError as exc:
            if exc.status in (404, 405):
                continue
            raise
        items = body.get("items", []) if isinstance(body, dict) else []
        if path == "/admin/keys":
            return items
        tenants = [t.get("tenant_id") or t.get("_id") if isinstance(t, dict) else t for t in items]
        return [key for t in tenants if t for key in list_keys(client, str(t))]
    raise CommandError("this service cannot list every tenant's keys: name one (keys list TENANT)")


def cmd_keys_revoke(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    body = client.call("DELETE", f"/admin/keys/{seg(args.key_id)}", ok=(200, 204))
    if args.json:
        out.data(body if body is not None else {"key_id": args.key_id, "revoked": True})
    else:
        out.line(f"revoked key {args.key_id}: every app process refuses it within 5 s")
    return OK


def cmd_rollups_rebuild(args: argparse.Namespace, client: ServiceClient, out: Output) -> int:
    body = client.call("POST", f"/admin/tenants/{seg(args.tenant)}/rollups/rebuild", ok=(200, 201, 202, 204))
    if args.json:
        out.data(body if body is not None else {"tenant_id": args.tenant, "status": "rebuilt"})
    else:
        details = "  ".join(f"{k}={v}" for k, v in (body or {}).items() if k != "tenant_id")
        out.line(f"rebuilt the stats rollups of {args.tenant}" + (f": {details}" if details else ""))
    return OK


COMMANDS: dict[str, Command] = {
    "ingest": cmd_ingest, "jobs": cmd_jobs, "cancel": cmd_cancel, "stats": cmd_stats, "tree": cmd_tree,
    "log": cmd_log, "keys create": cmd_keys_create, "keys list": cmd_keys_list, "keys revoke": cmd_keys_revoke,
    "rollups rebuild": cmd_rollups_rebuild,
}


def main(argv: list[str] | None = None, *, prog: str | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    name = " ".join(p for p in (getattr(args, "command", None), getattr(args, "action", None)) if p)
    if name == "serve":
        from supervisor.__main__ import serve  # the server's imports are heavy: only when asked

        return serve()
    if name not in COMMANDS:
        parser.print_help(stderr)
        return 2
    out = Output(json_mode=args.json, stdout=stdout, stderr=stderr)
    try:
        with ServiceClient(args.url, args.api_key, timeout=args.timeout) as client:
            return COMMANDS[name](args, client, out)
    except CommandError as exc:
        out.error(str(exc))
        return exc.code
    except KeyboardInterrupt:
        out.note("interrupted")
        return CANCELLED
