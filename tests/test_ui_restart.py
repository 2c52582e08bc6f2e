"""After a crash or a kill during a session, the next start opens the room, not home."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.store import Store, open_store
from models import Meeting, MeetingStatus
from tests.conftest import START, open_window
from ui.shell.settings import PROJECTOR_OPEN, Settings
from ui.shell.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def run_then_kill(db: Path) -> None:
    """A real Cercle engine process starts a session, gives the floor, and is SIGKILLed."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_driver", str(db), START.isoformat()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    at = START.replace(minute=40).isoformat()
    child.stdin.write(json.dumps({"at": at, "cmd": "give_floor", "args": [2]}) + "\n")
    child.stdin.flush()
    assert child.stdout.readline().startswith("ack")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


@pytest.fixture
def killed(tmp_path: Path) -> Iterator[Store]:
    db = tmp_path / "cercle.sqlite3"
    run_then_kill(db)
    with open_store(db) as store:
        yield store


def test_a_session_killed_midway_reopens_on_its_cockpit_and_projector(
    qtbot: QtBot, killed: Store, methods: MethodCatalogue
) -> None:
    with killed.session() as db:
        [status] = db.scalars(select(Meeting.status))
    assert status is MeetingStatus.RUNNING
    Settings().set(PROJECTOR_OPEN, True)  # what the killed window had recorded
    clock = FakeClock(START.replace(minute=50))  # ten minutes later: the room went on
    window: MainWindow = open_window(qtbot, killed, clock, methods, (1366, 768))
    try:
        assert window.pages.currentWidget() is window.cockpit
        assert window.cockpit.speaker.text().startswith("Parole : LÉA")
        assert "10\u00a0min" in window.cockpit.speaker.text()  # the downtime counted
        qtbot.waitUntil(window.cockpit.projector.isVisible)
    finally:
        window.cockpit.leave()
        window.cockpit.projector.close()


def test_a_session_left_normally_does_not_reopen_the_projector(
    qtbot: QtBot, killed: Store, methods: MethodCatalogue
) -> None:
    Settings().set(PROJECTOR_OPEN, False)
    window: MainWindow = open_window(qtbot, killed, FakeClock(START), methods, (1366, 768))
    try:
        assert window.pages.currentWidget() is window.cockpit  # still running: the room
        qtbot.wait(20)
        assert not window.cockpit.projector.isVisible()
    finally:
        window.cockpit.leave()
