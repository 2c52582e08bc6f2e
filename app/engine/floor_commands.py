"""The floor's commands: who speaks, the queue, the tour de table."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.engine.lookups import EngineLookups
from app.engine.state import (
    compute_state,
    item_role,
)
from app.i18n import _
from models import (
    QueueEntry,
    QueueOutcome,
    SpeakingTurn,
    TourRound,
)


@dataclass(frozen=True)
class FloorResult:
    """What giving the floor did, and what the facilitator should know about it."""

    member_id: uuid.UUID
    outside_rule: bool  # the phase's rule gives the floor to others (informs, never blocks)


class FloorCommands(EngineLookups):
    """Giving and taking the floor, the queue and the tour."""

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
        """The floor's most frequent command, kept to the rows it writes.

        Its checks read the held facts, which equal what is stored (the engine re-reads or
        moves them after each command; ``tests/test_commands.py`` compares them with a full
        read after every kind of command): no query but the running turn, by its key.
        """
        facts = self._facts
        item = facts.current_item
        if item is None:
            raise EngineError(
                _("Aucun point n'est en cours : démarrez un point de l'ordre du jour.")
            )
        if item.open_pause:
            raise EngineError(_("Le point est en pause : reprenez-le d'abord."))
        self._present_fact(member_id, now)
        method = self._method(item.method_key)
        role = item_role(item, method, member_id, facts.meeting.facilitator_id)
        run = item.current_run
        phase = method.phase(run.phase_key) if run else None
        outside = phase is not None and not phase.allows(role)
        running = facts.running
        if running is not None and running.member_id == member_id:
            return FloorResult(member_id, outside)
        if running is not None:
            db.get_one(SpeakingTurn, running.id).ended_at = now
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
        if any(q.member_id == member_id for q in facts.queue):
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
