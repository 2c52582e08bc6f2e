"""The stored facts of one session, read in one go (a few queries) after every command.

Facts are plain frozen dataclasses: the live state is a pure function of them and *now*.
The ended speaking turns are held as sums (``app.engine.turn_sums``) that each command moves
by its own row changes, so a command on a 3-hour session with thousands of turns does not
read them again.

Over 400 lines: the facts' dataclasses and the few queries that fill them, full and partial
(after a command only what changed is read again); they change together.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from app.engine.timeline import Interval
from app.engine.turn_sums import LastTurn, TurnSums, TurnTaking, read_sums
from models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    CommandRecord,
    EntryKind,
    ItemRole,
    LeanTopic,
    LeanVote,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    Network,
    Pause,
    PhaseRun,
    QueueEntry,
    QueueMode,
    RepertoireEntry,
    Role,
    SpeakingTurn,
    TourRound,
)

UNDOABLE_EXCLUDED = ("undo", "redo")


@dataclass(frozen=True)
class MeetingFact:
    id: uuid.UUID
    network_id: uuid.UUID
    network_name: str
    number: int
    title: str
    place: str
    planned_start: datetime
    planned_end: datetime
    started_at: datetime | None
    ended_at: datetime | None
    status: MeetingStatus
    queue_mode: QueueMode
    turn_limit_seconds: int
    facilitator_id: uuid.UUID | None
    confidential: bool
    show_stats_on_projector: bool
    ground_rules: str


@dataclass(frozen=True)
class PhaseRunFact:
    id: uuid.UUID
    phase_index: int
    phase_key: str
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class ItemFact:
    id: uuid.UUID
    position: int
    title: str
    method_key: str
    planned_minutes: int
    phase_minutes: Mapping[str, int]
    started_at: datetime | None
    ended_at: datetime | None
    skipped: bool
    confidential: bool
    pauses: tuple[Interval, ...] = ()
    runs: tuple[PhaseRunFact, ...] = ()
    roles: Mapping[uuid.UUID, Role] = field(default_factory=dict)
    contract: str = ""
    action_plan: str = ""
    consent: tuple[str, ...] = ()
    reports_on_id: uuid.UUID | None = None

    @property
    def open_pause(self) -> bool:
        """Whether the item is paused right now (a pause begun and not ended)."""
        return any(end is None for _, end in self.pauses)

    @property
    def current_run(self) -> PhaseRunFact | None:
        """The phase of the item under way now, or None between phases."""
        return next((r for r in self.runs if r.ended_at is None), None)


@dataclass(frozen=True)
class AttendanceFact:
    member_id: uuid.UUID
    status: AttendanceStatus
    arrived_at: datetime | None
    left_at: datetime | None

    def present_at(self, now: datetime) -> bool:
        """Whether the member is in the room at ``now``: present, arrived and not yet left."""
        return (
            self.status is AttendanceStatus.PRESENT
            and (self.arrived_at is None or self.arrived_at <= now)
            and (self.left_at is None or self.left_at > now)
        )


@dataclass(frozen=True)
class RunningTurn:
    id: uuid.UUID
    item_id: uuid.UUID
    phase_run_id: uuid.UUID | None
    member_id: uuid.UUID
    role: Role
    started_at: datetime


@dataclass(frozen=True)
class QueueFact:
    member_id: uuid.UUID
    queued_at: datetime


@dataclass(frozen=True)
class TourFact:
    id: uuid.UUID
    item_id: uuid.UUID
    started_at: datetime
    budget_seconds: int
    order: tuple[uuid.UUID, ...]
    spoken: frozenset[uuid.UUID]


@dataclass(frozen=True)
class LeanTopicFact:
    id: uuid.UUID
    item_id: uuid.UUID
    title: str
    proposed_by: uuid.UUID | None
    proposed_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    extensions: int
    votes: Mapping[uuid.UUID, int]  # member → dots

    @property
    def total_votes(self) -> int:
        """All the dots the members gave this topic."""
        return sum(self.votes.values())


@dataclass(frozen=True)
class CaptureFact:
    """An entry of the repertoire captured during this session."""

    id: uuid.UUID
    kind: EntryKind
    title: str
    body: str
    owner_id: uuid.UUID | None
    due_on: date | None
    confidential: bool
    item_id: uuid.UUID | None
    phase_key: str | None
    created_at: datetime


@dataclass(frozen=True)
class MeetingFacts:
    meeting: MeetingFact
    names: Mapping[uuid.UUID, str]
    attendance: Mapping[uuid.UUID, AttendanceFact]
    items: tuple[ItemFact, ...]
    # Ended turns summed by item, phase run, member and role: read once, then moved by each
    # command's own row changes (app.engine.turn_sums).
    totals: TurnSums
    # Speaker changes between consecutive turns of the current item (turn-taking index).
    current_changes: int
    running: RunningTurn | None
    queue: tuple[QueueFact, ...]
    tour: TourFact | None
    topics: tuple[LeanTopicFact, ...]
    captures: tuple[CaptureFact, ...]
    undo_name: str | None
    redo_name: str | None
    # Each member's cockpit tile (app.membership): kept from joining, never reordered.
    tiles: Mapping[uuid.UUID, int] = field(default_factory=dict)
    # The network's current members (not those who left): who check-in lists.
    current: frozenset[uuid.UUID] = frozenset()
    # The current item's latest turn (member, start): moves ``current_changes`` on append.
    current_last: LastTurn | None = None

    def item(self, item_id: uuid.UUID) -> ItemFact:
        """The item ``item_id`` of this session (raises StopIteration for another session's)."""
        return next(i for i in self.items if i.id == item_id)

    @property
    def current_item(self) -> ItemFact | None:
        """The item started and not ended (paused or not)."""
        return next((i for i in self.items if i.started_at and not i.ended_at), None)


_turns = SpeakingTurn.__table__.c
# The turns of an item in the order they were spoken. Turns given at the same instant (a
# clock that did not move) tie on their start: a finished one comes before the running one,
# then their ids decide, so that every read orders them the same way (an undo then a redo
# must give back the same turn-taking index).
_IN_TURN_ORDER = (_turns.started_at, _turns.ended_at.asc().nulls_last(), _turns.id)
_in_order = (
    select(
        _turns.member_id.label("member"),
        func.lag(_turns.member_id).over(order_by=_IN_TURN_ORDER).label("previous"),
    )
    .where(_turns.item_id == bindparam("item"))
    .subquery()
)
# Speaker changes between consecutive turns of one item (portable: a window function).
_CHANGES = select(func.count()).where(
    _in_order.c.previous.is_not(None), _in_order.c.previous != _in_order.c.member
)


def load_facts(db: Session, meeting_id: uuid.UUID, *, sums: TurnSums | None = None) -> MeetingFacts:
    """Read every fact of the session ``meeting_id`` the live state needs.

    ``sums``: the ended turns' sums already held and moved by the command (not read again).
    """
    meeting = db.get(Meeting, meeting_id)
    if meeting is None:
        raise LookupError(f"no session with id {meeting_id}")
    network = db.get_one(Network, meeting.network_id)
    meeting_fact = MeetingFact(
        id=meeting.id,
        network_id=meeting.network_id,
        network_name=network.name,
        number=meeting.number,
        title=meeting.title,
        place=meeting.place,
        planned_start=meeting.planned_start,
        planned_end=meeting.planned_end,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        status=meeting.status,
        queue_mode=meeting.queue_mode,
        turn_limit_seconds=meeting.turn_limit_seconds,
        facilitator_id=meeting.facilitator_id,
        confidential=meeting.confidential,
        show_stats_on_projector=meeting.show_stats_on_projector,
        ground_rules=network.ground_rules,
    )

    names, tiles, current_members, attendance = _people(db, meeting.network_id, meeting_id)

    item_rows = list(db.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))
    item_ids = [i.id for i in item_rows]
    pauses: dict[uuid.UUID, list[Interval]] = defaultdict(list)
    for p in db.scalars(
        select(Pause).where(Pause.item_id.in_(item_ids)).order_by(Pause.started_at)
    ):
        pauses[p.item_id].append((p.started_at, p.ended_at))
    runs: dict[uuid.UUID, list[PhaseRunFact]] = defaultdict(list)
    for r in db.scalars(
        select(PhaseRun).where(PhaseRun.item_id.in_(item_ids)).order_by(PhaseRun.started_at)
    ):
        runs[r.item_id].append(
            PhaseRunFact(r.id, r.phase_index, r.phase_key, r.started_at, r.ended_at)
        )
    roles: dict[uuid.UUID, dict[uuid.UUID, Role]] = defaultdict(dict)
    for ir in db.scalars(select(ItemRole).where(ItemRole.item_id.in_(item_ids))):
        roles[ir.item_id][ir.member_id] = ir.role
    items = tuple(
        ItemFact(
            id=i.id,
            position=i.position,
            title=i.title,
            method_key=i.method_key,
            planned_minutes=i.planned_minutes,
            phase_minutes=dict(i.phase_minutes or {}),
            started_at=i.started_at,
            ended_at=i.ended_at,
            skipped=i.skipped,
            confidential=i.confidential,
            pauses=tuple(pauses[i.id]),
            runs=tuple(runs[i.id]),
            roles=roles[i.id],
            contract=i.contract,
            action_plan=i.action_plan,
            consent=tuple(i.consent or ()),
            reports_on_id=i.reports_on_id,
        )
        for i in sorted(item_rows, key=lambda i: i.position)
    )

    floor = _floor_facts(db, meeting_id, items, sums)

    topics = _topics(db, item_ids)

    captures = load_captures(db, meeting_id)
    undo_name, redo_name = undo_names(db, meeting_id)
    return MeetingFacts(
        meeting=meeting_fact,
        names=names,
        tiles=tiles,
        current=frozenset(current_members),
        attendance=attendance,
        items=items,
        totals=floor["totals"],
        current_changes=floor["current_changes"],
        current_last=floor["current_last"],
        running=floor["running"],
        queue=floor["queue"],
        tour=floor["tour"],
        topics=topics,
        captures=captures,
        undo_name=undo_name,
        redo_name=redo_name,
    )


