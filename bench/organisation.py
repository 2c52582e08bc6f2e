"""The transversal view on an organisation's database: all networks at once, timed.

    .venv/bin/python -m app generate --out /tmp/org.db --networks 40 --members 8-25 \\
        --turns-per-session 300 --entries-per-session 60
    .venv/bin/python -m bench.organisation /tmp/org.db [--runs 3]

Prints, in the same run (ratios hold under load, absolute figures do not): the transversal
view (``app.organisation.organisation``, a constant number of queries), and what calling
each network's own dashboard (``load_history`` + ``dashboard``) would cost instead.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from sqlalchemy import select

from app.clock import SystemClock
from app.organisation import organisation
from app.steering import dashboard
from app.steering_history import load_history
from app.store import open_read_only
from models import Network


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--per-network", action="store_true", help="also time 1 dashboard × N")
    args = parser.parse_args()
    today = SystemClock().now().date()
    store = open_read_only(args.db)
    if store is None:
        raise SystemExit(f"no database at {args.db}")
    views, boards = [], []
    with store:
        for _run in range(args.runs):
            with store.session() as db:
                start = time.perf_counter()
                org = organisation(db, today)
                views.append(time.perf_counter() - start)
        if args.per_network:
            with store.session() as db:
                ids = list(db.scalars(select(Network.id)))
            with store.session() as db:
                start = time.perf_counter()
                for network_id in ids:
                    dashboard(load_history(db, network_id), today)
                boards.append(time.perf_counter() - start)
    print(f"{len(org.networks)} active networks, {len(org.archived)} archived")
    print(
        f"transversal view  median {statistics.median(views) * 1000:7.1f} ms,"
        f" max {max(views) * 1000:7.1f} ms"
    )
    if boards:
        print(
            f"one dashboard × {len(org.networks) + len(org.archived)}"
            f"  {boards[0] * 1000:7.1f} ms"
            f"  (ratio {boards[0] / statistics.median(views):.1f}×)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
