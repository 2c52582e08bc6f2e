"""Every test gets its own data folder, its own database and a fake clock; nothing sleeps."""

from __future__ import annotations

import gc
import os
import shutil
import sys

# Before any Qt import: tests run headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.clock import FakeClock
from app.engine.session import SessionEngine
from app.i18n import set_language
from app.methods import MethodCatalogue, load_methods
from app.planning import add_member, create_network, plan_meeting
from app.store import Store, open_store
from app.text import fold
from models import AttendanceStatus, MembershipRole

pytest_plugins = ("tests.figures",)

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
START = datetime(2026, 3, 12, 8, 30, tzinfo=UTC)
Shoot = Callable[[Any, str], Path]  # the ``shoot`` fixture: save a widget as a PNG


@pytest.fixture(autouse=True)
def _hermetic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CERCLE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CERCLE_DB", raising=False)
    yield
    set_language("fr")
    # Python's collector as every test finds it: on, nothing frozen (the launcher pauses it
    # while the window starts, and freezes what the start made: app.collector).
    gc.unfreeze()
    gc.enable()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After pytest-qt has closed a test's windows, delete them now.

    pytest-qt asks Qt to delete them later, which happens only when a later test runs an
    event loop: until then every window of the tests before stays alive, is repolished and
    laid out again with the next one, and its timers keep firing (the suite grew to
    1,500 widgets alive, and a window's setup to over a second)."""
    result = yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(scope="session")
def methods() -> MethodCatalogue:
    return load_methods()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cercle.sqlite3"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database, created by the migrations once per test process (≈0.1 s of CPU each
    time); each test's ``store`` is a copy of it (≈3 ms)."""
    path = tmp_path_factory.mktemp("empty") / "cercle.sqlite3"
    open_store(path).close()
    return path


def copy_database_file(template: Path, path: Path) -> None:
    """The file and, if the last close left one, its write-ahead log."""
    shutil.copy(template, path)
    wal = template.with_name(template.name + "-wal")
    if wal.exists():
        shutil.copy(wal, path.with_name(path.name + "-wal"))


