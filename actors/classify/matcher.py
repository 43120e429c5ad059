"""Finds every phrase of the tables in a token list, in one pass over the tokens.

The pattern language is described in :mod:`actors.classify.vocabulary`. Every phrase is
indexed by the word it starts with (or, for a stem like ``lawyer*``, its first four
letters); the phrases of one category sharing that key are one regex (a trie of their
words). A ticket therefore costs one dict probe per token and a few anchored matches
where some phrase can start: the tables can grow without the scan slowing down.

Why this stays linear: a regex only runs anchored at a token where a phrase can start,
and every phrase spans a bounded number of tokens (gaps are ``~n``, at most n words, and
a word is ``[^ ]*`` up to the next space, which cannot be split two ways). So each token
is looked at by a bounded number of matches, whatever the text.

In the text the regexes see, negators carry a "!" ("!not", "!kein"), so a gap can refuse
to step over one with a plain character class instead of a lookahead.

Most anchored regexes would fail anyway ("to", "for", "we" start phrases of dozens of
categories), so before one runs, cheap probes ask whether it can match: the next token
must be a word a phrase continues with, and the ticket must contain (by their first four
letters) a word of each of two sets the phrases need, the two least likely to be met
(short words like "the" or "et" are everywhere). All are necessary conditions, so the
hits are the same. They are asked twice: for the word (all its categories' phrases, a
gate that turns most tokens away), then for each category, whose own sets are far
narrower (on the dev files a token that passes its gate runs one category's regex, not
seven). The next token picks the categories that can continue with it in one dict probe;
the word sets are bit masks: a ticket's prefixes are OR-ed into one int once, and a
probe is an AND.

For speed (bench/classify.py) each token's entry is one flat tuple read by one loop, the
text the regexes see is only rebuilt when a negator is in it, and a list of words inside
a phrase ("users/agents/apps"), like a category's phrases, is compiled as a trie of first
letters (:func:`_trie`), which finds the same first match in far fewer steps than trying
each word in turn.

A word in a table written as the regexes see it ("!not") stands for its token ("not")
wherever the probes compare tokens: otherwise a gate would ask for a word no ticket has.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate, repeat
from operator import add, itemgetter, or_
from typing import NamedTuple

#: one phrase found: (category, start, end, clause, negated); a plain tuple, since a
#: ticket makes a handful and the named kind costs a Python call each
Hit = tuple[str, int, int, int, bool]

#: how many first letters of each token the "must contain" probe compares
PREFIX = 4
#: up to n words, none of them a negator or a clause end
_GAP = r"(?:[^ |!][^ ]* ){{0,{n}}}"


_FIRST_LETTERS = itemgetter(slice(0, PREFIX))


def _numeric(token: str) -> bool:
    return token[0] in "0123456789" and token.isdigit()


#: the words and stems a phrase's next token must be (None: anything may follow)
Follow = tuple[frozenset[str], tuple[str, ...]] | None
#: two sets of word prefixes a match must contain one of each of (None: no such word)
Need = tuple[frozenset[str], frozenset[str]] | None


class _Phrases(NamedTuple):
    """The longer phrases of one category that start at one word: one regex, and what
    the ticket must hold for it to be worth running."""

    regex: re.Pattern[str]
    category: str
    negatable: bool
    #: if every phrase continues with a known word: those words and stems, so the regex
    #: only runs when the next token could continue one
    follow: Follow
    #: for any phrase to match, the ticket must contain a word of each set
    need: Need


class _Anchor(NamedTuple):
    """Every phrase that can start at one word (or stem key)."""

    #: categories whose phrase is this very word: they fire without a regex
    direct: tuple[tuple[str, bool], ...]
    #: (stem, category, negatable): one-word stem phrases, fire if the token starts with stem
    stems: tuple[tuple[str, str, bool], ...]
    #: the longer phrases, by category, in table order
    phrases: tuple[_Phrases, ...]
    #: what any longer phrase here needs: the union of the categories' follow and need
    follow: Follow
    need: Need


@dataclass(frozen=True)
class Language:
    """What the pattern compiler must know about words."""

    negators: frozenset[str]
    #: words that may stand between a negator and what it negates ("not an emergency")
    fillers: frozenset[str]
    #: categories a negator never cancels
    not_negatable: frozenset[str]


@dataclass
class _Collected:
    """The phrases of a table, grouped by the key they are found by (compile-time only)."""

    direct: dict[str, dict[str, None]]
    stems: dict[str, dict[tuple[str, str], None]]
    #: key -> category -> each phrase as atoms for :func:`_trie` (its first words' letters,
    #: then the rest as one regex)
    longer: dict[str, dict[str, list[list[str]]]]
    #: key -> category -> (words, stems) the next token must be, None: anything
    follow: dict[str, dict[str, tuple[set[str], set[str]] | None]]
    #: key -> category -> two prefix sets a match needs a word of each of, None: none
    need: dict[str, dict[str, tuple[set[str], set[str]] | None]]


def _word_atoms(word: str, negators: frozenset[str]) -> list[str]:
    """A word's regex in pieces for :func:`_trie`: one literal character each, then the
    open end of a stem or a number as one regex (the only pieces longer than one)."""
    if word == "#":
        return [r"[0-9]+ "]
    if word.endswith("*"):
        stem = word[:-1]
        if any(n.startswith(stem) for n in negators):
            raise ValueError(f"stem {word!r} would also match a negator")
        return [*stem, r"[^ |]* "]
    return [*(("!" if word in negators else "") + word + " ")]


def _joined(atoms: list[str]) -> str:
    return "".join(atom if len(atom) > 1 else re.escape(atom) for atom in atoms)


def _trie(alternatives: list[list[str]]) -> str:
    """Alternatives (lists of atoms) as one regex that finds the same first match, with
    those sharing a first character grouped behind it: "users |agents |apps " becomes
    "users |a(?:gents |pps )". The engine skips a branch whose first character differs
    in one step, so a word list of 300 costs a few dozen steps, not 300 tries.

    Order is kept where it decides anything: an alternative joins an earlier group only
    if no open-ended one (a stem's or number's end, or nothing left) stands between them;
    groups of different first characters never match at the same place, so their order
    is moot. Each group's tails are factored the same way."""
    groups: list[tuple[str | None, list[list[str]]]] = []
    joinable: dict[str, list[list[str]]] = {}
    for atoms in dict.fromkeys(map(tuple, alternatives)):  # a repeat can never match first
        first = atoms[0] if atoms and len(atoms[0]) == 1 else None
        if first is None:
            groups.append((None, [list(atoms)]))
            joinable.clear()  # it may match where any later alternative does: keep it first
        elif first in joinable:
            joinable[first].append(list(atoms[1:]))
        else:
            joinable[first] = tails = [list(atoms[1:])]
            groups.append((first, tails))
    parts = [_joined(tails[0]) if first is None
             else re.escape(first) + (_joined(tails[0]) if len(tails) == 1
                                      else "(?:" + _trie(tails) + ")")
             for first, tails in groups]
    return "|".join(parts)


