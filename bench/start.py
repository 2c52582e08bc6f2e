"""Start-up as a facilitator waits for it, against a bare PySide6 window in the same run.

Each run starts, one after the other, a bare window (QMainWindow 1366×768, shown) and the
real ``cercle`` on a database, and reads the instants each one tells on stderr:

- bare: ``bare-shown`` once its window is shown and painted (and ``bare-shown-cpu``, the
  process's CPU time then, compared with Cercle's ``cercle-first-frame-cpu``: the machine's
  load moves it less than the wall-clock ratio);
- Cercle: ``cercle-first-frame`` (the home painted, the sessions listed),
  ``cercle-interactive`` (a key pressed on the sessions' list answered — the issue's
  "sessions listed, keys working"; Enter meanwhile is kept and said, then acted on) and
  ``cercle-core-attached`` (the core there: Enter opens a session at once), then it quits when
  idle (``CERCLE_BENCH_EXIT_WHEN_IDLE``).

The ratios are taken run by run (each Cercle run against the bare run just before it), so
that the machine's load moves both alike.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.start DB [DB…] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.table import Row, render, row

BARE = (
    "import sys, time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.resize(1366, 768)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "print(f'bare-shown-cpu={time.process_time()}', file=sys.stderr)\n"
    "print(f'bare-shown={time.time()}', file=sys.stderr, flush=True)\n"
)


@dataclass
class Starts:
    """Seconds from the process's start, run by run."""

    bare: list[float] = field(default_factory=list)
    bare_cpu: list[float] = field(default_factory=list)
    first_frame: list[float] = field(default_factory=list)
    first_frame_cpu: list[float] = field(default_factory=list)
    interactive: list[float] = field(default_factory=list)
    attached: list[float] = field(default_factory=list)
    peak_mib: list[float] = field(default_factory=list)

    def rows(self, name: str) -> list[Row]:
        frame = [f / b for f, b in zip(self.first_frame, self.bare, strict=True)]
        ready = [i / b for i, b in zip(self.interactive, self.bare, strict=True)]
        core = [c / b for c, b in zip(self.attached, self.bare, strict=True)]
        cpu = [f / b for f, b in zip(self.first_frame_cpu, self.bare_cpu, strict=True)]
        return [
            row(f"start, {name}: first frame / bare window", frame, "×", 1.5),
            row(f"  the same in CPU time (less moved by load), {name}", cpu, "×"),
            row(f"start, {name}: interactive (keys answered) / bare", ready, "×", 3.0),
            row(f"start, {name}: core attached (Enter opens) / bare", core, "×"),
            row(f"  first frame, {name}", self.first_frame, "s"),
            row(f"  interactive, {name}", self.interactive, "s"),
            row(f"  core attached, {name}", self.attached, "s"),
            row("  bare window shown (same runs)", self.bare, "s"),
        ]


def _marks(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, str]]:
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    marks = {}
    for line in done.stderr.splitlines():
        key, equals, value = line.partition("=")
        if equals and key.startswith(("cercle-", "bare-")):
            marks[key] = value
    return start, marks


def environment(home: str) -> dict[str, str]:
    """The children's environment: off screen, a fresh data folder, bytecode cached as an
    installed Cercle has it (without it, every start compiles Cercle's sources again)."""
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "CERCLE_HOME": home,
        "CERCLE_BENCH_EXIT_WHEN_IDLE": "1",
    }


def measure(database: Path, runs: int) -> Starts:
    """``runs`` starts of Cercle on ``database``, each after a bare window's."""
    cercle = str(Path(sys.executable).with_name("cercle"))
    starts = Starts()
    with tempfile.TemporaryDirectory() as home:
        env = environment(home)
        _marks([cercle, "--db", str(database)], env)  # warm-up, not counted: caches, bytecode
        for _ in range(runs):
            began, marks = _marks([sys.executable, "-c", BARE], env)
            starts.bare.append(float(marks["bare-shown"]) - began)
            starts.bare_cpu.append(float(marks["bare-shown-cpu"]))
            began, marks = _marks([cercle, "--db", str(database)], env)
            starts.first_frame.append(float(marks["cercle-first-frame"]) - began)
            starts.first_frame_cpu.append(float(marks["cercle-first-frame-cpu"]))
            starts.interactive.append(float(marks["cercle-interactive"]) - began)
            starts.attached.append(float(marks["cercle-core-attached"]) - began)
            starts.peak_mib.append(int(marks["cercle-peak-rss-kib"]) / 1024)
    return starts


def memory_after_every_page(database: Path, runs: int = 3) -> list[float]:
    """RSS (MiB) once every page was shown, ``runs`` times."""
    cercle = str(Path(sys.executable).with_name("cercle"))
    samples = []
    with tempfile.TemporaryDirectory() as home:
        env = {**environment(home), "CERCLE_BENCH_VISIT_PAGES": "1"}
        for _ in range(runs):
            _began, marks = _marks([cercle, "--db", str(database)], env)
            samples.append(float(marks["cercle-rss-after-pages-mib"]))
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("databases", type=Path, nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows: list[Row] = []
    for database in args.databases:
        rows += measure(database, args.runs).rows(database.name)
    render(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
