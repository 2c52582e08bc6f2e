"""The kinds and states Cercle stores, as plain string enums.

No SQLAlchemy here: the first frame of the window, the method files and the home list
name a session's status or an entry's kind without loading the mapped models.
"""

from __future__ import annotations

import enum


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class QueueMode(enum.StrEnum):
    FIFO = "fifo"  # first come, first served
    BALANCED = "balanced"  # those who spoke least in the item first


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Role(enum.StrEnum):
    """A person's role for one agenda item (co-development and other methods)."""

    CLIENT = "client"
    CONSULTANT = "consultant"
    FACILITATOR = "facilitator"
    SCRIBE = "scribe"
    TIMEKEEPER = "timekeeper"
    PARTICIPANT = "participant"


class RitualKind(enum.StrEnum):
    WEATHER = "weather"  # météo at the start: a 1–5 mood and/or a word
    ROTI = "roti"  # return on time invested at the end: 1–5 and an optional word


class LifecycleStage(enum.StrEnum):
    """Wenger, McDermott & Snyder (2002)."""

    POTENTIAL = "potential"
    COALESCING = "coalescing"
    MATURING = "maturing"
    STEWARDSHIP = "stewardship"
    TRANSFORMATION = "transformation"


class MembershipRole(enum.StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    LEADER = "leader"
    SPONSOR = "sponsor"


class Circle(enum.StrEnum):
    """Concentric circles of participation (Wenger-Trayner)."""

    CORE = "core"
    ACTIVE = "active"
    OCCASIONAL = "occasional"
    PERIPHERAL = "peripheral"
    TRANSACTIONAL = "transactional"


class NetworkKind(enum.StrEnum):
    """What kind of learning network (DOMAIN.md §1)."""

    COMMUNITY_OF_PRACTICE = "community_of_practice"
    PEER_GROUP = "peer_group"
    REX = "rex"
    CODEVELOPMENT = "codevelopment"
    PROFESSIONAL = "professional"  # réseau métier ou fonctionnel


class EntryKind(enum.StrEnum):
    DECISION = "decision"
    ACTION = "action"
    PRACTICE = "practice"
    TERM = "term"
    TOOL = "tool"
    RITUAL = "ritual"
    CRITERION = "criterion"
    LEARNING = "learning"
    IDEA = "idea"


class EntryStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ADOPTED = "adopted"
    REVISED = "revised"
    RETIRED = "retired"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class QueueOutcome(enum.StrEnum):
    SERVED = "served"  # was given the floor
    REMOVED = "removed"  # taken out of the queue
    LEFT = "left"  # left the room
