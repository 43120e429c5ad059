"""Text to tokens, in time linear in the text's length.

Matching runs on a normalised token list (NFKD with accents stripped, case folded,
contractions expanded, clause ends kept as ``|``), so "Rückbuchung", "RUCKBUCHUNG" and
"ruckbuchung" are one word and "refundable" never matches "refund".

Every pattern here is linear: no nested or adjacent unbounded quantifiers that could
split the same run of characters in more than one way (the old shouting pattern did,
``[A-Z][A-Z']+(?:[\\s,.!?:;-]+[A-Z][A-Z']+){2,}``, and 16,000 capitals took 5.6 s).
Very long messages are cut to a bounded prefix before anything else runs: what makes a
ticket urgent is said at the start, and a pasted log must not cost more than a ticket.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import compress, count
from typing import NamedTuple

from actors.classify.vocabulary import EXPANSIONS

#: the most of a message that is read; the rest is ignored (and the reasons say so)
MAX_MESSAGE_CHARS = 20_000
#: the most of a subject that is read
MAX_SUBJECT_CHARS = 1_000

_COMBINING = re.compile(r"[\u0300-\u036f]+")
#: typographic apostrophes, read as "'"
_QUOTE_CHARS = ("\u2019", "\u2018", "\u00b4", "\u02bc")
#: a word, or a clause end: ! ? ; newline always; . and : only before a space ("Art. 15"
#: is handled below); a dash between spaces ("Urgent - the export")
#: (every choice starts with a character class, so the engine skips to where one can start)
_TOKEN = re.compile(r"[a-z0-9]+|[!?;\n\x00]|[.:](?=\s|$)|[-\u2013\u2014](?<=\s[-\u2013\u2014])(?=\s)")
#: joins subject and message; tokenising records where the message starts
BODY_MARK = "\n\x00\n"
_CLAUSE_MARKS = frozenset("!?;\n.:-\u2013\u2014")
#: "Art. 15", "e.g." and friends do not end a clause
_NO_CLAUSE_END_AFTER = frozenset({"art", "arts", "nr", "no", "abs", "para", "ziff", "sec", "g",
                                  "e", "z", "b", "bzw", "ca", "vs", "approx", "usw", "etc",
                                  "inv", "ref", "st", "dr", "mr", "mrs", "ms"})
#: runs of letters (any script) or of anything that is neither a letter nor a separator:
#: one pass, each character in exactly one match
_WORDS_FOR_SHOUTING = re.compile(r"[^\W\d_']+(?:'[^\W\d_]+)?|[^\s,.!?:;'\-]+")


_DIGITS = frozenset("0123456789")
#: suffixes split off a number
_UNITS = frozenset({"am", "pm", "h", "hrs", "hr", "min", "mins", "uhr"})

#: a word ending in a digit and a unit ("5pm", "48h"): tokenise takes its slower path
_UNIT_WORD = re.compile(r"[0-9](?:" + "|".join(sorted(_UNITS)) + r")(?![a-z0-9])")
#: what tokenise must look at: clause marks, the message mark, words to expand (None:
#: a word taken as it is)
_MARK, _BODY, _DROP = object(), object(), object()
_SPECIAL: dict[str, object] = {**{w: more or _DROP for w, more in EXPANSIONS.items()},
                               **dict.fromkeys(_CLAUSE_MARKS, _MARK), "\x00": _BODY}


class Bounded(NamedTuple):
    """The part of a ticket that is read, and whether anything was cut."""

    subject: str
    message: str
    truncated: bool


def bound(subject: str | None, message: str | None) -> Bounded:
    """At most the first ``MAX_SUBJECT_CHARS`` / ``MAX_MESSAGE_CHARS`` characters."""
    subject = subject or ""
    message = message or ""
    truncated = len(subject) > MAX_SUBJECT_CHARS or len(message) > MAX_MESSAGE_CHARS
    return Bounded(subject[:MAX_SUBJECT_CHARS], message[:MAX_MESSAGE_CHARS], truncated)


#: English contractions whose stem changes ("can't" is "can not", not "ca not"): spelt
#: out here, before the generic "n't", so no table has to rewrite "ca" or "ai", which are
#: French words ("ça", "j'ai")
_IRREGULAR_NT = re.compile(r"\b(?:ca|wo|ai|sha)n't")
_IRREGULAR_STEMS = {"can't": "can not", "won't": "will not", "ain't": "is not",
                    "shan't": "shall not"}


def normalise(text: str) -> str:
    """Case folded, accents stripped, "n't" spelt out."""
    text = text.casefold()
    if not text.isascii():
        for quote in _QUOTE_CHARS:  # a few scans in C, cheaper than a translate
            if quote in text:
                text = text.replace(quote, "'")
        text = unicodedata.normalize("NFKD", text)
        if not text.isascii():  # (combining marks are not ASCII)
            text = _COMBINING.sub("", text)
    if "n't" not in text:
        return text
    text = _IRREGULAR_NT.sub(lambda m: _IRREGULAR_STEMS[m.group()], text)
    return text.replace("n't", " not")


def tokenise(norm: str) -> tuple[list[str], int]:
    """Words and "|" clause ends; also the number of the message's first clause.

    Most words are copied as they are, a slice at a time: only the clause marks, the
    message mark and the words to expand are looked at one by one."""
    if _UNIT_WORD.search(norm):
        return _tokenise_each(norm)
    words = _TOKEN.findall(norm)
    kinds = list(map(_SPECIAL.get, words))
    out: list[str] = []
    body_clause = clauses = done = 0
    for i in compress(count(), kinds):
        out += words[done:i]
        done = i + 1
        kind = kinds[i]
        if kind is _MARK:
            if out and out[-1] != "|" and (words[i] != "." or out[-1] not in _NO_CLAUSE_END_AFTER):
                out.append("|")
                clauses += 1
        elif kind is _BODY:
            body_clause = clauses
        elif kind is not _DROP:
            out += kind
    out += words[done:]
    return out, body_clause


def _tokenise_each(norm: str) -> tuple[list[str], int]:
    """:func:`tokenise` a word at a time, for a text with a number-and-unit word in it."""
    out: list[str] = []
    body_clause = 0
    clauses = 0
    marks, expand = _CLAUSE_MARKS, EXPANSIONS
    for word in _TOKEN.findall(norm):
        if word in marks:
            if out and out[-1] != "|" and (word != "." or out[-1] not in _NO_CLAUSE_END_AFTER):
                out.append("|")
                clauses += 1
            continue
        if word == "\x00":
            body_clause = clauses
            continue
        more = expand.get(word)
        if more is not None:
            out.extend(more)
        elif word[0] in _DIGITS and not word.isdigit():
            out.extend(_split_unit(word))
        else:
            out.append(word)
    return out, body_clause


def _split_unit(word: str) -> tuple[str, ...]:
    """ "5pm" is "5 pm", "48h" is "48 h": a time reads like one ("by 5 pm today")."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = word[len(digits):]
    if digits.isdigit() and unit in _UNITS:
        return digits, unit
    return (word,)


def shouting(raw: str, run: int = 3) -> bool:
    """``run`` capitalised words in a row ("PROD IS DOWN"), in one linear pass."""
    if raw.islower():
        return False
    streak = 0
    for word in _WORDS_FOR_SHOUTING.findall(raw):
        if len(word) > 1 and word.isupper() and word[0].isalpha():
            streak += 1
            if streak >= run:
                return True
        else:
            streak = 0
    return False
