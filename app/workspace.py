"""The application core as the windows see it: one open database, a clock, the methods.

Views ask the workspace for plain snapshots and send it commands; they never touch the
database themselves (see ARCHITECTURE.md, "The windows").
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.clock import Clock
from app.engine.session import SessionEngine
from app.members_import import Preview, apply, preview
from app.methods import MethodCatalogue, load_methods
from app.paths import user_methods_dir
from app.planning import (
    MemberSummary,
    NetworkSummary,
    OpenAction,
    PastAgenda,
    PlannedItem,
    members,
    open_actions,
    overview,
    past_agendas,
    plan_meeting,
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
from app.steering import (
    Coexistence,
    Dashboard,
    coexistence,
    dashboard,
    load_history,
    set_circle,
    update_profile,
)
from app.store import Store
from models import ActionStatus, Circle, Member, Network, Role


@dataclass
class Workspace:
    store: Store
    clock: Clock
    methods: MethodCatalogue

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
        return SessionEngine(self.store, meeting_id, self.clock, self.methods)

    def members(self, network_id: uuid.UUID) -> list[MemberSummary]:
        with self.store.session() as db:
            return members(db, network_id)

    def open_actions(self, network_id: uuid.UUID) -> list[OpenAction]:
        """The network's open actions; overdue ones are those due before today."""
        today = self.clock.now().astimezone().date()
        with self.store.session() as db:
            return open_actions(db, network_id, today)

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
        clients: Mapping[int, uuid.UUID] | None = None,
    ) -> uuid.UUID:
        """Plan a session with its agenda; ``clients`` maps an item's index to its client.

        Items go through the engine so that their phases share the planned minutes as in
        any other session; the session exists once its row is committed, even if an item
        is then refused.
        """
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
        engine = self.engine(meeting_id)
        for index, item in enumerate(items):
            item_id = engine.add_item(
                item.title, item.method_key, item.minutes, confidential=item.confidential
            )
            client = (clients or {}).get(index)
            if client is not None:
                engine.set_role(item_id, client, Role.CLIENT)
        return meeting_id

    # --- the repertoire -------------------------------------------------------------------

    def search(self, text: str, filters: SearchFilters = SearchFilters()) -> list[Hit]:  # noqa: B008
        with self.store.session() as db:
            return search(db, text, filters)

    def entry(self, entry_id: uuid.UUID) -> EntryView:
        with self.store.session() as db:
            return view(db, entry_id)

    def edit_entry(self, entry_id: uuid.UUID, **changes: Any) -> EntryView:
        """Change an entry (title, body, tags, status); its previous text becomes a revision."""
        with self.store.transaction() as db:
            edit(db, entry_id, now=self.clock.now(), **changes)
        return self.entry(entry_id)

    def restore_revision(self, revision_id: uuid.UUID) -> EntryView:
        with self.store.transaction() as db:
            entry = restore_revision(db, revision_id, now=self.clock.now())
            entry_id = entry.id
        return self.entry(entry_id)

    def delete_entry(self, entry_id: uuid.UUID) -> None:
        with self.store.transaction() as db:
            delete(db, entry_id, now=self.clock.now())

    def undelete_entry(self, entry_id: uuid.UUID) -> None:
        with self.store.transaction() as db:
            undelete(db, entry_id)

    def actions(self, **filters: Any) -> list[ActionView]:
        today = self.clock.now().astimezone().date()
        with self.store.session() as db:
            return actions(db, today, **filters)

    def set_action_status(self, entry_id: uuid.UUID, status: ActionStatus) -> None:
        with self.store.transaction() as db:
            set_action_status(db, entry_id, status, now=self.clock.now())

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
        with self.store.transaction() as db:
            update_profile(db, network_id, **fields)

    def set_circle(
        self, network_id: uuid.UUID, member_id: uuid.UUID, circle: Circle | None
    ) -> None:
        with self.store.transaction() as db:
            set_circle(db, network_id, member_id, circle)

    def preview_members(self, network_id: uuid.UUID, data: bytes) -> Preview:
        with self.store.session() as db:
            return preview(db, network_id, data)

    def import_members(self, previewed: Preview) -> int:
        with self.store.transaction() as db:
            return apply(db, previewed, self.clock.now())
