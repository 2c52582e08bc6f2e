"""The shared repertoire: capturing entries, with the rules every capture follows.

Searching is ``app.repertoire_search``; editing, deleting and the revisions of an entry are
``app.repertoire_curation``; the actions' view and status are ``app.repertoire_actions``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _

# app/engine/session.py still imports it from here (kept to leave the engine's files alone).
from app.repertoire_actions import set_action_status as set_action_status
from app.text import fold
from models import (
    ActionStatus,
    EntryAuthor,
    EntryKind,
    EntryStatus,
    RepertoireEntry,
)

TITLE_LENGTH = 500  # repertoire_entries.title: PostgreSQL refuses more, SQLite would keep it


def checked_title(title: str) -> str:
    """An entry's text, stripped; refused in a sentence when empty or longer than the column
    holds on every backend (the rest belongs in the entry's detail)."""
    title = title.strip()
    if not title:
        raise EngineError(_("Une capture a besoin d'un texte."))
    if len(title) > TITLE_LENGTH:
        raise EngineError(
            _(
                "Le texte d'une capture tient en {limit} caractères (celui-ci en a {count}) : "
                "mettez la suite dans le détail."
            ).format(limit=TITLE_LENGTH, count=len(title))
        )
    return title


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
    title = checked_title(title)
    if kind is EntryKind.ACTION and (owner_id is None or due_on is None):
        raise EngineError(_("Une action a besoin d'un responsable et d'une échéance."))
    term_key = fold(title) if kind is EntryKind.TERM else None
    if term_key is not None:
        check_term(db, network_id, title, None)
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


def check_term(db: Session, network_id: uuid.UUID, title: str, entry_id: uuid.UUID | None) -> None:
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
