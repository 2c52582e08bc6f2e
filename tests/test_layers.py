"""The layers of ARCHITECTURE.md: ui → app → models, and the core without Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "shiboken6", "qasync")


def imports(folder: str) -> list[tuple[Path, str]]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)} imports {module}"
        for path, module in imports(folder)
        if module.split(".")[0] in forbidden
    ]


@pytest.mark.parametrize("folder", ["app", "models"])
def test_the_core_never_imports_qt(folder: str) -> None:
    assert offenders(folder, QT) == []


def test_models_import_nothing_of_ours_above_them() -> None:
    assert offenders("models", ("app", "ui")) == []


def test_the_core_never_imports_the_windows() -> None:
    assert offenders("app", ("ui",)) == []


def test_the_windows_hold_no_sql() -> None:
    assert offenders("ui", ("sqlalchemy", "sqlite3", "alembic")) == []
