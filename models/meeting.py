"""A session (séance) of a network and its timestamped facts.

The class is named ``Meeting`` so that it never gets confused with SQLAlchemy's Session;
everything a person reads says « séance » / "session".
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, new_id, str_enum
from models.enums import AttendanceStatus, MeetingStatus, QueueMode, RitualKind, Role


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("network_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    network_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), default="")
    # The main method of the session (e.g. "codev"), or "mixed".
    format: Mapped[str] = mapped_column(String(40), default="mixed")
    place: Mapped[str] = mapped_column(String(200), default="")
    planned_start: Mapped[datetime]
    planned_end: Mapped[datetime]
    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))
    scribe_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))
    status: Mapped[MeetingStatus] = mapped_column(
        str_enum(MeetingStatus), default=MeetingStatus.PLANNED
    )
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    confidential: Mapped[bool] = mapped_column(default=False)
    queue_mode: Mapped[QueueMode] = mapped_column(str_enum(QueueMode), default=QueueMode.BALANCED)
    # Soft limit of one speaking turn; 0 means no limit.
    turn_limit_seconds: Mapped[int] = mapped_column(default=120)
    # Speaking statistics are personal data: off the projector unless chosen per session.
    show_stats_on_projector: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class Attendance(Base):
    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(str_enum(AttendanceStatus))
    arrived_at: Mapped[datetime | None]
    left_at: Mapped[datetime | None]

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    method_key: Mapped[str] = mapped_column(String(40), default="free")
    planned_minutes: Mapped[int]
    # Per-session adjustments of the method's default phase durations: {phase key: minutes}.
    phase_minutes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    skipped: Mapped[bool] = mapped_column(default=False)
    # A co-development case is confidential by default: never projected, never in minutes.
    confidential: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Co-development: the client's one question, and the plan they leave with.
    contract: Mapped[str] = mapped_column(Text, default="", server_default="")
    action_plan: Mapped[str] = mapped_column(Text, default="", server_default="")
    # What the client of a confidential case agreed to share with the group, asked at the end
    # of the case: a list of parts ("learnings", "contract", "action_plan"); see
    # app.confidentiality.
    consent: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # A report-back (retour du client) is about an earlier case: that case's item.
    reports_on_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    roles: Mapped[list[ItemRole]] = relationship(cascade="all, delete-orphan")


class ItemRole(Base):
    """Who is client, consultant, scribe… for one agenda item."""

    __tablename__ = "item_roles"
    __table_args__ = (UniqueConstraint("item_id", "member_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    role: Mapped[Role] = mapped_column(str_enum(Role))


class Pause(Base):
    """An interval during which an agenda item (and so its phase) was paused."""

    __tablename__ = "pauses"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class PhaseRun(Base):
    """An interval during which one phase of an item's method was the current phase.

    Going back to a previous phase opens a new interval: a phase may have several.
    """

    __tablename__ = "phase_runs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    phase_index: Mapped[int]
    phase_key: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


# Each turn's length in seconds (0 while it runs), generated by the database from the two
# instants (migration 0009) and indexed with the session and member; not mapped: the ORM,
# the undo journal and the exchange never write it (models.include_name leaves both to it).
TURN_DURATION = "duration_seconds"
TURN_DURATION_INDEX = "ix_speaking_turns_duration"


class SpeakingTurn(Base):
    """Someone had the floor from started_at to ended_at (NULL while still speaking)."""

    __tablename__ = "speaking_turns"
    __table_args__ = (
        Index("ix_speaking_turns_meeting_started", "meeting_id", "started_at"),
        # Speaking time summed per session and member from the index alone (migration 0008).
        Index(
            "ix_speaking_turns_meeting_member",
            "meeting_id",
            "member_id",
            "started_at",
            "ended_at",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    phase_run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("phase_runs.id", ondelete="SET NULL")
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role), default=Role.PARTICIPANT)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class RitualAnswer(Base):
    """One member's answer to a ritual of one session (never shown beside their name)."""

    __tablename__ = "ritual_answers"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", "kind"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[RitualKind] = mapped_column(str_enum(RitualKind))
    score: Mapped[int | None]
    word: Mapped[str] = mapped_column(String(80), default="")
    answered_at: Mapped[datetime]


class CaseProposal(Base):
    """A case a member proposes for a co-development session; unchosen ones wait."""

    __tablename__ = "case_proposals"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    network_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))
    # 1 can wait · 2 soon · 3 urgent
    urgency: Mapped[int] = mapped_column(default=2)
    votes: Mapped[int] = mapped_column(default=0)
    proposed_at: Mapped[datetime]
    # The item the case became once chosen (NULL while it waits).
    chosen_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    withdrawn_at: Mapped[datetime | None]
