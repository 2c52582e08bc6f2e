"""A read-only look at a database, beside a window that holds its lock: ``cercle info``,
``network list``, the exports and previews read through it and never write."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import create_engine, event

from app.i18n import _
from app.store.address import Location, ServerDatabase
from app.store.backup import readonly_uri
from app.store.database import BUSY_TIMEOUT_MS, Store, _begin, inspect_file, real_path
from app.store.errors import StoreError
from app.store.revisions import head_revision


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def open_read_only(location: Location) -> Store | None:
    """The database at ``path`` for reading only, or None when there is no file.

    Takes no lock, so that ``cercle info``, ``network list`` or an export work while the
    window is open on the same file (SQLite's WAL lets a reader see the last committed
    state beside a writer). Never creates, migrates or writes anything: a file from an
    older Cercle is refused with a sentence (the window upgrades it when it opens). On a
    server, reading needs no lock either: None for a database Cercle never initialised.
    """
    if isinstance(location, ServerDatabase):
        from app.store.server import open_server_engine

        engine = open_server_engine(location, migrate=False)
        return None if engine is None else Store(location=location, engine=engine, lock=None)
    path = real_path(location)
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
    uri = readonly_uri(path)  # immutable in a folder where nothing can be written
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    event.listen(engine, "connect", _read_only_pragmas)
    event.listen(engine, "begin", _begin)
    return Store(location=path, engine=engine, lock=None)


__all__ = ["open_read_only"]
