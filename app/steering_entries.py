"""The repertoire as the health page needs it: counted in SQL, never read entry by entry.

A large network holds tens of thousands of entries; the indicators of ``app.steering`` only
count most of them, so they are read as counts (see ``read_entries``), and only the actions,
judged one by one, as rows — a few columns each, never an entry's text.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import (
    CompoundSelect,
    Select,
    String,
    bindparam,
    case,
    func,
    literal,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from models import ActionStatus, EntryAuthor, EntryKind, RepertoireEntry
from models.base import UTCDateTime


@dataclass(frozen=True)
class EntryRow:
    kind: EntryKind
    created_at: datetime
    authors: tuple[uuid.UUID, ...] = ()
    owner: uuid.UUID | None = None
    due_on: date | None = None
    action_status: ActionStatus | None = None
    closed_at: datetime | None = None
    # How many entries this row stands for: load_history reads the entries other than actions
    # as counts (by kind, between the dates the indicators compare with), and their
    # authorship as rows of count 0 that only carry authors.
    count: int = 1


def read_entries(
    db: Session, network_id: uuid.UUID, cutoffs: Sequence[datetime], since: datetime | None
) -> tuple[EntryRow, ...]:
    """The network's live entries as the indicators need them, counted in SQL.

    ``cutoffs``: the ends of the closed sessions' days (the growth chart counts entries made
    by then); ``since``: where the circles' window starts (contributions made since then).

    Actions are read one by one (a few columns, no text): their owner, due date and status
    are judged each. Every other entry only counts — in the growth chart by kind and date, in
    its authors' contributions since the circles' window and in all — so those are read as
    counts, each count's row carrying the latest date of its group, which lies on the same
    side of every date the indicators compare it with as each entry of the group:

    - by kind between consecutive session day ends (``buckets``; the growth chart reads
      them): one range count a kind and a bucket,
      each a range of the covering index ``ix_repertoire_entries_health`` (network, kind,
      created_at…), with the latest live entry of the range read backwards from its end;
    - authorship by author, kind and side of ``since`` (rows of count 0 that only carry
      authors: the growth chart skips them, and contributions compare them with ``since``
      only).

    Portable SQL (rows of bound values, correlated counts, GROUP BY): no dialect's own function.
    """
    live = (RepertoireEntry.network_id == network_id, RepertoireEntry.deleted_at.is_(None))
    action = RepertoireEntry.kind == EntryKind.ACTION
    created = RepertoireEntry.created_at
    rows = list(_counts(db, network_id, buckets(cutoffs)))
    side = case((created >= since, 1), else_=0) if since is not None else literal(0)
    rows.extend(
        EntryRow(kind, latest, authors=(member_id,) * n, count=0)
        for member_id, kind, latest, n in db.execute(
            select(EntryAuthor.member_id, RepertoireEntry.kind, func.max(created), func.count())
            .join(RepertoireEntry, RepertoireEntry.id == EntryAuthor.entry_id)
            .where(*live, ~action)
            .group_by(EntryAuthor.member_id, RepertoireEntry.kind, side)
        )
    )
    authors: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for entry_id, member_id in db.execute(
        select(EntryAuthor.entry_id, EntryAuthor.member_id)
        .join(RepertoireEntry, RepertoireEntry.id == EntryAuthor.entry_id)
        .where(*live, action)
    ):
        authors[entry_id].append(member_id)
    rows.extend(
        EntryRow(kind, at, tuple(authors[entry_id]), owner, due_on, status, closed_at)
        for entry_id, kind, at, owner, due_on, status, closed_at in db.execute(
            select(
                RepertoireEntry.id,
                RepertoireEntry.kind,
                created,
                RepertoireEntry.owner_id,
                RepertoireEntry.due_on,
                RepertoireEntry.action_status,
                RepertoireEntry.closed_at,
            ).where(*live, action)
        )
    )
    return tuple(sorted(rows, key=lambda e: e.created_at))


Bucket = tuple[datetime, datetime]  # the first and last instant of a bucket, both included
_TICK = timedelta(microseconds=1)  # instants are stored to the microsecond on both backends


def buckets(cutoffs: Sequence[datetime]) -> list[Bucket]:
    """The time cut at each session's day end: an entry made "by the end of a session's day"
    (≤ cutoff) lies in one bucket, and every entry of a bucket on the same side of every
    cutoff. Each bucket is closed at both ends, to the microsecond (the stored resolution),
    so that it is one plain range of the index (``lo <= created_at <= hi``)."""
    low = datetime.min.replace(tzinfo=UTC)
    result: list[Bucket] = []
    for last in sorted(set(cutoffs)):
        result.append((low, last))
        low = last + _TICK
    result.append((low, datetime.max.replace(tzinfo=UTC)))
    return result


def _counts(db: Session, network_id: uuid.UUID, spans: Sequence[Bucket]) -> Iterator[EntryRow]:
    """The live entries other than actions, by kind and bucket: their count and the latest
    one's date (empty groups left out)."""
    bounds = {f"lo_{i}": lo for i, (lo, _hi) in enumerate(spans)}
    bounds.update({f"hi_{i}": hi for i, (_lo, hi) in enumerate(spans)})
    for name, at, n in db.execute(_counts_statement(len(spans)), {"network": network_id, **bounds}):
        if n:
            yield EntryRow(EntryKind(name), at, count=n)


