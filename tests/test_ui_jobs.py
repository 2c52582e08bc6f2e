"""The one job runner: work off the window's thread, progress told, cancellation, one
sentence on failure; the window answers all along. Waits on signals, never sleeps."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

import app.store.backup
from app.jobs import Cancelled, Progress
from app.store.backup import list_backups, make_backup
from tests.conftest import Room
from tests.test_jobs import _grow


@pytest.fixture
def runner(qtbot: Any) -> Any:
    from ui.kit.jobs import job_runner
    from ui.shell.application import create_application

    create_application("fr")
    return job_runner()


def test_a_job_runs_off_the_window_thread_while_the_window_answers(qtbot: Any, runner: Any) -> None:
    release = threading.Event()
    threads: list[str] = []

    def work(steps: Any) -> int:
        threads.append(threading.current_thread().name)
        steps.progress(1, 3, "Première étape…")
        assert release.wait(30)
        steps.progress(3, 3, "Fini.")
        return 42

    with qtbot.waitSignal(runner.started) as started:
        job = runner.start("sample", work)
    assert started.args == [job]
    with qtbot.waitSignal(job.progressed) as told:
        pass
    assert told.args == [1, 3, "Première étape…"]
    # The work is held in its thread: the window's loop still runs its timers.
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    with qtbot.waitSignal(timer.timeout, timeout=5_000):
        timer.start(5)
    timer.stop()
    assert job.running and ticks
    with qtbot.waitSignals([job.finished, job.ended], timeout=30_000):
        release.set()
    assert threads == ["cercle-sample"] and not job.running and job.outcome == 42
    assert job not in runner.running


def test_a_cancelled_backup_leaves_nothing_and_says_so(
    qtbot: Any, runner: Any, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    _grow(room.store)
    monkeypatch.setattr(app.store.backup, "BACKUP_STEP_PAGES", 8)
    release = threading.Event()

    def held(progress: Progress) -> Progress:
        def tell(done: int, total: int, label: str) -> None:
            progress(done, total, label)
            assert release.wait(30)  # the first report waits for the test's cancel

        return tell

    job = runner.start(
        "backup",
        lambda steps: make_backup(
            room.store.path, "manual", progress=held(steps.progress), cancel=steps.cancel
        ),
        cancellable=True,
    )
    with qtbot.waitSignal(job.progressed, timeout=30_000) as told:
        pass
    assert told.args[2] == "Copie de la base…" and 0 < told.args[0] < told.args[1]
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        assert job.cancel()
        release.set()
    assert job.outcome is Cancelled and not job.cancel()
    assert list_backups(room.store.path) == []
    assert not list(app.store.backup.backups_dir(room.store.path).glob("*.partial"))


def test_a_failure_is_one_sentence_in_the_page_banner(
    qtbot: Any, runner: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from ui.kit.widgets import Banner

    banner = Banner()
    qtbot.addWidget(banner)
    missing = tmp_path / "absent.csv"
    job = runner.start("read", lambda _steps: missing.read_bytes(), banner=banner)
    with qtbot.waitSignal(job.failed, timeout=30_000) as told:
        pass
    sentence = f"Le fichier {missing} n'a pas pu être utilisé : No such file or directory."
    assert told.args == [sentence]
    assert banner.text() == "⚠ " + told.args[0] and banner.property("error")

    def broken(_steps: Any) -> None:
        raise ZeroDivisionError("division by zero")

    job = runner.start("broken", broken, banner=banner)
    with qtbot.waitSignal(job.failed, timeout=30_000) as told:
        pass
    assert "Une erreur inattendue a interrompu l'opération" in told.args[0]
    assert "ZeroDivisionError" not in told.args[0]  # no traceback talk for a facilitator…
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_jobs_still_running_are_asked_to_stop_when_the_application_quits(
    qtbot: Any, runner: Any
) -> None:
    release = threading.Event()

    def work(steps: Any) -> None:
        assert release.wait(30)
        steps.cancel.check()

    stoppable = runner.start("stoppable", work, cancellable=True)
    plain = runner.start("plain", lambda _steps: release.wait(30))
    runner.cancel_all()  # what the application's aboutToQuit does
    assert stoppable.token.cancelled and not plain.token.cancelled
    with qtbot.waitSignals([stoppable.cancelled, plain.finished], timeout=30_000):
        release.set()


def test_the_work_starts_when_the_job_does_not_at_the_loops_next_turn(
    qtbot: Any, runner: Any
) -> None:
    # A page starts its reading, then lays out and paints what the key press changed before
    # the loop turns again: the reading runs meanwhile, on its thread (issue 21, health page).
    begun = threading.Event()
    release = threading.Event()

    def work(_steps: Any) -> None:
        begun.set()
        assert release.wait(30)

    job = runner.start("early", work)
    assert begun.wait(30)  # no Qt event processed since start(): no loop turn
    with qtbot.waitSignal(job.finished, timeout=30_000):
        release.set()


def test_progress_told_at_once_reaches_who_connects_after_start(qtbot: Any, runner: Any) -> None:
    told = threading.Event()

    def work(steps: Any) -> int:
        steps.progress(1, 2, "Première étape…")  # before the test below has connected
        told.set()
        return 1

    job = runner.start("quick", work)
    assert told.wait(30)
    seen: list[list[object]] = []
    job.progressed.connect(lambda *args: seen.append(list(args)))
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert seen == [[1, 2, "Première étape…"]]
