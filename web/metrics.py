"""Prometheus metrics: HTTP traffic measured in-process, the rest read at scrape time.

Counts that must survive restarts and add up across app processes (jobs, tickets,
provider calls, outbox depth) are aggregated from MongoDB when scraped, so every process
reports the same truth. Live, per-process facts (breaker state, mailbox depth, restarts,
loop lag) come from actor snapshots. Each app owns its registry: nothing is global.
"""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from quart import Quart, request

from actors.storage.outbox import depth_by_status
from actors.storage.schema import JOBS
from web.admission import read_admission
from web.answer_cache import current_cache

#: JobMetrics fields exported as counters, summed over every job ever run
JOB_COUNTERS = {
    "upstream_calls": ("ticket_provider_calls_total", "Calls made to the ticket provider"),
    "rate_limited": ("ticket_provider_rate_limited_total", "429 answers from the provider"),
    "retries": ("ticket_provider_retries_total", "Provider calls retried after 5xx/timeouts"),
    "rate_limit_wait_seconds": ("ticket_rate_limit_wait_seconds_total", "Seconds jobs waited on the shared budget"),
}
TICKET_KINDS = ("new", "updated", "unchanged", "reclassified", "restored", "deleted", "invalid")
LABELS = ("urgency_high", "urgency_medium", "urgency_low", "sentiment_negative", "sentiment_neutral",
          "sentiment_positive", "requires_action")
BREAKER_STATES = ("closed", "half_open", "open")


class HttpMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("http_requests_total", "HTTP requests by route and status",
                                ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram("http_request_duration_seconds", "HTTP request latency by route",
                                 ["method", "route"], registry=self.registry,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))

    def install(self, app: Quart) -> None:
        @app.before_request
        async def _start_timer() -> None:
            request._metrics_started = time.perf_counter()  # type: ignore[attr-defined]

        @app.after_request
        async def _observe(response):
            started = getattr(request, "_metrics_started", None)
            # the route *template* keeps label cardinality bounded whatever clients send
            route = request.url_rule.rule if request.url_rule is not None else "unmatched"
            self.requests.labels(request.method, route, str(response.status_code)).inc()
            if started is not None:
                self.latency.labels(request.method, route).observe(time.perf_counter() - started)
            return response


class _Static:
    def __init__(self, families: list[Any]) -> None:
        self._families = families

    def collect(self):
        return iter(self._families)


async def _job_families(store: Any) -> list[Any]:
    """Counts summed over every job ever run, in one aggregation of ``ingestion_logs``."""
    families: list[Any] = []
    sums = {f"s_{k}": {"$sum": {"$ifNull": [f"$metrics.{k}", 0]}} for k in (*JOB_COUNTERS, *TICKET_KINDS)}
    sums.update({f"l_{k}": {"$sum": {"$ifNull": [f"$metrics.labels.{k}", 0]}} for k in LABELS})
    rows = await store[JOBS].aggregate([{"$group": {"_id": "$status", "jobs": {"$sum": 1}, **sums}}])
    jobs = GaugeMetricFamily("ticket_jobs", "Ingestion jobs by status (from ingestion_logs)", labels=["status"])
    for status in ("running", "completed", "failed", "cancelled", "abandoned"):
        jobs.add_metric([status], sum(r["jobs"] for r in rows if r["_id"] == status))
    families.append(jobs)
    for key, (name, doc) in JOB_COUNTERS.items():
        c = CounterMetricFamily(name.removesuffix("_total"), doc)
        c.add_metric([], float(sum(r[f"s_{key}"] for r in rows)))
        families.append(c)
    tickets = CounterMetricFamily("ticket_ingested", "Tickets processed by ingestion, by outcome", labels=["outcome"])
    for kind in TICKET_KINDS:
        tickets.add_metric([kind], float(sum(r[f"s_{kind}"] for r in rows)))
    families.append(tickets)
    labels = CounterMetricFamily("ticket_classified", "Tickets (re)classified, by label", labels=["label"])
    for key in LABELS:
        labels.add_metric([key], float(sum(r[f"l_{key}"] for r in rows)))
    families.append(labels)
    return families


