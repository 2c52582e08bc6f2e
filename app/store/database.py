"""The one module that opens Cercle's database.

Opening goes through fixed steps so that a file which is not ours, damaged, or from a newer
Cercle is never written to:

1. take the lock beside the file (one Cercle per database);
2. look at the file read-only: SQLite header, ``quick_check``, Alembic revision;
3. copy an existing file aside before migrating it, then run the migrations shipped in the
   package (a new file is created by the same migrations);
4. hand out connections that all carry the same pragmas.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

from app.i18n import _
from app.store.backup import copy_database, make_backup
from app.store.errors import (
    AlreadyOpenError,
    CorruptDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotCercleDatabaseError,
    ReadOnlyLocationError,
    StoreError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _alembic_config() -> Config:
    from alembic.config import Config  # Alembic loads only when a migration runs

    config = Config()
    config.set_main_option("script_location", str(resources.files("models") / "migrations"))
    return config


def shipped_revisions() -> list[str]:
    """The schema revisions shipped, oldest first.

    Migration files are named after their revision ("0004_….py" holds revision "0004"),
    so opening an up-to-date database needs no Alembic at all (a test checks that these
    names agree with Alembic's own history).
    """
    folder = resources.files("models") / "migrations" / "versions"
    names = (entry.name for entry in folder.iterdir())
    return sorted(
        name.split("_", 1)[0] for name in names if name[:4].isdigit() and name.endswith(".py")
    )


def head_revision() -> str:
    """The schema revision this Cercle writes."""
    return shipped_revisions()[-1]


def _is_known_revision(revision: str) -> bool:
    return revision in shipped_revisions()


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy drive transactions (see the "begin" listener), so that PRAGMAs run
    # outside of any transaction and every command is exactly one BEGIN … COMMIT.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on ``path`` whose every connection has Cercle's pragmas."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


@dataclass
class Inspection:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None


def inspect_file(path: Path) -> Inspection:
    """Look at ``path`` without writing to it; raise a StoreError when it is not usable."""
    if not path.exists() or path.stat().st_size == 0:
        return Inspection(exists=False, revision=None)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ReadOnlyLocationError(path) from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path)
    try:
        connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    try:
        check = connection.execute("PRAGMA quick_check").fetchall()
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


def upgrade(engine: Engine) -> None:
    """Run the migrations shipped in the package up to the head revision."""
    from alembic import command

    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


@dataclass
class Store:
    """An open Cercle database: its engine, its lock, and sessions on demand."""

    path: Path
    engine: Engine
    lock: FileLock | None  # None: a read-only look (open_read_only), which takes no lock
    backup_before_migration: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        """A new ORM session; use it as a context manager."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _acquire_lock(path: Path) -> FileLock:
    lock = FileLock(str(path) + ".lock", timeout=0, is_singleton=False)
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


def open_store(path: Path, *, migrate: bool = True) -> Store:
    """Open (and create or migrate if needed) the Cercle database at ``path``."""
    path = path.expanduser().absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyLocationError(path) from exc
    _check_writable(path)
    lock = _acquire_lock(path)
    try:
        inspection = inspect_file(path)
        backup = None
        head = head_revision()
        if migrate and inspection.exists and inspection.revision != head:
            backup = make_backup(path, f"before-{head}")
        engine = create_sqlite_engine(path)
        if migrate and inspection.revision != head:
            try:
                upgrade(engine)
            except Exception:
                engine.dispose()
                raise
        return Store(path=path, engine=engine, lock=lock, backup_before_migration=backup)
    except BaseException:
        lock.release()
        raise


# --- a read-only look, beside a window that holds the lock ------------------------------------


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def open_read_only(path: Path) -> Store | None:
    """The database at ``path`` for reading only, or None when there is no file.

    Takes no lock, so that ``cercle info``, ``network list`` or an export work while the
    window is open on the same file (SQLite's WAL lets a reader see the last committed
    state beside a writer). Never creates, migrates or writes anything: a file from an
    older Cercle is refused with a sentence (the window upgrades it when it opens).
    """
    path = path.expanduser().absolute()
    inspection = inspect_file(path)
    if not inspection.exists:
        return None
    if inspection.revision != head_revision():
        raise StoreError(
            _(
                "La base {path} vient d'une version précédente de Cercle : ouvrez-la une fois "
                "avec « cercle » pour la mettre à jour."
            ).format(path=path),
            path,
        )
    uri = path.as_uri() + "?mode=ro"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    event.listen(engine, "connect", _read_only_pragmas)
    event.listen(engine, "begin", _begin)
    return Store(path=path, engine=engine, lock=None)


__all__ = [
    "Store",
    "copy_database",
    "create_sqlite_engine",
    "head_revision",
    "open_read_only",
    "open_store",
]
