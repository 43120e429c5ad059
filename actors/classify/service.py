"""Rule-based ticket classifier: urgency, sentiment and whether the team must act.

Rules, not a model, because the labels carry promises: a legal threat is always
``high`` and raises an alert, and every decision can be explained by naming the
rules that fired (``reasons``). The phrase tables live in :mod:`actors.classify.vocabulary`;
this module normalises text, finds phrase hits and turns hits into labels.

Matching runs on a normalised token string (NFKD with accents stripped, case folded,
contractions expanded, clause ends marked ``|``), so "Rückbuchung", "RUCKBUCHUNG" and
"ruckbuchung" are one word, and "refundable" never matches "refund". Every phrase is
indexed by the word it starts with; all phrases sharing that word are one regex of
optional lookaheads, one capture group per category. A ticket therefore costs one
dict probe per token and one anchored match where some phrase can start: the rule
tables can grow without the scan slowing down.

Pure and deterministic: no I/O, no clock, no state shared between calls beyond the
immutable tables compiled at import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from actors.classify import vocabulary as rules

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
    #: normalised matched terms in order of appearance (at most 20), for keyword analytics
    keywords: list[str]
    #: the primary high-urgency category, None unless urgency is "high"
    alert_trigger: str | None


#: one phrase found: (category, start, end, clause, negated); a plain tuple, since a
#: ticket makes a handful and the named kind costs a Python call each
_Hit = tuple[str, int, int, int, bool]


class _Anchor(NamedTuple):
    """Every phrase that can start at one word (or stem key)."""

    #: categories whose phrase is this very word: they fire without a regex
    direct: tuple[tuple[str, bool], ...]
    #: (stem, category, negatable): one-word stem phrases, fire if the token starts with stem
    stems: tuple[tuple[str, str, bool], ...]
    #: the longer phrases: optional lookaheads, group i+1 is groups[i]; None if there are none
    regex: re.Pattern[str] | None
    groups: tuple[tuple[str, bool], ...]
    #: if every longer phrase continues with a known word: those words and stems, so the
    #: regex only runs when the next token could continue one (None: always run it)
    follow: tuple[frozenset[str], tuple[str, ...]] | None


# --- normalisation -------------------------------------------------------------------

_COMBINING = re.compile(r"[\u0300-\u036f]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "\u02bc": "'"})
#: a word, or a clause end: ! ? ; newline always; . and : only before a space ("Art. 15"
#: is handled below); a dash between spaces ("Urgent - the export")
_TOKEN = re.compile(r"[a-z0-9]+|[!?;\n\x00]|[.:](?=\s|$)|(?<=\s)[-\u2013\u2014](?=\s)")
#: joins subject and message; tokenising records where the message starts
_BODY = "\n\x00\n"
_CLAUSE_MARKS = frozenset("!?;\n.:-\u2013\u2014")
#: "Art. 15", "e.g." and friends do not end a clause
_NO_CLAUSE_END_AFTER = frozenset({"art", "arts", "nr", "no", "abs", "para", "ziff", "sec", "g",
                                  "e", "z", "b", "bzw", "ca", "vs", "approx", "usw", "etc",
                                  "inv", "ref", "st", "dr", "mr", "mrs", "ms"})
#: three capitalised words in a row: "PROD IS DOWN", "I AM SUING YOUR COMPANY"
_SHOUT_RUN = re.compile(r"[A-Z][A-Z']+(?:[\s,.!?:;-]+[A-Z][A-Z']+){2,}\b")
_SARCASM_OPENER = re.compile(rules.SARCASM_OPENER)
#: "Thanks,\nDana" closing a message is a sign-off, not gratitude ("thanks!" is gratitude)
_SIGN_OFF = re.compile(
    r"(?i:\b(?:many\s+|best\s+)?(?:thanks|thank\s+you|thx|cheers|danke|vielen\s+dank|"
    r"gracias|merci)(?:\s+(?:again|a\s+lot|so\s+much))?)\s*[,.]?\s*(?:\n[^\n]{1,60}){0,2}\s*$")


def _normalise(text: str) -> str:
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_QUOTES)))
    return text.replace("n't", " not") if "n't" in text else text


def _tokenise(norm: str) -> tuple[list[str], int]:
    """Words and "|" clause ends; also the number of the message's first clause."""
    out: list[str] = []
    body_clause = 0
    expand, marks = rules.EXPANSIONS, _CLAUSE_MARKS
    for word in _TOKEN.findall(norm):
        if word in marks:
            if out and out[-1] != "|" and (word != "." or out[-1] not in _NO_CLAUSE_END_AFTER):
                out.append("|")
            continue
        if word == "\x00":
            body_clause = out.count("|")
            continue
        more = expand.get(word)
        if more is None:
            out.append(word)
        else:
            out.extend(more)
    return out, body_clause