def _element_regex(element: str, negators: frozenset[str]) -> str:
    if element.startswith("~"):
        return _GAP.format(n=int(element[1:]))
    if element == "$":
        return r"(?=\| |$)"
    optional = element.startswith("[")
    body = element[1:-1] if optional else element
    choices = _trie([[atom for w in choice.split("_") for atom in _word_atoms(w, negators)]
                     for choice in body.split("/")])
    return "(?:" + choices + (")?" if optional else ")")


def _continuations(elements: list[str]) -> tuple[set[str], set[str]] | None:
    """Words and stems the next token must be, or None if anything may follow."""
    words: set[str] = set()
    stems: set[str] = set()
    for element in elements:
        if element[0] in "~$":
            return None
        optional = element[0] == "["
        for choice in (element[1:-1] if optional else element).split("/"):
            word = _token(choice.split("_")[0])
            if word == "#":  # a number: any token starting with a digit may continue
                stems.update("0123456789")
            elif word.endswith("*"):
                stems.add(word[:-1])
            else:
                words.add(word)
        if not optional:
            return words, stems
    return None  # everything after the first word is optional


def _token(word: str) -> str:
    """The token a table word stands for: "!not" (a negator as the regexes see it) is
    the token "not"."""
    return word[1:] if word.startswith("!") else word


