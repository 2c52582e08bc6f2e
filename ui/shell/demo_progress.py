"""The first launch of the demo: a small window tells how far its building is.

Seeding the demo drives the engine through six sessions (several seconds on a laptop). It runs
as a job of the one runner (``ui.kit.jobs``) with its own store connection; the window shows a
progress bar and a sentence, then closes once the demo is ready and the main window takes its
place. A failure is said in one sentence; closing the window stops the seeding at its next
step. Either way the half-built file is removed (it was new: nothing of the user's is lost).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.demo_content import DEMO_STEPS, Progress
from ui.shell.bench_hooks import mark

if TYPE_CHECKING:  # the window shows this progress before the core and the loop are there
    from ui.kit.jobs import Job, Steps

# Builds the demo at a path, telling its progress: the real one opens the store in the worker
# thread (its own connection), seeds it and closes it.
Build = Callable[[Path, Progress], None]


def seed_at(path: Path, progress: Progress) -> None:
    from app.cli_database import ensure_demo

    ensure_demo(path, progress=progress).close()


class DemoBuilder(QObject):
    """Runs ``build`` as a job (``ui.kit.jobs``); its signals arrive on the window's thread.

    Cancelling (the progress window closed mid-way) stops the seeding at its next step: the
    progress callback the core calls after each step checks the job's token. The file was
    new, so whatever was half built is removed, on failure as on cancel.
    """

    progressed = Signal(int, int)
    succeeded = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: Path, build: Build = seed_at) -> None:
        super().__init__()
        self.path = path
        self._build = build
        self.job: Job | None = None

    def start(self) -> Job:
        from ui.kit.jobs import job_runner

        self.job = job_runner().start("demo", self._run, cancellable=True)
        self.job.finished.connect(lambda _result: self.succeeded.emit())
        self.job.failed.connect(self.failed.emit)
        self.job.cancelled.connect(self.cancelled.emit)
        return self.job

    def _run(self, steps: Steps) -> None:
        def tell(done: int, total: int) -> None:
            self.progressed.emit(done, total)
            steps.cancel.check()

        try:
            self._build(self.path, tell)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """The file was new and is only half built: removed, so the next launch starts over."""
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)


class DemoProgress(QWidget):
    """A small window: a title, a sentence, a bar; on failure the reason and a Close button."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("demo-progress")
        self.setWindowTitle(self.tr("Cercle — démonstration"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        self.title = QLabel(self.tr("Préparation de la démonstration…"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.sentence = QLabel(
            self.tr(
                "Cercle crée un réseau fictif, ses membres et six séances passées. "
                "Cela ne se fait qu'une fois et prend quelques secondes."
            )
        )
        self.sentence.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, DEMO_STEPS)
        self.bar.setValue(0)
        self.step = QLabel(self.tr("Les membres du réseau…"))
        self.error = QLabel()
        self.error.setObjectName("demo-error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.close)
        self.close_button.hide()
        for widget in (self.title, self.sentence, self.bar, self.step, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.close_button, alignment=Qt.AlignmentFlag.AlignRight)

    def advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        sessions = total - 2
        if done >= total:
            self.step.setText(self.tr("Ouverture de la fenêtre…"))
        elif done > sessions:
            self.step.setText(self.tr("La prochaine séance…"))
        else:
            self.step.setText(
                self.tr("Séance passée %1 sur %2…")
                .replace("%1", str(done))
                .replace("%2", str(sessions))
            )

    def fail(self, message: str) -> None:
        self.title.setText(self.tr("La démonstration n'a pas pu être créée."))
        self.error.setText(message)
        self.error.show()
        self.bar.hide()
        self.step.hide()
        self.sentence.hide()
        self.close_button.show()
        self.close_button.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def build_with_progress(path: Path, build: Build = seed_at) -> bool:
    """Show the progress window while the demo is built off this thread; True once ready.

    On failure the window says why and stays until closed; False is returned.
    """
    window = DemoProgress()
    builder = DemoBuilder(path, build)
    loop = QEventLoop()
    outcome: list[bool] = []
    messages: list[str] = []
    builder.progressed.connect(window.advance)

    def done() -> None:
        outcome.append(True)
        loop.quit()

    def failed(message: str) -> None:
        outcome.append(False)
        messages.append(message)
        window.fail(message)

    builder.succeeded.connect(done)
    builder.failed.connect(failed)
    window.closed.connect(loop.quit)
    window.show()
    mark("progress-shown")  # under `make bench` only
    job = builder.start()
    window.closed.connect(job.cancel)  # closed while building: stopped at its next step
    loop.exec()
    if job.running:  # wait for that step to end; the half-built file is then removed
        job.ended.connect(loop.quit)
        loop.exec()
    window.closed.disconnect(loop.quit)
    window.close()
    window.deleteLater()
    if messages:
        import sys

        print(f"cercle: {messages[0]}", file=sys.stderr)
    return bool(outcome) and outcome[0]


def build_demo(path: Path, args: argparse.Namespace) -> bool:
    """The launcher's hook (app.cli.DemoBuilder): the application first, in its language."""
    from ui.shell.application import create_application, window_language

    create_application(window_language(args.lang if args.lang_given else None))
    return build_with_progress(path)
