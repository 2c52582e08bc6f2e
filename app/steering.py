"""Steering a network: everything at once, for the dashboard and the sponsor's report.

The history is read by ``app.steering_history``; the indicators are ``app.steering_indicators``,
the warnings ``app.steering_warnings``, the named thresholds ``app.steering_vitals``; writing
the profile lives in ``app.network_profile``, networks side by side in ``app.coexistence``.
The window and the sponsor's report both format the one ``Dashboard`` computed here.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from app.rituals import RotiPoint
from app.steering_history import History, Profile, SessionRow
from app.steering_indicators import (
    Contribution,
    CriticalMass,
    FollowThrough,
    attendance_rate,
    attendance_trend,
    circles,
    contributions,
    critical_mass,
    equality_by_session,
    follow_through,
    gaps,
    leaders,
    repertoire_growth,
    roti_falling,
)
from app.steering_vitals import Rhythm, card_alerts, recent_mean, rhythm
from app.steering_warnings import warnings
from app.text import fold
from models import (
    ActionStatus,
    Circle,
    EntryKind,
    MeetingStatus,
    MembershipRole,
)


@dataclass(frozen=True)
class MemberHealth:
    id: uuid.UUID
    name: str
    role: MembershipRole
    circle: Circle
    overridden: bool
    attendance3: float | None
    attendance6: float | None
    trend: float | None
    contribution: Contribution
    been_client: bool


@dataclass(frozen=True)
class Dashboard:
    profile: Profile
    members: tuple[MemberHealth, ...]
    mass: CriticalMass
    leaders: tuple[tuple[str, Contribution], ...]
    equality: tuple[tuple[datetime, float], ...]
    growth: Mapping[EntryKind, list[tuple[datetime, int]]]
    follow: FollowThrough
    gaps: tuple[tuple[datetime, int], ...]
    warnings: tuple[str, ...]
    sessions_held: int
    planned: tuple[SessionRow, ...]  # upcoming, by date
    open_actions: Mapping[str, int]  # owner → open actions
    rhythm: Rhythm  # mean gap over the last sessions, with its alert
    balance: float | None  # mean speaking balance over the last sessions (1 = shared)
    roti_falling: bool  # the mean ROTI fell session after session
    roti: tuple[RotiPoint, ...] = ()  # mean ROTI, share of 4–5, participation per session
    # The number of each closed session by its start: charts per session are read by number.
    session_numbers: Mapping[datetime, int] = field(default_factory=dict)

    @property
    def alerts(self) -> Mapping[str, bool]:
        """Which cards turn red, by card: the very conditions under which a warning is said."""
        return card_alerts(
            mass=self.mass.alert,
            rhythm=self.rhythm.alert,
            actions=self.follow.alert,
            roti=self.roti_falling,
            unplanned=not self.planned,
        )


def dashboard(history: History, today: date) -> Dashboard:
    circle = circles(history)
    clients = set().union(*(s.clients for s in history.closed)) if history.closed else set()
    contribution = contributions(history)
    members = tuple(
        MemberHealth(
            m.id,
            m.name,
            m.role,
            circle[m.id],
            m.circle_override is not None,
            attendance_rate(history, m.id, 3),
            attendance_rate(history, m.id, 6),
            attendance_trend(history, m.id),
            contribution[m.id],
            m.id in clients,
        )
        for m in history.members
    )
    open_actions: dict[str, int] = defaultdict(int)
    for e in history.entries:
        if e.kind is EntryKind.ACTION and e.action_status is ActionStatus.OPEN:
            open_actions[history.name(e.owner) if e.owner else "—"] += 1
    equality = equality_by_session(history)
    spacing = gaps(history)
    return Dashboard(
        history.profile,
        members,
        critical_mass(history),
        tuple((history.name(i), c) for i, c in leaders(history)),
        tuple((s.start, e) for s, e in equality),
        repertoire_growth(history),
        follow_through(history, today),
        tuple((s.start, d) for s, d in spacing),
        tuple(warnings(history, today)),
        len(history.closed),
        tuple(s for s in history.sessions if s.status is MeetingStatus.PLANNED),
        dict(sorted(open_actions.items(), key=lambda kv: (-kv[1], fold(kv[0])))),
        rhythm([d for _s, d in spacing], history.profile.target_rhythm_days),
        recent_mean([e for _s, e in equality]),
        roti_falling(history),
        history.roti,
        {s.start: s.number for s in history.closed},
    )
