"""Sums of the ended speaking turns, held by the engine and kept up to date by each command.

A 3-hour session has about 2,000 turns. Summing them all again after every command cost most
of a command's time, so the sums are read in full once (when the engine opens a session, or
when something outside the engine changed it) and then moved by each command's own row
changes: a turn that ends adds its length to its key, a corrected turn moves from one key
to another, an undone turn takes its length back. Durations are whole microseconds, so the
running sums equal a fresh full read exactly (``tests/test_commands.py`` compares both after
every kind of command and every undo).

Portable: the lengths are computed in Python from the instants as stored, with no date
function of SQLite (text instants) or PostgreSQL (``timestamptz``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import String, TypeDecorator, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from models import Role, SpeakingTurn

MICROSECOND = timedelta(microseconds=1)
TotalsKey = tuple[uuid.UUID, uuid.UUID | None, uuid.UUID, Role]
# A journaled row change: [table name, primary key, before row | None, after row | None].
RowChange = Sequence[Any]
# An item's latest turn: who, from when.
LastTurn = tuple[uuid.UUID, datetime]
# An item's turn-taking: speaker changes between consecutive turns, and its latest turn.
TurnTaking = tuple[int, LastTurn | None]


@dataclass(frozen=True)
class TurnTotals:
    """Closed turns of one member, in one phase run of one item, in one role."""

    item_id: uuid.UUID
    phase_run_id: uuid.UUID | None
    member_id: uuid.UUID
    role: Role
    turns: int
    micros: int  # the turns' summed length in whole microseconds (exact under any sum)

    @property
    def seconds(self) -> float:
        """The summed length in seconds."""
        return self.micros / 1_000_000

    @property
    def key(self) -> TotalsKey:
        """What the sum is over: item, phase run, member and role."""
        return (self.item_id, self.phase_run_id, self.member_id, self.role)


class TurnSums:
    """The ended turns' sums of one session, keyed by item, phase run, member and role.

    Immutable: :meth:`moved` returns new sums. Iterating yields the :class:`TurnTotals`;
    two sums are equal when they hold the same totals, whatever the order they came in.
    """

    __slots__ = ("_by_key",)

    def __init__(self, totals: Iterable[TurnTotals] = ()) -> None:
        self._by_key: dict[TotalsKey, TurnTotals] = {t.key: t for t in totals}

    def __iter__(self) -> Iterator[TurnTotals]:
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TurnSums):
            return NotImplemented
        return self._by_key == other._by_key

    __hash__ = None  # type: ignore[assignment]  # equal by content, mutable-looking: unhashable

    def __repr__(self) -> str:
        return f"TurnSums({len(self._by_key)} totals)"

    def get(self, key: TotalsKey) -> TurnTotals | None:
        """The totals of one key, None when no ended turn has it."""
        return self._by_key.get(key)

    def without_items(self, items: Iterable[uuid.UUID]) -> TurnSums:
        """These sums less every total of ``items``."""
        dropped = frozenset(items)
        return TurnSums(t for t in self if t.item_id not in dropped)

    def merged(self, totals: Iterable[TurnTotals]) -> TurnSums:
        """These sums with ``totals`` (of other keys) added."""
        merged = TurnSums(self)
        merged._by_key.update((t.key, t) for t in totals)
        return merged

    def moved(
        self, meeting_id: uuid.UUID, changes: Iterable[RowChange], *, undone: bool = False
    ) -> TurnSums:
        """The sums after a command's row ``changes`` (or after their undo, ``undone``).

        Only rows of ``speaking_turns`` of this session count: each ended turn before the
        change is taken out of its key, each ended turn after it is put in.
        """
        by_key = dict(self._by_key)
        for change in changes:
            if change[0] != "speaking_turns":
                continue
            before, after = (change[3], change[2]) if undone else (change[2], change[3])
            _add(by_key, _length(meeting_id, before), -1)
            _add(by_key, _length(meeting_id, after), +1)
        moved = TurnSums()
        moved._by_key = by_key
        return moved


def _length(meeting_id: uuid.UUID, row: Mapping[str, Any] | None) -> TurnTotals | None:
    """One journaled turn as a total of one turn, None if it is not an ended turn here."""
    if row is None or row.get("ended_at") is None:
        return None
    if uuid.UUID(str(row["meeting_id"])) != meeting_id:
        return None
    run = row.get("phase_run_id")
    length = datetime.fromisoformat(row["ended_at"]) - datetime.fromisoformat(row["started_at"])
    return TurnTotals(
        uuid.UUID(str(row["item_id"])),
        uuid.UUID(str(run)) if run is not None else None,
        uuid.UUID(str(row["member_id"])),
        Role(row["role"]),
        1,
        length // MICROSECOND,
    )


def _add(by_key: dict[TotalsKey, TurnTotals], one: TurnTotals | None, sign: int) -> None:
    if one is None:
        return
    held = by_key.get(one.key)
    turns = (held.turns if held else 0) + sign
    micros = (held.micros if held else 0) + sign * one.micros
    if turns == 0:
        by_key.pop(one.key, None)
        return
    by_key[one.key] = TurnTotals(*one.key, turns, micros)


class _Raw(TypeDecorator[Any]):
    """A value read as the driver returns it, without the column type's processing."""

    impl = String
    cache_ok = True


