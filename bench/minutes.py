"""Benchmark of the minutes export: prints figures, gates nothing.

The 3-hour session of ``bench.engine`` (15 present, 2,000 turns) with 300 captures of every
kind, closed, then exported with the speaking-time section, several times.

    .venv/bin/python -m bench.minutes [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from app.export.minutes import export_minutes, write_minutes
from app.export.minutes_data import Options, snapshot
from bench.engine import build
from models import EntryKind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--captures", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine, clock, people = build(Path(folder), 15, 2000)
        kinds = list(EntryKind)
        for n in range(args.captures):
            kind = kinds[n % len(kinds)]
            engine.capture(
                kind,
                f"Capture n° {n} : une phrase réaliste sur les fournisseurs et la qualité",
                body="Contexte, conséquences et suite à donner. " * 3,
                owner_id=people[n % len(people)] if kind is EntryKind.ACTION else None,
                due_on=(clock.now() + timedelta(days=30)).date()
                if kind is EntryKind.ACTION
                else None,
            )
        engine.close_session()
        options = Options("fr", include_speaking_stats=True)
        out = Path(folder) / "minutes.pdf"
        totals, snapshots, writes = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            export_minutes(
                engine.store, engine.meeting_id, engine.methods, clock.now(), out, options
            )
            totals.append(time.perf_counter() - start)
            start = time.perf_counter()
            data = snapshot(engine.store, engine.meeting_id, engine.methods, clock.now())
            snapshots.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_minutes(data, out, options)
            writes.append(time.perf_counter() - start)
        size = out.stat().st_size
        engine.store.close()
    print(f"Minutes of a 3 h session, 15 present, 2,000 turns, {args.captures} captures")
    print(f"{'figure':40} {'median':>9} {'max':>9} {'target':>10}")
    for label, samples, target in (
        ("export (snapshot + PDF), total", totals, "< 1.5 s"),
        ("  snapshot (one read transaction)", snapshots, ""),
        ("  PDF writing (reportlab)", writes, ""),
    ):
        print(f"{label:40} {statistics.median(samples):8.3f}s {max(samples):8.3f}s {target:>10}")
    print(f"PDF size: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