# --- compiling the phrase tables -----------------------------------------------------
#
# In the text the regexes see, negators carry a "!" ("!not", "!kein"), so a gap can
# refuse to step over one with a plain character class instead of a lookahead.

#: up to n words, none of them a negator or a clause end
_GAP = r"(?:[^ |!][^ ]* ){{0,{n}}}"


def _word_regex(word: str) -> str:
    if word == "#":
        return r"[0-9]+ "
    if word.endswith("*"):
        stem = word[:-1]
        if any(n.startswith(stem) for n in rules.NEGATORS):
            raise ValueError(f"stem {word!r} would also match a negator")
        return re.escape(stem) + r"[^ |]* "
    return ("!" if word in rules.NEGATORS else "") + re.escape(word) + " "


def _alternatives(element: str) -> list[tuple[str, str]]:
    """(first word, regex) for each choice of a word element."""
    out = []
    for choice in element.split("/"):
        words = choice.split("_")
        out.append((words[0], "".join(_word_regex(w) for w in words)))
    return out


def _element_regex(element: str) -> str:
    if element.startswith("~"):
        return _GAP.format(n=int(element[1:]))
    if element == "$":
        return r"(?=\| |$)"
    if element.startswith("["):
        return "(?:" + "|".join(r for _, r in _alternatives(element[1:-1])) + ")?"
    return "(?:" + "|".join(r for _, r in _alternatives(element)) + ")"


def _continuations(elements: list[str]) -> tuple[set[str], set[str]] | None:
    """Words and stems the next token must be, or None if anything may follow."""
    words: set[str] = set()
    stems: set[str] = set()
    for element in elements:
        if element[0] in "~$#":
            return None
        optional = element[0] == "["
        for choice in (element[1:-1] if optional else element).split("/"):
            word = choice.split("_")[0]
            if word == "#":
                return None
            if word.endswith("*"):
                stems.add(word[:-1])
            else:
                words.add(word)
        if not optional:
            return words, stems
    return None  # everything after the first word is optional


def _stem_key(stem: str) -> str:
    return stem[:4] if len(stem) >= 4 else stem


