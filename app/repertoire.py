"""The shared repertoire: capturing entries, with the rules every capture follows.

Over 400 lines: capture, search, edit history and the actions view share one table and
its rules; splitting search apart is issue 17's remaining work.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, aliased

from app.confidentiality import Reader, entry_sql
from app.engine.errors import EngineError
from app.i18n import _
from app.text import fold, whole_characters
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
from models.repertoire import FTS_TABLE


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


# --- search -----------------------------------------------------------------------------------

HIGHLIGHT = ("\x02", "\x03")  # around matched words in a snippet; never typed by anyone
RANKED = 3000  # beyond this many matches, the newest first rather than the most relevant
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12


def fts_query(text: str) -> str | None:
    """Any text a person types as a safe FTS5 query, or None when there is nothing to find.

    Words only: quotes, ``*``, ``-``, parentheses and a lone ``"`` are dropped, and every
    word is quoted, so ``OR`` or ``NEAR`` are words like any other. All words must match; the
    last one is a prefix while it is being typed (no space after it), from two letters on.
    """
    words = _WORD.findall(text)
    typing = not text[-1:].isspace()
    if words and typing and len(words[-1]) < 2:
        words = words[:-1]  # one letter matches everything: wait for the next one
    if len(words) > MAX_WORDS:
        # A pasted paragraph: its first distinct words find it, and FTS5 takes seconds per
        # hundred repeated terms (measured: 450 words, 48 s on a 100-entry repertoire).
        words = list(dict.fromkeys(w.casefold() for w in words))[:MAX_WORDS]
        typing = False
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if typing:
        quoted[-1] += "*"
    return " ".join(quoted)


@dataclass(frozen=True)
class SearchFilters:
    network_id: uuid.UUID | None = None
    kinds: tuple[EntryKind, ...] = ()
    statuses: tuple[EntryStatus, ...] = ()
    tag: str = ""
    meeting_id: uuid.UUID | None = None
    since: date | None = None
    until: date | None = None
    include_confidential: bool = True
    # Who searches, from which network: the facilitator sees their own network's
    # confidential entries, never another network's (app.confidentiality).
    reader: Reader = Reader.FACILITATOR
    own_network_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Hit:
    id: uuid.UUID
    kind: EntryKind
    title: str
    snippet: str  # of the body, matched words between HIGHLIGHT marks (the title is whole)
    status: EntryStatus
    network: str
    session: int | None
    created_at: datetime
    confidential: bool


def search(
    db: Session, text_: str, filters: SearchFilters = SearchFilters(), limit: int = 50
) -> list[Hit]:
    """Entries matching what was typed, best first; the newest when nothing is typed."""
    query = fts_query(whole_characters(text_))
    where = ["e.deleted_at IS NULL"]
    params: dict[str, object] = {"limit": limit}
    if filters.network_id is not None:
        where.append("e.network_id = :network")
        params["network"] = filters.network_id.hex
    if filters.kinds:
        names = [f":kind{i}" for i in range(len(filters.kinds))]
        where.append(f"e.kind IN ({', '.join(names)})")
        params.update({f"kind{i}": k.value for i, k in enumerate(filters.kinds)})
    if filters.statuses:
        names = [f":status{i}" for i in range(len(filters.statuses))]
        where.append(f"e.status IN ({', '.join(names)})")
        params.update({f"status{i}": s.value for i, s in enumerate(filters.statuses)})
    if filters.tag.strip():
        where.append("(',' || lower(replace(e.tags, ' ', '')) || ',') LIKE :tag ESCAPE '\\'")
        # SQLite's lower() folds ASCII letters only: tags match case-insensitively in ASCII.
        tag = (
            whole_characters(filters.tag)
            .lower()
            .replace(" ", "")
            .replace("\\", "\\\\")
            .replace("%", "\\%")
        )
        params["tag"] = "%," + tag.replace("_", "\\_") + ",%"
    if filters.meeting_id is not None:
        where.append("e.origin_meeting_id = :meeting")
        params["meeting"] = filters.meeting_id.hex
    if filters.since is not None:
        where.append("e.created_at >= :since")
        params["since"] = f"{filters.since:%Y-%m-%d}"
    if filters.until is not None:
        where.append("e.created_at < :until")
        params["until"] = f"{filters.until + timedelta(days=1):%Y-%m-%d}"
    if not filters.include_confidential:
        where.append("e.confidential = 0")
    own = "own" if filters.own_network_id is not None else None
    where.append(entry_sql(filters.reader, "e", own))
    if own is not None:
        params[own] = filters.own_network_id.hex if filters.own_network_id else None
    columns = "e.id, e.kind, e.title, e.status, n.name, m.number, e.created_at, e.confidential"
    joins = (
        "JOIN networks n ON n.id = e.network_id LEFT JOIN meetings m ON m.id = e.origin_meeting_id"
    )
    if query is None:
        sql = (
            f"SELECT {columns}, substr(e.body, 1, 160) FROM repertoire_entries e {joins} "
            f"WHERE {' AND '.join(where)} ORDER BY e.created_at DESC LIMIT :limit"
        )
    else:
        params["query"] = query
        # Ranking costs every match: past a few thousand (a common word, a short prefix)
        # relevance says little anyway, and the newest entries come first instead.
        # Counted up to RANKED + 1 only: counting every match of a short prefix ("re",
        # 114,000 of 144,000 entries) cost 36 ms of the 30 ms a search may take.
        matches = db.execute(
            sql_text(
                f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :query LIMIT {RANKED + 1})"
            ),
            {"query": query},
        ).scalar_one()
        order = (
            f"bm25({FTS_TABLE}, 8.0, 2.0, 4.0)" if matches <= RANKED else f"{FTS_TABLE}.rowid DESC"
        )
        sql = (
            f"SELECT {columns}, snippet({FTS_TABLE}, 1, :open, :close, '…', 16) "
            f"FROM {FTS_TABLE} JOIN repertoire_entries e ON e.rowid = {FTS_TABLE}.rowid {joins} "
            f"WHERE {FTS_TABLE} MATCH :query AND {' AND '.join(where)} "
            f"ORDER BY {order} LIMIT :limit"
        )
        params["open"], params["close"] = HIGHLIGHT
    rows = db.execute(sql_text(sql), params).all()
    return [
        Hit(
            uuid.UUID(hex=r[0]),
            EntryKind(r[1]),
            r[2],
            r[8] or "",
            EntryStatus(r[3]),
            r[4],
            r[5],
            _instant(r[6]),
            bool(r[7]),
        )
        for r in rows
    ]


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


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
    revisions = sorted(entry.revisions, key=lambda r: r.revised_at, reverse=True)
    # Only the names shown (owner, revisers): an organisation has hundreds of people.
    named = {entry.owner_id, *(r.revised_by_id for r in revisions)} - {None}
    names = (
        dict(db.execute(select(Member.id, Member.name).where(Member.id.in_(named))).all())
        if named
        else {}
    )
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
            for r in revisions
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
