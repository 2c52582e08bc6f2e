"""The repertoire's actions: the list to follow up (late first, then by due date) and their
status (done, dropped, open again)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.engine.errors import EngineError
from app.i18n import _
from app.text import fold
from models import (
    ActionStatus,
    EntryKind,
    Meeting,
    Member,
    Network,
    RepertoireEntry,
)


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    title: str
    owner_id: uuid.UUID | None
    owner: str
    due_on: date | None
    status: ActionStatus
    overdue: bool
    network: str
    session: int | None
    confidential: bool = False  # never printed, projected or exported


def actions(
    db: Session,
    today: date,
    *,
    network_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    overdue_only: bool = False,
    open_only: bool = True,
) -> list[ActionView]:
    """The actions to follow: by owner, overdue first, then by due date."""
    owner = aliased(Member)
    query = (
        select(RepertoireEntry, owner.name, Network.name, Meeting.number)
        .join(Network, Network.id == RepertoireEntry.network_id)
        .outerjoin(owner, owner.id == RepertoireEntry.owner_id)
        .outerjoin(Meeting, Meeting.id == RepertoireEntry.origin_meeting_id)
        .where(RepertoireEntry.kind == EntryKind.ACTION, RepertoireEntry.deleted_at.is_(None))
    )
    if network_id is not None:
        query = query.where(RepertoireEntry.network_id == network_id)
    if owner_id is not None:
        query = query.where(RepertoireEntry.owner_id == owner_id)
    if open_only or overdue_only:
        query = query.where(RepertoireEntry.action_status == ActionStatus.OPEN)
    rows = []
    for e, owner_name, network, number in db.execute(query):
        status = e.action_status or ActionStatus.OPEN
        overdue = status is ActionStatus.OPEN and e.due_on is not None and e.due_on < today
        if overdue_only and not overdue:
            continue
        rows.append(
            ActionView(
                e.id,
                e.title,
                e.owner_id,
                owner_name or "",
                e.due_on,
                status,
                overdue,
                network,
                number,
                e.confidential,
            )
        )
    return sorted(rows, key=lambda a: (not a.overdue, a.due_on or date.max, fold(a.owner)))


def set_action_status(
    db: Session,
    entry_id: uuid.UUID,
    status: ActionStatus,
    *,
    now: datetime,
    network_id: uuid.UUID | None = None,
) -> None:
    """Mark an action done, dropped or open again (in ``network_id`` when given)."""
    entry = db.get(RepertoireEntry, entry_id)
    if (
        entry is None
        or entry.kind is not EntryKind.ACTION
        or (network_id is not None and entry.network_id != network_id)
    ):
        raise EngineError(_("Cette action n'existe pas dans ce réseau."))
    entry.action_status = ActionStatus(status)
    entry.closed_at = None if entry.action_status is ActionStatus.OPEN else now
    entry.updated_at = now
