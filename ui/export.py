"""Writing a document off the UI thread: the window keeps ticking while reportlab works."""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.export.minutes import Options, export_minutes
from app.export.pdf import ExportError
from app.workspace import Workspace

log = logging.getLogger(__name__)


class MinutesJob(QObject):
    """One export in a worker thread; ``finished`` or ``failed`` arrives on the UI thread."""

    finished = Signal(object)  # Path
    failed = Signal(str)

    def __init__(
        self, workspace: Workspace, meeting_id: uuid.UUID, out: Path, options: Options
    ) -> None:
        super().__init__()
        self.workspace, self.meeting_id, self.out, self.options = (
            workspace,
            meeting_id,
            out,
            options,
        )
        self.worker = threading.Thread(target=self._run, name="minutes-export", daemon=True)

    def start(self) -> None:
        self.worker.start()

    def _run(self) -> None:
        ws = self.workspace
        try:
            path = export_minutes(
                ws.store, self.meeting_id, ws.methods, ws.clock.now(), self.out, self.options
            )
        except ExportError as error:
            self.failed.emit(str(error))
        except Exception as error:  # shown to the user, logged for the developer
            log.exception("minutes export failed")
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(path)
