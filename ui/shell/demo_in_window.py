"""The demo's first launch inside the main window: the window at once, the building's progress
on its home, then the demo network appearing by itself.

Seeding the demo drives the engine through six sessions (seconds on a laptop). Rather than a
small window first and the main one only once the demo is there, the main window shows at
once (``ui.shell.quick_start``) with the progress panel of ``ui.shell.demo_progress`` in place
of the welcome; the seeding runs as a job with its own connection (``DemoBuilder``), and the
core attaches once it is done. A failure is said in one sentence in the window (and on stderr);
closing the window during the build stops it at its next step and removes the half-built file
(it was new: nothing of the user's is lost).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.shell import demo_progress
from ui.shell.demo_progress import DemoBuilder, DemoProgress

if TYPE_CHECKING:
    from app.demo_content import Progress
    from ui.kit.jobs import Job
    from ui.shell.demo_progress import Build
    from ui.shell.window import MainWindow


class DemoInWindow(QObject):
    """Builds the demo at ``path`` while ``window`` shows its progress on the home."""

    def __init__(self, window: MainWindow, path: Path, build: Build | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.panel = DemoProgress()
        self.panel.setWindowTitle("")
        window.home.show_in_place(self.panel)
        self._ended = threading.Event()  # the build returned or raised (its thread)
        self._built = False
        self.builder = DemoBuilder(path, self._watched(build or demo_progress.seed_at))
        self.builder.progressed.connect(self.panel.advance)
        self.failure: str | None = None
        self.job: Job | None = None

    def _watched(self, build: Build) -> Build:
        def run(path: Path, progress: Progress) -> None:
            try:
                build(path, progress)
                self._built = True
            finally:
                self._ended.set()

        return run

    def start(self, ready: Callable[[], None]) -> None:
        """Start the building (the loop runs); ``ready`` is called once the demo is there."""
        self.builder.succeeded.connect(ready)
        self.builder.failed.connect(self._failed)
        self.job = self.builder.start()

    def _failed(self, message: str) -> None:
        self.failure = message
        self.panel.fail(message)
        self.panel.close_button.clicked.disconnect()
        self.panel.close_button.clicked.connect(self.window.close)

    def done(self) -> None:
        """The demo is there and the core attached: the home shows it instead of the panel."""
        self.window.home.show_in_place(None)
        self.panel.deleteLater()
        self.window.home.refresh()

    def stop(self) -> None:
        """The window closed: a build still running stops at its next step, and its
        half-built file is removed before this returns."""
        job = self.job
        if job is None:
            return
        job.cancel()
        self._ended.wait()  # the step running ends, then the build stops
        if not self._built:
            self.builder.discard()
