"""Steering a network: its members' engagement and its health (DOMAIN.md §2–3).

Writing the profile lives in ``app.network_profile``, networks side by side in
``app.coexistence``. Still over 400 lines: the history, the participation indicators and the
dashboard that gathers them are one computation the window and the sponsor's report share;
splitting the dashboard out is issue 17's remaining work.

``load_history`` reads one network's records into plain data; every indicator below is a
pure function of that data, so each can be checked on a hand-built history with a known
answer.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.engine.statistics import equality_index
from app.i18n import _, current_language, decimal
from app.rituals import FALLING_SESSIONS, RotiPoint, falling, roti_trend
from app.steering_entries import EntryRow, read_entries
from app.steering_vitals import Rhythm, card_alerts, recent_mean, rhythm
from app.text import fold
from models import (
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Circle,
    EntryKind,
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

CRITICAL_MASS = 1 / 3  # about a third of the members very engaged (founding document)


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
    duration = (
        func.julianday(func.coalesce(SpeakingTurn.ended_at, SpeakingTurn.started_at))
        - func.julianday(SpeakingTurn.started_at)
    ) * 86400.0
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


# --- participation ------------------------------------------------------------------------------


def attendance_rate(history: History, member_id: uuid.UUID, last: int) -> float | None:
    """Share of the last ``last`` closed sessions the member attended (None: no session yet)."""
    window = history.closed[-last:]
    if not window:
        return None
    return sum(member_id in s.present for s in window) / len(window)


def attendance_trend(history: History, member_id: uuid.UUID) -> float | None:
    """Attendance over the last 3 sessions minus over the 3 before (None without 6)."""
    closed = history.closed
    if len(closed) < 6:
        return None
    recent = sum(member_id in s.present for s in closed[-3:]) / 3
    before = sum(member_id in s.present for s in closed[-6:-3]) / 3
    return recent - before


@dataclass(frozen=True)
class Contribution:
    cases: int  # times they were the client of a co-development case
    captures: int  # repertoire entries they authored
    actions_closed: int  # actions they owned and carried out

    @property
    def total(self) -> int:
        return self.cases + self.captures + self.actions_closed


def contributions(history: History, since: datetime | None = None) -> dict[uuid.UUID, Contribution]:
    cases: dict[uuid.UUID, int] = defaultdict(int)
    captures: dict[uuid.UUID, int] = defaultdict(int)
    closed: dict[uuid.UUID, int] = defaultdict(int)
    for s in history.closed:
        if since is None or s.start >= since:
            for client in s.clients:
                cases[client] += 1
    for e in history.entries:
        if since is None or e.created_at >= since:
            for author in e.authors:
                captures[author] += 1
        if (
            e.kind is EntryKind.ACTION
            and e.owner is not None
            and e.action_status is ActionStatus.DONE
            and (since is None or (e.closed_at or e.created_at) >= since)
        ):
            closed[e.owner] += 1
    return {m.id: Contribution(cases[m.id], captures[m.id], closed[m.id]) for m in history.members}


def circles(history: History) -> dict[uuid.UUID, Circle]:
    """Each member's circle over the last six sessions, unless the facilitator set one.

    core: came to at least 80 % and contributed (a case, a capture, an action carried out)
    twice or more; active: came to at least half; occasional: came at least once;
    peripheral: did not come.
    """
    contribution = contributions(history, window_start(history.sessions))
    result = {}
    for m in history.members:
        if m.circle_override is not None:
            result[m.id] = m.circle_override
            continue
        rate = attendance_rate(history, m.id, 6) or 0.0
        if rate >= 0.8 and contribution[m.id].total >= 2:
            result[m.id] = Circle.CORE
        elif rate >= 0.5:
            result[m.id] = Circle.ACTIVE
        elif rate > 0:
            result[m.id] = Circle.OCCASIONAL
        else:
            result[m.id] = Circle.PERIPHERAL
    return result


@dataclass(frozen=True)
class CriticalMass:
    engaged: int  # core + active
    members: int

    @property
    def share(self) -> float:
        return self.engaged / self.members if self.members else 0.0

    @property
    def reached(self) -> bool:
        return self.members > 0 and self.engaged * 3 >= self.members

    @property
    def alert(self) -> bool:
        """Members there are, and fewer than a third engaged (red card and warning)."""
        return self.members > 0 and not self.reached


def critical_mass(history: History) -> CriticalMass:
    circle = circles(history)
    engaged = sum(1 for c in circle.values() if c in (Circle.CORE, Circle.ACTIVE))
    return CriticalMass(engaged, len(history.members))


def leaders(history: History, top: int = 5) -> list[tuple[uuid.UUID, Contribution]]:
    """Who carries the network: cases brought, captures authored, actions carried out."""
    ranked = sorted(
        ((mid, c) for mid, c in contributions(history).items() if c.total > 0),
        key=lambda mc: (-mc[1].total, fold(history.name(mc[0]))),
    )
    return ranked[:top]


def never_client(history: History) -> list[uuid.UUID]:
    been = set().union(*(s.clients for s in history.closed)) if history.closed else set()
    return [m.id for m in history.members if m.id not in been]


# --- the sessions -------------------------------------------------------------------------------


def equality_by_session(history: History) -> list[tuple[SessionRow, float]]:
    """The balance of the floor in each closed session (1 = perfectly shared)."""
    return [
        (s, equality_index([s.seconds.get(p, 0.0) for p in s.present]))
        for s in history.closed
        if s.present
    ]


def gaps(history: History) -> list[tuple[SessionRow, int]]:
    """Days between each closed session and the one before."""
    closed = history.closed
    return [
        (after, (after.start.date() - before.start.date()).days)
        for before, after in pairwise(closed)
    ]


def growth_cutoff(session: SessionRow) -> datetime:
    """The growth chart counts the entries made up to the end of a session's day."""
    return session.start.replace(hour=23, minute=59)


