"""A facilitator who never saw the demo: from an empty data folder to the first real
session's minutes, through the real window, by keyboard (issue 14)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.store import Store
from tests.conftest import Shoot, open_window
from ui.home.network_form import NetworkDialog
from ui.kit.jobs import job_runner
from ui.shell.window import MainWindow
from ui.steering.members_panel import ImportDialog

SIZE = (1366, 768)
CSV = (
    "Nom;Prénom;Courriel;Service\r\n"
    "Ngo;Zoë;zoe.ngo@example.com;Achats\r\n"
    "Roy;Hélène;helene.roy@example.com;Qualité\r\n"
    "Caron;Bruno;bruno.caron@example.com;Usine Lyon\r\n"
    "Diallo;Aïcha;aicha.diallo@example.com;RH\r\n"
    "Petit;Jules;jules.petit@example.com;Logistique\r\n"
).encode("cp1252")


@pytest.fixture
def window(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue
) -> Iterator[MainWindow]:
    window = open_window(qtbot, store, clock, methods, SIZE)
    yield window
    window.cockpit.leave()


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key, where the keyboard focus is (as a person's key goes)."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def write(qtbot: QtBot, text: str) -> None:
    """Type into the focused field; QTest types ASCII, the rest is inserted like an IME."""
    focus = QApplication.focusWidget()
    assert focus is not None
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(focus, ch)
        else:
            focus.insert(ch)  # type: ignore[attr-defined]


def focused_dialog() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_from_an_empty_data_folder_to_the_first_minutes_by_keyboard(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    shoot: Shoot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = time.perf_counter()
    home = window.home
    # 1. The empty home: one primary action, focused, with its key.
    assert home.create_first.isVisible() and home.create_first.hasFocus()
    assert not home.network_list.isVisible()
    shoot(window, "first-home-empty-1366x768")
    press(qtbot, Qt.Key.Key_Return)
    dialog = window.network_dialog
    assert isinstance(dialog, NetworkDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.name.hasFocus())

    # 2. Create the network: name, kind (↓ in the combo), intention; Ctrl+Enter.
    write(qtbot, "Groupe Codév Managers")
    press(qtbot, Qt.Key.Key_Tab)
    for _ in range(4):  # — à préciser — → … → groupe de codéveloppement
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == "codevelopment"
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Progresser ensemble sur nos situations de management")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Direction des ressources humaines")
    shoot(dialog, "first-network-creation")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    page = window.network
    assert window.pages.currentWidget() is page
    assert page.tabs.currentWidget() is page.people
    assert page.heading.text() == "Groupe Codév Managers"

    # 3. Three members by typing: a name, Tab, an e-mail, Enter — and the next one.
    panel = page.people
    qtbot.waitUntil(panel.name.hasFocus)
    for name, email in (
        ("Léa Martin", "lea.martin@example.com"),
        ("Karim Benali", ""),
        ("Sofia Lopès", "sofia@example.com"),
    ):
        assert panel.name.hasFocus()
        write(qtbot, name)
        if email:
            press(qtbot, Qt.Key.Key_Tab)
            write(qtbot, email)
        press(qtbot, Qt.Key.Key_Return)
    assert [r[:2] for r in panel.people.texts()] == [
        ["2", "Karim Benali"],
        ["1", "Léa Martin"],
        ["3", "Sofia Lopès"],
    ]
    # A duplicate is refused with a sentence; what was typed stays.
    write(qtbot, "lea martin")
    press(qtbot, Qt.Key.Key_Return)
    assert "Léa Martin est déjà membre de ce réseau." in page.banner.text()
    assert panel.name.text() == "lea martin"
    panel.name.clear()

    # 4. Five more from a spreadsheet's CSV (Windows-1252, ";"), with its preview.
    path = tmp_path / "membres.csv"
    path.write_bytes(CSV)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    previews: list[ImportDialog] = []

    def confirm(dialog: ImportDialog) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted.value if dialog.confirm.isEnabled() else 0

    monkeypatch.setattr(ImportDialog, "exec", confirm)
    with qtbot.waitSignal(  # the file is read off-thread (the page's figures are read too)
        job_runner().ended, timeout=30_000, check_params_cb=lambda job: job.name == "members-import"
    ):
        press(qtbot, Qt.Key.Key_I, CTRL)
    assert previews and previews[0].confirm.text() == "Importer 5 personnes"
    assert "5 personnes ajoutées." in page.banner.text()
    assert [r[0] for r in panel.people.texts()] == ["7", "6", "5", "8", "2", "1", "3", "4"]
    shoot(window, "first-members-1366x768")

    # 5. Home (Esc), plan the first session (Ctrl+N) with a co-development case.
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is home
    assert home.title.text() == "Groupe Codév Managers"
    press(qtbot, Qt.Key.Key_N, CTRL)
    planner = window.planner
    assert window.pages.currentWidget() is planner
    planner.method_choice.setCurrentIndex(planner.method_choice.findData("codev"))
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    [row] = planner.rows
    row.title.setText("Codéveloppement — cas de Léa")
    row.client.setCurrentIndex(row.client.findText("Léa Martin"))
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert window.pages.currentWidget() is home
    assert home.meetings.meeting(0).number == 1

    # 6. Check-in: everyone present (Ctrl+Shift+P), Ctrl+Enter starts.
    press(qtbot, Qt.Key.Key_Return)
    checkin = window.checkin
    assert window.pages.currentWidget() is checkin
    rows = checkin.attendance.texts()
    assert len(rows) == 8
    assert (rows[0][0], rows[0][3]) == ("Aïcha Diallo", "7")  # her key, told at the door
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert checkin.count.text() == "8 présent·e·s"
    shoot(window, "first-checkin-1366x768")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    cockpit = window.cockpit
    assert window.pages.currentWidget() is cockpit
    tiles = {t.name.full_text(): t.key.text() for t in cockpit.tiles}
    assert tiles["Léa Martin"] == "1" and tiles["Aïcha Diallo"] == "7"

    # 7. Run it: start the item, Léa (key 1) presents, Aïcha (7) asks, close.
    press(qtbot, Qt.Key.Key_N, SHIFT)
    press(qtbot, Qt.Key.Key_1)
    clock.advance(minutes=10)
    press(qtbot, Qt.Key.Key_7)
    clock.advance(minutes=3)
    assert cockpit.speaker.text().startswith("Parole : AÏCHA DIALLO")
    shoot(window, "first-cockpit-1366x768")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    press(qtbot, Qt.Key.Key_W, CTRL | SHIFT)
    summary = window.summary
    assert window.pages.currentWidget() is summary

    # 8. Export the minutes (Ctrl+E); the PDF names the network and the members.
    out = tmp_path / "compte-rendu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(summary.exported, timeout=30_000):
        press(qtbot, Qt.Key.Key_E, CTRL)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Groupe Codév Managers" in text
    for name in ("Léa Martin", "Karim Benali", "Sofia Lopès", "Zoë Ngo", "Jules Petit"):
        assert name in text
    elapsed = time.perf_counter() - started
    print(f"\nkeyboard path, empty folder → minutes: {elapsed:.1f} s")


def test_the_language_is_chosen_in_the_window_and_kept(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue, shoot: Shoot
) -> None:
    from ui.shell.application import switch_language, window_language
    from ui.shell.settings import LANGUAGE, Settings

    assert Settings().get(LANGUAGE) == ""  # the first time, the system decides
    window = open_window(qtbot, store, clock, methods, SIZE)
    assert window.language.currentData() == "fr"
    with qtbot.waitSignal(window.language_chosen) as chosen:
        window.language.activated.emit(window.language.findData("en"))
    assert chosen.args == ["en"]
    english = switch_language(window, "en")
    qtbot.addWidget(english)
    try:
        assert Settings().get(LANGUAGE) == "en" and window_language(None) == "en"
        assert window_language("fr") == "fr"  # --lang wins for that start
        home = english.home
        assert home.title.text() == "Welcome to Cercle"
        assert home.create_first.text() == "Create my network  [Enter]"
        english.create_network()
        dialog = english.network_dialog
        assert dialog is not None
        assert dialog.windowTitle() == "Create a network"
        assert dialog.kind.itemText(4) == "co-development group"
        dialog.name.setText("Quality peers")
        dialog.create_network()
        panel = english.network.people
        assert panel.count.text() == "0 members"
        panel.name.setText("Ann Lee")
        with qtbot.waitSignal(english.network.filled, timeout=30_000):  # figures read off-thread
            panel.submit()
        assert panel.count.text() == "1 member"
        assert english.network.subtitle.text().endswith("1 member · 0 sessions held")
        english.resize(*SIZE)
        shoot(english, "first-members-english-1366x768")
    finally:
        english.cockpit.leave()
        from app.i18n import set_language
        from ui.shell.application import install_translations

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        for translator in app.property("cercle_translators") or []:
            app.removeTranslator(translator)
        app.setProperty("cercle_translators", install_translations(app, "fr"))
        set_language("fr")


def test_from_home_at_any_time_a_taken_name_is_refused_in_the_form(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue
) -> None:
    from app.workspace import Workspace

    Workspace(store, clock, methods).create_network("Réseau Qualité")
    window = open_window(qtbot, store, clock, methods, SIZE)
    assert window.home.meeting_table.hasFocus()
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = window.network_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.name.hasFocus)
    write(qtbot, "réseau qualité")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()  # still open, nothing typed is lost
    assert dialog.problem.text() == (
        "Un réseau s'appelle déjà « Réseau Qualité » : choisissez un autre nom."
    )
    assert dialog.name.text() == "réseau qualité"
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [n.name for n in window.workspace.overview()] == ["Réseau Qualité"]


def test_reading_commands_work_while_this_window_is_open(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue
) -> None:
    """Another process reads the file the window holds (no lock taken); a write waits."""
    import subprocess
    import sys

    from app.workspace import Workspace

    Workspace(store, clock, methods).create_network("Réseau Qualité")
    window = open_window(qtbot, store, clock, methods, SIZE)
    assert window.isVisible()
    root = Path(__file__).resolve().parent.parent

    def cercle(*argv: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "app", "--db", str(store.path), *argv]
        return subprocess.run(command, capture_output=True, text=True, cwd=root)

    listed = cercle("network", "list")
    assert listed.returncode == 0 and listed.stdout.startswith("Réseau Qualité — ")
    assert cercle("info").returncode == 0
    refused = cercle("network", "create", "Autre")
    assert refused.returncode == 1 and "déjà ouverte" in refused.stderr
    assert refused.stderr.count("\n") == 1
