"""The one module that opens Cercle's database.

Opening goes through fixed steps so that a file which is not ours, damaged, or from a newer
Cercle is never written to:

1. follow symbolic links to the real file, and take the lock beside it (one Cercle per
   database, whatever the name it is reached by);
2. look at the file read-only: a regular, non-empty file, SQLite header, ``integrity_check``
   (which, unlike ``quick_check``, also finds damaged indexes), Alembic revision; then the
   full-text index's own check in a transaction that is rolled back — the same damage
   ``cercle check`` finds, before anything is written;
3. copy an existing file aside before migrating it, then run the migrations shipped in the
   package (a new file is built beside its final name and renamed into place, so that a
   crash never leaves an empty or half-made database under that name);
4. hand out connections that all carry the same pragmas.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.store.address import Location, ServerDatabase
from app.store.backup import copy_database, make_backup, readonly_uri
from app.store.broken_text import explain as _explain
from app.store.durability import SYNCHRONOUS, DiskSync
from app.store.errors import (
    AlreadyOpenError,
    CorruptDatabaseError,
    EmptyDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotAFileError,
    NotCercleDatabaseError,
    ReadOnlyLocationError,
    ServerHasNoFileError,
    StoreError,
    UnreachablePathError,
)
from app.store.file_check import FileCheck
from app.store.revisions import (
    _alembic_config,
    _is_known_revision,
    head_revision,
    shipped_revisions,
    upgrade,
    upgrade_on,
)

# Every mapped class, registered before the first session (``models`` loads them on first use).
from models import Base as _Base  # noqa: F401

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy drive transactions (see the "begin" listener), so that PRAGMAs run
    # outside of any transaction and every command is exactly one BEGIN … COMMIT.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")  # app/store/durability.py says why
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on ``path`` whose every connection has Cercle's pragmas."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", _explain)
    return engine


@dataclass
class Inspection:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None


def real_path(path: Path) -> Path:
    """The file ``path`` names, symbolic links followed (a link and its target are one file:
    one lock, one set of backups)."""
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError) as exc:  # a loop of links, a folder that cannot be read
        raise UnreachablePathError(path, str(exc)) from exc


def check_kind(path: Path) -> bool:
    """Whether ``path`` exists; refuse a folder, a device or a pipe (opening a pipe would wait
    forever) and an empty file."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise ReadOnlyLocationError(path) from exc
    if not stat.S_ISREG(status.st_mode):
        raise NotAFileError(path, folder=stat.S_ISDIR(status.st_mode))
    if status.st_size == 0:
        raise EmptyDatabaseError(path)
    return True


def inspect_file(path: Path, *, integrity: bool = True) -> Inspection:
    """Look at ``path`` without writing to it; raise a StoreError when it is not usable.

    ``integrity=False`` skips SQLite's ``integrity_check`` (the long part on a large file):
    only for a caller that runs it right after and writes nothing until it passes
    (``app.store.deferred_check``)."""
    if not check_kind(path):
        return Inspection(exists=False, revision=None)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ReadOnlyLocationError(path) from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path)
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    try:
        check = connection.execute("PRAGMA integrity_check").fetchall() if integrity else [("ok",)]
        if check != [("ok",)]:
            raise CorruptDatabaseError(path, "; ".join(str(row[0]) for row in check[:3]))
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise NotCercleDatabaseError(path)
            return Inspection(exists=True, revision=None)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision is not None and not _is_known_revision(revision):
        raise NewerDatabaseError(path, revision)
    return Inspection(exists=True, revision=revision)


def check_search_index(path: Path) -> None:
    """The full-text index's own check (FTS5 ``integrity-check``).

    SQLite wants a writable handle for it although it writes nothing: it runs in a
    transaction that is rolled back, under the lock, before anything is written.
    """
    from models.repertoire import FTS_TABLE

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        has_index = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (FTS_TABLE,)
        ).fetchone()
        if has_index:
            # rank = 1: also compare the index with the entries it is made from
            connection.execute(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
            )
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        connection.close()


def _create(path: Path) -> None:
    """Build a new database beside ``path`` and rename it into place once complete."""
    partial = path.with_name(f".{path.name}.creating")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    engine = create_sqlite_engine(partial)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    try:
        os.replace(partial, path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)


