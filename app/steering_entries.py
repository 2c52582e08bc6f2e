"""The repertoire as the health page needs it: counted in SQL, never read entry by entry.

A large network holds tens of thousands of entries; the indicators of ``app.steering`` only
count most of them, so they are read as counts (see ``read_entries``), and only the actions,
judged one by one, as rows — a few columns each, never an entry's text.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models import ActionStatus, EntryAuthor, EntryKind, RepertoireEntry


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
    its authors' contributions since the circles' window — so those are read as counts by
    kind (and by author) between the dates the indicators compare with; each count's row
    carries the latest date of its group, which lies on the same side of every such date as
    each entry of it. Portable SQL (CASE, GROUP BY, MAX): no dialect's own function; the
    bucket is found by a binary search written as nested CASEs (``first_true``).
    """
    live = (RepertoireEntry.network_id == network_id, RepertoireEntry.deleted_at.is_(None))
    action = RepertoireEntry.kind == EntryKind.ACTION
    created = RepertoireEntry.created_at
    # The dates compared with, in order: "made by the end of this session's day" (≤) and
    # "made since the window's start" (≥, so its bucket ends just before it: <).
    bounds: list[Bound] = [(at, True) for at in cutoffs]
    if since is not None:
        bounds.append((since, False))
    bounds.sort(key=lambda b: (b[0], b[1]))
    bucket = first_true(created, bounds, 0, len(bounds))
    rows: list[EntryRow] = [
        EntryRow(kind, latest, count=n)
        for kind, latest, n in db.execute(
            select(RepertoireEntry.kind, func.max(created), func.count())
            .where(*live, ~action)
            .group_by(RepertoireEntry.kind, bucket)
        )
    ]
    rows.extend(
        EntryRow(kind, latest, authors=(member_id,) * n, count=0)
        for member_id, kind, latest, n in db.execute(
            select(EntryAuthor.member_id, RepertoireEntry.kind, func.max(created), func.count())
            .join(RepertoireEntry, RepertoireEntry.id == EntryAuthor.entry_id)
            .where(*live, ~action)
            .group_by(EntryAuthor.member_id, RepertoireEntry.kind, bucket)
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


Bound = tuple[datetime, bool]  # an instant, and whether an entry made at it counts before it


def first_true(
    created: ColumnElement[datetime] | InstrumentedAttribute[datetime],
    bounds: Sequence[Bound],
    low: int,
    high: int,
) -> ColumnElement[int]:
    """The index of the first bound in ``bounds[low:high]`` an entry made at ``created`` lies
    before (``high`` when none), as a balanced tree of CASEs: a binary search of about
    log2(n) comparisons a row instead of a linear CASE's n/2 (60 sessions: 6 instead of ~30).

    ``bounds`` is sorted so that lying before one bound means lying before every later one:
    ``created < at`` implies ``created <= at``, and (at, False) sorts before (at, True)."""
    if low == high:
        return literal(low)
    middle = (low + high) // 2
    at, inclusive = bounds[middle]
    return case(
        (
            created <= at if inclusive else created < at,
            first_true(created, bounds, low, middle),
        ),
        else_=first_true(created, bounds, middle + 1, high),
    )
