"""Networks, members and planned sessions: the facts that exist before a session runs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.confidentiality import Reader, entry_clause
from app.engine.errors import EngineError
from app.home_glance import MeetingSummary as MeetingSummary  # the home list's snapshots
from app.home_glance import NetworkSummary as NetworkSummary
from app.i18n import _
from app.membership import join
from app.text import fold
from models import (
    ActionStatus,
    AgendaItem,
    EntryKind,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    MembershipRole,
    Network,
    RepertoireEntry,
    Role,
)


def create_network(db: Session, name: str, now: datetime, **fields: object) -> Network:
    """A new network; ``fields`` are any of Network's columns (intention, ground_rules…)."""
    name = name.strip()
    if not name:
        raise EngineError(_("Donnez un nom au réseau."))
    taken = next((n for n in db.scalars(select(Network.name)) if fold(n) == fold(name)), None)
    if taken is not None:
        raise EngineError(
            _("Un réseau s'appelle déjà « {name} » : choisissez un autre nom.").format(name=taken)
        )
    network = Network(name=name, created_at=now, **fields)
    db.add(network)
    db.flush()
    return network


def add_member(
    db: Session,
    network: Network,
    name: str,
    now: datetime,
    *,
    role: MembershipRole = MembershipRole.MEMBER,
    joined_on: date | None = None,
    email: str | None = None,
    unit: str = "",
) -> Member:
    """A new person, member of ``network``."""
    name = name.strip()
    if not name:
        raise EngineError(_("Donnez un nom à la personne."))
    member = Member(name=name, email=email, unit=unit, created_at=now)
    db.add(member)
    join(db, network, member, joined_on or now.date(), role)
    return member


def plan_meeting(
    db: Session,
    network: Network,
    planned_start: datetime,
    minutes: int,
    *,
    title: str = "",
    place: str = "",
    format: str = "mixed",
    facilitator: Member | None = None,
    scribe: Member | None = None,
) -> Meeting:
    """Plan the network's next session (numbered after the last one)."""
    _check_length(minutes)
    number = (
        db.scalar(select(func.max(Meeting.number)).where(Meeting.network_id == network.id)) or 0
    ) + 1
    meeting = Meeting(
        network_id=network.id,
        number=number,
        title=title,
        place=place,
        format=format,
        planned_start=planned_start,
        planned_end=planned_start + timedelta(minutes=minutes),
        facilitator_id=facilitator.id if facilitator else None,
        scribe_id=scribe.id if scribe else None,
    )
    db.add(meeting)
    db.flush()
    return meeting


def overview(db: Session) -> list[NetworkSummary]:
    """Every network with its sessions (newest first): what the home screen lists."""
    member_counts = dict(
        db.execute(
            select(Membership.network_id, func.count())
            .where(Membership.left_on.is_(None))
            .group_by(Membership.network_id)
        ).all()
    )
    item_counts = dict(
        db.execute(
            select(AgendaItem.meeting_id, func.count()).group_by(AgendaItem.meeting_id)
        ).all()
    )
    meetings: dict[uuid.UUID, list[MeetingSummary]] = {}
    for m in db.scalars(select(Meeting).order_by(Meeting.planned_start.desc())):
        meetings.setdefault(m.network_id, []).append(
            MeetingSummary(
                m.id,
                m.number,
                m.title,
                m.planned_start,
                m.place,
                m.status,
                item_counts.get(m.id, 0),
            )
        )
    return [
        NetworkSummary(
            n.id, n.name, n.intention, member_counts.get(n.id, 0), tuple(meetings.get(n.id, ()))
        )
        for n in db.scalars(
            select(Network).where(Network.archived_at.is_(None)).order_by(Network.name)
        )
    ]


@dataclass(frozen=True)
class MemberSummary:
    id: uuid.UUID
    name: str
    unit: str
    role: MembershipRole


def members(db: Session, network_id: uuid.UUID) -> list[MemberSummary]:
    """The network's current members, by name."""
    rows = db.execute(
        select(Member, Membership.role)
        .join(Membership, Membership.member_id == Member.id)
        .where(Membership.network_id == network_id, Membership.left_on.is_(None))
    ).all()
    return sorted(
        (MemberSummary(m.id, m.name, m.unit, role) for m, role in rows),
        key=lambda s: fold(s.name),
    )


@dataclass(frozen=True)
class OpenAction:
    id: uuid.UUID
    title: str
    owner: str
    due_on: date | None
    overdue: bool
    from_session: int | None
    # Confidential actions are reviewed by the facilitator, never printed, projected or exported.
    confidential: bool = False


