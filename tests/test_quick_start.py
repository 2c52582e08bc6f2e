"""The window's first frame comes before the core: the home list read with sqlite3, the same
as the core's; then the core attaches; a damaged file found after the first frame is said
and never written; a session that was running still reopens on its cockpit."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.clock import FakeClock
from app.home_glance import read_glance, shipped_head
from app.methods import MethodCatalogue
from app.networks import create, set_archived
from app.planning import overview
from app.store import Store
from app.store.deferred_check import open_store_checking_later
from app.workspace import Workspace
from models import Meeting, MeetingStatus
from tests.conftest import START
from tests.test_bad_files import corrupt_an_index, sound_database
from tests.test_ui_restart import run_then_kill
from ui.shell.quick_start import plain_window_start, watch_check
from ui.shell.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def test_the_home_list_read_without_the_core_is_the_cores(demo_store: Store) -> None:
    with demo_store.transaction() as db:
        archived = create(db, "Réseau archivé", START)
        set_archived(db, archived, START)
    glance = read_glance(demo_store.path)
    assert glance is not None
    with demo_store.session() as db:
        networks = overview(db)
    # The networks at once; a network's sessions when the home shows it.
    assert glance.overview() == [n._replace(meetings=()) for n in networks]
    assert [glance.meetings_of(n.id) for n in networks] == [n.meetings for n in networks]
    assert all(n.meetings for n in networks)  # the demo network's sessions were compared
    assert [(n.id, n.name) for n in glance.all_networks()] == [(archived, "Réseau archivé")]
    demo_store.path.unlink()  # gone meanwhile: no sessions, and the core will say why
    assert glance.meetings_of(networks[0].id) == ()


def test_a_file_the_first_frame_cannot_read_takes_the_usual_path(tmp_path: Path) -> None:
    assert read_glance(tmp_path / "missing.sqlite3") is None
    text = tmp_path / "notes.sqlite3"
    text.write_text("pas une base")
    assert read_glance(text) is None
    older = sound_database(tmp_path / "older.sqlite3")
    con = sqlite3.connect(older)
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    assert read_glance(older) is None  # migrating writes: the usual path, checked first


def test_only_a_plain_window_start_goes_first_frame_first() -> None:
    assert plain_window_start(["--db", "x.sqlite3", "--lang=en"]) == (
        Path("x.sqlite3"),
        "en",
        False,
    )
    assert plain_window_start(["--demo"]) is not None
    for argv in (["info"], ["--db"], ["--lang", "de"], ["--help"], ["--demo", "check"]):
        assert plain_window_start(argv) is None


def test_the_first_frame_imports_neither_sqlalchemy_nor_the_pages(demo_store: Store) -> None:
    """Nor does it build ``Qt``'s namespace (93 enums, ~16 ms): it only does once the
    window's keys are bound, right after."""
    path = demo_store.path
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.home_glance import read_glance\n"
        "from ui.shell.application import create_application\n"
        "from ui.shell.window import MainWindow\n"
        "from PySide6.QtGui import QShortcut\n"
        "app = create_application('fr', window_icon=False)\n"
        f"window = MainWindow(None, read_glance(Path({str(path)!r})))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "rows = window.home.meetings.rowCount()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'qasync')\n"
        "    or m.startswith(('ui.session', 'ui.steering', 'ui.repertoire', 'app.workspace')))\n"
        "qt = vars(sys.modules['PySide6.QtCore'])\n"
        "print(rows, window.home.title.text(), heavy, 'Qt' in qt, end=' ')\n"
        "window.after_first_frame()\n"
        "print('Qt' in qt, len(window.home.findChildren(QShortcut)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(path.parent)},
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "7 Réseau Qualité Achats [] False True 9"


