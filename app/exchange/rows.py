"""Which rows make up a network's history, read from any Cercle store as plain values.

A *slice* is every row of some networks: the network, its memberships and the people they
name (and anyone else its facts name: a former member who spoke, an action's owner…), its
sessions and their facts (agenda, phases, pauses, turns, attendance, roles, rituals, queue,
tours, Lean Coffee topics and votes), its case proposals and its repertoire with authors and
revisions. Export writes a slice to a file, merge applies a slice to another store: both read
it here, with SQLAlchemy Core on the shared models, so it runs on SQLite and PostgreSQL alike.

The live session's undo journal (``commands``) never travels: it is the laptop's own undo
history, and its row snapshots may hold confidential text.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Column, Connection, Result, Select, Table, select

from models import Base

Row = dict[str, Any]

# The tables of a network's history, parents before children (foreign keys are checked as
# rows are inserted). ``members`` come right after ``networks``: every fact names people.
ORDER: tuple[str, ...] = (
    "networks",
    "members",
    "memberships",
    "meetings",
    "agenda_items",
    "attendances",
    "item_roles",
    "pauses",
    "phase_runs",
    "speaking_turns",
    "ritual_answers",
    "queue_entries",
    "tour_rounds",
    "lean_topics",
    "lean_votes",
    "case_proposals",
    "repertoire_entries",
    "entry_authors",
    "entry_revisions",
)

# How a table's rows hang on the network: (column, parent table). ``members`` are the
# people the other rows name; ``networks`` are chosen by id.
PARENT: dict[str, tuple[str, str]] = {
    "memberships": ("network_id", "networks"),
    "meetings": ("network_id", "networks"),
    "case_proposals": ("network_id", "networks"),
    "repertoire_entries": ("network_id", "networks"),
    "agenda_items": ("meeting_id", "meetings"),
    "attendances": ("meeting_id", "meetings"),
    "speaking_turns": ("meeting_id", "meetings"),
    "ritual_answers": ("meeting_id", "meetings"),
    "queue_entries": ("meeting_id", "meetings"),
    "item_roles": ("item_id", "agenda_items"),
    "pauses": ("item_id", "agenda_items"),
    "phase_runs": ("item_id", "agenda_items"),
    "tour_rounds": ("item_id", "agenda_items"),
    "lean_topics": ("item_id", "agenda_items"),
    "lean_votes": ("topic_id", "lean_topics"),
    "entry_authors": ("entry_id", "repertoire_entries"),
    "entry_revisions": ("entry_id", "repertoire_entries"),
}

# SQL parameter lists stay well under every backend's limit.
CHUNK = 500


def table(name: str) -> Table:
    """The shared model's table ``name``."""
    return Base.metadata.tables[name]


@cache
def references(name: str) -> dict[str, str]:
    """The columns of table ``name`` that point at another row: {column: table pointed at}."""
    found: dict[str, str] = {}
    for column in table(name).columns:
        for key in column.foreign_keys:
            found[column.name] = key.column.table.name
    return found


@cache
def member_columns(name: str) -> list[str]:
    """The columns of table ``name`` that name a person."""
    return [column for column, target in references(name).items() if target == "members"]


def as_dicts(result: Result[Any]) -> list[Row]:
    """A query's rows as plain dicts (the column names read once, not once a row)."""
    keys = list(result.keys())
    return [dict(zip(keys, values, strict=True)) for values in result]


def chunks(values: Iterable[uuid.UUID], size: int = CHUNK) -> Iterator[list[uuid.UUID]]:
    """``values`` in lists of at most ``size`` (for ``IN (…)`` lists)."""
    batch: list[uuid.UUID] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class Slice:
    """Rows of some networks, by table, as plain dicts (column → value).

    ``withheld`` counts, by table, the rows left out for confidentiality; ``redacted`` holds
    the ids of rows whose confidential parts were blanked (a store that has them whole keeps
    its own text).
    """

    rows: dict[str, list[Row]] = field(default_factory=dict)
    withheld: dict[str, int] = field(default_factory=dict)
    redacted: set[uuid.UUID] = field(default_factory=set)

    def of(self, name: str) -> list[Row]:
        """The rows of table ``name`` (an empty list when none)."""
        return self.rows.setdefault(name, [])

    def ids(self, name: str) -> list[uuid.UUID]:
        """The ids of table ``name``'s rows."""
        return [row["id"] for row in self.of(name)]

    def size(self) -> int:
        """How many rows in all."""
        return sum(len(rows) for rows in self.rows.values())


def _parent_ids(name: str, network_ids: list[uuid.UUID]) -> Select[Any]:
    """The ids of table ``name``'s rows that belong to ``network_ids``, as a subquery."""
    if name == "networks":
        networks = table("networks")
        return select(networks.c.id).where(networks.c.id.in_(network_ids))
    column, parent = PARENT[name]
    own = table(name)
    return select(own.c.id).where(own.c[column].in_(_parent_ids(parent, network_ids)))


def read_slice(connection: Connection, network_ids: Iterable[uuid.UUID]) -> Slice:
    """Every row of the networks ``network_ids`` in the store ``connection`` reads."""
    wanted = list(network_ids)
    result = Slice()
    people: set[uuid.UUID] = set()
    for name in ORDER:
        if name == "members":
            continue  # read once every fact naming someone is known
        own = table(name)
        if name == "networks":
            query = select(own).where(own.c.id.in_(wanted))
        else:
            column, parent = PARENT[name]
            query = select(own).where(own.c[column].in_(_parent_ids(parent, wanted)))
        rows = as_dicts(connection.execute(query))
        result.rows[name] = rows
        for column in member_columns(name):
            people.update(row[column] for row in rows if row[column] is not None)
    members = table("members")
    result.rows["members"] = [
        row
        for batch in chunks(sorted(people))
        for row in as_dicts(connection.execute(select(members).where(members.c.id.in_(batch))))
    ]
    return result


def fetch_by_id(
    connection: Connection, name: str, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Row]:
    """The rows of table ``name`` among ``ids`` that ``connection``'s store holds."""
    own = table(name)
    found: dict[uuid.UUID, Row] = {}
    for batch in chunks(ids):
        for row in as_dicts(connection.execute(select(own).where(own.c.id.in_(batch)))):
            found[row["id"]] = row
    return found


def fetch_by(
    connection: Connection, name: str, column: str, values: Iterable[uuid.UUID]
) -> list[Row]:
    """The rows of table ``name`` whose ``column`` is among ``values``."""
    own = table(name)
    column_: Column[Any] = own.c[column]
    return [
        row
        for batch in chunks(values)
        for row in as_dicts(connection.execute(select(own).where(column_.in_(batch))))
    ]
