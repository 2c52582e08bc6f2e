"""Long core work tells its progress and stops when asked, leaving nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.store.backup
from app.jobs import Cancelled, CancelToken
from app.store import Store
from app.store.backup import copy_database, list_backups, make_backup
from app.store.safety import CHECK_STEPS, check_database
from tests.conftest import Room


def _grow(store: Store) -> None:
    """Enough pages for a backup in several steps."""
    with store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE ballast (body TEXT)")
        for _ in range(200):
            connection.exec_driver_sql("INSERT INTO ballast VALUES (?)", ("x" * 4000,))


def test_a_backup_tells_its_pages_and_a_cancelled_one_leaves_no_file(
    room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    _grow(room.store)
    monkeypatch.setattr(app.store.backup, "BACKUP_STEP_PAGES", 16)
    told: list[tuple[int, int, str]] = []
    path = make_backup(room.store.path, "manual", progress=lambda *step: told.append(step))
    assert path.exists() and len(told) > 5
    assert told[-1][0] == told[-1][1] and told[-1][2] == "Copie de la base…"
    assert [done for done, _total, _label in told] == sorted(done for done, _, _ in told)

    token = CancelToken()

    def stop_half_way(done: int, total: int, _label: str) -> None:
        if done * 2 >= total:
            token.cancel()

    with pytest.raises(Cancelled, match="rien n'a été modifié"):
        make_backup(room.store.path, "manual", progress=stop_half_way, cancel=token)
    assert list_backups(room.store.path) == [path]  # the first one only, nothing pruned
    assert not list(path.parent.glob("*.partial"))


def test_a_cancelled_copy_keeps_an_existing_destination_untouched(
    room: Room, tmp_path: Path
) -> None:
    destination = tmp_path / "copy.sqlite3"
    destination.write_bytes(b"what was there before")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        copy_database(room.store.path, destination, cancel=token)
    assert destination.read_bytes() == b"what was there before"
    assert not (tmp_path / "copy.sqlite3.partial").exists()


def test_the_check_tells_its_four_steps_and_stops_when_asked(room: Room) -> None:
    room.engine.add_item("Tour de table", "tour_de_table")
    told: list[tuple[int, int, str]] = []
    report = check_database(room.store.path, progress=lambda *step: told.append(step))
    assert report.ok
    assert [done for done, _total, _label in told] == list(range(CHECK_STEPS + 1))
    assert told[0][2] == "Vérification de l'intégrité du fichier…"
    assert told[-1][2] == "Vérification terminée."

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        check_database(room.store.path, cancel=token)
