"""Date and time fields that type like a form: Tab leaves the field, never walks inside it.

QDateTimeEdit moves Tab and Shift+Tab between its own sections (day, month, year; hour,
minute): a facilitator leaving the date with Shift+Tab ended up changing the year, or the
hour. Here Tab goes to the next field and a date types as written. The date is numeric
(12/03/2026) with its weekday beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from ui.kit.formatting import date_edit_format

SEPARATORS = {"/", ".", "-", ":", " "}


class _TypedLikeAForm:
    """Mixin for date and time edits: typed as people write them, Tab leaves the field.

    Qt jumps to the next part after two digits (the day, the hour); the "/" or ":" typed
    next jumped again, so "15/05/2026" put the month's digits into the year. A separator
    right after such a jump is taken as already done. Tab and Shift+Tab go to the next
    and previous field instead of walking the parts.
    """

    _jumped = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            QWidget.focusNextPrevChild(edit, event.key() == Qt.Key.Key_Tab)
            return
        if event.text() and event.text() in SEPARATORS and self._jumped:
            self._jumped = False
            return
        before = edit.currentSection()
        QDateTimeEdit.keyPressEvent(edit, event)
        self._jumped = event.text().isdigit() and edit.currentSection() != before

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)  # type: ignore[arg-type]


class DateEdit(_TypedLikeAForm, QDateEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_edit_format())
        self.setCurrentSection(QDateEdit.Section.DaySection)


class TimeEdit(_TypedLikeAForm, QTimeEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat("HH:mm")


class DateField(QWidget):
    """The date, typed as 12/03/2026, with 'jeudi' beside it to check at a glance."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = DateEdit()
        self.weekday = QLabel()
        self.weekday.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.weekday)
        layout.addStretch(1)
        self.edit.dateChanged.connect(self._show_weekday)
        self.setFocusProxy(self.edit)

    def date(self) -> QDate:
        return self.edit.date()

    def setDate(self, day: QDate) -> None:
        self.edit.setDate(day)
        self._show_weekday(day)

    def _show_weekday(self, day: QDate) -> None:
        self.weekday.setText(QLocale().toString(day, "dddd"))
