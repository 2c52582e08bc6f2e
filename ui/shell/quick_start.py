"""The window's start, first frame first.

A bare Qt window appears in ~0.1 s; importing SQLAlchemy, the models and every page took
several times that before anything showed. So a plain window start (``cercle``, ``cercle
--demo``, ``--db``, ``--lang``, nothing else) goes:

1. the home list read with ``sqlite3``, read-only (``app.home_glance``), and the window shown
   on it — the first frame, with no core imported;
2. the loop, answering keys at once (a request that needs the core is kept, and said in the
   status bar); only then the core, on a thread: the store opened, its integrity check on
   another (every write waits for it, ``app.store.deferred_check``), the workspace handed to
   the window (``MainWindow.attach``: the room's keys, a running session's cockpit);
3. the check's outcome: a damaged file (nothing was written: every write waited) closes the
   frame, and the usual path says why and offers the latest sound backup, as at any start.

A file not there yet (a first launch) shows the empty home at once, and the core creates the
file meanwhile. Anything unusual — a command, a file to migrate or refuse, the demo to build —
takes the usual path (``app.cli``), which says why; so does a store that cannot open once the
first frame is shown (another Cercle holds it…): the frame closes and the usual path speaks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ui.kit.pyside_imports import stop_reading_sources
from ui.shell.bench_hooks import mark, mark_when_a_key_is_answered

if TYPE_CHECKING:
    import threading

    from app.home_glance import Glance
    from app.store import Store
    from app.workspace import Workspace
    from ui.shell.demo_in_window import DemoInWindow
    from ui.shell.window import MainWindow

stop_reading_sources()  # before the rest of the window's imports (ui.kit.pyside_imports)


def plain_window_start(argv: list[str]) -> tuple[Path, str | None, bool] | None:
    """(database, --lang or None, --demo) when ``argv`` only opens the window, else None."""
    db: str | None = None
    lang: str | None = None
    demo = False
    args = iter(argv)
    for arg in args:
        name, equals, value = arg.partition("=")
        if name in ("--db", "--lang"):
            if not equals:
                value = next(args, "")
            if not value or value.startswith("-"):
                return None
            if name == "--db":
                db = value
            elif value in ("fr", "en"):
                lang = value
            else:
                return None
        elif arg == "--demo":
            demo = True
        else:
            return None
    from app.paths import default_db_path, demo_db_path

    path = Path(db) if db is not None else demo_db_path() if demo else default_db_path()
    return path, lang, demo


def quick_start(argv: list[str]) -> int | None:
    """Run the window first frame first; None when this start must take the usual path."""
    plan = plain_window_start(argv)
    if plan is None:
        return None
    path, lang, demo = plan
    from app.display import window_problem

    if window_problem() is not None:
        return None  # the usual path says what is missing
    from app.home_glance import read_glance

    glance = read_glance(path)
    building = glance is None and demo and _missing(path)  # the demo's first launch
    glance = glance or _first_launch(path, demo and not building)
    if glance is None:
        return None
    from app.collector import after_the_start
    from app.i18n import set_language
    from ui.shell.application import create_application, set_window_icon, window_language
    from ui.shell.window import MainWindow

    set_language(lang or "fr")  # the core's sentences, as the usual path does
    app = create_application(window_language(lang), window_icon=False)
    window = MainWindow(None, glance, long_lived=True)
    _quiet_offscreen_notice()
    app.setProperty("cercle_window", window)  # kept alive
    demo_build: DemoInWindow | None = None
    if building:
        from ui.shell.demo_in_window import DemoInWindow

        demo_build = DemoInWindow(window, glance.path)
    window.show()
    # The keys go to it at once, even where no window manager hands the focus over.
    window.activateWindow()
    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    mark("first-frame")
    after_the_start()  # the collector, paused by the launcher (app.collector)
    window.after_first_frame()  # its keys, before the loop hands it any
    set_window_icon(app)
    core = CoreLoader(path, glance if demo and not building else None)
    return _then_the_core(app, window, core, demo_build)


def _then_the_core(
    app: QApplication, window: MainWindow, core: CoreLoader, demo: DemoInWindow | None = None
) -> int | None:
    """The loop, answering keys at once; the core loads meanwhile and is attached when there
    (after the demo is built, on its first launch)."""
    return _Arrival(app, window, core, demo).run()


class _Arrival:
    """The core's arrival behind the first frame (see ``_then_the_core``)."""

    def __init__(
        self, app: QApplication, window: MainWindow, core: CoreLoader, demo: DemoInWindow | None
    ) -> None:
        self.app, self.window, self.core, self.demo = app, window, core, demo
        self.waiting = QTimer(window)
        self.waiting.setInterval(5)
        self.waiting.timeout.connect(self.attach_when_loaded)
        self.damaged_file = False

    def run(self) -> int | None:
        from ui.shell.application import run_loop

        QTimer.singleShot(0, self.loop_running)
        core, demo = self.core, self.demo
        try:
            status = run_loop(self.app, self.window)
        finally:
            if demo is not None:
                demo.stop()  # closed during the build: stopped, the half-built file removed
            if core.started:
                core.done.wait()
            if core.workspace is not None:
                core.workspace.store.close()
        if demo is not None and not core.started:
            if demo.failure is not None:
                print(f"cercle: {demo.failure}", file=sys.stderr)
            return 1  # the demo was not built: failed (said) or the window closed meanwhile
        if core.workspace is None or self.damaged_file:
            self.window.deleteLater()
            return None
        return status

    def loop_running(self) -> None:
        # Keys are answered from now on (a request that needs the core waits for it, said
        # in the status bar); only now does the core start loading, so that its imports do
        # not hold back the loop's own.
        mark_when_a_key_is_answered(self.window.home.meeting_table)
        if self.demo is not None:
            self.demo.start(ready=self.load_the_core)
        else:
            self.load_the_core()

    def load_the_core(self) -> None:
        self.core.start()
        self.waiting.start()

    def attach_when_loaded(self) -> None:
        from ui.shell.application import switch_language

        core, window = self.core, self.window
        if not core.done.is_set():
            return
        self.waiting.stop()
        if core.workspace is None:  # the usual path will say why
            window.hide()
            self.app.quit()
            return
        window.attach(core.workspace, cockpit_at_idle=True)
        if self.demo is not None:
            self.demo.done()
        window.language_chosen.connect(lambda language: switch_language(window, language))
        mark("core-attached")
        watch_check(core.workspace.store, self.app, self.damaged)

    def damaged(self, _sentence: str) -> None:
        # Nothing was written (every write waited for the check). The usual path now says
        # why, and offers the latest sound backup, as it does for a file damaged at start.
        self.damaged_file = True
        self.window.hide()
        self.app.quit()


