"""Networks (communities), their members and who belongs where."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, new_id, str_enum
from models.enums import Circle, LifecycleStage, MembershipRole, NetworkKind


class Network(Base):
    """A learning network: community of practice, peer group, co-development group…"""

    __tablename__ = "networks"
    __table_args__ = (
        CheckConstraint("autonomy_alignment BETWEEN 0 AND 100", name="autonomy_alignment_range"),
        CheckConstraint("structuring BETWEEN 0 AND 100", name="structuring_range"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    intention: Mapped[str] = mapped_column(Text, default="")
    # One rule per line (the charter), e.g. the four rules of co-development.
    ground_rules: Mapped[str] = mapped_column(Text, default="")
    # 0 = autonomy of the group, 100 = strategic alignment.
    autonomy_alignment: Mapped[int] = mapped_column(default=50)
    # 0 = weak structuring, 100 = strong structuring.
    structuring: Mapped[int] = mapped_column(default=50)
    lifecycle_stage: Mapped[LifecycleStage] = mapped_column(
        str_enum(LifecycleStage), default=LifecycleStage.POTENTIAL
    )
    target_rhythm_days: Mapped[int] = mapped_column(default=30)
    meeting_minutes: Mapped[int] = mapped_column(default=120)
    sponsor: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[NetworkKind | None] = mapped_column(str_enum(NetworkKind, 30))
    # The pilot (who steers the network for the organisation) and its facilitators, as
    # written by the facilitator: people outside Cercle's member list are common.
    pilot: Mapped[str] = mapped_column(String(200), default="")
    facilitators: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[datetime]
    # A dormant network: off the home list, its history kept; it can be brought back.
    archived_at: Mapped[datetime | None]

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="network", cascade="all, delete-orphan"
    )


class Member(Base):
    """A person. One person may belong to several networks of the organisation."""

    __tablename__ = "members"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    unit: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]

    memberships: Mapped[list[Membership]] = relationship(back_populates="member")


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("network_id", "member_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    network_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    role: Mapped[MembershipRole] = mapped_column(
        str_enum(MembershipRole), default=MembershipRole.MEMBER
    )
    joined_on: Mapped[date]
    left_on: Mapped[date | None]
    # The tile the member has in the cockpit (1 → key 1 … 20 → Alt+0), given when they join
    # and never moved by others joining or leaving (app.membership).
    tile: Mapped[int | None]
    # The facilitator's own judgement wins over the computed circle.
    circle_override: Mapped[Circle | None] = mapped_column(str_enum(Circle))

    network: Mapped[Network] = relationship(back_populates="memberships")
    member: Mapped[Member] = relationship(back_populates="memberships")
