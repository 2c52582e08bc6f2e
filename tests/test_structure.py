"""The house a newcomer reads: no import cycle, no module named like a package."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "ui", "models")


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every module of the packages and the modules of the packages it imports (even for
    type checking only: a cycle there is a cycle a reader has to untangle)."""
    modules = {_module(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                target = node.module
                for alias in node.names:
                    if f"{target}.{alias.name}" in modules:
                        found.add(f"{target}.{alias.name}")
                if target in modules:
                    found.add(target)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in modules)
        graph[name] = found - {name}
    return graph


def test_no_import_cycle_between_modules() -> None:
    graph = _imports()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt.endswith("__init__") or nxt in PACKAGES:
                continue
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_no_module_shares_its_name_with_a_package() -> None:
    clashes = [
        str(p.relative_to(ROOT))
        for pkg in PACKAGES
        for p in (ROOT / pkg).rglob("*.py")
        if p.stem in PACKAGES and p.stem != pkg
    ]
    assert clashes == []


def test_the_windows_features_meet_only_through_the_kit_and_the_shell() -> None:
    """ui/ grouped by feature: the kit imports nothing else of ui/; a feature (home, session,
    repertoire, steering) imports the kit and the shell's runner, keys and settings, never
    another feature; only the shell's window gathers the features."""
    features = {"home", "session", "repertoire", "steering"}
    crossings = []
    for name, targets in _imports().items():
        parts = name.split(".")
        if parts[0] != "ui" or len(parts) < 3:
            continue
        room = parts[1]
        for target in targets:
            other = target.split(".")[1] if target.startswith("ui.") and "." in target else None
            if other is None or other == room:
                continue
            allowed = (
                (room in features and other == "kit")
                or (room in features and other == "shell" and target != "ui.shell.window")
                or (room == "shell" and other == "kit")
                or (room == "shell" and other in features and name == "ui.shell.window")
            )
            if not allowed:
                crossings.append(f"{name} → {target}")
    assert crossings == []


LONG = 400


def test_no_room_over_400_lines_without_saying_why_at_its_top() -> None:
    """A module longer than 400 lines names its reason in its docstring (« over 400 lines:
    … »), so that a newcomer knows it was a choice, and splits it when the reason fails."""
    silent = []
    for pkg in ("app", "ui"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            if source.count("\n") > LONG and str(LONG) not in (
                ast.get_docstring(ast.parse(source)) or ""
            ):
                silent.append(str(path.relative_to(ROOT)))
    assert silent == []
