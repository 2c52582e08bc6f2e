"""Facts of the live session engine: queue, tour de table, Lean Coffee board, command log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, new_id, str_enum
from models.enums import QueueOutcome


class QueueEntry(Base):
    """Someone asked for the floor at queued_at; left_at is NULL while they wait."""

    __tablename__ = "queue_entries"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    queued_at: Mapped[datetime]
    left_at: Mapped[datetime | None]
    outcome: Mapped[QueueOutcome | None] = mapped_column(str_enum(QueueOutcome))


class TourRound(Base):
    """A tour de table: every present member in a fixed order, a budget each."""

    __tablename__ = "tour_rounds"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    budget_seconds: Mapped[int]
    # Member ids (text) in speaking order, fixed when the round starts.
    order: Mapped[list[Any]] = mapped_column(JSON)


class LeanTopic(Base):
    """A Lean Coffee topic: to discuss, discussing (started), discussed (ended)."""

    __tablename__ = "lean_topics"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    proposed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))
    proposed_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    # How many shorter boxes the roman votes granted so far.
    extensions: Mapped[int] = mapped_column(default=0)


class LeanVote(Base):
    """One dot of a member on a topic (a member may put several dots on one topic)."""

    __tablename__ = "lean_votes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    topic_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("lean_topics.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    voted_at: Mapped[datetime]


class CommandRecord(Base):
    """One command of the live session as the facilitator gave it, with the rows it changed.

    ``changes`` holds, in order, ``[table, primary key, row before, row after]`` (JSON
    values; ``null`` before = inserted, ``null`` after = deleted). Undo applies the
    befores, redo the afters: a mistake is corrected by a new fact, never erased.
    """

    __tablename__ = "commands"
    __table_args__ = (UniqueConstraint("meeting_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    name: Mapped[str] = mapped_column(String(60))
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime]
    changes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    undone_at: Mapped[datetime | None]
    # For "undo"/"redo" records: the seq of the command they act on.
    target_seq: Mapped[int | None]
