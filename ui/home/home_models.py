"""The home's two lists over the core's snapshots (no database access here).

Their texts are held in Qt's own items (``QStandardItemModel``), made once per refresh: the
views paint them without calling Python, which a model answering ``data()`` had them do about
two thousand times before the window's first frame. Nothing here names ``Qt``'s namespace
either: making its 93 enums costs the first frame ~16 ms (``ui.shell.quick_start``), so the two
values needed are written as the plain numbers Qt stores (a test checks them).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from app.home_glance import MeetingSummary, NetworkSummary
from app.vocabulary import MEETING_STATUS_SYMBOLS, meeting_status_name
from models.enums import MeetingStatus
from ui.kit.formatting import local_date, local_time

TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter


def status_text(status: MeetingStatus) -> str:
    """The status of a session in words, with a symbol so that colour is never alone."""
    return f"{MEETING_STATUS_SYMBOLS[status]} {meeting_status_name(status)}"


@cache
def _read_only() -> QStandardItem:
    """The pattern of every cell: read, never edited nor dragged (as a read-only model's)."""
    item = QStandardItem()
    item.setEditable(False)
    item.setDragEnabled(False)
    item.setDropEnabled(False)
    return item


def _item(text: str) -> QStandardItem:
    """A cell: the pattern copied, then its text (two calls instead of five: 61 sessions'
    366 cells in 0.9 ms instead of 2.3)."""
    item = _read_only().clone()
    item.setText(text)
    return item


class NetworksModel(QStandardItemModel):
    """The networks on the home: the name and the members; the name and the intention as
    tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[NetworkSummary] = []

    def set_networks(self, rows: Sequence[NetworkSummary]) -> None:
        self._rows = list(rows)
        self.setRowCount(0)
        for network in self._rows:
            if network.members == 1:
                members = self.tr("1 membre")
            else:
                members = self.tr("%1 membres").replace("%1", str(network.members))
            item = _item(f"{network.name}\n{members}")
            item.setToolTip(f"{network.name}\n{network.intention}".strip())
            self.appendRow(item)

    def network(self, row: int) -> NetworkSummary:
        return self._rows[row]


class MeetingsModel(QStandardItemModel):
    """The sessions of one network: number, date, title, place, items, status; the sessions
    still to hold in bold."""

    def __init__(self) -> None:
        super().__init__(0, 6)
        self._rows: list[MeetingSummary] = []
        self._headers = (
            self.tr("N°"),
            self.tr("Date"),
            self.tr("Séance"),
            self.tr("Lieu"),
            self.tr("Points"),
            self.tr("Statut"),
        )
        self.setHorizontalHeaderLabels(list(self._headers))
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return list(self._headers)

    def set_meetings(self, rows: Sequence[MeetingSummary]) -> None:
        self._rows = list(rows)
        self.setRowCount(0)
        for m in self._rows:
            cells = [
                _item(str(m.number)),
                _item(f"{local_date(m.planned_start)} · {local_time(m.planned_start)}"),
                _item(m.title),
                _item(m.place),
                _item(str(m.items)),
                _item(status_text(m.status)),
            ]
            for column in (0, 4):
                cells[column].setData(ALIGN_CENTER, TEXT_ALIGNMENT_ROLE)
            if m.status is not MeetingStatus.CLOSED:
                for cell in cells:
                    cell.setFont(self._bold)
            self.appendRow(cells)

    def meeting(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def rows(self) -> list[MeetingSummary]:
        return list(self._rows)
