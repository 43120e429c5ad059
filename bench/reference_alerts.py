"""``bench/alerts.py --profile reference``: the notifier against the customer's own provider.

The provider (``python -m mock_api --profile reference``) fails the first and second
``/notify`` call for every ticket and ignores idempotency keys, and our breaker keeps its
specified rules (5 failures in the last 10 calls open it for 30 s, then one probe). So the
rate at which alerts get through is set by what each call is spent on; this bench measures
it and prints it beside the bound worked out in ``bench/alert_limit.py``.

Setup: the mock (its own data set) and an embedded database on 127.0.0.1; ``--alerts`` of
the mock's high-urgency tickets (classified by our classifier, so their reasons and
severities are real) are queued in the outbox; then one real ``Notifier`` actor with the
production settings (breaker 10/5/``--open-seconds``, backoff 1 s .. 300 s, 5 s timeout, 8
at once) drains it, for at most ``--minutes``. Printed: delivered per minute, time to
deliver all, calls per alert, duplicates (the mock's log counts accepted calls per ticket),
the wait per severity, and the limit computed for the measured call time.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import anyio
import httpx

from actors.classify import ClassifyService
from actors.kit import ActorRef, run_actor
from actors.notifier import Notifier, Poke
from actors.rules.backoff import Backoff
from actors.rules.circuit_breaker import CircuitBreaker
from actors.rules.clock import utcnow
from actors.storage import outbox
from actors.storage.schema import NOTIFICATIONS, ensure_indexes
from actors.storage.store import Store, open_store
from bench import alert_limit
from bench.app_process import machine_line, scratch_dir
from bench.report import percentile, table
from tests.support.embedded_db import start_embedded_db
from tests.support.mock_process import start_mock_api

SEVERITIES = ("critical", "high", "normal")


def high_urgency_alerts(mock_url: str, wanted: int) -> list[tuple[str, str, str]]:
    """(tenant, ticket, trigger) of the first ``wanted`` urgent tickets the provider lists."""
    classifier = ClassifyService()
    found: list[tuple[str, str, str]] = []
    page: int | None = 1
    with httpx.Client(base_url=mock_url, timeout=10) as client:
        while page is not None and len(found) < wanted:
            body = client.get("/external/support-tickets", params={"page": page, "page_size": 100}).json()
            for ticket in body["tickets"]:
                result = classifier.classify(ticket["subject"], ticket["message"])
                if result.urgency == "high" and len(found) < wanted:
                    found.append((ticket["tenant_id"], ticket["id"], result.alert_trigger or "high_urgency"))
            page = body["next_page"]
    return found


async def queue(store: Store, alerts: list[tuple[str, str, str]]) -> None:
    now = utcnow()
    await outbox.enqueue(store, [outbox.alert_upsert(tenant, ticket, trigger, "high", "", "bench", now)
                                 for tenant, ticket, trigger in alerts])


async def deliver(store: Store, notify_url: str, args: argparse.Namespace) -> dict:
    """Run a notifier until every alert is sent or the time is up; returns what it saw."""
    call_seconds: list[float] = []

    async def timed(response: httpx.Response) -> None:
        await response.aread()
        call_seconds.append(response.elapsed.total_seconds())

    breaker = CircuitBreaker("notify", 10, 5, args.open_seconds)
    async with httpx.AsyncClient(event_hooks={"response": [timed]}) as http:
        notifier = Notifier(store, http, notify_url, breaker, owner="bench", timeout_seconds=5.0, max_attempts=15,
                            backoff=Backoff(base=1.0, cap=300.0, max_attempts=15))
        ref: ActorRef = ActorRef("notifier")
        started = time.monotonic()
        async with anyio.create_task_group() as tg:
            await tg.start(run_actor, notifier, ref)
            try:
                ref.tell_nowait(Poke())
                await watch(store, started, args)
            finally:
                tg.cancel_scope.cancel()
                ref.close()
    return {"seconds": time.monotonic() - started, "calls": call_seconds, "breaker": breaker.snapshot(),
            "model": notifier.model.table()}


async def watch(store: Store, started: float, args: argparse.Namespace) -> None:
    deadline = started + 60 * args.minutes
    last_print = started
    while time.monotonic() < deadline:
        sent = await store[NOTIFICATIONS].count_documents({"status": "sent"})
        if sent >= args.alerts:
            return
        if time.monotonic() - last_print >= 30:
            last_print = time.monotonic()
            print(f"  {last_print - started:5.0f} s: {sent}/{args.alerts} sent", flush=True)
        await anyio.sleep(0.5)


def wait_rows(docs: list[dict]) -> list[list[object]]:
    rows = []
    for name in SEVERITIES:
        waits = [d["wait_seconds"] for d in docs if d.get("severity") == name and d.get("wait_seconds") is not None]
        total = sum(1 for d in docs if d.get("severity") == name)
        if total:
            rows.append([name, total, len(waits), f"{statistics.fmean(waits):.0f}" if waits else "-",
                         f"{percentile(waits, 50):.0f}" if waits else "-", f"{max(waits):.0f}" if waits else "-"])
    return rows


def report(docs: list[dict], run: dict, log: dict, args: argparse.Namespace, load: tuple[str, str]) -> None:
    sent = [d for d in docs if d["status"] == "sent"]
    first_queued = min(d["created_at"] for d in docs)
    last_sent = max((d["sent_at"] for d in sent), default=None)
    span = (last_sent - first_queued).total_seconds() if last_sent else None
    rate = 60 * len(sent) / span if span else 0.0
    mean_call = statistics.fmean(run["calls"]) if run["calls"] else 0.3
    bound = alert_limit.bound(mean_call, args.open_seconds)
    sim = alert_limit.simulate(alert_limit.breaker_aware, alerts=args.alerts, call=mean_call)
    print(table(["measure", "value", "note"], [
        ["alerts queued / delivered", f"{len(docs)} / {len(sent)}", f"within {args.minutes:g} min"],
        ["time to deliver all", "-" if span is None or len(sent) < len(docs) else f"{span:.0f} s", ""],
        ["delivered per minute (measured)", f"{rate:.2f}", "queued -> last accepted"],
        ["limit, large backlog (computed)", f"{bound.per_minute:.2f}",
         f"{mean_call:.2f} s a call (measured), open {args.open_seconds:g} s"],
        ["limit at 0.3 s a call (computed)", f"{alert_limit.bound(0.3, args.open_seconds).per_minute:.2f}", ""],
        [f"simulated, {args.alerts} alerts", f"{sim.per_minute:.2f}", "same schedule, warm-up included"],
        ["calls / accepted (mock log)", f"{log['received']} / {log['accepted']}",
         f"{log['received'] / max(1, len(sent)):.2f} calls per alert; 3 is the minimum"],
        ["duplicates (tickets alerted twice)", log["duplicate_tickets"], f"unique tickets {log['unique_tickets']}"],
        ["breaker: calls / failures", f"{run['breaker'].total_calls} / {run['breaker'].total_failures}",
         f"short-circuited {run['breaker'].short_circuited}"],
        ["learned odds (failed before, calls, wins)", " ".join(f"{n}:{t}/{w}" for n, t, w in run["model"]), ""],
        ["machine before / after", load[0], load[1]],
    ], title="\nAlerts against the reference provider"))
    print(table(["severity", "queued", "sent", "mean wait s", "p50 wait s", "max wait s"], wait_rows(docs),
                title="\nWait per severity (queued -> accepted)"))


def run_reference(args: argparse.Namespace) -> None:
    print(f"bench/alerts.py --profile reference: {args.alerts} alerts, at most {args.minutes:g} min, breaker 5 of 10 "
          f"open {args.open_seconds:g} s; mock --tickets {args.tickets}, embedded database, all on 127.0.0.1")
    with scratch_dir("bench-ref-alerts", args.keep) as work, \
            start_mock_api("--tickets", str(args.tickets), "--seed", str(args.seed), profile="reference") as mock, \
            start_embedded_db(Path(work) / "db") as db:
        alerts = high_urgency_alerts(mock.url, args.alerts)
        args.alerts = len(alerts)
        httpx.post(mock.url + "/admin/reset-counters", timeout=5).raise_for_status()

        async def main() -> tuple[list[dict], dict]:
            async with open_store(db.url, "bench_reference_alerts") as store:
                await ensure_indexes(store)
                await queue(store, alerts)
                run = await deliver(store, mock.url + "/notify", args)
                return await store[NOTIFICATIONS].find({}), run

        load_before = machine_line()
        docs, run = anyio.run(main)
        log = httpx.get(mock.url + "/notify/log", timeout=5).json()
        report(docs, run, log, args, (load_before, machine_line()))
