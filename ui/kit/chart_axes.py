"""Chart axes that read like a person counts: whole, evenly spaced ticks."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis


def nice_step(highest: float, ticks: int = 6) -> int:
    """A whole step of 1, 2 or 5 × 10ⁿ giving at most ``ticks`` intervals up to ``highest``."""
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            if highest / step <= ticks:
                return step
        magnitude *= 10


def whole_ticks(
    axis: QValueAxis, low: float, high: float, step: int | None = None, start: float = 0
) -> None:
    """Ticks on whole numbers only, evenly spaced (never 0, 5, 10, 20)."""
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(start)
    axis.setTickInterval(step or nice_step(high - low, 8))
    axis.setLabelFormat("%.0f")
