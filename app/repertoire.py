"""The shared repertoire: capturing entries, with the rules every capture follows."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _
from app.text import fold
from models import ActionStatus, EntryAuthor, EntryKind, EntryStatus, RepertoireEntry


class DuplicateTermError(EngineError):
    """The network already defines this term; ``existing_id`` is the entry to revise."""

    def __init__(self, term: str, existing_id: uuid.UUID) -> None:
        super().__init__(
            _("Le terme « {term} » est déjà défini dans ce réseau : révisez-le plutôt.").format(
                term=term
            )
        )
        self.existing_id = existing_id


def confidential_by_default(kind: EntryKind, item_confidential: bool) -> bool:
    """An idea captured in a confidential item (a co-development case) stays confidential:
    the consultants' suggestions describe the client's case. Other kinds are shared."""
    return item_confidential and EntryKind(kind) is EntryKind.IDEA


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
        existing = db.scalars(
            select(RepertoireEntry.id).where(
                RepertoireEntry.network_id == network_id,
                RepertoireEntry.kind == EntryKind.TERM,
                RepertoireEntry.term_key == term_key,
                RepertoireEntry.deleted_at.is_(None),
            )
        ).first()
        if existing is not None:
            raise DuplicateTermError(title, existing)
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
