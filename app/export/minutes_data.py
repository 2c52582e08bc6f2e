"""What the minutes of a session say, as plain data, already filtered for its reader.

``snapshot()`` reads everything in one read transaction and asks ``app.confidentiality``
what its reader may see: the default snapshot is the members' one (a confidential case is
« Cas n° 1 (confidentiel) », its method and its duration; only what the client agreed to share
with the group, marked so). Anything that renders a ``MinutesData`` — the PDF, e-mail,
Markdown, .docx, CSV — is therefore safe without filtering on its own. The facilitator's full
record is a snapshot for ``Reader.FACILITATOR`` and says so (``full_record``).

Just over 400 lines: the lines every format renders and the one reading that fills them
belong together (a field added here is read in the same file).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.confidentiality import (
    Case,
    Part,
    Reader,
    Seen,
    case_label,
    case_numbers,
    sees_case,
    sees_entry,
    sees_part,
    session_title,
)
from app.dates import clock_time
from app.engine.facts import MeetingFacts, load_facts
from app.engine.state import ItemStatus, LiveState, compute_state
from app.engine.statistics import speaker_changes, turn_taking_index
from app.i18n import translator
from app.methods import MethodCatalogue
from app.planning import following_meeting, open_actions
from app.rituals import RitualSummary
from app.rituals import summary as ritual_summary
from app.store import Store
from app.text import fold
from models import (
    ActionStatus,
    AgendaItem,
    AttendanceStatus,
    EntryKind,
    EntryRevision,
    Meeting,
    MeetingStatus,
    Member,
    RepertoireEntry,
    RitualKind,
    SpeakingTurn,
)


@dataclass(frozen=True)
class Options:
    language: str = "fr"
    include_speaking_stats: bool = False
    include_confidential: bool = False

    @property
    def reader(self) -> Reader:
        """Whose minutes: the members' (default) or the facilitator's full record."""
        return Reader.FACILITATOR if self.include_confidential else Reader.MEMBERS


@dataclass(frozen=True)
class PhaseLine:
    name_fr: str
    name_en: str
    planned_seconds: float
    actual_seconds: float


@dataclass(frozen=True)
class ItemLine:
    id: uuid.UUID
    title: str
    method_fr: str
    method_en: str
    status: ItemStatus
    planned_seconds: float
    actual_seconds: float
    phases: tuple[PhaseLine, ...]
    confidential: bool
    codev: bool
    notes: str
    contract: str
    action_plan: str
    # A confidential case the reader may not see: its number (« Cas n° 1 »), else 0.
    case_number: int = 0
    contract_shared: bool = False  # shown because the client agreed
    plan_shared: bool = False
    learnings_shared: bool = False

    def heading(self, language: str = "fr") -> str:
        """The item's name for this reader, in ``language`` (a withheld case by its number)."""
        if not self.case_number:
            return self.title
        return case_label(self.case_number, language)


@dataclass(frozen=True)
class EntryLine:
    kind: EntryKind
    title: str
    body: str
    confidential: bool
    item_id: uuid.UUID | None = None
    owner: str = ""
    due_on: date | None = None
    action_status: ActionStatus | None = None
    from_session: int | None = None
    shared: bool = False  # a confidential capture the client agreed to share with the group


@dataclass(frozen=True)
class SpeakerLine:
    name: str
    seconds: float
    turns: int
    share: float


@dataclass(frozen=True)
class MinutesData:
    network: str
    number: int
    title: str
    format_fr: str
    format_en: str
    place: str
    planned_start: datetime
    started_at: datetime | None
    ended_at: datetime | None
    closed: bool
    facilitator: str
    scribe: str
    present: tuple[str, ...]
    excused: tuple[str, ...]
    absent: tuple[str, ...]
    items: tuple[ItemLine, ...]
    entries: tuple[EntryLine, ...]  # captured in this session
    revised: tuple[EntryLine, ...]  # entries of the network revised during the session
    carried: tuple[EntryLine, ...]  # actions still open from earlier sessions
    speakers: tuple[SpeakerLine, ...]
    equality: float
    turn_taking: float | None
    turns: int
    next_meeting: tuple[datetime, str] | None
    issued_at: datetime
    # Who these minutes are for; ``full_record`` ones carry confidential content.
    reader: Reader = Reader.MEMBERS
    rituals: tuple[RitualSummary, ...] = ()
    arrived: Mapping[str, datetime] = field(default_factory=dict)  # came after the start
    left: Mapping[str, datetime] = field(default_factory=dict)  # left before the end
    unmarked: tuple[str, ...] = ()  # members never checked in

    @property
    def full_record(self) -> bool:
        """Whether these minutes are the facilitator's full record (confidential contents in)."""
        return self.reader is Reader.FACILITATOR


