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
_TOKEN = re.compile(r"[a-z0-9]+|[!?;\n\x00]|[.:](?=\s|$)"
                    r"|[-\u2013\u2014](?<=\s[-\u2013\u2014])(?=\s)")
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
#: what every capitalised word (two or more letters, none lower case) has somewhere: two
#: letters in a row, or around an apostrophe, neither a lower-case ASCII letter; the
#: second form is the first for ASCII text, where the engine can skip ahead to a capital
_TWO_CAPITALS = re.compile(r"[^\W\d_a-z]'?[^\W\d_a-z]")
_TWO_CAPITALS_ASCII = re.compile(r"[A-Z]'?[A-Z]")


#: suffixes split off a number
_UNITS = frozenset({"am", "pm", "h", "hrs", "hr", "min", "mins", "uhr"})

#: what tokenise must look at: clause marks, the message mark, words to expand (None:
#: a word taken as it is); a mark is a mark even if a table would expand it
_MARK, _BODY = object(), object()
_SPECIAL: dict[str, object] = {**EXPANSIONS, "\x00": _BODY,
                               **dict.fromkeys(_CLAUSE_MARKS, _MARK)}


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


#: a line that ends mid-sentence and a next line (quoted or not) that goes on in lower case:
#: a mail client's hard wrap, not the end of a clause ("Loop in Sheldon at Brightwater Law
#: and have\n> him send them something on letterhead")
_SOFT_WRAP = re.compile(
    r"(?<=[a-z\u00df-\u00ff,])[ \t]*\r?\n(?:[ \t]*>)*[ \t]*(?=[a-z\u00df-\u00ff])")


#: a line of an earlier message quoted in a reply ("> Please clear the cache and retry.")
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*(?:\n|$)")


#: a forward quotes someone else's message for us to act on: it is the ticket
_FORWARD = re.compile(r"(?i)\b(?:fwd?|tr|wg|rv|reenv[ií]o)\s*:|forward|weitergeleitet|"
                      r"weiterleit|transf[eè]re\b|transf[eé]r[eé]|reenv[ií]|retransf")


def own_words(subject: str, message: str) -> str | None:
    """A reply's message without the lines it quotes, or None when it quotes nothing, is
    nothing but quotes or is a forward (rules-2026.12-60). A reply quotes our last answer;
    whether anything is left to do is in what the writer wrote themselves."""
    if ">" not in message:
        return None  # the common case: one probe
    own = _QUOTED_LINE.sub("", message)
    if own == message or not own.strip() or _FORWARD.search(subject + "\n" + message):
        return None
    return own


def unwrap(message: str) -> str:
    """The message with hard-wrapped lines joined again (rules-2026.12-34)."""
    return _SOFT_WRAP.sub(" ", message) if "\n" in message else message


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
    """Words and "|" clause ends; also the number of the message's first clause."""
    out: list[str] = []
    append, special = out.append, _SPECIAL.get
    body_clause = 0
    clauses = 0
    words = _TOKEN.findall(norm)
    for i, word in enumerate(words):
        kind = special(word)  # one probe: most words are taken as they are
        if kind is None:
            # a word (the marks are special): a digit first, perhaps a time ("5pm")
            if word[0] <= "9" and not word.isdigit():
                out += _split_unit(word)
            else:
                append(word)
        elif kind is _MARK:
            if out and out[-1] != "|" and (word != "." or not _abbreviation(out, words, i)):
                append("|")
                clauses += 1
        elif kind is _BODY:
            body_clause = clauses
        else:
            out += kind
    return out, body_clause


#: German writes a date "2. Mai": the full stop after the day ends no clause
_MONTHS_AFTER_A_DAY = frozenset(
    "januar jan februar feb marz mar april apr mai juni jun juli jul august aug september "
    "sep sept oktober okt november nov dezember dez".split())


def _abbreviation(out: list[str], words: list[str], i: int) -> bool:
    """A full stop that ends no clause: "Art. 15", "e.g.", and a German date's day and month
    ("vom 01.10. und 01.11. zurückzuholen" is one clause; rules-2026.12-11; "seit dem 2. Mai
    gestellt", rules-2026.12-28)."""
    last = out[-1]
    if last in _NO_CLAUSE_END_AFTER:
        return True
    if len(last) > 2 or not last.isdigit():
        return False
    if i + 1 < len(words) and words[i + 1] in _MONTHS_AFTER_A_DAY:
        return True
    return len(out) > 1 and len(out[-2]) <= 2 and out[-2].isdigit()


def _split_unit(word: str) -> tuple[str, ...]:
    """ "5pm" is "5 pm", "48h" is "48 h": a time reads like one ("by 5 pm today")."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = word[len(digits):]
    if digits.isdigit() and unit in _UNITS:
        return digits, unit
    return (word,)


def shouting(raw: str, run: int = 3) -> bool:
    """``run`` capitalised words in a row ("PROD IS DOWN"), in one linear pass.

    A capitalised word has two letters in a row, or around an apostrophe, neither of them
    a lower-case ASCII letter ("PROD", "I'M", "ÜBER"): most tickets have none, and one
    search in C says so before any word is looked at."""
    if raw.islower():
        return False
    if (_TWO_CAPITALS_ASCII if raw.isascii() else _TWO_CAPITALS).search(raw) is None:
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
