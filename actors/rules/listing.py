"""Walking the provider's paged listing: what we accept from it, and what the walk proves.

Trust bounds (a provider is an outside party; nothing it sends may hold a job forever):

- a page holds at most ``page_size`` tickets;
- ``next_page`` is absent (the last page) or exactly ``page + 1``;
- the walk ends within the pages ``total_count`` allows, plus a small slack for tickets
  created while we read (``total_count`` may grow; we take the largest seen);
- a provider that sends no ``total_count`` may not send an empty page that is not the last.

Breaking one raises :class:`ListingError`: the job fails with that reason, keeping what it stored.

What the walk proves: offset paging shifts under deletions, so a ticket missing from the
walk is not proof that it is gone. :attr:`ListingWatch.consistent` is true only when
``total_count`` was the same on every page and the walk saw exactly that many rows: a view
that did not move while we read it. :func:`plan_deletions` uses it, with the provider's own
deleted list and a per-ticket check, to decide which stored tickets are really gone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

#: pages beyond what ``total_count`` allows before the walk is called endless
SLACK_PAGES = 2
#: and a further share of the allowed pages, for providers that grow fast while we read
SLACK_SHARE = 0.05


class ListingError(Exception):
    """The provider broke a trust bound; the job fails with this reason."""


@dataclass
class ListingWatch:
    page_size: int
    #: ``total_count`` of every page, in order (None where the provider sent none)
    totals: list[int | None] = field(default_factory=list)
    #: ticket rows seen over the walk, every tenant's and malformed ones included
    rows: int = 0
    finished: bool = False

    @property
    def pages(self) -> int:
        return len(self.totals)

    def allowed_pages(self) -> int | None:
        known = [t for t in self.totals if t is not None]
        if not known:
            return None
        base = max(1, math.ceil(max(known) / self.page_size))
        return base + SLACK_PAGES + int(base * SLACK_SHARE)

    def check(self, page: int, tickets: int, next_page: int | None, total: int | None) -> None:
        """Record one page; raise :class:`ListingError` if it breaks a bound."""
        if page != self.pages + 1:
            raise ListingError(f"page {page} arrived as page {self.pages + 1} of the walk")
        self.totals.append(total)
        self.rows += tickets
        if tickets > self.page_size:
            raise ListingError(f"page {page} holds {tickets} tickets, more than page_size {self.page_size}")
        if next_page is not None and next_page != page + 1:
            raise ListingError(f"page {page} points to next_page {next_page!r}, not {page + 1}")
        allowed = self.allowed_pages()
        if next_page is not None and allowed is not None and next_page > allowed:
            raise ListingError(f"the provider keeps paging: page {next_page} is beyond the {allowed} pages "
                               f"its total_count ({max(t for t in self.totals if t is not None)}) allows")
        if next_page is not None and allowed is None and tickets == 0:
            raise ListingError(f"page {page} is empty but not the last, and the provider gives no total_count")
        self.finished = next_page is None

    @property
    def consistent(self) -> bool:
        """The listing did not move while we read it: one ``total_count`` throughout, and every
        row it promised was seen."""
        if not self.finished or not self.totals or self.totals[0] is None:
            return False
        return all(t == self.totals[0] for t in self.totals) and self.rows == self.totals[0]


@dataclass(frozen=True)
class DeletionPlan:
    #: stored live tickets the provider's deleted list names
    by_list: frozenset[str]
    #: missing from a consistent walk, too many to check one by one
    by_absence: frozenset[str]
    #: missing: ask the provider about each (only a 404 means gone)
    to_verify: tuple[str, ...]
    #: missing, not decided this run (the view moved and there were too many to check)
    deferred: tuple[str, ...]


def plan_deletions(live: Iterable[str], seen: Iterable[str], invalid: Iterable[str], deleted_list: Iterable[str] | None,
                   consistent: bool, verify_limit: int) -> DeletionPlan:
    """Which of the tenant's stored live tickets to soft-delete after a complete walk.

    - Named in the provider's deleted list: gone (the provider says so).
    - Seen this run, valid or malformed: not gone (a malformed version is not a deletion).
    - Missing otherwise: checked one by one through the single-ticket endpoint when there are
      at most ``verify_limit`` (each check is a call against the shared budget); when there
      are more, the walk's own consistency decides: absence is trusted only from a view that
      did not move, else the first ``verify_limit`` are checked and the rest wait for the next run.
    """
    live_set = set(live)
    by_list = live_set & set(deleted_list) if deleted_list is not None else set()
    missing = sorted(live_set - set(seen) - set(invalid) - by_list)
    if len(missing) <= verify_limit:
        return DeletionPlan(frozenset(by_list), frozenset(), tuple(missing), ())
    if consistent:
        return DeletionPlan(frozenset(by_list), frozenset(missing), (), ())
    return DeletionPlan(frozenset(by_list), frozenset(), tuple(missing[:verify_limit]), tuple(missing[verify_limit:]))