def _people(
    db: Session, network_id: uuid.UUID, meeting_id: uuid.UUID
) -> tuple[
    dict[uuid.UUID, str], dict[uuid.UUID, int], set[uuid.UUID], dict[uuid.UUID, AttendanceFact]
]:
    """Names (of members and of attendees who left), tiles, current members, attendance."""
    names: dict[uuid.UUID, str] = {}
    tiles: dict[uuid.UUID, int] = {}
    current_members: set[uuid.UUID] = set()
    for member_id, name, tile, left_on in db.execute(
        select(Member.id, Member.name, Membership.tile, Membership.left_on)
        .join(Membership, Membership.member_id == Member.id)
        .where(Membership.network_id == network_id)
    ).all():
        names[member_id] = name
        if left_on is None:
            current_members.add(member_id)
            if tile is not None:
                tiles[member_id] = tile
    attendance: dict[uuid.UUID, AttendanceFact] = {}
    for att in db.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)):
        attendance[att.member_id] = AttendanceFact(
            att.member_id, att.status, att.arrived_at, att.left_at
        )
    missing = set(attendance) - set(names)
    if missing:  # attendees who are no longer members still have names
        names.update(db.execute(select(Member.id, Member.name).where(Member.id.in_(missing))).all())
    return names, tiles, current_members, attendance


