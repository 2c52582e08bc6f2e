"""The one job runner of the windows: background work on the qasync loop.

Exports, backups, the database check, imports and merges run off the window's thread, so the
cockpit keeps ticking and every key keeps answering. The application runs on a
``qasync.QEventLoop`` (``ui.shell.application``); a job's work is handed to a worker thread
at once, when it is started (not at the loop's next turn, which Qt serves only after laying
out and painting what the same key press changed: the work would wait for the page it fills),
and a coroutine on that loop awaits it and then, back on the window's thread, says how it
ended through the :class:`Job`'s signals:

- ``progressed(done, total, label)`` while it runs (the core calls ``progress`` from the
  worker thread; the signal is emitted on the window's thread at the loop's next turn, so
  never before the caller of ``start`` has connected to it);
- then exactly one of ``finished(result)``, ``failed(sentence)`` or ``cancelled()``;
- then ``ended()``.

A failure is one clear sentence (:func:`failure_sentence`), shown in the page's banner when
one is given; the unexpected ones are logged with their traceback for the developer.
Cancellation goes through the job's :class:`~app.jobs.CancelToken`, which the core checks
between steps and which leaves nothing half-written. Jobs still running when the
application quits are asked to stop.

The loop's tasks are driven by Qt timers, so jobs also complete inside a nested Qt event loop
(a dialog's ``exec()``, pytest-qt's ``waitSignal``) and before the application's loop runs
(the demo's first launch).

How a new job plugs in — a network merge, say:

1. In the core, write the work as a plain function taking ``progress`` and ``cancel``
   keywords (``app.jobs``); it opens its own store connection if it needs one, calls
   ``cancel.check()`` between steps and writes in one transaction (or into a file renamed
   into place) after its last check.
2. In the page::

       job = job_runner().start(
           "network-merge",
           lambda steps: merge(path, source, progress=steps.progress, cancel=steps.cancel),
           banner=self.banner,
           cancellable=True,
       )
       job.finished.connect(self._merged)
       self.strip.follow(job)  # ui.kit.job_strip: the bar, the step's sentence, « Annuler »

3. If the result must become a user command (journaled, undoable, announced as a change
   set), the job only reads and prepares; its ``finished`` slot runs the command through
   ``ui.command_runner`` on the window's thread.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.jobs import Cancelled, CancelToken, Progress

if TYPE_CHECKING:  # the loop starts right after the window's first frame, before the core
    from ui.kit.widgets import Banner

log = logging.getLogger(__name__)
T = TypeVar("T")
WORKERS = 2  # the target laptop has two cores; one job never waits behind a long one


@dataclass(frozen=True)
class Steps:
    """What the work receives: where to tell its progress, and the token it checks."""

    progress: Progress
    cancel: CancelToken


Work = Callable[[Steps], object]


class Job(QObject):
    """One piece of background work, seen from the window's thread."""

    progressed = Signal(int, int, str)  # done, total, the step's sentence
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # one sentence saying why
    cancelled = Signal()  # stopped by the user; nothing was written
    ended = Signal()  # after any of the three above

    def __init__(self, name: str, cancellable: bool) -> None:
        super().__init__()
        self.name = name
        self.cancellable = cancellable
        self.token = CancelToken()
        self.running = True
        self.outcome: object = None  # the result, the failure's sentence, or Cancelled
        self.task: asyncio.Task[None] | None = None  # kept: the loop holds tasks weakly

    def cancel(self) -> bool:
        """Ask the work to stop at its next step; False when it cannot be stopped."""
        if not (self.cancellable and self.running):
            return False
        self.token.cancel()
        return True