def window_start(sessions: Sequence[SessionRow]) -> datetime | None:
    """Where the circles' window of the last six closed sessions starts (None: no session)."""
    closed = [s for s in sessions if s.status is MeetingStatus.CLOSED][-6:]
    return closed[0].start if closed else None


def repertoire_growth(history: History) -> dict[EntryKind, list[tuple[datetime, int]]]:
    """For each kind, the running count of entries after each closed session."""
    growth: dict[EntryKind, list[tuple[datetime, int]]] = {}
    for kind in EntryKind:
        dated = sorted((e.created_at, e.count) for e in history.entries if e.kind is kind)
        dated = [(at, n) for at, n in dated if n > 0]
        points, index, running = [], 0, 0
        for s in history.closed:
            while index < len(dated) and dated[index][0] <= growth_cutoff(s):
                running += dated[index][1]
                index += 1
            points.append((s.start, running))
        if dated:
            growth[kind] = points
    return growth


# Follow-through is judged on the actions whose due date has come (done on time, done late,
# or still open past it); open actions not yet due and dropped ones are not judged. The card
# and the warning read the same figures: "9 / 18 à l'heure" and "9 actions sur 18 en retard".
FOLLOW_MIN_JUDGED = 4  # fewer judged actions than this: too few to warn about
FOLLOW_LATE_SHARE = 1 / 3  # warn when more than this share of judged actions were late


@dataclass(frozen=True)
class FollowThrough:
    on_time: int
    late: int  # closed after their due date, or still open past it
    open: int  # still open, not yet due
    dropped: int

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.open + self.dropped

    @property
    def judged(self) -> int:
        """Actions whose due date has come: on time or late."""
        return self.on_time + self.late

    @property
    def alert(self) -> bool:
        """Too many late among the judged actions (the card turns red, a warning is said)."""
        return self.judged >= FOLLOW_MIN_JUDGED and self.late > FOLLOW_LATE_SHARE * self.judged


def follow_through(history: History, today: date) -> FollowThrough:
    on_time = late = still_open = dropped = 0
    for e in history.entries:
        if e.kind is not EntryKind.ACTION:
            continue
        due = e.due_on
        if e.action_status is ActionStatus.DROPPED:
            dropped += 1
        elif e.action_status is ActionStatus.DONE:
            done = (e.closed_at or e.created_at).date()
            if due is None or done <= due:
                on_time += 1
            else:
                late += 1
        elif due is not None and due < today:
            late += 1
        else:
            still_open += 1
    return FollowThrough(on_time, late, still_open, dropped)


def roti_falling(history: History) -> bool:
    return falling(list(history.roti))


# --- warnings --------------------------------------------------------------------------------


