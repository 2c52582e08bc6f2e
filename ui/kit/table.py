"""A table model over a list of plain rows (the core's frozen dataclasses).

Each view declares its columns; the ticker can hand the same rows ten times a second and the
model only tells the view when something really changed (no flicker, selection kept).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.kit.formatting import short_date

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    bold: Callable[[R], bool] | None = None
    colour: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._rows: list[R] = []
        self._texts: list[list[str]] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        texts = [[c.text(r) for c in self.columns] for r in rows]
        if len(rows) == len(self._rows) and rows == self._rows and texts == self._texts:
            return
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows, self._texts = list(rows), texts
            self.endResetModel()
            return
        self._rows, self._texts = list(rows), texts
        if rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
            )

    def row(self, number: int) -> R:
        return self._rows[number]

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and accessibility)."""
        return [list(t) for t in self._texts]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None


def table_view(
    model: QAbstractItemModel,
    name: str,
    *,
    stretch: int | None = None,
    selectable: bool = True,
    headers: bool = True,
    alternating: bool = True,
) -> QTableView:
    """A read-only table as every screen of Cercle shows one: rows, no grid, no row numbers.

    ``stretch`` is the column that takes the free width (the others fit their content);
    ``selectable`` False makes a table only to read (no selection, no focus).
    """
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.horizontalHeader().setVisible(headers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(alternating)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if selectable:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    else:
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def action_columns(
    owner: Callable[[Any], str] = lambda a: a.owner,
    title: Callable[[Any], str] = lambda a: a.title,
) -> list[Column[Any]]:
    """The first columns of every list of actions: late or not, the action, owner, due date.

    The rows need ``title`` and ``due_on``, and ``overdue`` when the list can show late ones.
    """

    def late(a: Any) -> bool:
        return bool(getattr(a, "overdue", False))

    return [
        Column(
            "",
            lambda a: QCoreApplication.translate("Actions", "⚠ en retard") if late(a) else "",
            colour=_late_colour,
            bold=late,
        ),
        Column(
            QCoreApplication.translate("Actions", "Action"),
            title,
            tooltip=title,  # whole on hover when the column is narrow
        ),
        Column(QCoreApplication.translate("Actions", "Responsable"), owner),
        Column(
            QCoreApplication.translate("Actions", "Échéance"),
            lambda a: short_date(a.due_on) if a.due_on else "",
        ),
    ]


def _late_colour(a: Any) -> str | None:
    return "#b3261e" if getattr(a, "overdue", False) else None