def read_path_families(lane: Any = None) -> list[Any]:
    """The answer cache and read admission of this process (``web.answer_cache``, ``web.admission``),
    and the lane its ingestion writes through (``actors.storage.background_lane``)."""
    cache, admission = current_cache(), read_admission()
    families: list[Any] = []
    lane_counters = () if lane is None else (
        ("ingest_db_operations", "Ingestion database operations, one at a time through the process's lane",
         lane.operations),
        ("ingest_db_lane_wait_seconds", "Seconds ingestion operations waited for the lane, summed", lane.wait_seconds),
    )
    for name, doc, value in (
        ("answer_cache_hits", "Answers served from the answer cache", cache.hits),
        ("answer_cache_misses", "Answers not in the cache (computed, or coalesced with one being computed)",
         cache.misses),
        ("answer_cache_coalesced", "Misses answered by an identical request's computation", cache.coalesced),
        ("answer_cache_evictions", "Entries pushed out by the size limits", cache.evictions),
        ("answer_cache_expired", "Entries dropped for age", cache.expired),
        ("answer_cache_retired", "Entries dropped because their tenant's data moved on", cache.retired),
        ("answer_not_modified", "304 answers to If-None-Match", cache.not_modified),
        ("answer_version_reads", "Data version reads (one per cached-route request)", cache.version_reads),
        ("tickets_listing_pages", "Ticket listing pages computed (cache misses)", cache.listing_pages),
        ("tickets_listing_windows", "Queries those pages took (created_at windows)", cache.listing_windows),
        ("answer_version_queries", "Data version queries sent (one answers every request gathered meanwhile)",
         cache.versions.queries),
        ("answer_version_read_seconds", "Seconds the data version reads took, summed", cache.version_seconds),
        ("read_admission_shed", "Reads answered 503 because no slot was free within the budget", admission.shed),
        ("read_admission_shed_on_arrival", "Of the shed reads, those refused on arrival: the expected wait "
         "was past the budget", admission.shed_on_arrival),
        ("read_admission_admitted", "Reads that got a slot", admission.admitted),
        ("read_admission_wait_seconds", "Seconds reads waited for a slot, summed", admission.wait_total),
        ("read_admission_hold_seconds", "Seconds reads held a slot, summed", admission.hold_total),
        *lane_counters,
    ):
        counter = CounterMetricFamily(name, doc)
        counter.add_metric([], float(value))
        families.append(counter)
    for name, doc, value in (
        ("answer_cache_entries", "Entries in the answer cache", len(cache)),
        ("answer_cache_bytes", "Bytes held by the answer cache (bodies plus overhead)", cache.bytes),
        ("read_admission_in_use", "Read slots in use", admission.in_use),
        ("read_admission_waiting", "Reads waiting for a slot", admission.waiting),
    ):
        gauge = GaugeMetricFamily(name, doc)
        gauge.add_metric([], float(value))
        families.append(gauge)
    return families


async def scrape(context: Any, http: HttpMetrics) -> bytes:
    store = context.store
    families = await _job_families(store)

    depth = GaugeMetricFamily("ticket_outbox_entries", "Alert outbox entries by status", labels=["status"])
    for status, n in (await depth_by_status(store)).items():
        depth.add_metric([status], n)
    families.append(depth)

    notifier = context.notifier
    stats = notifier.snapshot if notifier is not None else None
    if stats is not None:
        state = GaugeMetricFamily("ticket_notify_circuit_state", "1 for the breaker's current state", labels=["state"])
        for name in BREAKER_STATES:
            state.add_metric([name], 1.0 if stats.breaker.state.value == name else 0.0)
        families.append(state)
        attempts = CounterMetricFamily("ticket_notify_attempts", "Notify calls by outcome (this process)", labels=["outcome"])
        attempts.add_metric(["sent"], stats.sent)
        attempts.add_metric(["failed"], stats.failed)
        attempts.add_metric(["short_circuited"], stats.breaker.short_circuited)
        families.append(attempts)

    restarts = GaugeMetricFamily("supervisor_child_restarts", "Restarts per supervised child", labels=["child", "kind"])
    running = GaugeMetricFamily("supervisor_child_running", "1 while the child runs", labels=["child", "kind"])
    for info in context.tree():
        restarts.add_metric([info.name, info.kind], info.restarts)
        running.add_metric([info.name, info.kind], 1.0 if info.state == "running" else 0.0)
    families += [restarts, running]

    mailbox = GaugeMetricFamily("actor_mailbox_depth", "Messages waiting in an actor's mailbox", labels=["actor"])
    for ref in (context.ingest, context.notifier, context.rate_limiter):
        if ref is not None:
            mailbox.add_metric([ref.name], ref.stats().queued)
    families.append(mailbox)

    lag = getattr(context, "loop_monitor", None)
    if lag is not None and lag.snapshot is not None:
        g = GaugeMetricFamily("event_loop_lag_seconds", "Event-loop lag over the last minute", labels=["quantile"])
        g.add_metric(["0.5"], lag.snapshot.p50_seconds)
        g.add_metric(["0.99"], lag.snapshot.p99_seconds)
        g.add_metric(["1"], lag.snapshot.max_seconds)
        families.append(g)

    families += read_path_families(getattr(context, "background_lane", None))

    dynamic = CollectorRegistry(auto_describe=False)
    dynamic.register(_Static(families))
    return generate_latest(http.registry) + generate_latest(dynamic)
