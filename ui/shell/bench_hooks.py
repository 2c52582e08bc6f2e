"""What ``make bench`` asks of a real start (environment variables; nothing otherwise).

- ``CERCLE_BENCH_EXIT_WHEN_IDLE=1``: quit as soon as the window is interactive and the loop
  idle, telling the peak memory;
- ``CERCLE_BENCH_VISIT_PAGES=1``: before quitting, open every page once (home, planner,
  check-in, cockpit, summary, repertoire, health) and tell the memory then.

Marks go to stderr as ``cercle-NAME=VALUE`` lines, ``time.time()`` instants the benchmark
compares with the instant it started us:

- ``first-frame``: the home painted, its networks and sessions listed;
- ``interactive``: a key pressed on the sessions' list was answered (the selection moved) —
  the issue's "sessions listed, keys working"; a request that needs the core (Enter opens a
  session) is kept and said in the status bar until the core is there;
- ``core-attached``: the core is there (Enter opens a session at once).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

    from ui.shell.window import MainWindow


def mark(name: str, value: object | None = None) -> None:
    """Tell the benchmark that ``name`` happened now (or its value); for an instant, also
    the process's CPU time so far (``cercle-NAME-cpu``), which the machine's load moves less."""
    if os.environ.get("CERCLE_BENCH_EXIT_WHEN_IDLE"):
        if value is None:
            print(f"cercle-{name}-cpu={time.process_time()}", file=sys.stderr)
        shown = time.time() if value is None else value
        print(f"cercle-{name}={shown}", file=sys.stderr, flush=True)


def rss_mib() -> float:
    """The process's resident memory now, MiB (Linux; NaN elsewhere)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return float("nan")
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def mark_when_a_key_is_answered(view: QAbstractItemView) -> None:
    """Press ↓ (↑ on the last row) on ``view`` through the event queue, as a person would, and
    mark ``interactive`` once the loop has answered it."""
    if not os.environ.get("CERCLE_BENCH_EXIT_WHEN_IDLE"):
        return
    from PySide6.QtCore import QEvent, Qt  # after the first frame, as the window's own keys
    from PySide6.QtGui import QKeyEvent

    model = view.model()
    last = model.rowCount() - 1 if model is not None else 0
    key = Qt.Key.Key_Up if view.currentIndex().row() >= last else Qt.Key.Key_Down
    before = view.currentIndex().row()
    QApplication.postEvent(
        view, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    )

    def answered() -> None:
        mark("interactive")
        mark("key-moved", int(view.currentIndex().row() != before or last <= 0))

    QTimer.singleShot(0, answered)  # queued after the key: runs once the key was handled


def exit_when_idle(app: QApplication, window: MainWindow) -> None:
    if not os.environ.get("CERCLE_BENCH_EXIT_WHEN_IDLE"):
        return

    def report_and_quit() -> None:
        import resource  # POSIX only, and only for the benchmark

        if not hasattr(window, "workspace"):  # the core is still loading
            QTimer.singleShot(5, report_and_quit)
            return
        if os.environ.get("CERCLE_BENCH_VISIT_PAGES"):
            visit_every_page(app, window)
            mark("rss-after-pages-mib", f"{rss_mib():.1f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        mark("peak-rss-kib", peak)
        app.quit()

    QTimer.singleShot(0, report_and_quit)


def visit_every_page(app: QApplication, window: MainWindow) -> None:
    """Each page shown once, on the first network and its latest session."""
    overview = window.workspace.overview()
    network = overview[0] if overview else None
    meetings = network.meetings if network else ()
    closed = next((m for m in meetings if m.status == "closed"), None)
    planned = next((m for m in meetings if m.status == "planned"), None)
    if network is not None:
        window.plan(network.id)
        app.processEvents()
        window.steer(network.id)
        app.processEvents()
    if planned is not None:
        window.check_in(planned.id)
        app.processEvents()
    if closed is not None:
        window.show_summary(closed.id)
        app.processEvents()
    window.pages.setCurrentWidget(window.cockpit)
    app.processEvents()
    window.open_repertoire()
    app.processEvents()
    window.go_home()
    app.processEvents()
