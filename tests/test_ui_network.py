"""Steering a network through the window: the dashboard on the demo, profile, import, report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.store import Store
from tests.conftest import DEMO_NOW, Shoot, open_window
from ui.shell.window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, methods: MethodCatalogue) -> Iterator[MainWindow]:
    window = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, (1366, 768))
    yield window


def test_a_sponsor_reads_the_network_in_one_screen(
    qtbot: QtBot, window: MainWindow, shoot: Shoot
) -> None:
    page = window.network
    with qtbot.waitSignal(page.filled, timeout=30_000):
        qtbot.keyClick(window.home.meeting_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page
    assert page.heading.text() == "Réseau Qualité Achats"
    mass = page.cards["mass"].text()
    assert "7 / 10" in mass and "au moins un tiers" in mass
    assert "Suivi des actions" in page.warnings.text()
    assert "Marc Dubois" in page.leaders_label.text()
    assert page.circles_chart.series() and page.balance_chart.series()
    # the ROTI of the six past sessions, trended; the last one on its card
    [roti] = page.roti_chart.series()
    assert roti.count() == 6  # type: ignore[attr-defined]
    assert "ROTI de la dernière séance" in page.cards["roti"].text()
    assert re.search(r"\d,\d / 5", page.cards["roti"].text())
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    for chart in (page.circles_chart, page.attendance_chart):  # "périphérique", "Thomas" whole
        assert not chart.axes(Qt.Orientation.Horizontal)[0].labelsTruncated()
    assert "8 / 18 à l'heure" in page.cards["actions"].text()
    # The warning counts the same actions as the card (once "9 sur 19").
    assert "10 actions sur 18 en retard" in page.warnings.text()
    # The x axes are session numbers, not an index; the counts' ticks evenly whole.
    numbers = sorted(page.data.session_numbers.values())
    x = page.balance_chart.axes(Qt.Orientation.Horizontal)[0]
    assert (x.min(), x.max()) == (numbers[0], numbers[-1]) and x.titleText() == "séance n°"
    y = page.growth_chart.axes(Qt.Orientation.Vertical)[0]
    step = y.tickInterval()
    assert step == int(step) and y.max() % step == 0 and y.min() == 0
    shoot(window, "ui-network-health-1366x768")
    page.tabs.setCurrentWidget(page.people)
    shoot(window, "ui-network-people-1366x768")
    page.tabs.setCurrentIndex(2)
    assert [r[0] for r in page.members.texts()][:2] == ["Claire Fontaine", "Hugo Lefèvre"]
    shoot(window, "ui-network-members-1366x768")
    page.tabs.setCurrentIndex(3)
    shoot(window, "ui-network-profile-1366x768")
    page.tabs.setCurrentIndex(4)
    # the programme names the format as the window does, not by its file name (« codev »)
    assert page.planned.texts()[0][1:] == ["n° 7 · Cas de Sofia et Lean Coffee", "Codéveloppement"]
    shoot(window, "ui-network-programme-1366x768")


def test_profile_circle_import_and_report(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.network
    with qtbot.waitSignal(page.filled, timeout=30_000):
        window.steer(window.home.network_id)  # type: ignore[arg-type]
    page.autonomy.setValue(90)
    assert "instrumentalisation" in page.drift.text()
    page.sponsor.setText("Direction Qualité Groupe")
    with qtbot.waitSignal(page.filled, timeout=30_000):
        page.save_profile()
    assert "Profil enregistré" in page.banner.text()
    assert "sponsor : Direction Qualité Groupe" in page.subtitle.text()
    assert any("instrumentalisé" in w for w in page.data.warnings)  # type: ignore[union-attr]

    page.members_view.selectRow(1)  # Hugo Lefèvre, peripheral by the numbers
    page.circle_choice.setCurrentIndex(page.circle_choice.findText("ponctuel"))
    with qtbot.waitSignal(page.filled, timeout=30_000):
        page._set_circle()
    assert page.members.texts()[1][1] == "ponctuel ✎"

    csv = tmp_path / "nouveaux.csv"
    csv.write_bytes(
        "Nom;Courriel\nAïcha Diallo;aicha@example.com\n;x@example.com\n".encode("cp1252")
    )
    with (
        qtbot.waitSignal(page.filled, timeout=30_000),
        qtbot.waitSignal(page.import_file(csv, ask=False).ended, timeout=30_000),
    ):
        pass
    assert "1 personne ajoutée." in page.banner.text()  # a plural that reads right
    assert "Aïcha Diallo" in [r[0] for r in page.members.texts()]
    bad = tmp_path / "sans-nom.csv"
    bad.write_text("Courriel\nx@example.com\n", encoding="utf-8")
    with qtbot.waitSignal(page.import_file(bad, ask=False).ended, timeout=30_000):
        pass
    assert "Il manque une colonne" in page.banner.text()

    with qtbot.waitSignal(page.report_written, timeout=30_000):
        page.write_report(tmp_path / "sante")
    content = " ".join(p.extract_text() for p in PdfReader(tmp_path / "sante.pdf").pages)
    assert "Santé du réseau" in content and "Réseau Qualité Achats" in content
    assert "Membres engagés (noyau + actifs)" in content and "Aïcha Diallo" in content
    assert "0,8" in content and "0.8" not in content  # the balance axis, French decimals


def test_a_new_network_without_members_shows_no_alarm_the_warnings_do_not_say(
    qtbot: QtBot, store: Store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    from app.planning import create_network

    with store.transaction() as db:
        create_network(db, "Réseau neuf", DEMO_NOW)
    window = open_window(qtbot, store, FakeClock(DEMO_NOW), methods, (1366, 768))
    page = window.network
    with qtbot.waitSignal(page.filled, timeout=30_000):
        qtbot.keyClick(window.home.meeting_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page
    mass = page.cards["mass"].text()
    # No members yet: nothing to alarm about, and the card says why (once red, "moins d'un tiers").
    assert "0 / 0" in mass and "aucun membre" in mass and "#b3261e" not in mass
    assert "Masse critique" not in page.warnings.text()
    # No session planned: the card is red and the warning says it, both.
    assert "#b3261e" in page.cards["next"].text()
    assert "Aucune séance n'est planifiée" in page.warnings.text()
    shoot(window, "ui-network-health-empty-1366x768")


def test_figures_read_again_keep_the_lines_and_draw_what_a_fresh_chart_draws(
    qtbot: QtBot, demo_store: Store
) -> None:
    """Read again (a command changed the network, or it is opened again), the line charts keep
    their series and axes, only points, names and ranges replaced: pixel for pixel what charts
    drawn afresh draw, whether the figures grew or shrank."""
    from dataclasses import replace

    from sqlalchemy import select

    from app.steering_reading import read_health
    from models import Network
    from ui.steering.health_tab import HealthTab

    with demo_store.session() as db:
        network_id = db.scalars(select(Network.id)).one()
    reading = read_health(demo_store, network_id, DEMO_NOW)
    full = reading.dashboard
    fewer = replace(  # three sessions: other ranges, the growth's kinds in another order
        full,
        equality=full.equality[:3],
        roti=full.roti[:2],
        growth={kind: points[:3] for kind, points in full.growth.items()},
    )

    def tab() -> HealthTab:
        shown = HealthTab()
        qtbot.addWidget(shown)
        shown.resize(1300, 620)
        shown.show()
        return shown

    def drawn(shown: HealthTab) -> list[object]:
        QApplication.processEvents()
        c = shown.charts
        views = (c.circles_view, c.balance_view, c.attendance_view, c.growth_view, c.roti_view)
        return [view.grab().toImage() for view in views]

    pictures = []
    for figures in (full, fewer):
        one = tab()
        one.display(figures, reading.coexistence)
        pictures.append(drawn(one))
    assert pictures[0][1:] != pictures[1][1:]  # the line charts show the difference
    for before, after in ((fewer, full), (full, fewer)):
        again, fresh = tab(), tab()
        again.display(before, reading.coexistence)
        lines = [again.charts.balance_chart.series(), again.charts.growth_chart.series()]
        again.display(after, reading.coexistence)
        fresh.display(after, reading.coexistence)
        assert [again.charts.balance_chart.series(), again.charts.growth_chart.series()] == lines
        assert drawn(again) == drawn(fresh)
