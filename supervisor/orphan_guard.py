"""``python -m supervisor.orphan_guard PARENT_PID COMMAND...``: exec COMMAND, bound to its parent.

Children started by the supervisor (the embedded database, the mock provider) must not
outlive it. A graceful stop terminates them by pid, but after ``kill -9`` of the
supervisor nothing runs that could. On Linux the kernel can do it: ``PR_SET_PDEATHSIG``
asks for SIGTERM when the parent dies, and it survives the ``exec`` below, so the server
we do not own (SecantusDB) gets it too. The setting is made in the child, so if the parent
is already gone by then (it died between fork and prctl) we exit instead of starting an
orphan. Elsewhere the command runs unguarded.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def bind_to_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent_pid:
        sys.exit(f"orphan_guard: parent {parent_pid} is gone, not starting {sys.argv[2:]}")


def main(argv: list[str]) -> None:
    if len(argv) < 2 or not argv[0].isdigit():
        sys.exit("usage: python -m supervisor.orphan_guard PARENT_PID COMMAND [ARGS...]")
    bind_to_parent(int(argv[0]))
    os.execvp(argv[1], argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
