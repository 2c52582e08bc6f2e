"""Start the Qt application: translations, style, the qasync loop, the main window."""

from __future__ import annotations

import asyncio
import os
import sys
from importlib import resources

import qasync
from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.clock import SystemClock
from app.i18n import set_language
from app.store import Store
from app.workspace import Workspace
from ui.about import window_icon_path
from ui.style import apply_style
from ui.window import MainWindow


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """French is the source language of Cercle's own strings; English comes from a .qm.

    Qt's own dialogs (buttons, file pickers) follow the language too. The translators are
    returned so that the caller keeps them alive.
    """
    set_language(language)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    translators = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    if language != "fr":
        ours = QTranslator(app)
        folder = resources.files("resources") / "translations"
        if ours.load(str(folder / f"cercle_{language}.qm")):
            app.installTranslator(ours)
            translators.append(ours)
    return translators


def create_application(language: str = "fr") -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Cercle")
    app.setOrganizationName("Cercle")
    app.setApplicationVersion(__version__)
    # The taskbar and the Wayland compositor match the window with the installed desktop
    # entry (packaging/linux) by this name.
    app.setDesktopFileName("org.cercle.Cercle")
    app.setWindowIcon(QIcon(str(window_icon_path())))
    app.setProperty("cercle_translators", install_translations(app, language))
    apply_style(app)
    return app


def run_window(store: Store, language: str = "fr") -> int:
    """Open the main window on ``store`` and run until it closes."""
    app = create_application(language)
    workspace = Workspace.open(store, SystemClock())
    window = MainWindow(workspace)
    window.show()
    if os.environ.get("CERCLE_BENCH_EXIT_WHEN_IDLE"):
        # For `make bench`: quit as soon as the window is shown and the loop idle, telling
        # the peak memory (KiB) of the process.
        def report_and_quit() -> None:
            import resource  # POSIX only, and only for the benchmark

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"cercle-peak-rss-kib={peak}", file=sys.stderr, flush=True)
            app.quit()

        QTimer.singleShot(0, report_and_quit)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
