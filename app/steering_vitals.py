"""The dashboard's rules, named once: the cards, the warnings and the sponsor's report read these.

Each figure is computed here with its alert; windows and documents only format it, so a card
never turns red while the warnings say nothing (and the other way round).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

RECENT_SESSIONS = 6  # the rhythm and the speaking balance are averaged over the last sessions
SLOW_RHYTHM_FACTOR = 1.5  # warn when the mean gap exceeds the target rhythm by this factor


def recent_mean(values: Sequence[float]) -> float | None:
    """The mean over the last RECENT_SESSIONS values; None when there is none."""
    last = values[-RECENT_SESSIONS:]
    return sum(last) / len(last) if last else None


@dataclass(frozen=True)
class Rhythm:
    """Days between the last sessions, against the network's target."""

    mean_days: float | None  # None before two sessions were held
    target_days: int

    @property
    def days(self) -> int | None:
        """The mean as shown (whole days)."""
        return None if self.mean_days is None else round(self.mean_days)

    @property
    def alert(self) -> bool:
        """Sessions are spaced too far apart (the card turns red, a warning is said)."""
        return self.mean_days is not None and self.mean_days > SLOW_RHYTHM_FACTOR * self.target_days


def rhythm(gaps: Sequence[int], target_days: int) -> Rhythm:
    return Rhythm(recent_mean(gaps), target_days)


def card_alerts(
    *, mass: bool, rhythm: bool, actions: bool, roti: bool, unplanned: bool
) -> Mapping[str, bool]:
    """Which cards turn red, by card — the health page's and the transversal view's alike."""
    return {"mass": mass, "rhythm": rhythm, "actions": actions, "roti": roti, "next": unplanned}
