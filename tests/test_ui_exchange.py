"""Importing / merging a network from the window: a preview first, then the merge."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.exchange.service import export_network, merge_file
from app.methods import MethodCatalogue
from app.store import open_store
from models import Meeting, RepertoireEntry
from tests.conftest import Shoot, make_room, open_window
from tests.test_exchange import counts, run_session

SIZE = (1366, 768)


def test_a_network_from_another_laptop_is_previewed_then_merged_from_home(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, tmp_path: Path, shoot: Shoot
) -> None:
    room = make_room(store, clock, methods)
    shared = export_network(store, room.network_id, tmp_path / "partage.cercle", clock.now())
    with open_store(tmp_path / "poste-b.sqlite3") as other:  # a co-facilitator's laptop
        merge_file(other, shared.path)
        clock.advance(days=1)
        run_session(other, clock, methods, room.network_id, "Séance menée sur l'autre poste")
        received = export_network(other, room.network_id, tmp_path / "recu.cercle", clock.now())
    window = open_window(qtbot, store, clock, methods, SIZE)
    home = window.home
    before = counts(store)
    dialog = home.exchange.merge_file(received.path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)  # the preview is made
    assert dialog.report is not None and dialog.report.dry_run
    assert counts(store) == before  # the preview wrote nothing
    assert "Rien n'a encore été écrit" in dialog.headline.text()
    assert dialog.merge_button.isEnabled() and dialog.table.rowCount() > 5
    shoot(dialog, "exchange-preview")
    job = dialog.confirm()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.report is not None and not dialog.report.dry_run
    assert "Fusion faite" in dialog.headline.text()
    shoot(dialog, "exchange-merged")
    with store.session() as db:
        titles = set(db.scalars(select(Meeting.title)))
        decisions = db.scalar(select(func.count()).select_from(RepertoireEntry))
    assert "Séance menée sur l'autre poste" in titles and decisions
    # home shows the new session at once (the merge announced what it changed)
    qtbot.waitUntil(lambda: home.meetings.rowCount() == 2)
    dialog.accept()
    shoot(window, "exchange-home-after-merge")


def test_a_hostile_file_is_told_in_the_window_and_nothing_is_written(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, tmp_path: Path, shoot: Shoot
) -> None:
    make_room(store, clock, methods)
    window = open_window(qtbot, store, clock, methods, SIZE)
    bad = tmp_path / "tableur.cercle"
    bad.write_text("nom;courriel\n")
    before = counts(store)
    dialog = window.home.exchange.merge_file(bad)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "n'est pas un fichier d'échange Cercle" in dialog.headline.text()
    assert not dialog.merge_button.isEnabled() and counts(store) == before
    shoot(dialog, "exchange-refused")
    dialog.reject()


def test_a_closed_session_is_published_from_its_summary_with_a_preview(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, tmp_path: Path, shoot: Shoot
) -> None:
    from ui.shell.settings import EXCHANGE_SERVER, Settings

    room = make_room(store, clock, methods)
    room.engine.start_session()
    room.engine.add_item("Tour de table", "tour_de_table", 20)
    room.engine.start_item()
    clock.advance(minutes=15)
    room.engine.close_session()
    server_file = tmp_path / "serveur.sqlite3"
    Settings().set(EXCHANGE_SERVER, str(server_file))
    window = open_window(qtbot, store, clock, methods, SIZE)
    window.show_summary(room.meeting_id)
    summary = window.summary
    shoot(window, "exchange-summary-publish")
    summary.publish_button.click()
    dialog = window.home.exchange.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.report is not None and dialog.report.dry_run
    assert dialog.report.tally("meetings").added == 1
    assert dialog.confirm() is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.report is not None and not dialog.report.dry_run
    dialog.accept()
    with open_store(server_file) as server, server.session() as db:
        assert db.get(Meeting, room.meeting_id) is not None


def test_a_new_laptop_starts_from_a_network_it_received(
    qtbot: QtBot, store, clock, methods: MethodCatalogue, tmp_path: Path, shoot: Shoot
) -> None:
    """From an empty data folder: the empty home offers the import, and the network arrives."""
    with open_store(tmp_path / "ancien-poste.sqlite3") as old:
        room = make_room(old, clock, methods)
        received = export_network(old, room.network_id, tmp_path / "mon-reseau.cercle", clock.now())
    window = open_window(qtbot, store, clock, methods, SIZE)
    home = window.home
    assert home.import_first.isVisible() and not home.exchange_button.isVisible()
    shoot(window, "exchange-empty-home")
    dialog = home.exchange.merge_file(received.path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.confirm() is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    dialog.accept()
    qtbot.waitUntil(lambda: home.networks.rowCount() == 1)
    assert home.exchange_button.isVisible() and not home.import_first.isVisible()
    assert home.meetings.rowCount() == 1
