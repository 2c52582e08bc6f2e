"""Every test gets its own data folder, its own database and a fake clock; nothing sleeps."""

from __future__ import annotations

import os
import shutil

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


def worker_name() -> str:
    """This test process's name under pytest-xdist (``gw0``, ``gw1``…; ``main`` without it).

    Temporary folders are already per worker; a resource shared beyond them (a PostgreSQL
    database, a port, a file outside ``tmp_path``) takes this name in its own, so that the
    workers of ``make test`` never meet.
    """
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(autouse=True)
def _hermetic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CERCLE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CERCLE_DB", raising=False)
    yield
    set_language("fr")


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


@pytest.fixture
def store(db_path: Path, empty_template: Path) -> Iterator[Store]:
    """A new, empty database for one test (what ``open_store`` makes of a missing file)."""
    copy_database_file(empty_template, db_path)
    with open_store(db_path) as opened:
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


@pytest.fixture
def room(store: Store, clock: FakeClock, methods: MethodCatalogue) -> Room:
    return make_room(store, clock, methods)


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
    """The demo network seeded once per test run (seeding drives ~700 engine commands)."""
    from app.demo import seed_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with open_store(path) as store:
        seed_demo(store, DEMO_NOW, methods)
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite3"
    copy_database_file(demo_template, path)
    with open_store(path) as opened:
        yield opened