@dataclass
class Store:
    """An open Cercle database: its engine, its lock, and sessions on demand.

    ``location`` is a file (SQLite) or a database on a PostgreSQL server; ``str()`` of it is
    what a person may be shown (a server's password masked).
    """

    location: Location
    engine: Engine
    lock: FileLock | None  # None: a read-only look, or a server (no whole-database lock)
    backup_before_migration: Path | None = None
    # Set when the file's check runs after opening (app.store.deferred_check): every write
    # waits for it, and is refused if the file turns out damaged.
    verification: FileCheck | None = None
    _sessions: sessionmaker[Session] = field(init=False)
    _disk_sync: DiskSync | None = field(init=False, default=None)
    # Held by every write transaction of this process (app/store/durability.py says why).
    write_lock: threading.RLock = field(init=False, default_factory=threading.RLock)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        file = self.file
        if self.lock is not None and file is not None:  # a writable file: on disk within ~1 s
            self._disk_sync = DiskSync(self.engine, file, write_lock=self.write_lock)

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None on a server."""
        return self.location if isinstance(self.location, Path) else None

    @property
    def on_server(self) -> bool:
        """Whether the store is a PostgreSQL database rather than a file."""
        return isinstance(self.location, ServerDatabase)

    @property
    def path(self) -> Path:
        """The SQLite file; on a server, a refusal in a sentence (there is no file to copy,
        back up or restore: the administrator's ``pg_dump`` does that)."""
        if isinstance(self.location, Path):
            return self.location
        raise ServerHasNoFileError(self.location)

    def session(self) -> Session:
        """A new ORM session; use it as a context manager."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        While the file's check is still running, waits for it; refused if it failed."""
        if self.verification is not None:
            self.verification.wait_sound()
        with self.write_lock, self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        """Stop the background sync, close the connections (which writes the file out) and let go
        of the file's lock."""
        if self._disk_sync is not None:
            self._disk_sync.stop()
            self._disk_sync = None
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _acquire_lock(path: Path) -> FileLock:
    # Not thread-local: the window opens it on a worker thread and closes it on the UI thread.
    lock = FileLock(str(path) + ".lock", timeout=0, is_singleton=False, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise AlreadyOpenError(path) from exc
    except OSError as exc:  # cannot even create the lock file
        raise ReadOnlyLocationError(path) from exc
    return lock


def _check_writable(path: Path) -> None:
    """Fail early, before any write, when the file or its folder refuses writing."""
    folder = path.parent
    probe = folder / f".{path.name}.write-test"
    try:
        probe.touch()
        probe.unlink()
        if path.exists():
            with path.open("r+b"):
                pass
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocationError(path) from exc
        raise StoreError(str(exc), path) from exc


def open_store(location: Location, *, migrate: bool = True) -> Store:
    """Open (and create or migrate if needed) the Cercle database at ``location``: a file,
    or a database on a PostgreSQL server (``app.store.server``)."""
    if isinstance(location, ServerDatabase):
        from app.store.server import open_server_engine

        engine = open_server_engine(location, migrate=migrate)
        assert engine is not None  # migrate or not, a writer's open returns an engine
        return Store(location=location, engine=engine, lock=None)
    path = real_path(location)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyLocationError(path) from exc
    check_kind(path)
    _check_writable(path)
    lock = _acquire_lock(path)
    try:
        inspection = inspect_file(path)
        if inspection.revision is not None:
            check_search_index(path)
        backup = None
        head = head_revision()
        if migrate and inspection.exists and inspection.revision != head:
            backup = make_backup(path, f"before-{head}")
        if migrate and not inspection.exists:
            _create(path)
        engine = create_sqlite_engine(path)
        if migrate and inspection.exists and inspection.revision != head:
            try:
                upgrade(engine)
            except Exception:
                engine.dispose()
                raise
        return Store(location=path, engine=engine, lock=lock, backup_before_migration=backup)
    except BaseException:
        lock.release()
        raise


__all__ = [
    "Store",
    "_alembic_config",
    "copy_database",
    "create_sqlite_engine",
    "head_revision",
    "open_store",
    "shipped_revisions",
    "upgrade",
    "upgrade_on",
]
