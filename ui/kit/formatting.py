"""Dates, times and durations as people read them, in the chosen locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from app.dates import day_label, duration_text, timer_digits
from app.i18n import current_language
from app.i18n import decimal as core_decimal


def local_date(instant: datetime) -> str:
    """'jeu. 12 mars 2026' in French, 'Thu 12 Mar 2026' in English (local time zone): the
    core's ``day_label``, so that a window and a document write a day alike."""
    return day_label(instant, current_language())


def local_time(instant: datetime) -> str:
    return f"{instant.astimezone():%H:%M}"


def duration(seconds: float) -> str:
    """'52 s', '4 min 05 s', '1 h 20': a duration, never confused with a clock time."""
    return duration_text(seconds, current_language())


def timer(seconds: float) -> str:
    """The big digits of a running timer ('8:12'), always shown with their caption."""
    return timer_digits(seconds)


def decimal(value: float, places: int = 2) -> str:
    """'0,35' in French, '0.35' in English: the documents' own form (app.i18n)."""
    return core_decimal(value, current_language(), places)


def short_date(day: date) -> str:
    """'26/03/2026' in French, the English locale's own short form in English: the form the
    date fields take (``date_edit_format``), so a date reads as it is typed."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_edit_format() -> str:
    """How a date field shows a date: the language's short format, with the whole year."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")
