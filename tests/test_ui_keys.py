"""Every declared key, pressed on every page of the real window, does its one thing.

A key bound twice for the same window is "ambiguous" to Qt and does nothing (F1 in the
cockpit once did exactly that): the tests fail on any ambiguous overload, and on a key
that reaches no action.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.methods import MethodCatalogue
from models import AttendanceStatus
from tests.conftest import Room, Shoot, make_room, open_window
from ui.shell.shortcuts import PAGE_SHORTCUTS, SHORTCUTS, shortcut
from ui.shell.window import MainWindow

SIZE = (1366, 768)


@pytest.fixture
def warnings() -> Iterator[list[str]]:
    """Qt's own warnings while the test runs ("Ambiguous shortcut overload: F1"…)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind is not QtMsgType.QtDebugMsg:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


@pytest.fixture
def window(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, Room]]:
    # Keys that ask (closing the session, where to save) are answered "no" at once.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    room = make_room(store, clock, methods)
    window = open_window(qtbot, store, clock, methods, SIZE)
    yield window, room
    window.cockpit.leave()
    window.cockpit.projector.close()


def press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    combination = QKeySequence(keys)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def running_cockpit(window: MainWindow, room: Room) -> None:
    e = window.workspace.engine(room.meeting_id)
    if not e.state().items:
        e.add_item("Cas de Léa", "codev", 90)
        e.add_item("Tour de table", "tour_de_table", 20)
        e.start_session()
        e.start_item()
        e.give_floor(room["Karim"])
    window.run(room.meeting_id)
    window.cockpit.capture_bar.cancel()
    while (modal := QApplication.activeModalWidget()) is not None:  # a météo or ROTI round
        modal.close()
    window.cockpit._arming_queue = False
    window.help.hide()
    window.activateWindow()
    window.cockpit.setFocus()
    QApplication.processEvents()


def test_every_cockpit_key_triggers_its_action_and_none_is_ambiguous(
    qtbot: QtBot, window: tuple[MainWindow, Room], warnings: list[str]
) -> None:
    main, room = window
    fired: dict[str, int] = {}
    for name, action in main.cockpit.commands.items():
        action.triggered.connect(lambda _=False, n=name: fired.__setitem__(n, fired.get(n, 0) + 1))
    for declared in SHORTCUTS:
        if declared.name == "tile" or declared.window:  # the window's own: test_ui_about
            continue
        for keys in declared.keys:
            running_cockpit(main, room)
            before = fired.get(declared.name, 0)
            press(qtbot, main, keys)
            assert fired.get(declared.name, 0) == before + 1, f"{keys} did nothing"
            main.help.hide()
    for index, keys in enumerate(("1", "2", "0", "Alt+1")):
        running_cockpit(main, room)
        name = f"tile_{(0, 1, 9, 10)[index]}"
        before = fired.get(name, 0)
        press(qtbot, main, keys)
        assert fired.get(name, 0) == before + 1, f"{keys} did nothing"
    assert not [w for w in warnings if "mbiguous" in w], warnings


def page_shortcuts(page: QWidget, keys: str) -> list[QShortcut]:
    wanted = QKeySequence(keys)
    return [s for s in page.findChildren(QShortcut) if s.key() == wanted]


def open_page(main: MainWindow, room: Room, group: str) -> QWidget:
    # what a key opened last time (the network form, a round) closes first; nothing reaches
    # the system's mail client or PDF viewer
    while (modal := QApplication.activeModalWidget()) is not None:
        modal.close()
    main.summary.sending.open_file = lambda path: True
    main.checkin.due.open_file = lambda path: True
    if group == "Accueil":
        main.go_home()
        return main.home
    if group == "Préparer une séance":
        main.plan(room.network_id)
        return main.planner
    if group == "Pointage":
        main.check_in(room.meeting_id)
        return main.checkin
    if group == "Répertoire":
        main.open_repertoire()
        return main.repertoire
    if group == "Vue d'ensemble des réseaux":
        main.open_organisation()
        return main.organisation
    main.show_summary(room.meeting_id)
    return main.summary


