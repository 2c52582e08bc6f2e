"""Benchmark of the live session engine: prints figures, gates nothing.

A 3-hour session with 15 present members and 2,000 speaking turns, driven through the
engine's public API on a real database file (WAL, synchronous=FULL). Then:
- one command (give the floor) including its commit and the re-read of the facts;
- the full live state from the facts (what the 10 Hz ticker computes);
- re-reading the facts and computing the state (what follows every command).

    .venv/bin/python -m bench.engine [--turns 2000] [--members 15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.clock import FakeClock
from app.engine.facts import reload_floor
from app.engine.session import SessionEngine
from app.methods import load_methods
from app.planning import add_member, create_network, plan_meeting
from app.store import open_store
from app.synthetic import FIRST
from models import AttendanceStatus


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed(action: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def build(folder: Path, members: int, turns: int) -> tuple[SessionEngine, FakeClock, list]:
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
    given = 0
    while given < turns:
        current = engine.state().current
        if current is not None and current.timer.remaining <= 0:
            if current.phase is not None and current.phase.next_phase is not None:
                engine.next_phase()
            elif engine.state().next_item is not None:
                engine.start_item()
        engine.give_floor(rng.choice(people))
        clock.advance(rng.uniform(0.5, 1.5) * seconds_per_turn)
        given += 1
    return engine, clock, people


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--members", type=int, default=15)
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine, clock, people = build(Path(folder), args.members, args.turns)
        turns = len(engine.turns())
        rng = random.Random(11)

        def command() -> None:
            clock.advance(rng.uniform(5, 40))
            engine.give_floor(rng.choice(people))

        commands = timed(command, args.runs)
        state = timed(engine.state, args.runs)

        def reload_and_state() -> None:
            engine.reload()
            engine.state()

        full = timed(reload_and_state, args.runs)

        def refresh_after_floor() -> None:
            with engine.store.session() as db:
                reload_floor(db, engine.facts, captures=False)

        refresh = timed(refresh_after_floor, args.runs)
        engine.store.close()

    print(f"Session: 3 h, {args.members} present, {turns} turns at the start of the measure")
    print(f"{'figure':52} {'median':>9} {'p99':>9} {'target':>12}")
    rows = (
        ("command (give the floor) incl. commit + re-read", commands, "p99 < 5 ms"),
        ("after-command re-read (floor, queue, tour only)", refresh, "< 2 ms"),
        ("full live state from the facts (10 Hz tick)", state, "< 5 ms"),
        ("re-read every fact + full live state", full, "< 5 ms"),
    )
    for label, samples, target in rows:
        print(
            f"{label:52} {statistics.median(samples):7.2f}ms "
            f"{percentile(samples, 0.99):7.2f}ms {target:>12}"
        )


if __name__ == "__main__":
    main()
