"""Where Cercle keeps its files.

The data folder is the platform's user data directory (platformdirs), or ``CERCLE_HOME``
when set. The database file is ``cercle.sqlite3`` inside it, unless ``--db PATH`` or
``CERCLE_DB`` says otherwise (either may also be a PostgreSQL server's URL:
``app.store.location``). The demo network lives in its own file so that demo data
never mixes with a facilitator's own.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Cercle"
DB_FILENAME = "cercle.sqlite3"
DEMO_DB_FILENAME = "cercle-demo.sqlite3"


def data_dir() -> Path:
    """The folder of Cercle's own files (databases, backups, user method files)."""
    override = os.environ.get("CERCLE_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database file used when no ``--db`` is given: ``CERCLE_DB`` or the data folder's.

    ``CERCLE_DB`` may also name a server database (a URL): ``app.store.location``'s
    ``default_location`` reads it as such; this is the file when it is one.
    """
    override = os.environ.get("CERCLE_DB")
    if override and "://" not in override:
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database they protect, in a ``backups`` folder."""
    return db_path.parent / "backups"


def user_methods_dir() -> Path:
    """A facilitator drops their own method files (TOML) here."""
    return data_dir() / "methods"
