"""The shared repertoire: what a network keeps across sessions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, new_id, str_enum
from models.enums import ActionStatus, EntryKind, EntryStatus
from models.network import Member


class EntryAuthor(Base):
    """Someone who brought an entry (a row of its own, so that undo can restore it)."""

    __tablename__ = "entry_authors"
    __table_args__ = (UniqueConstraint("entry_id", "member_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    entry_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("repertoire_entries.id", ondelete="CASCADE")
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))


# The rows the "one definition per term" index covers, on both backends.
TERM_ONCE = "kind = 'term' AND deleted_at IS NULL"
TERM_INDEX = "uq_repertoire_entries_network_term"


class RepertoireEntry(Base):
    __tablename__ = "repertoire_entries"
    __table_args__ = (
        # A term is defined once per network, whatever its case or accents.
        Index(
            TERM_INDEX,
            "network_id",
            "term_key",
            unique=True,
            sqlite_where=text(TERM_ONCE),
            # postgresql_where: declared by ``declare_postgresql_options`` (a server store).
        ),
        # The health page's counts read these columns only: from the index, not the rows
        # (migration 0008).
        # With the id last, the authorship counts join the authors from it too (0009).
        Index(
            "ix_repertoire_entries_health", "network_id", "kind", "created_at", "deleted_at", "id"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    network_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EntryKind] = mapped_column(str_enum(EntryKind))
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    # Comma-separated tags as typed, e.g. "achats, qualité".
    tags: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[EntryStatus] = mapped_column(str_enum(EntryStatus), default=EntryStatus.PROPOSED)
    confidential: Mapped[bool] = mapped_column(default=False)
    # Actions only.
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))
    due_on: Mapped[date | None]
    action_status: Mapped[ActionStatus | None] = mapped_column(str_enum(ActionStatus))
    closed_at: Mapped[datetime | None]
    # Terms only: the title folded (case and accents) to keep terms unique.
    term_key: Mapped[str | None] = mapped_column(String(500))
    # Where the entry came from.
    origin_meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    origin_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    origin_phase_key: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(index=True)  # the newest first, fast
    updated_at: Mapped[datetime]
    # Soft deletion: the entry is hidden, never lost.
    deleted_at: Mapped[datetime | None]

    author_links: Mapped[list[EntryAuthor]] = relationship(cascade="all, delete-orphan")
    authors: Mapped[list[Member]] = relationship(secondary="entry_authors", viewonly=True)
    revisions: Mapped[list[EntryRevision]] = relationship(
        back_populates="entry", order_by="EntryRevision.revised_at", cascade="all, delete-orphan"
    )


class EntryRevision(Base):
    """The text of an entry as it was before an edit: previous versions are never lost."""

    __tablename__ = "entry_revisions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    entry_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("repertoire_entries.id", ondelete="CASCADE"), index=True
    )
    revised_at: Mapped[datetime]
    revised_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[EntryStatus] = mapped_column(str_enum(EntryStatus))

    entry: Mapped[RepertoireEntry] = relationship(back_populates="revisions")


# The full-text index of the repertoire (SQLite FTS5, external content, kept in sync by
# triggers; migration 0004). It is not a mapped table: Alembic must leave it alone.
FTS_TABLE = "repertoire_fts"


# On PostgreSQL the index is a stored generated ``tsvector`` column of repertoire_entries
# with a GIN index (migration 0007); not mapped either: the database computes it.
SEARCH_VECTOR = "search_vector"


class SearchExtensionError(RuntimeError):
    """PostgreSQL lacks an extension the search needs and this role may not create it."""

    def __init__(self, extension: str, available: bool) -> None:
        super().__init__(extension)
        self.extension = extension
        self.available = available  # installed on the server, only not in this database


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's filter: the search indexes (the FTS5 table and its shadow tables, the
    ``tsvector`` column and its index) and the turns' generated durations (migration 0009)
    are not Cercle's models."""
    from models.meeting import TURN_DURATION, TURN_DURATION_INDEX

    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(FTS_TABLE)
    if type_ == "column":
        return name not in (SEARCH_VECTOR, TURN_DURATION)
    if type_ == "index":
        return name not in (f"ix_repertoire_entries_{SEARCH_VECTOR}", TURN_DURATION_INDEX)
    return True


def declare_postgresql_options() -> None:
    """The PostgreSQL side of the models' dialect options (the term index's ``WHERE``).

    Declared when a server store opens, not at import: naming a ``postgresql_`` option makes
    SQLAlchemy import its PostgreSQL dialects, ~30 ms of every start on a laptop's file.
    """
    table = RepertoireEntry.__table__
    index = next(i for i in table.indexes if i.name == TERM_INDEX)  # type: ignore[attr-defined]
    options = index.dialect_options["postgresql"]
    if options["where"] is None:
        options["where"] = text(TERM_ONCE)
