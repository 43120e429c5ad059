"""Operator commands: ``python -m supervisor ingest acme --follow``, or ``tickets ingest acme --follow``.

=================  =========================================================
module             what it does
=================  =========================================================
``parser.py``      arguments and help text (argparse)
``commands.py``    one function per command, and :func:`main` (exit codes)
``client.py``      HTTP to the service; failures as one-line messages
``follow.py``      following a job: event stream or polling, Ctrl-C, the bar
``render.py``      rich on a terminal, plain text in a pipe, JSON for scripts
=================  =========================================================
"""

from supervisor.cli.commands import COMMANDS, main

__all__ = ["COMMANDS", "main"]