def _topics(db: Session, item_ids: list[uuid.UUID]) -> tuple[LeanTopicFact, ...]:
    """The Lean Coffee topics of these items, in the order proposed, with their votes."""
    topics: list[LeanTopicFact] = []
    topic_rows = list(
        db.scalars(
            select(LeanTopic).where(LeanTopic.item_id.in_(item_ids)).order_by(LeanTopic.proposed_at)
        )
    )
    if topic_rows:
        votes: dict[uuid.UUID, dict[uuid.UUID, int]] = defaultdict(lambda: defaultdict(int))
        for topic_id, member_id in db.execute(
            select(LeanVote.topic_id, LeanVote.member_id).where(
                LeanVote.topic_id.in_([t.id for t in topic_rows])
            )
        ):
            votes[topic_id][member_id] += 1
        topics = [
            LeanTopicFact(
                t.id,
                t.item_id,
                t.title,
                t.proposed_by_id,
                t.proposed_at,
                t.started_at,
                t.ended_at,
                t.extensions,
                dict(votes[t.id]),
            )
            for t in topic_rows
        ]
    return tuple(topics)


_ORDINARY = CommandRecord.name.not_in(UNDOABLE_EXCLUDED)


_UNDO = (
    select(CommandRecord.seq, CommandRecord.name)
    .where(
        CommandRecord.meeting_id == bindparam("meeting"),
        _ORDINARY,
        CommandRecord.undone_at.is_(None),
    )
    .order_by(CommandRecord.seq.desc())
    .limit(1)
)
_LAST_ORDINARY = (
    select(CommandRecord.seq)
    .where(CommandRecord.meeting_id == bindparam("meeting"), _ORDINARY)
    .order_by(CommandRecord.seq.desc())
    .limit(1)
    .scalar_subquery()
)
_undo_record = aliased(CommandRecord)
_REDO = (
    select(CommandRecord.seq, CommandRecord.name)
    .join(
        _undo_record,
        (_undo_record.meeting_id == CommandRecord.meeting_id)
        & (_undo_record.target_seq == CommandRecord.seq),
    )
    .where(
        _undo_record.meeting_id == bindparam("meeting"),
        _undo_record.name == "undo",
        _undo_record.seq > func.coalesce(_LAST_ORDINARY, 0),
        CommandRecord.undone_at.is_not(None),
    )
    .order_by(_undo_record.seq.desc())
    .limit(1)
)


