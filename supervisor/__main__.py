"""``python -m supervisor``: run the whole service until SIGINT/SIGTERM.

With arguments it is the operator command line instead (``python -m supervisor ingest acme
--follow``, ``python -m supervisor --help``): see ``supervisor/cli``. No arguments at all
keeps meaning "run the service", so ``make run`` and the Dockerfile are unchanged.
"""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        from supervisor.cli import main as operator_command  # rich and friends load only for commands

        return operator_command(argv, prog="python -m supervisor")
    return serve()


def serve() -> int:
    # imported here, not above: an operator command should not load (or break on) the server
    import anyio

    from supervisor.config import Settings
    from supervisor.events import configure_logging
    from supervisor.root import run_root
    from supervisor.tree import Escalation

    settings = Settings()
    configure_logging(settings.log_level)
    log = logging.getLogger("tickets.root")
    try:
        # The web layer is Quart on asyncio; the actors themselves are backend-neutral.
        anyio.run(run_root, settings, backend="asyncio")
    except KeyboardInterrupt:
        return 0
    except BaseException as exc:  # noqa: BLE001 - the one place that turns failure into an exit code
        escalated = isinstance(exc, Escalation) or (
            isinstance(exc, BaseExceptionGroup) and exc.subgroup(Escalation) is not None
        )
        log.critical("escalation: exiting" if escalated else "fatal error: exiting", exc_info=not escalated,
                     extra={"error": str(exc)})
        return 1
    log.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
