"""Classifier throughput on one core: the labelled set, over and over, for ~3 seconds.

The ingester classifies every ticket of every page inline, so the classifier's cost
is paid per ticket at ingest time; the goal is at least 20,000 tickets/s. Prints,
never asserts: a slow CI machine should not fail the build.

    .venv/bin/python bench/classify.py [seconds]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actors.classify import ClassifyService  # noqa: E402

DATA = ROOT / "tests" / "data" / "labelled_tickets.jsonl"
GOAL = 20_000  # tickets per second


def main(seconds: float = 3.0) -> None:
    tickets = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    pairs = [(t["subject"], t["message"]) for t in tickets]
    service = ClassifyService()
    for subject, message in pairs:  # warm up: first-call costs are not throughput
        service.classify(subject, message)

    classify = service.classify
    done = 0
    started = time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        for subject, message in pairs:
            classify(subject, message)
        done += len(pairs)
    elapsed = time.perf_counter() - started

    rate = done / elapsed
    chars = sum(len(s) + len(m) for s, m in pairs) / len(pairs)
    print(f"classifier {ClassifyService.version}: {done} tickets in {elapsed:.2f} s "
          f"= {rate:,.0f} tickets/s ({1e6 / rate:.1f} us/ticket, "
          f"{len(pairs)} distinct tickets, {chars:.0f} chars on average)")
    print(f"goal {GOAL:,} tickets/s: {'met' if rate >= GOAL else 'NOT met'}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