def _prefix(word: str) -> str | None:
    """What a token matching ``word`` starts with (its first four letters), if known."""
    word = _token(word)
    if word == "#":
        return None
    if word.endswith("*"):
        return word[:4] if len(word) > 4 else None
    return word[:PREFIX]


def _weight(prefix: str) -> int:
    """How likely a ticket holds a word with this prefix, roughly: short words ("a", "et",
    "the") are everywhere; only the gate's strength depends on it, never a hit."""
    return (8, 8, 4, 2)[len(prefix) - 1] if len(prefix) < 4 else 1


def _needed(words: list[str], rest: list[str]) -> tuple[set[str], set[str]] | None:
    """Two sets of word prefixes such that a match of the phrase must contain (besides its
    first word) one of each (the same set twice if only one is known), or None if no
    element pins one. The sets least likely to be met are chosen."""
    options: list[set[str]] = [{known} for word in words if (known := _prefix(word)) is not None]
    for element in rest:
        if element[0] in "~$[":
            continue
        found: set[str] = set()
        for choice in element.split("/"):
            pinned = [p for w in choice.split("_") if (p := _prefix(w)) is not None]
            if not pinned:
                break
            found.add(min(pinned, key=_weight))
        else:
            options.append(found)
    if not options:
        return None
    options.sort(key=lambda o: sum(map(_weight, o)))
    return options[0], options[min(1, len(options) - 1)]


def _add_need(found: "_Collected", key: str, category: str,
              need: tuple[set[str], set[str]] | None) -> None:
    _merge(found.need.setdefault(key, {}), category, need)


def _merge(sets: dict[str, tuple[set[str], set[str]] | None], category: str,
           new: tuple[set[str], set[str]] | None) -> None:
    """A category's pair of sets, widened to admit a phrase's too (None: any ticket)."""
    if new is None:
        sets[category] = None
    elif category not in sets:
        sets[category] = (set(new[0]), set(new[1]))
    elif (known := sets[category]) is not None:
        known[0].update(new[0])
        known[1].update(new[1])


def _key(anchor: str, pattern: str) -> str:
    if anchor[0] in "~[$":
        raise ValueError(f"pattern must start with a word: {pattern!r}")
    if not anchor.endswith("*"):
        return anchor
    if len(anchor) < 4:
        raise ValueError(f"stem too short to index: {pattern!r}")
    stem = anchor[:-1]
    return "*" + (stem[:4] if len(stem) >= 4 else stem)


def _add_follow(found: _Collected, key: str, category: str,
                nxt: tuple[set[str], set[str]] | None) -> None:
    _merge(found.follow.setdefault(key, {}), category, nxt)  # None: one open phrase


def _collect(table: dict[str, tuple[str, ...]], negators: frozenset[str]) -> _Collected:
    """Group every phrase by each word it can start with."""
    found = _Collected({}, {}, {}, {}, {})
    for category, patterns in table.items():
        for pattern in patterns:
            first, *rest = pattern.split()
            tail = "".join(_element_regex(e, negators) for e in rest)
            for choice in first.split("/"):
                words = choice.split("_")
                key = _key(words[0], pattern)
                if len(words) == 1 and not rest:
                    if key.startswith("*"):
                        found.stems.setdefault(key, {})[(words[0][:-1], category)] = None
                    else:
                        found.direct.setdefault(key, {})[category] = None
                    continue
                atoms = [a for w in words for a in _word_atoms(w, negators)]
                found.longer.setdefault(key, {}).setdefault(category, []).append(
                    atoms + [tail] if tail else atoms)
                _add_follow(found, key, category, _continuations(
                    ["_".join(words[1:])] if len(words) > 1 else rest))
                _add_need(found, key, category, _needed(words[1:], rest))
    return found


def _frozen_follow(follow: tuple[set[str], set[str]] | None) -> Follow:
    return None if follow is None else (frozenset(follow[0]), tuple(sorted(follow[1])))


