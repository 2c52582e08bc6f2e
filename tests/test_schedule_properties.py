"""Ahead or behind tells the truth over random sessions (hypothesis, pure arithmetic)."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.engine.timeline import Progress, estimate_schedule
from tests.conftest import START

minutes = st.integers(1, 90)


@st.composite
def overrun_sessions(draw: st.DrawFn) -> tuple:
    """A session whose every item so far ran over, started on time or late, with gaps."""
    planned = draw(st.lists(minutes, min_size=1, max_size=8))
    slot = draw(st.integers(0, 240))  # the slot may be shorter or longer than the agenda
    late = draw(st.integers(0, 90))
    ran = draw(st.integers(1, len(planned)))  # items begun: all done but the last, current
    items = []
    spent = late * 60.0
    for index, plan in enumerate(planned):
        if index < ran:
            actual = plan * 60.0 + draw(st.integers(1, 1800))
            gap = draw(st.integers(0, 300))
            spent += actual + gap
            progress = Progress.CURRENT if index == ran - 1 else Progress.DONE
            items.append((plan * 60.0, actual, progress))
        else:
            items.append((plan * 60.0, 0.0, Progress.PENDING))
    if draw(st.booleans()):  # the current item may have ended too
        items[ran - 1] = (items[ran - 1][0], items[ran - 1][1], Progress.DONE)
    return items, slot, late, spent


@given(overrun_sessions())
def test_never_ahead_while_every_item_ran_over(session: tuple) -> None:
    items, slot, late, spent = session
    started = START + timedelta(minutes=late)
    now = START + timedelta(seconds=spent)
    schedule = estimate_schedule(
        (START, START + timedelta(minutes=slot)), started, None, items, now
    )
    assert schedule.ahead < 0
    assert schedule.late_start == late * 60
    assert schedule.estimated_end >= now


@given(st.lists(minutes, min_size=1, max_size=8), st.integers(0, 60))
def test_a_session_run_to_plan_is_on_time_and_a_late_start_is_lateness(
    planned: list[int], late: int
) -> None:
    slot = (START, START + timedelta(minutes=sum(planned) + 30))  # a roomy slot
    started = START + timedelta(minutes=late)
    items = [(m * 60.0, 0.0, Progress.PENDING) for m in planned]
    schedule = estimate_schedule(slot, started, None, items, started)
    # The empty end of the slot is not "ahead"; the late start is exactly the delay.
    assert schedule.ahead == -late * 60
    assert schedule.late_start == late * 60


def test_right_after_the_start_a_short_agenda_is_not_hours_ahead() -> None:
    slot = (START, START + timedelta(minutes=150))
    items = [(7 * 60.0, 30.0, Progress.CURRENT)]
    schedule = estimate_schedule(slot, START, None, items, START + timedelta(seconds=30))
    assert schedule.ahead == 0  # was "▲ En avance de 143 min"


def test_an_overrunning_item_counts_its_overrun() -> None:
    slot = (START, START + timedelta(minutes=240))
    items = [(10 * 60.0, 25 * 60.0, Progress.CURRENT), (20 * 60.0, 0.0, Progress.PENDING)]
    schedule = estimate_schedule(slot, START, None, items, START + timedelta(minutes=25))
    assert schedule.ahead == -15 * 60  # was "207 min ahead"
    assert schedule.estimated_end == START + timedelta(minutes=45)


def test_a_session_not_started_yet_after_its_time_is_late() -> None:
    slot = (START, START + timedelta(minutes=60))
    items = [(60 * 60.0, 0.0, Progress.PENDING)]
    schedule = estimate_schedule(slot, None, None, items, START + timedelta(minutes=53))
    assert schedule.late_start == 53 * 60 and schedule.ahead == -53 * 60
