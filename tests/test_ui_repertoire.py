"""The repertoire browser and the term-revision offer, driven through the real window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.methods import MethodCatalogue
from models import EntryKind, EntryStatus
from tests.conftest import Room, Shoot, open_window
from ui.shell.window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, room: Room, methods: MethodCatalogue) -> Iterator[MainWindow]:
    e = room.engine
    e.add_item("Codéveloppement — cas de Léa", "codev")
    e.start_item()
    e.capture(EntryKind.TERM, "Codéveloppement", body="Méthode de Payette et Champagne")
    e.capture(EntryKind.PRACTICE, "Le réseau relit ses règles <chaque> trimestre")
    e.capture(
        EntryKind.ACTION,
        "Envoyer la grille d'audit",
        owner_id=room["Sofia"],
        due_on=room.clock.now().date() - timedelta(days=1),
    )
    window = open_window(qtbot, room.store, room.clock, methods, (1366, 768))
    window.run(room.meeting_id)
    yield window
    window.cockpit.leave()


def test_ctrl_f_finds_curates_and_comes_back_to_the_running_session(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    qtbot.keyClick(window.cockpit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.repertoire
    assert window.pages.currentWidget() is page and page.query.hasFocus()
    assert window.cockpit.ticker.isActive()  # the session goes on meanwhile
    qtbot.keyClicks(page.query, "codev")
    page.run_search()
    assert [r[1] for r in page.results.texts()] == [
        "<b>Codéveloppement</b> — Méthode de Payette et Champagne"
    ]
    assert page.title.text() == "Codéveloppement"

    page.query.setText("relit trimestre")
    page.run_search()
    assert "&lt;chaque&gt;" in page.results.texts()[0][1]  # user text shown literally
    page.body.setPlainText("Chaque trimestre, en ouverture de séance")
    page.entry_status.setCurrentIndex(page.entry_status.findData(EntryStatus.ADOPTED))
    qtbot.keyClick(page.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "version précédente est gardée" in page.banner.text()
    assert page.history.rowCount() == 1
    page.history_view.selectRow(0)
    page._restore_revision()
    assert page.body.toPlainText() == ""
    assert page.history.rowCount() == 2

    page.delete_button.click()
    page.query.setText("relit")
    page.run_search()
    assert page.results.rowCount() == 0

    page.tabs.setCurrentIndex(1)
    assert page.action_rows.texts()[0][:3] == ["⚠ en retard", "Envoyer la grille d'audit", "Sofia"]
    shoot(page, "ui-repertoire-actions-1366x768")
    page.tabs.setCurrentIndex(0)
    page.query.setText("payette")
    page.run_search()
    shoot(page, "ui-repertoire-1366x768")
    qtbot.keyClick(page.query, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.cockpit


def test_capturing_a_known_term_offers_to_revise_it(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    cockpit = window.cockpit
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_T)
    bar = cockpit.capture_bar
    bar.title.setText("codeveloppement")
    bar.body.setText("Groupe de pairs qui s'entraident sur des cas réels")
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)
    assert bar.isVisible() and "déjà défini" in cockpit.banner.text()
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)
    assert not bar.isVisible() and "révisée" in cockpit.banner.text()
    [hit] = window.workspace.search("codeveloppement")
    entry = window.workspace.entry(hit.id)
    assert entry.body == "Groupe de pairs qui s'entraident sur des cas réels"
    assert entry.revisions[0].body == "Méthode de Payette et Champagne"


def test_result_rows_fit_their_entry_in_whole_lines_without_a_dangling_dash(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    e = room.engine
    e.capture(EntryKind.IDEA, "Un atelier acheteurs")  # no body
    e.capture(
        EntryKind.PRACTICE,
        "Relire les règles",
        body=" ".join(["Chaque trimestre, le réseau relit ses règles en ouverture de séance."] * 6),
    )
    window.open_repertoire()
    page = window.repertoire
    page.query.setText("")
    page.run_search()
    QApplication.processEvents()
    texts = {r[1]: i for i, r in enumerate(page.results.texts())}
    assert "<b>Un atelier acheteurs</b>" in texts  # once "<b>Un atelier acheteurs</b> — "
    assert not any(t.endswith("— ") or t.endswith("—") for t in texts)
    view = page.results_view
    line = view.fontMetrics().lineSpacing()
    short = view.rowHeight(texts["<b>Un atelier acheteurs</b>"])
    long = next(i for t, i in texts.items() if t.startswith("<b>Relire les règles</b>"))
    assert short < view.rowHeight(long) <= 3 * line + 20
    shoot(page, "repertoire-rows-1366x768")
