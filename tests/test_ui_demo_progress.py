"""The demo's first launch: a progress window while it is built off the UI thread, then the
main window; a failure said in one sentence; `cercle demo` still answers in text."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from app.demo_content import DEMO_STEPS, Progress
from app.store import StoreError
from tests.conftest import Shoot


def test_the_demo_is_built_off_the_ui_thread_with_its_progress_shown(
    qtbot: Any, tmp_path: Path, demo_template: Path, shoot: Shoot
) -> None:
    from ui.shell.application import create_application
    from ui.shell.demo_progress import DemoBuilder, DemoProgress

    create_application("fr")
    path = tmp_path / "demo.sqlite3"
    release = threading.Event()
    threads: list[str] = []

    def build(target: Path, progress: Progress) -> None:  # the seeding, held half-way
        threads.append(threading.current_thread().name)
        progress(1, DEMO_STEPS)
        progress(3, DEMO_STEPS)
        assert release.wait(30)
        shutil.copy(demo_template, target)
        progress(DEMO_STEPS, DEMO_STEPS)

    window = DemoProgress()
    qtbot.addWidget(window)
    builder = DemoBuilder(path, build)
    builder.progressed.connect(window.advance)
    window.resize(460, 200)
    window.show()
    with qtbot.waitSignals([builder.progressed, builder.progressed]):
        builder.start()
    assert window.bar.value() == 3 and window.bar.maximum() == DEMO_STEPS
    assert window.step.text() == "Séance passée 3 sur 6…"
    assert window.isVisible()  # the UI thread is free while the seeding waits
    shoot(window, "demo-progress")
    with qtbot.waitSignal(builder.succeeded, timeout=30_000):
        release.set()
    assert threads == ["cercle-demo"] and path.exists()
    assert window.step.text() == "Ouverture de la fenêtre…"


def test_a_failed_build_is_said_in_one_sentence_and_leaves_no_half_demo(
    qtbot: Any, tmp_path: Path, shoot: Shoot
) -> None:
    from ui.shell.application import create_application
    from ui.shell.demo_progress import DemoBuilder, DemoProgress

    create_application("fr")
    path = tmp_path / "demo.sqlite3"

    def build(target: Path, progress: Progress) -> None:
        target.write_bytes(b"half")
        progress(1, DEMO_STEPS)
        raise StoreError("Le disque est plein : la démonstration n'a pas pu être écrite.", target)

    window = DemoProgress()
    qtbot.addWidget(window)
    builder = DemoBuilder(path, build)
    builder.failed.connect(window.fail)
    window.show()
    with qtbot.waitSignal(builder.failed, timeout=10_000) as told:
        builder.start()
    assert told.args == ["Le disque est plein : la démonstration n'a pas pu être écrite."]
    assert window.error.isVisible() and window.error.text() == told.args[0]
    assert window.close_button.isVisible() and not window.bar.isVisible()
    assert not path.exists()
    shoot(window, "demo-progress-failed")


def test_the_first_demo_launch_builds_with_progress_then_opens_the_window(
    tmp_path: Path,
) -> None:
    """The real launch, in its own process: the main window first (its progress on the home),
    the demo seeded behind it, then the core; the second launch finds the demo there."""
    import sqlite3
    import subprocess
    import sys

    from app.demo_content import NETWORK_NAME

    home = tmp_path / "home"
    home.mkdir()
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "CERCLE_HOME": str(home),
        "CERCLE_BENCH_EXIT_WHEN_IDLE": "1",
    }
    root = Path(__file__).resolve().parent.parent
    for _launch in ("first", "second"):
        done = subprocess.run(
            [sys.executable, "-m", "ui", "--demo", "--lang", "fr"],
            capture_output=True,
            text=True,
            cwd=root,
            env=env,
            timeout=240,
        )
        assert done.returncode == 0, done.stderr
        marks = dict(line.split("=", 1) for line in done.stderr.splitlines() if "=" in line)
        assert float(marks["cercle-first-frame"]) < float(marks["cercle-core-attached"])
        (demo,) = home.glob("*demo*.sqlite3")
        con = sqlite3.connect(demo)
        try:
            assert con.execute("SELECT name FROM networks").fetchall() == [(NETWORK_NAME,)]
        finally:
            con.close()


def test_the_demo_command_still_answers_in_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ui.shell.demo_progress
    import ui.shell.launcher

    monkeypatch.setattr(
        ui.shell.demo_progress, "build_with_progress", lambda path: pytest.fail("a window")
    )
    monkeypatch.setattr("app.demo.seed_demo", _quick_seed(tmp_path))
    assert ui.shell.launcher.main(["--db", str(tmp_path / "d.sqlite3"), "demo"]) == 0
    assert "Base de démonstration prête" in capsys.readouterr().out


def _quick_seed(tmp_path: Path) -> Any:
    from app.planning import create_network

    def seed(store: Any, now: Any, methods: Any = None, progress: Any = None) -> None:
        from app.demo_content import NETWORK_NAME

        with store.transaction() as db:
            create_network(db, NETWORK_NAME, now)

    return seed


def test_closing_the_progress_window_stops_the_build_and_keeps_no_half_demo(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.shell.application import create_application
    from ui.shell.demo_progress import DemoProgress, build_with_progress

    create_application("fr")
    path = tmp_path / "demo.sqlite3"
    closed = threading.Event()
    steps: list[int] = []
    real_advance = DemoProgress.advance

    def advance_then_close(window: DemoProgress, done: int, total: int) -> None:
        real_advance(window, done, total)
        window.close()  # the facilitator closes the window after the first step
        closed.set()

    def build(target: Path, progress: Progress) -> None:
        target.write_bytes(b"half")
        progress(1, DEMO_STEPS)
        steps.append(1)
        assert closed.wait(30)
        progress(2, DEMO_STEPS)  # the next step finds the job cancelled: it stops here
        steps.append(2)

    monkeypatch.setattr(DemoProgress, "advance", advance_then_close)
    assert build_with_progress(path, build) is False
    assert steps == [1] and not path.exists()


def _window_building(qtbot: Any, tmp_path: Path, build: Any) -> Any:
    from app.home_glance import Glance
    from ui.shell.application import create_application
    from ui.shell.demo_in_window import DemoInWindow
    from ui.shell.window import MainWindow

    create_application("fr")
    path = tmp_path / "demo.sqlite3"
    window = MainWindow(None, Glance(path, (), ()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    demo = DemoInWindow(window, path, build)
    window.show()
    return window, demo, path


def test_the_demo_first_launch_shows_the_main_window_with_the_progress_in_it(
    qtbot: Any, tmp_path: Path, demo_template: Path, shoot: Shoot
) -> None:
    release = threading.Event()

    def build(target: Path, progress: Progress) -> None:  # the seeding, held half-way
        progress(3, DEMO_STEPS)
        assert release.wait(30)
        shutil.copy(demo_template, target)
        progress(DEMO_STEPS, DEMO_STEPS)

    window, demo, path = _window_building(qtbot, tmp_path, build)
    ready: list[bool] = []
    with qtbot.waitSignal(demo.builder.progressed, timeout=10_000):
        demo.start(ready=lambda: ready.append(True))
    assert demo.panel.isVisible() and demo.panel.bar.value() == 3
    assert demo.panel.step.text() == "Séance passée 3 sur 6…"
    assert not window.home.empty.isVisible()  # no « create your network » meanwhile
    shoot(window, "demo-first-launch-in-window")
    with qtbot.waitSignal(demo.builder.succeeded, timeout=30_000):
        release.set()
    assert ready == [True] and path.exists()
    window.close()


def test_closing_the_window_during_the_demo_build_removes_the_half_built_file(
    qtbot: Any, tmp_path: Path
) -> None:
    started = threading.Event()
    release = threading.Event()

    def build(target: Path, progress: Progress) -> None:
        target.write_bytes(b"half")
        started.set()
        assert release.wait(30)
        progress(2, DEMO_STEPS)  # the next step: the cancel is seen here

    window, demo, path = _window_building(qtbot, tmp_path, build)
    demo.start(ready=lambda: None)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the loop hands the build to its thread
    window.close()
    threading.Timer(0.2, release.set).start()  # the step ends a moment after the close
    demo.stop()  # what the start does once the window is closed
    assert not path.exists() and demo.failure is None


def test_a_demo_build_failing_in_the_window_is_said_in_one_sentence(
    qtbot: Any, tmp_path: Path, shoot: Shoot
) -> None:
    def build(target: Path, progress: Progress) -> None:
        target.write_bytes(b"half")
        progress(1, DEMO_STEPS)
        raise StoreError("Le disque est plein : la démonstration n'a pas pu être écrite.", target)

    window, demo, path = _window_building(qtbot, tmp_path, build)
    with qtbot.waitSignal(demo.builder.failed, timeout=10_000):
        demo.start(ready=lambda: pytest.fail("no demo, no core"))
    assert demo.failure == "Le disque est plein : la démonstration n'a pas pu être écrite."
    assert demo.panel.error.isVisible() and demo.panel.error.text() == demo.failure
    assert not path.exists()
    shoot(window, "demo-first-launch-failed-in-window")
    demo.panel.close_button.click()  # « Fermer » closes the window
    assert not window.isVisible()
