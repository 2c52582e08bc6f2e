"""One running session, one Cercle.

On a laptop the whole file is held by one Cercle (its lock file, ``app.store.database``), so
a session is too. On a PostgreSQL server many facilitators work on one database at once: the
database is not locked, each running session is. Driving a session holds a session-level
advisory lock (``pg_try_advisory_lock``) keyed on the session's UUID, on a connection of its
own kept open while the cockpit drives it. Another Cercle asking to drive the same session
is told so in the same sentence as the file's lock; other sessions, and every other page of
the other windows, are free. If the laptop crashes or its network drops, the server ends the
connection and so frees the session — nothing to clean up by hand.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from app.i18n import _
from app.store.address import Location
from app.store.database import Store
from app.store.errors import AlreadyOpenError, StoreError


class SessionInUseError(AlreadyOpenError):
    """Another Cercle drives this session (on a server database)."""

    def __init__(self, location: Location) -> None:
        StoreError.__init__(
            self,
            _(
                "Cette séance est déjà ouverte dans une autre fenêtre Cercle : {path}. "
                "Fermez-la dans l'autre Cercle, ou ouvrez une autre séance."
            ).format(path=location),
            location,
        )


def lock_key(meeting_id: uuid.UUID) -> int:
    """The advisory lock's 64-bit key: the session UUID folded to a signed bigint."""
    folded = (meeting_id.int >> 64) ^ (meeting_id.int & 0xFFFF_FFFF_FFFF_FFFF)
    return folded - (1 << 64) if folded >= 1 << 63 else folded


class SessionLock:
    """The hold of one Cercle on one running session; ``release()`` lets it go."""

    def __init__(self, meeting_id: uuid.UUID, connection: Connection | None) -> None:
        self.meeting_id = meeting_id
        self._connection = connection

    @property
    def held(self) -> bool:
        """Whether this Cercle still drives the session."""
        return self._connection is not None

    def release(self) -> None:
        """Let the session go for another Cercle to drive (nothing happens if already released)."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": lock_key(self.meeting_id)}
            )
            connection.commit()
        except DBAPIError:
            pass  # the connection is gone: the server has already freed the session
        finally:
            connection.close()


def hold_session(store: Store, meeting_id: uuid.UUID) -> SessionLock:
    """Hold ``meeting_id`` for this Cercle; SessionInUseError when another Cercle does.

    On a file, the file's own lock already makes this Cercle the only one: nothing more.
    """
    if not store.on_server:
        return SessionLock(meeting_id, None)
    connection = store.engine.connect()
    try:
        held = connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": lock_key(meeting_id)}
        ).scalar()
        connection.commit()  # the lock lives with the connection, not with a transaction
    except BaseException:
        connection.close()
        raise
    if not held:
        connection.close()
        raise SessionInUseError(store.location)
    return SessionLock(meeting_id, connection)