def warnings(history: History, today: date) -> list[str]:
    """What the sponsor and the facilitator should look at, in plain sentences."""
    found = []
    p = history.profile
    if p.autonomy_alignment <= 15:
        found.append(
            _(
                "Très autonome : le réseau risque de devenir un groupe d'intérêt ou de pression, "
                "coupé des enjeux de l'organisation."
            )
        )
    elif p.autonomy_alignment >= 85:
        found.append(
            _(
                "Très aligné sur la stratégie : le réseau risque d'être instrumentalisé comme "
                "simple relais du changement."
            )
        )
    mass = critical_mass(history)
    if mass.alert:
        found.append(
            _(
                "Masse critique non atteinte : {engaged} membres engagés (noyau et actifs) sur "
                "{members}, moins du tiers."
            ).format(engaged=mass.engaged, members=mass.members)
        )
    pace = rhythm([days for _s, days in gaps(history)], p.target_rhythm_days)
    if pace.alert:
        found.append(
            _(
                "Rythme ralenti : {days} jours en moyenne entre les dernières séances, pour un "
                "rythme visé de {target} jours."
            ).format(days=pace.days, target=p.target_rhythm_days)
        )
    follow = follow_through(history, today)
    if follow.alert:
        found.append(
            _("Suivi des actions : {late} actions sur {total} en retard.").format(
                late=follow.late, total=follow.judged
            )
        )
    if roti_falling(history):
        last = history.roti[-FALLING_SESSIONS:]
        found.append(
            _("ROTI en baisse {count} séances de suite : {means}.").format(
                count=FALLING_SESSIONS,
                means=" → ".join(decimal(p.mean, current_language(), 1) for p in last),
            )
        )
    planned = [s for s in history.sessions if s.status is MeetingStatus.PLANNED]
    if not planned:
        found.append(_("Aucune séance n'est planifiée."))
    return found


def members_by_name(history: History, ids: Sequence[uuid.UUID]) -> list[str]:
    return sorted((history.name(i) for i in ids), key=fold)


# --- everything at once, for the dashboard and the sponsor's report ------------------------------


@dataclass(frozen=True)
class MemberHealth:
    id: uuid.UUID
    name: str
    role: MembershipRole
    circle: Circle
    overridden: bool
    attendance3: float | None
    attendance6: float | None
    trend: float | None
    contribution: Contribution
    been_client: bool


@dataclass(frozen=True)
class Dashboard:
    profile: Profile
    members: tuple[MemberHealth, ...]
    mass: CriticalMass
    leaders: tuple[tuple[str, Contribution], ...]
    equality: tuple[tuple[datetime, float], ...]
    growth: Mapping[EntryKind, list[tuple[datetime, int]]]
    follow: FollowThrough
    gaps: tuple[tuple[datetime, int], ...]
    warnings: tuple[str, ...]
    sessions_held: int
    planned: tuple[SessionRow, ...]  # upcoming, by date
    open_actions: Mapping[str, int]  # owner → open actions
    rhythm: Rhythm  # mean gap over the last sessions, with its alert
    balance: float | None  # mean speaking balance over the last sessions (1 = shared)
    roti_falling: bool  # the mean ROTI fell session after session
    roti: tuple[RotiPoint, ...] = ()  # mean ROTI, share of 4–5, participation per session
    # The number of each closed session by its start: charts per session are read by number.
    session_numbers: Mapping[datetime, int] = field(default_factory=dict)

    @property
    def alerts(self) -> Mapping[str, bool]:
        """Which cards turn red, by card: the very conditions under which a warning is said."""
        return card_alerts(
            mass=self.mass.alert,
            rhythm=self.rhythm.alert,
            actions=self.follow.alert,
            roti=self.roti_falling,
            unplanned=not self.planned,
        )


def dashboard(history: History, today: date) -> Dashboard:
    circle = circles(history)
    clients = set().union(*(s.clients for s in history.closed)) if history.closed else set()
    contribution = contributions(history)
    members = tuple(
        MemberHealth(
            m.id,
            m.name,
            m.role,
            circle[m.id],
            m.circle_override is not None,
            attendance_rate(history, m.id, 3),
            attendance_rate(history, m.id, 6),
            attendance_trend(history, m.id),
            contribution[m.id],
            m.id in clients,
        )
        for m in history.members
    )
    open_actions: dict[str, int] = defaultdict(int)
    for e in history.entries:
        if e.kind is EntryKind.ACTION and e.action_status is ActionStatus.OPEN:
            open_actions[history.name(e.owner) if e.owner else "—"] += 1
    equality = equality_by_session(history)
    spacing = gaps(history)
    return Dashboard(
        history.profile,
        members,
        critical_mass(history),
        tuple((history.name(i), c) for i, c in leaders(history)),
        tuple((s.start, e) for s, e in equality),
        repertoire_growth(history),
        follow_through(history, today),
        tuple((s.start, d) for s, d in spacing),
        tuple(warnings(history, today)),
        len(history.closed),
        tuple(s for s in history.sessions if s.status is MeetingStatus.PLANNED),
        dict(sorted(open_actions.items(), key=lambda kv: (-kv[1], fold(kv[0])))),
        rhythm([d for _s, d in spacing], history.profile.target_rhythm_days),
        recent_mean([e for _s, e in equality]),
        roti_falling(history),
        history.roti,
        {s.start: s.number for s in history.closed},
    )
