"""Every network's history at once, as the transversal view needs it: a few queries in all.

An organisation's database holds dozens of networks over years. Loading each one's full
history (``app.steering_history.load_history``, 40 × ≈ 70 ms on forty five-year networks, 8× this
module's single pass) reads every session's speaking time and every entry; the transversal
view only shows the dashboard's vital figures, which read:

- every session's date and status (sessions held, rhythm, the next one planned);
- for the last closed sessions only (the circles' and the balance's window): who was
  present, how long each spoke (summed in SQL), who was a co-development client;
- every action (a few columns: follow-through is judged over all of them); authorship (of
  actions, and of the other entries as counts) only since the circles' window (contributions);
- the ROTI of each closed session, counted in SQL by score.

So ``load_histories`` builds, for every network, a ``History`` holding exactly what those
figures read, and the figures are computed by the very functions of ``app.steering`` — a
network's row never disagrees with its own health page (tests/test_organisation.py compares
them). Portable SQL only: grouped counts and sums, and ``app.steering_history.turn_seconds``
compiled per backend.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.rituals import RotiPoint, roti_counts, roti_point
from app.steering_entries import EntryRow
from app.steering_history import (
    History,
    MemberRow,
    SessionRow,
    profile_of,
    turn_seconds,
    window_start,
)
from app.steering_vitals import RECENT_SESSIONS
from app.text import fold
from models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    EntryAuthor,
    EntryKind,
    ItemRole,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    Network,
    RepertoireEntry,
    Role,
    SpeakingTurn,
)

# Rhythm: the mean of the last RECENT_SESSIONS gaps needs one closed session more.
_RHYTHM_SESSIONS = RECENT_SESSIONS + 1
_CHUNK = 500  # ids per IN (...) list: far below any backend's limit on bound parameters


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def load_histories(db: Session, networks: Sequence[Network]) -> dict[uuid.UUID, History]:
    """For each network, a ``History`` holding what its vital figures read (see above)."""
    wanted = [n.id for n in networks]
    members: dict[uuid.UUID, list[MemberRow]] = defaultdict(list)
    for network_id, member_id, name, role, override in db.execute(
        select(
            Membership.network_id,
            Member.id,
            Member.name,
            Membership.role,
            Membership.circle_override,
        )
        .join(Member, Member.id == Membership.member_id)
        .where(Membership.left_on.is_(None))
    ):
        members[network_id].append(MemberRow(member_id, name, role, override))
    meetings: dict[uuid.UUID, list[SessionRow]] = defaultdict(list)
    for meeting_id, network_id, number, started, planned, status in db.execute(
        select(
            Meeting.id,
            Meeting.network_id,
            Meeting.number,
            Meeting.started_at,
            Meeting.planned_start,
            Meeting.status,
        ).order_by(Meeting.planned_start)
    ):
        meetings[network_id].append(SessionRow(meeting_id, number, started or planned, status))
    present_count = dict(
        db.execute(
            select(Attendance.meeting_id, func.count())
            .where(Attendance.status == AttendanceStatus.PRESENT)
            .group_by(Attendance.meeting_id)
        ).all()
    )
    # The sessions whose details the figures read: the last closed ones (circles, rhythm),
    # and the last ones anybody attended (the balance skips a session with nobody present).
    detailed: set[uuid.UUID] = set()
    for network_id in wanted:
        closed = [s for s in meetings[network_id] if s.status is MeetingStatus.CLOSED]
        detailed.update(s.id for s in closed[-_RHYTHM_SESSIONS:])
        attended = [s for s in closed if present_count.get(s.id)]
        detailed.update(s.id for s in attended[-RECENT_SESSIONS:])
    details = _session_details(db, sorted(detailed))
    rotis = _roti_points(db, meetings, present_count)
    entries = _entries(db, {n: window_start(meetings[n]) for n in wanted})
    result = {}
    for network in networks:
        sessions = tuple(
            replace(s, present=details[s.id][0], seconds=details[s.id][1], clients=details[s.id][2])
            if s.id in details
            else s
            for s in meetings[network.id]
        )
        result[network.id] = History(
            profile_of(network),
            tuple(sorted(members[network.id], key=lambda m: fold(m.name))),
            sessions,
            tuple(sorted(entries[network.id], key=lambda e: e.created_at)),
            tuple(rotis[network.id]),
        )
    return result


_Details = tuple[frozenset[uuid.UUID], dict[uuid.UUID, float], frozenset[uuid.UUID]]


def _session_details(db: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, _Details]:
    """Who was present, how long each spoke, who was a client: in these sessions only."""
    present: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    seconds: dict[uuid.UUID, dict[uuid.UUID, float]] = defaultdict(dict)
    clients: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    spoken = func.sum(turn_seconds())
    for chunk in _chunks(ids):
        for meeting_id, member_id in db.execute(
            select(Attendance.meeting_id, Attendance.member_id).where(
                Attendance.meeting_id.in_(chunk), Attendance.status == AttendanceStatus.PRESENT
            )
        ):
            present[meeting_id].add(member_id)
        for meeting_id, member_id, total in db.execute(
            select(SpeakingTurn.meeting_id, SpeakingTurn.member_id, spoken)
            .where(SpeakingTurn.meeting_id.in_(chunk))
            .group_by(SpeakingTurn.meeting_id, SpeakingTurn.member_id)
        ):
            seconds[meeting_id][member_id] = float(total or 0.0)
        for meeting_id, member_id in db.execute(
            select(AgendaItem.meeting_id, ItemRole.member_id)
            .join(ItemRole, ItemRole.item_id == AgendaItem.id)
            .where(
                AgendaItem.meeting_id.in_(chunk),
                ItemRole.role == Role.CLIENT,
                AgendaItem.started_at.is_not(None),
            )
        ):
            clients[meeting_id].add(member_id)
    return {i: (frozenset(present[i]), seconds[i], frozenset(clients[i])) for i in ids}


def _roti_points(
    db: Session,
    meetings: dict[uuid.UUID, list[SessionRow]],
    present_count: dict[uuid.UUID, int],
) -> dict[uuid.UUID, list[RotiPoint]]:
    """Each closed session's ROTI as ``app.rituals.summary`` makes it, counted in SQL."""
    by_score = roti_counts(db)
    points: dict[uuid.UUID, list[RotiPoint]] = defaultdict(list)
    for network_id, sessions in meetings.items():
        for s in sessions:
            if s.status is not MeetingStatus.CLOSED:
                continue
            point = roti_point(s.number, s.start, by_score.get(s.id), present_count.get(s.id, 0))
            if point is not None:
                points[network_id].append(point)
    return points