# SQLite refuses a compound SELECT of more than 500 terms (SQLITE_MAX_COMPOUND_SELECT): ten
# years of weekly sessions make more buckets than that.
COMPOUND_LIMIT = 500


def _rows(selects: list[Select[datetime, datetime]]) -> CompoundSelect[datetime, datetime]:
    """The buckets' rows joined by UNION ALL, in unions of at most ``COMPOUND_LIMIT``."""
    if len(selects) <= COMPOUND_LIMIT:
        return union_all(*selects)
    parts = [
        union_all(*selects[start : start + COMPOUND_LIMIT]).subquery()
        for start in range(0, len(selects), COMPOUND_LIMIT)
    ]
    return _rows([select(part.c.lo, part.c.hi) for part in parts])


@lru_cache(maxsize=16)
def _counts_statement(spans: int) -> Select[str, datetime, int]:
    """The statement of ``_counts`` for a number of buckets, built once: the network and the
    buckets' bounds are named parameters (``network``, ``lo_0``, ``hi_0``…), so each reading
    executes the very same statement, whose cache key SQLAlchemy memoizes and whose compiled
    form it caches. The buckets and the kinds are rows of bound values joined by UNION ALL:
    a VALUES of bound rows has no cache key in SQLAlchemy, it was compiled at each reading."""
    # Common table expressions: SQLite cannot name the columns of FROM (VALUES …) AS t (a, b).
    instant = UTCDateTime()
    bucket = _rows(
        [
            select(
                bindparam(f"lo_{i}", type_=instant).label("lo"),
                bindparam(f"hi_{i}", type_=instant).label("hi"),
            )
            for i in range(spans)
        ]
    ).cte("buckets")
    kind = union_all(
        *(
            select(literal(k.value, String()).label("kind"))
            for k in EntryKind
            if k is not EntryKind.ACTION
        )
    ).cte("kinds")
    created = RepertoireEntry.created_at
    in_range = (
        RepertoireEntry.network_id == bindparam("network"),
        RepertoireEntry.kind == kind.c.kind,
        created >= bucket.c.lo,
        created <= bucket.c.hi,
        RepertoireEntry.deleted_at.is_(None),
    )
    count = select(func.count()).where(*in_range).scalar_subquery()
    latest = select(created).where(*in_range).order_by(created.desc()).limit(1)
    return select(kind.c.kind, latest.scalar_subquery(), count).select_from(
        bucket.join(kind, true())
    )
