"""When the next session falls, by the network's rhythm (its target days between sessions)."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Meeting, Network

DEFAULT_HOUR = time(9, 0)


def next_slot(db: Session, network_id: uuid.UUID, now: datetime) -> tuple[datetime, int]:
    """The planner's default start and length for the network's next session.

    The last session (held or planned) plus the rhythm, at the same local hour, moved on by
    whole rhythms until it is in the future; with no session yet, one rhythm from today at
    09:00. The length is the network's usual meeting length.
    """
    network = db.get_one(Network, network_id)
    rhythm = timedelta(days=max(network.target_rhythm_days, 1))
    last = db.scalars(
        select(Meeting.planned_start)
        .where(Meeting.network_id == network_id)
        .order_by(Meeting.planned_start.desc())
        .limit(1)
    ).first()
    if last is None:
        day = (now.astimezone() + rhythm).date()
        start = datetime.combine(day, DEFAULT_HOUR).astimezone()
    else:
        start = last.astimezone() + rhythm
        while start <= now:
            start += rhythm
    return start, network.meeting_minutes
