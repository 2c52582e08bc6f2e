"""The application core as the windows see it: one open database, a clock, the methods.

Views ask the workspace for plain snapshots and send it commands; they never touch the
database themselves (see ARCHITECTURE.md, "The windows").
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import networks
from app.cases import CaseRecord, Proposal, case_record, mark_chosen, propose, set_votes, waiting
from app.clock import Clock
from app.coexistence import Coexistence, coexistence
from app.commands import Body, CommandHub, Fact, run_command
from app.confidentiality import Reader
from app.engine.errors import EngineError
from app.engine.session import SessionEngine
from app.i18n import _
from app.members_import import Preview, apply, preview, preview_pasted
from app.methods import MethodCatalogue, load_methods
from app.network_profile import set_circle, update_profile
from app.networks import Loss, NetworkRow, PersonRow
from app.paths import user_methods_dir
from app.planning import (
    MemberSummary,
    NetworkSummary,
    OpenAction,
    PastAgenda,
    PlannedItem,
    SessionPlan,
    members,
    open_actions,
    overview,
    past_agendas,
    plan_meeting,
    replan_meeting,
    session_plan,
)
from app.repertoire import (
    ActionView,
    EntryView,
    Hit,
    SearchFilters,
    actions,
    delete,
    edit,
    restore_revision,
    search,
    set_action_status,
    undelete,
    view,
)
from app.rhythm import next_slot
from app.rituals import RitualSummary
from app.rituals import answers as ritual_answers
from app.rituals import summary as ritual_summary
from app.steering import Dashboard, dashboard, load_history
from app.store import Store
from app.store.backup import make_backup
from app.store.session_lock import SessionLock, hold_session
from models import ActionStatus, Circle, Member, Network, RitualKind, Role

T = TypeVar("T")


@dataclass
class Workspace:
    store: Store
    clock: Clock
    methods: MethodCatalogue
    # Where every command's change set is announced (the windows listen there).
    hub: CommandHub = field(default_factory=CommandHub)
    _held: SessionLock | None = field(default=None, init=False, repr=False)

    @classmethod
    def open(cls, store: Store, clock: Clock) -> Workspace:
        """A workspace on ``store`` with the shipped and the facilitator's own methods."""
        return cls(store, clock, load_methods(user_methods_dir()))

    def overview(self) -> list[NetworkSummary]:
        """Every network and its sessions, for the home screen."""
        with self.store.session() as db:
            return overview(db)

    def engine(self, meeting_id: uuid.UUID) -> SessionEngine:
        """The live engine of one session."""
        return SessionEngine(self.store, meeting_id, self.clock, self.methods, self.hub)

    def go_live(self, engine: SessionEngine | None) -> None:
        """While a session runs, the workspace's commands are journaled in its log."""
        self.hub.live = engine

    def drive(self, meeting_id: uuid.UUID) -> SessionEngine:
        """Drive a running session from this Cercle: its engine, live, and held so that no
        other Cercle drives it at the same time (on a server database: ``session_lock``).
        A session another Cercle drives is refused in a sentence (SessionInUseError)."""
        if self._held is None or self._held.meeting_id != meeting_id:
            self.stop_driving()
            self._held = hold_session(self.store, meeting_id)
        engine = self.engine(meeting_id)
        self.go_live(engine)
        return engine

    def stop_driving(self) -> None:
        """Let the session go (another Cercle may drive it now)."""
        self.go_live(None)
        held, self._held = self._held, None
        if held is not None:
            held.release()

    def _command(
        self, command: str, body: Body[T], /, *touches: Fact, journal: bool = True, **args: Any
    ) -> T:
        """Run one command through the one runner (see ``app.commands``)."""
        return run_command(
            self.store,
            self.clock,
            self.hub,
            command,
            body,
            args=args,
            touches=touches,
            journal=journal,
        )

    def members(self, network_id: uuid.UUID) -> list[MemberSummary]:
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
        with self.store.session() as db:
            return waiting(db, network_id)

    def propose_case(
        self, network_id: uuid.UUID, title: str, client_id: uuid.UUID | None, urgency: int
    ) -> uuid.UUID:
        def body(db: Session, now: datetime) -> uuid.UUID:
            return propose(db, network_id, title, now, client_id=client_id, urgency=urgency)

        return self._command("propose_case", body, Fact.CASES, title=title)

    def set_case_votes(self, proposal_id: uuid.UUID, votes: int) -> None:
        self._command(
            "set_case_votes",
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
            "choose_case",
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
        with self.store.session() as db:
            return ritual_summary(db, meeting_id, kind)

    def next_slot(self, network_id: uuid.UUID) -> tuple[datetime, int]:
        """The next session's default start and length, by the network's rhythm."""
        with self.store.session() as db:
            return next_slot(db, network_id, self.clock.now())

    def past_agendas(self, network_id: uuid.UUID) -> list[PastAgenda]:
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

    # --- the repertoire -------------------------------------------------------------------

    def search(self, text: str, filters: SearchFilters = SearchFilters()) -> list[Hit]:  # noqa: B008
        with self.store.session() as db:
            return search(db, text, filters)

    def entry(self, entry_id: uuid.UUID) -> EntryView:
        with self.store.session() as db:
            return view(db, entry_id)

    def edit_entry(self, entry_id: uuid.UUID, **changes: Any) -> EntryView:
        """Change an entry (title, body, tags, status); its previous text becomes a revision."""
        self._command(
            "edit_entry",
            lambda db, now: edit(db, entry_id, now=now, **changes),
            Fact.CAPTURES,
            entry=entry_id,
        )
        return self.entry(entry_id)

    def restore_revision(self, revision_id: uuid.UUID) -> EntryView:
        def body(db: Session, now: datetime) -> uuid.UUID:
            return restore_revision(db, revision_id, now=now).id

        return self.entry(
            self._command("restore_revision", body, Fact.CAPTURES, revision=revision_id)
        )

    def delete_entry(self, entry_id: uuid.UUID) -> None:
        self._command(
            "delete_entry",
            lambda db, now: delete(db, entry_id, now=now),
            Fact.CAPTURES,
            entry=entry_id,
        )

    def undelete_entry(self, entry_id: uuid.UUID) -> None:
        self._command(
            "undelete_entry", lambda db, _now: undelete(db, entry_id), Fact.CAPTURES, entry=entry_id
        )

    def actions(self, **filters: Any) -> list[ActionView]:
        today = self.clock.now().astimezone().date()
        with self.store.session() as db:
            return actions(db, today, **filters)

    def set_action_status(self, entry_id: uuid.UUID, status: ActionStatus) -> None:
        self._command(
            "set_action_status",
            lambda db, now: set_action_status(db, entry_id, status, now=now),
            Fact.CAPTURES,
            entry=entry_id,
            status=status,
        )

    def networks(self) -> list[tuple[uuid.UUID, str]]:
        with self.store.session() as db:
            return [(n.id, n.name) for n in db.scalars(select(Network).order_by(Network.name))]

    # --- steering the network --------------------------------------------------------------

    def dashboard(self, network_id: uuid.UUID) -> Dashboard:
        today = self.clock.now().astimezone().date()
        with self.store.session() as db:
            return dashboard(load_history(db, network_id), today)

    def coexistence(self) -> Coexistence:
        with self.store.session() as db:
            return coexistence(db)

    def update_profile(self, network_id: uuid.UUID, **fields: Any) -> None:
        self._command(
            "update_profile",
            lambda db, _now: update_profile(db, network_id, **fields),
            Fact.PROFILE,
            network=network_id,
        )

    def set_circle(
        self, network_id: uuid.UUID, member_id: uuid.UUID, circle: Circle | None
    ) -> None:
        self._command(
            "set_circle",
            lambda db, _now: set_circle(db, network_id, member_id, circle),
            Fact.MEMBERS,
            member=member_id,
        )

    # --- your own networks and their people ------------------------------------------------

    def all_networks(self) -> list[NetworkRow]:
        """Every network, archived ones too."""
        with self.store.session() as db:
            return networks.listing(db)

    def create_network(self, name: str, **fields: Any) -> uuid.UUID:
        def body(db: Session, now: datetime) -> uuid.UUID:
            return networks.create(db, name, now, **fields)

        return self._command("create_network", body, Fact.PROFILE, journal=False, name=name)

    def archive_network(self, network_id: uuid.UUID, archived: bool = True) -> None:
        self._command(
            "archive_network",
            lambda db, now: networks.set_archived(db, network_id, now if archived else None),
            Fact.PROFILE,
            journal=False,
            network=network_id,
        )

    def network_loss(self, network_id: uuid.UUID) -> Loss:
        with self.store.session() as db:
            return networks.loss(db, network_id)

    def delete_network(self, network_id: uuid.UUID) -> Path | None:
        """Delete a network after a backup of the whole file; returns the backup (None on a
        server, whose backups are the administrator's ``pg_dump``)."""
        file = self.store.file
        backup = None if file is None else make_backup(file, "before-delete", now=self.clock.now())
        self._command(
            "delete_network",
            lambda db, _now: networks.delete(db, network_id),
            Fact.PROFILE,
            Fact.MEMBERS,
            journal=False,
            network=network_id,
        )
        return backup

    def people(self, network_id: uuid.UUID) -> list[PersonRow]:
        with self.store.session() as db:
            return networks.people(db, network_id)

    def add_person(self, network_id: uuid.UUID, name: str, **fields: Any) -> uuid.UUID:
        def body(db: Session, now: datetime) -> uuid.UUID:
            return networks.add_person(db, network_id, name, now, **fields)

        return self._command("add_person", body, Fact.MEMBERS, name=name)

    def edit_person(self, network_id: uuid.UUID, member_id: uuid.UUID, **fields: Any) -> None:
        self._command(
            "edit_person",
            lambda db, _now: networks.edit_person(db, network_id, member_id, **fields),
            Fact.MEMBERS,
            member=member_id,
        )

    def person_leaves(self, network_id: uuid.UUID, member_id: uuid.UUID) -> None:
        self._command(
            "person_leaves",
            lambda db, now: networks.person_leaves(db, network_id, member_id, _day(now)),
            Fact.MEMBERS,
            member=member_id,
        )

    def person_comes_back(self, network_id: uuid.UUID, member_id: uuid.UUID) -> int:
        def body(db: Session, now: datetime) -> int:
            return networks.person_comes_back(db, network_id, member_id, _day(now))

        return self._command("person_comes_back", body, Fact.MEMBERS, member=member_id)

    def preview_pasted(self, network_id: uuid.UUID, text: str) -> Preview:
        with self.store.session() as db:
            return preview_pasted(db, network_id, text)

    def preview_members(self, network_id: uuid.UUID, data: bytes) -> Preview:
        with self.store.session() as db:
            return preview(db, network_id, data)

    def import_members(self, previewed: Preview) -> int:
        return self._command(
            "import_members", lambda db, now: apply(db, previewed, now), Fact.MEMBERS
        )


def _day(now: datetime) -> date:
    """The facilitator's calendar day at ``now``."""
    return now.astimezone().date()


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
