"""The check-in's review of open actions, for the room: printed (PDF) or projected.

Only actions that are not confidential leave the facilitator's screen. The projected list
is a window on the room's screen that takes no focus (like the projector), sized from its
height so that the back row reads it; it follows the review — an action marked done at
the check-in leaves the wall at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.dates import short_date
from app.export.actions_due import DueList, due_list
from app.i18n import current_language
from app.paths import data_dir
from app.workspace import Workspace
from ui.kit.formatting import local_date
from ui.kit.jobs import Job, job_runner
from ui.kit.widgets import Banner
from ui.session.room_screen import show_on_room_screen
from ui.session.sending import open_with_system

ROWS = 10  # more would be too small to read from the back of the room


class ActionsBoard(QWidget):
    """The open actions, big, on the room's screen."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setObjectName("board")
        self.setWindowTitle(self.tr("Cercle — actions à revoir"))
        self.title = QLabel()
        self.title.setObjectName("headline")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("kicker")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(32)
        self.more = QLabel()
        self.more.setObjectName("kicker")
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.subtitle)
        self.box.addWidget(self.title)
        self.box.addSpacing(12)
        self.box.addLayout(self.grid)
        self.box.addStretch(1)
        self.box.addWidget(self.more)
        self.cells: list[QLabel] = []
        self.resize(960, 540)
        self._style()

    def display(self, data: DueList) -> None:
        for cell in self.cells:
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.cells = []
        self.subtitle.setText(
            self.tr("%1 · séance %2 du %3")
            .replace("%1", data.network)
            .replace("%2", str(data.number))
            .replace("%3", local_date(data.planned_start))
        )
        self.title.setText(
            self.tr("Actions à revoir (%1)").replace("%1", str(len(data.actions)))
            if data.actions
            else self.tr("Aucune action ouverte : tout a été fait.")
        )
        language = current_language()
        for row, action in enumerate(data.actions[:ROWS]):
            due = short_date(action.due_on, language) if action.due_on else "—"
            texts = (
                action.title,
                action.owner or "—",
                due + ("  ⚠ " + self.tr("en retard") if action.overdue else ""),
            )
            for column, value in enumerate(texts):
                cell = QLabel(value)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(column == 0)
                cell.setObjectName("late" if column == 2 and action.overdue else "row")
                self.grid.addWidget(cell, row, column)
                self.cells.append(cell)
        self.grid.setColumnStretch(0, 1)
        hidden = len(data.actions) - ROWS
        self.more.setText(
            self.tr("… et %1 autres : voir la liste imprimée.").replace("%1", str(hidden))
            if hidden > 0
            else ""
        )
        self._style()

    def show_on_room_screen(self, page: QWidget) -> None:
        show_on_room_screen(self, page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._style()

    def _style(self) -> None:
        height = max(self.height(), 300)
        row, title = round(height * 0.034), round(height * 0.07)
        margin = round(height * 0.06)
        self.box.setContentsMargins(margin, margin, margin, margin)
        self.grid.setVerticalSpacing(round(row * 0.55))
        self.setStyleSheet(
            "QWidget#board { background: #111417; }"
            f"QLabel {{ color: #f2f4f5; font-size: {row}px; background: transparent; }}"
            f"QLabel#headline {{ font-size: {title}px; font-weight: 700; }}"
            f"QLabel#kicker {{ color: #9fb3c2; font-size: {row}px; }}"
            "QLabel#late { color: #ff8a80; font-weight: 700; }"
        )


class DueActions(QObject):
    """What the check-in page asks for: print the list, or project it."""

    printed = Signal(object)  # Path of the PDF

    def __init__(self, workspace: Workspace, banner: Banner) -> None:
        # The page's banner owns it: a print finished after the page is gone tells no one
        # (it used to write to the deleted banner).
        super().__init__(banner)
        self.workspace = workspace
        self.banner = banner
        self.board = ActionsBoard()
        self.open_file: Callable[[Path], bool] = open_with_system  # tests replace it
        self.job: Job | None = None

    def _today(self) -> date:
        return self.workspace.clock.now().astimezone().date()

    def print_list(self, meeting_id: uuid.UUID, number: int) -> Job | None:
        """Write the list as a PDF and open it in the system's viewer, to print."""
        if self.job is not None:
            return None
        from app.export.actions_due import export_due_list

        store, today, language = self.workspace.store, self._today(), current_language()
        folder = data_dir() / "printouts"
        out = folder / self.tr("actions-seance-%1.pdf").replace("%1", str(number))

        def work() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return export_due_list(store, meeting_id, today, out, language)

        self.job = job_runner().start("due-actions", lambda _steps: work())
        self.job.finished.connect(self._printed)
        self.job.failed.connect(self._failed)
        return self.job

    def _printed(self, path: Path) -> None:
        self.job = None
        text = (
            self.tr("Liste des actions ouverte pour l'imprimer : %1")
            if self.open_file(path)
            else self.tr("Liste des actions enregistrée (aucun lecteur PDF ne s'est ouvert) : %1")
        )
        self.banner.show_message(text.replace("%1", str(path)), seconds=12)
        self.printed.emit(path)

    def _failed(self, message: str) -> None:
        self.job = None
        self.banner.show_message(message, error=True, seconds=15)

    def toggle_projection(self, meeting_id: uuid.UUID, page: QWidget) -> None:
        if self.board.isVisible():
            self.board.hide()
            return
        self.board.display(due_list(self.workspace.store, meeting_id, self._today()))
        self.board.show_on_room_screen(page)

    def refresh(self, meeting_id: uuid.UUID) -> None:
        """The review moved on (an action done or dropped): the wall follows."""
        if self.board.isVisible():
            self.board.display(due_list(self.workspace.store, meeting_id, self._today()))
