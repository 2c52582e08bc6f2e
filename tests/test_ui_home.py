"""The main window on the demo network, as a facilitator first sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.demo_content import NETWORK_NAME
from app.methods import MethodCatalogue
from app.store import Store
from app.workspace import Workspace
from tests.conftest import DEMO_NOW as NOW
from tests.conftest import Shoot, open_window
from ui.shell.application import create_application
from ui.shell.window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, store: Store, methods: MethodCatalogue) -> MainWindow:
    return open_window(qtbot, store, FakeClock(NOW), methods, (1366, 768))


def test_an_empty_database_offers_to_create_your_network_and_names_the_demo(
    window: MainWindow,
) -> None:
    assert window.home.title.text() == "Bienvenue dans Cercle"
    texts = " ".join(label.text() for label in window.home.empty.findChildren(QLabel))
    assert "Commencez par créer votre réseau" in texts and "cercle --demo" in texts
    assert window.home.empty.isVisible()
    assert window.home.create_first.hasFocus()  # Enter creates it
    assert window.home.create_first.text() == "Créer mon réseau  [Entrée]"


def test_the_demo_network_and_its_sessions_are_listed(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    window = open_window(qtbot, demo_store, FakeClock(NOW), methods, (1366, 768))
    assert window.home.title.text() == NETWORK_NAME
    assert "référentiel commun" in window.home.intention.text()
    model = window.home.meetings
    assert model.rowCount() == 7
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[0] == "7" and first[5] == "○ À venir" and first[2] == "Cas de Sofia et Lean Coffee"
    assert model.data(model.index(6, 5)) == "✓ Close"
    # The number and the items centred: Qt's own values, written as numbers in the model.
    for column in (0, 4):
        aligned = model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole)
        assert aligned == Qt.AlignmentFlag.AlignCenter.value
    flags = model.flags(model.index(0, 2))  # read, never edited nor dragged
    assert flags & Qt.ItemFlag.ItemIsSelectable and not flags & Qt.ItemFlag.ItemIsEditable
    assert not flags & Qt.ItemFlag.ItemIsDragEnabled
    assert (
        window.home.networks.data(window.home.networks.index(0, 0)) == f"{NETWORK_NAME}\n10 membres"
    )
    assert not window.home.empty.isVisible()
    shoot(window, "home-1366x768")


def test_the_window_speaks_english(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    app = create_application("en")
    try:
        window = MainWindow(Workspace(demo_store, FakeClock(NOW), methods))
        qtbot.addWidget(window)
        window.show()
        assert window.home.meetings.headers() == [
            "No.",
            "Date",
            "Session",
            "Place",
            "Items",
            "Status",
        ]
        assert window.home.meetings.data(window.home.meetings.index(0, 5)) == "○ Upcoming"
        shoot(window, "home-en-1366x768")
    finally:
        for translator in app.property("cercle_translators") or []:
            app.removeTranslator(translator)


def test_an_upcoming_session_is_changed_in_the_planner(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    window = open_window(qtbot, demo_store, FakeClock(NOW), methods, (1366, 768))
    home = window.home
    home.meeting_table.selectRow(1)  # session 6, closed: nothing to change
    assert not home.edit_button.isEnabled()
    qtbot.keyClick(home.meeting_table, Qt.Key.Key_F2)
    assert window.pages.currentWidget() is home

    home.meeting_table.selectRow(0)  # session 7, upcoming
    assert home.edit_button.isEnabled()
    qtbot.keyClick(home.meeting_table, Qt.Key.Key_F2)
    planner = window.planner
    assert window.pages.currentWidget() is planner
    assert planner.heading.text() == "Modifier la séance 7"
    assert planner.title.text() == "Cas de Sofia et Lean Coffee"
    assert planner.place.text() == "Salle Lumière"
    titles = [row.title.text() for row in planner.rows]
    assert len(titles) == 5
    [case] = [row for row in planner.rows if row.method.currentData() == "codev"]
    assert case.client.currentText() == "Sofia Lopes"  # the case keeps its client
    shoot(window, "ui-planner-change-1366x768")

    planner.place.setText("Salle Confluence")
    case.minutes.setValue(case.minutes.value() - 10)
    planner.remove(planner.rows[-1])
    qtbot.keyClick(planner.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is home
    changed = home.meetings.meeting(0)
    assert (changed.number, changed.place, changed.items) == (7, "Salle Confluence", 4)
    assert home.meetings.rowCount() == 7  # changed, not planned a second time
    qtbot.keyClick(home.meeting_table, Qt.Key.Key_F2)
    assert [row.title.text() for row in window.planner.rows] == titles[:-1]


def test_a_long_network_name_ends_in_an_ellipsis_and_is_whole_in_its_tooltip(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    from app.networks import create

    long_name = "Réseau Achats responsables et qualité des fournisseurs du groupe industriel"
    with demo_store.transaction() as db:
        create(db, long_name, NOW)
    window = open_window(qtbot, demo_store, FakeClock(NOW), methods, (1366, 768))
    networks, listed = window.home.networks, window.home.network_list
    row = next(i for i in range(networks.rowCount()) if networks.network(i).name == long_name)
    assert not listed.horizontalScrollBar().isVisible()  # the list fits its column
    tip = networks.data(networks.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(long_name)
    listed.setCurrentIndex(networks.index(row, 0))
    assert window.home.title.text() == long_name  # and whole as the page's title
    shoot(window, "home-long-network-name-1366x768")
