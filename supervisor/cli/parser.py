"""The operator commands' arguments and help (argparse: the standard library's, well kept).

Every command takes ``--json``, ``--url`` and ``--timeout`` after its own arguments
(``tickets jobs acme --json``), which is where people type them.
"""

from __future__ import annotations

import argparse

from supervisor.config import OperatorSettings

EPILOG = """\
environment:
  TICKETS_URL      where the service listens (default http://127.0.0.1:8000)
  TICKETS_API_KEY  the key sent as 'Authorization: Bearer ...' (an admin key for most commands)

exit codes: 0 done (a job completed), 1 failed or refused, 130 cancelled or interrupted.
With no arguments at all, 'python -m supervisor' runs the service itself."""


def _common(settings: OperatorSettings) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print the service's answer as JSON, for scripts")
    common.add_argument("--url", default=settings.tickets_url,
                        help="the service's base URL (default: TICKETS_URL, now %(default)s)")
    common.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                        help="give up on a request after this long (default %(default)s)")
    return common


def _add(sub: argparse._SubParsersAction, name: str, common: argparse.ArgumentParser, help: str,
         description: str | None = None) -> argparse.ArgumentParser:
    return sub.add_parser(name, parents=[common], help=help, description=description or help,
                          formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    settings = OperatorSettings()
    common = _common(settings)
    parser = argparse.ArgumentParser(
        prog=prog, description="Operator commands for the ticket service: they talk to a running service over HTTP.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    parser.set_defaults(api_key=settings.tickets_api_key, json=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = _add(sub, "ingest", common, "start an ingestion job for a tenant (--follow: watch it to the end)",
                  "Start an ingestion job for TENANT. With --follow, show a progress bar (pages, tickets/s, ETA)\n"
                  "until it ends; Ctrl-C asks whether to cancel it. Exit 0 completed, 1 failed, 130 cancelled.\n"
                  "If a job already runs for the tenant, --follow follows that one.")
    ingest.add_argument("tenant", metavar="TENANT", help="the tenant id")
    ingest.add_argument("--follow", "-f", action="store_true", help="watch the job until it ends")

    jobs = _add(sub, "jobs", common, "list a tenant's ingestion jobs, newest first")
    jobs.add_argument("tenant", metavar="TENANT", help="the tenant id")
    jobs.add_argument("--limit", type=int, default=20, help="how many (default %(default)s)")

    cancel = _add(sub, "cancel", common, "cancel a running job (it stops within seconds, keeping what it stored)")
    cancel.add_argument("job", metavar="JOB", help="the job id (from 'ingest' or 'jobs')")

    stats = _add(sub, "stats", common, "a tenant's ticket statistics as tables")
    stats.add_argument("tenant", metavar="TENANT", help="the tenant id")

    _add(sub, "tree", common, "the service's supervision tree: every actor and process with its state")

    log = _add(sub, "log", common, "recent supervision events (start, crash, restart, stop)")
    log.add_argument("--follow", "-f", action="store_true", help="keep printing new events until Ctrl-C")
    log.add_argument("--limit", type=int, default=50, help="how many recent events first (default %(default)s)")
    log.add_argument("--interval", type=float, default=1.0, help=argparse.SUPPRESS)

    keys = sub.add_parser("keys", help="API keys: create, list, revoke (admin key needed)",
                          description="Manage API keys (admin key needed).")
    keys_sub = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = _add(keys_sub, "create", common, "create a key for a tenant (registers the tenant if new); "
                                              "the key is shown only once")
    create.add_argument("tenant", metavar="TENANT", help="the tenant id")
    listing = _add(keys_sub, "list", common, "list keys (never their secrets): one tenant's, or every tenant's")
    listing.add_argument("tenant", metavar="TENANT", nargs="?", help="the tenant id (default: every tenant)")
    revoke = _add(keys_sub, "revoke", common, "revoke a key: every app process refuses it within 5 s")
    revoke.add_argument("key_id", metavar="KEY_ID", help="the key's id (from 'keys list')")

    rollups = sub.add_parser("rollups", help="stats rollups: rebuild (admin key needed)",
                             description="Maintain a tenant's stats rollups (admin key needed).")
    rollups_sub = rollups.add_subparsers(dest="action", metavar="ACTION", required=True)
    rebuild = _add(rollups_sub, "rebuild", common, "recompute a tenant's stats rollups from its tickets")
    rebuild.add_argument("tenant", metavar="TENANT", help="the tenant id")

    sub.add_parser("serve", help="run the service itself (what 'python -m supervisor' does with no arguments)",
                   description="Run the service in the foreground until SIGINT/SIGTERM.")
    return parser
