"""The workspace's networks: steering one (dashboard, profile, circles), the facilitator's own
networks (create, archive, delete) and their people (add, edit, leave, come back, import)."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import networks
from app.coexistence import Coexistence, coexistence
from app.commands import Fact
from app.members_import import Preview, apply, preview, preview_pasted
from app.network_profile import ProfileFields, ProfileValues, set_circle, update_profile
from app.networks import Loss, NetworkRow, PersonRow
from app.steering import Dashboard, dashboard
from app.steering_history import load_history
from app.store.backup import make_backup
from app.vocabulary import CommandName
from app.workspace_core import WorkspaceCore, facilitator_day
from models import Circle, MembershipRole, Network


class NetworkDesk(WorkspaceCore):
    def dashboard(self, network_id: uuid.UUID) -> Dashboard:
        """The network's health as of today: cards, warnings, charts (one computation)."""
        today = self.clock.now().astimezone().date()
        with self.store.session() as db:
            return dashboard(load_history(db, network_id), today)

    def network_name(self, network_id: uuid.UUID) -> str:
        """A network's name, looked up alone (the health page's title while it reads)."""
        with self.store.session() as db:
            name = db.scalar(select(Network.name).where(Network.id == network_id))
            return name or ""

    def coexistence(self) -> Coexistence:
        """Every network side by side, for the facilitator who runs several."""
        with self.store.session() as db:
            return coexistence(db)

    def update_profile(self, network_id: uuid.UUID, **fields: Unpack[ProfileFields]) -> None:
        """Change the network's profile (a command: announced, refused in a sentence)."""
        self._command(
            CommandName.UPDATE_PROFILE,
            lambda db, _now: update_profile(db, network_id, **fields),
            Fact.PROFILE,
            network=network_id,
        )

    def set_circle(
        self, network_id: uuid.UUID, member_id: uuid.UUID, circle: Circle | None
    ) -> None:
        """Set someone's circle by the facilitator's judgement (None: computed again)."""
        self._command(
            CommandName.SET_CIRCLE,
            lambda db, _now: set_circle(db, network_id, member_id, circle),
            Fact.MEMBERS,
            member=member_id,
        )

    # --- your own networks and their people ------------------------------------------------

    def all_networks(self) -> list[NetworkRow]:
        """Every network, archived ones too."""
        with self.store.session() as db:
            return networks.listing(db)

    def create_network(self, name: str, **fields: Unpack[ProfileValues]) -> uuid.UUID:
        """A new network, named, with what of its profile is known already."""

        def body(db: Session, now: datetime) -> uuid.UUID:
            return networks.create(db, name, now, **fields)

        return self._command(
            CommandName.CREATE_NETWORK, body, Fact.PROFILE, journal=False, name=name
        )

    def archive_network(self, network_id: uuid.UUID, archived: bool = True) -> None:
        """Archive the network (off the home page, kept whole), or bring it back."""
        self._command(
            CommandName.ARCHIVE_NETWORK,
            lambda db, now: networks.set_archived(db, network_id, now if archived else None),
            Fact.PROFILE,
            journal=False,
            network=network_id,
        )

    def network_loss(self, network_id: uuid.UUID) -> Loss:
        """What deleting the network would lose, told before it is asked."""
        with self.store.session() as db:
            return networks.loss(db, network_id)

    def delete_network(self, network_id: uuid.UUID) -> Path | None:
        """Delete a network after a backup of the whole file; returns the backup."""
        file = self.store.file  # None on a server: its backups are the administrator's
        backup = None if file is None else make_backup(file, "before-delete", now=self.clock.now())
        self._command(
            CommandName.DELETE_NETWORK,
            lambda db, _now: networks.delete(db, network_id),
            Fact.PROFILE,
            Fact.MEMBERS,
            journal=False,
            network=network_id,
        )
        return backup

    def people(self, network_id: uuid.UUID) -> list[PersonRow]:
        """The network's people, current and gone, with their keys."""
        with self.store.session() as db:
            return networks.people(db, network_id)

    def add_person(
        self,
        network_id: uuid.UUID,
        name: str,
        *,
        email: str = "",
        unit: str = "",
        role: MembershipRole = MembershipRole.MEMBER,
    ) -> uuid.UUID:
        """Add someone to the network (someone already known is not duplicated)."""

        def body(db: Session, now: datetime) -> uuid.UUID:
            return networks.add_person(db, network_id, name, now, email=email, unit=unit, role=role)

        return self._command(CommandName.ADD_PERSON, body, Fact.MEMBERS, name=name)

    def edit_person(
        self,
        network_id: uuid.UUID,
        member_id: uuid.UUID,
        *,
        name: str,
        email: str = "",
        unit: str = "",
        role: MembershipRole = MembershipRole.MEMBER,
    ) -> None:
        """Correct someone's name, address, unit or role in this network."""
        self._command(
            CommandName.EDIT_PERSON,
            lambda db, _now: networks.edit_person(
                db, network_id, member_id, name=name, email=email, unit=unit, role=role
            ),
            Fact.MEMBERS,
            member=member_id,
        )

    def person_leaves(self, network_id: uuid.UUID, member_id: uuid.UUID) -> None:
        """Someone leaves the network today; their history stays."""
        self._command(
            CommandName.PERSON_LEAVES,
            lambda db, now: networks.person_leaves(db, network_id, member_id, facilitator_day(now)),
            Fact.MEMBERS,
            member=member_id,
        )

    def person_comes_back(self, network_id: uuid.UUID, member_id: uuid.UUID) -> int:
        """Someone comes back; returns their tile (their old one if free)."""

        def body(db: Session, now: datetime) -> int:
            return networks.person_comes_back(db, network_id, member_id, facilitator_day(now))

        return self._command(CommandName.PERSON_COMES_BACK, body, Fact.MEMBERS, member=member_id)

    def preview_pasted(self, network_id: uuid.UUID, text: str) -> Preview:
        """What importing rows pasted from a spreadsheet would do; writes nothing."""
        with self.store.session() as db:
            return preview_pasted(db, network_id, text)

    def preview_members(self, network_id: uuid.UUID, data: bytes) -> Preview:
        """What importing a file's rows would do; writes nothing (safe off the window's thread)."""
        with self.store.session() as db:
            return preview(db, network_id, data)

    def import_members(self, previewed: Preview) -> int:
        """Import what a preview found; returns how many people were added."""
        return self._command(
            CommandName.IMPORT_MEMBERS, lambda db, now: apply(db, previewed, now), Fact.MEMBERS
        )
