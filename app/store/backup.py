"""Copies of the database made with SQLite's online backup API, rotated."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.i18n import _
from app.jobs import CancelToken, Progress, no_progress
from app.paths import backups_dir

DEFAULT_KEEP = 10
BACKUP_STEP_PAGES = 1024  # pages copied between two reports (4 MiB with SQLite's 4 KiB pages)


def backups_to_keep() -> int:
    """How many automatic backups to keep: ``CERCLE_BACKUPS_KEEP``, 10 by default."""
    try:
        return max(1, int(os.environ.get("CERCLE_BACKUPS_KEEP", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def readonly_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing anything.

    In a folder where nothing can be written (a read-only share, a CD), SQLite cannot create
    the shared-memory file a WAL database needs even to read: the file is then opened as
    immutable — nobody can change it there anyway.
    """
    uri = path.absolute().as_uri() + "?mode=ro"
    return uri if os.access(path.parent, os.W_OK) else uri + "&immutable=1"


def copy_database(
    source: Path,
    destination: Path,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Copy a live SQLite file consistently (even while another connection writes).

    The copy is written beside its destination and renamed into place, so a destination
    file is either complete or absent — also when ``cancel`` stops it half-way (the partial
    copy is removed). ``progress`` is told the pages copied every few megabytes.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    label = _("Copie de la base…")

    def step(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total, label)
        if cancel is not None:
            cancel.check()  # raising here makes SQLite abandon the backup

    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=BACKUP_STEP_PAGES, progress=step)
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(partial, destination)
    return destination


def make_backup(
    db_path: Path,
    reason: str,
    *,
    keep: int | None = None,
    now: datetime | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Back ``db_path`` up into its backups folder and keep only the newest ``keep`` copies.

    ``reason`` ends up in the file name (e.g. "before-migration", "session-close"). A
    cancelled backup leaves no file and prunes nothing.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    copy_database(db_path, target, progress=progress, cancel=cancel)
    prune_backups(db_path, keep=backups_to_keep() if keep is None else keep)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Backups of ``db_path``, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = folder.glob(f"{db_path.stem}-*.sqlite3")
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune_backups(db_path: Path, *, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the deleted files."""
    old = list_backups(db_path)[max(keep, 1) :]
    for path in old:
        path.unlink(missing_ok=True)
    return old