def attendance_lines(data: MinutesData, language: str) -> list[tuple[str, list[str]]]:
    """Present (with late arrivals and early departures), excused, absent and, when some
    members were never checked in, those: one wording for every layout of the minutes."""
    _ = translator(language)

    def presence(who: str) -> str:
        notes = []
        if who in data.arrived:
            notes.append(_("à partir de {time}").format(time=clock_time(data.arrived[who])))
        if who in data.left:
            notes.append(_("jusqu'à {time}").format(time=clock_time(data.left[who])))
        return f"{who} ({', '.join(notes)})" if notes else who

    lines = [
        (_("Présents"), [presence(p) for p in data.present]),
        (_("Excusés"), list(data.excused)),
        (_("Absents"), list(data.absent)),
    ]
    if data.unmarked:
        lines.append((_("Non pointés"), list(data.unmarked)))
    return lines


def snapshot(
    store: Store,
    meeting_id: uuid.UUID,
    methods: MethodCatalogue,
    now: datetime,
    reader: Reader = Reader.MEMBERS,
) -> MinutesData:
    """Everything the minutes say to ``reader``, read in one transaction."""
    with store.session() as db, db.begin():
        return _snapshot(db, meeting_id, methods, now, reader)


def _snapshot(
    db: Session, meeting_id: uuid.UUID, methods: MethodCatalogue, now: datetime, reader: Reader
) -> MinutesData:
    meeting = db.get_one(Meeting, meeting_id)
    facts = load_facts(db, meeting_id)
    at = meeting.ended_at or now
    state = compute_state(facts, methods, at)
    names = facts.names

    def name(member_id: uuid.UUID | None) -> str:
        return names.get(member_id, "") if member_id else ""

    by_status, arrived, left = _attendance(facts, meeting.started_at)
    unmarked = tuple(
        sorted((n for m, n in names.items() if m not in facts.attendance and n), key=fold)
    )
    rows = {
        i.id: i for i in db.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    }
    cases = {i: Case.of(r.confidential, r.consent or ()) for i, r in rows.items()}
    numbers = case_numbers((i.id, not sees_case(reader, cases[i.id])) for i in state.items)
    items = []
    for item in state.items:
        row = rows[item.id]
        case = cases[item.id]
        contract = sees_part(reader, case, Part.CONTRACT)
        plan = sees_part(reader, case, Part.ACTION_PLAN)
        number = numbers.get(item.id, 0)
        items.append(
            ItemLine(
                id=item.id,
                title=case_label(number) if number else item.title,
                method_fr=item.method.name.fr,
                method_en=item.method.name.get("en"),
                status=item.status,
                planned_seconds=item.timer.planned,
                actual_seconds=item.timer.elapsed,
                phases=tuple(
                    PhaseLine(
                        phase.name.fr,
                        phase.name.get("en"),
                        minutes * 60.0,
                        item.phase_seconds.get(phase.key, 0.0),
                    )
                    for phase, minutes in item.phases
                )
                if len(item.phases) > 1
                else (),
                confidential=item.confidential,
                codev=item.method.key == "codev",
                notes=row.notes if sees_case(reader, case) else "",
                contract=row.contract if contract else "",
                action_plan=row.action_plan if plan else "",
                case_number=number,
                contract_shared=contract is Seen.SHARED,
                plan_shared=plan is Seen.SHARED,
                learnings_shared=bool(number) and Part.LEARNINGS in case.consent,
            )
        )

    entries = _entries(db, meeting_id, cases, reader)
    revised: tuple[EntryLine, ...] = ()
    if meeting.started_at is not None:
        revised = tuple(
            EntryLine(e.kind, e.title, e.body, e.confidential)
            for e in db.scalars(
                select(RepertoireEntry)
                .where(
                    RepertoireEntry.network_id == meeting.network_id,
                    RepertoireEntry.deleted_at.is_(None),
                    RepertoireEntry.id.in_(
                        select(EntryRevision.entry_id).where(
                            EntryRevision.revised_at >= meeting.started_at,
                            EntryRevision.revised_at <= at,
                        )
                    ),
                )
                .order_by(RepertoireEntry.title)
            )
            if sees_entry(reader, e.confidential, e.kind)
        )
    carried = tuple(
        EntryLine(
            EntryKind.ACTION,
            a.title,
            "",
            a.confidential,
            owner=a.owner,
            due_on=a.due_on,
            action_status=ActionStatus.OPEN,
            from_session=a.from_session,
        )
        for a in open_actions(db, meeting.network_id, at.astimezone().date(), reader)
        if a.from_session is None or a.from_session < meeting.number
    )
    order = list(
        db.scalars(
            select(SpeakingTurn.member_id)
            .where(SpeakingTurn.meeting_id == meeting_id)
            .order_by(SpeakingTurn.started_at)
        )
    )
    balance = state.session_balance
    speakers = _speakers(facts, state)
    following = following_meeting(db, meeting)
    # The format says what the session ran: one method shown by its name, several as such.
    used = {i.method.key for i in state.items if i.status is not ItemStatus.SKIPPED}
    used = used or {i.method.key for i in state.items}
    key = next(iter(used)) if len(used) == 1 else meeting.format
    fmt = methods.methods.get(key)
    mixed = len(used) > 1 or meeting.format == "mixed"
    return MinutesData(
        network=facts.meeting.network_name,
        number=meeting.number,
        title=session_title(reader, meeting.title, cases.values()),
        format_fr=fmt.name.fr if fmt else ("Plusieurs formats" if mixed else meeting.format),
        format_en=fmt.name.get("en") if fmt else ("Several formats" if mixed else meeting.format),
        place=meeting.place,
        planned_start=meeting.planned_start,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        closed=meeting.status is MeetingStatus.CLOSED,
        facilitator=name(meeting.facilitator_id),
        scribe=name(meeting.scribe_id),
        present=tuple(sorted(by_status[AttendanceStatus.PRESENT])),
        excused=tuple(sorted(by_status[AttendanceStatus.EXCUSED])),
        absent=tuple(sorted(by_status[AttendanceStatus.ABSENT])),
        items=tuple(items),
        entries=tuple(entries),
        revised=revised,
        carried=carried,
        speakers=speakers,
        equality=balance.equality,
        turn_taking=turn_taking_index(speaker_changes(order), len(order)) if order else None,
        turns=len(order),
        next_meeting=(following.planned_start, following.place) if following else None,
        issued_at=now,
        reader=reader,
        arrived=arrived,
        left=left,
        unmarked=unmarked,
        rituals=tuple(
            r for k in RitualKind if (r := ritual_summary(db, meeting_id, k)) is not None
        ),
    )


