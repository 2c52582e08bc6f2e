"""Work off the UI thread (exports, backups): the window keeps ticking meanwhile."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.export.errors import ExportError
from app.store.errors import StoreError

log = logging.getLogger(__name__)


class Job(QObject):
    """One piece of work in a worker thread; ``finished`` or ``failed`` arrive on the UI thread
    (the signals are queued to the thread this object lives in)."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object], name: str) -> None:
        super().__init__()
        self.work = work
        self.worker = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Job:
        self.worker.start()
        return self

    def _run(self) -> None:
        try:
            result = self.work()
        except (ExportError, StoreError, OSError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # shown to the user, logged for the developer
            log.exception("%s failed", self.worker.name)
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(result)
