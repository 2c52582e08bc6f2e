"""The window opens the database at once and checks it right after: nothing is written to it
before the check has passed, and a damaged file found after the first frame is never written.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app.planning import add_member, create_network
from app.store import CorruptDatabaseError, Store, open_store
from app.store.deferred_check import (
    CheckPendingError,
    full_check,
    open_store_checking_later,
)
from models import Network
from tests.conftest import START
from tests.test_bad_files import corrupt_an_index, sound_database


def held_check(gate: threading.Event) -> Callable[[Path], None]:
    """The real check, held until ``gate`` is set (a large file being checked)."""

    def check(path: Path) -> None:
        gate.wait()
        full_check(path)

    return check


def networks_in(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM networks").fetchone()[0])
    finally:
        con.close()


def a_database(tmp_path: Path) -> Path:
    path = sound_database(tmp_path / "cercle.sqlite3")
    with open_store(path) as store, store.transaction() as db:
        network = create_network(db, "Réseau Qualité Achats", START)
        for name in ("Léa", "Karim", "Sofia"):
            add_member(db, network, name, START)
    return path


def test_the_file_is_read_at_once_and_a_command_waits_for_its_check(tmp_path: Path) -> None:
    path = a_database(tmp_path)
    gate = threading.Event()
    store = open_store_checking_later(path, held_check(gate))
    try:
        assert store.verification is not None and not store.verification.done
        with store.session() as db:  # the first frame reads while the check runs
            assert db.scalar(select(func.count()).select_from(Network)) == 1
        written = threading.Event()

        def command() -> None:
            with store.transaction() as db:
                create_network(db, "Réseau Méthodes", START)
            written.set()

        writer = threading.Thread(target=command)
        writer.start()
        assert not written.wait(0.2)  # the command waits for the check …
        assert networks_in(path) == 1  # … and nothing was written meanwhile
        gate.set()
        writer.join(10)
        assert written.is_set() and networks_in(path) == 2
    finally:
        gate.set()
        store.close()


def test_a_command_waiting_too_long_for_the_check_is_refused_in_a_sentence(
    tmp_path: Path,
) -> None:
    path = a_database(tmp_path)
    gate = threading.Event()
    store = open_store_checking_later(path, held_check(gate))
    try:
        assert store.verification is not None
        with pytest.raises(CheckPendingError, match="n'est pas terminée : rien n'a été"):
            store.verification.wait_sound(timeout=0)
    finally:
        gate.set()
        store.close()


def test_sqlite_itself_refuses_a_write_that_skips_the_runner_before_the_check(
    tmp_path: Path,
) -> None:
    path = a_database(tmp_path)
    gate = threading.Event()
    store = open_store_checking_later(path, held_check(gate))
    try:
        with pytest.raises(OperationalError, match="readonly"), store.session() as db:
            create_network(db, "Réseau Méthodes", START)
            db.commit()
        assert networks_in(path) == 1
        gate.set()
        assert store.verification is not None
        store.verification.wait_sound()
        with store.session() as db:  # once sound, the same pool writes again
            create_network(db, "Réseau Méthodes", START)
            db.commit()
        assert networks_in(path) == 2
    finally:
        gate.set()
        store.close()


def test_a_damaged_file_found_after_the_first_frame_is_never_written(tmp_path: Path) -> None:
    path = a_database(tmp_path)
    corrupt_an_index(path)
    before = path.read_bytes()
    store = open_store_checking_later(path)  # the cheap looks pass: it opens
    told: list[str] = []
    try:
        assert store.verification is not None
        store.verification.on_done(lambda v: told.append(str(v.error)))
        with pytest.raises(CorruptDatabaseError, match="endommagée"):
            store.verification.wait_sound()
        with pytest.raises(CorruptDatabaseError), store.transaction() as db:
            create_network(db, "Réseau Méthodes", START)
        with pytest.raises(OperationalError, match="readonly"), store.session() as db:
            create_network(db, "Réseau Méthodes", START)
            db.commit()
    finally:
        store.close()
    assert told and "endommagée" in told[0]
    assert path.read_bytes() == before


def test_a_file_to_migrate_or_create_is_checked_before_it_is_opened(tmp_path: Path) -> None:
    new = open_store_checking_later(tmp_path / "new.sqlite3")
    try:  # created by the migrations, as open_store does: nothing left to check
        assert isinstance(new, Store) and new.verification is None
    finally:
        new.close()
