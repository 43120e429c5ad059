"""``python -m supervisor``: run the whole service until SIGINT/SIGTERM."""

from __future__ import annotations

import logging
import sys

import anyio

from supervisor.config import Settings
from supervisor.events import configure_logging
from supervisor.root import run_root
from supervisor.tree import Escalation


def main() -> int:
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
