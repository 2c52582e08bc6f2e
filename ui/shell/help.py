"""F1: every key of the window, grouped, in columns that fit a 1366×768 laptop screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.kit.widgets import section
from ui.shell.shortcuts import ALL_SHORTCUTS, Shortcut

COLUMNS = 3
TEXT_WIDTH = 250  # wide enough that most descriptions hold on one line
LAPTOP = (1320, 700)  # the most it takes of a 1366×768 screen (title bar and panel aside)


def _groups() -> list[list[Shortcut]]:
    groups: list[list[Shortcut]] = []
    for shortcut in ALL_SHORTCUTS:
        if not groups or groups[-1][0].group != shortcut.group:
            groups.append([])
        groups[-1].append(shortcut)
    return groups


def _balanced(heights: list[int], columns: int) -> list[list[int]]:
    """Group indexes in reading order, cut into ``columns`` of about the same height."""
    target = sum(heights) / columns
    result: list[list[int]] = [[]]
    height = 0
    for index, size in enumerate(heights):
        if height and height + size / 2 > target and len(result) < columns:
            result.append([])
            height = 0
        result[-1].append(index)
        height += size
    return result


class ShortcutsDialog(QDialog):
    """Non-modal (the room goes on); scrolls rather than runs off a small screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        holder = QWidget()
        columns = QHBoxLayout(holder)
        columns.setSpacing(28)
        self.rows: list[tuple[QLabel, QLabel]] = []
        blocks = [self._block(group) for group in _groups()]
        for column in _balanced([b.sizeHint().height() for b in blocks], COLUMNS):
            stack = QVBoxLayout()
            stack.setSpacing(10)
            for index in column:
                stack.addWidget(blocks[index])
            stack.addStretch(1)
            columns.addLayout(stack, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.holder = holder
        self.area = scroll
        note = QLabel(
            self.tr(
                "Les touches simples ne s'appliquent pas pendant la saisie d'un texte. "
                "Les touches d'une page ne valent que sur cette page ; F1 et Ctrl+F partout."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        self._fit()

    def _block(self, group: list[Shortcut]) -> QWidget:
        """One group: its title, then a key and what it does per row."""
        block = QWidget()
        grid = QGridLayout(block)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        grid.addWidget(section(group[0].group_text().upper()), 0, 0, 1, 2)
        for row, shortcut in enumerate(group, start=1):
            keys = QLabel(f"<b>{shortcut.key_text()}</b>")
            text = QLabel(shortcut.text())
            text.setWordWrap(True)
            text.setMinimumWidth(TEXT_WIDTH)
            top_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            grid.addWidget(keys, row, 0, top_right)
            grid.addWidget(text, row, 1)
            self.rows.append((keys, text))
        grid.setColumnStretch(1, 1)
        return block

    def _fit(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    def fit_to(self, available: QRect | None) -> None:
        """As large as its content, never larger than ``available`` (a screen's free area)."""
        wanted = self.holder.sizeHint()
        width = min(wanted.width() + 48, LAPTOP[0])
        height = min(wanted.height() + 90, LAPTOP[1])
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)
