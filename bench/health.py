"""The health page's figures on a large network: ``load_history`` and the dashboard, timed.

    .venv/bin/python -m app generate --out /tmp/big.db     (15,000 entries, ~5 s)
    .venv/bin/python -m bench.health /tmp/big.db [--runs 5]

Prints the median and the slowest of several runs, each in a fresh session (nothing cached).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from sqlalchemy import select

from app.clock import SystemClock
from app.steering import dashboard
from app.steering_history import load_history
from app.store import open_store
from models import Network


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    today = SystemClock().now().date()
    loads, boards = [], []
    with open_store(args.db) as store:
        with store.session() as db:
            network_id = db.scalars(select(Network.id)).first()
        assert network_id is not None
        for _run in range(args.runs):
            with store.session() as db:
                start = time.perf_counter()
                history = load_history(db, network_id)
                loads.append(time.perf_counter() - start)
            start = time.perf_counter()
            dashboard(history, today)
            boards.append(time.perf_counter() - start)
    print(f"{len(history.entries)} entries, {len(history.sessions)} sessions")
    for label, times in (("load_history", loads), ("dashboard()", boards)):
        print(
            f"{label:13} median {statistics.median(times) * 1000:7.1f} ms,"
            f" max {max(times) * 1000:7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
