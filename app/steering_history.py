"""One network's records read into plain data, once (DOMAIN.md §2–3).

``load_history`` is the only reading; every indicator (``app.steering_indicators``), warning
(``app.steering_warnings``) and the dashboard (``app.steering``) are pure functions of the
``History`` it returns, so each can be checked on a hand-built history with a known answer.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _
from app.rituals import RotiPoint, roti_trend
from app.steering_entries import EntryRow, read_entries
from app.store.sql import seconds_between
from app.text import fold
from models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Circle,
    ItemRole,
    LifecycleStage,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    MembershipRole,
    Network,
    NetworkKind,
    Role,
    SpeakingTurn,
)


@dataclass(frozen=True)
class Profile:
    id: uuid.UUID
    name: str
    intention: str
    ground_rules: str
    autonomy_alignment: int
    structuring: int
    lifecycle_stage: LifecycleStage
    target_rhythm_days: int
    meeting_minutes: int
    sponsor: str
    kind: NetworkKind | None = None
    pilot: str = ""
    facilitators: str = ""


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    name: str
    role: MembershipRole
    circle_override: Circle | None = None


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    number: int
    start: datetime
    status: MeetingStatus
    title: str = ""
    format: str = ""
    present: frozenset[uuid.UUID] = frozenset()
    seconds: Mapping[uuid.UUID, float] = field(default_factory=dict)
    clients: frozenset[uuid.UUID] = frozenset()


@dataclass(frozen=True)
class History:
    profile: Profile
    members: tuple[MemberRow, ...]
    sessions: tuple[SessionRow, ...]  # every session, by date
    entries: tuple[EntryRow, ...]
    roti: tuple[RotiPoint, ...] = ()  # mean ROTI per closed session that had one

    @property
    def closed(self) -> tuple[SessionRow, ...]:
        return tuple(s for s in self.sessions if s.status is MeetingStatus.CLOSED)

    def name(self, member_id: uuid.UUID) -> str:
        return next((m.name for m in self.members if m.id == member_id), "?")


# --- reading ----------------------------------------------------------------------------------


def load_history(db: Session, network_id: uuid.UUID) -> History:
    network = db.get(Network, network_id)
    if network is None:
        raise EngineError(_("Ce réseau n'existe pas."))
    profile = Profile(
        network.id,
        network.name,
        network.intention,
        network.ground_rules,
        network.autonomy_alignment,
        network.structuring,
        network.lifecycle_stage,
        network.target_rhythm_days,
        network.meeting_minutes,
        network.sponsor,
        network.kind,
        network.pilot,
        network.facilitators,
    )
    members = tuple(
        sorted(
            (
                MemberRow(m.id, m.name, ms.role, ms.circle_override)
                for m, ms in db.execute(
                    select(Member, Membership)
                    .join(Membership, Membership.member_id == Member.id)
                    .where(Membership.network_id == network_id, Membership.left_on.is_(None))
                )
            ),
            key=lambda m: fold(m.name),
        )
    )
    meetings = list(
        db.scalars(
            select(Meeting).where(Meeting.network_id == network_id).order_by(Meeting.planned_start)
        )
    )
    ids = [m.id for m in meetings]
    present: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for meeting_id, member_id in db.execute(
        select(Attendance.meeting_id, Attendance.member_id).where(
            Attendance.meeting_id.in_(ids), Attendance.status == AttendanceStatus.PRESENT
        )
    ):
        present[meeting_id].add(member_id)
    seconds: dict[uuid.UUID, dict[uuid.UUID, float]] = defaultdict(dict)
    duration = seconds_between(
        SpeakingTurn.started_at, func.coalesce(SpeakingTurn.ended_at, SpeakingTurn.started_at)
    )
    for meeting_id, member_id, total in db.execute(
        select(SpeakingTurn.meeting_id, SpeakingTurn.member_id, func.sum(duration))
        .where(SpeakingTurn.meeting_id.in_(ids))
        .group_by(SpeakingTurn.meeting_id, SpeakingTurn.member_id)
    ):
        seconds[meeting_id][member_id] = float(total or 0.0)
    clients: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for meeting_id, member_id in db.execute(
        select(AgendaItem.meeting_id, ItemRole.member_id)
        .join(ItemRole, ItemRole.item_id == AgendaItem.id)
        .where(
            AgendaItem.meeting_id.in_(ids),
            ItemRole.role == Role.CLIENT,
            AgendaItem.started_at.is_not(None),
        )
    ):
        clients[meeting_id].add(member_id)
    sessions = tuple(
        SessionRow(
            m.id,
            m.number,
            m.started_at or m.planned_start,
            m.status,
            m.title,
            m.format,
            frozenset(present[m.id]),
            seconds[m.id],
            frozenset(clients[m.id]),
        )
        for m in meetings
    )
    return History(
        profile,
        members,
        sessions,
        read_entries(
            db,
            network_id,
            [growth_cutoff(s) for s in sessions if s.status is MeetingStatus.CLOSED],
            window_start(sessions),
        ),
        tuple(roti_trend(db, network_id)),
    )


def growth_cutoff(session: SessionRow) -> datetime:
    """The growth chart counts the entries made up to the end of a session's day."""
    return session.start.replace(hour=23, minute=59)


def window_start(sessions: Sequence[SessionRow]) -> datetime | None:
    """Where the circles' window of the last six closed sessions starts (None: no session)."""
    closed = [s for s in sessions if s.status is MeetingStatus.CLOSED][-6:]
    return closed[0].start if closed else None
