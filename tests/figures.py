"""Figures that long runs measure (cases tried, failures, time), printed after the run.

A test asks for ``figures`` and calls it with one line; ``pytest -m slow`` and the normal
run both print those lines at the end, under "Cercle figures".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

_LINES: list[str] = []


@pytest.fixture(scope="session")
def figures() -> Callable[[str], None]:
    return _LINES.append


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _LINES:
        terminalreporter.section("Cercle figures")
        for line in _LINES:
            terminalreporter.write_line(line)
