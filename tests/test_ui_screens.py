"""Screens that read: a dark desktop, a 1366×768 laptop, controls that say why not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.methods import MethodCatalogue
from models import EntryKind, Role
from tests.conftest import Room, Shoot, make_room, open_window
from ui.shell.application import create_application
from ui.shell.window import MainWindow

SIZE = (1366, 768)


def dark_desktop_palette() -> QPalette:
    """What a dark desktop theme hands every application: light text on dark grey."""
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def running_case(window: MainWindow, room: Room) -> None:
    e = window.workspace.engine(room.meeting_id)
    case = e.add_item("Codéveloppement — cas de Léa : embarquer les acheteurs", "codev", 90)
    e.add_item("Lean Coffee", "lean_coffee", 30)
    e.add_item("Clôture et météo de sortie", "free", 10)
    e.set_role(case, room["Léa"], Role.CLIENT)
    e.start_session()
    e.start_item()
    e.give_floor(room["Léa"])
    room.clock.advance(minutes=9)
    e.next_phase()
    e.give_floor(room["Karim"])
    room.clock.advance(minutes=3)
    e.capture(EntryKind.DECISION, "Le REX trimestriel devient un rituel")
    e.queue_add(room["Sofia"])
    window.run(room.meeting_id)


def dark_pixels(widget: QWidget) -> int:
    """Pixels dark enough to be text on the light tiles and panels."""
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 110
    )


@pytest.fixture
def system_theme(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance() or create_application("fr")
    if request.param == "dark":
        app.setPalette(dark_desktop_palette())  # as the desktop would, before Cercle starts
    yield request.param
    create_application("fr")


@pytest.mark.parametrize("system_theme", ["light", "dark"], indirect=True)
def test_the_cockpit_reads_on_a_light_and_a_dark_desktop(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, shoot: Shoot, system_theme: str
) -> None:
    room = make_room(store, clock, methods)
    window = open_window(qtbot, store, clock, methods, SIZE)
    running_case(window, room)
    cockpit = window.cockpit
    cockpit.tick()
    QApplication.processEvents()
    shoot(window, f"cockpit-{system_theme}-1366x768")
    for tile in cockpit.tiles:
        assert dark_pixels(tile.name) > 0, f"{tile.name.full_text()} unreadable"
    for label in (cockpit.item_title, cockpit.speaker, cockpit.heading):
        assert dark_pixels(label) > 0
    text = cockpit.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() < 80  # Cercle's own palette, whatever the desktop's
    # The network's name whole (once "Réseau …"), the agenda's long title whole on hover.
    heading = cockpit.heading
    assert heading.fontMetrics().horizontalAdvance(heading.full_text()) <= heading.width()
    assert cockpit.agenda.data(cockpit.agenda.index(0, 0), Qt.ItemDataRole.ToolTipRole) == (
        "Codéveloppement — cas de Léa : embarquer les acheteurs"
    )
    # The free centre tells the room what comes next.
    assert cockpit.outlook.upcoming.text() == "Point suivant : Lean Coffee · 30\u00a0min"
    # Columns do not move when the speaker changes.
    before = [cockpit.item_title.geometry(), cockpit.queue_view.geometry()]
    live = cockpit.live()
    live.give_floor(room["Inès"])
    cockpit.refresh()
    QApplication.processEvents()
    assert [cockpit.item_title.geometry(), cockpit.queue_view.geometry()] == before
    cockpit.leave()


def test_controls_that_cannot_act_are_disabled_and_say_why(
    qtbot: QtBot, store, clock, methods: MethodCatalogue
) -> None:
    room = make_room(store, clock, methods)
    window = open_window(qtbot, store, clock, methods, SIZE)
    e = window.workspace.engine(room.meeting_id)
    e.add_item("Tour", "free", 10)  # a single phase
    e.start_session()
    window.run(room.meeting_id)
    buttons = window.cockpit.buttons
    assert buttons["next_item"].isEnabled() and "Démarrer le point" in buttons["next_item"].text()
    assert not buttons["next_phase"].isEnabled()
    assert buttons["next_phase"].toolTip() == "Aucun point n'est en cours."
    assert not buttons["queue_next"].isEnabled()
    assert buttons["queue_next"].toolTip() == "La file est vide."
    assert not buttons["floor"].isEnabled() and "file est vide" in buttons["floor"].toolTip()
    assert not buttons["tour"].isEnabled()
    e.start_item()
    window.cockpit.refresh()
    assert not buttons["next_phase"].isEnabled()
    assert buttons["next_phase"].toolTip() == "Ce point n'a qu'une phase."
    assert "Terminer le point" in buttons["next_item"].text()  # the last item: Shift+N ends it
    e.finish_item()
    window.cockpit.refresh()
    assert window.cockpit.item_title.text() == "Tous les points sont traités."
    assert not buttons["next_item"].isEnabled()
    assert "Ctrl+Maj+W" in buttons["next_item"].toolTip()
    assert not buttons["pause"].isEnabled()
    window.cockpit.leave()


def test_a_late_start_is_shown_as_such(qtbot: QtBot, store, clock, methods) -> None:
    room = make_room(store, clock, methods)
    window = open_window(qtbot, store, clock, methods, SIZE)
    e = window.workspace.engine(room.meeting_id)
    e.add_item("Tour", "tour_de_table", 100)
    clock.advance(minutes=53)
    e.start_session()
    e.start_item()
    window.run(room.meeting_id)
    text = window.cockpit.schedule.text()
    assert text.startswith("▼ En retard de 53 min") and "commencée avec 53 min de retard" in text
    window.cockpit.leave()


def test_the_check_in_shows_the_open_actions_readable_and_reachable_by_keyboard(
    qtbot: QtBot, demo_store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    from app.clock import FakeClock
    from models import MeetingStatus
    from tests.conftest import DEMO_NOW

    window = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, SIZE)
    upcoming = next(m for m in window.home.meetings.rows() if m.status is MeetingStatus.PLANNED)
    window.check_in(upcoming.id)
    page = window.checkin
    QApplication.processEvents()
    view = page.open_actions_view
    count = page.open_actions.rowCount()
    assert count >= 2
    # The action's title has the room it needs (once "Prése…" in 5 characters).
    title_width = view.columnWidth(1)
    assert title_width >= 0.4 * view.viewport().width()
    longest = max((page.open_actions.row(r).title for r in range(count)), key=len)
    assert view.fontMetrics().horizontalAdvance(longest) + 20 <= title_width  # cell padding
    shoot(window, "checkin-actions-1366x768")
    shoot(window, "checkin-actions-1366x768")
    # Keyboard only: Ctrl+J to the actions, F marks the chosen one done.
    qtbot.keyClick(page.attendance_view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.hasFocus() and view.selectionModel().selectedRows()
    before = page.open_actions.rowCount()
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert page.open_actions.rowCount() == before - 1  # marked done, gone from the review
    # Tab walks from the members' table to the actions' table.
    page.attendance_view.setFocus()
    qtbot.keyClick(page.attendance_view, Qt.Key.Key_Tab)
    assert view.hasFocus()


def test_nothing_moves_when_a_message_or_the_capture_bar_appears(
    qtbot: QtBot, store, clock, methods: MethodCatalogue
) -> None:
    room = make_room(store, clock, methods)
    window = open_window(qtbot, store, clock, methods, SIZE)
    running_case(window, room)
    cockpit = window.cockpit
    cockpit.refresh()
    QApplication.processEvents()
    watched = (cockpit.agenda_view, cockpit.timer, cockpit.captures_view)
    before = [w.geometry() for w in watched] + [t.geometry() for t in cockpit.tiles]
    cockpit.banner.show_message("Aucune personne sur la touche 9.", error=True)
    QApplication.processEvents()
    assert [w.geometry() for w in watched] + [t.geometry() for t in cockpit.tiles] == before
    cockpit.open_capture("decision")
    QApplication.processEvents()
    assert cockpit.capture_bar.isVisible()
    assert [w.geometry() for w in watched] + [t.geometry() for t in cockpit.tiles] == before
    cockpit.leave()


def test_the_cockpit_in_english_keeps_long_captures_whole(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, shoot: Shoot
) -> None:
    app = QApplication.instance()
    for translator in app.property("cercle_translators") or []:
        app.removeTranslator(translator)
    app = create_application("en")
    try:
        room = make_room(store, clock, methods)
        from app.workspace import Workspace

        window = MainWindow(Workspace(store, clock, methods))
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        running_case(window, room)
        e = window.cockpit.live()
        long = (
            "Every co-development case ends with the client's three next steps, written "
            "down before anyone leaves the room"
        )
        e.capture(EntryKind.PRACTICE, long)
        window.cockpit.refresh()
        QApplication.processEvents()
        view = window.cockpit.captures_view
        row = window.cockpit.captures.rowCount() - 1
        assert view.rowHeight(row) > view.rowHeight(0)  # wrapped over two lines, not cut
        assert window.cockpit.schedule.text().startswith("▼ 10 min behind")
        hint = window.minimumSizeHint()
        assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1]
        shoot(window, "cockpit-en-1366x768")
        window.cockpit.leave()
    finally:
        for translator in app.property("cercle_translators") or []:
            app.removeTranslator(translator)
        create_application("fr")


def test_past_the_slot_the_cockpit_offers_ways_to_end_on_time(
    qtbot: QtBot, store, clock, methods: MethodCatalogue
) -> None:
    room = make_room(store, clock, methods)  # a 120-minute slot
    window = open_window(qtbot, store, clock, methods, SIZE)
    running_case(window, room)  # 130 minutes of agenda: 10 past the slot
    cockpit = window.cockpit
    cockpit.refresh()
    assert cockpit.fit_button.isVisible()
    assert "(créneau" not in cockpit.planned_end.text()  # the agenda fills the slot
    cockpit._offer_fit()
    menu = next(m for m in cockpit.findChildren(QMenu) if m.isVisible())
    labels = [a.text() for a in menu.actions()]
    assert labels[0].startswith("Raccourcir les points restants (gagne ")
    menu.actions()[0].trigger()
    cockpit.refresh()
    assert cockpit.live().state().schedule.over_slot <= 0
    assert not cockpit.fit_button.isVisible()
    menu.close()
    cockpit.leave()
