"""One place for the look: spacing, type sizes, colours (never the only signal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # the engine's module is not for the window's first frame
    from app.engine.timeline import TimerLevel

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
QPushButton {{ padding: 5px 10px; border: 1px solid #b8c2ca; border-radius: 4px;
    background: #f7f9fa; }}
QPushButton:hover {{ background: #eaf0f4; }}
QPushButton:disabled {{ color: #8f9aa2; border: 1px dashed #c9d0d5; background: transparent; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT};
    font-weight: 600; }}
QPushButton#primary:disabled {{ background: #b9c9d5; border-color: #b9c9d5; }}
QLabel#heading {{ font-size: 12pt; font-weight: 600; }}
QLabel#sessionClock {{ font-size: 13pt; font-weight: 600; font-family: "DejaVu Sans Mono"; }}
QLabel#schedule {{ font-size: 11pt; font-weight: 600; color: {RUNNING}; }}
QLabel#schedule[behind="true"] {{ color: #b3261e; }}
QLabel#itemTitle {{ font-size: 15pt; font-weight: 600; }}
QLabel#phase {{ font-size: 12.5pt; font-weight: 600; color: {ACCENT}; }}
QLabel#rule {{ font-size: 12.5pt; font-style: italic; }}
QLabel#speaker {{ font-size: 15pt; font-weight: 600; }}
QLabel#warning {{ color: #8a1c15; font-weight: 600; }}
QLabel#total {{ font-weight: 600; }}
QLabel#total[over="true"] {{ color: #b3261e; }}
QLabel#banner {{ background: #e8f1f8; border: 1px solid #9cc0da; border-radius: 4px;
    padding: 6px 10px; }}
QLabel#banner[error="true"] {{ background: #fbe9e7; border-color: #d9776e; color: #5c0f0a; }}
QFrame#tile {{ border: 1px solid #c9d2d9; border-radius: 6px; background: #ffffff; }}
QFrame#tile[speaking="true"] {{ border: 3px solid {ACCENT}; background: #dcebf6; }}
QLabel#tileKey {{ background: #eef2f5; border: 1px solid #c9d2d9; border-radius: 3px;
    padding: 0 5px; font-weight: 600; font-family: "DejaVu Sans Mono"; }}
QLabel#tileName {{ font-weight: 600; }}
QLabel#tileName[speaking="true"] {{ font-size: 12pt; }}
QLabel#tileRole, QLabel#tileCue {{ color: {MUTED}; font-size: 9pt; }}
QLabel#tileCue[speaking="true"] {{ color: {ACCENT}; font-weight: 700; }}
QLabel#tileTime {{ font-family: "DejaVu Sans Mono"; }}
QFrame#captureBar {{ background: #fff8e1; border: 2px solid #e0b84c; border-radius: 6px; }}
QFrame#rule_line {{ color: #d5dbe0; }}
QLabel#card {{ background: white; border: 1px solid #d5dbe0; border-radius: 6px;
    padding: 8px 12px; }}
QLabel#warnings {{ padding: 6px 10px; border-radius: 4px; background: #e8f5e9; }}
QLabel#warnings[alert="true"] {{ background: #fff4e5; color: #5c3a00; }}
QLabel#warnings[reading="true"] {{ background: #eef0f3; color: {MUTED}; }}
"""


def light_palette() -> QPalette:
    """Cercle's own colours, whatever the desktop's theme.

    The style sheet draws light tiles, cards and tables; text from a dark desktop palette
    (white) on them was unreadable. One light palette everywhere keeps every screen legible
    and the screenshots true to what the room sees.
    """
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#eff1f3",
        QPalette.ColorRole.WindowText: "#1b2126",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f5f7f8",
        QPalette.ColorRole.Text: "#1b2126",
        QPalette.ColorRole.Button: "#f7f9fa",
        QPalette.ColorRole.ButtonText: "#1b2126",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: "#1b2126",
        QPalette.ColorRole.PlaceholderText: "#6b767e",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e3e7ea",
        QPalette.ColorRole.Mid: "#b8c2ca",
        QPalette.ColorRole.Dark: "#8a949c",
        QPalette.ColorRole.Shadow: "#5b6770",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8f9aa2"))
    return palette


def apply_style(app: QApplication) -> None:
    """Fusion, the light palette, a readable font and the style sheet.

    Only what differs is set: setting any of them again repolishes every widget alive
    (about 0.2 s with a main window open), and the application is created again for each
    window under the tests.
    """
    if app.property("cercle_fusion") is not True:
        app.setStyle("Fusion")  # draws with the palette below on every desktop
        app.setProperty("cercle_fusion", True)
    palette = light_palette()
    if app.palette() != palette:  # a dark desktop's palette set before Cercle starts
        app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    if app.font() != font:
        app.setFont(font)
    if app.styleSheet() != STYLESHEET:
        app.setStyleSheet(STYLESHEET)


def timer_colours(level: TimerLevel) -> tuple[str, str]:
    """Background and text colours of a timer (dark text on light, contrast ≥ 4.5:1)."""
    from app.engine.timeline import TimerLevel

    return {
        TimerLevel.NORMAL: ("#e8f1f8", "#0d2f47"),
        TimerLevel.WARNING: ("#ffe3a3", "#4a3000"),
        TimerLevel.OVERRUN: ("#b3261e", "#ffffff"),
    }[level]
