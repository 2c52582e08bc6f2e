"""``cercle check`` on a PostgreSQL server: what Cercle itself promises about its data.

SQLite's ``integrity_check``, ``foreign_key_check`` and the FTS5 index's check have no
meaning on a server (PostgreSQL enforces its keys on every write and checks its own pages):
the check reads the schema revision and runs Cercle's invariants over the stored facts, in a
read-only transaction — nothing is written, whoever else is working on the server.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.engine.invariants import check_all
from app.i18n import _
from app.store.address import ServerDatabase
from app.store.errors import StoreError


def check_server(location: ServerDatabase, now: datetime) -> tuple[str, ...]:
    """The problems found in the server database (none: it is sound)."""
    from app.store.server import open_server_engine

    try:
        engine = open_server_engine(location, migrate=False)
    except StoreError as error:
        return (str(error),)
    if engine is None:
        return (
            _("La base {url} est vide : Cercle ne l'a pas encore initialisée.").format(
                url=location
            ),
        )
    try:
        with Session(engine) as db:
            db.execute(text("SET TRANSACTION READ ONLY"))
            return tuple(check_all(db, now))
    except DBAPIError as error:  # a query the server refused: said, never a traceback
        detail = str(error.orig or error).splitlines()[0]
        return (
            _("La vérification n'a pas pu lire la base {url} : {detail}").format(
                url=location, detail=location.hide_secret(f"{type(error.orig).__name__}: {detail}")
            ),
        )
    finally:
        engine.dispose()
