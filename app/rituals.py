"""The group evaluates itself: météo at the start, ROTI at the end (DOMAIN.md §4, rituals).

Each present member answers in one key press (a 1–5 score) and optionally one word; answers
are stored per session and member, so a round can be corrected, but they are only ever shown
as a mean and a distribution: never a name beside a score outside the facilitator's round.
ROTI (return on time invested): 1 wasted my time, 3 worth it, 5 excellent; its mean and the
share of 4–5 are trended per session, and a ROTI falling three sessions in a row is a
warning like the others.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _
from models import Attendance, AttendanceStatus, Meeting, MeetingStatus, RitualAnswer, RitualKind

SCORES = (1, 2, 3, 4, 5)
HIGH = (4, 5)  # the share of 4–5 is what the ROTI trend follows
WORD_LENGTH = 80
FALLING_SESSIONS = 3  # a mean falling over this many sessions in a row is a warning


def record(
    db: Session,
    meeting_id: uuid.UUID,
    member_id: uuid.UUID,
    kind: RitualKind,
    now: datetime,
    score: int | None = None,
    word: str = "",
) -> None:
    """One member's answer (a new press replaces the previous one: the round is corrected)."""
    kind = RitualKind(kind)
    word = " ".join(word.split())[:WORD_LENGTH]
    if score is not None and score not in SCORES:
        raise EngineError(_("Une note va de 1 à 5."))
    if score is None and not word:
        raise EngineError(_("Donnez une note de 1 à 5 ou un mot."))
    answer = db.scalars(
        select(RitualAnswer).where(
            RitualAnswer.meeting_id == meeting_id,
            RitualAnswer.member_id == member_id,
            RitualAnswer.kind == kind,
        )
    ).first()
    if answer is None:
        answer = RitualAnswer(meeting_id=meeting_id, member_id=member_id, kind=kind, word="")
        db.add(answer)
    if score is not None:
        answer.score = score
    if word:
        answer.word = word
    answer.answered_at = now


def forget(db: Session, meeting_id: uuid.UUID, member_id: uuid.UUID, kind: RitualKind) -> None:
    """Remove a member's answer (pressed for the wrong person)."""
    for answer in db.scalars(
        select(RitualAnswer).where(
            RitualAnswer.meeting_id == meeting_id,
            RitualAnswer.member_id == member_id,
            RitualAnswer.kind == RitualKind(kind),
        )
    ):
        db.delete(answer)


@dataclass(frozen=True)
class RitualSummary:
    """What may be said of a round: counts, never who gave what."""

    kind: RitualKind
    answered: int
    present: int
    distribution: tuple[int, ...]  # how many gave 1, 2, 3, 4, 5
    words: tuple[str, ...]  # the words given, in alphabetical order (no names)

    @property
    def scored(self) -> int:
        """How many answers gave a score (passes left out)."""
        return sum(self.distribution)

    @property
    def mean(self) -> float | None:
        """The mean score, None before any score."""
        if not self.scored:
            return None
        return sum(s * n for s, n in zip(SCORES, self.distribution, strict=True)) / self.scored

    @property
    def high_share(self) -> float | None:
        """The share of 4–5 among the scores."""
        if not self.scored:
            return None
        return sum(n for s, n in zip(SCORES, self.distribution, strict=True) if s in HIGH) / (
            self.scored
        )

    @property
    def participation(self) -> float | None:
        """The share of the people present who answered, None when nobody was."""
        return self.answered / self.present if self.present else None


def answers(
    db: Session, meeting_id: uuid.UUID, kind: RitualKind
) -> dict[uuid.UUID, tuple[int | None, str]]:
    """Each member's answer: for the facilitator's round only."""
    return {
        a.member_id: (a.score, a.word)
        for a in db.scalars(
            select(RitualAnswer).where(
                RitualAnswer.meeting_id == meeting_id, RitualAnswer.kind == RitualKind(kind)
            )
        )
    }


def summary(db: Session, meeting_id: uuid.UUID, kind: RitualKind) -> RitualSummary | None:
    """The round of one session, anonymous; None when nobody answered."""
    given = answers(db, meeting_id, kind)
    if not given:
        return None
    present = db.scalar(
        select(func.count())
        .select_from(Attendance)
        .where(
            Attendance.meeting_id == meeting_id,
            Attendance.status == AttendanceStatus.PRESENT,
        )
    )
    counts = Counter(score for score, _word in given.values() if score is not None)
    words = sorted((w for _s, w in given.values() if w), key=str.casefold)
    return RitualSummary(
        RitualKind(kind),
        len(given),
        max(int(present or 0), len(given)),
        tuple(counts.get(s, 0) for s in SCORES),
        tuple(words),
    )


@dataclass(frozen=True)
class RotiPoint:
    session: int
    on: datetime
    mean: float
    high_share: float
    participation: float | None


def roti_trend(db: Session, network_id: uuid.UUID) -> list[RotiPoint]:
    """Mean ROTI, share of 4–5 and participation per closed session, oldest first."""
    points = []
    for meeting in db.scalars(
        select(Meeting)
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.CLOSED)
        .order_by(Meeting.planned_start)
    ):
        s = summary(db, meeting.id, RitualKind.ROTI)
        if s is not None and s.mean is not None and s.high_share is not None:
            points.append(
                RotiPoint(
                    meeting.number,
                    meeting.started_at or meeting.planned_start,
                    s.mean,
                    s.high_share,
                    s.participation,
                )
            )
    return points


def roti_counts(
    db: Session, meeting_ids: Sequence[uuid.UUID] | None = None
) -> dict[uuid.UUID, Counter[int | None]]:
    """How many ROTI answers gave each score (None: passed), by session, counted in SQL; of
    the sessions ``meeting_ids`` (every session when None)."""
    query = (
        select(RitualAnswer.meeting_id, RitualAnswer.score, func.count())
        .where(RitualAnswer.kind == RitualKind.ROTI)
        .group_by(RitualAnswer.meeting_id, RitualAnswer.score)
    )
    if meeting_ids is not None:
        query = query.where(RitualAnswer.meeting_id.in_(meeting_ids))
    by_score: dict[uuid.UUID, Counter[int | None]] = defaultdict(Counter)
    for meeting_id, score, count in db.execute(query):
        by_score[meeting_id][score] += count
    return by_score


def roti_point(
    number: int, on: datetime, counts: Counter[int | None] | None, present: int
) -> RotiPoint | None:
    """A closed session's ROTI point from its answers counted by score, as ``summary`` makes
    it (None: nobody gave a score)."""
    if not counts:
        return None
    answered = sum(counts.values())
    round_ = RitualSummary(
        RitualKind.ROTI,
        answered,
        max(present, answered),
        tuple(counts.get(score, 0) for score in SCORES),
        (),
    )
    if round_.mean is None or round_.high_share is None:
        return None
    return RotiPoint(number, on, round_.mean, round_.high_share, round_.participation)


def falling(points: list[RotiPoint]) -> bool:
    """The mean ROTI fell at each of the last sessions (FALLING_SESSIONS of them)."""
    last = [p.mean for p in points[-FALLING_SESSIONS:]]
    return len(last) == FALLING_SESSIONS and all(a > b for a, b in pairwise(last))
