"""One way to command, one way to see change: what any command changed shows at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.commands import ChangeSet, Fact
from app.methods import MethodCatalogue
from models import EntryKind
from tests.conftest import Room, Shoot, open_window
from ui.shell.command_runner import command_runner
from ui.shell.window import MainWindow

DECISION = "Tester le nouveau format en mars"


@pytest.fixture
def window(qtbot: QtBot, room: Room, methods: MethodCatalogue) -> Iterator[MainWindow]:
    e = room.engine
    e.add_item("Retour sur le trimestre", "free")
    e.start_item()
    e.capture(EntryKind.TERM, "Codéveloppement", body="Méthode de Payette et Champagne")
    e.capture(EntryKind.DECISION, DECISION)
    room.clock.advance(30)
    e.give_floor(room["Léa"])
    window = open_window(qtbot, room.store, room.clock, methods, (1366, 768))
    window.run(room.meeting_id)
    yield window
    window.cockpit.leave()
    window.cockpit.projector.close()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def cockpit_captures(window: MainWindow) -> str:
    return "\n".join(" ".join(row) for row in window.cockpit.captures.texts())


def test_a_capture_edited_or_deleted_from_the_repertoire_shows_at_once_in_the_room(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    cockpit, projector = window.cockpit, window.cockpit.projector
    press(qtbot, window, Qt.Key.Key_F5)
    assert DECISION in projector.decision.text() and DECISION in cockpit_captures(window)
    cockpit.ticker.stop()  # "at once": not at the next tick, by the command's own change

    press(qtbot, window, Qt.Key.Key_F, ctrl=True)
    page = window.repertoire
    page.query.setText("nouveau format")
    page.run_search()
    page.title.setText("Tester le nouveau format en avril")
    qtbot.keyClick(page.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "en avril" in projector.decision.text()
    assert "en avril" in cockpit_captures(window) and DECISION not in cockpit_captures(window)

    page.delete_button.click()
    assert "avril" not in projector.decision.text() + cockpit_captures(window)
    qtbot.keyClick(page.query, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is cockpit

    press(qtbot, window, Qt.Key.Key_Z, ctrl=True)  # the deletion is the room's to undo
    assert "Annulé : suppression d'une entrée" in cockpit.banner.text()
    assert "en avril" in projector.decision.text() and "en avril" in cockpit_captures(window)
    assert room.engine.facts.running is not None  # the floor was never touched
    shoot(cockpit, "ui-commands-cockpit-after-undo-1366x768")


def test_ctrl_z_after_a_term_revision_undoes_the_revision_not_the_floor(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    cockpit = window.cockpit
    press(qtbot, window, Qt.Key.Key_T)
    bar = cockpit.capture_bar
    bar.title.setText("codeveloppement")
    bar.body.setText("Groupe de pairs qui s'entraident sur des cas réels")
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)
    assert "révisée" in cockpit.banner.text()
    [hit] = window.workspace.search("codeveloppement")
    assert window.workspace.entry(hit.id).body.startswith("Groupe de pairs")

    press(qtbot, window, Qt.Key.Key_Z, ctrl=True)
    assert "Annulé : révision d'une entrée" in cockpit.banner.text()
    entry = window.workspace.entry(hit.id)
    assert entry.body == "Méthode de Payette et Champagne" and not entry.revisions
    running = cockpit.live().facts.running
    assert running is not None and running.member_id == room["Léa"]  # still speaking

    press(qtbot, window, Qt.Key.Key_Y, ctrl=True)
    assert window.workspace.entry(hit.id).body.startswith("Groupe de pairs")


def test_every_command_announces_what_it_changed_once_and_a_refusal_is_one_sentence(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    seen: list[ChangeSet] = []
    command_runner(window.workspace).changed.connect(seen.append)
    cockpit = window.cockpit
    cockpit.do(lambda: cockpit.live().give_floor(room["Karim"]))
    assert [c.command for c in seen] == ["give_floor"]
    assert seen[0].touches(Fact.FLOOR) and not seen[0].touches(Fact.CAPTURES)
    assert seen[0].journaled and seen[0].meeting_id == room.meeting_id

    window.workspace.update_profile(room.network_id, purpose="Partager nos pratiques")
    assert seen[-1].command == "update_profile" and seen[-1].facts == {Fact.PROFILE}

    count = len(seen)
    cockpit.do(lambda: cockpit.live().set_turn_limit(-1))
    assert len(seen) == count  # nothing changed, nothing announced
    assert cockpit.banner.text() == "⚠ La limite de temps de parole ne peut pas être négative."
