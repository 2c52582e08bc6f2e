"""The planner's default date follows the network's rhythm."""

from __future__ import annotations

from datetime import timedelta

from app.planning import create_network, plan_meeting
from app.rhythm import next_slot
from tests.conftest import START


def test_the_next_session_is_one_rhythm_after_the_last_and_in_the_future(store) -> None:
    with store.transaction() as db:
        network = create_network(db, "Réseau", START)
        network.target_rhythm_days = 28
        network.meeting_minutes = 150
        nid = network.id
    with store.session() as db:
        start, minutes = next_slot(db, nid, START)
        assert start.date() == (START + timedelta(days=28)).astimezone().date()
        assert (start.astimezone().hour, start.astimezone().minute, minutes) == (9, 0, 150)
    with store.transaction() as db:
        network = db.get(type(network), nid)
        plan_meeting(db, network, START - timedelta(days=60), 150)  # long ago
    with store.session() as db:
        start, _ = next_slot(db, nid, START)
        # 60 days ago + 28 + 28 is still past: one more rhythm, at the same hour.
        assert start == START - timedelta(days=60) + timedelta(days=84)