def first_frame_then_core(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue
) -> MainWindow:
    """What ui.shell.quick_start does, with a test clock."""
    from ui.shell.application import create_application

    app = create_application("fr")
    window = MainWindow(None, read_glance(store.path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach(Workspace(store, clock, methods))
    app.setProperty("cercle_window", window)
    return window


def test_after_the_core_attaches_another_network_still_shows_its_sessions(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue
) -> None:
    from datetime import timedelta

    from app.planning import plan_meeting
    from models import Network

    with demo_store.transaction() as db:
        other = db.get(Network, create(db, "Réseau Méthodes", START))
        assert other is not None
        for week in (1, 2):
            plan_meeting(db, other, START + timedelta(weeks=week), 90, title=f"Séance {week}")
    window = first_frame_then_core(qtbot, demo_store, FakeClock(START), methods)
    home = window.home
    shown = home.network_id  # the one the first frame showed
    expected = {n.id: [m.title for m in n.meetings] for n in window.workspace.overview()}
    for row in range(home.networks.rowCount()):  # each clicked after the core came
        home.network_list.setCurrentIndex(home.networks.index(row, 0))
        assert [m.title for m in home.meetings.rows()] == expected[home.network_id]
    assert shown in expected and len(expected) == 2 and all(expected.values())
    window.close()


def test_the_window_shown_before_the_core_can_still_be_made_smaller(
    qtbot: QtBot, demo_store: Store, methods: MethodCatalogue
) -> None:
    """Half a laptop's screen, or a saved smaller size: the first frame's home does not pin
    the window's minimum (its keys and constraint come after it is shown)."""
    from PySide6.QtWidgets import QApplication

    window = first_frame_then_core(qtbot, demo_store, FakeClock(START), methods)
    window.resize(900, 600)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (900, 600)
    window.close()


def test_a_damaged_file_found_after_the_first_frame_is_never_written_and_is_told(
    qtbot: QtBot, tmp_path: Path, methods: MethodCatalogue, demo_template: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    path = sound_database(tmp_path / "cercle.sqlite3", demo_template)
    corrupt_an_index(path)
    before = path.read_bytes()
    store = open_store_checking_later(path)
    try:
        window = first_frame_then_core(qtbot, store, FakeClock(START), methods)
        assert window.home.meetings.rowCount() == 7  # the first frame showed the sessions
        told: list[str] = []
        watch_check(store, QApplication.instance(), told.append)  # type: ignore[arg-type]
        window.create_network()  # a command meanwhile: it waits, then is refused in the form
        dialog = window.network_dialog
        assert dialog is not None
        dialog.name.setText("Réseau Méthodes")
        dialog.create_network()
        assert dialog.created is None and "endommagée" in dialog.problem.text()
        dialog.close()
        qtbot.waitUntil(lambda: bool(told), timeout=10_000)
        assert "endommagée" in told[0] and "n'a pas été modifiée" in told[0]
        window.close()
    finally:
        store.close()
    assert path.read_bytes() == before


def test_a_session_running_when_cercle_stopped_reopens_its_cockpit_after_the_first_frame(
    qtbot: QtBot, tmp_path: Path, methods: MethodCatalogue
) -> None:
    db = tmp_path / "cercle.sqlite3"
    run_then_kill(db)
    store = open_store_checking_later(db)
    try:
        window = first_frame_then_core(qtbot, store, FakeClock(START.replace(minute=50)), methods)
        assert window.pages.currentWidget() is window.cockpit
        assert window.cockpit.speaker.text().startswith("Parole : LÉA")
        with store.session() as s:
            assert list(s.scalars(select(Meeting.status))) == [MeetingStatus.RUNNING]
        window.cockpit.leave()
        window.close()
    finally:
        store.close()


def test_enter_pressed_before_the_core_is_there_is_kept_said_and_then_acted_on(
    qtbot: QtBot, demo_store: Store, clock: FakeClock, methods: MethodCatalogue
) -> None:
    from ui.shell.application import create_application

    create_application("fr")
    window = MainWindow(None, read_glance(demo_store.path))
    qtbot.addWidget(window)
    window.show()
    wanted = window.home.selected_meeting()
    assert wanted is not None
    window.home.open_selected()  # Enter on the first frame: the core is a moment away
    said = window.statusBar().currentMessage()
    assert "finit de s'ouvrir" in said and "dans un instant" in said
    assert window.pages.currentWidget() is window.home
    window.attach(Workspace(demo_store, clock, methods))
    assert window.pages.currentWidget() is not window.home  # the session opened by itself
    assert window.statusBar().currentMessage().startswith("Base de données :")
    window.close()


def test_the_loop_and_the_core_import_no_module_they_do_not_need() -> None:
    """The loop starts right after the first frame (no SQLAlchemy in it); the core never
    loads PostgreSQL's dialects for a laptop's file, nor reads every module's source."""
    script = (
        "import linecache, sys\n"
        "from ui.shell import quick_start\n"
        "import ui.kit.jobs\n"
        "loop = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'app.store')))\n"
        "from app.store.deferred_check import open_store_checking_later\n"
        "from app.workspace import Workspace\n"
        "server = sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgres'))\n"
        "read = [f for f in linecache.cache if f.endswith('.py')\n"
        "    and ('sqlalchemy' in f or '/app/' in f)]\n"
        "print(loop, server, len(read))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[] [] 0"


def test_a_server_store_still_declares_the_partial_term_index() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex

    import app.store.server  # noqa: F401 — a server store declares its dialect's options
    from models.repertoire import TERM_INDEX, RepertoireEntry

    index = next(i for i in RepertoireEntry.__table__.indexes if i.name == TERM_INDEX)
    ddl = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
    assert ddl.endswith("WHERE kind = 'term' AND deleted_at IS NULL")


def test_a_first_launch_shows_the_welcome_at_once_while_the_file_is_created(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "ui"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "CERCLE_HOME": str(home),
            "CERCLE_BENCH_EXIT_WHEN_IDLE": "1",
        },
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    marks = dict(line.split("=", 1) for line in done.stderr.splitlines() if "=" in line)
    # The window came first, the file was made behind it (its migrations), then the core.
    assert float(marks["cercle-first-frame"]) < float(marks["cercle-core-attached"])
    con = sqlite3.connect(home / "cercle.sqlite3")
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchall()
        assert revision == [(shipped_head(),)]
    finally:
        con.close()


def test_only_a_missing_file_gets_the_welcome_first(tmp_path: Path) -> None:
    from ui.shell.quick_start import _first_launch

    missing = tmp_path / "nouveau.sqlite3"
    glance = _first_launch(missing, demo=False)
    assert glance is not None and glance.overview() == [] and glance.all_networks() == []
    assert _first_launch(missing, demo=True) is None  # the demo is built with its progress
    assert _first_launch(Path("postgresql+psycopg://moi@serveur/cercle"), demo=False) is None
    (tmp_path / "there.sqlite3").write_text("pas une base")
    assert _first_launch(tmp_path / "there.sqlite3", demo=False) is None


def test_importing_a_network_asked_on_the_first_frame_opens_once_the_core_is_there(
    qtbot: QtBot,
    demo_store: Store,
    clock: FakeClock,
    methods: MethodCatalogue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.home.exchange import ExchangeMenu
    from ui.shell.application import create_application

    asked: list[str] = []
    monkeypatch.setattr(ExchangeMenu, "import_file", lambda _self: asked.append("import"))
    create_application("fr")
    window = MainWindow(None, read_glance(demo_store.path))
    qtbot.addWidget(window)
    window.show()
    window.home._import()  # Ctrl+Shift+I before the core: kept, and said
    assert "finit de s'ouvrir" in window.statusBar().currentMessage()
    assert asked == []
    window.attach(Workspace(demo_store, clock, methods))
    assert asked == ["import"]  # the file chooser opened by itself
    window.close()


def test_the_cockpit_built_once_idle_after_the_start_binds_f1_and_keeps_the_window_active(
    qtbot: QtBot, demo_store: Store, clock: FakeClock, methods: MethodCatalogue
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.shell.application import create_application

    create_application("fr")
    window = MainWindow(None, read_glance(demo_store.path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attach(Workspace(demo_store, clock, methods), cockpit_at_idle=True)
    assert window._cockpit is None  # Enter and the home's keys answer first
    qtbot.waitUntil(lambda: window._cockpit is not None)
    assert window.isActiveWindow()  # building it after the first paint takes no focus away
    QTest.keyClick(window.home.meeting_table, Qt.Key.Key_F1)
    assert window.help.isVisible()  # F1 works on the home from now on
    window.help.hide()
    window.close()
