"""Benchmark of what leaves after the room: prints figures, gates nothing.

The closed 3-hour session of ``bench.minutes`` (15 present, 2,000 turns, 300 captures),
then the message (.eml with PDF and invitation), the Markdown and Word minutes, and the
network's actions as CSV, a few times each.

    .venv/bin/python -m bench.after_session [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from app.export.actions_csv import export_actions
from app.export.mail import prepare_mail
from app.export.minutes_data import Options
from app.export.minutes_formats import export_minutes_as
from bench.engine import build
from models import EntryKind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--captures", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine, clock, people = build(Path(folder), 15, 2000)
        kinds = list(EntryKind)
        for n in range(args.captures):
            kind = kinds[n % len(kinds)]
            action = kind is EntryKind.ACTION
            engine.capture(
                kind,
                f"Capture n° {n} : une phrase réaliste sur les fournisseurs et la qualité",
                body="Contexte, conséquences et suite à donner. " * 3,
                owner_id=people[n % len(people)] if action else None,
                due_on=(clock.now() + timedelta(days=30)).date() if action else None,
            )
        engine.close_session()
        store, meeting, methods, now = engine.store, engine.meeting_id, engine.methods, clock.now()
        network = engine.facts.meeting.network_id
        base = Path(folder)
        options = Options("fr")
        jobs: dict[str, Callable[[], object]] = {
            "message (.eml: snapshot, PDF, .ics)": lambda: prepare_mail(
                store, meeting, methods, now, base / "m.eml", options
            ),
            "minutes as Markdown": lambda: export_minutes_as(
                store, meeting, methods, now, base / "m.md", options
            ),
            "minutes as Word (.docx)": lambda: export_minutes_as(
                store, meeting, methods, now, base / "m.docx", options
            ),
            "actions as CSV (all)": lambda: export_actions(
                store, network, now.date(), base / "a.csv", open_only=False
            ),
        }
        print(f"A 3 h session, 15 present, 2,000 turns, {args.captures} captures")
        print(f"{'figure':40} {'median':>9} {'max':>9}")
        for label, job in jobs.items():
            samples = []
            for _ in range(args.runs):
                start = time.perf_counter()
                job()
                samples.append(time.perf_counter() - start)
            print(f"{label:40} {statistics.median(samples):8.3f}s {max(samples):8.3f}s")
        for name in ("m.eml", "m.md", "m.docx", "a.csv"):
            print(f"{name}: {(base / name).stat().st_size / 1024:.0f} KiB")
        store.close()


if __name__ == "__main__":
    main()
