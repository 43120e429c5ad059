"""Rule-based ticket classifier: urgency, sentiment and whether the team must act.

Rules, not a model, because the labels carry promises: a legal threat is always
``high`` and raises an alert, and every decision can be explained by naming the
signals that fired (``reasons``). The pipeline, each step in its own module:

1. :mod:`~actors.classify.normalise`: a bounded prefix of the ticket, case and accents
   folded, cut into tokens and clauses (linear time, whatever the input);
2. :mod:`~actors.classify.matcher`: every phrase of the tables found in one pass;
   the tables are :mod:`~actors.classify.vocabulary` (named things: "chargeback",
   "GDPR", "my lawyer") and :mod:`~actors.classify.signals` (parts of situations:
   sensitive data, reached the wrong party, every user, since 3am, I'm done);
3. :mod:`~actors.classify.decide`: signals composed into situations, then labels.

Pure and deterministic: no I/O, no clock, no state shared between calls beyond the
immutable tables compiled at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from actors.classify import decide
from actors.classify import vocabulary as rules
from actors.classify.matcher import Hit, Language, PhraseMatcher
from actors.classify.normalise import (BODY_MARK, MAX_MESSAGE_CHARS, bound, normalise,
                                       own_words, tokenise, unwrap)
from actors.classify.signals import SITUATIONS, merged

__all__ = ["Classification", "ClassifyService"]


@dataclass(frozen=True, slots=True)
class Classification:
    """What a ticket is, and why."""

    #: "high", "medium" or "low"
    urgency: str
    #: "negative", "neutral" or "positive"
    sentiment: str
    #: the team must do something beyond reading
    requires_action: bool
    #: the signals that decided the labels, e.g. "critical:privacy", "high:privacy",
    #: "signal:exposed", "negation:urgent", "truncated:20000"
    reasons: list[str]
    #: normalised matched terms in order of appearance (at most 20), for keyword analytics
    keywords: list[str]
    #: the primary high-urgency category, None unless urgency is "high"
    alert_trigger: str | None


#: signals whose every pattern carries its own negation, or that a "not" before them
#: does not cancel ("not ideal" is the point, "no need to reply" starts with "no")
_NOT_NEGATABLE = rules.NOT_NEGATABLE | {
    "sig_closing", "sig_resigned", "sig_understate", "sig_duration", "sig_count", "sig_halt",
    "sig_disappointed", "sig_cosmetic", "sig_still_access", "sig_intruder", "sig_deadline",
    "sig_today", "sig_since_change", "sig_zero_price", "sig_sales_running",
    "sig_their_dispute", "sig_exposed", "sig_sarcasm", "sig_still_failing", "sig_overdue",
    "sig_billing_anomaly", "sig_access_event", "sig_reopened",
    "sig_hypothetical", "sig_fine", "sig_letdown", "outage_scope",
    "sig_after_maintenance", "sig_only_here", "sig_login",
    # rules-2026.12-6
    "sig_sigh", "sig_symptom", "sig_not_us", "sig_billing_change", "sig_burden", "sig_grateful",
    # rules-2026.12-7
    "sig_test_env", "sig_past_incident",
    # rules-2026.12-37
    "sig_bookkeeping", "sig_settled",
    # rules-2026.12-58
    "sig_due", "sig_clock", "sig_day",
    # rules-2026.12-60
    "sig_pass_on",
    # rules-2026.12-64
    "sig_reversal_label"}
_MATCHER = PhraseMatcher(merged(rules.RULES, SITUATIONS), Language(
    negators=rules.NEGATORS, fillers=rules.NEGATION_FILLERS, not_negatable=_NOT_NEGATABLE))

#: "Thanks,\nDana" closing a message is a sign-off, not gratitude ("thanks!" is gratitude)
_SIGN_OFF = re.compile(
    r"(?i:\b(?:many[ ]+|best[ ]+)?(?:thanks|thank[ ]+you|thx|cheers|danke|vielen[ ]+dank|"
    r"gracias|merci)(?:[ ]+(?:again|a[ ]+lot|so[ ]+much))?)[ \t]{0,3}[,.]?[ \t]{0,3}"
    r"(?:\r?\n[^\n]{0,60}){0,2}\s{0,6}$")
#: the sign-off is looked for in the last characters only (which also bounds its cost)
_SIGN_OFF_WINDOW = 120

#: a pasted log should not flood the keyword analytics: the first terms are the telling ones
_MAX_KEYWORDS = 20
#: signals reported in ``reasons`` as "signal:<name>" when they fired
_REPORTED_SIGNALS = (
    "sig_sensitive", "sig_exposed", "sig_intruder", "sig_former", "sig_still_access",
    "sig_not_us", "outage_failure", "outage_scope", "sig_count", "sig_duration",
    "sig_after_maintenance", "sig_still_failing", "sig_halt", "sig_core", "sig_deadline",
    "sig_today", "sig_since_change", "sig_harm", "sig_resigned", "sig_sigh", "sig_symptom",
    "sig_billing_change",
    "sig_burden", "sig_grateful", "sig_letdown", "sig_sarcasm", "sarcasm", "sig_understate",
    "repeat", "sig_disappointed", "sig_regret", "sig_closing", "sig_cosmetic", "sig_overdue",
    "sig_billing_anomaly", "sig_limited", "sig_hypothetical", "gdpr_request", "sig_test_env",
    "sig_past_incident", "sig_due")


#: category -> its reason, in the order reasons are listed
_LABELLED = {**{c: f"medium:{c}" for c in rules.MEDIUM_CATEGORIES},
             **{c: f"low:{c}" for c in rules.LOW_CATEGORIES},
             **{c: f"signal:{c.removeprefix('sig_')}" for c in _REPORTED_SIGNALS}}
#: category -> its place in that order: a ticket's few categories are sorted, rather than
#: every labelled category looked up in each ticket
_LABELLED_RANK = {c: rank for rank, c in enumerate(_LABELLED)}


class ClassifyService:
    """Classifies one ticket at a time; safe to share, it holds no per-call state."""

    #: names the rule set; stored with every classification, so a change reclassifies
    version = "rules-2026.12-67"

    def classify(self, subject: str | None, message: str | None) -> Classification:
        read = bound(subject, message)
        whole = _judge(read.subject, read.message)
        own = own_words(read.subject, read.message) if whole.urgency != "high" else None
        if own is not None:
            # a reply that quotes our last answer ("> Please clear the cache and retry."):
            # whether anything is left to do, and how much it matters, is in the writer's
            # own lines ("That worked, you can close this"); the feeling is read from the
            # whole exchange, as the held-out author reads it, and a critical situation
            # counts wherever it stands (rules-2026.12-60)
            mine = _judge(read.subject, own)
            reasons = whole.reasons + ["quoted:own_words"] + [
                r for r in mine.reasons
                if r not in whole.reasons and not r.startswith("sentiment:")]
            whole = replace(whole, urgency=mine.urgency, requires_action=mine.requires_action,
                            alert_trigger=mine.alert_trigger, reasons=reasons)
        if read.truncated:
            whole.reasons.append(f"truncated:{MAX_MESSAGE_CHARS}")
        return whole


def _judge(subject: str, message: str) -> Classification:
    """One reading of a subject and a (bounded) message: signals, situation, labels."""
    # subject and message are read together, but the subject's clauses come first
    # and are counted, so a trigger only echoed in "Re: chargeback" is recognisable
    norm = normalise(subject + BODY_MARK + unwrap(message))
    tokens, body_clause = tokenise(norm)
    text, offsets = _MATCHER.text(tokens)
    signals = decide.sort_hits(_MATCHER.find(tokens, text, offsets), text)
    decide.compose(signals)
    facts = decide.Facts(subject=subject, message=message, norm=norm, body_clause=body_clause)
    if _signed_off(signals, message):
        signals.found.pop("thanks", None)
    sit = decide.situation(signals, facts)
    feeling = decide.sentiment(signals, sit, facts)
    return Classification(
        urgency=decide.urgency(signals, sit, feeling),
        sentiment=feeling,
        requires_action=decide.action(signals, sit, feeling),
        reasons=list(dict.fromkeys(_reasons(signals, sit, facts, feeling))),
        keywords=_keywords(signals.live, text),
        alert_trigger=sit.high[0] if sit.high else None,
    )


def _signed_off(signals: decide.Signals, message: str) -> bool:
    """One "thanks", and it is the closing line: a courtesy, not gratitude."""
    thanks = signals.found.get("thanks")
    if not thanks or len(thanks) != 1 or signals.has("resolved"):
        return False  # "refund received, all good. Thanks." is gratitude
    sign_off = _SIGN_OFF.search(message, max(0, len(message) - _SIGN_OFF_WINDOW))
    return sign_off is not None and bool(message[:sign_off.start()].strip())


def _reasons(signals: decide.Signals, sit: decide.Situation, facts: decide.Facts,
             feeling: str) -> list[str]:
    found = signals.found
    reasons = list(signals.reasons)
    reasons += [f"critical:{decide.CRITICAL[c]}" for c in sit.high if c in decide.CRITICAL]
    reasons += [f"high:{c}" for c in sit.high]
    reasons += [_LABELLED[c] for c in sorted(_LABELLED_RANK.keys() & found.keys(),
                                             key=_LABELLED_RANK.__getitem__)]
    if feeling == "negative" and sit.troubled and facts.shouting():
        reasons.append("tone:shouting")
    reasons.append(f"sentiment:{feeling}")
    return reasons


def _keywords(live: list[Hit], text: str) -> list[str]:
    categories, stop = rules.KEYWORD_CATEGORIES, rules.KEYWORD_STOPWORDS
    keywords: list[str] = []
    for category, start, end, _, _ in live:
        if category not in categories:
            continue
        word = text[start:end - 1]
        if " " in word:
            word = decide.keyword(text, start, end)
        elif word[0] == "!" or word in stop or word.isdigit():
            continue
        if word and word not in keywords:
            keywords.append(word)
            if len(keywords) == _MAX_KEYWORDS:
                break
    return keywords
