"""Searching the repertoire as one types, the same on SQLite and PostgreSQL.

The promises, on both backends: accents and case are ignored; the last word is a prefix
while it is being typed (from two letters on); any text is a valid query (it is reduced to
words, never passed as search syntax); the body's snippet marks the matched words between
``HIGHLIGHT`` marks; confidential entries follow ``app.confidentiality``. What differs per
backend (the index, the ranking, the snippet) lives in ``app.store.fulltext``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.confidentiality import Reader, entry_clause
from app.store.fulltext import (
    HIGHLIGHT,
    MAX_WORDS,
    Match,
    fts_query,
    match,
    query_words,
    with_ellipsis,
)
from app.text import whole_characters
from models import EntryKind, EntryStatus, Meeting, Network, RepertoireEntry

__all__ = ["HIGHLIGHT", "MAX_WORDS", "RANKED", "Hit", "SearchFilters", "fts_query", "search"]

RANKED = 3000  # beyond this many matches, the newest first rather than the most relevant
PREVIEW = 160  # characters of the body shown when nothing is typed


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


def _conditions(filters: SearchFilters) -> list[ColumnElement[bool]]:
    entry = RepertoireEntry
    where: list[ColumnElement[bool]] = [entry.deleted_at.is_(None)]
    if filters.network_id is not None:
        where.append(entry.network_id == filters.network_id)
    if filters.kinds:
        where.append(entry.kind.in_(filters.kinds))
    if filters.statuses:
        where.append(entry.status.in_(filters.statuses))
    if filters.tag.strip():
        # Tags are a comma-separated list: one whole tag, spaces and case ignored (SQLite's
        # lower() folds ASCII letters only; PostgreSQL's folds all).
        tag = whole_characters(filters.tag).lower().replace(" ", "")
        escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        listed = literal(",") + func.lower(func.replace(entry.tags, " ", "")) + literal(",")
        where.append(listed.like(f"%,{escaped},%", escape="\\"))
    if filters.meeting_id is not None:
        where.append(entry.origin_meeting_id == filters.meeting_id)
    if filters.since is not None:
        where.append(entry.created_at >= datetime.combine(filters.since, time(), UTC))
    if filters.until is not None:
        end = datetime.combine(filters.until + timedelta(days=1), time(), UTC)
        where.append(entry.created_at < end)
    if not filters.include_confidential:
        where.append(entry.confidential.is_(False))
    where.append(entry_clause(filters.reader, filters.own_network_id))
    return where


def search(
    db: Session, text_: str, filters: SearchFilters = SearchFilters(), limit: int = 50
) -> list[Hit]:
    """Entries matching what was typed, best first; the newest when nothing is typed."""
    words = query_words(whole_characters(text_))
    entry = RepertoireEntry
    columns: list[Any] = [
        entry.id,
        entry.kind,
        entry.title,
        entry.status,
        Network.name,
        Meeting.number,
        entry.created_at,
        entry.confidential,
    ]
    if words is None:
        query = (
            select(*columns, literal(""), entry.body)
            .join(Network, Network.id == entry.network_id)
            .outerjoin(Meeting, Meeting.id == entry.origin_meeting_id)
            .where(*_conditions(filters))
            .order_by(entry.created_at.desc())
            .limit(limit)
        )
        return [_hit(row, cut=False, preview_=True) for row in db.execute(query)]
    found = match(db.get_bind().dialect.name, words)
    # Ranking costs every match: past a few thousand (a common word, a short prefix)
    # relevance says little anyway, and the newest entries come first instead.
    order = found.relevance if found.count(db, RANKED + 1) <= RANKED else found.newest
    rows = db.execute(_matching(columns, found, order, filters, limit)).all()
    return [_hit(row, cut=not found.marks_ellipsis) for row in rows]


def _matching(
    columns: list[Any],
    found: Match,
    order: tuple[ColumnElement[Any], ...],
    filters: SearchFilters,
    limit: int,
) -> Select[Any]:
    entry = RepertoireEntry
    return (
        select(*columns, found.snippet, entry.body)
        .select_from(found.source)
        .join(Network, Network.id == entry.network_id)
        .outerjoin(Meeting, Meeting.id == entry.origin_meeting_id)
        .where(found.condition, *_conditions(filters))
        .order_by(*order)
        .limit(limit)
    )


def preview(body: str) -> str:
    """The body's beginning when nothing is typed: cut after a whole word, with « … »."""
    if len(body) <= PREVIEW:
        return body
    cut = body[:PREVIEW]
    space = cut.rfind(" ")
    if space > PREVIEW // 2:  # a word longer than half the preview is cut where it falls
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def _hit(row: Any, *, cut: bool, preview_: bool = False) -> Hit:
    snippet, body = row[8] or "", row[9] or ""
    if preview_:
        snippet = preview(body)
    elif cut:
        snippet = with_ellipsis(snippet, body)
    return Hit(
        row[0],
        EntryKind(row[1]),
        row[2],
        snippet,
        EntryStatus(row[3]),
        row[4],
        row[5],
        row[6],
        bool(row[7]),
    )
