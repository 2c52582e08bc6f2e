"""The cockpit's left column: the agenda, the keys that move through it, the planned and
estimated ends."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from app.engine.state import ItemState, ItemStatus
from app.vocabulary import item_status_symbol
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import section
from ui.session.live_room import LiveRoom


def _minutes(seconds: float) -> str:
    return str(round(seconds / 60))


def is_current(item: ItemState) -> bool:
    """The item running or paused now (shown in bold)."""
    return item.status in (ItemStatus.RUNNING, ItemStatus.PAUSED)


class AgendaPanel(QObject):
    """The agenda's rows (time spent / planned, red past the plan); a double click starts an
    item that has not run."""

    def __init__(
        self,
        room: LiveRoom,
        buttons: list[QPushButton],
        ends: tuple[QLabel, QLabel],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.model: RowsModel[ItemState] = RowsModel(
            [
                Column(
                    "",
                    lambda i: f"{item_status_symbol(i.status)}  {i.title}",
                    bold=is_current,
                    tooltip=lambda i: i.title,  # a long title shows whole on hover
                ),
                Column(
                    "",
                    lambda i: f"{_minutes(i.timer.elapsed)}/{_minutes(i.timer.planned)}",
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    bold=is_current,
                    colour=lambda i: "#b3261e" if i.timer.overrun > 0 else None,
                ),
            ]
        )
        self.view = table_view(
            self.model, self.tr("Ordre du jour"), stretch=0, headers=False, alternating=False
        )
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.setToolTip(self.tr("Double-clic : démarrer ce point"))
        self.column = QVBoxLayout()
        self.column.addWidget(section(self.tr("ORDRE DU JOUR")))
        self.column.addWidget(self.view, 1)
        for button in buttons:
            self.column.addWidget(button)
        for label in ends:
            self.column.addWidget(label)

    def _double_clicked(self, index: QModelIndex) -> None:
        item = self.model.row(index.row())
        if item.status is ItemStatus.PENDING or item.status is ItemStatus.SKIPPED:
            self.room.do(lambda: self.room.live().start_item(item.id))
