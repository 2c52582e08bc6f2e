"""Steering across networks: every network side by side, for the sponsor or the direction.

Each network's row carries the vital figures of its own dashboard — engaged members against
the critical mass, sessions held, rhythm, speaking balance, ROTI, action follow-through, the
next session — with the same alerts and the same warnings, computed by the same functions of
``app.steering`` on a history read for all networks at once (``app.organisation_history``).
Archived networks are kept apart. Below the rows: who belongs to several networks, and the
terms the networks define differently.

The reader is the sponsor (``app.confidentiality.Reader.SPONSOR``): no case, no client, no
session title (facilitators name sessions after the case), no confidential definition.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coexistence import Coexistence, coexistence
from app.confidentiality import Reader
from app.engine.errors import EngineError
from app.i18n import _
from app.organisation_history import load_histories
from app.rituals import RotiPoint
from app.steering_history import History
from app.steering_indicators import (
    CriticalMass,
    FollowThrough,
    critical_mass,
    equality_by_session,
    follow_through,
    gaps,
    roti_falling,
)
from app.steering_vitals import Rhythm, card_alerts, recent_mean, rhythm
from app.steering_warnings import warnings
from app.store import Store
from app.text import fold
from models import MeetingStatus, Network, NetworkKind

SPONSOR = Reader.SPONSOR  # who reads the transversal view and its report


@dataclass(frozen=True)
class NetworkVitals:
    """One network's row: its dashboard's figures, alerts and warnings."""

    id: uuid.UUID
    name: str
    sponsor: str
    kind: NetworkKind | None
    archived_at: datetime | None
    mass: CriticalMass
    sessions_held: int
    last_session: datetime | None
    rhythm: Rhythm
    balance: float | None  # mean speaking balance over the last sessions (1 = shared)
    roti: RotiPoint | None  # the last session's ROTI
    roti_falling: bool
    follow: FollowThrough
    next_session: datetime | None  # its date only: a session's title may name a client
    warnings: tuple[str, ...]

    @property
    def alerts(self) -> Mapping[str, bool]:
        """Which cells turn red: the health page's cards' own conditions (Dashboard.alerts)."""
        return card_alerts(
            mass=self.mass.alert,
            rhythm=self.rhythm.alert,
            actions=self.follow.alert,
            roti=self.roti_falling,
            unplanned=self.next_session is None,
        )


@dataclass(frozen=True)
class Organisation:
    today: date
    networks: tuple[NetworkVitals, ...]  # the active ones, by name
    archived: tuple[NetworkVitals, ...]  # archived networks, apart
    coexistence: Coexistence  # members shared between active networks, terms that differ
    people: int = 0  # distinct members of the active networks (one person counted once)
    sponsor: str | None = None  # only the networks of this sponsor (None: every network)
    sponsors: tuple[str, ...] = ()  # every active network's sponsor, to choose among

    @property
    def with_warnings(self) -> int:
        """How many of the shown networks have at least one warning."""
        return sum(1 for n in self.networks if n.warnings)


def vitals(history: History, today: date, archived_at: datetime | None = None) -> NetworkVitals:
    """The row of one network, from its history (the figures of ``app.steering.dashboard``)."""
    spacing = gaps(history)
    closed = history.closed
    planned = [s for s in history.sessions if s.status is MeetingStatus.PLANNED]
    profile = history.profile
    return NetworkVitals(
        profile.id,
        profile.name,
        profile.sponsor,
        profile.kind,
        archived_at,
        critical_mass(history),
        len(closed),
        closed[-1].start if closed else None,
        rhythm([d for _s, d in spacing], profile.target_rhythm_days),
        recent_mean([e for _s, e in equality_by_session(history)]),
        history.roti[-1] if history.roti else None,
        roti_falling(history),
        follow_through(history, today),
        planned[0].start if planned else None,
        tuple(warnings(history, today)),
    )


def organisation(db: Session, today: date, sponsor: str | None = None) -> Organisation:
    """Every network side by side, archived ones apart, with what they share.

    ``sponsor``: only the networks this sponsor steers (a direction steers several), found
    whatever the case and accents; an unknown sponsor is refused in a sentence.
    """
    every = sorted(db.scalars(select(Network)), key=lambda n: fold(n.name))
    sponsors = tuple(
        sorted(
            {n.sponsor.strip() for n in every if n.sponsor.strip() and not n.archived_at}, key=fold
        )
    )
    networks = every
    if sponsor is not None:
        networks = [n for n in every if fold(n.sponsor.strip()) == fold(sponsor.strip())]
        if not networks:
            raise EngineError(
                _("Aucun réseau n'a pour sponsor « {sponsor} » (sponsors : {known}).").format(
                    sponsor=sponsor, known=", ".join(sponsors) or "—"
                )
            )
        sponsor = networks[0].sponsor.strip()
    histories = load_histories(db, networks)
    rows = [vitals(histories[n.id], today, n.archived_at) for n in networks]
    active = tuple(r for r in rows if r.archived_at is None)
    people = {m.id for r in active for m in histories[r.id].members}
    return Organisation(
        today,
        active,
        tuple(r for r in rows if r.archived_at is not None),
        coexistence(db, SPONSOR, {r.id for r in active}),
        len(people),
        sponsor,
        sponsors,
    )


def read_organisation(store: Store, now: datetime, sponsor: str | None = None) -> Organisation:
    """The transversal view as of ``now`` (its own session: safe on a worker thread)."""
    with store.session() as db, db.begin():
        return organisation(db, now.astimezone().date(), sponsor)


__all__ = ["NetworkVitals", "Organisation", "organisation", "read_organisation", "vitals"]
