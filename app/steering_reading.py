"""The health page's one reading, made to run on a worker thread (ui.kit.jobs).

It opens its own session (never the window's), reads the network's history and every network
side by side in one read transaction, and returns plain frozen data the page only formats.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from app.coexistence import Coexistence, coexistence
from app.steering import Dashboard, dashboard
from app.steering_history import load_history
from app.store import Store


@dataclass(frozen=True)
class HealthReading:
    """What the health page shows of one network, read at one instant."""

    network_id: uuid.UUID
    dashboard: Dashboard
    coexistence: Coexistence


def read_health(store: Store, network_id: uuid.UUID, now: datetime) -> HealthReading:
    """The network's health as of ``now`` (its own session: safe on a worker thread)."""
    today = now.astimezone().date()
    # One read transaction (the session's, begun at its first statement), rolled back when
    # the session closes: a reading commits nothing, so it wakes no disk sync (app.store).
    with store.session() as db:
        return HealthReading(
            network_id, dashboard(load_history(db, network_id), today), coexistence(db)
        )


__all__ = ["HealthReading", "read_health"]