def _compile(table: dict[str, tuple[str, ...]]) -> tuple[dict[str, _Anchor], dict[str, _Anchor]]:
    """Index every phrase by each word it can start with.

    Exact first words are keyed by the word, stems (``lawyer*``) by their first four
    letters (three for three-letter stems). Per key: one-word phrases fire directly;
    each category's longer phrases become one alternation inside an optional
    lookahead group, so a single match call reports every category at that token.
    """
    direct: dict[str, dict[str, None]] = {}
    stems: dict[str, dict[tuple[str, str], None]] = {}
    longer: dict[str, dict[str, list[str]]] = {}
    follow: dict[str, tuple[set[str], set[str]] | None] = {}
    for category, patterns in table.items():
        for pattern in patterns:
            first, *rest = pattern.split()
            if first[0] in "~[$#":
                raise ValueError(f"pattern must start with a word: {pattern!r}")
            tail = "".join(_element_regex(e) for e in rest)
            for choice in first.split("/"):
                words = choice.split("_")
                anchor = words[0]
                if anchor == "#":
                    raise ValueError(f"pattern must not start with a number: {pattern!r}")
                if anchor.endswith("*"):
                    if len(anchor) < 4:
                        raise ValueError(f"stem too short to index: {pattern!r}")
                    key = "*" + _stem_key(anchor[:-1])
                else:
                    key = anchor
                if len(words) == 1 and not rest:
                    if anchor.endswith("*"):
                        stems.setdefault(key, {})[(anchor[:-1], category)] = None
                    else:
                        direct.setdefault(key, {})[category] = None
                    continue
                longer.setdefault(key, {}).setdefault(category, []).append(
                    "".join(_word_regex(w) for w in words) + tail)
                nxt = _continuations(["_".join(words[1:])] if len(words) > 1 else rest)
                if nxt is None:
                    follow[key] = None  # one open phrase: the regex always runs here
                elif key not in follow:
                    follow[key] = nxt
                elif follow[key] is not None:
                    follow[key][0].update(nxt[0])
                    follow[key][1].update(nxt[1])

    exact: dict[str, _Anchor] = {}
    prefixed: dict[str, _Anchor] = {}
    fixed = rules.NOT_NEGATABLE
    for key in sorted(direct.keys() | stems.keys() | longer.keys()):
        categories = longer.get(key, {})
        regex = None
        if categories:
            regex = re.compile("".join(
                "(?:(?=(" + "|".join(rx) + ")))?" for rx in categories.values()))
        known = follow.get(key)
        anchor = _Anchor(
            direct=tuple((c, c not in fixed) for c in direct.get(key, ())),
            stems=tuple((stem, c, c not in fixed) for stem, c in stems.get(key, ())),
            regex=regex,
            groups=tuple((c, c not in fixed) for c in categories),
            follow=None if known is None else (frozenset(known[0]), tuple(sorted(known[1]))),
        )
        if key.startswith("*"):
            prefixed[key[1:]] = anchor
        else:
            exact[key] = anchor
    return exact, prefixed


_EXACT, _PREFIXED = _compile(rules.RULES)
_STEMS3 = {k: v for k, v in _PREFIXED.items() if len(k) == 3}


def _applicable(word: str, exact: _Anchor | None = None) -> tuple[_Anchor, ...]:
    return tuple(a for a in (exact, _PREFIXED.get(word[:4]) if len(word) > 3 else None,
                             _STEMS3.get(word[:3])) if a is not None)


#: what to try at a token, looked up by the whole word, then by its first four letters,
#: then its first three: the common case costs one dict probe
_BY_WORD = {word: _applicable(word, anchor) for word, anchor in _EXACT.items()}
_BY_FOUR = {key: _applicable(key) for key in _PREFIXED if len(key) == 4}
_BY_THREE = {key: _applicable(key) for key in _STEMS3}


# --- the service ---------------------------------------------------------------------


class ClassifyService:
    """Classifies one ticket at a time; safe to share, it holds no per-call state."""

    #: names the rule set; stored with every classification so results can be traced
    version = "rules-2026.11-2"

    def classify(self, subject: str | None, message: str | None) -> Classification:
        subject = subject or ""
        message = message or ""
        # subject and message are read together, but the subject's clauses come first
        # and are counted, so a trigger only echoed in "Re: chargeback" is recognisable
        norm = _normalise(subject + _BODY + message)
        tokens, body_clause = _tokenise(norm)
        negators = rules.NEGATORS
        marked = ["!" + t if t in negators else t for t in tokens]
        text = " " + " ".join(marked) + " "
        # token i starts at offsets[i] + i in text (one leading space, one between tokens)
        offsets = list(accumulate(map(len, marked), initial=1))
        hits = _find(tokens, text, offsets)
        return _decide(subject, message, norm, text, hits, body_clause)


