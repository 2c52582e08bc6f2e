"""When a committed command reaches the disk itself, and what a crash may take.

The store runs SQLite in WAL mode with ``synchronous=NORMAL``: a commit writes its pages to
the write-ahead log through the operating system and returns without waiting for the disk
(an ``fsync`` costs 8–60 ms on an ordinary laptop or virtual disk: more than the whole
command the facilitator waits for). What that means:

- **the app crashing, being killed (SIGKILL) or frozen** loses nothing acknowledged: the
  log is in the operating system's hands as soon as the commit returns (``tests/test_crash``
  kills a real engine process mid-write and finds every acknowledged command);
- **the machine losing power or the system crashing** may lose the commands of the last
  :data:`SYNC_INTERVAL_SECONDS` or so — never the database's consistency (SQLite rolls an
  incomplete log back) — because a background thread asks SQLite to checkpoint, which
  syncs the log and the database to the disk, about once a second after a write
  (:class:`DiskSync`); closing the store does a last one. With ``synchronous=FULL`` each
  commit would wait for its own ``fsync`` instead; a laptop on battery rarely loses power
  without warning, and a second of a meeting's clicks is the price chosen.

**No checkpoint on a command's path.** By default SQLite checkpoints inside the commit that
takes the log past 1,000 pages: that commit copies the log into the database and waits for
two ``fsync``, and the next commit, which starts the log afresh, waits for a third. Late in
a session that happened about once every 70 live commands, 5–15 ms each time: it *was* the
slow 1 % of "give the floor". The store's connections therefore checkpoint on their own only
past :data:`WAL_AUTOCHECKPOINT_PAGES`: :class:`DiskSync`'s thread does it long before, at a
meeting's pace. The bound is for bulk writing (the demo, a benchmark) that never leaves the
thread a pause: a passive checkpoint never blocks a writer, so the log is only started afresh
when one ends with nothing written meanwhile; without the bound it would grow while the
writes go on.

**Nor a wait for the disk after a pause.** Once the thread's checkpoint has copied the whole
log, the next commit starts the log afresh and SQLite syncs its new header (``fdatasync``,
even with ``synchronous=NORMAL``: skipping it can corrupt the database on a power cut). At a
meeting's pace that was most commands (``strace``: one ``fdatasync`` in 5 of 6 commands a
second and a half apart). So right after a checkpoint that copied everything, the thread
starts the log afresh itself with a write of no consequence (the header's
``user_version``, rewritten as it is) and pays that sync. It does so only holding the
store's write lock (:attr:`Store.write_lock`, taken by every ``Store.transaction``) and
only if no command is running: a command never finds SQLite's writer lock taken (it would
be refused, not kept waiting, since it reads before it writes); one arriving meanwhile
waits for the lock, a few milliseconds, about once per pause. A writer of another process
(none while the file's lock is held) is the one case left to SQLite's own rules.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

SYNCHRONOUS = "NORMAL"
SYNC_INTERVAL_SECONDS = 1.0
# Log pages (4 KiB) past which a commit checkpoints after all: 64 MiB, only bulk writing.
WAL_AUTOCHECKPOINT_PAGES = 16384


def _bound_autocheckpoint(dbapi_connection: Any, _record: Any) -> None:
    """A store connection checkpoints in its own commits only past the bound (see above)."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    cursor.close()


class DiskSync:
    """Syncs the database to the disk in the background, about once a second after writes.

    Each commit on ``engine`` marks the store as written; a daemon thread then runs a
    passive checkpoint on a connection of its own (it never waits for the window's
    connection, which goes on writing meanwhile). :meth:`sync_now` does the same at once,
    on the calling thread. Closing the store's last connection checkpoints too. The
    window's commits leave checkpoints to it (``wal_autocheckpoint``, see the module).
    """

    def __init__(
        self,
        engine: Engine,
        path: Path,
        interval: float = SYNC_INTERVAL_SECONDS,
        write_lock: threading.RLock | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.interval = interval
        # Held by the store's every write transaction; None: never start the log afresh.
        self.write_lock = write_lock
        self.synced = 0  # checkpoints done (read by tests)
        self.restarted = 0  # of which then started the log afresh (read by tests)
        self._written = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        event.listen(engine, "connect", _bound_autocheckpoint)
        engine.dispose()  # connections pooled before (migrations) come back with the bound
        event.listen(engine, "commit", self._on_commit)
        self._thread = threading.Thread(target=self._run, name="cercle-disk-sync", daemon=True)
        self._thread.start()

    def _on_commit(self, _connection: Any) -> None:
        self._written.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._written.wait()
            if self._stop.wait(self.interval):
                return
            self.sync_now()

    def sync_now(self) -> bool:
        """Checkpoint now if anything was committed since the last one; whether it did."""
        with self._lock:
            if not self._written.is_set() or self._stop.is_set():
                return False
            self._written.clear()
            try:
                connection = sqlite3.connect(self.path, isolation_level=None)
                try:
                    connection.execute("PRAGMA busy_timeout=1000")
                    connection.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
                    self._checkpoint(connection)
                finally:
                    connection.close()
            except sqlite3.Error:  # the next commit asks again; closing the store syncs
                self._written.set()
                return False
            self.synced += 1
            return True

    def _checkpoint(self, connection: sqlite3.Connection) -> None:
        """Copy the log into the database; if it was all copied and no command is running,
        start the log afresh (the module says why)."""
        busy, pages, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy or pages == 0 or copied < pages or self.write_lock is None:
            return
        if not self.write_lock.acquire(blocking=False):
            return  # a command is running: it may start the log afresh itself, this once
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                (version,) = connection.execute("PRAGMA user_version").fetchone()
                connection.execute(f"PRAGMA user_version={int(version)}")
                connection.execute("COMMIT")
            except sqlite3.Error:
                connection.execute("ROLLBACK")
                raise
            self.restarted += 1
        finally:
            self.write_lock.release()

    def stop(self) -> None:
        """Stop the thread (before the store's connections close, which syncs them)."""
        with self._lock:
            self._stop.set()
            self._written.set()  # wake the thread so that it sees the stop
        self._thread.join()
        event.remove(self.engine, "commit", self._on_commit)


__all__ = ["SYNCHRONOUS", "SYNC_INTERVAL_SECONDS", "WAL_AUTOCHECKPOINT_PAGES", "DiskSync"]
