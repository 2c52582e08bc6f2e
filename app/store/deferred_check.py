"""Opening a database at once, and checking it right after, before anything is written.

``open_store`` checks the whole file (``integrity_check`` and the search index's own check)
before it hands it out: 0.4 s on a 64 MB database, seconds on an organisation's, all spent
before the window can show anything. The window opens with ``open_store_checking_later``
instead: the same lock and the same cheap looks (a regular file, SQLite's header, a Cercle
schema this version knows), then the store at once, its check running on a worker thread.

The promise stays the same — a damaged file is never written:

- every connection is ``query_only`` until the check has passed, so SQLite itself refuses a
  write that would slip through;
- ``Store.transaction()`` (every command) waits for the check, and raises its
  ``CorruptDatabaseError`` when the file turned out damaged;
- a file that needs creating or migrating takes ``open_store``'s path, checked first, since
  the migration writes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from app.i18n import _
from app.store.database import (
    Store,
    _acquire_lock,
    _check_writable,
    check_kind,
    check_search_index,
    create_sqlite_engine,
    head_revision,
    inspect_file,
    open_store,
    real_path,
)
from app.store.errors import StoreError

# How long a command waits for the check before it is refused with a sentence (the check of
# a 500 MB file takes a few seconds; a person would rather wait than retry).
WRITE_WAIT_SECONDS = 30.0


class CheckPendingError(StoreError):
    """A write asked for while the file's check is still running, for too long."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "La vérification de la base {path} n'est pas terminée : rien n'a été enregistré. "
                "Réessayez dans un instant."
            ).format(path=path),
            path,
        )


class Verification:
    """The check of an open database's file, running on a worker thread.

    Thread-safe: the worker sets the outcome once; anyone may wait for it or ask.
    """

    def __init__(self, path: Path, check: Callable[[Path], None]) -> None:
        self.path = path
        self._check = check
        self._done = threading.Event()
        self._error: StoreError | None = None
        self._callbacks: list[Callable[[Verification], None]] = []
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="cercle-check", daemon=True)

    def start(self) -> None:
        """Begin the check on its worker thread."""
        self.thread.start()

    def _run(self) -> None:
        try:
            self._check(self.path)
        except StoreError as error:
            self._error = error
        except Exception as error:  # any failure of the check is a refusal
            self._error = StoreError(str(error), self.path)
        with self._lock:
            self._done.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback(self)

    def on_done(self, callback: Callable[[Verification], None]) -> None:
        """Call ``callback(self)`` once the check is over (at once when it already is; else
        from the worker thread)."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self)

    @property
    def done(self) -> bool:
        """Whether the check is over, passed or not."""
        return self._done.is_set()

    @property
    def error(self) -> StoreError | None:
        """Why the file may not be written (None while running, or when it passed)."""
        return self._error if self._done.is_set() else None

    @property
    def sound(self) -> bool:
        """The check is over and the file passed it: writing is allowed."""
        return self._done.is_set() and self._error is None

    def wait_sound(self, timeout: float = WRITE_WAIT_SECONDS) -> None:
        """Return once the file passed its check; raise why it may not be written otherwise."""
        if not self._done.wait(timeout):
            raise CheckPendingError(self.path)
        if self._error is not None:
            raise self._error


def full_check(path: Path) -> None:
    """What ``open_store`` checks before handing a file out: SQLite's ``integrity_check`` and
    the search index's own check (raises ``CorruptDatabaseError``)."""
    inspection = inspect_file(path)
    if inspection.revision is not None:
        check_search_index(path)


def open_store_checking_later(path: Path, check: Callable[[Path], None] = full_check) -> Store:
    """The Cercle database at ``path``, open at once; its check runs on a worker thread and
    every write waits for it (see the module's docstring). A file to create or migrate is
    opened by ``open_store``, its check first."""
    path = real_path(path)
    if not check_kind(path):
        return open_store(path)
    _check_writable(path)
    lock = _acquire_lock(path)
    try:
        inspection = inspect_file(path, integrity=False)
        if inspection.revision != head_revision():
            lock.release()
            return open_store(path)
        engine = create_sqlite_engine(path)
        verification = Verification(path, check)
        event.listen(engine, "checkout", _read_only_until_sound(verification))
        store = Store(location=path, engine=engine, lock=lock, verification=verification)
    except BaseException:
        if lock.is_locked:
            lock.release()
        raise
    verification.start()
    return store


def _read_only_until_sound(verification: Verification) -> Callable[..., None]:
    """Every connection handed out refuses writes (SQLite's ``query_only``) until the file
    passed its check."""

    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        sound = verification.sound
        if record.info.get("cercle_sound") is sound:
            return
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA query_only={'OFF' if sound else 'ON'}")
        cursor.close()
        record.info["cercle_sound"] = sound

    return checkout


__all__ = [
    "CheckPendingError",
    "Verification",
    "full_check",
    "open_store_checking_later",
]
