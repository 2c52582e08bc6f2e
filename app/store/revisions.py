"""The schema revisions shipped with Cercle, and running them (SQLite or PostgreSQL)."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config


def _alembic_config() -> Config:
    from alembic.config import Config  # Alembic loads only when a migration runs

    config = Config()
    config.set_main_option("script_location", str(resources.files("models") / "migrations"))
    return config


def shipped_revisions() -> list[str]:
    """The schema revisions shipped, oldest first.

    Migration files are named after their revision ("0004_….py" holds revision "0004"),
    so opening an up-to-date database needs no Alembic at all (a test checks that these
    names agree with Alembic's own history).
    """
    folder = resources.files("models") / "migrations" / "versions"
    names = (entry.name for entry in folder.iterdir())
    return sorted(
        name.split("_", 1)[0] for name in names if name[:4].isdigit() and name.endswith(".py")
    )


def head_revision() -> str:
    """The schema revision this Cercle writes."""
    return shipped_revisions()[-1]


def _is_known_revision(revision: str) -> bool:
    return revision in shipped_revisions()


def upgrade(engine: Engine) -> None:
    """Run the migrations shipped in the package up to the head revision."""
    with engine.connect() as connection:
        upgrade_on(connection)


def upgrade_on(connection: Connection) -> None:
    """Run the migrations on ``connection`` (SQLite or PostgreSQL) and commit."""
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    connection.commit()
