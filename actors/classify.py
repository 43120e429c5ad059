"""Rule-based ticket classifier: urgency, sentiment and whether the team must act.

Rules, not a model, because the labels carry promises: a legal threat is always
``high`` and raises an alert, and every decision can be explained by naming the
rules that fired (``reasons``). The phrase tables live in :mod:`actors.classify_rules`;
this module normalises text, finds phrase hits and turns hits into labels.

Matching runs on a normalised token string (NFKD, accents and case folded, contractions
expanded, clause ends marked with ``|``), so "Rückbuchung", "RUCKBUCHUNG" and
"ruckbuchung" are one word, and "refundable" never matches "refund". Each rule is
indexed by its first word, so a ticket costs one dict probe per token plus an anchored
regex match only where a rule can start: thousands of phrases, one pass.

Pure and deterministic: no I/O, no clock, no state shared between calls beyond
immutable compiled tables built at import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from actors import classify_rules as rules

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
    #: the rules that decided the labels, e.g. "high:legal_threat", "negation:urgent"
    reasons: list[str]
    #: normalised matched terms, for top-keyword analytics
    keywords: list[str]
    #: the primary high-urgency category, None unless urgency is "high"
    alert_trigger: str | None


class _Rule(NamedTuple):
    category: str
    regex: re.Pattern[str]
    #: a negator just before the match cancels it ("not urgent", "isn't down")
    negatable: bool


class _Hit(NamedTuple):
    category: str
    start: int
    end: int
    token: int
    clause: int
    text: str


# --- normalisation -------------------------------------------------------------------

_COMBINING = re.compile(r"[\u0300-\u036f]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'", "\u00df": "ss"})
#: "Art. 15", "e.g." and friends are not clause ends
_ABBREVIATION = re.compile(
    r"\b(art|arts|nr|no|abs|para|ziff|sec|e\.g|i\.e|z\.b|bzw|ca|vs|approx|usw|etc|inv)\.(?=\s)")
_CLAUSE_END = re.compile(r"[!?;]+|[.:]+(?=\s|$)|\n+|\s[-\u2013\u2014]+\s|[\u2013\u2014]")
_WORD = re.compile(r"[a-z0-9]+|\|")
_SHOUT_RUN = re.compile(r"(?:\b[A-Z][A-Z']+\b[\s,.!?:;-]+){2,}\b[A-Z][A-Z']+\b")
_SARCASM_OPENER = re.compile(rules.SARCASM_OPENER)


def _normalise(text: str) -> str:
    text = text.translate(_QUOTES).casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.replace("n't", " not")


def _tokenise(norm: str) -> list[str]:
    norm = _CLAUSE_END.sub(" | ", _ABBREVIATION.sub(r"\1", norm))
    out: list[str] = []
    expand = rules.EXPANSIONS
    for word in _WORD.findall(norm):
        if word == "|":
            if out and out[-1] != "|":
                out.append(word)
            continue
        more = expand.get(word)
        if more is None:
            out.append(word)
        else:
            out.extend(more)
    return out


# --- compiling the phrase tables -----------------------------------------------------

_GAP = r"(?:(?!(?:{neg}) )[^ |][^ ]* ){{0,{n}}}"


def _compile_element(element: str) -> tuple[str, list[str]]:
    """One pattern element to regex; also returns its first words (the anchors)."""
    negators = "|".join(sorted(rules.NEGATORS))
    if element.startswith("~"):
        return _GAP.format(neg=negators, n=int(element[1:])), []
    if element == "$":
        return r"(?=\| |$)", []
    optional = element.startswith("[")
    body = element[1:-1] if optional else element
    alternatives, anchors = [], []
    for alternative in body.split("/"):
        words = alternative.split("_")
        parts = []
        for word in words:
            if word == "#":
                parts.append(r"[0-9]+ ")
            elif word.endswith("*"):
                parts.append(re.escape(word[:-1]) + r"[^ |]* ")
            else:
                parts.append(re.escape(word) + " ")
        alternatives.append("".join(parts))
        anchors.append(words[0])
    regex = "(?:" + "|".join(alternatives) + ")"
    return (regex + "?" if optional else regex), ([] if optional else anchors)


def _compile(table: dict[str, tuple[str, ...]]):
    exact: dict[str, list[_Rule]] = {}
    prefixed: dict[str, list[tuple[str, _Rule]]] = {}
    for category, patterns in table.items():
        negatable = category not in rules.NOT_NEGATABLE
        for pattern in patterns:
            elements = pattern.split()
            compiled = [_compile_element(e) for e in elements]
            anchors = compiled[0][1]
            if not anchors:
                raise ValueError(f"pattern must start with a word: {pattern!r}")
            rule = _Rule(category, re.compile("".join(r for r, _ in compiled)), negatable)
            for anchor in anchors:
                if anchor == "#":
                    raise ValueError(f"pattern must not start with a number: {pattern!r}")
                if anchor.endswith("*"):
                    stem = anchor[:-1]
                    if len(stem) < 3:
                        raise ValueError(f"stem too short to index: {pattern!r}")
                    prefixed.setdefault(stem[:3], []).append((stem, rule))
                else:
                    exact.setdefault(anchor, []).append(rule)
    freeze = {k: tuple(v) for k, v in exact.items()}
    return freeze, {k: tuple(v) for k, v in prefixed.items()}


_EXACT, _PREFIXED = _compile(rules.RULES)
_HIGH_ORDER = rules.HIGH_CATEGORIES


# --- the service ---------------------------------------------------------------------


class ClassifyService:
    """Classifies one ticket at a time; safe to share, it holds no per-call state."""

    #: names the rule set; stored with every classification so results can be traced
    version = "rules-2026.11-1"

    def classify(self, subject: str | None, message: str | None) -> Classification:
        subject = subject or ""
        message = message or ""
        raw = f"{subject}\n{message}"
        # subject and message are read together, but the subject's clauses are
        # numbered first so a trigger echoed only in "Re: chargeback" can be told apart
        norm_subject = _normalise(subject)
        norm = _normalise(message)
        head = _tokenise(norm_subject)
        if head and head[-1] != "|":
            head.append("|")
        body_clause = head.count("|")
        tokens = head + _tokenise(norm)
        text = " " + " ".join(tokens) + " "
        return _decide(raw, f"{norm_subject}\n{norm}", self._find(tokens, text), body_clause)

    @staticmethod
    def _find(tokens: list[str], text: str) -> list[_Hit]:
        hits: list[_Hit] = []
        exact, prefixed = _EXACT, _PREFIXED
        pos = 1
        clause = 0
        for i, token in enumerate(tokens):
            if token == "|":
                clause += 1
                pos += 2
                continue
            candidates = exact.get(token, ())
            by_stem = prefixed.get(token[:3])
            if by_stem:
                candidates = candidates + tuple(r for stem, r in by_stem if token.startswith(stem))
            for rule in candidates:
                m = rule.regex.match(text, pos)
                if m is None:
                    continue
                if rule.negatable and _negated(tokens, i):
                    hits.append(_Hit("negated:" + rule.category, pos, m.end(), i, clause,
                                     text[pos:m.end()].strip()))
                    continue
                hits.append(_Hit(rule.category, pos, m.end(), i, clause, text[pos:m.end()].strip()))
            pos += len(token) + 1
        return hits


def _negated(tokens: list[str], i: int) -> bool:
    """A negator within a few filler words before token i, in the same clause."""
    negators, fillers = rules.NEGATORS, rules.NEGATION_FILLERS
    skipped = 0
    j = i - 1
    while j >= 0 and skipped <= 3:
        token = tokens[j]
        if token in negators:
            return True
        if token == "|" or token not in fillers:
            return False
        skipped += 1
        j -= 1
    return False


def _keyword(text: str) -> str:
    words = [w for w in text.split() if w not in rules.KEYWORD_STOPWORDS and not w.isdigit()]
    return " ".join(words[:4])


def _decide(raw: str, norm: str, hits: list[_Hit], body_clause: int) -> Classification:
    reasons: list[str] = []
    keywords: list[str] = []

    # innocent contexts veto the triggers they overlap ("refund policy", "urgent tag")
    vetoes = [h for h in hits if h.category in rules.VETO_CATEGORIES]
    live: list[_Hit] = []
    for h in hits:
        if h.category in rules.VETO_CATEGORIES or h.category.startswith("negated:"):
            continue
        vetoed = False
        for v in vetoes:
            if v.start < h.end and h.start < v.end and h.category in rules.VETO_CATEGORIES[v.category]:
                vetoed = True
                reasons.append(f"innocent:{_keyword(v.text)}")
                break
        if not vetoed:
            live.append(h)
    for h in hits:
        if h.category.startswith("negated:"):
            category = h.category[8:]
            if category in rules.REPORTED_NEGATIONS:
                reasons.append(f"negation:{_keyword(h.text)}")

    found: dict[str, list[_Hit]] = {}
    for h in live:
        found.setdefault(h.category, []).append(h)
    # "not happy", "nicht zufrieden": praise turned around is a complaint
    for h in hits:
        if h.category == "negated:praise":
            found.setdefault("negative", []).append(h)
    has = found.__contains__

    # --- compound triggers
    if has("outage_failure") and has("outage_scope"):
        scoped = {h.clause for h in found["outage_scope"]}
        both = [h for h in found["outage_failure"] if h.clause in scoped]
        if both:
            found.setdefault("outage", []).extend(both)
    if has("bank_party") and has("bank_action"):
        parties = {h.clause for h in found["bank_party"]}
        both = [h for h in found["bank_action"] if h.clause in parties]
        if both:
            found.setdefault("chargeback", []).extend(both)
    if has("wrong_charge") and has("refund_ask"):
        found.setdefault("refund_demand", []).extend(found["refund_ask"])

    question = "?" in raw or has("how_to")
    request = has("request") or has("chase")
    spam = has("spam")
    auto_reply = has("auto_reply")
    settled = has("resolved") or has("fyi")

    high = [c for c in _HIGH_ORDER if has(c)]
    if high and settled and not question:
        # "never mind, it's back": an outage or a scare stands down; a threat only does
        # when the message itself no longer makes it (the subject may echo an old thread)
        in_body = {h.category for hs in found.values() for h in hs if h.clause >= body_clause}
        kept = [c for c in high if c not in rules.SETTLEABLE
                and (c in in_body or not has("resolved"))]
        if len(kept) < len(high):
            reasons.append("low:resolved" if has("resolved") else "low:fyi")
        high = kept
    if spam or auto_reply:
        high = []

    problem = has("bug") or has("anger") or has("wrong_charge") or has("outage") or has("data_loss")
    billing = has("billing") or has("wrong_charge") or has("refund_ask")
    cancellation = has("cancellation")

    # --- sentiment
    praise = has("praise")
    thanks = has("thanks")
    shouting = _SHOUT_RUN.search(raw) is not None
    emphatic = "!!!" in raw or "??" in raw or "?!" in raw or "!!" in raw
    threat = any(has(c) for c in rules.THREAT_CATEGORIES)
    troubled = problem or bool(high) or billing
    # once solved, the problem a ticket names is history, not a complaint
    open_problem = problem and not has("resolved")
    negative = (
        has("anger") or has("negative") or threat
        or (troubled and (has("repeat") or shouting or emphatic))
        or ((praise or thanks) and troubled and _SARCASM_OPENER.search(norm) is not None)
        or (has("sarcasm") and troubled)
    )
    if spam or auto_reply:
        sentiment = "neutral"
    elif negative:
        sentiment = "negative"
    elif (praise and not open_problem) or (thanks and not (open_problem or high or question or request)):
        sentiment = "positive"
    else:
        sentiment = "neutral"
    # a thank-you that mentions the billing mix-up it thanks for is still a thank-you
    thanks_only = sentiment == "positive" and not (question or request or open_problem or high)

    # --- urgency
    if high:
        urgency = "high"
    elif spam or auto_reply or settled or thanks_only:
        urgency = "low"
    elif problem or billing or cancellation:
        urgency = "medium"
    else:
        urgency = "low"

    # --- action
    if spam or auto_reply:
        action = False
    elif high:
        action = True
    elif settled and not question:
        action = False
    elif has("feature_request") and not (problem or billing or cancellation or has("chase")):
        action = False
    elif thanks_only:
        action = False
    else:
        action = problem or billing or cancellation or question or request or has("minor")

    # --- reasons and keywords, in a stable order
    for c in high:
        reasons.append(f"high:{c}")
    for c in rules.MEDIUM_CATEGORIES:
        if has(c):
            reasons.append(f"medium:{c}")
    for c in rules.LOW_CATEGORIES:
        if has(c):
            reasons.append(f"low:{c}")
    if shouting:
        reasons.append("tone:shouting")
    reasons.append(f"sentiment:{sentiment}")
    for h in sorted((h for hs in found.values() for h in hs), key=lambda h: h.start):
        if h.category in rules.KEYWORD_CATEGORIES:
            word = _keyword(h.text)
            if word and word not in keywords:
                keywords.append(word)
    reasons = list(dict.fromkeys(reasons))

    return Classification(
        urgency=urgency,
        sentiment=sentiment,
        requires_action=bool(action),
        reasons=reasons,
        keywords=keywords,
        alert_trigger=high[0] if high else None,
    )