def _undo_seq(db: Session, meeting_id: uuid.UUID) -> tuple[int, str] | None:
    row = db.execute(_UNDO, {"meeting": meeting_id}).first()
    return (row[0], row[1]) if row else None


def _redo_seq(db: Session, meeting_id: uuid.UUID) -> tuple[int, str] | None:
    row = db.execute(_REDO, {"meeting": meeting_id}).first()
    return (row[0], row[1]) if row else None


def _record_at(db: Session, meeting_id: uuid.UUID, seq: int) -> CommandRecord:
    return db.scalars(
        select(CommandRecord).where(
            CommandRecord.meeting_id == meeting_id, CommandRecord.seq == seq
        )
    ).one()


def undo_target(db: Session, meeting_id: uuid.UUID) -> CommandRecord | None:
    """The command Undo would revert: the latest ordinary command not undone yet."""
    found = _undo_seq(db, meeting_id)
    return _record_at(db, meeting_id, found[0]) if found else None


def redo_target(db: Session, meeting_id: uuid.UUID) -> CommandRecord | None:
    """The command Redo would write again: the last one undone since the last ordinary one."""
    found = _redo_seq(db, meeting_id)
    return _record_at(db, meeting_id, found[0]) if found else None


def undo_names(db: Session, meeting_id: uuid.UUID) -> tuple[str | None, str | None]:
    """What Ctrl+Z and Ctrl+Y would undo and redo now (command names)."""
    undo = _undo_seq(db, meeting_id)
    redo = _redo_seq(db, meeting_id)
    return (undo[1] if undo else None, redo[1] if redo else None)


def _turn_taking(db: Session, item_id: uuid.UUID) -> TurnTaking:
    """Speaker changes between consecutive turns of an item, and its latest turn."""
    changes = int(db.scalar(_CHANGES, {"item": item_id}) or 0)
    last = db.execute(
        select(SpeakingTurn.member_id, SpeakingTurn.started_at)
        .where(SpeakingTurn.item_id == item_id)
        .order_by(
            SpeakingTurn.started_at.desc(),
            SpeakingTurn.ended_at.desc().nulls_first(),
            SpeakingTurn.id.desc(),
        )
        .limit(1)
    ).first()
    return changes, (last[0], last[1]) if last else None


