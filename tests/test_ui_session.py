"""The facilitator window driven like a facilitator would: plan, check in, run, close.

A whole co-development session through the real window, with a fake clock, mostly by
keyboard; assertions are on what the screen shows (labels, tiles, lists).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.methods import MethodCatalogue
from app.store.backup import list_backups
from app.workspace import Workspace
from models import AttendanceStatus, EntryKind
from tests.conftest import Room, Shoot, open_window, room_fixture
from ui.shell.application import create_application
from ui.shell.settings import GEOMETRY, LAST_NETWORK
from ui.shell.shortcuts import PAGE_SHORTCUTS, SHORTCUTS
from ui.shell.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)


room = room_fixture(present=False)


@pytest.fixture
def window(qtbot: QtBot, room: Room, methods: MethodCatalogue) -> Iterator[MainWindow]:
    window = open_window(qtbot, room.store, room.clock, methods, SIZE)
    yield window
    window.cockpit.leave()


def key(qtbot: QtBot, window: MainWindow, k: Qt.Key, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget() or window, k, modifier)


def type_text(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Type like a person; QTest only simulates ASCII keys, the rest is inserted."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(field, ch)
        else:
            field.insert(ch)


def capture(qtbot: QtBot, window: MainWindow, k: Qt.Key, text: str, body: str = "") -> None:
    """Open the capture bar with its key, type, press Enter."""
    key(qtbot, window, k)
    bar = window.cockpit.capture_bar
    assert bar.isVisible() and bar.title.hasFocus()
    type_text(qtbot, bar.title, text)
    if body:
        bar.body.setText(body)
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)


def tile_texts(window: MainWindow) -> list[tuple[str, str, str]]:
    return [(t.key.text(), t.name.full_text(), t.cue.text()) for t in window.cockpit.tiles]


def test_a_whole_co_development_session_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    clock = room.clock
    # 1. Home → plan a session with a co-development case for Léa.
    shoot(window, "ui-home-1366x768")
    qtbot.keyClick(window.home.meeting_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    planner = window.planner
    assert window.pages.currentWidget() is planner
    planner.title.setText("Cas de Léa")
    planner.method_choice.setCurrentIndex(planner.method_choice.findData("codev"))
    qtbot.keyClick(
        planner,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [row] = planner.rows
    assert row.isVisible()
    row.title.setText("Codéveloppement — cas de Léa")
    row.client.setCurrentIndex(row.client.findText("Léa"))
    # The network's usual length (120 min) is the default, not a fixed 150.
    assert "80 min sur 120 min" in planner.total.text() and "reste 40 min" in planner.total.text()
    shoot(window, "ui-planner-1366x768")
    qtbot.keyClick(planner.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.home
    newest = window.home.meetings.meeting(0)
    assert (newest.number, newest.title, newest.items) == (2, "Cas de Léa", 1)

    # 2. Open it: check-in at the door, one key per person.
    window.home.meeting_table.selectRow(0)
    qtbot.keyClick(window.home.meeting_table, Qt.Key.Key_Return)
    checkin = window.checkin
    assert window.pages.currentWidget() is checkin
    assert [r[0] for r in checkin.attendance.texts()] == [
        "Inès",
        "Karim",
        "Léa",
        "Marc",
        "Paul",
        "Sofia",
    ]
    for k in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_E, Qt.Key.Key_P):
        qtbot.keyClick(checkin.attendance_view, k)
    assert [r[1] for r in checkin.attendance.texts()] == [
        "✓ présent·e",
        "✓ présent·e",
        "✓ présent·e",
        "✓ présent·e",
        "✉ excusé·e",
        "✓ présent·e",
    ]
    assert checkin.count.text() == "5 présent·e·s"
    shoot(window, "ui-checkin-1366x768")
    qtbot.keyClick(checkin.attendance_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    cockpit = window.cockpit
    assert window.pages.currentWidget() is cockpit

    # 3. Run it. Paul is excused: five tiles, each with the key of its member (Sofia keeps
    # her 6 although Paul's 5 is not in the room).
    assert [(k, n) for k, n, _ in tile_texts(window)] == [
        ("1", "Inès"),
        ("2", "Karim"),
        ("3", "Léa"),
        ("4", "Marc"),
        ("6", "Sofia"),
    ]
    key(qtbot, window, Qt.Key.Key_N, shift=True)  # start the first item
    assert cockpit.phase_label.text() == "Codéveloppement · phase 1/6 · Exposé de la problématique"
    assert all(tile.isVisible() for tile in cockpit.tiles)
    assert cockpit.rule.text().startswith("« Le client expose")
    assert cockpit.timer.digits.text() == "10:00"
    key(qtbot, window, Qt.Key.Key_3)  # Léa, the client, presents
    clock.advance(minutes=8, seconds=30)
    cockpit.tick()
    assert cockpit.speaker.text().startswith("Parole : LÉA — 8\u00a0min\u00a030\u00a0s")
    assert cockpit.timer.digits.text() == "1:30"
    assert "Derniers 20 %" in cockpit.timer.caption.text()
    assert tile_texts(window)[2][2] == "● A LA PAROLE"
    assert tile_texts(window)[0][2] == "○ pas encore parlé"
    clock.advance(minutes=2)
    cockpit.tick()
    assert cockpit.timer.digits.text() == "+0:30"
    assert "Dépassement" in cockpit.timer.caption.text()

    # Clarification: floor by click, a consultant queue in balanced order.
    key(qtbot, window, Qt.Key.Key_N)
    assert cockpit.phase_label.text().endswith("phase 2/6 · Clarification")
    assert cockpit.speaker.text() == "Parole : personne"
    qtbot.mouseClick(cockpit.tiles[1], Qt.MouseButton.LeftButton)  # Karim
    clock.advance(minutes=3)
    key(qtbot, window, Qt.Key.Key_6)  # Sofia
    clock.advance(minutes=1)
    for k in (Qt.Key.Key_2, Qt.Key.Key_6, Qt.Key.Key_1):  # Karim, Sofia, Inès ask
        key(qtbot, window, Qt.Key.Key_Q)
        key(qtbot, window, k)
    cockpit.tick()
    # Balanced: Inès never spoke, Sofia spoke 1 min, Karim 3 min.
    assert [r[0] for r in cockpit.queue.texts()] == ["1. Inès", "2. Sofia", "3. Karim"]
    key(qtbot, window, Qt.Key.Key_Space)  # Sofia's turn ends
    assert cockpit.speaker.text() == "Parole : personne"
    key(qtbot, window, Qt.Key.Key_Space)  # the next of the queue
    assert cockpit.speaker.text().startswith("Parole : INÈS")
    key(qtbot, window, Qt.Key.Key_E)  # first-come order
    assert "premier arrivé" in cockpit.queue_title.text()
    assert [r[0] for r in cockpit.queue.texts()] == ["1. Karim", "2. Sofia"]
    clock.advance(minutes=2)

    # Contract: C captures what the phase expects — the client's question.
    key(qtbot, window, Qt.Key.Key_N)
    capture(qtbot, window, Qt.Key.Key_C, "Comment embarquer les acheteurs ?")
    assert not cockpit.capture_bar.isVisible()
    assert cockpit.live().facts.items[0].contract == "Comment embarquer les acheteurs ?"

    # Consultation: the client speaking is noted, never blocked.
    key(qtbot, window, Qt.Key.Key_N)
    key(qtbot, window, Qt.Key.Key_3)
    assert "hors de la règle" in cockpit.speaker_warning.text()
    key(qtbot, window, Qt.Key.Key_2)
    capture(qtbot, window, Qt.Key.Key_I, "Impliquer le fournisseur plus tôt")
    shoot(window, "ui-cockpit-1366x768")
    # Every tile's share bar has the same place and length: the fair-share marks line up.
    starts = [t.bar.x() for t in cockpit.tiles]
    lengths = [t.bar.width() for t in cockpit.tiles]
    assert max(starts) - min(starts) <= 1 and max(lengths) - min(lengths) <= 1  # rounding
    clock.advance(minutes=5)

    # Captures of every kind; typing never fires a shortcut.
    capture(qtbot, window, Qt.Key.Key_D, "Décision 2 : le REX devient trimestriel")
    assert cockpit.speaker.text().startswith("Parole : KARIM")  # "2" was typed, not a key
    key(qtbot, window, Qt.Key.Key_A)
    bar = cockpit.capture_bar
    type_text(qtbot, bar.title, "Envoyer la grille d'audit")
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)
    assert bar.isVisible() and "responsable" in cockpit.banner.text()  # refused, kept
    assert bar.title.text() == "Envoyer la grille d'audit"
    bar.owner.setCurrentIndex(bar.owner.findText("Sofia"))
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)
    assert not bar.isVisible()
    capture(qtbot, window, Qt.Key.Key_P, "Relire le contrat à voix haute")
    capture(qtbot, window, Qt.Key.Key_T, "REX", body="Retour d'expérience")
    capture(qtbot, window, Qt.Key.Key_O, "Grille d'audit fournisseur")
    capture(qtbot, window, Qt.Key.Key_L, "Une question à la fois")
    capture(qtbot, window, Qt.Key.Key_R, "Météo d'ouverture")
    capture(qtbot, window, Qt.Key.Key_K, "Un cas par séance au plus")
    shown = [r[0] for r in cockpit.captures.texts()]
    assert shown[0] == "✦ Impliquer le fournisseur plus tôt (confidentiel)"
    assert shown[2].startswith("→ Envoyer la grille d'audit — Sofia")
    assert len(shown) == 9
    kinds = {c.kind for c in cockpit.live().facts.captures}
    assert kinds == set(EntryKind)

    # Esc closes the bar without saving; Ctrl+Z takes back the last capture.
    key(qtbot, window, Qt.Key.Key_D)
    qtbot.keyClicks(cockpit.capture_bar.title, "brouillon")
    qtbot.keyClick(cockpit.capture_bar.title, Qt.Key.Key_Escape)
    assert not cockpit.capture_bar.isVisible()
    qtbot.keyClick(cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.banner.text() == "ℹ Annulé : capture"
    assert len(cockpit.captures.texts()) == 8

    # Action plan, learning; next item ends the case; close.
    key(qtbot, window, Qt.Key.Key_N)
    capture(qtbot, window, Qt.Key.Key_C, "Réunir les acheteurs lundi")
    key(qtbot, window, Qt.Key.Key_N)
    assert cockpit.next_phase_label.text().startswith("Dernière phase")
    key(qtbot, window, Qt.Key.Key_N, shift=True)
    assert cockpit.item_title.text() == "Tous les points sont traités."
    assert cockpit.agenda.texts()[0][0] == "✓  Codéveloppement — cas de Léa"

    window.cockpit.close_now()
    summary = window.summary
    assert window.pages.currentWidget() is summary
    assert summary.heading.text() == "Séance 2 close · Cas de Léa"
    assert summary.items.texts()[0][:2] == ["✓  Codéveloppement — cas de Léa", "1\u00a0h\u00a020"]
    assert [r[0] for r in summary.action_rows.texts()] == [
        "Envoyer la grille d'audit (confidentiel)"
    ]
    assert summary.speaking.texts()[0][0] == "Léa"
    shoot(window, "ui-summary-1366x768")


def test_the_cockpit_fits_a_1366_by_768_laptop_even_with_the_lean_coffee_board(
    window: MainWindow, room: Room
) -> None:
    e = window.workspace.engine(room.meeting_id)
    for member in room.people.values():
        e.set_attendance(member, AttendanceStatus.PRESENT)
    e.add_item("Codéveloppement — cas de Léa", "codev")
    e.add_item("Lean Coffee", "lean_coffee")
    e.start_item()
    window.run(room.meeting_id)
    window.cockpit.capture_bar.open("action", [], room.clock.now().date())
    QApplication.processEvents()  # styles and layouts settle as before the next paint
    assert all(tile.isVisible() for tile in window.cockpit.tiles)
    hint = window.minimumSizeHint()
    assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1]
    e.start_item()
    window.cockpit.refresh()
    assert window.cockpit.board.isVisible()
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1]


def test_a_refused_command_is_told_in_place_without_a_dialog(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    window.run(room.meeting_id)
    key(qtbot, window, Qt.Key.Key_1)  # nobody is checked in
    assert window.cockpit.banner.isVisible()
    assert "Aucune personne présente sur la touche 1" in window.cockpit.banner.text()
    key(qtbot, window, Qt.Key.Key_N)
    assert "Aucun point n'est en cours" in window.cockpit.banner.text()
    assert QApplication.activeModalWidget() is None


def test_closing_asks_first_and_a_no_keeps_the_session_running(
    qtbot: QtBot, window: MainWindow, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    room.engine.add_item("Tour de table", "tour_de_table")
    window.run(room.meeting_id)
    key(qtbot, window, Qt.Key.Key_N, shift=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.keyClick(
        window.cockpit,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.pages.currentWidget() is window.cockpit
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(
        window.cockpit,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.pages.currentWidget() is window.summary
    # A rotating backup is made off the UI thread at each session close.
    job = window.cockpit.backup_job
    assert job is not None
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=30_000):
            pass
    [backup] = list_backups(room.store.path)
    assert backup.name.endswith("-session-close.sqlite3")


def test_the_window_remembers_its_network_and_geometry(
    qtbot: QtBot, room: Room, methods: MethodCatalogue
) -> None:
    create_application("fr")
    first = MainWindow(Workspace(room.store, room.clock, methods))
    qtbot.addWidget(first)
    first.show()
    first.home.open_selected()
    first.close()
    # (The offscreen platform clamps geometry to its 800×600 screen: the bytes are compared.)
    second = MainWindow(Workspace(room.store, room.clock, methods))
    qtbot.addWidget(second)
    assert second.settings.get(GEOMETRY) == first.saveGeometry()
    assert second.settings.get(LAST_NETWORK) == str(room.network_id)


def test_readme_documents_every_shortcut() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    create_application("fr")
    for shortcut in SHORTCUTS:
        assert f"| {shortcut.key_text(portable=True)} | {shortcut.text()} |" in readme
    for shortcut in PAGE_SHORTCUTS:
        row = (
            f"| {shortcut.key_text(portable=True)} | {shortcut.group_text()} | {shortcut.text()} |"
        )
        assert row in readme


def test_the_summary_exports_the_minutes_without_blocking_the_window(
    qtbot: QtBot, window: MainWindow, room: Room, tmp_path: Path
) -> None:
    e = window.workspace.engine(room.meeting_id)
    for member in room.people.values():
        e.set_attendance(member, AttendanceStatus.PRESENT)
    e.add_item("Tour de table", "tour_de_table")
    e.start_item()
    e.give_floor(room["Léa"])
    room.clock.advance(minutes=4)
    e.capture(EntryKind.DECISION, "Le REX trimestriel devient un rituel")
    e.close_session()
    window.show_summary(room.meeting_id)
    summary = window.summary
    summary.with_stats.setChecked(True)
    with qtbot.waitSignal(summary.exported, timeout=30_000) as done:
        summary.export_to(tmp_path / "cr")
        assert summary.progress.isVisible() and not summary.export_button.isEnabled()
    assert done.args == [tmp_path / "cr.pdf"]
    assert "Compte rendu enregistré" in summary.banner.text()
    assert summary.export_button.isEnabled() and not summary.progress.isVisible()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "cr.pdf").pages)
    assert "Le REX trimestriel devient un rituel" in text and "Temps de parole" in text

    # A folder that does not exist: told in the banner, nothing written.
    with qtbot.waitSignal(summary.export_failed, timeout=30_000):
        summary.export_to(tmp_path / "no" / "x.pdf")
    assert "n'existe pas" in summary.banner.text()
    assert not (tmp_path / "no").exists()


def test_a_long_session_of_repaints_keeps_every_reference_to_none(window: MainWindow) -> None:
    """PySide6 6.12.0 dropped a reference to None per void call: Python 3.11 then aborts
    ("none_dealloc") after minutes of 10 Hz repaints. The pinned versions must not."""
    import sys

    label = window.cockpit.speaker
    before = sys.getrefcount(None)
    for n in range(20_000):
        label.setText(f"Parole : {n}")
        label.hide()
    assert sys.getrefcount(None) - before > -100