def _missing(path: Path) -> bool:
    try:
        resolved = path.expanduser().resolve()
        return not (resolved.exists() or resolved.is_symlink())
    except (OSError, RuntimeError):
        return False


def _first_launch(path: Path, demo: bool) -> Glance | None:
    """No file there yet: the welcome home at once, while the core creates the file (its
    migrations take a second or more). Not for the demo (built with its progress, by the usual
    path) nor a server's address; a file that cannot be created closes the frame, and the
    usual path says why."""
    text = str(path)
    if demo or "://" in text or text.startswith(("sqlite:", "postgres")):
        return None
    try:
        resolved = path.expanduser().resolve()
        if resolved.exists() or resolved.is_symlink():
            return None  # there, but not readable at a glance: the usual path looks at it
    except (OSError, RuntimeError):
        return None
    from app.home_glance import Glance

    return Glance(resolved, (), ())


def _quiet_offscreen_notice() -> None:
    """Qt's off-screen platform (tests, the benchmark) says « This plugin does not support
    propagateSizeHints() » when a window shows; the refusals that may follow must stay one
    sentence on stderr. Every other message of Qt is printed as Qt would."""
    import sys

    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


class CoreLoader:
    """Imports the core and opens the store off the UI thread (``sqlite3`` and most of an
    import release nothing the first frame needs); the window attaches it when done."""

    def __init__(self, path: Path, demo: Glance | None) -> None:
        self.path = path
        self.demo = demo
        self.workspace: Workspace | None = None
        self.done: threading.Event  # made by start (threading is not on the first frame's path)
        self.started = False

    def start(self) -> None:
        import threading

        self.done = threading.Event()
        self.started = True
        threading.Thread(target=self._load, name="cercle-core", daemon=True).start()

    def _load(self) -> None:
        try:
            from app.clock import SystemClock
            from app.store import StoreError
            from app.store.deferred_check import open_store_checking_later
            from app.workspace import Workspace

            if self.demo is not None and not _only_the_demo(self.demo):
                return  # the demo's file holds other networks: refused by the usual path
            try:
                store = open_store_checking_later(self.path)
            except StoreError:
                return
            self.workspace = Workspace.open(store, SystemClock())
        finally:
            self.done.set()


def _only_the_demo(glance: Glance) -> bool:
    from app.demo_content import NETWORK_NAME

    names = [n.name for n in glance.networks] + [n.name for n in glance.archived]
    return names == [NETWORK_NAME]


def watch_check(store: Store, app: QApplication, on_damage: Callable[[str], None]) -> QTimer | None:
    """Call ``on_damage(sentence)`` on the UI thread if the file fails its check."""
    check = store.verification
    if check is None:
        return None
    timer = QTimer(app)
    timer.setInterval(20)

    def look() -> None:
        if not check.done:
            return
        timer.stop()
        if check.error is not None:
            on_damage(str(check.error))

    timer.timeout.connect(look)
    timer.start()
    return timer