def _frozen_need(need: tuple[set[str], set[str]] | None) -> Need:
    return None if need is None else (frozenset(need[0]), frozenset(need[1]))


def _anchor(found: _Collected, key: str, fixed: frozenset[str]) -> _Anchor:
    """One regex per category, each behind its own gate: a common word starts phrases of
    many categories, and a ticket holds the other words of one or two of them. A
    category's phrases are one trie ("!not load*", "!not work*": "!not (?:load...|work...)")."""
    categories = found.longer.get(key, {})
    follows, needs = found.follow.get(key, {}), found.need.get(key, {})
    phrases = tuple(
        _Phrases(re.compile(_trie(rx)), c, c not in fixed,
                 _frozen_follow(follows[c]), _frozen_need(needs[c]))
        for c, rx in categories.items())
    follow: dict[str, tuple[set[str], set[str]] | None] = {}
    need: dict[str, tuple[set[str], set[str]] | None] = {}
    for c in categories:  # what any of them needs: the gate of the word
        _merge(follow, key, follows[c])
        _merge(need, key, needs[c])
    return _Anchor(
        direct=tuple((c, c not in fixed) for c in found.direct.get(key, ())),
        stems=tuple((stem, c, c not in fixed) for stem, c in found.stems.get(key, ())),
        phrases=phrases,
        follow=_frozen_follow(follow.get(key)),
        need=_frozen_need(need.get(key)),
    )


def _gated(anchors: tuple[_Anchor, ...]) -> tuple[tuple[_Anchor, ...], tuple | None]:
    """The anchors, and what the ticket must hold for them to be worth a look.

    Common words ("the", "our", "a", "to") start longer phrases and nothing else; the
    gate turns them away with a set probe or two instead of a call: the next word must be
    one a phrase continues with (``follow``, None: any), and the ticket must contain one
    of each of the two sets of word prefixes the phrases need (``need``, None: no such
    word). None: no gate (some phrase here is one word).
    """
    words: set[str] | None = set()
    stems: set[str] = set()
    need: tuple[set[str], set[str]] | None = (set(), set())
    for anchor in anchors:
        if anchor.direct or anchor.stems or not anchor.phrases:
            return anchors, None
        if anchor.follow is None or words is None:
            words = None
        else:
            words.update(anchor.follow[0])
            stems.update(anchor.follow[1])
        if anchor.need is None or need is None:
            need = None
        else:
            need[0].update(anchor.need[0])
            need[1].update(anchor.need[1])
    follow = None if words is None else (frozenset(words), tuple(sorted(stems)))
    return anchors, (follow, None if need is None else (frozenset(need[0]), frozenset(need[1])))


def _run(runs: tuple, nxt: str, present: int, text: str, here: int, clause: int,
         negated: bool, hits: list[Hit]) -> None:
    """The longer phrases starting here (``nxt`` the next token): each category's regex
    that can match is run once, in table order. The next word picks the categories that
    can continue with it (:func:`_by_next`); those left still need it to start with one
    of their stems, if they name any, and the ticket to hold the words they need."""
    after, others = runs
    for regex, category, negatable, need, also, stems in after.get(nxt, others):
        if stems and not nxt.startswith(stems):
            continue
        if need and not (need & present and also & present):
            continue
        m = regex.match(text, here)
        if m is not None:
            hits.append((category, here, m.end(), clause, negatable and negated))


def _flat(anchors: tuple[_Anchor, ...], gate: tuple | None) -> tuple:
    """What :meth:`PhraseMatcher.find` reads at one token, as one flat tuple: the one-word
    hits, the stems, the regexes with their guards ``(regex, category, negatable, need,
    also, follow words, follow stems)``, then the gate ``(need, also, follow words, follow
    stems)`` (None, None, None, (): no gate). A guard the gate already asks is dropped:
    a regex alone behind a gate needs no guard of its own. (The word sets become masks
    in :func:`_masked`.)"""
    direct = tuple(d for a in anchors for d in a.direct)
    stems = tuple(st for a in anchors for st in a.stems)
    follow, need = gate if gate is not None else (None, None)
    runs = tuple((p.regex, p.category, p.negatable)
                 + (p.need if p.need is not None and p.need != need else (None, None))
                 + (p.follow if p.follow is not None and p.follow != follow else (None, ()))
                 for a in anchors for p in a.phrases)
    if gate is None:
        return direct, stems, runs, None, None, None, ()
    return ((direct, stems, runs) + (need or (None, None))
            + ((None, ()) if follow is None else follow))


