"""Start the Qt application: translations, style, the qasync loop, the main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import __version__
from app.i18n import set_language
from ui.kit.style import apply_style
from ui.shell.settings import LANGUAGE, Settings
from ui.shell.shipped import translation_path, window_icon_path
from ui.shell.window import MainWindow

if TYPE_CHECKING:  # the core loads after the window's first frame (ui.shell.quick_start)
    from app.store import Store
    from app.workspace import Workspace


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """French is the source language of Cercle's own strings; English comes from a .qm.

    Qt's own dialogs (buttons, file pickers) follow the language too. The translators are
    returned so that the caller keeps them alive.
    """
    set_language(language)
    # A language switched away from leaves. The translators installed are the ones kept on
    # the application (``create_application``), not looked for: ``findChildren`` costs 7 ms
    # on the first frame's path, where there is none yet.
    for previous in app.property("cercle_translators") or ():
        app.removeTranslator(previous)
        previous.setParent(None)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    translators = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    # English, and for French the plural forms of its %n messages (cercle_fr).
    ours = QTranslator(app)
    if ours.load(str(translation_path(f"cercle_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def create_application(language: str = "fr", *, window_icon: bool = True) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt). Without
    ``window_icon``, the caller sets it (``set_window_icon``) once its first frame shows."""
    app = QApplication.instance()
    if app is None:
        # Fusion chosen by Qt's own argument: ``setStyle`` hands back a QStyle, and making
        # its Python type (eleven enums) costs the first frame ~4 ms.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        app.setProperty("cercle_fusion", True)
    assert isinstance(app, QApplication)
    app.setApplicationName("Cercle")
    app.setOrganizationName("Cercle")
    app.setApplicationVersion(__version__)
    # The taskbar and the Wayland compositor match the window with the installed desktop
    # entry (packaging/linux) by this name.
    app.setDesktopFileName("org.cercle.Cercle")
    if window_icon:
        set_window_icon(app)
    app.setProperty("cercle_translators", install_translations(app, language))
    apply_style(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """Cercle's icon on its windows and dialogs."""
    from PySide6.QtGui import QIcon  # its type and the image: 2 ms the first frame can spare

    app.setWindowIcon(QIcon(str(window_icon_path())))


def system_language() -> str:
    """The language of the system's locale, the first time: French or English."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def window_language(explicit: str | None) -> str:
    """--lang when given, else the language chosen in the window, else the system's."""
    return explicit or Settings().get(LANGUAGE) or system_language()


def show_window(workspace: Workspace) -> MainWindow:
    """The main window, shown; choosing another language rebuilds it in that language."""
    window = MainWindow(workspace, long_lived=True)
    window.language_chosen.connect(lambda language: switch_language(window, language))
    window.show()
    window.activateWindow()  # its keys work at once (see ui.shell.quick_start)
    return window


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Every word of the window in ``language``, kept for the next starts: a new window
    takes the old one's place (a running session goes on in its cockpit)."""
    Settings().set(LANGUAGE, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setProperty("cercle_translators", install_translations(app, language))
    geometry = window.saveGeometry()
    replacement = show_window(window.workspace)
    replacement.restoreGeometry(geometry)
    app.setProperty("cercle_window", replacement)  # kept alive
    window.close()
    window.deleteLater()
    return replacement


def run_window(store: Store, language: str | None = None) -> int:
    """Open the main window on ``store`` and run until it closes."""
    from app.clock import SystemClock
    from app.workspace import Workspace

    app = create_application(window_language(language))
    workspace = Workspace.open(store, SystemClock())
    window = show_window(workspace)
    app.setProperty("cercle_window", window)  # kept alive
    from ui.shell.bench_hooks import mark

    mark("first-frame")  # this path shows the window complete: all three at once
    mark("interactive")
    mark("core-attached")
    return run_loop(app, window)


def run_loop(app: QApplication, window: MainWindow) -> int:
    """Run Qt's loop under qasync until the application quits."""
    import asyncio

    from ui.kit.jobs import event_loop
    from ui.shell.bench_hooks import exit_when_idle

    exit_when_idle(app, window)  # only under `make bench`
    loop = event_loop()  # the jobs' loop too (ui.kit.jobs)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
