"""The store: created by migrations, pragmas everywhere, and never damages a file it refuses."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from app.store import (
    AlreadyOpenError,
    CorruptDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotCercleDatabaseError,
    ReadOnlyLocationError,
    head_revision,
    open_store,
)
from app.store.backup import list_backups
from app.store.database import _alembic_config
from models import Base, RepertoireEntry
from models.repertoire import include_name

ROOT = Path(__file__).resolve().parent.parent


def tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_a_new_file_is_created_by_the_migrations_up_to_head(db_path: Path) -> None:
    with open_store(db_path):
        pass
    assert set(Base.metadata.tables) | {"alembic_version"} <= tables(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)


def test_the_schema_of_the_migrations_matches_the_models(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_store(db_path) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_connection_has_the_pragmas(db_path: Path) -> None:
    with open_store(db_path) as store:
        connections = [store.engine.raw_connection() for _ in range(3)]
        try:
            for con in connections:
                assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                # NORMAL: durable against the app's crash; app/store/durability.py says why
                assert con.execute("PRAGMA synchronous").fetchone()[0] == 1
                assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
                assert con.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        finally:
            for con in connections:
                con.close()


def test_a_commit_reaches_the_disk_through_the_background_sync(db_path: Path) -> None:
    from app.planning import create_network
    from app.store.durability import DiskSync

    with open_store(db_path) as store:
        own = store._disk_sync
        assert isinstance(own, DiskSync) and own._thread.is_alive()
        sync = DiskSync(store.engine, store.path, interval=3600.0)  # driven by the test
        assert not sync.sync_now()  # nothing committed since it started: no checkpoint
        with store.transaction() as db:
            create_network(db, "Réseau durable", datetime(2026, 3, 12, tzinfo=UTC))
        assert sync.sync_now()  # the commit is checkpointed to the database file
        assert not sync.sync_now()
        con = sqlite3.connect(db_path)
        try:  # the log holds nothing the database file lacks
            busy, frames, done = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            assert busy == 0 and frames == done
        finally:
            con.close()
        sync.stop()
    assert not own._thread.is_alive()  # closing the store stops its own


def test_a_command_leaves_the_checkpoint_to_the_background(db_path: Path) -> None:
    """SQLite's default checkpoints inside the commit that takes the log past 1,000 pages
    (two fsync in the command the facilitator waits for, a third in the next one): the
    store's commits leave it to the background sync, up to a bound only bulk writing hits."""
    from app.planning import create_network
    from app.store.durability import WAL_AUTOCHECKPOINT_PAGES

    with open_store(db_path) as store:
        assert store._disk_sync is not None
        store._disk_sync.stop()  # only the commits could checkpoint now
        store._disk_sync = None
        at = datetime(2026, 3, 12, tzinfo=UTC)
        for n in range(600):
            with store.transaction() as db:
                create_network(db, f"Réseau {n:03}", at)
        con = sqlite3.connect(db_path)
        try:
            _busy, frames, _done = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            con.close()
        assert 1000 < frames < WAL_AUTOCHECKPOINT_PAGES  # never copied by a commit


