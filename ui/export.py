"""Work off the UI thread (exports, backups): the window keeps ticking meanwhile.

A thin adapter over the one job runner (``ui.jobs``) for pages that run a plain function:
``Job(work, name).start()``, then ``finished(result)`` or ``failed(sentence)`` on the window's
thread. Long work with progress and cancellation uses ``ui.jobs.job_runner().start``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ui import jobs


class Job(QObject):
    """One plain function run by the job runner; its outcome arrives on the window's thread."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object], name: str) -> None:
        super().__init__()
        self.work = work
        self.name = name
        self.job: jobs.Job | None = None

    @property
    def running(self) -> bool:
        """Whether the work is still running (started and not yet ended)."""
        return self.job is not None and self.job.running

    def start(self) -> Job:
        work = self.work
        self.job = jobs.job_runner().start(self.name, lambda _steps: work())
        self.job.finished.connect(self.finished.emit)
        self.job.failed.connect(self.failed.emit)
        return self
