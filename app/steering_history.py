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
from functools import cached_property

from sqlalchemy import ColumnElement, Float, String, func, literal_column, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.engine.errors import EngineError
from app.i18n import _
from app.rituals import RotiPoint, roti_counts, roti_point
from app.steering_entries import EntryRow, read_entries
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
from models.meeting import TURN_DURATION


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

    @cached_property  # read by most indicators, for each member: filtered once
    def closed(self) -> tuple[SessionRow, ...]:
        """The sessions held and closed, in order."""
        return tuple(s for s in self.sessions if s.status is MeetingStatus.CLOSED)

    def name(self, member_id: uuid.UUID) -> str:
        """A member's name ('?' for someone unknown to this history)."""
        return next((m.name for m in self.members if m.id == member_id), "?")


# --- reading ----------------------------------------------------------------------------------


def load_history(db: Session, network_id: uuid.UUID) -> History:
    """Everything the health page reads of a network, in one pass (counts, not texts).

    Plain columns, never ORM objects but the network's own row; every sum and count is made
    in SQL over the covering indexes of migrations 0008–0009, so the reading costs a few
    queries whatever the network's size (``bench/health.py``).
    """
    network = db.get(Network, network_id)
    if network is None:
        raise EngineError(_("Ce réseau n'existe pas."))
    members = tuple(
        sorted(
            (
                MemberRow(member_id, name, role, override)
                for member_id, name, role, override in db.execute(
                    select(Member.id, Member.name, Membership.role, Membership.circle_override)
                    .join(Membership, Membership.member_id == Member.id)
                    .where(Membership.network_id == network_id, Membership.left_on.is_(None))
                )
            ),
            key=lambda m: fold(m.name),
        )
    )
    meetings = db.execute(
        select(
            Meeting.id,
            Meeting.number,
            Meeting.started_at,
            Meeting.planned_start,
            Meeting.status,
            Meeting.title,
            Meeting.format,
        )
        .where(Meeting.network_id == network_id)
        .order_by(Meeting.planned_start)
    ).all()
    ids = [m.id for m in meetings]
    present, seconds, clients = _session_facts(db, ids)
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
    closed = [s for s in sessions if s.status is MeetingStatus.CLOSED]
    by_score = roti_counts(db, [s.id for s in closed])
    roti = (roti_point(s.number, s.start, by_score.get(s.id), len(s.present)) for s in closed)
    return History(
        profile_of(network),
        members,
        sessions,
        read_entries(db, network_id, [growth_cutoff(s) for s in closed], window_start(sessions)),
        tuple(point for point in roti if point is not None),
    )


def profile_of(network: Network) -> Profile:
    """A network's profile as plain data."""
    return Profile(
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


_Facts = tuple[
    dict[uuid.UUID, set[uuid.UUID]],
    dict[uuid.UUID, dict[uuid.UUID, float]],
    dict[uuid.UUID, set[uuid.UUID]],
]


class _Ids(dict[str | uuid.UUID, uuid.UUID]):
    """Identities as the driver gives them (hexadecimal text on SQLite), each turned into a
    UUID once: a session's facts name the same few sessions and members thousands of times
    (a UUID built a row costs more than the query that sums the speaking time)."""

    def __missing__(self, key: str | uuid.UUID) -> uuid.UUID:
        value = key if isinstance(key, uuid.UUID) else uuid.UUID(key)
        self[key] = value
        return value


def _raw(column: InstrumentedAttribute[uuid.UUID]) -> ColumnElement[str]:
    return type_coerce(column, String())


def _session_facts(db: Session, ids: Sequence[uuid.UUID]) -> _Facts:
    """Of the sessions ``ids``: who was present, how long each spoke (summed in SQL), who was
    a co-development client."""
    known = _Ids()
    present: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for meeting_id, member_id in db.execute(
        select(_raw(Attendance.meeting_id), _raw(Attendance.member_id)).where(
            Attendance.meeting_id.in_(ids), Attendance.status == AttendanceStatus.PRESENT
        )
    ):
        present[known[meeting_id]].add(known[member_id])
    seconds: dict[uuid.UUID, dict[uuid.UUID, float]] = defaultdict(dict)
    for meeting_id, member_id, total in db.execute(
        select(
            _raw(SpeakingTurn.meeting_id), _raw(SpeakingTurn.member_id), func.sum(turn_seconds())
        )
        .where(SpeakingTurn.meeting_id.in_(ids))
        .group_by(SpeakingTurn.meeting_id, SpeakingTurn.member_id)
    ):
        seconds[known[meeting_id]][known[member_id]] = float(total or 0.0)
    clients: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for meeting, client in db.execute(
        select(AgendaItem.meeting_id, ItemRole.member_id)
        .join(ItemRole, ItemRole.item_id == AgendaItem.id)
        .where(
            AgendaItem.meeting_id.in_(ids),
            ItemRole.role == Role.CLIENT,
            AgendaItem.started_at.is_not(None),
        )
    ):
        clients[meeting].add(client)
    return present, seconds, clients


def turn_seconds() -> ColumnElement[float]:
    """A speaking turn's length in seconds (0 while it runs), as the health figures sum it:
    ``seconds_between(started_at, coalesce(ended_at, started_at))``, kept by the database in
    a generated column (migration 0009) so that a sum reads it from an index instead of
    parsing two instants a turn."""
    return literal_column(f"{SpeakingTurn.__tablename__}.{TURN_DURATION}", Float())


def growth_cutoff(session: SessionRow) -> datetime:
    """The growth chart counts the entries made up to the end of a session's day."""
    return session.start.replace(hour=23, minute=59)


def window_start(sessions: Sequence[SessionRow]) -> datetime | None:
    """Where the circles' window of the last six closed sessions starts (None: no session)."""
    closed = [s for s in sessions if s.status is MeetingStatus.CLOSED][-6:]
    return closed[0].start if closed else None
