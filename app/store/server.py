"""Opening a Cercle database on a PostgreSQL server.

The same promises as a file, kept on a server that many Cercles share:

1. connect (a server that cannot be reached or refuses the login is one sentence, its
   password never repeated);
2. look before writing: a database holding tables but no ``alembic_version`` is not
   Cercle's and is refused untouched; a revision this Cercle does not know comes from a newer
   Cercle and is refused; an empty database is initialised;
3. migrate under a server-wide advisory lock (two Cercles starting together never migrate
   twice), in one transaction (PostgreSQL's DDL is transactional: a failed migration leaves
   the schema as it was). Backups before a migration are the administrator's ``pg_dump``.

There is no whole-database lock: facilitators work side by side; one running session is
driven by one Cercle at a time (``app.store.session_lock``).
"""

from __future__ import annotations

import re
from typing import Any

from psycopg.errors import StringDataRightTruncation
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.engine.errors import EngineError
from app.i18n import _
from app.store.address import ServerDatabase
from app.store.broken_text import explain
from app.store.errors import (
    MissingExtensionError,
    NewerDatabaseError,
    NotCercleDatabaseError,
    StoreError,
)
from app.store.revisions import head_revision, shipped_revisions, upgrade_on
from models.repertoire import SearchExtensionError, declare_postgresql_options

CONNECT_TIMEOUT_S = 10
declare_postgresql_options()  # this module is imported only when a server is used
# pg_advisory_lock keys are 64-bit integers; this one guards Cercle's migrations.
MIGRATION_LOCK_KEY = 0x43_45_52_43_4C_45_00_01  # "CERCLE" 0 1


class UnreachableServerError(StoreError):
    def __init__(self, location: ServerDatabase, detail: str) -> None:
        super().__init__(
            _(
                "Cercle ne peut pas ouvrir la base {url} sur le serveur PostgreSQL : {detail}. "
                "Vérifiez l'adresse, que le serveur tourne, et l'identifiant (le mot de passe "
                "se donne dans ~/.pgpass ou PGPASSWORD)."
            ).format(url=location, detail=detail),
            location,
        )


class NotCercleServerDatabaseError(NotCercleDatabaseError):
    def __init__(self, location: ServerDatabase) -> None:
        StoreError.__init__(
            self,
            _(
                "La base {url} contient déjà des tables qui ne sont pas celles de Cercle. "
                "Elle n'a pas été modifiée. Donnez à Cercle une base vide à lui (createdb)."
            ).format(url=location),
            location,
        )


def _reason(location: ServerDatabase, error: BaseException) -> str:
    """The driver's own first line, e.g. 'password authentication failed for user "u"'."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    detail = lines[0] if lines else type(original).__name__
    for prefix in ("connection failed:", "FATAL:"):
        detail = detail.removeprefix(prefix).strip()
    if "FATAL:" in detail:
        detail = detail.split("FATAL:", 1)[1].strip()
    return location.hide_secret(detail.rstrip("."))


def _without_nul(value: object) -> object:
    return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


def _clean(parameters: object) -> object:
    if isinstance(parameters, dict):
        return {key: _without_nul(value) for key, value in parameters.items()}
    if isinstance(parameters, (list, tuple)):
        return type(parameters)(_without_nul(value) for value in parameters)
    return parameters


def _drop_nul(
    _connection: object,
    _cursor: object,
    statement: str,
    parameters: object,
    _context: object,
    executemany: bool,
) -> tuple[str, object]:
    """PostgreSQL's text cannot hold the NUL character (SQLite's can): a NUL pasted into a
    title is dropped rather than the capture refused — it is never visible text."""
    if executemany and isinstance(parameters, (list, tuple)):
        return statement, [_clean(row) for row in parameters]
    return statement, _clean(parameters)


class TooLongTextError(EngineError):
    """A text longer than its column on a server (SQLite does not enforce lengths)."""

    def __init__(self, limit: str) -> None:
        super().__init__(
            _(
                "Ce texte est trop long pour la base du serveur (au plus {limit} caractères) : "
                "raccourcissez-le ; rien n'a été enregistré."
            ).format(limit=limit)
        )


def _explain_server(context: Any) -> None:
    explain(context)
    original = context.original_exception
    if isinstance(original, StringDataRightTruncation):
        found = re.search(r"\((\d+)\)", str(original))
        raise TooLongTextError(found.group(1) if found else "?") from original


def create_server_engine(location: ServerDatabase, *, read_only: bool = False) -> Engine:
    """An engine on the server database. ``read_only``: every transaction of its connections
    is read-only on the server's side (the reading commands: nothing can be written)."""
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "cercle",
    }
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    engine = create_engine(
        location.url, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True
    )
    event.listen(engine, "handle_error", _explain_server)
    event.listen(engine, "before_cursor_execute", _drop_nul, retval=True)
    return engine


def connect_check(engine: Engine, location: ServerDatabase) -> None:
    """Connect once: a refusal becomes one sentence."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as error:
        raise UnreachableServerError(location, _reason(location, error)) from None


def _revision(connection: Connection, location: ServerDatabase) -> tuple[bool, str | None]:
    """(whether the database holds anything, its Alembic revision)."""
    # Tables, views, materialised views and foreign tables where Cercle would write its own.
    names = set(
        connection.execute(
            text(
                "SELECT c.relname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
            )
        ).scalars()
    )
    if "alembic_version" not in names:
        if names:
            raise NotCercleServerDatabaseError(location)
        return False, None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return True, revision


def open_server_engine(location: ServerDatabase, *, migrate: bool = True) -> Engine | None:
    """An engine on the server database, checked and migrated up to this Cercle's head.

    With ``migrate=False`` (the reading commands) nothing is written: None for a database
    that Cercle never initialised, a refusal for one from an older Cercle.
    """
    engine = create_server_engine(location, read_only=not migrate)
    try:
        connect_check(engine, location)
        with engine.connect() as connection:
            _exists, revision = _revision(connection, location)
            connection.rollback()
        if revision is not None and revision not in shipped_revisions():
            raise NewerDatabaseError(location, revision)
        if migrate and revision != head_revision():
            with engine.connect() as connection:
                connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                connection.commit()
                try:
                    # Another Cercle may have migrated while this one waited for the lock.
                    _exists, revision = _revision(connection, location)
                    connection.rollback()
                    if revision is not None and revision not in shipped_revisions():
                        raise NewerDatabaseError(location, revision)
                    if revision != head_revision():
                        try:
                            upgrade_on(connection)
                        except SearchExtensionError as missing:
                            raise MissingExtensionError(
                                location, missing.extension, missing.available
                            ) from None
                finally:
                    connection.execute(
                        text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY}
                    )
                    connection.commit()
        elif not migrate and revision is None:
            engine.dispose()
            return None
        elif not migrate and revision != head_revision():
            raise StoreError(
                _(
                    "La base {url} vient d'une version précédente de Cercle : ouvrez-la une fois "
                    "avec « cercle » pour la mettre à jour."
                ).format(url=location),
                location,
            )
        return engine
    except BaseException:
        engine.dispose()
        raise
