"""The home list, read without SQLAlchemy: what the window's first frame shows.

Importing SQLAlchemy and the mapped models costs ~0.3 s, several times what a bare Qt
window takes to appear. The first frame needs only the networks and the sessions of the one
it shows, so they are read here with ``sqlite3``, read-only, into the same snapshots
``app.planning.overview`` returns, a network's sessions when the home shows it
(``Glance.meetings_of``; a test checks that both agree). Nothing here writes, creates or
migrates: a file that is missing, not Cercle's, or from another schema revision gets
``None``, and the start takes the usual path, which says why.
"""

# No ``from __future__ import annotations`` here: ``typing.NamedTuple`` would compile each
# field's annotation string (18 ``compile`` calls, 1.5 ms of the window's first frame).

import importlib.util
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from models.enums import MeetingStatus

SQLITE_HEADER = b"SQLite format 3\x00"


# The snapshots are named tuples: read-only values, compared field by field, as frozen
# dataclasses would be, but defined in a fifth of the time on the window's first frame.


class MeetingSummary(NamedTuple):
    id: uuid.UUID
    number: int
    title: str
    planned_start: datetime
    place: str
    status: MeetingStatus
    items: int


class NetworkSummary(NamedTuple):
    id: uuid.UUID
    name: str
    intention: str
    members: int
    meetings: tuple[MeetingSummary, ...]


class ArchivedNetwork(NamedTuple):
    """A network put away: the home offers to bring it back."""

    id: uuid.UUID
    name: str
    archived: bool = True


class Glance(NamedTuple):
    """What the home shows, read at start (see ``read_glance``). A network's sessions are
    read when the home shows that network (``meetings_of``): the first frame shows one
    network's, and an organisation's file holds 2,400 sessions (18 ms to read them all)."""

    path: Path
    networks: tuple[NetworkSummary, ...]  # their ``meetings`` left empty: see meetings_of
    archived: tuple[ArchivedNetwork, ...]

    def overview(self) -> list[NetworkSummary]:
        """The networks on the home, as ``Workspace.overview`` gives them, without their
        sessions (``meetings_of``)."""
        return list(self.networks)

    def all_networks(self) -> list[ArchivedNetwork]:
        """The archived networks, as ``Workspace.all_networks`` gives them."""
        return list(self.archived)

    def meetings_of(self, network_id: uuid.UUID) -> tuple[MeetingSummary, ...]:
        """The network's sessions, newest first, as ``Workspace.overview`` gives them; none
        when the file cannot be read any more (the core, a moment away, will say why)."""
        try:
            connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        except sqlite3.Error:
            return ()
        try:
            return _meetings(connection, network_id.hex)  # as stored: 32 digits, no dashes
        except (sqlite3.Error, ValueError):
            return ()
        finally:
            connection.close()


def shipped_head() -> str | None:
    """The newest schema revision shipped, from the migration files' names (as
    ``app.store.database.head_revision``, without importing the ``models`` package's ORM)."""
    spec = importlib.util.find_spec("models")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "migrations" / "versions"
    names = [p.name for p in folder.iterdir() if p.name[:4].isdigit() and p.suffix == ".py"]
    return max((name.split("_", 1)[0] for name in names), default=None)


def read_glance(path: Path) -> Glance | None:
    """The home list of the Cercle database at ``path``, or None when the usual start must
    look at the file (missing, empty, not SQLite, not Cercle's, another schema revision)."""
    try:
        path = path.expanduser().resolve()
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except (OSError, sqlite3.Error, RuntimeError):
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != shipped_head():
            return None
        return _read(connection, path)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, path: Path) -> Glance:
    members = dict(
        connection.execute(
            "SELECT network_id, count(*) FROM memberships WHERE left_on IS NULL GROUP BY network_id"
        ).fetchall()
    )
    live, archived = [], []
    for id_, name, intention, archived_at in connection.execute(
        "SELECT id, name, intention, archived_at FROM networks ORDER BY name"
    ):
        if archived_at is not None:
            archived.append(ArchivedNetwork(uuid.UUID(id_), name))
            continue
        live.append(NetworkSummary(uuid.UUID(id_), name, intention, members.get(id_, 0), ()))
    return Glance(path, tuple(live), tuple(archived))


def _meetings(connection: sqlite3.Connection, network_id: str) -> tuple[MeetingSummary, ...]:
    items = dict(
        connection.execute(
            "SELECT a.meeting_id, count(*) FROM agenda_items AS a "
            "JOIN meetings AS m ON m.id = a.meeting_id WHERE m.network_id = ? "
            "GROUP BY a.meeting_id",
            (network_id,),
        ).fetchall()
    )
    return tuple(
        MeetingSummary(
            uuid.UUID(id_),
            number,
            title,
            datetime.fromisoformat(start).replace(tzinfo=UTC),
            place,
            MeetingStatus(status),
            items.get(id_, 0),
        )
        for id_, number, title, start, place, status in connection.execute(
            "SELECT id, number, title, planned_start, place, status FROM meetings "
            "WHERE network_id = ? ORDER BY planned_start DESC",
            (network_id,),
        )
    )