def _with_number(entry: tuple | None, number: tuple) -> tuple:
    """A numeric token: the phrases starting with any number, and its own if it has any."""
    if entry is None:
        return number
    return (entry[0] + number[0], entry[1] + number[1], entry[2] + number[2],
            None, None, None, ())


def _by_next(runs: tuple) -> tuple:
    """An entry's regexes as ``(after, others)``: ``after`` maps each word some category
    continues with to the categories that can follow it (all checks on the next word
    done), ``others`` holds those for any other next word: the categories that take any
    word, and those with stems, which are checked at the token. Order is kept in each,
    so the hits come in table order. () if there are none: most tokens need no regex."""
    if not runs:
        return ()
    words = set().union(*(run[5] for run in runs if run[5] is not None))
    after = {word: tuple(run[:5] + ((),) for run in runs
                         if run[5] is None or word in run[5] or run[6] and word.startswith(run[6]))
             for word in words}
    others = tuple(run[:5] + (run[6],) for run in runs if run[5] is None or run[6])
    return after, others


def _dispatched(entry: tuple) -> tuple:
    return entry[:2] + (_by_next(entry[2]),) + entry[3:]


def _need_sets(entry: tuple) -> list[frozenset[str]]:
    """The word sets an entry's gates and its regexes' guards ask for."""
    return [sets for part in (entry[3:5],) + tuple(run[3:5] for run in entry[2])
            for sets in part if sets is not None]


def _mask(words: frozenset[str] | None, bits: dict[str, int]) -> int:
    return 0 if words is None else sum(bits[w] for w in words)


def _masked(entry: tuple, bits: dict[str, int]) -> tuple:
    """The entry with its word sets as masks (0: no such guard)."""
    runs = tuple(run[:3] + (_mask(run[3], bits), _mask(run[4], bits)) + run[5:]
                 for run in entry[2])
    return entry[:2] + (runs, _mask(entry[3], bits), _mask(entry[4], bits)) + entry[5:]


