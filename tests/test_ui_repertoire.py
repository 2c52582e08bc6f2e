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
from ui.repertoire.result_rows import ROW_ROLE
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
    e.capture(EntryKind.IDEA, " ".join(["Un atelier très long sur les achats responsables"] * 8))
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

    def height(row: int) -> int:
        return view.visualRect(page.results.index(row)).height()

    short = texts["<b>Un atelier acheteurs</b>"]
    long = next(i for t, i in texts.items() if t.startswith("<b>Relire les règles</b>"))
    assert height(short) < height(long) <= 3 * line + 20
    # The body's beginning says « … » where it stops; an entry longer than three lines is
    # cut after the third and says so too; the short one is whole.
    assert page.results.texts()[long][1].endswith("…")
    font, width = page.rows_delegate.font(), view.viewport().width()

    def cut(row: int) -> bool:
        return page.rows_delegate.laid_for(page.results.index(row).data(ROW_ROLE), font, width).cut

    assert cut(next(i for t, i in texts.items() if "très long" in t))
    assert not cut(short)
    shoot(page, "repertoire-rows-1366x768")


def test_the_keyboard_goes_from_the_search_field_through_the_results_to_the_entry(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    qtbot.keyClick(window.cockpit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.repertoire
    page.query.setText("")
    page.run_search()
    first, second = page.results.rows[:2]
    assert page.title.text() == first.title
    qtbot.keyClick(page.query, Qt.Key.Key_Down)  # the cursor stays where one types
    assert page.query.hasFocus() and page.title.text() == second.title
    qtbot.keyClick(page.query, Qt.Key.Key_Up)
    assert page.title.text() == first.title
    qtbot.keyClick(page.query, Qt.Key.Key_Return)  # Enter: to the entry, to curate it
    assert page.title.hasFocus() and page.title.selectedText() == first.title
    page.results_view.setFocus()
    qtbot.keyClick(page.results_view, Qt.Key.Key_Down)
    qtbot.keyClick(page.results_view, Qt.Key.Key_Enter)
    assert page.title.hasFocus() and page.title.text() == second.title


def test_typing_on_keeps_the_entry_being_curated_while_it_stays_first(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    window.open_repertoire()
    page = window.repertoire
    page.query.setText("code")
    page.run_search()
    page.body.setPlainText("Une définition en cours d'écriture")  # not saved yet
    for typed in ("codev", "codeve", "codevel"):
        page.query.setText(typed)
        page.run_search()
        assert page.title.text() == "Codéveloppement"
    assert page.body.toPlainText() == "Une définition en cours d'écriture"
    page.query.setText("grille")
    page.run_search()
    assert page.title.text() == "Envoyer la grille d'audit"  # another entry: read afresh


def test_each_result_says_what_it_shows_to_a_screen_reader(
    qtbot: QtBot, window: MainWindow, room: Room
) -> None:
    window.open_repertoire()
    page = window.repertoire
    page.query.setText("relit")
    page.run_search()
    view = page.results_view
    assert view.accessibleName() == "Résultats"
    spoken = page.results.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Bonne pratique · ")
    assert "Le réseau relit ses règles <chaque> trimestre" in spoken
    assert spoken.endswith("Réseau Qualité Achats · n° 1")
    page.query.setText("codev")  # captured during a co-development case: the row says so
    page.run_search()
    assert (
        page.results.index(0)
        .data(Qt.ItemDataRole.AccessibleTextRole)
        .startswith("Terme · proposé · confidentiel. Codéveloppement")
    )


def test_an_empty_list_says_why_and_what_to_try(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    window.open_repertoire()
    page = window.repertoire
    page.query.setText("zzzqqq")
    page.run_search()
    assert page.results.rowCount() == 0 and page.title.text() == ""
    assert "sans les filtres" in page.results_view.empty_text  # opened on the room's network
    page.network.setCurrentIndex(0)  # every network
    said = page.results_view.empty_text
    assert "« zzzqqq »" in said and "un autre mot" in said
    shoot(page, "repertoire-no-result-1366x768")
    page.query.setText("")
    page.kind.setCurrentIndex(page.kind.findData(EntryKind.LEARNING))
    assert page.results.rowCount() == 0
    assert "sans les filtres" in page.results_view.empty_text
    page.kind.setCurrentIndex(0)
    assert page.results.rowCount() == 3 and page.results_view.empty_text == ""
