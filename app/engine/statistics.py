"""Speaking-time statistics (DOMAIN.md §5): pure functions over seconds per person.

Present members who never spoke count as zeros: silence is part of the balance.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, TypeVar

K = TypeVar("K")


def gini(values: Sequence[float]) -> float:
    """Gini coefficient G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄); 0 when all equal or all zero."""
    n = len(values)
    total = sum(values)
    if n == 0 or total <= 0:
        return 0.0
    # Sorted form of the double sum: Σ (2i − n − 1) xᵢ over ascending xᵢ, i from 1.
    ordered = sorted(values)
    weighted = sum((2 * i - n - 1) * x for i, x in enumerate(ordered, start=1))
    return weighted / (n * total)


def normalised_gini(values: Sequence[float]) -> float:
    """G · n/(n−1), so that one person holding all the time gives exactly 1."""
    n = len(values)
    if n < 2:
        return 0.0
    return gini(values) * n / (n - 1)


def equality_index(values: Sequence[float]) -> float:
    """1 − normalised Gini: 1 when everyone spoke equally, 0 when one person spoke alone.

    With nobody having spoken yet there is no imbalance to show: 1.
    """
    return 1.0 - normalised_gini(values)


def normalised_entropy(values: Sequence[float]) -> float:
    """Shannon entropy of the shares divided by ln n (1 = perfectly even)."""
    n = len(values)
    total = sum(values)
    if n < 2 or total <= 0:
        return 1.0
    probabilities = (x / total for x in values)
    h = -sum(p * math.log(p) for p in probabilities if p > 0)
    return max(0.0, h / math.log(n))


def turn_taking_index(speaker_changes: int, turns: int) -> float:
    """Speaker changes / (turns − 1): 1 when no one holds the floor twice in a row."""
    if turns < 2:
        return 1.0
    return speaker_changes / (turns - 1)


def speaker_changes(speakers: Sequence[object]) -> int:
    """How often the floor passed to someone else, over speakers in the order of their turns."""
    return sum(1 for before, after in pairwise(speakers) if before != after)


def shares(seconds: Mapping[K, float], present: Sequence[K]) -> dict[K, float]:
    """Each present person's share of the time spoken by the present (sums to 1 or all 0)."""
    total = sum(max(seconds.get(k, 0.0), 0.0) for k in present)
    if total <= 0:
        return {k: 0.0 for k in present}
    return {k: max(seconds.get(k, 0.0), 0.0) / total for k in present}


@dataclass(frozen=True)
class Balance:
    """The balance of the room over one scope (an item, a phase, the whole session)."""

    total_seconds: float
    turns: int
    equality: float
    entropy: float
    turn_taking: float | None  # None when the order of turns was not looked at
    fair_share: float
    shares: Mapping[Any, float]
    dominant: frozenset[Any]  # above twice the fair share
    silent: frozenset[Any]  # present and not yet spoken


def balance(
    seconds: Mapping[K, float],
    turns: Mapping[K, int],
    present: Sequence[K],
    speaker_changes: int | None = None,
) -> Balance:
    """All the balance measures for the ``present`` people, from their seconds and turns.

    ``speaker_changes`` (how often the floor passed to someone else) gives the turn-taking
    index; without it the index is None.
    """
    values = [max(seconds.get(k, 0.0), 0.0) for k in present]
    share = shares(seconds, present)
    fair = 1.0 / len(present) if present else 0.0
    total_turns = sum(turns.get(k, 0) for k in present)
    return Balance(
        total_seconds=sum(values),
        turns=total_turns,
        equality=equality_index(values),
        entropy=normalised_entropy(values),
        turn_taking=(
            None if speaker_changes is None else turn_taking_index(speaker_changes, total_turns)
        ),
        fair_share=fair,
        shares=share,
        dominant=frozenset(k for k in present if len(present) > 1 and share[k] > 2 * fair),
        silent=frozenset(k for k in present if turns.get(k, 0) == 0),
    )