class JobRunner(QObject):
    """Runs :class:`Job` s on the application's qasync loop and a small pool of threads."""

    started = Signal(object)  # a Job
    ended = Signal(object)  # a Job, after its outcome was told

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="cercle-job")
        self.running: set[Job] = set()

    def start(
        self,
        name: str,
        work: Work,
        *,
        banner: Banner | None = None,
        cancellable: bool = False,
    ) -> Job:
        """Start ``work`` off the window's thread; a failure is also told in ``banner``.

        ``name`` names the worker thread while it runs (``cercle-<name>``) and the log lines.
        """
        job = Job(name, cancellable)
        if banner is not None:
            job.failed.connect(_tell(banner))
        self.running.add(job)
        future = self.executor.submit(self._in_worker, job, work)
        job.task = self.loop.create_task(self._run(job, future))
        self.started.emit(job)
        return job

    def cancel_all(self) -> None:
        """Ask every cancellable job to stop (the application is quitting)."""
        for job in list(self.running):
            job.cancel()

    def _in_worker(self, job: Job, work: Work) -> object:
        """The work, on a worker thread named after the job."""
        thread = threading.current_thread()
        pool_name, thread.name = thread.name, f"cercle-{job.name}"
        try:
            job.token.check()  # cancelled before it even started
            return work(Steps(self._progress(job), job.token))
        finally:
            thread.name = pool_name

    def _progress(self, job: Job) -> Progress:
        """What the work calls from its thread to tell its progress: the signal is emitted on
        the window's thread (a signal emitted from another thread before anyone connected to
        it would be lost, and the work starts before ``start`` returns)."""

        def tell(done: int, total: int, label: str) -> None:
            self.loop.call_soon_threadsafe(job.progressed.emit, done, total, label)

        return tell

    async def _run(self, job: Job, future: Future[object]) -> None:
        try:
            result = await asyncio.wrap_future(future, loop=self.loop)
        except Cancelled:
            job.outcome = Cancelled
            job.running = False
            job.cancelled.emit()
        except Exception as error:  # every failure is told, none kills the window
            if not isinstance(error, known_failures()):
                log.error("job %s failed", job.name, exc_info=error)
            job.outcome = sentence = failure_sentence(error)
            job.running = False
            job.failed.emit(sentence)
        else:
            job.outcome = result
            job.running = False
            job.finished.emit(result)
        finally:
            job.running = False
            self.running.discard(job)
            job.ended.emit()
            self.ended.emit(job)


def _core_errors() -> tuple[type[Exception], ...]:
    # Imported when a job fails, not with the loop: the store's errors bring SQLAlchemy.
    from app.engine.errors import EngineError
    from app.export.errors import ExportError
    from app.store.errors import StoreError

    return (EngineError, StoreError, ExportError)


def known_failures() -> tuple[type[Exception], ...]:
    """The failures a job tells without a trace in the log: the core's own, and the system's."""
    return (*_core_errors(), OSError)


def failure_sentence(error: BaseException) -> str:
    """One sentence a facilitator can act on; the core's own errors already are one."""
    if isinstance(error, _core_errors()):
        return str(error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return (
                QCoreApplication.translate("Jobs", "Le fichier %1 n'a pas pu être utilisé : %2.")
                .replace("%1", str(error.filename))
                .replace("%2", reason)
            )
        return QCoreApplication.translate("Jobs", "Opération impossible : %1.").replace(
            "%1", reason
        )
    return QCoreApplication.translate(
        "Jobs",
        "Une erreur inattendue a interrompu l'opération ; ce qui était enregistré est intact. "
        "Détails dans le journal.",
    )


_RUNNER: JobRunner | None = None


def job_runner() -> JobRunner:
    """The application's runner, made on first use with its qasync loop."""
    global _RUNNER
    if _RUNNER is None or _RUNNER.loop.is_closed():
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication is needed before any job"
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        _RUNNER = JobRunner(loop)
        app.aboutToQuit.connect(_RUNNER.cancel_all)
    return _RUNNER


def event_loop() -> qasync.QEventLoop:
    """The application's one qasync loop, the jobs' (made the current asyncio loop)."""
    loop = job_runner().loop
    assert isinstance(loop, qasync.QEventLoop)
    return loop


def _tell(banner: Banner) -> Callable[[str], None]:
    def tell(sentence: str) -> None:
        if shiboken6.isValid(banner):  # the page may have been closed meanwhile
            banner.show_message(sentence, error=True, seconds=15)

    return tell
