"""One page of provider tickets turned into the writes it calls for, without touching a database.

A page is handled in three steps, and only the last does I/O:

1. :func:`sort_page` (pure): validate every ticket, keep this tenant's, set aside the
   malformed ones. A malformed ticket that names *another* tenant is that tenant's business:
   it is counted, never stored under the caller's tenant (a provider without a tenant filter
   sends everyone's tickets). One that names no readable tenant is counted too, and not
   stored either: its text may be anyone's. Every malformed ticket's id, when readable, is
   remembered so the end-of-run deletion never mistakes "invalid this time" for "gone".
2. :func:`plan_page` (pure): given the stored versions of the page's ids, decide per ticket
   whether it is new, updated, restored, reclassified or unchanged, and build the inserts,
   updates, history entries, alerts and touched rollup hours.
3. ``actors/storage/ticket_writes.apply_plan``: the writes, history first.

History entries carry deterministic ids so a rerun after a crash repeats them harmlessly
(:func:`history_id`): the id names the *stored state the change starts from*. From one
stored state exactly one change can be applied; a job that crashed after writing history
but before the ticket leaves the ticket in that state, and the rerun's entry, whatever the
provider says by then, replaces the crashed job's entry instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from actors.rules.clock import hour_of, to_millis
from actors.rules.provider_ticket import ProviderTicket, diff, label_fields, provider_fields, validate

#: longest ``repr`` of a malformed ticket kept for diagnosis
RAW_LIMIT = 2000
EPOCH_MIN = datetime.min.replace(tzinfo=timezone.utc)


def millis_or_min(value: datetime | None) -> datetime:
    """A stored timestamp at BSON precision; a missing one sorts before everything."""
    return to_millis(value) if value is not None else EPOCH_MIN


# -- 1. validate ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class InvalidTicket:
    #: the provider's id when one is readable (it protects the stored ticket from deletion)
    ticket_id: str | None
    reason: str
    raw: str


@dataclass
class SortedPage:
    #: this tenant's valid tickets by id; of duplicates, the newest ``updated_at`` wins
    valid: dict[str, ProviderTicket] = field(default_factory=dict)
    #: this tenant's malformed tickets (they name this tenant), stored for diagnosis
    invalid: list[InvalidTicket] = field(default_factory=list)
    #: ids of every malformed ticket on the page, whoever it belongs to
    invalid_ids: set[str] = field(default_factory=set)
    #: tickets (valid or not) that name another tenant
    other_tenant: int = 0
    #: malformed tickets that name no readable tenant: counted, not stored
    unattributed: int = 0
    #: every element of the page's ``tickets`` list
    rows: int = 0


def _claimed(raw: Any, name: str) -> str | None:
    value = raw.get(name) if isinstance(raw, dict) else None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text or None


def sort_page(raw_tickets: Iterable[Any], tenant_id: str) -> SortedPage:
    page = SortedPage()
    for raw in raw_tickets:
        page.rows += 1
        ticket, reason = validate(raw)
        if ticket is None:
            _set_aside(page, raw, reason or "invalid", tenant_id)
        elif ticket.tenant_id != tenant_id:
            page.other_tenant += 1
        else:
            seen = page.valid.get(ticket.id)
            if seen is None or ticket.updated_at > seen.updated_at:
                page.valid[ticket.id] = ticket
    return page


def _set_aside(page: SortedPage, raw: Any, reason: str, tenant_id: str) -> None:
    ticket_id = _claimed(raw, "id")
    if ticket_id is not None:
        page.invalid_ids.add(ticket_id)
    owner = _claimed(raw, "tenant_id")
    if owner is None:
        page.unattributed += 1
    elif owner != tenant_id:
        page.other_tenant += 1
    else:
        page.invalid.append(InvalidTicket(ticket_id, reason, repr(raw)[:RAW_LIMIT]))


# -- 2. plan --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class HistoryEntry:
    #: deterministic: see :func:`history_id`
    id: str
    doc: dict[str, Any]
    #: False: insert once (a rerun's copy is dropped); True: replace (the rerun's wins)
    replace: bool


@dataclass(frozen=True, slots=True)
class AlertSpec:
    ticket_id: str
    trigger: str
    urgency: str
    subject: str


@dataclass
class PlanCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reclassified: int = 0
    restored: int = 0
    #: (urgency, sentiment, requires_action) of every ticket (re)classified
    labels: list[tuple[str, str, bool]] = field(default_factory=list)


@dataclass
class PagePlan:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    #: (filter, fields to ``$set``)
    updates: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    alerts: list[AlertSpec] = field(default_factory=list)
    #: hour buckets (of ``created_at``) whose rollups these writes make stale
    touched_hours: set[datetime] = field(default_factory=set)
    counts: PlanCounts = field(default_factory=PlanCounts)

    @property
    def empty(self) -> bool:
        return not (self.inserts or self.updates)


def state_marker(stored: Mapping[str, Any] | None) -> str:
    """Names one stored version of a ticket: every write sets ``changed_at``, so it is unique
    per version; documents from before ``changed_at`` existed fall back to what they hold."""
    if stored is None:
        return "new"
    changed = stored.get("changed_at")
    if changed is not None:
        return "c" + _stamp(changed)
    deleted = stored.get("deleted_at")
    return "u{}|v{}|d{}".format(_stamp(stored.get("updated_at")), stored.get("classifier_version"),
                                _stamp(deleted) if deleted is not None else "-")


def _stamp(value: Any) -> str:
    return to_millis(value).strftime("%Y%m%dT%H%M%S.%f")[:-3] if isinstance(value, datetime) else str(value)


def history_id(tenant_id: str, ticket_id: str, stored: Mapping[str, Any] | None) -> str:
    return f"{tenant_id}|{ticket_id}|{state_marker(stored)}"


def change_kind(stored: Mapping[str, Any] | None, ticket: ProviderTicket, version: str) -> str | None:
    """``created``, ``restored``, ``updated``, ``reclassified``, or None when nothing changed.

    Only a *newer* ``updated_at`` is an update: a provider whose ``updated_at`` moves
    backwards between runs (the customer's reference mock redraws it) changes nothing.
    """
    if stored is None:
        return "created"
    if stored.get("deleted_at") is not None:
        return "restored"
    if ticket.updated_at > millis_or_min(stored.get("updated_at")):
        return "updated"
    if stored.get("classifier_version") != version:
        return "reclassified"
    return None


def plan_page(tenant_id: str, job_id: str, valid: Mapping[str, ProviderTicket],
              stored: Mapping[str, Mapping[str, Any]], classifier: Any, now: datetime) -> PagePlan:
    plan = PagePlan()
    version = classifier.version
    for ticket_id, ticket in valid.items():
        old = stored.get(ticket_id)
        action = change_kind(old, ticket, version)
        if action is None:
            plan.counts.unchanged += 1
            continue
        labels_obj = classifier.classify(ticket.subject, ticket.message)
        labels = label_fields(labels_obj, version)
        _plan_ticket(plan, tenant_id, job_id, ticket, old, action, labels, now)
        if labels["urgency"] == "high" and (old is None or old.get("urgency") != "high"):
            trigger = getattr(labels_obj, "alert_trigger", None) or "high_urgency"
            plan.alerts.append(AlertSpec(ticket_id, trigger, labels["urgency"], ticket.subject))
    return plan


def _plan_ticket(plan: PagePlan, tenant_id: str, job_id: str, ticket: ProviderTicket,
                 old: Mapping[str, Any] | None, action: str, labels: dict[str, Any], now: datetime) -> None:
    key = {"tenant_id": tenant_id, "external_id": ticket.id}
    fields = {**provider_fields(ticket), **labels}
    counts = plan.counts
    counts.labels.append((labels["urgency"], labels["sentiment"], labels["requires_action"]))
    written = {**fields, "deleted_at": None, "last_job_id": job_id, "changed_at": now}
    if old is None:
        changes: dict[str, Any] = {}
        plan.inserts.append({**key, **written, "ingested_at": now})
        counts.new += 1
    else:
        changes = diff(old, fields)
        if action == "restored":
            changes["deleted_at"] = {"old": old["deleted_at"], "new": None}
        setattr(counts, action, getattr(counts, action) + 1)
        plan.updates.append((key, written))
        plan.touched_hours.add(hour_of(millis_or_min(old.get("created_at"))))
    plan.touched_hours.add(hour_of(ticket.created_at))
    entry = {**key, "ticket_id": ticket.id, "changed_at": now, "action": action, "changes": changes, "job_id": job_id}
    plan.history.append(HistoryEntry(history_id(tenant_id, ticket.id, old), entry, replace=old is not None))


def deletion_entry(tenant_id: str, job_id: str, stored: Mapping[str, Any], now: datetime, reason: str) -> HistoryEntry:
    """The history entry of soft-deleting one stored, live ticket (same id rule as changes)."""
    ticket_id = stored["external_id"]
    doc = {"tenant_id": tenant_id, "external_id": ticket_id, "ticket_id": ticket_id, "changed_at": now,
           "action": "deleted", "changes": {"deleted_at": {"old": None, "new": now}}, "job_id": job_id,
           "reason": reason}
    return HistoryEntry(history_id(tenant_id, ticket_id, stored), doc, replace=True)