def _find(tokens: list[str], text: str, offsets: list[int]) -> list[_Hit]:
    hits: list[_Hit] = []
    by_word, by_four, by_three = _BY_WORD, _BY_FOUR, _BY_THREE
    last = len(tokens) - 1
    clause = 0
    for i, token in enumerate(tokens):
        if token == "|":
            clause += 1
            continue
        anchors = by_word.get(token)
        if anchors is None:
            anchors = by_four.get(token[:4])
            if anchors is None:
                anchors = by_three.get(token[:3])
                if anchors is None:
                    continue
        here = offsets[i] + i
        pos = offsets[i + 1] + i + 1  # just past the token and its space
        for direct, stems, regex, groups, follow in anchors:
            for category, negatable in direct:
                hits.append((category, here, pos, clause, negatable and _negated(tokens, i)))
            for stem, category, negatable in stems:
                if token.startswith(stem):
                    hits.append((category, here, pos, clause, negatable and _negated(tokens, i)))
            if regex is None:
                continue
            if follow is not None:
                if i == last:
                    continue
                nxt = tokens[i + 1]
                if nxt not in follow[0] and not (follow[1] and nxt.startswith(follow[1])):
                    continue
            m = regex.match(text, here)
            if m.lastindex is None:
                continue
            for (category, negatable), (start, end) in zip(groups, m.regs[1:]):
                if start >= 0:
                    hits.append((category, start, end, clause, negatable and _negated(tokens, i)))
    return hits


_NEGATION_CONTEXT = rules.NEGATORS | rules.NEGATION_FILLERS


def _negated(tokens: list[str], i: int) -> bool:
    """A negator within a few filler words before token i, in the same clause."""
    if i == 0 or tokens[i - 1] not in _NEGATION_CONTEXT:
        return False
    negators, fillers = rules.NEGATORS, rules.NEGATION_FILLERS
    for j in range(i - 1, max(i - 5, -1), -1):
        token = tokens[j]
        if token in negators:
            return True
        if token not in fillers:  # includes "|"
            return False
    return False


#: a pasted log should not flood the keyword analytics: the first terms are the telling ones
_MAX_KEYWORDS = 20

#: reason strings built once: ("high", "outage") -> "high:outage"
_REASON = {(kind, name): f"{kind}:{name}" for kind, names in (
    ("high", rules.HIGH_CATEGORIES), ("medium", rules.MEDIUM_CATEGORIES),
    ("low", rules.LOW_CATEGORIES), ("sentiment", ("negative", "neutral", "positive")))
    for name in names}
_LABELLED_REASONS = tuple((c, _REASON["medium", c]) for c in rules.MEDIUM_CATEGORIES) + tuple(
    (c, _REASON["low", c]) for c in rules.LOW_CATEGORIES)


def _keyword(text: str, start: int, end: int) -> str:
    """The matched words without fillers ("my lawyer will contact" -> "lawyer will contact")."""
    span = text[start:end - 1]
    stop = rules.KEYWORD_STOPWORDS
    if " " not in span:  # one word, the common case
        word = span.lstrip("!")
        return "" if word in stop or word.isdigit() else word
    words = [w for w in span.replace("!", "").split() if w not in stop and not w.isdigit()]
    return " ".join(words[:4])


