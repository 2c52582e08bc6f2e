"""After the room, in the window: one key prepares the message; the other exports."""

from __future__ import annotations

import csv
import email
import shutil
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
import shiboken6
from icalendar import Calendar
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.clock import FakeClock
from app.export.mail import outbox_dir
from app.methods import MethodCatalogue
from app.store import Store
from models import Meeting
from tests.conftest import ARTIFACTS, DEMO_NOW, Shoot, open_window
from ui.shell.window import MainWindow


@pytest.fixture
def demo_window(qtbot: QtBot, demo_store: Store, methods: MethodCatalogue) -> Iterator[MainWindow]:
    window = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, (1366, 768))
    yield window
    window.cockpit.leave()


def session(store: Store, number: int) -> Meeting:
    with store.session() as db:
        meeting = db.scalars(select(Meeting).where(Meeting.number == number)).one()
        db.expunge(meeting)
        return meeting


def test_one_key_prepares_the_message_and_opens_it_in_the_mail_client(
    qtbot: QtBot, demo_window: MainWindow, demo_store: Store, shoot: Shoot
) -> None:
    window = demo_window
    window.show_summary(session(demo_store, 6).id)
    summary = window.summary
    opened: list[Path] = []
    summary.sending.open_file = lambda path: opened.append(path) or True
    shoot(window, "ui-summary-sending-1366x768")
    # the action captured during Léa's case is marked, as the captures beside it are
    assert [r[0] for r in summary.action_rows.texts()] == [
        "Présenter le REX au comité qualité",
        "Proposer un cas pour la prochaine séance (confidentiel)",
        "Organiser la visite du fournisseur de Lyon",
    ]
    # at 1366×768 no button or option of the summary is cut
    from PySide6.QtWidgets import QAbstractButton

    for button in summary.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            assert button.width() >= button.sizeHint().width(), button.text()
    with qtbot.waitSignal(summary.sending.done, timeout=30_000):
        qtbot.keyClick(
            QApplication.focusWidget() or summary, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
        )
    assert opened == [outbox_dir() / "envoi-seance-6.eml"]
    message = email.message_from_bytes(opened[0].read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert len(message["To"].addresses) == 9  # ten attended, the facilitator sends it
    names = [p.get_filename() for p in message.iter_attachments()]
    assert names == ["compte-rendu-seance-6.pdf", "seance-7.ics"]
    assert "Message prêt pour 9 membre(s), ouvert dans votre messagerie" in summary.banner.text()
    shoot(window, "ui-summary-sent-1366x768")


def test_without_a_mail_client_the_message_is_still_there(
    qtbot: QtBot, demo_window: MainWindow, demo_store: Store
) -> None:
    summary = demo_window.summary
    demo_window.show_summary(session(demo_store, 6).id)
    summary.sending.open_file = lambda path: False
    with qtbot.waitSignal(summary.sending.done, timeout=30_000):
        summary.sending.prepare()
    assert "aucune messagerie ne s'est ouverte" in summary.banner.text()
    assert str(outbox_dir() / "envoi-seance-6.eml") in summary.banner.text()


def test_the_summary_exports_calendars_actions_and_editable_minutes(
    qtbot: QtBot, demo_window: MainWindow, demo_store: Store, tmp_path: Path, shoot: Shoot
) -> None:
    summary = demo_window.summary
    demo_window.show_summary(session(demo_store, 6).id)
    bar = summary.sending
    menu = bar.more.menu()
    assert menu is not None
    menu.popup(bar.more.mapToGlobal(bar.more.rect().bottomLeft()))
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Enregistrer le message sous…",
        "Copier le compte rendu (Markdown)",
        "Prochaine séance (.ics)…",
        "Programme du réseau (.ics)…",
        "Actions ouvertes (CSV)…",
        "Toutes les actions (CSV)…",
    ]
    shoot(menu, "ui-summary-other-exports-menu")
    menu.hide()
    with qtbot.waitSignal(bar.done, timeout=30_000):
        bar.copy_markdown()
    pasted = QApplication.clipboard().text()
    assert pasted.startswith("# Compte rendu de la séance 6")
    assert "Les fiches fournisseurs sont partagées sur l'espace commun" in pasted
    assert "Impliquer le fournisseur" not in pasted  # the confidential idea stays out
    with qtbot.waitSignal(bar.done, timeout=30_000):
        bar.export_calendar(tmp_path / "next.ics", programme=False)
    (event,) = Calendar.from_ical((tmp_path / "next.ics").read_bytes()).walk("VEVENT")
    assert "séance 7" in str(event["summary"])
    with qtbot.waitSignal(bar.done, timeout=30_000):
        bar.export_actions(tmp_path / "actions.csv", everything=False)
    with (tmp_path / "actions.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Action" and len(rows) > 1
    with qtbot.waitSignal(summary.exported, timeout=30_000):
        summary.export_to(tmp_path / "cr.docx")
    assert (tmp_path / "cr.docx").stat().st_size > 0
    # the last session has no next one: said, nothing written
    demo_window.show_summary(session(demo_store, 7).id)
    with qtbot.waitSignal(bar.failed, timeout=30_000):
        bar.export_calendar(tmp_path / "none.ics", programme=False)
    assert "Aucune séance n'est planifiée après celle-ci" in summary.banner.text()
    assert not (tmp_path / "none.ics").exists()


def add_confidential_action(store: Store, meeting: Meeting) -> None:
    from datetime import date

    from app.repertoire import capture
    from models import EntryKind, Member

    with store.transaction() as db:
        owner = db.scalars(select(Member).where(Member.name == "Léa Martin")).one()
        capture(
            db,
            network_id=meeting.network_id,
            kind=EntryKind.ACTION,
            title="Parler au directeur des achats de Léa",
            now=DEMO_NOW,
            owner_id=owner.id,
            due_on=date(2026, 11, 1),
            confidential=True,
        )


def test_the_check_in_prints_and_projects_the_actions_due_but_never_a_confidential_one(
    qtbot: QtBot, demo_window: MainWindow, demo_store: Store, shoot: Shoot
) -> None:
    from pypdf import PdfReader

    planned = session(demo_store, 7)
    add_confidential_action(demo_store, planned)
    demo_window.check_in(planned.id)
    checkin = demo_window.checkin
    shoot(demo_window, "ui-checkin-room-buttons-1366x768")
    opened: list[Path] = []
    checkin.due.open_file = lambda path: opened.append(path) or True
    reviewed = [a.title for a in checkin.open_actions.rows]
    assert "Parler au directeur des achats de Léa" in reviewed  # the facilitator sees it
    secret = reviewed.index("Parler au directeur des achats de Léa")
    shown = checkin.open_actions.index(secret, 1).data()
    assert shown == "[confidentielle] Parler au directeur des achats de Léa"  # marked so
    # the action is readable beside the attendance at 1366×768, not squeezed to a few letters
    assert checkin.open_actions_view.columnWidth(1) >= 200
    with qtbot.waitSignal(checkin.due.printed, timeout=30_000):
        qtbot.keyClick(checkin.attendance_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    shutil.copy(opened[0], ARTIFACTS / "checkin-actions-due.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(opened[0]).pages).replace("\n", " ")
    assert "Actions à revoir — Réseau Qualité Achats" in text
    assert "Présenter le REX au comité qualité" in text and "en retard" in text
    assert "directeur des achats" not in text
    assert "Liste des actions ouverte pour l'imprimer" in checkin.banner.text()

    qtbot.keyClick(checkin.attendance_view, Qt.Key.Key_F5)
    board = checkin.due.board
    assert board.isVisible()
    shown = [c.text() for c in board.cells]
    assert "Présenter le REX au comité qualité" in shown
    assert not any("directeur des achats" in t for t in shown)
    board.resize(1280, 720)
    shoot(board, "checkin-actions-board-1280x720")
    # marking an action done at the review takes it off the wall
    first = checkin.open_actions.rows[0].title
    before = [c.text() for c in board.cells].count(first)
    checkin.open_actions_view.setFocus()
    checkin.open_actions_view.selectRow(0)
    qtbot.keyClick(checkin.open_actions_view, Qt.Key.Key_F)
    assert [c.text() for c in board.cells].count(first) == before - 1
    qtbot.keyClick(checkin.attendance_view, Qt.Key.Key_F5)
    assert not board.isVisible()


def test_a_print_that_ends_after_its_page_is_gone_tells_no_one(
    qtbot: QtBot, demo_window: MainWindow, demo_store: Store
) -> None:
    planned = session(demo_store, 7)
    demo_window.check_in(planned.id)
    due = demo_window.checkin.due
    due.open_file = lambda _path: True
    job = due.print_list(planned.id, planned.number)
    assert job is not None
    page = demo_window.checkin
    page.deleteLater()  # the page goes (a language switch rebuilds it)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(page)
    # The PDF is still written; nothing writes to the page's deleted banner (pytest-qt
    # fails the test on an exception raised in a slot).
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert isinstance(job.outcome, Path) and job.outcome.is_file()
