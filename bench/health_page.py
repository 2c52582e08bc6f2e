"""What a facilitator waits for on the health page: Ctrl+D to the page shown, then to its
figures filled (the reading on the job runner, then the cards and charts laid out).

The real window (1366×768, offscreen) on the first network of FILE, which is migrated to the
current schema when opened: give it a copy, never a shared cache file another branch reads.
Each run goes back home and presses Ctrl+D again (a fresh reading each time); printed:
min / median / max of both figures, and how much of the wait was the reading itself.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.health_page FILE [--runs 5] [--json]

``make bench`` runs it in a process of its own (``page_times``), as the start figures are.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import ui.steering.network as network_page
from app.clock import SystemClock
from app.methods import load_methods
from app.steering_reading import HealthReading
from app.store import Store, open_store
from app.workspace import Workspace
from ui.shell.application import create_application
from ui.shell.window import MainWindow

TIMEOUT_MS = 60_000


def _settle(rounds: int = 10) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def ctrl_d(window: MainWindow, readings: list[float]) -> tuple[float, float]:
    """Ctrl+D from home: milliseconds to the page shown and to its figures filled."""
    window.pages.setCurrentWidget(window.home)
    _settle()
    page = window.network
    loop = QEventLoop()
    page.filled.connect(loop.quit)
    start = time.perf_counter()
    QTest.keyClick(window.home.meeting_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()  # the skeleton laid out, as before the next paint
    shown = time.perf_counter() - start
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    filled = time.perf_counter() - start
    page.filled.disconnect(loop.quit)
    assert page.data is not None, "the figures never arrived"
    assert readings, "the page read nothing"
    return shown * 1000, filled * 1000


def measure(path: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Page shown, figures filled, and the reading alone (worker thread), in ms per run."""
    readings: list[float] = []
    real = network_page.read_health

    def timed(store: Store, network_id: uuid.UUID, now: datetime) -> HealthReading:
        start = time.perf_counter()
        try:
            return real(store, network_id, now)
        finally:
            readings.append((time.perf_counter() - start) * 1000)

    network_page.read_health = timed  # type: ignore[assignment]
    create_application("fr")
    shown: list[float] = []
    filled: list[float] = []
    try:
        with open_store(path) as store:
            window = MainWindow(Workspace(store, SystemClock(), load_methods()))
            window.resize(1366, 768)
            window.show()
            window.activateWindow()
            _settle(20)
            ctrl_d(window, readings)  # warm-up: imports, first layout of the charts
            readings.clear()
            for _run in range(runs):
                s, f = ctrl_d(window, readings)
                shown.append(s)
                filled.append(f)
            window.close()
    finally:
        network_page.read_health = real
    return shown, filled, readings


def spread(values: list[float]) -> str:
    return f"{min(values):7.1f} / {statistics.median(values):7.1f} / {max(values):7.1f} ms"


def page_times(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Page shown and figures filled (ms per run), measured in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.health_page", str(path), "--runs", str(runs), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return figures["shown"], figures["filled"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="the samples, as one JSON line")
    args = parser.parse_args()
    shown, filled, readings = measure(args.db, args.runs)
    if args.json:
        print(json.dumps({"shown": shown, "filled": filled, "reading": readings}))
        return 0
    print(f"Ctrl+D on {args.db.name}, {args.runs} runs, min / median / max")
    print(f"  page shown        {spread(shown)}")
    print(f"  figures filled    {spread(filled)}   (target ≤ 100 ms)")
    print(f"  of which reading  {spread(readings)}   (worker thread, wall)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