# --- both backends ------------------------------------------------------------------------------
# The tests of these files run against SQLite and against a real PostgreSQL server (the
# ``backend`` fixture, selected with ``-m postgresql`` or ``-m "not postgresql"``). Other files
# (the windows) run on SQLite only, to keep the suite fast.
BOTH_BACKENDS = frozenset(
    {
        "test_store_server",
        "test_engine",
        "test_captures",
        "test_commands",
        "test_repertoire",
        "test_steering",
        "test_steering_rules",
        "test_organisation",
        "test_organisation_report",
        "test_portable_sql",
        "test_search_backends",
        "test_minutes",
        "test_networks",
        "test_rituals",
        "test_cli",
        "test_cli_networks",
        "test_ui_server",
        "test_exchange",
    }
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if module in BOTH_BACKENDS and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize(
            "backend",
            ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
            indirect=True,
        )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql": the store the test runs on."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a PostgreSQL server for the whole run (one for all xdist workers)."""
    from tests import pg_server as server

    with server.shared_server(tmp_path_factory.getbasetemp()) as url:
        yield url


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database built once per run (per xdist worker) by the migrations: each test copies
    it (``CREATE DATABASE … TEMPLATE``)."""
    from tests import pg_server as server

    name = server.database_name("cercle_template")
    server.recreate(pg_server, name)
    with open_store(server.location(pg_server, name)):
        pass
    yield name
    server.drop(pg_server, name)


@pytest.fixture(scope="session")
def pg_recycler(pg_server: str, pg_template: str) -> Iterator[Any]:
    """This worker's copies of the template, emptied after a test for the next one."""
    from tests import pg_server as server

    recycler = server.Recycler(pg_server, pg_template)
    yield recycler
    recycler.close()


@pytest.fixture
def pg_location(pg_server: str, pg_recycler: Any) -> Iterator[Any]:
    """A server database of this test's own, at the schema's head and empty: a copy of the
    template, or one a test before used and that was emptied (``tests.pg_server.Recycler``)."""
    from tests import pg_server as server

    name = pg_recycler.take()
    yield server.location(pg_server, name)
    pg_recycler.give_back(name)


@pytest.fixture
def pg_empty_location(pg_server: str) -> Iterator[Any]:
    """An empty server database of this test's own (``createdb``, nothing in it yet)."""
    from tests import pg_server as server

    name = server.database_name("e_" + uuid.uuid4().hex[:12])
    server.recreate(pg_server, name)
    yield server.location(pg_server, name)
    server.drop(pg_server, name)


@pytest.fixture
def cli_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """What a command line test gives ``--db``: a file not yet created, or an empty server
    database (``str()`` of either is the argument)."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_empty_location")
    return tmp_path / "cercle.sqlite3"


@pytest.fixture
def db_location(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Any:
    """This test's database: a file, or a database of its own on the PostgreSQL server."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_location")
    return db_path


@pytest.fixture
def store(db_location: Any, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A new, empty database for one test: on SQLite a copy of ``empty_template`` (what
    ``open_store`` makes of a missing file), on the server a copy of ``pg_template``.

    On SQLite, a test whose ``room`` comes from :func:`room_fixture` gets instead a copy of
    that room built once per test process (``make_room`` drives a dozen commands)."""
    if isinstance(db_location, Path):
        template = request.getfixturevalue("empty_template")
        options = _room_options(request)
        if options is not None:
            rooms: RoomTemplates = request.getfixturevalue("room_templates")
            template, seeded = rooms.get(options, request.getfixturevalue("clock").now())
            setattr(request.node, SEEDED_ROOM, seeded)
        copy_database_file(template, db_location)
    with open_store(db_location) as opened:
        yield opened


@dataclass
class Room:
    """A network of people and one planned session, ready to run."""

    store: Store
    clock: FakeClock
    network_id: uuid.UUID
    meeting_id: uuid.UUID
    people: dict[str, uuid.UUID]
    engine: SessionEngine

    def __getitem__(self, name: str) -> uuid.UUID:
        return self.people[name]


NAMES = ("Léa", "Karim", "Sofia", "Marc", "Inès", "Paul")


def make_room(
    store: Store,
    clock: FakeClock,
    methods: MethodCatalogue,
    names: tuple[str, ...] = NAMES,
    minutes: int = 120,
    present: bool = True,
) -> Room:
    """A network with ``names`` (Marc facilitates), a session planned now for ``minutes``.

    Members join in name order, so their tiles (and keys) follow the names.
    """
    with store.transaction() as db:
        network = create_network(db, "Réseau Qualité Achats", clock.now())
        people = {
            name: add_member(
                db,
                network,
                name,
                clock.now(),
                role=MembershipRole.FACILITATOR if name == "Marc" else MembershipRole.MEMBER,
            )
            for name in sorted(names, key=fold)
        }
        meeting = plan_meeting(
            db, network, clock.now(), minutes, title="Séance test", facilitator=people.get("Marc")
        )
        ids = {name: m.id for name, m in people.items()}
        network_id, meeting_id = network.id, meeting.id
    engine = SessionEngine(store, meeting_id, clock, methods)
    if present:
        for member in ids.values():
            engine.set_attendance(member, AttendanceStatus.PRESENT)
    return Room(store, clock, network_id, meeting_id, ids, engine)


# --- a room built once per test process --------------------------------------------------------
RoomOptions = tuple[tuple[str, ...], int, bool]  # make_room's names, minutes, present
Seeded = tuple[uuid.UUID, uuid.UUID, dict[str, uuid.UUID]]  # its network, meeting, people
# On the test's item, by name: the test modules import this file again as tests.conftest.
SEEDED_ROOM = "cercle_seeded_room"


class RoomTemplates:
    """Database files each holding one ``make_room``, built on first use in this process."""

    def __init__(self, folder: Path, empty: Path, methods: MethodCatalogue) -> None:
        self.folder, self.empty, self.methods = folder, empty, methods
        self.built: dict[tuple[RoomOptions, datetime], tuple[Path, Seeded]] = {}

    def get(self, options: RoomOptions, now: datetime) -> tuple[Path, Seeded]:
        key = (options, now)
        if key not in self.built:
            path = self.folder / f"room-{len(self.built)}.sqlite3"
            copy_database_file(self.empty, path)
            with open_store(path) as store:
                room = make_room(store, FakeClock(now), self.methods, *options)
            self.built[key] = (path, (room.network_id, room.meeting_id, room.people))
        return self.built[key]


@pytest.fixture(scope="session")
def room_templates(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path, methods: MethodCatalogue
) -> RoomTemplates:
    return RoomTemplates(tmp_path_factory.mktemp("rooms"), empty_template, methods)


def room_fixture(names: tuple[str, ...] = NAMES, minutes: int = 120, present: bool = True) -> Any:
    """A ``room`` fixture: ``make_room(store, clock, methods, names, minutes, present)``.

    On SQLite the test's ``store`` starts as a copy of that room (built once per process)
    and only the engine is made here; on PostgreSQL the room is built in the test's database.
    """
    options: RoomOptions = (names, minutes, present)

    def room(
        request: pytest.FixtureRequest, store: Store, clock: FakeClock, methods: MethodCatalogue
    ) -> Room:
        seeded: Seeded | None = getattr(request.node, SEEDED_ROOM, None)
        if seeded is None:
            return make_room(store, clock, methods, *options)
        network_id, meeting_id, people = seeded
        engine = SessionEngine(store, meeting_id, clock, methods)
        return Room(store, clock, network_id, meeting_id, dict(people), engine)

    room.room_options = options  # type: ignore[attr-defined]
    return pytest.fixture(name="room")(room)


def _room_options(request: pytest.FixtureRequest) -> RoomOptions | None:
    """The options of the test's ``room`` when it comes from :func:`room_fixture`."""
    if "room" not in request.fixturenames:
        return None
    info = getattr(request.node, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.get("room") if info is not None else None
    if not definitions:
        return None
    options = getattr(definitions[-1].func, "room_options", None)
    return options if isinstance(options, tuple) else None


room = room_fixture()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def open_window(
    qtbot: Any, store: Store, clock: FakeClock, methods: MethodCatalogue, size: tuple[int, int]
) -> Any:
    """The real main window in French, shown and active (shortcuts reach the active one)."""
    from app.workspace import Workspace
    from ui.shell.application import create_application
    from ui.shell.window import MainWindow

    create_application("fr")
    window = MainWindow(Workspace(store, clock, methods))
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture(scope="session")
def shoot(artifacts: Path) -> Shoot:
    """Save a widget as ``artifacts/<name>.png`` as the screen would show it next."""

    def save(widget: Any, name: str) -> Path:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # pending layouts settle, as before the next paint
        path = artifacts / f"{name}.png"
        widget.grab().save(str(path))
        return path

    return save


DEMO_NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, methods: MethodCatalogue) -> Path:
    """The demo network seeded once per test run (seeding drives ~700 engine commands, 4 s
    of CPU): under pytest-xdist the first worker that needs it seeds it beside the workers'
    folders, the others wait for it. Tests copy it, never open it."""
    from filelock import FileLock

    from app.demo import seed_demo

    basetemp = tmp_path_factory.getbasetemp()
    shared = basetemp.parent if "PYTEST_XDIST_WORKER" in os.environ else basetemp
    path = shared / "demo-template" / "demo.sqlite3"
    with FileLock(str(shared / "demo-template.lock")):
        if not path.exists():
            partial = shared / "demo-template.partial"
            shutil.rmtree(partial, ignore_errors=True)
            partial.mkdir()
            with open_store(partial / "demo.sqlite3") as store:
                seed_demo(store, DEMO_NOW, methods)
            partial.rename(path.parent)
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite3"
    copy_database_file(demo_template, path)
    with open_store(path) as opened:
        yield opened
