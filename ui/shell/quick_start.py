"""The window's start, first frame first.

A bare Qt window appears in ~0.1 s; importing SQLAlchemy, the models and every page took
several times that before anything showed. So a plain window start (``cercle``, ``cercle
--demo``, ``--db``, ``--lang``, nothing else) goes:

1. the home list read with ``sqlite3``, read-only (``app.home_glance``), and the window shown
   on it — the first frame, with no core imported;
2. then the core: the store opened at once, its integrity check on a worker thread (every
   write waits for it, ``app.store.deferred_check``), the workspace handed to the window
   (``MainWindow.attach``: the room's keys, a running session's cockpit), the loop;
3. the check's outcome: a damaged file (nothing was written: every write waited) closes the
   frame, and the usual path says why and offers the latest sound backup, as at any start.

Anything unusual — a command, a file to create, migrate or refuse, the demo to build — takes
the usual path (``app.cli``), which says why; so does a store that cannot open once the first
frame is shown (another Cercle holds it…): the frame closes and the usual path speaks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ui.shell.bench_hooks import mark

if TYPE_CHECKING:
    from app.home_glance import Glance
    from app.store import Store
    from app.workspace import Workspace


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
    if glance is None:
        return None
    from app.i18n import set_language
    from ui.shell.application import create_application, run_loop, switch_language, window_language
    from ui.shell.window import MainWindow

    set_language(lang or "fr")  # the core's sentences, as the usual path does
    app = create_application(window_language(lang))
    window = MainWindow(None, glance, long_lived=True)
    _quiet_offscreen_notice()
    window.show()
    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    mark("first-frame")

    app.setProperty("cercle_window", window)  # kept alive
    core = CoreLoader(path, glance if demo else None)
    core.start()  # the core loads on a worker while the first frame takes keys
    waiting = QTimer(window)
    waiting.setInterval(5)

    def attach_when_loaded() -> None:
        if not core.done.is_set():
            return
        waiting.stop()
        if core.workspace is None:  # the usual path will say why
            window.hide()
            app.quit()
            return
        window.attach(core.workspace)
        window.language_chosen.connect(lambda language: switch_language(window, language))
        mark("interactive")
        watch_check(core.workspace.store, app, damaged)

    def damaged(_sentence: str) -> None:
        # Nothing was written (every write waited for the check). The usual path now says
        # why, and offers the latest sound backup, as it does for a file damaged at start.
        fallback.append(True)
        window.hide()
        app.quit()

    fallback: list[bool] = []
    waiting.timeout.connect(attach_when_loaded)
    waiting.start()
    try:
        status = run_loop(app, window)
    finally:
        core.done.wait()
        if core.workspace is not None:
            core.workspace.store.close()
    if core.workspace is None or fallback:
        window.deleteLater()
        return None
    return status


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
        self.done = threading.Event()

    def start(self) -> None:
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
