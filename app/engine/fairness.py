"""Fairness that understands the phase (DOMAIN.md §5).

In the presentation of a co-development case only the client is meant to speak: flagging the
client as « plus de 2× sa part » there is noise that teaches the facilitator to ignore the
flag. The fair share is computed among those the current phase lets speak, in that phase;
nobody is flagged before a minimum time; a phase where one person alone may speak has no
balance to measure.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from app.methods import Phase
from models import Role

# Nobody is flagged as taking more than their share before speaking this long in the phase…
FLAG_MIN_SECONDS = 30.0
# …nor before this fraction of the item's elapsed time (a long item needs more evidence).
FLAG_MIN_ITEM_FRACTION = 0.10
# Above this many times the fair share, a tile says « plus de 2× sa part ».
FLAG_FACTOR = 2.0


@dataclass(frozen=True)
class Fairness:
    """The balance of the floor among those allowed to speak, in the current phase."""

    allowed: frozenset[uuid.UUID]  # those the phase lets speak (everyone present without rule)
    fair_share: float  # 1 / number allowed
    shares: Mapping[uuid.UUID, float]  # each one's share of the allowed speakers' time
    dominant: frozenset[uuid.UUID]  # above FLAG_FACTOR × the fair share, past the minimum
    single_speaker: bool  # one person alone may speak: no balance to show

    @property
    def measured(self) -> bool:
        """Whether an equality index means something here."""
        return not self.single_speaker


def allowed_speakers(
    present: Sequence[uuid.UUID], phase: Phase | None, role: Callable[[uuid.UUID], Role]
) -> list[uuid.UUID]:
    """Those the phase lets speak; the facilitator keeps the process, not a share of it."""
    if phase is None or phase.speakers is None:
        return list(present)
    allowed = [m for m in present if role(m) in phase.speakers and role(m) is not Role.FACILITATOR]
    return allowed or list(present)


def fairness(
    seconds: Mapping[uuid.UUID, float],
    allowed: Collection[uuid.UUID],
    item_elapsed: float,
) -> Fairness:
    """Shares and flags among ``allowed`` from their ``seconds`` in the phase."""
    people = frozenset(allowed)
    total = sum(max(seconds.get(m, 0.0), 0.0) for m in people)
    shares = {m: (max(seconds.get(m, 0.0), 0.0) / total if total > 0 else 0.0) for m in people}
    fair = 1.0 / len(people) if people else 0.0
    floor = max(FLAG_MIN_SECONDS, FLAG_MIN_ITEM_FRACTION * max(item_elapsed, 0.0))
    dominant = frozenset(
        m
        for m in people
        if len(people) > 1 and seconds.get(m, 0.0) >= floor and shares[m] > FLAG_FACTOR * fair
    )
    return Fairness(people, fair, shares, dominant, single_speaker=len(people) == 1)
