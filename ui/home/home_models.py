"""Qt item models over the core's snapshots (no database access here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.home_glance import MeetingSummary, NetworkSummary
from app.vocabulary import MEETING_STATUS_SYMBOLS, meeting_status_name
from models.enums import MeetingStatus
from ui.kit.formatting import local_date, local_time

Index = QModelIndex | QPersistentModelIndex


def status_text(status: MeetingStatus) -> str:
    """The status of a session in words, with a symbol so that colour is never alone."""
    return f"{MEETING_STATUS_SYMBOLS[status]} {meeting_status_name(status)}"


class NetworksModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[NetworkSummary] = []

    def set_networks(self, rows: Sequence[NetworkSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def network(self, row: int) -> NetworkSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        network = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if network.members == 1:
                members = self.tr("1 membre")
            else:
                members = self.tr("%1 membres").replace("%1", str(network.members))
            return f"{network.name}\n{members}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return network.intention
        return None


class MeetingsModel(QAbstractTableModel):
    """The sessions of one network: number, date, title, place, items, status."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[MeetingSummary] = []
        # A row's texts, made once: the view asks for each cell many times (sizing the
        # columns to their contents, painting), and dates are formatted in Python.
        self._texts: list[tuple[str, ...] | None] = []
        self._bold: QFont | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("N°"),
            self.tr("Date"),
            self.tr("Séance"),
            self.tr("Lieu"),
            self.tr("Points"),
            self.tr("Statut"),
        ]

    def set_meetings(self, rows: Sequence[MeetingSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def meeting(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def rows(self) -> list[MeetingSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(row)[column]
        if role == Qt.ItemDataRole.FontRole and self._rows[row].status is not MeetingStatus.CLOSED:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            m = self._rows[row]
            texts = self._texts[row] = (
                str(m.number),
                f"{local_date(m.planned_start)} · {local_time(m.planned_start)}",
                m.title,
                m.place,
                str(m.items),
                status_text(m.status),
            )
        return texts
