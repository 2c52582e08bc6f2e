"""Searching the repertoire: full-text (FTS5, ranked, with highlighted snippets) and filters
(kind, author, tag, dates), only what the reader may see."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app.confidentiality import Reader, entry_sql
from app.text import whole_characters
from models import (
    EntryKind,
    EntryStatus,
)
from models.repertoire import FTS_TABLE

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
        matches = db.execute(
            sql_text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :query"),
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