def open_actions(
    db: Session, network_id: uuid.UUID, today: date, reader: Reader
) -> list[OpenAction]:
    """Actions of the network still open that ``reader`` may see, oldest due first: reviewed
    with the group at each session's start, carried into later minutes."""
    owner = aliased(Member)
    rows = db.execute(
        select(RepertoireEntry, owner.name, Meeting.number)
        .outerjoin(owner, owner.id == RepertoireEntry.owner_id)
        .outerjoin(Meeting, Meeting.id == RepertoireEntry.origin_meeting_id)
        .where(
            RepertoireEntry.network_id == network_id,
            RepertoireEntry.kind == EntryKind.ACTION,
            RepertoireEntry.action_status == ActionStatus.OPEN,
            RepertoireEntry.deleted_at.is_(None),
            entry_clause(reader, network_id),
        )
    ).all()
    actions = [
        OpenAction(
            e.id,
            e.title,
            name or "",
            e.due_on,
            e.due_on is not None and e.due_on < today,
            number,
            e.confidential,
        )
        for e, name, number in rows
    ]
    return sorted(actions, key=lambda a: (a.due_on or date.max, fold(a.title)))


@dataclass(frozen=True)
class PlannedItem:
    """An agenda item as the planner edits it, before the session starts.

    ``item_id`` names the stored item it stands for (None: a new one); ``client_id`` is
    the client of a co-development case (a copied agenda never carries one).
    """

    title: str
    method_key: str
    minutes: int
    confidential: bool = False
    item_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SessionPlan:
    """A planned session as the planner shows it for changes."""

    meeting_id: uuid.UUID
    network_id: uuid.UUID
    number: int
    start: datetime
    minutes: int
    title: str
    place: str
    facilitator_id: uuid.UUID | None
    scribe_id: uuid.UUID | None
    items: tuple[PlannedItem, ...]


def _check_length(minutes: int) -> None:
    if minutes <= 0:
        raise EngineError(_("La durée d'une séance doit être positive."))


def _not_started(db: Session, meeting_id: uuid.UUID) -> Meeting:
    """The session, if it can still be planned; refused once it has started."""
    meeting = db.get(Meeting, meeting_id)
    if meeting is None:
        raise EngineError(_("Cette séance n'existe pas."))
    if meeting.status is not MeetingStatus.PLANNED:
        raise EngineError(
            _(
                "La séance {number} a déjà commencé : son ordre du jour se change depuis le "
                "poste de pilotage."
            ).format(number=meeting.number)
        )
    return meeting


def replan_meeting(
    db: Session,
    meeting_id: uuid.UUID,
    planned_start: datetime,
    minutes: int,
    *,
    title: str = "",
    place: str = "",
    facilitator_id: uuid.UUID | None = None,
    scribe_id: uuid.UUID | None = None,
) -> None:
    """Move, lengthen or re-staff a session not yet started (its agenda is the engine's)."""
    _check_length(minutes)
    meeting = _not_started(db, meeting_id)
    meeting.planned_start = planned_start
    meeting.planned_end = planned_start + timedelta(minutes=minutes)
    meeting.title = title
    meeting.place = place
    meeting.facilitator_id = facilitator_id
    meeting.scribe_id = scribe_id


def session_plan(db: Session, meeting_id: uuid.UUID) -> SessionPlan:
    """The plan of a session not yet started; refused once it has started."""
    meeting = _not_started(db, meeting_id)
    items = tuple(
        PlannedItem(
            i.title,
            i.method_key,
            i.planned_minutes,
            i.confidential,
            item_id=i.id,
            client_id=next((r.member_id for r in i.roles if r.role is Role.CLIENT), None),
        )
        for i in sorted(meeting.items, key=lambda i: i.position)
    )
    minutes = round((meeting.planned_end - meeting.planned_start).total_seconds() / 60)
    return SessionPlan(
        meeting.id,
        meeting.network_id,
        meeting.number,
        meeting.planned_start,
        minutes,
        meeting.title,
        meeting.place,
        meeting.facilitator_id,
        meeting.scribe_id,
        items,
    )


@dataclass(frozen=True)
class PastAgenda:
    meeting_id: uuid.UUID
    number: int
    title: str
    planned_start: datetime
    items: tuple[PlannedItem, ...]


def past_agendas(db: Session, network_id: uuid.UUID) -> list[PastAgenda]:
    """The agendas of the network's sessions, newest first: templates for the next one."""
    agendas = []
    for m in db.scalars(
        select(Meeting)
        .where(Meeting.network_id == network_id)
        .order_by(Meeting.planned_start.desc())
    ):
        items = tuple(
            PlannedItem(i.title, i.method_key, i.planned_minutes, i.confidential)
            for i in sorted(m.items, key=lambda i: i.position)
            if not i.skipped
        )
        if items:
            agendas.append(PastAgenda(m.id, m.number, m.title, m.planned_start, items))
    return agendas


def following_meeting(db: Session, meeting: Meeting) -> Meeting | None:
    """The session that follows ``meeting`` in its network (the minutes' "next session")."""
    return db.scalars(
        select(Meeting)
        .where(
            Meeting.network_id == meeting.network_id,
            Meeting.planned_start > meeting.planned_start,
        )
        .order_by(Meeting.planned_start)
    ).first()


def meeting_network(db: Session, meeting_id: uuid.UUID) -> uuid.UUID:
    """The network a session belongs to; an unknown session is refused in a sentence."""
    meeting = db.get(Meeting, meeting_id)
    if meeting is None:
        raise EngineError(_("Cette séance n'existe pas."))
    return meeting.network_id
