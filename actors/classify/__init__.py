"""The classifier: pure rules, no I/O, no shared state (``from actors.classify import ClassifyService``)."""

from actors.classify.service import Classification, ClassifyService

__all__ = ["Classification", "ClassifyService"]
