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

Where things are: the machinery (facts held, ``run_command``, undo / redo) in
``machinery.py``; lookups shared by the commands in ``lookups.py``; the families in
``agenda_commands.py`` (session, agenda), ``floor_commands.py`` (floor, queue, tour),
``lean_commands.py`` (Lean Coffee) and here (attendance, captures, corrections); what a
key means in ``keys.py``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.confidentiality import Part, confidential_by_default
from app.engine.agenda_commands import AgendaCommands
from app.engine.errors import EngineError
from app.engine.floor_commands import FloorCommands, FloorResult
from app.engine.lean_commands import LeanCommands
from app.engine.lookups import as_fact
from app.engine.state import (
    ItemStatus,
    item_role,
)
from app.i18n import _
from app.repertoire import capture as capture_entry
from app.repertoire import set_action_status as set_entry_action_status
from app.rituals import forget as forget_ritual
from app.rituals import record as record_ritual
from models import (
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    EntryKind,
    MeetingStatus,
    QueueOutcome,
    RitualKind,
    SpeakingTurn,
)


class SessionEngine(AgendaCommands, FloorCommands, LeanCommands):
    """Drives one session (séance) of a network: every command family, and attendance,
    captures and corrections."""

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
        """Clear a member's météo or ROTI answer from the round, as if not yet given; undoable."""
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
                    as_fact(item, roles=True), method, member_id, self._meeting(db).facilitator_id
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


__all__ = ["EngineError", "FloorResult", "ItemStatus", "SessionEngine"]
