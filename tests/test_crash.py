"""Kill a real engine process with SIGKILL while it writes: nothing acknowledged is lost."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import FakeClock
from app.engine.invariants import check_meeting
from app.store import open_store
from models import Meeting
from tests.conftest import START

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (
    ["give_floor", 0], ["give_floor", 1], ["give_floor", 2], ["give_floor", 3],
    ["give_floor", 4], ["take_floor_back"], ["queue_add", 2], ["queue_add", 5],
    ["queue_next"], ["next_phase"], ["previous_phase"], ["pause_item"], ["resume_item"],
    ["start_item"], ["leave", 1], ["arrive", 1], ["undo"], ["redo"],
)  # fmt: skip


def crash_many_times(db_path: Path, iterations: int, seed: int) -> int:
    """Kill the engine ``iterations`` times; returns how many commands were acknowledged.

    Each engine is a real process, forked warm by ``tests.crash_zygote`` (a fresh Python
    would spend most of the run importing), talking through two named pipes.
    """
    rng = random.Random(seed)
    clock = FakeClock(START)
    acknowledged = 0
    to_child, from_child = db_path.parent / "to-engine", db_path.parent / "from-engine"
    os.mkfifo(to_child)
    os.mkfifo(from_child)
    zygote = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_zygote"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    assert zygote.stdout.readline().strip() == "zygote"
    try:
        for _ in range(iterations):
            zygote.stdin.write(f"{to_child} {from_child} {db_path} {clock.now().isoformat()}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            with to_child.open("w") as commands, from_child.open() as answers:
                assert answers.readline().strip() == "ready"
                # Send a burst without waiting, read some acknowledgements, then kill.
                burst = rng.randint(5, 40)
                for _ in range(burst):
                    clock.advance(rng.uniform(0.5, 90))
                    name, *args = rng.choice(COMMANDS)
                    order = {"at": clock.now().isoformat(), "cmd": name, "args": args}
                    commands.write(json.dumps(order) + "\n")
                commands.flush()
                for _ in range(rng.randint(0, burst)):
                    answer = answers.readline().split()
                    if answer and answer[0] == "ack":
                        acknowledged = max(acknowledged, int(answer[1]))
                os.kill(pid, signal.SIGKILL)
                answers.read()  # end of file: the engine is gone, its files closed
                check_after_kill(db_path, acknowledged, clock)
            clock.advance(rng.uniform(1, 120))
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    return acknowledged


def check_after_kill(db_path: Path, acknowledged: int, clock: FakeClock) -> None:
    """Every acknowledged command is stored, the file is sound, and restarting finds the
    room where it was, consistent, the downtime counted."""
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = con.execute("SELECT max(seq) FROM commands").fetchone()[0] or 0
    finally:
        con.close()
    assert stored >= acknowledged, "an acknowledged command was lost"
    with open_store(db_path) as store, store.session() as db:
        meeting_id = db.scalars(select(Meeting.id)).one()
        assert check_meeting(db, meeting_id, clock.now()) == []


def test_killing_the_engine_during_writes_loses_no_acknowledged_command(tmp_path: Path) -> None:
    crash_many_times(tmp_path / "cercle.sqlite3", iterations=5, seed=1)


@pytest.mark.slow
def test_killing_the_engine_a_thousand_times(
    tmp_path: Path, figures: Callable[[str], None]
) -> None:
    started = time.perf_counter()
    acknowledged = crash_many_times(tmp_path / "cercle.sqlite3", iterations=1_000, seed=2)
    figures(
        f"kills: 1,000 SIGKILLs of a real engine process during writes, {acknowledged} "
        f"commands acknowledged, 0 lost, integrity ok and invariants held after each, "
        f"{time.perf_counter() - started:.0f} s"
    )