def test_after_a_pause_the_background_sync_starts_the_log_afresh_itself(db_path: Path) -> None:
    """The commit that starts the log afresh syncs its header to the disk: the background
    sync does it right after a checkpoint, so that the next command does not; never while a
    command is running (it would refuse that command's write)."""
    from app.planning import create_network
    from app.store.durability import DiskSync

    def log_pages() -> int:
        con = sqlite3.connect(db_path)
        try:
            return int(con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1])
        finally:
            con.close()

    at = datetime(2026, 3, 12, tzinfo=UTC)
    with open_store(db_path) as store:
        own = store._disk_sync
        assert own is not None and own.write_lock is store.write_lock
        sync = DiskSync(store.engine, store.path, interval=3600.0, write_lock=store.write_lock)
        for n in range(20):
            with store.transaction() as db:
                create_network(db, f"Réseau {n}", at)
        assert log_pages() > 20
        assert sync.sync_now() and sync.restarted == 1
        assert log_pages() == 1  # started afresh: the next command writes from its start
        with store.transaction() as db:
            create_network(db, "Réseau pendant une commande", at)
            assert sync.sync_now() is False  # nothing committed yet by this one
        held = threading.Event()
        release = threading.Event()

        def command() -> None:
            with store.transaction() as db:
                create_network(db, "Réseau long", at)
                held.set()
                release.wait(5)

        worker = threading.Thread(target=command)
        worker.start()
        held.wait(5)
        assert sync.sync_now() and sync.restarted == 1  # a command runs: left to it
        release.set()
        worker.join()
        sync.stop()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    with open_store(db_path) as store, pytest.raises(IntegrityError), store.transaction() as db:
        db.execute(
            text(
                "INSERT INTO memberships (id, network_id, member_id, role, joined_on) "
                "VALUES (:id, :n, :m, 'member', '2026-01-01')"
            ),
            {"id": uuid.uuid4().hex, "n": uuid.uuid4().hex, "m": uuid.uuid4().hex},
        )


def test_upgrading_an_old_revision_keeps_the_data_and_copies_the_file_aside(
    db_path: Path,
) -> None:
    # A database as the first released schema left it, with a network in it.
    engine = create_engine(f"sqlite:///{db_path}")
    config = _alembic_config()
    network_id, member_id, entry_id = (uuid.uuid4().hex for _ in range(3))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO networks (id, name, intention, ground_rules, autonomy_alignment, "
                "structuring, lifecycle_stage, target_rhythm_days, meeting_minutes, sponsor, "
                "created_at) VALUES (:id, 'Réseau Achats', 'apprendre', '', 40, 60, "
                "'maturing', 30, 120, 'DRH', '2026-01-01 09:00:00.000000')"
            ),
            {"id": network_id},
        )
        connection.execute(
            text(
                "INSERT INTO members (id, name, email, unit, created_at) "
                "VALUES (:id, 'Claire Martin', NULL, '', '2026-01-01 09:00:00.000000')"
            ),
            {"id": member_id},
        )
        connection.execute(
            text(
                "INSERT INTO repertoire_entries (id, network_id, kind, title, body, tags, "
                "term_key, status, confidential, created_at, updated_at) VALUES (:id, :n, "
                "'decision', 'Revue mensuelle', '', '', NULL, 'adopted', 0, "
                "'2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000')"
            ),
            {"id": entry_id, "n": network_id},
        )
        connection.execute(
            text("INSERT INTO entry_authors (entry_id, member_id) VALUES (:e, :m)"),
            {"e": entry_id, "m": member_id},
        )
        connection.commit()
    engine.dispose()
    before = db_path.read_bytes()

    with open_store(db_path) as store:
        assert store.backup_before_migration is not None
        with store.session() as db:
            assert db.execute(text("SELECT name FROM networks")).scalars().all() == [
                "Réseau Achats"
            ]
            assert db.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
            entry = db.get_one(RepertoireEntry, uuid.UUID(entry_id))
            assert [m.name for m in entry.authors] == ["Claire Martin"]
    backups = list_backups(db_path)
    assert backups == [store.backup_before_migration]
    saved = sqlite3.connect(backups[0])
    assert saved.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert saved.execute("SELECT name FROM networks").fetchall() == [("Réseau Achats",)]
    assert len(before) > 0


def test_opening_an_up_to_date_file_makes_no_backup(db_path: Path) -> None:
    with open_store(db_path):
        pass
    with open_store(db_path) as store:
        assert store.backup_before_migration is None
    assert list_backups(db_path) == []


