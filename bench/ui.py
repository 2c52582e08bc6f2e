"""Benchmark of the room's window late in a 3-hour session: prints figures, gates nothing.

The real main window (1366×768) and the projector (1920×1080), offscreen, on the session of
``bench.engine`` (15 present, ~1,800 turns spoken). Figures, as min / median / max over
batches (absolute figures move with the machine's load):
- **a key to the repainted frame**: a tile's key pressed in the cockpit gives the floor
  (engine command, commit, refresh of the held facts, state, both windows painted);
- **the 10 Hz tick**: state + repaint of the cockpit (and of the projector);
- **the event loop's lateness**: a 5 ms timer on the qasync loop the window runs on, while a
  script presses keys at a human rate (one every 0.4–1.6 s) and the 10 Hz tick runs; how
  late each of its timeouts comes (p99 target < 16 ms, one frame at 60 Hz).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.ui [--batches 3] [--runs 60]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.clock import FakeClock
from app.workspace import Workspace
from bench.engine import Spread, build, percentile, timed
from ui.shell.application import create_application
from ui.shell.window import MainWindow

DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]


@dataclass(frozen=True)
class UiFigures:
    """The window's figures in milliseconds, each a spread over the batches."""

    turns: int
    key_median: Spread
    key_p99: Spread
    key_max: Spread
    tick_median: Spread
    tick_p99: Spread
    lag_median: Spread
    lag_p99: Spread
    lag_max: Spread
    lag_seconds: float
    lag_keys: int


def _settle(app: QApplication) -> None:
    """Let every posted event run: layouts, then the paint of both windows."""
    app.processEvents()
    app.processEvents()


def press(window: MainWindow, key: Qt.Key, app: QApplication) -> None:
    """One key as the facilitator presses it, to the frame it repaints."""
    QTest.keyClick(window, key)
    _settle(app)


def key_to_frame(
    window: MainWindow, clock: FakeClock, app: QApplication, runs: int, rng: random.Random
) -> list[float]:
    """Milliseconds from a tile's key to both windows repainted, ``runs`` times."""
    samples = []
    for _ in range(runs):
        clock.advance(rng.uniform(5, 40))
        key = rng.choice(DIGITS)
        start = time.perf_counter()
        press(window, key, app)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def loop_lateness(
    window: MainWindow, clock: FakeClock, app: QApplication, seconds: float, seed: int
) -> tuple[list[float], int]:
    """How late a 5 ms timer fires on the qasync loop while keys come at a human rate and
    the cockpit ticks at 10 Hz; returns the lateness of each timeout (ms) and the keys."""
    rng = random.Random(seed)
    late: list[float] = []
    keys = 0
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(5)
    last = [time.perf_counter()]

    def on_probe() -> None:
        now = time.perf_counter()
        late.append(max((now - last[0]) * 1000 - 5.0, 0.0))
        last[0] = now

    def on_key() -> None:
        nonlocal keys
        clock.advance(rng.uniform(0.4, 1.6))
        QTest.keyClick(window, rng.choice(DIGITS))
        keys += 1
        script.start(int(rng.uniform(400, 1600)))

    script = QTimer()
    script.setSingleShot(True)
    script.timeout.connect(on_key)
    probe.timeout.connect(on_probe)
    ticks = window.cockpit.ticker
    advance = QTimer()  # the fake clock follows the real one, as the ticker expects
    advance.setInterval(100)
    advance.timeout.connect(lambda: clock.advance(0.1))

    loop = asyncio.get_event_loop()
    assert isinstance(loop, qasync.QEventLoop)
    ticks.start()
    advance.start()
    script.start(400)
    last[0] = time.perf_counter()
    probe.start()
    loop.run_until_complete(asyncio.sleep(seconds))
    for timer in (probe, script, advance):
        timer.stop()
    return late[1:], keys


def measure(batches: int = 3, runs: int = 60, lag_seconds: float = 10.0) -> UiFigures:
    """Build the session, open the window on it and measure every figure ``batches`` times."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CERCLE_HOME"] = folder
        app = create_application("fr")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        engine, clock, _people = build(Path(folder), 15, 1800)
        spoken = len(engine.turns())
        # long-lived, as the application's own window (app.collector)
        window = MainWindow(Workspace(engine.store, clock, engine.methods), long_lived=True)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        window.run(engine.meeting_id)
        cockpit = window.cockpit
        cockpit.ticker.stop()  # ticks are driven by hand below, then by the loop
        cockpit.toggle_projector()
        cockpit.projector.resize(1920, 1080)
        window.activateWindow()
        _settle(app)
        assert QApplication.activeWindow() is window, "the tile keys need the window active"
        live = cockpit.live()  # the window's own engine on the session
        before = live.facts.running
        clock.advance(3)
        press(window, Qt.Key.Key_1, app)
        press(window, Qt.Key.Key_2, app)
        assert live.facts.running != before, "a tile's key gave nobody the floor"
        rng = random.Random(5)

        def tick() -> None:
            clock.advance(0.1)
            cockpit.tick()
            _settle(app)

        per: dict[str, list[float]] = {}
        lag_keys = 0
        for batch in range(batches):
            keys = key_to_frame(window, clock, app, runs, rng)
            ticks = timed(tick, runs)
            late, pressed = loop_lateness(window, clock, app, lag_seconds, seed=batch)
            cockpit.ticker.stop()
            lag_keys += pressed
            for name, value in (
                ("key_median", statistics.median(keys)),
                ("key_p99", percentile(keys, 0.99)),
                ("key_max", max(keys)),
                ("tick_median", statistics.median(ticks)),
                ("tick_p99", percentile(ticks, 0.99)),
                ("lag_median", statistics.median(late)),
                ("lag_p99", percentile(late, 0.99)),
                ("lag_max", max(late)),
            ):
                per.setdefault(name, []).append(value)
        cockpit.projector.close()
        window.close()
        engine.store.close()
        loop.close()
    spreads: dict[str, Any] = {name: Spread.of(values) for name, values in per.items()}
    return UiFigures(spoken, lag_seconds=lag_seconds, lag_keys=lag_keys, **spreads)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--lag-seconds", type=float, default=10.0)
    args = parser.parse_args()
    f = measure(args.batches, args.runs, args.lag_seconds)
    print(
        f"Window 1366×768 + projector 1920×1080 (offscreen), 3 h session, 15 present, "
        f"{f.turns} turns spoken; {args.batches} batches"
    )
    print(f"{'figure (ms, min / median / max over batches)':52} {'spread':>20} {'target':>10}")
    rows: list[tuple[str, Spread, str]] = [
        ("a tile's key to both windows repainted, median", f.key_median, ""),
        ("a tile's key to both windows repainted, p99", f.key_p99, "< 16 ms"),
        ("a tile's key to both windows repainted, max", f.key_max, ""),
        ("10 Hz tick (state + both repaints), median", f.tick_median, ""),
        ("10 Hz tick (state + both repaints), p99", f.tick_p99, "< 50 ms"),
        ("event loop lateness (5 ms timer), median", f.lag_median, ""),
        ("event loop lateness (5 ms timer), p99", f.lag_p99, "< 16 ms"),
        ("event loop lateness (5 ms timer), max", f.lag_max, ""),
    ]
    for label, spread, target in rows:
        print(f"{label:52} {spread!s:>20} {target:>10}")
    print(
        f"(lateness under {f.lag_keys} keys in {args.batches} × {f.lag_seconds:.0f} s "
        "and the 10 Hz tick)"
    )


if __name__ == "__main__":
    main()