def _entries(
    db: Session, since: dict[uuid.UUID, datetime | None]
) -> dict[uuid.UUID, list[EntryRow]]:
    """Actions one by one (no text), other entries' authorship counted since the window."""
    live = RepertoireEntry.deleted_at.is_(None)
    action = RepertoireEntry.kind == EntryKind.ACTION
    rows: dict[uuid.UUID, list[EntryRow]] = defaultdict(list)
    # Contributions count authors since the window's start only: one condition per network.
    windows = [
        and_(RepertoireEntry.network_id == n, RepertoireEntry.created_at >= start)
        for n, start in since.items()
        if start is not None
    ]
    authors: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if windows:  # an action's authors count only when it was made in the window
        for entry_id, member_id in db.execute(
            select(EntryAuthor.entry_id, EntryAuthor.member_id)
            .join(RepertoireEntry, RepertoireEntry.id == EntryAuthor.entry_id)
            .where(live, action, or_(*windows))
        ):
            authors[entry_id].append(member_id)
    for entry_id, network_id, at, owner, due_on, status, closed_at in db.execute(
        select(
            RepertoireEntry.id,
            RepertoireEntry.network_id,
            RepertoireEntry.created_at,
            RepertoireEntry.owner_id,
            RepertoireEntry.due_on,
            RepertoireEntry.action_status,
            RepertoireEntry.closed_at,
        ).where(live, action)
    ):
        rows[network_id].append(
            EntryRow(
                EntryKind.ACTION, at, tuple(authors[entry_id]), owner, due_on, status, closed_at
            )
        )
    if windows:
        created = RepertoireEntry.created_at
        for network_id, member_id, kind, latest, n in db.execute(
            select(
                RepertoireEntry.network_id,
                EntryAuthor.member_id,
                RepertoireEntry.kind,
                func.max(created),
                func.count(),
            )
            .join(RepertoireEntry, RepertoireEntry.id == EntryAuthor.entry_id)
            .where(live, ~action, or_(*windows))
            .group_by(RepertoireEntry.network_id, EntryAuthor.member_id, RepertoireEntry.kind)
        ):
            rows[network_id].append(EntryRow(kind, latest, authors=(member_id,) * n, count=0))
    return rows
