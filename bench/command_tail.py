"""What the slow 1 % of live commands are: each command's time, broken down.

The session of ``bench.engine`` (3 hours, 15 present, ~1,800 turns spoken), then ``--runs``
give-the-floor commands back to back. For each: its wall time and its thread's CPU time,
and within it the SQL statements, the COMMIT, the after-command refresh and the garbage
collector's passes. The slowest 1 % are then sorted by what they spent their time on:

- **commit**: the COMMIT itself took over 2 ms (a checkpoint, an ``fsync``);
- **collector**: a garbage collection ran inside the command;
- **waiting**: the wall time is well over the CPU time (the thread was not running: the
  machine's load, or a disk);
- **working**: none of these: the command's own work was slow.

    .venv/bin/python -m bench.command_tail [--runs 2000]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.engine import build, percentile


@dataclass
class Sample:
    """One command's milliseconds, whole and by part."""

    wall: float = 0.0
    cpu: float = 0.0
    sql: float = 0.0
    commit: float = 0.0
    refresh: float = 0.0
    collector: float = 0.0
    generations: list[int] = field(default_factory=list)

    def cause(self) -> str:
        """What this (slow) command spent its time on, as listed in the module's docstring."""
        if self.commit > 2.0:
            return "commit"
        if self.collector > 0.5:
            return "collector"
        if self.wall > 1.5 * self.cpu + 1.0:
            return "waiting"
        return "working"


class Recorder:
    """Hooks on the engine and the collector that fill the current command's sample."""

    def __init__(self, engine: Any) -> None:
        self.current: Sample | None = None
        self._started = 0.0
        self._gc_started = 0.0
        self._commit_started = 0.0
        bind = engine.store.engine
        event.listen(bind, "before_cursor_execute", self._before)
        event.listen(bind, "after_cursor_execute", self._after)
        event.listen(bind, "commit", self._commit)
        gc.callbacks.append(self._collector)
        original = engine._changed

        def changed(*args: Any, **kwargs: Any) -> None:
            start = time.perf_counter()
            if self.current is not None and self._commit_started:
                self.current.commit = (start - self._commit_started) * 1000
            original(*args, **kwargs)
            if self.current is not None:
                self.current.refresh = (time.perf_counter() - start) * 1000

        engine._changed = changed

    def _before(self, *_args: Any) -> None:
        self._started = time.perf_counter()

    def _after(self, *_args: Any) -> None:
        if self.current is not None:
            self.current.sql += (time.perf_counter() - self._started) * 1000

    def _commit(self, *_args: Any) -> None:
        self._commit_started = time.perf_counter()

    def _collector(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self.current is not None:
            self.current.collector += (time.perf_counter() - self._gc_started) * 1000
            self.current.generations.append(int(info["generation"]))

    def close(self) -> None:
        """Stop listening to the collector."""
        gc.callbacks.remove(self._collector)


def measure(runs: int = 2000) -> list[Sample]:
    """Every command's sample, in order."""
    samples: list[Sample] = []
    with tempfile.TemporaryDirectory() as folder:
        engine, clock, people = build(Path(folder), 15, 1800)
        recorder = Recorder(engine)
        rng = random.Random(11)
        for _ in range(runs):
            clock.advance(rng.uniform(5, 40))
            member = rng.choice(people)
            sample = recorder.current = Sample()
            wall, cpu = time.perf_counter(), time.thread_time()
            engine.give_floor(member)
            sample.cpu = (time.thread_time() - cpu) * 1000
            sample.wall = (time.perf_counter() - wall) * 1000
            recorder.current = None
            samples.append(sample)
        recorder.close()
        engine.store.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    samples = measure(args.runs)
    walls = [s.wall for s in samples]
    threshold = percentile(walls, 0.99)
    slow = [s for s in samples if s.wall >= threshold]
    print(
        f"{args.runs} give-the-floor, 1,800 turns in: median {statistics.median(walls):.2f} ms, "
        f"p99 {threshold:.2f} ms, max {max(walls):.2f} ms"
    )
    for part in ("cpu", "sql", "commit", "refresh", "collector"):
        values = [getattr(s, part) for s in samples]
        print(
            f"  {part:10} median {statistics.median(values):6.2f}  "
            f"p99 {percentile(values, 0.99):6.2f}  max {max(values):6.2f} ms"
        )
    long_commits = sum(1 for s in samples if s.commit > 2.0)
    print(f"commits over 2 ms: {long_commits} of {len(samples)}")
    causes: dict[str, int] = {}
    for sample in slow:
        causes[sample.cause()] = causes.get(sample.cause(), 0) + 1
    told = ", ".join(f"{name} {count}" for name, count in sorted(causes.items()))
    print(f"the slowest {len(slow)} (≥ p99): {told}")
    for sample in sorted(slow, key=lambda s: -s.wall)[:10]:
        print(
            f"  {sample.wall:6.2f} ms: cpu {sample.cpu:5.2f} sql {sample.sql:5.2f} "
            f"commit {sample.commit:5.2f} refresh {sample.refresh:5.2f} "
            f"collector {sample.collector:5.2f} {sample.generations or ''} → {sample.cause()}"
        )


if __name__ == "__main__":
    main()
