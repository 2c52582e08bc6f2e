"""The demo's first launch: a progress window while it is built off the UI thread, then the
main window; a failure said in one sentence; `cercle demo` still answers in text."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from app.demo import DEMO_STEPS, Progress
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
    qtbot: Any, tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.shell.application
    import ui.shell.demo_progress
    import ui.shell.launcher
    from app.store import Store

    home = tmp_path / "home"
    monkeypatch.setenv("CERCLE_HOME", str(home))
    seen: list[tuple[str, int, bool]] = []

    def build(target: Path, progress: Progress) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        progress(2, DEMO_STEPS)
        shutil.copy(demo_template, target)

    def opened(store: Store, language: str | None = None) -> int:
        windows = [w for w in ui.shell.application.QApplication.topLevelWidgets()]
        shown = any(
            isinstance(w, ui.shell.demo_progress.DemoProgress) and w.isVisible() for w in windows
        )
        seen.append((store.path.name, len(list(store.path.parent.iterdir())), shown))
        return 0

    real = ui.shell.demo_progress.build_with_progress
    monkeypatch.setattr(
        ui.shell.demo_progress, "build_with_progress", lambda path: real(path, build)
    )
    monkeypatch.setattr(ui.shell.application, "run_window", opened)

    # A demo already there opens first frame first (ui.shell.quick_start): its loop, not run.
    def no_loop(_app: object, window: Any) -> int:
        window.close()
        window.deleteLater()  # its application-wide keys (Ctrl+F) leave with it
        return 0

    monkeypatch.setattr(ui.shell.application, "run_loop", no_loop)
    assert ui.shell.launcher.main(["--demo", "--lang", "fr"]) == 0
    assert seen and seen[0][0].endswith(".sqlite3") and seen[0][2] is False  # progress closed
    # The second launch finds the demo: no progress window.
    monkeypatch.setattr(
        ui.shell.demo_progress, "build_with_progress", lambda path: pytest.fail("built twice")
    )
    assert ui.shell.launcher.main(["--demo", "--lang", "fr"]) == 0


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
