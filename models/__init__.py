"""Cercle's stored facts: SQLAlchemy declarative models and their Alembic migrations.

Nothing here imports Qt or the application core; ``app/`` builds on these models.

The names below load on first use (PEP 562): importing ``models`` for an enum (the home
list, the method files) does not load SQLAlchemy and every mapped class, ~0.3 s at start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.base import (
        Base,
        UTCDateTime,
        deterministic_ids,
        new_id,
    )
    from models.enums import (
        ActionStatus,
        AttendanceStatus,
        Circle,
        EntryKind,
        EntryStatus,
        LifecycleStage,
        MeetingStatus,
        MembershipRole,
        NetworkKind,
        QueueMode,
        QueueOutcome,
        RitualKind,
        Role,
    )
    from models.live import (
        CommandRecord,
        LeanTopic,
        LeanVote,
        QueueEntry,
        TourRound,
    )
    from models.meeting import (
        AgendaItem,
        Attendance,
        CaseProposal,
        ItemRole,
        Meeting,
        Pause,
        PhaseRun,
        RitualAnswer,
        SpeakingTurn,
    )
    from models.network import (
        Member,
        Membership,
        Network,
    )
    from models.repertoire import (
        EntryAuthor,
        EntryRevision,
        RepertoireEntry,
    )

_WHERE = {
    "Base": "models.base",
    "UTCDateTime": "models.base",
    "deterministic_ids": "models.base",
    "new_id": "models.base",
    "ActionStatus": "models.enums",
    "AttendanceStatus": "models.enums",
    "Circle": "models.enums",
    "EntryKind": "models.enums",
    "EntryStatus": "models.enums",
    "LifecycleStage": "models.enums",
    "MeetingStatus": "models.enums",
    "MembershipRole": "models.enums",
    "NetworkKind": "models.enums",
    "QueueMode": "models.enums",
    "QueueOutcome": "models.enums",
    "RitualKind": "models.enums",
    "Role": "models.enums",
    "CommandRecord": "models.live",
    "LeanTopic": "models.live",
    "LeanVote": "models.live",
    "QueueEntry": "models.live",
    "TourRound": "models.live",
    "AgendaItem": "models.meeting",
    "Attendance": "models.meeting",
    "CaseProposal": "models.meeting",
    "ItemRole": "models.meeting",
    "Meeting": "models.meeting",
    "Pause": "models.meeting",
    "PhaseRun": "models.meeting",
    "RitualAnswer": "models.meeting",
    "SpeakingTurn": "models.meeting",
    "Member": "models.network",
    "Membership": "models.network",
    "Network": "models.network",
    "EntryAuthor": "models.repertoire",
    "EntryRevision": "models.repertoire",
    "RepertoireEntry": "models.repertoire",
}


_MAPPED = ("models.base", "models.live", "models.meeting", "models.network", "models.repertoire")


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    if where != "models.enums":
        # Every mapped class at once: relationships name each other, and the metadata
        # (migrations, the journal) must hold every table.
        for module in _MAPPED:
            importlib.import_module(module)
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value  # looked up once
    return value


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
