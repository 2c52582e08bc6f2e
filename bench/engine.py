"""Benchmark of the live session engine late in a 3-hour session: prints figures, gates nothing.

A 3-hour session with 15 present members, driven through the engine's public API on a real
database file (the store's own pragmas and background sync: app/store/durability.py) until
~1,800 turns are spoken. Then, in several batches (each figure is given as min / median /
max over the batches, since absolute figures move with the machine's load):
- one command (give the floor) including its commit and the refresh of the held facts;
- the refresh alone, as it runs inside those commands (move the turn sums by the command's
  changes, re-read the running turn, queue, tour and undo names);
- the full live state from the facts (what the 10 Hz ticker computes);
- re-reading every fact and computing the state (when another view changed the session).

With 100 runs a batch, its p99 is its slowest command; ``bench.command_tail`` breaks the
slowest 1 % of 2,000 down (SQL, COMMIT, refresh, garbage collector, waiting).

    .venv/bin/python -m bench.engine [--turns 1800] [--members 15] [--batches 5] [--runs 100]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.clock import FakeClock
from app.engine.session import SessionEngine
from app.methods import load_methods
from app.planning import add_member, create_network, plan_meeting
from app.store import open_store
from app.synthetic import FIRST
from models import AttendanceStatus


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile of ``samples`` (nearest rank, no interpolation)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of ``runs`` calls of ``action``."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


@dataclass(frozen=True)
class Spread:
    """A figure measured in several batches: its min, median and max over them."""

    low: float
    middle: float
    high: float

    @staticmethod
    def of(values: Sequence[float]) -> Spread:
        """The spread of one figure's values, one per batch."""
        return Spread(min(values), statistics.median(values), max(values))

    def __str__(self) -> str:
        return f"{self.low:6.2f} {self.middle:6.2f} {self.high:6.2f}"


def build(folder: Path, members: int, turns: int) -> tuple[SessionEngine, FakeClock, list[Any]]:
    """A 3-hour session's engine with ``turns`` turns spoken among ``members`` present."""
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    store = open_store(folder / "bench.sqlite3")
    with store.transaction() as db:
        network = create_network(db, "Réseau de mesure", clock.now())
        people = [
            add_member(db, network, FIRST[i % len(FIRST)], clock.now()).id for i in range(members)
        ]
        meeting_id = plan_meeting(db, network, clock.now(), 180).id
    engine = SessionEngine(store, meeting_id, clock, load_methods())
    for member in people:
        engine.set_attendance(member, AttendanceStatus.PRESENT)
    for title, method, minutes in (
        ("Accueil", "tour_de_table", 15),
        ("Codéveloppement", "codev", 90),
        ("REX", "rex", 55),
        ("Clôture", "free", 20),
    ):
        engine.add_item(title, method, minutes)
    engine.start_item()
    rng = random.Random(7)
    seconds_per_turn = 3 * 3600 / turns * 0.9
    spoken, speaker = 0, None
    while spoken < turns:
        current = engine.state().current
        if current is not None and current.timer.remaining <= 0:
            if current.phase is not None and current.phase.next_phase is not None:
                engine.next_phase()
            elif engine.state().next_item is not None:
                engine.start_item()
        chosen = rng.choice(people)
        engine.give_floor(chosen)
        spoken, speaker = spoken + (chosen != speaker), chosen
        clock.advance(rng.uniform(0.5, 1.5) * seconds_per_turn)
    return engine, clock, people


class RefreshTimer:
    """Times the engine's after-command refresh inside real commands (wraps ``_changed``)."""

    def __init__(self, engine: SessionEngine) -> None:
        self.samples: list[float] = []
        original = engine._changed

        def changed(*args: Any, **kwargs: Any) -> None:
            start = time.perf_counter()
            original(*args, **kwargs)
            self.samples.append((time.perf_counter() - start) * 1000)

        engine._changed = changed  # type: ignore[method-assign]


@dataclass(frozen=True)
class Figures:
    """The engine's figures, each a spread over the batches, in milliseconds."""

    turns: int
    command_median: Spread
    command_p99: Spread
    refresh_median: Spread
    refresh_p99: Spread
    refresh_max: Spread
    state_median: Spread
    full_median: Spread


def measure(members: int = 15, turns: int = 1800, batches: int = 5, runs: int = 100) -> Figures:
    """Build the session, then measure ``batches`` batches of ``runs`` of each figure."""
    with tempfile.TemporaryDirectory() as folder:
        engine, clock, people = build(Path(folder), members, turns)
        spoken = len(engine.turns())
        rng = random.Random(11)
        refresh = RefreshTimer(engine)

        def command() -> None:
            clock.advance(rng.uniform(5, 40))
            engine.give_floor(rng.choice(people))

        def reload_and_state() -> None:
            engine.reload()
            engine.state()

        per: dict[str, list[float]] = {}
        for _ in range(batches):
            refresh.samples.clear()
            commands = timed(command, runs)
            refreshes = list(refresh.samples)
            state = timed(engine.state, runs)
            full = timed(reload_and_state, max(runs // 5, 5))
            for key, value in (
                ("command_median", statistics.median(commands)),
                ("command_p99", percentile(commands, 0.99)),
                ("refresh_median", statistics.median(refreshes)),
                ("refresh_p99", percentile(refreshes, 0.99)),
                ("refresh_max", max(refreshes)),
                ("state_median", statistics.median(state)),
                ("full_median", statistics.median(full)),
            ):
                per.setdefault(key, []).append(value)
        engine.store.close()
    return Figures(spoken, **{key: Spread.of(values) for key, values in per.items()})


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--turns", type=int, default=1800)
    parser.add_argument("--members", type=int, default=15)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    f = measure(args.members, args.turns, args.batches, args.runs)
    print(
        f"Session: 3 h, {args.members} present, {f.turns} turns spoken when the measure "
        f"starts; {args.batches} batches of {args.runs}"
    )
    print(f"{'figure (ms, min / median / max over batches)':52} {'spread':>20} {'target':>10}")
    for label, spread, target in (
        ("command (give the floor) incl. commit, median", f.command_median, ""),
        ("command (give the floor) incl. commit, p99", f.command_p99, "< 5 ms"),
        ("  of which the after-command refresh, median", f.refresh_median, ""),
        ("  of which the after-command refresh, p99", f.refresh_p99, "< 2 ms"),
        ("  of which the after-command refresh, max", f.refresh_max, ""),
        ("full live state from the facts (10 Hz tick)", f.state_median, "< 5 ms"),
        ("re-read every fact + full live state, median", f.full_median, ""),
    ):
        print(f"{label:52} {spread!s:>20} {target:>10}")


if __name__ == "__main__":
    main()
