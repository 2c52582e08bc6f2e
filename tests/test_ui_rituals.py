"""Météo and ROTI rounds by keys in the cockpit: twelve people, twelve presses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.methods import MethodCatalogue
from models import RitualKind
from tests.conftest import Room, Shoot, open_window, room_fixture
from ui.session.ritual_round import RitualRound
from ui.shell.window import MainWindow

TWELVE = (
    "Léa", "Karim", "Sofia", "Marc", "Inès", "Paul",
    "Nadia", "Hugo", "Claire", "Thomas", "Yasmine", "Bruno",
)  # fmt: skip


room = room_fixture(names=TWELVE)


@pytest.fixture
def window(qtbot: QtBot, room: Room, methods: MethodCatalogue) -> Iterator[MainWindow]:
    window = open_window(qtbot, room.store, room.clock, methods, (1366, 768))
    room.engine.add_item("Tour de table", "tour_de_table", 20)
    room.engine.start_item()
    window.run(room.meeting_id)
    yield window
    window.cockpit.leave()


def open_round(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> RitualRound:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RitualRound))
    assert dialog.isVisible()
    return dialog


def test_a_roti_of_twelve_is_twelve_key_presses(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    dialog = open_round(qtbot, window, Qt.Key.Key_R)
    assert dialog.kind is RitualKind.ROTI and len(dialog.people) == 12
    presses = 0
    for digit in "544352445345":
        qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{digit}"))
        presses += 1
    assert presses == 12 and len(dialog.answered) == 12
    assert dialog.tally.text() == "12 / 12 ont répondu  ·  moyenne 4,0"
    # no score beside a name on the screen: the room often sees the laptop
    assert all(dialog.list.item(i).text().startswith("✓") for i in range(12))
    assert not any(d in dialog.list.item(0).text() for d in "12345")
    shoot(dialog, "ritual-roti-round")
    # Backspace forgets the last one; an AZERTY "é" gives Bruno a 2; ↑ M adds his word
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace)
    assert len(dialog.answered) == 11
    qtbot.keyClick(dialog, Qt.Key.Key_Eacute)
    qtbot.keyClick(dialog, Qt.Key.Key_Up)
    qtbot.keyClick(dialog, Qt.Key.Key_M)
    dialog.word.setText("trop long")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    summary = window.workspace.ritual_summary(room.meeting_id, RitualKind.ROTI)
    assert summary is not None
    assert summary.distribution == (0, 2, 2, 5, 3) and summary.words == ("trop long",)


def test_a_weather_round_lets_people_pass(qtbot: QtBot, window: MainWindow, room: Room) -> None:
    dialog = open_round(qtbot, window, Qt.Key.Key_M)
    assert dialog.kind is RitualKind.WEATHER
    for key in (Qt.Key.Key_4, Qt.Key.Key_Space, Qt.Key.Key_Ampersand):
        qtbot.keyClick(dialog, key)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    summary = window.workspace.ritual_summary(room.meeting_id, RitualKind.WEATHER)
    assert summary is not None and summary.distribution == (1, 0, 0, 1, 0)
    assert (summary.answered, summary.present) == (2, 12)
