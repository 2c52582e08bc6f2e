"""Benchmark of searching through the repertoire page, as a facilitator types: figures only.

The real page (1366×768, offscreen) on the organisation-scale database of ``make bench``
(40 networks, five years, ~144,000 entries; built once in .bench/). Each query is typed a
letter at a time as a person would; after each letter the page's 60 ms debounce (counted
apart, it is a wait chosen, not work) lets the search run, and the time measured is from
the search starting to the results listed, the first hit's detail filled and the page
repainted. Figures: median, p95 and max per batch, then min / median / max over batches.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.search_page [FILE] [--batches 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.clock import FakeClock
from app.methods import load_methods
from app.repertoire_curation import EntryView
from app.workspace import Workspace
from bench.engine import Spread, percentile
from ui.repertoire.page import RepertoirePage
from ui.shell.application import create_application

# What people type: whole words, prefixes as they come, two words, a filter's worth.
TYPED = (
    "fournisseur",
    "audit fournisseur",
    "qualité",
    "retour expérience",
    "plan action",
    "métrologie",
    "causes racines",
    "charte réseau",
    "incidents",
    "codév",
)
DEBOUNCE_MS = 60


@dataclass(frozen=True)
class SearchFigures:
    """Milliseconds from a search starting to its results, detail and repaint shown."""

    entries: int
    searches: int
    median: Spread
    p95: Spread
    maximum: Spread
    slowest: str
    laid_out: float  # entry texts laid out per search, on average (load-independent)
    laid_out_max: int
    details: float  # entries read for the detail per search, on average
    cpu_p95: Spread  # the UI thread's CPU time per search: less moved by other processes


@dataclass
class Work:
    """What the page did, counted rather than timed: the same on a busy or a quiet machine."""

    laid_out: list[int] = field(default_factory=list)  # entry texts laid out, per search
    details: int = 0  # entries read for the detail pane, since the start
    detail_reads: list[int] = field(default_factory=list)  # per search
    cpu: list[float] = field(default_factory=list)  # ms of the UI thread's CPU, per search


def type_and_time(
    page: RepertoirePage, app: QApplication, text: str, work: Work
) -> list[tuple[float, str]]:
    """Type ``text`` a letter at a time; the time of each search after the debounce."""
    samples = []
    for end in range(1, len(text) + 1):
        page.query.setText(text[:end])  # starts the debounce, as a key does
        assert page._debounce.isActive()
        laid, details = page.rows_delegate.laid_out, work.details
        start, cpu = time.perf_counter(), time.thread_time()
        page.run_search()  # what the debounce's timeout runs
        app.processEvents()  # the results' layout, then the paint
        app.processEvents()
        samples.append(((time.perf_counter() - start) * 1000, text[:end]))
        work.cpu.append((time.thread_time() - cpu) * 1000)
        work.laid_out.append(page.rows_delegate.laid_out - laid)
        work.detail_reads.append(work.details - details)
    return samples


def counting_details(workspace: Workspace, work: Work) -> None:
    """Count the entries the page reads for its detail pane."""
    read = workspace.entry

    def entry(entry_id: uuid.UUID) -> EntryView:
        work.details += 1
        return read(entry_id)

    workspace.entry = entry  # type: ignore[method-assign]


def measure(path: Path, batches: int = 3) -> SearchFigures:
    """Open the page on ``path`` (read as it is: searching writes nothing) and type."""
    from app.store import open_store

    app = create_application("fr")
    store = open_store(path)
    try:
        workspace = Workspace(
            store, FakeClock(datetime(2026, 3, 12, 9, 0, tzinfo=UTC)), load_methods()
        )
        page = RepertoirePage(workspace)
        page.resize(1366, 768)
        page.show()
        page.open(None)
        app.processEvents()
        with store.session() as db:
            from sqlalchemy import func, select

            from models import RepertoireEntry

            entries = db.scalar(select(func.count()).select_from(RepertoireEntry)) or 0
        per: dict[str, list[float]] = {}
        slowest = (0.0, "")
        count = 0
        work = Work()
        counting_details(workspace, work)
        for _ in range(batches):
            samples: list[float] = []
            for text in TYPED:
                page.query.clear()
                page.run_search()
                app.processEvents()
                timed = type_and_time(page, app, text, work)
                samples.extend(ms for ms, _ in timed)
                slowest = max(slowest, *timed)
            count += len(samples)
            per.setdefault("median", []).append(statistics.median(samples))
            per.setdefault("p95", []).append(percentile(samples, 0.95))
            per.setdefault("max", []).append(max(samples))
            per.setdefault("cpu", []).append(percentile(work.cpu[-len(samples) :], 0.95))
        page.close()
    finally:
        store.close()
    return SearchFigures(
        entries,
        count,
        Spread.of(per["median"]),
        Spread.of(per["p95"]),
        Spread.of(per["max"]),
        f"{slowest[1]!r} {slowest[0]:.1f} ms",
        statistics.mean(work.laid_out),
        max(work.laid_out),
        statistics.mean(work.detail_reads),
        Spread.of(per["cpu"]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=Path(".bench/organisation.sqlite3"))
    parser.add_argument("--batches", type=int, default=3)
    args = parser.parse_args()
    f = measure(args.file, args.batches)
    print(
        f"Repertoire page 1366×768 (offscreen), {f.entries:,} entries, {f.searches} searches "
        f"typed a letter at a time; the {DEBOUNCE_MS} ms debounce counted apart"
    )
    print(f"{'figure (ms, min / median / max over batches)':52} {'spread':>20} {'target':>10}")
    for label, spread, target in (
        ("search to results + detail + repaint, median", f.median, ""),
        ("search to results + detail + repaint, p95", f.p95, "≤ 30 ms"),
        ("search to results + detail + repaint, max", f.maximum, ""),
        ("the same, CPU time of the UI thread, p95", f.cpu_p95, ""),
    ):
        print(f"{label:52} {spread!s:>20} {target:>10}")
    print(f"slowest: {f.slowest}")
    print(
        f"per search: {f.laid_out:.1f} entry texts laid out (max {f.laid_out_max}), "
        f"{f.details:.2f} entries read for the detail"
    )


if __name__ == "__main__":
    main()