def assert_refused_untouched(path: Path, error: type[Exception]) -> None:
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        open_store(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before
    assert list_backups(path) == []  # nothing was about to be migrated


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Compte rendu de la séance du 12 mars\n" * 50, encoding="utf-8")
    assert_refused_untouched(path, NotADatabaseError)


def test_an_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Léa')")
    con.commit()
    con.close()
    assert_refused_untouched(path, NotCercleDatabaseError)


def test_a_corrupt_database_is_refused_untouched(db_path: Path) -> None:
    with open_store(db_path) as store, store.transaction() as db:
        for n in range(300):
            db.execute(
                text(
                    "INSERT INTO members (id, name, unit, created_at) "
                    "VALUES (:id, :name, '', '2026-01-01 09:00:00')"
                ),
                {"id": uuid.uuid4().hex, "name": f"Personne {n} " + "x" * 200},
            )
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # trash every page after the schema
        data[offset + 8 : offset + 200] = b"\xff" * 192
    db_path.write_bytes(bytes(data))
    assert_refused_untouched(db_path, CorruptDatabaseError)


def test_a_database_from_a_newer_cercle_is_refused_untouched(db_path: Path) -> None:
    with open_store(db_path):
        pass
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert_refused_untouched(db_path, NewerDatabaseError)


def test_a_second_cercle_on_the_same_file_is_told_so(db_path: Path) -> None:
    with open_store(db_path):
        with pytest.raises(AlreadyOpenError, match="déjà ouverte dans une autre fenêtre Cercle"):
            open_store(db_path)
        # Another process too (the lock is the operating system's, not a Python flag): a
        # command that writes is refused; one that only reads works beside the window.
        probe = subprocess.run(
            [sys.executable, "-m", "app", "--db", str(db_path), "network", "create", "X"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert probe.returncode == 1
        assert "déjà ouverte" in probe.stderr
        reader = subprocess.run(
            [sys.executable, "-m", "app", "--db", str(db_path), "info"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert reader.returncode == 0 and "Réseaux : 0" in reader.stdout
    with open_store(db_path):  # released on close
        pass


def test_the_lock_is_released_when_the_process_dies(db_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; from app.store import open_store; "
            f"s = open_store(Path({str(db_path)!r})); print('open', flush=True); "
            "os.kill(os.getpid(), 9)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    holder.wait()
    with open_store(db_path):
        pass


@contextmanager
def read_only_folder_with_a_database() -> Iterator[Path]:
    """A real read-only folder holding a Cercle database.

    An ordinary user gets it with chmod; root ignores permissions, so as root the folder is
    a small tmpfs remounted read-only.
    """
    folder = Path(tempfile.mkdtemp(prefix="cercle-ro-"))
    mounted = False
    try:
        if os.geteuid() == 0:
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)])
            if done.returncode != 0:
                pytest.skip("running as root without the right to mount a read-only folder")
            mounted = True
        path = folder / "cercle.sqlite3"
        with open_store(path):
            pass
        for extra in folder.iterdir():
            if extra != path:
                extra.unlink()
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            path.chmod(0o444)
            folder.chmod(0o555)
        yield path
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_folder_gets_a_clear_message_and_the_file_is_untouched() -> None:
    with read_only_folder_with_a_database() as path:
        before = path.read_bytes()
        with pytest.raises(ReadOnlyLocationError, match="lecture seule") as caught:
            open_store(path)
        assert str(path) in str(caught.value)
        assert path.read_bytes() == before
        assert sorted(p.name for p in path.parent.iterdir()) == ["cercle.sqlite3"]


def test_utc_datetimes_round_trip_and_naive_ones_are_refused(db_path: Path) -> None:
    from models import Member

    with open_store(db_path) as store:
        instant = datetime(2026, 3, 12, 9, 15, 30, 123456, tzinfo=UTC)
        with store.transaction() as db:
            member = Member(name="Léa", created_at=instant)
            db.add(member)
        with store.session() as db:
            loaded = db.get(Member, member.id)
            assert loaded is not None and loaded.created_at == instant
            assert loaded.created_at.tzinfo is UTC
        with pytest.raises(Exception, match="naive datetime"), store.transaction() as db:
            db.add(Member(name="Karim", created_at=datetime(2026, 3, 12, 9, 0)))


def test_the_revisions_named_by_the_files_are_alembics_own_history() -> None:
    from alembic.script import ScriptDirectory

    from app.store.database import shipped_revisions

    script = ScriptDirectory.from_config(_alembic_config())
    history = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert shipped_revisions() == history
    assert head_revision() == script.get_current_head()
