"""A stand-in for the external ticket provider, served over real HTTP.

It imitates what makes the real one hard to consume: a shared per-minute call
budget answered with ``429`` and ``Retry-After``, pages that fail or lag on demand,
tickets that change and vanish between pages, and a ``/notify`` endpoint that is
slow and fails on purpose. ``/admin/*`` lets tests steer it and read back what the
client did (its busiest minute, every alert key). The endpoints are listed in the README, "The provider".

Two profiles (``--profile``):

* ``default``: our provider, with a tenant filter and knobs for faults.
* ``reference``: the customer's own mock, the one their docker-compose runs: no tenant
  filter, about 5 % deleted and 10 % drifting tickets (``reference_dataset``), a
  ``Retry-After`` of "seconds until the oldest call leaves the window, plus one", and a
  ``/notify`` that fails the first two calls for every ticket and locks up for 30 s after
  10 failures in a row (``reference_notify``). Both keep the admin and log endpoints.

``MOCK_ADMIN``: ``/admin/*`` and ``/notify/log`` let anyone who reaches them rewrite the
provider's tickets and read every alert. They are served when the mock binds a loopback
address (``--host 127.0.0.1``, the default: tests and ``make run`` rely on them), and on any
other address only when the environment sets ``MOCK_ADMIN=1`` (docker-compose sets it only
when asked). ``/health``, ``/rate-limit/status``, ``/external/*`` and ``/notify`` are always
served.

Modules: ``window`` (limiter and call meter), ``dataset`` and ``phrasebook`` (the
seeded tickets), ``reference_dataset`` and ``reference_notify`` (the reference profile),
``store`` (ticket table), ``*_routes`` (HTTP), ``app`` (factory), ``__main__`` (CLI).
"""

from .app import create_app
from .config import MockConfig

__all__ = ["MockConfig", "create_app"]
