"""Where the database's time goes: profile every operation for a while, grouped by shape.

Run beside another bench (``load.py``, ``ingest.py``) to see which queries hold the
embedded server. It switches MongoDB's profiler to level 2 on the app's database for
``--seconds``, switches it off, then sums ``system.profile`` by collection and operation
shape (the pipeline's stages, or a query's filter fields) and prints the table, largest
total first. ``millis`` is the server's own time per operation, waits inside the server
included: on the embedded server, which runs every connection on one interpreter, a cheap
operation that waited behind the others shows up as slow, so read the totals as "who
holds the server", not as the cost of each query alone.

    .venv/bin/python bench/load.py --quick &
    .venv/bin/python bench/db_profile.py --after 25 --seconds 35

Without ``--url`` it finds the embedded server another bench started (a ``secantusd-py``
process whose storage path is under a ``bench-`` work directory) and reads its port.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict

import psutil
from pymongo import MongoClient


def find_bench_server() -> str:
    for proc in psutil.process_iter(["cmdline"]):
        args = " ".join(proc.info.get("cmdline") or [])
        if "secantusd-py" in args and "bench-" in args:
            port = re.search(r"--port (\d+)", args)
            if port:
                return f"mongodb://127.0.0.1:{port.group(1)}/"
    sys.exit("no embedded server started by a bench is running: start one, or pass --url")


def shape(doc: dict) -> str:
    command = doc.get("command") or {}
    if "pipeline" in command:
        return "aggregate " + ",".join(next(iter(stage)) for stage in command["pipeline"])
    if "filter" in command or doc.get("op") == "query":
        return "find " + ",".join(sorted((command.get("filter") or {}).keys()))
    return str(doc.get("op"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="MongoDB URL (default: the embedded server a bench started)")
    parser.add_argument("--db", default="tickets", help="the app's database (MONGO_DB)")
    parser.add_argument("--after", type=float, default=0, help="seconds to wait before profiling")
    parser.add_argument("--seconds", type=float, default=30, help="seconds to profile")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--slowest", type=int, default=15, help="single operations to list, slowest first")
    parser.add_argument("--slowms", type=int, default=0,
                        help="record only operations slower than this (level 1: cheap enough to leave the "
                             "load's shape alone; the shares then cover the slow operations only)")
    args = parser.parse_args()
    time.sleep(args.after)
    client = MongoClient(args.url or find_bench_server(), serverSelectionTimeoutMS=5000)
    db = client[args.db]
    try:
        db.command("profile", 1 if args.slowms else 2, slowms=args.slowms)
        time.sleep(args.seconds)
    finally:
        db.command("profile", 0)
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    docs = list(db["system.profile"].find({}, {"ns": 1, "op": 1, "command": 1, "millis": 1, "ts": 1}))
    for doc in docs:
        total = totals[(doc.get("ns", "?"), shape(doc))]
        total[0] += 1
        total[1] += doc.get("millis", 0)
    grand = sum(ms for _n, ms in totals.values()) or 1
    print(f"{'total ms':>9} {'share':>6} {'ops':>6} {'avg ms':>7}  collection / operation")
    for (ns, op), (n, ms) in sorted(totals.items(), key=lambda item: -item[1][1])[:args.top]:
        print(f"{ms:9.0f} {100 * ms / grand:5.1f}% {n:6d} {ms / n:7.1f}  {ns} {op}")
    print(f"profiled {args.seconds:.0f} s: {sum(n for n, _ms in totals.values())} operations, {grand:.0f} ms")
    # the stalls readers feel are single long operations: the slowest, with when they ended
    print(f"\nslowest single operations (top {args.slowest}):")
    print(f"{'ms':>7}  {'ended at':<12}  collection / operation")
    for doc in sorted(docs, key=lambda d: -d.get("millis", 0))[:args.slowest]:
        ts = doc.get("ts")
        print(f"{doc.get('millis', 0):7.0f}  {ts.strftime('%H:%M:%S.%f')[:12] if ts else '?':<12}  "
              f"{doc.get('ns', '?')} {shape(doc)}")


if __name__ == "__main__":
    main()
