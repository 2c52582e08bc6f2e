"""Declarative base, naming convention and the column types every model shares."""

from __future__ import annotations

import enum
import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, Enum, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Stable constraint names make batch migrations on SQLite (which recreate tables) reliable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_id_source: ContextVar[random.Random | None] = ContextVar("cercle_id_source", default=None)


def new_id() -> uuid.UUID:
    """A fresh identity. UUIDs keep rows mergeable between laptops and a server later."""
    source = _id_source.get()
    if source is None:
        return uuid.uuid4()
    return uuid.UUID(int=source.getrandbits(128), version=4)


@contextmanager
def deterministic_ids(seed: int) -> Iterator[None]:
    """Within the block, new ids come from a seeded generator (reproducible demo data)."""
    token = _id_source.set(random.Random(seed))
    try:
        yield
    finally:
        _id_source.reset(token)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant, always aware and in UTC in Python, stored as naive UTC.

    SQLite has no time zone type: storing naive UTC text keeps values sortable and
    comparable in SQL, and this type refuses naive datetimes so that no local time slips in.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: Cercle stores aware UTC instants only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # The driver gives a datetime; raw text comes from a hand-written query.
        instant: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
        return instant.replace(tzinfo=UTC)


def str_enum(enum_cls: type[enum.StrEnum], length: int = 20) -> Enum:
    """A portable enum column storing the member's value (not its name), no CHECK constraint.

    Values are validated in Python; leaving the constraint out keeps SQLite batch
    migrations simple when a kind is added later.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        validate_strings=True,
        values_callable=lambda e: [m.value for m in e],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}
