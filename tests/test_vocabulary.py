"""One vocabulary: every value a person reads has one word, in French and in English, said by
the core (app/vocabulary.py) for the windows and the documents alike."""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from app import vocabulary as v
from app.engine.state import ItemStatus
from app.engine.timeline import TimerLevel
from models import (
    ActionStatus,
    AttendanceStatus,
    Circle,
    EntryKind,
    EntryStatus,
    LifecycleStage,
    MeetingStatus,
    MembershipRole,
    NetworkKind,
    QueueMode,
    Role,
)

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = json.loads(
    (ROOT / "resources" / "translations" / "core_en.json").read_text(encoding="utf-8")
)

WORDS: list[tuple[type[Enum], Callable[..., str]]] = [
    (EntryKind, v.kind_name),
    (Role, v.role_name),
    (Circle, v.circle_name),
    (EntryStatus, v.entry_status_name),
    (ActionStatus, v.action_status_name),
    (AttendanceStatus, v.attendance_status_name),
    (MeetingStatus, v.meeting_status_name),
    (LifecycleStage, v.stage_name),
    (NetworkKind, v.network_kind_name),
    (MembershipRole, v.membership_role_name),
    (QueueMode, v.queue_mode_name),
    (TimerLevel, v.timer_cue),
    (v.CommandName, v.command_name),
]
SYMBOLS: list[tuple[type[Enum], dict[Any, str]]] = [
    (EntryKind, v.KIND_SYMBOLS),
    (ItemStatus, v.ITEM_STATUS_SYMBOLS),
    (MeetingStatus, v.MEETING_STATUS_SYMBOLS),
    (AttendanceStatus, v.ATTENDANCE_SYMBOLS),
]
SILENT = {TimerLevel.NORMAL}  # a timer within its time says nothing


@pytest.mark.parametrize(("enum", "word"), WORDS, ids=[e.__name__ for e, _w in WORDS])
def test_every_value_has_its_word_in_both_languages(
    enum: type[Enum], word: Callable[..., str]
) -> None:
    for value in enum:
        french, english = word(value, "fr"), word(value, "en")
        if value in SILENT:
            assert french == english == ""
            continue
        assert french.strip(), f"{enum.__name__}.{value.name} has no French word"
        assert french in ENGLISH, f"{enum.__name__}.{value.name}: « {french} » has no English"
        assert english == ENGLISH[french]
        assert english.strip() and "{" not in english


@pytest.mark.parametrize(("enum", "symbols"), SYMBOLS, ids=[e.__name__ for e, _s in SYMBOLS])
def test_every_value_has_a_symbol_so_colour_is_never_alone(
    enum: type[Enum], symbols: dict[Any, str]
) -> None:
    assert set(symbols) == set(enum)
    assert all(s.strip() for s in symbols.values())


def test_the_words_follow_the_language_chosen_for_the_window() -> None:
    from app.i18n import set_language

    try:
        set_language("en")
        assert v.kind_name(EntryKind.PRACTICE) == "Good practice"
        assert v.command_name("give_floor") == "floor given"
        set_language("fr")
        assert v.kind_name(EntryKind.PRACTICE) == "Bonne pratique"
        assert v.command_name("edit_entry") == "révision d'une entrée"
        assert v.command_name(None) == ""
        assert v.action_status_name(None) == ""
    finally:
        set_language("fr")


def _command_names() -> set[str]:
    """Every name a command runs under in the core written as a bare string: ``_run("x", …)``
    in the engine, ``run_command(…, "x", …)`` (the workspace names its own with
    ``CommandName``, which has its words by construction)."""
    found: set[str] = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("_run", "_command", "run_command"):
                found.update(
                    a.value
                    for a in node.args[:5]
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                )
    return found


def test_every_command_the_core_runs_has_its_word() -> None:
    names = _command_names()
    assert len(names) > 30  # the scan sees the engine's commands
    unnamed = sorted(n for n in names if n not in set(v.CommandName))
    assert unnamed == []
    for name in names:  # a word, not the name itself (« prise de parole », not give_floor)
        assert v.command_name(name, "fr") in ENGLISH


MODEL_ENUMS = {e.__name__ for e, _w in WORDS} | {"ItemStatus", "RitualKind", "EntryAuthor"}


def _windows_own_words(root: Path = ROOT) -> list[str]:
    """A dict in ui/ keyed by a model's value whose values are translated there: a word the
    vocabulary should say."""
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            keyed = [
                k
                for k in node.keys
                if isinstance(k, ast.Attribute)
                and isinstance(k.value, ast.Name)
                and k.value.id in MODEL_ENUMS
            ]
            translated = any(
                isinstance(c, ast.Call)
                and getattr(c.func, "attr", getattr(c.func, "id", "")) in ("tr", "translate")
                for value in node.values
                for c in ast.walk(value)
            )
            if keyed and translated:
                found.append(f"{path.relative_to(root).as_posix()}:{node.lineno}")
    return found


def test_no_window_defines_its_own_word_for_a_value() -> None:
    assert _windows_own_words() == []


def test_the_check_sees_a_window_defining_its_own_word(tmp_path: Path) -> None:
    """The scan above is not blind: the old way of writing a status is caught."""
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "page.py").write_text(
        "def status(self, s):\n"
        "    return {ActionStatus.OPEN: self.tr('ouverte'),\n"
        "            ActionStatus.DONE: self.tr('faite')}[s]\n",
        encoding="utf-8",
    )
    assert _windows_own_words(tmp_path) == ["ui/page.py:2"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_day_reads_as_qt_wrote_it_in_the_windows(language: str) -> None:
    """The windows' dates are the core's (« jeu. 12 mars 2026 », « Thu 12 Mar 2026 »):
    written once, as Qt's locale wrote them before, every day of a year and a leap day."""
    from datetime import date, timedelta

    from PySide6.QtCore import QDate, QLocale

    from app.dates import day_label

    qt = QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    days = [date(2027, 1, 1) + timedelta(days=n) for n in range(366)] + [date(2028, 2, 29)]
    for day in days:
        expected = qt.toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
        assert day_label(day, language) == expected
