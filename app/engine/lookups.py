"""Lookups every command family shares: the meeting, the running item, turn, run, queue."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.engine.facts import (
    ItemFact,
)
from app.engine.machinery import EngineCore
from app.i18n import _
from app.methods import Method
from models import (
    AgendaItem,
    Attendance,
    Meeting,
    Pause,
    PhaseRun,
    QueueEntry,
    QueueOutcome,
    SpeakingTurn,
)


class EngineLookups(EngineCore):
    """Reading the rows a command is about to change (inside its transaction)."""

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
        self._present_fact(member_id, now)
        if att is None:
            self._not_present(member_id)
        return att

    def _present_fact(self, member_id: uuid.UUID, now: datetime) -> None:
        """Refuses, in a sentence, someone the held facts do not show present at ``now``."""
        fact = self._facts.attendance.get(member_id)
        if fact is None or not fact.present_at(now):
            self._not_present(member_id)

    def _not_present(self, member_id: uuid.UUID) -> NoReturn:
        name = self._facts.names.get(member_id, "?")
        raise EngineError(
            _("{name} n'est pas noté·e présent·e : faites d'abord son pointage.").format(name=name)
        )

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


def as_fact(item: AgendaItem, *, roles: bool = False) -> ItemFact:
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
