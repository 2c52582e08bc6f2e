"""What names a Cercle database: a file (SQLite), or a database on a PostgreSQL server.

Reading an address that a person typed is ``app.store.location``'s job; this module only
holds the two kinds, so that every part of the store may name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL


@dataclass(frozen=True)
class ServerDatabase:
    """A Cercle database on a PostgreSQL server. ``str()`` masks the password."""

    url: URL

    def __str__(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"ServerDatabase({self})"

    @property
    def database(self) -> str:
        """The database's name on the server (empty if the address names none)."""
        return self.url.database or ""

    def hide_secret(self, text: str) -> str:
        """``text`` with the password replaced, wherever a driver's message repeated it."""
        password = self.url.password
        if password:
            text = text.replace(str(password), "***")
        return text


Location = Path | ServerDatabase
