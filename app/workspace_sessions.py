"""The workspace's sessions: planning and replanning them, their members and open actions,
the cases proposed and chosen, the rituals' answers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from app.cases import CaseRecord, Proposal, case_record, mark_chosen, propose, set_votes, waiting
from app.commands import Fact
from app.confidentiality import Reader
from app.engine.errors import EngineError
from app.engine.session import SessionEngine
from app.i18n import _
from app.methods import MethodCatalogue
from app.planning import (
    MemberSummary,
    OpenAction,
    PastAgenda,
    PlannedItem,
    SessionPlan,
    members,
    open_actions,
    past_agendas,
    plan_meeting,
    replan_meeting,
    session_plan,
)
from app.rhythm import next_slot
from app.rituals import RitualSummary
from app.rituals import answers as ritual_answers
from app.rituals import summary as ritual_summary
from app.vocabulary import CommandName
from app.workspace_core import WorkspaceCore
from models import Member, Network, RitualKind, Role

T = TypeVar("T")


class SessionDesk(WorkspaceCore):
    def members(self, network_id: uuid.UUID) -> list[MemberSummary]:
        """The network's current members, in tile order."""
        with self.store.session() as db:
            return members(db, network_id)

    def open_actions(self, network_id: uuid.UUID, reader: Reader = Reader.ROOM) -> list[OpenAction]:
        """The network's open actions; overdue ones are those due before today.

        The check-in reviews them aloud with the group: by default, the room's view (a
        confidential action of a client's plan is followed at their report-back instead).
        """
        today = self.clock.now().astimezone().date()
        with self.store.session() as db:
            return open_actions(db, network_id, today, reader)

    def case_record(self, item_id: uuid.UUID, reader: Reader = Reader.FACILITATOR) -> CaseRecord:
        """A co-development case and its report-backs, as ``reader`` may know it."""
        with self.store.session() as db:
            return case_record(db, item_id, reader)

    def proposals(self, network_id: uuid.UUID) -> list[Proposal]:
        """The co-development cases proposed and still waiting."""
        with self.store.session() as db:
            return waiting(db, network_id)

    def propose_case(
        self, network_id: uuid.UUID, title: str, client_id: uuid.UUID | None, urgency: int
    ) -> uuid.UUID:
        """Propose a case (title, client, urgency 1-3); returns its id."""

        def body(db: Session, now: datetime) -> uuid.UUID:
            return propose(db, network_id, title, now, client_id=client_id, urgency=urgency)

        return self._command(CommandName.PROPOSE_CASE, body, Fact.CASES, title=title)

    def set_case_votes(self, proposal_id: uuid.UUID, votes: int) -> None:
        """The group's votes for a proposed case."""
        self._command(
            CommandName.SET_CASE_VOTES,
            lambda db, _now: set_votes(db, proposal_id, votes),
            Fact.CASES,
            proposal=proposal_id,
        )

    def choose_case(self, engine: SessionEngine, proposal: Proposal, item_id: uuid.UUID) -> None:
        """The chosen case fills the co-development item and its client role."""
        engine.update_item(item_id, title=proposal.title)
        if proposal.client_id is not None:
            engine.set_role(item_id, proposal.client_id, Role.CLIENT)
        self._command(
            CommandName.CHOOSE_CASE,
            lambda db, _now: mark_chosen(db, proposal.id, item_id),
            Fact.CASES,
            proposal=proposal.id,
        )

    def ritual_answers(
        self, meeting_id: uuid.UUID, kind: RitualKind
    ) -> dict[uuid.UUID, tuple[int | None, str]]:
        """Who answered the round what: for the facilitator's round only."""
        with self.store.session() as db:
            return ritual_answers(db, meeting_id, kind)

    def ritual_summary(self, meeting_id: uuid.UUID, kind: RitualKind) -> RitualSummary | None:
        """The météo or ROTI of a session: mean, distribution, answers (never a name)."""
        with self.store.session() as db:
            return ritual_summary(db, meeting_id, kind)

    def next_slot(self, network_id: uuid.UUID) -> tuple[datetime, int]:
        """The next session's default start and length, by the network's rhythm."""
        with self.store.session() as db:
            return next_slot(db, network_id, self.clock.now())

    def past_agendas(self, network_id: uuid.UUID) -> list[PastAgenda]:
        """Earlier sessions' agendas, to start a new one from."""
        with self.store.session() as db:
            return past_agendas(db, network_id)

    def plan_session(
        self,
        network_id: uuid.UUID,
        start: datetime,
        minutes: int,
        items: Sequence[PlannedItem],
        *,
        title: str = "",
        place: str = "",
        facilitator_id: uuid.UUID | None = None,
        scribe_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Plan a session with its agenda (each item with its client if it has one).

        Items go through the engine so that their phases share the planned minutes as in
        any other session; the session exists once its row is committed, even if an item
        is then refused.
        """
        _check_agenda(items, self.methods)
        with self.store.transaction() as db:
            network = db.get_one(Network, network_id)
            meeting = plan_meeting(
                db,
                network,
                start,
                minutes,
                title=title,
                place=place,
                facilitator=db.get(Member, facilitator_id) if facilitator_id else None,
                scribe=db.get(Member, scribe_id) if scribe_id else None,
            )
            meeting_id = meeting.id
        _apply_agenda(self.engine(meeting_id), items)
        return meeting_id

    def session_plan(self, meeting_id: uuid.UUID) -> SessionPlan:
        """The plan of a session not yet started, to change it."""
        with self.store.session() as db:
            return session_plan(db, meeting_id)

    def replan_session(
        self,
        meeting_id: uuid.UUID,
        start: datetime,
        minutes: int,
        items: Sequence[PlannedItem],
        *,
        title: str = "",
        place: str = "",
        facilitator_id: uuid.UUID | None = None,
        scribe_id: uuid.UUID | None = None,
    ) -> None:
        """Change a session not yet started: its date, length, roles and agenda.

        Items that keep their id and method are updated in place (their stored roles and
        phases stay theirs); the others are removed or added; the order is the given one.
        """
        _check_agenda(items, self.methods)
        with self.store.transaction() as db:
            replan_meeting(
                db,
                meeting_id,
                start,
                minutes,
                title=title,
                place=place,
                facilitator_id=facilitator_id,
                scribe_id=scribe_id,
            )
        _apply_agenda(self.engine(meeting_id), items)


def _check_agenda(items: Sequence[PlannedItem], methods: MethodCatalogue) -> None:
    """Refuse a bad agenda before anything is written (the engine would refuse it midway)."""
    for number, item in enumerate(items, 1):
        if not item.title.strip():
            raise EngineError(_("Le point {number} n'a pas de titre.").format(number=number))
        if item.method_key not in methods:
            raise EngineError(_("Méthode inconnue : {key}.").format(key=item.method_key))
        if item.minutes <= 0:
            raise EngineError(_("La durée prévue doit être d'au moins une minute."))


def _apply_agenda(engine: SessionEngine, items: Sequence[PlannedItem]) -> None:
    """Make the session's agenda the given one, through the engine's own commands."""
    stored = {i.id: i for i in engine.facts.items}
    kept = {
        item.item_id
        for item in items
        if item.item_id in stored and stored[item.item_id].method_key == item.method_key
    }
    for item_id in stored.keys() - kept:
        engine.remove_item(item_id)
    order = []
    for item in items:
        if item.item_id in kept:
            item_id = item.item_id
            fact = stored[item_id]
            if (fact.title, fact.planned_minutes, fact.confidential) != (
                item.title.strip(),
                item.minutes,
                item.confidential,
            ):
                engine.update_item(
                    item_id,
                    title=item.title,
                    planned_minutes=item.minutes,
                    confidential=item.confidential,
                )
            roles = fact.roles
        else:
            item_id = engine.add_item(
                item.title, item.method_key, item.minutes, confidential=item.confidential
            )
            roles = {}
        for member_id, role in roles.items():
            if role is Role.CLIENT and member_id != item.client_id:
                engine.set_role(item_id, member_id, None)
        if item.client_id is not None and roles.get(item.client_id) is not Role.CLIENT:
            engine.set_role(item_id, item.client_id, Role.CLIENT)
        order.append(item_id)
    for position, item_id in enumerate(order):
        if engine.facts.item(item_id).position != position:
            engine.move_item(item_id, position)
