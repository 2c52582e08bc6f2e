"""Where a Cercle database is: a file (SQLite) or a database on a PostgreSQL server.

``--db`` and ``CERCLE_DB`` take either a path or a SQLAlchemy URL
(``postgresql+psycopg://user@host:5432/cercle``). A password is never shown: every text made
from a server location masks it (``***``); the documented way to give one is libpq's own
(``PGPASSWORD``, ``~/.pgpass``), which never appears in a command line.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from app.i18n import _
from app.store.address import Location, ServerDatabase
from app.store.errors import StoreError

# "scheme://…", the scheme at least two characters long (a Windows drive "C:/" is a path).
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+):/")
DRIVER = "postgresql+psycopg"


def _example() -> str:
    return _("postgresql+psycopg://utilisateur@serveur:5432/cercle")


__all__ = ["Location", "ServerDatabase", "default_location", "parse_location"]


class UnknownLocationError(StoreError):
    def __init__(self, message: str) -> None:
        super().__init__(message)


def parse_location(text: str) -> Location:
    """A path (SQLite) or a server database from what ``--db`` or ``CERCLE_DB`` says.

    A URL of any other kind is refused in a sentence, never taken as a folder name.
    """
    found = _URL.match(text)
    if found is None:
        return Path(text).expanduser()
    scheme = found.group("scheme").lower()
    try:
        url = make_url(text)
    except ArgumentError:
        raise UnknownLocationError(
            _(
                "L'adresse de base « {scheme}://… » est mal formée : attendu par exemple "
                "{example} (le mot de passe dans ~/.pgpass, pas dans l'adresse)."
            ).format(scheme=scheme, example=_example())
        ) from None
    backend, _plus, driver = url.drivername.lower().partition("+")  # no dialect is loaded
    if backend == "sqlite" and url.database:
        return Path(url.database).expanduser()
    if backend in ("postgresql", "postgres") and driver in ("psycopg", ""):
        url = url.set(drivername=DRIVER)
        if not url.database:
            raise UnknownLocationError(
                _(
                    "L'adresse {url} ne nomme pas de base : ajoutez son nom à la fin, par "
                    "exemple {example}."
                ).format(url=url.render_as_string(hide_password=True), example=_example())
            )
        return ServerDatabase(url)
    raise UnknownLocationError(
        _(
            "Cercle ne connaît pas les adresses « {scheme}:// » : donnez le chemin d'un fichier "
            "(SQLite) ou l'adresse d'un serveur PostgreSQL, par exemple {example}."
        ).format(scheme=scheme, example=_example())
    )


def default_location() -> Location:
    """The database used when no ``--db`` is given: ``CERCLE_DB`` (a path or a URL), else the
    data folder's file."""
    import os

    from app.paths import DB_FILENAME, data_dir

    override = os.environ.get("CERCLE_DB")
    if override:
        return parse_location(override)
    return data_dir() / DB_FILENAME
