"""The cockpit's right column, top: who asked for the floor, in the order they will have it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from app.engine.state import LiveState, QueuedState
from app.vocabulary import queue_mode_name
from models import QueueMode
from ui.kit.formatting import duration
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import section
from ui.session.live_room import LiveRoom


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side, on the left."""
    row = QHBoxLayout()
    row.setSpacing(6)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class QueuePanel(QObject):
    """The queue: its mode in the title, each person's time on this item, remove, reorder."""

    def __init__(
        self,
        room: LiveRoom,
        arm: QPushButton,
        next_: QPushButton,
        order: QPushButton,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.title = section("")
        self.model: RowsModel[tuple[int, QueuedState]] = RowsModel(
            [
                Column("", lambda q: f"{q[0]}. {q[1].name}"),
                Column(
                    "",
                    lambda q: duration(q[1].item_seconds),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ]
        )
        self.view = table_view(
            self.model, self.tr("File d'attente"), stretch=0, headers=False, alternating=False
        )
        self.view.setMaximumHeight(170)
        remove = QPushButton(self.tr("Retirer"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.clicked.connect(self.remove_selected)
        self.buttons = button_row(arm, next_, remove, order)

    def display(self, s: LiveState) -> None:
        self.title.setText(
            self.tr("FILE D'ATTENTE (%1)").replace("%1", queue_mode_name(s.meeting.queue_mode))
        )
        self.model.set_rows(list(enumerate(s.queue, 1)))

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.room.banner.show_message(self.tr("Choisissez d'abord une personne dans la file."))
            return
        member = self.model.row(rows[0].row())[1].member_id
        self.room.do(lambda: self.room.live().queue_remove(member))

    def toggle_order(self) -> None:
        s = self.room.state
        if s is None:
            return
        mode = QueueMode.FIFO if s.meeting.queue_mode is QueueMode.BALANCED else QueueMode.BALANCED
        self.room.do(lambda: self.room.live().set_queue_mode(mode))