def test_every_page_key_reaches_its_page_and_f1_works_everywhere(
    qtbot: QtBot, window: tuple[MainWindow, Room], warnings: list[str]
) -> None:
    main, room = window
    e = main.workspace.engine(room.meeting_id)
    e.set_attendance(room["Léa"], AttendanceStatus.PRESENT)
    for declared in PAGE_SHORTCUTS:
        if declared.name == "repertoire":
            continue  # Ctrl+F: the window's, tested below
        for keys in declared.keys:
            page = open_page(main, room, declared.group)
            bound = page_shortcuts(page, keys)
            assert bound, f"{declared.name}: {keys} is not bound on its page"
            hits: list[str] = []
            for s in bound:
                s.activated.connect(lambda h=hits: h.append("ok"))
                s.activatedAmbiguously.connect(lambda h=hits: h.append("ambiguous"))
            if not page.hasFocus() and page.focusWidget() is None:
                page.setFocus()
            press(qtbot, main, keys)
            assert hits == ["ok"], f"{declared.name}: {keys} → {hits}"
    # F1 and Ctrl+F, on every page, the cockpit included.
    pages = [
        main.home,
        main.planner,
        main.checkin,
        main.summary,
        main.repertoire,
        main.network,
        main.organisation,
    ]
    for page in pages:
        while (modal := QApplication.activeModalWidget()) is not None:
            modal.close()
        main.pages.setCurrentWidget(page)
        page.setFocus()
        main.help.hide()
        press(qtbot, main, shortcut("help").keys[0])
        assert main.help.isVisible(), f"F1 did nothing on {type(page).__name__}"
    running_cockpit(main, room)
    main.help.hide()
    press(qtbot, main, "F1")
    assert main.help.isVisible()
    press(qtbot, main, "Ctrl+F")
    assert main.pages.currentWidget() is main.repertoire
    assert not [w for w in warnings if "mbiguous" in w], warnings


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_key_list_fits_a_laptop_screen_in_both_languages(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, shoot: Shoot, language: str
) -> None:
    from app.workspace import Workspace
    from ui.shell.application import create_application

    app = QApplication.instance()
    for translator in app.property("cercle_translators") or []:
        app.removeTranslator(translator)  # a French Qt left by an earlier test
    app = create_application(language)
    try:
        main = MainWindow(Workspace(store, clock, methods))
        qtbot.addWidget(main)
        main.resize(*SIZE)
        main.show()
        main.show_help()
        dialog = main.help
        dialog.fit_to(QRect(0, 0, *SIZE))  # the offscreen screen is smaller than the laptop's
        QApplication.processEvents()
        assert dialog.height() <= 768 - 60 and dialog.width() <= 1366 - 40
        # Nothing is cut: every row lies inside the dialog's page, none scrolled away.
        holder = dialog.holder
        assert dialog.area.verticalScrollBar().maximum() == 0
        assert dialog.area.horizontalScrollBar().maximum() == 0
        for keys, text in dialog.rows:
            assert text.width() >= 150 and keys.width() >= keys.sizeHint().width(), keys.text()
            assert text.mapTo(holder, text.rect().bottomLeft()).y() <= holder.height()
        shoot(dialog, f"f1-keys-{language}")
    finally:
        for translator in app.property("cercle_translators") or []:
            app.removeTranslator(translator)
        create_application("fr")


def test_on_home_what_is_highlighted_is_what_enter_opens_and_a_new_session_is_announced(
    qtbot: QtBot, demo_store, methods: MethodCatalogue
) -> None:
    from app.clock import FakeClock
    from app.planning import plan_meeting
    from tests.conftest import DEMO_NOW

    main = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, SIZE)
    home = main.home
    table = home.meeting_table
    selected = table.selectionModel().selectedRows()
    assert len(selected) == 1 and table.currentIndex().row() == selected[0].row()
    highlighted = home.meetings.meeting(selected[0].row())
    opened: list[object] = []
    home.open_requested.disconnect()
    home.open_requested.connect(opened.append)
    table.setFocus()
    press(qtbot, main, "Return")
    assert opened == [highlighted]
    # A session planned (the planner says so with its ids) comes back selected and announced.
    with demo_store.transaction() as db:
        from models import Network

        network = db.query(Network).one()
        meeting = plan_meeting(db, network, DEMO_NOW, 90, title="Séance ajoutée")
        ids = (network.id, meeting.id, meeting.number)
    main._planned(ids[0], ids[1])
    assert home.selected_meeting() is not None and home.selected_meeting().id == ids[1]
    assert table.currentIndex().row() == table.selectionModel().selectedRows()[0].row()
    assert f"Séance {ids[2]} enregistrée" in main.statusBar().currentMessage()


def test_the_planner_date_types_like_a_form_and_follows_the_rhythm(
    qtbot: QtBot, window: tuple[MainWindow, Room]
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QDate, Qt, QTime

    main, room = window
    main.plan(room.network_id)
    planner = main.planner
    # The network meets every 30 days: the last session plus 30 days, at its hour.
    last = room.clock.now().astimezone()
    expected = last + timedelta(days=30)
    assert planner.date.date() == QDate(expected.year, expected.month, expected.day)
    assert planner.start.time() == QTime(last.hour, last.minute)
    assert planner.length.value() == 120  # the network's usual length
    assert planner.date.weekday.text()  # "samedi": the day to check at a glance
    hour = planner.start.time()
    edit = planner.date.edit
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, "15/05/2026")
    assert edit.date() == QDate(2026, 5, 15)
    assert planner.start.time() == hour  # typing a date never touched the hour
    qtbot.keyClick(edit, Qt.Key.Key_Backtab)
    assert not edit.hasFocus()  # Shift+Tab leaves the field, it does not walk its parts
    assert edit.date() == QDate(2026, 5, 15)
    planner.start.setFocus()
    qtbot.keyClick(planner.start, Qt.Key.Key_Tab)
    assert not planner.start.hasFocus() and planner.start.time() == hour
