"""Cercle's stored facts: SQLAlchemy declarative models and their Alembic migrations.

Nothing here imports Qt or the application core; ``app/`` builds on these models.
"""

from models.base import Base, UTCDateTime, new_id
from models.meeting import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    ItemRole,
    Meeting,
    MeetingStatus,
    Pause,
    PhaseRun,
    QueueMode,
    Role,
    SpeakingTurn,
)
from models.network import Circle, LifecycleStage, Member, Membership, MembershipRole, Network
from models.repertoire import (
    ActionStatus,
    EntryKind,
    EntryRevision,
    EntryStatus,
    RepertoireEntry,
    entry_authors,
)

__all__ = [
    "ActionStatus",
    "AgendaItem",
    "Attendance",
    "AttendanceStatus",
    "Base",
    "Circle",
    "EntryKind",
    "EntryRevision",
    "EntryStatus",
    "ItemRole",
    "LifecycleStage",
    "Meeting",
    "MeetingStatus",
    "Member",
    "Membership",
    "MembershipRole",
    "Network",
    "Pause",
    "PhaseRun",
    "QueueMode",
    "RepertoireEntry",
    "Role",
    "SpeakingTurn",
    "UTCDateTime",
    "entry_authors",
    "new_id",
]
