"""``python -m mock_api``: serve the mock provider until SIGINT or SIGTERM.

The listening socket is bound here, before Hypercorn starts, and handed over by
file descriptor. That way ``--port 0`` works (the kernel picks a free port and we
can print which one), and the ``mock_api listening on ...`` line is printed only
once the port accepts connections: parents and tests wait for that line instead
of polling.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import signal
import socket
import sys
from collections.abc import Mapping

from hypercorn.asyncio import serve
from hypercorn.config import Config as HypercornConfig

from .app import create_app
from .config import PROFILES, REFERENCE_NOTIFY_LATENCY_MS, ConfigError, MockConfig, parse_latency

#: seconds in-flight requests get to finish after a stop signal
GRACEFUL_TIMEOUT = 2.0


def _latency(text: str) -> tuple[int, int]:
    try:
        return parse_latency(text)
    except ConfigError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m mock_api", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000, help="0 picks a free port")
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--rate-limit-per-minute", type=int, default=60)
    parser.add_argument("--notify-failure-rate", type=float, default=0.2)
    parser.add_argument("--notify-latency-ms", type=_latency, default=None, metavar="A-B",
                        help="default 20-300, or 100-500 with --profile reference")
    parser.add_argument("--page-failure-rate", type=float, default=0.0)
    parser.add_argument("--page-latency-ms", type=_latency, default=(0, 0), metavar="A-B")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--profile", choices=PROFILES, default="default",
                        help="reference: behave as the customer's own mock (see mock_api/__init__.py)")
    return parser.parse_args(argv)


def admin_allowed(host: str, environ: Mapping[str, str] = os.environ) -> bool:
    """Admin and log routes: on a loopback bind (tests and ``make run`` rely on them), elsewhere
    only with ``MOCK_ADMIN=1``, since whoever reaches them can rewrite the provider."""
    if environ.get("MOCK_ADMIN") == "1":
        return True
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


async def run(config: MockConfig, sock: socket.socket, admin: bool = True) -> None:
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)

    host, port = sock.getsockname()[:2]
    app = create_app(config, admin=admin)

    @app.before_serving
    async def announce() -> None:
        # Runs after the app started and with the socket already listening.
        shown = f"[{host}]" if ":" in host else host
        print(f"mock_api listening on http://{shown}:{port}", flush=True)

    server = HypercornConfig()
    server.bind = [f"fd://{sock.detach()}"]
    server.accesslog = None
    server.graceful_timeout = GRACEFUL_TIMEOUT
    await serve(app, server, shutdown_trigger=stopping.wait)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    latency = args.notify_latency_ms
    if latency is None:
        latency = REFERENCE_NOTIFY_LATENCY_MS if args.profile == "reference" else (20, 300)
    try:
        config = MockConfig(
            tickets=args.tickets,
            seed=args.seed,
            rate_limit_per_minute=args.rate_limit_per_minute,
            notify_failure_rate=args.notify_failure_rate,
            notify_latency_ms=latency,
            page_failure_rate=args.page_failure_rate,
            page_latency_ms=args.page_latency_ms,
            profile=args.profile,
        )
        sock = bind(args.host, args.port)
    except (ConfigError, OSError) as error:
        print(f"mock_api: {error}", file=sys.stderr)
        return 2
    admin = admin_allowed(args.host)
    print(f"mock_api: profile {args.profile}, admin routes {'on' if admin else 'off (set MOCK_ADMIN=1)'}",
          file=sys.stderr, flush=True)
    asyncio.run(run(config, sock, admin))
    return 0


if __name__ == "__main__":
    sys.exit(main())
