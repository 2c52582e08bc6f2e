"""Dates, times and durations as people read them, in the chosen locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def local_date(instant: datetime) -> str:
    """'jeu. 12 mars 2026' in French, 'Thu 12 Mar 2026' in English (local time zone)."""
    local = instant.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")


def local_time(instant: datetime) -> str:
    return f"{instant.astimezone():%H:%M}"


def duration(seconds: float) -> str:
    """'4:05' for minutes and seconds, '1:02:05' past an hour; a sign when negative."""
    sign = "−" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def decimal(value: float, places: int = 2) -> str:
    """'0,35' in French, '0.35' in English."""
    return QLocale().toString(float(value), "f", places)


def short_date(day: date) -> str:
    """'26/03/2026' in French, the English locale's own short form in English."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