class PhraseMatcher:
    """A compiled phrase table: immutable once built, safe to share between threads."""

    def __init__(self, table: dict[str, tuple[str, ...]], language: Language) -> None:
        self._language = language
        self._negation_context = language.negators | language.fillers
        self._marked = {n: "!" + n for n in language.negators}
        found = _collect(table, language.negators)
        exact: dict[str, _Anchor] = {}
        prefixed: dict[str, _Anchor] = {}
        for key in sorted(found.direct.keys() | found.stems.keys() | found.longer.keys()):
            anchor = _anchor(found, key, language.not_negatable)
            if key.startswith("*"):
                prefixed[key[1:]] = anchor
            else:
                exact[key] = anchor
        three = {k: v for k, v in prefixed.items() if len(k) == 3}

        def applicable(word: str, own: _Anchor | None = None) -> tuple[_Anchor, ...]:
            return tuple(a for a in (own, prefixed.get(word[:4]) if len(word) > 3 else None,
                                     three.get(word[:3])) if a is not None)

        # looked up by the whole word, then its first four letters, then its first three:
        # the common case costs one dict probe
        self._by_word = {word: _flat(*_gated(applicable(word, anchor)))
                         for word, anchor in exact.items()}
        self._by_four = {key: _flat(*_gated(applicable(key))) for key in prefixed if len(key) == 4}
        self._by_three = {key: _flat(*_gated(applicable(key))) for key in three}
        #: phrases that start with any number ("# users"), tried at every numeric token
        self._number = _flat((exact["#"],), None) if "#" in exact else None
        if self._number is not None:  # a number with phrases of its own: both, merged now
            self._by_word.update({w: _with_number(e, self._number)
                                  for w, e in self._by_word.items() if _numeric(w)})
        #: a numeric token's entry by its first four or three digits, with the number's
        #: phrases merged in (a stem key of digits, "2fa*" being no such key)
        self._by_digits = {key: _with_number(e, self._number)
                           for table in (self._by_four, self._by_three)
                           for key, e in table.items() if _numeric(key)
                           } if self._number is not None else {}
        self._by_word.pop("|", None)  # a clause end, never a phrase
        # the gates' word sets as bit masks: a probe is an AND of two ints, not a set walk
        tables = (self._by_word, self._by_four, self._by_three, self._by_digits)
        entries = [e for table in tables for e in table.values()]
        entries += [self._number] if self._number is not None else []
        # the prefixes most gates ask about get the lowest bits: a gate's mask is then a
        # small int, and an AND costs as many digits as the smaller operand has
        uses = Counter(p for e in entries for sets in _need_sets(e) for p in sets)
        prefixes = sorted(uses, key=lambda p: (-uses[p], p))
        self._bits = {p: 1 << k for k, p in enumerate(prefixes)}
        for table in tables:
            table.update({key: _dispatched(_masked(e, self._bits)) for key, e in table.items()})
        if self._number is not None:
            self._number = _dispatched(_masked(self._number, self._bits))

    def text(self, tokens: list[str]) -> tuple[str, list[int]]:
        """The string the regexes run on, and where each token starts in it (one entry
        more than tokens: the end)."""
        marked = tokens
        if not self._language.negators.isdisjoint(tokens):
            marked = list(map(self._marked.get, tokens, tokens))  # "not" is "!not"
        # one leading space, one after each token
        starts = list(accumulate(map(add, map(len, marked), repeat(1)), initial=1))
        return " " + " ".join(marked) + " ", starts

    def find(self, tokens: list[str], text: str, starts: list[int]) -> list[Hit]:
        """Every phrase hit, in order of the token it starts at."""
        hits: list[Hit] = []
        # the word prefixes the gates ask about, one bit each
        present = reduce(or_, map(self._bits.get, map(_FIRST_LETTERS, tokens), repeat(0)), 0)
        by_word, by_four, by_three = self._by_word.get, self._by_four.get, self._by_three.get
        by_digits = self._by_digits.get
        number, context = self._number, self._negation_context
        clause = 0
        last = len(tokens) - 1
        for i, token in enumerate(tokens):
            entry = by_word(token)
            if entry is None:
                if token == "|":
                    clause += 1
                    continue
                if number and token[0] in "0123456789" and token.isdigit():
                    entry = by_digits(token[:4]) or by_digits(token[:3]) or number
                else:
                    entry = by_four(token[:4]) or by_three(token[:3])
                if entry is None:
                    continue
            direct, stems, runs, need, also, words, more = entry
            if need and not (need & present and also & present):
                continue  # a gate: only longer phrases start here, and none can match
            if words is not None:
                nxt = tokens[i + 1] if i < last else "|"
                if nxt not in words and not (more and nxt.startswith(more)):
                    continue
            here = starts[i]
            # whether a negator stands before this token: most often the word before is
            # no negator or filler at all, and then no hit here needs the look-back
            negated = i > 0 and tokens[i - 1] in context and self.negated(tokens, i)
            for category, negatable in direct:
                hits.append((category, here, starts[i + 1], clause, negatable and negated))
            for stem, category, negatable in stems:
                if token.startswith(stem):
                    hits.append((category, here, starts[i + 1], clause, negatable and negated))
            if runs:
                _run(runs, tokens[i + 1] if i < last else "|", present, text, here, clause,
                     negated, hits)
        return hits

    def negated(self, tokens: list[str], i: int) -> bool:
        """A negator within a few filler words before token i, in the same clause."""
        negators, fillers = self._language.negators, self._language.fillers
        for j in range(i - 1, max(i - 5, -1), -1):
            token = tokens[j]
            if token in negators:
                return True
            if token not in fillers:  # includes "|"
                return False
        return False
