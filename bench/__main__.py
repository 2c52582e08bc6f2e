"""`make bench`: one table of figures on large databases, each with its target.

Builds (once, cached in .bench/) the default-scale database — one network of 30 members, five
years of monthly 3-hour sessions, ~100,000 turns, ~15,000 entries —, a repertoire of
100,000 entries and the organisation (40 networks, ~144,000 entries, ~0.5 GB: one to ten
minutes the first time), then measures medians over several runs; the live session, the
room's window and the search page as min / median / max over batches (bench.live_rows);
then the same rows on SQLite and on PostgreSQL side by side (``bench.backends``: a server
of its own in .bench/postgresql, or ``CERCLE_BENCH_PG``). Exits non-zero only when it cannot
run; a figure missing its target is printed, never failed on.

    make bench            (or: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app.export.minutes import export_minutes
from app.export.minutes_data import Options
from app.methods import load_methods
from app.planning import create_network
from app.repertoire_search import search
from app.store import open_store
from app.synthetic import Scale, fill_repertoire, generate
from bench import backends
from bench.engine import percentile
from bench.exchange import measure as exchange_figures
from bench.exchange import merge_target_database
from bench.live_rows import live_rows
from bench.repertoire import QUERIES
from models import Meeting, MeetingStatus

CACHE = Path(".bench")
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.resize(1366, 768)\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def large_database(methods: object) -> Path:
    path = CACHE / "large.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = CACHE / "large.partial.sqlite3"
        partial.unlink(missing_ok=True)
        with open_store(partial) as store:
            generate(store, Scale(), methods)  # type: ignore[arg-type]
        partial.rename(path)  # closed: its journal is checkpointed, the file is whole
    return path


# The organisation of issue 9: 40 networks over five years (~144,000 entries, ~720,000 turns).
ORGANISATION = Scale(
    networks=40, years=5, members=(8, 25), turns_per_session=300, entries_per_session=60
)


def organisation_database(methods: object) -> Path:
    """The organisation-scale database (about 0.5 GB, a minute or more to build), built once."""
    path = CACHE / "organisation.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = CACHE / "organisation.partial.sqlite3"
        partial.unlink(missing_ok=True)
        with open_store(partial) as store:
            generate(store, ORGANISATION, methods)  # type: ignore[arg-type]
        partial.rename(path)
    return path


def repertoire_database() -> Path:
    path = CACHE / "repertoire-100k.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = CACHE / "repertoire.partial.sqlite3"
        partial.unlink(missing_ok=True)
        now = datetime(2026, 3, 12, tzinfo=UTC)
        with open_store(partial) as store, store.transaction() as db:
            network = create_network(db, "Réseau de mesure", now)
            fill_repertoire(db, network.id, 100_000, random.Random(5), now)
        partial.rename(path)
    return path


def cold_start(large: Path, runs: int) -> tuple[float, float, float]:
    """Median seconds to the window shown and idle: Cercle, a bare window; Cercle's peak RSS."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    cercle = Path(sys.executable).with_name("cercle")
    ours, bare, peaks = [], [], []
    with tempfile.TemporaryDirectory() as home:
        env["CERCLE_HOME"] = home
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", BARE], env=env, check=True)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            done = subprocess.run(
                [str(cercle), "--db", str(large)],
                env={**env, "CERCLE_BENCH_EXIT_WHEN_IDLE": "1"},
                check=True,
                capture_output=True,
                text=True,
            )
            ours.append(time.perf_counter() - start)
            for line in done.stderr.splitlines():
                if line.startswith("cercle-peak-rss-kib="):
                    peaks.append(int(line.split("=")[1]) / 1024)
    return statistics.median(ours), statistics.median(bare), max(peaks) if peaks else float("nan")


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the slow figures")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    methods = load_methods()
    t0 = time.perf_counter()
    large = large_database(methods)
    repertoire = repertoire_database()
    organisation = organisation_database(methods)
    prepared = time.perf_counter() - t0
    ours, bare, peak = cold_start(large, args.runs)
    live_figures = live_rows(organisation)
    found = searches(repertoire, 10)
    exported = minutes(large, args.runs)
    exchanged = exchange_figures(large, merge_target_database(methods), 1)
    rows = [
        (
            "cold start to the window shown and idle, vs a bare",
            f"{ours / bare:.2f}×",
            "≤ 2.0×",
            f"{ours:.2f} s vs {bare:.2f} s",
        ),
        (
            "repertoire search as you type, 100,000 entries, p95",
            f"{percentile(found, 0.95):.2f} ms",
            "< 30 ms",
            f"{len(found)} queries",
        ),
        (
            "minutes export of a 3-hour session, total",
            f"{statistics.median(exported):.2f} s",
            "< 1.5 s",
            "",
        ),
        ("peak memory of the app on the large database", f"{peak:.0f} MB", "< 250 MB", ""),
        *exchanged,
        *live_figures,
    ]
    size = large.stat().st_size / 2**20
    print(f"Large database: {large} ({size:.0f} MiB; built or found in {prepared:.1f} s)")
    print(f"{'figure':56} {'measured':>11} {'target':>9}  note")
    for label, value, target, note in rows:
        print(f"{label:56} {value:>11} {target:>9}  {note}")
    print()
    for line in backends.table(runs=300, entries=100_000, rounds=3):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
