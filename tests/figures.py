"""Figures that long runs measure (cases tried, failures, time), printed after the run.

A test asks for ``figures`` and calls it with one line; ``pytest -m slow`` and the normal
run both print those lines at the end, under "Cercle figures". The lines travel in the test's
report (``user_properties``), so they are printed also when the tests run in worker processes
(pytest-xdist, ``make test``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

KEY = "cercle-figure"
_LINES: list[str] = []


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Callable[[str], None]:
    def tell(line: str) -> None:
        request.node.user_properties.append((KEY, line))

    return tell


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _LINES.extend(str(value) for key, value in report.user_properties if key == KEY)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _LINES:
        terminalreporter.section("Cercle figures")
        for line in _LINES:
            terminalreporter.write_line(line)
