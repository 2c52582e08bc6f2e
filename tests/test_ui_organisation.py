"""Every network side by side in the window: from home by its key, read off the UI thread."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.planning import add_member, create_network
from app.repertoire import capture
from app.steering import dashboard
from app.steering_history import load_history
from app.store import Store
from app.synthetic import Scale, generate
from models import EntryKind, Member, Membership, Network
from tests.conftest import DEMO_NOW, Shoot, open_window
from ui.shell.window import MainWindow

SIZE = (1366, 768)


def open_overview(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Shift+D on home; the page shows at once and fills when the worker is done."""
    with qtbot.waitSignal(window.organisation.loaded, timeout=30_000):
        target = QApplication.focusWidget() or window.home
        qtbot.keyClick(
            target,
            Qt.Key.Key_D,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.pages.currentWidget() is window.organisation
    QApplication.processEvents()


def organisation_of_networks(store: Store, methods: MethodCatalogue) -> None:
    """The demo's network, six generated ones, people in several, a term defined thrice."""
    generate(
        store,
        Scale(networks=6, years=1, members=(5, 14), turns_per_session=10, entries_per_session=4),
        methods,
        seed=5,
    )
    from sqlalchemy import select

    with store.transaction() as db:
        networks = list(db.scalars(select(Network).order_by(Network.name)))
        demo = next(n for n in networks if n.name == "Réseau Qualité Achats")
        others = [n for n in networks if n is not demo]
        people = list(
            db.scalars(select(Member).join(Membership).where(Membership.network_id == demo.id))
        )
        for person, other in zip(people[:4], others, strict=False):
            db.add(Membership(network=other, member=person, joined_on=DEMO_NOW.date()))
        for network, body in zip(
            networks[:3],
            ("Retour d'expérience", "Réunion express", "Revue trimestrielle"),
            strict=True,
        ):
            if network is not demo:
                capture(
                    db,
                    network_id=network.id,
                    kind=EntryKind.TERM,
                    title="REX",
                    body=body,
                    now=DEMO_NOW,
                )
        others[-1].archived_at = DEMO_NOW
        for network in others[:2]:
            network.sponsor = "DRH"


def test_the_sponsor_sees_every_network_side_by_side_as_each_health_page_says(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue, shoot: Shoot, tmp_path: Path
) -> None:
    organisation_of_networks(demo_store, methods)
    window = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, SIZE)
    assert "Ctrl+Maj+D" in window.home.organisation_button.text()
    open_overview(qtbot, window)
    page = window.organisation
    rows = page.rows.rows
    assert len(rows) == 6 and page.subtitle.text().startswith(
        "6 réseaux actifs · 1 avec un signal d'alerte · au "
    )
    assert not page.note.isVisible()
    today = DEMO_NOW.astimezone().date()
    with demo_store.session() as db:
        for number, row in enumerate(rows):
            board = dashboard(load_history(db, row.id), today)
            # A red cell, marked ⚠, exactly where the health page shows a red card.
            for column, key in (
                (1, "mass"),
                (3, "rhythm"),
                (5, "roti"),
                (6, "actions"),
                (7, "next"),
            ):
                index = page.rows.index(number, column)
                colour = page.rows.data(index, Qt.ItemDataRole.ForegroundRole)
                shown = page.rows.data(index, Qt.ItemDataRole.DisplayRole)
                assert (colour == QColor("#b3261e")) == board.alerts[key], (row.name, key)
                assert shown.startswith("⚠") == board.alerts[key]
            assert page.rows.data(page.rows.index(number, 1)).endswith(
                f"{board.mass.engaged} / {board.mass.members}"
            )
    demo_row = next(i for i, r in enumerate(rows) if r.name == "Réseau Qualité Achats")
    assert page.rows.data(page.rows.index(demo_row, 6)) == "⚠ 8 / 18"
    page.table.selectRow(demo_row)
    assert "Suivi des actions : 10 actions sur 18 en retard." in page.warnings.text()
    assert page.people.rowCount() == 4 and "REX" in [t[0] for t in page.terms.rows]
    assert page.archived.rowCount() == 1
    assert page.tabs.tabText(1) == "Membres partagés (4)"
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1]
    assert page.table.horizontalScrollBar().maximum() == 0  # every column in view
    shoot(window, "ui-organisation-1366x768")
    page.tabs.setCurrentIndex(1)
    shoot(window, "ui-organisation-shared-1366x768")
    page.tabs.setCurrentIndex(2)
    shoot(window, "ui-organisation-terms-1366x768")
    with qtbot.waitSignal(page.report_written, timeout=30_000):
        page.write_report(tmp_path / "transversal")
    text = " ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "transversal.pdf").pages)
    assert "Pilotage transversal des réseaux" in re.sub(r"\s+", " ", text)
    assert "Rapport enregistré" in page.banner.text()
    # A direction reads only the networks it sponsors.
    assert page.sponsor_choice.isVisible() and page.sponsor_choice.count() == 3
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.choose_sponsor("DRH")
    assert [r.name for r in page.rows.rows] == [r.name for r in rows[:2]]
    assert page.sponsor_choice.currentText() == "DRH"
    shoot(window, "ui-organisation-sponsor-1366x768")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.choose_sponsor(None)
    page.table.selectRow(demo_row)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # the highlighted network's own page
    assert window.pages.currentWidget() is window.network
    assert window.network.heading.text() == "Réseau Qualité Achats"
    window.open_organisation()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.home


def test_the_demo_says_the_view_needs_several_networks(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    window = open_window(qtbot, demo_store, FakeClock(DEMO_NOW), methods, SIZE)
    open_overview(qtbot, window)
    page = window.organisation
    assert page.note.isVisible() and "Un seul réseau dans cette base" in page.note.text()
    assert page.rows.rowCount() == 1
    shoot(window, "ui-organisation-demo-1366x768")


def test_from_an_empty_data_folder_the_key_says_there_is_nothing_to_compare_yet(
    qtbot: QtBot, store: Store, methods: MethodCatalogue, shoot: Shoot
) -> None:
    window = open_window(qtbot, store, FakeClock(DEMO_NOW), methods, SIZE)
    assert not window.home.organisation_button.isVisible()  # one thing to do: create
    open_overview(qtbot, window)
    page = window.organisation
    assert "Aucun réseau actif" in page.note.text() and page.rows.rowCount() == 0
    shoot(window, "ui-organisation-empty-1366x768")
    with store.transaction() as db:
        network = create_network(db, "Réseau A", DEMO_NOW)
        add_member(db, network, "Léa", DEMO_NOW)
    window.go_home()
    open_overview(qtbot, window)
    assert [r.name for r in page.rows.rows] == ["Réseau A"]
