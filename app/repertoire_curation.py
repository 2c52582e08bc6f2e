"""Curating the repertoire: editing an entry (each change kept as a revision), restoring a
revision, deleting and bringing back; an entry's view with its history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.engine.errors import EngineError
from app.i18n import _
from app.repertoire import check_term, checked_title
from app.text import fold
from models import (
    ActionStatus,
    EntryAuthor,
    EntryKind,
    EntryRevision,
    EntryStatus,
    Meeting,
    Member,
    Network,
    RepertoireEntry,
)


def _entry(db: Session, entry_id: uuid.UUID) -> RepertoireEntry:
    entry = db.get(RepertoireEntry, entry_id)
    if entry is None:
        raise EngineError(_("Cette entrée n'existe pas."))
    return entry


def edit(
    db: Session,
    entry_id: uuid.UUID,
    *,
    now: datetime,
    by: uuid.UUID | None = None,
    title: str | None = None,
    body: str | None = None,
    tags: str | None = None,
    status: EntryStatus | None = None,
) -> RepertoireEntry:
    """Change an entry; what it said before is kept as a revision (who, when, what)."""
    entry = _entry(db, entry_id)
    new_title = entry.title if title is None else checked_title(title)
    changes = (
        new_title != entry.title
        or (body is not None and body.strip() != entry.body)
        or (tags is not None and tags.strip() != entry.tags)
        or (status is not None and EntryStatus(status) is not entry.status)
    )
    if not changes:
        return entry
    if entry.kind is EntryKind.TERM and new_title != entry.title:
        check_term(db, entry.network_id, new_title, entry.id)
        entry.term_key = fold(new_title)
    db.add(
        EntryRevision(
            entry_id=entry.id,
            revised_at=now,
            revised_by_id=by,
            title=entry.title,
            body=entry.body,
            tags=entry.tags,
            status=entry.status,
        )
    )
    entry.title = new_title
    if body is not None:
        entry.body = body.strip()
    if tags is not None:
        entry.tags = tags.strip()
    if status is not None:
        entry.status = EntryStatus(status)
    elif entry.status is EntryStatus.ADOPTED:
        entry.status = EntryStatus.REVISED
    entry.updated_at = now
    db.flush()
    return entry


def restore_revision(
    db: Session, revision_id: uuid.UUID, *, now: datetime, by: uuid.UUID | None = None
) -> RepertoireEntry:
    """Bring back a previous version; the current one becomes a revision in its turn."""
    revision = db.get(EntryRevision, revision_id)
    if revision is None:
        raise EngineError(_("Cette version n'existe pas."))
    return edit(
        db,
        revision.entry_id,
        now=now,
        by=by,
        title=revision.title,
        body=revision.body,
        tags=revision.tags,
        status=revision.status,
    )


def delete(db: Session, entry_id: uuid.UUID, *, now: datetime) -> None:
    """Hide an entry everywhere; nothing is lost (``undelete`` brings it back)."""
    _entry(db, entry_id).deleted_at = now


def undelete(db: Session, entry_id: uuid.UUID) -> None:
    """Bring a deleted entry back (a term whose name was taken since is refused)."""
    entry = _entry(db, entry_id)
    if entry.kind is EntryKind.TERM and entry.deleted_at is not None:
        check_term(db, entry.network_id, entry.title, entry.id)
    entry.deleted_at = None


@dataclass(frozen=True)
class RevisionView:
    id: uuid.UUID
    revised_at: datetime
    by: str
    title: str
    body: str
    tags: str
    status: EntryStatus


@dataclass(frozen=True)
class EntryView:
    id: uuid.UUID
    network_id: uuid.UUID
    network: str
    kind: EntryKind
    title: str
    body: str
    tags: str
    status: EntryStatus
    confidential: bool
    authors: tuple[str, ...]
    owner: str
    owner_id: uuid.UUID | None
    due_on: date | None
    action_status: ActionStatus | None
    session: int | None
    session_date: datetime | None
    phase_key: str | None
    created_at: datetime
    updated_at: datetime
    deleted: bool
    revisions: tuple[RevisionView, ...]  # newest first


_OWNER = aliased(Member, name="owner")  # built once: an alias costs more than its query


def view(db: Session, entry_id: uuid.UUID) -> EntryView:
    """One entry with its origin, author and revisions, as the repertoire page shows it.

    Three statements, read each time the selected entry changes: the entry with its
    network, meeting and owner's name; its revisions with their authors' names; its authors
    (an organisation has hundreds of people: only the names shown are read)."""
    owner = _OWNER
    found = db.execute(
        select(RepertoireEntry, Network.name, Meeting.number, Meeting.planned_start, owner.name)
        .join(Network, Network.id == RepertoireEntry.network_id)
        .outerjoin(Meeting, Meeting.id == RepertoireEntry.origin_meeting_id)
        .outerjoin(owner, owner.id == RepertoireEntry.owner_id)
        .where(RepertoireEntry.id == entry_id)
    ).first()
    if found is None:
        raise EngineError(_("Cette entrée n'existe pas."))
    entry, network_name, meeting_number, meeting_start, owner_name = found
    revised = db.execute(
        select(EntryRevision, Member.name)
        .outerjoin(Member, Member.id == EntryRevision.revised_by_id)
        .where(EntryRevision.entry_id == entry_id)
        .order_by(EntryRevision.revised_at)
    ).all()
    # Newest first; revisions made at the same instant keep the order they were made in.
    revisions = sorted(
        ((r, name or "") for r, name in revised), key=lambda pair: pair[0].revised_at, reverse=True
    )
    authors = tuple(
        db.scalars(
            select(Member.name)
            .join(EntryAuthor, EntryAuthor.member_id == Member.id)
            .where(EntryAuthor.entry_id == entry_id)
        )
    )
    return EntryView(
        entry.id,
        entry.network_id,
        network_name,
        entry.kind,
        entry.title,
        entry.body,
        entry.tags,
        entry.status,
        entry.confidential,
        authors,
        (owner_name or "") if entry.owner_id else "",
        entry.owner_id,
        entry.due_on,
        entry.action_status,
        meeting_number,
        meeting_start,
        entry.origin_phase_key,
        entry.created_at,
        entry.updated_at,
        entry.deleted_at is not None,
        tuple(
            RevisionView(
                r.id,
                r.revised_at,
                name,
                r.title,
                r.body,
                r.tags,
                r.status,
            )
            for r, name in revisions
        ),
    )
