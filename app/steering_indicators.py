"""The participation indicators of a network, each a pure function of its ``History``:
attendance and its trend, contributions, engagement circles, critical mass, leaders, speaking
balance by session, gaps between sessions, repertoire growth, follow-through of actions."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

from app.engine.statistics import equality_index
from app.rituals import falling
from app.steering_history import History, SessionRow, growth_cutoff, window_start
from app.text import fold
from models import (
    ActionStatus,
    Circle,
    EntryKind,
)

CRITICAL_MASS = 1 / 3  # about a third of the members very engaged (founding document)


def attendance_rate(history: History, member_id: uuid.UUID, last: int) -> float | None:
    """Share of the last ``last`` closed sessions the member attended (None: no session yet)."""
    window = history.closed[-last:]
    if not window:
        return None
    return sum(member_id in s.present for s in window) / len(window)


def attendance_trend(history: History, member_id: uuid.UUID) -> float | None:
    """Attendance over the last 3 sessions minus over the 3 before (None without 6)."""
    closed = history.closed
    if len(closed) < 6:
        return None
    recent = sum(member_id in s.present for s in closed[-3:]) / 3
    before = sum(member_id in s.present for s in closed[-6:-3]) / 3
    return recent - before


@dataclass(frozen=True)
class Contribution:
    cases: int  # times they were the client of a co-development case
    captures: int  # repertoire entries they authored
    actions_closed: int  # actions they owned and carried out

    @property
    def total(self) -> int:
        """Everything this person brought: cases, captures and actions closed."""
        return self.cases + self.captures + self.actions_closed


def contributions(history: History, since: datetime | None = None) -> dict[uuid.UUID, Contribution]:
    """What each member contributed, since ``since`` when given."""
    cases: dict[uuid.UUID, int] = defaultdict(int)
    captures: dict[uuid.UUID, int] = defaultdict(int)
    closed: dict[uuid.UUID, int] = defaultdict(int)
    for s in history.closed:
        if since is None or s.start >= since:
            for client in s.clients:
                cases[client] += 1
    for e in history.entries:
        if since is None or e.created_at >= since:
            for author in e.authors:
                captures[author] += 1
        if (
            e.kind is EntryKind.ACTION
            and e.owner is not None
            and e.action_status is ActionStatus.DONE
            and (since is None or (e.closed_at or e.created_at) >= since)
        ):
            closed[e.owner] += 1
    return {m.id: Contribution(cases[m.id], captures[m.id], closed[m.id]) for m in history.members}


def circles(history: History) -> dict[uuid.UUID, Circle]:
    """Each member's circle over the last six sessions, unless the facilitator set one.

    core: came to at least 80 % and contributed (a case, a capture, an action carried out)
    twice or more; active: came to at least half; occasional: came at least once;
    peripheral: did not come.
    """
    contribution = contributions(history, window_start(history.sessions))
    result = {}
    for m in history.members:
        if m.circle_override is not None:
            result[m.id] = m.circle_override
            continue
        rate = attendance_rate(history, m.id, 6) or 0.0
        if rate >= 0.8 and contribution[m.id].total >= 2:
            result[m.id] = Circle.CORE
        elif rate >= 0.5:
            result[m.id] = Circle.ACTIVE
        elif rate > 0:
            result[m.id] = Circle.OCCASIONAL
        else:
            result[m.id] = Circle.PERIPHERAL
    return result


@dataclass(frozen=True)
class CriticalMass:
    engaged: int  # core + active
    members: int

    @property
    def share(self) -> float:
        """The share of members in the core and active circles."""
        return self.engaged / self.members if self.members else 0.0

    @property
    def reached(self) -> bool:
        """Whether a third of the members or more are engaged."""
        return self.members > 0 and self.engaged * 3 >= self.members

    @property
    def alert(self) -> bool:
        """Members there are, and fewer than a third engaged (red card and warning)."""
        return self.members > 0 and not self.reached


def critical_mass(history: History) -> CriticalMass:
    """How many members are engaged (core or active), out of all."""
    circle = circles(history)
    engaged = sum(1 for c in circle.values() if c in (Circle.CORE, Circle.ACTIVE))
    return CriticalMass(engaged, len(history.members))


def leaders(history: History, top: int = 5) -> list[tuple[uuid.UUID, Contribution]]:
    """Who carries the network: cases brought, captures authored, actions carried out."""
    ranked = sorted(
        ((mid, c) for mid, c in contributions(history).items() if c.total > 0),
        key=lambda mc: (-mc[1].total, fold(history.name(mc[0]))),
    )
    return ranked[:top]


def never_client(history: History) -> list[uuid.UUID]:
    """The members who never brought a case."""
    been = set().union(*(s.clients for s in history.closed)) if history.closed else set()
    return [m.id for m in history.members if m.id not in been]


# --- the sessions -------------------------------------------------------------------------------


def equality_by_session(history: History) -> list[tuple[SessionRow, float]]:
    """The balance of the floor in each closed session (1 = perfectly shared)."""
    return [
        (s, equality_index([s.seconds.get(p, 0.0) for p in s.present]))
        for s in history.closed
        if s.present
    ]


def gaps(history: History) -> list[tuple[SessionRow, int]]:
    """Days between each closed session and the one before."""
    closed = history.closed
    return [
        (after, (after.start.date() - before.start.date()).days)
        for before, after in pairwise(closed)
    ]


def repertoire_growth(history: History) -> dict[EntryKind, list[tuple[datetime, int]]]:
    """For each kind, the running count of entries after each closed session."""
    growth: dict[EntryKind, list[tuple[datetime, int]]] = {}
    for kind in EntryKind:
        dated = sorted((e.created_at, e.count) for e in history.entries if e.kind is kind)
        dated = [(at, n) for at, n in dated if n > 0]
        points, index, running = [], 0, 0
        for s in history.closed:
            while index < len(dated) and dated[index][0] <= growth_cutoff(s):
                running += dated[index][1]
                index += 1
            points.append((s.start, running))
        if dated:
            growth[kind] = points
    return growth


# Follow-through is judged on the actions whose due date has come (done on time, done late,
# or still open past it); open actions not yet due and dropped ones are not judged. The card
# and the warning read the same figures: "9 / 18 à l'heure" and "9 actions sur 18 en retard".
FOLLOW_MIN_JUDGED = 4  # fewer judged actions than this: too few to warn about
FOLLOW_LATE_SHARE = 1 / 3  # warn when more than this share of judged actions were late


@dataclass(frozen=True)
class FollowThrough:
    on_time: int
    late: int  # closed after their due date, or still open past it
    open: int  # still open, not yet due
    dropped: int

    @property
    def total(self) -> int:
        """Every action counted once: on time, late, open, dropped."""
        return self.on_time + self.late + self.open + self.dropped

    @property
    def judged(self) -> int:
        """Actions whose due date has come: on time or late."""
        return self.on_time + self.late

    @property
    def alert(self) -> bool:
        """Too many late among the judged actions (the card turns red, a warning is said)."""
        return self.judged >= FOLLOW_MIN_JUDGED and self.late > FOLLOW_LATE_SHARE * self.judged


def follow_through(history: History, today: date) -> FollowThrough:
    """How actions were followed as of ``today``."""
    on_time = late = still_open = dropped = 0
    for e in history.entries:
        if e.kind is not EntryKind.ACTION:
            continue
        due = e.due_on
        if e.action_status is ActionStatus.DROPPED:
            dropped += 1
        elif e.action_status is ActionStatus.DONE:
            done = (e.closed_at or e.created_at).date()
            if due is None or done <= due:
                on_time += 1
            else:
                late += 1
        elif due is not None and due < today:
            late += 1
        else:
            still_open += 1
    return FollowThrough(on_time, late, still_open, dropped)


def roti_falling(history: History) -> bool:
    """Whether the ROTI fell three sessions in a row."""
    return falling(list(history.roti))
