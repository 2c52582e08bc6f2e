"""The demo's phases (``app.demo``): who may speak, and the Lean Coffee steps (topics
proposed, voted on, then discussed).

Each step draws from the demo's one random generator, in a fixed order, so that the same
``now`` still gives the same database.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from app.clock import FakeClock
from app.demo_content import LEAN_TOPICS
from app.engine.session import SessionEngine
from app.methods import Phase
from models import Role

# People take the floor for about some seconds: the demo's own ``talk``.
Talk = Callable[[SessionEngine, FakeClock, float, list[uuid.UUID]], None]


@dataclass(frozen=True)
class Room:
    """What a step acts through: the session's engine, its fake clock, the demo's chance."""

    engine: SessionEngine
    clock: FakeClock
    rng: random.Random
    talk: Talk


def may_speak(
    phase: Phase, present: list[uuid.UUID], clients: list[uuid.UUID], facilitator: uuid.UUID
) -> list[uuid.UUID]:
    """Who may speak in ``phase``: the roles it lets speak (everyone when it names none);
    the facilitator never consults."""
    if phase.speakers is None:
        return list(present)
    return [
        m
        for m in present
        if (Role.CLIENT in phase.speakers and m in clients)
        or (Role.CONSULTANT in phase.speakers and m not in clients and m != facilitator)
        or (Role.PARTICIPANT in phase.speakers and m not in clients)
    ]


def propose(room: Room, item_id: uuid.UUID, present: list[uuid.UUID]) -> None:
    """Five topics proposed by people present."""
    for title in room.rng.sample(LEAN_TOPICS, 5):
        room.engine.lean_propose(title, room.rng.choice(present))
        room.clock.advance(room.rng.uniform(30, 60))


def vote(room: Room, item_id: uuid.UUID, present: list[uuid.UUID]) -> None:
    """Each person present gives three votes among the first four topics."""
    topics = [t.id for t in room.engine.facts.topics if t.item_id == item_id]
    for member in present:
        for _ in range(3):
            room.engine.lean_vote(room.rng.choice(topics[:4]), member)
    room.clock.advance(120)


def discuss(room: Room, item_id: uuid.UUID, present: list[uuid.UUID]) -> None:
    """Three topics discussed; a roman vote decides whether each goes on a while."""
    for _ in range(3):
        room.engine.lean_discuss()
        room.talk(room.engine, room.clock, 300, list(present))
        if not room.engine.lean_roman_vote(up=room.rng.randint(2, 6), sideways=2, down=1):
            continue
        room.talk(room.engine, room.clock, 180, list(present))
        room.engine.lean_finish_topic()


# The Lean Coffee phases by key; its other phases are plain talk.
LEAN_STEPS: dict[str, Callable[[Room, uuid.UUID, list[uuid.UUID]], None]] = {
    "propose": propose,
    "vote": vote,
    "discuss": discuss,
}
