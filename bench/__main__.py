"""`make bench`: one table of figures on large databases, each with its target.

Builds (once, cached in .bench/) the demo; the default-scale database — one network of 30
members, five years of monthly 3-hour sessions, ~100,000 turns, ~15,000 entries; the
organisation — 40 networks, 2,400 sessions, ~490 MiB (a few minutes, once); a network of
100,000 entries; a repertoire of 100,000 entries. Every figure comes with its spread
(min / median / max over its runs) and its target, judged on the median; the start is timed
against a bare PySide6 window run by run (``bench.start``). Then the same rows on SQLite and
on PostgreSQL side by side (``bench.backends``: a server of its own in .bench/postgresql, or
``CERCLE_BENCH_PG``). Exits non-zero only when it cannot run; a figure missing its target is
printed, never failed on.

    make bench            (or: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app.export.minutes import export_minutes
from app.export.minutes_data import Options
from app.methods import MethodCatalogue, load_methods
from app.repertoire_search import search
from app.store import open_store
from app.synthetic import Scale
from bench import backends, health_page, start
from bench import health as bench_health
from bench.cache import CACHE, built, generated
from bench.cache import repertoire as cached_repertoire
from bench.exchange import measure as exchange_figures
from bench.exchange import merge_target_database
from bench.live_rows import live_rows
from bench.repertoire import QUERIES
from bench.table import Row, render, row
from models import Meeting, MeetingStatus


def large_database(methods: MethodCatalogue) -> Path:
    """One network of 30 members, five years of monthly 3-hour sessions (~61 MiB)."""
    return generated("large", Scale(), methods)


def searches(path: Path, rounds: int) -> list[float]:
    samples = []
    with open_store(path) as store, store.session() as db:
        for _ in range(rounds):
            for queries in QUERIES.values():
                for query in queries:
                    t0 = time.perf_counter()
                    search(db, query)
                    samples.append((time.perf_counter() - t0) * 1000)
    return samples


def minutes(large: Path, runs: int) -> list[float]:
    methods = load_methods()
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "m.sqlite3"
        shutil.copy(large, copy)
        with open_store(copy) as store:
            with store.session() as db:
                meeting = db.scalars(
                    select(Meeting)
                    .where(Meeting.status == MeetingStatus.CLOSED)
                    .order_by(Meeting.planned_start.desc())
                ).first()
                assert meeting is not None
                meeting_id, end = meeting.id, meeting.ended_at or datetime.now(UTC)
            for _ in range(runs):
                t0 = time.perf_counter()
                export_minutes(
                    store,
                    meeting_id,
                    methods,
                    end + timedelta(hours=1),
                    Path(folder) / "cr.pdf",
                    Options(include_speaking_stats=True),
                )
                samples.append(time.perf_counter() - t0)
    return samples


def organisation_database(methods: MethodCatalogue) -> Path:
    """40 networks, five years (the README's organisation scale): ~490 MiB, a few minutes."""
    scale = Scale(networks=40, members=(8, 25), turns_per_session=300, entries_per_session=60)
    return generated("organisation", scale, methods)


def demo_database() -> Path:
    from app.demo import seed_demo

    return built("demo", lambda store: seed_demo(store, datetime(2026, 11, 24, 9, tzinfo=UTC)))


def health_database() -> Path:
    """One network of 100,000 entries (60 sessions of ~1,700 captures)."""
    return generated("health-100k", Scale(entries_per_session=1667))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the slow figures")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    methods = load_methods()
    t0 = time.perf_counter()
    large = large_database(methods)
    organisation = organisation_database(methods)
    demo = demo_database()
    health = health_database()
    repertoire = cached_repertoire(100_000)
    prepared = time.perf_counter() - t0
    rows: list[Row] = []
    for name, path in (("demo", demo), ("default", large), ("organisation", organisation)):
        rows += start.measure(path, args.runs).rows(name)
    rows.append(
        row(
            "memory after visiting every page, default database",
            start.memory_after_every_page(large, 3),
            "MiB",
            250,
            "RSS",
            digits=0,
        )
    )
    rows += first_launch(args.runs)
    for name, path in (("15,000 entries", large), ("100,000 entries", health)):
        loads = bench_health.load_times(path, args.runs)
        rows.append(row(f"health page data (load_history), {name}", loads, "ms", 100, digits=1))
    shown, filled = health_page.page_times(health, args.runs)
    page = "health page, 100,000 entries, Ctrl+D to"
    rows.append(row(f"{page} the page shown", shown, "ms", None, digits=1))
    rows.append(row(f"{page} its figures filled", filled, "ms", 100, digits=1))
    rows += [
        row(
            "repertoire search (SQL only), 100,000 entries",
            searches(repertoire, 10),
            "ms",
            30,
            "see p95 in bench.repertoire",
        ),
        row("minutes export of a 3-hour session", minutes(large, args.runs), "s", 1.5),
    ]
    print(
        f"Databases in {CACHE}/ (built or found in {prepared:.1f} s): demo, "
        f"default {large.stat().st_size / 2**20:.0f} MiB, organisation "
        f"{organisation.stat().st_size / 2**20:.0f} MiB, 100,000 entries "
        f"{health.stat().st_size / 2**20:.0f} MiB. Spread over {args.runs} runs; the start "
        "ratios are taken run by run against a bare PySide6 window started just before."
    )
    render(rows)
    print()
    # The live session, the room's window, the search page (spread over batches in the note)
    # and a five-year network merged into an organisation database.
    measured = [
        *live_rows(organisation),
        *exchange_figures(large, merge_target_database(methods), 1),
    ]
    print(f"{'figure':56} {'measured':>11} {'target':>9}  note")
    for label, value, target, note in measured:
        print(f"{label:56} {value:>11} {target:>9}  {note}")
    print()
    for line in backends.table(runs=300, entries=100_000, rounds=3):
        print(line)
    return 0


def first_launch(runs: int) -> list[Row]:
    """Seconds from ``cercle --demo`` on an empty data folder to the main window shown (its
    progress on the home), and to the demo network shown in it (the core attached)."""
    cercle = str(Path(sys.executable).with_name("cercle"))
    window, ready = [], []
    for _ in range(max(1, runs // 2)):
        with tempfile.TemporaryDirectory() as home:
            env = start.environment(home)
            began = time.time()
            done = subprocess.run(
                [cercle, "--demo"], env=env, capture_output=True, text=True, check=True
            )
            marks = dict(line.split("=", 1) for line in done.stderr.splitlines() if "=" in line)
            window.append(float(marks["cercle-first-frame"]) - began)
            ready.append(float(marks["cercle-core-attached"]) - began)
    return [
        row("first launch: window shown, demo built meanwhile", window, "s", 2.0),
        row("  first launch: the demo network shown", ready, "s"),
    ]


if __name__ == "__main__":
    sys.exit(main())
