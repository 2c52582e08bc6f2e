"""The shared repertoire: capturing entries, with the rules every capture follows.

Searching it lives in ``app.repertoire_search`` (re-exported here); over 400 lines still:
capture, edit history and the actions view share one table and its rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.engine.errors import EngineError
from app.i18n import _

# Search moved to its own module; its names stay importable from here.
from app.repertoire_search import (  # noqa: F401 (re-exported)
    HIGHLIGHT,
    MAX_WORDS,
    RANKED,
    Hit,
    SearchFilters,
    fts_query,
    search,
)
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


class DuplicateTermError(EngineError):
    """The network already defines this term; ``existing_id`` is the entry to revise."""

    def __init__(self, term: str, existing_id: uuid.UUID) -> None:
        super().__init__(
            _("Le terme « {term} » est déjà défini dans ce réseau : révisez-le plutôt.").format(
                term=term
            )
        )
        self.existing_id = existing_id


def capture(
    db: Session,
    *,
    network_id: uuid.UUID,
    kind: EntryKind,
    title: str,
    now: datetime,
    body: str = "",
    tags: str = "",
    authors: Iterable[uuid.UUID] = (),
    owner_id: uuid.UUID | None = None,
    due_on: date | None = None,
    status: EntryStatus = EntryStatus.PROPOSED,
    confidential: bool = False,
    origin_meeting_id: uuid.UUID | None = None,
    origin_item_id: uuid.UUID | None = None,
    origin_phase_key: str | None = None,
) -> RepertoireEntry:
    """Add an entry to a network's repertoire.

    An action needs an owner and a due date; a term is unique per network whatever its
    case or accents (``DuplicateTermError`` points at the existing one).
    """
    kind = EntryKind(kind)
    title = title.strip()
    if not title:
        raise EngineError(_("Une capture a besoin d'un texte."))
    if kind is EntryKind.ACTION and (owner_id is None or due_on is None):
        raise EngineError(_("Une action a besoin d'un responsable et d'une échéance."))
    term_key = fold(title) if kind is EntryKind.TERM else None
    if term_key is not None:
        _check_term(db, network_id, title, None)
    entry = RepertoireEntry(
        network_id=network_id,
        kind=kind,
        title=title,
        body=body.strip(),
        tags=tags.strip(),
        status=status,
        confidential=confidential,
        owner_id=owner_id,
        due_on=due_on,
        action_status=ActionStatus.OPEN if kind is EntryKind.ACTION else None,
        term_key=term_key,
        origin_meeting_id=origin_meeting_id,
        origin_item_id=origin_item_id,
        origin_phase_key=origin_phase_key,
        created_at=now,
        updated_at=now,
    )
    entry.author_links = [EntryAuthor(member_id=a) for a in dict.fromkeys(authors)]
    db.add(entry)
    db.flush()
    return entry


# --- curation ---------------------------------------------------------------------------------


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
    new_title = entry.title if title is None else title.strip()
    if not new_title:
        raise EngineError(_("Une capture a besoin d'un texte."))
    changes = (
        new_title != entry.title
        or (body is not None and body.strip() != entry.body)
        or (tags is not None and tags.strip() != entry.tags)
        or (status is not None and EntryStatus(status) is not entry.status)
    )
    if not changes:
        return entry
    if entry.kind is EntryKind.TERM and new_title != entry.title:
        _check_term(db, entry.network_id, new_title, entry.id)
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
    entry = _entry(db, entry_id)
    if entry.kind is EntryKind.TERM and entry.deleted_at is not None:
        _check_term(db, entry.network_id, entry.title, entry.id)
    entry.deleted_at = None


def _check_term(db: Session, network_id: uuid.UUID, title: str, entry_id: uuid.UUID | None) -> None:
    """A term is defined once per network, whatever its case or accents."""
    query = select(RepertoireEntry.id).where(
        RepertoireEntry.network_id == network_id,
        RepertoireEntry.kind == EntryKind.TERM,
        RepertoireEntry.term_key == fold(title),
        RepertoireEntry.deleted_at.is_(None),
    )
    if entry_id is not None:
        query = query.where(RepertoireEntry.id != entry_id)
    existing = db.scalars(query).first()
    if existing is not None:
        raise DuplicateTermError(title, existing)


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


def view(db: Session, entry_id: uuid.UUID) -> EntryView:
    entry = _entry(db, entry_id)
    names = dict(db.execute(select(Member.id, Member.name)).all())
    meeting = db.get(Meeting, entry.origin_meeting_id) if entry.origin_meeting_id else None
    network = db.get_one(Network, entry.network_id)
    return EntryView(
        entry.id,
        entry.network_id,
        network.name,
        entry.kind,
        entry.title,
        entry.body,
        entry.tags,
        entry.status,
        entry.confidential,
        tuple(m.name for m in entry.authors),
        names.get(entry.owner_id, "") if entry.owner_id else "",
        entry.owner_id,
        entry.due_on,
        entry.action_status,
        meeting.number if meeting else None,
        meeting.planned_start if meeting else None,
        entry.origin_phase_key,
        entry.created_at,
        entry.updated_at,
        entry.deleted_at is not None,
        tuple(
            RevisionView(
                r.id,
                r.revised_at,
                names.get(r.revised_by_id, "") if r.revised_by_id else "",
                r.title,
                r.body,
                r.tags,
                r.status,
            )
            for r in sorted(entry.revisions, key=lambda r: r.revised_at, reverse=True)
        ),
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
