"""The health page shows at once and reads the network off the window's thread (issue 21).

Each read is held on an event until the test lets it go, so the skeleton can be seen and the
page's answers to a second open, to leaving it, or to another network are checked; nothing
sleeps: the tests wait on the page's signals.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.steering.network as network_page
from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.planning import create_network
from app.steering_reading import HealthReading, read_health
from app.store import Store
from tests.conftest import DEMO_NOW, Shoot, open_window
from ui.shell.window import MainWindow


class HeldReads:
    """Every read of the page waits for ``gate`` before reading; ``calls`` lists them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.calls: list[uuid.UUID] = []
        real = read_health

        def read(store: Store, network_id: uuid.UUID, now: datetime) -> HealthReading:
            self.calls.append(network_id)
            assert self.gate.wait(30), "the test never let the read go"
            return real(store, network_id, now)

        monkeypatch.setattr(network_page, "read_health", read)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldReads]:
    reads = HeldReads(monkeypatch)
    yield reads
    reads.gate.set()  # never leave a worker waiting


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, methods: MethodCatalogue) -> MainWindow:
    shown: MainWindow = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, (1366, 768))
    return shown


def test_ctrl_d_shows_the_page_at_once_then_fills_it(
    qtbot: QtBot, window: MainWindow, held: HeldReads, shoot: Shoot
) -> None:
    page = window.network
    qtbot.keyClick(window.home.meeting_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    # The page is there before anything was read: its title, cards saying « lecture… ».
    assert window.pages.currentWidget() is page
    assert page.heading.text() == "Réseau Qualité Achats"
    assert page.reading is not None and page.reading.running
    assert all("lecture…" in card.text() for card in page.cards.values())
    assert "Membres engagés" in page.cards["mass"].text()
    assert "Lecture de l'historique du réseau" in page.warnings.text()
    assert not page.report_button.isEnabled()
    assert not page.tabs.isTabEnabled(page.tabs.indexOf(page.profile))
    shoot(window, "ui-network-health-reading-1366x768")
    with qtbot.waitSignal(page.filled, timeout=30_000):
        held.gate.set()
    assert page.heading.text() == "Réseau Qualité Achats"
    assert "7 / 10" in page.cards["mass"].text()
    assert not any("lecture…" in card.text() for card in page.cards.values())
    assert page.circles_chart.series()
    assert page.report_button.isEnabled()
    assert page.tabs.isTabEnabled(page.tabs.indexOf(page.profile))
    assert threading.current_thread() is threading.main_thread()
    shoot(window, "ui-network-health-filled-1366x768")


def test_a_second_open_while_reading_starts_no_second_read(
    qtbot: QtBot, window: MainWindow, held: HeldReads
) -> None:
    network_id = window.home.network_id
    assert network_id is not None
    page = window.network
    window.steer(network_id)
    first = page.reading
    window.go_home()
    window.steer(network_id)
    assert page.reading is first
    with qtbot.waitSignal(page.filled, timeout=30_000):
        held.gate.set()
    assert held.calls == [network_id]
    assert "7 / 10" in page.cards["mass"].text()


def test_leaving_the_page_while_it_reads_is_harmless(
    qtbot: QtBot, window: MainWindow, held: HeldReads
) -> None:
    network_id = window.home.network_id
    assert network_id is not None
    page = window.network
    job = page.open(network_id)
    window.pages.setCurrentWidget(page)
    window.go_home()
    assert window.pages.currentWidget() is window.home
    with qtbot.waitSignal(job.ended, timeout=30_000):
        held.gate.set()
    assert window.pages.currentWidget() is window.home  # the read does not pull the page back
    assert page.reading is None and not page.banner.text()
    # Coming back shows the figures read (and reads them once more, for what changed).
    with qtbot.waitSignal(page.filled, timeout=30_000):
        window.steer(network_id)
    assert "7 / 10" in page.cards["mass"].text()


def test_another_network_never_shows_the_figures_of_the_one_before(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue, held: HeldReads
) -> None:
    with demo_store.transaction() as db:
        other = create_network(db, "Réseau neuf", DEMO_NOW).id
    window = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, (1366, 768))
    page = window.network
    demo = window.home.network_id
    assert demo is not None and demo != other
    with qtbot.waitSignal(page.filled, timeout=30_000):
        held.gate.set()
        window.steer(demo)
    assert page.heading.text() == "Réseau Qualité Achats"

    held.gate.clear()
    shown: list[str] = []
    page.filled.connect(lambda: shown.append(page.heading.text()))
    window.steer(demo)  # a read of the first network, held…
    window.steer(other)  # …while the facilitator already opened the second
    # At once: the second network's name, and no figure of the first one under it.
    assert page.heading.text() == "Réseau neuf"
    assert "7 / 10" not in page.cards["mass"].text()
    assert not page.members.texts()
    with qtbot.waitSignal(page.filled, timeout=30_000):
        held.gate.set()
    assert held.calls[-2:] == [demo, other]
    assert shown == ["Réseau neuf"]  # the first network's late answer was never shown
    assert "0 / 0" in page.cards["mass"].text()
