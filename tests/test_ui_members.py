"""The people of a network in the window: paste from a spreadsheet, correct, leave and come
back (history kept, off check-in); archive and bring back; delete after a confirmation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.methods import MethodCatalogue
from app.store import Store
from app.store.backup import list_backups
from models import AttendanceStatus
from tests.conftest import Room, Shoot, open_window, room_fixture
from ui.shell.window import MainWindow
from ui.steering.members_panel import ImportDialog

room = room_fixture(present=False)


@pytest.fixture
def window(qtbot: QtBot, room: Room, methods: MethodCatalogue) -> Iterator[MainWindow]:
    window = open_window(qtbot, room.store, room.clock, methods, (1366, 768))
    window.network.open(room.network_id, members=True)
    window.pages.setCurrentWidget(window.network)
    qtbot.waitUntil(window.network.people.name.hasFocus)
    yield window
    window.cockpit.leave()


def names(window: MainWindow) -> list[tuple[str, str, str]]:
    rows = window.network.people.people.texts()
    return [(r[0], r[1], r[6]) for r in rows]


def test_paste_rows_correct_someone_and_let_them_leave_and_come_back(
    qtbot: QtBot, window: MainWindow, room: Room, monkeypatch: pytest.MonkeyPatch, shoot: Shoot
) -> None:
    panel = window.network.people
    QApplication.clipboard().setText(
        "Zoë Ngo\tzoe@example.com\tAchats\nHugo Petit\t\tUsine\tleader\n"
    )
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted.value)
    qtbot.keyClick(
        panel.name,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "2 personnes ajoutées." in window.network.banner.text()
    assert ("7", "Zoë Ngo", "membre") in names(window) and names(window)[0][:2] == (
        "8",
        "Hugo Petit",
    )

    # F2 corrects the selected person in the same fields; Enter saves.
    row = [r[1] for r in names(window)].index("Hugo Petit")
    panel.view.selectRow(row)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert panel.name.text() == "Hugo Petit" and panel.unit.text() == "Usine"
    panel.name.setText("Hugo Petit-Roy")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert "Hugo Petit-Roy" in [r[1] for r in names(window)]

    # Del: Sofia leaves; her key is not given to anyone; Del again brings her back.
    row = [r[1] for r in names(window)].index("Sofia")
    panel.view.setFocus()  # Tab from the fields, or a click: Del belongs to the list
    panel.view.selectRow(row)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "Sofia a quitté le réseau" in window.network.banner.text()
    assert names(window)[-1][:2] == ("–", "Sofia") and names(window)[-1][2].startswith("parti·e le")
    assert panel.count.text() == "7 membres · 1 parti·e"
    shoot(window, "ui-members-left-1366x768")

    # Not at the door of the next session; still in the network's history.
    window.check_in(room.meeting_id)
    listed = [r[0] for r in window.checkin.attendance.texts()]
    assert "Sofia" not in listed and "Zoë Ngo" in listed
    window.steer(room.network_id)
    window.network.tabs.setCurrentWidget(panel)
    panel.view.setFocus()
    panel.view.selectRow(len(names(window)) - 1)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "Sofia revient dans le réseau (touche 6)." in window.network.banner.text()


def test_someone_who_left_after_a_session_is_in_its_summary_not_at_check_in(
    window: MainWindow, room: Room, store: Store
) -> None:
    engine = room.engine
    for member in room.people.values():
        engine.set_attendance(member, AttendanceStatus.PRESENT)
    engine.add_item("Tour de table", "free", 30)
    engine.start_item()
    engine.give_floor(room.people["Paul"])
    room.clock.advance(90)
    engine.close_session()
    window.workspace.person_leaves(room.network_id, room.people["Paul"])
    window.show_summary(room.meeting_id)
    assert "Paul" in [r[0] for r in window.summary.speaking.texts()]


def test_archive_bring_back_and_delete_after_a_confirmation(
    qtbot: QtBot, window: MainWindow, room: Room, store: Store
) -> None:
    other = window.workspace.create_network("Réseau Sécurité")
    page = window.network
    page.archive()
    home = window.home
    assert window.pages.currentWidget() is home
    assert [home.networks.network(i).name for i in range(home.networks.rowCount())] == [
        "Réseau Sécurité"
    ]
    assert home.archives_button.isVisible()
    assert home.archives_button.text() == "Réseau archivé (1)"
    [action] = home.archives_menu.actions()
    assert action.text() == "Ramener « Réseau Qualité Achats »"
    action.trigger()
    assert [home.networks.network(i).name for i in range(home.networks.rowCount())] == [
        "Réseau Qualité Achats",
        "Réseau Sécurité",
    ]
    assert not home.archives_button.isVisible()

    # Delete: the question names what is lost; "Garder" keeps everything.
    window.steer(room.network_id)
    seen: list[str] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + " " + box.informativeText())
        [button] = [b for b in box.findChildren(QPushButton) if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, lambda: answer("Garder le réseau"))
    page.ask_delete()
    assert "Supprimer « Réseau Qualité Achats »" in seen[0]
    assert "1 séance, 6 membres et 0 entrée du répertoire" in seen[0]
    assert len(window.workspace.overview()) == 2
    QTimer.singleShot(0, lambda: answer("Supprimer"))
    page.ask_delete()
    assert [n.name for n in window.workspace.overview()] == ["Réseau Sécurité"]
    assert window.pages.currentWidget() is home
    backups = list_backups(store.path)
    assert backups and "before-delete" in backups[0].name
    assert str(backups[0]) in window.statusBar().currentMessage()
    assert other in [n.id for n in window.workspace.overview()]
