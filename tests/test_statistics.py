"""Speaking statistics (DOMAIN.md §5) on known values and over arbitrary data."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.engine.statistics import (
    balance,
    equality_index,
    gini,
    normalised_entropy,
    normalised_gini,
    turn_taking_index,
)


def direct_gini(values: list[float]) -> float:
    n, mean = len(values), sum(values) / len(values)
    return sum(abs(a - b) for a in values for b in values) / (2 * n * n * mean)


def test_known_values() -> None:
    assert equality_index([60, 60, 60, 60]) == 1.0
    assert equality_index([0, 0, 0, 240]) == pytest.approx(0.0)  # one person spoke alone
    assert gini([3, 0, 7, 2]) == pytest.approx(direct_gini([3, 0, 7, 2]))
    assert normalised_gini([0, 10]) == pytest.approx(1.0)
    assert normalised_entropy([5, 5, 5]) == pytest.approx(1.0)
    assert normalised_entropy([0, 0, 9]) == 0.0
    assert turn_taking_index(speaker_changes=3, turns=4) == 1.0
    assert turn_taking_index(speaker_changes=0, turns=1) == 1.0


def test_silent_present_people_count_as_zeros() -> None:
    present = ["léa", "karim", "marc"]
    b = balance({"léa": 120.0, "karim": 120.0}, {"léa": 2, "karim": 1}, present)
    assert b.silent == frozenset({"marc"})
    assert b.equality < 1.0
    assert b.shares == {"léa": 0.5, "karim": 0.5, "marc": 0.0}
    assert b.fair_share == pytest.approx(1 / 3)
    assert b.dominant == frozenset()
    # Someone absent who spoke earlier is not counted.
    assert balance({"paul": 50.0}, {"paul": 1}, present).total_seconds == 0.0


seconds = st.lists(
    st.floats(0, 10_000, allow_nan=False, allow_subnormal=False), min_size=2, max_size=20
)


@given(seconds)
def test_gini_matches_its_definition_and_indices_stay_in_range(values: list[float]) -> None:
    if sum(values) > 0:
        assert gini(values) == pytest.approx(direct_gini(values), abs=1e-9)
    assert -1e-9 <= equality_index(values) <= 1 + 1e-9
    assert -1e-9 <= normalised_entropy(values) <= 1 + 1e-9


@given(seconds, st.floats(0.1, 100))
def test_equality_ignores_order_and_scale(values: list[float], factor: float) -> None:
    assert equality_index(values[::-1]) == pytest.approx(equality_index(values), abs=1e-9)
    scaled = [v * factor for v in values]
    assert equality_index(scaled) == pytest.approx(equality_index(values), abs=1e-6)


@given(seconds)
def test_shares_sum_to_one_over_the_present(values: list[float]) -> None:
    people = [f"p{i}" for i in range(len(values))]
    b = balance(dict(zip(people, values, strict=True)), {}, people)
    total = sum(b.shares.values())
    assert math.isclose(total, 1.0) if sum(values) > 0 else total == 0.0
