"""Alembic environment for Cercle.

Cercle runs migrations itself at start-up (``app.store``) and hands over an open
connection in ``config.attributes["connection"]``. Developers may also run the ``alembic``
command from the project root (``alembic.ini``), which uses ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine, text

import models
from models.repertoire import include_name

target_metadata = models.Base.metadata


def _foreign_keys(connection: Connection, on: bool) -> None:
    """Batch migrations recreate tables: foreign keys must be off while they do, or dropping
    the old table fires every ON DELETE CASCADE / SET NULL pointing at it (a recreated
    ``agenda_items`` would take the speaking turns, roles and captures' origins with it).

    The PRAGMA is silently ignored inside a transaction, and a SQLAlchemy connection begins
    one on its first statement (Cercle's "begin" listener emits BEGIN): so it is set on the
    driver's own connection, outside any transaction, and checked.
    """
    if connection.in_transaction():
        connection.commit()
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    if bool(driver.execute("PRAGMA foreign_keys").fetchone()[0]) is not on:
        raise RuntimeError("could not switch foreign keys for the migration")


def _run(connection: Connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        _foreign_keys(connection, on=False)
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
        if is_sqlite:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
    if is_sqlite:
        _foreign_keys(connection, on=True)


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    raise SystemExit("Cercle migrations run online only (SQLite batch mode).")
run_migrations_online()
