"""Recording what a command changed, row by row, so that it can be undone and redone.

A recorder listens to the ORM session's flushes during one command and keeps, for every
row touched, its values before the command and after it. Undo writes the befores back,
redo the afters; both are themselves recorded as commands, so nothing is ever lost.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.orm import Session

from models import Base, UTCDateTime

Row = dict[str, Any]
Change = list[Any]  # [table name, primary key (text), before row | None, after row | None]


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _from_json(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    column_type = table.c[column].type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    python_type: type | None
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        python_type = None
    if python_type is uuid.UUID:
        return uuid.UUID(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


def _row(obj: Any, *, before: bool) -> Row:
    state = inspect(obj)
    row: Row = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        value = getattr(obj, key)
        if before:
            history = state.attrs[key].history
            if history.deleted:
                value = history.deleted[0]
        row[attr.columns[0].name] = _jsonable(value)
    return row


class ChangeRecorder:
    """Collects the row changes of one ORM session until ``finish()``."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # Keyed by the Python object: new rows get their primary key only when flushed.
        self._before: dict[int, Row | None] = {}
        self._objects: dict[int, Any] = {}
        self._deleted: set[int] = set()
        event.listen(session, "before_flush", self._on_flush)

    def _touch(self, obj: Any, before: Row | None) -> int:
        key = id(obj)
        self._before.setdefault(key, before)
        self._objects[key] = obj
        return key

    def _on_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        for obj in session.new:
            self._touch(obj, None)
        for obj in session.dirty:
            if session.is_modified(obj):
                self._touch(obj, _row(obj, before=True))
        for obj in session.deleted:
            self._deleted.add(self._touch(obj, _row(obj, before=True)))

    def finish(self) -> list[Change]:
        """Flush and return the changes, in the order rows were first touched."""
        try:
            self.session.flush()
        finally:
            event.remove(self.session, "before_flush", self._on_flush)
        changes: list[Change] = []
        for key, before in self._before.items():
            obj = self._objects[key]
            after = None if key in self._deleted else _row(obj, before=False)
            if before != after:
                changes.append([obj.__table__.name, str(obj.id), before, after])
        return changes


def _write(session: Session, table_name: str, pk: str, row: Row | None) -> None:
    table = Base.metadata.tables[table_name]
    ident = uuid.UUID(pk)
    if row is None:
        session.execute(table.delete().where(table.c.id == ident))
        return
    values = {name: _from_json(table, name, value) for name, value in row.items()}
    # Update in place when the row exists: deleting it would cascade to its children.
    exists = session.execute(select(table.c.id).where(table.c.id == ident)).first()
    if exists:
        session.execute(table.update().where(table.c.id == ident).values(**values))
    else:
        session.execute(table.insert().values(**values))


def revert(session: Session, changes: list[Change]) -> None:
    """Put every row back as it was before ``changes`` (last change first)."""
    session.flush()
    for table_name, pk, before, _after in reversed(changes):
        _write(session, table_name, pk, before)
    session.expire_all()


def reapply(session: Session, changes: list[Change]) -> None:
    """Write ``changes`` again (first change first), as redo does."""
    session.flush()
    for table_name, pk, _before, after in changes:
        _write(session, table_name, pk, after)
    session.expire_all()
