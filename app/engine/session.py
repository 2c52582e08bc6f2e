"""SessionEngine: the commands of a live session, each one transaction.

Every public command:
- takes *now* once from the clock (so "give the floor" ends the previous turn at exactly
  the instant the next one starts),
- changes stored facts inside one transaction, committed before it returns,
- is recorded in the command log with the rows it changed (undo / redo),
- then re-reads the facts it changed, from which ``state()`` computes everything shown,
- and announces its change set (``app.commands``) to the windows.

Nothing lives only in memory: a new engine on the same database after a crash is exactly
where the room is.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.cases import CODEV, follow_previous_case
from app.clock import Clock
from app.commands import ChangeSet, CommandHub, Fact, facts_of, recorded
from app.confidentiality import Part, confidential_by_default
from app.engine.errors import DiskFullError, EngineError
from app.engine.facts import (
    ItemFact,
    MeetingFacts,
    load_captures,
    load_facts,
    redo_target,
    reload_floor,
    undo_names,
    undo_target,
)
from app.engine.journal import Change, reapply, revert
from app.engine.state import (
    ItemStatus,
    LiveState,
    compute_state,
    item_role,
    planned_phases,
    topic_order,
)
from app.i18n import _
from app.methods import Method, MethodCatalogue
from app.repertoire import capture as capture_entry
from app.repertoire import set_action_status as set_entry_action_status
from app.rituals import forget as forget_ritual
from app.rituals import record as record_ritual
from models import (
    ActionStatus,
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
    Pause,
    PhaseRun,
    QueueEntry,
    QueueMode,
    QueueOutcome,
    RitualKind,
    Role,
    SpeakingTurn,
    TourRound,
    new_id,
)

T = TypeVar("T")
# The facts re-read on their own after a command that changed nothing else.
PARTIAL = frozenset({Fact.FLOOR, Fact.QUEUE, Fact.CAPTURES})


@dataclass(frozen=True)
class FloorResult:
    """What giving the floor did, and what the facilitator should know about it."""

    member_id: uuid.UUID
    outside_rule: bool  # the phase's rule gives the floor to others (informs, never blocks)


class SessionEngine:
    """Drives one session (séance) of a network."""

    def __init__(
        self,
        store: Any,
        meeting_id: uuid.UUID,
        clock: Clock,
        methods: MethodCatalogue,
        hub: CommandHub | None = None,
    ) -> None:
        self.store = store
        self.meeting_id = meeting_id
        self.clock = clock
        self.methods = methods
        self.hub = hub or CommandHub()
        self.last_changes: ChangeSet | None = None  # of this engine's latest command
        self._facts: MeetingFacts
        self.reload()

    # --- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the stored facts (after a command, or when another view changed them)."""
        with self.store.session() as db:
            self._facts = load_facts(db, self.meeting_id)

    @property
    def facts(self) -> MeetingFacts:
        return self._facts

    def state(self, now: datetime | None = None) -> LiveState:
        """Everything shown about the session, computed at ``now`` (the clock by default)."""
        return compute_state(self._facts, self.methods, now or self.clock.now())

    def turns(self) -> list[SpeakingTurn]:
        """All speaking turns of the session, in order (for review and corrections)."""
        with self.store.session() as db:
            return list(
                db.scalars(
                    select(SpeakingTurn)
                    .where(SpeakingTurn.meeting_id == self.meeting_id)
                    .order_by(SpeakingTurn.started_at)
                )
            )

    # --- the command mechanism ----------------------------------------------------------

    def _run(self, name: str, args: dict[str, Any], body: Callable[[Session, datetime], T]) -> T:
        return self.run_command(name, args, body, frozenset())

    def run_command(
        self,
        name: str,
        args: dict[str, Any],
        body: Callable[[Session, datetime], T],
        touches: frozenset[Fact],
    ) -> T:
        """Run one command in this session's log: one transaction, journaled, announced.

        The workspace's commands come here too while the session is live, so that Ctrl+Z
        undoes a capture revised from the repertoire as it undoes a turn.
        """
        now = self.clock.now()
        with _disk_full_told(), self.store.transaction() as db:
            result, changes = recorded(db, body, now)
            if changes:
                self._record(db, name, args, now, changes)
        self._changed(name, facts_of(changes) | touches, journaled=bool(changes))
        return result

    def _changed(self, name: str, facts: frozenset[Fact], *, journaled: bool) -> None:
        """Re-read only what changed when that is simple, then announce it.

        Only captures: they are read again; the floor or the queue (most live commands):
        turns, queue and tour; anything else: every fact.
        """
        if facts <= {Fact.CAPTURES}:
            with self.store.session() as db:
                undo_name, redo_name = undo_names(db, self.meeting_id)
                self._facts = replace(
                    self._facts,
                    captures=load_captures(db, self.meeting_id) if facts else self._facts.captures,
                    undo_name=undo_name,
                    redo_name=redo_name,
                )
        elif facts <= PARTIAL:
            with self.store.session() as db:
                self._facts = reload_floor(db, self._facts, captures=Fact.CAPTURES in facts)
        else:
            self.reload()
        self.last_changes = ChangeSet(name, facts, self.meeting_id, journaled)
        self.hub.announce(self.last_changes)

    def _record(
        self,
        db: Session,
        name: str,
        args: dict[str, Any],
        now: datetime,
        changes: list[Change],
        target_seq: int | None = None,
    ) -> None:
        seq = (
            db.scalar(
                select(func.max(CommandRecord.seq)).where(
                    CommandRecord.meeting_id == self.meeting_id
                )
            )
            or 0
        ) + 1
        db.add(
            CommandRecord(
                meeting_id=self.meeting_id,
                seq=seq,
                name=name,
                args={k: _arg(v) for k, v in args.items()},
                at=now,
                changes=changes,
                target_seq=target_seq,
            )
        )

    def _meeting(self, db: Session) -> Meeting:
        return db.get_one(Meeting, self.meeting_id)

    def _method(self, key: str) -> Method:
        return self.methods.methods.get(key) or self.methods.get("free")

    def _item(self, db: Session, item_id: uuid.UUID) -> AgendaItem:
        item = db.get(AgendaItem, item_id)
        if item is None or item.meeting_id != self.meeting_id:
            raise EngineError(_("Ce point n'existe pas dans l'ordre du jour de cette séance."))
        return item

    def _current_item(self, db: Session) -> AgendaItem | None:
        return db.scalars(
            select(AgendaItem).where(
                AgendaItem.meeting_id == self.meeting_id,
                AgendaItem.started_at.is_not(None),
                AgendaItem.ended_at.is_(None),
            )
        ).first()

    def _open_pause(self, db: Session, item_id: uuid.UUID) -> Pause | None:
        return db.scalars(
            select(Pause).where(Pause.item_id == item_id, Pause.ended_at.is_(None))
        ).first()

    def _require_running_item(self, db: Session) -> AgendaItem:
        item = self._current_item(db)
        if item is None:
            raise EngineError(
                _("Aucun point n'est en cours : démarrez un point de l'ordre du jour.")
            )
        if self._open_pause(db, item.id) is not None:
            raise EngineError(_("Le point est en pause : reprenez-le d'abord."))
        return item

    def _running_turn(self, db: Session) -> SpeakingTurn | None:
        return db.scalars(
            select(SpeakingTurn).where(
                SpeakingTurn.meeting_id == self.meeting_id, SpeakingTurn.ended_at.is_(None)
            )
        ).first()

    def _end_turn(self, db: Session, now: datetime) -> SpeakingTurn | None:
        turn = self._running_turn(db)
        if turn is not None:
            turn.ended_at = now
        return turn

    def _current_run(self, db: Session, item_id: uuid.UUID) -> PhaseRun | None:
        return db.scalars(
            select(PhaseRun).where(PhaseRun.item_id == item_id, PhaseRun.ended_at.is_(None))
        ).first()

    def _present(self, db: Session, member_id: uuid.UUID, now: datetime) -> Attendance:
        att = db.scalars(
            select(Attendance).where(
                Attendance.meeting_id == self.meeting_id, Attendance.member_id == member_id
            )
        ).first()
        fact = self._facts.attendance.get(member_id)
        if att is None or fact is None or not fact.present_at(now):
            name = self._facts.names.get(member_id, "?")
            raise EngineError(
                _("{name} n'est pas noté·e présent·e : faites d'abord son pointage.").format(
                    name=name
                )
            )
        return att

    def _leave_queue(
        self, db: Session, member_id: uuid.UUID, now: datetime, outcome: QueueOutcome
    ) -> None:
        for entry in db.scalars(
            select(QueueEntry).where(
                QueueEntry.meeting_id == self.meeting_id,
                QueueEntry.member_id == member_id,
                QueueEntry.left_at.is_(None),
            )
        ):
            entry.left_at = now
            entry.outcome = outcome

    # --- the session --------------------------------------------------------------------

    def start_session(self) -> None:
        """Open the session: its clock starts now."""

        def body(db: Session, now: datetime) -> None:
            meeting = self._meeting(db)
            if meeting.status is MeetingStatus.CLOSED:
                raise EngineError(_("Cette séance est close."))
            if meeting.status is MeetingStatus.PLANNED:
                meeting.status = MeetingStatus.RUNNING
                meeting.started_at = now

        self._run("start_session", {}, body)

    def close_session(self) -> None:
        """End the session: the running item and turn end now, the queue empties."""

        def body(db: Session, now: datetime) -> None:
            meeting = self._meeting(db)
            if meeting.status is not MeetingStatus.RUNNING:
                raise EngineError(_("La séance n'est pas en cours."))
            item = self._current_item(db)
            if item is not None:
                self._finish_item(db, item, now)
            for entry in db.scalars(
                select(QueueEntry).where(
                    QueueEntry.meeting_id == self.meeting_id, QueueEntry.left_at.is_(None)
                )
            ):
                entry.left_at = now
                entry.outcome = QueueOutcome.REMOVED
            meeting.status = MeetingStatus.CLOSED
            meeting.ended_at = now

        self._run("close_session", {}, body)

    def set_queue_mode(self, mode: QueueMode) -> None:
        """First come, or balanced (those who spoke least in the item first)."""

        def body(db: Session, now: datetime) -> None:
            self._meeting(db).queue_mode = QueueMode(mode)

        self._run("set_queue_mode", {"mode": mode}, body)

    def set_turn_limit(self, seconds: int) -> None:
        """The soft limit of one speaking turn (0: no limit)."""
        if seconds < 0:
            raise EngineError(_("La limite de temps de parole ne peut pas être négative."))

        def body(db: Session, now: datetime) -> None:
            self._meeting(db).turn_limit_seconds = seconds

        self._run("set_turn_limit", {"seconds": seconds}, body)

    def set_projector_stats(self, shown: bool) -> None:
        """Show speaking statistics on the projector for this session (off by default)."""

        def body(db: Session, now: datetime) -> None:
            self._meeting(db).show_stats_on_projector = shown

        self._run("set_projector_stats", {"shown": shown}, body)

    # --- attendance ---------------------------------------------------------------------

    def set_attendance(self, member_id: uuid.UUID, status: AttendanceStatus) -> None:
        """Check someone in as present, excused or absent.

        Marked present while the session runs, they arrive now (late arrival): their share
        counts from now on. Marked otherwise, they stop speaking and leave the queue.
        """
        status = AttendanceStatus(status)

        def body(db: Session, now: datetime) -> None:
            meeting = self._meeting(db)
            att = db.scalars(
                select(Attendance).where(
                    Attendance.meeting_id == self.meeting_id, Attendance.member_id == member_id
                )
            ).first()
            was_present = (
                att is not None and att.status is AttendanceStatus.PRESENT and att.left_at is None
            )
            if att is None:
                att = Attendance(meeting_id=self.meeting_id, member_id=member_id, status=status)
                db.add(att)
            att.status = status
            if status is AttendanceStatus.PRESENT:
                if not was_present:
                    running = meeting.status is MeetingStatus.RUNNING
                    att.arrived_at = now if running else None
                    att.left_at = None
            else:
                self._departure(db, member_id, now)
                att.arrived_at = None
                att.left_at = None

        self._run("set_attendance", {"member": member_id, "status": status}, body)

    def leave(self, member_id: uuid.UUID) -> None:
        """Someone leaves before the end: their turn ends, they leave the queue."""

        def body(db: Session, now: datetime) -> None:
            att = self._present(db, member_id, now)
            att.left_at = now
            self._departure(db, member_id, now)

        self._run("leave", {"member": member_id}, body)

    def _departure(self, db: Session, member_id: uuid.UUID, now: datetime) -> None:
        turn = self._running_turn(db)
        if turn is not None and turn.member_id == member_id:
            turn.ended_at = now
        self._leave_queue(db, member_id, now, QueueOutcome.LEFT)

    # --- planning the agenda --------------------------------------------------------------

    def add_item(
        self,
        title: str,
        method_key: str = "free",
        planned_minutes: int | None = None,
        *,
        position: int | None = None,
        confidential: bool | None = None,
        phase_minutes: dict[str, int] | None = None,
    ) -> uuid.UUID:
        """Add an agenda item (at the end by default); returns its id."""
        title = title.strip()
        if not title:
            raise EngineError(_("Donnez un titre au point de l'ordre du jour."))
        if method_key not in self.methods:
            raise EngineError(_("Méthode inconnue : {key}.").format(key=method_key))
        method = self.methods.get(method_key)
        if planned_minutes is not None and planned_minutes <= 0:
            raise EngineError(_("La durée prévue doit être d'au moins une minute."))
        item_id = new_id()

        def body(db: Session, now: datetime) -> uuid.UUID:
            items = self._items(db)
            pos = len(items) if position is None else max(0, min(position, len(items)))
            for other in items:
                if other.position >= pos:
                    other.position += 1
            item = AgendaItem(
                id=item_id,
                meeting_id=self.meeting_id,
                position=pos,
                title=title,
                method_key=method_key,
                planned_minutes=0,
                phase_minutes=dict(phase_minutes or {}),
                confidential=(
                    method.confidential_by_default if confidential is None else confidential
                ),
            )
            if method.key == CODEV and phase_minutes is None:
                follow_previous_case(db, item, self._meeting(db), method, items)
            if planned_minutes is None:
                planned = sum(minutes for _p, minutes in planned_phases(_as_fact(item), method))
                item.planned_minutes = planned
            else:
                item.planned_minutes = planned_minutes
            db.add(item)
            return item_id

        return self._run("add_item", {"title": title, "method": method_key}, body)

    def _items(self, db: Session) -> list[AgendaItem]:
        return list(
            db.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == self.meeting_id)
                .order_by(AgendaItem.position)
            )
        )

    def update_item(
        self,
        item_id: uuid.UUID,
        *,
        title: str | None = None,
        planned_minutes: int | None = None,
        phase_minutes: dict[str, int] | None = None,
        confidential: bool | None = None,
    ) -> None:
        """Re-title or re-time an item (done items keep their history)."""
        if planned_minutes is not None and planned_minutes <= 0:
            raise EngineError(_("La durée prévue doit être d'au moins une minute."))
        if title is not None and not title.strip():
            raise EngineError(_("Donnez un titre au point de l'ordre du jour."))

        def body(db: Session, now: datetime) -> None:
            item = self._item(db, item_id)
            if title is not None:
                item.title = title.strip()
            if planned_minutes is not None:
                item.planned_minutes = planned_minutes
            if phase_minutes is not None:
                if item.started_at is not None:
                    raise EngineError(_("Les phases d'un point commencé ne se modifient plus."))
                item.phase_minutes = {**(item.phase_minutes or {}), **phase_minutes}
            if confidential is not None:
                item.confidential = confidential

        self._run("update_item", {"item": item_id}, body)

    def move_item(self, item_id: uuid.UUID, position: int) -> None:
        """Move an upcoming item to ``position`` (0-based) among all items."""

        def body(db: Session, now: datetime) -> None:
            items = self._items(db)
            item = self._item(db, item_id)
            if item.started_at is not None or item.skipped:
                raise EngineError(_("Seuls les points à venir peuvent être déplacés."))
            items.remove(item)
            items.insert(max(0, min(position, len(items))), item)
            for index, other in enumerate(items):
                if other.position != index:
                    other.position = index

        self._run("move_item", {"item": item_id, "position": position}, body)

    def remove_item(self, item_id: uuid.UUID) -> None:
        """Remove an item that has not started."""

        def body(db: Session, now: datetime) -> None:
            item = self._item(db, item_id)
            if item.started_at is not None:
                raise EngineError(
                    _("Un point commencé ne peut pas être retiré : passez-le ou terminez-le.")
                )
            for role in list(item.roles):
                db.delete(role)
            for topic in db.scalars(select(LeanTopic).where(LeanTopic.item_id == item_id)):
                for vote in db.scalars(select(LeanVote).where(LeanVote.topic_id == topic.id)):
                    db.delete(vote)
                db.delete(topic)
            db.delete(item)
            db.flush()
            for index, other in enumerate(self._items(db)):
                if other.position != index:
                    other.position = index

        self._run("remove_item", {"item": item_id}, body)

    def set_role(self, item_id: uuid.UUID, member_id: uuid.UUID, role: Role | None) -> None:
        """Give someone a role for one item (client, consultant…); None removes it."""

        def body(db: Session, now: datetime) -> None:
            item = self._item(db, item_id)
            existing = db.scalars(
                select(ItemRole).where(ItemRole.item_id == item.id, ItemRole.member_id == member_id)
            ).first()
            if role is None:
                if existing is not None:
                    db.delete(existing)
            elif existing is None:
                db.add(ItemRole(item_id=item.id, member_id=member_id, role=Role(role)))
            else:
                existing.role = Role(role)

        self._run("set_role", {"item": item_id, "member": member_id, "role": role}, body)

    def apply_fit(self, minutes: dict[uuid.UUID, int], dropped: Iterable[uuid.UUID] = ()) -> None:
        """Apply a way to end on time: re-time some upcoming items, skip others."""
        dropped = tuple(dropped)

        def body(db: Session, now: datetime) -> None:
            for item_id, new_minutes in minutes.items():
                item = self._item(db, item_id)
                if item.started_at is None and new_minutes > 0:
                    item.planned_minutes = new_minutes
            for item_id in dropped:
                item = self._item(db, item_id)
                if item.started_at is None:
                    item.skipped = True

        self._run("apply_fit", {"items": len(minutes), "dropped": len(dropped)}, body)

    # --- running the agenda ---------------------------------------------------------------

    def start_item(self, item_id: uuid.UUID | None = None) -> uuid.UUID:
        """Start an item (the next upcoming one by default); the current one finishes now.

        Starting the first item opens the session if it was not open yet.
        """

        def body(db: Session, now: datetime) -> uuid.UUID:
            meeting = self._meeting(db)
            if meeting.status is MeetingStatus.CLOSED:
                raise EngineError(_("Cette séance est close."))
            if meeting.status is MeetingStatus.PLANNED:
                meeting.status = MeetingStatus.RUNNING
                meeting.started_at = now
            if item_id is None:
                target = next(
                    (i for i in self._items(db) if i.started_at is None and not i.skipped), None
                )
                if target is None:
                    raise EngineError(_("Il n'y a plus de point à venir dans l'ordre du jour."))
            else:
                target = self._item(db, item_id)
                if target.started_at is not None:
                    raise EngineError(_("Ce point a déjà été traité."))
            current = self._current_item(db)
            if current is not None:
                self._finish_item(db, current, now)
            target.skipped = False
            target.started_at = now
            phases = planned_phases(_as_fact(target), self._method(target.method_key))
            first = phases[0][0]
            index = self._method(target.method_key).phases.index(first)
            db.add(
                PhaseRun(item_id=target.id, phase_index=index, phase_key=first.key, started_at=now)
            )
            return target.id

        return self._run("start_item", {"item": item_id}, body)

    def _finish_item(self, db: Session, item: AgendaItem, now: datetime) -> None:
        self._end_turn(db, now)
        pause = self._open_pause(db, item.id)
        if pause is not None:
            pause.ended_at = now
        run = self._current_run(db, item.id)
        if run is not None:
            run.ended_at = now
        for round_ in db.scalars(
            select(TourRound).where(TourRound.item_id == item.id, TourRound.ended_at.is_(None))
        ):
            round_.ended_at = now
        for topic in db.scalars(
            select(LeanTopic).where(
                LeanTopic.item_id == item.id,
                LeanTopic.started_at.is_not(None),
                LeanTopic.ended_at.is_(None),
            )
        ):
            topic.ended_at = now
        item.ended_at = now

    def finish_item(self) -> None:
        """Finish the current item now."""

        def body(db: Session, now: datetime) -> None:
            item = self._current_item(db)
            if item is None:
                raise EngineError(_("Aucun point n'est en cours."))
            self._finish_item(db, item, now)

        self._run("finish_item", {}, body)

    def pause_item(self) -> None:
        """Pause the current item (and its phase); whoever speaks stops now."""

        def body(db: Session, now: datetime) -> None:
            item = self._require_running_item(db)
            self._end_turn(db, now)
            db.add(Pause(item_id=item.id, started_at=now))

        self._run("pause_item", {}, body)

    def resume_item(self) -> None:
        """Resume the paused item."""

        def body(db: Session, now: datetime) -> None:
            item = self._current_item(db)
            pause = self._open_pause(db, item.id) if item else None
            if pause is None:
                raise EngineError(_("Aucun point n'est en pause."))
            pause.ended_at = now

        self._run("resume_item", {}, body)

    def skip_item(self, item_id: uuid.UUID, skipped: bool = True) -> None:
        """Leave an upcoming item out of this session (or put it back)."""

        def body(db: Session, now: datetime) -> None:
            item = self._item(db, item_id)
            if item.started_at is not None:
                raise EngineError(_("Ce point a déjà commencé."))
            item.skipped = skipped

        self._run("skip_item", {"item": item_id, "skipped": skipped}, body)

    def _move_phase(self, step: int) -> str:
        def body(db: Session, now: datetime) -> str:
            item = self._require_running_item(db)
            method = self._method(item.method_key)
            phases = [p for p, _m in planned_phases(_as_fact(item), method)]
            run = self._current_run(db, item.id)
            keys = [p.key for p in phases]
            position = keys.index(run.phase_key) if run and run.phase_key in keys else 0
            target = position + step
            if target >= len(phases):
                raise EngineError(_("C'est la dernière phase : terminez le point."))
            if target < 0:
                raise EngineError(_("C'est la première phase."))
            # A phase change is a facilitation moment: whoever spoke stops.
            self._end_turn(db, now)
            if run is not None:
                run.ended_at = now
            phase = phases[target]
            db.add(
                PhaseRun(
                    item_id=item.id,
                    phase_index=method.phases.index(phase),
                    phase_key=phase.key,
                    started_at=now,
                )
            )
            return phase.key

        return self._run("next_phase" if step > 0 else "previous_phase", {}, body)

    def next_phase(self) -> str:
        """Move to the next phase of the current item's method; returns its key."""
        return self._move_phase(+1)

    def previous_phase(self) -> str:
        """Go back to the previous phase (a new interval of it opens)."""
        return self._move_phase(-1)

    # --- the floor ------------------------------------------------------------------------

    def give_floor(self, member_id: uuid.UUID) -> FloorResult:
        """``member_id`` has the floor from now; the previous turn ends at the same instant.

        Someone speaking outside the phase's rule is reported, never refused: the
        facilitator decides.
        """

        def body(db: Session, now: datetime) -> FloorResult:
            return self._give_floor(db, member_id, now)

        return self._run("give_floor", {"member": member_id}, body)

    def _give_floor(self, db: Session, member_id: uuid.UUID, now: datetime) -> FloorResult:
        item = self._require_running_item(db)
        self._present(db, member_id, now)
        method = self._method(item.method_key)
        role = item_role(
            _as_fact(item, roles=True), method, member_id, self._meeting(db).facilitator_id
        )
        run = self._current_run(db, item.id)
        phase = method.phase(run.phase_key) if run else None
        outside = phase is not None and not phase.allows(role)
        current = self._running_turn(db)
        if current is not None and current.member_id == member_id:
            return FloorResult(member_id, outside)
        if current is not None:
            current.ended_at = now
        db.add(
            SpeakingTurn(
                meeting_id=self.meeting_id,
                item_id=item.id,
                phase_run_id=run.id if run else None,
                member_id=member_id,
                role=role,
                started_at=now,
            )
        )
        self._leave_queue(db, member_id, now, QueueOutcome.SERVED)
        return FloorResult(member_id, outside)

    def take_floor_back(self) -> None:
        """Nobody speaks from now."""

        def body(db: Session, now: datetime) -> None:
            if self._end_turn(db, now) is None:
                raise EngineError(_("Personne n'a la parole."))

        self._run("take_floor_back", {}, body)

    # --- the queue ------------------------------------------------------------------------

    def queue_add(self, member_id: uuid.UUID) -> None:
        """``member_id`` asks for the floor."""

        def body(db: Session, now: datetime) -> None:
            self._present(db, member_id, now)
            waiting = db.scalars(
                select(QueueEntry).where(
                    QueueEntry.meeting_id == self.meeting_id,
                    QueueEntry.member_id == member_id,
                    QueueEntry.left_at.is_(None),
                )
            ).first()
            if waiting is not None:
                name = self._facts.names.get(member_id, "?")
                raise EngineError(_("{name} est déjà dans la file d'attente.").format(name=name))
            db.add(QueueEntry(meeting_id=self.meeting_id, member_id=member_id, queued_at=now))

        self._run("queue_add", {"member": member_id}, body)

    def queue_remove(self, member_id: uuid.UUID) -> None:
        """Take ``member_id`` out of the queue."""

        def body(db: Session, now: datetime) -> None:
            if not any(q.member_id == member_id for q in self._facts.queue):
                raise EngineError(_("Cette personne n'est pas dans la file d'attente."))
            self._leave_queue(db, member_id, now, QueueOutcome.REMOVED)

        self._run("queue_remove", {"member": member_id}, body)

    def queue_next(self) -> FloorResult:
        """Give the floor to the first in the queue (in the queue's current order)."""

        def body(db: Session, now: datetime) -> FloorResult:
            queue = compute_state(self._facts, self.methods, now).queue
            if not queue:
                raise EngineError(_("La file d'attente est vide."))
            return self._give_floor(db, queue[0].member_id, now)

        return self._run("queue_next", {}, body)

    # --- tour de table --------------------------------------------------------------------

    def tour_start(
        self, budget_seconds: int | None = None, order: list[uuid.UUID] | None = None
    ) -> None:
        """Start a tour de table: every present member in turn, the same budget each."""

        def body(db: Session, now: datetime) -> None:
            item = self._require_running_item(db)
            state = compute_state(self._facts, self.methods, now)
            sequence = list(order) if order is not None else list(state.present)
            if not sequence:
                raise EngineError(_("Personne n'est présent pour un tour de table."))
            for round_ in db.scalars(
                select(TourRound).where(TourRound.item_id == item.id, TourRound.ended_at.is_(None))
            ):
                round_.ended_at = now
            method = self._method(item.method_key)
            budget = budget_seconds or (method.tour.budget_seconds if method.tour else 120)
            db.add(
                TourRound(
                    item_id=item.id,
                    started_at=now,
                    budget_seconds=budget,
                    order=[str(m) for m in sequence],
                )
            )
            self._end_turn(db, now)

        self._run("tour_start", {"budget": budget_seconds}, body)

    def tour_next(self) -> uuid.UUID | None:
        """Give the floor to the next in the tour; ends the tour after the last one."""

        def body(db: Session, now: datetime) -> uuid.UUID | None:
            tour = compute_state(self._facts, self.methods, now).tour
            if tour is None:
                raise EngineError(_("Aucun tour de table n'est en cours."))
            if tour.next_member is None:
                self._end_turn(db, now)
                self._stop_tour(db, now)
                return None
            self._give_floor(db, tour.next_member, now)
            return tour.next_member

        return self._run("tour_next", {}, body)

    def tour_stop(self) -> None:
        """End the tour de table."""

        def body(db: Session, now: datetime) -> None:
            if not self._stop_tour(db, now):
                raise EngineError(_("Aucun tour de table n'est en cours."))

        self._run("tour_stop", {}, body)

    def _stop_tour(self, db: Session, now: datetime) -> bool:
        stopped = False
        item = self._current_item(db)
        if item is None:
            return False
        for round_ in db.scalars(
            select(TourRound).where(TourRound.item_id == item.id, TourRound.ended_at.is_(None))
        ):
            round_.ended_at = now
            stopped = True
        return stopped

    # --- Lean Coffee ----------------------------------------------------------------------

    def _lean_item(self, db: Session) -> tuple[AgendaItem, Method]:
        item = self._current_item(db)
        if item is None:
            raise EngineError(_("Aucun point n'est en cours."))
        method = self._method(item.method_key)
        if method.lean_coffee is None:
            raise EngineError(_("Le point en cours n'est pas un Lean Coffee."))
        return item, method

    def lean_propose(self, title: str, member_id: uuid.UUID | None = None) -> uuid.UUID:
        """Put a topic on the Lean Coffee board."""
        title = title.strip()
        if not title:
            raise EngineError(_("Donnez un titre au sujet."))
        topic_id = new_id()

        def body(db: Session, now: datetime) -> uuid.UUID:
            item, _m = self._lean_item(db)
            db.add(
                LeanTopic(
                    id=topic_id,
                    item_id=item.id,
                    title=title,
                    proposed_by_id=member_id,
                    proposed_at=now,
                )
            )
            return topic_id

        return self._run("lean_propose", {"title": title}, body)

    def lean_vote(self, topic_id: uuid.UUID, member_id: uuid.UUID) -> None:
        """One dot from ``member_id`` on a topic (three per person by default)."""

        def body(db: Session, now: datetime) -> None:
            item, method = self._lean_item(db)
            assert method.lean_coffee is not None
            self._present(db, member_id, now)
            topic = db.get(LeanTopic, topic_id)
            if topic is None or topic.item_id != item.id:
                raise EngineError(_("Ce sujet n'est pas au tableau."))
            used = sum(
                t.votes.get(member_id, 0) for t in self._facts.topics if t.item_id == item.id
            )
            allowed = method.lean_coffee.votes_per_person
            if used >= allowed:
                name = self._facts.names.get(member_id, "?")
                raise EngineError(
                    _("{name} a déjà utilisé ses {count} votes.").format(name=name, count=allowed)
                )
            db.add(LeanVote(topic_id=topic.id, member_id=member_id, voted_at=now))

        self._run("lean_vote", {"topic": topic_id, "member": member_id}, body)

    def lean_unvote(self, topic_id: uuid.UUID, member_id: uuid.UUID) -> None:
        """Take back one dot of ``member_id`` from a topic."""

        def body(db: Session, now: datetime) -> None:
            vote = db.scalars(
                select(LeanVote).where(
                    LeanVote.topic_id == topic_id, LeanVote.member_id == member_id
                )
            ).first()
            if vote is None:
                raise EngineError(_("Aucun vote à retirer."))
            db.delete(vote)

        self._run("lean_unvote", {"topic": topic_id, "member": member_id}, body)

    def lean_discuss(self, topic_id: uuid.UUID | None = None) -> uuid.UUID:
        """Start discussing a topic (the most voted one left by default)."""

        def body(db: Session, now: datetime) -> uuid.UUID:
            item = self._require_running_item(db)
            self._lean_item(db)
            topics = [t for t in self._facts.topics if t.item_id == item.id]
            if topic_id is None:
                left = [t for t in topic_order(tuple(topics)) if t.started_at is None]
                if not left:
                    raise EngineError(_("Tous les sujets du tableau ont été discutés."))
                chosen = left[0].id
            else:
                chosen = topic_id
            self._end_topic(db, item.id, now)
            topic = db.get(LeanTopic, chosen)
            if topic is None or topic.item_id != item.id:
                raise EngineError(_("Ce sujet n'est pas au tableau."))
            if topic.started_at is not None:
                raise EngineError(_("Ce sujet a déjà été discuté."))
            topic.started_at = now
            return topic.id

        return self._run("lean_discuss", {"topic": topic_id}, body)

    def _end_topic(self, db: Session, item_id: uuid.UUID, now: datetime) -> LeanTopic | None:
        topic = db.scalars(
            select(LeanTopic).where(
                LeanTopic.item_id == item_id,
                LeanTopic.started_at.is_not(None),
                LeanTopic.ended_at.is_(None),
            )
        ).first()
        if topic is not None:
            topic.ended_at = now
        return topic

    def lean_roman_vote(self, up: int, sideways: int, down: int) -> bool:
        """The room's thumbs at the end of a timebox. True: extended by a shorter box.

        A majority of thumbs up extends the topic (3 min, then 2 by default); otherwise,
        or when no extension is left, the topic is discussed and the board moves on.
        """
        if min(up, sideways, down) < 0:
            raise EngineError(_("Les votes ne peuvent pas être négatifs."))

        def body(db: Session, now: datetime) -> bool:
            item, method = self._lean_item(db)
            assert method.lean_coffee is not None
            topic = db.scalars(
                select(LeanTopic).where(
                    LeanTopic.item_id == item.id,
                    LeanTopic.started_at.is_not(None),
                    LeanTopic.ended_at.is_(None),
                )
            ).first()
            if topic is None:
                raise EngineError(_("Aucun sujet n'est en discussion."))
            total = up + sideways + down
            can_extend = topic.extensions < len(method.lean_coffee.extension_minutes)
            if total > 0 and up * 2 > total and can_extend:
                topic.extensions += 1
                return True
            topic.ended_at = now
            return False

        return self._run("lean_roman_vote", {"up": up, "sideways": sideways, "down": down}, body)

    def lean_finish_topic(self) -> None:
        """The current topic is discussed."""

        def body(db: Session, now: datetime) -> None:
            item, _m = self._lean_item(db)
            if self._end_topic(db, item.id, now) is None:
                raise EngineError(_("Aucun sujet n'est en discussion."))

        self._run("lean_finish_topic", {}, body)

    # --- captures -------------------------------------------------------------------------

    def capture(
        self,
        kind: EntryKind,
        title: str,
        *,
        body: str = "",
        owner_id: uuid.UUID | None = None,
        due_on: date | None = None,
        authors: Iterable[uuid.UUID] = (),
        confidential: bool | None = None,
    ) -> uuid.UUID:
        """Capture a decision, action, practice, term… into the network's repertoire.

        The entry remembers where it came from (session, item, phase). In a confidential
        item (a co-development case) every capture is confidential unless said otherwise:
        what is said about the client's case stays in the room.
        """
        kind = EntryKind(kind)

        def body_(db: Session, now: datetime) -> uuid.UUID:
            meeting = self._meeting(db)
            item = self._current_item(db)
            run = self._current_run(db, item.id) if item is not None else None
            secret = (
                confidential
                if confidential is not None
                else confidential_by_default(item is not None and item.confidential)
            )
            entry = capture_entry(
                db,
                network_id=meeting.network_id,
                kind=kind,
                title=title,
                body=body,
                owner_id=owner_id,
                due_on=due_on,
                authors=authors,
                confidential=secret,
                now=now,
                origin_meeting_id=self.meeting_id,
                origin_item_id=item.id if item is not None else None,
                origin_phase_key=run.phase_key if run is not None else None,
            )
            return entry.id

        return self._run("capture", {"kind": kind, "title": title[:80]}, body_)

    def set_action_status(self, entry_id: uuid.UUID, status: ActionStatus) -> None:
        """Mark an action of the network done, dropped or open again (actions review)."""
        status = ActionStatus(status)

        def body(db: Session, now: datetime) -> None:
            network = self._meeting(db).network_id
            set_entry_action_status(db, entry_id, status, now=now, network_id=network)

        self._run("set_action_status", {"entry": entry_id, "status": status}, body)

    def set_contract(self, item_id: uuid.UUID, text: str) -> None:
        """Co-development: the client's one question, as agreed in the contract phase."""
        self._set_item_text("set_contract", item_id, "contract", text)

    def set_action_plan(self, item_id: uuid.UUID, text: str) -> None:
        """Co-development: what the client will do, stated in the action-plan phase."""
        self._set_item_text("set_action_plan", item_id, "action_plan", text)

    def _set_item_text(self, name: str, item_id: uuid.UUID, column: str, text: str) -> None:
        def body(db: Session, now: datetime) -> None:
            setattr(self._item(db, item_id), column, text.strip())

        self._run(name, {"item": item_id}, body)

    def set_consent(self, item_id: uuid.UUID, parts: Iterable[Part]) -> None:
        """What the client of a confidential case agrees to share with the group (asked at
        the end of the case): see app.confidentiality."""
        chosen = sorted({Part(p).value for p in parts})

        def body(db: Session, now: datetime) -> None:
            self._item(db, item_id).consent = chosen

        self._run("set_consent", {"item": item_id, "parts": chosen}, body)

    def ritual_answer(
        self, member_id: uuid.UUID, kind: RitualKind, score: int | None = None, word: str = ""
    ) -> None:
        """A member's météo or ROTI (one key press in a round); undoable like any command."""

        def body(db: Session, now: datetime) -> None:
            record_ritual(db, self.meeting_id, member_id, kind, now, score, word)

        self._run("ritual_answer", {"kind": RitualKind(kind), "score": score}, body)

    def ritual_forget(self, member_id: uuid.UUID, kind: RitualKind) -> None:
        self._run(
            "ritual_forget",
            {"kind": RitualKind(kind)},
            lambda db, now: forget_ritual(db, self.meeting_id, member_id, kind),
        )

    # --- corrections ----------------------------------------------------------------------

    def correct_turn(
        self,
        turn_id: uuid.UUID,
        *,
        member_id: uuid.UUID | None = None,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
    ) -> None:
        """Correct a speaking turn: the right person, the right start or end.

        The corrected turn must stay inside its item's active time. Turns it now overlaps
        give way: they are shortened, split or, when covered entirely, removed.
        """

        def body(db: Session, now: datetime) -> None:
            turn = db.get(SpeakingTurn, turn_id)
            if turn is None or turn.meeting_id != self.meeting_id:
                raise EngineError(_("Ce tour de parole n'existe pas."))
            if member_id is not None and member_id != turn.member_id:
                if member_id not in self._facts.attendance:
                    raise EngineError(_("Cette personne n'est pas pointée pour cette séance."))
                item = db.get_one(AgendaItem, turn.item_id)
                method = self._method(item.method_key)
                turn.member_id = member_id
                turn.role = item_role(
                    _as_fact(item, roles=True), method, member_id, self._meeting(db).facilitator_id
                )
            start = started_at or turn.started_at
            end = ended_at if ended_at is not None else turn.ended_at
            if end is not None and end <= start:
                raise EngineError(_("Un tour de parole doit finir après avoir commencé."))
            if end is None and start > now:
                raise EngineError(_("Un tour de parole ne peut pas commencer dans le futur."))
            item_fact = self._facts.item(turn.item_id)
            item_end = item_fact.ended_at or now
            if (
                item_fact.started_at is None
                or start < item_fact.started_at
                or (end or now) > item_end
            ):
                raise EngineError(_("Le tour de parole doit rester dans le temps de son point."))
            span = (start, end or now)
            for p0, p1 in item_fact.pauses:
                if p0 < span[1] and (p1 or now) > span[0]:
                    raise EngineError(_("Le tour de parole ne peut pas couvrir une pause."))
            turn.started_at, turn.ended_at = start, end
            self._make_room(db, turn, now)

        self._run("correct_turn", {"turn": turn_id}, body)

    def _make_room(self, db: Session, turn: SpeakingTurn, now: datetime) -> None:
        start, end = turn.started_at, turn.ended_at or now
        others = db.scalars(
            select(SpeakingTurn).where(
                SpeakingTurn.meeting_id == self.meeting_id, SpeakingTurn.id != turn.id
            )
        )
        for other in list(others):
            o_start, o_end = other.started_at, other.ended_at or now
            if o_end <= start or o_start >= end:
                continue
            if o_start >= start and o_end <= end:
                db.delete(other)
            elif o_start < start and o_end > end:
                # The corrected turn sits inside another one: split it around.
                db.add(
                    SpeakingTurn(
                        meeting_id=other.meeting_id,
                        item_id=other.item_id,
                        phase_run_id=other.phase_run_id,
                        member_id=other.member_id,
                        role=other.role,
                        started_at=end,
                        ended_at=other.ended_at,
                    )
                )
                other.ended_at = start
            elif o_start < start:
                other.ended_at = start
            else:
                other.started_at = end

    def delete_turn(self, turn_id: uuid.UUID) -> None:
        """Remove a speaking turn given by mistake (undo brings it back)."""

        def body(db: Session, now: datetime) -> None:
            turn = db.get(SpeakingTurn, turn_id)
            if turn is None or turn.meeting_id != self.meeting_id:
                raise EngineError(_("Ce tour de parole n'existe pas."))
            db.delete(turn)

        self._run("delete_turn", {"turn": turn_id}, body)

    # --- undo / redo ----------------------------------------------------------------------

    def undo(self) -> str:
        """Revert the last command not undone yet; returns its name."""
        now = self.clock.now()
        with _disk_full_told(), self.store.transaction() as db:
            target = undo_target(db, self.meeting_id)
            if target is None:
                raise EngineError(_("Il n'y a rien à annuler."))
            revert(db, target.changes)
            target.undone_at = now
            self._record(db, "undo", {"seq": target.seq}, now, [], target_seq=target.seq)
            name, changed = target.name, facts_of(target.changes)
        self._changed("undo", changed, journaled=True)
        return name

    def redo(self) -> str:
        """Write again the last command undone; returns its name."""
        now = self.clock.now()
        with _disk_full_told(), self.store.transaction() as db:
            target = redo_target(db, self.meeting_id)
            if target is None:
                raise EngineError(_("Il n'y a rien à rétablir."))
            reapply(db, target.changes)
            target.undone_at = None
            self._record(db, "redo", {"seq": target.seq}, now, [], target_seq=target.seq)
            name, changed = target.name, facts_of(target.changes)
        self._changed("redo", changed, journaled=True)
        return name


@contextmanager
def _disk_full_told() -> Iterator[None]:
    """SQLite's "database or disk is full" as a sentence a facilitator can act on."""
    try:
        yield
    except OperationalError as error:
        if "full" not in str(error.orig).lower():
            raise
        raise DiskFullError(
            _(
                "Le disque est plein : cette commande n'a pas été enregistrée. Libérez de la "
                "place puis recommencez ; tout ce qui était déjà enregistré est intact."
            )
        ) from error


def _arg(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "value"):
        return value.value
    return value


def _as_fact(item: AgendaItem, *, roles: bool = False) -> ItemFact:
    """The pieces of an ORM item the pure rules read (phases, roles)."""
    return ItemFact(
        id=item.id,
        position=item.position,
        title=item.title,
        method_key=item.method_key,
        planned_minutes=item.planned_minutes or 0,
        phase_minutes=dict(item.phase_minutes or {}),
        started_at=item.started_at,
        ended_at=item.ended_at,
        skipped=item.skipped,
        confidential=item.confidential,
        roles={r.member_id: r.role for r in item.roles} if roles else {},
    )


__all__ = ["EngineError", "FloorResult", "ItemStatus", "SessionEngine"]
