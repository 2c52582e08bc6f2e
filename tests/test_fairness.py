"""Fairness that understands the phase: flags only where a share is expected."""

from __future__ import annotations

import uuid

from app.engine.fairness import FLAG_MIN_SECONDS, fairness
from models import Role
from tests.conftest import Room


def flags(room: Room) -> dict[str, bool]:
    return {p.name: p.dominant for p in room.engine.state().participants}


def test_the_client_presenting_alone_is_not_flagged(room: Room) -> None:
    e, clock = room.engine, room.clock
    case = e.add_item("Cas de Léa", "codev", 90)
    e.set_role(case, room["Léa"], Role.CLIENT)
    e.start_item()
    e.give_floor(room["Léa"])
    clock.advance(minutes=8)
    state = e.state()
    assert not any(flags(room).values())
    assert state.fairness.single_speaker  # the balance is not shown as an imbalance
    assert state.fairness.allowed == {room["Léa"]}
    léa = next(p for p in state.participants if p.name == "Léa")
    assert léa.allowed and léa.share == 1.0
    karim = next(p for p in state.participants if p.name == "Karim")
    assert not karim.allowed


def test_fair_share_is_among_those_the_phase_lets_speak(room: Room) -> None:
    e, clock = room.engine, room.clock
    case = e.add_item("Cas de Léa", "codev", 90)
    e.set_role(case, room["Léa"], Role.CLIENT)
    e.start_item()
    e.give_floor(room["Léa"])
    clock.advance(minutes=10)
    e.next_phase()  # clarification: consultants ask, the client answers
    e.give_floor(room["Karim"])
    clock.advance(minutes=3)
    e.give_floor(room["Léa"])
    clock.advance(minutes=1)
    state = e.state()
    # Léa, Karim, Sofia, Inès, Paul: Marc facilitates and keeps no share
    assert state.fairness.fair_share == 1 / 5
    assert not state.fairness.single_speaker
    # the ten minutes of presentation do not count in clarification
    assert flags(room) == {
        n: n == "Karim" for n in ("Léa", "Karim", "Sofia", "Marc", "Inès", "Paul")
    }


def test_nobody_is_flagged_before_the_minimum(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.give_floor(room["Karim"])
    clock.advance(seconds=FLAG_MIN_SECONDS - 5)
    assert not any(flags(room).values())  # 100 % of 25 seconds says nothing yet
    clock.advance(seconds=10)
    assert flags(room)["Karim"]


def test_a_long_item_needs_more_evidence() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    # 45 s alone after 20 min of item: under 10 % of the elapsed time, not yet a flag
    assert fairness({a: 45.0}, [a, b, c], 20 * 60).dominant == frozenset()
    assert fairness({a: 130.0}, [a, b, c], 20 * 60).dominant == {a}
