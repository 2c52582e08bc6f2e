"""The benchmark's table: every figure with its spread (min / median / max over its runs),
its target, and whether the target is met — on the median, said beside it."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One figure: ``samples`` in ``unit``; ``target`` a bound the median must stay under
    (None: shown, not judged)."""

    label: str
    samples: tuple[float, ...]
    unit: str
    target: float | None = None
    note: str = ""
    digits: int = 2

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def met(self) -> bool | None:
        if self.target is None or not self.samples:
            return None
        return self.median <= self.target

    def cells(self) -> list[str]:
        def show(value: float) -> str:
            return f"{value:.{self.digits}f}"

        if not self.samples:
            spread = ["—", "—", "—"]
        else:
            spread = [show(min(self.samples)), show(self.median), show(max(self.samples))]
        target = "" if self.target is None else f"≤ {show(self.target)}"
        met = {None: "", True: "yes", False: "NO"}[self.met]
        return [self.label, *spread, self.unit, target, met, self.note]


def row(
    label: str,
    samples: Sequence[float],
    unit: str,
    target: float | None = None,
    note: str = "",
    digits: int = 2,
) -> Row:
    return Row(label, tuple(samples), unit, target, note, digits)


HEADER = ["figure", "min", "median", "max", "unit", "target", "met", "note"]


def render(rows: Sequence[Row], out: Callable[[str], object] = print) -> None:
    """Print ``rows`` as an aligned text table (also valid Markdown)."""
    lines = [HEADER, *[r.cells() for r in rows]]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    for number, line in enumerate(lines):
        out("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) + " |")
        if number == 0:
            out("|" + "|".join("-" * (w + 2) for w in widths) + "|")
