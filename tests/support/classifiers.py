"""A classifier stand-in for storage and ingestion tests: deterministic, instant, versioned.

The real classifier has its own tests (``tests/test_classify.py``); where a test is about
pages, history or alerts, a keyword decides: its presence means high urgency with a trigger.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    """What ``ClassifyService.classify`` returns, reduced to the fields storage reads."""

    urgency: str
    sentiment: str = "neutral"
    requires_action: bool = False
    reasons: tuple = ()
    keywords: tuple = ()
    alert_trigger: str | None = None


class KeywordClassifier:
    """``high_word`` in the subject or message means high (trigger ``trigger``); else low."""

    def __init__(self, version: str = "test-1", high_word: str = "urgent", trigger: str = "explicit_urgency") -> None:
        self.version = version
        self._word = high_word
        self._trigger = trigger

    def classify(self, subject: str, message: str) -> Labels:
        if self._word in f"{subject} {message}".lower():
            return Labels("high", "negative", True, (f"high:{self._trigger}",), (self._word,), self._trigger)
        return Labels("low")
