"""One unambiguous form for durations, never to be confused with a clock time or a timer."""

from __future__ import annotations

from app.dates import duration_text, timer_digits

NBSP = "\u00a0"


def test_durations_read_as_words_and_timers_as_digits() -> None:
    assert duration_text(52, "fr") == f"52{NBSP}s"
    assert duration_text(292, "fr") == f"4{NBSP}min{NBSP}52{NBSP}s"  # was "4:52"
    assert duration_text(60, "en") == f"1{NBSP}min"  # "Planned 1:00" meant one minute
    assert duration_text(4800, "fr") == f"1{NBSP}h{NBSP}20"  # was "1:20:00"
    assert duration_text(-95, "fr") == f"−1{NBSP}min{NBSP}35{NBSP}s"
    assert duration_text(3599.6, "fr") == f"1{NBSP}h{NBSP}00"  # never "60 min"
    assert timer_digits(492) == "8:12" and timer_digits(3725) == "1:02:05"
