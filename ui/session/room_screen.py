"""The room's screen: which screen it is (the largest that is not the facilitator's), a window
put there full screen, and the labels the room reads (plain text only, wrapped text claiming
its lines, sized by the window's style)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.kit.widgets import ElidedLabel


class HasGeometry(Protocol):
    def geometry(self) -> QRect: ...


def choose_screen(screens: Sequence[HasGeometry], cockpit: HasGeometry | None) -> int | None:
    """The index of the screen for the room: the largest one that is not the cockpit's.

    None when there is only the laptop's own screen (the projector then opens as a window).
    """
    others = [
        i for i, s in enumerate(screens) if cockpit is None or s.geometry() != cockpit.geometry()
    ]
    if len(screens) < 2 or not others:
        return None
    return max(others, key=lambda i: screens[i].geometry().width() * screens[i].geometry().height())


def show_on_room_screen(window: QWidget, facilitator: QWidget) -> None:
    """``window`` full screen on the room's screen when there is a second one, else as a
    window; the facilitator's window keeps the focus."""
    screens = QGuiApplication.screens()
    index = choose_screen(screens, facilitator.screen())
    if index is None:
        window.showNormal()
    else:
        window.setScreen(screens[index])
        window.setGeometry(screens[index].geometry())
        window.showFullScreen()
    facilitator.activateWindow()


class RoomLabel(QLabel):
    """Plain text only (user text is never markup here); wrapped text claims its lines."""

    def __init__(self, role: str, wrap: bool = True, align: Qt.AlignmentFlag | None = None) -> None:
        super().__init__()
        self.setProperty("role", role)
        self.setWordWrap(wrap)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if align is not None:
            self.setAlignment(align)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._claim_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim_lines()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._claim_lines()

    def _claim_lines(self) -> None:
        # Layouts do not ask a label in a stack for its height at this width: tell them.
        if self.wordWrap() and self.width() > 0:
            self.setMinimumHeight(max(self.heightForWidth(self.width()), 0))


class RoomElided(ElidedLabel):
    def __init__(self, role: str) -> None:
        super().__init__()
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