def _attendance(
    facts: MeetingFacts, started: datetime | None
) -> tuple[dict[AttendanceStatus, list[str]], dict[str, datetime], dict[str, datetime]]:
    """Names by attendance status; who arrived after the start and who left, and when."""
    by_status: dict[AttendanceStatus, list[str]] = {s: [] for s in AttendanceStatus}
    arrived: dict[str, datetime] = {}
    left: dict[str, datetime] = {}
    for member_id, attendance in facts.attendance.items():
        who = facts.names.get(member_id, "?")
        by_status[attendance.status].append(who)
        if attendance.status is not AttendanceStatus.PRESENT:
            continue
        if attendance.arrived_at and started and attendance.arrived_at > started:
            arrived[who] = attendance.arrived_at
        if attendance.left_at is not None:
            left[who] = attendance.left_at
    return by_status, arrived, left


def _entries(
    db: Session, meeting_id: uuid.UUID, cases: Mapping[uuid.UUID, Case], reader: Reader
) -> list[EntryLine]:
    """The session's captures this reader may see, in the order they were made."""
    owner = aliased(Member)
    entries = []
    for e, owner_name in db.execute(
        select(RepertoireEntry, owner.name)
        .outerjoin(owner, owner.id == RepertoireEntry.owner_id)
        .where(
            RepertoireEntry.origin_meeting_id == meeting_id,
            RepertoireEntry.deleted_at.is_(None),
        )
        .order_by(RepertoireEntry.created_at)
    ):
        origin = cases.get(e.origin_item_id) if e.origin_item_id else None
        seen = sees_entry(reader, e.confidential, e.kind, origin)
        # shared with consent is said even in the full record: the facilitator knows what went out
        shared = sees_entry(Reader.MEMBERS, e.confidential, e.kind, origin) is Seen.SHARED
        if seen:
            entries.append(
                EntryLine(
                    e.kind,
                    e.title,
                    e.body,
                    e.confidential,
                    e.origin_item_id,
                    owner_name or "",
                    e.due_on,
                    e.action_status,
                    shared=shared,
                )
            )
    return entries


def _speakers(facts: MeetingFacts, state: LiveState) -> tuple[SpeakerLine, ...]:
    """Speaking time and turns per person in the room, the most heard first."""
    names = facts.names
    # Everyone who was in the room: those present at the end, and those who left early or
    # spoke (a person who left keeps the time they spoke).
    seconds: dict[uuid.UUID, float] = dict.fromkeys(
        (m for m, a in facts.attendance.items() if a.status is AttendanceStatus.PRESENT), 0.0
    )
    turns: dict[uuid.UUID, int] = dict.fromkeys(seconds, 0)
    for t in facts.totals:
        seconds[t.member_id] = seconds.get(t.member_id, 0.0) + t.seconds
        turns[t.member_id] = turns.get(t.member_id, 0) + t.turns
    for p in state.participants:  # a turn still running when the minutes are drafted
        seconds[p.member_id] = max(seconds.get(p.member_id, 0.0), p.session_seconds)
    total = sum(seconds.values())
    return tuple(
        SpeakerLine(
            names.get(m, "?"),
            seconds[m],
            turns.get(m, 0),
            seconds[m] / total if total else 0.0,
        )
        for m in sorted(seconds, key=lambda m: (-seconds[m], fold(names.get(m, ""))))
    )
