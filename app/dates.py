"""Dates, times and durations as a French or an English reader writes them (no Qt here)."""

from __future__ import annotations

from datetime import date, datetime

_DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


# Abbreviated, as Qt's French and English locales write them (the windows' own dates).
_SHORT_DAYS = {
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_SHORT_MONTHS = {
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def day_label(day: date | datetime, language: str) -> str:
    """'jeu. 12 mars 2026' / 'Thu 12 Mar 2026' (local time for an instant): a day in a list."""
    if isinstance(day, datetime):
        day = day.astimezone().date()
    weekday = _SHORT_DAYS[language][day.weekday()]
    return f"{weekday} {day.day} {_SHORT_MONTHS[language][day.month - 1]} {day.year}"


def long_date(day: date | datetime, language: str) -> str:
    """'mardi 12 mars 2026' / 'Tuesday 12 March 2026' (local time for an instant)."""
    if isinstance(day, datetime):
        day = day.astimezone().date()
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{_DAYS[language][day.weekday()]} {first} {_MONTHS[language][day.month - 1]} {day.year}"


def short_date(day: date, language: str) -> str:
    """A short day: 12/03/2026 in French, 12 Mar 2026 in English."""
    return (
        f"{day:%d/%m/%Y}"
        if language == "fr"
        else f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
    )


def clock_time(instant: datetime) -> str:
    """The local hour and minute of an instant (09:05)."""
    return f"{instant.astimezone():%H:%M}"


def minutes_text(seconds: float, language: str) -> str:
    """A duration rounded to the minute: '45 min', '1 h 05' (fr) / '1 h 05 min' (en)."""
    total = round(max(seconds, 0) / 60)
    hours, minutes = divmod(total, 60)
    if not hours:
        return f"{minutes}\u00a0min"
    if language == "fr":
        return f"{hours}\u00a0h\u00a0{minutes:02d}"
    return f"{hours}\u00a0h\u00a0{minutes:02d}\u00a0min"


def duration_text(seconds: float, language: str) -> str:
    """A duration in one unambiguous form: '52 s', '4 min 05 s', '1 h 20'; '−' when negative.

    Past an hour it is rounded to the minute (``minutes_text``). Clock times stay hh:mm and
    the big running timers their digits: a duration never looks like either.
    """
    sign = "−" if seconds < 0 else ""
    total = round(abs(seconds))
    if total >= 3600:
        return sign + minutes_text(total, language)
    minutes, secs = divmod(total, 60)
    if not minutes:
        return f"{sign}{secs}\u00a0s"
    if not secs:
        return f"{sign}{minutes}\u00a0min"
    return f"{sign}{minutes}\u00a0min\u00a0{secs:02d}\u00a0s"


def timer_digits(seconds: float) -> str:
    """The digits of a running timer: '8:12', '1:02:05' past an hour; '−' when negative."""
    sign = "−" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
