"""The agenda's commands: the session opened and closed, items planned, started, ended.

Over 400 lines (just): the agenda's command family, each command short; the floor's and the
Lean Coffee's are in their own modules.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases import CODEV, follow_previous_case
from app.engine.errors import EngineError
from app.engine.lookups import EngineLookups, as_fact
from app.engine.state import (
    planned_phases,
)
from app.i18n import _
from models import (
    AgendaItem,
    ItemRole,
    LeanTopic,
    LeanVote,
    MeetingStatus,
    Pause,
    PhaseRun,
    QueueEntry,
    QueueMode,
    QueueOutcome,
    Role,
    TourRound,
    new_id,
)


class AgendaCommands(EngineLookups):
    """Opening and closing the session; planning and running its agenda."""

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
                planned = sum(minutes for _p, minutes in planned_phases(as_fact(item), method))
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
            phases = planned_phases(as_fact(target), self._method(target.method_key))
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
            phases = [p for p, _m in planned_phases(as_fact(item), method)]
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
