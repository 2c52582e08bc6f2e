"""Cercle's stored facts: SQLAlchemy declarative models and their Alembic migrations.

Nothing here imports Qt or the application core; ``app/`` builds on these models.
"""

from models.base import Base, UTCDateTime, deterministic_ids, new_id
from models.live import CommandRecord, LeanTopic, LeanVote, QueueEntry, QueueOutcome, TourRound
from models.meeting import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    CaseProposal,
    ItemRole,
    Meeting,
    MeetingStatus,
    Pause,
    PhaseRun,
    QueueMode,
    RitualAnswer,
    RitualKind,
    Role,
    SpeakingTurn,
)
from models.network import (
    Circle,
    LifecycleStage,
    Member,
    Membership,
    MembershipRole,
    Network,
    NetworkKind,
)
from models.repertoire import (
    ActionStatus,
    EntryAuthor,
    EntryKind,
    EntryRevision,
    EntryStatus,
    RepertoireEntry,
)

__all__ = [
    "ActionStatus",
    "AgendaItem",
    "Attendance",
    "AttendanceStatus",
    "Base",
    "CaseProposal",
    "Circle",
    "CommandRecord",
    "EntryAuthor",
    "EntryKind",
    "EntryRevision",
    "EntryStatus",
    "ItemRole",
    "LeanTopic",
    "LeanVote",
    "LifecycleStage",
    "Meeting",
    "MeetingStatus",
    "Member",
    "Membership",
    "MembershipRole",
    "Network",
    "NetworkKind",
    "Pause",
    "PhaseRun",
    "QueueEntry",
    "QueueMode",
    "QueueOutcome",
    "RepertoireEntry",
    "RitualAnswer",
    "RitualKind",
    "Role",
    "SpeakingTurn",
    "TourRound",
    "UTCDateTime",
    "deterministic_ids",
    "new_id",
]
