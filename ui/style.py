"""One place for the look: spacing, type sizes, colours (never the only signal)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5f8b"
MUTED = "#5b6770"
RUNNING = "#1e7b34"

STYLESHEET = f"""
QWidget {{ font-size: 10.5pt; }}
QLabel#title {{ font-size: 18pt; font-weight: 600; }}
QLabel#subtitle {{ color: {MUTED}; font-size: 11pt; }}
QLabel#section {{ color: {MUTED}; font-size: 9pt; font-weight: 600; letter-spacing: 1px; }}
QListView, QTableView {{ border: 1px solid #d5dbe0; border-radius: 4px; }}
QListView::item {{ padding: 8px 6px; }}
QListView::item:selected, QTableView::item:selected {{ background: {ACCENT}; color: white; }}
QHeaderView::section {{ background: #f1f4f6; border: none; border-bottom: 1px solid #d5dbe0;
    padding: 6px 10px; font-weight: 600; }}
QTableView::item {{ padding: 4px 10px; }}
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
