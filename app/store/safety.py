"""Checking a database, and putting a backup back in its place.

``check_database`` reads only (a read-only connection): SQLite's integrity_check and
foreign_key_check, the full-text index's own check, and Cercle's invariants over the stored
facts (no overlapping turns, turns inside their item's time, items equal to their phases…).
``restore`` replaces the current file by a backup that passes that check, after setting the
current file aside — so a restore can itself be undone.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.engine.invariants import check_all
from app.i18n import _
from app.jobs import Cancelled, CancelToken, Progress, no_progress
from app.store.address import Location, ServerDatabase
from app.store.backup import copy_database, list_backups, make_backup, readonly_uri
from app.store.database import _acquire_lock, check_kind, inspect_file, real_path
from app.store.errors import EmptyDatabaseError, StoreError
from models.repertoire import FTS_TABLE


@dataclass(frozen=True)
class CheckReport:
    path: Location
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether the check found nothing wrong."""
        return not self.problems


def check_database(
    path: Location,
    now: datetime | None = None,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> CheckReport:
    """Everything Cercle can verify about ``path``, without writing to it.

    On a file, four steps told to ``progress``; ``cancel`` stops it between them and inside
    SQLite's own integrity check, which is the long one on a large file (it writes nothing to
    stop). On a PostgreSQL server: its schema revision and Cercle's invariants (the server
    keeps its own pages and keys sound; SQLite's pragmas have no meaning there).
    """
    if isinstance(path, ServerDatabase):
        from app.store.server_check import check_server

        return CheckReport(path, check_server(path, now or datetime.now(UTC)))
    try:
        path = real_path(path)
        inspect_file(path)
    except StoreError as error:
        return CheckReport(path, (str(error),))
    if not path.exists():
        return CheckReport(path, (_("Le fichier {path} n'existe pas.").format(path=path),))
    problems: list[str] = []
    uri = readonly_uri(path)
    raw = sqlite3.connect(uri, uri=True)
    if cancel is not None:
        stop = cancel  # SQLite asks every N instructions; a true answer interrupts the query
        raw.set_progress_handler(lambda: stop.cancelled, CHECK_INTERRUPT_EVERY)
    try:
        progress(0, CHECK_STEPS, _("Vérification de l'intégrité du fichier…"))
        rows = _interruptible(raw, "PRAGMA integrity_check", cancel)
        if rows != [("ok",)]:
            problems += [f"integrity_check: {r[0]}" for r in rows[:20]]
        progress(1, CHECK_STEPS, _("Vérification des liens entre les données…"))
        problems += [
            f"foreign_key_check: {table} row {rowid} → {parent}"
            for table, rowid, parent, _fk in _interruptible(
                raw, "PRAGMA foreign_key_check", cancel
            )[:20]
        ]
        has_fts = raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (FTS_TABLE,)
        ).fetchone()
    finally:
        raw.close()
    progress(2, CHECK_STEPS, _("Vérification de l'index de recherche…"))
    if has_fts:
        # FTS5's own check writes nothing, but SQLite wants a writable handle for it: use a
        # private copy so that the file checked is never opened for writing.
        problems += _fts_check(path)
    if cancel is not None:
        cancel.check()
    progress(3, CHECK_STEPS, _("Vérification des séances enregistrées…"))
    if not problems:
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
        try:
            with Session(engine) as db:
                problems += check_all(db, now or datetime.now(UTC))
        finally:
            engine.dispose()
    progress(CHECK_STEPS, CHECK_STEPS, _("Vérification terminée."))
    return CheckReport(path, tuple(problems))


CHECK_STEPS = 4  # integrity, foreign keys, search index, Cercle's invariants
CHECK_INTERRUPT_EVERY = 10_000  # SQLite virtual-machine instructions between two looks


def _interruptible(
    raw: sqlite3.Connection, pragma: str, cancel: CancelToken | None
) -> list[tuple[object, ...]]:
    """Run ``pragma``; a query interrupted by the progress handler becomes :class:`Cancelled`."""
    try:
        return raw.execute(pragma).fetchall()
    except sqlite3.OperationalError:
        if cancel is not None and cancel.cancelled:
            raise Cancelled from None
        raise


def _fts_check(path: Path) -> list[str]:
    source = sqlite3.connect(readonly_uri(path), uri=True)
    copy = sqlite3.connect(":memory:")
    try:
        source.backup(copy)
        copy.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return [_("index de recherche : {detail}").format(detail=exc)]
    finally:
        copy.close()
        source.close()
    return []


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that passes the check."""
    for backup in list_backups(db_path):
        if check_database(backup).ok:
            return backup
    return None


def restore(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``db_path``; returns where the current file was set aside.

    Refuses a backup that fails the check, and a database open in another Cercle (its lock).
    """
    db_path = real_path(db_path)  # a link stays a link: the file it points at is replaced
    backup = real_path(backup)
    with suppress(EmptyDatabaseError):  # an empty file is set aside like a damaged one
        check_kind(db_path)
    report = check_database(backup)
    if not report.ok:
        raise StoreError(
            _("La sauvegarde {path} ne passe pas la vérification : {problem}").format(
                path=backup, problem=report.problems[0]
            ),
            backup,
        )
    lock = _acquire_lock(db_path)
    try:
        aside = _set_aside(db_path)
        for suffix in ("-wal", "-shm"):  # the old file's journal must not meet the new file
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        copy_database(backup, db_path)
        return aside
    finally:
        lock.release()


def _set_aside(db_path: Path) -> Path:
    if not db_path.exists():
        return db_path
    try:
        if db_path.stat().st_size == 0:
            raise sqlite3.DatabaseError("empty")
        return make_backup(db_path, "before-restore", keep=10_000)
    except sqlite3.DatabaseError:
        # A damaged file cannot go through the backup API: keep its bytes as they are.
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = db_path.with_name(f"{db_path.stem}-{stamp}-damaged{db_path.suffix}")
        os.replace(db_path, aside)
        return aside
