"""The workspace's repertoire: search, an entry and its revisions, editing, deleting, the
actions and their status — each change one command, journaled while a session runs."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.commands import Fact
from app.repertoire_actions import ActionView, actions, set_action_status
from app.repertoire_curation import EntryView, delete, edit, restore_revision, undelete, view
from app.repertoire_search import Hit, SearchFilters, search
from app.vocabulary import CommandName
from app.workspace_core import WorkspaceCore
from models import ActionStatus, EntryStatus, Network


class RepertoireDesk(WorkspaceCore):
    def search(self, text: str, filters: SearchFilters = SearchFilters()) -> list[Hit]:  # noqa: B008
        """Repertoire entries matching ``text`` (any text is a valid query) and the filters."""
        with self.store.session() as db:
            return search(db, text, filters)

    def entry(self, entry_id: uuid.UUID) -> EntryView:
        """One entry with its revisions, as the repertoire page shows it."""
        with self.store.session() as db:
            return view(db, entry_id)

    def edit_entry(
        self,
        entry_id: uuid.UUID,
        *,
        title: str | None = None,
        body: str | None = None,
        tags: str | None = None,
        status: EntryStatus | None = None,
    ) -> EntryView:
        """Change an entry (title, body, tags, status; None keeps it); its previous text
        becomes a revision."""
        self._command(
            CommandName.EDIT_ENTRY,
            lambda db, now: edit(
                db, entry_id, now=now, title=title, body=body, tags=tags, status=status
            ),
            Fact.CAPTURES,
            entry=entry_id,
        )
        return self.entry(entry_id)

    def restore_revision(self, revision_id: uuid.UUID) -> EntryView:
        """Bring back an earlier text of an entry; the current one becomes a revision."""

        def body(db: Session, now: datetime) -> uuid.UUID:
            return restore_revision(db, revision_id, now=now).id

        return self.entry(
            self._command(CommandName.RESTORE_REVISION, body, Fact.CAPTURES, revision=revision_id)
        )

    def delete_entry(self, entry_id: uuid.UUID) -> None:
        """Delete an entry softly: it leaves every view and can be brought back."""
        self._command(
            CommandName.DELETE_ENTRY,
            lambda db, now: delete(db, entry_id, now=now),
            Fact.CAPTURES,
            entry=entry_id,
        )

    def undelete_entry(self, entry_id: uuid.UUID) -> None:
        """Bring a deleted entry back."""
        self._command(
            CommandName.UNDELETE_ENTRY,
            lambda db, _now: undelete(db, entry_id),
            Fact.CAPTURES,
            entry=entry_id,
        )

    def actions(
        self,
        *,
        network_id: uuid.UUID | None = None,
        owner_id: uuid.UUID | None = None,
        overdue_only: bool = False,
        open_only: bool = True,
    ) -> list[ActionView]:
        """The actions to follow, with their owner, due date and lateness as of today."""
        today = self.clock.now().astimezone().date()
        with self.store.session() as db:
            return actions(
                db,
                today,
                network_id=network_id,
                owner_id=owner_id,
                overdue_only=overdue_only,
                open_only=open_only,
            )

    def set_action_status(self, entry_id: uuid.UUID, status: ActionStatus) -> None:
        """Mark an action done, dropped or open again."""
        self._command(
            CommandName.SET_ACTION_STATUS,
            lambda db, now: set_action_status(db, entry_id, status, now=now),
            Fact.CAPTURES,
            entry=entry_id,
            status=status,
        )

    def networks(self) -> list[tuple[uuid.UUID, str]]:
        """Every network's id and name, by name."""
        with self.store.session() as db:
            return [(n.id, n.name) for n in db.scalars(select(Network).order_by(Network.name))]