def _floor_facts(
    db: Session,
    meeting_id: uuid.UUID,
    items: tuple[ItemFact, ...],
    sums: TurnSums | None,
    taking: TurnTaking | None = None,
) -> dict[str, Any]:
    """Who spoke how long, who speaks, who waits, the tour: the facts the floor changes.

    ``sums``: the ended turns' sums when the caller holds them, else they are read;
    ``taking``: the current item's turn-taking when the caller moved it, else it is read.
    """
    summed = read_sums(db, meeting_id) if sums is None else sums
    running_row = db.scalars(
        select(SpeakingTurn).where(
            SpeakingTurn.meeting_id == meeting_id, SpeakingTurn.ended_at.is_(None)
        )
    ).first()
    running = (
        RunningTurn(
            running_row.id,
            running_row.item_id,
            running_row.phase_run_id,
            running_row.member_id,
            running_row.role,
            running_row.started_at,
        )
        if running_row
        else None
    )
    queue = tuple(
        QueueFact(q.member_id, q.queued_at)
        for q in db.scalars(
            select(QueueEntry)
            .where(QueueEntry.meeting_id == meeting_id, QueueEntry.left_at.is_(None))
            .order_by(QueueEntry.queued_at)
        )
    )

    tour = None
    current_changes, current_last = 0, None
    current = next((i for i in items if i.started_at and not i.ended_at), None)
    if current is not None:
        current_changes, current_last = taking or _turn_taking(db, current.id)
        round_row = db.scalars(
            select(TourRound).where(TourRound.item_id == current.id, TourRound.ended_at.is_(None))
        ).first()
        if round_row is not None:
            spoken = frozenset(
                db.scalars(
                    select(SpeakingTurn.member_id).where(
                        SpeakingTurn.item_id == current.id,
                        SpeakingTurn.started_at >= round_row.started_at,
                    )
                )
            )
            tour = TourFact(
                round_row.id,
                round_row.item_id,
                round_row.started_at,
                round_row.budget_seconds,
                tuple(uuid.UUID(m) for m in round_row.order),
                spoken,
            )
    return {
        "totals": summed,
        "current_changes": current_changes,
        "current_last": current_last,
        "running": running,
        "queue": queue,
        "tour": tour,
    }


def reload_floor(
    db: Session,
    facts: MeetingFacts,
    *,
    captures: bool,
    sums: TurnSums,
    taking: TurnTaking | None = None,
) -> MeetingFacts:
    """``facts`` with only the floor, the queue (and the captures if asked) read again.

    After a command that changed nothing else (give the floor, the queue, a capture): a few
    small queries instead of a dozen. ``sums``: the ended turns' sums, already moved by the
    command's changes (they are not read again); ``taking``: the current item's turn-taking
    if the command moved it (a turn appended), else it is read.
    """
    meeting_id = facts.meeting.id
    undo_name, redo_name = undo_names(db, meeting_id)
    floor = _floor_facts(db, meeting_id, facts.items, sums, taking)
    return replace(
        facts,
        **floor,
        captures=load_captures(db, meeting_id) if captures else facts.captures,
        undo_name=undo_name,
        redo_name=redo_name,
    )


def load_captures(db: Session, meeting_id: uuid.UUID) -> tuple[CaptureFact, ...]:
    """The session's captures, not deleted, in the order they were made."""
    return tuple(
        CaptureFact(
            e.id,
            e.kind,
            e.title,
            e.body,
            e.owner_id,
            e.due_on,
            e.confidential,
            e.origin_item_id,
            e.origin_phase_key,
            e.created_at,
        )
        for e in db.scalars(
            select(RepertoireEntry)
            .where(
                RepertoireEntry.origin_meeting_id == meeting_id,
                RepertoireEntry.deleted_at.is_(None),
            )
            .order_by(RepertoireEntry.created_at)
        )
    )