def _instant(value: str | datetime) -> datetime:
    """A stored instant (UTC; naive text from SQLite, a datetime from PostgreSQL)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


_turn = SpeakingTurn.__table__.c
# Every column as the driver gives it (text in SQLite; uuid and datetime objects in
# PostgreSQL): making 5,000 UUIDs and parsing 3,600 instants through the column types cost
# more than the sum itself. Keys become UUIDs once per group, not once per turn.
_ENDED = select(
    type_coerce(_turn.item_id, _Raw()),
    type_coerce(_turn.phase_run_id, _Raw()),
    type_coerce(_turn.member_id, _Raw()),
    type_coerce(_turn.role, _Raw()),
    type_coerce(_turn.started_at, _Raw()),
    type_coerce(_turn.ended_at, _Raw()),
).where(_turn.meeting_id == bindparam("meeting"), _turn.ended_at.is_not(None))
_ENDED_OF_ITEMS = _ENDED.where(_turn.item_id.in_(bindparam("items", expanding=True)))


def read_sums(
    db: Session, meeting_id: uuid.UUID, items: Iterable[uuid.UUID] | None = None
) -> TurnSums:
    """The sums read in full from the stored turns (of ``items`` only, if given)."""
    params: dict[str, Any] = {"meeting": meeting_id}
    query = _ENDED
    if items is not None:
        params["items"] = list(items)
        query = _ENDED_OF_ITEMS
    by_raw: dict[tuple[Any, Any, Any, Any], list[int]] = {}
    for item_id, run_id, member_id, role, started, ended in db.execute(query, params):
        held = by_raw.setdefault((item_id, run_id, member_id, role), [0, 0])
        held[0] += 1
        held[1] += (_instant(ended) - _instant(started)) // MICROSECOND
    return TurnSums(
        TurnTotals(
            _uuid(item),
            _uuid(run) if run is not None else None,
            _uuid(member),
            Role(role),
            turns,
            micros,
        )
        for (item, run, member, role), (turns, micros) in by_raw.items()
    )


def _uuid(value: str | uuid.UUID) -> uuid.UUID:
    """A stored key (hex text in SQLite, a UUID from PostgreSQL's driver)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def appended(
    item_id: uuid.UUID, changes: Iterable[RowChange], held: TurnTaking
) -> TurnTaking | None:
    """The item's turn-taking after ``changes``, when they only end the running turn and
    append one turn to it (giving the floor); None when it must be read again.

    A turn appended after the item's latest one adds a speaker change exactly when its
    speaker differs from that turn's.
    """
    inserted: list[Mapping[str, Any]] = []
    for table, _pk, before, after in changes:
        if table != "speaking_turns":
            continue
        if before is None and after is not None:
            inserted.append(after)
        elif not _only_ended(before, after):
            return None
    if not inserted:
        return held
    if len(inserted) > 1 or uuid.UUID(str(inserted[0]["item_id"])) != item_id:
        return None
    member = uuid.UUID(str(inserted[0]["member_id"]))
    start = datetime.fromisoformat(inserted[0]["started_at"])
    count, last = held
    if last is None:
        return count, (member, start)
    if start <= last[1]:  # before, or at the same instant (ties are ordered by a read)
        return None
    return count + (member != last[0]), (member, start)


def _only_ended(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> bool:
    """Whether a turn's change only ended it (its end set, nothing else moved)."""
    if before is None or after is None or before.get("ended_at") is not None:
        return False
    return {k: v for k, v in before.items() if k != "ended_at"} == {
        k: v for k, v in after.items() if k != "ended_at"
    }
