"""The projector follows the session driven from the cockpit, and keeps the room's secrets."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.store import Store
from models import EntryKind, Role
from tests.conftest import Room, Shoot, make_room, open_window
from ui.kit.widgets import ElidedLabel
from ui.session.projector import ProjectorWindow
from ui.session.room_screen import choose_screen
from ui.shell.window import MainWindow

LONG_NAME = "Marie-Christine de La Tour-d'Auvergne-Lauraguais"
SECRET = "Le fournisseur X falsifie ses certificats"


@pytest.fixture
def room(store: Store, clock: FakeClock, methods: MethodCatalogue) -> Room:
    room = make_room(store, clock, methods, names=("Léa", "Karim", "Sofia", "Marc", LONG_NAME))
    case = room.engine.add_item("Codéveloppement — cas de Léa et de son directeur", "codev")
    room.engine.set_role(case, room["Léa"], Role.CLIENT)
    room.engine.add_item(
        "Lean Coffee sur la relation fournisseurs, les audits croisés et la montée en "
        "compétence des acheteurs juniors",
        "lean_coffee",
    )
    return room


@pytest.fixture
def window(qtbot: QtBot, room: Room, methods: MethodCatalogue) -> Iterator[MainWindow]:
    window = open_window(qtbot, room.store, room.clock, methods, (1366, 768))
    window.run(room.meeting_id)
    yield window
    window.cockpit.leave()
    window.cockpit.projector.close()


def press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def texts(projector: ProjectorWindow) -> str:
    """Every text any widget of the projector holds, shown or not."""
    found = []
    for label in projector.findChildren(QLabel):
        found.append(label.text())
        if isinstance(label, ElidedLabel):
            found.append(label.full_text())
        found.append(label.toolTip())
    return "\n".join(found)


def test_the_projector_follows_the_cockpit_and_never_shows_a_secret(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    projector = window.cockpit.projector
    press(qtbot, window, Qt.Key.Key_F5)
    assert projector.isVisible()
    assert QApplication.activeWindow() is window  # the cockpit keeps the keyboard
    assert projector.pages.currentWidget() is projector.agenda_page
    assert projector.welcome_title.text() == "Bienvenue — séance 1"

    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert projector.pages.currentWidget() is projector.live_page
    assert projector.method.full_text() == "Codéveloppement · Phase 1/6"
    assert projector.phase.text() == "EXPOSÉ DE LA PROBLÉMATIQUE"
    assert projector.timer.text() == "10:00"
    tiles = [t.name.full_text() for t in window.cockpit.tiles]
    press(qtbot, window, getattr(Qt.Key, f"Key_{tiles.index('Léa') + 1}"))
    room.clock.advance(seconds=38)
    window.cockpit.tick()
    assert projector.speaker.full_text() == "Parole : Léa"
    assert projector.speaker_time.text() == "38\u00a0s"
    assert projector.timer.text() == "9:22"
    for name in ("Karim", "Sofia"):
        press(qtbot, window, Qt.Key.Key_Q)
        press(qtbot, window, getattr(Qt.Key, f"Key_{tiles.index(name) + 1}"))
    assert projector.next.full_text() == "Ensuite : Karim · Sofia"

    press(qtbot, window, Qt.Key.Key_N)
    assert projector.phase.text() == "CLARIFICATION"
    assert "Questions" in projector.rule.text()
    window.cockpit.live().capture(EntryKind.IDEA, SECRET)
    # the facilitator unticked « confidentiel »: a decision for the whole network
    window.cockpit.live().capture(
        EntryKind.DECISION, "Le REX trimestriel devient un rituel", confidential=False
    )
    window.cockpit.live().capture(EntryKind.DECISION, SECRET + " (bis)", confidential=True)
    window.cockpit.refresh()
    assert projector.decision.text() == "Dernière décision : Le REX trimestriel devient un rituel"
    shown = texts(projector)
    assert SECRET not in shown
    assert "cas de Léa" not in shown  # the case's title stays on the facilitator's screen
    assert "Équilibre" not in shown  # speaking statistics are off by default

    press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert re.search(r"Équilibre de la parole \d,\d\d", projector.stats.full_text())
    press(qtbot, window, Qt.Key.Key_B)
    assert projector.pages.currentWidget() is projector.blank_page
    press(qtbot, window, Qt.Key.Key_B)
    assert projector.pages.currentWidget() is projector.live_page
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def _inside(label: QLabel, window: ProjectorWindow) -> bool:
    top_left = label.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, label.size()))


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_legible_from_the_back_at_both_sizes_without_overflow(
    qtbot: QtBot, window: MainWindow, room: Room, theme: str, size: tuple[int, int], shoot: Shoot
) -> None:
    e = window.cockpit.live()
    e.start_item()
    e.next_phase()
    e.give_floor(room[LONG_NAME])
    for name in ("Karim", "Sofia", "Marc"):
        e.queue_add(room[name])
    e.capture(
        EntryKind.DECISION,
        "Les audits croisés entre sites deviennent la règle pour tous les fournisseurs "
        "de rang 1, avec un retour d'expérience présenté au réseau chaque trimestre",
    )
    room.clock.advance(minutes=16)  # the clarification had 15
    projector = window.cockpit.projector
    projector.set_theme(theme)
    projector.resize(*size)
    window.cockpit.toggle_projector()
    projector.resize(*size)
    window.cockpit.refresh()
    qtbot.waitExposed(projector)
    QApplication.processEvents()  # the layout settles as it would before the next paint
    width, height = size
    assert projector.timer.font().pixelSize() >= 0.15 * height
    for label in projector.findChildren(QLabel):
        if not label.isVisibleTo(projector) or not label.text():
            continue
        assert label.font().pixelSize() >= 0.025 * height, label.text()
        assert _inside(label, projector), label.text()
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 2, label.text()
        else:
            advance = label.fontMetrics().horizontalAdvance(label.text())
            assert advance <= label.width(), label.text()
    assert projector.timer.text().startswith("+")  # overrun, counted up with a sign
    shoot(projector, f"projector-{theme}-{width}x{height}")

    e.start_item()  # between topics of the Lean Coffee: the welcome/agenda page is not shown
    window.cockpit.refresh()
    shoot(projector, f"projector-leancoffee-{theme}-{width}x{height}")


class FakeScreen:
    def __init__(self, w: int, h: int, x: int = 0) -> None:
        self.rect = QRect(x, 0, w, h)

    def geometry(self) -> QRect:
        return self.rect


def test_the_room_screen_is_the_largest_other_screen() -> None:
    laptop = FakeScreen(1366, 768)
    projector, small = FakeScreen(1920, 1080, 1366), FakeScreen(1024, 768, 3286)
    assert choose_screen([laptop], laptop) is None
    assert choose_screen([laptop, small, projector], laptop) == 2
    assert choose_screen([projector, laptop], laptop) == 0


def test_the_welcome_page_counts_down_to_the_start(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    from datetime import timedelta

    projector = window.cockpit.projector
    start = room.clock.now()
    room.clock.set(start - timedelta(minutes=3, seconds=20))  # the room gathers
    press(qtbot, window, Qt.Key.Key_F5)
    window.cockpit.tick()
    assert projector.countdown.text() == "Début dans 4 min" and projector.countdown.isVisible()
    projector.resize(1280, 720)
    shoot(projector, "projector-welcome-countdown-1280x720")
    room.clock.set(start - timedelta(hours=3))
    window.cockpit.tick()
    assert projector.countdown.text().startswith("Début à ")
    room.clock.set(start + timedelta(minutes=2))
    window.cockpit.tick()
    assert projector.countdown.text() == "Nous commençons dans un instant"
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)  # it starts
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    window.cockpit.tick()
    assert not projector.countdown.isVisible()
