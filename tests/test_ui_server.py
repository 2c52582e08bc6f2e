"""The window against a database on a PostgreSQL server — the same as on a file.

Both backends (``backend``): a session opened at the door and run from the keyboard, its
minutes written, the network's dashboard opened. On the server, a second Cercle's window on
the same database keeps working, but may not drive the session the first one drives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.export.minutes import Options, export_minutes
from app.methods import MethodCatalogue
from app.store import Store, open_store
from models import MeetingStatus
from tests.conftest import Room, Shoot, make_room, open_window

SIZE = (1366, 768)


def key(qtbot: QtBot, window: object, k: Qt.Key, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget() or window, k, modifier)  # type: ignore[arg-type]


def test_a_session_runs_in_the_window_and_its_minutes_and_dashboard_follow(
    qtbot: QtBot,
    backend: str,
    store: Store,
    clock: FakeClock,
    methods: MethodCatalogue,
    tmp_path: Path,
    shoot: Shoot,
) -> None:
    room = make_room(store, clock, methods, present=False)
    window = open_window(qtbot, store, clock, methods, SIZE)
    assert str(store.location) in window.statusBar().currentMessage()
    # At the door: everyone present, then Ctrl+Enter starts the session.
    window.home.meeting_table.selectRow(0)
    qtbot.keyClick(window.home.meeting_table, Qt.Key.Key_Return)
    checkin = window.checkin
    assert window.pages.currentWidget() is checkin
    for _ in room.people:
        qtbot.keyClick(checkin.attendance_view, Qt.Key.Key_P)
    qtbot.keyClick(checkin.attendance_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    cockpit = window.cockpit
    assert window.pages.currentWidget() is cockpit
    cockpit.live().add_item("Tour de table libre", "free", 30)
    key(qtbot, window, Qt.Key.Key_N, shift=True)  # start the item
    key(qtbot, window, Qt.Key.Key_3)  # Léa speaks
    clock.advance(seconds=95)
    key(qtbot, window, Qt.Key.Key_2)  # Karim
    clock.advance(seconds=40)
    cockpit.tick()
    state = cockpit.state
    assert state is not None and state.speaker is not None
    assert state.speaker.member_id == room["Karim"]
    shoot(window, f"ui-cockpit-{backend}-1366x768")
    cockpit.live().close_session()
    with store.session() as db:
        from models import Meeting

        assert db.get_one(Meeting, room.meeting_id).status is MeetingStatus.CLOSED
    window.go_home()
    # The minutes say who spoke, to the second, whatever the backend.
    out = export_minutes(
        store,
        room.meeting_id,
        methods,
        clock.now(),
        tmp_path / "cr.pdf",
        Options(include_speaking_stats=True),
    )
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Léa" in text and "1 min 35 s" in text
    # The dashboard (Ctrl+D) reads the same history.
    page = window.network
    with qtbot.waitSignal(page.filled, timeout=30_000):
        qtbot.keyClick(window.home.meeting_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page
    assert page.heading.text() == "Réseau Qualité Achats"
    assert "6 / 6" in page.cards["mass"].text()
    shoot(window, f"ui-network-health-{backend}-1366x768")


@pytest.mark.postgresql
def test_a_second_cercle_on_the_server_works_beside_but_does_not_drive_the_same_session(
    qtbot: QtBot, pg_location: object, clock: FakeClock, methods: MethodCatalogue, shoot: Shoot
) -> None:
    with open_store(pg_location) as laptop_a, open_store(pg_location) as laptop_b:  # type: ignore[arg-type]
        room: Room = make_room(laptop_a, clock, methods)
        room.engine.start_session()
        first = open_window(qtbot, laptop_a, clock, methods, SIZE)
        first.run(room.meeting_id)
        assert first.pages.currentWidget() is first.cockpit
        second = open_window(qtbot, laptop_b, clock, methods, SIZE)
        second.run(room.meeting_id)
        assert second.pages.currentWidget() is second.home
        said = second.refusal
        assert said.isVisible() and QApplication.activeModalWidget() is said
        assert said.text().startswith(
            "Cette séance est déjà ouverte dans une autre fenêtre Cercle : postgresql+psycopg://"
        )
        shoot(said, "ui-session-held-elsewhere")
        said.accept()
        # Its other pages work: the dashboard of the same network.
        with qtbot.waitSignal(second.network.filled, timeout=30_000):
            second.steer(room.network_id)
        assert second.pages.currentWidget() is second.network
        assert second.network.heading.text() == "Réseau Qualité Achats"
        # Once the first Cercle leaves the session, the second may drive it.
        first.go_home()
        second.run(room.meeting_id)
        assert second.pages.currentWidget() is second.cockpit
        second.cockpit.leave()