def _decide(subject: str, message: str, norm: str, text: str, hits: list[_Hit],
            body_clause: int) -> Classification:
    """Hits to labels. Order matters: vetoes and negations first, then the two-part
    triggers, then high (which a resolved or FYI note may stand down), then sentiment,
    which urgency and action read ("thanks!" alone is low and needs nothing)."""
    reasons: list[str] = []
    veto_targets = rules.VETO_CATEGORIES

    # innocent contexts cancel the triggers they overlap ("refund policy", "urgent tag")
    vetoes = [h for h in hits if h[0] in veto_targets]
    found: dict[str, list[_Hit]] = {}
    live: list[_Hit] = []
    for h in hits:
        category, start, end, _, negated = h
        if category in veto_targets:
            continue
        if negated:
            if category in rules.REPORTED_NEGATIONS:
                reasons.append("negation:" + _keyword(text, start, end))
            if category == "praise":  # "not happy": praise turned around is a complaint
                found.setdefault("negative", []).append(h)
            continue
        for v_category, v_start, v_end, _, _ in vetoes:
            if v_start < end and start < v_end and category in veto_targets[v_category]:
                reasons.append("innocent:" + _keyword(text, v_start, v_end))
                break
        else:
            found.setdefault(category, []).append(h)
            live.append(h)
    has = found.__contains__

    # --- triggers made of two parts
    if has("outage_failure") and has("outage_scope"):
        scoped = {h[3] for h in found["outage_scope"]}
        both = [h for h in found["outage_failure"] if h[3] in scoped]
        if both:
            found.setdefault("outage", []).extend(both)
    if has("bank_party") and has("bank_action"):
        parties = {h[3] for h in found["bank_party"]}
        both = [h for h in found["bank_action"] if h[3] in parties]
        if both:
            found.setdefault("chargeback", []).extend(both)
    if has("wrong_charge") and has("refund_ask"):
        found.setdefault("refund_demand", []).extend(found["refund_ask"])

    question = "?" in subject or "?" in message or has("how_to")
    request = has("request") or has("chase")
    ignored = has("spam") or has("auto_reply")
    resolved = has("resolved")
    settled = resolved or has("fyi")

    high = [c for c in rules.HIGH_CATEGORIES if c in found]
    if high and settled and not question:
        # "never mind, it's back": an outage or a scare stands down; a threat only does
        # when the message itself no longer makes it (the subject may echo an old thread)
        in_body = {c for c in high for h in found[c] if h[3] >= body_clause}
        kept = [c for c in high
                if c not in rules.SETTLEABLE and (c in in_body or not resolved)]
        if len(kept) < len(high):
            reasons.append("low:resolved" if resolved else "low:fyi")
        high = kept
    if ignored:
        high = []

    problem = has("bug") or has("anger") or has("wrong_charge") or has("outage") or has("data_loss")
    billing = has("billing") or has("wrong_charge") or has("refund_ask")
    cancellation = has("cancellation")
    # once solved, the problem a ticket names is history, not a complaint
    open_problem = problem and not resolved

    # --- sentiment
    praise = has("praise")
    thanks = has("thanks")
    troubled = open_problem or billing or bool(high)
    threat = "legal_threat" in high or "chargeback" in high
    if thanks and len(found["thanks"]) == 1:
        sign_off = _SIGN_OFF.search(message, max(0, len(message) - 120))
        if sign_off is not None and message[:sign_off.start()].strip():
            thanks = False
    shouting = False
    if troubled:
        raw = subject + "\n" + message
        shouting = _SHOUT_RUN.search(raw) is not None
        negative = (
            threat or not rules.NEGATIVE_CATEGORIES.isdisjoint(found) or shouting
            or "!!" in raw or "??" in raw or "?!" in raw
            or ((praise or thanks) and _SARCASM_OPENER.search(norm) is not None)
        )
    else:
        negative = threat or not rules.COMPLAINT_CATEGORIES.isdisjoint(found)
    if ignored:
        sentiment = "neutral"
    elif negative:
        sentiment = "negative"
    elif (praise and not open_problem) or (
            thanks and not (open_problem or high or question or request or has("minor"))):
        sentiment = "positive"
    else:
        sentiment = "neutral"
    # a thank-you that mentions the billing mix-up it thanks for is still a thank-you
    thanks_only = sentiment == "positive" and not (question or request or open_problem or high)

    # --- urgency
    if high:
        urgency = "high"
    elif ignored or settled or thanks_only:
        urgency = "low"
    elif has("feature_request") and not (problem or cancellation):
        urgency = "low"  # "would be great if the billing portal had X" is not a billing issue
    elif problem or billing or cancellation:
        urgency = "medium"
    else:
        urgency = "low"

    # --- action
    if ignored:
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
    reasons += [_REASON["high", c] for c in high]
    reasons += [reason for c, reason in _LABELLED_REASONS if c in found]
    if shouting:
        reasons.append("tone:shouting")
    reasons.append(_REASON["sentiment", sentiment])
    keyword_categories, stop = rules.KEYWORD_CATEGORIES, rules.KEYWORD_STOPWORDS
    keywords: list[str] = []
    for category, start, end, _, _ in live:
        if category in keyword_categories:
            word = text[start:end - 1]
            if " " in word:
                word = _keyword(text, start, end)
            elif word[0] == "!" or word in stop or word.isdigit():
                continue
            if word and word not in keywords:
                keywords.append(word)
                if len(keywords) == _MAX_KEYWORDS:
                    break

    return Classification(
        urgency=urgency,
        sentiment=sentiment,
        requires_action=action,
        reasons=list(dict.fromkeys(reasons)),
        keywords=keywords,
        alert_trigger=high[0] if high else None,
    )
