"""A stand-in for the external ticket provider, served over real HTTP.

It imitates what makes the real one hard to consume: a shared per-minute call
budget answered with ``429`` and ``Retry-After``, pages that fail or lag on demand,
tickets that change and vanish between pages, and a ``/notify`` endpoint that is
slow and fails on purpose. ``/admin/*`` lets tests steer it and read back what the
client did (its busiest minute, every alert key). See ``CONTRACT.md``, "The provider".

Modules: ``window`` (limiter and call meter), ``dataset`` and ``phrasebook`` (the
seeded tickets), ``store`` (ticket table), ``*_routes`` (HTTP), ``app`` (factory),
``__main__`` (CLI).
"""

from .app import create_app
from .config import MockConfig

__all__ = ["MockConfig", "create_app"]
