"""Time arithmetic of the session: active time, timers, schedule. Pure functions."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, TypeVar

Interval = tuple[datetime, datetime | None]

WARNING_FRACTION = 0.2  # the last 20 % of a timebox is shown amber


def overlap_seconds(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> float:
    """Seconds the two spans of time have in common (0 when they do not meet)."""
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return max((end - start).total_seconds(), 0.0)


def active_seconds(
    start: datetime | None, end: datetime | None, pauses: Iterable[Interval], now: datetime
) -> float:
    """Seconds between ``start`` and ``end`` (or now) that were not inside a pause."""
    if start is None:
        return 0.0
    span = (start, end or now)
    if span[1] <= span[0]:
        return 0.0
    paused = sum(overlap_seconds(span, (p0, p1 or now)) for p0, p1 in pauses)
    return max((span[1] - span[0]).total_seconds() - paused, 0.0)


class TimerLevel(enum.StrEnum):
    NORMAL = "normal"
    WARNING = "warning"  # last 20 %
    OVERRUN = "overrun"


@dataclass(frozen=True)
class Timer:
    planned: float
    elapsed: float

    @property
    def remaining(self) -> float:
        """Seconds left; negative once overrun."""
        return self.planned - self.elapsed

    @property
    def overrun(self) -> float:
        """Seconds spent beyond the timebox (0 while within it)."""
        return max(self.elapsed - self.planned, 0.0)

    @property
    def level(self) -> TimerLevel:
        """The timer's colour: normal, amber in the last 20 % of the timebox, red once overrun."""
        if self.planned <= 0:
            return TimerLevel.NORMAL
        if self.elapsed > self.planned:
            return TimerLevel.OVERRUN
        if self.remaining <= WARNING_FRACTION * self.planned:
            return TimerLevel.WARNING
        return TimerLevel.NORMAL


@dataclass(frozen=True)
class Schedule:
    """Where the session stands against its plan.

    The estimate is the actual start, plus the time spent since, plus what is still planned
    (the current item at least to its planned end; its overrun is already in the time
    spent). It is compared with the end of the planned agenda — the slot's end when the
    agenda fills it or runs past it — so a short agenda in a long slot is not "ahead" by
    the empty rest of the slot, and a late start counts as lateness.
    """

    remaining_planned: float  # seconds still planned (current item's rest + pending items)
    estimated_end: datetime
    agenda_end: datetime  # when the agenda as planned ends (never after the slot's end)
    planned_end: datetime  # the slot's end, moved with the start when run at another time
    late_start: float = 0.0  # seconds the session started (or will start) after its plan

    @property
    def ahead(self) -> float:
        """Seconds ahead of the planned agenda; negative when behind."""
        return (self.agenda_end - self.estimated_end).total_seconds()

    @property
    def over_slot(self) -> float:
        """Seconds the estimate runs past the slot's end (what fitting has to save)."""
        return (self.estimated_end - self.planned_end).total_seconds()


class Progress(enum.StrEnum):
    """Where an agenda item stands, as the schedule needs it."""

    PENDING = "pending"
    CURRENT = "current"  # running or paused
    DONE = "done"
    SKIPPED = "skipped"


def estimate_schedule(
    slot: tuple[datetime, datetime],
    started_at: datetime | None,
    ended_at: datetime | None,
    items: Sequence[tuple[float, float, Progress]],
    now: datetime,
) -> Schedule:
    """The schedule of a session from its slot, its actual start and its items.

    ``items`` are (planned seconds, actual seconds, progress) in agenda order. The estimated
    end is the actual start (now at the earliest when not started), plus the time spent
    since, plus the planned rest: the current item at least to its planned end (an overrun
    is already in the time spent), then every pending item as planned.
    """
    start, slot_end = slot
    agenda = sum(planned for planned, _, _ in items)  # as planned, skipped items included
    agenda_end = min(start + timedelta(seconds=agenda), slot_end) if items else slot_end
    begun = started_at if started_at is not None else max(now, start)
    late = max((begun - start).total_seconds(), 0.0)
    if ended_at is not None:
        return Schedule(0.0, ended_at, agenda_end, slot_end, late)
    remaining = sum(
        planned if progress is Progress.PENDING else max(planned - actual, 0.0)
        for planned, actual, progress in items
        if progress in (Progress.PENDING, Progress.CURRENT)
    )
    reference = max(now, begun)  # actual start + time spent since
    return Schedule(remaining, reference + timedelta(seconds=remaining), agenda_end, slot_end, late)


K = TypeVar("K")


@dataclass(frozen=True)
class FitProposal(Generic[K]):
    """A way to end on time: new planned minutes for some items, and items to drop."""

    kind: str  # "shrink" or "drop"
    minutes: dict[K, int]
    dropped: tuple[K, ...]
    saves_seconds: float


def fit_proposals(
    pending: Sequence[tuple[K, int]], behind_seconds: float, minimum_minutes: int = 2
) -> list[FitProposal[K]]:
    """Ways to absorb ``behind_seconds`` with the ``pending`` items [(id, planned minutes)].

    "shrink" scales every pending item down by the same factor (never below
    ``minimum_minutes``); "drop" removes items from the end of the agenda until enough
    time is saved. Nothing to propose when the session is on time.
    """
    if behind_seconds <= 0 or not pending:
        return []
    total = sum(m for _, m in pending) * 60.0
    proposals: list[FitProposal[K]] = []
    target = max(total - behind_seconds, 0.0)
    factor = target / total if total else 0.0
    shrunk = {key: max(minimum_minutes, int(m * factor)) for key, m in pending}
    saved = total - sum(shrunk.values()) * 60.0
    if saved > 0:
        proposals.append(FitProposal("shrink", shrunk, (), saved))
    dropped: list[K] = []
    saved = 0.0
    for key, minutes in reversed(pending):
        if saved >= behind_seconds:
            break
        dropped.append(key)
        saved += minutes * 60.0
    proposals.append(FitProposal("drop", {}, tuple(dropped), saved))
    return proposals
